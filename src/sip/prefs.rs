//! Caller preferences (RFC 3841, sip_util.h): feature-tag values (`sip_prefs_parse`,
//! `_match`, `_matching`), which Contact parameters are feature tags
//! (`sip_is_callerpref`), and how a Contact fares against Accept-Contact and
//! Reject-Contact (`sip_contact_accept`, `_reject`, `_score`, `_is_immune`, `_immunize`).
//!
//! Values are parsed in safe Rust ([`Pref`], [`parse_next`]); the C entry points copy
//! between a value and Sofia's `union sip_pref` (24 bytes: the type, then a pointer and a
//! length, or two doubles).

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::sip::cmem::get_ptr;
use crate::sip::ctypes::{SipCallerPrefs, SipContact};
use crate::su::alloc::su_home_t;

/// One feature-tag value; `Init` before the first and after the last.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pref<'a> {
    Error,
    Init,
    /// A token (or the booleans TRUE / FALSE), compared case-insensitively.
    Literal(&'a [u8]),
    /// `<string>`, compared exactly.
    Str(&'a [u8]),
    /// `#=n`, `#<=n`, `#>=n`, `#a:b`.
    Range(f64, f64),
}

impl Pref<'_> {
    fn kind(&self) -> c_int {
        match self {
            Pref::Error => -1,
            Pref::Init => 0,
            Pref::Literal(_) => 1,
            Pref::Str(_) => 2,
            Pref::Range(..) => 3,
        }
    }
}

fn is_lws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn skip_lws(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && is_lws(s[i]) {
        i += 1;
    }
    i
}

/// `[+|-] 1*DIGIT ["." *DIGIT]` at `i`: the value and the end (`i` itself, before any
/// sign, when there is no digit).
fn number(s: &[u8], i: usize) -> (f64, usize) {
    let mut j = i;
    let neg = match s.get(j) {
        Some(b'-') => {
            j += 1;
            true
        }
        Some(b'+') => {
            j += 1;
            false
        }
        _ => false,
    };
    if !s.get(j).is_some_and(u8::is_ascii_digit) {
        return (0.0, i);
    }
    let mut v = 0.0f64;
    while let Some(d) = s.get(j).filter(|d| d.is_ascii_digit()) {
        v = v * 10.0 + f64::from(d - b'0');
        j += 1;
    }
    if s.get(j) == Some(&b'.') {
        j += 1;
        let mut dec = 0.1;
        while let Some(d) = s.get(j).filter(|d| d.is_ascii_digit()) {
            v += f64::from(d - b'0') * dec;
            dec *= 0.1;
            j += 1;
        }
    }
    if v > f64::MAX {
        v = f64::MAX;
    }
    (if neg { -v } else { v }, j)
}

