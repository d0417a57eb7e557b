//! Headers as sets of items (msg_header.h): `msg_header_find_item`, `_replace_item`,
//! `_remove_item`, `msg_list_append_items`, `msg_list_replace_items`, and the q-value
//! helper `msg_q_value`.
//!
//! An item is a whole string of the header's parameter array (for list headers such as
//! Supported or Allow, `k_items`), compared exactly (case matters).

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr;

use super::hclass::{self, MsgCommon};
use crate::ffi::guard;
use crate::sip::ctypes::MsgList;
use crate::sip::cmem::{self, get_ptr, set_ptr};
use crate::su::alloc::{home_alloc, su_home_t};

/// The items of header `h`: the offset of its parameter array and the strings in it.
///
/// # Safety
/// `h` a valid header.
unsafe fn items_of(h: *const c_void) -> Option<(usize, Vec<*const c_char>)> {
    // SAFETY: contract; the array at the shape's offset is NULL-terminated.
    unsafe {
        let k = hclass::kind_of_header(h)?;
        let off = k.shape().params?;
        let arr = get_ptr(h, off) as *const *const c_char;
        let mut v = Vec::new();
        if !arr.is_null() {
            let mut i = 0;
            while !(*arr.add(i)).is_null() {
                v.push(*arr.add(i));
                i += 1;
            }
        }
        Some((off, v))
    }
}

/// # Safety
/// `p` a C string.
unsafe fn same(p: *const c_char, item: &[u8]) -> bool {
    // SAFETY: contract.
    unsafe { CStr::from_ptr(p) }.to_bytes() == item
}

/// Stores `items` as the header's new array (from `home`), updates the fields derived from
/// it and drops the header's old encoding.
///
/// # Safety
/// `h` a valid header, `off` its parameter offset.
unsafe fn store(home: *mut su_home_t, h: *mut c_void, off: usize, items: &[*const c_char]) -> c_int {
    // SAFETY: contract; a fresh zeroed block of items+1 pointers.
    unsafe {
        let a = home_alloc(home, (items.len() + 1) * 8, true) as *mut *const c_char;
        if a.is_null() {
            return -1;
        }
        for (i, p) in items.iter().enumerate() {
            *a.add(i) = *p;
        }
        set_ptr(h, off, a as *const c_void);
        finish(h);
    }
    0
}

/// # Safety
/// `h` a valid header.
unsafe fn finish(h: *mut c_void) {
    // SAFETY: contract.
    unsafe {
        if let Some(k) = hclass::kind_of_header(h) {
            cmem::update_derived(h as *mut u8, k.shape());
        }
        // msg_fragment_clear(): h_data and h_len.
        set_ptr(h, 24, ptr::null());
        *((h as *mut u8).add(32) as *mut u32) = 0;
    }
}

/// A copy of `s` in `home`.
///
/// # Safety
/// `home` NULL or valid.
unsafe fn dup(home: *mut su_home_t, s: &[u8]) -> *const c_char {
    // SAFETY: a fresh block of len+1 bytes.
    unsafe {
        let p = home_alloc(home, s.len() + 1, false) as *mut u8;
        if !p.is_null() {
            ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
            *p.add(s.len()) = 0;
        }
        p as *const c_char
    }
}

/// The item equal to `item` in header `h`, or NULL.
#[no_mangle]
pub unsafe extern "C" fn msg_header_find_item(h: *const MsgCommon, item: *const c_char) -> *const c_char {
    guard(ptr::null(), || {
        if h.is_null() || item.is_null() {
            return ptr::null();
        }
        // SAFETY: h a header, item a C string (caller).
        unsafe {
            let it = CStr::from_ptr(item).to_bytes();
            let Some((_, items)) = items_of(h.cast()) else { return ptr::null() };
            items.into_iter().find(|&p| same(p, it)).unwrap_or(ptr::null())
        }
    })
}

/// Adds `item` (a copy) to header `h` unless it is there already: 0 when added, 1 when it
/// was there, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn msg_header_replace_item(home: *mut su_home_t, h: *mut MsgCommon, item: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { replace_item(home, h.cast(), item, true) })
}

/// # Safety
/// `h` NULL or a header, `item` NULL or a C string, `home` the header's home.
unsafe fn replace_item(home: *mut su_home_t, h: *mut c_void, item: *const c_char, copy: bool) -> c_int {
    if h.is_null() || item.is_null() {
        return -1;
    }
    // SAFETY: contract.
    unsafe {
        let it = CStr::from_ptr(item).to_bytes();
        let Some((off, mut items)) = items_of(h) else { return -1 };
        if items.iter().any(|&p| same(p, it)) {
            return 1;
        }
        let p = if copy { dup(home, it) } else { item };
        if p.is_null() {
            return -1;
        }
        items.push(p);
        store(home, h, off, &items)
    }
}

/// Removes every item equal to `name` from header `h`: 1 when one was removed, 0 when
/// there was none, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn msg_header_remove_item(h: *mut MsgCommon, name: *const c_char) -> c_int {
    guard(-1, || {
        if h.is_null() || name.is_null() {
            return -1;
        }
        let h = h as *mut c_void;
        // SAFETY: h a header, name a C string (caller); the array only shrinks, in place.
        unsafe {
            let it = CStr::from_ptr(name).to_bytes();
            let Some((off, items)) = items_of(h) else { return -1 };
            let kept: Vec<_> = items.iter().copied().filter(|&p| !same(p, it)).collect();
            if kept.len() == items.len() {
                return 0;
            }
            let a = get_ptr(h, off) as *mut *const c_char;
            for (i, p) in kept.iter().enumerate() {
                *a.add(i) = *p;
            }
            *a.add(kept.len()) = ptr::null();
            finish(h);
            1
        }
    })
}

