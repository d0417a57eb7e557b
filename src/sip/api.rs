//! C entry points for header objects (msg_header.h, sip_header.h): make, copy, print,
//! access by class.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

use super::{cmem, model, parse, print};
use crate::ffi::guard;
use crate::msg::hclass::{self, copy_out, KindInfo, MsgCommon, MsgHclass, MsgHeader, MsgPub, SipHeader};
use crate::msg::mclass;
use crate::su::alloc::{home_alloc, su_free, su_home_t};

/// Copies the list starting at `h` (or only `h`) into `home`, as class `class` (NULL: each
/// header's own class).
///
/// # Safety
/// `home` NULL or valid; `h` NULL or a valid header list.
unsafe fn dup_list(home: *mut su_home_t, class: *const c_void, h: *const c_void, all: bool) -> *mut c_void {
    let mut first: *mut c_void = ptr::null_mut();
    let mut prev: *mut c_void = ptr::null_mut();
    let mut cur = h;
    // SAFETY: valid headers (contract); copies are blocks of home.
    unsafe {
        while !cur.is_null() && cur as isize != -1 {
            let cls = if class.is_null() { cmem::class(cur) } else { class };
            let Some(k) = hclass::kind_of_class(cls) else { break };
            let n = match cmem::dup_raw(home, cls, k.shape(), cur) {
                Some(n) => n,
                None => cmem::write(home, cls, k.shape(), &cmem::read(cur, k.shape())),
            };
            if n.is_null() {
                break;
            }
            if prev.is_null() {
                first = n;
            } else {
                cmem::set_ptr(prev, cmem::H_NEXT, n);
            }
            prev = n;
            if !all {
                break;
            }
            cur = cmem::next(cur);
        }
    }
    first
}

/// Deep copy of a header list as class `hc`.
#[no_mangle]
pub unsafe extern "C" fn msg_header_dup_as(home: *mut su_home_t, hc: *const MsgHclass, h: *const MsgHeader) -> *mut MsgHeader {
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { dup_list(home, hc.cast(), h.cast(), true).cast() })
}

/// Deep copy of a header list.
#[no_mangle]
pub unsafe extern "C" fn msg_header_dup(home: *mut su_home_t, h: *const MsgHeader) -> *mut MsgHeader {
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { dup_list(home, ptr::null(), h.cast(), true).cast() })
}

/// Deep copy of one header.
#[no_mangle]
pub unsafe extern "C" fn msg_header_dup_one(home: *mut su_home_t, h: *const MsgHeader) -> *mut MsgHeader {
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { dup_list(home, ptr::null(), h.cast(), false).cast() })
}

/// Copy of a header list (Sofia shares the strings with the original; ours are deep
/// copies, which is safe whatever happens to the original).
#[no_mangle]
pub unsafe extern "C" fn msg_header_copy_as(home: *mut su_home_t, hc: *const MsgHclass, h: *const MsgHeader) -> *mut MsgHeader {
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { dup_list(home, hc.cast(), h.cast(), true).cast() })
}

#[no_mangle]
pub unsafe extern "C" fn msg_header_copy(home: *mut su_home_t, h: *const MsgHeader) -> *mut MsgHeader {
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { dup_list(home, ptr::null(), h.cast(), true).cast() })
}

#[no_mangle]
pub unsafe extern "C" fn msg_header_copy_one(home: *mut su_home_t, h: *const MsgHeader) -> *mut MsgHeader {
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { dup_list(home, ptr::null(), h.cast(), false).cast() })
}

#[no_mangle]
pub unsafe extern "C" fn sip_header_dup(home: *mut su_home_t, h: *const SipHeader) -> *mut SipHeader {
    // SAFETY: forwarded contract.
    unsafe { msg_header_dup(home, h.cast()).cast() }
}