/// Parses the next value of a (quoted, comma-separated) feature-tag value list starting
/// at `*pos`, given the previous value `prev` (Init for the first). Returns the new value
/// and whether it is negated (`!`); `*pos` moves past it (and its comma). At the end of
/// the list the result is Init. The last flag is false when nothing was consumed because
/// the list ended or does not start like one (negation and position then stay as they
/// were).
pub fn parse_next<'a>(s: &'a [u8], pos: &mut usize, prev: Pref<'a>) -> (Pref<'a>, bool, bool) {
    let mut i = *pos;
    let mut old = prev.kind();
    let rest = &s[i..];
    if old == 0 {
        let is = |w: &[u8]| rest.eq_ignore_ascii_case(w);
        if rest.is_empty() || is(b"TRUE") || is(b"\"TRUE\"") {
            *pos = s.len();
            return (Pref::Literal(&TRUE[..4]), false, true);
        }
        if is(b"FALSE") || is(b"\"FALSE\"") {
            *pos = s.len();
            return (Pref::Literal(&FALSE[..5]), false, true);
        }
        if rest.len() >= 2 && rest[0] == b'"' {
            i = skip_lws(s, i + 1);
        } else {
            old = -1;
        }
    } else if rest.is_empty() {
        return (Pref::Init, false, false);
    }
    if old == -1 {
        return (Pref::Error, false, false);
    }
    let negated = s.get(i) == Some(&b'!');
    if negated {
        i = skip_lws(s, i + 1);
    }
    let mut v = Pref::Error;
    match s.get(i) {
        Some(b'#') => {
            i = skip_lws(s, i + 1);
            let (n1, n2, start, end);
            match (s.get(i), s.get(i + 1)) {
                (Some(b'='), _) => {
                    start = i + 1;
                    let (n, e) = number(s, start);
                    (n1, n2, end) = (n, n, e);
                    v = Pref::Range(n1, n2);
                }
                (Some(b'<'), Some(b'=')) => {
                    start = i + 2;
                    let (n, e) = number(s, start);
                    (n1, n2, end) = (-f64::MAX, n, e);
                    v = Pref::Range(n1, n2);
                }
                (Some(b'>'), Some(b'=')) => {
                    start = i + 2;
                    let (n, e) = number(s, start);
                    (n1, n2, end) = (n, f64::MAX, e);
                    v = Pref::Range(n1, n2);
                }
                _ => {
                    let (a, e) = number(s, i);
                    if (a != 0.0 || e != i) && s.get(e) == Some(&b':') {
                        start = e + 1;
                        let (b, e2) = number(s, start);
                        (n1, n2, end) = (a, b, e2);
                        v = Pref::Range(n1, n2);
                    } else {
                        start = i;
                        (n1, n2, end) = (f64::MAX, -f64::MAX, e);
                    }
                }
            }
            if start == end && (n1 == 0.0 || n2 == 0.0) {
                v = Pref::Error;
            }
            i = end;
        }
        Some(b'<') => {
            let from = i + 1;
            let n = s[from..].iter().position(|&b| b == b'>').unwrap_or(s.len() - from);
            v = Pref::Str(&s[from..from + n]);
            i = (from + n + 1).min(s.len());
        }
        _ => {
            let n = s[i..].iter().take_while(|&&b| crate::msg::util::is_token(b)).count();
            if n > 0 {
                v = Pref::Literal(&s[i..i + n]);
                i += n;
            }
        }
    }
    i = skip_lws(s, i);
    if s.get(i) == Some(&b',') || (s.get(i) == Some(&b'"') && i + 1 == s.len()) {
        i = skip_lws(s, i + 1);
    } else {
        old = -1;
    }
    if old != 0 && old != v.kind() {
        v = Pref::Error;
    }
    *pos = i;
    (v, negated, true)
}

/// Do two values of the same type match?
pub fn matches(a: &Pref, b: &Pref) -> bool {
    match (a, b) {
        (Pref::Literal(x), Pref::Literal(y)) => x.eq_ignore_ascii_case(y),
        (Pref::Str(x), Pref::Str(y)) => x == y,
        (Pref::Range(al, au), Pref::Range(bl, bu)) => al <= bu && au >= bl,
        _ => false,
    }
}

/// Does the Contact's value list `p` match the Accept/Reject-Contact's `n`? `Err(())` on a
/// parse or type error in a way that Sofia reports it.
pub fn matching(p: &[u8], n: &[u8]) -> (bool, bool) {
    let mut np = Pref::Init;
    let mut npos = 0;
    let mut guard_n = 0;
    loop {
        let (v, nneg, _) = parse_next(n, &mut npos, np);
        np = v;
        if matches!(np, Pref::Error | Pref::Init) {
            break;
        }
        let mut pp = Pref::Init;
        let mut ppos = 0;
        let mut guard_p = 0;
        loop {
            let (w, pneg, _) = parse_next(p, &mut ppos, pp);
            pp = w;
            if matches!(pp, Pref::Error | Pref::Init) {
                break;
            }
            if pp.kind() != np.kind() {
                return (false, false);
            }
            if matches(&np, &pp) != pneg {
                break;
            }
            guard_p += 1;
            if guard_p > p.len() + 1 {
                break;
            }
        }
        if pp == Pref::Error {
            return (false, true);
        }
        if (pp != Pref::Init) != nneg {
            return (true, false);
        }
        guard_n += 1;
        if guard_n > n.len() + 1 {
            break;
        }
    }
    (false, np == Pref::Error)
}

