//! The C shell of `sdp.h`: parser and printer handles, copies, comparisons and the small
//! helpers over attribute lists, media and rtpmaps.

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::mem::size_of;
use std::ptr;

use super::cstruct::{self as cs, *};
use super::model::{self, Session};
use super::parse::{self, Flags};
use super::print;
use super::*;
use crate::ffi::{cbytes, guard};
use crate::su::alloc::{home_alloc, isize_t, su_free, su_home_clone, su_home_t, su_home_unref, su_realloc};
use crate::su::string::{su_strcasecmp, su_strcmp};

pub type issize_t = c_int;

// ---------------------------------------------------------------------------
// Parser

/// `sdp_parser_t`: a sub-home holding the parsed description.
#[repr(C)]
pub struct sdp_parser_t {
    home: su_home_t,
    session: *mut sdp_session_t,
    flags: c_int,
    ok: c_int,
    error: [u8; 128],
}

struct StaticParser(sdp_parser_t);
// SAFETY: the out-of-memory parser is never written to.
unsafe impl Sync for StaticParser {}

static NO_MEM_PARSER: StaticParser = StaticParser(sdp_parser_t {
    home: su_home_t { suh_size: 0, suh_blocks: ptr::null_mut(), suh_lock: ptr::null_mut() },
    session: ptr::null_mut(),
    flags: 0,
    ok: 0,
    error: *b"sdp: not enough memory\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
});

fn no_mem_parser() -> *mut sdp_parser_t {
    ptr::addr_of!(NO_MEM_PARSER.0) as *mut sdp_parser_t
}

fn set_error(p: &mut sdp_parser_t, msg: &[u8]) {
    p.error = [0; 128];
    let n = msg.len().min(127);
    p.error[..n].copy_from_slice(&msg[..n]);
    p.ok = 0;
}

