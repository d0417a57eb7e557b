//! MIME multipart bodies (RFC 2046 §5.1): the msg_multipart_* C API of msg_mime.h.
//!
//! The body is split in safe Rust ([`split`], [`part_fields`]) into byte ranges; the C
//! shell then builds Sofia's `msg_multipart_t` chain from them: one part per body part,
//! each with its MIME headers (Content-Type, Content-Disposition, Content-Location,
//! Content-ID, Content-Language, Content-Encoding, Content-Transfer-Encoding; anything
//! else as an unknown header, lines that are no header as error headers), the separator,
//! the body part as payload, and the close-delimiter (with the epilogue) on the last part.
//!
//! Building goes the other way: `msg_multipart_create` makes parts, `_complete` adds the
//! boundary, delimiters and separators, `_serialize` links everything into one fragment
//! chain and `_prepare` encodes each fragment so that the chain's text is the body.

use std::ffi::{c_char, c_int, c_void};
use std::ops::Range;
use std::ptr;

use super::frame::Limits;
use super::hclass::{self, KindInfo, MsgHclass, MsgHeader};
use crate::sip::ctypes::{MsgContentType, MsgPayloadT};
use super::message::{self as m, MsgObj};
use crate::ffi::guard;
use crate::sip::{api as sipapi, cmem, model::Hdr};
use crate::su::alloc::{home_alloc, su_home_t};

/// Longest boundary accepted (RFC 2046 allows 70 characters; some senders use more).
pub const MAX_BOUNDARY: usize = 256;

/// Most parts in one body, and most header lines in one part: the framing limit on the
/// header count of a message.
pub fn max_parts() -> usize {
    Limits::default().max_headers
}

/// One body part of a split body: its delimiter line (with the line break before it,
/// when there is one) and its text (headers, separator and content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPart {
    pub delim: Range<usize>,
    pub body: Range<usize>,
}

/// A body split at its delimiters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// Length of the preamble (the text before the first delimiter's line break).
    pub preamble: usize,
    pub parts: Vec<RawPart>,
    /// The close-delimiter with its line break before it, padding and epilogue.
    pub close: Range<usize>,
}

/// RFC 2046 `bchars` (boundary characters, space included).
fn is_bchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"'()+_,-./:=? ".contains(&b)
}

enum Delim {
    /// An encapsulation boundary; the part starts at this offset.
    Open(usize),
    Close,
}

/// Is there a delimiter line `--boundary` at `i` (which must start a line)?
fn delim_at(body: &[u8], i: usize, boundary: &[u8]) -> Option<Delim> {
    if i > 0 && body[i - 1] != b'\n' {
        return None;
    }
    let rest = &body[i..];
    if rest.len() < 2 + boundary.len() || &rest[..2] != b"--" || &rest[2..2 + boundary.len()] != boundary {
        return None;
    }
    let mut j = i + 2 + boundary.len();
    if body[j..].starts_with(b"--") {
        return Some(Delim::Close);
    }
    while j < body.len() && (body[j] == b' ' || body[j] == b'\t') {
        j += 1;
    }
    if body[j..].starts_with(b"\r\n") {
        Some(Delim::Open(j + 2))
    } else if body[j..].starts_with(b"\n") {
        Some(Delim::Open(j + 1))
    } else {
        None
    }
}

/// Start of the line break just before `i`, not before `min`.
fn line_break_before(body: &[u8], i: usize, min: usize) -> usize {
    if i >= min + 2 && &body[i - 2..i] == b"\r\n" {
        i - 2
    } else if i > min && body[i - 1] == b'\n' {
        i - 1
    } else {
        i
    }
}

/// The next delimiter line at or after `from`: its offset and kind.
fn next_delim(body: &[u8], from: usize, boundary: &[u8]) -> Option<(usize, Delim)> {
    let mut i = from;
    while i < body.len() {
        if i == 0 || body[i - 1] == b'\n' {
            if let Some(d) = delim_at(body, i, boundary) {
                return Some((i, d));
            }
        }
        // The next line start.
        match body[i..].iter().position(|&b| b == b'\n') {
            Some(n) => i += n + 1,
            None => return None,
        }
    }
    None
}

/// Splits `body` at the delimiters of `boundary`. None when the boundary is unusable, no
/// delimiter is found, the close-delimiter is missing, or there are more than
/// [`max_parts`] parts.
pub fn split(body: &[u8], boundary: &[u8]) -> Option<Split> {
    if boundary.is_empty() || boundary.len() > MAX_BOUNDARY {
        return None;
    }
    let (first, d) = next_delim(body, 0, boundary)?;
    let Delim::Open(mut start) = d else { return None };
    let preamble = line_break_before(body, first, 0);
    let mut delim = preamble..start;
    let mut parts = Vec::new();
    loop {
        let (k, d) = next_delim(body, start, boundary)?;
        let end = line_break_before(body, k, start);
        parts.push(RawPart { delim: delim.clone(), body: start..end });
        if parts.len() > max_parts() {
            return None;
        }
        match d {
            Delim::Close => return Some(Split { preamble, parts, close: end..body.len() }),
            Delim::Open(next) => {
                delim = end..next;
                start = next;
            }
        }
    }
}