/// Is the parameter a feature tag (RFC 3841: a well-known one, or a `+name`)?
pub fn is_callerpref(param: &[u8]) -> bool {
    const KNOWN: [&str; 20] = [
        "audio", "automata", "application", "actor", "class", "control", "duplex", "data", "description", "events",
        "isfocus", "language", "mobility", "methods", "priority", "schemes", "type", "video", "", "",
    ];
    if param.is_empty() {
        return false;
    }
    let (p, plus) = match param.strip_prefix(b"+") {
        Some(p) => (p, true),
        None => (param, false),
    };
    let name = &p[..p.iter().position(|&b| b == b'=').unwrap_or(p.len())];
    let known = KNOWN.iter().any(|k| !k.is_empty() && name.eq_ignore_ascii_case(k.as_bytes()));
    known != plus
}

// ---------------------------------------------------------------------------------------
// C shell.

/// `union sip_pref` (24 bytes).
#[repr(C)]
pub struct SipPref {
    sp_type: c_int,
    _pad: c_int,
    a: u64,
    b: u64,
}

/// Reads a `union sip_pref` as a value (pointers are kept as they are).
///
/// # Safety
/// `sp` valid; a literal or string points to `len` readable bytes.
unsafe fn read_pref<'a>(sp: *const SipPref) -> Pref<'a> {
    // SAFETY: contract.
    unsafe {
        let s = &*sp;
        let bytes = || std::slice::from_raw_parts(s.a as usize as *const u8, (s.b as u32) as usize);
        match s.sp_type {
            0 => Pref::Init,
            1 if s.a != 0 => Pref::Literal(bytes()),
            2 if s.a != 0 => Pref::Str(bytes()),
            3 => Pref::Range(f64::from_bits(s.a), f64::from_bits(s.b)),
            _ => Pref::Error,
        }
    }
}

/// Writes a value into a `union sip_pref`; `base`/`cbase` map slices of the Rust input
/// back to the C string.
///
/// # Safety
/// `sp` valid.
unsafe fn write_pref(sp: *mut SipPref, v: Pref) {
    // SAFETY: contract.
    unsafe {
        let s = &mut *sp;
        s.sp_type = v.kind();
        match v {
            Pref::Literal(b) | Pref::Str(b) => {
                // usize_t length: the low 32 bits of the second word.
                s.a = b.as_ptr() as usize as u64;
                s.b = (s.b & !0xffff_ffff) | u64::from(b.len() as u32);
            }
            Pref::Range(l, u) => {
                s.a = l.to_bits();
                s.b = u.to_bits();
            }
            _ => {}
        }
    }
}

static TRUE: &[u8; 5] = b"TRUE\0";
static FALSE: &[u8; 6] = b"FALSE\0";

/// Parses one value at `*in_out_s` into `*sp` (whose type says what came before: zero it
/// for the first); 1 when a value was parsed, 0 at the end or on error.
#[no_mangle]
pub unsafe extern "C" fn sip_prefs_parse(sp: *mut SipPref, in_out_s: *mut *const c_char, return_negation: *mut c_int) -> c_int {
    guard(0, || {
        if sp.is_null() || in_out_s.is_null() || return_negation.is_null() {
            return 0;
        }
        // SAFETY: valid pointers; *in_out_s NULL or a C string (caller); the value written
        // points into that string or at a static.
        unsafe {
            let start = *in_out_s;
            let Some(s) = cbytes(start) else {
                (*sp).sp_type = -1;
                return 0;
            };
            // Only the type of the previous value matters.
            let prev = match (*sp).sp_type {
                0 => Pref::Init,
                1 => Pref::Literal(b""),
                2 => Pref::Str(b""),
                3 => Pref::Range(0.0, 0.0),
                _ => Pref::Error,
            };
            let mut pos = 0;
            let (v, neg, full) = parse_next(s, &mut pos, prev);
            write_pref(sp, v);
            if full {
                *return_negation = c_int::from(neg);
                *in_out_s = start.add(pos);
            }
            c_int::from(!matches!(v, Pref::Error | Pref::Init))
        }
    })
}

