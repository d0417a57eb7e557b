//! The in-place token parsers and small encoders of msg_parser.h / sip_parser.h that
//! header parsers written in C use: `msg_token_d`, `msg_uint32_d`, `msg_quoted_d`,
//! `msg_comment_d`, `msg_firstline_d`, `sip_method_d`, `msg_unquoted_e`, `msg_params_e`
//! and `msg_object_e`. Each finds its positions in safe Rust on the bytes of the string;
//! the C shell then writes the NULs into the caller's buffer and moves its cursor.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

use super::hclass::{copy_out, MsgPub};
use super::util::{is_digit, is_token, issize_t, msg_param_t, span_lws};
use crate::ffi::guard;
use crate::sip::cmem::{get_ptr, H_SUCC};
use crate::su::alloc::isize_t;

fn is_lws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Token at the start: its length and the end of the white space after it (NULs go over
/// that white space).
pub fn token(s: &[u8]) -> Option<(usize, usize)> {
    let n = s.iter().take_while(|&&b| is_token(b)).count();
    if n == 0 {
        return None;
    }
    let end = n + s[n..].iter().take_while(|&&b| is_lws(b)).count();
    Some((n, end))
}

/// A decimal number below 2^32 at the start, followed by the end or white space: its value
/// and the bytes up to after that white space.
pub fn uint32(s: &[u8]) -> Option<(u32, usize)> {
    let n = s.iter().take_while(|&&b| is_digit(b)).count();
    if n == 0 {
        return None;
    }
    let mut v: u32 = 0;
    for &b in &s[..n] {
        v = v.checked_mul(10)?.checked_add((b - b'0') as u32)?;
    }
    if n < s.len() && !is_lws(s[n]) {
        return None;
    }
    Some((v, n + span_lws(s, n)))
}

/// A quoted string (backslash escapes inside) at the start: its length with both quotes.
pub fn quoted_len(s: &[u8]) -> Option<usize> {
    if s.first() != Some(&b'"') {
        return None;
    }
    let mut i = 1;
    while i < s.len() {
        match s[i] {
            b'"' => return Some(i + 1),
            b'\\' if i + 1 < s.len() => i += 2,
            b'\\' => return None,
            _ => i += 1,
        }
    }
    None
}

/// A comment "(...)" (nested parentheses) at the start: the index of its closing ')'.
pub fn comment_end(s: &[u8]) -> Option<usize> {
    if s.first() != Some(&b'(') {
        return None;
    }
    let mut level = 0usize;
    for (i, &b) in s.iter().enumerate() {
        match b {
            b'(' => level += 1,
            b')' => {
                level -= 1;
                if level == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The bytes of a C string.
///
/// # Safety
/// `p` a NUL-terminated string.
unsafe fn bytes<'a>(p: *const c_char) -> &'a [u8] {
    // SAFETY: contract.
    unsafe { CStr::from_ptr(p) }.to_bytes()
}

/// Takes the token at `*ss` into `*return_token`, NULs over the white space after it;
/// `*ss` moves past it. Returns the bytes taken, or -1 when no token starts there.
#[no_mangle]
pub unsafe extern "C" fn msg_token_d(ss: *mut *mut c_char, return_token: *mut *const c_char) -> issize_t {
    guard(-1, || {
        // SAFETY: ss is checked for NULL first; else it points to the caller's cursor.
        if ss.is_null() || unsafe { (*ss).is_null() } || return_token.is_null() {
            return -1;
        }
        // SAFETY: *ss a writable C string (caller).
        unsafe {
            let s = *ss;
            let Some((n, end)) = token(bytes(s)) else { return -1 };
            ptr::write_bytes(s.add(n), 0, end - n);
            *return_token = s;
            *ss = s.add(end);
            end as issize_t
        }
    })
}

/// Reads the number at `*ss` (below 2^32, followed by the end or white space) into
/// `*return_value`; `*ss` moves past it and the white space. Returns the bytes read or -1.
#[no_mangle]
pub unsafe extern "C" fn msg_uint32_d(ss: *mut *mut c_char, return_value: *mut u32) -> issize_t {
    guard(-1, || {
        // SAFETY: ss is checked for NULL first; else it points to the caller's cursor.
        if ss.is_null() || unsafe { (*ss).is_null() } || return_value.is_null() {
            return -1;
        }
        // SAFETY: *ss a C string (caller).
        unsafe {
            let s = *ss;
            let Some((v, n)) = uint32(bytes(s)) else { return -1 };
            *return_value = v;
            *ss = s.add(n);
            n as issize_t
        }
    })
}

/// Takes the quoted string at `*ss` (quotes kept) into `*return_quoted`; a NUL goes over
/// the white space after it, which is skipped. Returns the bytes taken or -1.
#[no_mangle]
pub unsafe extern "C" fn msg_quoted_d(ss: *mut *mut c_char, return_quoted: *mut *mut c_char) -> issize_t {
    guard(-1, || {
        // SAFETY: ss is checked for NULL first; else it points to the caller's cursor.
        if ss.is_null() || unsafe { (*ss).is_null() } || return_quoted.is_null() {
            return -1;
        }
        // SAFETY: *ss a writable C string (caller).
        unsafe {
            let s = *ss;
            let b = bytes(s);
            let Some(n) = quoted_len(b) else { return -1 };
            *return_quoted = s;
            let mut end = n;
            if n < b.len() && is_lws(b[n]) {
                *s.add(n) = 0;
                end = n + 1 + span_lws(b, n + 1);
            }
            *ss = s.add(end);
            end as issize_t
        }
    })
}

/// Takes the comment at `*ss` ("(...)", nested) without its parentheses (both become
/// NULs) into `*return_comment` (may be NULL); `*ss` moves past it and the white space
/// after it. 0, or -1 when no whole comment starts there.
#[no_mangle]
pub unsafe extern "C" fn msg_comment_d(ss: *mut *mut c_char, return_comment: *mut *const c_char) -> issize_t {
    guard(-1, || {
        // SAFETY: ss is checked for NULL first; else it points to the caller's cursor.
        if ss.is_null() || unsafe { (*ss).is_null() } {
            return -1;
        }
        // SAFETY: *ss a writable C string (caller).
        unsafe {
            let s = *ss;
            let b = bytes(s);
            let Some(close) = comment_end(b) else { return -1 };
            *s = 0;
            *s.add(close) = 0;
            if !return_comment.is_null() {
                *return_comment = s.add(1);
            }
            *ss = s.add(close + 1 + span_lws(b, close + 1));
            0
        }
    })
}

/// Splits a start line in place into three parts at white space (the first part stays at
/// `s`; the third is the rest of the line). 0, or -1 when the line has no white space.
#[no_mangle]
pub unsafe extern "C" fn msg_firstline_d(s: *mut c_char, return_part2: *mut *mut c_char, return_part3: *mut *mut c_char) -> c_int {
    guard(-1, || {
        if s.is_null() || return_part2.is_null() || return_part3.is_null() {
            return -1;
        }
        let ws = |b: u8| b == b' ' || b == b'\t';
        // SAFETY: s a writable C string (caller).
        unsafe {
            let b = bytes(s);
            let n1 = b.iter().take_while(|&&c| !ws(c)).count();
            if n1 == b.len() {
                return -1;
            }
            *s.add(n1) = 0;
            let p2 = n1 + 1 + b[n1 + 1..].iter().take_while(|&&c| ws(c)).count();
            let n2 = b[p2..].iter().take_while(|&&c| !ws(c)).count();
            let mut p3 = p2 + n2;
            if p3 < b.len() {
                *s.add(p3) = 0;
                p3 += 1 + b[p3 + 1..].iter().take_while(|&&c| ws(c)).count();
            }
            *return_part2 = s.add(p2);
            *return_part3 = s.add(p3);
            0
        }
    })
}

/// The method at `*ss`: its `sip_method_t` (0 for an extension method, -1 for no method);
/// `*return_name` (if given) gets its name (the canonical one for a known method, else the
/// text with a NUL written after it). `*ss` moves past it and the white space after it.
#[no_mangle]
pub unsafe extern "C" fn sip_method_d(ss: *mut *mut c_char, return_name: *mut *const c_char) -> c_int {
    guard(-1, || {
        // SAFETY: ss is checked for NULL first; else it points to the caller's cursor.
        if ss.is_null() || unsafe { (*ss).is_null() } {
            return -1;
        }
        // SAFETY: *ss a writable C string (caller).
        unsafe {
            let s = *ss;
            let b = bytes(s);
            let (code, n) = crate::sip::method::method_code(b);
            if code < 0 {
                return code;
            }
            let mut end = n;
            let name: *const c_char = if code == 0 {
                if end < b.len() && !return_name.is_null() {
                    *s.add(end) = 0;
                    end += 1;
                }
                s
            } else {
                crate::sip::method::sip_method_name(code, ptr::null())
            };
            end += b[end.min(b.len())..].iter().take_while(|&&c| is_lws(c)).count();
            *ss = s.add(end);
            if !return_name.is_null() {
                *return_name = name;
            }
            code
        }
    })
}

/// `s` as a quoted string (quotes and backslashes escaped) into `b`: the pieces that fit
/// are written, without a terminating NUL; returns the length of the whole.
#[no_mangle]
pub unsafe extern "C" fn msg_unquoted_e(b: *mut c_char, bsiz: isize_t, s: *const c_char) -> issize_t {
    guard(-1, || {
        if s.is_null() {
            return -1;
        }
        // SAFETY: a C string (caller).
        let src = unsafe { bytes(s) };
        let mut out = Vec::with_capacity(src.len() + 2);
        out.push(b'"');
        for &c in src {
            if c == b'"' || c == b'\\' {
                out.push(b'\\');
            }
            out.push(c);
        }
        out.push(b'"');
        let room = if b.is_null() { 0 } else { bsiz.max(0) as usize };
        // Whole runs only, as Sofia writes them: an escape pair or a run of plain
        // characters goes in when it fits; the closing quote when there is room left.
        let mut e = 0usize;
        let mut i = 0usize;
        let w = |from: usize, to: usize, e: usize| {
            if to - from > 0 && e + (to - from) <= room {
                // SAFETY: b writable for room bytes (caller), e + len <= room.
                unsafe { ptr::copy_nonoverlapping(out.as_ptr().add(from), (b as *mut u8).add(e), to - from) };
            }
        };
        // Opening quote.
        if room > 0 {
            w(0, 1, 0);
        }
        e += 1;
        i += 1;
        let last = out.len() - 1;
        while i < last {
            let run = if out[i] == b'\\' { 2 } else { out[i..last].iter().take_while(|&&c| c != b'\\').count() };
            if out[i] == b'\\' {
                if e + 2 <= room {
                    w(i, i + 2, e);
                }
            } else {
                w(i, i + run, e);
            }
            e += run;
            i += run;
        }
        if e < room {
            w(last, last + 1, e);
        }
        e += 1;
        e as issize_t
    })
}

/// The parameters as ";p1;p2" (empty ones left out) into `b` (snprintf-style); returns the
/// length of the whole.
#[no_mangle]
pub unsafe extern "C" fn msg_params_e(b: *mut c_char, bsiz: isize_t, params: *const msg_param_t) -> isize_t {
    guard(-1, || {
        let mut out = Vec::new();
        if !params.is_null() {
            // SAFETY: a NULL-terminated array of C strings (caller).
            unsafe {
                let mut i = 0;
                while !(*params.add(i)).is_null() {
                    let p = bytes(*params.add(i));
                    if !p.is_empty() {
                        out.push(b';');
                        out.extend_from_slice(p);
                    }
                    i += 1;
                }
            }
        }
        // SAFETY: b NULL or writable for bsiz bytes (caller).
        unsafe { copy_out(b, bsiz, &out) }
    })
}

/// The message of public struct `mo` (its start line and every header after it in the
/// fragment chain, each as msg_header_e() prints it) into `b`; returns the length of the
/// whole, or -1 when a header cannot be printed.
#[no_mangle]
pub unsafe extern "C" fn msg_object_e(b: *mut c_char, size: isize_t, mo: *const MsgPub, flags: c_int) -> issize_t {
    guard(-1, || {
        if mo.is_null() {
            return -1;
        }
        // SAFETY: a public message struct whose headers form its chain (caller).
        unsafe {
            let req = get_ptr(mo.cast(), 72);
            let mut h: *const c_void = if req.is_null() { get_ptr(mo.cast(), 80) } else { req };
            let mut out: Vec<u8> = Vec::new();
            while !h.is_null() {
                let Some(line) = crate::sip::api::header_line(h, flags) else { return -1 };
                out.extend_from_slice(&line);
                h = get_ptr(h, H_SUCC);
            }
            copy_out(b, size, &out)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanners() {
        assert_eq!(token(b"abc  def"), Some((3, 5)));
        assert_eq!(token(b" x"), None);
        assert_eq!(uint32(b"4294967295 x"), Some((u32::MAX, 11)));
        assert_eq!(uint32(b"4294967296"), None);
        assert_eq!(uint32(b"12x"), None);
        assert_eq!(quoted_len(b"\"a\\\"b\" c"), Some(6));
        assert_eq!(quoted_len(b"\"open"), None);
        assert_eq!(comment_end(b"(a (b) c) d"), Some(8));
        assert_eq!(comment_end(b"(a (b c) d"), None);
    }
}
