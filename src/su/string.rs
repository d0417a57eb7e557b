//! String helpers of `su_alloc.h` (`su_strdup` & co.) and `su_string.h`.

use std::ffi::{c_char, c_void};
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::su::alloc::{home_strdup_bytes, isize_t, su_home_t};

#[no_mangle]
pub unsafe extern "C" fn su_strdup(home: *mut su_home_t, s: *const c_char) -> *mut c_char {
    // SAFETY: `s` is NULL or a C string; home NULL or valid.
    guard(ptr::null_mut(), || unsafe {
        match cbytes(s) {
            Some(b) => home_strdup_bytes(home, b),
            None => ptr::null_mut(),
        }
    })
}

/// Copy at most `n` bytes of `s` (stopping at a NUL) and terminate.
#[no_mangle]
pub unsafe extern "C" fn su_strndup(home: *mut su_home_t, s: *const c_char, n: isize_t) -> *mut c_char {
    if s.is_null() || n < 0 {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: read at most n bytes, stopping at the first NUL.
        unsafe {
            let len = libc::strnlen(s, n as usize);
            home_strdup_bytes(home, std::slice::from_raw_parts(s as *const u8, len))
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_strcat(home: *mut su_home_t, s1: *const c_char, s2: *const c_char) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or C strings.
        unsafe {
            match (cbytes(s1), cbytes(s2)) {
                (None, None) => ptr::null_mut(),
                (Some(a), None) => home_strdup_bytes(home, a),
                (None, Some(b)) => home_strdup_bytes(home, b),
                (Some(a), Some(b)) => {
                    let mut v = Vec::with_capacity(a.len() + b.len());
                    v.extend_from_slice(a);
                    v.extend_from_slice(b);
                    home_strdup_bytes(home, &v)
                }
            }
        }
    })
}

/// Old misspelt name of `su_home_destructor`, still exported.
#[no_mangle]
pub unsafe extern "C" fn su_home_desctructor(
    home: *mut su_home_t,
    destructor: Option<unsafe extern "C" fn(*mut c_void)>,
) -> std::ffi::c_int {
    // SAFETY: forwarded.
    unsafe { crate::su::alloc::su_home_destructor(home, destructor) }
}

#[no_mangle]
pub unsafe extern "C" fn su_home_check_alloc(home: *const su_home_t, data: *const c_void) -> std::ffi::c_int {
    // SAFETY: forwarded.
    unsafe { crate::su::alloc::su_in_home(home as *mut su_home_t, data) }
}

// ---- su_string.h ------------------------------------------------------------------------

use std::ffi::c_int;

/// Bytes of `s` up to its NUL, or up to `n` bytes if there is no NUL before.
///
/// # Safety
/// `s` must be readable up to its NUL or `n` bytes, whichever comes first.
unsafe fn bounded<'a>(s: *const c_char, n: usize) -> &'a [u8] {
    // SAFETY: caller contract; strnlen reads no further than the NUL or n bytes.
    unsafe {
        let len = libc::strnlen(s, n);
        std::slice::from_raw_parts(s as *const u8, len)
    }
}

fn lower(c: u8) -> u8 {
    c.to_ascii_lowercase()
}

/// Sofia's case-insensitive comparison: the difference of the first differing bytes,
/// ASCII letters folded to lower case; a string ends at its NUL (or after `n` bytes).
fn casecmp_bytes(a: &[u8], b: &[u8]) -> c_int {
    let mut i = 0;
    loop {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        let v = x as c_int - y as c_int;
        if x == 0 {
            return v;
        }
        if v != 0 {
            let v = lower(x) as c_int - lower(y) as c_int;
            if v != 0 {
                return v;
            }
        }
        i += 1;
    }
}

/// Equal ignoring ASCII case.
fn caseeq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| lower(*x) == lower(*y))
}

/// Case-insensitive `strcmp`; NULL is the empty string.
#[no_mangle]
pub unsafe extern "C" fn su_strcasecmp(s1: *const c_char, s2: *const c_char) -> c_int {
    // SAFETY: NULL or C strings.
    unsafe { casecmp_bytes(cbytes(s1).unwrap_or(b""), cbytes(s2).unwrap_or(b"")) }
}

