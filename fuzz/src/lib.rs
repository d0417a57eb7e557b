//! Fuzz targets for sofia-rs's parsers. Each function takes arbitrary bytes, runs them
//! through a parser (the Rust core and the C entry points an application calls), prints the
//! result, and checks invariants. Any panic is a finding: the drivers (libFuzzer through
//! `fuzz_targets/*.rs`, or the stable `stable-fuzz` binary) turn it into an abort, even when
//! the panic happens inside an `ffi::guard` of a C entry point.
//!
//! Invariants checked (a violation panics with `INVARIANT:` and the texts involved):
//! - framing: every range lies inside the buffer, in order; a stream frame consumes > 0
//!   bytes; the body length equals Content-Length on a stream;
//! - sip_message: a message that parses prints to text that parses again and prints the
//!   same (print is a fixpoint after one round);
//! - sip_header: a header value that parses prints to text that parses again as the same
//!   kind and prints identically; copies print identically; the snprintf-style printers
//!   return the full length and NUL-terminate within the buffer;
//! - url: a URL that parses prints to text that parses again and prints identically;
//!   `url_cmp` of a URL and its reparsed print is 0; url_e truncates like snprintf;
//! - sdp: a description that parses (C API) prints to text that parses again; a copy
//!   compares equal to the original;
//! - tags: t_scan followed by t_snprintf never crashes and t_snprintf is snprintf-like.

use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr;

use sofia_sip_ua::msg::api as msgapi;
use sofia_sip_ua::msg::frame::{self, Limits, StartLine, Transport};
use sofia_sip_ua::msg::hclass::{self, KindInfo, MsgHclass};
use sofia_sip_ua::sdp::api as sdpapi;
use sofia_sip_ua::sdp::{parse as sdpparse, print as sdpprint};
use sofia_sip_ua::sip::api as sipapi;
use sofia_sip_ua::sip::{message as sipmsg, parse as sipparse, print as sipprint};
use sofia_sip_ua::su::alloc::{su_home_new, su_home_t, su_home_unref};
use sofia_sip_ua::tag::class::t_scan;
use sofia_sip_ua::tag::list::t_snprintf;
use sofia_sip_ua::tag::objects as tags;
use sofia_sip_ua::tag::{tag_type_t, tag_value_t, tagi_t, TagType};
use sofia_sip_ua::url::api as urlapi;
use sofia_sip_ua::url::syntax;
use sofia_sip_ua::url::url_t;

fn show(b: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(b))
}

macro_rules! invariant {
    ($cond:expr, $($fmt:tt)+) => {
        if !$cond {
            panic!("INVARIANT: {}", format!($($fmt)+));
        }
    };
}

/// A home that is torn down (with everything allocated from it) when dropped.
struct Home(*mut su_home_t);

impl Home {
    fn new() -> Home {
        let h = su_home_new(std::mem::size_of::<su_home_t>() as _) as *mut su_home_t;
        assert!(!h.is_null());
        Home(h)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        // SAFETY: a home from su_home_new, unreferenced once.
        unsafe {
            su_home_unref(self.0);
        }
    }
}

/// The bytes as a C string: NULs dropped (the C entry points take C strings).
fn cstring(b: &[u8]) -> CString {
    CString::new(b.iter().copied().filter(|&c| c != 0).collect::<Vec<u8>>()).unwrap()
}

