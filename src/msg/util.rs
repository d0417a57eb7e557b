//! Message utilities that need no `msg_t`: HTTP/SIP dates and delta-seconds (`msg_date.h`),
//! parameter lists (`msg_param_t` arrays, `msg_header.h`), quoted strings and the
//! current time (`msg_now`, `sip_now`).
//!
//! The cores work on byte slices (a C string is its bytes up to the NUL; reading past the
//! end yields NUL, as the C grammar expects); the `extern "C"` shell converts pointers and
//! writes results back.

use std::ffi::{c_char, c_int, c_ulong};
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::su::alloc::{home_alloc, home_strdup_bytes, isize_t, su_home_t};

pub type issize_t = c_int;
/// Seconds since 1 January 1900.
pub type msg_time_t = c_ulong;
pub type msg_param_t = *const c_char;

// ---------------------------------------------------------------------------
// Character classes (Sofia's bnf.h)

pub fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

pub fn is_lws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

pub fn is_digit(b: u8) -> bool {
    b.is_ascii_digit()
}

/// An RFC 3261 token character.
pub fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b)
}

/// A character allowed in an unquoted parameter value: token characters and `/:[]`.
pub fn is_param(b: u8) -> bool {
    is_token(b) || b"/:[]".contains(&b)
}

/// The byte at `i`, NUL past the end.
#[inline]
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

fn span(s: &[u8], i: usize, f: impl Fn(u8) -> bool) -> usize {
    s.get(i..).map_or(0, |r| r.iter().take_while(|&&b| f(b)).count())
}

pub fn span_token(s: &[u8], i: usize) -> usize {
    span(s, i, is_token)
}

/// Linear white space: `*WSP [CR] [LF] 1*WSP`, or just the leading `*WSP` when no
/// white space follows a line end.
pub fn span_lws(s: &[u8], i: usize) -> usize {
    let ws = span(s, i, is_ws);
    let mut j = i + ws;
    let mut k = 0;
    if at(s, j) == b'\r' {
        k += 1;
    }
    if at(s, j + k) == b'\n' {
        k += 1;
    }
    if is_ws(at(s, j + k)) {
        j += k + span(s, j + k, is_ws);
    }
    j - i
}

/// The bytes of a C string up to its NUL.
fn until_nul(s: &[u8]) -> &[u8] {
    match s.iter().position(|&b| b == 0) {
        Some(n) => &s[..n],
        None => s,
    }
}

// ---------------------------------------------------------------------------
// Dates

