//! Regression tests for what fuzzing found (docs/fuzzing.md, "Findings"). Each test is
//! named after its finding and feeds the minimised input through the same path as the
//! fuzz target that found it.

use std::ffi::c_void;

use sofia_sip_ua::msg::api::{msg_destroy, sip_default_mclass};
use sofia_sip_ua::msg::frame::Transport;
use sofia_sip_ua::sip::message::{parse_message, serialize};

/// Parses a datagram and prints it (None if it does not parse).
fn parse_print(b: &[u8]) -> Option<Vec<u8>> {
    // SAFETY: the message is created, printed and destroyed here.
    unsafe {
        let msg = parse_message(b, Transport::Datagram, sip_default_mclass() as *const c_void, 0).ok()?;
        let text = serialize(msg, 0);
        msg_destroy(msg);
        Some(text)
    }
}

/// The fuzz target's invariant: a message that parses prints to text that parses again and
/// prints the same.
fn assert_print_fixpoint(input: &[u8]) {
    let Some(text) = parse_print(input) else { return };
    let text2 = parse_print(&text).unwrap_or_else(|| panic!("printed message does not parse: {:?}", String::from_utf8_lossy(&text)));
    assert_eq!(String::from_utf8_lossy(&text), String::from_utf8_lossy(&text2));
}

/// F1 (sip_message, seed rfc4475/intmeth.dat): a NUL inside a quoted display name was kept
/// in the parse but cut the stored C string, so the header printed with an unbalanced quote
/// (`To: "BEL:\<07> NUL:\ <sip:...>`) that swallowed the rest of the line on a reparse.
/// Now a NUL ends the header value, as in Sofia's C-string parser.
#[test]
fn nul_in_quoted_display_name_prints_reparsable_message() {
    let base = b"OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:c@d>;tag=1\r\n\
Call-ID: x\r\nCSeq: 1 OPTIONS\r\n";
    for extra in [
        &b"To: \"a\\\0b\" <sip:x@y>\r\n"[..],
        b"To: \"a\0b\" <sip:x@y>\r\n",
        b"To: <sip:x@y>;p=\"a\0b\"\r\n",
        b"Contact: <sip:x\0@y>\r\n",
        b"Subject: a\0b\r\n",
        b"X-Foo: a\0\"b\r\n",
    ] {
        let mut m = base.to_vec();
        m.extend_from_slice(extra);
        m.extend_from_slice(b"Content-Length: 0\r\n\r\n");
        assert_print_fixpoint(&m);
    }
    let intmeth = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/rfc4475/intmeth.dat")).unwrap();
    assert_print_fixpoint(&intmeth);
    // Text before the NUL is kept (Sofia: "Subject: a").
    let mut m = base.to_vec();
    m.extend_from_slice(b"Subject: a\0b\r\nContent-Length: 0\r\n\r\n");
    let text = String::from_utf8(parse_print(&m).unwrap()).unwrap();
    assert!(text.contains("\r\nSubject: a\r\n"), "{text}");
}

/// F2 (sip_message): an error header between headers of a comma-list kind keeps them on
/// separate lines in the print; error headers are not printed, so the reprint joins them on
/// one line. Print is a fixpoint from the second round on (the fuzz target checks that).
#[test]
fn error_header_between_list_headers_print_converges() {
    let m = b"OPTIONS sip:t@example.org SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@b>;tag=1\r\n\
To: <sip:t@example.org>\r\nCall-ID: x\r\nAccept: application/sdp\r\nCSeq: 1 OPTIONS\r\nAccept: text/plain\r\n\
CSeq: bad\r\nAccept: text/html\r\nContent-Length: 0\r\n\r\n";
    let text = parse_print(m).unwrap();
    let text2 = parse_print(&text).unwrap();
    let text3 = parse_print(&text2).unwrap();
    assert_eq!(String::from_utf8_lossy(&text2), String::from_utf8_lossy(&text3));
}

/// F3 (url, sip_header): a URL with a path but without the `//` of a root URL prints as
/// `scheme:host/path`, which reparses with the path's first byte moved into the host:
/// `http:expires//./ring.wav` -> `http:expires/./ring.wav` -> `http:expires./ring.wav`.
/// Sofia-SIP 1.12.11 prints exactly the same sequence (checked against the Debian library),
/// so this is kept for compatibility; the test pins the behaviour.
#[test]
fn url_path_without_root_drifts_as_in_sofia() {
    use sofia_sip_ua::url::syntax::{parse, print, View};
    let round = |s: &[u8]| print(&View::of_parsed(&parse(s).unwrap()));
    let a = round(b"http:expires//./ring.wav");
    assert_eq!(a, b"http:expires/./ring.wav");
    let b = round(&a);
    assert_eq!(b, b"http:expires./ring.wav");
    assert_eq!(round(b"sip:a//b"), b"sip:a/b");
    assert_eq!(round(b"sip:a/b"), b"sip:ab");
    // Found again in session 13 (stable driver, sip_header and sip_message): a path holding
    // ':' drifts into a host with a port that does not parse, so the print does not parse
    // again at all; Debian's 1.12.11 prints the same `sip:user@exa:b.com`.
    assert_eq!(round(b"sip:user@ex/a:b.com"), b"sip:user@exa:b.com");
    assert!(parse(b"sip:user@exa:b.com").is_none());
}

