//! The generic tag classes (`su_tag_class.h`) and their exported slot functions.
//!
//! Class objects are exported data (96 bytes) because applications and other layers
//! define tags with them; their slots are called through the class from C inlines
//! (`t_next`, `t_dup`, … in `su_tag_inline.h`) as well as from Rust.

use std::ffi::{c_char, c_int, c_uint, c_void};
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::su::alloc::{home_strdup_bytes, su_home_t};
use crate::tag::list::{self, t_dup, t_len, t_xtra, type_of};
use crate::tag::objects::{tag_null, tag_skip};
use crate::tag::types::*;

/// Writes `text` to a C buffer with snprintf semantics; returns the full length.
///
/// # Safety
/// `b` must be NULL or writable for `size` bytes.
pub unsafe fn write_c(b: *mut c_char, size: usize, text: &[u8]) -> c_int {
    if !b.is_null() && size > 0 {
        let n = text.len().min(size - 1);
        // SAFETY: caller guarantees `size` writable bytes; n < size.
        unsafe {
            ptr::copy_nonoverlapping(text.as_ptr(), b as *mut u8, n);
            *b.add(n) = 0;
        }
    }
    text.len().min(c_int::MAX as usize) as c_int
}

/// `%p` as glibc prints it.
pub fn fmt_ptr(v: usize) -> String {
    if v == 0 {
        "(nil)".to_string()
    } else {
        format!("{v:#x}")
    }
}

// --- terminator, skip, next ---------------------------------------------------

unsafe extern "C" fn null_next(_t: *const tagi_t) -> *const tagi_t {
    ptr::null()
}

unsafe extern "C" fn null_move(dst: *mut tagi_t, _src: *const tagi_t) -> *mut tagi_t {
    if dst.is_null() {
        return dst;
    }
    // SAFETY: dst has room for one item (tl_len counted it).
    unsafe {
        *dst = tagi_t::END;
        dst.add(1)
    }
}

unsafe extern "C" fn null_dup(dst: *mut tagi_t, src: *const tagi_t, _bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: forwarded.
    unsafe { null_move(dst, src) }
}

unsafe extern "C" fn null_find(_tt: tag_type_t, _lst: *const tagi_t) -> *const tagi_t {
    ptr::null()
}

/// Filter slot of the terminator class: the filter list's end item copies the source
/// list's end item, so a filtered list is always terminated.
#[no_mangle]
pub unsafe extern "C" fn t_null_filter(dst: *mut tagi_t, _f: *const tagi_t, src: *const tagi_t, _bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: src is a list item.
    unsafe {
        if type_of(src) != ptr::addr_of!(tag_null) {
            return dst;
        }
        if dst.is_null() {
            return (dst as usize).wrapping_add(std::mem::size_of::<tagi_t>()) as *mut tagi_t;
        }
        *dst = tagi_t::END;
        dst.add(1)
    }
}

/// Filter slot that drops everything.
#[no_mangle]
pub unsafe extern "C" fn t_end_filter(dst: *mut tagi_t, _f: *const tagi_t, _src: *const tagi_t, _bb: *mut *mut c_void) -> *mut tagi_t {
    dst
}

unsafe extern "C" fn skip_next(t: *const tagi_t) -> *const tagi_t {
    // SAFETY: t is an item of a list; its successor is part of the same list.
    unsafe { t.add(1) }
}

unsafe extern "C" fn zero_len(_t: *const tagi_t) -> usize {
    0
}

unsafe extern "C" fn drop_move(dst: *mut tagi_t, _src: *const tagi_t) -> *mut tagi_t {
    dst
}

unsafe extern "C" fn drop_dup(dst: *mut tagi_t, _src: *const tagi_t, _bb: *mut *mut c_void) -> *mut tagi_t {
    dst
}

unsafe extern "C" fn next_next(t: *const tagi_t) -> *const tagi_t {
    // SAFETY: t is a tag_next item; its value is the next list (or NULL).
    unsafe { (*t).t_value as *const tagi_t }
}

unsafe extern "C" fn next_len(t: *const tagi_t) -> usize {
    // SAFETY: t is a tag_next item.
    if unsafe { (*t).t_value } == 0 {
        std::mem::size_of::<tagi_t>()
    } else {
        0
    }
}

unsafe extern "C" fn next_move(dst: *mut tagi_t, src: *const tagi_t) -> *mut tagi_t {
    // SAFETY: src is a tag_next item; dst has room for the terminator when it ends.
    unsafe {
        if (*src).t_value == 0 {
            return null_move(dst, src);
        }
    }
    dst
}

unsafe extern "C" fn next_dup(dst: *mut tagi_t, src: *const tagi_t, _bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: forwarded.
    unsafe { next_move(dst, src) }
}