const EPOCH: i128 = 1900;
const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_DAYS: [u64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

pub fn is_leap(y: i128) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days from 1 January of year 1 to 1 January of `y` (proleptic Gregorian).
fn days_before_year(y: i128) -> i128 {
    let p = y - 1;
    p * 365 + p / 4 - p / 100 + p / 400
}

fn days_before_month(m: usize, leap: bool) -> u64 {
    MONTH_DAYS[..m].iter().sum::<u64>() + u64::from(leap && m > 1)
}

/// A three-letter month name at `i`, compared as Sofia does: each byte with its 0x20 bit
/// set, so letters match in either case.
fn month_at(s: &[u8], i: usize) -> Option<usize> {
    let m = [at(s, i), at(s, i + 1), at(s, i + 2)];
    if m.contains(&0) {
        return None;
    }
    MONTHS.iter().position(|name| name.iter().zip(m).all(|(&a, b)| a | 0x20 == b | 0x20))
}

fn digits2(s: &[u8], i: usize) -> Option<u64> {
    let (a, b) = (at(s, i), at(s, i + 1));
    (is_digit(a) && is_digit(b)).then(|| u64::from(a - b'0') * 10 + u64::from(b - b'0'))
}

fn digits4(s: &[u8], i: usize) -> Option<u64> {
    Some(digits2(s, i)? * 100 + digits2(s, i + 2)?)
}

/// One or two digits.
fn day_or_hour(s: &[u8], i: &mut usize) -> Option<u64> {
    if !is_digit(at(s, *i)) {
        return None;
    }
    let mut v = u64::from(at(s, *i) - b'0');
    *i += 1;
    if is_digit(at(s, *i)) {
        v = v * 10 + u64::from(at(s, *i) - b'0');
        *i += 1;
    }
    Some(v)
}

/// `LWS H[H]:MM:SS [LWS]`.
fn time_at(s: &[u8], i: &mut usize) -> Option<(u64, u64, u64)> {
    if !is_lws(at(s, *i)) {
        return None;
    }
    *i += span_lws(s, *i);
    let hour = day_or_hour(s, i)?;
    if at(s, *i) != b':' {
        return None;
    }
    let min = digits2(s, *i + 1)?;
    *i += 3;
    if at(s, *i) != b':' {
        return None;
    }
    let sec = digits2(s, *i + 1)?;
    *i += 3;
    if at(s, *i) != 0 {
        if !is_lws(at(s, *i)) {
            return None;
        }
        *i += span_lws(s, *i);
    }
    Some((hour, min, sec))
}

fn casenmatch3(s: &[u8], i: usize, what: &[u8; 3]) -> bool {
    (0..3).all(|k| at(s, i + k).eq_ignore_ascii_case(&what[k]))
}

/// Parses an RFC 1123 date (`Sun, 06 Nov 1994 08:49:37 GMT`), an RFC 850 one
/// (`Sunday, 06-Nov-94 08:49:37 GMT`, also with a 4-digit year) or an asctime one
/// (`Sun Nov  6 08:49:37 1994`, optionally with `GMT`/`UTC`/`UT` before the year).
/// Returns seconds since 1900 (0 for earlier years) and the length parsed, including
/// white space after the date.
pub fn date_d(s: &[u8]) -> Option<(msg_time_t, usize)> {
    let s = until_nul(s);
    if !is_token(at(s, 0)) {
        return None;
    }
    let mut i = span_token(s, 0); // week day, not checked
    if at(s, i) == b',' {
        i += 1;
    }
    i += span(s, i, is_lws);

    let (day, mon, year, (hour, min, sec));
    if is_digit(at(s, i)) {
        day = day_or_hour(s, &mut i)?;
        if at(s, i) == b' ' {
            i += 1;
            mon = month_at(s, i)?;
            i += span_token(s, i);
            if !is_lws(at(s, i)) {
                return None;
            }
            i += 1;
            year = digits4(s, i)?;
            i += 4;
        } else if at(s, i) == b'-' {
            i += 1;
            mon = month_at(s, i)?;
            if at(s, i + 3) != b'-' {
                return None;
            }
            let yy = digits2(s, i + 4)?;
            if let Some(lo) = digits2(s, i + 6) {
                year = yy * 100 + lo;
                i += 8;
            } else {
                year = if yy >= 70 { 1900 + yy } else { 2000 + yy };
                i += 6;
            }
        } else {
            return None;
        }
        (hour, min, sec) = time_at(s, &mut i)?;
        if at(s, i) != 0 {
            let tz = i;
            i += span_token(s, i);
            i += span_lws(s, i);
            if !casenmatch3(s, tz, b"GMT") && !casenmatch3(s, tz, b"UCT") {
                return None;
            }
        }
    } else {
        mon = month_at(s, i)?;
        i += span_token(s, i);
        if !is_lws(at(s, i)) {
            return None;
        }
        i += 1;
        i += span(s, i, is_lws);
        day = day_or_hour(s, &mut i)?;
        (hour, min, sec) = time_at(s, &mut i)?;
        let rest = &s[i.min(s.len())..];
        if rest.starts_with(b"GMT ") || rest.starts_with(b"UTC ") {
            i += 4;
        } else if rest.starts_with(b"UT ") {
            i += 3;
        }
        year = digits4(s, i)?;
        i += 4;
    }

    // 24:00:00 is accepted as the end of the day; nothing later.
    if hour > 24 || min >= 60 || sec >= 60 || (hour == 24 && (min > 0 || sec > 0)) {
        return None;
    }
    let year = year as i128;
    let leap = is_leap(year);
    if day == 0 || day > MONTH_DAYS[mon] + u64::from(leap && mon == 1) {
        return None;
    }
    if year < EPOCH {
        return Some((0, i));
    }
    let days = (days_before_year(year) - days_before_year(EPOCH)) as u64
        + days_before_month(mon, leap)
        + (day - 1);
    Some((((days * 24 + hour) * 60 + min) * 60 + sec, i))
}

/// Formats seconds since 1900 as `Wdy, DD Mon YYYY HH:MM:SS GMT`.
pub fn date_e(t: msg_time_t) -> String {
    let t = u128::from(t as u64);
    let (sec, min, hour) = (t % 60, t / 60 % 60, t / 3600 % 24);
    let days = (t / 86400) as i128;
    let wkday = (days % 7) as usize;
    let abs = days + days_before_year(EPOCH);
    let mut year = EPOCH + days / 365;
    loop {
        if abs >= days_before_year(year + 1) {
            year += 1;
        } else if abs < days_before_year(year) {
            year -= 1;
        } else {
            break;
        }
    }
    let mut d = (abs - days_before_year(year)) as u64;
    let leap = is_leap(year);
    let mut mon = 0;
    loop {
        let n = MONTH_DAYS[mon] + u64::from(leap && mon == 1);
        if d < n {
            break;
        }
        d -= n;
        mon += 1;
    }
    format!(
        "{}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
        WEEKDAYS[wkday],
        d + 1,
        std::str::from_utf8(MONTHS[mon]).unwrap_or("???"),
        year,
        hour,
        min,
        sec
    )
}

/// Parses delta-seconds: digits (saturating at the maximum) and white space after them.
pub fn delta_d(s: &[u8]) -> Option<(msg_time_t, usize)> {
    let s = until_nul(s);
    let n = span(s, 0, is_digit);
    if n == 0 {
        return None;
    }
    let v = s[..n].iter().fold(0 as msg_time_t, |v, &b| {
        v.checked_mul(10).and_then(|v| v.checked_add(msg_time_t::from(b - b'0'))).unwrap_or(msg_time_t::MAX)
    });
    Some((v, n + span_lws(s, n)))
}

/// snprintf-like copy of `text` into `b[bsiz]`; returns the full length.
///
/// # Safety
/// `b` must be NULL or writable for `bsiz` bytes.
unsafe fn write_c(b: *mut c_char, bsiz: isize_t, text: &[u8]) -> issize_t {
    if !b.is_null() && bsiz > 0 {
        let n = text.len().min(bsiz as usize - 1);
        // SAFETY: b has bsiz > n bytes.
        unsafe {
            ptr::copy_nonoverlapping(text.as_ptr(), b as *mut u8, n);
            *b.add(n) = 0;
        }
    }
    text.len() as issize_t
}

/// Reads `*ss`, runs `parse` on it and advances `*ss` by the parsed length.
///
/// # Safety
/// `ss` must be NULL or point to NULL or a C string pointer.
unsafe fn parse_at<T>(ss: *mut *const c_char, parse: impl FnOnce(&[u8]) -> Option<(T, usize)>) -> Option<(T, usize)> {
    if ss.is_null() {
        return None;
    }
    // SAFETY: caller contract.
    let s = unsafe { *ss };
    // SAFETY: *ss is NULL or a C string.
    let r = parse(unsafe { cbytes(s) }?)?;
    // SAFETY: r.1 is within the string (at most its length).
    unsafe { *ss = s.add(r.1) };
    Some(r)
}

/// # Safety
/// `ss` points to a C string pointer; `date` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn msg_date_d(ss: *mut *const c_char, date: *mut msg_time_t) -> issize_t {
    guard(-1, || {
        if date.is_null() {
            return -1;
        }
        // SAFETY: caller contract.
        match unsafe { parse_at(ss, date_d) } {
            Some((t, _)) => {
                // SAFETY: non-NULL output pointer.
                unsafe { *date = t };
                0
            }
            None => -1,
        }
    })
}