/// Looks for a boundary in a body without one given: the first line `--bchars` (trailing
/// white space left out).
pub fn search_boundary(body: &[u8]) -> Option<Vec<u8>> {
    let mut i = 0;
    while i < body.len() {
        if body[i..].starts_with(b"--") {
            let run = body[i + 2..].iter().take_while(|&&b| is_bchar(b)).count();
            let end = i + 2 + run;
            if matches!(body.get(end), Some(b'\r') | Some(b'\n')) {
                let mut b = &body[i + 2..end];
                while let [rest @ .., b' ' | b'\t'] = b {
                    b = rest;
                }
                if !b.is_empty() && b.len() <= MAX_BOUNDARY {
                    return Some(b.to_vec());
                }
            }
        }
        match body[i..].iter().position(|&b| b == b'\n') {
            Some(n) => i += n + 1,
            None => break,
        }
    }
    None
}

/// One line (with its continuation lines) of a part's header section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// A header: name, unfolded value and the raw text (line breaks included).
    Header { name: Range<usize>, value: Vec<u8>, raw: Range<usize> },
    /// A line that is no header.
    Error { raw: Range<usize> },
}

/// The pieces of one body part.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PartFields {
    pub fields: Vec<Field>,
    pub separator: Option<Range<usize>>,
    pub payload: Option<Range<usize>>,
}

fn is_token(b: u8) -> bool {
    super::util::is_token(b)
}

/// Splits the text of one part (`body[r]`) into header fields, separator and content.
pub fn part_fields(body: &[u8], r: Range<usize>) -> PartFields {
    let mut out = PartFields::default();
    let end = r.end;
    let mut pos = r.start;
    while pos < end {
        let rest = &body[pos..end];
        let nl = if rest.starts_with(b"\r\n") {
            2
        } else if rest.starts_with(b"\n") {
            1
        } else {
            0
        };
        if nl > 0 {
            out.separator = Some(pos..pos + nl);
            if pos + nl < end {
                out.payload = Some(pos + nl..end);
            }
            return out;
        }
        // The header line and its continuation lines.
        let mut e = pos;
        loop {
            e = match body[e..end].iter().position(|&b| b == b'\n') {
                Some(n) => e + n + 1,
                None => end,
            };
            if e >= end || !(body[e] == b' ' || body[e] == b'\t') {
                break;
            }
        }
        let raw = pos..e;
        pos = e;
        if out.fields.len() >= max_parts() {
            // Too many header lines: the rest is one error.
            out.fields.push(Field::Error { raw: raw.start..end });
            return out;
        }
        let line = &body[raw.clone()];
        let name_len = line.iter().take_while(|&&b| is_token(b)).count();
        let mut c = name_len;
        while c < line.len() && (line[c] == b' ' || line[c] == b'\t') {
            c += 1;
        }
        if name_len == 0 || line.get(c) != Some(&b':') {
            out.fields.push(Field::Error { raw });
            continue;
        }
        // Unfold: line breaks are dropped, the white space after them kept.
        let value: Vec<u8> = line[c + 1..].iter().copied().filter(|&b| b != b'\r' && b != b'\n').collect();
        let value = trim(&value).to_vec();
        out.fields.push(Field::Header { name: raw.start..raw.start + name_len, value, raw });
    }
    out
}

fn trim(s: &[u8]) -> &[u8] {
    let a = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let s = &s[a..];
    let z = s.iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
    &s[..s.len() - z]
}

/// Where a MIME header of a part goes: the index of its field in `msg_multipart_t`'s
/// header table (content_type = 0 ... content_transfer_encoding = 6).
fn mime_slot(name: &[u8]) -> Option<usize> {
    const NAMES: [(&str, &str); 7] = [
        ("Content-Type", "c"),
        ("Content-Disposition", ""),
        ("Content-Location", ""),
        ("Content-ID", ""),
        ("Content-Language", ""),
        ("Content-Encoding", "e"),
        ("Content-Transfer-Encoding", ""),
    ];
    NAMES
        .iter()
        .position(|(n, s)| name.eq_ignore_ascii_case(n.as_bytes()) || (!s.is_empty() && name.eq_ignore_ascii_case(s.as_bytes())))
}

// ---------------------------------------------------------------------------------------
// The C layout and the C shell.

/// `msg_common_t`.
#[repr(C)]
pub struct Common {
    pub h_succ: *mut Common,
    pub h_prev: *mut *mut Common,
    pub h_class: *const c_void,
    pub h_data: *const c_void,
    /// `usize_t` (32 bits), then padding.
    pub h_len: u32,
    pub _pad: u32,
}

/// `msg_multipart_t` (sofia-abi.md §1.4, 168 bytes).
#[repr(C)]
pub struct MsgMultipart {
    pub mp_common: Common,
    pub mp_next: *mut MsgMultipart,
    pub mp_data: *mut c_char,
    pub mp_len: u32,
    pub mp_flags: u32,
    pub mp_error: *mut c_void,
    /// Content-Type, -Disposition, -Location, -ID, -Language, -Encoding,
    /// -Transfer-Encoding, then the unknown headers.
    pub mp_headers: [*mut c_void; 8],
    pub mp_separator: *mut c_void,
    pub mp_payload: *mut c_void,
    pub mp_multipart: *mut MsgMultipart,
    pub mp_close_delim: *mut c_void,
}

