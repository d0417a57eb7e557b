//! Reading and building the C structs of SIP messages for the transaction layer: the few
//! fields nta needs (request line, status, Via, CSeq, Call-ID, tags), read by their offsets
//! of sofia-abi.md §1.4 (x86-64), and header construction through the sip layer.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

use crate::msg::edit;
use crate::msg::hclass;
use crate::msg::message::{self as m, MsgObj};
use crate::sip::cmem;

/// The header (list) of kind `sym` in the public struct of `msg`; NULL if none.
///
/// # Safety
/// `msg` valid (a message of the SIP message class).
#[inline]
pub(crate) unsafe fn slot(msg: *const MsgObj, sym: &str) -> *mut c_void {
    let Some(off) = sip_off(sym) else { return ptr::null_mut() };
    // SAFETY: contract; sip_off is an offset of the public struct.
    unsafe {
        let p = m::public(msg);
        if p.is_null() {
            return ptr::null_mut();
        }
        cmem::get_ptr(p as *const c_void, off)
    }
}

/// The kinds the transaction layer reads for every message, by their place in [`HOT`].
const HOT: [&str; 12] = ["request", "status", "via", "from", "to", "call_id", "cseq", "content_length", "separator", "payload", "record_route", "route"];

/// Offset of kind `sym` in `sip_t`: those of [`HOT`] from a table made once (a match on
/// the symbol instead of a hash lookup per call), the others from the kind table.
#[inline]
fn sip_off(sym: &str) -> Option<usize> {
    static OFFS: std::sync::OnceLock<[Option<usize>; HOT.len()]> = std::sync::OnceLock::new();
    let i = match sym {
        "request" => 0,
        "status" => 1,
        "via" => 2,
        "from" => 3,
        "to" => 4,
        "call_id" => 5,
        "cseq" => 6,
        "content_length" => 7,
        "separator" => 8,
        "payload" => 9,
        "record_route" => 10,
        "route" => 11,
        _ => return hclass::kind(sym).sip_off,
    };
    OFFS.get_or_init(|| HOT.map(|s| hclass::kind(s).sip_off))[i]
}

/// The C string at offset `off` of struct `h`.
///
/// # Safety
/// `h` NULL or a header whose field at `off` is NULL or a C string living as long as `'a`.
pub(crate) unsafe fn str_at<'a>(h: *const c_void, off: usize) -> Option<&'a [u8]> {
    if h.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        let p = cmem::get_ptr(h, off) as *const c_char;
        (!p.is_null()).then(|| CStr::from_ptr(p).to_bytes())
    }
}

/// The value of parameter `name` (without `=`) in the NULL-terminated parameter array at
/// offset `off` of header `h`, found as msg_params_find() finds it: the first parameter
/// whose name is `name` in any case; its value, empty when it has none.
///
/// # Safety
/// `h` a header whose field at `off` is NULL or a NULL-terminated array of C strings living
/// as long as `'a`.
pub(crate) unsafe fn param_at<'a>(h: *const c_void, off: usize, name: &[u8]) -> Option<&'a [u8]> {
    if h.is_null() || name.is_empty() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        let arr = cmem::get_ptr(h, off) as *const *const c_char;
        if arr.is_null() {
            return None;
        }
        let mut i = 0;
        loop {
            let p = *arr.add(i);
            if p.is_null() {
                return None;
            }
            let s = CStr::from_ptr(p).to_bytes();
            if s.len() >= name.len() && s[..name.len()].eq_ignore_ascii_case(name) {
                match s.get(name.len()) {
                    Some(b'=') => return Some(&s[name.len() + 1..]),
                    None => return Some(&[]),
                    _ => {}
                }
            }
            i += 1;
        }
    }
}

/// `v_params` in sip_via_t.
pub(crate) const V_PARAMS: usize = 72;

/// # Safety
/// `h` a header with a 4-byte integer at `off`.
pub(crate) unsafe fn i32_at(h: *const c_void, off: usize) -> i32 {
    // SAFETY: contract.
    unsafe { ptr::read_unaligned((h as *const u8).add(off) as *const i32) }
}

