//! The C shell of `url.h`: `url_*` entry points over `url_t` and `url_string_t`.
//! Each turns its pointers into byte slices / a [`View`], calls the safe core and
//! writes the result back in Sofia's C layout.

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr;

use super::syntax::{self, View};
use super::{url_string_t, url_t, Kind};
use crate::ffi::{cbytes, guard};
use crate::su::alloc::{home_alloc, home_strdup_bytes, isize_t, su_free, su_home_t};
use crate::su::md5::{self, su_md5_t};

pub type issize_t = c_int;

/// The constant C string of a scheme name, port or transport.
fn static_cstr(s: &str) -> *const c_char {
    let c: &'static CStr = match s {
        "*" => c"*",
        "sip" => c"sip",
        "sips" => c"sips",
        "urn" => c"urn",
        "tel" => c"tel",
        "fax" => c"fax",
        "modem" => c"modem",
        "http" => c"http",
        "https" => c"https",
        "ftp" => c"ftp",
        "file" => c"file",
        "rtsp" => c"rtsp",
        "rtspu" => c"rtspu",
        "mailto" => c"mailto",
        "im" => c"im",
        "pres" => c"pres",
        "cid" => c"cid",
        "msrp" => c"msrp",
        "msrps" => c"msrps",
        "wv" => c"wv",
        "5060" => c"5060",
        "5061" => c"5061",
        "80" => c"80",
        "443" => c"443",
        "21" => c"21",
        "554" => c"554",
        "25" => c"25",
        "9999" => c"9999",
        "tls" => c"tls",
        "tcp" => c"tcp",
        "udp" => c"udp",
        _ => c"",
    };
    c.as_ptr()
}

fn kind_of_enum(t: c_int) -> Option<Kind> {
    i8::try_from(t).ok().and_then(Kind::from_code)
}

/// Is `u` a string (`url_string_t` holding text) rather than a `url_t`?
///
/// # Safety
/// `u` must be NULL or point to a `url_t` or a NUL-terminated string.
pub unsafe fn is_string(u: *const c_void) -> bool {
    // SAFETY: a non-NULL url_string_t has at least one readable byte.
    !u.is_null() && unsafe { *(u as *const u8) } != 0
}

/// Borrow the parts of a `url_t`.
///
/// # Safety
/// `u` must be a valid `url_t` whose string members are NULL or C strings.
pub unsafe fn view<'a>(u: *const url_t) -> View<'a> {
    // SAFETY: caller contract.
    unsafe {
        let u = &*u;
        let ptrs = fields(u);
        let mut v = View { kind_code: u.url_type, root: u.url_root as u8, f: [None; 9] };
        for (i, p) in ptrs.iter().enumerate() {
            v.f[i] = cbytes(*p);
        }
        v
    }
}

fn fields(u: &url_t) -> [*const c_char; 9] {
    [
        u.url_scheme,
        u.url_user,
        u.url_password,
        u.url_host,
        u.url_port,
        u.url_path,
        u.url_params,
        u.url_headers,
        u.url_fragment,
    ]
}

fn set_fields(u: &mut url_t, f: [*const c_char; 9]) {
    u.url_scheme = f[0];
    u.url_user = f[1];
    u.url_password = f[2];
    u.url_host = f[3];
    u.url_port = f[4];
    u.url_path = f[5];
    u.url_params = f[6];
    u.url_headers = f[7];
    u.url_fragment = f[8];
}

/// The printed form of a `url_t` or of a URL string.
///
/// # Safety
/// `u` non-NULL, a `url_t` or a C string.
unsafe fn printed(u: *const url_t) -> Vec<u8> {
    // SAFETY: caller contract.
    unsafe {
        if is_string(u as *const c_void) {
            cbytes(u as *const c_char).unwrap_or_default().to_vec()
        } else {
            syntax::print(&view(u))
        }
    }
}

