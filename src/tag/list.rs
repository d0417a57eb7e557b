//! Tag-list operations (`tl_*`, `t_*`): walking, copying, filtering, reading values.
//!
//! Lists are C arrays of `tagi_t` that may jump into other arrays (`tag_next`) and
//! contain ignored items (`tag_skip`). Every walk goes through the item's class, exactly
//! like the inline helpers of `su_tag_inline.h` that applications compile in.

use std::ffi::{c_char, c_int, c_void};
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::su::alloc::{home_alloc, su_home_t};
use crate::tag::class::{fmt_ptr, keep_item, ref_tag_class, write_c};
use crate::tag::objects::{tag_next, tag_null, tag_skip};
use crate::tag::types::*;

const ITEM: usize = std::mem::size_of::<tagi_t>();

/// `TAG_TYPE_OF()`: a NULL item or NULL tag is the terminator.
///
/// # Safety
/// `t` must be NULL or point to a readable item.
#[inline]
pub unsafe fn type_of(t: *const tagi_t) -> tag_type_t {
    // SAFETY: caller contract.
    unsafe {
        if t.is_null() || (*t).t_tag.is_null() {
            ptr::addr_of!(tag_null)
        } else {
            (*t).t_tag
        }
    }
}

#[inline]
pub fn is_next(tt: tag_type_t) -> bool {
    tt == ptr::addr_of!(tag_next)
}

/// The class of a tag, if it has one.
///
/// # Safety
/// `tt` must point to a tag object.
#[inline]
unsafe fn class<'a>(tt: tag_type_t) -> Option<&'a TagClass> {
    // SAFETY: tag objects hold NULL or a pointer to a static class.
    unsafe { (*tt).tt_class.as_ref() }
}

/// The class of an item's tag (the terminator class for a missing item or NULL tag).
///
/// # Safety
/// `t` must be NULL or point to a readable item.
#[inline(always)]
unsafe fn item_class<'a>(t: *const tagi_t) -> Option<&'a TagClass> {
    // SAFETY: caller contract.
    unsafe {
        if t.is_null() || (*t).t_tag.is_null() {
            return class(ptr::addr_of!(tag_null));
        }
        (*(*t).t_tag).tt_class.as_ref()
    }
}

/// # Safety
/// `t` must be NULL or an item of a well-formed list.
#[inline(always)]
pub unsafe fn t_next(t: *const tagi_t) -> *const tagi_t {
    // SAFETY: caller contract; class slots follow the C contract.
    unsafe {
        match item_class(t).and_then(|c| c.tc_next) {
            Some(f) => f(t),
            None => t.add(1),
        }
    }
}

/// # Safety
/// As for [`t_next`].
#[inline]
pub unsafe fn t_len(t: *const tagi_t) -> usize {
    // SAFETY: caller contract.
    unsafe {
        match item_class(t).and_then(|c| c.tc_len) {
            Some(f) => f(t),
            None => ITEM,
        }
    }
}

/// # Safety
/// As for [`t_next`].
#[inline]
pub unsafe fn t_xtra(t: *const tagi_t, offset: usize) -> usize {
    // SAFETY: caller contract.
    unsafe {
        match item_class(t).and_then(|c| c.tc_xtra) {
            Some(f) => f(t, offset),
            None => 0,
        }
    }
}

/// # Safety
/// `dst` must have room for the item; `*bb` for its extra data.
#[inline]
pub unsafe fn t_dup(dst: *mut tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: caller contract.
    unsafe {
        match item_class(src).and_then(|c| c.tc_dup) {
            Some(f) => f(dst, src, bb),
            None => {
                *dst = *src;
                dst.add(1)
            }
        }
    }
}

/// # Safety
/// `dst` must have room for the item.
#[inline]
unsafe fn t_move(dst: *mut tagi_t, src: *const tagi_t) -> *mut tagi_t {
    // SAFETY: caller contract.
    unsafe {
        match item_class(src).and_then(|c| c.tc_move) {
            Some(f) => f(dst, src),
            None => {
                *dst = *src;
                dst.add(1)
            }
        }
    }
}

