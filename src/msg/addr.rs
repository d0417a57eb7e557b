//! The rest of msg_addr.h's address functions: `msg_addr`, `msg_addr_zero`,
//! `msg_addr_copy` (on the address kept in the message's state).

use std::ptr;

use super::message::MsgObj;
use crate::ffi::guard;
use crate::sip::ctypes::SuSockaddr;

/// `sizeof(su_sockaddr_t)`.
const SU_SOCKADDR_SIZE: u32 = 32;

/// The message's socket address (deprecated in Sofia for msg_get_address()).
#[no_mangle]
pub unsafe extern "C" fn msg_addr(msg: *mut MsgObj) -> *mut SuSockaddr {
    if msg.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: a message (caller); the address lives in its state.
    unsafe { ptr::addr_of_mut!((*(*msg).st).addr) as *mut SuSockaddr }
}

/// Clears the message's address and address information.
#[no_mangle]
pub unsafe extern "C" fn msg_addr_zero(msg: *mut MsgObj) {
    guard((), || {
        if msg.is_null() {
            return;
        }
        // SAFETY: a message (caller).
        unsafe {
            let st = &mut *(*msg).st;
            st.addr = [0; 32];
            st.ai = std::mem::zeroed();
            st.ai.ai_addrlen = SU_SOCKADDR_SIZE;
            st.ai.ai_addr = ptr::addr_of_mut!(st.addr) as *mut libc::sockaddr;
        }
    })
}

/// Copies the address and address information of `src` to `dst`.
#[no_mangle]
pub unsafe extern "C" fn msg_addr_copy(dst: *mut MsgObj, src: *const MsgObj) {
    guard((), || {
        if dst.is_null() || src.is_null() || ptr::eq(dst, src) {
            return;
        }
        // SAFETY: two messages (caller).
        unsafe {
            let s = &*(*src).st;
            let d = &mut *(*dst).st;
            d.ai = s.ai;
            d.ai.ai_next = ptr::null_mut();
            d.ai.ai_canonname = ptr::null_mut();
            d.ai.ai_addr = ptr::addr_of_mut!(d.addr) as *mut libc::sockaddr;
            let n = (s.ai.ai_addrlen as usize).min(d.addr.len());
            d.addr = [0; 32];
            d.addr[..n].copy_from_slice(&s.addr[..n]);
        }
    })
}
