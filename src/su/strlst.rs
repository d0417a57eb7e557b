//! String lists (`su_strlst.h`).
//!
//! A list is a sub-home of the caller's home (`su_strlst_home()` casts the list to its
//! home, so the home comes first); the pointer array and every duplicated string are
//! blocks of that sub-home, so destroying the list frees them all. Strings added with
//! `su_strlst_append()` are not copied: they must outlive the list.

use std::ffi::{c_char, c_uint, c_void};
use std::mem::size_of;
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::su::alloc::{home_alloc, home_strdup_bytes, isize_t, su_free, su_home_clone, su_home_t, su_home_unref, su_realloc};

pub type usize_t = c_uint;

/// The list: a home, then the item array (a block of that home).
#[repr(C)]
pub struct su_strlst_t {
    sl_home: su_home_t,
    sl_size: usize,
    sl_len: usize,
    sl_list: *mut *const c_char,
}

const INITIAL: usize = 8;
static EMPTY: &[u8; 1] = b"\0";

fn empty() -> *const c_char {
    EMPTY.as_ptr() as *const c_char
}

impl su_strlst_t {
    fn home(&mut self) -> *mut su_home_t {
        &mut self.sl_home
    }

    /// The items as a slice.
    fn items(&self) -> &[*const c_char] {
        if self.sl_list.is_null() {
            return &[];
        }
        // SAFETY: sl_list holds sl_size slots of which sl_len are set.
        unsafe { std::slice::from_raw_parts(self.sl_list, self.sl_len) }
    }

    /// Room for one more item; false on allocation failure.
    fn reserve_one(&mut self) -> bool {
        if self.sl_len < self.sl_size {
            return true;
        }
        let new_size = (self.sl_size * 2).max(INITIAL);
        let Ok(bytes) = isize_t::try_from(new_size * size_of::<*const c_char>()) else { return false };
        let home = self.home();
        // SAFETY: sl_list is NULL or a block of the list's home.
        let p = unsafe { su_realloc(home, self.sl_list as *mut c_void, bytes) };
        if p.is_null() {
            return false;
        }
        self.sl_list = p as *mut *const c_char;
        self.sl_size = new_size;
        true
    }

    fn push(&mut self, s: *const c_char) -> bool {
        if !self.reserve_one() {
            return false;
        }
        // SAFETY: reserve_one guarantees a free slot.
        unsafe { *self.sl_list.add(self.sl_len) = s };
        self.sl_len += 1;
        true
    }
}

/// # Safety
/// `home` must be NULL or a valid home.
unsafe fn create(home: *mut su_home_t) -> *mut su_strlst_t {
    // SAFETY: forwarded; the clone is zeroed and at least as big as the list.
    let l = unsafe { su_home_clone(home, size_of::<su_strlst_t>() as isize_t) } as *mut su_strlst_t;
    if l.is_null() {
        return l;
    }
    // SAFETY: a fresh zeroed list whose home was set up by su_home_clone.
    unsafe {
        let home = (*l).home();
        let arr = home_alloc(home, INITIAL * size_of::<*const c_char>(), true);
        if arr.is_null() {
            su_home_unref(home);
            return ptr::null_mut();
        }
        (*l).sl_list = arr as *mut *const c_char;
        (*l).sl_size = INITIAL;
    }
    l
}

/// # Safety
/// `l` must be NULL or a list made by this module.
unsafe fn list<'a>(l: *const su_strlst_t) -> Option<&'a mut su_strlst_t> {
    // SAFETY: caller contract.
    unsafe { (l as *mut su_strlst_t).as_mut() }
}

#[no_mangle]
pub unsafe extern "C" fn su_strlst_create(home: *mut su_home_t) -> *mut su_strlst_t {
    // SAFETY: NULL or a valid home.
    guard(ptr::null_mut(), || unsafe { create(home) })
}

#[no_mangle]
pub unsafe extern "C" fn su_strlst_destroy(l: *mut su_strlst_t) {
    if l.is_null() {
        return;
    }
    // SAFETY: a list made by su_strlst_create & co.; its home comes first.
    guard((), || unsafe {
        su_home_unref(l as *mut su_home_t);
    })
}

/// Copy of `orig` in a new list of `home`; `deep` copies the strings too.
unsafe fn copy(home: *mut su_home_t, orig: *const su_strlst_t, deep: bool) -> *mut su_strlst_t {
    // SAFETY: NULL or a list.
    let Some(orig) = (unsafe { list(orig) }) else { return ptr::null_mut() };
    // SAFETY: NULL or a valid home.
    let l = unsafe { create(home) };
    // SAFETY: fresh list.
    let Some(new) = (unsafe { list(l) }) else { return ptr::null_mut() };
    for &s in orig.items() {
        let item = if deep {
            // SAFETY: items are C strings.
            let b = unsafe { cbytes(s) }.unwrap_or(b"");
            // SAFETY: the new list's home.
            let d = unsafe { home_strdup_bytes(new.home(), b) };
            if d.is_null() {
                // SAFETY: drop the half-built list.
                unsafe { su_strlst_destroy(l) };
                return ptr::null_mut();
            }
            d as *const c_char
        } else {
            s
        };
        if !new.push(item) {
            // SAFETY: drop the half-built list.
            unsafe { su_strlst_destroy(l) };
            return ptr::null_mut();
        }
    }
    l
}

