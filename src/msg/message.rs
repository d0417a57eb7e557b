//! `msg_t`: a message object that begins with its memory home (applications cast it with
//! `msg_home()`), holds the public struct (`sip_t`), the fragment chain in wire order and
//! the parse flags.

use std::ffi::c_void;
use std::ptr;

use super::hclass::{self, KindInfo};
use super::mclass;
use crate::sip::cmem;
use crate::su::alloc::{home_alloc, su_home_destructor, su_home_new, su_home_t};

/// Message flags (msg.h).
pub const MSG_FLG_HEADERS: u32 = 1 << 16;
pub const MSG_FLG_BODY: u32 = 1 << 17;
pub const MSG_FLG_FRAGS: u32 = 1 << 20;
pub const MSG_FLG_COMPLETE: u32 = 1 << 24;
pub const MSG_FLG_ERROR: u32 = 1 << 25;

/// Offsets in the public struct (`msg_pub_t` / `sip_t`).
pub const PUB_SIZE: usize = 56;
pub const PUB_FLAGS: usize = 60;
pub const PUB_ERROR: usize = 64;

/// The C-visible part of a message: its home first.
#[repr(C)]
pub struct MsgObj {
    pub home: su_home_t,
    pub st: *mut MsgState,
}

pub struct MsgState {
    pub mclass: *const c_void,
    /// The public struct (`sip_t`), a block of the home.
    pub public: *mut u8,
    /// First fragment of the chain; `tail` is where the next one is linked.
    pub chain: *mut c_void,
    pub tail: *mut *mut c_void,
    pub flags: u32,
    /// A message this one keeps a reference to (`msg_set_parent`).
    pub parent: *mut MsgObj,
    /// Where the message came from / goes to (`msg_addrinfo()`); `ai_addr` points at `addr`.
    pub ai: libc::addrinfo,
    pub addr: [u8; 32],
    /// `msg_size()`: the bytes parsed into the message, or those of its last encoding.
    pub size: usize,
    /// `msg_maxsize()` (0: none), `msg_errno()`, `msg_is_streaming()`.
    pub maxsize: std::ffi::c_uint,
    pub errno: i32,
    pub streaming: bool,
    /// `msg_set_next()`: the next message of a stream (not owned, as in Sofia).
    pub next: *mut MsgObj,
}

unsafe extern "C" fn msg_destructor(p: *mut c_void) {
    let m = p as *mut MsgObj;
    // SAFETY: runs once, when the message's home is freed; st came from Box::into_raw.
    unsafe {
        let st = (*m).st;
        if !st.is_null() {
            (*m).st = ptr::null_mut();
            let st = Box::from_raw(st);
            if !st.parent.is_null() {
                crate::su::alloc::su_home_unref(st.parent as *mut su_home_t);
            }
        }
    }
}

/// A new empty message of class `mclass` (NULL = the default SIP class) with its public
/// struct allocated.
///
/// # Safety
/// `mclass` must be NULL or a valid message class.
pub unsafe fn create(mclass: *const c_void, flags: u32) -> *mut MsgObj {
    // SAFETY: forwarded contract.
    unsafe { create_with(mclass, flags, 0) }
}

