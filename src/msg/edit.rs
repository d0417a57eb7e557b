//! Editing a message: adding, inserting, replacing and removing headers in the public
//! struct and the fragment chain (msg_header_insert() & co.), building the chain of a
//! message assembled by the application (msg_serialize()), and header parameters.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

use super::hclass::{self, MsgCommon, MsgHclass, MsgHeader, MsgPub};
use super::mclass::{self, MsgMclass};
use super::message::{self as m, MsgObj};
use crate::ffi::guard;
use crate::sip::cmem::{self, get_ptr, set_ptr, H_NEXT, H_PREV, H_SUCC};
use crate::su::alloc::{home_alloc, su_home_t};

type H = *mut c_void;

fn none(h: *const c_void) -> bool {
    h.is_null() || h as isize == -1
}

/// # Safety
/// `h` valid header.
unsafe fn succ_slot(h: H) -> *mut H {
    // SAFETY: h_succ at offset 0.
    unsafe { (h as *mut u8).add(H_SUCC) as *mut H }
}

/// # Safety
/// `h` valid header.
unsafe fn next_slot(h: H) -> *mut H {
    // SAFETY: next pointer at offset 40.
    unsafe { (h as *mut u8).add(H_NEXT) as *mut H }
}

/// # Safety
/// `h` valid header.
unsafe fn in_chain(h: H) -> bool {
    // SAFETY: a header is in a chain exactly when its h_prev is set.
    unsafe { !get_ptr(h, H_PREV).is_null() }
}

/// Inserts the chain fragment starting at `h` (linked by h_succ) at `*prev`.
///
/// # Safety
/// `msg` valid; `prev` a slot of its chain (the head or some h_succ); `h` not in a chain.
pub unsafe fn insert_here(msg: *mut MsgObj, prev: *mut H, h: H) {
    // SAFETY: contract.
    unsafe {
        let mut last = h;
        while !get_ptr(last, H_SUCC).is_null() {
            last = get_ptr(last, H_SUCC);
        }
        let next = *prev;
        set_ptr(last, H_SUCC, next);
        *prev = h;
        set_ptr(h, H_PREV, prev as *const c_void);
        if !next.is_null() {
            set_ptr(next, H_PREV, succ_slot(last) as *const c_void);
        } else {
            (*(*msg).st).tail = succ_slot(last);
        }
    }
}

/// Takes `h` out of the chain.
///
/// # Safety
/// `msg` valid; `h` a header of it.
pub unsafe fn chain_remove(msg: *mut MsgObj, h: H) {
    // SAFETY: contract; the chain links are consistent.
    unsafe {
        let prev = get_ptr(h, H_PREV) as *mut H;
        let succ = get_ptr(h, H_SUCC);
        if !prev.is_null() {
            *prev = succ;
        }
        if !succ.is_null() {
            set_ptr(succ, H_PREV, prev as *const c_void);
        } else if !prev.is_null() {
            (*(*msg).st).tail = prev;
        }
        set_ptr(h, H_SUCC, ptr::null());
        set_ptr(h, H_PREV, ptr::null());
    }
}

/// Offset of the message class's reference `which` (separator, payload).
fn href_off(mc: *const c_void, f: fn(&MsgMclass) -> usize) -> usize {
    // SAFETY: mc is a message class.
    f(unsafe { &*(mc as *const MsgMclass) })
}

/// Where a new header goes in the chain: after the start line when prepending, else before
/// the separator / body, else at the end.
///
/// # Safety
/// `msg` valid.
pub(crate) unsafe fn chain_position(msg: *mut MsgObj, h: H, prepend: bool) -> *mut H {
    // SAFETY: contract.
    unsafe {
        let st = &mut *(*msg).st;
        let head = ptr::addr_of_mut!(st.chain);
        let k = hclass::kind_of_header(h).map(|k| k.sym);
        let sep = get_ptr(st.public as *const c_void, href_off(st.mclass, |c| c.mc_separator[0].hr_offset as usize));
        let pl = get_ptr(st.public as *const c_void, href_off(st.mclass, |c| c.mc_payload[0].hr_offset as usize));
        match k {
            Some("request") | Some("status") => head,
            Some("payload") => st.tail,
            _ if prepend => {
                let first = *head;
                match hclass::kind_of_header(first).map(|k| k.sym) {
                    Some("request") | Some("status") => succ_slot(first),
                    _ => head,
                }
            }
            _ if !sep.is_null() && in_chain(sep) => get_ptr(sep, H_PREV) as *mut H,
            _ if !pl.is_null() && in_chain(pl) => get_ptr(pl, H_PREV) as *mut H,
            _ => st.tail,
        }
    }
}