// --- filters ------------------------------------------------------------------

/// Copy (or, with `dst` NULL, count) one source item.
///
/// # Safety
/// As for the class slots: `dst` NULL (counting) or writable; `bb` valid.
pub unsafe fn keep_item(dst: *mut tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: forwarded.
    unsafe {
        if dst.is_null() {
            *bb = ((*bb) as usize).wrapping_add(t_xtra(src, *bb as usize)) as *mut c_void;
            return (dst as usize).wrapping_add(t_len(src)) as *mut tagi_t;
        }
        t_dup(dst, src, bb)
    }
}

/// Is `src` a real item (not the end, a skip or a jump)?
unsafe fn is_item(src: *const tagi_t) -> bool {
    // SAFETY: src is a list item.
    unsafe {
        let tt = type_of(src);
        !(tt == ptr::addr_of!(tag_null) || tt == ptr::addr_of!(tag_skip) || list::is_next(tt))
    }
}

unsafe extern "C" fn any_filter(dst: *mut tagi_t, _f: *const tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: class slot contract.
    unsafe {
        if src.is_null() || !is_item(src) {
            return dst;
        }
        keep_item(dst, src, bb)
    }
}

/// Filter callback type of `TAG_FILTER()`.
pub type TagFilterFn = unsafe extern "C" fn(*const tagi_t, *const tagi_t) -> c_int;

unsafe extern "C" fn filter_filter(dst: *mut tagi_t, f: *const tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: class slot contract; the filter item's value is a tag_filter_f pointer.
    unsafe {
        if src.is_null() || !is_item(src) || (*f).t_value == 0 {
            return dst;
        }
        let func: TagFilterFn = std::mem::transmute::<usize, TagFilterFn>((*f).t_value as usize);
        if func(f, src) != 0 {
            keep_item(dst, src, bb)
        } else {
            dst
        }
    }
}

unsafe extern "C" fn ns_filter(dst: *mut tagi_t, f: *const tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: class slot contract; tag objects carry NUL-terminated namespaces.
    unsafe {
        if src.is_null() || !is_item(src) {
            return dst;
        }
        let want = (*(*f).t_tag).tt_ns;
        let have = (*type_of(src)).tt_ns;
        let matches = want.is_null() || (!have.is_null() && cbytes(want) == cbytes(have));
        if matches {
            keep_item(dst, src, bb)
        } else {
            dst
        }
    }
}

/// Default filter: keep the items whose tag is the filter item's tag.
#[no_mangle]
pub unsafe extern "C" fn t_filter(dst: *mut tagi_t, f: *const tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: class slot contract.
    unsafe {
        if src.is_null() || f.is_null() || (*f).t_tag != (*src).t_tag {
            return dst;
        }
        keep_item(dst, src, bb)
    }
}

// --- scalar classes -------------------------------------------------------------

fn parse_long(s: &[u8]) -> Option<i64> {
    let t = std::str::from_utf8(s).ok()?.trim();
    let (neg, digits) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let v: i64 = if let Some(h) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        i64::from_str_radix(h, 16).ok()?
    } else {
        digits.parse().ok()?
    };
    Some(if neg { v.wrapping_neg() } else { v })
}

/// Shared prologue of the scan functions: the text, or -1.
unsafe fn scan_text<'a>(s: *const c_char, rv: *mut tag_value_t) -> Option<&'a [u8]> {
    if rv.is_null() {
        return None;
    }
    // SAFETY: NULL or a C string.
    unsafe { cbytes(s) }
}

#[no_mangle]
pub unsafe extern "C" fn t_int_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    // SAFETY: t is an item; b per snprintf contract.
    unsafe { write_c(b, size, ((*t).t_value as c_int).to_string().as_bytes()) }
}

#[no_mangle]
pub unsafe extern "C" fn t_int_ref_set(_tt: tag_type_t, r: *mut c_void, v: *const tagi_t) -> c_int {
    // SAFETY: the reference points at an int (tag_int_vr).
    unsafe { *(r as *mut c_int) = (*v).t_value as c_int };
    1
}

