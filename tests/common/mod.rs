//! Helpers shared by the CVE regression tests: a home torn down on drop, and a check that
//! no panic happened (C entry points catch panics in `ffi::guard` and return an error, so
//! an out-of-bounds index would otherwise go unnoticed).
#![allow(dead_code)]

use std::cell::Cell;
use std::sync::Once;

use sofia_sip_ua::su::alloc::{su_home_new, su_home_t, su_home_unref};

thread_local!(static PANICS: Cell<u32> = const { Cell::new(0) });

/// Runs `f` and fails the test if anything panicked inside it, caught or not.
pub fn no_panic<R>(what: &str, f: impl FnOnce() -> R) -> R {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.with(|p| p.set(p.get() + 1));
            default(info);
        }));
    });
    let before = PANICS.with(|p| p.get());
    let r = f();
    assert_eq!(PANICS.with(|p| p.get()), before, "a panic happened (caught or not) for {what}");
    r
}

pub struct Home(pub *mut su_home_t);

impl Home {
    pub fn new() -> Home {
        let h = su_home_new(std::mem::size_of::<su_home_t>() as _) as *mut su_home_t;
        assert!(!h.is_null());
        Home(h)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        // SAFETY: a home from su_home_new, unreferenced once.
        unsafe {
            su_home_unref(self.0);
        }
    }
}

/// `b` in a heap block of exactly its length: nothing readable follows it.
pub fn exact(b: &[u8]) -> Box<[u8]> {
    b.into()
}
