//! Header classes (`msg_hclass_t`, 64 bytes): the exported `sip_<kind>_class` objects
//! generated from headers/sip.headers, and their slot functions. The slot functions are the
//! same for every kind: they find the kind from the class and work through the safe model
//! (`sip::model::Hdr`), the per-kind parser and printer, and the shape-driven copy layer.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;
use std::sync::OnceLock;

use crate::ffi::guard;
use crate::sip::{cmem, model, parse, print};
use crate::su::alloc::{home_alloc, su_home_t};

pub type ParseF = unsafe extern "C" fn(*mut su_home_t, *mut c_void, *mut c_char, c_int) -> c_int;
pub type PrintF = unsafe extern "C" fn(*mut c_char, c_int, *const c_void, c_int) -> c_int;
pub type XtraF = unsafe extern "C" fn(*const c_void, c_int) -> c_int;
pub type DupF = unsafe extern "C" fn(*mut c_void, *const c_void, *mut c_char, c_int) -> *mut c_char;
pub type UpdateF = unsafe extern "C" fn(*mut c_void, *const c_char, c_int, *const c_char) -> c_int;

/// Opaque C types of the msg/sip API, named for cbindgen (`union msg_header_u`, ...).
#[repr(C)]
pub struct MsgHeader {
    _opaque: [u8; 0],
}
#[repr(C)]
pub struct SipHeader {
    _opaque: [u8; 0],
}
#[repr(C)]
pub struct MsgPub {
    _opaque: [u8; 0],
}
#[repr(C)]
pub struct MsgCommon {
    _opaque: [u8; 0],
}

/// `struct msg_hclass_s` (sofia-abi.md §1.6).
#[repr(C)]
pub struct MsgHclass {
    pub hc_hash: c_int,
    pub hc_parse: Option<ParseF>,
    pub hc_print: Option<PrintF>,
    pub hc_dxtra: Option<XtraF>,
    pub hc_dup_one: Option<DupF>,
    pub hc_update: Option<UpdateF>,
    pub hc_name: *const c_char,
    pub hc_len: i16,
    pub hc_short: [c_char; 2],
    pub hc_size: u8,
    pub hc_params: u8,
    /// `hc_kind:3` and `hc_critical:1` (bit 3).
    pub hc_bits: u8,
    pub _pad: u8,
}

impl MsgHclass {
    pub const ZERO: MsgHclass = MsgHclass {
        hc_hash: 0,
        hc_parse: None,
        hc_print: None,
        hc_dxtra: None,
        hc_dup_one: None,
        hc_update: None,
        hc_name: ptr::null(),
        hc_len: 0,
        hc_short: [0, 0],
        hc_size: 0,
        hc_params: 0,
        hc_bits: 0,
        _pad: 0,
    };
}

// SAFETY: class objects are immutable after static initialisation; the pointers they hold
// are to static strings and functions.
unsafe impl Sync for MsgHclass {}

/// One header kind of the table.
pub struct KindInfo {
    pub sym: &'static str,
    pub class: &'static MsgHclass,
    /// Offset of the kind's pointer in `sip_t`, if it has one.
    pub sip_off: Option<usize>,
    /// `msg_header_kind_t`.
    pub kind: u8,
    pub name: &'static str,
    pub short: &'static str,
}

impl KindInfo {
    pub fn shape(&self) -> &'static model::Shape {
        static T: OnceLock<[Option<&'static model::Shape>; 128]> = OnceLock::new();
        self.by_kind(&T, model::shape_of).expect("every kind has a shape (model test)")
    }

    /// This kind's entry of a table made once from every kind's symbol by `of` (no heap
    /// memory: nothing left allocated at exit).
    fn by_kind<T: Copy + Send + Sync + 'static>(&self, table: &'static OnceLock<[T; 128]>, of: fn(&str) -> T) -> T {
        let t = table.get_or_init(|| {
            let mut t = [of(""); 128];
            for (slot, k) in t.iter_mut().zip(SIP_KINDS.iter()) {
                *slot = of(k.sym);
            }
            t
        });
        match self.index() {
            Some(i) if i < 128 => t[i],
            _ => of(self.sym),
        }
    }

    /// The parser of this kind's values.
    pub fn parser(&self) -> Option<crate::sip::parse::ParseFn> {
        static T: OnceLock<[Option<crate::sip::parse::ParseFn>; 128]> = OnceLock::new();
        self.by_kind(&T, crate::sip::parse::parser_of)
    }

    /// The parser of this kind's values into a `Lite` header, for the common kinds.
    pub fn lite(&self) -> Option<crate::sip::parse::LiteFn> {
        static T: OnceLock<[Option<crate::sip::parse::LiteFn>; 128]> = OnceLock::new();
        self.by_kind(&T, crate::sip::parse::lite_of)
    }

    /// How this kind's values are printed.
    pub fn printer(&self) -> crate::sip::print::P {
        static T: OnceLock<[crate::sip::print::P; 128]> = OnceLock::new();
        self.by_kind(&T, crate::sip::print::printer_of)
    }

    /// Position in SIP_KINDS (None for a KindInfo that is not one of them).
    fn index(&self) -> Option<usize> {
        let base = SIP_KINDS.as_ptr() as usize;
        let off = (self as *const KindInfo as usize).wrapping_sub(base);
        let i = off / std::mem::size_of::<KindInfo>();
        (off % std::mem::size_of::<KindInfo>() == 0 && i < SIP_KINDS.len()).then_some(i)
    }

    pub fn class_ptr(&self) -> *const c_void {
        self.class as *const MsgHclass as *const c_void
    }
}