/// Adds the header list `h` to the slot `hh` of the public struct according to its kind,
/// and to the chain when the message has one (msg_header_add()).
///
/// # Safety
/// `msg` valid, `hh` a slot of its public struct, `h` a header list not in a chain.
unsafe fn header_add(msg: *mut MsgObj, mut hh: *mut H, h: H) -> c_int {
    // SAFETY: contract.
    unsafe {
        let st = &mut *(*msg).st;
        let has_chain = !st.chain.is_null();
        if has_chain {
            // chain the list's own headers together (h_succ follows next)
            let mut prev: *mut H = ptr::null_mut();
            let mut sh = h;
            while !none(sh) {
                set_ptr(sh, H_SUCC, get_ptr(sh, H_NEXT));
                set_ptr(sh, H_PREV, prev as *const c_void);
                prev = succ_slot(sh);
                sh = get_ptr(sh, H_NEXT);
            }
            if !prev.is_null() && (*prev) as isize == -1 {
                *prev = ptr::null_mut();
            }
        }
        let kind = (*(cmem::class(h) as *const MsgHclass)).hc_bits & 7;
        let mut old: H = ptr::null_mut();
        match kind {
            0 | 2 => old = *hh,
            1 | 3 | 5 => {
                while !(*hh).is_null() {
                    hh = next_slot(*hh);
                }
            }
            _ => {
                // prepend: the old list continues after the new one
                let mut end = h;
                while !get_ptr(end, H_NEXT).is_null() {
                    end = get_ptr(end, H_NEXT);
                }
                set_ptr(end, H_NEXT, *hh);
            }
        }
        if has_chain {
            let prepend = kind == 4;
            let at = chain_position(msg, h, prepend);
            set_ptr(h, H_PREV, ptr::null());
            insert_here(msg, at, h);
            if !old.is_null() && in_chain(old) {
                chain_remove(msg, old);
            }
        }
        *hh = h;
        0
    }
}

/// Slot of class `hc` in the public struct `pub_` of `msg`.
///
/// # Safety
/// `msg` valid; `pub_` NULL or its public struct; `hc` a header class.
unsafe fn slot(msg: *mut MsgObj, pub_: *mut c_void, hc: *const c_void) -> Option<*mut H> {
    // SAFETY: contract.
    unsafe {
        let st = &*(*msg).st;
        let p = if pub_.is_null() { st.public } else { pub_ as *mut u8 };
        let k = hclass::kind_of_class(hc)?;
        let off = if k.sym == "error" { 64 } else { mclass::offset_in(st.mclass, hc)? };
        let size = ptr::read_unaligned(p.add(m::PUB_SIZE) as *const u32) as usize;
        (off + 8 <= size).then(|| p.add(off) as *mut H)
    }
}

/// Inserts a header (list) into the message at the place its kind says.
#[no_mangle]
pub unsafe extern "C" fn msg_header_insert(msg: *mut MsgObj, pub_: *mut MsgPub, h: *mut MsgHeader) -> c_int {
    guard(-1, || {
        let h: H = h.cast();
        if msg.is_null() || none(h) {
            return -1;
        }
        // SAFETY: valid message and header (caller).
        unsafe {
            let Some(hh) = slot(msg, pub_.cast(), cmem::class(h)) else { return -1 };
            header_add(msg, hh, h)
        }
    })
}