/// F4 (sip_header, open): a name-addr header written as a bare addr-spec whose URL holds a
/// `>` (or a `?headers` part) parses, and prints inside `<...>`, which does not parse again:
/// `To: 0sip:a@example.com>0s?ip:a@example.;tae=y4` prints `<0sip:a@example.com>0s?ip:...>`.
/// Sofia-SIP 1.12.11 rejects these values (msg_header_make returns NULL), and prints an
/// accepted bare addr-spec such as `sip:a@b>c` without angle brackets. Ignored until the
/// parser (src/sip/parse.rs) follows Sofia.
#[test]
fn bare_addr_spec_with_gt_prints_reparsable() {
    use sofia_sip_ua::sip::{parse::parse, print::value};
    for (sym, v) in [
        ("to", &b"0sip:a@example.com>0s?ip:a@example.;tae=y4"[..]),
        ("contact", b"e.com?Route=%6Csip:sip.example.com%3E>"),
        ("refer_to", b"sip:x@y?Replaces=x%41y>"),
        ("to", b"sip:a@b>c"),
    ] {
        let Some(h) = parse(sym, b"", v) else { continue };
        let p = value(sym, &h[0], false);
        let again = parse(sym, b"", &p);
        assert!(again.is_some(), "{sym}: {:?} prints {:?} which does not parse", String::from_utf8_lossy(v), String::from_utf8_lossy(&p));
        assert_eq!(value(sym, &again.unwrap()[0], false), p);
    }
}

/// F5 (url): `sip%3b@h` (no scheme: type unknown, user `sip%3b`) prints as `sip;@h`, which
/// reparses as a different URL (user `sip;`), so `url_cmp()` of the two is not 0. Sofia-SIP
/// 1.12.11 does the same (its url_cmp gives -11), so the behaviour is kept; the test pins it.
#[test]
fn url_cmp_of_unescaped_schemeless_url_as_in_sofia() {
    use std::ffi::CStr;
    use sofia_sip_ua::url::api::{url_as_string, url_cmp, url_make};
    let home = sofia_sip_ua::su::alloc::su_home_new(64) as *mut _;
    for (s, printed) in [(c"sip%3b@h", "sip;@h"), (c"x%3b@h", "x;@h")] {
        // SAFETY: valid home and C strings.
        unsafe {
            let u = url_make(home, s.as_ptr());
            assert!(!u.is_null());
            let p = url_as_string(home, u);
            assert_eq!(CStr::from_ptr(p).to_str().unwrap(), printed);
            let u2 = url_make(home, p);
            assert!(!u2.is_null());
            assert_ne!(url_cmp(u, u2), 0, "{s:?}");
        }
    }
}

/// F6 (tags, open): `t_scan(siptag_from, "")` succeeds, and `t_snprintf()` of the item then
/// breaks the snprintf contract: it returns 11 when called with no buffer but 10 when given
/// a buffer of 12 bytes (fuzz input `\0\0`: selector 0 = SIPTAG_FROM, empty text).
#[test]
fn t_snprintf_of_empty_from_is_snprintf_like() {
    use std::ffi::c_char;
    use sofia_sip_ua::tag::{class::t_scan, list::t_snprintf, objects::siptag_from, tagi_t};
    let home = sofia_sip_ua::su::alloc::su_home_new(64) as *mut _;
    // SAFETY: valid tag, home, C string and buffers.
    unsafe {
        let mut v: isize = 0;
        if t_scan(&siptag_from, home, c"".as_ptr(), &mut v) < 0 {
            return;
        }
        let item = [tagi_t { t_tag: &siptag_from, t_value: v }, tagi_t::END];
        let n = t_snprintf(item.as_ptr(), std::ptr::null_mut(), 0);
        let mut b = vec![0u8; n as usize + 1];
        let m = t_snprintf(item.as_ptr(), b.as_mut_ptr() as *mut c_char, b.len());
        assert_eq!(m, n, "printed {:?}", String::from_utf8_lossy(&b));
    }
}

/// F7 (sdp, open): an `m=` port too large for 32 bits is accepted (saturated to 4294967295)
/// and printed, but the printed description is then rejected ("m= invalid port
/// specification"): parse and reparse disagree. Found with the fuzz target's hashed flags;
/// below with every flag set the target uses.
#[test]
fn sdp_oversized_port_print_reparses() {
    use sofia_sip_ua::sdp::{parse::parse, print::print};
    let body = b"v=0\r\ns=-\r\nc=IN IP4 1\r\nt=0 0\r\nm=audio 5555555555555555555555555555555555555555555/000 RTP\r\nt=0 0\r\nm=audio 5/000 /AVP 0\r\n";
    for flags in 0..0x800 {
        if flags & (4 | 16) != 0 {
            continue;
        }
        let Ok(s) = parse(body, flags) else { continue };
        let out = print(&s, 0);
        if out.error.is_some() {
            continue;
        }
        let text = out.text();
        assert!(parse(&text, flags).is_ok(), "flags {flags:#x}: {:?}", String::from_utf8_lossy(&text));
    }
}

