//! Copying between the safe [`Hdr`] model and Sofia's C header structs. This is the one
//! place of the SIP layer that reads and writes C memory by offset, guided by a [`Shape`].
//!
//! A header written here is one block of its home: the struct, then the parameter pointer
//! array, then every string (NUL-terminated) — the layout Sofia's header copies have, so
//! freeing the header frees all of it.

use std::borrow::Cow;
use std::ffi::{c_char, c_void, CStr};
use std::ptr;

use super::model::{Derived, Hdr, Num, Shape, Source, UrlVal};
use crate::su::alloc::{home_alloc, su_home_t};

/// Offsets inside `msg_common_t` / every header.
pub const H_SUCC: usize = 0;
pub const H_PREV: usize = 8;
pub const H_CLASS: usize = 16;
pub const H_DATA: usize = 24;
pub const H_LEN: usize = 32;
pub const H_NEXT: usize = 40;

/// Bytes the strings, parameters and URL of `h` need after the struct itself.
pub fn extra_size<S: Source + ?Sized>(h: &S, shape: &Shape) -> usize {
    let mut n = 0;
    let np = h.n_params();
    if np > 0 {
        n += (np + 1) * 8 + (0..np).map(|i| h.param(i).len() + 1).sum::<usize>();
    }
    if !shape.inline_str {
        for i in 0..shape.strs.len() {
            if let Some(s) = h.s(i) {
                n += s.len() + 1;
            }
        }
    }
    if h.url().is_some() && shape.url.is_some() {
        n += (0..9).filter_map(|i| h.url_f(i)).map(|s| s.len() + 1).sum::<usize>();
    }
    n
}

/// Bytes of a header block: the struct and everything after it.
pub fn header_len<S: Source + ?Sized>(h: &S, shape: &Shape) -> usize {
    shape.size + extra_size(h, shape)
}

/// A cursor writing strings into the tail of a header block.
struct Tail {
    p: *mut u8,
    end: *mut u8,
}

impl Tail {
    /// Copies `s` and a NUL; returns the copy.
    ///
    /// # Safety
    /// `self.p..self.end` must be writable memory of the block.
    unsafe fn put(&mut self, s: &[u8]) -> *const c_char {
        let need = s.len() + 1;
        // SAFETY: extra_size() reserved room for every string written here.
        unsafe {
            assert!(self.end.offset_from(self.p) >= need as isize, "header block overflow");
            ptr::copy_nonoverlapping(s.as_ptr(), self.p, s.len());
            *self.p.add(s.len()) = 0;
            let r = self.p as *const c_char;
            self.p = self.p.add(need);
            r
        }
    }
}

/// Writes `h` into a new block of `home` as a C header of `class` (a `msg_hclass_t *`).
/// Returns NULL when out of memory.
///
/// # Safety
/// `home` must be NULL or a valid home; `class` a valid header class whose struct has
/// `shape`'s layout.
pub unsafe fn write<S: Source + ?Sized>(home: *mut su_home_t, class: *const c_void, shape: &Shape, h: &S) -> *mut c_void {
    // SAFETY: forwarded contract.
    unsafe { write_block(home, class, shape, h, true) }
}

/// As [`write`], in a block that is not zeroed first ([`fill`] initialises the struct and
/// every string it writes): the headers of a message being parsed.
///
/// # Safety
/// As for [`write`].
pub unsafe fn write_raw<S: Source + ?Sized>(home: *mut su_home_t, class: *const c_void, shape: &Shape, h: &S) -> *mut c_void {
    // SAFETY: forwarded contract.
    unsafe { write_block(home, class, shape, h, false) }
}

/// # Safety
/// As for [`write`].
unsafe fn write_block<S: Source + ?Sized>(home: *mut su_home_t, class: *const c_void, shape: &Shape, h: &S, zero: bool) -> *mut c_void {
    let total = header_len(h, shape).next_multiple_of(8);
    // SAFETY: forwarded contract.
    let base = unsafe { home_alloc(home, total, zero) } as *mut u8;
    if base.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: base points to `total` writable bytes; every offset written is inside the
    // struct part (checked by the shape table test) or inside the reserved tail.
    unsafe {
        fill(base, total, class, shape, h);
    }
    base as *mut c_void
}

