//! `sdptag_session_class` (`sdp_tag.h`): tags whose value is an `sdp_session_t *`.
//! Copies of a tag list deep-copy the session; printing a tag prints the SDP text.

use std::ffi::{c_char, c_int, c_void};
use std::ptr;

use super::cstruct::{self as cs, sdp_session_t, Bump};
use super::print;
use crate::ffi::guard;
use crate::tag::class::t_ptr_ref_set;
use crate::tag::types::*;

fn su_align(x: usize) -> usize {
    let a = std::mem::size_of::<*const c_void>();
    (a - (x & (a - 1))) & (a - 1)
}

/// Bytes a deep copy of the session needs (0 for NULL).
#[no_mangle]
pub unsafe extern "C" fn sdptag_session_xtra(t: *const tagi_t, offset: usize) -> usize {
    if t.is_null() {
        return 0;
    }
    guard(0, || {
        // SAFETY: t is a tag item whose value is NULL or a session.
        unsafe {
            let sdp = (*t).t_value as *const sdp_session_t;
            if sdp.is_null() {
                return 0;
            }
            let v = super::api::session_view(sdp);
            let mut b = Bump::sizing();
            cs::session(&mut b, &v);
            su_align(offset) + b.used()
        }
    })
}

/// Deep-copy the session into the buffer at `*bb` (sized by `sdptag_session_xtra`).
#[no_mangle]
pub unsafe extern "C" fn sdptag_session_dup(dst: *mut tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    if dst.is_null() || src.is_null() || bb.is_null() {
        return dst;
    }
    guard(dst, || {
        // SAFETY: dst writable; *bb has room for sdptag_session_xtra() bytes.
        unsafe {
            let sdp = (*src).t_value as *const sdp_session_t;
            let mut b = *bb as *mut u8;
            b = b.add(su_align(b as usize));
            let copy = if sdp.is_null() {
                ptr::null_mut()
            } else {
                // The buffer has the room sdptag_session_xtra() measured for this session
                // (the tag class contract, as in Sofia), so it is laid out in one pass.
                let v = super::api::session_view(sdp);
                let mut bump = Bump::over(b, usize::MAX - b as usize);
                let s = cs::session(&mut bump, &v);
                b = b.add(bump.used());
                s
            };
            (*dst).t_tag = (*src).t_tag;
            (*dst).t_value = copy as tag_value_t;
            *bb = b as *mut c_void;
            dst.add(1)
        }
    })
}

/// Print the SDP text of the session; with a buffer too small for all of it, nothing is
/// printed and 0 is returned (as Sofia's printer fails then).
#[no_mangle]
pub unsafe extern "C" fn sdptag_session_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    guard(0, || {
        // SAFETY: t NULL or a tag item; b NULL or writable for size bytes.
        unsafe {
            let sdp = if t.is_null() { ptr::null() } else { (*t).t_value as *const sdp_session_t };
            if sdp.is_null() {
                if size > 0 && !b.is_null() {
                    *b = 0;
                }
                return 0;
            }
            let p = super::api::sdp_print(ptr::null_mut(), sdp, b, size.min(i32::MAX as usize) as c_int, 0);
            let n = super::api::sdp_message_size(p);
            super::api::sdp_printer_free(p);
            n
        }
    })
}

#[no_mangle]
pub static sdptag_session_class: TagClass = TagClass {
    tc_xtra: Some(sdptag_session_xtra),
    tc_dup: Some(sdptag_session_dup),
    tc_snprintf: Some(sdptag_session_snprintf),
    tc_ref_set: Some(t_ptr_ref_set),
    ..TagClass::DEFAULT
};

#[allow(unused)]
fn _print_used(_: print::PrintFlags) {}
