//! More of msg_header.h / msg_parser.h: `msg_hclass_offset`, `msg_header_offset`,
//! `msg_header_prepend`, `msg_header_size`, `msg_params_dup`, `msg_params_join` and
//! `msg_random_token`.

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr;

use super::edit;
use super::hclass::{self, MsgHclass, MsgHeader, MsgPub};
use super::message::{self as m, MsgObj};
use super::mclass::{self, MsgMclass};
use super::util::{issize_t, msg_param_t};
use crate::ffi::guard;
use crate::sip::cmem::{self, get_ptr, set_ptr, H_NEXT, H_PREV, H_SUCC};
use crate::su::alloc::{home_alloc, isize_t, su_home_t};

type H = *mut c_void;

fn none(h: *const c_void) -> bool {
    h.is_null() || h as isize == -1
}

/// Slots of a parameter array for `n` entries (whole steps of `msg_n_params`, 8).
fn params_num(n: usize) -> usize {
    (n + 7) & !7
}

/// The strings of a NULL-terminated array (empty for NULL).
///
/// # Safety
/// `p` NULL or a NULL-terminated array of C strings.
unsafe fn list<'a>(p: *const msg_param_t) -> Vec<&'a CStr> {
    let mut v = Vec::new();
    if !p.is_null() {
        // SAFETY: contract.
        unsafe {
            let mut i = 0;
            while !(*p.add(i)).is_null() {
                v.push(CStr::from_ptr(*p.add(i)));
                i += 1;
            }
        }
    }
    v
}

/// Offset of the slot of class `hc` in a public struct of message class `mc` whose
/// recorded size is `size`.
///
/// # Safety
/// `mc` a message class, `hc` a header class.
unsafe fn slot_offset(mc: *const c_void, hc: *const c_void, size: usize) -> Option<usize> {
    // SAFETY: contract.
    unsafe {
        let off = match hclass::kind_of_class(hc) {
            Some(k) if k.sym == "error" => 64,
            _ => mclass::offset_in(mc, hc)?,
        };
        (off + 8 <= size).then_some(off)
    }
}

/// Where a header of class `hc` is kept in the public struct `mo` of message class `mc`.
#[no_mangle]
pub unsafe extern "C" fn msg_hclass_offset(mc: *const MsgMclass, mo: *const MsgPub, hc: *const MsgHclass) -> *mut *mut MsgHeader {
    guard(ptr::null_mut(), || {
        if mc.is_null() || mo.is_null() || hc.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a message class, its public struct (recording its size), a header class.
        unsafe {
            let size = ptr::read_unaligned((mo as *const u8).add(m::PUB_SIZE) as *const u32) as usize;
            match slot_offset(mc.cast(), hc.cast(), size) {
                Some(off) => (mo as *mut u8).add(off) as *mut *mut MsgHeader,
                None => ptr::null_mut(),
            }
        }
    })
}

/// Where the header `h` is kept in the public struct `mo` (NULL: the message's own) of `msg`.
#[no_mangle]
pub unsafe extern "C" fn msg_header_offset(msg: *const MsgObj, mo: *const MsgPub, h: *const MsgHeader) -> *mut *mut MsgHeader {
    guard(ptr::null_mut(), || {
        if msg.is_null() || none(h.cast()) {
            return ptr::null_mut();
        }
        // SAFETY: a message and a header (caller).
        unsafe {
            let class = cmem::class(h.cast());
            if class.is_null() {
                return ptr::null_mut();
            }
            let st = &*(*msg).st;
            let mo = if mo.is_null() { st.public as *const MsgPub } else { mo };
            msg_hclass_offset(st.mclass.cast(), mo, class.cast())
        }
    })
}

