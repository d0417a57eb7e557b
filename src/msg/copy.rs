//! `msg_dup()` and `msg_copy()` (msg.h): a new message with copies of every header of
//! another one. Our header copies are always deep (see `msg_header_copy_one()`), so the
//! two differ only as Sofia's do in structure: `msg_copy()` of a message with a fragment
//! chain copies the chain in order (errors included) and keeps a reference to the
//! original; otherwise the headers are taken from the public struct (its fields from the
//! start line on), without a chain, a second header of a single kind going to the error
//! list and only the first header of a list kind (it holds the items of all).

use std::ffi::c_void;
use std::ptr;

use super::api::{msg_create, msg_destroy, msg_set_parent};
use super::edit;
use super::hclass::{MsgHclass, MsgPub};
use super::message::{self as m, MsgObj};
use super::more::msg_hclass_offset;
use crate::ffi::guard;
use crate::sip::api::msg_header_dup_one;
use crate::sip::cmem::{self, get_ptr, set_ptr, H_NEXT, H_PREV, H_SUCC};

type H = *mut c_void;

/// `msg_flags` of a public struct; `msg_error` and `msg_request` slots.
const PUB_FLAGS: usize = 60;
const PUB_ERROR: usize = 64;
const PUB_REQUEST: usize = 72;

/// # Safety
/// `h` a header.
unsafe fn kind_bits(h: *const c_void) -> u8 {
    // SAFETY: contract; a header's class is a msg_hclass_t.
    unsafe { (*(cmem::class(h) as *const MsgHclass)).hc_bits & 7 }
}

/// Copies the headers of `src` (public struct of `original`) into `msg` slot by slot.
///
/// # Safety
/// Both valid messages.
unsafe fn copy_slots(msg: *mut MsgObj, original: *const MsgObj) -> bool {
    // SAFETY: contract; the public structs record their sizes.
    unsafe {
        let home = msg as *mut crate::su::alloc::su_home_t;
        let st = &*(*msg).st;
        let dst = st.public as *mut MsgPub;
        let src = (*(*original).st).public as *const u8;
        let size = ptr::read_unaligned(src.add(m::PUB_SIZE) as *const u32) as usize;
        let mut off = PUB_REQUEST;
        while off + 8 <= size {
            let mut sh: H = get_ptr(src.cast(), off);
            off += 8;
            if sh.is_null() || sh as isize == -1 {
                continue;
            }
            let class = cmem::class(sh) as *const MsgHclass;
            let hh = msg_hclass_offset(st.mclass.cast(), dst, class) as *mut H;
            if hh.is_null() {
                return false;
            }
            while !sh.is_null() && sh as isize != -1 {
                let h: H = msg_header_dup_one(home, sh.cast()).cast();
                if h.is_null() {
                    return false;
                }
                let mut at = hh;
                if !(*hh).is_null() {
                    if kind_bits(h) == 0 {
                        // A second single header: to the error list.
                        let mut e = (dst as *mut u8).add(PUB_ERROR) as *mut H;
                        while !(*e).is_null() {
                            e = (*e as *mut u8).add(H_NEXT) as *mut H;
                        }
                        *e = h;
                        sh = get_ptr(sh, H_NEXT);
                        continue;
                    }
                    while !(*at).is_null() {
                        at = (*at as *mut u8).add(H_NEXT) as *mut H;
                    }
                }
                *at = h;
                if kind_bits(sh) == 2 {
                    break;
                }
                sh = get_ptr(sh, H_NEXT);
            }
        }
        true
    }
}

/// Copies the fragment chain of `original` into `msg` in order.
///
/// # Safety
/// Both valid messages; `msg` empty.
unsafe fn copy_chain(msg: *mut MsgObj, original: *const MsgObj) -> bool {
    // SAFETY: contract.
    unsafe {
        let home = msg as *mut crate::su::alloc::su_home_t;
        let dst = (*(*msg).st).public as *mut MsgPub;
        let mc = (*(*msg).st).mclass;
        let mut sh: H = (*(*original).st).chain;
        while !sh.is_null() {
            let class = cmem::class(sh) as *const MsgHclass;
            let mut hh = msg_hclass_offset(mc.cast(), dst, class) as *mut H;
            if hh.is_null() {
                return false;
            }
            while !(*hh).is_null() {
                hh = (*hh as *mut u8).add(H_NEXT) as *mut H;
            }
            let h: H = msg_header_dup_one(home, sh.cast()).cast();
            if h.is_null() {
                return false;
            }
            set_ptr(h, H_SUCC, ptr::null());
            set_ptr(h, H_PREV, ptr::null());
            edit::insert_here(msg, (*(*msg).st).tail, h);
            *hh = h;
            sh = get_ptr(sh, H_SUCC);
        }
        true
    }
}

/// A new message of the same class with deep copies of the headers of `original`.
#[no_mangle]
pub unsafe extern "C" fn msg_dup(original: *const MsgObj) -> *mut MsgObj {
    guard(ptr::null_mut(), || {
        if original.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a message (caller).
        unsafe {
            let ost = &*(*original).st;
            let flags = ptr::read_unaligned(ost.public.add(PUB_FLAGS) as *const u32);
            let dup = msg_create(ost.mclass.cast(), flags as i32);
            if !dup.is_null() && !copy_slots(dup, original) {
                msg_destroy(dup);
                return ptr::null_mut();
            }
            dup
        }
    })
}

/// A new message of the same class with copies of the headers of `original` (its fragment
/// chain when it has one), which it keeps a reference to.
#[no_mangle]
pub unsafe extern "C" fn msg_copy(original: *mut MsgObj) -> *mut MsgObj {
    guard(ptr::null_mut(), || {
        if original.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a message (caller).
        unsafe {
            let ost = &*(*original).st;
            let flags = ptr::read_unaligned(ost.public.add(PUB_FLAGS) as *const u32);
            let copy = msg_create(ost.mclass.cast(), flags as i32);
            if copy.is_null() {
                return ptr::null_mut();
            }
            let ok = if ost.chain.is_null() { copy_slots(copy, original) } else { copy_chain(copy, original) };
            if !ok {
                msg_destroy(copy);
                return ptr::null_mut();
            }
            msg_set_parent(copy, original);
            copy
        }
    })
}