include!(concat!(env!("OUT_DIR"), "/sip_classes.rs"));

/// The kind of a class: by address, else by hash (a class may be reached through another
/// copy of the object, e.g. an executable's copy relocation).
///
/// # Safety
/// `class` must be NULL or point to a `msg_hclass_t`.
pub unsafe fn kind_of_class(class: *const c_void) -> Option<&'static KindInfo> {
    if class.is_null() {
        return None;
    }
    // SAFETY: a class starts with its int hash.
    let hash = unsafe { ptr::read_unaligned(class as *const c_int) };
    // Kinds have distinct hashes (test below); a class with a hash none of ours has may
    // still be one of ours by address only if it was changed at run time.
    static BY_HASH: std::sync::OnceLock<[u8; 512]> = std::sync::OnceLock::new();
    let t = BY_HASH.get_or_init(|| kind_table(|k| k.class.hc_hash as u32 as u64));
    if let Some(k) = probe(t, hash as u32 as u64, |k| k.class.hc_hash == hash) {
        return Some(k);
    }
    SIP_KINDS.iter().find(|k| k.class_ptr() == class)
}

/// An open-addressing table of the indices of SIP_KINDS by `key` (no heap memory, so
/// nothing is left allocated at exit). Headers' kinds are looked up for every header
/// printed or copied and by symbol many times per message.
fn kind_table<const N: usize>(key: impl Fn(&KindInfo) -> u64) -> [u8; N] {
    let mut t = [NO_KIND; N];
    for (i, k) in SIP_KINDS.iter().enumerate() {
        let mut slot = key(k) as usize % N;
        while t[slot] != NO_KIND {
            slot = (slot + 1) % N;
        }
        t[slot] = i as u8;
    }
    t
}

/// The kind of table `t` (made by [`kind_table`]) with key `key` that `is` accepts.
fn probe<const N: usize>(t: &[u8; N], key: u64, is: impl Fn(&KindInfo) -> bool) -> Option<&'static KindInfo> {
    let mut slot = key as usize % N;
    while t[slot] != NO_KIND {
        let k = &SIP_KINDS[t[slot] as usize];
        if is(k) {
            return Some(k);
        }
        slot = (slot + 1) % N;
    }
    None
}

/// Kinds by the length of their full name, and by compact letter (built once, without
/// heap memory: indices into SIP_KINDS).
struct NameIndex {
    by_len: [[u8; 12]; 32],
    n_len: [u8; 32],
    by_short: [u8; 26],
}

const NO_KIND: u8 = u8::MAX;

fn name_index() -> &'static NameIndex {
    static INDEX: std::sync::OnceLock<NameIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut ix = NameIndex { by_len: [[NO_KIND; 12]; 32], n_len: [0; 32], by_short: [NO_KIND; 26] };
        for (i, k) in SIP_KINDS.iter().enumerate() {
            let l = k.name.len();
            if l > 0 && l < 32 && (ix.n_len[l] as usize) < 12 {
                ix.by_len[l][ix.n_len[l] as usize] = i as u8;
                ix.n_len[l] += 1;
            }
            if let Some(&c) = k.short.as_bytes().first() {
                ix.by_short[(c - b'a') as usize] = i as u8;
            }
        }
        ix
    })
}