#[no_mangle]
pub unsafe extern "C" fn sip_header_copy(home: *mut su_home_t, h: *const SipHeader) -> *mut SipHeader {
    // SAFETY: forwarded contract.
    unsafe { msg_header_copy(home, h.cast()).cast() }
}

/// Parses `text` as a header of kind `k` into `home`: the first instance, with any further
/// instances of a comma list linked after it.
///
/// # Safety
/// `home` NULL or valid.
pub unsafe fn make(home: *mut su_home_t, k: &'static KindInfo, text: &[u8]) -> *mut c_void {
    // A body is taken as it is; header values without surrounding white space.
    let text = if k.sym == "payload" { text } else { parse::trim(text) };
    // The common kinds through a Lite header when the text fits it, as a message's lines
    // (the same C header as the model gives: sip::lite_check).
    if let Some(parse_lite) = k.lite() {
        let mut lite = model::Lite::default();
        if parse_lite(text, &mut lite).is_some() {
            // SAFETY: a block of home (contract).
            return unsafe { cmem::write(home, k.class_ptr(), k.shape(), &lite) };
        }
    }
    let values = match k.sym {
        // Special kinds made from text: a start line, a body.
        "payload" => {
            let mut h = model::Hdr::default();
            h.s[0] = Some(std::borrow::Cow::Borrowed(text));
            smallvec::smallvec![h]
        }
        "unknown" => {
            let Some(colon) = text.iter().position(|&b| b == b':') else { return ptr::null_mut() };
            let Some(v) = parse::parse("unknown", parse::trim(&text[..colon]), parse::trim(&text[colon + 1..])) else {
                return ptr::null_mut();
            };
            v
        }
        _ => match k.parser().and_then(|p| p(b"", text)) {
            Some(v) => v,
            None => return ptr::null_mut(),
        },
    };
    let mut first: *mut c_void = ptr::null_mut();
    let mut prev: *mut c_void = ptr::null_mut();
    // SAFETY: blocks of home, linked once.
    unsafe {
        for v in &values {
            let n = cmem::write(home, k.class_ptr(), k.shape(), v);
            if n.is_null() {
                break;
            }
            if prev.is_null() {
                first = n;
            } else {
                cmem::set_ptr(prev, cmem::H_NEXT, n);
            }
            prev = n;
        }
    }
    first
}

/// A header of class `hc` made from the text `s`; NULL if it does not parse.
#[no_mangle]
pub unsafe extern "C" fn msg_header_make(home: *mut su_home_t, hc: *const MsgHclass, s: *const c_char) -> *mut MsgHeader {
    guard(ptr::null_mut(), || {
        if s.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: valid class and C string (caller).
        unsafe {
            let Some(k) = hclass::kind_of_class(hc.cast()) else { return ptr::null_mut() };
            make(home, k, CStr::from_ptr(s).to_bytes()).cast()
        }
    })
}

/// Frees a header (one block of its home).
#[no_mangle]
pub unsafe extern "C" fn msg_header_free(home: *mut su_home_t, h: *mut MsgHeader) {
    // SAFETY: h is a header allocated from home (caller).
    guard((), || unsafe { su_free(home, h.cast()) })
}

/// Frees a header and the headers after it in its list.
#[no_mangle]
pub unsafe extern "C" fn msg_header_free_all(home: *mut su_home_t, h: *mut MsgHeader) {
    guard((), || {
        let mut cur: *mut c_void = h.cast();
        // SAFETY: a list of headers allocated from home (caller).
        unsafe {
            while !cur.is_null() && cur as isize != -1 {
                let next = cmem::next(cur);
                su_free(home, cur);
                cur = next;
            }
        }
    })
}

/// The value of a header into `b` (snprintf-style; the length it needs is returned).
#[no_mangle]
pub unsafe extern "C" fn msg_header_field_e(b: *mut c_char, bsiz: c_int, h: *const MsgHeader, flags: c_int) -> c_int {
    guard(-1, || {
        if h.is_null() {
            return -1;
        }
        // SAFETY: valid header and buffer (caller).
        unsafe {
            match hclass::print_value(h.cast(), flags) {
                Some(v) => copy_out(b, bsiz, &v),
                None => -1,
            }
        }
    })
}