/// Calls an snprintf-style printer with NULL, with a buffer too small by various amounts
/// and with an exact buffer; checks the returned length and the NUL termination; returns
/// the text.
unsafe fn snprintf_like(what: &str, f: impl Fn(*mut c_char, usize) -> c_int) -> Option<Vec<u8>> {
    let n = f(ptr::null_mut(), 0);
    if n < 0 {
        return None;
    }
    let n = n as usize;
    let mut full = vec![0x55u8; n + 1];
    let m = f(full.as_mut_ptr() as *mut c_char, n + 1);
    invariant!(m as usize == n, "{what}: length {m} with a full buffer, {n} without");
    invariant!(full[n] == 0, "{what}: no NUL at the end of a full buffer");
    let text = full[..n].to_vec();
    invariant!(!text.contains(&0), "{what}: NUL inside printed text {}", show(&text));
    for size in [1usize, 2, n / 2 + 1, n] {
        if size == 0 || size > n {
            continue;
        }
        let mut b = vec![0x55u8; size + 8];
        let m = f(b.as_mut_ptr() as *mut c_char, size);
        invariant!(m as usize == n, "{what}: length {m} with buffer {size}, {n} without");
        invariant!(b[size - 1] == 0, "{what}: buffer of {size} not NUL-terminated");
        invariant!(b[size..].iter().all(|&c| c == 0x55), "{what}: wrote past a buffer of {size}");
        invariant!(b[..size - 1] == text[..size - 1], "{what}: truncated text differs");
    }
    Some(text)
}

// ---------------------------------------------------------------------------------------
// Known, Sofia-compatible non-idempotence (finding F3): a URL with a path but without the
// `//` of a root URL prints as `scheme:host/path`, which reparses with the first path byte
// moved into the host (`http:a//b` -> `http:a/b` -> `http:ab`). Sofia 1.12.11 does exactly
// the same, so the fixpoint checks skip texts holding such a URL.

fn url_drifts(p: &syntax::Parsed) -> bool {
    !p.root && p.fields[syntax::PATH].is_some()
}

/// Whether `text` contains a URL-like token that has the path quirk.
pub fn has_drifting_url(text: &[u8]) -> bool {
    let drifts = |t: &[u8]| syntax::parse(t).is_some_and(|p| url_drifts(&p));
    // Bracketed URLs may hold white space.
    let mut rest = text;
    while let Some(i) = rest.iter().position(|&c| c == b'<') {
        rest = &rest[i + 1..];
        let j = rest.iter().position(|&c| c == b'>').unwrap_or(rest.len());
        if drifts(&rest[..j]) {
            return true;
        }
    }
    // Bare URLs, with and without what follows a ';' (an addr-spec's URL ends there: its
    // header parameters may not parse as URL parameters, session 14).
    let bare = |t: &[u8]| {
        // A scheme-less URL (no ':') with a path drifts too (F3, found again in session 10).
        (t.contains(&b':') || t.contains(&b'/')) && syntax::parse(t).is_some_and(|p| url_drifts(&p))
    };
    text.split(|&c| matches!(c, b'<' | b'>' | b' ' | b'\t' | b'\r' | b'\n' | b',' | b'"'))
        .any(|t| bare(t) || bare(t.split(|&c| c == b';').next().unwrap_or(t)))
}

// ---------------------------------------------------------------------------------------
// sip_message

fn check_frame(buf: &[u8], f: &frame::Frame, transport: Transport) {
    let inside = |r: &std::ops::Range<usize>| r.start <= r.end && r.end <= buf.len();
    invariant!(f.consumed <= buf.len() && f.consumed > 0, "frame consumed {} of {}", f.consumed, buf.len());
    invariant!(f.skipped < f.consumed, "frame skipped {} consumed {}", f.skipped, f.consumed);
    invariant!(inside(&f.start_raw) && f.start_raw.start == f.skipped, "start line range {:?}", f.start_raw);
    match &f.start {
        StartLine::Request { method, uri, version } => {
            for r in [method, uri, version] {
                invariant!(inside(r) && r.start >= f.start_raw.start && r.end <= f.start_raw.end, "request line ranges");
            }
        }
        StartLine::Status { version, status, phrase } => {
            invariant!((100..=699).contains(status), "status {status}");
            for r in [version, phrase] {
                invariant!(inside(r) && r.start >= f.start_raw.start && r.end <= f.start_raw.end, "status line ranges");
            }
        }
    }
    let mut prev = f.start_raw.end;
    for h in &f.headers {
        invariant!(inside(&h.raw) && inside(&h.name) && inside(&h.value), "header ranges");
        invariant!(h.raw.start == prev, "header at {} after {}", h.raw.start, prev);
        invariant!(h.name.start >= h.raw.start && h.value.end <= h.raw.end, "header name/value outside the header");
        prev = h.raw.end;
    }
    invariant!(inside(&f.separator) && inside(&f.body), "separator/body ranges");
    invariant!(f.body.end <= f.consumed, "body beyond consumed");
    if let Some(i) = f.content_length {
        invariant!(i < f.headers.len(), "content_length index");
        if transport == Transport::Stream {
            let v = &buf[f.headers[i].value.clone()];
            let n: Option<usize> = std::str::from_utf8(v).ok().and_then(|s| s.trim().parse().ok());
            if let Some(n) = n {
                invariant!(f.body.len() == n, "stream body {} with Content-Length {}", f.body.len(), n);
            }
        }
    }
}