const _: () = assert!(std::mem::size_of::<MsgMultipart>() == 168);
const _: () = assert!(std::mem::offset_of!(MsgMultipart, mp_headers) == 72);
const _: () = assert!(std::mem::offset_of!(MsgMultipart, mp_close_delim) == 160);

const UNKNOWN_SLOT: usize = 7;

/// The class of a part (Sofia's msg_multipart_hash; the class is not exported).
static MULTIPART_CLASS: MsgHclass = MsgHclass {
    hc_hash: 58884,
    hc_name: c"".as_ptr(),
    hc_size: 168,
    hc_bits: 1, // append
    ..MsgHclass::ZERO
};

const fn generic_class(hash: i32, name: &'static std::ffi::CStr, len: i16) -> MsgHclass {
    MsgHclass { hc_hash: hash, hc_name: name.as_ptr(), hc_len: len, hc_size: 56, ..MsgHclass::ZERO }
}

/// Content-Location, Content-ID, Content-Transfer-Encoding: `msg_generic_t` headers that
/// SIP has no class for (Sofia's msg_content_*_hash values).
static CONTENT_LOCATION_CLASS: MsgHclass = generic_class(3453, c"Content-Location", 16);
static CONTENT_ID_CLASS: MsgHclass = generic_class(42909, c"Content-ID", 10);
static CONTENT_TE_CLASS: MsgHclass = generic_class(7853, c"Content-Transfer-Encoding", 25);

/// The SIP kind of slot `i`, or the private generic class.
fn slot_kind(i: usize) -> Result<&'static KindInfo, &'static MsgHclass> {
    match i {
        0 => Ok(hclass::kind("content_type")),
        1 => Ok(hclass::kind("content_disposition")),
        2 => Err(&CONTENT_LOCATION_CLASS),
        3 => Err(&CONTENT_ID_CLASS),
        4 => Ok(hclass::kind("content_language")),
        5 => Ok(hclass::kind("content_encoding")),
        _ => Err(&CONTENT_TE_CLASS),
    }
}

fn generic_shape() -> &'static crate::sip::model::Shape {
    hclass::kind("mime_version").shape()
}

/// Makes a header of slot `i` from `value` in `home` (NULL when it does not parse).
///
/// # Safety
/// `home` NULL or valid.
unsafe fn make_slot(home: *mut su_home_t, i: usize, value: &[u8]) -> *mut c_void {
    match slot_kind(i) {
        // SAFETY: forwarded contract.
        Ok(k) => unsafe { sipapi::make(home, k, value) },
        Err(class) => {
            let v = trim(value);
            if v.is_empty() {
                return ptr::null_mut();
            }
            let mut h = Hdr::default();
            h.set(0, v);
            // SAFETY: a fresh block of home with the generic layout.
            unsafe { cmem::write(home, class as *const MsgHclass as *const c_void, generic_shape(), &h) }
        }
    }
}

/// Writes a header of SIP kind `sym` holding `bytes` in its first string (payload,
/// separator, error).
///
/// # Safety
/// `home` NULL or valid.
unsafe fn make_raw(home: *mut su_home_t, sym: &str, bytes: &[u8]) -> *mut c_void {
    let k = hclass::kind(sym);
    let mut h = Hdr::default();
    h.s[0] = Some(std::borrow::Cow::Borrowed(bytes));
    // SAFETY: forwarded contract.
    unsafe { cmem::write(home, k.class_ptr(), k.shape(), &h) }
}

/// Is `h` an error header?
///
/// # Safety
/// `h` a header.
unsafe fn is_error(h: *const c_void) -> bool {
    // SAFETY: contract.
    unsafe { hclass::kind_of_header(h) }.is_some_and(|k| k.sym == "error")
}

/// Appends `h` to the `next` list starting at `*slot`.
///
/// # Safety
/// `slot` valid; `h` a header whose next pointer (offset 40) is NULL.
unsafe fn append_next(slot: *mut *mut c_void, h: *mut c_void) {
    // SAFETY: header structs keep their next pointer at offset 40 (msg_common_t + next).
    unsafe {
        let mut s = slot;
        while !(*s).is_null() {
            s = (*s as *mut u8).add(40) as *mut *mut c_void;
        }
        *s = h;
    }
}

/// Links `frags` into one fragment chain (h_succ/h_prev), the first one's h_prev left alone.
///
/// # Safety
/// Every pointer is a header (starts with msg_common_t).
unsafe fn link_chain(frags: &[*mut c_void]) {
    for w in frags.windows(2) {
        let (a, b) = (w[0] as *mut Common, w[1] as *mut Common);
        // SAFETY: contract.
        unsafe {
            (*a).h_succ = b;
            (*b).h_prev = &mut (*a).h_succ;
        }
    }
    if let Some(&last) = frags.last() {
        // SAFETY: contract.
        unsafe { (*(last as *mut Common)).h_succ = ptr::null_mut() };
    }
}

/// A NUL-terminated copy of `bytes` in `home`.
///
/// # Safety
/// `home` NULL or valid.
unsafe fn home_str(home: *mut su_home_t, bytes: &[u8]) -> *mut c_char {
    // SAFETY: a fresh block of len+1 bytes.
    unsafe {
        let p = home_alloc(home, bytes.len() + 1, false) as *mut u8;
        if !p.is_null() {
            ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
            *p.add(bytes.len()) = 0;
        }
        p as *mut c_char
    }
}