/// Fills a block of `total` bytes at `base` (struct followed by its tail).
///
/// # Safety
/// `base..base+total` must be writable and zeroed, `total >= shape.size + extra_size(h)`.
pub unsafe fn fill<S: Source + ?Sized>(base: *mut u8, total: usize, class: *const c_void, shape: &Shape, h: &S) {
    // SAFETY: forwarded contract: the tail follows the struct inside the block; the common
    // part is cleared here, fill_into() clears the rest of the struct.
    unsafe {
        ptr::write_bytes(base, 0, H_NEXT);
        fill_into(base, base.add(shape.size), base.add(total), class, shape, h)
    }
}

/// Fills the header struct at `base` (its fields after the common part are reset) with
/// strings and lists written to `tail..end`.
///
/// # Safety
/// `base` must be a writable header struct of `shape.size` bytes; `tail..end` writable,
/// at least `extra_size(h, shape)` bytes, 8-byte aligned.
pub unsafe fn fill_into<S: Source + ?Sized>(base: *mut u8, tail: *mut u8, end: *mut u8, class: *const c_void, shape: &Shape, h: &S) {
    // SAFETY: see the function contract.
    unsafe {
        ptr::write_bytes(base.add(H_NEXT), 0, shape.size - H_NEXT);
        let wptr = |off: usize, v: *const c_void| ptr::write_unaligned(base.add(off) as *mut *const c_void, v);
        wptr(H_CLASS, class);
        let mut tail = Tail { p: tail, end };

        // Parameters first: derived fields point into them.
        let mut param_ptrs: smallvec::SmallVec<[*const c_char; 16]> = smallvec::SmallVec::new();
        let np = h.n_params();
        if let Some(off) = shape.params.filter(|_| np > 0) {
            let arr = tail.p as *mut *const c_char;
            tail.p = tail.p.add((np + 1) * 8);
            for i in 0..np {
                let s = tail.put(h.param(i));
                ptr::write_unaligned(arr.add(i), s);
                param_ptrs.push(s);
            }
            ptr::write_unaligned(arr.add(np), ptr::null());
            wptr(off, arr as *const c_void);
        }

        for (i, &off) in shape.strs.iter().enumerate() {
            let Some(s) = h.s(i) else { continue };
            if shape.inline_str {
                let n = s.len().min(3);
                ptr::copy_nonoverlapping(s.as_ptr(), base.add(off), n);
            } else {
                let p = tail.put(s);
                wptr(off, p as *const c_void);
                if i == 0 {
                    if let Some(len_off) = shape.data_len {
                        ptr::write_unaligned(base.add(len_off) as *mut u32, s.len() as u32);
                    }
                }
            }
        }

        if let (Some(off), Some((kind, root))) = (shape.url, h.url()) {
            *base.add(off + 6) = kind as u8;
            *base.add(off + 7) = root;
            for i in 0..9 {
                if let Some(f) = h.url_f(i) {
                    let p = tail.put(f);
                    wptr(off + 8 + 8 * i, p as *const c_void);
                }
            }
        }

        for (i, &(off, ty)) in shape.nums.iter().enumerate() {
            let v = h.n(i);
            match ty {
                Num::U32 => ptr::write_unaligned(base.add(off) as *mut u32, v as u32),
                Num::Int => ptr::write_unaligned(base.add(off) as *mut i32, v as i64 as i32),
                Num::ULong => ptr::write_unaligned(base.add(off) as *mut u64, v),
            }
        }

        if !shape.derived.is_empty() {
            apply_derived(base, h, &param_ptrs, shape);
        }
    }
}

