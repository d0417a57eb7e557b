//! Host names and IP addresses (`hostdomain.h`): the RFC 3261 `host` grammar.
//!
//! ```text
//! host          = hostname / IPv4address / IPv6reference
//! hostname      = *( domainlabel "." ) toplabel [ "." ]
//! domainlabel   = alphanum / alphanum *( alphanum / "-" ) alphanum
//! toplabel      = ALPHA / ALPHA *( alphanum / "-" ) alphanum
//! IPv4address   = dec-octet "." dec-octet "." dec-octet "." dec-octet
//! IPv6reference = "[" IPv6address "]"
//! IPv6address   = hexpart [ ":" IPv4address ]
//! hexpart       = hexseq / hexseq "::" [ hexseq ] / "::" [ hexseq ]
//! ```
//! The `span_*` functions give the length of the longest prefix matching a rule (0 if
//! none); the `host_is_*` predicates require the whole string to match.

use std::ffi::{c_char, c_int};

use crate::ffi::{cbytes, guard};

extern "C" {
    fn inet_pton(af: c_int, src: *const c_char, dst: *mut libc::c_void) -> c_int;
}

/// A byte string read with a virtual NUL after its end.
#[derive(Clone, Copy)]
struct Text<'a>(&'a [u8]);

impl Text<'_> {
    fn at(&self, i: usize) -> u8 {
        self.0.get(i).copied().unwrap_or(0)
    }
    fn from(&self, i: usize) -> Self {
        Text(self.0.get(i..).unwrap_or(&[]))
    }
}

fn is_digit(c: u8) -> bool {
    c.is_ascii_digit()
}
fn is_alpha(c: u8) -> bool {
    c.is_ascii_alphabetic()
}
fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}
fn is_hex(c: u8) -> bool {
    c.is_ascii_hexdigit()
}

/// One decimal octet (0..=255, leading zeros allowed up to three digits).
fn span_octet(t: Text) -> usize {
    let (a, b, c) = (t.at(0), t.at(1), t.at(2));
    if !is_digit(a) {
        return 0;
    }
    if !is_digit(b) {
        return 1;
    }
    let three = is_digit(c)
        && match a {
            b'0' | b'1' => true,
            b'2' => b <= b'4' || (b == b'5' && c <= b'5'),
            _ => false,
        };
    if three {
        3
    } else {
        2
    }
}

/// A dotted quad; the text after it must not continue with a digit or a dot.
fn span_ip4(t: Text) -> usize {
    let mut n = 0;
    for i in 0..4 {
        let len = span_octet(t.from(n));
        if len == 0 {
            return 0;
        }
        n += len;
        let next = t.at(n);
        if i < 3 {
            if next != b'.' {
                return 0;
            }
            n += 1;
        } else if is_digit(next) || next == b'.' {
            return 0;
        }
    }
    n
}

fn span_hex4(t: Text) -> usize {
    (0..4).take_while(|&i| is_hex(t.at(i))).count()
}

/// An IPv6 address (up to eight groups, one "::", optionally ending in a dotted quad).
fn span_ip6(t: Text) -> usize {
    let mut n = 0;
    let mut groups = 0;
    let mut double = false;
    while groups < 8 {
        let len = span_hex4(t.from(n));
        match t.at(n + len) {
            b':' => {
                if len != 0 {
                    groups += 1;
                    n += len + 1;
                    if !double && t.at(n) == b':' {
                        double = true;
                        n += 1;
                    }
                } else if n == 0 && t.at(1) == b':' {
                    double = true;
                    n = 2;
                } else {
                    break;
                }
            }
            b'.' => {
                let len = span_ip4(t.from(n));
                if len == 0 || groups > 6 || !(double || groups == 6) {
                    return 0;
                }
                return n + len;
            }
            _ => {
                if len != 0 {
                    groups += 1;
                }
                n += len;
                break;
            }
        }
    }
    if groups != 8 && !double {
        return 0;
    }
    if is_hex(t.at(n)) || t.at(n) == b':' {
        return 0;
    }
    n
}

fn span_ip6_ref(t: Text) -> usize {
    if t.at(0) != b'[' {
        return 0;
    }
    let n = span_ip6(t.from(1));
    if n > 0 && t.at(n + 1) == b']' {
        n + 2
    } else {
        0
    }
}

fn span_ip(t: Text) -> usize {
    if t.at(0) == 0 {
        return 0;
    }
    if is_digit(t.at(0)) {
        let n = span_ip4(t);
        if n > 0 {
            return n;
        }
    }
    if t.at(0) == b'[' {
        span_ip6_ref(t)
    } else {
        span_ip6(t)
    }
}

fn span_label(t: Text) -> usize {
    if !is_alnum(t.at(0)) {
        return 0;
    }
    let mut n = 1;
    while is_alnum(t.at(n)) || t.at(n) == b'-' {
        n += 1;
    }
    if is_alnum(t.at(n - 1)) {
        n
    } else {
        0
    }
}

