//! SIP request methods by number and name, and the constant protocol strings of
//! `sip_header.h` (`sip_version_2_0`, `sip_transport_udp`, ...), all exported data.
#![allow(non_upper_case_globals)]

use std::ffi::{c_char, c_int};
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::sip::status::c_strings;

c_strings! {
    sip_method_name_invite = "INVITE";
    sip_method_name_ack = "ACK";
    sip_method_name_cancel = "CANCEL";
    sip_method_name_bye = "BYE";
    sip_method_name_options = "OPTIONS";
    sip_method_name_register = "REGISTER";
    sip_method_name_info = "INFO";
    sip_method_name_prack = "PRACK";
    sip_method_name_update = "UPDATE";
    sip_method_name_message = "MESSAGE";
    sip_method_name_subscribe = "SUBSCRIBE";
    sip_method_name_notify = "NOTIFY";
    sip_method_name_refer = "REFER";
    sip_method_name_publish = "PUBLISH";

    sip_version_2_0 = "SIP/2.0";
    sip_transport_udp = "SIP/2.0/UDP";
    sip_transport_tcp = "SIP/2.0/TCP";
    sip_transport_sctp = "SIP/2.0/SCTP";
    sip_transport_tls = "SIP/2.0/TLS";
    sip_transport_ws = "SIP/2.0/WS";
    sip_transport_wss = "SIP/2.0/WSS";
}

// The version of the library this build stands for.
#[cfg(feature = "abi-1-12")]
c_strings! { sip_parser_version = "1.12.11devel"; }
#[cfg(not(feature = "abi-1-12"))]
c_strings! { sip_parser_version = "1.13.18"; }

/// `sip_method_t` values.
pub const SIP_METHOD_INVALID: c_int = -1;
pub const SIP_METHOD_UNKNOWN: c_int = 0;

/// The known methods in `sip_method_t` order (1 = INVITE ... 14 = PUBLISH).
pub const METHODS: [&str; 14] = [
    "INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "REGISTER", "INFO", "PRACK", "UPDATE", "MESSAGE",
    "SUBSCRIBE", "NOTIFY", "REFER", "PUBLISH",
];

/// `char const * const sip_method_names[]`: "<UNKNOWN>", the 14 names, NULL (128 bytes).
#[repr(transparent)]
pub struct MethodNames(pub [*const c_char; 16]);
// SAFETY: the pointers are to immutable static strings.
unsafe impl Sync for MethodNames {}

static UNKNOWN_NAME: [u8; 10] = *b"<UNKNOWN>\0";

#[no_mangle]
pub static sip_method_names: MethodNames = MethodNames([
    UNKNOWN_NAME.as_ptr() as *const c_char,
    ptr::addr_of!(sip_method_name_invite) as *const c_char,
    ptr::addr_of!(sip_method_name_ack) as *const c_char,
    ptr::addr_of!(sip_method_name_cancel) as *const c_char,
    ptr::addr_of!(sip_method_name_bye) as *const c_char,
    ptr::addr_of!(sip_method_name_options) as *const c_char,
    ptr::addr_of!(sip_method_name_register) as *const c_char,
    ptr::addr_of!(sip_method_name_info) as *const c_char,
    ptr::addr_of!(sip_method_name_prack) as *const c_char,
    ptr::addr_of!(sip_method_name_update) as *const c_char,
    ptr::addr_of!(sip_method_name_message) as *const c_char,
    ptr::addr_of!(sip_method_name_subscribe) as *const c_char,
    ptr::addr_of!(sip_method_name_notify) as *const c_char,
    ptr::addr_of!(sip_method_name_refer) as *const c_char,
    ptr::addr_of!(sip_method_name_publish) as *const c_char,
    ptr::null(),
]);

fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

fn is_lws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Characters Sofia accepts in an extension method name: RFC 2396 "unreserved"
/// (letters, digits and `-_.!~*'()`) plus `%`.
pub fn is_method_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-_.!~*'()%".contains(&b)
}

/// The method at the start of `s` (which ends at the first NUL or the slice end):
/// its code and the length of the name. A known name counts only when followed by the
/// end, a space or a tab; any other name must consist of method characters and end at
/// the end or at linear white space, else the result is `SIP_METHOD_INVALID`.
/// Matching is case-sensitive, as in SIP.
pub fn method_code(s: &[u8]) -> (c_int, usize) {
    let s = match s.iter().position(|&b| b == 0) {
        Some(n) => &s[..n],
        None => s,
    };
    for (i, name) in METHODS.iter().enumerate() {
        let n = name.len();
        if s.starts_with(name.as_bytes()) && (s.len() == n || is_ws(s[n])) {
            return (i as c_int + 1, n);
        }
    }
    let n = s.iter().take_while(|&&b| is_method_char(b)).count();
    if n < s.len() && !is_lws(s[n]) {
        return (SIP_METHOD_INVALID, n);
    }
    (SIP_METHOD_UNKNOWN, n)
}

/// `sip_method_code()`: the `sip_method_t` of a method name; 0 for an extension method,
/// -1 for something that is no method name (and for NULL).
///
/// # Safety
/// `name` must be NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn sip_method_code(name: *const c_char) -> c_int {
    guard(SIP_METHOD_INVALID, || {
        // SAFETY: caller passes NULL or a C string.
        match unsafe { cbytes(name) } {
            None => SIP_METHOD_INVALID,
            Some(s) => method_code(s).0,
        }
    })
}

/// `sip_method_name()`: the canonical name of a known method, `name` for
/// `sip_method_unknown`, NULL for anything else.
#[no_mangle]
pub extern "C" fn sip_method_name(method: c_int, name: *const c_char) -> *const c_char {
    guard(ptr::null(), || {
        if method == SIP_METHOD_UNKNOWN {
            name
        } else if method > 0 && (method as usize) < sip_method_names.0.len() {
            sip_method_names.0[method as usize]
        } else {
            ptr::null()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(method_code(b"INVITE").0, 1);
        assert_eq!(method_code(b"PUBLISH").0, 14);
        assert_eq!(method_code(b"ACK sip:x").0, 2);
        assert_eq!(method_code(b"INVITEX").0, 0);
        assert_eq!(method_code(b"invite").0, 0);
        // Extension methods that begin like a known one (Sofia: -1).
        assert_eq!(method_code(b"PING").0, 0);
        assert_eq!(method_code(b"INV").0, 0);
        assert_eq!(method_code(b"REFE").0, 0);
        assert_eq!(method_code(b"FOO/").0, -1);
        assert_eq!(method_code(b"FOO+").0, -1);
        assert_eq!(method_code(b"").0, 0);
        assert_eq!(method_code(b"ACK\r").0, 0);
        // SAFETY: NULL is accepted.
        assert_eq!(unsafe { sip_method_code(ptr::null()) }, -1);
    }

    #[test]
    fn names() {
        assert_eq!(std::mem::size_of::<MethodNames>(), 128);
        assert!(sip_method_name(15, ptr::null()).is_null());
        assert!(sip_method_name(-1, ptr::null()).is_null());
        assert_eq!(sip_method_name(1, ptr::null()), sip_method_name_invite.as_ptr() as *const c_char);
    }
}
