//! `url_tag_class` (`url_tag_class.h`): tags whose value is a `url_string_t *`, i.e.
//! either a `url_t *` or a URL string. Copies keep the kind of value they were given.

use std::ffi::{c_char, c_int, c_void};
use std::ptr;

use super::api::{self, is_string};
use super::syntax;
use super::url_t;
use crate::ffi::{cbytes, guard};
use crate::su::alloc::{home_alloc, su_free, su_home_t};
use crate::tag::class::{t_ptr_ref_set, t_str_dup, t_str_xtra, write_c};
use crate::tag::types::*;

/// Padding that aligns `x` to a pointer (`SU_ALIGN`).
fn su_align(x: usize) -> usize {
    let a = std::mem::size_of::<*const c_void>();
    (a - (x & (a - 1))) & (a - 1)
}

/// The value NULL and the value (url_t *)-1 are copied as they are.
fn is_plain(v: tag_value_t) -> bool {
    v == 0 || v == -1
}

/// Print the URL as `<url>` (`<null>` for NULL).
#[no_mangle]
pub unsafe extern "C" fn urltag_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    if t.is_null() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: t is a tag item whose value is NULL, a url_t or a string.
        unsafe {
            let v = (*t).t_value as *const url_t;
            if v.is_null() {
                return write_c(b, size, b"<null>");
            }
            let body = if is_string(v as *const c_void) {
                cbytes(v as *const c_char).unwrap_or_default().to_vec()
            } else {
                syntax::print_args(&api::view(v))
            };
            let mut text = Vec::with_capacity(body.len() + 2);
            text.push(b'<');
            text.extend_from_slice(&body);
            text.push(b'>');
            write_c(b, size, &text)
        }
    })
}

/// Extra bytes for a deep copy: the string, or an aligned `url_t` and its strings.
#[no_mangle]
pub unsafe extern "C" fn urltag_xtra(t: *const tagi_t, offset: usize) -> usize {
    if t.is_null() {
        return 0;
    }
    guard(0, || {
        // SAFETY: t is a tag item.
        unsafe {
            let v = (*t).t_value;
            if is_plain(v) {
                0
            } else if is_string(v as *const c_void) {
                t_str_xtra(t, offset)
            } else {
                su_align(offset) + std::mem::size_of::<url_t>() + api::url_xtra(v as *const url_t) as usize
            }
        }
    })
}

/// Deep copy into the buffer at `*bb` (sized by `urltag_xtra`).
#[no_mangle]
pub unsafe extern "C" fn urltag_dup(dst: *mut tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    if dst.is_null() || src.is_null() || bb.is_null() {
        return dst;
    }
    guard(dst, || {
        // SAFETY: dst is writable; *bb has room for urltag_xtra() bytes.
        unsafe {
            let v = (*src).t_value;
            if is_plain(v) {
                *dst = *src;
                return dst.add(1);
            }
            if is_string(v as *const c_void) {
                return t_str_dup(dst, src, bb);
            }
            let url = v as *const url_t;
            let x = api::url_xtra(url);
            let mut b = *bb as *mut u8;
            b = b.add(su_align(b as usize));
            let d = b as *mut url_t;
            api::url_dup(b.add(std::mem::size_of::<url_t>()) as *mut c_char, x, d, url);
            (*dst).t_tag = (*src).t_tag;
            (*dst).t_value = d as tag_value_t;
            *bb = b.add(std::mem::size_of::<url_t>() + x as usize) as *mut c_void;
            dst.add(1)
        }
    })
}

/// Parse the leading URL characters of `s` into a `url_t` from `home`. Returns 0 (not
/// 1, as Sofia) on success, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn urltag_scan(_tt: tag_type_t, home: *mut su_home_t, s: *const c_char, rv: *mut tag_value_t) -> c_int {
    if s.is_null() || rv.is_null() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: s a C string; the block holds the url_t and the copied text.
        unsafe {
            let text = cbytes(s).unwrap_or_default();
            let n = text.iter().take_while(|&&c| !syntax::URIC.has(c)).count();
            let size = std::mem::size_of::<url_t>() + n + 1;
            let url = home_alloc(home, size, false) as *mut url_t;
            if url.is_null() {
                return -1;
            }
            let buf = url.add(1) as *mut c_char;
            ptr::copy_nonoverlapping(text.as_ptr(), buf as *mut u8, n);
            *buf.add(n) = 0;
            if api::url_d(url, buf) < 0 {
                su_free(home, url as *mut c_void);
                return -1;
            }
            *rv = url as tag_value_t;
            0
        }
    })
}

#[no_mangle]
pub static url_tag_class: TagClass = TagClass {
    tc_xtra: Some(urltag_xtra),
    tc_dup: Some(urltag_dup),
    tc_snprintf: Some(urltag_snprintf),
    tc_ref_set: Some(t_ptr_ref_set),
    tc_scan: Some(urltag_scan),
    ..TagClass::DEFAULT
};