/// # Safety
/// `b` is NULL or writable for `bsiz` bytes.
#[no_mangle]
pub unsafe extern "C" fn msg_date_e(b: *mut c_char, bsiz: isize_t, date: msg_time_t) -> issize_t {
    // SAFETY: caller contract.
    guard(-1, || unsafe { write_c(b, bsiz, date_e(date).as_bytes()) })
}

/// # Safety
/// `ss` points to a C string pointer; `delta` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn msg_delta_d(ss: *mut *const c_char, delta: *mut msg_time_t) -> issize_t {
    guard(-1, || {
        if delta.is_null() {
            return -1;
        }
        // SAFETY: caller contract.
        match unsafe { parse_at(ss, delta_d) } {
            Some((v, n)) => {
                // SAFETY: non-NULL output pointer.
                unsafe { *delta = v };
                n as issize_t
            }
            None => -1,
        }
    })
}

/// # Safety
/// `b` is NULL or writable for `bsiz` bytes.
#[no_mangle]
pub unsafe extern "C" fn msg_delta_e(b: *mut c_char, bsiz: isize_t, delta: msg_time_t) -> issize_t {
    // SAFETY: caller contract.
    guard(-1, || unsafe { write_c(b, bsiz, delta.to_string().as_bytes()) })
}

/// A delta (when `delta` is given and the text starts with a digit) or else a date.
///
/// # Safety
/// As for [`msg_date_d`] and [`msg_delta_d`].
#[no_mangle]
pub unsafe extern "C" fn msg_date_delta_d(
    ss: *mut *const c_char,
    date: *mut msg_time_t,
    delta: *mut msg_time_t,
) -> issize_t {
    guard(-1, || {
        if ss.is_null() {
            return -1;
        }
        // SAFETY: caller contract.
        let first = match unsafe { cbytes(*ss) } {
            Some(s) => at(s, 0),
            None => return -1,
        };
        // SAFETY: caller contract, forwarded.
        unsafe {
            if !delta.is_null() && is_digit(first) {
                msg_delta_d(ss, delta)
            } else if !date.is_null() && is_token(first) {
                msg_date_d(ss, date)
            } else {
                -1
            }
        }
    })
}