/// New list with the same (shared) strings.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_copy(home: *mut su_home_t, orig: *const su_strlst_t) -> *mut su_strlst_t {
    // SAFETY: forwarded.
    guard(ptr::null_mut(), || unsafe { copy(home, orig, false) })
}

/// New list with copies of the strings.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_dup(home: *mut su_home_t, orig: *const su_strlst_t) -> *mut su_strlst_t {
    // SAFETY: forwarded.
    guard(ptr::null_mut(), || unsafe { copy(home, orig, true) })
}

/// Append a copy of `s` (NULL = ""); returns the copy.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_dup_append(l: *mut su_strlst_t, s: *const c_char) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a list; s NULL or a C string.
        unsafe {
            let Some(l) = list(l) else { return ptr::null_mut() };
            if !l.reserve_one() {
                return ptr::null_mut();
            }
            let d = home_strdup_bytes(l.home(), cbytes(s).unwrap_or(b""));
            if d.is_null() || !l.push(d) {
                return ptr::null_mut();
            }
            d
        }
    })
}

/// Append `s` itself (NULL = ""); returns it.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_append(l: *mut su_strlst_t, s: *const c_char) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: NULL or a list.
        let Some(l) = (unsafe { list(l) }) else { return ptr::null() };
        let s = if s.is_null() { empty() } else { s };
        if l.push(s) {
            s
        } else {
            ptr::null()
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_strlst_item(l: *const su_strlst_t, i: usize_t) -> *const c_char {
    // SAFETY: NULL or a list.
    match unsafe { list(l) } {
        Some(l) => l.items().get(i as usize).copied().unwrap_or(ptr::null()),
        None => ptr::null(),
    }
}

/// Replace item `i` (returns the old one); `i` == length appends (and returns NULL).
#[no_mangle]
pub unsafe extern "C" fn su_strlst_set_item(l: *mut su_strlst_t, i: usize_t, s: *const c_char) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: NULL or a list.
        let Some(l) = (unsafe { list(l) }) else { return ptr::null() };
        let i = i as usize;
        let s = if s.is_null() { empty() } else { s };
        if i == l.sl_len {
            l.push(s);
            return ptr::null();
        }
        if i > l.sl_len {
            return ptr::null();
        }
        // SAFETY: i < sl_len.
        unsafe {
            let slot = l.sl_list.add(i);
            let old = *slot;
            *slot = s;
            old
        }
    })
}

/// Remove item `i`, shifting the rest down; returns it.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_remove(l: *mut su_strlst_t, i: usize_t) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: NULL or a list.
        let Some(l) = (unsafe { list(l) }) else { return ptr::null() };
        let i = i as usize;
        if i >= l.sl_len {
            return ptr::null();
        }
        // SAFETY: i < sl_len; moving the sl_len - i - 1 following pointers.
        unsafe {
            let old = *l.sl_list.add(i);
            ptr::copy(l.sl_list.add(i + 1), l.sl_list.add(i), l.sl_len - i - 1);
            l.sl_len -= 1;
            old
        }
    })
}

/// The items joined with `sep` (NULL = ""), allocated from `home`; "" for an empty list.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_join(l: *mut su_strlst_t, home: *mut su_home_t, sep: *const c_char) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a list; sep NULL or a C string; items are C strings.
        unsafe {
            let sep = cbytes(sep).unwrap_or(b"");
            let mut out = Vec::new();
            if let Some(l) = list(l) {
                for (n, &s) in l.items().iter().enumerate() {
                    if n > 0 {
                        out.extend_from_slice(sep);
                    }
                    out.extend_from_slice(cbytes(s).unwrap_or(b""));
                }
            }
            home_strdup_bytes(home, &out)
        }
    })
}

