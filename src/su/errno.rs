//! Error numbers (`su_errno.h`). On POSIX systems the header maps `su_errno()` and
//! `su_seterrno()` to `errno`; the functions exist too, for code that takes their address.

use std::ffi::{c_char, c_int, CStr};

/// Text describing `e`, as `strerror()` gives it.
pub fn strerror_text(e: c_int) -> String {
    // SAFETY: strerror returns a pointer to a valid C string (static or thread-local).
    unsafe { CStr::from_ptr(libc::strerror(e)) }.to_string_lossy().into_owned()
}

#[no_mangle]
pub extern "C" fn su_strerror(e: c_int) -> *const c_char {
    // SAFETY: strerror never fails on glibc; the text lives in static/thread storage.
    unsafe { libc::strerror(e) }
}

#[no_mangle]
pub extern "C" fn su_errno() -> c_int {
    // SAFETY: the calling thread's errno.
    unsafe { *libc::__errno_location() }
}

#[no_mangle]
pub extern "C" fn su_seterrno(e: c_int) -> c_int {
    // SAFETY: the calling thread's errno.
    unsafe { *libc::__errno_location() = e };
    -1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seterrno_returns_minus_one_and_sets() {
        assert_eq!(su_seterrno(libc::EINVAL), -1);
        assert_eq!(su_errno(), libc::EINVAL);
        assert_eq!(strerror_text(libc::ENOENT), "No such file or directory");
    }
}
