//! The C boundary: panic containment and small helpers shared by every module's shell.

use std::ffi::{c_char, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `f`, turning a panic into `on_panic` so that no unwind ever crosses into C.
/// Every `extern "C"` entry point that does more than a field read goes through this.
#[inline]
pub fn guard<R>(on_panic: R, f: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(e) => {
            let what = e
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| e.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            crate::su::log::internal_error(&format!("internal error (caught panic): {what}"));
            on_panic
        }
    }
}

/// Borrow a C string; NULL gives None.
///
/// # Safety
/// `p` must be NULL or point to a NUL-terminated string that outlives `'a`.
#[inline]
pub unsafe fn cstr<'a>(p: *const c_char) -> Option<&'a CStr> {
    if p.is_null() {
        None
    } else {
        // SAFETY: caller guarantees a valid NUL-terminated string.
        Some(unsafe { CStr::from_ptr(p) })
    }
}

/// Borrow a C string's bytes (without the NUL); NULL gives None.
///
/// # Safety
/// As for [`cstr`].
#[inline]
pub unsafe fn cbytes<'a>(p: *const c_char) -> Option<&'a [u8]> {
    // SAFETY: forwarded contract.
    unsafe { cstr(p) }.map(|c| c.to_bytes())
}

/// Registers a constructor that runs when the library is loaded (before `main` of the
/// program). Modules use it to hand the C shim the Rust functions it calls, so that no
/// Rust-internal symbol needs to be exported.
#[macro_export]
macro_rules! on_load {
    ($name:ident, $body:block) => {
        #[used]
        #[link_section = ".init_array"]
        static $name: extern "C" fn() = {
            extern "C" fn on_load_fn() {
                $body
            }
            on_load_fn
        };
    };
}
