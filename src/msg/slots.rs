//! The per-class slot functions of msg_parser.h, msg_mime.h, msg_protos.h and
//! sip_parser.h: `msg_<X>_d` (parse), `msg_<X>_e` (print), `msg_<X>_dup_xtra`,
//! `msg_<X>_dup_one` and `msg_<X>_update` for the generic and MIME structs, and
//! `sip_any_route_*` / `sip_error_*`. Each works on the struct as the kind the function
//! is named for (not as the header's class says), through the same model as the header
//! classes: the kind's parser, printer and shape. The functions are generated from the
//! tables at the end, one line per function family.

use std::ffi::{c_char, c_int, c_void};
use std::ptr;

use super::hclass::{self, copy_out, KindInfo, MsgCommon, MsgHeader, SipHeader};
use super::util::issize_t;
use crate::ffi::guard;
use crate::sip::{cmem, model, parse, print};
use crate::su::alloc::{home_alloc, isize_t, su_home_t};

/// Kinds whose text is not parsed by a header parser of `sip::parse`.
pub(crate) const SPECIAL: [&str; 4] = ["unknown", "error", "payload", "separator"];

/// `pl_data`, `pl_len` of `msg_payload_t`; `sep_data` of `msg_separator_t`.
const PL_DATA: usize = 48;
const PL_LEN: usize = 56;
const SEP_DATA: usize = 48;
/// `x_value` of `msg_numeric_t`: the first byte after the common part and the next link.
const AFTER_NEXT: usize = 48;

/// The class a header made by the slot functions gets: the header's own, else the kind's.
///
/// # Safety
/// `h` a header struct.
unsafe fn class_of(h: *const c_void, k: &KindInfo) -> *const c_void {
    // SAFETY: contract.
    let c = unsafe { cmem::class(h) };
    if c.is_null() { k.class_ptr() } else { c }
}

/// Parses `s[..slen]` as kind `sym` into `h` (strings in a new block of `home`); further
/// instances of a comma list are allocated in `home` and linked after `h`.
///
/// # Safety
/// `h` a zeroed header struct of the kind's size (class set or NULL), `s` readable for
/// `slen` bytes, `home` NULL or valid.
pub(crate) unsafe fn parse_as(sym: &'static str, home: *mut su_home_t, h: *mut c_void, s: *mut c_char, slen: isize_t) -> issize_t {
    guard(-1, || {
        if h.is_null() || (s.is_null() && slen != 0) || slen < 0 {
            return -1;
        }
        // SAFETY: contract.
        let text: &[u8] = if slen == 0 { b"" } else { unsafe { std::slice::from_raw_parts(s as *const u8, slen as usize) } };
        let k = hclass::kind(sym);
        let values = match sym {
            // An erroneous header keeps nothing.
            "error" => return 0,
            // The body: the caller's bytes, not copied.
            "payload" => {
                // SAFETY: a msg_payload_t (contract).
                unsafe {
                    cmem::set_ptr(h, PL_DATA, s as *const c_void);
                    *((h as *mut u8).add(PL_LEN) as *mut u32) = slen as u32;
                    cmem::set_ptr(h, cmem::H_DATA, s as *const c_void);
                    *((h as *mut u8).add(cmem::H_LEN) as *mut u32) = slen as u32;
                }
                return 0;
            }
            // The empty line: CRLF, CR or LF (or nothing at all) kept in the struct.
            "separator" => {
                let n = match text {
                    [b'\r', b'\n', ..] => 2,
                    [b'\r', ..] | [b'\n', ..] => 1,
                    _ => 0,
                };
                if n == 0 && !text.is_empty() {
                    return -1;
                }
                // SAFETY: sep_data is char[4] of a msg_separator_t (contract).
                unsafe {
                    let d = (h as *mut u8).add(SEP_DATA);
                    ptr::copy_nonoverlapping(text.as_ptr(), d, n);
                    *d.add(n) = 0;
                }
                return 0;
            }
            // "Name: value".
            "unknown" => {
                let name_end = text.iter().position(|&b| !crate::msg::util::is_token(b)).unwrap_or(text.len());
                let rest = &text[name_end + crate::msg::util::span_lws(text, name_end)..];
                if name_end == 0 || rest.first() != Some(&b':') {
                    return -1;
                }
                match parse::parse("unknown", &text[..name_end], parse::trim(&rest[1..])) {
                    Some(v) => v,
                    None => return -1,
                }
            }
            // msg_generic_t: the text as it is.
            "organization" => {
                let mut v = model::Hdr::default();
                let end = text.iter().position(|&b| b == 0).unwrap_or(text.len());
                v.s[0] = Some(std::borrow::Cow::Borrowed(&text[..end]));
                smallvec::smallvec![v]
            }
            _ => match parse::parse(sym, b"", parse::trim(text)) {
                Some(v) => v,
                None => return -1,
            },
        };
        let shape = k.shape();
        // SAFETY: h is a header of this shape (contract); new instances come from home.
        unsafe {
            let class = class_of(h, k);
            let mut prev = h;
            for (i, v) in values.iter().enumerate() {
                if i == 0 {
                    let extra = cmem::extra_size(v, shape);
                    let tail = home_alloc(home, extra.max(1), true) as *mut u8;
                    if tail.is_null() {
                        return -1;
                    }
                    cmem::fill_into(h as *mut u8, tail, tail.add(extra), class, shape, v);
                } else {
                    let n = cmem::write(home, class, shape, v);
                    if n.is_null() {
                        return -1;
                    }
                    cmem::set_ptr(prev, cmem::H_NEXT, n);
                    prev = n;
                }
            }
        }
        // msg_numeric_t: the length of the number parsed (all of the text).
        if sym == "max_forwards" {
            return text.iter().position(|&b| b == 0).unwrap_or(text.len()) as issize_t;
        }
        0
    })
}