/// Parse the C string `s` in place into `url` (the core of `url_d`).
///
/// # Safety
/// `url` valid for writing; `s` a writable NUL-terminated buffer.
unsafe fn decode_in_place(url: *mut url_t, s: *mut c_char) -> c_int {
    // SAFETY: caller contract; the input is copied before the buffer is rewritten.
    unsafe {
        *url = url_t::ZERO;
        let Some(input) = cbytes(s).map(|b| b.to_vec()) else { return -1 };
        let Some(p) = syntax::parse(&input) else { return -1 };
        let buf = std::slice::from_raw_parts_mut(s as *mut u8, input.len() + 1);
        let mut ptrs = [ptr::null::<c_char>(); 9];
        for (i, f) in p.fields.iter().enumerate() {
            if let Some(f) = f {
                // Canonized text is never longer than its source, so it and its NUL
                // stay inside the component's own bytes (or its separator).
                let end = f.start + f.text.len();
                buf[f.start..end].copy_from_slice(&f.text);
                buf[end] = 0;
                ptrs[i] = s.add(f.start);
            }
        }
        if p.kind == Kind::Any && ptrs[0].is_null() {
            ptrs[0] = static_cstr("*");
        }
        let u = &mut *url;
        u.url_type = p.kind.code();
        u.url_root = if p.root { b'/' as c_char } else { 0 };
        set_fields(u, ptrs);
        0
    }
}

/// Decode a URL string in place: `url`'s members point into `s`, which is modified.
#[no_mangle]
pub unsafe extern "C" fn url_d(url: *mut url_t, s: *mut c_char) -> c_int {
    if url.is_null() || s.is_null() {
        return -1;
    }
    // SAFETY: non-NULL url and a writable C string, per url_d's contract.
    guard(-1, || unsafe { decode_in_place(url, s) })
}

/// Encode `url` into `buffer` (snprintf convention: returns the full length).
#[no_mangle]
pub unsafe extern "C" fn url_e(buffer: *mut c_char, n: isize_t, url: *const url_t) -> issize_t {
    if url.is_null() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: url is a url_t or a string; buffer has n bytes when non-NULL.
        unsafe {
            let text = printed(url);
            crate::tag::class::write_c(buffer, n.max(0) as usize, &text)
        }
    })
}

/// Length of the encoded URL (never less than what `url_e()` prints).
#[no_mangle]
pub unsafe extern "C" fn url_len(url: *const url_t) -> isize_t {
    if url.is_null() {
        return 0;
    }
    guard(0, || {
        // SAFETY: url is a url_t.
        unsafe {
            if is_string(url as *const c_void) {
                return printed(url).len() as isize_t;
            }
            let v = view(url);
            syntax::len_formula(&v).max(syntax::print(&v).len()) as isize_t
        }
    })
}

/// Bytes needed for the strings of `url` (or the string) when duplicated.
#[no_mangle]
pub unsafe extern "C" fn url_xtra(url: *const url_t) -> isize_t {
    if url.is_null() {
        return 0;
    }
    // SAFETY: url is a url_t or a string.
    guard(0, || unsafe { xtra(url) as isize_t })
}

/// # Safety
/// `url` non-NULL, a `url_t` or a C string.
unsafe fn xtra(url: *const url_t) -> usize {
    // SAFETY: caller contract.
    unsafe {
        if is_string(url as *const c_void) {
            return cbytes(url as *const c_char).map_or(0, |b| b.len() + 1);
        }
        let v = view(url);
        v.f.iter()
            .enumerate()
            .filter(|(i, _)| *i != syntax::SCHEME || v.kind_code <= Kind::Unknown.code())
            .map(|(_, f)| f.map_or(0, |s| s.len() + 1))
            .sum()
    }
}

/// Copy `src` into `dst` with its strings in `buf` (`bufsize` bytes); returns the
/// bytes needed. Strings that do not fit are left NULL.
#[no_mangle]
pub unsafe extern "C" fn url_dup(buf: *mut c_char, bufsize: isize_t, dst: *mut url_t, src: *const url_t) -> issize_t {
    if src.is_null() && dst.is_null() {
        return -1;
    }
    // SAFETY: buf has bufsize bytes; dst NULL or writable; src NULL, url_t or string.
    guard(-1, || unsafe { dup(buf, bufsize.max(0) as usize, dst, src) as issize_t })
}