/// Parse an SDP message of `msgsize` bytes (-1: up to its NUL).
#[no_mangle]
pub unsafe extern "C" fn sdp_parse(home: *mut su_home_t, msg: *const c_char, msgsize: issize_t, flags: c_int) -> *mut sdp_parser_t {
    guard(no_mem_parser(), || {
        // SAFETY: home NULL or valid; msg NULL or msgsize readable bytes (or a C string).
        unsafe {
            let p = su_home_clone(home, size_of::<sdp_parser_t>() as isize_t) as *mut sdp_parser_t;
            if p.is_null() {
                return no_mem_parser();
            }
            let pr = &mut *p;
            pr.flags = flags;
            if msg.is_null() {
                set_error(pr, b"invalid input message");
                return p;
            }
            let len = if msgsize < 0 { libc::strlen(msg) } else { libc::strnlen(msg, msgsize as usize) };
            let bytes = std::slice::from_raw_parts(msg as *const u8, len);
            match parse::parse(bytes, flags) {
                Ok(s) => {
                    let sdp = in_block(&mut pr.home, |b| cs::session(b, &s));
                    if sdp.is_null() {
                        set_error(pr, b"memory exhausted (while allocating memory for sdp_session_t)");
                    } else {
                        pr.session = sdp;
                        pr.ok = 1;
                    }
                }
                Err(e) => set_error(pr, &e.0),
            }
            p
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sdp_session(p: *mut sdp_parser_t) -> *mut sdp_session_t {
    // SAFETY: p NULL or a parser from sdp_parse().
    match unsafe { p.as_ref() } {
        Some(p) if p.ok != 0 => p.session,
        _ => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_parsing_error(p: *mut sdp_parser_t) -> *const c_char {
    // SAFETY: p NULL or a parser from sdp_parse().
    match unsafe { p.as_ref() } {
        Some(p) if p.ok == 0 => p.error.as_ptr() as *const c_char,
        Some(_) => ptr::null(),
        None => c"sdp: no parser".as_ptr(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_parser_home(p: *mut sdp_parser_t) -> *mut su_home_t {
    if p.is_null() || p == no_mem_parser() {
        return ptr::null_mut();
    }
    // SAFETY: p is a parser; its home is its first member.
    unsafe { ptr::addr_of_mut!((*p).home) }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_parser_free(p: *mut sdp_parser_t) {
    if p.is_null() || p == no_mem_parser() {
        return;
    }
    // SAFETY: p is a sub-home made by sdp_parse().
    guard((), || unsafe {
        su_home_unref(ptr::addr_of_mut!((*p).home));
    })
}

/// Check the mandatory lines of the parsed description: 0, -1 (missing line) or -2
/// (c= missing); on failure the parser holds the error.
#[no_mangle]
pub unsafe extern "C" fn sdp_sanity_check(p: *mut sdp_parser_t) -> c_int {
    if p.is_null() || p == no_mem_parser() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: p is a parser; its session was built by us (maybe edited by the caller).
        unsafe {
            let pr = &mut *p;
            if pr.ok == 0 || pr.session.is_null() {
                return -1;
            }
            let s = view::session(&*pr.session, true);
            match parse::sanity_check(&s, &Flags::from_bits(pr.flags)) {
                Ok(()) => 0,
                Err((rv, e)) => {
                    set_error(pr, &e.0);
                    rv
                }
            }
        }
    })
}

/// Is the connection the unspecified address (0.0.0.0 or ::)?
#[no_mangle]
pub unsafe extern "C" fn sdp_connection_is_inaddr_any(c: *const sdp_connection_t) -> c_int {
    // SAFETY: c NULL or a valid connection.
    match unsafe { c.as_ref() } {
        Some(c) => parse::connection_is_inaddr_any(&unsafe { view::connection(c) }) as c_int,
        None => 0,
    }
}

// ---------------------------------------------------------------------------
// Printer

const SDP_BLOCK: usize = 512;

/// `sdp_printer_t`, allocated from the caller's home.
#[repr(C)]
pub struct sdp_printer_t {
    size: c_int,
    home: *mut su_home_t,
    buffer: *mut c_char,
    bsiz: usize,
    used: usize,
    ok: c_int,
    owns: c_int,
}

struct StaticPrinter(sdp_printer_t);
// SAFETY: the out-of-memory printer is never written to.
unsafe impl Sync for StaticPrinter {}

static NO_MEM_PRINTER: StaticPrinter = StaticPrinter(sdp_printer_t {
    size: size_of::<sdp_printer_t>() as c_int,
    home: ptr::null_mut(),
    buffer: c"memory exhausted".as_ptr() as *mut c_char,
    bsiz: 17,
    used: 17,
    ok: 0,
    owns: 0,
});

fn no_mem_printer() -> *mut sdp_printer_t {
    ptr::addr_of!(NO_MEM_PRINTER.0) as *mut sdp_printer_t
}

impl sdp_printer_t {
    /// Append one formatted piece the way Sofia's buffer management does.
    ///
    /// # Safety
    /// `buffer` is valid for `bsiz` bytes.
    unsafe fn append(&mut self, piece: &[u8], may_realloc: bool) {
        while self.ok != 0 {
            let avail = self.bsiz.saturating_sub(self.used);
            if piece.len() < avail {
                // SAFETY: used + len + 1 <= bsiz.
                unsafe {
                    ptr::copy_nonoverlapping(piece.as_ptr(), (self.buffer as *mut u8).add(self.used), piece.len());
                    *self.buffer.add(self.used + piece.len()) = 0;
                }
                self.used += piece.len();
                return;
            }
            if self.owns != 0 {
                let size = 2 * self.bsiz;
                // SAFETY: buffer is our block in home.
                let nb = unsafe { su_realloc(self.home, self.buffer as *mut c_void, size as isize_t) } as *mut c_char;
                if !nb.is_null() && size <= i32::MAX as usize {
                    self.buffer = nb;
                    self.bsiz = size;
                    continue;
                }
                self.owns = 0;
            } else if may_realloc {
                let size = if self.bsiz < SDP_BLOCK { SDP_BLOCK } else { 2 * self.bsiz };
                // SAFETY: plain allocation; the old buffer has bsiz readable bytes.
                unsafe {
                    let nb = home_alloc(self.home, size, false) as *mut c_char;
                    if !nb.is_null() {
                        ptr::copy_nonoverlapping(self.buffer, nb, self.bsiz);
                        self.owns = 1;
                        self.buffer = nb;
                        self.bsiz = size;
                        continue;
                    }
                }
            } else if avail > 0 {
                // What vsnprintf leaves in the caller's buffer.
                let n = avail - 1;
                // SAFETY: used + avail <= bsiz.
                unsafe {
                    ptr::copy_nonoverlapping(piece.as_ptr(), (self.buffer as *mut u8).add(self.used), n);
                    *self.buffer.add(self.used + n) = 0;
                }
            }
            self.ok = 0;
            self.buffer = c"Memory exhausted".as_ptr() as *mut c_char;
        }
    }

    /// # Safety
    /// `buffer` is valid for `bsiz` bytes.
    unsafe fn error(&mut self, msg: &[u8]) {
        if self.ok != 0 {
            // SAFETY: forwarded.
            unsafe { crate::tag::class::write_c(self.buffer, self.bsiz, msg) };
        }
        self.ok = 0;
    }
}

/// Print `session` into `msgbuf` (or a buffer of the printer's own when NULL).
#[no_mangle]
pub unsafe extern "C" fn sdp_print(home: *mut su_home_t, session: *const sdp_session_t, msgbuf: *mut c_char, msgsize: isize_t, flags: c_int) -> *mut sdp_printer_t {
    guard(no_mem_printer(), || {
        // SAFETY: home NULL or valid; msgbuf NULL or msgsize writable bytes; session NULL
        // or a valid description.
        unsafe {
            let p = home_alloc(home, size_of::<sdp_printer_t>(), true) as *mut sdp_printer_t;
            if p.is_null() {
                return no_mem_printer();
            }
            let pr = &mut *p;
            pr.size = size_of::<sdp_printer_t>() as c_int;
            pr.home = home;
            pr.ok = 1;
            let may_realloc = !msgbuf.is_null() && flags & sdp_f_realloc != 0;
            if !msgbuf.is_null() {
                pr.buffer = msgbuf;
                pr.bsiz = msgsize.max(0) as usize;
                if flags & sdp_f_print_prefix != 0 {
                    pr.used = libc::strnlen(msgbuf, pr.bsiz);
                }
            } else {
                pr.buffer = home_alloc(home, SDP_BLOCK, false) as *mut c_char;
                if pr.buffer.is_null() {
                    su_free(home, p as *mut c_void);
                    return no_mem_printer();
                }
                pr.owns = 1;
                pr.bsiz = SDP_BLOCK;
            }
            match session.as_ref() {
                None => pr.error(b"NULL session description"),
                Some(s) => {
                    let s = view::session(s, true);
                    let out = print::print(&s, flags);
                    for piece in out.pieces() {
                        pr.append(piece, may_realloc);
                    }
                    if let Some(e) = &out.error {
                        pr.error(e);
                    }
                }
            }
            p
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sdp_printing_error(p: *mut sdp_printer_t) -> *const c_char {
    // SAFETY: p NULL or a printer from sdp_print().
    match unsafe { p.as_ref() } {
        None => c"null sdp_printer_t*".as_ptr(),
        Some(p) if p.ok == 0 => p.buffer,
        Some(_) => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_message(p: *mut sdp_printer_t) -> *const c_char {
    // SAFETY: p NULL or a printer from sdp_print().
    match unsafe { p.as_ref() } {
        Some(p) if p.ok != 0 => p.buffer,
        _ => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_message_size(p: *mut sdp_printer_t) -> isize_t {
    // SAFETY: p NULL or a printer from sdp_print().
    match unsafe { p.as_ref() } {
        Some(p) if p.ok != 0 => p.used as isize_t,
        _ => 0,
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_printer_free(p: *mut sdp_printer_t) {
    if p.is_null() || p == no_mem_printer() {
        return;
    }
    guard((), || {
        // SAFETY: p and its owned buffer were allocated from p->home.
        unsafe {
            let pr = &mut *p;
            if pr.owns != 0 && !pr.buffer.is_null() {
                su_free(pr.home, pr.buffer as *mut c_void);
                pr.buffer = ptr::null_mut();
            }
            su_free(pr.home, p as *mut c_void);
        }
    })
}

// ---------------------------------------------------------------------------
// Copies: one block per copy, laid out from a view of the source.

macro_rules! dup_fn {
    ($name:ident, $t:ty, |$b:ident, $src:ident| $body:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(home: *mut su_home_t, src: *const $t) -> *mut $t {
            if src.is_null() {
                return ptr::null_mut();
            }
            guard(ptr::null_mut(), || {
                // SAFETY: src is a valid struct (or list) of its type; home NULL or valid.
                unsafe {
                    let $src = &*src;
                    in_block(home, |$b| $body)
                }
            })
        }
    };
}

dup_fn!(sdp_session_dup, sdp_session_t, |b, s| cs::session(b, &view::session(s, true)));
dup_fn!(sdp_session_dup_without_media, sdp_session_t, |b, s| cs::session(b, &view::session(s, false)));
dup_fn!(sdp_origin_dup, sdp_origin_t, |b, o| cs::origin(b, &view::origin(o)));
dup_fn!(sdp_connection_dup, sdp_connection_t, |b, c| cs::connections(b, &view::connections(c)));
dup_fn!(sdp_bandwidth_dup, sdp_bandwidth_t, |b, x| cs::bandwidths(b, &view::bandwidths(x)));
dup_fn!(sdp_time_dup, sdp_time_t, |b, t| cs::times(b, &view::times(t)));
dup_fn!(sdp_repeat_dup, sdp_repeat_t, |b, r| cs::repeat(b, &view::repeat(r)));
dup_fn!(sdp_zone_dup, sdp_zone_t, |b, z| cs::zone(b, &view::zone(z)));
dup_fn!(sdp_key_dup, sdp_key_t, |b, k| cs::key(b, &view::key(k)));
dup_fn!(sdp_attribute_dup, sdp_attribute_t, |b, a| cs::attributes(b, &view::attributes(a)));
dup_fn!(sdp_list_dup, sdp_list_t, |b, l| cs::list(b, &view::list(l)));
dup_fn!(sdp_rtpmap_dup, sdp_rtpmap_t, |b, r| cs::rtpmaps(b, &view::rtpmaps(r)));

/// Copy one media description (not the ones after it); `sdp` becomes its session.
#[no_mangle]
pub unsafe extern "C" fn sdp_media_dup(home: *mut su_home_t, m: *const sdp_media_t, sdp: *mut sdp_session_t) -> *mut sdp_media_t {
    if m.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: m is a valid media description.
        unsafe {
            let v = view::media(&*m);
            in_block(home, |b| cs::media(b, &v, sdp, ptr::null_mut()))
        }
    })
}

/// Copy a list of media descriptions; `sdp` becomes their session.
#[no_mangle]
pub unsafe extern "C" fn sdp_media_dup_all(home: *mut su_home_t, m: *const sdp_media_t, sdp: *mut sdp_session_t) -> *mut sdp_media_t {
    if m.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: m is a valid list of media descriptions.
        unsafe {
            let v = view::medias(m);
            in_block(home, |b| cs::medias(b, &v, sdp))
        }
    })
}

// ---------------------------------------------------------------------------
// Comparisons. Lists are compared element by element; a missing element sorts first.

fn ord<T: PartialOrd>(a: T, b: T) -> c_int {
    if a < b {
        -1
    } else {
        1
    }
}

/// NULL-ness of two pointers: Some(result) when they decide the comparison.
fn nulls<T>(a: *const T, b: *const T) -> Option<c_int> {
    if a == b {
        Some(0)
    } else if a.is_null() != b.is_null() {
        Some(if a.is_null() { -1 } else { 1 })
    } else {
        None
    }
}

/// Compare two lists pairwise with `cmp`.
///
/// # Safety
/// Both lists valid or NULL.
unsafe fn cmp_lists<T>(mut a: *const T, mut b: *const T, next: impl Fn(*const T) -> *const T, cmp: impl Fn(*const T, *const T) -> c_int) -> c_int {
    while !a.is_null() || !b.is_null() {
        let rv = cmp(a, b);
        if rv != 0 {
            return rv;
        }
        a = if a.is_null() { a } else { next(a) };
        b = if b.is_null() { b } else { next(b) };
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn sdp_session_cmp(a: *const sdp_session_t, b: *const sdp_session_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    guard(0, || {
        // SAFETY: both sessions valid.
        unsafe {
            let (a, b) = (&*a, &*b);
            let rv = a.sdp_version[0].wrapping_sub(b.sdp_version[0]) as c_int;
            if rv != 0 {
                return rv;
            }
            let steps: [&dyn Fn() -> c_int; 13] = [
                &|| sdp_origin_cmp(a.sdp_origin, b.sdp_origin),
                &|| su_strcmp(a.sdp_subject, b.sdp_subject),
                &|| su_strcmp(a.sdp_information, b.sdp_information),
                &|| su_strcmp(a.sdp_uri, b.sdp_uri),
                &|| sdp_list_cmp(a.sdp_emails, b.sdp_emails),
                &|| sdp_list_cmp(a.sdp_phones, b.sdp_phones),
                &|| sdp_connection_cmp(a.sdp_connection, b.sdp_connection),
                &|| cmp_lists(a.sdp_bandwidths, b.sdp_bandwidths, |x| (*x).b_next, |x, y| sdp_bandwidth_cmp(x, y)),
                &|| sdp_time_cmp(a.sdp_time, b.sdp_time),
                &|| sdp_key_cmp(a.sdp_key, b.sdp_key),
                &|| cmp_lists(a.sdp_attributes, b.sdp_attributes, |x| (*x).a_next, |x, y| sdp_attribute_cmp(x, y)),
                &|| cmp_lists(a.sdp_media, b.sdp_media, |x| (*x).m_next, |x, y| sdp_media_cmp(x, y)),
                &|| 0,
            ];
            steps.iter().map(|f| f()).find(|&rv| rv != 0).unwrap_or(0)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sdp_origin_cmp(a: *const sdp_origin_t, b: *const sdp_origin_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (a, b) = (&*a, &*b);
        if a.o_version != b.o_version {
            return ord(a.o_version, b.o_version);
        }
        if a.o_id != b.o_id {
            return ord(a.o_id, b.o_id);
        }
        let rv = su_strcasecmp(a.o_username, b.o_username);
        if rv != 0 {
            return rv;
        }
        let addr = |c: *mut sdp_connection_t| c.as_ref().map_or(ptr::null(), |c| c.c_address);
        su_strcasecmp(addr(a.o_address), addr(b.o_address))
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_connection_cmp(a: *const sdp_connection_t, b: *const sdp_connection_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (a, b) = (&*a, &*b);
        if a.c_nettype != b.c_nettype {
            return ord(a.c_nettype, b.c_nettype);
        }
        if a.c_addrtype != b.c_addrtype {
            return ord(a.c_addrtype, b.c_addrtype);
        }
        if a.c_bits & 0xff != b.c_bits & 0xff {
            return ord(a.c_bits & 0xff, b.c_bits & 0xff);
        }
        if a.c_groups != b.c_groups {
            return ord(a.c_groups, b.c_groups);
        }
        su_strcmp(a.c_address, b.c_address)
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_bandwidth_cmp(a: *const sdp_bandwidth_t, b: *const sdp_bandwidth_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (a, b) = (&*a, &*b);
        if a.b_modifier != b.b_modifier {
            return ord(a.b_modifier, b.b_modifier);
        }
        if a.b_modifier == sdp_bw_x {
            let rv = su_strcmp(a.b_modifier_name, b.b_modifier_name);
            if rv != 0 {
                return rv;
            }
        }
        if a.b_value != b.b_value {
            return ord(a.b_value, b.b_value);
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_time_cmp(a: *const sdp_time_t, b: *const sdp_time_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (a, b) = (&*a, &*b);
        if a.t_start != b.t_start {
            return ord(a.t_start, b.t_start);
        }
        if a.t_stop != b.t_stop {
            return ord(a.t_stop, b.t_stop);
        }
        let rv = sdp_zone_cmp(a.t_zone, b.t_zone);
        if rv != 0 {
            return rv;
        }
        sdp_repeat_cmp(a.t_repeat, b.t_repeat)
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_repeat_cmp(a: *const sdp_repeat_t, b: *const sdp_repeat_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (x, y) = (view::repeat(&*a), view::repeat(&*b));
        if x.interval != y.interval {
            return ord(x.interval, y.interval);
        }
        if x.duration != y.duration {
            return ord(x.duration, y.duration);
        }
        for (p, q) in x.offsets.iter().zip(&y.offsets) {
            if p != q {
                return ord(p, q);
            }
        }
        if x.offsets.len() != y.offsets.len() {
            return ord(x.offsets.len(), y.offsets.len());
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_zone_cmp(a: *const sdp_zone_t, b: *const sdp_zone_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (x, y) = (view::zone(&*a), view::zone(&*b));
        for (p, q) in x.adjustments.iter().zip(&y.adjustments) {
            if p.0 != q.0 {
                return ord(p.0, q.0);
            }
            if p.1 != q.1 {
                return ord(p.1, q.1);
            }
        }
        if x.adjustments.len() != y.adjustments.len() {
            return ord(x.adjustments.len(), y.adjustments.len());
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_key_cmp(a: *const sdp_key_t, b: *const sdp_key_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (a, b) = (&*a, &*b);
        if a.k_method != b.k_method {
            return ord(a.k_method, b.k_method);
        }
        if a.k_method == sdp_key_x {
            let rv = su_strcmp(a.k_method_name, b.k_method_name);
            if rv != 0 {
                return rv;
            }
        }
        su_strcmp(a.k_material, b.k_material)
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_cmp(a: *const sdp_attribute_t, b: *const sdp_attribute_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (a, b) = (&*a, &*b);
        let rv = su_strcmp(a.a_name, b.a_name);
        if rv != 0 {
            return rv;
        }
        su_strcmp(a.a_value, b.a_value)
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_rtpmap_cmp(a: *const sdp_rtpmap_t, b: *const sdp_rtpmap_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    // SAFETY: both valid.
    unsafe {
        let (a, b) = (&*a, &*b);
        let (pa, pb) = ((a.rm_bits >> 1) & 0x7f, (b.rm_bits >> 1) & 0x7f);
        if pa != pb {
            return ord(pa, pb);
        }
        let rv = su_strcmp(a.rm_encoding, b.rm_encoding);
        if rv != 0 {
            return rv;
        }
        if a.rm_rate != b.rm_rate {
            return ord(a.rm_rate, b.rm_rate);
        }
        let one = c"1".as_ptr();
        let pa = if a.rm_params.is_null() { one } else { a.rm_params };
        let pb = if b.rm_params.is_null() { one } else { b.rm_params };
        let rv = su_strcasecmp(pa, pb);
        if rv != 0 {
            return rv;
        }
        su_strcasecmp(a.rm_fmtp, b.rm_fmtp)
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_list_cmp(a: *const sdp_list_t, b: *const sdp_list_t) -> c_int {
    guard(0, || {
        // SAFETY: both lists valid or NULL.
        unsafe {
            cmp_lists(a, b, |x| (*x).l_next, |x, y| match nulls(x, y) {
                Some(rv) => rv,
                None => su_strcmp((*x).l_text, (*y).l_text),
            })
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sdp_media_cmp(a: *const sdp_media_t, b: *const sdp_media_t) -> c_int {
    if let Some(rv) = nulls(a, b) {
        return rv;
    }
    guard(0, || {
        // SAFETY: both valid.
        unsafe {
            let (a, b) = (&*a, &*b);
            if a.m_type != b.m_type {
                return ord(a.m_type, b.m_type);
            }
            if a.m_type == sdp_media_x {
                let rv = su_strcmp(a.m_type_name, b.m_type_name);
                if rv != 0 {
                    return rv;
                }
            }
            if a.m_port != b.m_port {
                return ord(a.m_port, b.m_port);
            }
            if a.m_port == 0 {
                return 0;
            }
            if a.m_number_of_ports != b.m_number_of_ports {
                return ord(a.m_number_of_ports, b.m_number_of_ports);
            }
            if a.m_proto != b.m_proto {
                return ord(a.m_proto, b.m_proto);
            }
            if a.m_proto == sdp_proto_x {
                let rv = su_strcmp(a.m_proto_name, b.m_proto_name);
                if rv != 0 {
                    return rv;
                }
            }
            let (ma, mb) = ((a.m_bits >> 1) & 3, (b.m_bits >> 1) & 3);
            if ma != mb {
                return ord(ma, mb);
            }
            let steps: [&dyn Fn() -> c_int; 7] = [
                &|| cmp_lists(a.m_rtpmaps, b.m_rtpmaps, |x| (*x).rm_next, |x, y| sdp_rtpmap_cmp(x, y)),
                &|| sdp_list_cmp(a.m_format, b.m_format),
                &|| su_strcmp(a.m_information, b.m_information),
                &|| cmp_lists(a.m_connections, b.m_connections, |x| (*x).c_next, |x, y| sdp_connection_cmp(x, y)),
                &|| cmp_lists(a.m_bandwidths, b.m_bandwidths, |x| (*x).b_next, |x, y| sdp_bandwidth_cmp(x, y)),
                &|| sdp_key_cmp(a.m_key, b.m_key),
                &|| cmp_lists(a.m_attributes, b.m_attributes, |x| (*x).a_next, |x, y| sdp_attribute_cmp(x, y)),
            ];
            steps.iter().map(|f| f()).find(|&rv| rv != 0).unwrap_or(0)
        }
    })
}

// ---------------------------------------------------------------------------
// Media helpers

#[no_mangle]
pub unsafe extern "C" fn sdp_media_connections(m: *const sdp_media_t) -> *mut sdp_connection_t {
    // SAFETY: m NULL or valid, its session NULL or valid.
    unsafe {
        match m.as_ref() {
            Some(m) if !m.m_connections.is_null() => m.m_connections,
            Some(m) => m.m_session.as_ref().map_or(ptr::null_mut(), |s| s.sdp_connection),
            None => ptr::null_mut(),
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_media_has_rtp(m: *const sdp_media_t) -> c_int {
    // SAFETY: m NULL or valid.
    unsafe { m.as_ref() }.is_some_and(|m| proto_has_rtp(m.m_proto)) as c_int
}

#[no_mangle]
pub unsafe extern "C" fn sdp_media_uses_rtp(m: *const sdp_media_t) -> c_int {
    // SAFETY: m NULL or valid; m_proto_name NULL or a C string.
    unsafe {
        m.as_ref().is_some_and(|m| {
            m.m_proto == sdp_proto_rtp
                || m.m_proto == sdp_proto_srtp
                || (FORK && m.m_proto == sdp_proto_extended_srtp)
                || (m.m_proto == sdp_proto_x && cbytes(m.m_proto_name).is_some_and(|n| n.len() >= 4 && casematch(&n[..4], b"RTP/")))
        }) as c_int
    }
}

/// The static C string of a canonical name.
fn canonical(name: &[u8]) -> *const c_char {
    let c: &'static CStr = match name {
        b"*" => c"*",
        b"audio" => c"audio",
        b"video" => c"video",
        b"application" => c"application",
        b"data" => c"data",
        b"control" => c"control",
        b"message" => c"message",
        b"image" => c"image",
        b"red" => c"red",
        b"text" => c"text",
        b"RTP/AVP" => c"RTP/AVP",
        b"RTP/SAVP" => c"RTP/SAVP",
        b"RTP/SAVPF" => c"RTP/SAVPF",
        b"UDP/TLS/RTP/SAVPF" => c"UDP/TLS/RTP/SAVPF",
        b"RTP/AVPF" => c"RTP/AVPF",
        b"UDP/RTP/AVPF" => c"UDP/RTP/AVPF",
        b"TCP/MSRP" => c"TCP/MSRP",
        b"TCP/TLS/MSRP" => c"TCP/TLS/MSRP",
        b"udptl" => c"udptl",
        b"UDP" => c"UDP",
        b"TCP" => c"TCP",
        b"TLS" => c"TLS",
        _ => c"",
    };
    c.as_ptr()
}

/// Set the media type (and its canonical name) from a media token.
#[no_mangle]
pub unsafe extern "C" fn sdp_media_type(m: *mut sdp_media_t, s: *const c_char) {
    // SAFETY: m NULL or valid; s NULL or a C string.
    unsafe {
        let Some(m) = m.as_mut() else { return };
        let (t, name) = cbytes(s).map_or((sdp_media_x, None), media_type_of);
        m.m_type = t;
        m.m_type_name = name.map_or(s, canonical);
    }
}

/// Set the transport protocol (and its canonical name) from a proto token.
#[no_mangle]
pub unsafe extern "C" fn sdp_media_transport(m: *mut sdp_media_t, s: *const c_char) {
    // SAFETY: m NULL or valid; s NULL or a C string.
    unsafe {
        let (Some(m), Some(text)) = (m.as_mut(), cbytes(s)) else { return };
        let (p, name) = proto_of(text);
        m.m_proto = p;
        m.m_proto_name = name.map_or(s, canonical);
    }
}

unsafe fn type_matches(m_type: u32, m_name: *const c_char, type_: u32, name: *const c_char) -> bool {
    // SAFETY: names NULL or C strings.
    type_ == m_type && (type_ != sdp_media_x || unsafe { crate::su::string::su_casematch(m_name, name) } != 0)
}

#[no_mangle]
pub unsafe extern "C" fn sdp_media_match(m: *const sdp_media_t, type_: c_uint, type_name: *const c_char, proto: c_uint, proto_name: *const c_char) -> c_uint {
    // SAFETY: m NULL or valid; names NULL or C strings.
    unsafe {
        let Some(m) = m.as_ref() else { return 0 };
        if type_ == sdp_media_any || m.m_type == sdp_media_any {
            return 1;
        }
        let type_name = if type_name.is_null() { c"".as_ptr() } else { type_name };
        if !type_matches(m.m_type, m.m_type_name, type_, type_name) {
            return 0;
        }
        if proto == sdp_proto_any || m.m_proto == sdp_proto_any {
            return 1;
        }
        let proto_name = if proto_name.is_null() { c"".as_ptr() } else { proto_name };
        type_matches(m.m_proto, m.m_proto_name, proto, proto_name) as c_uint
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_media_match_with(a: *const sdp_media_t, b: *const sdp_media_t) -> c_uint {
    // SAFETY: a, b NULL or valid.
    unsafe {
        let (Some(a), Some(b)) = (a.as_ref(), b.as_ref()) else { return (a == b) as c_uint };
        if a.m_type == sdp_media_any || b.m_type == sdp_media_any {
            return 1;
        }
        if !type_matches(b.m_type, b.m_type_name, a.m_type, a.m_type_name) {
            return 0;
        }
        if a.m_proto == sdp_proto_any || b.m_proto == sdp_proto_any {
            return 1;
        }
        type_matches(b.m_proto, b.m_proto_name, a.m_proto, a.m_proto_name) as c_uint
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_media_count(sdp: *const sdp_session_t, type_: c_uint, type_name: *const c_char, proto: c_uint, proto_name: *const c_char) -> c_uint {
    // SAFETY: sdp NULL or valid.
    unsafe {
        let Some(s) = sdp.as_ref() else { return 0 };
        let mut n = 0;
        let mut m = s.sdp_media as *const sdp_media_t;
        while let Some(x) = m.as_ref() {
            n += sdp_media_match(m, type_, type_name, proto, proto_name);
            m = x.m_next;
        }
        n
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_media_count_with(sdp: *const sdp_session_t, m0: *const sdp_media_t) -> c_uint {
    // SAFETY: sdp NULL or valid.
    unsafe {
        let Some(s) = sdp.as_ref() else { return 0 };
        let mut n = 0;
        let mut m = s.sdp_media as *const sdp_media_t;
        while let Some(x) = m.as_ref() {
            n += sdp_media_match_with(m, m0);
            m = x.m_next;
        }
        n
    }
}

/// The media of `sdp` that matches `m0` (type and protocol): the address of the link
/// pointing at it, or NULL. (FreeSWITCH fork.)
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn sdp_media_exists(sdp: *mut sdp_session_t, m0: *const sdp_media_t) -> *mut *mut sdp_media_t {
    // SAFETY: sdp NULL or valid.
    unsafe {
        let Some(s) = sdp.as_mut() else { return ptr::null_mut() };
        let mut link: *mut *mut sdp_media_t = &mut s.sdp_media;
        while !(*link).is_null() {
            if sdp_media_match_with(*link, m0) != 0 {
                return link;
            }
            link = &mut (**link).m_next;
        }
        ptr::null_mut()
    }
}

// ---------------------------------------------------------------------------
// Attributes

unsafe fn name_is(a: &sdp_attribute_t, name: *const c_char) -> bool {
    // SAFETY: names NULL or C strings.
    unsafe { crate::su::string::su_casematch(a.a_name, name) != 0 }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_find(a: *const sdp_attribute_t, name: *const c_char) -> *mut sdp_attribute_t {
    let mut a = a;
    // SAFETY: a NULL or a valid list.
    unsafe {
        while let Some(x) = a.as_ref() {
            if name_is(x, name) {
                break;
            }
            a = x.a_next;
        }
    }
    a as *mut sdp_attribute_t
}

#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_find2(a: *const sdp_attribute_t, a2: *const sdp_attribute_t, name: *const c_char) -> *mut sdp_attribute_t {
    // SAFETY: both NULL or valid lists.
    unsafe {
        let r = sdp_attribute_find(a, name);
        if r.is_null() {
            sdp_attribute_find(a2, name)
        } else {
            r
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_mode(a: *const sdp_attribute_t, defmode: c_uint) -> c_uint {
    let mut a = a;
    // SAFETY: a NULL or a valid list.
    unsafe {
        while let Some(x) = a.as_ref() {
            if let Some(mode) = cbytes(x.a_name).and_then(parse::mode_of) {
                return mode;
            }
            a = x.a_next;
        }
    }
    defmode
}

#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_by_mode(home: *mut su_home_t, mode: c_uint) -> *mut sdp_attribute_t {
    let name = match mode {
        sdp_inactive => c"inactive",
        sdp_sendonly => c"sendonly",
        sdp_recvonly => c"recvonly",
        sdp_sendrecv => c"sendrecv",
        _ => return ptr::null_mut(),
    };
    guard(ptr::null_mut(), || {
        // SAFETY: home NULL or valid; fresh zeroed block.
        unsafe {
            let a = home_alloc(home, size_of::<sdp_attribute_t>(), true) as *mut sdp_attribute_t;
            if let Some(a) = a.as_mut() {
                a.a_size = size_of::<sdp_attribute_t>() as c_int;
                a.a_name = name.as_ptr();
            }
            a
        }
    })
}

/// Find the attribute `name` whose value starts with payload type `pt` followed by
/// whitespace and more text; `*return_result` points at that text.
#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_mapped_find(a: *const sdp_attribute_t, name: *const c_char, pt: c_int, return_result: *mut *mut c_char) -> *mut sdp_attribute_t {
    // SAFETY: a NULL or a valid list; return_result NULL or writable.
    unsafe {
        if !return_result.is_null() {
            *return_result = ptr::null_mut();
        }
        if !(0..=127).contains(&pt) {
            return ptr::null_mut();
        }
        let ptv = pt.to_string();
        let mut a = sdp_attribute_find(a, name);
        while let Some(x) = a.as_ref() {
            if let Some(v) = cbytes(x.a_value) {
                if v.starts_with(ptv.as_bytes()) {
                    let rest = &v[ptv.len()..];
                    let w = rest.iter().take_while(|c| **c == b' ' || **c == b'\t').count();
                    if w > 0 && w < rest.len() {
                        if !return_result.is_null() {
                            *return_result = x.a_value.add(ptv.len() + w) as *mut c_char;
                        }
                        return a;
                    }
                }
            }
            a = sdp_attribute_find(x.a_next, name);
        }
        ptr::null_mut()
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_append(list: *mut *mut sdp_attribute_t, a: *const sdp_attribute_t) {
    if list.is_null() || a.is_null() {
        return;
    }
    // SAFETY: list points at a valid list head.
    unsafe {
        let mut l = list;
        while !(*l).is_null() {
            l = &mut (**l).a_next;
        }
        *l = a as *mut sdp_attribute_t;
    }
}

/// Replace the first attribute named like `a` with `a` (or append it): 1 if one was
/// replaced (returned in `*return_replaced`), 0 if appended, -1 on bad arguments.
#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_replace(list: *mut *mut sdp_attribute_t, a: *mut sdp_attribute_t, return_replaced: *mut *mut sdp_attribute_t) -> c_int {
    // SAFETY: list points at a valid list head; a valid; return_replaced NULL or writable.
    unsafe {
        if !return_replaced.is_null() {
            *return_replaced = ptr::null_mut();
        }
        if list.is_null() || a.is_null() {
            return -1;
        }
        let mut l = list;
        while !(*l).is_null() {
            if name_is(&**l, (*a).a_name) {
                break;
            }
            l = &mut (**l).a_next;
        }
        let replaced = *l;
        *l = a;
        if let Some(r) = replaced.as_mut() {
            (*a).a_next = r.a_next;
            r.a_next = ptr::null_mut();
            if !return_replaced.is_null() {
                *return_replaced = replaced;
            }
            return 1;
        }
        0
    }
}

/// Unlink and return the first attribute called `name`.
#[no_mangle]
pub unsafe extern "C" fn sdp_attribute_remove(list: *mut *mut sdp_attribute_t, name: *const c_char) -> *mut sdp_attribute_t {
    if list.is_null() || name.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: list points at a valid list head.
    unsafe {
        let mut l = list;
        while let Some(x) = (*l).as_mut() {
            if name_is(x, name) {
                *l = x.a_next;
                x.a_next = ptr::null_mut();
                return x;
            }
            l = &mut x.a_next;
        }
        ptr::null_mut()
    }
}

// ---------------------------------------------------------------------------
// Rtpmaps

/// Same encoding, rate and parameters (a missing parameter is "1")?
unsafe fn rtpmap_same_codec(a: &sdp_rtpmap_t, b: &sdp_rtpmap_t) -> bool {
    use crate::su::string::su_casematch;
    // SAFETY: strings NULL or C strings.
    unsafe {
        if a.rm_rate != b.rm_rate || su_casematch(a.rm_encoding, b.rm_encoding) == 0 {
            return false;
        }
        if a.rm_params == b.rm_params {
            return true;
        }
        let one = c"1".as_ptr();
        let pa = if a.rm_params.is_null() { one } else { a.rm_params };
        let pb = if b.rm_params.is_null() { one } else { b.rm_params };
        su_casematch(pa, pb) != 0
    }
}

#[no_mangle]
pub unsafe extern "C" fn sdp_rtpmap_match(a: *const sdp_rtpmap_t, b: *const sdp_rtpmap_t) -> c_int {
    if a == b {
        return 1;
    }
    // SAFETY: a, b NULL or valid.
    unsafe {
        match (a.as_ref(), b.as_ref()) {
            (Some(a), Some(b)) => rtpmap_same_codec(a, b) as c_int,
            _ => 0,
        }
    }
}

/// The first entry of `list` with the codec of `rm` (the fork prefers one that also has
/// the same payload type).
#[no_mangle]
pub unsafe extern "C" fn sdp_rtpmap_find_matching(list: *const sdp_rtpmap_t, rm: *const sdp_rtpmap_t) -> *mut sdp_rtpmap_t {
    // SAFETY: list NULL or a valid list; rm NULL or valid.
    unsafe {
        let Some(r) = rm.as_ref() else { return ptr::null_mut() };
        let mut l = list;
        let mut first_same_params: *const sdp_rtpmap_t = ptr::null();
        while let Some(x) = l.as_ref() {
            if rtpmap_same_codec(r, x) {
                if !FORK || r.rm_params != x.rm_params {
                    break;
                }
                // Fork: identical parameter pointers (usually both NULL) also need the
                // same payload type; otherwise remember the first such entry.
                if first_same_params.is_null() {
                    first_same_params = l;
                }
                if (r.rm_bits >> 1) & 0x7f == (x.rm_bits >> 1) & 0x7f {
                    break;
                }
            }
            l = x.rm_next;
        }
        if l.is_null() && FORK {
            return first_same_params as *mut sdp_rtpmap_t;
        }
        l as *mut sdp_rtpmap_t
    }
}

// ---------------------------------------------------------------------------
// Exported data

/// An rtpmap that may live in a `static` (its pointers are to static strings).
#[repr(transparent)]
pub struct StaticRtpmap(sdp_rtpmap_t);
// SAFETY: immutable, points only at static data.
unsafe impl Sync for StaticRtpmap {}

#[repr(transparent)]
pub struct RtpmapTable([*const StaticRtpmap; 128]);
// SAFETY: immutable table of pointers to immutable statics.
unsafe impl Sync for RtpmapTable {}

macro_rules! rtpmap {
    ($name:ident, $pt:expr, $enc:expr, $rate:expr, $params:expr) => {
        static $name: StaticRtpmap = StaticRtpmap(sdp_rtpmap_t {
            rm_size: size_of::<sdp_rtpmap_t>() as c_int,
            rm_next: ptr::null_mut(),
            rm_encoding: $enc.as_ptr(),
            rm_rate: $rate,
            rm_params: $params,
            rm_fmtp: ptr::null(),
            rm_bits: 1 | ($pt << 1),
        });
    };
}

rtpmap!(RM0, 0, c"PCMU", 8000, ptr::null());
rtpmap!(RM1, 1, c"1016", 8000, ptr::null());
rtpmap!(RM2, 2, c"G721", 8000, ptr::null());
rtpmap!(RM3, 3, c"GSM", 8000, ptr::null());
rtpmap!(RM4, 4, c"G723", 8000, ptr::null());
rtpmap!(RM5, 5, c"DVI4", 8000, ptr::null());
rtpmap!(RM6, 6, c"DVI4", 16000, ptr::null());
rtpmap!(RM7, 7, c"LPC", 8000, ptr::null());
rtpmap!(RM8, 8, c"PCMA", 8000, ptr::null());
rtpmap!(RM9, 9, c"G722", 8000, ptr::null());
rtpmap!(RM10, 10, c"L16", 44100, c"2".as_ptr());
rtpmap!(RM11, 11, c"L16", 44100, ptr::null());
rtpmap!(RM12, 12, c"QCELP", 8000, ptr::null());
rtpmap!(RM13, 13, c"CN", 8000, ptr::null());
rtpmap!(RM14, 14, c"MPA", 90000, ptr::null());
rtpmap!(RM15, 15, c"G728", 8000, ptr::null());
rtpmap!(RM16, 16, c"DVI4", 11025, ptr::null());
rtpmap!(RM17, 17, c"DVI4", 22050, ptr::null());
rtpmap!(RM18, 18, c"G729", 8000, ptr::null());
rtpmap!(RM19, 19, c"CN", 8000, ptr::null());
rtpmap!(RM25, 25, c"CelB", 90000, ptr::null());
rtpmap!(RM26, 26, c"JPEG", 90000, ptr::null());
rtpmap!(RM28, 28, c"nv", 90000, ptr::null());
rtpmap!(RM31, 31, c"H261", 90000, ptr::null());
rtpmap!(RM32, 32, c"MPV", 90000, ptr::null());
rtpmap!(RM33, 33, c"MP2T", 90000, ptr::null());
rtpmap!(RM34, 34, c"H263", 90000, ptr::null());

const fn table() -> RtpmapTable {
    let mut t = [ptr::null::<StaticRtpmap>(); 128];
    let all: [(usize, &StaticRtpmap); 27] = [
        (0, &RM0), (1, &RM1), (2, &RM2), (3, &RM3), (4, &RM4), (5, &RM5), (6, &RM6), (7, &RM7),
        (8, &RM8), (9, &RM9), (10, &RM10), (11, &RM11), (12, &RM12), (13, &RM13), (14, &RM14),
        (15, &RM15), (16, &RM16), (17, &RM17), (18, &RM18), (19, &RM19), (25, &RM25),
        (26, &RM26), (28, &RM28), (31, &RM31), (32, &RM32), (33, &RM33), (34, &RM34),
    ];
    let mut i = 0;
    while i < all.len() {
        t[all[i].0] = all[i].1 as *const StaticRtpmap;
        i += 1;
    }
    RtpmapTable(t)
}

/// `sdp_rtpmap_well_known[128]`: the static payload types, by number.
#[no_mangle]
pub static sdp_rtpmap_well_known: RtpmapTable = table();

/// Alignment slack of Sofia's struct copies (0 on LP64).
#[no_mangle]
pub static sdp_struct_align_: c_uint = 0;

/// The model of a session for Rust callers (tag class, tests).
///
/// # Safety
/// `s` must be a valid session.
pub unsafe fn session_view<'a>(s: *const sdp_session_t) -> Session<'a> {
    // SAFETY: caller contract.
    unsafe { view::session(&*s, true) }
}

#[allow(unused)]
fn _model_used(_: model::Media<'_>) {}