/// `msg_now()`: the current time in seconds since 1900.
#[no_mangle]
pub extern "C" fn msg_now() -> msg_time_t {
    guard(0, || crate::su::time::now().tv_sec as msg_time_t)
}

/// `sip_now()` (`sip_header.h`): the same clock as `msg_now()`.
#[no_mangle]
pub extern "C" fn sip_now() -> msg_time_t {
    guard(0, || crate::su::time::now().tv_sec as msg_time_t)
}

// ---------------------------------------------------------------------------
// Parameter lists: NULL-terminated arrays of "name=value" / "name" strings.

/// The parameter's first `n` bytes equal `name[..n]`, ignoring ASCII case.
fn name_prefix(param: &[u8], name: &[u8], n: usize) -> bool {
    param.len() >= n && name.len() >= n && param[..n].eq_ignore_ascii_case(&name[..n])
}

fn name_len(token: &[u8]) -> usize {
    token.iter().position(|&b| b == b'=').unwrap_or(token.len())
}

/// The parameter named by `token` (its name is the part before any `=`): its index and
/// the offset of its value (the end of the string when it has none).
pub fn params_find(params: &[&[u8]], token: &[u8]) -> Option<(usize, usize)> {
    let n = name_len(token);
    if n == 0 {
        return None;
    }
    params.iter().enumerate().find_map(|(i, p)| {
        if !name_prefix(p, token, n) {
            return None;
        }
        match at(p, n) {
            b'=' => Some((i, n + 1)),
            0 => Some((i, n)),
            _ => None,
        }
    })
}