/// # Safety
/// As for [`url_dup`]. Returns the size needed, or -1.
unsafe fn dup(buf: *mut c_char, bufsize: usize, dst: *mut url_t, src: *const url_t) -> isize {
    // SAFETY: caller contract.
    unsafe {
        if is_string(src as *const c_void) {
            let s = cbytes(src as *const c_char).unwrap_or_default();
            let n = s.len() + 1;
            if n > bufsize || dst.is_null() || buf.is_null() {
                return n as isize;
            }
            ptr::copy_nonoverlapping(s.as_ptr(), buf as *mut u8, s.len());
            *buf.add(s.len()) = 0;
            if decode_in_place(dst, buf) < 0 {
                return -1;
            }
            return n as isize;
        }
        if src.is_null() {
            *dst = url_t::ZERO;
            return 0;
        }
        // Read the source before writing the destination (they may be the same).
        let s = *src;
        let src_fields = fields(&s);
        let mut out = url_t::ZERO;
        out.url_type = s.url_type;
        out.url_root = s.url_root;
        let mut ptrs = [ptr::null::<c_char>(); 9];
        let mut first = 0;
        if s.url_type > Kind::Unknown.code() {
            if let Some(name) = Kind::from_code(s.url_type).and_then(|k| k.scheme()) {
                ptrs[0] = static_cstr(name);
                first = 1;
            }
        }
        let copying = !dst.is_null() && !buf.is_null() && bufsize != 0;
        let mut used = 0usize;
        let mut fits = copying;
        for i in first..9 {
            let Some(text) = cbytes(src_fields[i]) else { continue };
            let need = text.len() + 1;
            if fits && need <= bufsize - used {
                let d = buf.add(used);
                ptr::copy_nonoverlapping(text.as_ptr(), d as *mut u8, text.len());
                *d.add(text.len()) = 0;
                ptrs[i] = d;
            } else {
                fits = false;
            }
            used += need;
        }
        if !dst.is_null() {
            set_fields(&mut out, ptrs);
            *dst = out;
        }
        used as isize
    }
}

/// Duplicate a `url_t` (or parse a string) into one block allocated from `home`.
#[no_mangle]
pub unsafe extern "C" fn url_hdup(home: *mut su_home_t, src: *const url_t) -> *mut url_t {
    if src.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: src a url_t or a string; the block holds the url_t and its strings.
        unsafe {
            let x = xtra(src);
            let size = std::mem::size_of::<url_t>() + x;
            let dst = home_alloc(home, size, false) as *mut url_t;
            if dst.is_null() {
                return dst;
            }
            if dup(dst.add(1) as *mut c_char, x, dst, src) < 0 {
                su_free(home, dst as *mut c_void);
                return ptr::null_mut();
            }
            dst
        }
    })
}

/// Parse a string into a new `url_t` allocated from `home`; NULL for NULL, "" or a
/// malformed URL.
#[no_mangle]
pub unsafe extern "C" fn url_make(home: *mut su_home_t, s: *const c_char) -> *mut url_t {
    // SAFETY: s NULL or a C string; url_hdup checks the rest.
    unsafe {
        if !is_string(s as *const c_void) {
            return ptr::null_mut();
        }
        url_hdup(home, s as *const url_t)
    }
}

/// Rust half of `url_format()` (the shim formats the text).
#[no_mangle]
pub unsafe extern "C" fn url_as_string(home: *mut su_home_t, url: *const url_t) -> *mut c_char {
    if url.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: url a url_t or a string.
    guard(ptr::null_mut(), || unsafe { home_strdup_bytes(home, &printed(url)) })
}

#[no_mangle]
pub unsafe extern "C" fn url_string_p(url: *const url_string_t) -> c_int {
    // SAFETY: NULL, a url_t or a string.
    unsafe { is_string(url as *const c_void) as c_int }
}

#[no_mangle]
pub unsafe extern "C" fn url_is_string(url: *const url_string_t) -> c_int {
    // SAFETY: as url_string_p.
    unsafe { is_string(url as *const c_void) as c_int }
}

#[no_mangle]
pub unsafe extern "C" fn url_init(url: *mut url_t, t: c_int) {
    if url.is_null() {
        return;
    }
    // SAFETY: url is writable.
    unsafe {
        *url = url_t::ZERO;
        (*url).url_type = t as i8;
        if t > Kind::Unknown.code() as c_int {
            if let Some(name) = kind_of_enum(t).and_then(|k| k.scheme()) {
                (*url).url_scheme = static_cstr(name);
            }
        }
    }
}

#[no_mangle]
pub extern "C" fn url_scheme(t: c_int) -> *const c_char {
    match kind_of_enum(t).and_then(|k| k.scheme()) {
        Some(s) => static_cstr(s),
        None => ptr::null(),
    }
}

#[no_mangle]
pub extern "C" fn url_port_default(t: c_int) -> *const c_char {
    static_cstr(kind_of_enum(t).map_or("", |k| k.default_port()))
}

#[no_mangle]
pub extern "C" fn url_tport_default(t: c_int) -> *const c_char {
    static_cstr(kind_of_enum(t).map_or("*", |k| k.default_tport()))
}