/// The parameters of a Content-Type header (`c_params`, offset 64).
///
/// # Safety
/// `c` NULL or a Content-Type header.
unsafe fn boundary_param(c: *const c_void) -> Option<Vec<u8>> {
    if c.is_null() {
        return None;
    }
    // SAFETY: c_params is at offset 64 of msg_content_type_t; a NULL-terminated array.
    unsafe {
        let params = *((c as *const u8).add(64) as *const *const *const c_char);
        if params.is_null() {
            return None;
        }
        let mut i = 0;
        loop {
            let p = *params.add(i);
            let b = crate::ffi::cbytes(p)?;
            if b.len() >= 9 && b[..9].eq_ignore_ascii_case(b"boundary=") {
                let v = &b[9..];
                return Some(if v.first() == Some(&b'"') { super::util::unquote_lenient(v) } else { v.to_vec() });
            }
            i += 1;
        }
    }
}

/// Builds the C parts of a split body.
///
/// # Safety
/// `home` NULL or valid; `body` the bytes of `pl_data`, which outlive the parts.
unsafe fn build(home: *mut su_home_t, body: &[u8], boundary: &[u8], sp: &Split) -> *mut MsgMultipart {
    // SAFETY: every block below is a fresh block of home, written within its size;
    // h_data pointers point into `body` (the caller's payload), as Sofia's do.
    unsafe {
        let mut delim = Vec::with_capacity(boundary.len() + 6);
        delim.extend_from_slice(b"\r\n--");
        delim.extend_from_slice(boundary);
        delim.extend_from_slice(b"\r\n");
        let mp_data = home_str(home, &delim);
        if mp_data.is_null() {
            return ptr::null_mut();
        }
        let mut first: *mut MsgMultipart = ptr::null_mut();
        let mut prev: *mut MsgMultipart = ptr::null_mut();
        let mut chain: Vec<*mut c_void> = Vec::new();
        let n = sp.parts.len();
        for (pi, part) in sp.parts.iter().enumerate() {
            let mp = home_alloc(home, 168, true) as *mut MsgMultipart;
            if mp.is_null() {
                return ptr::null_mut();
            }
            (*mp).mp_common.h_class = &MULTIPART_CLASS as *const MsgHclass as *const c_void;
            (*mp).mp_common.h_data = body[part.delim.clone()].as_ptr().cast();
            (*mp).mp_common.h_len = part.delim.len() as u32;
            (*mp).mp_data = mp_data;
            (*mp).mp_len = delim.len() as u32;
            if prev.is_null() {
                first = mp;
            } else {
                (*prev).mp_next = mp;
            }
            prev = mp;
            chain.push(mp.cast());

            let pf = part_fields(body, part.body.clone());
            for f in &pf.fields {
                let (h, raw) = match f {
                    Field::Header { name, value, raw } => {
                        let nm = &body[name.clone()];
                        let mut h = ptr::null_mut();
                        match mime_slot(nm) {
                            Some(i) if (*mp).mp_headers[i].is_null() => {
                                h = make_slot(home, i, value);
                                if !h.is_null() {
                                    (*mp).mp_headers[i] = h;
                                }
                            }
                            Some(_) => {}
                            None => {
                                let mut text = nm.to_vec();
                                text.extend_from_slice(b": ");
                                text.extend_from_slice(value);
                                h = sipapi::make(home, hclass::kind("unknown"), &text);
                                if !h.is_null() {
                                    append_next(&mut (*mp).mp_headers[UNKNOWN_SLOT], h);
                                }
                            }
                        }
                        (h, raw.clone())
                    }
                    Field::Error { raw } => (ptr::null_mut(), raw.clone()),
                };
                let h = if h.is_null() {
                    let e = make_raw(home, "error", b"");
                    if e.is_null() {
                        return ptr::null_mut();
                    }
                    append_next(&mut (*mp).mp_error, e);
                    e
                } else {
                    h
                };
                // As Sofia: only a line that is no header keeps its text.
                if is_error(h) {
                    (*(h as *mut Common)).h_data = body[raw.clone()].as_ptr().cast();
                    (*(h as *mut Common)).h_len = raw.len() as u32;
                }
                chain.push(h);
            }
            if let Some(s) = &pf.separator {
                let h = make_raw(home, "separator", &body[s.clone()]);
                if h.is_null() {
                    return ptr::null_mut();
                }
                (*(h as *mut Common)).h_data = body[s.clone()].as_ptr().cast();
                (*(h as *mut Common)).h_len = s.len() as u32;
                (*mp).mp_separator = h;
                chain.push(h);
            }
            if let Some(p) = &pf.payload {
                let h = make_raw(home, "payload", &body[p.clone()]);
                if h.is_null() {
                    return ptr::null_mut();
                }
                (*(h as *mut Common)).h_data = body[p.clone()].as_ptr().cast();
                (*(h as *mut Common)).h_len = p.len() as u32;
                (*mp).mp_payload = h;
                chain.push(h);
            }
            if pi + 1 == n {
                let h = make_raw(home, "payload", &body[sp.close.clone()]);
                if h.is_null() {
                    return ptr::null_mut();
                }
                (*mp).mp_close_delim = h;
                // As Sofia: in the chain only after a separator or payload.
                if !(*mp).mp_separator.is_null() || !(*mp).mp_payload.is_null() {
                    chain.push(h);
                }
            }
        }
        link_chain(&chain);
        first
    }
}