// Field offsets (sofia-abi.md §1.4).
pub(crate) const RQ_METHOD: usize = 48;
pub(crate) const RQ_METHOD_NAME: usize = 56;
pub(crate) const RQ_URL: usize = 64;
pub(crate) const ST_STATUS: usize = 56;
pub(crate) const V_BRANCH: usize = 112;
pub(crate) const CS_SEQ: usize = 48;
pub(crate) const CS_METHOD: usize = 52;
pub(crate) const CS_METHOD_NAME: usize = 56;
pub(crate) const I_ID: usize = 48;
/// `g_string` of a generic header (`sip_user_agent_t`, …).
pub(crate) const G_STRING: usize = 48;
pub(crate) const A_URL: usize = 56;
pub(crate) const A_TAG: usize = 152;
pub(crate) const PL_LEN: usize = 56;

/// Status code of a response message (0 for a request).
///
/// # Safety
/// `msg` valid.
pub unsafe fn status_of(msg: *const MsgObj) -> i32 {
    // SAFETY: contract.
    unsafe {
        let st = slot(msg, "status");
        if st.is_null() {
            0
        } else {
            i32_at(st, ST_STATUS)
        }
    }
}

/// Method name of a request (or of the CSeq of a response).
///
/// # Safety
/// `msg` valid.
pub unsafe fn method_of(msg: *const MsgObj) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe {
        let rq = slot(msg, "request");
        if !rq.is_null() {
            return str_at(rq, RQ_METHOD_NAME).map(<[u8]>::to_vec);
        }
        str_at(slot(msg, "cseq"), CS_METHOD_NAME).map(<[u8]>::to_vec)
    }
}

/// Method name of a request, borrowed from the message (valid while it is not changed or
/// freed).
///
/// # Safety
/// `msg` valid, and left alone while the slice is used.
pub(crate) unsafe fn method_ref<'a>(msg: *const MsgObj) -> Option<&'a [u8]> {
    // SAFETY: contract.
    unsafe { str_at(slot(msg, "request"), RQ_METHOD_NAME) }
}

/// The tag of the From or To header, borrowed from the message.
///
/// # Safety
/// `msg` valid, and left alone while the slice is used.
pub(crate) unsafe fn tag_ref<'a>(msg: *const MsgObj, sym: &str) -> Option<&'a [u8]> {
    // SAFETY: contract.
    unsafe { str_at(slot(msg, sym), A_TAG) }
}

/// The branch of the topmost Via.
///
/// # Safety
/// `msg` valid.
pub(crate) unsafe fn top_branch(msg: *const MsgObj) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe { str_at(slot(msg, "via"), V_BRANCH).map(|b| b.to_ascii_lowercase()) }
}

/// Tag of the From or To header (`sym` = "from" / "to").
///
/// # Safety
/// `msg` valid.
pub(crate) unsafe fn tag_of(msg: *const MsgObj, sym: &str) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe { str_at(slot(msg, sym), A_TAG).map(<[u8]>::to_vec) }
}

/// The Call-ID text.
///
/// # Safety
/// `msg` valid.
pub(crate) unsafe fn call_id_of(msg: *const MsgObj) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe { call_id_ref(msg) }.map(<[u8]>::to_vec)
}

/// The Call-ID text, borrowed from the message (valid while it is not changed or freed).
///
/// # Safety
/// `msg` valid, and left alone while the slice is used.
pub(crate) unsafe fn call_id_ref<'a>(msg: *const MsgObj) -> Option<&'a [u8]> {
    // SAFETY: contract.
    unsafe { str_at(slot(msg, "call_id"), I_ID) }
}

/// Makes a header of kind `sym` from its value text in the message's home.
///
/// # Safety
/// `msg` valid.
pub(crate) unsafe fn make(msg: *mut MsgObj, sym: &str, text: &[u8]) -> *mut c_void {
    // SAFETY: contract.
    unsafe { crate::sip::api::make(m::home(msg), hclass::kind(sym), text) }
}

/// Inserts a header (list) into `msg`; false on failure.
///
/// # Safety
/// `msg` valid; `h` NULL or a header of the message's home not in any message.
pub(crate) unsafe fn insert(msg: *mut MsgObj, h: *mut c_void) -> bool {
    // SAFETY: contract.
    !h.is_null() && unsafe { edit::msg_header_insert(msg, ptr::null_mut(), h.cast()) } >= 0
}