/// Appends the constant strings `items` (not copied) to the list header `k`, duplicates
/// included. 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn msg_list_append_items(home: *mut su_home_t, k: *mut MsgList, items: *const *const c_char) -> c_int {
    let k = k as *mut c_void;
    guard(-1, || {
        if k.is_null() {
            return -1;
        }
        if items.is_null() {
            return 0;
        }
        // SAFETY: k a list header, items a NULL-terminated array of C strings (caller).
        unsafe {
            let Some((off, mut have)) = items_of(k) else { return -1 };
            let mut i = 0;
            while !(*items.add(i)).is_null() {
                have.push(*items.add(i));
                i += 1;
                if i > 1 << 20 {
                    return -1;
                }
            }
            store(home, k, off, &have)
        }
    })
}

/// Adds each of the constant strings `items` (not copied) to the list header `k` unless
/// it is there already. 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn msg_list_replace_items(home: *mut su_home_t, k: *mut MsgList, items: *const *const c_char) -> c_int {
    let k = k as *mut c_void;
    guard(-1, || {
        if k.is_null() {
            return -1;
        }
        if items.is_null() {
            return 0;
        }
        // SAFETY: as above.
        unsafe {
            let mut i = 0;
            while !(*items.add(i)).is_null() {
                if replace_item(home, k, *items.add(i), false) < 0 {
                    return -1;
                }
                i += 1;
            }
        }
        0
    })
}

/// Appends to header `dst` copies of the items of `src` it does not have yet (exact
/// comparison). 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn msg_header_join_items(home: *mut su_home_t, dst: *mut MsgCommon, src: *const MsgCommon, _duplicate: c_int) -> c_int {
    guard(-1, || {
        if dst.is_null() || src.is_null() {
            return -1;
        }
        let dst = dst as *mut c_void;
        // SAFETY: dst and src headers (caller); the new array and copies are blocks of home.
        unsafe {
            let (Some((off, mut have)), Some((_, add))) = (items_of(dst), items_of(src.cast())) else { return -1 };
            let before = have.len();
            for p in add {
                let it = CStr::from_ptr(p).to_bytes();
                if have.iter().any(|&q| same(q, it)) {
                    continue;
                }
                let c = dup(home, it);
                if c.is_null() {
                    return -1;
                }
                have.push(c);
            }
            if have.len() == before {
                return 0;
            }
            store(home, dst, off, &have)
        }
    })
}

/// Drops the encoding of `h` and of the headers after it that were encoded on the same
/// line (comma-joined list entries).
#[no_mangle]
pub unsafe extern "C" fn msg_fragment_clear_chain(h: *mut crate::msg::hclass::MsgHeader) {
    guard((), || {
        let mut h = h as *mut c_void;
        let mut n = 0;
        // SAFETY: NULL or a header in a chain (h_succ at 0, h_data at 24, h_len at 32,
        // next at 40) (caller).
        unsafe {
            while !h.is_null() && n < 1 << 20 {
                let data = get_ptr(h, 24) as *const u8;
                let len = *((h as *const u8).add(32) as *const u32) as usize;
                let end = if data.is_null() { ptr::null() } else { data.wrapping_add(len) };
                set_ptr(h, 24, ptr::null());
                *((h as *mut u8).add(32) as *mut u32) = 0;
                let succ = get_ptr(h, 0);
                if end.is_null()
                    || succ.is_null()
                    || get_ptr(h, 40) != succ
                    || get_ptr(succ, 24) as *const u8 != end
                    || *((succ as *const u8).add(32) as *const u32) != 0
                {
                    return;
                }
                h = succ;
                n += 1;
            }
        }
    })
}

/// A q-value ("1", "0.5", ".125", ...) in thousandths, 0..=1000; 500 for anything else
/// (and for NULL). A fourth decimal rounds half to even.
pub fn q_value(q: Option<&[u8]>) -> c_uint {
    let Some(q) = q else { return 500 };
    match q.first() {
        Some(b'0' | b'.' | b'1') => {}
        _ => return 500,
    }
    let zeros = q.iter().take_while(|&&b| b == b'0').count();
    let q = &q[zeros..];
    match q.first() {
        Some(b'1'..=b'9') => return 1000,
        None => return 0,
        Some(b'.') => {}
        Some(_) => return 500,
    }
    let d = |i: usize| q.get(i).filter(|b| b.is_ascii_digit()).map(|b| (b - b'0') as c_uint);
    let mut value = 0;
    if let Some(a) = d(1) {
        value = a * 100;
        if let Some(b) = d(2) {
            value += b * 10;
            if let Some(c) = d(3) {
                value += c;
                match d(4) {
                    Some(6..=9) => value += 1,
                    Some(5) => value += value & 1,
                    _ => {}
                }
            }
        }
    }
    value
}

/// msg_q_value(): the q-value `q` in thousandths (500 for NULL or garbage).
#[no_mangle]
pub unsafe extern "C" fn msg_q_value(q: *const c_char) -> c_uint {
    // SAFETY: q NULL or a C string (caller).
    guard(500, || q_value(unsafe { crate::ffi::cbytes(q) }))
}

#[cfg(test)]
mod tests {
    use super::q_value;

    #[test]
    fn q_values() {
        for (q, v) in [
            ("1", 1000),
            ("0", 0),
            ("0.5", 500),
            (".5", 500),
            ("0.1234", 123),
            ("0.1235", 124),
            ("0.1245", 124),
            ("0.1236", 124),
            ("1.0", 1000),
            ("2", 500),
            ("abc", 500),
            ("0.", 0),
            ("00.7", 700),
            ("", 500),
        ] {
            assert_eq!(q_value(Some(q.as_bytes())), v, "{q}");
        }
        assert_eq!(q_value(None), 500);
    }
}