/// Prints `h` as kind `sym` into `b` (snprintf-style: truncated and NUL-terminated when
/// `bsiz` is too small); returns the length of the whole text.
///
/// # Safety
/// `h` a header struct of the kind, `b` NULL or writable for `bsiz` bytes.
unsafe fn print_as(sym: &'static str, b: *mut c_char, bsiz: isize_t, h: *const c_void, flags: c_int) -> issize_t {
    guard(-1, || {
        if h.is_null() {
            return -1;
        }
        match sym {
            // An erroneous header has no text.
            "error" => 0,
            // SAFETY: a msg_payload_t (contract).
            "payload" => unsafe {
                let data = cmem::get_ptr(h, PL_DATA) as *const u8;
                let len = *((h as *const u8).add(PL_LEN) as *const u32) as usize;
                let bytes: &[u8] = if data.is_null() { b"" } else { std::slice::from_raw_parts(data, len) };
                copy_out(b, bsiz, bytes)
            },
            // SAFETY: a msg_separator_t (contract); sep_data is NUL-terminated.
            "separator" => unsafe {
                let d = std::ffi::CStr::from_ptr((h as *const u8).add(SEP_DATA) as *const c_char).to_bytes();
                // Written only when it fits whole.
                if !b.is_null() && bsiz > d.len() as isize_t {
                    copy_out(b, bsiz, d)
                } else {
                    d.len() as issize_t
                }
            },
            _ => {
                let k = hclass::kind(sym);
                // SAFETY: a header of k's shape (contract).
                let v = unsafe { cmem::read(h, k.shape()) };
                let text = print::value(k.sym, &v, flags & 1 != 0);
                // SAFETY: b has bsiz bytes (contract).
                unsafe { copy_out(b, bsiz, &text) }
            }
        }
    })
}

/// `offset` (aligned for the strings' pointer arrays) plus what a copy of `h` as kind
/// `sym` needs after its struct.
///
/// # Safety
/// `h` a header struct of the kind.
unsafe fn xtra_as(sym: &'static str, h: *const c_void, offset: isize_t) -> isize_t {
    guard(offset, || {
        if h.is_null() || offset < 0 {
            return offset;
        }
        let k = hclass::kind(sym);
        // SAFETY: a header of k's shape (contract).
        let v = unsafe { cmem::read(h, k.shape()) };
        ((offset as usize).next_multiple_of(8) + cmem::extra_size(&v, k.shape())) as isize_t
    })
}