/// As [`create`], the message's arena starting with room for `reserve` bytes besides the
/// public struct (a message about to be parsed: its headers in one chunk).
///
/// # Safety
/// As for [`create`].
pub unsafe fn create_with(mclass: *const c_void, flags: u32, reserve: usize) -> *mut MsgObj {
    let mc = if mclass.is_null() { mclass::sip_default() } else { mclass };
    // SAFETY: su_home_new gives a zeroed object starting with a home, refcount 1.
    unsafe {
        let m = su_home_new(std::mem::size_of::<MsgObj>() as i32) as *mut MsgObj;
        if m.is_null() {
            return ptr::null_mut();
        }
        // A message's headers and strings live and die with it: cut them from chunks.
        crate::su::alloc::home_use_arena(&mut (*m).home);
        let msize = (*(mc as *const mclass::MsgMclass)).mc_msize as usize;
        if reserve > 0 {
            crate::su::alloc::home_arena_reserve(&mut (*m).home, reserve + msize + 64);
        }
        let public = home_alloc(&mut (*m).home, msize.max(PUB_ERROR + 8), true) as *mut u8;
        if public.is_null() {
            crate::su::alloc::su_home_unref(&mut (*m).home);
            return ptr::null_mut();
        }
        cmem::set_ptr(public as *mut c_void, cmem::H_CLASS, mc);
        ptr::write_unaligned(public.add(PUB_SIZE) as *mut u32, msize as u32);
        let st = Box::into_raw(Box::new(MsgState {
            mclass: mc,
            public,
            chain: ptr::null_mut(),
            tail: ptr::null_mut(),
            flags: flags & 0xffff,
            parent: ptr::null_mut(),
            // SAFETY: an all-zero addrinfo is a valid empty one.
            ai: std::mem::zeroed(),
            addr: [0; 32],
            size: 0,
            maxsize: 0,
            errno: 0,
            streaming: false,
            next: ptr::null_mut(),
        }));
        (*st).tail = ptr::addr_of_mut!((*st).chain);
        (*st).ai.ai_addr = ptr::addr_of_mut!((*st).addr) as *mut libc::sockaddr;
        (*m).st = st;
        su_home_destructor(&mut (*m).home, Some(msg_destructor));
        m
    }
}

/// The home of a message.
pub fn home(m: *mut MsgObj) -> *mut su_home_t {
    m as *mut su_home_t
}

/// Links fragment `h` at the end of the chain.
///
/// # Safety
/// `m` valid; `h` a header of `m`'s home not yet in a chain.
pub unsafe fn chain_append(m: *mut MsgObj, h: *mut c_void) {
    // SAFETY: contract; h_prev/h_succ at offsets 8/0.
    unsafe {
        let st = &mut *(*m).st;
        cmem::set_ptr(h, cmem::H_PREV, st.tail as *const c_void);
        cmem::set_ptr(h, cmem::H_SUCC, ptr::null());
        *st.tail = h;
        st.tail = (h as *mut u8).add(cmem::H_SUCC) as *mut *mut c_void;
    }
}

/// Adds header `h` (one instance) of kind `k` to the public struct: appended to the list
/// of its kind, or, for a single-instance kind that already has one, to the error list.
/// Returns false when it went to the error list.
///
/// # Safety
/// `m` valid, `h` a header of kind `k`.
pub unsafe fn link_public(m: *mut MsgObj, k: &KindInfo, h: *mut c_void) -> bool {
    // SAFETY: contract; offsets come from the message class.
    unsafe {
        let st = &*(*m).st;
        // sip_t members are at the same place in both built-in classes.
        let builtin = st.mclass == mclass::builtin() || st.mclass == mclass::extended();
        let off = match k.sip_off {
            Some(o) if builtin => Some(o),
            _ => mclass::offset_in(st.mclass, k.class_ptr()),
        };
        let Some(off) = off else { return false };
        let slot = st.public.add(off) as *mut *mut c_void;
        if k.kind == 0 && !(*slot).is_null() && k.sym != "request" && k.sym != "status" {
            return false;
        }
        append_list(slot, h);
        true
    }
}

/// Appends `h` at the end of the list starting at `*slot` (through next pointers).
///
/// # Safety
/// `slot` must point to a header list head; `h` a header with a NULL next pointer.
pub unsafe fn append_list(mut slot: *mut *mut c_void, h: *mut c_void) {
    // SAFETY: contract.
    unsafe {
        while !(*slot).is_null() {
            slot = ((*slot) as *mut u8).add(cmem::H_NEXT) as *mut *mut c_void;
        }
        *slot = h;
    }
}

/// Message of a public struct pointer check: the public struct of `m`.
///
/// # Safety
/// `m` valid.
pub unsafe fn public(m: *const MsgObj) -> *mut u8 {
    // SAFETY: contract.
    unsafe { (*(*m).st).public }
}

