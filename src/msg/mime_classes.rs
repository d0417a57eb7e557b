//! The header classes of msg_mime_protos.h / msg_protos.h (`msg_accept_class`, ...,
//! `msg_unknown_class`) for the MIME headers that SIP has too, and `msg_mime_version_1_0`.
//! Their hash numbers are those of the SIP classes (Sofia's), so they are the same kinds to
//! the model: made, parsed, printed and copied as the `sip_<X>_class` headers are. Size,
//! name, compact form, kind and parameter offset are those of Sofia's msg classes. Classes
//! without a SIP twin (Accept-Charset, Content-ID, Content-Location, Content-MD5,
//! Content-Transfer-Encoding) are not provided.

use std::ffi::c_char;
use std::ptr;

use super::hclass::{hc_dup_one, hc_dxtra, hc_parse, hc_print, hc_update, MsgHclass};

macro_rules! msg_classes {
    ($($class:ident = $hash:literal, $name:expr, $short:literal, $size:literal, $params:literal, $kind:literal, $crit:literal;)*) => {$(
        #[doc = concat!("`", stringify!($class), "`")]
        #[no_mangle]
        pub static $class: [MsgHclass; 1] = [MsgHclass {
            hc_hash: $hash,
            hc_parse: Some(hc_parse),
            hc_print: Some(hc_print),
            hc_dxtra: Some(hc_dxtra),
            hc_dup_one: Some(hc_dup_one),
            hc_update: Some(hc_update),
            hc_name: match $name { Some(n) => n.as_ptr(), None => ptr::null() },
            // The nameless body and separator classes have hc_len 7 in Sofia.
            hc_len: match $name { Some(n) => n.count_bytes() as i16, None => 7 },
            hc_short: [$short as c_char, 0],
            hc_size: $size,
            hc_params: $params,
            hc_bits: $kind | ($crit << 3),
            _pad: 0,
        }];
    )*};
}

msg_classes! {
    msg_accept_class = 29344, Some(c"Accept"), 0u8, 80, 64, 3, 0;
    msg_accept_encoding_class = 35932, Some(c"Accept-Encoding"), 0u8, 72, 56, 3, 0;
    msg_accept_language_class = 23797, Some(c"Accept-Language"), 0u8, 72, 56, 3, 0;
    msg_content_disposition_class = 16333, Some(c"Content-Disposition"), 0u8, 80, 56, 0, 0;
    msg_content_encoding_class = 8707, Some(c"Content-Encoding"), b'e', 56, 48, 2, 0;
    msg_content_language_class = 62108, Some(c"Content-Language"), 0u8, 56, 48, 2, 0;
    msg_content_length_class = 8402, Some(c"Content-Length"), b'l', 56, 0, 0, 1;
    msg_content_type_class = 51226, Some(c"Content-Type"), b'c', 72, 64, 0, 0;
    msg_mime_version_class = 49047, Some(c"MIME-Version"), 0u8, 56, 0, 0, 0;
    msg_warning_class = 4130, Some(c"Warning"), 0u8, 80, 0, 1, 0;
    msg_error_class = -4, Some(c""), 0u8, 56, 0, 1, 0;
    msg_unknown_class = -3, Some(c""), 0u8, 64, 0, 1, 0;
    msg_payload_class = -6, None::<&std::ffi::CStr>, 0u8, 64, 0, 1, 0;
    msg_separator_class = -5, None::<&std::ffi::CStr>, 0u8, 56, 0, 0, 0;
}

/// `msg_mime_version_1_0`: the MIME-Version value Sofia's MIME code uses.
#[no_mangle]
pub static msg_mime_version_1_0: [c_char; 9] = {
    let b = *b"MIME/1.0\0";
    let mut a = [0 as c_char; 9];
    let mut i = 0;
    while i < 9 {
        a[i] = b[i] as c_char;
        i += 1;
    }
    a
};