/// The index of the parameter matching `token`; a token ending in `=` matches any
/// parameter that starts with it.
pub fn params_find_slot(params: &[&[u8]], token: &[u8]) -> Option<usize> {
    let n = token.len();
    if n == 0 {
        return None;
    }
    params
        .iter()
        .position(|p| name_prefix(p, token, n) && (at(p, n) == b'=' || at(p, n) == 0 || token[n - 1] == b'='))
}

/// The index of the parameter with the same name as `param`.
pub fn params_same_name(params: &[&[u8]], param: &[u8]) -> Option<usize> {
    let n = name_len(param);
    params.iter().position(|p| name_prefix(p, param, n) && (at(p, n) == b'=' || at(p, n) == 0))
}

fn ascii_lower(b: u8) -> i32 {
    i32::from(b.to_ascii_lowercase())
}

/// Orders two lists: names compared without case, values with it; a shorter list first.
pub fn params_cmp(a: &[&[u8]], b: &[&[u8]]) -> i32 {
    for k in 0.. {
        let (x, y) = match (a.get(k), b.get(k)) {
            (None, None) => return 0,
            (Some(_), None) => return 1,
            (None, Some(_)) => return -1,
            (Some(x), Some(y)) => (*x, *y),
        };
        let n = name_len(x);
        for j in 0..n {
            let (p, q) = (at(x, j), at(y, j));
            let c = ascii_lower(p) - ascii_lower(q);
            if c != 0 {
                return c;
            }
            if p == 0 {
                break;
            }
        }
        let (xv, yv) = (&x[n.min(x.len())..], &y[n.min(y.len())..]);
        match xv.cmp(yv) {
            std::cmp::Ordering::Less => return -1,
            std::cmp::Ordering::Greater => return 1,
            std::cmp::Ordering::Equal => {}
        }
    }
    0
}

/// Items of a parameter list allocate in steps of 8 pointers (`MSG_PARAMS_NUM`).
fn params_capacity(n: usize) -> usize {
    (n + 7) & !7
}

/// The strings of a NULL-terminated C array.
///
/// # Safety
/// `p` must be NULL or a NULL-terminated array of C strings that outlive `'a`.
unsafe fn c_list<'a>(p: *const msg_param_t) -> smallvec::SmallVec<[&'a [u8]; 16]> {
    // Inline for the usual few parameters: looked up for every request received.
    let mut v = smallvec::SmallVec::new();
    if p.is_null() {
        return v;
    }
    // SAFETY: caller contract: walk until the NULL item.
    unsafe {
        let mut i = 0;
        while !(*p.add(i)).is_null() {
            v.push(cbytes(*p.add(i)).unwrap_or_default());
            i += 1;
        }
    }
    v
}

/// # Safety
/// `params` is NULL or a NULL-terminated array of C strings; `token` NULL or a C string.
#[no_mangle]
pub unsafe extern "C" fn msg_params_find(params: *const msg_param_t, token: *const c_char) -> msg_param_t {
    guard(ptr::null(), || {
        // SAFETY: caller contract.
        let (list, tok) = unsafe { (c_list(params), cbytes(token)) };
        match tok.and_then(|t| params_find(&list, t)) {
            // SAFETY: the value offset is within item i.
            Some((i, off)) => unsafe { (*params.add(i)).add(off) },
            None => ptr::null(),
        }
    })
}

/// # Safety
/// As for [`msg_params_find`].
#[no_mangle]
pub unsafe extern "C" fn msg_params_find_slot(params: *mut msg_param_t, token: *const c_char) -> *mut msg_param_t {
    guard(ptr::null_mut(), || {
        // SAFETY: caller contract.
        let (list, tok) = unsafe { (c_list(params), cbytes(token)) };
        match tok.and_then(|t| params_find_slot(&list, t)) {
            // SAFETY: i indexes the array.
            Some(i) => unsafe { params.add(i) },
            None => ptr::null_mut(),
        }
    })
}