/// Copies `src` as kind `sym` into `dst` (a struct of the kind's size), its strings and
/// lists into `b` (`xtra` bytes); returns the first byte of `b` after them, or NULL when
/// they do not fit.
///
/// # Safety
/// `dst`, `src` header structs of the kind, `b` writable for `xtra` bytes.
unsafe fn dup_as(sym: &'static str, dst: *mut c_void, src: *const c_void, b: *mut c_char, xtra: isize_t) -> *mut c_char {
    guard(ptr::null_mut(), || {
        if dst.is_null() || src.is_null() || b.is_null() {
            return ptr::null_mut();
        }
        let k = hclass::kind(sym);
        // SAFETY: contract.
        unsafe {
            let v = cmem::read(src, k.shape());
            let start = b as usize;
            let aligned = start.next_multiple_of(8) as *mut u8;
            let need = cmem::extra_size(&v, k.shape());
            if (aligned as usize - start) + need > xtra.max(0) as usize {
                return ptr::null_mut();
            }
            let class = class_of(dst, k);
            cmem::fill_into(dst as *mut u8, aligned, aligned.add(need), class, k.shape(), &v);
            aligned.add(need) as *mut c_char
        }
    })
}

/// Recomputes the fields of `h` (kind `sym`) derived from its parameters.
///
/// # Safety
/// `h` a header struct of the kind.
unsafe fn update_as(sym: &'static str, h: *mut c_void) -> c_int {
    guard(-1, || {
        if h.is_null() {
            return -1;
        }
        let k = hclass::kind(sym);
        // SAFETY: contract.
        unsafe { cmem::update_derived(h as *mut u8, k.shape()) };
        0
    })
}

macro_rules! parse_print {
    ($ht:ty: $($d:ident, $e:ident => $sym:literal;)*) => {$(
        #[doc = concat!("Parses a `", $sym, "` header value into `h`.")]
        #[no_mangle]
        pub unsafe extern "C" fn $d(home: *mut su_home_t, h: *mut $ht, s: *mut c_char, slen: isize_t) -> issize_t {
            // SAFETY: forwarded contract of msg_parse_f.
            unsafe { parse_as($sym, home, h.cast(), s, slen) }
        }
        #[doc = concat!("Prints `h` as a `", $sym, "` header value.")]
        #[no_mangle]
        pub unsafe extern "C" fn $e(b: *mut c_char, bsiz: isize_t, h: *const $ht, flags: c_int) -> issize_t {
            // SAFETY: forwarded contract of msg_print_f.
            unsafe { print_as($sym, b, bsiz, h.cast(), flags) }
        }
    )*};
}

macro_rules! dup {
    ($ht:ty: $($xtra:ident, $one:ident => $sym:literal;)*) => {$(
        #[doc = concat!("Bytes a copy of a `", $sym, "` header needs after `offset`.")]
        #[no_mangle]
        pub unsafe extern "C" fn $xtra(h: *const $ht, offset: isize_t) -> isize_t {
            // SAFETY: forwarded contract of msg_xtra_f.
            unsafe { xtra_as($sym, h.cast(), offset) }
        }
        #[doc = concat!("Copies a `", $sym, "` header into `dst` and the buffer `b`.")]
        #[no_mangle]
        pub unsafe extern "C" fn $one(dst: *mut $ht, src: *const $ht, b: *mut c_char, xtra: isize_t) -> *mut c_char {
            // SAFETY: forwarded contract of msg_dup_f.
            unsafe { dup_as($sym, dst.cast(), src.cast(), b, xtra) }
        }
    )*};
}

macro_rules! update {
    ($($u:ident => $sym:literal;)*) => {$(
        #[doc = concat!("A parameter of a `", $sym, "` header changed: its derived fields are set again from the list.")]
        #[no_mangle]
        pub unsafe extern "C" fn $u(h: *mut MsgCommon, _name: *const c_char, _namelen: isize_t, _value: *const c_char) -> c_int {
            // SAFETY: forwarded contract of msg_update_f.
            unsafe { update_as($sym, h.cast()) }
        }
    )*};
}

// The generic structs are parsed and printed as a SIP kind of the same struct and syntax:
// msg_generic_t as Organization, msg_numeric_t as Max-Forwards, msg_list_t as Supported,
// msg_auth_t as Authorization, msg_accept_any_t (Accept-Charset too) as Accept-Encoding.
parse_print! { MsgHeader:
    msg_generic_d, msg_generic_e => "organization";
    msg_numeric_d, msg_numeric_e => "max_forwards";
    msg_list_d, msg_list_e => "supported";
    msg_auth_d, msg_auth_e => "authorization";
    msg_accept_d, msg_accept_e => "accept";
    msg_accept_charset_d, msg_accept_charset_e => "accept_encoding";
    msg_accept_encoding_d, msg_accept_encoding_e => "accept_encoding";
    msg_accept_language_d, msg_accept_language_e => "accept_language";
    msg_content_disposition_d, msg_content_disposition_e => "content_disposition";
    msg_content_encoding_d, msg_content_encoding_e => "content_encoding";
    msg_content_language_d, msg_content_language_e => "content_language";
    msg_content_type_d, msg_content_type_e => "content_type";
    msg_mime_version_d, msg_mime_version_e => "mime_version";
    msg_warning_d, msg_warning_e => "warning";
    msg_unknown_d, msg_unknown_e => "unknown";
    msg_error_d, msg_error_e => "error";
    msg_payload_d, msg_payload_e => "payload";
    msg_separator_d, msg_separator_e => "separator";
}

