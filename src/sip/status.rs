//! SIP status codes and their standard reason phrases (`sip_status.h`).
//!
//! Every phrase is an exported `char const sip_NNN_Xxx[]` object of exactly its string's
//! size: applications pass them by address (`SIP_200_OK` is `200, sip_200_OK`) and
//! executables may hold copies of them (copy relocations), so the library always names
//! them through their dynamic symbols.
#![allow(non_upper_case_globals)]

use std::ffi::{c_char, c_int};
use std::ptr::addr_of;

use crate::ffi::guard;

/// A NUL-terminated byte array of `N` bytes holding `s` (N must be `s.len() + 1`).
pub(crate) const fn c_array<const N: usize>(s: &str) -> [u8; N] {
    let b = s.as_bytes();
    assert!(b.len() + 1 == N);
    let mut a = [0u8; N];
    let mut i = 0;
    while i < b.len() {
        assert!(b[i] != 0);
        a[i] = b[i];
        i += 1;
    }
    a
}

/// Declares exported C strings: `name = "text"` gives `char const name[] = "text"`.
macro_rules! c_strings {
    ($($name:ident = $text:literal;)*) => {
        $(
            #[no_mangle]
            pub static $name: [u8; $text.len() + 1] = $crate::sip::status::c_array($text);
        )*
    };
}
pub(crate) use c_strings;

c_strings! {
    sip_100_Trying = "Trying";
    sip_180_Ringing = "Ringing";
    sip_181_Call_is_being_forwarded = "Call Is Being Forwarded";
    sip_182_Queued = "Queued";
    sip_183_Session_progress = "Session Progress";

    sip_200_OK = "OK";
    sip_202_Accepted = "Accepted";

    sip_300_Multiple_choices = "Multiple Choices";
    sip_301_Moved_permanently = "Moved Permanently";
    sip_302_Moved_temporarily = "Moved Temporarily";
    sip_305_Use_proxy = "Use Proxy";
    sip_380_Alternative_service = "Alternative Service";

    sip_400_Bad_request = "Bad Request";
    sip_401_Unauthorized = "Unauthorized";
    sip_402_Payment_required = "Payment Required";
    sip_403_Forbidden = "Forbidden";
    sip_403_Stale_date = "Stale Date";
    sip_404_Not_found = "Not Found";
    sip_405_Method_not_allowed = "Method Not Allowed";
    sip_406_Not_acceptable = "Not Acceptable";
    sip_407_Proxy_auth_required = "Proxy Authentication Required";
    sip_408_Request_timeout = "Request Timeout";
    sip_409_Conflict = "Conflict";
    sip_410_Gone = "Gone";
    sip_411_Length_required = "Length Required";
    sip_412_Precondition_failed = "Precondition Failed";
    sip_413_Request_too_large = "Request Entity Too Large";
    sip_414_Request_uri_too_long = "Request-URI Too Long";
    sip_415_Unsupported_media = "Unsupported Media Type";
    sip_416_Unsupported_uri = "Unsupported URI Scheme";
    sip_417_Resource_priority = "Unknown Resource-Priority";
    sip_420_Bad_extension = "Bad Extension";
    sip_421_Extension_required = "Extension Required";
    sip_422_Session_timer = "Session Interval Too Small";
    sip_423_Interval_too_brief = "Interval Too Brief";
    sip_428_Use_identity_header = "Use Identity Header";
    sip_436_Bad_identity_info = "Bad Identity Info";
    sip_437_Unsupported_credential = "Unsupported Credential";
    sip_438_Invalid_identity_header = "Invalid Identity Header";
    sip_439_Stale_date = "Stale Date";
    sip_480_Temporarily_unavailable = "Temporarily Unavailable";
    sip_481_No_transaction = "Call/Transaction Does Not Exist";
    sip_482_Loop_detected = "Loop Detected";
    sip_483_Too_many_hops = "Too Many Hops";
    sip_484_Address_incomplete = "Address Incomplete";
    sip_485_Ambiguous = "Ambiguous";
    sip_486_Busy_here = "Busy Here";
    sip_487_Request_terminated = "Request Terminated";
    sip_488_Not_acceptable = "Not Acceptable Here";
    sip_489_Bad_event = "Bad Event";
    sip_490_Request_updated = "Request Updated";
    sip_491_Request_pending = "Request Pending";
    sip_493_Undecipherable = "Undecipherable";
    sip_494_Secagree_required = "Security Agreement Required";

    sip_500_Internal_server_error = "Internal Server Error";
    sip_501_Not_implemented = "Not Implemented";
    sip_502_Bad_gateway = "Bad Gateway";
    sip_503_Service_unavailable = "Service Unavailable";
    sip_504_Gateway_time_out = "Gateway Time-out";
    sip_505_Version_not_supported = "Version Not Supported";
    sip_513_Message_too_large = "Message Too Large";
    sip_580_Precondition = "Precondition Failure";

    sip_600_Busy_everywhere = "Busy Everywhere";
    sip_603_Decline = "Decline";
    sip_604_Does_not_exist_anywhere = "Does Not Exist Anywhere";
    sip_606_Not_acceptable = "Not Acceptable";
    sip_607_Unwanted = "Unwanted";
    sip_687_Dialog_terminated = "Dialog Terminated";
}

/// What `sip_status_phrase()` says about a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// Outside 100..=699.
    OutOfRange,
    /// In range, but no standard phrase is known.
    Unknown,
    /// The standard phrase (its exported object).
    Known(*const c_char),
}