/// Appends `param` (not copied) to `*inout` in a new array from `home` (the old array
/// stays in the home).
///
/// # Safety
/// `inout` is NULL or points to NULL or a list made by the msg_params functions.
#[no_mangle]
pub unsafe extern "C" fn msg_params_add(home: *mut su_home_t, inout: *mut *mut msg_param_t, param: msg_param_t) -> c_int {
    guard(-1, || {
        if inout.is_null() || param.is_null() {
            return -1;
        }
        // SAFETY: caller contract.
        unsafe {
            let mut p = *inout;
            let n = c_list(p).len();
            // Always a new array: arrays inside a header's block (parsed or duplicated
            // headers) are exactly as long as their items, and which arrays have room
            // cannot be told safely. The old array stays in the home.
            {
                let size = params_capacity(n + 2) * std::mem::size_of::<msg_param_t>();
                let np = home_alloc(home, size, false) as *mut msg_param_t;
                if np.is_null() {
                    return -1;
                }
                if n > 0 {
                    ptr::copy_nonoverlapping(p, np, n);
                }
                p = np;
                *inout = p;
            }
            *p.add(n) = param;
            *p.add(n + 1) = ptr::null();
        }
        0
    })
}

/// Compares two lists (NULL sorts first).
///
/// # Safety
/// `a`, `b` are NULL or NULL-terminated arrays of C strings.
#[no_mangle]
pub unsafe extern "C" fn msg_params_cmp(a: *const msg_param_t, b: *const msg_param_t) -> c_int {
    guard(0, || {
        if a.is_null() || b.is_null() {
            return c_int::from(!a.is_null()) - c_int::from(!b.is_null());
        }
        // SAFETY: caller contract.
        unsafe { params_cmp(&c_list(a), &c_list(b)) }
    })
}

/// Replaces the parameter with the same name as `param` (1) or appends it (0).
///
/// # Safety
/// As for [`msg_params_add`].
#[no_mangle]
pub unsafe extern "C" fn msg_params_replace(home: *mut su_home_t, inout: *mut *mut msg_param_t, param: msg_param_t) -> c_int {
    guard(-1, || {
        // SAFETY: caller contract.
        let pb = match unsafe { cbytes(param) } {
            Some(b) if !b.is_empty() && b[0] != b'=' => b,
            _ => return -1,
        };
        if inout.is_null() {
            return -1;
        }
        // SAFETY: caller contract.
        unsafe {
            let p = *inout;
            if let Some(i) = params_same_name(&c_list(p), pb) {
                *p.add(i) = param;
                return 1;
            }
            msg_params_add(home, inout, param)
        }
    })
}

/// Removes the parameter with the same name as `param`: 1 if removed, 0 if absent.
///
/// # Safety
/// `params` NULL or a NULL-terminated array; `param` NULL or a C string.
#[no_mangle]
pub unsafe extern "C" fn msg_params_remove(params: *mut msg_param_t, param: *const c_char) -> c_int {
    guard(-1, || {
        // SAFETY: caller contract.
        let pb = match unsafe { cbytes(param) } {
            Some(b) if !b.is_empty() => b,
            _ => return -1,
        };
        if params.is_null() || name_len(pb) == 0 {
            return -1;
        }
        // SAFETY: caller contract.
        unsafe {
            let list = c_list(params);
            match params_same_name(&list, pb) {
                Some(i) => {
                    // Shift the rest, the terminating NULL included.
                    ptr::copy(params.add(i + 1), params.add(i), list.len() - i);
                    1
                }
                None => 0,
            }
        }
    })
}

/// # Safety
/// `params` is NULL or a NULL-terminated array.
#[no_mangle]
pub unsafe extern "C" fn msg_params_length(params: *const msg_param_t) -> usize {
    // SAFETY: caller contract.
    guard(0, || unsafe { c_list(params) }.len())
}

// ---------------------------------------------------------------------------
// Quoted strings