/// Recomputes the fields derived from the parameters of an existing C header (after its
/// parameter list changed).
///
/// # Safety
/// `base` must be a valid, writable header of `shape`.
pub unsafe fn update_derived(base: *mut u8, shape: &Shape) {
    // SAFETY: valid header (contract): its parameter array is NULL or NULL-terminated C
    // strings, its string slots NULL or C strings.
    unsafe {
        let arr = shape.params.map_or(ptr::null(), |off| ptr::read_unaligned(base.add(off) as *const *const *const c_char));
        // The parameter named `name`: its string and where its value starts.
        let find = |name: &str| -> Option<(*const c_char, usize)> {
            if arr.is_null() {
                return None;
            }
            let n = name.len();
            let mut i = 0;
            loop {
                let p = ptr::read_unaligned(arr.add(i));
                if p.is_null() {
                    return None;
                }
                let b = CStr::from_ptr(p).to_bytes();
                if b.len() >= n && b[..n].eq_ignore_ascii_case(name.as_bytes()) && (b.len() == n || b[n] == b'=') {
                    return Some((p, if b.len() == n { n } else { n + 1 }));
                }
                i += 1;
            }
        };
        for d in shape.derived {
            match *d {
                Derived::Param(off, name) => {
                    let v = find(name).map_or(ptr::null(), |(p, skip)| p.add(skip));
                    ptr::write_unaligned(base.add(off) as *mut *const c_char, v);
                }
                Derived::Flag(off, name) => {
                    ptr::write_unaligned(base.add(off) as *mut u32, u32::from(find(name).is_some()));
                }
                Derived::Bit(off, bit, name, value) => {
                    let on = find(name).is_some_and(|(p, skip)| match value {
                        None => true,
                        Some(v) => CStr::from_ptr(p.add(skip)).to_bytes().eq_ignore_ascii_case(v.as_bytes()),
                    });
                    if on {
                        *base.add(off) |= 1 << bit;
                    } else {
                        *base.add(off) &= !(1 << bit);
                    }
                }
                Derived::AfterSlash(off, slot) => {
                    let s = ptr::read_unaligned(base.add(shape.strs[slot]) as *const *const c_char);
                    let v = if s.is_null() {
                        ptr::null()
                    } else {
                        let bytes = CStr::from_ptr(s).to_bytes();
                        s.add(bytes.iter().position(|&b| b == b'/').map_or(bytes.len(), |i| i + 1))
                    };
                    ptr::write_unaligned(base.add(off) as *mut *const c_char, v);
                }
            }
        }
    }
}

/// Sets the derived fields from the parameters (or string slots) already written: one
/// pass over the parameters, each compared with the derived names of its name's length;
/// the first parameter of a name counts.
///
/// # Safety
/// As for [`fill`]; `param_ptrs` are the C copies of `h`'s parameters in order.
unsafe fn apply_derived<S: Source + ?Sized>(base: *mut u8, h: &S, param_ptrs: &[*const c_char], shape: &Shape) {
    let derived = shape.derived;
    // Derived fields already set (no shape has more than 16).
    let mut done = 0u32;
    // SAFETY: offsets inside the struct (shape table test); pointers into the block.
    unsafe {
        for (i, &pp) in param_ptrs.iter().enumerate() {
            let p = h.param(i);
            let n = p.iter().position(|&b| b == b'=').unwrap_or(p.len());
            let (name, value) = (&p[..n], if n < p.len() { n + 1 } else { n });
            for (j, d) in derived.iter().enumerate() {
                let (Derived::Param(off, dn) | Derived::Flag(off, dn) | Derived::Bit(off, _, dn, _)) = *d else { continue };
                if done & (1 << j) != 0 || dn.len() != n || !name.eq_ignore_ascii_case(dn.as_bytes()) {
                    continue;
                }
                done |= 1 << j;
                match *d {
                    Derived::Param(..) => ptr::write_unaligned(base.add(off) as *mut *const c_char, pp.add(value)),
                    Derived::Flag(..) => ptr::write_unaligned(base.add(off) as *mut u32, 1),
                    Derived::Bit(_, bit, _, want) => {
                        if want.is_none_or(|v| p[value..].eq_ignore_ascii_case(v.as_bytes())) {
                            *base.add(off) |= 1 << bit;
                        }
                    }
                    Derived::AfterSlash(..) => {}
                }
            }
        }
        for d in derived {
            if let Derived::AfterSlash(off, slot) = *d {
                let s = ptr::read_unaligned(base.add(shape.strs[slot]) as *const *const c_char);
                if !s.is_null() {
                    let bytes = CStr::from_ptr(s).to_bytes();
                    let at = bytes.iter().position(|&b| b == b'/').map_or(bytes.len(), |i| i + 1);
                    ptr::write_unaligned(base.add(off) as *mut *const c_char, s.add(at));
                }
            }
        }
    }
}

/// Reads a C header of `shape` back into the safe model, borrowing its strings.
///
/// # Safety
/// `h` must point to a valid header struct of `shape`'s layout whose strings and arrays
/// stay valid for `'a`.
pub unsafe fn read<'a>(h: *const c_void, shape: &Shape) -> Hdr<'a> {
    let mut out = Hdr::default();
    // SAFETY: forwarded contract.
    unsafe {
        read_into(h, shape, &mut out, &mut None);
        // The model of a header without parameter array has no parameter list.
        if shape.params.is_none_or(|off| get_ptr(h, off).is_null()) {
            out.params = None;
        }
    }
    out
}