/// Case-insensitive `strncmp`; NULL is the empty string.
#[no_mangle]
pub unsafe extern "C" fn su_strncasecmp(s1: *const c_char, s2: *const c_char, n: usize) -> c_int {
    if n == 0 {
        return 0;
    }
    // SAFETY: NULL or strings readable up to NUL or n bytes.
    let (a, b) = unsafe {
        (
            if s1.is_null() { &b""[..] } else { bounded(s1, n) },
            if s2.is_null() { &b""[..] } else { bounded(s2, n) },
        )
    };
    // Both are cut at n: a string that reaches n compares as if it ended there.
    let mut i = 0;
    while i < n {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        let v = x as c_int - y as c_int;
        if x == 0 {
            return v;
        }
        if v != 0 {
            let v = lower(x) as c_int - lower(y) as c_int;
            if v != 0 {
                return v;
            }
        }
        i += 1;
    }
    0
}

/// `strcmp` with NULL as the empty string (inline in the header; exported as well).
#[no_mangle]
pub unsafe extern "C" fn su_strcmp(a: *const c_char, b: *const c_char) -> c_int {
    // SAFETY: NULL or C strings.
    let (a, b) = unsafe { (cbytes(a).unwrap_or(b""), cbytes(b).unwrap_or(b"")) };
    for i in 0..=a.len().min(b.len()) {
        let x = a.get(i).copied().unwrap_or(0) as c_int;
        let y = b.get(i).copied().unwrap_or(0) as c_int;
        if x != y {
            return x - y;
        }
    }
    0
}

/// `strncmp` with NULL as the empty string.
#[no_mangle]
pub unsafe extern "C" fn su_strncmp(a: *const c_char, b: *const c_char, n: usize) -> c_int {
    // SAFETY: NULL or strings readable up to NUL or n bytes.
    let (a, b) = unsafe {
        (
            if a.is_null() { &b""[..] } else { bounded(a, n) },
            if b.is_null() { &b""[..] } else { bounded(b, n) },
        )
    };
    for i in 0..n.min(a.len().max(b.len()) + 1) {
        let x = a.get(i).copied().unwrap_or(0) as c_int;
        let y = b.get(i).copied().unwrap_or(0) as c_int;
        if x != y {
            return x - y;
        }
        if x == 0 {
            break;
        }
    }
    0
}

/// Strings equal (both NULL counts as equal, one NULL as different).
#[no_mangle]
pub unsafe extern "C" fn su_strmatch(s1: *const c_char, s2: *const c_char) -> c_int {
    if s1 == s2 {
        return 1;
    }
    // SAFETY: NULL or C strings.
    match unsafe { (cbytes(s1), cbytes(s2)) } {
        (Some(a), Some(b)) => (a == b) as c_int,
        _ => 0,
    }
}

/// First `n` bytes equal.
#[no_mangle]
pub unsafe extern "C" fn su_strnmatch(s1: *const c_char, s2: *const c_char, n: usize) -> c_int {
    if n == 0 || s1 == s2 {
        return 1;
    }
    if s1.is_null() || s2.is_null() {
        return 0;
    }
    // SAFETY: strings readable up to NUL or n bytes.
    unsafe { (bounded(s1, n) == bounded(s2, n)) as c_int }
}

/// Strings equal ignoring ASCII case.
#[no_mangle]
pub unsafe extern "C" fn su_casematch(s1: *const c_char, s2: *const c_char) -> c_int {
    if s1 == s2 {
        return 1;
    }
    // SAFETY: NULL or C strings.
    match unsafe { (cbytes(s1), cbytes(s2)) } {
        (Some(a), Some(b)) => caseeq(a, b) as c_int,
        _ => 0,
    }
}

/// First `n` bytes equal ignoring ASCII case.
#[no_mangle]
pub unsafe extern "C" fn su_casenmatch(s1: *const c_char, s2: *const c_char, n: usize) -> c_int {
    if n == 0 || s1 == s2 {
        return 1;
    }
    if s1.is_null() || s2.is_null() {
        return 0;
    }
    // SAFETY: strings readable up to NUL or n bytes.
    unsafe { caseeq(bounded(s1, n), bounded(s2, n)) as c_int }
}

/// Case-insensitive `strstr`; an empty needle matches at the start.
#[no_mangle]
pub unsafe extern "C" fn su_strcasestr(haystack: *const c_char, needle: *const c_char) -> *mut c_char {
    // SAFETY: NULL or C strings.
    let (Some(h), Some(n)) = (unsafe { (cbytes(haystack), cbytes(needle)) }) else {
        return ptr::null_mut();
    };
    if n.is_empty() {
        return haystack as *mut c_char;
    }
    match h.windows(n.len()).position(|w| caseeq(w, n)) {
        // SAFETY: i is inside the haystack.
        Some(i) => unsafe { haystack.add(i) as *mut c_char },
        None => ptr::null_mut(),
    }
}