/// 1 when two parsed values match.
#[no_mangle]
pub unsafe extern "C" fn sip_prefs_match(a: *const SipPref, b: *const SipPref) -> c_int {
    guard(0, || {
        if a.is_null() || b.is_null() {
            return 0;
        }
        // SAFETY: valid unions made by sip_prefs_parse (caller).
        unsafe { c_int::from(matches(&read_pref(a), &read_pref(b))) }
    })
}

/// 1 when the feature-tag value lists match (`pvalue` from a Contact, `nvalue` from an
/// Accept/Reject-Contact); on a parse error 0 and `*return_parse_error` = -1.
#[no_mangle]
pub unsafe extern "C" fn sip_prefs_matching(pvalue: *const c_char, nvalue: *const c_char, return_parse_error: *mut c_int) -> c_int {
    guard(0, || {
        // SAFETY: NULL or C strings, a valid int pointer or NULL (caller).
        unsafe {
            let (Some(p), Some(n)) = (cbytes(pvalue), cbytes(nvalue)) else { return 0 };
            let (ok, err) = matching(p, n);
            if err && !return_parse_error.is_null() {
                *return_parse_error = -1;
            }
            c_int::from(ok)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_is_callerpref(param: *const c_char) -> c_int {
    // SAFETY: NULL or a C string (caller).
    guard(0, || c_int::from(unsafe { cbytes(param) }.is_some_and(is_callerpref)))
}

/// The parameters (m_params / cp_params, offset 136 / 48) of a header.
///
/// # Safety
/// `h` NULL or a header with a NULL-terminated parameter array at `off`.
unsafe fn params<'a>(h: *const c_void, off: usize) -> Option<Vec<&'a [u8]>> {
    if h.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        let arr = get_ptr(h, off) as *const *const c_char;
        if arr.is_null() {
            return None;
        }
        let mut v = Vec::new();
        let mut i = 0;
        while !(*arr.add(i)).is_null() {
            v.push(CStr::from_ptr(*arr.add(i)).to_bytes());
            i += 1;
        }
        Some(v)
    }
}

const M_PARAMS: usize = 136;
const CP_PARAMS: usize = 48;

/// Is the Contact without feature-tag parameters?
#[no_mangle]
pub unsafe extern "C" fn sip_contact_is_immune(m: *const SipContact) -> c_int {
    // SAFETY: m NULL or a Contact (caller).
    guard(1, || c_int::from(!unsafe { params(m.cast(), M_PARAMS) }.unwrap_or_default().iter().any(|p| is_callerpref(p))))
}

/// A copy of the (first) Contact without its feature-tag parameters.
#[no_mangle]
pub unsafe extern "C" fn sip_contact_immunize(home: *mut su_home_t, m: *const SipContact) -> *mut SipContact {
    guard(ptr::null_mut(), || {
        if m.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: m a Contact (caller); the copy is deep and its parameter array only
        // shrinks, in place.
        unsafe {
            let mut tmp = [0u8; 168];
            ptr::copy_nonoverlapping(m as *const u8, tmp.as_mut_ptr(), 168);
            ptr::write_bytes(tmp.as_mut_ptr(), 0, 16);
            ptr::write_bytes(tmp.as_mut_ptr().add(24), 0, 24);
            let c = crate::sip::api::msg_header_dup(home, tmp.as_ptr() as *const crate::msg::hclass::MsgHeader) as *mut c_void;
            if c.is_null() {
                return ptr::null_mut();
            }
            let arr = get_ptr(c, M_PARAMS) as *mut *const c_char;
            if !arr.is_null() {
                let mut j = 0;
                let mut i = 0;
                while !(*arr.add(i)).is_null() {
                    let p = *arr.add(i);
                    if !is_callerpref(CStr::from_ptr(p).to_bytes()) {
                        *arr.add(j) = p;
                        j += 1;
                    }
                    i += 1;
                }
                *arr.add(j) = ptr::null();
                if let Some(k) = crate::msg::hclass::kind_of_header(c) {
                    crate::sip::cmem::update_derived(c as *mut u8, k.shape());
                }
            }
            c.cast()
        }
    })
}

/// RFC 3841 §7.2.4 for one Accept-Contact: `Some((S, N))` (matching and total feature
/// tags) when the Contact is not excluded, with the parse-error flag.
fn accept(m: Option<&[&[u8]]>, cp: Option<&[&[u8]]>) -> (Option<(c_uint, c_uint)>, bool) {
    let (Some(m), Some(cp)) = (m, cp) else { return (Some((0, 0)), false) };
    let (mut s, mut n) = (0, 0);
    let mut err = false;
    for acc in cp {
        if !is_callerpref(acc) {
            continue;
        }
        n += 1;
        let name_len = acc.iter().position(|&b| b == b'=').unwrap_or(acc.len());
        let name = &acc[..name_len];
        let cap = m.iter().find_map(|p| {
            (p.len() >= name.len() && p[..name.len()].eq_ignore_ascii_case(name) && matches!(p.get(name.len()), None | Some(b'=')))
                .then(|| if p.len() > name.len() { &p[name.len() + 1..] } else { &p[p.len()..] })
        });
        if let Some(cap) = cap {
            let av = if name_len < acc.len() { &acc[name_len + 1..] } else { &acc[acc.len()..] };
            let (ok, e) = matching(cap, av);
            err |= e;
            if !ok {
                return (None, err);
            }
            s += 1;
        }
    }
    (Some((s, n)), err)
}

/// 1 when the Contact matches the Accept-Contact (`*return_S` matching and `*return_N`
/// total feature tags), 0 when it does not (`*return_error` -1 on a malformed value).
#[no_mangle]
pub unsafe extern "C" fn sip_contact_accept(
    m: *const SipContact,
    cp: *const SipCallerPrefs,
    return_s: *mut c_uint,
    return_n: *mut c_uint,
    return_error: *mut c_int,
) -> c_int {
    guard(0, || {
        // SAFETY: NULL or headers, NULL or valid out pointers (caller).
        unsafe {
            if !return_s.is_null() {
                *return_s = 0;
            }
            if !return_n.is_null() {
                *return_n = 0;
            }
            let (r, err) = accept(params(m.cast(), M_PARAMS).as_deref(), params(cp.cast(), CP_PARAMS).as_deref());
            if err && !return_error.is_null() {
                *return_error = -1;
            }
            match r {
                Some((s, n)) => {
                    if !return_s.is_null() {
                        *return_s = s;
                    }
                    if !return_n.is_null() {
                        *return_n = n;
                    }
                    1
                }
                None => 0,
            }
        }
    })
}

/// Does the Reject-Contact reject the Contact (all of its, at least one, feature tags
/// match)?
fn reject(m: Option<&[&[u8]]>, rc: Option<&[&[u8]]>) -> bool {
    if m.is_none() || rc.is_none() {
        return false;
    }
    matches!(accept(m, rc).0, Some((s, n)) if s == n && n > 0)
}

#[no_mangle]
pub unsafe extern "C" fn sip_contact_reject(m: *const SipContact, reject_contact: *const SipCallerPrefs) -> c_int {
    // SAFETY: NULL or headers (caller).
    guard(0, || c_int::from(unsafe { reject(params(m.cast(), M_PARAMS).as_deref(), params(reject_contact.cast(), CP_PARAMS).as_deref()) }))
}

/// The caller-preference score of a Contact, 0..=1000 (1000 when immune), -1 when
/// rejected.
#[no_mangle]
pub unsafe extern "C" fn sip_contact_score(m: *const SipContact, ac: *const SipCallerPrefs, rc: *const SipCallerPrefs) -> c_int {
    let (ac, rc) = (ac as *const c_void, rc as *const c_void);
    guard(0, || {
        // SAFETY: NULL or headers linked through cp_next (caller).
        unsafe {
            let mp = params(m.cast(), M_PARAMS);
            if !mp.as_deref().unwrap_or_default().iter().any(|p| is_callerpref(p)) {
                return 1000;
            }
            let mut r = rc;
            let mut n = 0;
            while !r.is_null() && n < 1 << 16 {
                if reject(mp.as_deref(), params(r, CP_PARAMS).as_deref()) {
                    return -1;
                }
                r = get_ptr(r, 40);
                n += 1;
            }
            let scale: u64 = 1000;
            let (mut total, mut count): (u64, u64) = (0, 0);
            let mut a = ac;
            let mut n = 0;
            while !a.is_null() && n < 1 << 16 {
                let bits = *((a as *const u8).add(64) as *const u32);
                let (require, explicit) = (bits & 1 != 0, bits & 2 != 0);
                match accept(mp.as_deref(), params(a, CP_PARAMS).as_deref()).0 {
                    None => {
                        if require {
                            return 0;
                        }
                    }
                    Some((mut s, nn)) => {
                        count += 1;
                        if s < nn && explicit {
                            s = 0;
                            if require {
                                return 0;
                            }
                        }
                        if s > 0 && nn > 0 {
                            let q = u64::from(super::util::sip_q_value(get_ptr(a, 56) as *const c_char));
                            let (s, nn) = (u64::from(s), u64::from(nn));
                            total += q * (scale * s / nn + u64::from(2 * s >= nn));
                        }
                    }
                }
                a = get_ptr(a, 40);
                n += 1;
            }
            if count == 0 {
                return 0;
            }
            total /= count;
            if total < scale * 1000 {
                (total / scale) as c_int
            } else {
                1000
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(s: &str) -> Vec<(Pref<'_>, bool)> {
        let b = s.as_bytes();
        let (mut pos, mut prev, mut out) = (0, Pref::Init, Vec::new());
        for _ in 0..20 {
            let (v, neg, _) = parse_next(b, &mut pos, prev);
            if matches!(v, Pref::Init | Pref::Error) {
                out.push((v, neg));
                break;
            }
            out.push((v, neg));
            prev = v;
        }
        out
    }

    #[test]
    fn values() {
        assert_eq!(all("")[0].0, Pref::Literal(b"TRUE"));
        assert_eq!(all("\"INVITE,!BYE\""), vec![(Pref::Literal(b"INVITE"), false), (Pref::Literal(b"BYE"), true), (Pref::Init, false)]);
        assert_eq!(all("\"#>=2\"")[0].0, Pref::Range(2.0, f64::MAX));
        assert_eq!(all("\"#1:3\"")[0].0, Pref::Range(1.0, 3.0));
        assert_eq!(all("\"<urn:x>\"")[0].0, Pref::Str(b"urn:x"));
        assert_eq!(all("INVITE")[0].0, Pref::Error);
        assert_eq!(all("\"<unterminated")[0].0, Pref::Error);
        assert_eq!(all("\"a,#=1\"")[1].0, Pref::Error);
    }

    #[test]
    fn matching_lists() {
        assert_eq!(matching(b"\"INVITE,BYE\"", b"\"BYE\""), (true, false));
        assert_eq!(matching(b"\"INVITE\"", b"\"BYE\""), (false, false));
        assert_eq!(matching(b"\"INVITE\"", b"\"!BYE\""), (true, false));
        assert_eq!(matching(b"\"#1:5\"", b"\"#>=3\""), (true, false));
        assert_eq!(matching(b"\"x\"", b"\"#=1\""), (false, false));
        assert_eq!(matching(b"", b"TRUE"), (true, false));
    }

    #[test]
    fn feature_tags() {
        for (p, v) in [("audio", true), ("AUDIO=x", true), ("+audio", false), ("+sip.instance", true), ("audiox", false), ("q", false), ("", false), ("+", true)] {
            assert_eq!(is_callerpref(p.as_bytes()), v, "{p}");
        }
    }
}
