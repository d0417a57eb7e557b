//! Adding headers to a message from a tag list (sip_add_tagis(), used by the stack for
//! every SIPTAG_* an application passes), from header text (msg_header_add_str()), and the
//! reverse: tagged headers as a URL query (sip_headers_as_url_query()).

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

use super::{cmem, parse};
use crate::ffi::guard;
use crate::msg::edit;
use crate::msg::hclass::{self, MsgPub};
use crate::msg::message::{self as m, MsgObj};
use crate::su::alloc::{home_alloc, su_home_t};
use crate::tag::list::t_next;
use crate::tag::types::*;
use crate::url::syntax as url;

fn is_class(t: tag_type_t, c: &TagClass) -> bool {
    // SAFETY: callers pass valid tag types.
    !t.is_null() && unsafe { (*t).tt_class } == c as *const TagClass
}

fn is_hdr_tag(t: tag_type_t) -> bool {
    is_class(t, &super::tag::siphdrtag_class) || is_class(t, &super::tag::sipexthdrtag_class)
}

fn is_str_tag(t: tag_type_t) -> bool {
    is_class(t, &super::tag::sipstrtag_class)
}

/// Adds header lines ("Name: value", CRLF-separated, folds allowed; an empty line starts a
/// body) to the message.
///
/// # Safety
/// `msg` valid.
pub unsafe fn add_str(msg: *mut MsgObj, pub_: *mut c_void, text: &[u8]) -> c_int {
    let mut pos = 0;
    // SAFETY: contract; everything added is a block of the message's home.
    unsafe {
        while pos < text.len() {
            // one header: up to a line end not followed by white space
            let mut end = pos;
            loop {
                let Some(nl) = text[end..].iter().position(|&b| b == b'\n') else {
                    end = text.len();
                    break;
                };
                end += nl + 1;
                if end >= text.len() || !matches!(text[end], b' ' | b'\t') {
                    break;
                }
            }
            let line = parse::trim(&text[pos..end]);
            pos = end;
            if line.is_empty() {
                // the rest is a body
                if pos < text.len() {
                    let k = hclass::kind("payload");
                    let mut h = super::model::Hdr::default();
                    h.s[0] = Some(std::borrow::Cow::Borrowed(&text[pos..]));
                    let p = cmem::write(m::home(msg), k.class_ptr(), k.shape(), &h);
                    if p.is_null() || edit::msg_header_insert(msg, pub_.cast(), p.cast()) < 0 {
                        return -1;
                    }
                }
                break;
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else { return -1 };
            let name = parse::trim(&line[..colon]);
            let value = parse::trim(&line[colon + 1..]);
            let k = hclass::kind_of_name(name).unwrap_or_else(|| hclass::kind("unknown"));
            let Some(values) = k.parser().and_then(|p| p(name, value)) else { return -1 };
            let mut first: *mut c_void = ptr::null_mut();
            let mut prev: *mut c_void = ptr::null_mut();
            for v in &values {
                let h = cmem::write(m::home(msg), k.class_ptr(), k.shape(), v);
                if h.is_null() {
                    return -1;
                }
                if prev.is_null() {
                    first = h;
                } else {
                    cmem::set_ptr(prev, cmem::H_NEXT, h);
                }
                prev = h;
            }
            if !first.is_null() && edit::msg_header_insert(msg, pub_.cast(), first.cast()) < 0 {
                return -1;
            }
        }
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn msg_header_add_str(msg: *mut MsgObj, pub_: *mut MsgPub, s: *const c_char) -> c_int {
    guard(-1, || {
        if msg.is_null() {
            return -1;
        }
        if s.is_null() {
            return 0;
        }
        // SAFETY: valid message and C string (caller).
        unsafe { add_str(msg, pub_.cast(), CStr::from_ptr(s).to_bytes()) }
    })
}

#[no_mangle]
pub unsafe extern "C" fn msg_header_parse_str(msg: *mut MsgObj, pub_: *mut MsgPub, s: *mut c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { msg_header_add_str(msg, pub_, s) }
}

/// Adds the headers of the tag list to the message, up to SIPTAG_END() or the end of the
/// list; `*inout` is left after what was used.
#[no_mangle]
pub unsafe extern "C" fn sip_add_tagis(msg: *mut MsgObj, sip: *mut super::ctypes::SipT, inout: *mut *const tagi_t) -> c_int {
    guard(-1, || {
        if msg.is_null() || inout.is_null() {
            return -1;
        }
        // SAFETY: valid message and tag list (caller).
        unsafe {
            let pub_: *mut c_void = if sip.is_null() { m::public(msg) as *mut c_void } else { sip.cast() };
            let mut t = *inout;
            while !t.is_null() {
                let tag = (*t).t_tag;
                let value = (*t).t_value;
                if tag.is_null() || tag == ptr::addr_of!(crate::tag::objects::siptag_end) {
                    t = t_next(t);
                    break;
                }
                if value != 0 {
                    if is_hdr_tag(tag) {
                        let hc = (*tag).tt_magic;
                        if value == -1 {
                            // remove every header of the class
                            let Some(off) = crate::msg::mclass::offset_in(cmem::class(pub_), hc) else {
                                t = t_next(t);
                                continue;
                            };
                            let slot = (pub_ as *mut u8).add(off) as *mut *mut c_void;
                            while !(*slot).is_null() {
                                if edit::msg_header_remove(msg, pub_.cast(), (*slot).cast()) < 0 {
                                    break;
                                }
                            }
                        } else {
                            let hc = if tag == ptr::addr_of!(crate::tag::objects::siptag_header) {
                                cmem::class(value as *const c_void)
                            } else {
                                hc
                            };
                            if edit::add_dup(msg, pub_, hc, value as *const c_void) < 0 {
                                break;
                            }
                        }
                    } else if is_str_tag(tag) {
                        let hc = (*tag).tt_magic;
                        if edit::msg_header_add_make(msg, pub_.cast(), hc.cast(), value as *const c_char) < 0 {
                            return -1;
                        }
                    } else if tag == ptr::addr_of!(crate::tag::objects::siptag_header_str)
                        && add_str(msg, pub_, CStr::from_ptr(value as *const c_char).to_bytes()) < 0
                    {
                        return -1;
                    }
                }
                t = t_next(t);
            }
            *inout = t;
            0
        }
    })
}

/// The SIP header tags of a list as a URL query ("subject=hello&body=..."), allocated from
/// `home`; NULL when a tag has no header name (request, status, unknown ...).
pub unsafe extern "C" fn sofia_sip_headers_as_url_query(home: *mut su_home_t, list: *const tagi_t) -> *mut c_char {
    guard(ptr::null_mut(), || {
        let mut out: Vec<u8> = Vec::new();
        let mut t = list;
        // SAFETY: a valid tag list (shim); header values are valid headers.
        unsafe {
            while !t.is_null() && !(*t).t_tag.is_null() {
                let (tag, value) = ((*t).t_tag, (*t).t_value);
                if value != 0 && value != -1 && (is_hdr_tag(tag) || is_str_tag(tag)) {
                    let Some(k) = hclass::kind_of_class((*tag).tt_magic) else { return ptr::null_mut() };
                    let name: &str = if k.sym == "payload" { "body" } else { k.name };
                    if name.is_empty() {
                        return ptr::null_mut();
                    }
                    let text: Vec<u8> = if is_hdr_tag(tag) {
                        match hclass::print_value(value as *const c_void, 0) {
                            Some(v) => v,
                            None => return ptr::null_mut(),
                        }
                    } else {
                        CStr::from_ptr(value as *const c_char).to_bytes().to_vec()
                    };
                    if !out.is_empty() {
                        out.push(b'&');
                    }
                    out.extend(name.bytes().map(|b| b.to_ascii_lowercase()));
                    out.push(b'=');
                    out.extend_from_slice(&url::escape(&text, url::escape_set(Some(b":=,;"))));
                }
                t = t_next(t);
            }
            let p = home_alloc(home, out.len() + 1, false) as *mut u8;
            if p.is_null() {
                return ptr::null_mut();
            }
            ptr::copy_nonoverlapping(out.as_ptr(), p, out.len());
            *p.add(out.len()) = 0;
            p as *mut c_char
        }
    })
}

/// The Rust functions the C shim (csrc/sip_shim.c) calls, handed over at load time so that
/// none of them is exported.
#[repr(C)]
struct ShimSipOps {
    contact_create: unsafe extern "C" fn(*mut su_home_t, *const c_void, *const *const c_char) -> *mut c_void,
    via_create: unsafe extern "C" fn(
        *mut su_home_t,
        *const c_char,
        *const c_char,
        *const c_char,
        *const *const c_char,
    ) -> *mut c_void,
    headers_as_url_query: unsafe extern "C" fn(*mut su_home_t, *const tagi_t) -> *mut c_char,
}

static SHIM_SIP_OPS: ShimSipOps = ShimSipOps {
    contact_create: super::create::sofia_sip_contact_create_params,
    via_create: super::create::sofia_sip_via_create_params,
    headers_as_url_query: sofia_sip_headers_as_url_query,
};

extern "C" {
    fn sofia_shim_sip_register(ops: *const ShimSipOps);
}

crate::on_load!(REGISTER_SIP_OPS, {
    // SAFETY: hands the shim a pointer to a static table.
    unsafe { sofia_shim_sip_register(&SHIM_SIP_OPS) }
});

/// Adds a copy of a header (list).
#[no_mangle]
pub unsafe extern "C" fn sip_add_dup(msg: *mut MsgObj, sip: *mut super::ctypes::SipT, h: *const crate::msg::hclass::SipHeader) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe {
        if msg.is_null() {
            return -1;
        }
        edit::add_dup(msg, sip.cast(), ptr::null(), h.cast())
    })
}

/// Adds a copy of a header (list) as class `hc`.
#[no_mangle]
pub unsafe extern "C" fn sip_add_dup_as(
    msg: *mut MsgObj,
    sip: *mut super::ctypes::SipT,
    hc: *const crate::msg::hclass::MsgHclass,
    h: *const crate::msg::hclass::SipHeader,
) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe {
        if msg.is_null() || hc.is_null() {
            return -1;
        }
        edit::add_dup(msg, sip.cast(), hc.cast(), h.cast())
    })
}

/// Makes a header of class `hc` from text and adds it.
#[no_mangle]
pub unsafe extern "C" fn sip_add_make(msg: *mut MsgObj, sip: *mut super::ctypes::SipT, hc: *const crate::msg::hclass::MsgHclass, s: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { edit::msg_header_add_make(msg, sip.cast(), hc, s) }
}