/// The port of `u`: its own, or the scheme default ("" for a SIP URL with a domain
/// name, as the port then comes from DNS).
#[no_mangle]
pub unsafe extern "C" fn url_port(u: *const url_t) -> *const c_char {
    if u.is_null() {
        return static_cstr("");
    }
    guard(static_cstr(""), || {
        // SAFETY: u is a url_t.
        unsafe {
            let v = view(u);
            if v.f[syntax::PORT].is_some_and(|p| !p.is_empty()) {
                return (*u).url_port;
            }
            let kind = v.kind();
            if matches!(kind, Some(Kind::Sip) | Some(Kind::Sips)) && !syntax::host_is_ip(v.f[syntax::HOST]) {
                return static_cstr("");
            }
            static_cstr(kind.map_or("", |k| k.default_port()))
        }
    })
}

/// Give a scheme to a scheme-less URL: ftp. → ftp, www. or a path → http, else sip.
#[no_mangle]
pub unsafe extern "C" fn url_sanitize(u: *mut url_t) -> c_int {
    if u.is_null() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: u is a url_t.
        unsafe {
            let u = &mut *u;
            if !u.url_scheme.is_null() {
                return 0;
            }
            let Some(host) = cbytes(u.url_host) else { return -1 };
            let starts = |p: &[u8]| host.len() >= p.len() && host[..p.len()].eq_ignore_ascii_case(p);
            let (kind, root) = if starts(b"ftp.") {
                (Kind::Ftp, true)
            } else if starts(b"www.") || !u.url_path.is_null() {
                (Kind::Http, true)
            } else {
                (Kind::Sip, false)
            };
            u.url_type = kind.code();
            u.url_scheme = static_cstr(kind.scheme().unwrap_or(""));
            if root {
                u.url_root = b'/' as c_char;
            }
            0
        }
    })
}

/// Compare scheme, host, port and user (`*` matches everything).
#[no_mangle]
pub unsafe extern "C" fn url_cmp(a: *const url_t, b: *const url_t) -> c_int {
    guard(0, || {
        // SAFETY: a and b are NULL or url_t.
        unsafe {
            let any = Kind::Any.code();
            if (!a.is_null() && (*a).url_type == any) || (!b.is_null() && (*b).url_type == any) {
                return 0;
            }
            if a.is_null() || b.is_null() {
                return (!a.is_null()) as c_int - (!b.is_null()) as c_int;
            }
            syntax::cmp(&view(a), &view(b), false)
        }
    })
}

/// Compare every part of two URLs.
#[no_mangle]
pub unsafe extern "C" fn url_cmp_all(a: *const url_t, b: *const url_t) -> c_int {
    guard(0, || {
        // SAFETY: a and b are NULL or url_t.
        unsafe {
            if a.is_null() || b.is_null() {
                return (!a.is_null()) as c_int - (!b.is_null()) as c_int;
            }
            syntax::cmp(&view(a), &view(b), true)
        }
    })
}

// --- parameters ------------------------------------------------------------------------

