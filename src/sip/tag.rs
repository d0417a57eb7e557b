//! The SIP tag classes: `siphdrtag_class` (SIPTAG_X: a header, `tt_magic` its class),
//! `sipexthdrtag_class` (extension headers), `sipstrtag_class` (SIPTAG_X_STR: text to be
//! parsed as the header of class `tt_magic`) and `sipmsgtag_class` (SIPTAG_SIP: a whole
//! `sip_t`), with their exported slot functions.

use std::ffi::{c_char, c_int, c_void};
use std::ptr;

use super::cmem;
use crate::ffi::guard;
use crate::msg::hclass::{self, copy_out};
use crate::msg::mclass;
use crate::msg::message::PUB_SIZE;
use crate::su::alloc::su_home_t;
use crate::tag::class::{t_ptr_ref_set, t_str_dup, t_str_scan, t_str_snprintf, t_str_xtra};
use crate::tag::list::{t_dup, t_xtra};
use crate::tag::types::*;

/// `(msg_header_t *)-1`: "no header" (remove it), copied as it is.
const NONE: tag_value_t = -1;

fn align8(x: usize) -> usize {
    x.next_multiple_of(8)
}

/// The class to copy a header as: the tag's `tt_magic`, else the header's own.
///
/// # Safety
/// `t` a valid tag item.
unsafe fn forced_class(t: *const tagi_t) -> *const c_void {
    // SAFETY: contract.
    unsafe {
        let tt = (*t).t_tag;
        if tt.is_null() {
            ptr::null()
        } else {
            (*tt).tt_magic
        }
    }
}

/// The value of the first header of the list as text; `<NONE>` for NULL or -1.
#[no_mangle]
pub unsafe extern "C" fn msghdrtag_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    guard(-1, || {
        if t.is_null() {
            // SAFETY: b has size bytes (caller).
            return unsafe { copy_out(b, size.min(c_int::MAX as usize) as c_int, b"") };
        }
        // SAFETY: valid item; the value is a header list, NULL or -1.
        unsafe {
            let h = (*t).t_value;
            let size = size.min(c_int::MAX as usize) as c_int;
            if h == 0 || h == NONE {
                return copy_out(b, size, b"<NONE>");
            }
            match hclass::print_value(h as *const c_void, 0) {
                Some(v) => copy_out(b, size, &v),
                None => -1,
            }
        }
    })
}

/// Bytes needed to copy the whole header list of the item.
#[no_mangle]
pub unsafe extern "C" fn msghdrtag_xtra(t: *const tagi_t, offset: usize) -> usize {
    guard(0, || {
        if t.is_null() {
            return 0;
        }
        // SAFETY: valid item with a header list.
        unsafe {
            let forced = forced_class(t);
            let mut rv = offset;
            let mut h = (*t).t_value as *const c_void;
            while !h.is_null() && h as isize != NONE {
                let cls = if forced.is_null() { cmem::class(h) } else { forced };
                let Some(k) = hclass::kind_of_class(cls) else { break };
                let v = cmem::read(h, k.shape());
                rv = align8(rv) + cmem::header_len(&v, k.shape());
                h = cmem::next(h);
            }
            rv - offset
        }
    })
}

/// Copies the header list into the buffer at `*bb` (sized by msghdrtag_xtra).
#[no_mangle]
pub unsafe extern "C" fn msghdrtag_dup(dst: *mut tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    if dst.is_null() || src.is_null() || bb.is_null() {
        return dst;
    }
    guard(dst, || {
        // SAFETY: dst writable; *bb has room for msghdrtag_xtra() bytes from its position.
        unsafe {
            let forced = forced_class(src);
            (*dst).t_tag = (*src).t_tag;
            (*dst).t_value = 0;
            let mut b = *bb as *mut u8;
            let mut first: tag_value_t = 0;
            let mut prev: *mut c_void = ptr::null_mut();
            let mut o = (*src).t_value as *const c_void;
            while !o.is_null() {
                if o as isize == NONE {
                    if prev.is_null() {
                        first = NONE;
                    } else {
                        cmem::set_ptr(prev, cmem::H_NEXT, o);
                    }
                    break;
                }
                let cls = if forced.is_null() { cmem::class(o) } else { forced };
                let Some(k) = hclass::kind_of_class(cls) else { break };
                let v = cmem::read(o, k.shape());
                let h = align8(b as usize) as *mut u8;
                let len = cmem::header_len(&v, k.shape());
                cmem::fill(h, len, cls, k.shape(), &v);
                b = h.add(len);
                if prev.is_null() {
                    first = h as tag_value_t;
                } else {
                    cmem::set_ptr(prev, cmem::H_NEXT, h as *const c_void);
                }
                prev = h as *mut c_void;
                o = cmem::next(o);
            }
            *bb = b as *mut c_void;
            (*dst).t_value = first;
            dst.add(1)
        }
    })
}