/// The kind of a header name as written in a message (full or compact form, any case).
pub fn kind_of_name(name: &[u8]) -> Option<&'static KindInfo> {
    let ix = name_index();
    if name.len() == 1 {
        let c = name[0].to_ascii_lowercase();
        if !c.is_ascii_lowercase() {
            return None;
        }
        let i = ix.by_short[(c - b'a') as usize];
        return (i != NO_KIND).then(|| &SIP_KINDS[i as usize]);
    }
    let l = name.len();
    if l >= 32 {
        return SIP_KINDS.iter().find(|k| k.name.len() == l && k.name.as_bytes().eq_ignore_ascii_case(name));
    }
    let cands = &ix.by_len[l][..ix.n_len[l] as usize];
    // Names are usually written in their canonical case: try an exact match first.
    cands
        .iter()
        .map(|&i| &SIP_KINDS[i as usize])
        // (the first byte first: a call to memcmp per candidate costs more than the test)
        .find(|k| k.name.as_bytes()[0] == name[0] && k.name.as_bytes() == name)
        .or_else(|| cands.iter().map(|&i| &SIP_KINDS[i as usize]).find(|k| k.name.as_bytes().eq_ignore_ascii_case(name)))
}

/// Kinds looked up by symbol on every message parsed: found once.
pub struct FixedKinds {
    pub request: &'static KindInfo,
    pub status: &'static KindInfo,
    pub separator: &'static KindInfo,
    pub payload: &'static KindInfo,
    pub error: &'static KindInfo,
    pub unknown: &'static KindInfo,
}

pub fn fixed() -> &'static FixedKinds {
    static FIXED: std::sync::OnceLock<FixedKinds> = std::sync::OnceLock::new();
    FIXED.get_or_init(|| FixedKinds {
        request: kind("request"),
        status: kind("status"),
        separator: kind("separator"),
        payload: kind("payload"),
        error: kind("error"),
        unknown: kind("unknown"),
    })
}

pub fn kind(sym: &str) -> &'static KindInfo {
    static BY_SYM: std::sync::OnceLock<[u8; 512]> = std::sync::OnceLock::new();
    let t = BY_SYM.get_or_init(|| kind_table(|k| sym_hash(k.sym.as_bytes())));
    probe(t, sym_hash(sym.as_bytes()), |k| k.sym == sym).unwrap_or_else(|| find_kind(sym))
}

/// A hash of a kind's symbol from its length and three of its bytes: symbols are looked
/// up many times per message, and these few bytes tell them apart well enough (the table
/// is probed linearly and the symbol compared).
fn sym_hash(b: &[u8]) -> u64 {
    match b {
        [] => 0,
        [first, ..] => {
            let (l, mid, last) = (b.len() as u64, u64::from(b[b.len() / 2]), u64::from(b[b.len() - 1]));
            l.wrapping_mul(0x9e37_79b9).wrapping_add(u64::from(*first) << 16) ^ (mid << 8) ^ last.wrapping_mul(31)
        }
    }
}

fn find_kind(sym: &str) -> &'static KindInfo {
    SIP_KINDS.iter().find(|k| k.sym == sym).expect("kind in table")
}

/// Kind of a header (from its class).
///
/// # Safety
/// `h` must be a valid header.
pub unsafe fn kind_of_header(h: *const c_void) -> Option<&'static KindInfo> {
    // SAFETY: valid header.
    unsafe { kind_of_class(cmem::class(h)) }
}

/// Prints a header's value (without name and line end) into a Vec.
///
/// # Safety
/// `h` must be a valid header of a known kind.
pub unsafe fn print_value(h: *const c_void, flags: c_int) -> Option<Vec<u8>> {
    // SAFETY: valid header.
    let k = unsafe { kind_of_header(h) }?;
    // SAFETY: valid header of k's shape.
    let v = unsafe { cmem::read(h, k.shape()) };
    Some(print::value(k.sym, &v, flags & 1 != 0))
}

/// Copies `bytes` into `buf` of `size` with snprintf semantics; returns `bytes.len()`.
///
/// # Safety
/// `buf` must be NULL or writable for `size` bytes.
pub unsafe fn copy_out(buf: *mut c_char, size: c_int, bytes: &[u8]) -> c_int {
    if !buf.is_null() && size > 0 {
        let n = bytes.len().min(size as usize - 1);
        // SAFETY: buf holds size bytes.
        unsafe {
            ptr::copy_nonoverlapping(bytes.as_ptr(), buf as *mut u8, n);
            *buf.add(n) = 0;
        }
    }
    bytes.len() as c_int
}

