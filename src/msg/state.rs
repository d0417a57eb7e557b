//! The per-message state functions of msg.h and msg_addr.h: `msg_size`, `msg_maxsize`,
//! `msg_errno`/`msg_set_errno`, `msg_next`/`msg_set_next`, `msg_is_streaming`/
//! `msg_set_streaming` (values kept in the message's `MsgState`).

use std::ffi::{c_int, c_uint};
use std::ptr;

use super::message::{MsgObj, MsgState};
use crate::ffi::guard;
use crate::su::strlst::usize_t;

/// The state of a message (None for NULL or a message without one).
///
/// # Safety
/// `msg` NULL or a valid message.
unsafe fn state<'a>(msg: *const MsgObj) -> Option<&'a mut MsgState> {
    if msg.is_null() {
        return None;
    }
    // SAFETY: contract; the state lives as long as the message.
    unsafe { (*msg).st.as_mut() }
}

/// The size of the message: the bytes it was parsed from, or of its last encoding.
#[no_mangle]
pub unsafe extern "C" fn msg_size(msg: *const MsgObj) -> usize_t {
    // SAFETY: the application's message (or NULL).
    guard(0, || unsafe { state(msg) }.map_or(0, |s| s.size.min(usize_t::MAX as usize) as usize_t))
}

/// Sets the largest size the message may grow to (0: leaves it); returns the previous one.
#[no_mangle]
pub unsafe extern "C" fn msg_maxsize(msg: *mut MsgObj, maxsize: usize_t) -> usize_t {
    guard(0, || {
        // SAFETY: the application's message (or NULL).
        let Some(s) = (unsafe { state(msg) }) else { return 0 };
        let old = s.maxsize;
        if maxsize != 0 {
            s.maxsize = maxsize;
        }
        old
    })
}

/// The error number kept with the message (EINVAL for NULL, as Sofia).
#[no_mangle]
pub unsafe extern "C" fn msg_errno(msg: *const MsgObj) -> c_int {
    // SAFETY: the application's message (or NULL).
    guard(libc::EINVAL, || unsafe { state(msg) }.map_or(libc::EINVAL, |s| s.errno))
}

#[no_mangle]
pub unsafe extern "C" fn msg_set_errno(msg: *mut MsgObj, err: c_int) {
    guard((), || {
        // SAFETY: the application's message (or NULL).
        if let Some(s) = unsafe { state(msg) } {
            s.errno = err;
        }
    })
}

/// The next message of a stream set with msg_set_next(), taken off this one; NULL when
/// none (our messages hold no unparsed stream data to start one from).
#[no_mangle]
pub unsafe extern "C" fn msg_next(msg: *mut MsgObj) -> *mut MsgObj {
    guard(ptr::null_mut(), || {
        // SAFETY: the application's message (or NULL).
        unsafe { state(msg) }.map_or(ptr::null_mut(), |s| std::mem::replace(&mut s.next, ptr::null_mut()))
    })
}

/// Sets the next message of a stream (a message already linked to another cannot be
/// given: -1); a next message already set is linked after the new one. The messages are
/// not referenced, as in Sofia.
#[no_mangle]
pub unsafe extern "C" fn msg_set_next(msg: *mut MsgObj, next: *mut MsgObj) -> c_int {
    guard(-1, || {
        // SAFETY: the application's messages (or NULL).
        let Some(s) = (unsafe { state(msg) }) else { return -1 };
        // SAFETY: as above.
        let n = unsafe { state(next) };
        if n.as_ref().is_some_and(|n| !n.next.is_null()) {
            return -1;
        }
        if let Some(n) = n {
            if !s.next.is_null() {
                n.next = s.next;
            }
        }
        s.next = next;
        0
    })
}

#[no_mangle]
pub unsafe extern "C" fn msg_is_streaming(msg: *const MsgObj) -> c_int {
    // SAFETY: the application's message (or NULL).
    guard(0, || unsafe { state(msg) }.is_some_and(|s| s.streaming) as c_int)
}

/// `what`: enum msg_streaming_status (0 stop, else start).
#[no_mangle]
pub unsafe extern "C" fn msg_set_streaming(msg: *mut MsgObj, what: c_uint) {
    guard((), || {
        // SAFETY: the application's message (or NULL).
        if let Some(s) = unsafe { state(msg) } {
            s.streaming = what != 0;
        }
    })
}