/// # Safety
/// `lst` must be NULL or a well-formed list.
unsafe fn t_find(tt: tag_type_t, mut lst: *const tagi_t) -> *const tagi_t {
    if tt.is_null() {
        return ptr::null();
    }
    // SAFETY: caller contract.
    unsafe {
        if let Some(f) = class(tt).and_then(|c| c.tc_find) {
            return f(tt, lst);
        }
        while !lst.is_null() {
            if (*lst).t_tag == tt {
                return lst;
            }
            lst = t_next(lst);
        }
    }
    ptr::null()
}

/// Last item of `lst` with tag `tt`.
///
/// # Safety
/// `lst` must be NULL or a well-formed list.
unsafe fn find_last(tt: tag_type_t, mut lst: *const tagi_t) -> *const tagi_t {
    let mut last = ptr::null();
    // SAFETY: caller contract.
    unsafe {
        loop {
            let t = t_find(tt, lst);
            if t.is_null() {
                return last;
            }
            last = t;
            lst = t_next(t);
        }
    }
}

/// Is this item a real value (not an end, skip or jump)?
///
/// # Safety
/// `t` must be NULL or a readable item.
unsafe fn is_value(t: *const tagi_t) -> bool {
    // SAFETY: caller contract.
    let tt = unsafe { type_of(t) };
    !(tt == ptr::addr_of!(tag_null) || tt == ptr::addr_of!(tag_skip) || is_next(tt))
}

/// Store the value of `item` (whose tag is `tt`) through the reference `r`.
///
/// # Safety
/// `r` must point to a variable of the type the tag's class writes.
unsafe fn ref_set(tt: tag_type_t, r: *mut c_void, item: *const tagi_t) {
    if r.is_null() {
        return;
    }
    // SAFETY: caller contract.
    unsafe {
        match class(tt).and_then(|c| c.tc_ref_set) {
            Some(f) => {
                f(tt, r, item);
            }
            None => *(r as *mut tag_value_t) = (*item).t_value,
        }
    }
}

/// Core of `tl_gets()`: fill every REF tag of `args` from the last matching item of `lst`.
///
/// # Safety
/// Both lists must be well formed; REF values must point to suitable variables.
pub unsafe fn gets(lst: *const tagi_t, args: *const tagi_t) -> c_int {
    const MAX: usize = 8;
    // (target tag, reference, last match)
    let mut wanted: [(tag_type_t, *mut c_void, *const tagi_t); MAX] = [(ptr::null(), ptr::null_mut(), ptr::null()); MAX];
    let mut count = 0;
    let mut simple = true;
    // SAFETY: caller contract.
    unsafe {
        let mut a = args;
        while !a.is_null() {
            let at = type_of(a);
            if (*at).tt_class == ptr::addr_of!(ref_tag_class) {
                let tt = (*at).tt_magic as tag_type_t;
                if count == MAX || tt.is_null() || class(tt).and_then(|c| c.tc_find).is_some() {
                    simple = false;
                    break;
                }
                wanted[count] = (tt, (*a).t_value as *mut c_void, ptr::null());
                count += 1;
            }
            a = t_next(a);
        }
        if !simple {
            return gets_by_find(lst, args);
        }
        // One pass over the list, remembering the last item of each wanted tag.
        let mut t = lst;
        while !t.is_null() {
            let tag = (*t).t_tag;
            if !tag.is_null() {
                for w in wanted[..count].iter_mut() {
                    if w.0 == tag {
                        w.2 = t;
                    }
                }
            }
            t = t_next(t);
        }
        let mut n = 0;
        for w in &wanted[..count] {
            if !w.2.is_null() {
                ref_set(w.0, w.1, w.2);
                n += 1;
            }
        }
        n
    }
}

/// `gets` for the general case (tags whose class has its own find).
///
/// # Safety
/// As for [`gets`].
unsafe fn gets_by_find(lst: *const tagi_t, args: *const tagi_t) -> c_int {
    let mut n = 0;
    let mut a = args;
    // SAFETY: caller contract.
    unsafe {
        while !a.is_null() {
            let at = type_of(a);
            if (*at).tt_class == ptr::addr_of!(ref_tag_class) {
                let tt = (*at).tt_magic as tag_type_t;
                let found = find_last(tt, lst);
                if !found.is_null() {
                    ref_set(tt, (*a).t_value as *mut c_void, found);
                    n += 1;
                }
            }
            a = t_next(a);
        }
    }
    n
}