/// As [`read`], into `out`, reusing its allocations (the parameter vector, and the URL box,
/// kept in `spare_url` while a header without URL is read). Parameters are always
/// `Some` (empty when the header has none), which prints and writes as `None` does.
///
/// # Safety
/// As for [`read`].
pub unsafe fn read_into<'a>(h: *const c_void, shape: &Shape, out: &mut Hdr<'a>, spare_url: &mut Option<Box<UrlVal<'a>>>) {
    let base = h as *const u8;
    out.s = Default::default();
    out.n = [0; 3];
    let mut pv = out.params.take().unwrap_or_default();
    pv.clear();
    if let Some(u) = out.url.take() {
        *spare_url = Some(u);
    }
    // SAFETY: valid header of this shape (function contract).
    unsafe {
        let rptr = |off: usize| ptr::read_unaligned(base.add(off) as *const *const c_char);
        for (i, &off) in shape.strs.iter().enumerate() {
            if shape.inline_str {
                let raw = std::slice::from_raw_parts(base.add(off), 4);
                let n = raw.iter().position(|&b| b == 0).unwrap_or(3).min(3);
                out.s[i] = Some(Cow::Owned(raw[..n].to_vec()));
            } else {
                let p = rptr(off);
                if p.is_null() {
                    continue;
                }
                out.s[i] = Some(Cow::Borrowed(match shape.data_len {
                    Some(l) if i == 0 => {
                        std::slice::from_raw_parts(p as *const u8, ptr::read_unaligned(base.add(l) as *const u32) as usize)
                    }
                    _ => CStr::from_ptr(p).to_bytes(),
                }));
            }
        }
        if let Some(off) = shape.params {
            let arr = rptr(off) as *const *const c_char;
            if !arr.is_null() {
                let mut i = 0;
                loop {
                    let p = ptr::read_unaligned(arr.add(i));
                    if p.is_null() {
                        break;
                    }
                    pv.push(Cow::Borrowed(CStr::from_ptr(p).to_bytes()));
                    i += 1;
                }
            }
        }
        out.params = Some(pv);
        if let Some(off) = shape.url {
            let mut b = spare_url.take().unwrap_or_default();
            *b = read_url(base.add(off));
            out.url = Some(b);
        }
        for (i, &(off, ty)) in shape.nums.iter().enumerate() {
            out.n[i] = match ty {
                Num::U32 => u64::from(ptr::read_unaligned(base.add(off) as *const u32)),
                Num::Int => ptr::read_unaligned(base.add(off) as *const i32) as i64 as u64,
                Num::ULong => ptr::read_unaligned(base.add(off) as *const u64),
            };
        }
    }
}

/// Reads a `url_t` into the model.
///
/// # Safety
/// `u` must point to a valid `url_t` whose strings outlive `'a`.
pub unsafe fn read_url<'a>(u: *const u8) -> UrlVal<'a> {
    let mut v = UrlVal::default();
    // SAFETY: valid url_t (contract).
    unsafe {
        v.kind = *u.add(6) as i8;
        v.root = *u.add(7);
        for i in 0..9 {
            let p = ptr::read_unaligned(u.add(8 + 8 * i) as *const *const c_char);
            if !p.is_null() {
                v.f[i] = Some(Cow::Borrowed(CStr::from_ptr(p).to_bytes()));
            }
        }
    }
    v
}

/// Reads the `next` pointer of a header.
///
/// # Safety
/// `h` must be a valid header.
pub unsafe fn next(h: *const c_void) -> *mut c_void {
    // SAFETY: every header has its next pointer at offset 40.
    unsafe { ptr::read_unaligned((h as *const u8).add(H_NEXT) as *const *mut c_void) }
}

/// Reads the class pointer of a header.
///
/// # Safety
/// `h` must be a valid header.
pub unsafe fn class(h: *const c_void) -> *const c_void {
    // SAFETY: msg_common_t.h_class at offset 16.
    unsafe { ptr::read_unaligned((h as *const u8).add(H_CLASS) as *const *const c_void) }
}

/// Writes a pointer field of a header (or of any C struct).
///
/// # Safety
/// `base + off` must be a writable pointer-sized field.
pub unsafe fn set_ptr(base: *mut c_void, off: usize, v: *const c_void) {
    // SAFETY: contract.
    unsafe { ptr::write_unaligned((base as *mut u8).add(off) as *mut *const c_void, v) }
}