macro_rules! p {
    ($name:ident) => {
        Phrase::Known(addr_of!($name) as *const c_char)
    };
}

/// The standard phrase of `status`. The codes added by RFC 4474/8224 (428, 436-438) and
/// RFC 8197 (607) are known only in the 1.13 flavour, as in the library it stands for.
pub fn phrase(status: c_int) -> Phrase {
    match status {
        100 => p!(sip_100_Trying),
        180 => p!(sip_180_Ringing),
        181 => p!(sip_181_Call_is_being_forwarded),
        182 => p!(sip_182_Queued),
        183 => p!(sip_183_Session_progress),
        200 => p!(sip_200_OK),
        202 => p!(sip_202_Accepted),
        300 => p!(sip_300_Multiple_choices),
        301 => p!(sip_301_Moved_permanently),
        302 => p!(sip_302_Moved_temporarily),
        305 => p!(sip_305_Use_proxy),
        380 => p!(sip_380_Alternative_service),
        400 => p!(sip_400_Bad_request),
        401 => p!(sip_401_Unauthorized),
        402 => p!(sip_402_Payment_required),
        403 => p!(sip_403_Forbidden),
        404 => p!(sip_404_Not_found),
        405 => p!(sip_405_Method_not_allowed),
        406 => p!(sip_406_Not_acceptable),
        407 => p!(sip_407_Proxy_auth_required),
        408 => p!(sip_408_Request_timeout),
        409 => p!(sip_409_Conflict),
        410 => p!(sip_410_Gone),
        411 => p!(sip_411_Length_required),
        412 => p!(sip_412_Precondition_failed),
        413 => p!(sip_413_Request_too_large),
        414 => p!(sip_414_Request_uri_too_long),
        415 => p!(sip_415_Unsupported_media),
        416 => p!(sip_416_Unsupported_uri),
        417 => p!(sip_417_Resource_priority),
        420 => p!(sip_420_Bad_extension),
        421 => p!(sip_421_Extension_required),
        422 => p!(sip_422_Session_timer),
        423 => p!(sip_423_Interval_too_brief),
        #[cfg(not(feature = "abi-1-12"))]
        428 => p!(sip_428_Use_identity_header),
        #[cfg(not(feature = "abi-1-12"))]
        436 => p!(sip_436_Bad_identity_info),
        #[cfg(not(feature = "abi-1-12"))]
        437 => p!(sip_437_Unsupported_credential),
        #[cfg(not(feature = "abi-1-12"))]
        438 => p!(sip_438_Invalid_identity_header),
        480 => p!(sip_480_Temporarily_unavailable),
        481 => p!(sip_481_No_transaction),
        482 => p!(sip_482_Loop_detected),
        483 => p!(sip_483_Too_many_hops),
        484 => p!(sip_484_Address_incomplete),
        485 => p!(sip_485_Ambiguous),
        486 => p!(sip_486_Busy_here),
        487 => p!(sip_487_Request_terminated),
        488 => p!(sip_488_Not_acceptable),
        489 => p!(sip_489_Bad_event),
        490 => p!(sip_490_Request_updated),
        491 => p!(sip_491_Request_pending),
        493 => p!(sip_493_Undecipherable),
        494 => p!(sip_494_Secagree_required),
        500 => p!(sip_500_Internal_server_error),
        501 => p!(sip_501_Not_implemented),
        502 => p!(sip_502_Bad_gateway),
        503 => p!(sip_503_Service_unavailable),
        504 => p!(sip_504_Gateway_time_out),
        505 => p!(sip_505_Version_not_supported),
        513 => p!(sip_513_Message_too_large),
        580 => p!(sip_580_Precondition),
        600 => p!(sip_600_Busy_everywhere),
        603 => p!(sip_603_Decline),
        604 => p!(sip_604_Does_not_exist_anywhere),
        606 => p!(sip_606_Not_acceptable),
        #[cfg(not(feature = "abi-1-12"))]
        607 => p!(sip_607_Unwanted),
        687 => p!(sip_687_Dialog_terminated),
        100..=699 => Phrase::Unknown,
        _ => Phrase::OutOfRange,
    }
}

/// The empty phrase returned for codes without a standard one.
static EMPTY: [u8; 1] = [0];

/// `sip_status_phrase()`: the standard phrase, `""` for an unknown code in 100..699,
/// NULL outside that range.
#[no_mangle]
pub extern "C" fn sip_status_phrase(status: c_int) -> *const c_char {
    guard(std::ptr::null(), || match phrase(status) {
        Phrase::OutOfRange => std::ptr::null(),
        Phrase::Unknown => EMPTY.as_ptr() as *const c_char,
        Phrase::Known(p) => p,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    fn text(code: c_int) -> Option<String> {
        let p = sip_status_phrase(code);
        // SAFETY: non-NULL results are our NUL-terminated statics.
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned())
    }

    #[test]
    fn phrases() {
        assert_eq!(text(200).as_deref(), Some("OK"));
        assert_eq!(text(481).as_deref(), Some("Call/Transaction Does Not Exist"));
        assert_eq!(text(199).as_deref(), Some(""));
        assert_eq!(text(99), None);
        assert_eq!(text(700), None);
        assert_eq!(text(-1), None);
        assert_eq!(sip_200_OK.len(), 3);
        assert_eq!(sip_407_Proxy_auth_required.len(), 30);
        #[cfg(not(feature = "abi-1-12"))]
        assert_eq!(text(607).as_deref(), Some("Unwanted"));
    }
}