/// Adds a header (list) at the slot `hh` (msg_header_add).
#[no_mangle]
pub unsafe extern "C" fn msg_header_add(msg: *mut MsgObj, _pub: *mut MsgPub, hh: *mut *mut MsgHeader, h: *mut MsgHeader) -> c_int {
    guard(-1, || {
        if msg.is_null() || none(h.cast()) || hh.is_null() {
            return -1;
        }
        // SAFETY: valid message, slot and header (caller).
        unsafe { header_add(msg, hh as *mut H, h.cast()) }
    })
}

/// Removes one header from the public struct and the chain.
#[no_mangle]
pub unsafe extern "C" fn msg_header_remove(msg: *mut MsgObj, pub_: *mut MsgPub, h: *mut MsgHeader) -> c_int {
    guard(-1, || {
        let h: H = h.cast();
        if msg.is_null() || none(h) {
            return -1;
        }
        // SAFETY: valid message and header (caller).
        unsafe {
            let Some(mut hh) = slot(msg, pub_.cast(), cmem::class(h)) else { return -1 };
            while !(*hh).is_null() {
                if *hh == h {
                    *hh = get_ptr(h, H_NEXT);
                    break;
                }
                hh = next_slot(*hh);
            }
            chain_remove(msg, h);
            0
        }
    })
}

/// Removes a header and every header after it in its list.
#[no_mangle]
pub unsafe extern "C" fn msg_header_remove_all(msg: *mut MsgObj, pub_: *mut MsgPub, h: *mut MsgHeader) -> c_int {
    guard(-1, || {
        let h: H = h.cast();
        if msg.is_null() || none(h) {
            return -1;
        }
        // SAFETY: valid message and header (caller).
        unsafe {
            let Some(mut hh) = slot(msg, pub_.cast(), cmem::class(h)) else { return -1 };
            while !(*hh).is_null() && *hh != h {
                hh = next_slot(*hh);
            }
            let mut cur = h;
            while !none(cur) {
                chain_remove(msg, cur);
                cur = get_ptr(cur, H_NEXT);
            }
            *hh = ptr::null_mut();
            0
        }
    })
}

/// Replaces `replaced` with the header (list) `h`.
#[no_mangle]
pub unsafe extern "C" fn msg_header_replace(msg: *mut MsgObj, pub_: *mut MsgPub, replaced: *mut MsgHeader, h: *mut MsgHeader) -> c_int {
    guard(-1, || {
        let (old, h): (H, H) = (replaced.cast(), h.cast());
        if msg.is_null() || old.is_null() {
            return -1;
        }
        // SAFETY: valid message and headers (caller).
        unsafe {
            if none(h) {
                return msg_header_remove(msg, pub_, replaced);
            }
            let Some(mut hh) = slot(msg, pub_.cast(), cmem::class(h)) else { return -1 };
            let mut last = h;
            while !get_ptr(last, H_NEXT).is_null() {
                let n = get_ptr(last, H_NEXT);
                set_ptr(last, H_SUCC, n);
                set_ptr(n, H_PREV, succ_slot(last) as *const c_void);
                last = n;
            }
            while !(*hh).is_null() && *hh != old {
                hh = next_slot(*hh);
            }
            if (*hh).is_null() {
                return -1;
            }
            *hh = h;
            set_ptr(last, H_NEXT, get_ptr(old, H_NEXT));
            if in_chain(old) {
                let prev = get_ptr(old, H_PREV) as *mut H;
                *prev = h;
                set_ptr(h, H_PREV, prev as *const c_void);
                let succ = get_ptr(old, H_SUCC);
                set_ptr(last, H_SUCC, succ);
                if !succ.is_null() {
                    set_ptr(succ, H_PREV, succ_slot(last) as *const c_void);
                } else {
                    (*(*msg).st).tail = succ_slot(last);
                }
                set_ptr(old, H_SUCC, ptr::null());
                set_ptr(old, H_PREV, ptr::null());
            }
            0
        }
    })
}

/// Adds a copy of `src` (list) as class `hc` (NULL: its own).
///
/// # Safety
/// Valid message and header list.
pub unsafe fn add_dup(msg: *mut MsgObj, pub_: *mut c_void, hc: *const c_void, src: *const c_void) -> c_int {
    // SAFETY: contract.
    unsafe {
        if none(src) {
            return 0;
        }
        let h = crate::sip::api::msg_header_dup_as(m::home(msg), hc.cast(), src.cast());
        if h.is_null() {
            return -1;
        }
        let Some(hh) = slot(msg, pub_, cmem::class(h.cast())) else { return -1 };
        header_add(msg, hh, h.cast())
    }
}