/// Parses, prints, destroys; returns the printed text.
unsafe fn parse_print(buf: &[u8], transport: Transport) -> Option<(Vec<u8>, Vec<u8>)> {
    let mc = msgapi::sip_default_mclass() as *const c_void;
    let msg = sipmsg::parse_message(buf, transport, mc, 0).ok()?;
    let full = sipmsg::serialize(msg, 0);
    let compact = sipmsg::serialize(msg, 1);
    msgapi::msg_destroy(msg);
    Some((full, compact))
}

pub fn sip_message(data: &[u8]) {
    let limits = Limits::default();
    // Datagram and stream framing of the same bytes.
    for transport in [Transport::Datagram, Transport::Stream] {
        if let Ok(f) = frame::frame(data, transport, &limits) {
            check_frame(data, &f, transport);
        }
    }
    // A stream of several messages: each frame must make progress.
    let mut rest = data;
    for _ in 0..16 {
        match frame::frame(rest, Transport::Stream, &limits) {
            Ok(f) => {
                check_frame(rest, &f, Transport::Stream);
                rest = &rest[f.consumed..];
            }
            Err(_) => break,
        }
    }

    // SAFETY: messages are created, printed and destroyed here.
    unsafe {
        for transport in [Transport::Datagram, Transport::Stream] {
            let Some((text, compact)) = parse_print(data, transport) else { continue };
            // The printed message parses again (as a datagram, which it is now) and prints
            // the same.
            let Some((text2, _)) = parse_print(&text, Transport::Datagram) else {
                // F3 again: the path's first byte moved into the host can leave a host
                // that no longer parses at all (`sip:u@ex/a:b.com` prints `sip:u@exa:b.com`,
                // port `b.com`), as with Sofia.
                if has_drifting_url(data) {
                    continue;
                }
                panic!("INVARIANT: printed message does not parse again\n--- input\n{}\n--- printed\n{}", show(data), show(&text));
            };
            // F2: an error header between two headers of a list kind keeps them on separate
            // lines; it is not printed, so the reprint joins them: print converges after a
            // second round.
            let Some((text3, _)) = parse_print(&text2, Transport::Datagram) else {
                panic!("INVARIANT: reprinted message does not parse again\n--- input\n{}\n--- reprinted\n{}", show(data), show(&text2));
            };
            invariant!(text2 == text3 || has_drifting_url(&text), "message print is not a fixpoint\n--- input\n{}\n--- printed twice\n{}\n--- printed thrice\n{}", show(data), show(&text2), show(&text3));
            let _ = parse_print(&compact, Transport::Datagram);
        }

        // The C entry points: msg_make (length-delimited, no NUL), msg_as_string.
        let home = Home::new();
        let msg = msgapi::msg_make(msgapi::sip_default_mclass(), 0, data.as_ptr() as *const c_void, data.len() as isize);
        if !msg.is_null() {
            let mut len = 0usize;
            let s = msgapi::msg_as_string(home.0, msg, ptr::null_mut(), 0, &mut len);
            if !s.is_null() {
                invariant!(CStr::from_ptr(s).to_bytes().len() == len || CStr::from_ptr(s).to_bytes().len() < len, "msg_as_string length");
            }
            let _ = msgapi::msg_is_complete(msg);
            let _ = msgapi::msg_has_error(msg);
            msgapi::msg_destroy(msg);
        }
    }
}