/// Puts the header list `h` first in the slot `hh` of the message (single and list kinds:
/// instead of the old header) and, when the message has a fragment chain, first in the
/// chain after the start line.
#[no_mangle]
pub unsafe extern "C" fn msg_header_prepend(msg: *mut MsgObj, _pub: *mut MsgPub, hh: *mut *mut MsgHeader, h: *mut MsgHeader) -> c_int {
    guard(-1, || {
        let h: H = h.cast();
        if msg.is_null() || none(h) || hh.is_null() {
            return -1;
        }
        let hh = hh as *mut H;
        // SAFETY: a message, a slot of its public struct, a header list not in a chain.
        unsafe {
            let class = cmem::class(h) as *const MsgHclass;
            if class.is_null() {
                return -1;
            }
            let st = &mut *(*msg).st;
            let has_chain = !st.chain.is_null();
            if has_chain {
                // The list's own headers follow one another in the chain.
                let mut prev: *mut H = ptr::null_mut();
                let mut sh = h;
                while !none(sh) {
                    set_ptr(sh, H_SUCC, get_ptr(sh, H_NEXT));
                    set_ptr(sh, H_PREV, prev as *const c_void);
                    prev = (sh as *mut u8).add(H_SUCC) as *mut H;
                    sh = get_ptr(sh, H_NEXT);
                }
                if !prev.is_null() && (*prev) as isize == -1 {
                    *prev = ptr::null_mut();
                }
            }
            let mut old: H = ptr::null_mut();
            match (*class).hc_bits & 7 {
                // single, list
                0 | 2 => old = *hh,
                _ => {
                    let mut end = h;
                    while !get_ptr(end, H_NEXT).is_null() {
                        end = get_ptr(end, H_NEXT);
                    }
                    set_ptr(end, H_NEXT, *hh);
                }
            }
            if has_chain {
                let at = edit::chain_position(msg, h, true);
                set_ptr(h, H_PREV, ptr::null());
                edit::insert_here(msg, at, h);
                if !none(old) && !get_ptr(old, H_PREV).is_null() {
                    edit::chain_remove(msg, old);
                }
            }
            *hh = h;
            0
        }
    })
}

/// Bytes a copy of the header `h` (one header, not its list) takes.
#[no_mangle]
pub unsafe extern "C" fn msg_header_size(h: *const MsgHeader) -> isize_t {
    guard(0, || {
        if none(h.cast()) {
            return 0;
        }
        // SAFETY: a header (caller).
        unsafe {
            let Some(k) = hclass::kind_of_header(h.cast()) else { return 0 };
            let v = cmem::read(h.cast(), k.shape());
            cmem::header_len(&v, k.shape()) as isize_t
        }
    })
}

/// `sip_header_size()`: `msg_header_size()` of a SIP header.
#[no_mangle]
pub unsafe extern "C" fn sip_header_size(h: *const hclass::SipHeader) -> isize_t {
    // SAFETY: forwarded contract (a SIP header is a msg header).
    unsafe { msg_header_size(h.cast()) }
}

/// Copies the parameter list `s` into the buffer `b` (room for `xtra` bytes, as
/// `msg_params_dup_xtra()` counts them): the pointer array (aligned, in whole steps of
/// `msg_n_params`) then the strings. `*d` gets the copy (NULL for an empty list); returns
/// the first byte after it.
#[no_mangle]
pub unsafe extern "C" fn msg_params_dup(d: *mut *const msg_param_t, s: *const msg_param_t, b: *mut c_char, xtra: isize_t) -> *mut c_char {
    guard(ptr::null_mut(), || {
        if d.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: s NULL or a list, b writable for xtra bytes (caller).
        unsafe {
            let items = list(s);
            if items.is_empty() {
                *d = ptr::null();
                return b;
            }
            let pad = (b as usize).wrapping_neg() & 7;
            let slots = params_num(items.len() + 1);
            let need = pad + slots * 8 + items.iter().map(|c| c.to_bytes().len() + 1).sum::<usize>();
            if b.is_null() || xtra < 0 || need > xtra as usize {
                *d = ptr::null();
                return ptr::null_mut();
            }
            let arr = b.add(pad) as *mut msg_param_t;
            let mut p = (arr as *mut c_char).add(slots * 8);
            for (i, c) in items.iter().enumerate() {
                let bytes = c.to_bytes_with_nul();
                ptr::copy_nonoverlapping(bytes.as_ptr() as *const c_char, p, bytes.len());
                *arr.add(i) = p;
                p = p.add(bytes.len());
            }
            for i in items.len()..slots {
                *arr.add(i) = ptr::null();
            }
            *d = arr;
            p
        }
    })
}