/// hc_parse: parse `s[..slen]` into the header `h` (allocated by the caller with its class
/// set). Strings go to a new block of `home`. Further instances of a comma list are
/// allocated in `home` and linked after `h`.
pub(crate) unsafe extern "C" fn hc_parse(home: *mut su_home_t, h: *mut c_void, s: *mut c_char, slen: c_int) -> c_int {
    guard(-1, || {
        if h.is_null() || s.is_null() || slen < 0 {
            return -1;
        }
        // SAFETY: the caller gives a header with its class set and slen readable bytes.
        let (k, text) = unsafe {
            let Some(k) = kind_of_header(h) else { return -1 };
            (k, std::slice::from_raw_parts(s as *const u8, slen as usize))
        };
        let text = parse::trim(text);
        let Some(values) = k.parser().and_then(|p| p(b"", text)) else { return -1 };
        let shape = k.shape();
        let mut prev = h;
        for (i, v) in values.iter().enumerate() {
            // SAFETY: h is a header of this shape; new instances are allocated in home.
            unsafe {
                if i == 0 {
                    let extra = cmem::extra_size(v, shape);
                    let tail = home_alloc(home, extra.max(1), true) as *mut u8;
                    if tail.is_null() {
                        return -1;
                    }
                    cmem::fill_into(h as *mut u8, tail, tail.add(extra), k.class_ptr(), shape, v);
                } else {
                    let n = cmem::write(home, k.class_ptr(), shape, v);
                    if n.is_null() {
                        return -1;
                    }
                    cmem::set_ptr(prev, cmem::H_NEXT, n);
                    prev = n;
                }
            }
        }
        0
    })
}

/// hc_print: the header's value in canonical form, snprintf-style.
pub(crate) unsafe extern "C" fn hc_print(buf: *mut c_char, size: c_int, h: *const c_void, flags: c_int) -> c_int {
    guard(-1, || {
        if h.is_null() {
            return -1;
        }
        // SAFETY: valid header (caller).
        match unsafe { print_value(h, flags) } {
            // SAFETY: buf has size bytes (caller).
            Some(v) => unsafe { copy_out(buf, size, &v) },
            None => -1,
        }
    })
}

/// hc_dxtra: `offset` plus the bytes a copy of `h`'s strings and lists needs.
pub(crate) unsafe extern "C" fn hc_dxtra(h: *const c_void, offset: c_int) -> c_int {
    guard(offset, || {
        // SAFETY: valid header (caller).
        let Some(k) = (unsafe { kind_of_header(h) }) else { return offset };
        // SAFETY: valid header of k's shape.
        let v = unsafe { cmem::read(h, k.shape()) };
        let n = offset as usize;
        (n.next_multiple_of(8) + cmem::extra_size(&v, k.shape())) as c_int
    })
}

/// hc_dup_one: copies `src` into `dst` (already the right size), strings into `buf`.
pub(crate) unsafe extern "C" fn hc_dup_one(dst: *mut c_void, src: *const c_void, buf: *mut c_char, xtra: c_int) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: valid headers and a buffer of xtra bytes (caller).
        unsafe {
            let Some(k) = kind_of_header(src) else { return ptr::null_mut() };
            let v = cmem::read(src, k.shape());
            let start = buf as usize;
            let aligned = start.next_multiple_of(8) as *mut u8;
            let need = cmem::extra_size(&v, k.shape());
            if (aligned as usize - start) + need > xtra.max(0) as usize {
                return ptr::null_mut();
            }
            cmem::fill_into(dst as *mut u8, aligned, aligned.add(need), cmem::class(src), k.shape(), &v);
            aligned.add(need) as *mut c_char
        }
    })
}

/// hc_update: a parameter changed; recompute the fields derived from parameters.
pub(crate) unsafe extern "C" fn hc_update(h: *mut c_void, _name: *const c_char, _namelen: c_int, _value: *const c_char) -> c_int {
    guard(-1, || {
        if h.is_null() {
            return -1;
        }
        // SAFETY: valid header (caller).
        unsafe {
            let Some(k) = kind_of_header(h) else { return -1 };
            cmem::update_derived(h as *mut u8, k.shape());
        }
        0
    })
}

/// The name of a header kind as C string, for callers that need one.
pub fn c_name(k: &KindInfo) -> Option<&'static CStr> {
    (!k.class.hc_name.is_null()).then(|| {
        // SAFETY: class names are static C strings.
        unsafe { CStr::from_ptr(k.class.hc_name) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_maps_back_to_its_kind() {
        let mut hashes: Vec<i32> = SIP_KINDS.iter().map(|k| k.class.hc_hash).collect();
        hashes.sort();
        hashes.dedup();
        assert_eq!(hashes.len(), SIP_KINDS.len(), "class hashes are distinct");
        for k in SIP_KINDS {
            assert!(std::ptr::eq(kind(k.sym), k), "{} by symbol", k.sym);
            // SAFETY: our own class objects.
            let found = unsafe { kind_of_class(k.class_ptr()) }.expect("found");
            assert_eq!(found.sym, k.sym);
        }
        // SAFETY: a class-like object with a hash no kind has.
        let unknown_hash: c_int = 12345678;
        assert!(unsafe { kind_of_class(&unknown_hash as *const c_int as *const c_void) }.is_none());
    }
}