// ---------------------------------------------------------------------------------------
// sip_header

fn trim(b: &[u8]) -> &[u8] {
    sipparse::trim(b)
}

/// Input: `Name: value`. The kind is the header's by name (compact or full, any case);
/// an unknown name makes an extension header.
pub fn sip_header(data: &[u8]) {
    // Header values reach the parsers as C strings (msg_header_make) or cut at a NUL
    // (parse_message, finding F1).
    let data = &data[..data.iter().position(|&c| c == 0).unwrap_or(data.len())];
    let (name, value) = match data.iter().position(|&c| c == b':') {
        Some(i) => (trim(&data[..i]), trim(&data[i + 1..])),
        None => (&b""[..], trim(data)),
    };
    let k: &'static KindInfo = hclass::kind_of_name(name).unwrap_or_else(|| hclass::kind("unknown"));
    if matches!(k.sym, "request" | "status" | "separator" | "payload" | "error") {
        return;
    }

    // The message parser's Lite path (slices of the text) gives the model's header.
    if let Err(e) = sofia_sip_ua::sip::lite_check::compare(k, value) {
        invariant!(false, "{e}");
    }

    // Rust core: parse, print (full and compact), reparse, reprint.
    if let Some(values) = sipparse::parse(k.sym, name, value) {
        for v in &values {
            for compact in [false, true] {
                let p = sipprint::value(k.sym, v, compact);
                // An extension header prints as `Name: value`.
                let (name2, value2) = match (k.sym, p.iter().position(|&c| c == b':')) {
                    ("unknown", Some(i)) => (trim(&p[..i]), trim(&p[i + 1..])),
                    _ => (name, &p[..]),
                };
                let again = sipparse::parse(k.sym, name2, value2);
                // F3: a drifting URL can leave a host that does not parse (see sip_message).
                if again.is_none() && has_drifting_url(data) {
                    return;
                }
                invariant!(again.is_some(), "{}: printed value does not parse again\n--- input\n{}\n--- printed\n{}", k.sym, show(data), show(&p));
                let again = again.unwrap();
                if !compact {
                    let p2 = sipprint::value(k.sym, &again[0], false);
                    invariant!(
                        again.len() == 1 && (p2 == p || has_drifting_url(&p) || has_drifting_url(data)),
                        "{}: print is not a fixpoint ({} values)\n--- input\n{}\n--- printed\n{}\n--- reprinted\n{}",
                        k.sym, again.len(), show(data), show(&p), show(&p2)
                    );
                }
            }
        }
    }

    // C entry points: msg_header_make, msg_header_field_e / msg_header_e, dup, remake.
    let text = if k.sym == "unknown" { data } else { value };
    let cs = cstring(text);
    let home = Home::new();
    let class = k.class as *const MsgHclass;
    // SAFETY: valid home, class and C strings; everything is freed with the home.
    unsafe {
        let h = sipapi::msg_header_make(home.0, class, cs.as_ptr());
        if h.is_null() {
            return;
        }
        let Some(v) = snprintf_like("msg_header_field_e", |b, n| sipapi::msg_header_field_e(b, n as c_int, h, 0)) else { return };
        let _ = snprintf_like("msg_header_field_e compact", |b, n| sipapi::msg_header_field_e(b, n as c_int, h, 1));
        let line = snprintf_like("msg_header_e", |b, n| sipapi::msg_header_e(b, n as c_int, h, 0));
        invariant!(line.is_some(), "msg_header_e fails where msg_header_field_e works");

        let d = sipapi::msg_header_dup(home.0, h);
        invariant!(!d.is_null(), "msg_header_dup failed");
        let dv = snprintf_like("dup", |b, n| sipapi::msg_header_field_e(b, n as c_int, d, 0)).unwrap_or_default();
        invariant!(dv == v, "{}: copy prints differently\n--- orig\n{}\n--- copy\n{}", k.sym, show(&v), show(&dv));

        let s = sipapi::sip_header_as_string(home.0, h.cast());
        invariant!(!s.is_null() && CStr::from_ptr(s).to_bytes() == &v[..], "sip_header_as_string differs");

        let remake_text = if k.sym == "unknown" { line.clone().unwrap() } else { v.clone() };
        let rc = cstring(&remake_text);
        let h2 = sipapi::msg_header_make(home.0, class, rc.as_ptr());
        invariant!(!h2.is_null(), "{}: printed header does not parse again (C)\n--- input\n{}\n--- printed\n{}", k.sym, show(data), show(&remake_text));
        let v2 = snprintf_like("reprint", |b, n| sipapi::msg_header_field_e(b, n as c_int, h2, 0)).unwrap_or_default();
        invariant!(v2 == v || has_drifting_url(&v) || has_drifting_url(data), "{}: C print is not a fixpoint\n--- input\n{}\n--- printed\n{}\n--- reprinted\n{}", k.sym, show(data), show(&v), show(&v2));
        let _ = sipapi::msg_header_find_param(h.cast(), c"tag".as_ptr());
        sipapi::msg_header_free_all(home.0, d);
    }
}