/// Find parameter `tag` in `params`; copy its value to `value` (`vlen` bytes) when it
/// fits. Returns the value length plus one, or 0 when absent.
#[no_mangle]
pub unsafe extern "C" fn url_param(params: *const c_char, tag: *const c_char, value: *mut c_char, vlen: isize_t) -> isize_t {
    guard(0, || {
        // SAFETY: params/tag NULL or C strings; value has vlen bytes.
        unsafe {
            let (Some(params), Some(tag)) = (cbytes(params), cbytes(tag)) else { return 0 };
            let Some(v) = syntax::param(params, tag) else { return 0 };
            let vlen = if value.is_null() { 0 } else { vlen.max(0) as usize };
            if v.len() < vlen {
                ptr::copy_nonoverlapping(v.as_ptr(), value as *mut u8, v.len());
                *value.add(v.len()) = 0;
            }
            (v.len() + 1) as isize_t
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn url_have_param(params: *const c_char, tag: *const c_char) -> isize_t {
    // SAFETY: forwarded.
    unsafe { url_param(params, tag, ptr::null_mut(), 0) }
}

#[no_mangle]
pub unsafe extern "C" fn url_has_param(url: *const url_t, name: *const c_char) -> c_int {
    if url.is_null() {
        return 0;
    }
    // SAFETY: url is a url_t.
    unsafe {
        let params = (*url).url_params;
        (!params.is_null() && url_param(params, name, ptr::null_mut(), 0) != 0) as c_int
    }
}

/// Append `;param` to the parameters of `url` (new string from `home`).
#[no_mangle]
pub unsafe extern "C" fn url_param_add(home: *mut su_home_t, url: *mut url_t, param: *const c_char) -> c_int {
    if url.is_null() || param.is_null() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: url is a url_t; param a C string.
        unsafe {
            let mut s = Vec::new();
            if let Some(old) = cbytes((*url).url_params) {
                s.extend_from_slice(old);
                s.push(b';');
            }
            s.extend_from_slice(cbytes(param).unwrap_or_default());
            let p = home_strdup_bytes(home, &s);
            if p.is_null() {
                return -1;
            }
            (*url).url_params = p;
            0
        }
    })
}

/// Remove parameter `name` from the string `params` in place; NULL if none is left.
#[no_mangle]
pub unsafe extern "C" fn url_strip_param_string(params: *mut c_char, name: *const c_char) -> *mut c_char {
    if params.is_null() || name.is_null() {
        return params;
    }
    guard(params, || {
        // SAFETY: params is a writable C string; name a C string.
        unsafe {
            let name = cbytes(name).unwrap_or_default().to_vec();
            let len = libc::strlen(params);
            let buf = std::slice::from_raw_parts_mut(params as *mut u8, len + 1);
            match syntax::strip_param_string(buf, &name) {
                Some(off) => params.add(off),
                None => ptr::null_mut(),
            }
        }
    })
}

/// # Safety
/// `u` a url_t; with `modify`, its params are writable.
unsafe fn transport(u: *mut url_t, modify: bool) -> c_int {
    // SAFETY: caller contract.
    unsafe {
        let url = &mut *u;
        if !matches!(Kind::from_code(url.url_type), Some(Kind::Sip) | Some(Kind::Sips)) {
            return 0;
        }
        if !url.url_port.is_null() {
            if !modify {
                return 1;
            }
            url.url_port = ptr::null();
        }
        if url.url_params.is_null() {
            return 0;
        }
        let p = url.url_params as *mut c_char;
        let len = libc::strlen(p);
        if !modify {
            let mut copy = std::slice::from_raw_parts(p as *const u8, len + 1).to_vec();
            return syntax::strip_transport(&mut copy, false).0 as c_int;
        }
        let buf = std::slice::from_raw_parts_mut(p as *mut u8, len + 1);
        let (changed, rest) = syntax::strip_transport(buf, true);
        if rest.is_none() {
            url.url_params = ptr::null();
        }
        changed as c_int
    }
}

/// Remove port, maddr, transport, ttl and method (and empty parameters) from a SIP URL.
#[no_mangle]
pub unsafe extern "C" fn url_strip_transport(u: *mut url_t) -> c_int {
    if u.is_null() {
        return 0;
    }
    // SAFETY: u is a url_t with writable params.
    guard(0, || unsafe { transport(u, true) })
}

#[no_mangle]
pub unsafe extern "C" fn url_have_transport(u: *const url_t) -> c_int {
    if u.is_null() {
        return 0;
    }
    // SAFETY: u is a url_t; nothing is written.
    guard(0, || unsafe { transport(u as *mut url_t, false) })
}

/// "a=b&c=d&body=x" → "a:b\nc:d\n\nx", from `home`.
#[no_mangle]
pub unsafe extern "C" fn url_query_as_header_string(home: *mut su_home_t, query: *const c_char) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: query NULL or a C string.
        unsafe {
            let Some(q) = cbytes(query) else { return ptr::null_mut() };
            match syntax::query_as_header_string(q) {
                Some(s) => home_strdup_bytes(home, &s),
                None => ptr::null_mut(),
            }
        }
    })
}

// --- escapes ------------------------------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn url_reserved_p(s: *const c_char) -> c_int {
    // SAFETY: s NULL or a C string.
    guard(0, || unsafe { cbytes(s).is_some_and(|b| b.iter().any(|&c| syntax::RESERVED.has(c))) as c_int })
}

/// # Safety
/// `reserved` NULL or a C string.
unsafe fn escape_set(reserved: *const c_char) -> syntax::Excluded {
    // SAFETY: caller contract.
    syntax::escape_set(unsafe { cbytes(reserved) })
}

#[no_mangle]
pub unsafe extern "C" fn url_esclen(s: *const c_char, reserved: *const c_char) -> isize_t {
    guard(0, || {
        // SAFETY: C strings or NULL.
        unsafe {
            let set = escape_set(reserved);
            cbytes(s).map_or(0, |b| b.iter().map(|&c| if set.has(c) { 3 } else { 1 }).sum::<usize>()) as isize_t
        }
    })
}