/// A whole header line: name, value and CRLF (the value only for start lines, the
/// separator and the body).
///
/// # Safety
/// `h` valid header.
pub unsafe fn header_line(h: *const c_void, flags: c_int) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe {
        let k = hclass::kind_of_header(h)?;
        let v = cmem::read(h, k.shape());
        let compact = flags & 1 != 0;
        let mut o = Vec::new();
        if !k.name.is_empty() {
            if compact && !k.short.is_empty() {
                o.extend_from_slice(k.short.as_bytes());
                o.push(b':');
            } else {
                o.extend_from_slice(k.name.as_bytes());
                o.extend_from_slice(if compact { b":" } else { b": " });
            }
        }
        o.extend_from_slice(&print::value(k.sym, &v, compact));
        if k.sym == "unknown" || !k.name.is_empty() {
            o.extend_from_slice(b"\r\n");
        }
        Some(o)
    }
}

#[no_mangle]
pub unsafe extern "C" fn msg_header_e(b: *mut c_char, bsiz: c_int, h: *const MsgHeader, flags: c_int) -> c_int {
    guard(-1, || {
        if h.is_null() {
            return -1;
        }
        // SAFETY: valid header and buffer (caller).
        unsafe {
            match header_line(h.cast(), flags) {
                Some(v) => copy_out(b, bsiz, &v),
                None => -1,
            }
        }
    })
}

/// The value of a header as a string of `home`.
#[no_mangle]
pub unsafe extern "C" fn sip_header_as_string(home: *mut su_home_t, h: *const SipHeader) -> *mut c_char {
    guard(ptr::null_mut(), || {
        if h.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: valid header and home (caller).
        unsafe {
            let Some(v) = hclass::print_value(h.cast(), 0) else { return ptr::null_mut() };
            let p = home_alloc(home, v.len() + 1, false) as *mut c_char;
            if !p.is_null() {
                copy_out(p, v.len() as c_int + 1, &v);
            }
            p
        }
    })
}

/// The header of class `hc` in the public message `pub_` (through its message class).
#[no_mangle]
pub unsafe extern "C" fn msg_header_access(pub_: *const MsgPub, hc: *const MsgHclass) -> *mut MsgHeader {
    guard(ptr::null_mut(), || {
        if pub_.is_null() || hc.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a public message starts with msg_common_t whose h_class is its mclass.
        unsafe {
            let pub_: *const c_void = pub_.cast();
            let mc = cmem::class(pub_);
            let Some(off) = mclass::offset_in(mc, hc.cast()) else { return ptr::null_mut() };
            let size = ptr::read_unaligned((pub_ as *const u8).add(crate::msg::message::PUB_SIZE) as *const u32);
            if off + 8 > size as usize {
                return ptr::null_mut();
            }
            cmem::get_ptr(pub_, off).cast()
        }
    })
}

/// Value of parameter `name` of a header ("" for one without value), or NULL.
#[no_mangle]
pub unsafe extern "C" fn msg_header_find_param(h: *const MsgCommon, name: *const c_char) -> *const c_char {
    guard(ptr::null(), || {
        if h.is_null() || name.is_null() {
            return ptr::null();
        }
        // SAFETY: valid header and C string (caller); the result points into the header's
        // own parameter strings.
        unsafe {
            let h: *const c_void = h.cast();
            let Some(k) = hclass::kind_of_header(h) else { return ptr::null() };
            let Some(off) = k.shape().params else { return ptr::null() };
            // The lookup of msg_params_find() on the header's own parameter list.
            crate::msg::util::msg_params_find(cmem::get_ptr(h, off) as *const *const c_char, name)
        }
    })
}