// ---------------------------------------------------------------------------------------
// url

pub fn url(data: &[u8]) {
    // Rust core (its contract: the bytes of a C string).
    let text = &data[..data.iter().position(|&c| c == 0).unwrap_or(data.len())];
    if let Some(p) = syntax::parse(text) {
        let t = syntax::print(&syntax::View::of_parsed(&p));
        let p2 = syntax::parse(&t);
        if url_drifts(&p) {
            return;
        }
        invariant!(p2.is_some(), "printed URL does not parse again\n--- input\n{}\n--- printed\n{}", show(data), show(&t));
        let p2 = p2.unwrap();
        let t2 = syntax::print(&syntax::View::of_parsed(&p2));
        invariant!(t == t2, "URL print is not a fixpoint\n--- input\n{}\n--- printed\n{}\n--- reprinted\n{}", show(data), show(&t), show(&t2));
    }
    let _ = syntax::unescape(data, data.len());
    let _ = syntax::escape(data, syntax::escape_set(None));
    let _ = syntax::query_as_header_string(data);
    let _ = syntax::host_ip(data);
    let _ = syntax::string_digest_ops(data);
    let mut m = data.to_vec();
    let _ = syntax::strip_transport(&mut m, true);
    let mut m = data.to_vec();
    let _ = syntax::strip_param_string(&mut m, b"transport");

    // C entry points.
    let cs = cstring(data);
    let home = Home::new();
    // SAFETY: valid home and C strings; buffers sized as the functions require.
    unsafe {
        let u = urlapi::url_make(home.0, cs.as_ptr());
        // url_d decodes in place into a writable copy.
        let mut copy = cs.as_bytes_with_nul().to_vec();
        let mut ud: url_t = std::mem::zeroed();
        let _ = urlapi::url_d(&mut ud, copy.as_mut_ptr() as *mut c_char);

        let n = urlapi::url_esclen(cs.as_ptr(), ptr::null());
        if n >= 0 {
            let mut b = vec![0u8; n as usize + 1];
            urlapi::url_escape(b.as_mut_ptr() as *mut c_char, cs.as_ptr(), ptr::null());
            invariant!(b[n as usize] == 0 && !b[..n as usize].contains(&0), "url_escape length differs from url_esclen");
        }
        let mut b = vec![0u8; cs.as_bytes().len() + 1];
        let k = urlapi::url_unescape_to(b.as_mut_ptr() as *mut c_char, cs.as_ptr(), cs.as_bytes().len());
        invariant!(k <= cs.as_bytes().len(), "url_unescape_to grew the text");
        let _ = urlapi::url_query_as_header_string(home.0, cs.as_ptr());
        let mut val = [0u8; 16];
        let _ = urlapi::url_param(cs.as_ptr(), c"transport".as_ptr(), val.as_mut_ptr() as *mut c_char, val.len() as _);
        invariant!(val.contains(&0), "url_param wrote an unterminated value");

        if u.is_null() {
            return;
        }
        let s = urlapi::url_as_string(home.0, u);
        invariant!(!s.is_null(), "url_as_string failed on a parsed URL");
        let text = CStr::from_ptr(s).to_bytes().to_vec();
        let e = snprintf_like("url_e", |b, n| urlapi::url_e(b, n as _, u) as c_int).unwrap_or_default();
        invariant!(e == text, "url_e and url_as_string differ: {} vs {}", show(&e), show(&text));
        invariant!(urlapi::url_len(u) as usize >= text.len(), "url_len {} for {}", urlapi::url_len(u), show(&text));

        let drifts = (*u).url_root == 0 && !(*u).url_path.is_null();
        let u2 = urlapi::url_make(home.0, s);
        if drifts {
            return;
        }
        invariant!(!u2.is_null(), "printed URL does not parse again (C)\n--- input\n{}\n--- printed\n{}", show(data), show(&text));
        let s2 = urlapi::url_as_string(home.0, u2);
        let text2 = CStr::from_ptr(s2).to_bytes();
        invariant!(text2 == &text[..] || drifts, "C URL print is not a fixpoint\n--- input\n{}\n--- printed\n{}\n--- reprinted\n{}", show(data), show(&text), show(text2));
        // F5: a URL without a scheme (type unknown) has its escapes canonized in the print and
        // compares unequal to its reparse, as in Sofia.
        invariant!(drifts || (*u).url_type < 0 || urlapi::url_cmp(u, u2) == 0, "url_cmp(url, reparsed print) != 0 for {}", show(&text));

        let h = urlapi::url_hdup(home.0, u);
        invariant!(!h.is_null(), "url_hdup failed");
        let hs = CStr::from_ptr(urlapi::url_as_string(home.0, h)).to_bytes().to_vec();
        // url_hdup() writes a known scheme in lower case (Sofia does the same).
        let lower_scheme = |t: &[u8]| {
            let i = t.iter().position(|&c| c == b':').unwrap_or(0);
            let mut v = t.to_vec();
            v[..i].make_ascii_lowercase();
            v
        };
        invariant!(lower_scheme(&hs) == lower_scheme(&text), "url_hdup copy prints differently: {} vs {}", show(&hs), show(&text));
        let _ = urlapi::url_have_transport(h);
        let _ = urlapi::url_strip_transport(h);
        let _ = urlapi::url_sanitize(h);
        let _ = urlapi::url_port(h);
        let _ = urlapi::url_has_param(u, c"lr".as_ptr());
        let _ = urlapi::url_param_add(home.0, h, c"x=1".as_ptr());
        let mut hash = [0u8; 16];
        urlapi::url_digest(hash.as_mut_ptr() as *mut c_void, hash.len() as c_int, u, ptr::null());
        let _ = urlapi::url_cmp_all(u, h);
    }
}

