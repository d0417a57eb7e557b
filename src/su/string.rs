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