/// Append the pieces of `s` separated by `sep` (a whole string, not a set of characters);
/// `s` is cut in place. An empty or NULL `sep` gives one item.
///
/// # Safety
/// `s` must be a writable C string that outlives the list.
unsafe fn split_into(l: &mut su_strlst_t, s: *mut c_char, sep: *const c_char) -> bool {
    // SAFETY: caller contract.
    let sep = unsafe { cbytes(sep) }.unwrap_or(b"");
    // SAFETY: caller contract.
    let len = unsafe { libc::strlen(s) };
    let mut start = 0usize;
    if !sep.is_empty() {
        // SAFETY: the string's own bytes.
        let bytes = unsafe { std::slice::from_raw_parts(s as *const u8, len) };
        let mut i = 0;
        let mut cuts = Vec::new();
        while i + sep.len() <= len {
            if &bytes[i..i + sep.len()] == sep {
                cuts.push(i);
                i += sep.len();
            } else {
                i += 1;
            }
        }
        for c in cuts {
            // SAFETY: c < len, inside the caller's writable string.
            unsafe { *s.add(c) = 0 };
            // SAFETY: start <= c.
            if !l.push(unsafe { s.add(start) }) {
                return false;
            }
            start = c + sep.len();
        }
    }
    // SAFETY: start <= len.
    l.push(unsafe { s.add(start) })
}

/// Split `s` (modified in place, not copied) at each `sep` into a new list.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_split(home: *mut su_home_t, s: *mut c_char, sep: *const c_char) -> *mut su_strlst_t {
    if s.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or valid home; s a writable C string.
        unsafe {
            let l = create(home);
            let Some(lst) = list(l) else { return ptr::null_mut() };
            if !split_into(lst, s, sep) {
                su_strlst_destroy(l);
                return ptr::null_mut();
            }
            l
        }
    })
}

/// Split a copy of `s` (kept in the list's home) at each `sep` into a new list.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_dup_split(home: *mut su_home_t, s: *const c_char, sep: *const c_char) -> *mut su_strlst_t {
    if s.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or valid home; s a C string, copied into the list's home.
        unsafe {
            let l = create(home);
            let Some(lst) = list(l) else { return ptr::null_mut() };
            let copy = home_strdup_bytes(lst.home(), cbytes(s).unwrap_or(b""));
            if copy.is_null() || !split_into(lst, copy, sep) {
                su_strlst_destroy(l);
                return ptr::null_mut();
            }
            l
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_strlst_len(l: *const su_strlst_t) -> usize_t {
    // SAFETY: NULL or a list.
    unsafe { list(l) }.map_or(0, |l| l.sl_len as usize_t)
}

/// A NULL-terminated copy of the item array, allocated from the list's home.
#[no_mangle]
pub unsafe extern "C" fn su_strlst_get_array(l: *mut su_strlst_t) -> *mut *const c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a list.
        let Some(l) = (unsafe { list(l) }) else { return ptr::null_mut() };
        let n = l.sl_len;
        // SAFETY: the list's home.
        let a = unsafe { home_alloc(l.home(), (n + 1) * size_of::<*const c_char>(), false) } as *mut *const c_char;
        if a.is_null() {
            return a;
        }
        // SAFETY: a has n + 1 slots.
        unsafe {
            ptr::copy_nonoverlapping(l.sl_list, a, n);
            *a.add(n) = ptr::null();
        }
        a
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_strlst_free_array(l: *mut su_strlst_t, array: *mut *const c_char) {
    if l.is_null() || array.is_null() {
        return;
    }
    // SAFETY: array was allocated from the list's home by su_strlst_get_array.
    guard((), || unsafe { su_free(l as *mut su_home_t, array as *mut c_void) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::su::alloc::su_home_deinit;

    fn item(l: *const su_strlst_t, i: u32) -> Option<&'static [u8]> {
        // SAFETY: items of a live list are C strings.
        unsafe { cbytes(su_strlst_item(l, i)) }
    }

    #[test]
    fn split_join_remove() {
        let mut home = su_home_t { suh_size: 0, suh_blocks: ptr::null_mut(), suh_lock: ptr::null_mut() };
        // SAFETY: a zeroed home; C strings from literals.
        unsafe {
            let l = su_strlst_dup_split(&mut home, c"a,,b,".as_ptr(), c",".as_ptr());
            assert_eq!(su_strlst_len(l), 4);
            assert_eq!(item(l, 1), Some(&b""[..]));
            assert_eq!(item(l, 3), Some(&b""[..]));
            assert_eq!(item(l, 4), None);
            assert_eq!(cbytes(su_strlst_remove(l, 0)), Some(&b"a"[..]));
            assert_eq!(item(l, 1), Some(&b"b"[..]));
            for _ in 0..20 {
                su_strlst_dup_append(l, c"x".as_ptr());
            }
            assert_eq!(su_strlst_len(l), 23);
            let j = su_strlst_join(l, &mut home, c"-".as_ptr());
            assert!(cbytes(j).unwrap().starts_with(b"-b--x-x"));
            let arr = su_strlst_get_array(l);
            assert!((*arr.add(23)).is_null());
            su_strlst_free_array(l, arr);
            su_home_deinit(&mut home);
        }
    }
}