/// `msg_payload_t` prefix: common, next, pl_data, pl_len.
#[repr(C)]
struct Payload {
    common: Common,
    next: *mut c_void,
    pl_data: *mut c_char,
    pl_len: u32,
}

/// Splits the multipart body `pl` (boundary from `c`, else the first boundary-looking line
/// of the body) into parts; `pl` keeps only the preamble. NULL when the body is no
/// well-formed multipart.
#[no_mangle]
pub unsafe extern "C" fn msg_multipart_parse(home: *mut su_home_t, c: *const MsgContentType, pl: *mut MsgPayloadT) -> *mut MsgMultipart {
    guard(ptr::null_mut(), || {
        if pl.is_null() {
            return ptr::null_mut();
        }
        let pl = pl as *mut Payload;
        // SAFETY: pl is a payload header whose pl_data holds pl_len bytes (caller).
        unsafe {
            let data = (*pl).pl_data;
            let body: &[u8] = if data.is_null() { &[] } else { std::slice::from_raw_parts(data as *const u8, (*pl).pl_len as usize) };
            let boundary = match boundary_param(c.cast()) {
                Some(b) => b,
                None => match search_boundary(body) {
                    Some(b) => b,
                    None => return ptr::null_mut(),
                },
            };
            let Some(sp) = split(body, &boundary) else { return ptr::null_mut() };
            let mp = build(home, body, &boundary, &sp);
            if !mp.is_null() {
                // The payload is now the preamble only; its old encoding is stale.
                (*pl).pl_len = sp.preamble as u32;
                (*pl).common.h_data = ptr::null();
                (*pl).common.h_len = 0;
            }
            mp
        }
    })
}

/// A new part with a Content-Type made from `content_type` (if not NULL) and a copy of
/// `dlen` bytes of `data` as payload (if `dlen` is not 0).
#[no_mangle]
pub unsafe extern "C" fn msg_multipart_create(home: *mut su_home_t, content_type: *const c_char, data: *const c_void, dlen: c_int) -> *mut MsgMultipart {
    guard(ptr::null_mut(), || {
        // SAFETY: fresh blocks of home; content_type is NULL or a C string, data holds
        // dlen bytes (caller).
        unsafe {
            let mp = home_alloc(home, 168, true) as *mut MsgMultipart;
            if mp.is_null() {
                return ptr::null_mut();
            }
            (*mp).mp_common.h_class = &MULTIPART_CLASS as *const MsgHclass as *const c_void;
            if let Some(ct) = crate::ffi::cbytes(content_type) {
                let h = sipapi::make(home, hclass::kind("content_type"), ct);
                if h.is_null() {
                    crate::su::alloc::su_free(home, mp.cast());
                    return ptr::null_mut();
                }
                (*mp).mp_headers[0] = h;
            }
            if dlen != 0 {
                if dlen < 0 {
                    return ptr::null_mut();
                }
                let zeros;
                let bytes: &[u8] = if data.is_null() {
                    zeros = vec![0u8; dlen as usize];
                    &zeros
                } else {
                    std::slice::from_raw_parts(data as *const u8, dlen as usize)
                };
                let h = make_raw(home, "payload", bytes);
                if h.is_null() {
                    return ptr::null_mut();
                }
                (*mp).mp_payload = h;
            }
            mp
        }
    })
}

fn set_errno(e: c_int) {
    // SAFETY: the thread's errno.
    unsafe { *libc::__errno_location() = e };
}

/// A random boundary token (21 token characters, as Sofia generates).
fn random_boundary() -> Vec<u8> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut raw = [0u8; 21];
    // SAFETY: getrandom fills the buffer we own.
    let n = unsafe { libc::getrandom(raw.as_mut_ptr() as *mut c_void, raw.len(), 0) };
    if n != raw.len() as isize {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        for (i, b) in raw.iter_mut().enumerate() {
            *b = (t >> ((i * 6) % 120)) as u8 ^ (i as u8).wrapping_mul(37);
        }
    }
    raw.iter().map(|b| ALPHABET[(b & 63) as usize]).collect()
}

/// Checks that a part's delimiter `mp_data` uses `boundary`.
fn delimiter_matches(d: &[u8], boundary: &[u8]) -> bool {
    let rest = if d.starts_with(b"\r\n") {
        &d[2..]
    } else if d.starts_with(b"\n") {
        &d[1..]
    } else {
        d
    };
    rest.len() >= 2 + boundary.len() && rest.starts_with(b"--") && &rest[2..2 + boundary.len()] == boundary
}

/// Adds what a built multipart lacks: the boundary parameter of `c` (taken from the first
/// part's delimiter, else random), each part's delimiter, separator and payload, and the
/// close-delimiter of the last part (removed from the others). 0, or -1 with errno.
#[no_mangle]
pub unsafe extern "C" fn msg_multipart_complete(home: *mut su_home_t, c: *mut MsgContentType, mp: *mut MsgMultipart) -> c_int {
    // SAFETY: forwarded contract.
    guard(-1, || unsafe { complete(home, c.cast(), mp, 0) })
}