/// Parses text as a header of the tag's class into `home`: 1 on success (Sofia's value),
/// -1 otherwise.
#[no_mangle]
pub unsafe extern "C" fn msghdrtag_scan(tt: tag_type_t, home: *mut su_home_t, s: *const c_char, rv: *mut tag_value_t) -> c_int {
    guard(-1, || {
        if tt.is_null() || s.is_null() || rv.is_null() {
            return -1;
        }
        // SAFETY: valid tag type, C string, result slot.
        unsafe {
            let h = super::api::msg_header_make(home, (*tt).tt_magic.cast(), s);
            *rv = h as tag_value_t;
            if h.is_null() {
                -1
            } else {
                1
            }
        }
    })
}

/// Filter for SIP header tags: keeps items of the filter's own tag, and picks the header
/// of the tag's class out of a SIPTAG_SIP item.
#[no_mangle]
pub unsafe extern "C" fn siptag_filter(dst: *mut tagi_t, f: *const tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    guard(dst, || {
        if f.is_null() || src.is_null() {
            return dst;
        }
        // SAFETY: valid filter and item; bb as for t_dup/t_xtra.
        unsafe {
            let tt = (*f).t_tag;
            let mut stub = [tagi_t::END; 2];
            let mut src = src;
            let mut srctt = (*src).t_tag;
            if !srctt.is_null() && (*srctt).tt_class == &sipmsgtag_class as *const TagClass {
                let sip = (*src).t_value as *const u8;
                if sip.is_null() || tt.is_null() {
                    return dst;
                }
                let Some(off) = mclass::offset_in(cmem::class(sip as *const c_void), (*tt).tt_magic) else {
                    return dst;
                };
                let size = ptr::read_unaligned(sip.add(PUB_SIZE) as *const u32) as usize;
                if off + 8 > size || off < 72 {
                    return dst;
                }
                let h = cmem::get_ptr(sip as *const c_void, off);
                if h.is_null() {
                    return dst;
                }
                stub[0] = tagi_t { t_tag: tt, t_value: h as tag_value_t };
                src = stub.as_ptr();
                srctt = tt;
            }
            if tt != srctt || (*src).t_value == 0 {
                return dst;
            }
            if !dst.is_null() {
                t_dup(dst, src, bb)
            } else {
                *bb = ((*bb) as usize + t_xtra(src, (*bb) as usize)) as *mut c_void;
                dst.wrapping_add(1)
            }
        }
    })
}

/// Filter for header-string tags: keeps items of the filter's own tag.
#[no_mangle]
pub unsafe extern "C" fn msgstrtag_filter(dst: *mut tagi_t, f: *const tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    guard(dst, || {
        if f.is_null() || src.is_null() {
            return dst;
        }
        // SAFETY: valid items; bb as for t_dup/t_xtra.
        unsafe {
            if (*f).t_tag != (*src).t_tag {
                return dst;
            }
            if !dst.is_null() {
                t_dup(dst, src, bb)
            } else {
                *bb = ((*bb) as usize + t_xtra(src, (*bb) as usize)) as *mut c_void;
                dst.wrapping_add(1)
            }
        }
    })
}

/// The headers of a public message struct, in chain order when it has one (else in
/// struct order).
///
/// # Safety
/// `mo` a valid public message (sip_t).
unsafe fn object_headers(mo: *const u8) -> Vec<*const c_void> {
    let mut out = Vec::new();
    // SAFETY: valid public struct: request/status at 72/80, chain through h_succ.
    unsafe {
        let mut h = cmem::get_ptr(mo as *const c_void, 72) as *const c_void;
        if h.is_null() {
            h = cmem::get_ptr(mo as *const c_void, 80);
        }
        while !h.is_null() {
            out.push(h);
            h = cmem::get_ptr(h, cmem::H_SUCC);
        }
    }
    out
}

/// The whole message as text (canonical form).
#[no_mangle]
pub unsafe extern "C" fn msgobjtag_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    guard(-1, || {
        let size = size.min(c_int::MAX as usize) as c_int;
        // SAFETY: valid item whose value is NULL or a public message.
        unsafe {
            if t.is_null() || (*t).t_value == 0 || (*t).t_value == NONE {
                return copy_out(b, size, b"");
            }
            let mut text = Vec::new();
            for h in object_headers((*t).t_value as *const u8) {
                if let Some(line) = super::api::header_line(h, 2) {
                    text.extend_from_slice(&line);
                }
            }
            copy_out(b, size, &text)
        }
    })
}