// ---------------------------------------------------------------------------------------
// sdp

fn sdp_flags(data: &[u8]) -> c_int {
    let h = data.iter().fold(data.len() as u32, |a, &b| a.wrapping_mul(31).wrapping_add(u32::from(b)));
    // Any combination of the parser flags except realloc/print_prefix (printer flags).
    (h & 0x7ff & !(4 | 16)) as c_int
}

pub fn sdp(data: &[u8]) {
    let flags = sdp_flags(data);
    // Rust core, as tests/sdp_fuzz.rs: parse and print never panic.
    for f in [0, flags] {
        if let Ok(s) = sdpparse::parse(data, f) {
            let out = sdpprint::print(&s, 0);
            if out.error.is_none() {
                let _ = sdpparse::parse(&out.text(), f);
            }
        }
    }

    // C entry points on an exactly sized buffer (no NUL after it).
    let home = Home::new();
    let buf: Box<[u8]> = data.into();
    // SAFETY: the buffer holds len bytes; parsers/printers are freed here.
    unsafe {
        for f in [0, flags] {
            let p = sdpapi::sdp_parse(home.0, buf.as_ptr() as *const c_char, buf.len() as _, f);
            let s = sdpapi::sdp_session(p);
            if s.is_null() {
                let e = sdpapi::sdp_parsing_error(p);
                invariant!(!e.is_null(), "no session and no error");
                sdpapi::sdp_parser_free(p);
                continue;
            }
            let _ = sdpapi::sdp_sanity_check(p);
            let pr = sdpapi::sdp_print(home.0, s, ptr::null_mut(), 0, 0);
            let m = sdpapi::sdp_message(pr);
            if !m.is_null() {
                let size = sdpapi::sdp_message_size(pr) as usize;
                let text = CStr::from_ptr(m).to_bytes().to_vec();
                invariant!(text.len() == size, "sdp_message_size {} for {} bytes", size, text.len());
                let p2 = sdpapi::sdp_parse(home.0, m, size as _, f);
                let s2 = sdpapi::sdp_session(p2);
                invariant!(!s2.is_null(), "printed SDP does not parse again\n--- input\n{}\n--- printed\n{}\n--- error {:?}", show(data), show(&text), CStr::from_ptr(sdpapi::sdp_parsing_error(p2)));
                sdpapi::sdp_parser_free(p2);
            }
            sdpapi::sdp_printer_free(pr);
            // A small caller buffer: truncation must be an error, never an overflow.
            let mut small = vec![0u8; 64 + 8];
            let pr = sdpapi::sdp_print(home.0, s, small.as_mut_ptr() as *mut c_char, 64, 0);
            invariant!(small[64..].iter().all(|&c| c == 0), "sdp_print wrote past the caller's buffer");
            sdpapi::sdp_printer_free(pr);

            let d = sdpapi::sdp_session_dup(home.0, s);
            invariant!(!d.is_null(), "sdp_session_dup failed");
            invariant!(sdpapi::sdp_session_cmp(s, d) == 0, "copy of a session compares unequal\n--- input\n{}", show(data));
            sdpapi::sdp_parser_free(p);
        }
    }
}