/// # Safety
/// `c` NULL or a Content-Type header, `mp` NULL or a list of parts, `home` NULL or valid.
unsafe fn complete(home: *mut su_home_t, c: *mut c_void, mp: *mut MsgMultipart, depth: usize) -> c_int {
    if c.is_null() || mp.is_null() || depth > 16 {
        set_errno(libc::EINVAL);
        return -1;
    }
    // SAFETY: contract; every block written is a fresh block of home or a field of a part.
    unsafe {
        let boundary = match boundary_param(c) {
            Some(b) => b,
            None => {
                let b = if !(*mp).mp_data.is_null() {
                    let d = std::slice::from_raw_parts((*mp).mp_data as *const u8, (*mp).mp_len as usize);
                    let b = if let Some(r) = d.strip_prefix(b"\r\n--") {
                        r
                    } else if let Some(r) = d.strip_prefix(b"--") {
                        r
                    } else {
                        set_errno(libc::EBADMSG);
                        return -1;
                    };
                    let b = trim(b).to_vec();
                    let mut param = b"boundary=\"".to_vec();
                    param.extend_from_slice(&b);
                    param.push(b'"');
                    (b, param)
                } else {
                    let b = random_boundary();
                    let mut param = b"boundary=".to_vec();
                    param.extend_from_slice(&b);
                    (b, param)
                };
                let p = home_str(home, &b.1);
                if p.is_null() {
                    return -1;
                }
                let params = (c as *mut u8).add(64) as *mut *mut *const c_char;
                if super::util::msg_params_replace(home, params, p) < 0 {
                    return -1;
                }
                b.0
            }
        };
        if boundary.is_empty() || boundary.len() > MAX_BOUNDARY {
            set_errno(libc::EBADMSG);
            return -1;
        }
        let mut delim = b"\r\n--".to_vec();
        delim.extend_from_slice(&boundary);
        delim.extend_from_slice(b"\r\n");
        let dstr = home_str(home, &delim);
        if dstr.is_null() {
            return -1;
        }
        let mut p = mp;
        let mut count = 0usize;
        while !p.is_null() {
            count += 1;
            if count > max_parts() {
                set_errno(libc::EINVAL);
                return -1;
            }
            if (*p).mp_data.is_null() {
                (*p).mp_data = dstr;
                (*p).mp_len = delim.len() as u32;
            } else {
                let d = std::slice::from_raw_parts((*p).mp_data as *const u8, (*p).mp_len as usize);
                if !delimiter_matches(d, &boundary) {
                    return -1;
                }
            }
            if (*p).mp_next.is_null() {
                if (*p).mp_close_delim.is_null() {
                    let mut close = b"\r\n--".to_vec();
                    close.extend_from_slice(&boundary);
                    close.extend_from_slice(b"--\r\n");
                    let h = make_raw(home, "payload", &close);
                    if h.is_null() {
                        return -1;
                    }
                    (*p).mp_close_delim = h;
                }
            } else if !(*p).mp_close_delim.is_null() {
                // Not the last part any more: unlink its close-delimiter.
                let e = (*p).mp_close_delim as *mut Common;
                (*p).mp_close_delim = ptr::null_mut();
                if !(*e).h_prev.is_null() {
                    *(*e).h_prev = (*e).h_succ;
                }
                if !(*e).h_succ.is_null() {
                    (*(*e).h_succ).h_prev = (*e).h_prev;
                }
                (*e).h_succ = ptr::null_mut();
                (*e).h_prev = ptr::null_mut();
            }
            (*p).mp_common.h_data = (*p).mp_data as *const c_void;
            (*p).mp_common.h_len = (*p).mp_len;
            if (*p).mp_separator.is_null() {
                let h = make_raw(home, "separator", b"\r\n");
                if h.is_null() {
                    return -1;
                }
                (*p).mp_separator = h;
            }
            if !(*p).mp_multipart.is_null() {
                let ct = (*p).mp_headers[0];
                if ct.is_null() {
                    set_errno(libc::EBADMSG);
                    return -1;
                }
                if complete(home, ct, (*p).mp_multipart, depth + 1) < 0 {
                    return -1;
                }
            }
            if (*p).mp_payload.is_null() {
                let h = make_raw(home, "payload", b"");
                if h.is_null() {
                    return -1;
                }
                (*p).mp_payload = h;
            }
            p = (*p).mp_next;
        }
        0
    }
}

/// The fragments of a completed multipart in wire order.
///
/// # Safety
/// `mp` a list of parts.
unsafe fn fragments(mp: *mut MsgMultipart, out: &mut Vec<*mut c_void>, depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    let mut p = mp;
    // SAFETY: contract; header lists are linked through their next pointers (offset 40).
    unsafe {
        while !p.is_null() {
            if out.len() > 64 * max_parts() {
                return false;
            }
            if (*p).mp_separator.is_null() || (*p).mp_payload.is_null() || ((*p).mp_next.is_null() && (*p).mp_close_delim.is_null()) {
                return false;
            }
            out.push(p.cast());
            for &first in &(*p).mp_headers {
                let mut h = first;
                while !h.is_null() {
                    if out.len() > 64 * max_parts() {
                        return false;
                    }
                    out.push(h);
                    h = *((h as *const u8).add(40) as *const *mut c_void);
                }
            }
            out.push((*p).mp_separator);
            out.push((*p).mp_payload);
            if !(*p).mp_multipart.is_null() && !fragments((*p).mp_multipart, out, depth + 1) {
                return false;
            }
            if (*p).mp_next.is_null() {
                out.push((*p).mp_close_delim);
            }
            p = (*p).mp_next;
        }
    }
    true
}

