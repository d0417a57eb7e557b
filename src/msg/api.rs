//! C entry points of msg.h: message objects, parsing a complete message, printing it.

use std::ffi::{c_char, c_int, c_uint, c_void};
use std::ptr;

use super::frame::Transport;
use super::hclass::{MsgHeader, MsgPub};
use super::mclass::{self, MsgMclass};
use super::message::{self as m, MsgObj};
use crate::ffi::guard;
use crate::sip::message as sipmsg;
use crate::su::alloc::{home_alloc, su_home_ref, su_home_t, su_home_unref};

/// A new empty message of class `mc` (NULL: the SIP class).
#[no_mangle]
pub unsafe extern "C" fn msg_create(mc: *const MsgMclass, flags: c_int) -> *mut MsgObj {
    // SAFETY: mc is NULL or a message class (caller).
    guard(ptr::null_mut(), || unsafe { m::create(mc as *const c_void, flags as u32) })
}

/// One more reference to `msg`.
#[no_mangle]
pub unsafe extern "C" fn msg_ref(msg: *mut MsgObj) -> *mut MsgObj {
    // SAFETY: a message begins with its home.
    guard(ptr::null_mut(), || unsafe { su_home_ref(msg as *const su_home_t) as *mut MsgObj })
}

/// Drops a reference; the last one frees the message.
#[no_mangle]
pub unsafe extern "C" fn msg_unref(msg: *mut MsgObj) {
    // SAFETY: as above.
    guard((), || unsafe {
        su_home_unref(msg as *mut su_home_t);
    })
}

/// Same as msg_unref().
#[no_mangle]
pub unsafe extern "C" fn msg_destroy(msg: *mut MsgObj) {
    // SAFETY: forwarded.
    unsafe { msg_unref(msg) }
}

#[no_mangle]
pub unsafe extern "C" fn msg_ref_create(msg: *mut MsgObj) -> *mut MsgObj {
    // SAFETY: forwarded.
    unsafe { msg_ref(msg) }
}

#[no_mangle]
pub unsafe extern "C" fn msg_ref_destroy(msg: *mut MsgObj) {
    // SAFETY: forwarded.
    unsafe { msg_unref(msg) }
}

/// `kid` keeps a reference to `dad` until it is freed.
#[no_mangle]
pub unsafe extern "C" fn msg_set_parent(kid: *mut MsgObj, dad: *mut MsgObj) {
    guard((), || {
        if kid.is_null() {
            return;
        }
        // SAFETY: valid messages (caller).
        unsafe {
            let st = &mut *(*kid).st;
            let old = st.parent;
            st.parent = if dad.is_null() { ptr::null_mut() } else { msg_ref(dad) };
            if !old.is_null() {
                msg_unref(old);
            }
        }
    })
}

/// Parses a complete message of `len` bytes (`-1`: a C string). A message that does not
/// parse comes back empty with MSG_FLG_ERROR set, as Sofia's does; NULL only for empty
/// input or when out of memory.
#[no_mangle]
pub unsafe extern "C" fn msg_make(mc: *const MsgMclass, flags: c_int, data: *const c_void, len: isize) -> *mut MsgObj {
    guard(ptr::null_mut(), || {
        if data.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: data holds len bytes, or is a C string when len is -1 (caller).
        let bytes = unsafe {
            if len == -1 {
                std::ffi::CStr::from_ptr(data as *const c_char).to_bytes()
            } else if len <= 0 {
                return ptr::null_mut();
            } else {
                std::slice::from_raw_parts(data as *const u8, len as usize)
            }
        };
        if bytes.is_empty() {
            return ptr::null_mut();
        }
        // SAFETY: mc is NULL or a message class.
        unsafe {
            let mc = mc as *const c_void;
            match sipmsg::parse_message(bytes, Transport::Datagram, mc, flags as u32) {
                Ok(msg) => msg,
                Err(_) => {
                    let msg = m::create(mc, flags as u32);
                    if !msg.is_null() {
                        let st = &mut *(*msg).st;
                        st.flags |= m::MSG_FLG_ERROR;
                        ptr::write_unaligned(st.public.add(m::PUB_FLAGS) as *mut u32, st.flags);
                    }
                    msg
                }
            }
        }
    })
}