/// Copy `s` to `d` with the characters of the escape set %-escaped; `d` must have
/// `url_esclen(s) + 1` bytes.
#[no_mangle]
pub unsafe extern "C" fn url_escape(d: *mut c_char, s: *const c_char, reserved: *const c_char) -> *mut c_char {
    if d.is_null() {
        return d;
    }
    guard(d, || {
        // SAFETY: d has room for the escaped copy (caller contract).
        unsafe {
            let out = syntax::escape(cbytes(s).unwrap_or_default(), escape_set(reserved));
            ptr::copy_nonoverlapping(out.as_ptr(), d as *mut u8, out.len());
            *d.add(out.len()) = 0;
            d
        }
    })
}

/// Unescape at most `n` bytes of `s` into `d` (not terminated); returns the length.
#[no_mangle]
pub unsafe extern "C" fn url_unescape_to(d: *mut c_char, s: *const c_char, n: usize) -> usize {
    if s.is_null() {
        return 0;
    }
    guard(0, || {
        // SAFETY: s readable up to its NUL or n bytes; d has room (caller contract).
        unsafe {
            let len = libc::strnlen(s, n);
            let src = std::slice::from_raw_parts(s as *const u8, len);
            let out = syntax::unescape(src, n);
            if !d.is_null() {
                ptr::copy(out.as_ptr(), d as *mut u8, out.len());
            }
            out.len()
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn url_unescape(d: *mut c_char, s: *const c_char) -> *mut c_char {
    // SAFETY: forwarded; d has room for the result and its NUL.
    unsafe {
        let n = url_unescape_to(d, s, usize::MAX);
        if !d.is_null() {
            *d.add(n) = 0;
        }
    }
    d
}

// --- digests -------------------------------------------------------------------------------

/// Add the identity of `url` (scheme, user, host, port) to an MD5 sum.
#[no_mangle]
pub unsafe extern "C" fn url_update(m: *mut su_md5_t, url: *const url_t) {
    if m.is_null() {
        return;
    }
    guard((), || {
        // SAFETY: m is an MD5 context; url NULL, a url_t or a string.
        unsafe {
            if url.is_null() || is_string(url as *const c_void) {
                let s = cbytes(url as *const c_char).unwrap_or_default();
                for (bytes, fold) in syntax::string_digest_ops(s) {
                    let f = if fold { md5::su_md5_iupdate } else { md5::su_md5_update };
                    f(m, bytes.as_ptr() as *const c_void, bytes.len() as c_uint);
                }
                return;
            }
            let u = &*url;
            // Sofia's SU_MD5_STRI0UPDATE: the string case-folded without its NUL, or a
            // single NUL for a missing part.
            for p in [u.url_scheme, u.url_user, u.url_host] {
                let b = cbytes(p).unwrap_or(b"\0");
                md5::su_md5_iupdate(m, b.as_ptr() as *const c_void, b.len() as c_uint);
            }
            let port = if !u.url_port.is_null() {
                u.url_port
            } else {
                static_cstr(Kind::from_code(u.url_type).map_or("", |k| k.default_port()))
            };
            md5::su_md5_striupdate(m, port);
        }
    })
}

/// MD5 of an optional key and the identity of `url`, truncated or zero-padded to
/// `hsize` bytes.
#[no_mangle]
pub unsafe extern "C" fn url_digest(hash: *mut c_void, hsize: c_int, url: *const url_t, key: *const c_char) {
    if hash.is_null() || hsize <= 0 {
        return;
    }
    guard((), || {
        // SAFETY: hash has hsize bytes.
        unsafe {
            let mut ctx = std::mem::MaybeUninit::<su_md5_t>::zeroed();
            let m = ctx.as_mut_ptr();
            md5::su_md5_init(m);
            if !key.is_null() {
                md5::su_md5_strupdate(m, key);
            }
            url_update(m, url);
            let mut digest = [0u8; 16];
            md5::su_md5_digest(m, digest.as_mut_ptr());
            let h = hsize as usize;
            let n = h.min(16);
            ptr::copy_nonoverlapping(digest.as_ptr(), hash as *mut u8, n);
            if h > 16 {
                ptr::write_bytes((hash as *mut u8).add(16), 0, h - 16);
            }
        }
    })
}
