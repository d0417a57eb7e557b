//! Rust-level descriptor watches on a root's loop (for the transport layer and above).
//!
//! A [`Watch`] registers one descriptor with the root's port (level-triggered, like every
//! `su_root_register` wait) and runs a Rust closure with the `revents` bits whenever it is
//! ready. Dropping the watch removes the registration; the closure may drop its own watch
//! (or anything else) while it runs: the trampoline keeps the closure alive until it returns.
//!
//! Internal API: `pub` only so that the crate's integration tests can use it.

use std::cell::RefCell;
use std::ffi::{c_int, c_short, c_void};
use std::io;
use std::os::fd::RawFd;
use std::rc::Rc;
use std::sync::Arc;

use super::port::Port;
use super::root::{su_root_t, su_wait_t};

pub use super::port::{POLLIN, POLLOUT};

type WatchFn = RefCell<Box<dyn FnMut(c_short)>>;

/// A descriptor watch; deregistered on drop.
pub struct Watch {
    port: Arc<Port>,
    idx: c_int,
    fd: RawFd,
    f: Rc<WatchFn>,
}

/// The port's callback for every watch: runs the closure behind `arg` with `revents`.
unsafe extern "C" fn trampoline(_magic: *mut c_void, w: *mut su_wait_t, arg: *mut c_void) -> c_int {
    let arg = arg as *const WatchFn;
    // SAFETY: `arg` is the Rc allocation of a live Watch: the registration is removed (in
    // Watch::drop) before the Watch's reference is released. Taking our own reference keeps
    // the closure alive even if the closure drops its Watch.
    let f = unsafe {
        Rc::increment_strong_count(arg);
        Rc::from_raw(arg)
    };
    // SAFETY: the port passes the registration's own wait copy, valid during the call.
    let revents = unsafe { w.as_ref() }.map_or(0, |w| w.revents);
    crate::ffi::guard((), || {
        // A closure that steps the loop re-entrantly does not see its own events again.
        if let Ok(mut cb) = f.try_borrow_mut() {
            cb(revents);
        }
    });
    0
}

impl Watch {
    /// Watch `fd` for `events` (`POLLIN` / `POLLOUT`) on `root`'s loop.
    ///
    /// # Safety
    /// `root` must be a live root used on this thread; `fd` must stay open until the watch is
    /// dropped. Drop the watch before the root is destroyed (a watch outliving its root is
    /// inert and harmless, but its closure is not run any more).
    pub unsafe fn new(root: *mut su_root_t, fd: RawFd, events: c_short, f: impl FnMut(c_short) + 'static) -> io::Result<Watch> {
        // SAFETY: caller contract.
        let r = unsafe { root.as_ref() }.ok_or_else(|| io::Error::from_raw_os_error(libc::EFAULT))?;
        let f: Rc<WatchFn> = Rc::new(RefCell::new(Box::new(f)));
        let wait = su_wait_t { fd, events, revents: 0 };
        let port = r.port_arc();
        let idx = port.register(root as usize, &wait, Some(trampoline), Rc::as_ptr(&f) as usize);
        if idx < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Watch { port, idx, fd, f })
    }

    /// Change the events watched for.
    pub fn set_events(&self, events: c_short) -> io::Result<()> {
        if !self.is_ours() {
            return Err(io::Error::from_raw_os_error(libc::EBADF));
        }
        if self.port.eventmask(self.idx, self.fd, events as c_int) < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    pub fn fd(&self) -> RawFd {
        self.fd
    }

    /// Is registration `idx` still this watch's? (A root destroyed first removes it, and the
    /// index may then be reused by another registration.)
    fn is_ours(&self) -> bool {
        let l = self.port.local.lock();
        matches!(l.regs.get(self.idx as usize), Some(Some(r)) if r.arg == Rc::as_ptr(&self.f) as usize && r.wait.fd == self.fd)
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        if self.is_ours() {
            self.port.deregister(self.idx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::su::root::{su_root_create, su_root_destroy, su_root_step};
    use std::cell::Cell;
    use std::io::Write;
    use std::os::fd::AsRawFd;
    use std::os::unix::net::UnixStream;

    #[test]
    fn watch_fires_and_can_drop_itself() {
        let root = su_root_create(std::ptr::null_mut());
        let (mut a, b) = UnixStream::pair().unwrap();
        b.set_nonblocking(true).unwrap();
        let hits = Rc::new(Cell::new(0));
        let slot: Rc<RefCell<Option<Watch>>> = Rc::new(RefCell::new(None));
        let (h, s) = (hits.clone(), slot.clone());
        // SAFETY: live root; `b` outlives the watch.
        let w = unsafe {
            Watch::new(root, b.as_raw_fd(), POLLIN, move |rev| {
                assert!(rev & POLLIN != 0);
                h.set(h.get() + 1);
                // Drop our own watch from inside the closure.
                s.borrow_mut().take();
            })
        }
        .unwrap();
        *slot.borrow_mut() = Some(w);
        a.write_all(b"x").unwrap();
        for _ in 0..10 {
            // SAFETY: live root on this thread.
            unsafe { su_root_step(root, 10) };
        }
        assert_eq!(hits.get(), 1, "deregistered after the first wake-up");
        // SAFETY: live root.
        unsafe { su_root_destroy(root) };
    }

    #[test]
    fn watch_outliving_its_root_is_inert() {
        let root = su_root_create(std::ptr::null_mut());
        let (_a, b) = UnixStream::pair().unwrap();
        // SAFETY: live root; `b` outlives the watch.
        let w = unsafe { Watch::new(root, b.as_raw_fd(), POLLIN, |_| {}) }.unwrap();
        // SAFETY: live root.
        unsafe { su_root_destroy(root) };
        assert!(w.set_events(POLLOUT).is_err());
        drop(w);
    }
}