/// Whether `p` is already in `d` by the rule `prune` (1: same name, 2: same text ignoring
/// case, 3: same text).
fn pruned(d: &[&CStr], p: &CStr, prune: c_uint) -> bool {
    let p = p.to_bytes();
    let name = &p[..p.iter().position(|&c| c == b'=').unwrap_or(p.len())];
    d.iter().any(|q| {
        let q = q.to_bytes();
        match prune {
            1 => q.len() >= name.len() && q[..name.len()].eq_ignore_ascii_case(name) && (q.len() == name.len() || q[name.len()] == b'='),
            2 => q.eq_ignore_ascii_case(p),
            3 => q == p,
            _ => false,
        }
    })
}

/// Appends the parameters of `src` to the list `*dst` (a new array in `home`). With `prune`
/// 2 or 3 a parameter already in `*dst` (same text, ignoring case with 2) is left out; 0
/// and 1 add them all. With `dup` the added strings are copied into `home`.
#[no_mangle]
pub unsafe extern "C" fn msg_params_join(home: *mut su_home_t, dst: *mut *mut msg_param_t, src: *const msg_param_t, prune: c_uint, dup: c_int) -> issize_t {
    guard(-1, || {
        if prune > 3 {
            return -1;
        }
        if dst.is_null() {
            return -1;
        }
        // SAFETY: dst points to NULL or a list, src NULL or a list (caller).
        unsafe {
            let add = list(src);
            if add.is_empty() {
                return 0;
            }
            let old = list(*dst);
            let mut out: Vec<*const c_char> = old.iter().map(|c| c.as_ptr()).collect();
            for p in &add {
                if prune > 1 && pruned(&old, p, prune) {
                    continue;
                }
                if dup != 0 {
                    let bytes = p.to_bytes_with_nul();
                    let c = home_alloc(home, bytes.len(), false) as *mut c_char;
                    if c.is_null() {
                        return -1;
                    }
                    ptr::copy_nonoverlapping(bytes.as_ptr() as *const c_char, c, bytes.len());
                    out.push(c);
                } else {
                    out.push(p.as_ptr());
                }
            }
            // Always a new array: which arrays have room left cannot be told safely.
            let slots = params_num(out.len() + 1);
            let a = home_alloc(home, slots * 8, true) as *mut msg_param_t;
            if a.is_null() {
                return -1;
            }
            for (i, p) in out.iter().enumerate() {
                *a.add(i) = *p;
            }
            *dst = a;
        }
        0
    })
}

const TOKEN_CHARS: &[u8; 32] = b"aBcDeFgHjKmNpQrStUvXyZ0123456789";

/// A token of at most `tlen` characters, 5 bits each, from the bytes `rmem[..rsize]`
/// (least significant bits first) or, when `rmem` is NULL and `rsize` 0, from
/// `su_random()`. With `token` NULL, the length it would get.
pub fn random_token(tlen: usize, rmem: Option<&[u8]>) -> Vec<u8> {
    let mut out = Vec::new();
    match rmem {
        None => {
            for _ in 0..tlen {
                let w = crate::su::uniqueid::su_random();
                out.push(TOKEN_CHARS[((w >> 13) & 31) as usize]);
            }
        }
        Some(mem) => {
            let mut bits: u32 = 0;
            let mut n: i32 = 0;
            let mut rest = mem;
            while out.len() < tlen {
                if n < 5 {
                    if let Some((&b, r)) = rest.split_first() {
                        bits |= (b as u32) << n;
                        n += 8;
                        rest = r;
                    }
                }
                out.push(TOKEN_CHARS[(bits & 31) as usize]);
                bits >>= 5;
                n -= 5;
                if n < 0 || (n == 0 && rest.is_empty()) {
                    break;
                }
            }
        }
    }
    out
}