// ---------------------------------------------------------------------------------------
// tags

fn tag_types() -> [&'static TagType; 10] {
    [
        &tags::siptag_from,
        &tags::siptag_via,
        &tags::siptag_contact,
        &tags::siptag_cseq,
        &tags::urltag_url,
        &tags::neatag_version,
        &tags::authtag_blacklist,
        &tags::authtag_anonymous,
        &tags::authtag_algorithm,
        &tags::ntatag_max_proceeding,
    ]
}

/// Input: one byte choosing the tag, then the text to scan.
pub fn tags(data: &[u8]) {
    let Some((&sel, text)) = data.split_first() else { return };
    let all = tag_types();
    let tt: tag_type_t = all[sel as usize % all.len()];
    let cs = cstring(text);
    let home = Home::new();
    // SAFETY: a valid tag type, home and C string; the value lives in the home.
    unsafe {
        let mut v: tag_value_t = 0;
        let r = t_scan(tt, home.0, cs.as_ptr(), &mut v);
        if r < 0 {
            return;
        }
        let item = [tagi_t { t_tag: tt, t_value: v }, tagi_t::END];
        let _ = snprintf_like("t_snprintf", |b, n| t_snprintf(item.as_ptr(), b, n));
    }
}


/// Input: a Content-Type value (up to the first LF; empty: no Content-Type, the boundary is
/// searched in the body), then the body. Runs the Rust splitter and `msg_multipart_parse`;
/// a body that parses is completed, serialized and encoded again
/// (`msg_multipart_complete`/`_serialize`/`_prepare`), and that text must parse again into
/// as many parts.
pub fn multipart(data: &[u8]) {
    use sofia_sip_ua::msg::multipart as mpm;
    let (ct, body) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&b""[..], data),
    };
    if let Some(b) = mpm::search_boundary(body) {
        if let Some(sp) = mpm::split(body, &b) {
            invariant!(sp.preamble <= body.len() && sp.close.end == body.len(), "split ranges");
            for p in &sp.parts {
                invariant!(p.body.start <= p.body.end && p.body.end <= body.len(), "part range");
                let pf = mpm::part_fields(body, p.body.clone());
                invariant!(pf.payload.map_or(true, |r| r.end <= p.body.end), "payload range");
            }
        }
    }
    let home = Home::new();
    // SAFETY: a home, headers made in it; the body bytes are copied into the payload.
    unsafe {
        let c = if ct.is_empty() {
            ptr::null_mut()
        } else {
            sipapi::make(home.0, hclass::kind("content_type"), ct)
        };
        let pl = sofia_sip_ua::sip::create::sip_payload_create(home.0, body.as_ptr().cast(), body.len() as c_int);
        if pl.is_null() {
            return;
        }
        let mp = mpm::msg_multipart_parse(home.0, c.cast(), pl);
        if mp.is_null() {
            return;
        }
        let mut n = 0;
        let mut p = mp;
        while !p.is_null() {
            let d = CStr::from_ptr((*p).mp_data).to_bytes();
            invariant!(d.len() == (*p).mp_len as usize, "mp_len of {}", show(d));
            n += 1;
            p = (*p).mp_next;
        }
        // Build it again: complete, serialize, encode into a message, reparse.
        let msg = msgapi::msg_create(ptr::null(), 0);
        if msg.is_null() {
            return;
        }
        let mhome = msg as *mut su_home_t;
        let c2 = if c.is_null() { sipapi::make(mhome, hclass::kind("content_type"), b"multipart/mixed") } else { c };
        if mpm::msg_multipart_complete(home.0, c2.cast(), mp) == 0 {
            let mut head: *mut hclass::MsgHeader = ptr::null_mut();
            if !mpm::msg_multipart_serialize(&mut head, mp).is_null() {
                let len = mpm::msg_multipart_prepare(msg, mp, 0);
                invariant!(len >= 0, "prepare failed");
                let mut text = Vec::new();
                let mut h = mp as *const mpm::Common;
                while !h.is_null() {
                    if !(*h).h_data.is_null() {
                        text.extend_from_slice(std::slice::from_raw_parts((*h).h_data as *const u8, (*h).h_len as usize));
                    }
                    h = (*h).h_succ;
                }
                invariant!(text.len() == len as usize, "prepare length {len} != text {}", text.len());
                let pl2 = sofia_sip_ua::sip::create::sip_payload_create(home.0, text.as_ptr().cast(), text.len() as c_int);
                let mp2 = mpm::msg_multipart_parse(home.0, c2.cast(), pl2);
                invariant!(!mp2.is_null(), "rebuilt body does not parse: {}", show(&text));
                let mut n2 = 0;
                let mut p = mp2;
                while !p.is_null() {
                    n2 += 1;
                    p = (*p).mp_next;
                }
                invariant!(n2 == n, "{n} parts, rebuilt body has {n2}: {}", show(&text));
            }
        }
        msgapi::msg_destroy(msg);
    }
}

/// The targets by name, for the stable driver and the regression tests.
pub const TARGETS: &[(&str, fn(&[u8]))] =
    &[("sip_message", sip_message), ("sip_header", sip_header), ("url", url), ("sdp", sdp), ("tags", tags), ("multipart", multipart)];