/// Bytes to copy a whole message: its public struct and every header.
#[no_mangle]
pub unsafe extern "C" fn msgobjtag_xtra(t: *const tagi_t, offset: usize) -> usize {
    guard(0, || {
        // SAFETY: as above.
        unsafe {
            if t.is_null() || (*t).t_value == 0 || (*t).t_value == NONE {
                return 0;
            }
            let mo = (*t).t_value as *const u8;
            let mut rv = align8(offset) + ptr::read_unaligned(mo.add(PUB_SIZE) as *const u32) as usize;
            for h in object_headers(mo) {
                let Some(k) = hclass::kind_of_header(h) else { continue };
                let v = cmem::read(h, k.shape());
                rv = align8(rv) + cmem::header_len(&v, k.shape());
            }
            rv - offset
        }
    })
}

/// Copies a whole message (public struct and headers) into the buffer at `*bb`.
#[no_mangle]
pub unsafe extern "C" fn msgobjtag_dup(dst: *mut tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    if dst.is_null() || src.is_null() || bb.is_null() {
        return dst;
    }
    guard(dst, || {
        // SAFETY: dst writable, *bb sized by msgobjtag_xtra().
        unsafe {
            (*dst).t_tag = (*src).t_tag;
            let omo = (*src).t_value as *const u8;
            if omo.is_null() || omo as isize == NONE {
                (*dst).t_value = (*src).t_value;
                return dst.add(1);
            }
            let msize = ptr::read_unaligned(omo.add(PUB_SIZE) as *const u32) as usize;
            let mut b = align8(*bb as usize) as *mut u8;
            let mo = b;
            ptr::write_bytes(mo, 0, msize);
            // msg_common (class = mclass), size and flags as in the original
            ptr::copy_nonoverlapping(omo, mo, 40);
            cmem::set_ptr(mo as *mut c_void, cmem::H_SUCC, ptr::null());
            cmem::set_ptr(mo as *mut c_void, cmem::H_PREV, ptr::null());
            ptr::copy_nonoverlapping(omo.add(PUB_SIZE), mo.add(PUB_SIZE), 8);
            b = b.add(msize);
            let mc = cmem::class(omo as *const c_void);
            let mut prev_succ: *mut *mut c_void = ptr::null_mut();
            for o in object_headers(omo) {
                let Some(k) = hclass::kind_of_header(o) else { continue };
                let v = cmem::read(o, k.shape());
                let h = align8(b as usize) as *mut u8;
                let len = cmem::header_len(&v, k.shape());
                cmem::fill(h, len, k.class_ptr(), k.shape(), &v);
                b = h.add(len);
                let off = if k.sym == "error" { Some(64) } else { mclass::offset_in(mc, k.class_ptr()) };
                if let Some(off) = off.filter(|&o| o + 8 <= msize) {
                    crate::msg::message::append_list(mo.add(off) as *mut *mut c_void, h as *mut c_void);
                }
                if !prev_succ.is_null() {
                    *prev_succ = h as *mut c_void;
                    cmem::set_ptr(h as *mut c_void, cmem::H_PREV, prev_succ as *const c_void);
                }
                prev_succ = h.add(cmem::H_SUCC) as *mut *mut c_void;
            }
            *bb = b as *mut c_void;
            (*dst).t_value = mo as tag_value_t;
            dst.add(1)
        }
    })
}

#[no_mangle]
pub static siphdrtag_class: TagClass = TagClass {
    tc_xtra: Some(msghdrtag_xtra),
    tc_dup: Some(msghdrtag_dup),
    tc_snprintf: Some(msghdrtag_snprintf),
    tc_filter: Some(siptag_filter),
    tc_ref_set: Some(t_ptr_ref_set),
    tc_scan: Some(msghdrtag_scan),
    ..TagClass::DEFAULT
};

#[no_mangle]
pub static sipexthdrtag_class: TagClass = TagClass {
    tc_xtra: Some(msghdrtag_xtra),
    tc_dup: Some(msghdrtag_dup),
    tc_snprintf: Some(msghdrtag_snprintf),
    tc_filter: Some(siptag_filter),
    tc_ref_set: Some(t_ptr_ref_set),
    tc_scan: Some(msghdrtag_scan),
    ..TagClass::DEFAULT
};

#[no_mangle]
pub static sipstrtag_class: TagClass = TagClass {
    tc_xtra: Some(t_str_xtra),
    tc_dup: Some(t_str_dup),
    tc_snprintf: Some(t_str_snprintf),
    tc_ref_set: Some(t_ptr_ref_set),
    tc_scan: Some(t_str_scan),
    ..TagClass::DEFAULT
};

#[no_mangle]
pub static sipmsgtag_class: TagClass = TagClass {
    tc_xtra: Some(msgobjtag_xtra),
    tc_dup: Some(msgobjtag_dup),
    tc_snprintf: Some(msgobjtag_snprintf),
    tc_ref_set: Some(t_ptr_ref_set),
    ..TagClass::DEFAULT
};