/// The contents of a quoted string, backslash escapes resolved; the leading quote is
/// optional and the text ends at the closing quote or at the end (a final lone backslash
/// is dropped).
pub fn unquote_lenient(q: &[u8]) -> Vec<u8> {
    let q = until_nul(q);
    let q = q.strip_prefix(b"\"").unwrap_or(q);
    let mut out = Vec::with_capacity(q.len());
    let mut i = 0;
    while i < q.len() {
        match q[i] {
            b'"' => break,
            b'\\' => {
                if i + 1 >= q.len() {
                    break;
                }
                out.push(q[i + 1]);
                i += 2;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The contents of a quoted string that must start with `"` and end with an unescaped
/// `"`; None when it does not.
pub fn unquote_strict(s: &[u8]) -> Option<Vec<u8>> {
    let s = until_nul(s).strip_prefix(b"\"")?;
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    loop {
        match at(s, i) {
            0 => return None,
            b'"' => return Some(out),
            b'\\' => {
                let c = at(s, i + 1);
                if c == 0 {
                    return None;
                }
                out.push(c);
                i += 2;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
}

/// # Safety
/// `home` is NULL or a home; `q` NULL or a C string.
#[no_mangle]
pub unsafe extern "C" fn msg_unquote_dup(home: *mut su_home_t, q: *const c_char) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: caller contract.
        match unsafe { cbytes(q) } {
            // SAFETY: valid home or NULL.
            Some(q) => unsafe { home_strdup_bytes(home, &unquote_lenient(q)) },
            None => ptr::null_mut(),
        }
    })
}

/// Unquotes `s` into `dst` (which may be `s` itself). Returns `dst`, or NULL when `s` is
/// not a complete quoted string (then `dst` is left untouched).
///
/// # Safety
/// `s` NULL or a C string; `dst` NULL or writable for the unquoted text and a NUL.
#[no_mangle]
pub unsafe extern "C" fn msg_unquote(dst: *mut c_char, s: *const c_char) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // The text is copied out before `dst` (possibly the same memory) is written.
        // SAFETY: caller contract.
        let v = match unsafe { cbytes(s) }.and_then(unquote_strict) {
            Some(v) => v,
            None => return ptr::null_mut(),
        };
        if !dst.is_null() {
            // SAFETY: dst has room for the unquoted text plus NUL (caller contract).
            unsafe {
                ptr::copy(v.as_ptr(), dst as *mut u8, v.len());
                *dst.add(v.len()) = 0;
            }
        }
        dst
    })
}

/// Sofia's string hash (`msg_hash_string`): bytes are added as C `char` values (signed
/// here) and the sum multiplied by 38501 after each; 0 becomes all ones.
pub fn hash_string(id: Option<&[u8]>) -> c_ulong {
    let mut h: c_ulong = 0;
    for &b in id.unwrap_or_default() {
        h = h.wrapping_add(c_ulong::from(b as i8 as i32 as u32));
        h = h.wrapping_mul(38501);
    }
    if h == 0 {
        c_ulong::MAX
    } else {
        h
    }
}

/// # Safety
/// `id` is NULL or a C string.
#[no_mangle]
pub unsafe extern "C" fn msg_hash_string(id: *const c_char) -> c_ulong {
    // SAFETY: caller contract.
    guard(c_ulong::MAX, || hash_string(unsafe { cbytes(id) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<msg_time_t> {
        date_d(s.as_bytes()).map(|r| r.0)
    }

    /// Unix seconds to 1900-based.
    const UNIX: msg_time_t = 2_208_988_800;

    #[test]
    fn dates() {
        assert_eq!(d("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784111777 + UNIX));
        assert_eq!(d("Sunday, 06-Nov-94 08:49:37 GMT"), Some(784111777 + UNIX));
        assert_eq!(d("Sun Nov  6 08:49:37 1994"), Some(784111777 + UNIX));
        // Leap years: 29 February and the days after it.
        assert_eq!(d("Wed, 29 Feb 2012 12:00:00 GMT"), Some(1330516800 + UNIX));
        assert_eq!(d("Thu, 01 Mar 2012 00:00:00 GMT"), Some(1330560000 + UNIX));
        assert_eq!(d("Sat, 31 Dec 2016 23:59:59 GMT"), Some(1483228799 + UNIX));
        assert_eq!(d("Tue, 29 Feb 2000 00:00:00 GMT"), Some(951782400 + UNIX));
        assert_eq!(d("Fri, 29 Feb 1900 00:00:00 GMT"), None);
        assert_eq!(d("Sat, 29 Feb 2014 00:00:00 GMT"), None);
        // Past 2035 and 2038.
        assert_eq!(d("Tue, 01 Jan 2036 00:00:00 GMT"), Some(2082758400 + UNIX));
        assert_eq!(d("Fri, 01 Jan 2100 00:00:00 GMT"), Some(4102444800 + UNIX));
        assert_eq!(d("Mon, 01 Jan 1800 00:00:00 GMT"), Some(0));
        assert_eq!(d("Sat, 01 Jan 2000 24:00:00 GMT"), d("Sun, 02 Jan 2000 00:00:00 GMT"));
        assert_eq!(d("Sat, 01 Jan 2000 24:30:00 GMT"), None);
        assert_eq!(d("Sat, 01 Jan 2000 24:00:01 GMT"), None);
        assert_eq!(d("Sat, 01 Jan 2000 12:00:00 EST"), None);
    }

    #[test]
    fn dates_print() {
        assert_eq!(date_e(0), "Mon, 01 Jan 1900 00:00:00 GMT");
        assert_eq!(date_e(1330516800 + UNIX), "Wed, 29 Feb 2012 12:00:00 GMT");
        assert_eq!(date_e(1330560000 + UNIX), "Thu, 01 Mar 2012 00:00:00 GMT");
        assert_eq!(date_e(2082758400 + UNIX), "Tue, 01 Jan 2036 00:00:00 GMT");
        assert_eq!(date_e(4102444800 + UNIX), "Fri, 01 Jan 2100 00:00:00 GMT");
        for t in (0..5_000_000_000u64).step_by(86_399 * 37) {
            let s = date_e(t);
            assert_eq!(d(&s), Some(t), "{s}");
        }
    }

    #[test]
    fn deltas() {
        assert_eq!(delta_d(b"3600 x"), Some((3600, 5)));
        assert_eq!(delta_d(b"x"), None);
        assert_eq!(delta_d(b"99999999999999999999999"), Some((msg_time_t::MAX, 23)));
    }

    #[test]
    fn params() {
        let l: Vec<&[u8]> = vec![b"transport=tcp", b"lr", b"Maddr=1.2.3.4", b"x="];
        assert_eq!(params_find(&l, b"TRANSPORT"), Some((0, 10)));
        assert_eq!(params_find(&l, b"lr=foo"), Some((1, 2)));
        assert_eq!(params_find(&l, b"maddr"), Some((2, 6)));
        assert_eq!(params_find(&l, b"trans"), None);
        assert_eq!(params_find(&l, b""), None);
        assert_eq!(params_find_slot(&l, b"x"), Some(3));
        assert_eq!(params_find_slot(&l, b"trans"), None);
        assert_eq!(params_same_name(&l, b"LR=1"), Some(1));
        assert!(params_cmp(&l, &l) == 0);
        assert!(params_cmp(&l[..1], &l) < 0);
    }

    #[test]
    fn unquote() {
        assert_eq!(unquote_lenient(b"\"a\\\"b\" rest"), b"a\"b");
        assert_eq!(unquote_lenient(b"abc\\"), b"abc");
        assert_eq!(unquote_strict(b"\"a\\\\b\""), Some(b"a\\b".to_vec()));
        assert_eq!(unquote_strict(b"\"abc"), None);
        assert_eq!(unquote_strict(b"\"abc\\"), None);
        assert_eq!(unquote_strict(b"abc\""), None);
        assert_eq!(hash_string(None), c_ulong::MAX);
    }
}