parse_print! { SipHeader:
    sip_any_route_d, sip_any_route_e => "route";
}

parse_print! { MsgHeader:
    sip_error_d, sip_error_e => "error";
}

dup! { MsgHeader:
    msg_generic_dup_xtra, msg_generic_dup_one => "organization";
    msg_list_dup_xtra, msg_list_dup_one => "supported";
    msg_auth_dup_xtra, msg_auth_dup_one => "authorization";
    msg_accept_dup_xtra, msg_accept_dup_one => "accept";
    msg_accept_any_dup_xtra, msg_accept_any_dup_one => "accept_encoding";
    msg_content_disposition_dup_xtra, msg_content_disposition_dup_one => "content_disposition";
    msg_content_type_dup_xtra, msg_content_type_dup_one => "content_type";
    msg_warning_dup_xtra, msg_warning_dup_one => "warning";
    msg_unknown_dup_xtra, msg_unknown_dup_one => "unknown";
    msg_payload_dup_xtra, msg_payload_dup_one => "payload";
}

dup! { SipHeader:
    sip_any_route_dup_xtra, sip_any_route_dup_one => "route";
}

update! {
    msg_accept_update => "accept";
    msg_accept_any_update => "accept_encoding";
    msg_content_disposition_update => "content_disposition";
}

/// `msg_default_dup_xtra()`: a struct without strings needs nothing more.
#[no_mangle]
pub unsafe extern "C" fn msg_default_dup_xtra(_h: *const MsgHeader, offset: isize_t) -> isize_t {
    offset
}

/// `msg_default_dup_one()`: copies the struct after its common part and link (its size from
/// `dst`'s class); returns `b` unused.
#[no_mangle]
pub unsafe extern "C" fn msg_default_dup_one(dst: *mut MsgHeader, src: *const MsgHeader, b: *mut c_char, _xtra: isize_t) -> *mut c_char {
    guard(ptr::null_mut(), || {
        if dst.is_null() || src.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: both structs of the size dst's class gives (caller).
        unsafe {
            let class = cmem::class(dst.cast()) as *const hclass::MsgHclass;
            if class.is_null() {
                return ptr::null_mut();
            }
            let size = (*class).hc_size as usize;
            if size > AFTER_NEXT {
                ptr::copy((src as *const u8).add(AFTER_NEXT), (dst as *mut u8).add(AFTER_NEXT), size - AFTER_NEXT);
            }
        }
        b
    })
}

/// `msg_error_dup_xtra()` / `msg_error_dup_one()`: as the default ones.
#[no_mangle]
pub unsafe extern "C" fn msg_error_dup_xtra(h: *const MsgHeader, offset: isize_t) -> isize_t {
    // SAFETY: forwarded contract.
    unsafe { msg_default_dup_xtra(h, offset) }
}

#[no_mangle]
pub unsafe extern "C" fn msg_error_dup_one(dst: *mut MsgHeader, src: *const MsgHeader, b: *mut c_char, xtra: isize_t) -> *mut c_char {
    // SAFETY: forwarded contract.
    unsafe { msg_default_dup_one(dst, src, b, xtra) }
}

/// Sets the fields of `h` derived from its parameters again (`clear`: from scratch; the
/// same here, as they are all recomputed from the list). 0, or -1 for NULL.
#[no_mangle]
pub unsafe extern "C" fn msg_header_update_params(h: *mut MsgCommon, _clear: c_int) -> c_int {
    guard(-1, || {
        if h.is_null() {
            return -1;
        }
        // SAFETY: a header (caller).
        unsafe {
            if let Some(k) = hclass::kind_of_header(h.cast()) {
                if k.shape().params.is_some() {
                    cmem::update_derived(h as *mut u8, k.shape());
                }
            }
        }
        0
    })
}