/// A host name: labels separated by dots, an optional final dot, the last label starting
/// with a letter, and nothing name-like after it.
fn span_domain(t: Text) -> usize {
    if t.at(0) == 0 {
        return 0;
    }
    let mut n = 0;
    let mut len;
    loop {
        len = span_label(t.from(n));
        if len == 0 {
            return 0;
        }
        if t.at(n + len) != b'.' {
            break;
        }
        len += 1;
        if !is_alnum(t.at(n + len)) {
            break;
        }
        n += len;
    }
    if !is_alpha(t.at(n)) {
        return 0;
    }
    let c = t.at(n + len);
    if is_alnum(c) || c == b'-' || c == b'.' {
        return 0;
    }
    n + len
}

fn span_host(t: Text) -> usize {
    match t.at(0) {
        0 => 0,
        b'[' => span_ip6_ref(t),
        c => {
            if is_digit(c) {
                let n = span_ip4(t);
                if n > 0 {
                    return n;
                }
            }
            span_domain(t)
        }
    }
}

/// The whole string matches `span`.
fn whole(s: *const c_char, span: fn(Text) -> usize) -> c_int {
    guard(0, || {
        // SAFETY: NULL or a C string.
        let Some(b) = (unsafe { cbytes(s) }) else { return 0 };
        let n = span(Text(b));
        (n > 0 && n == b.len()) as c_int
    })
}

#[no_mangle]
pub unsafe extern "C" fn host_is_ip4_address(s: *const c_char) -> c_int {
    whole(s, span_ip4)
}

#[no_mangle]
pub unsafe extern "C" fn host_is_ip6_address(s: *const c_char) -> c_int {
    whole(s, span_ip6)
}

#[no_mangle]
pub unsafe extern "C" fn host_is_ip6_reference(s: *const c_char) -> c_int {
    whole(s, span_ip6_ref)
}

/// Old name of `host_is_ip6_reference()`.
#[no_mangle]
pub unsafe extern "C" fn host_ip6_reference(s: *const c_char) -> c_int {
    whole(s, span_ip6_ref)
}

/// IPv4 address, IPv6 address or IPv6 reference.
#[no_mangle]
pub unsafe extern "C" fn host_is_ip_address(s: *const c_char) -> c_int {
    whole(s, span_ip)
}

#[no_mangle]
pub unsafe extern "C" fn host_is_domain(s: *const c_char) -> c_int {
    whole(s, span_domain)
}

/// A domain name, IPv4 address or IPv6 reference (not a bare IPv6 address).
#[no_mangle]
pub unsafe extern "C" fn host_is_valid(s: *const c_char) -> c_int {
    whole(s, span_host)
}

/// `localhost` (optionally `.localdomain`, optional final dot), `127.x.y.z`, `::1`, `[::1]`.
#[no_mangle]
pub unsafe extern "C" fn host_is_local(s: *const c_char) -> c_int {
    guard(0, || {
        // SAFETY: NULL or a C string.
        let Some(b) = (unsafe { cbytes(s) }) else { return 0 };
        let t = Text(b);
        let all = |span: fn(Text) -> usize| {
            let n = span(t);
            n > 0 && n == b.len()
        };
        if all(span_ip6_ref) {
            return (b == b"[::1]") as c_int;
        }
        if all(span_ip6) {
            return (b == b"::1") as c_int;
        }
        if all(span_ip4) {
            return b.starts_with(b"127.") as c_int;
        }
        let n = span_domain(t);
        let name = &b[..n];
        let local = n >= 9
            && name[..9].eq_ignore_ascii_case(b"localhost")
            && (n == 9
                || ((n == 10 || n == 21 || n == 22) && name[9..].eq_ignore_ascii_case(&b".localdomain."[..n - 9])));
        local as c_int
    })
}

/// The whole string is a domain name whose last label is `invalid` (RFC 2606).
#[no_mangle]
pub unsafe extern "C" fn host_has_domain_invalid(s: *const c_char) -> c_int {
    guard(0, || {
        // SAFETY: NULL or a C string.
        let Some(b) = (unsafe { cbytes(s) }) else { return 0 };
        let mut n = span_domain(Text(b));
        if n < 7 || n != b.len() {
            return 0;
        }
        if b[n - 1] == b'.' {
            n -= 1;
        }
        let r = if n == 7 {
            b[..7].eq_ignore_ascii_case(b"invalid")
        } else {
            n >= 8 && b[n - 8..n].eq_ignore_ascii_case(b".invalid")
        };
        r as c_int
    })
}