/// Links a completed multipart into one fragment chain starting at `*head0`: each part,
/// its headers, separator, payload (and nested multipart), the close-delimiter last; what
/// `*head0` pointed to before follows it. Returns the close-delimiter, or NULL.
#[no_mangle]
pub unsafe extern "C" fn msg_multipart_serialize(head0: *mut *mut MsgHeader, mp: *mut MsgMultipart) -> *mut MsgHeader {
    let head0 = head0 as *mut *mut Common;
    guard(ptr::null_mut(), || {
        if head0.is_null() || mp.is_null() {
            return ptr::null_mut();
        }
        let mut frags = Vec::new();
        // SAFETY: mp is a list of parts, head0 a valid slot (caller).
        unsafe {
            if !fragments(mp, &mut frags, 0) {
                return ptr::null_mut();
            }
            let mut rest = *head0 as *mut c_void;
            if frags.contains(&rest) {
                rest = ptr::null_mut();
            }
            link_chain(&frags);
            *head0 = mp as *mut Common;
            (*mp).mp_common.h_prev = head0;
            let last = *frags.last().unwrap_or(&(mp as *mut c_void)) as *mut Common;
            if !rest.is_null() {
                let r = rest as *mut Common;
                (*last).h_succ = r;
                (*r).h_prev = &mut (*last).h_succ;
            }
            last.cast()
        }
    })
}

/// The encoding of one fragment of a multipart chain.
///
/// # Safety
/// `h` a header.
unsafe fn encode(h: *const Common, flags: c_int) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe {
        let class = (*h).h_class;
        if class == &MULTIPART_CLASS as *const MsgHclass as *const c_void {
            let mp = h as *const MsgMultipart;
            if (*mp).mp_data.is_null() {
                return Some(Vec::new());
            }
            return Some(std::slice::from_raw_parts((*mp).mp_data as *const u8, (*mp).mp_len as usize).to_vec());
        }
        for g in [&CONTENT_LOCATION_CLASS, &CONTENT_ID_CLASS, &CONTENT_TE_CLASS] {
            if class == g as *const MsgHclass as *const c_void {
                let name = std::ffi::CStr::from_ptr(g.hc_name).to_bytes();
                let v = crate::ffi::cbytes(*((h as *const u8).add(48) as *const *const c_char)).unwrap_or(b"");
                let mut o = name.to_vec();
                o.extend_from_slice(if flags & 1 != 0 { b":" } else { b": " });
                o.extend_from_slice(v);
                o.extend_from_slice(b"\r\n");
                return Some(o);
            }
        }
        if is_error(h.cast()) {
            return Some(Vec::new());
        }
        sipapi::header_line(h.cast(), flags)
    }
}