/// Core of `tl_tgets()`: REF tags in `lst`, values in `args`.
///
/// # Safety
/// As for [`gets`].
pub unsafe fn tgets(lst: *const tagi_t, args: *const tagi_t) -> c_int {
    let mut n = 0;
    let mut t = lst;
    // SAFETY: caller contract.
    unsafe {
        while !t.is_null() {
            let tt0 = type_of(t);
            if (*tt0).tt_class == ptr::addr_of!(ref_tag_class) {
                let tt = (*tt0).tt_magic as tag_type_t;
                let found = find_last(tt, args);
                if !found.is_null() {
                    ref_set(tt, (*t).t_value as *mut c_void, found);
                    n += 1;
                }
            }
            t = t_next(t);
        }
    }
    n
}

/// Core of `tl_tremove()`: turn items of `lst` whose tag appears in `args` into skips;
/// returns how many value items remain.
///
/// # Safety
/// `lst` must be a writable, well-formed list.
pub unsafe fn tremove(lst: *mut tagi_t, args: *const tagi_t) -> c_int {
    let mut kept = 0;
    let mut t = lst as *const tagi_t;
    // SAFETY: caller contract; items of `lst` are writable.
    unsafe {
        while !t.is_null() {
            if is_value(t) {
                if !t_find((*t).t_tag, args).is_null() {
                    (*(t as *mut tagi_t)).t_tag = ptr::addr_of!(tag_skip);
                } else {
                    kept += 1;
                }
            }
            t = t_next(t);
        }
    }
    kept
}

/// Core of `tl_tmove()`: copy the items as they are (skips included, jumps followed) into
/// `dst` of at most `size` bytes; returns the number of items copied, terminator included.
///
/// # Safety
/// `dst` writable for `size` bytes; `src` well formed.
pub unsafe fn tmove(dst: *mut tagi_t, size: usize, src: *const tagi_t) -> usize {
    let cap = size / ITEM;
    let mut n = 0;
    // SAFETY: caller contract; we never write past `cap` items.
    unsafe {
        for_each_item(src, |s| {
            if !s.is_null() && is_next(type_of(s)) {
                return;
            }
            if n < cap {
                *dst.add(n) = if s.is_null() { tagi_t::END } else { *s };
            }
            n += 1;
        });
    }
    n.min(cap)
}

/// One source item through every item of the filter list.
///
/// # Safety
/// As for `tl_filter`.
unsafe fn filter_one(dst: *mut tagi_t, filter: *const tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    // SAFETY: caller contract.
    unsafe {
        let counting = dst.is_null();
        let mut d = dst;
        let mut total = 0usize;
        let mut f = filter;
        loop {
            let ft = type_of(f);
            let r = match class(ft).and_then(|c| c.tc_filter) {
                Some(func) => func(if counting { ptr::null_mut() } else { d }, f, src, bb),
                None if !f.is_null() && (*f).t_tag == (*src).t_tag && is_value(src) => {
                    keep_item(if counting { ptr::null_mut() } else { d }, src, bb)
                }
                None => {
                    if counting {
                        ptr::null_mut()
                    } else {
                        d
                    }
                }
            };
            if counting {
                total += r as usize;
            } else {
                d = r;
            }
            if f.is_null() {
                break;
            }
            f = t_next(f);
            if f.is_null() {
                break;
            }
        }
        if counting {
            total as *mut tagi_t
        } else {
            d
        }
    }
}

struct EndItem(tagi_t);
// SAFETY: an immutable terminator item (NULL tag, zero value).
unsafe impl Sync for EndItem {}
static END_ITEM: EndItem = EndItem(tagi_t::END);