#[no_mangle]
pub unsafe extern "C" fn t_int_scan(_tt: tag_type_t, _h: *mut su_home_t, s: *const c_char, rv: *mut tag_value_t) -> c_int {
    // SAFETY: rv checked by scan_text.
    unsafe {
        let Some(text) = scan_text(s, rv) else { return -1 };
        match parse_long(text) {
            Some(v) => {
                *rv = v as c_int as tag_value_t;
                1
            }
            None => {
                *rv = 0;
                -1
            }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn t_uint_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    // SAFETY: as above.
    unsafe { write_c(b, size, ((*t).t_value as c_uint).to_string().as_bytes()) }
}

#[no_mangle]
pub unsafe extern "C" fn t_uint_ref_set(_tt: tag_type_t, r: *mut c_void, v: *const tagi_t) -> c_int {
    // SAFETY: the reference points at an unsigned.
    unsafe { *(r as *mut c_uint) = (*v).t_value as c_uint };
    1
}

#[no_mangle]
pub unsafe extern "C" fn t_uint_scan(_tt: tag_type_t, _h: *mut su_home_t, s: *const c_char, rv: *mut tag_value_t) -> c_int {
    // SAFETY: rv checked by scan_text.
    unsafe {
        let Some(text) = scan_text(s, rv) else { return -1 };
        match parse_long(text) {
            Some(v) => {
                *rv = v as c_uint as tag_value_t;
                1
            }
            None => {
                *rv = 0;
                -1
            }
        }
    }
}

unsafe extern "C" fn size_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    // SAFETY: as above.
    unsafe { write_c(b, size, ((*t).t_value as usize).to_string().as_bytes()) }
}

unsafe extern "C" fn size_ref_set(_tt: tag_type_t, r: *mut c_void, v: *const tagi_t) -> c_int {
    // SAFETY: the reference points at a size_t.
    unsafe { *(r as *mut usize) = (*v).t_value as usize };
    1
}

unsafe extern "C" fn usize_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    // SAFETY: as above.
    unsafe { write_c(b, size, ((*t).t_value as c_uint).to_string().as_bytes()) }
}