/// Walks the chain.
///
/// # Safety
/// `m` valid; the chain is not modified during the walk.
pub unsafe fn chain(m: *const MsgObj) -> Vec<*mut c_void> {
    let mut v = Vec::new();
    // SAFETY: contract.
    unsafe {
        let mut h = (*(*m).st).chain;
        while !h.is_null() {
            v.push(h);
            h = cmem::get_ptr(h, cmem::H_SUCC);
        }
    }
    v
}

/// Kind of a chain fragment.
///
/// # Safety
/// `h` valid header.
pub unsafe fn kind_of(h: *const c_void) -> Option<&'static KindInfo> {
    // SAFETY: contract.
    unsafe { hclass::kind_of_header(h) }
}

/// Records the peer address and transport of a message (tport does it for every message it
/// receives; nta for every one it sends).
///
/// # Safety
/// `m` valid.
pub unsafe fn set_peer(m: *mut MsgObj, peer: &std::net::SocketAddr, tcp: bool) {
    // SAFETY: contract; the address buffer holds any sockaddr_in/in6 (32 bytes).
    unsafe {
        let st = &mut *(*m).st;
        st.addr = [0; 32];
        let len = match peer {
            std::net::SocketAddr::V4(a) => {
                let sin = libc::sockaddr_in {
                    sin_family: libc::AF_INET as libc::sa_family_t,
                    sin_port: a.port().to_be(),
                    sin_addr: libc::in_addr { s_addr: u32::from_ne_bytes(a.ip().octets()) },
                    sin_zero: [0; 8],
                };
                ptr::copy_nonoverlapping(&sin as *const _ as *const u8, st.addr.as_mut_ptr(), std::mem::size_of_val(&sin));
                std::mem::size_of_val(&sin)
            }
            std::net::SocketAddr::V6(a) => {
                let sin6 = libc::sockaddr_in6 {
                    sin6_family: libc::AF_INET6 as libc::sa_family_t,
                    sin6_port: a.port().to_be(),
                    sin6_flowinfo: a.flowinfo(),
                    sin6_addr: libc::in6_addr { s6_addr: a.ip().octets() },
                    sin6_scope_id: a.scope_id(),
                };
                ptr::copy_nonoverlapping(&sin6 as *const _ as *const u8, st.addr.as_mut_ptr(), std::mem::size_of_val(&sin6));
                std::mem::size_of_val(&sin6)
            }
        };
        st.ai.ai_family = if peer.is_ipv4() { libc::AF_INET } else { libc::AF_INET6 };
        st.ai.ai_socktype = if tcp { libc::SOCK_STREAM } else { libc::SOCK_DGRAM };
        st.ai.ai_protocol = if tcp { libc::IPPROTO_TCP } else { libc::IPPROTO_UDP };
        st.ai.ai_addrlen = len as libc::socklen_t;
        st.ai.ai_addr = st.addr.as_mut_ptr() as *mut libc::sockaddr;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peer_address_round_trip() {
        // SAFETY: a message of the default class, freed at the end.
        unsafe {
            let m = create(ptr::null(), 0);
            let peer: std::net::SocketAddr = "[::1]:5070".parse().unwrap();
            set_peer(m, &peer, true);
            let ai = crate::msg::api::msg_addrinfo(m);
            assert_eq!((*ai).ai_family, libc::AF_INET6);
            assert_eq!((*ai).ai_protocol, libc::IPPROTO_TCP);
            let mut buf = [0u8; 32];
            let mut len: libc::socklen_t = 32;
            assert_eq!(crate::msg::api::msg_get_address(m, buf.as_mut_ptr().cast(), &mut len), 0);
            assert_eq!(len as usize, std::mem::size_of::<libc::sockaddr_in6>());
            let sin6 = &*(buf.as_ptr() as *const libc::sockaddr_in6);
            assert_eq!(u16::from_be(sin6.sin6_port), 5070);
            let mut short: libc::socklen_t = 8;
            assert_eq!(crate::msg::api::msg_get_address(m, buf.as_mut_ptr().cast(), &mut short), -1);
            crate::su::alloc::su_home_unref(m as *mut su_home_t);
        }
    }
}