/// Encodes every fragment of the chain starting at `mp` that has no encoding yet (the
/// first delimiter without its leading line break) into the message's memory; returns
/// the length of the whole chain's text, or -1.
#[no_mangle]
pub unsafe extern "C" fn msg_multipart_prepare(msg: *mut MsgObj, mp: *mut MsgMultipart, flags: c_int) -> c_int {
    guard(-1, || {
        // SAFETY: msg a message, mp a part linked into a chain (caller).
        unsafe {
            if msg.is_null() || mp.is_null() || (*mp).mp_data.is_null() || (*mp).mp_len < 2 {
                return -1;
            }
            (*mp).mp_common.h_data = (*mp).mp_data.add(2) as *const c_void;
            (*mp).mp_common.h_len = (*mp).mp_len - 2;
            let home = m::home(msg);
            let mut total: usize = 0;
            let mut h = mp as *mut Common;
            let mut n = 0usize;
            while !h.is_null() {
                n += 1;
                if n > 64 * max_parts() {
                    return -1;
                }
                if (*h).h_data.is_null() {
                    let Some(text) = encode(h, flags) else { return -1 };
                    let p = home_str(home, &text);
                    if p.is_null() {
                        return -1;
                    }
                    (*h).h_data = p as *const c_void;
                    (*h).h_len = text.len() as u32;
                }
                total += (*h).h_len as usize;
                if total > i32::MAX as usize {
                    return -1;
                }
                h = (*h).h_succ;
            }
            total as c_int
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SDP_ISUP: &[u8] = b"preamble\r\n--B1  \r\nContent-Type: application/sdp\r\n\r\nv=0\r\n\r\n--B1\r\nContent-Type: application/isup\r\n\r\nISUP\r\n--B1--\r\nepilogue";

    #[test]
    fn splits_parts_preamble_and_close() {
        let sp = split(SDP_ISUP, b"B1").unwrap();
        assert_eq!(sp.preamble, 8);
        assert_eq!(sp.parts.len(), 2);
        assert_eq!(&SDP_ISUP[sp.parts[0].delim.clone()], b"\r\n--B1  \r\n");
        let pf = part_fields(SDP_ISUP, sp.parts[0].body.clone());
        assert_eq!(pf.fields.len(), 1);
        assert_eq!(&SDP_ISUP[pf.payload.unwrap()], b"v=0\r\n");
        assert_eq!(&SDP_ISUP[sp.parts[1].body.clone()], b"Content-Type: application/isup\r\n\r\nISUP");
        assert_eq!(&SDP_ISUP[sp.close], b"\r\n--B1--\r\nepilogue");
    }

    #[test]
    fn malformed_bodies_are_refused() {
        // No delimiter, no close-delimiter, truncated parts, empty boundary.
        assert!(split(b"just text", b"B").is_none());
        assert!(split(b"--B\r\nContent-Type: text/plain\r\n\r\npart", b"B").is_none());
        assert!(split(b"--B\r\n\r\npart\r\n--B\r\n", b"B").is_none());
        assert!(split(b"--B\r\n\r\npart\r\n--B", b"B").is_none());
        assert!(split(b"--B--\r\n", b"B").is_none());
        assert!(split(b"--B\r\n\r\nx\r\n--B--", b"").is_none());
        assert!(split(b"--", b"B").is_none());
        assert!(split(b"", b"B").is_none());
        let long = vec![b'a'; MAX_BOUNDARY + 1];
        assert!(split(b"--x\r\n--x--", &long).is_none());
    }

    #[test]
    fn delimiter_must_be_a_whole_line() {
        // RFC 2046: "--Bx" is no delimiter of boundary "B"; "x--B" is not at a line start.
        let body = b"--B\r\n\r\n--Bx\r\nx--B\r\n--B--";
        let sp = split(body, b"B").unwrap();
        assert_eq!(sp.parts.len(), 1);
        let pf = part_fields(body, sp.parts[0].body.clone());
        assert_eq!(&body[pf.payload.unwrap()], b"--Bx\r\nx--B");
        // Tab as transport padding.
        assert_eq!(split(b"--B\t\r\n\r\nA\r\n--B--", b"B").unwrap().parts.len(), 1);
    }

    #[test]
    fn huge_part_counts_are_refused() {
        let mut body = Vec::new();
        for _ in 0..max_parts() + 5 {
            body.extend_from_slice(b"--B\r\n\r\nx\r\n");
        }
        body.extend_from_slice(b"--B--\r\n");
        assert!(split(&body, b"B").is_none());
        let mut ok = Vec::new();
        for _ in 0..max_parts() {
            ok.extend_from_slice(b"--B\r\n\r\nx\r\n");
        }
        ok.extend_from_slice(b"--B--\r\n");
        assert_eq!(split(&ok, b"B").unwrap().parts.len(), max_parts());
    }

    #[test]
    fn header_lines_errors_and_folding() {
        let body = b"Content-Type: text/plain;\r\n charset=utf-8\r\nBad Header\r\nX: y\r\n\r\nbody";
        let pf = part_fields(body, 0..body.len());
        assert_eq!(pf.fields.len(), 3);
        match &pf.fields[0] {
            Field::Header { value, .. } => assert_eq!(value, b"text/plain; charset=utf-8"),
            f => panic!("{f:?}"),
        }
        assert!(matches!(pf.fields[1], Field::Error { .. }));
        assert_eq!(&body[pf.payload.unwrap()], b"body");
        // Only headers, no separator: no payload.
        let pf = part_fields(b"Content-Type: a/b", 0..16);
        assert!(pf.separator.is_none() && pf.payload.is_none());
        // Too many header lines end in one error.
        let many: Vec<u8> = b"X: y\r\n".repeat(max_parts() + 10);
        let pf = part_fields(&many, 0..many.len());
        assert_eq!(pf.fields.len(), max_parts() + 1);
    }

    #[test]
    fn boundary_search() {
        assert_eq!(search_boundary(b"--xyz\r\n\r\nA\r\n--xyz--").unwrap(), b"xyz");
        assert_eq!(search_boundary(b"pre\n--a b  \r\n").unwrap(), b"a b");
        assert!(search_boundary(b"no boundary -- here").is_none());
        assert!(search_boundary(b"--\r\n").is_none());
        assert!(search_boundary(b"--abc").is_none());
    }

    #[test]
    fn lf_only_bodies() {
        let body = b"--B\nContent-Type: text/plain\n\npart1\n--B--\n";
        let sp = split(body, b"B").unwrap();
        let pf = part_fields(body, sp.parts[0].body.clone());
        assert_eq!(&body[pf.separator.unwrap()], b"\n");
        assert_eq!(&body[pf.payload.unwrap()], b"part1");
        assert_eq!(&body[sp.close], b"\n--B--\n");
    }

    #[test]
    fn random_bodies_never_panic() {
        // Bodies glued from pieces that look like multipart syntax; every range returned
        // must lie inside the body.
        const PIECES: [&[u8]; 14] = [
            b"--B", b"--B--", b"\r\n", b"\n", b"\r", b" ", b"\t", b"Content-Type: a/b", b"X", b":", b"--", b"B", b"\r\n\r\n", b"\x00",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut body = Vec::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (seed >> 58) as usize;
            for k in 0..n {
                let r = seed.rotate_left(7 * k as u32 + 3);
                body.extend_from_slice(PIECES[(r % PIECES.len() as u64) as usize]);
            }
            let _ = search_boundary(&body);
            if let Some(sp) = split(&body, b"B") {
                assert!(sp.preamble <= body.len() && sp.close.end == body.len());
                for p in &sp.parts {
                    assert!(p.delim.end <= body.len() && p.body.start <= p.body.end && p.body.end <= body.len());
                    let pf = part_fields(&body, p.body.clone());
                    if let Some(r) = pf.payload {
                        assert!(r.end <= p.body.end);
                    }
                }
            }
        }
    }
}