unsafe extern "C" fn size_scan(_tt: tag_type_t, _h: *mut su_home_t, s: *const c_char, rv: *mut tag_value_t) -> c_int {
    // SAFETY: rv checked by scan_text.
    unsafe {
        let Some(text) = scan_text(s, rv) else { return -1 };
        match std::str::from_utf8(text).ok().and_then(|t| t.trim().parse::<u64>().ok()) {
            Some(v) => {
                *rv = v as tag_value_t;
                1
            }
            None => -1,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn t_bool_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    // SAFETY: as above.
    unsafe { write_c(b, size, if (*t).t_value != 0 { b"true" } else { b"false" }) }
}

#[no_mangle]
pub unsafe extern "C" fn t_bool_ref_set(_tt: tag_type_t, r: *mut c_void, v: *const tagi_t) -> c_int {
    // SAFETY: the reference points at an int.
    unsafe { *(r as *mut c_int) = ((*v).t_value != 0) as c_int };
    1
}

#[no_mangle]
pub unsafe extern "C" fn t_bool_scan(_tt: tag_type_t, _h: *mut su_home_t, s: *const c_char, rv: *mut tag_value_t) -> c_int {
    // SAFETY: rv checked by scan_text.
    unsafe {
        let Some(text) = scan_text(s, rv) else { return -1 };
        let t = std::str::from_utf8(text).unwrap_or("").trim();
        let v = if t.eq_ignore_ascii_case("true") {
            Some(1)
        } else if t.eq_ignore_ascii_case("false") {
            Some(0)
        } else {
            parse_long(t.as_bytes()).map(|v| (v != 0) as tag_value_t)
        };
        match v {
            Some(v) => {
                *rv = v;
                1
            }
            None => {
                *rv = 0;
                -1
            }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn t_ptr_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    // SAFETY: as above.
    unsafe { write_c(b, size, fmt_ptr((*t).t_value as usize).as_bytes()) }
}

#[no_mangle]
pub unsafe extern "C" fn t_ptr_ref_set(_tt: tag_type_t, r: *mut c_void, v: *const tagi_t) -> c_int {
    // SAFETY: the reference points at a pointer variable.
    unsafe { *(r as *mut *mut c_void) = (*v).t_value as *mut c_void };
    1
}

/// Pointers cannot be scanned from text.
#[no_mangle]
pub unsafe extern "C" fn t_ptr_scan(_tt: tag_type_t, _h: *mut su_home_t, _s: *const c_char, _rv: *mut tag_value_t) -> c_int {
    -2
}

#[no_mangle]
pub unsafe extern "C" fn t_socket_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    // SAFETY: as above.
    unsafe { write_c(b, size, ((*t).t_value as c_int).to_string().as_bytes()) }
}

#[no_mangle]
pub unsafe extern "C" fn t_socket_ref_set(_tt: tag_type_t, r: *mut c_void, v: *const tagi_t) -> c_int {
    // SAFETY: the reference points at an su_socket_t (int).
    unsafe { *(r as *mut c_int) = (*v).t_value as c_int };
    1
}

// --- strings ------------------------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn t_str_xtra(t: *const tagi_t, _offset: usize) -> usize {
    // SAFETY: the value is NULL or a C string.
    unsafe { cbytes((*t).t_value as *const c_char).map_or(0, |s| s.len() + 1) }
}

#[no_mangle]
pub unsafe extern "C" fn t_str_dup(dst: *mut tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: *bb points into the buffer sized by t_str_xtra.
    unsafe {
        (*dst).t_tag = (*src).t_tag;
        match cbytes((*src).t_value as *const c_char) {
            Some(s) => {
                let b = *bb as *mut u8;
                ptr::copy_nonoverlapping(s.as_ptr(), b, s.len());
                *b.add(s.len()) = 0;
                (*dst).t_value = b as tag_value_t;
                *bb = b.add(s.len() + 1) as *mut c_void;
            }
            None => (*dst).t_value = 0,
        }
        dst.add(1)
    }
}

#[no_mangle]
pub unsafe extern "C" fn t_str_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    // SAFETY: the value is NULL or a C string.
    unsafe {
        match cbytes((*t).t_value as *const c_char) {
            Some(s) => {
                let mut v = Vec::with_capacity(s.len() + 2);
                v.push(b'"');
                v.extend_from_slice(s);
                v.push(b'"');
                write_c(b, size, &v)
            }
            None => write_c(b, size, b"<null>"),
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn t_str_scan(_tt: tag_type_t, home: *mut su_home_t, s: *const c_char, rv: *mut tag_value_t) -> c_int {
    // SAFETY: rv checked; the copy goes to `home`.
    unsafe {
        let Some(text) = scan_text(s, rv) else { return -1 };
        let p = home_strdup_bytes(home, text);
        if p.is_null() {
            return -1;
        }
        *rv = p as tag_value_t;
        1
    }
}

// --- class objects ------------------------------------------------------------------

macro_rules! class {
    ($name:ident { $($slot:ident : $val:expr),* $(,)? }) => {
        #[no_mangle]
        pub static $name: TagClass = TagClass { $($slot: Some($val),)* ..TagClass::DEFAULT };
    };
}

class!(null_tag_class { tc_next: null_next, tc_move: null_move, tc_dup: null_dup, tc_find: null_find, tc_filter: t_null_filter });
class!(end_tag_class { tc_filter: t_end_filter });
class!(skip_tag_class { tc_next: skip_next, tc_len: zero_len, tc_move: drop_move, tc_dup: drop_dup, tc_find: null_find, tc_filter: t_end_filter });
class!(next_tag_class { tc_next: next_next, tc_len: next_len, tc_move: next_move, tc_dup: next_dup, tc_find: null_find, tc_filter: t_end_filter });
class!(any_tag_class { tc_filter: any_filter });
class!(filter_tag_class { tc_filter: filter_filter });
class!(ns_tag_class { tc_filter: ns_filter });
class!(int_tag_class { tc_snprintf: t_int_snprintf, tc_ref_set: t_int_ref_set, tc_scan: t_int_scan });
class!(uint_tag_class { tc_snprintf: t_uint_snprintf, tc_ref_set: t_uint_ref_set, tc_scan: t_uint_scan });
class!(size_tag_class { tc_snprintf: size_snprintf, tc_ref_set: size_ref_set, tc_scan: size_scan });
class!(usize_tag_class { tc_snprintf: usize_snprintf, tc_ref_set: t_uint_ref_set, tc_scan: size_scan });
class!(bool_tag_class { tc_snprintf: t_bool_snprintf, tc_ref_set: t_bool_ref_set, tc_scan: t_bool_scan });
class!(ptr_tag_class { tc_snprintf: t_ptr_snprintf, tc_ref_set: t_ptr_ref_set });
class!(socket_tag_class { tc_snprintf: t_socket_snprintf, tc_ref_set: t_socket_ref_set });
class!(cstr_tag_class { tc_snprintf: t_str_snprintf, tc_ref_set: t_ptr_ref_set, tc_scan: t_str_scan });
class!(str_tag_class { tc_xtra: t_str_xtra, tc_dup: t_str_dup, tc_snprintf: t_str_snprintf, tc_ref_set: t_ptr_ref_set, tc_scan: t_str_scan });
class!(ref_tag_class { tc_snprintf: t_ptr_snprintf, tc_ref_set: t_ptr_ref_set });

/// `t_scan()`: convert text to a tag value with the tag's class.
#[no_mangle]
pub unsafe extern "C" fn t_scan(tt: tag_type_t, home: *mut su_home_t, s: *const c_char, rv: *mut tag_value_t) -> c_int {
    if tt.is_null() || s.is_null() || rv.is_null() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: tt is a tag object; its class is NULL or a class object.
        unsafe {
            let class = (*tt).tt_class;
            match class.as_ref().and_then(|c| c.tc_scan) {
                Some(f) => f(tt, home, s, rv),
                None => -2,
            }
        }
    })
}
