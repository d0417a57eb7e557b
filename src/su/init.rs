//! Library initialisation (`su_init()`, `su_deinit()` of `su.h`).

use std::ffi::c_int;

use crate::su::log::{su_log_default, su_log_global, su_log_init};

/// Ignores SIGPIPE (writes to closed sockets then fail with EPIPE instead of killing the
/// process) and reads the levels of `su_log_default` and `su_log_global` from the
/// environment. Homes are always ready for `su_home_threadsafe()`. Returns 0.
#[no_mangle]
pub extern "C" fn su_init() -> c_int {
    crate::ffi::guard(-1, || {
        // SAFETY: installing SIG_IGN for SIGPIPE has no preconditions.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
        // SAFETY: static log objects.
        unsafe {
            su_log_init(su_log_default.as_ptr());
            su_log_init(su_log_global.as_ptr());
        }
        0
    })
}

/// Nothing to undo on POSIX systems.
#[no_mangle]
pub extern "C" fn su_deinit() {}