/// Writes a random token into `token` (`tlen` characters and a NUL); see [`random_token`].
/// Returns its length; 1 (token "+") when `rmem` is given with `rsize` 0.
#[no_mangle]
pub unsafe extern "C" fn msg_random_token(token: *mut c_char, tlen: isize_t, rmem: *const c_void, rsize: isize_t) -> issize_t {
    guard(-1, || {
        let tlen = tlen.max(0) as usize;
        if !rmem.is_null() && rsize < 0 {
            return -1;
        }
        if !rmem.is_null() && rsize == 0 {
            if !token.is_null() && tlen > 0 {
                // SAFETY: token holds tlen + 1 bytes (caller).
                unsafe {
                    *token = b'+' as c_char;
                    *token.add(1) = 0;
                }
            }
            return 1;
        }
        if token.is_null() {
            // The length a token would get. As in Sofia, "random" counts as a byte count of
            // -1 here (its UINT_MAX in an int), which gives 0.
            let rsize = if rmem.is_null() && rsize == 0 { -1 } else { rsize };
            return if rsize >= (tlen * 5 / 8) as issize_t { tlen as issize_t } else { rsize / 5 * 8 };
        }
        let rsize_u = rsize.max(0) as usize;
        // SAFETY: rmem holds rsize bytes (caller).
        let mem = (!rmem.is_null()).then(|| unsafe { std::slice::from_raw_parts(rmem as *const u8, rsize_u) });
        let t = random_token(tlen, mem);
        // SAFETY: token holds tlen + 1 bytes (caller); t.len() <= tlen.
        unsafe {
            ptr::copy_nonoverlapping(t.as_ptr() as *const c_char, token, t.len());
            *token.add(t.len()) = 0;
        }
        t.len() as issize_t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_from_bytes() {
        assert_eq!(random_token(8, Some(&[0, 0, 0, 0, 0])), b"aaaaaaaa".to_vec());
        assert_eq!(random_token(4, Some(&[0xff])), b"9H".to_vec());
        assert_eq!(random_token(10, None).len(), 10);
    }
}

/// The message class's reference for the header named at the start of `s` (its compact
/// form when one letter; the unknown-header reference when the class has no such name; the
/// error reference when `s` does not start with a name). `*start` (if given) gets where
/// the value starts, after the colon, or 0 when no colon follows the name.
#[no_mangle]
pub unsafe extern "C" fn msg_find_hclass(mc: *const MsgMclass, s: *const c_char, start: *mut isize_t) -> *const mclass::MsgHref {
    guard(ptr::null(), || {
        if mc.is_null() || s.is_null() {
            return ptr::null();
        }
        // SAFETY: a message class and a C string (caller).
        unsafe {
            let mc = &*mc;
            let text = CStr::from_ptr(s).to_bytes();
            let len = text.iter().take_while(|&&b| crate::msg::util::is_token(b)).count();
            if len == 0 || len > i16::MAX as usize {
                if !start.is_null() {
                    *start = 0;
                }
                return mc.mc_error.as_ptr();
            }
            let name = &text[..len];
            let unknown = mc.mc_unknown.as_ptr();
            let hr = if len == 1 && !mc.mc_short.is_null() {
                let c = name[0].to_ascii_lowercase();
                if c.is_ascii_lowercase() {
                    let r = mc.mc_short.add((c - b'a') as usize);
                    if (*r).hr_class.is_null() { unknown } else { r }
                } else {
                    unknown
                }
            } else {
                let size = mc.mc_hash_size.max(1) as usize;
                let table = std::slice::from_raw_parts(mc.mc_hash.as_ptr(), size);
                table
                    .iter()
                    .find(|r| {
                        !r.hr_class.is_null() && {
                            let hc = &*r.hr_class;
                            !hc.hc_name.is_null() && CStr::from_ptr(hc.hc_name).to_bytes().eq_ignore_ascii_case(name)
                        }
                    })
                    .map_or(unknown, |r| r as *const mclass::MsgHref)
            };
            if !start.is_null() {
                // White space (also folded onto the next line) may come before the colon.
                let mut i = len;
                loop {
                    let ws = text[i..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
                    i += ws;
                    let crlf = match &text[i..] {
                        [b'\r', b'\n', n, ..] | [b'\r', n, ..] | [b'\n', n, ..] if *n == b' ' || *n == b'\t' => {
                            if text[i] == b'\r' && text.get(i + 1) == Some(&b'\n') { 2 } else { 1 }
                        }
                        _ => 0,
                    };
                    if crlf == 0 {
                        break;
                    }
                    i += crlf;
                }
                *start = if text.get(i) == Some(&b':') { (i + 1) as isize_t } else { 0 };
            }
            hr
        }
    })
}

/// A header made from a whole header line "Name: value" with the class `msg`'s message
/// class gives the name (a header it cannot parse becomes an unknown header).
#[no_mangle]
pub unsafe extern "C" fn msg_header_d(home: *mut su_home_t, msg: *const MsgObj, b: *const c_char) -> *mut MsgHeader {
    guard(ptr::null_mut(), || {
        if msg.is_null() || b.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a message and a C string (caller).
        unsafe {
            let mc = (*(*msg).st).mclass as *const MsgMclass;
            let mut start: isize_t = 0;
            let hr = msg_find_hclass(mc, b, &mut start);
            if hr.is_null() || (*hr).hr_class.is_null() {
                return ptr::null_mut();
            }
            let text = CStr::from_ptr(b).to_bytes();
            let is_lws = |c: u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
            let mut start = start as usize;
            let mut end = text.len();
            while end > start && is_lws(text[end - 1]) {
                end -= 1;
            }
            if start < end && is_lws(text[start]) {
                start += 1;
            }
            let value = &text[start..end];
            let class = (*hr).hr_class;
            if let Some(h) = parse_new(home, class.cast(), value) {
                return h;
            }
            let unknown = (*mc).mc_unknown[0].hr_class;
            if unknown.is_null() {
                return ptr::null_mut();
            }
            parse_new(home, unknown.cast(), &text[..end]).unwrap_or(ptr::null_mut())
        }
    })
}

/// A new header of `class` parsed from `text` by the class's own parse function, or None.
///
/// # Safety
/// `class` a header class, `home` NULL or valid.
unsafe fn parse_new(home: *mut su_home_t, class: *const MsgHclass, text: &[u8]) -> Option<*mut MsgHeader> {
    // SAFETY: contract; the copy of the text is NUL-terminated as parse functions expect.
    unsafe {
        let special = hclass::kind_of_class(class.cast()).map(|k| k.sym).filter(|s| super::slots::SPECIAL.contains(s));
        let parse = (*class).hc_parse?;
        let h = crate::sip::feature::msg_header_alloc(home, class, text.len() as c_int + 1);
        if h.is_null() {
            return None;
        }
        let buf = (h as *mut u8).add((*class).hc_size as usize);
        ptr::copy_nonoverlapping(text.as_ptr(), buf, text.len());
        *buf.add(text.len()) = 0;
        let r = match special {
            Some(sym) => super::slots::parse_as(sym, home, h.cast(), buf as *mut c_char, text.len() as isize_t),
            None => parse(home, h.cast(), buf as *mut c_char, text.len() as isize_t),
        };
        if r >= 0 {
            Some(h)
        } else {
            crate::su::alloc::su_free(home, h.cast());
            None
        }
    }
}

/// `sip_header_d()`: `msg_header_d()`.
#[no_mangle]
pub unsafe extern "C" fn sip_header_d(home: *mut su_home_t, msg: *const MsgObj, b: *const c_char) -> *mut hclass::SipHeader {
    // SAFETY: forwarded contract.
    unsafe { msg_header_d(home, msg, b).cast() }
}

/// `sip_header_e()`: `msg_header_e()`.
#[no_mangle]
pub unsafe extern "C" fn sip_header_e(b: *mut c_char, bsiz: isize_t, h: *const hclass::SipHeader, flags: c_int) -> issize_t {
    // SAFETY: forwarded contract.
    unsafe { crate::sip::api::msg_header_e(b, bsiz, h.cast(), flags) }
}

/// `sip_header_field_e()`: `msg_header_field_e()`.
#[no_mangle]
pub unsafe extern "C" fn sip_header_field_e(b: *mut c_char, bsiz: isize_t, h: *const hclass::SipHeader, flags: c_int) -> issize_t {
    // SAFETY: forwarded contract.
    unsafe { crate::sip::api::msg_header_field_e(b, bsiz, h.cast(), flags) }
}

/// Parses the value `s` (`slen` bytes, NUL after them; white space around it is cut off in
/// place) into `h` with `h`'s class.
#[no_mangle]
pub unsafe extern "C" fn sip_header_field_d(home: *mut su_home_t, h: *mut hclass::SipHeader, s: *mut c_char, slen: isize_t) -> issize_t {
    guard(-1, || {
        if h.is_null() || s.is_null() || slen < 0 {
            return -1;
        }
        // SAFETY: a header and slen + 1 writable bytes (caller).
        unsafe {
            if *s.add(slen as usize) != 0 {
                return -1;
            }
            let class = cmem::class(h.cast()) as *const MsgHclass;
            if class.is_null() {
                return -1;
            }
            let Some(parse) = (*class).hc_parse else { return -1 };
            let bytes = std::slice::from_raw_parts(s as *const u8, slen as usize);
            let lws = crate::msg::util::span_lws(bytes, 0);
            let mut n = bytes.len();
            while n > lws && matches!(bytes[n - 1], b' ' | b'\t' | b'\r' | b'\n') {
                n -= 1;
            }
            *s.add(n) = 0;
            parse(home, h.cast(), s.add(lws), slen - lws as isize_t)
        }
    })
}

/// A Content-Length header (of `msg_content_length_class`) of `n`.
#[no_mangle]
pub unsafe extern "C" fn msg_content_length_create(home: *mut su_home_t, n: u32) -> *mut crate::sip::ctypes::MsgContentLength {
    guard(ptr::null_mut(), || {
        // SAFETY: home NULL or valid (caller); a fresh header of the content_length kind.
        unsafe {
            let h = crate::sip::api::make(home, hclass::kind("content_length"), n.to_string().as_bytes());
            if !h.is_null() {
                set_ptr(h, cmem::H_CLASS, ptr::addr_of!(super::mime_classes::msg_content_length_class) as *const c_void);
            }
            h.cast()
        }
    })
}

/// Marks the message complete (with the flags of `mask` too); returns its flags. Our
/// messages never stream, so there is no streaming state to end.
#[no_mangle]
pub unsafe extern "C" fn msg_mark_as_complete(msg: *mut MsgObj, mask: c_uint) -> c_uint {
    if msg.is_null() {
        return 0;
    }
    // SAFETY: a message (caller); streaming ends with it, as in Sofia.
    unsafe {
        super::state::msg_set_streaming(msg, 0);
        super::api::msg_set_flags(msg, mask | m::MSG_FLG_COMPLETE)
    }
}