#[no_mangle]
pub unsafe extern "C" fn msg_header_add_dup(msg: *mut MsgObj, pub_: *mut MsgPub, src: *const MsgHeader) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe {
        if msg.is_null() {
            return -1;
        }
        add_dup(msg, pub_.cast(), ptr::null(), src.cast())
    })
}

#[no_mangle]
pub unsafe extern "C" fn msg_header_add_dup_as(msg: *mut MsgObj, pub_: *mut MsgPub, hc: *const MsgHclass, src: *const MsgHeader) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe {
        if msg.is_null() || hc.is_null() {
            return -1;
        }
        add_dup(msg, pub_.cast(), hc.cast(), src.cast())
    })
}

/// Makes a header of class `hc` from text and adds it.
#[no_mangle]
pub unsafe extern "C" fn msg_header_add_make(msg: *mut MsgObj, pub_: *mut MsgPub, hc: *const MsgHclass, s: *const c_char) -> c_int {
    guard(-1, || {
        if msg.is_null() || hc.is_null() {
            return -1;
        }
        if s.is_null() {
            return 0;
        }
        // SAFETY: valid message, class and string (caller).
        unsafe {
            let h = crate::sip::api::msg_header_make(m::home(msg), hc, s);
            if h.is_null() {
                return -1;
            }
            let Some(hh) = slot(msg, pub_.cast(), hc.cast()) else { return -1 };
            header_add(msg, hh, h.cast())
        }
    })
}

/// Puts every header of the public struct that is not in the chain yet into it: the start
/// line first, then the headers in struct order, then the separator and the body.
///
/// # Safety
/// `msg` valid.
pub unsafe fn serialize_chain(msg: *mut MsgObj) -> c_int {
    // SAFETY: contract.
    unsafe {
        let st = &mut *(*msg).st;
        let p = st.public;
        let first = {
            let rq = get_ptr(p as *const c_void, 72);
            if rq.is_null() { get_ptr(p as *const c_void, 80) } else { rq }
        };
        if first.is_null() {
            return -1;
        }
        if !in_chain(first) {
            let head = ptr::addr_of_mut!(st.chain);
            insert_here(msg, head, first);
        }
        let sep_off = href_off(st.mclass, |c| c.mc_separator[0].hr_offset as usize);
        let pl_off = href_off(st.mclass, |c| c.mc_payload[0].hr_offset as usize);
        let sep = get_ptr(p as *const c_void, sep_off);
        let pl = get_ptr(p as *const c_void, pl_off);
        let mut at: *mut H = if !sep.is_null() && in_chain(sep) {
            get_ptr(sep, H_PREV) as *mut H
        } else if !pl.is_null() && in_chain(pl) {
            get_ptr(pl, H_PREV) as *mut H
        } else {
            (*(*msg).st).tail
        };
        let size = ptr::read_unaligned(p.add(m::PUB_SIZE) as *const u32) as usize;
        let one = |h: H, at: &mut *mut H| {
            let mut cur = h;
            while !none(cur) {
                if !in_chain(cur) {
                    set_ptr(cur, H_SUCC, ptr::null());
                    insert_here(msg, *at, cur);
                    *at = succ_slot(cur);
                }
                cur = get_ptr(cur, H_NEXT);
            }
        };
        // A multipart body (sip_multipart) is no header: sip_complete_message() links its
        // fragments after the payload.
        let mp_off = match href_off(st.mclass, |c| c.mc_multipart[0].hr_offset as usize) {
            // sip_t keeps it right after sip_payload.
            0 if hclass::kind("payload").sip_off == Some(pl_off) => pl_off + 8,
            0 => usize::MAX,
            off => off,
        };
        let mut off = 88;
        while off + 8 <= size {
            if off != sep_off && off != pl_off && off != mp_off {
                let h = get_ptr(p as *const c_void, off);
                if !h.is_null() {
                    one(h, &mut at);
                }
            }
            off += 8;
        }
        if !sep.is_null() {
            one(sep, &mut at);
        }
        if !pl.is_null() {
            one(pl, &mut at);
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn msg_serialize(msg: *mut MsgObj, _pub: *mut MsgPub) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { if msg.is_null() { -1 } else { serialize_chain(msg) } })
}

/// Adds `param` ("name=value") to a header's parameter list (replacing nothing).
#[no_mangle]
pub unsafe extern "C" fn msg_header_add_param(home: *mut su_home_t, h: *mut MsgCommon, param: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { edit_param(home, h.cast(), param, ParamEdit::Add) })
}