/// The message as text, allocated from `home`; its length in `*return_len`.
#[no_mangle]
pub unsafe extern "C" fn msg_as_string(
    home: *mut su_home_t,
    msg: *mut MsgObj,
    _pub: *mut MsgPub,
    flags: c_int,
    return_len: *mut usize,
) -> *mut c_char {
    guard(ptr::null_mut(), || {
        if msg.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: valid message and home (caller).
        unsafe {
            super::edit::serialize_chain(msg);
            let text = sipmsg::serialize(msg, flags);
            let p = home_alloc(home, text.len() + 1, false) as *mut u8;
            if p.is_null() {
                return ptr::null_mut();
            }
            ptr::copy_nonoverlapping(text.as_ptr(), p, text.len());
            *p.add(text.len()) = 0;
            if !return_len.is_null() {
                *return_len = text.len();
            }
            p as *mut c_char
        }
    })
}

/// The public struct when `tag` is the class's tag (SIP_PROTOCOL_TAG for SIP), else NULL.
#[no_mangle]
pub unsafe extern "C" fn msg_public(msg: *const MsgObj, tag: *mut c_void) -> *mut MsgPub {
    guard(ptr::null_mut(), || {
        if msg.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: valid message; its class is a message class.
        unsafe {
            let st = &*(*msg).st;
            if (*(st.mclass as *const MsgMclass)).mc_tag == tag {
                st.public as *mut MsgPub
            } else {
                ptr::null_mut()
            }
        }
    })
}

/// The public struct of any message.
#[no_mangle]
pub unsafe extern "C" fn msg_object(msg: *const MsgObj) -> *mut MsgPub {
    if msg.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: valid message.
    unsafe { (*(*msg).st).public as *mut MsgPub }
}

/// The message class of a message.
#[no_mangle]
pub unsafe extern "C" fn msg_mclass(msg: *const MsgObj) -> *const MsgMclass {
    if msg.is_null() {
        return ptr::null();
    }
    // SAFETY: valid message.
    unsafe { (*(*msg).st).mclass as *const MsgMclass }
}

fn flags_of(msg: *const MsgObj) -> u32 {
    if msg.is_null() {
        return 0;
    }
    // SAFETY: valid message (callers).
    unsafe { (*(*msg).st).flags }
}

/// Nonzero when the message was parsed completely.
#[no_mangle]
pub unsafe extern "C" fn msg_is_complete(msg: *const MsgObj) -> c_int {
    (flags_of(msg) & m::MSG_FLG_COMPLETE != 0) as c_int
}

/// Nonzero when the message had a parse error (or has error headers).
#[no_mangle]
pub unsafe extern "C" fn msg_has_error(msg: *const MsgObj) -> c_int {
    if msg.is_null() {
        return 1;
    }
    // SAFETY: valid message.
    unsafe {
        let st = &*(*msg).st;
        let errors = ptr::read_unaligned(st.public.add(m::PUB_ERROR) as *const *const c_void);
        (st.flags & m::MSG_FLG_ERROR != 0 || !errors.is_null()) as c_int
    }
}

/// The head of the fragment chain.
#[no_mangle]
pub unsafe extern "C" fn msg_chain_head(msg: *const MsgObj) -> *mut *mut MsgHeader {
    if msg.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: valid message; the chain head lives in its state.
    unsafe { ptr::addr_of_mut!((*(*msg).st).chain) as *mut *mut MsgHeader }
}

#[no_mangle]
pub unsafe extern "C" fn msg_get_flags(msg: *const MsgObj, mask: c_uint) -> c_uint {
    flags_of(msg) & mask
}

fn update_flags(msg: *mut MsgObj, f: impl FnOnce(u32) -> u32) -> c_uint {
    if msg.is_null() {
        return 0;
    }
    // SAFETY: valid message (callers).
    unsafe {
        let st = &mut *(*msg).st;
        st.flags = f(st.flags);
        ptr::write_unaligned(st.public.add(m::PUB_FLAGS) as *mut u32, st.flags);
        st.flags
    }
}

#[no_mangle]
pub unsafe extern "C" fn msg_set_flags(msg: *mut MsgObj, mask: c_uint) -> c_uint {
    update_flags(msg, |f| f | mask)
}

