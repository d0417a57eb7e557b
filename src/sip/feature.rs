//! Option tags (sip_header.h): is a feature in a Supported/Require list, which required
//! features are unsupported.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::msg::hclass;
use crate::sip::cmem::get_ptr;
use crate::sip::ctypes::MsgList;
use crate::su::alloc::su_home_t;

/// The items (`k_items`, offset 48) of one list header, not following `k_next`.
///
/// # Safety
/// `k` NULL or a list header.
unsafe fn items<'a>(k: *const c_void) -> Vec<&'a [u8]> {
    let mut v = Vec::new();
    if k.is_null() {
        return v;
    }
    // SAFETY: contract; the array is NULL-terminated.
    unsafe {
        let arr = get_ptr(k, 48) as *const *const c_char;
        if arr.is_null() {
            return v;
        }
        let mut i = 0;
        while !(*arr.add(i)).is_null() {
            v.push(CStr::from_ptr(*arr.add(i)).to_bytes());
            i += 1;
        }
    }
    v
}

/// Is `feature` (case-insensitive) in the list `supported` or the headers linked after it?
/// An empty feature always is.
#[no_mangle]
pub unsafe extern "C" fn sip_has_feature(supported: *const MsgList, feature: *const c_char) -> c_int {
    guard(0, || {
        // SAFETY: feature NULL or a C string, supported NULL or a list header (caller).
        unsafe {
            let f = match cbytes(feature) {
                None | Some(b"") => return 1,
                Some(f) => f,
            };
            let mut k = supported as *const c_void;
            let mut n = 0;
            while !k.is_null() && n < 1 << 16 {
                if items(k).iter().any(|i| i.eq_ignore_ascii_case(f)) {
                    return 1;
                }
                k = get_ptr(k, 40);
                n += 1;
            }
            0
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_has_supported(supported: *const MsgList, feature: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { sip_has_feature(supported, feature) }
}

/// The features of `require`, `require2`, `require3` (the first header of each) that are
/// in none of `supported`, `by_require`, `by_proxy_require` (case-insensitive), as an
/// Unsupported header from `home`; NULL when all are supported; SIP_NONE when `home` is
/// NULL and one is not.
#[no_mangle]
pub unsafe extern "C" fn sip_has_unsupported_any(
    home: *mut su_home_t,
    supported: *const MsgList,
    by_require: *const MsgList,
    by_proxy_require: *const MsgList,
    require: *const MsgList,
    require2: *const MsgList,
    require3: *const MsgList,
) -> *mut MsgList {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or list headers (caller); the Unsupported header is a block of home.
        unsafe {
            let mut reqs: Vec<*const c_void> = [require, require2, require3].iter().filter(|r| !r.is_null()).map(|r| r.cast()).collect();
            // As Sofia: the first list must have items; a later list without items ends the
            // search.
            if reqs.is_empty() || get_ptr(reqs[0], 48).is_null() {
                return ptr::null_mut();
            }
            if let Some(p) = reqs.iter().position(|r| get_ptr(*r, 48).is_null()) {
                reqs.truncate(p);
            }
            let have: Vec<&[u8]> = [supported, by_require, by_proxy_require].iter().flat_map(|k| items(k.cast())).collect();
            let mut unsupported: *mut c_void = ptr::null_mut();
            for r in reqs {
                let arr = get_ptr(r, 48) as *const *const c_char;
                let mut i = 0;
                while !(*arr.add(i)).is_null() {
                    let fp = *arr.add(i);
                    i += 1;
                    let f = CStr::from_ptr(fp).to_bytes();
                    if have.iter().any(|h| h.eq_ignore_ascii_case(f)) {
                        continue;
                    }
                    if home.is_null() {
                        return usize::MAX as *mut MsgList;
                    }
                    if unsupported.is_null() {
                        unsupported = crate::sip::api::make(home, hclass::kind("unsupported"), f);
                    } else {
                        let slot = (unsupported as *mut u8).add(48) as *mut *mut *const c_char;
                        crate::msg::util::msg_params_add(home, slot, fp);
                    }
                }
            }
            unsupported.cast()
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_has_unsupported(home: *mut su_home_t, support: *const MsgList, require: *const MsgList) -> *mut MsgList {
    // SAFETY: forwarded contract.
    unsafe { sip_has_unsupported_any(home, support, ptr::null(), ptr::null(), require, ptr::null(), ptr::null()) }
}

#[no_mangle]
pub unsafe extern "C" fn sip_has_unsupported2(
    home: *mut su_home_t,
    support: *const MsgList,
    by_require: *const MsgList,
    require: *const MsgList,
) -> *mut MsgList {
    // SAFETY: forwarded contract.
    unsafe { sip_has_unsupported_any(home, support, by_require, ptr::null(), require, ptr::null(), ptr::null()) }
}

/// Adds or replaces a parameter of a header: 1 when one of the same name was replaced,
/// 0 when added, -1 on error.
///
/// # Safety
/// `h` NULL or a header with parameters, `param` NULL or a C string.
unsafe fn add_param(home: *mut su_home_t, h: *mut c_void, param: *const c_char) -> c_int {
    if h.is_null() || param.is_null() {
        return -1;
    }
    // SAFETY: contract.
    unsafe {
        let text = CStr::from_ptr(param).to_bytes();
        let name = &text[..text.iter().position(|&b| b == b'=').unwrap_or(text.len())];
        let Ok(cname) = std::ffi::CString::new(name) else { return -1 };
        let had = !crate::sip::api::msg_header_find_param(h as *const hclass::MsgCommon, cname.as_ptr()).is_null();
        if crate::msg::edit::msg_header_replace_param(home, h as *mut hclass::MsgCommon, param) < 0 {
            return -1;
        }
        c_int::from(had)
    }
}

#[no_mangle]
pub unsafe extern "C" fn sip_to_add_param(home: *mut su_home_t, to: *mut crate::sip::ctypes::SipAddr, param: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { add_param(home, to.cast(), param) })
}

#[no_mangle]
pub unsafe extern "C" fn sip_from_add_param(home: *mut su_home_t, from: *mut crate::sip::ctypes::SipAddr, param: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { add_param(home, from.cast(), param) })
}

#[no_mangle]
pub unsafe extern "C" fn sip_via_add_param(home: *mut su_home_t, v: *mut crate::sip::ctypes::SipVia, param: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { add_param(home, v.cast(), param) })
}

/// Adds an event to an Allow-Events header unless it is there (exact match): 1 when it
/// was, 0 when added, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn sip_allow_events_add(home: *mut su_home_t, ae: *mut MsgList, e: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { crate::msg::items::msg_header_replace_item(home, ae.cast(), e) }
}

/// A zeroed header of class `hc` with `extra` bytes after the struct.
#[no_mangle]
pub unsafe extern "C" fn msg_header_alloc(home: *mut su_home_t, hc: *const hclass::MsgHclass, extra: c_int) -> *mut hclass::MsgHeader {
    guard(ptr::null_mut(), || {
        if hc.is_null() || extra < 0 {
            return ptr::null_mut();
        }
        // SAFETY: hc a header class (caller); a fresh zeroed block of home.
        unsafe {
            let size = (*hc).hc_size as usize + extra as usize;
            let h = crate::su::alloc::home_alloc(home, size.max(40), true) as *mut u8;
            if !h.is_null() {
                *(h.add(16) as *mut *const hclass::MsgHclass) = hc;
            }
            h.cast()
        }
    })
}

/// Same as sip_payload_create().
#[no_mangle]
pub unsafe extern "C" fn msg_payload_create(home: *mut su_home_t, data: *const c_void, len: u32) -> *mut crate::sip::ctypes::MsgPayloadT {
    if len > i32::MAX as u32 {
        return ptr::null_mut();
    }
    // SAFETY: forwarded contract.
    unsafe { crate::sip::create::sip_payload_create(home, data, len as c_int) }
}

/// Same as sip_separator_create().
#[no_mangle]
pub unsafe extern "C" fn msg_separator_create(home: *mut su_home_t) -> *mut crate::sip::ctypes::MsgSeparatorT {
    // SAFETY: forwarded contract.
    unsafe { crate::sip::create::sip_separator_create(home) }
}