/// Replaces the parameter of the same name, or adds it.
#[no_mangle]
pub unsafe extern "C" fn msg_header_replace_param(home: *mut su_home_t, h: *mut MsgCommon, param: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { edit_param(home, h.cast(), param, ParamEdit::Replace) })
}

/// Removes the parameter named `name`.
#[no_mangle]
pub unsafe extern "C" fn msg_header_remove_param(h: *mut MsgCommon, name: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { edit_param(ptr::null_mut(), h.cast(), name, ParamEdit::Remove) })
}

#[derive(PartialEq)]
enum ParamEdit {
    Add,
    Replace,
    Remove,
}

/// Parameter list edits: a new pointer array (and a copy of the new parameter) from
/// `home`; the derived fields are updated.
///
/// # Safety
/// `h` valid header, `param` C string, `home` the header's home.
unsafe fn edit_param(home: *mut su_home_t, h: *mut c_void, param: *const c_char, op: ParamEdit) -> c_int {
    if h.is_null() || param.is_null() {
        return -1;
    }
    // SAFETY: contract.
    unsafe {
        let Some(k) = hclass::kind_of_header(h) else { return -1 };
        let Some(off) = k.shape().params else { return -1 };
        let text = CStr::from_ptr(param).to_bytes();
        let name_len = text.iter().position(|&b| b == b'=').unwrap_or(text.len());
        let name = &text[..name_len];
        let arr = get_ptr(h, off) as *const *const c_char;
        let mut items: Vec<*const c_char> = Vec::new();
        if !arr.is_null() {
            let mut i = 0;
            while !(*arr.add(i)).is_null() {
                items.push(*arr.add(i));
                i += 1;
            }
        }
        let same = |p: *const c_char| {
            let b = CStr::from_ptr(p).to_bytes();
            b.len() >= name.len()
                && b[..name.len()].eq_ignore_ascii_case(name)
                && (b.len() == name.len() || b[name.len()] == b'=')
        };
        let pos = items.iter().position(|&p| same(p));
        match op {
            ParamEdit::Remove => {
                // In place: the array only shrinks.
                let Some(i) = pos else { return 0 };
                items.remove(i);
                let a = arr as *mut *const c_char;
                for (j, p) in items.iter().enumerate() {
                    *a.add(j) = *p;
                }
                *a.add(items.len()) = ptr::null();
                cmem::update_derived(h as *mut u8, k.shape());
                return 0;
            }
            ParamEdit::Add | ParamEdit::Replace => {
                if op == ParamEdit::Add && pos.is_some() {
                    return 0;
                }
                let copy = home_alloc(home, text.len() + 1, false) as *mut u8;
                if copy.is_null() {
                    return -1;
                }
                ptr::copy_nonoverlapping(text.as_ptr(), copy, text.len());
                *copy.add(text.len()) = 0;
                match pos {
                    Some(i) => items[i] = copy as *const c_char,
                    None => items.push(copy as *const c_char),
                }
            }
        }
        let new = if items.is_empty() {
            ptr::null_mut()
        } else {
            let a = home_alloc(home, (items.len() + 1) * 8, true) as *mut *const c_char;
            if a.is_null() {
                return -1;
            }
            for (i, p) in items.iter().enumerate() {
                *a.add(i) = *p;
            }
            a
        };
        set_ptr(h, off, new as *const c_void);
        cmem::update_derived(h as *mut u8, k.shape());
        0
    }
}