/// Makes and inserts a header of kind `sym`.
///
/// # Safety
/// `msg` valid.
pub(crate) unsafe fn add(msg: *mut MsgObj, sym: &str, text: &[u8]) -> bool {
    // SAFETY: contract.
    unsafe { insert(msg, make(msg, sym, text)) }
}

/// Copies header (list) `h` into `msg`.
///
/// # Safety
/// `msg` valid; `h` NULL or a valid header.
pub(crate) unsafe fn add_dup(msg: *mut MsgObj, h: *const c_void) -> bool {
    if h.is_null() {
        return false;
    }
    // SAFETY: contract.
    unsafe { insert(msg, crate::sip::api::msg_header_dup(m::home(msg), h.cast()).cast()) }
}

/// The printed value of header `h` (one instance).
///
/// # Safety
/// `h` a valid header.
pub(crate) unsafe fn value(h: *const c_void) -> Option<Vec<u8>> {
    if h.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe { hclass::print_value(h, 0) }
}

/// Adds Content-Length (from the payload) and the separator when missing, puts every
/// header into the chain and prints the message.
///
/// # Safety
/// `msg` valid.
pub(crate) unsafe fn encode(msg: *mut MsgObj) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe {
        if slot(msg, "content_length").is_null() {
            let pl = slot(msg, "payload");
            let len = if pl.is_null() { 0 } else { ptr::read_unaligned((pl as *const u8).add(PL_LEN) as *const u32) };
            let cl = crate::sip::create::sip_content_length_create(m::home(msg), len);
            if !insert(msg, cl.cast()) {
                return None;
            }
        }
        if slot(msg, "separator").is_null() {
            let sep = crate::sip::create::sip_separator_create(m::home(msg));
            if !insert(msg, sep.cast()) {
                return None;
            }
        }
        if edit::serialize_chain(msg) < 0 {
            return None;
        }
        // The message's printing flags (compact, canonic), as given at its creation.
        let flags = crate::msg::api::msg_get_flags(msg, 0xffff) as i32;
        let bytes = crate::sip::message::serialize(msg, flags);
        // msg_size() of a message sent is its encoded size (Sofia's msg_prepare()).
        if !(*msg).st.is_null() {
            (*(*msg).st).size = bytes.len();
        }
        Some(bytes)
    }
}

/// Room a response made by the transaction layer usually needs besides its public struct
/// (copies of Via, From, To, Call-ID and CSeq, a few headers of the application, printing):
/// its arena starts with one chunk of that size instead of a small one and a second.
const RESPONSE_RESERVE: usize = 2048;

/// A new empty SIP message for a response (`flags` as for msg_create()), its arena sized
/// for one.
pub(crate) fn new_response_msg(flags: c_int) -> *mut MsgObj {
    // SAFETY: the built-in SIP message class.
    unsafe { m::create_with(crate::msg::api::sip_default_mclass().cast(), flags as u32, RESPONSE_RESERVE) }
}

/// A new empty SIP message (`flags` as for msg_create()).
pub(crate) fn new_msg(flags: c_int) -> *mut MsgObj {
    // SAFETY: the built-in SIP message class.
    unsafe { crate::msg::api::msg_create(crate::msg::api::sip_default_mclass(), flags) }
}

/// The text of a `url_string_t` (a string, or a `url_t` printed).
///
/// # Safety
/// `u` NULL or a valid url_string_t.
pub(crate) unsafe fn url_text(u: *const c_void) -> Option<Vec<u8>> {
    if u.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        if crate::url::api::is_string(u) {
            Some(CStr::from_ptr(u as *const c_char).to_bytes().to_vec())
        } else {
            Some(crate::url::syntax::print(&crate::url::api::view(u as *const crate::url::url_t)))
        }
    }
}

/// The printed values of every header of kind `sym` (`"contact"`, `"record_route"`, …) in
/// `msg`, in order (for applications and tests that read a message without the C structs).
///
/// # Safety
/// `msg` NULL or a valid message.
pub unsafe fn values_of(msg: *const MsgObj, sym: &str) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    if msg.is_null() {
        return out;
    }
    // SAFETY: contract; headers chain through the pointer after their common part.
    unsafe {
        let mut h = slot(msg, sym) as *const c_void;
        while !h.is_null() {
            if let Some(v) = value(h) {
                out.push(v);
            }
            h = ptr::read_unaligned((h as *const u8).add(40) as *const *const c_void);
        }
    }
    out
}