/// Reads a pointer field.
///
/// # Safety
/// `base + off` must be a readable pointer-sized field.
pub unsafe fn get_ptr(base: *const c_void, off: usize) -> *mut c_void {
    // SAFETY: contract.
    unsafe { ptr::read_unaligned((base as *const u8).add(off) as *const *mut c_void) }
}

/// Deep copy of one C header of `shape` as class `class`, straight from C memory to C
/// memory (no safe model in between): one block with the struct, its parameter array and
/// its strings, as [`write`] lays it out. Pointers derived from the parameters (`a_tag`,
/// `v_branch`, ...) are moved to the copies. Returns `None` when a derived pointer does not
/// point into the header's own strings (then the caller copies through the model), and
/// NULL inside `Some` when out of memory.
///
/// # Safety
/// `home` NULL or valid; `src` a valid header of `shape`'s layout; `class` a header class
/// with that layout.
pub unsafe fn dup_raw(home: *mut su_home_t, class: *const c_void, shape: &Shape, src: *const c_void) -> Option<*mut c_void> {
    /// One string to copy: where it is, its length, the field that points at it (None for
    /// the entries of the parameter array), and where its copy goes.
    struct S {
        old: *const u8,
        len: usize,
        new: *mut u8,
    }
    let base = src as *const u8;
    let mut strs: smallvec::SmallVec<[S; 24]> = smallvec::SmallVec::new();
    let mut fields: smallvec::SmallVec<[(usize, usize); 16]> = smallvec::SmallVec::new(); // (field offset, index in strs)
    let mut n_params = 0usize;
    // SAFETY: `src` is a valid header of this shape (contract): its pointer fields are NULL
    // or NUL-terminated strings (the payload's is `pl_len` bytes), its parameter array is
    // NULL-terminated.
    unsafe {
        let rptr = |off: usize| ptr::read_unaligned(base.add(off) as *const *const u8);
        let cstr_len = |p: *const u8| CStr::from_ptr(p as *const c_char).to_bytes().len();
        if let Some(off) = shape.params {
            let arr = rptr(off) as *const *const u8;
            if !arr.is_null() {
                while !ptr::read_unaligned(arr.add(n_params)).is_null() {
                    let p = ptr::read_unaligned(arr.add(n_params));
                    strs.push(S { old: p, len: cstr_len(p), new: ptr::null_mut() });
                    n_params += 1;
                }
            }
        }
        if !shape.inline_str {
            for (i, &off) in shape.strs.iter().enumerate() {
                let p = rptr(off);
                if p.is_null() {
                    continue;
                }
                let len = match shape.data_len {
                    Some(l) if i == 0 => ptr::read_unaligned(base.add(l) as *const u32) as usize,
                    _ => cstr_len(p),
                };
                fields.push((off, strs.len()));
                strs.push(S { old: p, len, new: ptr::null_mut() });
            }
        }
        if let Some(off) = shape.url {
            for i in 0..9 {
                let f = off + 8 + 8 * i;
                let p = rptr(f);
                if !p.is_null() {
                    fields.push((f, strs.len()));
                    strs.push(S { old: p, len: cstr_len(p), new: ptr::null_mut() });
                }
            }
        }
        // Derived pointers must point into one of the strings, or the copy cannot keep them.
        let mut derived: smallvec::SmallVec<[(usize, usize, usize); 8]> = smallvec::SmallVec::new();
        for d in shape.derived {
            let off = match *d {
                Derived::Param(off, _) | Derived::AfterSlash(off, _) => off,
                Derived::Flag(..) | Derived::Bit(..) => continue,
            };
            let p = rptr(off);
            if p.is_null() {
                continue;
            }
            let at = strs.iter().position(|s| p >= s.old && p <= s.old.add(s.len))?;
            derived.push((off, at, p.offset_from(strs[at].old) as usize));
        }

        let extra = if n_params > 0 { (n_params + 1) * 8 } else { 0 } + strs.iter().map(|s| s.len + 1).sum::<usize>();
        let total = shape.size + extra;
        let dst = home_alloc(home, total, false) as *mut u8;
        if dst.is_null() {
            return Some(ptr::null_mut());
        }
        ptr::copy_nonoverlapping(base, dst, shape.size);
        ptr::write_bytes(dst, 0, H_NEXT + 8);
        ptr::write_unaligned(dst.add(H_CLASS) as *mut *const c_void, class);
        let mut tail = dst.add(shape.size);
        let arr = tail as *mut *const u8;
        if n_params > 0 {
            tail = tail.add((n_params + 1) * 8);
        }
        for s in strs.iter_mut() {
            ptr::copy_nonoverlapping(s.old, tail, s.len);
            *tail.add(s.len) = 0;
            s.new = tail;
            tail = tail.add(s.len + 1);
        }
        if let Some(off) = shape.params {
            if n_params > 0 {
                for (i, s) in strs.iter().take(n_params).enumerate() {
                    ptr::write_unaligned(arr.add(i), s.new as *const u8);
                }
                ptr::write_unaligned(arr.add(n_params), ptr::null());
                ptr::write_unaligned(dst.add(off) as *mut *const u8, arr as *const u8);
            }
        }
        for &(off, i) in &fields {
            ptr::write_unaligned(dst.add(off) as *mut *const u8, strs[i].new);
        }
        for &(off, i, skip) in &derived {
            ptr::write_unaligned(dst.add(off) as *mut *const u8, strs[i].new.add(skip));
        }
        Some(dst as *mut c_void)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg::frame::Transport;
    use crate::msg::hclass;

    /// The first header of kind `sym` in a parsed message.
    unsafe fn first(msg: *mut crate::msg::message::MsgObj, sym: &str) -> *mut c_void {
        // SAFETY: valid message (caller).
        unsafe {
            let mut h = (*(*msg).st).chain;
            while !h.is_null() {
                if hclass::kind_of_header(h).is_some_and(|k| k.sym == sym) {
                    return h;
                }
                h = get_ptr(h, H_SUCC);
            }
        }
        panic!("no {sym}");
    }

    #[test]
    fn raw_copies_keep_strings_params_and_derived_pointers() {
        let text = b"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h;branch=z9hG4bKx;received=10.0.0.1;rport=5\r\n\
From: \"A\" <sip:a@h;transport=tcp>;tag=abc\r\nTo: <sip:b@h>\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\n\
Content-Type: application/sdp;charset=x\r\nContent-Length: 5\r\n\r\nv\0=0\n";
        // SAFETY: a message parsed and freed here; copies live in a home freed at the end.
        unsafe {
            let msg = crate::sip::message::parse_message(text, Transport::Datagram, ptr::null(), 0).unwrap();
            let home = crate::su::alloc::su_home_new(std::mem::size_of::<su_home_t>() as _) as *mut su_home_t;
            for sym in ["via", "from", "to", "call_id", "cseq", "content_type", "payload", "status"] {
                let src = first(msg, sym);
                let k = hclass::kind_of_header(src).unwrap();
                let copy = dup_raw(home, class(src), k.shape(), src).expect("relocatable");
                assert!(!copy.is_null());
                assert_eq!(next(copy), ptr::null_mut());
                // Same model, and every pointer of the copy is inside the copy's block.
                assert_eq!(read(copy, k.shape()), read(src, k.shape()), "{sym}");
                let end = copy as usize + header_len(&read(src, k.shape()), k.shape());
                let inside = |p: *mut c_void| p.is_null() || (p as usize >= copy as usize && (p as usize) < end);
                for d in k.shape().derived {
                    if let Derived::Param(off, _) | Derived::AfterSlash(off, _) = *d {
                        let p = get_ptr(copy, off);
                        assert!(inside(p), "{sym} derived at {off}");
                        let old = get_ptr(src, off);
                        assert_eq!(p.is_null(), old.is_null());
                        if !p.is_null() {
                            assert_eq!(CStr::from_ptr(p.cast()), CStr::from_ptr(old.cast()));
                        }
                    }
                }
                for &off in k.shape().strs {
                    assert!(inside(get_ptr(copy, off)), "{sym} string at {off}");
                }
            }
            // A derived pointer that points outside the header's strings: no raw copy.
            let from = first(msg, "from");
            let k = hclass::kind("from");
            let saved = get_ptr(from, 152);
            let elsewhere = c"elsewhere";
            set_ptr(from, 152, elsewhere.as_ptr().cast());
            assert!(dup_raw(home, class(from), k.shape(), from).is_none());
            set_ptr(from, 152, saved);
            crate::su::alloc::su_home_unref(home);
            crate::su::alloc::su_home_unref(msg as *mut _);
        }
    }
}