#[no_mangle]
pub unsafe extern "C" fn msg_zap_flags(msg: *mut MsgObj, mask: c_uint) -> c_uint {
    update_flags(msg, |f| f & !mask)
}

/// The default SIP message class.
#[no_mangle]
pub extern "C" fn sip_default_mclass() -> *const MsgMclass {
    mclass::sip_default() as *const MsgMclass
}

/// Makes `mc` the default SIP message class (FreeSWITCH: `sip_update_default_mclass(
/// sip_extend_mclass(NULL))`).
#[no_mangle]
pub unsafe extern "C" fn sip_update_default_mclass(mc: *const MsgMclass) -> c_int {
    if mc.is_null() {
        return -1;
    }
    mclass::set_default(mc as *const c_void);
    0
}

/// A message class that also parses the extension headers. Sofia returns a clone of the
/// default with them inserted; ours is a static class with them (the same for every call),
/// which sip_destroy_mclass() leaves alone. A class of the application's own is returned
/// as it is when it is neither the built-in nor the extended one.
#[no_mangle]
pub unsafe extern "C" fn sip_extend_mclass(input: *mut MsgMclass) -> *mut MsgMclass {
    let input = input as *const c_void;
    if input.is_null() || input == mclass::builtin() || input == mclass::sip_default() || input == mclass::extended() {
        mclass::extended() as *mut MsgMclass
    } else {
        input as *mut MsgMclass
    }
}

/// Back to `sip_mclass` as the default (FreeSWITCH's fork).
#[no_mangle]
pub extern "C" fn sip_default_mclass_restore() {
    mclass::set_default(mclass::builtin());
}

/// Frees a class made by sip_extend_mclass() (fork); ours are static: only the default
/// is restored when it was the one destroyed.
#[no_mangle]
pub unsafe extern "C" fn sip_destroy_mclass(mc: *mut MsgMclass) {
    if !mc.is_null() && mc as *const c_void == mclass::sip_default() && mc as *const c_void != mclass::builtin() {
        mclass::set_default(mclass::builtin());
    }
}

/// Drops the extended class (fork): restores the default when it was in use.
#[no_mangle]
pub extern "C" fn sip_cloned_parser_destroy() {
    if mclass::sip_default() == mclass::extended() {
        mclass::set_default(mclass::builtin());
    }
}

/// The address information of a message (its peer and transport).
#[no_mangle]
pub unsafe extern "C" fn msg_addrinfo(msg: *mut MsgObj) -> *mut libc::addrinfo {
    if msg.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: valid message; the addrinfo lives in its state.
    unsafe { ptr::addr_of_mut!((*(*msg).st).ai) }
}

/// Copies the message's address to `su` (`*return_len` bytes at most).
#[no_mangle]
pub unsafe extern "C" fn msg_get_address(msg: *mut MsgObj, su: *mut crate::sip::ctypes::SuSockaddr, return_len: *mut libc::socklen_t) -> c_int {
    guard(-1, || {
        if msg.is_null() || return_len.is_null() {
            return -1;
        }
        // SAFETY: valid message and output pointers (caller).
        unsafe {
            let st = &*(*msg).st;
            let n = st.ai.ai_addrlen;
            if *return_len < n {
                return -1;
            }
            *return_len = n;
            if !su.is_null() {
                ptr::copy_nonoverlapping(st.addr.as_ptr(), su as *mut u8, n as usize);
            }
            0
        }
    })
}

/// Sets the message's address (a socket address of `sulen` bytes).
#[no_mangle]
pub unsafe extern "C" fn msg_set_address(msg: *mut MsgObj, su: *const crate::sip::ctypes::SuSockaddr, sulen: libc::socklen_t) -> c_int {
    guard(-1, || {
        if msg.is_null() || su.is_null() || sulen as usize >= 32 {
            return -1;
        }
        // SAFETY: valid message; su holds sulen bytes (caller).
        unsafe {
            let st = &mut *(*msg).st;
            st.addr = [0; 32];
            ptr::copy_nonoverlapping(su as *const u8, st.addr.as_mut_ptr(), sulen as usize);
            st.ai.ai_addrlen = sulen;
            st.ai.ai_family = ptr::read_unaligned(su as *const libc::sa_family_t) as c_int;
            0
        }
    })
}