/// Length of the prefix of `s` (at most `n` bytes) made of bytes of `accept`.
#[no_mangle]
pub unsafe extern "C" fn su_strnspn(s: *const c_char, n: usize, accept: *const c_char) -> usize {
    if s.is_null() || accept.is_null() {
        return 0;
    }
    // SAFETY: s readable up to NUL or n bytes; accept a C string.
    let (s, a) = unsafe { (bounded(s, n), cbytes(accept).unwrap_or(b"")) };
    s.iter().take_while(|c| a.contains(c)).count()
}

/// Length of the prefix of `s` (at most `n` bytes) without bytes of `reject`.
#[no_mangle]
pub unsafe extern "C" fn su_strncspn(s: *const c_char, n: usize, reject: *const c_char) -> usize {
    if s.is_null() {
        return 0;
    }
    // SAFETY: s readable up to NUL or n bytes; reject NULL or a C string.
    let (s, r) = unsafe { (bounded(s, n), cbytes(reject).unwrap_or(b"")) };
    s.iter().take_while(|c| !r.contains(c)).count()
}

/// # Safety
/// `p` must be NULL or readable for `len` bytes.
unsafe fn mem<'a>(p: *const c_void, len: usize) -> Option<&'a [u8]> {
    if p.is_null() {
        None
    } else {
        // SAFETY: caller contract.
        Some(unsafe { std::slice::from_raw_parts(p as *const u8, len) })
    }
}

/// Length of the prefix of `mem` made of bytes of `accept` (NUL bytes are ordinary).
#[no_mangle]
pub unsafe extern "C" fn su_memspn(m: *const c_void, mlen: usize, accept: *const c_void, alen: usize) -> usize {
    // SAFETY: NULL or buffers of the given lengths.
    let (Some(m), Some(a)) = (unsafe { (mem(m, mlen), mem(accept, alen)) }) else { return 0 };
    let mut set = [false; 256];
    a.iter().for_each(|&c| set[c as usize] = true);
    m.iter().take_while(|&&c| set[c as usize]).count()
}

/// Length of the prefix of `mem` without bytes of `reject` (NUL bytes are ordinary).
#[no_mangle]
pub unsafe extern "C" fn su_memcspn(m: *const c_void, mlen: usize, reject: *const c_void, rlen: usize) -> usize {
    // SAFETY: NULL or buffers of the given lengths.
    let Some(m) = (unsafe { mem(m, mlen) }) else { return 0 };
    // SAFETY: as above.
    let Some(r) = (unsafe { mem(reject, rlen) }) else { return mlen };
    let mut set = [false; 256];
    r.iter().for_each(|&c| set[c as usize] = true);
    m.iter().take_while(|&&c| !set[c as usize]).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_family() {
        // SAFETY: literals.
        unsafe {
            assert_eq!(su_casematch(c"Via".as_ptr(), c"vIA".as_ptr()), 1);
            assert_eq!(su_casematch(c"Via".as_ptr(), c"vIAx".as_ptr()), 0);
            assert_eq!(su_casematch(ptr::null(), ptr::null()), 1);
            assert_eq!(su_casematch(ptr::null(), c"".as_ptr()), 0);
            assert_eq!(su_casenmatch(c"SIP/2.0".as_ptr(), c"sip/3".as_ptr(), 4), 1);
            assert_eq!(su_casenmatch(c"SIP".as_ptr(), c"sipx".as_ptr(), 4), 0);
            assert!(su_strcasecmp(c"abc".as_ptr(), c"ABD".as_ptr()) < 0);
            assert_eq!(su_strncasecmp(c"abcX".as_ptr(), c"ABCy".as_ptr(), 3), 0);
            let h = c"Content-Type: x";
            assert_eq!(su_strcasestr(h.as_ptr(), c"TYPE".as_ptr()), h.as_ptr().add(8) as *mut c_char);
            assert_eq!(su_strnspn(c"aabbc".as_ptr(), 3, c"ab".as_ptr()), 3);
            assert_eq!(su_strncspn(c"abc;d".as_ptr(), 10, c";,".as_ptr()), 3);
            assert_eq!(su_memcspn(b"ab\0c".as_ptr() as *const c_void, 4, b"c".as_ptr() as *const c_void, 1), 3);
        }
    }
}
