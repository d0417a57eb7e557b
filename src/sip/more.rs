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
        // SAFETY: each header NULL or of its type (caller); offsets are the C structs'.
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

/// The library's own strings for the transports (`sip_transport_udp`, ...).
fn transports() -> [*const c_char; 6] {
    use crate::sip::method::*;
    [
        ptr::addr_of!(sip_transport_udp) as *const c_char,
        ptr::addr_of!(sip_transport_tcp) as *const c_char,
        ptr::addr_of!(sip_transport_sctp) as *const c_char,
        ptr::addr_of!(sip_transport_tls) as *const c_char,
        ptr::addr_of!(sip_transport_ws) as *const c_char,
        ptr::addr_of!(sip_transport_wss) as *const c_char,
    ]
}

/// The library's string equal to `s` (the same pointer, or the same text ignoring case).
///
/// # Safety
/// `s` a C string.
unsafe fn canonical_transport(s: *const c_char) -> Option<*const c_char> {
    let all = transports();
    if let Some(&t) = all.iter().find(|&&t| t == s) {
        return Some(t);
    }
    // SAFETY: C strings (contract; ours are static).
    let text = unsafe { std::ffi::CStr::from_ptr(s) }.to_bytes();
    // SAFETY: our transport names are static C strings.
    all.into_iter().find(|&t| unsafe { std::ffi::CStr::from_ptr(t) }.to_bytes().eq_ignore_ascii_case(text))
}

/// Copies `s` with its NUL to `*pp` (moving it on) and points `*dd` at the copy.
///
/// # Safety
/// `*pp` writable for strlen(s) + 1 bytes; `s` a C string.
unsafe fn string_dup(pp: *mut *mut c_char, dd: *mut *const c_char, s: *const c_char) {
    // SAFETY: contract.
    unsafe {
        let b = std::ffi::CStr::from_ptr(s).to_bytes_with_nul();
        ptr::copy_nonoverlapping(b.as_ptr() as *const c_char, *pp, b.len());
        *dd = *pp;
        *pp = (*pp).add(b.len());
    }
}

/// Bytes a copy of the transport name needs: 0 for the library's own names (in any case).
#[no_mangle]
pub unsafe extern "C" fn sip_transport_xtra(transport: *const c_char) -> crate::su::alloc::isize_t {
    guard(0, || {
        if transport.is_null() {
            return 0;
        }
        // SAFETY: a C string (caller).
        unsafe {
            match canonical_transport(transport) {
                Some(_) => 0,
                None => std::ffi::CStr::from_ptr(transport).to_bytes().len() as i32 + 1,
            }
        }
    })
}

/// `*dd` = the library's own name for transport `s`, else a copy of `s` at `*pp`.
#[no_mangle]
pub unsafe extern "C" fn sip_transport_dup(pp: *mut *mut c_char, dd: *mut *const c_char, s: *const c_char) {
    guard((), || {
        if pp.is_null() || dd.is_null() {
            return;
        }
        // SAFETY: *pp holds sip_transport_xtra(s) bytes (caller).
        unsafe {
            if s.is_null() {
                *dd = ptr::null();
                return;
            }
            match canonical_transport(s) {
                Some(t) => *dd = t,
                None => string_dup(pp, dd, s),
            }
        }
    })
}

/// Bytes a copy of the version needs: 0 for `sip_version_2_0` itself.
#[no_mangle]
pub unsafe extern "C" fn sip_version_xtra(version: *const c_char) -> crate::su::alloc::isize_t {
    guard(0, || {
        if version.is_null() || version == ptr::addr_of!(crate::sip::method::sip_version_2_0) as *const c_char {
            return 0;
        }
        // SAFETY: a C string (caller).
        unsafe { std::ffi::CStr::from_ptr(version) }.to_bytes().len() as i32 + 1
    })
}

/// `*dd` = `s` when it is `sip_version_2_0`, else a copy of `s` at `*pp`.
#[no_mangle]
pub unsafe extern "C" fn sip_version_dup(pp: *mut *mut c_char, dd: *mut *const c_char, s: *const c_char) {
    guard((), || {
        if pp.is_null() || dd.is_null() {
            return;
        }
        // SAFETY: *pp holds sip_version_xtra(s) bytes (caller).
        unsafe {
            if s.is_null() || s == ptr::addr_of!(crate::sip::method::sip_version_2_0) as *const c_char {
                *dd = s;
            } else {
                string_dup(pp, dd, s);
            }
        }
    })
}
