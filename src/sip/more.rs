//! More of sip_header.h: `sip_contact_expires`.

use std::ffi::c_char;
use std::ptr;

use super::ctypes::{SipContact, SipDate, SipExpires};
use crate::ffi::guard;
use crate::msg::util::{msg_date_delta_d, msg_time_t, sip_now};

/// Offsets in `sip_contact_t`: the URL's `url_type` (the URL is at 56, its type at 6) and
/// `m_expires`.
const M_URL_TYPE: usize = 56 + 6;
const M_EXPIRES: usize = 160;
/// `ex_date`, `ex_delta` of `sip_expires_t`; `d_time` of `sip_date_t`.
const EX_DATE: usize = 48;
const EX_DELTA: usize = 56;
const D_TIME: usize = 48;
/// `url_any` ("*").
const URL_ANY: i8 = 0;

/// Seconds until the registration of Contact `m` expires: 0 for "Contact: *"; from its
/// `expires` parameter (a delta or a date; `def` when it does not parse), else from the
/// Expires header `ex`, else `def`. A date counts from `date` (the Date header), else
/// `now`, else the current time; a date already past gives 0.
#[no_mangle]
pub unsafe extern "C" fn sip_contact_expires(
    m: *const SipContact,
    ex: *const SipExpires,
    date: *const SipDate,
    def: msg_time_t,
    now: msg_time_t,
) -> msg_time_t {
    guard(def, || {
        let mut at: msg_time_t = 0;
        let mut delta = def;
        // SAFETY: each header NULL or of its type (caller); the offsets are those of the
        // C structs.
        unsafe {
            if !m.is_null() {
                let mb = m as *const u8;
                if *(mb.add(M_URL_TYPE) as *const i8) == URL_ANY {
                    return 0;
                }
                let e = ptr::read_unaligned(mb.add(M_EXPIRES) as *const *const c_char);
                if !e.is_null() {
                    let mut s = e;
                    if msg_date_delta_d(&mut s, &mut at, &mut delta) < 0 {
                        return def;
                    }
                } else if !ex.is_null() {
                    at = ptr::read_unaligned((ex as *const u8).add(EX_DATE) as *const msg_time_t);
                    delta = ptr::read_unaligned((ex as *const u8).add(EX_DELTA) as *const msg_time_t);
                }
            } else if !ex.is_null() {
                at = ptr::read_unaligned((ex as *const u8).add(EX_DATE) as *const msg_time_t);
                delta = ptr::read_unaligned((ex as *const u8).add(EX_DELTA) as *const msg_time_t);
            }
            if at != 0 {
                let now = if !date.is_null() {
                    ptr::read_unaligned((date as *const u8).add(D_TIME) as *const msg_time_t)
                } else if now == 0 {
                    sip_now()
                } else {
                    now
                };
                delta = at.saturating_sub(now);
            }
        }
        delta
    })
}