/// The binary address of an IP address string (4 or 16 bytes; IPv4-mapped and
/// IPv4-compatible IPv6 addresses give their IPv4 address).
fn ip_bytes(b: &[u8]) -> Option<Vec<u8>> {
    let t = Text(b);
    let inner = {
        let r = span_ip6_ref(t);
        if r > 0 {
            if r != b.len() {
                return None;
            }
            Some(&b[1..r - 1])
        } else if span_ip6(t) > 0 {
            Some(b)
        } else {
            None
        }
    };
    if let Some(v6) = inner {
        if span_ip6(Text(v6)) != v6.len() {
            return None;
        }
        let c = std::ffi::CString::new(v6).ok()?;
        let mut a = [0u8; 16];
        // SAFETY: a 16-byte output buffer and a C string.
        if unsafe { inet_pton(libc::AF_INET6, c.as_ptr(), a.as_mut_ptr() as *mut libc::c_void) } != 1 {
            return None;
        }
        let zero8 = a[..8].iter().all(|&x| x == 0);
        let last = u32::from_be_bytes([a[12], a[13], a[14], a[15]]);
        let mapped = zero8 && a[8..12] == [0, 0, 0xff, 0xff];
        let compat = zero8 && a[8..12] == [0, 0, 0, 0] && last != 0 && last != 1;
        return Some(if mapped || compat { a[12..].to_vec() } else { a.to_vec() });
    }
    let n = span_ip4(t);
    if n == 0 || n != b.len() {
        return None;
    }
    // Octets with leading zeros are read as decimal numbers.
    b.split(|&c| c == b'.')
        .map(|o| o.iter().fold(0u32, |v, &d| v * 10 + (d - b'0') as u32))
        .map(|v| u8::try_from(v).ok())
        .collect()
}

/// Compare hosts: two IP addresses by binary value (IPv4 before IPv6), otherwise as
/// case-insensitive strings. NULL sorts first.
#[no_mangle]
pub unsafe extern "C" fn host_cmp(a: *const c_char, b: *const c_char) -> c_int {
    if a.is_null() || b.is_null() {
        return (!a.is_null()) as c_int - (!b.is_null()) as c_int;
    }
    guard(0, || {
        // SAFETY: C strings.
        let (x, y) = unsafe { (cbytes(a).unwrap_or(b""), cbytes(b).unwrap_or(b"")) };
        match (ip_bytes(x), ip_bytes(y)) {
            (Some(p), Some(q)) => {
                if p.len() != q.len() {
                    return if p.len() < q.len() { -1 } else { 1 };
                }
                p.iter().zip(&q).map(|(u, v)| *u as c_int - *v as c_int).find(|&d| d != 0).unwrap_or(0)
            }
            // SAFETY: C strings.
            _ => unsafe { crate::su::string::su_strcasecmp(a, b) },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is(f: unsafe extern "C" fn(*const c_char) -> c_int, s: &str) -> bool {
        let c = std::ffi::CString::new(s).unwrap();
        // SAFETY: a C string.
        unsafe { f(c.as_ptr()) != 0 }
    }

    #[test]
    fn grammar_edges() {
        assert!(is(host_is_ip4_address, "1.2.3.4"));
        assert!(is(host_is_ip4_address, "255.255.255.255"));
        assert!(!is(host_is_ip4_address, "256.1.1.1"));
        assert!(!is(host_is_ip4_address, "1.2.3"));
        assert!(is(host_is_ip6_address, "::1"));
        assert!(is(host_is_ip6_address, "::"));
        assert!(is(host_is_ip6_address, "::ffff:1.2.3.4"));
        assert!(!is(host_is_ip6_address, "1:2:3:4:5:6:7:8:9"));
        assert!(is(host_is_ip6_reference, "[::1]"));
        assert!(!is(host_is_valid, "::1"));
        assert!(is(host_is_valid, "[::1]"));
        assert!(is(host_is_domain, "example.com."));
        assert!(!is(host_is_domain, "a..b"));
        assert!(!is(host_is_domain, "-a.com"));
        assert!(!is(host_is_domain, "a.1"));
        assert!(is(host_is_local, "LocalHost.localdomain"));
        assert!(is(host_has_domain_invalid, "foo.invalid."));
        assert!(!is(host_has_domain_invalid, "fooinvalid"));
    }

    #[test]
    fn cmp_by_value() {
        let c = |a: &str, b: &str| {
            let (a, b) = (std::ffi::CString::new(a).unwrap(), std::ffi::CString::new(b).unwrap());
            // SAFETY: C strings.
            unsafe { host_cmp(a.as_ptr(), b.as_ptr()) }.signum()
        };
        assert_eq!(c("010.1.1.1", "10.1.1.1"), 0);
        assert_eq!(c("[::ffff:10.1.1.1]", "10.1.1.1"), 0);
        assert_eq!(c("::1", "[::1]"), 0);
        assert_eq!(c("Example.COM", "example.com"), 0);
        assert_eq!(c("1.2.3.4", "::1"), -1, "IPv4 sorts before IPv6");
        assert_eq!(c("1.2.3.4", "::2"), 1, "::2 is IPv4-compatible: 0.0.0.2");
    }
}