/// Walk `src`, presenting a jump to NULL as the terminator it stands for.
///
/// # Safety
/// `src` must be NULL or well formed.
unsafe fn for_each_item(src: *const tagi_t, mut f: impl FnMut(*const tagi_t)) {
    let mut s = src;
    // SAFETY: caller contract.
    unsafe {
        loop {
            if !s.is_null() && is_next(type_of(s)) && (*s).t_value == 0 {
                f(&END_ITEM.0);
                return;
            }
            f(s);
            if s.is_null() {
                return;
            }
            s = t_next(s);
            if s.is_null() {
                return;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// C entry points

#[no_mangle]
pub unsafe extern "C" fn tl_len(lst: *const tagi_t) -> usize {
    guard(0, || {
        let mut len = 0;
        let mut t = lst;
        // SAFETY: lst is NULL or a well-formed list.
        unsafe {
            loop {
                len += t_len(t);
                t = t_next(t);
                if t.is_null() {
                    break;
                }
            }
        }
        len
    })
}

#[no_mangle]
pub unsafe extern "C" fn tl_xtra(lst: *const tagi_t, offset: usize) -> usize {
    guard(0, || {
        let mut xtra = offset;
        let mut t = lst;
        // SAFETY: lst is NULL or a well-formed list.
        unsafe {
            while !t.is_null() {
                xtra += t_xtra(t, xtra);
                t = t_next(t);
            }
        }
        xtra - offset
    })
}

#[no_mangle]
pub unsafe extern "C" fn tl_next(lst: *const tagi_t) -> *mut tagi_t {
    if lst.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: lst is a well-formed list.
        unsafe {
            let mut t = t_next(lst);
            while !t.is_null() {
                let tt = type_of(t);
                if tt == ptr::addr_of!(tag_null) {
                    return ptr::null_mut();
                }
                if class(tt).and_then(|c| c.tc_next).is_none() {
                    break;
                }
                t = t_next(t);
            }
            t as *mut tagi_t
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn tl_move(dst: *mut tagi_t, src: *const tagi_t) -> *mut tagi_t {
    if dst.is_null() {
        return dst;
    }
    guard(ptr::null_mut(), || {
        let mut d = dst;
        let mut s = src;
        // SAFETY: dst has room for tl_len(src) bytes.
        unsafe {
            loop {
                d = t_move(d, s);
                s = t_next(s);
                if s.is_null() {
                    break;
                }
            }
        }
        d
    })
}

#[no_mangle]
pub unsafe extern "C" fn tl_dup(dst: *mut tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    if dst.is_null() || bb.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        let mut d = dst;
        let mut s = src;
        // SAFETY: dst has room for tl_len(src) bytes and *bb for tl_xtra().
        unsafe {
            loop {
                d = t_dup(d, s, bb);
                s = t_next(s);
                if s.is_null() {
                    break;
                }
            }
        }
        d
    })
}

#[no_mangle]
pub unsafe extern "C" fn tl_adup(home: *mut su_home_t, lst: *const tagi_t) -> *mut tagi_t {
    guard(ptr::null_mut(), || {
        // SAFETY: lst is NULL or well formed; the block holds the items and their data.
        unsafe {
            // One walk for both sizes: the items, and the data placed after them. Item
            // space is a multiple of 16 bytes, so offsets counted from 0 align the data
            // exactly as offsets counted from the end of the items would.
            let mut len = 0usize;
            let mut data = 0usize;
            let mut t = lst;
            loop {
                let c = item_class(t);
                len += match c.and_then(|c| c.tc_len) {
                    Some(f) => f(t),
                    None => ITEM,
                };
                if let Some(f) = c.and_then(|c| c.tc_xtra) {
                    data += f(t, data);
                }
                t = match c.and_then(|c| c.tc_next) {
                    Some(f) => f(t),
                    None => t.add(1),
                };
                if t.is_null() {
                    break;
                }
            }
            let xtra = len + data;
            let base = home_alloc(home, xtra, false) as *mut tagi_t;
            if base.is_null() {
                return base;
            }
            let mut b = (base as *mut u8).add(len) as *mut c_void;
            let mut d = base;
            let mut s = lst;
            loop {
                d = t_dup(d, s, &mut b);
                s = t_next(s);
                if s.is_null() {
                    break;
                }
            }
            debug_assert!(d as usize - base as usize == len);
            debug_assert!(b as usize <= base as usize + xtra);
            base
        }
    })
}

/// Walk a list through the classes' free slots (values are not owned by the list).
#[no_mangle]
pub unsafe extern "C" fn tl_free(list: *mut tagi_t) {
    guard((), || {
        let mut t = list;
        // SAFETY: list is NULL or well formed.
        unsafe {
            while !t.is_null() {
                let tt = type_of(t);
                t = match class(tt) {
                    Some(c) if c.tc_free.is_some() => (c.tc_free.unwrap())(t),
                    Some(c) if c.tc_next.is_some() => (c.tc_next.unwrap())(t) as *mut tagi_t,
                    _ => t.add(1),
                };
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn tl_vfree(t: *mut tagi_t) {
    // SAFETY: lists made by tl_list/tl_llist/tl_vlist come from malloc.
    unsafe { libc::free(t as *mut c_void) }
}

#[no_mangle]
pub unsafe extern "C" fn tl_find(lst: *const tagi_t, tt: tag_type_t) -> *mut tagi_t {
    // SAFETY: lst NULL or well formed.
    guard(ptr::null_mut(), || unsafe { t_find(tt, lst) as *mut tagi_t })
}

#[no_mangle]
pub unsafe extern "C" fn tl_find_last(lst: *const tagi_t, tt: tag_type_t) -> *mut tagi_t {
    // SAFETY: lst NULL or well formed.
    guard(ptr::null_mut(), || unsafe { find_last(tt, lst) as *mut tagi_t })
}

/// Filter `src` through `filter` into `dst`; with `dst` NULL, return the number of bytes
/// needed (as a pointer value) and add the extra data size to `*bb`.
#[no_mangle]
pub unsafe extern "C" fn tl_filter(dst: *mut tagi_t, filter: *const tagi_t, src: *const tagi_t, bb: *mut *mut c_void) -> *mut tagi_t {
    if bb.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: dst NULL (counting) or sized by a counting pass; lists well formed.
        unsafe {
            if dst.is_null() {
                let mut total = 0usize;
                for_each_item(src, |s| total += filter_one(ptr::null_mut(), filter, s, bb) as usize);
                total as *mut tagi_t
            } else {
                let mut d = dst;
                for_each_item(src, |s| d = filter_one(d, filter, s, bb));
                d
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn tl_afilter(home: *mut su_home_t, filter: *const tagi_t, lst: *const tagi_t) -> *mut tagi_t {
    guard(ptr::null_mut(), || {
        // SAFETY: two passes over the same lists: count, then fill the block.
        unsafe {
            let mut b: *mut c_void = ptr::null_mut();
            let len = tl_filter(ptr::null_mut(), filter, lst, &mut b) as usize;
            let xtra = b as usize;
            let base = home_alloc(home, len + xtra, false) as *mut tagi_t;
            if base.is_null() {
                return base;
            }
            let mut b = (base as *mut u8).add(len) as *mut c_void;
            let end = tl_filter(base, filter, lst, &mut b);
            debug_assert!(end as usize - base as usize == len);
            base
        }
    })
}

/// Text of one item: `ns::name: value` (snprintf semantics; returns the full length).
#[no_mangle]
pub unsafe extern "C" fn t_snprintf(t: *const tagi_t, b: *mut c_char, size: usize) -> c_int {
    if t.is_null() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: t is an item; b writable for size bytes (or NULL).
        unsafe {
            let tt = type_of(t);
            let mut prefix = Vec::new();
            prefix.extend_from_slice(cbytes((*tt).tt_ns).unwrap_or(b""));
            prefix.extend_from_slice(b"::");
            prefix.extend_from_slice(cbytes((*tt).tt_name).unwrap_or(b""));
            prefix.extend_from_slice(b": ");
            let n = write_c(b, size, &prefix) as usize;
            let (vb, vsize) = if !b.is_null() && size > n { (b.add(n), size - n) } else { (ptr::null_mut(), 0) };
            let v = match class(tt).and_then(|c| c.tc_snprintf) {
                Some(f) => f(t, vb, vsize),
                None => write_c(vb, vsize, format!("{:x}", (*t).t_value as u64).as_bytes()),
            };
            if v < 0 {
                return v;
            }
            // An empty value drops the space after the name; the length says so whether or
            // not a buffer was given (snprintf semantics).
            if v == 0 && n > 0 {
                if !b.is_null() && n - 1 < size {
                    *b.add(n - 1) = 0;
                }
                return (n - 1) as c_int;
            }
            (n + v as usize).min(c_int::MAX as usize) as c_int
        }
    })
}

/// Full text of one item as a Rust string (for `tl_print`).
///
/// # Safety
/// `t` must be a readable item.
pub unsafe fn item_text(t: *const tagi_t) -> Vec<u8> {
    // SAFETY: caller contract.
    unsafe {
        let n = t_snprintf(t, ptr::null_mut(), 0);
        if n < 0 {
            return format!("<{}>", fmt_ptr(t as usize)).into_bytes();
        }
        let mut buf = vec![0u8; n as usize + 1];
        let m = t_snprintf(t, buf.as_mut_ptr() as *mut c_char, buf.len());
        buf.truncate((m.max(0) as usize).min(n as usize));
        buf
    }
}

/// `tl_print()`: the title, then one indented line per item (terminator included).
#[no_mangle]
pub unsafe extern "C" fn tl_print(f: *mut libc::FILE, title: *const c_char, lst: *const tagi_t) {
    if f.is_null() {
        return;
    }
    guard((), || {
        // SAFETY: f is an open stdio stream; title NULL or a C string; lst well formed.
        unsafe {
            let mut out = Vec::new();
            out.extend_from_slice(cbytes(title).unwrap_or(b""));
            let mut t = lst;
            while !t.is_null() {
                out.extend_from_slice(b"   ");
                let text = item_text(t);
                out.extend_from_slice(&text);
                // Text that ends its own line (an SDP body) gets no extra newline.
                if text.last() != Some(&b'\n') {
                    out.push(b'\n');
                }
                t = t_next(t);
            }
            libc::fwrite(out.as_ptr() as *const c_void, 1, out.len(), f);
        }
    })
}

/// Flattened shallow copy in malloc()ed memory (`tl_llist` and `tl_vllist`).
///
/// # Safety
/// `lst` must be well formed.
pub unsafe fn llist(lst: *const tagi_t) -> *mut tagi_t {
    // SAFETY: caller contract; the block is sized by tl_len.
    unsafe {
        let len = tl_len(lst);
        let d = libc::malloc(len.max(ITEM)) as *mut tagi_t;
        if d.is_null() {
            return d;
        }
        tl_move(d, lst);
        d
    }
}

// Functions the C shim calls: handed over at load time (no exported symbol needed).
#[repr(C)]
struct ShimTagOps {
    gets: unsafe extern "C" fn(*const tagi_t, *const tagi_t) -> c_int,
    tgets: unsafe extern "C" fn(*const tagi_t, *const tagi_t) -> c_int,
    tremove: unsafe extern "C" fn(*mut tagi_t, *const tagi_t) -> c_int,
    tmove: unsafe extern "C" fn(*mut tagi_t, usize, *const tagi_t) -> usize,
    llist: unsafe extern "C" fn(*const tagi_t) -> *mut tagi_t,
}

unsafe extern "C" fn shim_gets(l: *const tagi_t, a: *const tagi_t) -> c_int {
    // SAFETY: lists from the C caller.
    guard(0, || unsafe { gets(l, a) })
}
unsafe extern "C" fn shim_tgets(l: *const tagi_t, a: *const tagi_t) -> c_int {
    // SAFETY: lists from the C caller.
    guard(0, || unsafe { tgets(l, a) })
}
unsafe extern "C" fn shim_tremove(l: *mut tagi_t, a: *const tagi_t) -> c_int {
    // SAFETY: lists from the C caller.
    guard(0, || unsafe { tremove(l, a) })
}
unsafe extern "C" fn shim_tmove(d: *mut tagi_t, size: usize, a: *const tagi_t) -> usize {
    // SAFETY: buffer and list from the C caller.
    guard(0, || unsafe { tmove(d, size, a) })
}
unsafe extern "C" fn shim_llist(l: *const tagi_t) -> *mut tagi_t {
    // SAFETY: list from the C caller.
    guard(ptr::null_mut(), || unsafe { llist(l) })
}

static SHIM_TAG_OPS: ShimTagOps = ShimTagOps {
    gets: shim_gets,
    tgets: shim_tgets,
    tremove: shim_tremove,
    tmove: shim_tmove,
    llist: shim_llist,
};

extern "C" {
    fn sofia_shim_tag_register(ops: *const ShimTagOps);
}

crate::on_load!(REGISTER_TAG_OPS, {
    // SAFETY: hands a static table to the shim before any entry point runs.
    unsafe { sofia_shim_tag_register(&SHIM_TAG_OPS) }
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::su::alloc::{su_home_deinit, su_home_t};
    use crate::tag::class::{int_tag_class, str_tag_class};

    static T_INT: TagType = TagType::new(c"t", c"int", ptr::addr_of!(int_tag_class), ptr::null());
    static T_INT_REF: TagType =
        TagType::new(c"t", c"int_ref", ptr::addr_of!(ref_tag_class), ptr::addr_of!(T_INT) as *const c_void);
    static T_STR: TagType = TagType::new(c"t", c"str", ptr::addr_of!(str_tag_class), ptr::null());

    fn item(t: &'static TagType, v: isize) -> tagi_t {
        tagi_t { t_tag: t, t_value: v }
    }

    #[test]
    fn adup_flattens_and_copies_strings() {
        let text = c"hello";
        let inner = [item(&T_INT, 2), item(&tag_skip, 9), tagi_t::END];
        let outer = [item(&T_STR, text.as_ptr() as isize), item(&tag_next, inner.as_ptr() as isize)];
        let mut home = su_home_t { suh_size: 0, suh_blocks: ptr::null_mut(), suh_lock: ptr::null_mut() };
        // SAFETY: well-formed lists on the stack; the home is zero-initialised.
        unsafe {
            assert_eq!(tl_len(outer.as_ptr()), 3 * ITEM);
            assert_eq!(tl_xtra(outer.as_ptr(), 0), 6);
            let copy = tl_adup(&mut home, outer.as_ptr());
            assert_eq!((*copy).t_tag, &T_STR as *const TagType);
            assert_ne!((*copy).t_value, text.as_ptr() as isize, "string must be copied");
            assert_eq!(cbytes((*copy).t_value as *const c_char), Some(&b"hello"[..]));
            assert_eq!((*copy.add(1)).t_value, 2);
            assert!((*copy.add(2)).t_tag.is_null());
            su_home_deinit(&mut home);
        }
    }

    #[test]
    fn gets_takes_the_last_match_and_leaves_absent_ones() {
        let lst = [item(&T_INT, 4), item(&T_INT, 5), tagi_t::END];
        let mut v: c_int = -1;
        let args = [item(&T_INT_REF, &mut v as *mut c_int as isize), tagi_t::END];
        // SAFETY: the REF value points at a live int.
        unsafe {
            assert_eq!(gets(lst.as_ptr(), args.as_ptr()), 1);
            assert_eq!(v, 5);
            v = 42;
            let empty = [tagi_t::END];
            assert_eq!(gets(empty.as_ptr(), args.as_ptr()), 0);
        }
        assert_eq!(v, 42);
    }

    #[test]
    fn snprintf_reports_full_length_and_truncates() {
        let lst = [item(&T_INT, -7)];
        let mut buf = [0 as c_char; 6];
        // SAFETY: buffer of the given size.
        let n = unsafe { t_snprintf(lst.as_ptr(), buf.as_mut_ptr(), buf.len()) };
        assert_eq!(n as usize, "t::int: -7".len());
        // SAFETY: t_snprintf NUL-terminates within the buffer.
        assert_eq!(unsafe { cbytes(buf.as_ptr()) }, Some(&b"t::in"[..]));
        // SAFETY: NULL item is rejected, not dereferenced.
        assert_eq!(unsafe { t_snprintf(ptr::null(), buf.as_mut_ptr(), buf.len()) }, -1);
    }
}