/// The Identity line of a message with header line `extra` (1.13 flavour), after checking
/// that the message prints to a fixpoint.
#[cfg(not(feature = "abi-1-12"))]
fn identity_line(extra: &[u8]) -> String {
    let mut m = b"OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:c@d>;tag=1\r\n\
To: <sip:x@y>\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n"
        .to_vec();
    m.extend_from_slice(extra);
    m.extend_from_slice(b"\r\n");
    let text = parse_print(&m).expect("parses");
    assert_print_fixpoint(&m);
    let s = String::from_utf8_lossy(&text).into_owned();
    s.lines().find(|l| l.starts_with("Identity:")).expect("Identity printed").to_string()
}

/// F8 (sip_header, session 10; 1.13 flavour only, where Identity is a known header): an
/// Identity value without `;` kept no digest, so it printed as an empty value; a value with
/// `;` followed by a parameter that does not parse printed its digest only, which then
/// reparsed to nothing. Now the whole value before the first `;` (or all of it) is the
/// signed-identity-digest (RFC 8224 §4.1).
#[cfg(not(feature = "abi-1-12"))]
#[test]
fn identity_without_parameters_prints_its_digest() {
    for extra in [&b"Identity: abc.def.ghi\r\n"[..], b"Identity: . Fro<ii:iipli%20hProxy-Ast64places:m-tag=6472;\x01\r\n"] {
        let line = identity_line(extra);
        assert!(line.len() > "Identity: ".len(), "{line:?}");
    }
}

/// F10 (sip_header, session 14; 1.13 flavour): `info=`, `alg=` and `ppt=` were looked for
/// anywhere in an Identity value, as the fork does, also inside the signed-identity-digest
/// (`. info=||iiDippt=ge`): the digest printed, then `;ppt=ge` after it, and every reprint
/// added another `;ppt=`. They are ident-info-params (RFC 8224 §4.1): now only looked for
/// after the digest's `;`.
#[cfg(not(feature = "abi-1-12"))]
#[test]
fn identity_params_inside_the_digest_are_not_parameters() {
    for (extra, want) in [
        (&b"Identity: . info=||iiDippt=ge\r\n"[..], "Identity: . info=||iiDippt=ge"),
        (b"Identity: abcalg=xppt=y;info=<https://c.example/c.pem>;alg=ES256;ppt=shaken\r\n",
         "Identity: abcalg=xppt=y;info=<https://c.example/c.pem>;alg=ES256;ppt=shaken"),
    ] {
        assert_eq!(identity_line(extra), want);
    }
}

/// F9 (sip_header, session 14): the message parser's Lite path took an empty Contact (or
/// Route, Path) value as a header with an empty URL, where the model (and Sofia) keep it as
/// an error header.
#[test]
fn empty_contact_is_an_error_header() {
    for name in ["Contact", "Route", "Path", "Via"] {
        let m = format!(
            "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:c@d>;tag=1\r\n\
To: <sip:x@y>\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n{name}: \r\n\r\n"
        );
        let k = sofia_sip_ua::msg::hclass::kind_of_name(name.as_bytes()).unwrap();
        assert_eq!(sofia_sip_ua::sip::lite_check::compare(k, b""), Ok(false), "{name}");
        let text = String::from_utf8_lossy(&parse_print(m.as_bytes()).expect("parses")).into_owned();
        // Error headers are not printed.
        assert!(!text.lines().any(|l| l.starts_with(&format!("{name}:")) && !l.starts_with("Via: SIP")), "{text}");
    }
}

/// F10 variants (session 14, replayed after the first fix): `ppt=` inside another
/// parameter's value (`;alg=ippt=x`) was taken as the ppt parameter, and a value ending in
/// folded white space kept it; the names now count only at the start of a `;` item and the
/// values are trimmed.
#[cfg(not(feature = "abi-1-12"))]
#[test]
fn identity_params_are_whole_items() {
    for (extra, want) in [
        (&b"Identity: o.i<;alg=ippt=ges\r\n"[..], "Identity: o.i<;alg=ippt=ges"),
        (b"Identity: d;alg=x>\r\n  ;\r\n z=1\r\n", "Identity: d;alg=x>"),
        (b"Identity: d; info=<https://c.example/c.pem>; alg=ES256 ;ppt=shaken\r\n",
         "Identity: d;info=<https://c.example/c.pem>;alg=ES256;ppt=shaken"),
    ] {
        assert_eq!(identity_line(extra), want);
    }
}
