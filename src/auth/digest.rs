//! HTTP Digest (RFC 2617, RFC 7616; SIP: RFC 3261 §22.4, RFC 8760): reading a challenge's
//! parameters and computing the response. Pure functions over bytes; the client state and
//! the C API are in `client.rs`.

use super::sha256::Sha256;
use crate::msg::util::unquote_lenient;
use crate::su::md5::su_md5_t;

/// The digest algorithms the client can answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Md5Sess,
    /// RFC 7616 / RFC 8760 (not in Sofia-SIP 1.12: an extension).
    Sha256,
    Sha256Sess,
}

impl Algorithm {
    /// The token written in the `algorithm=` parameter of the credentials.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "MD5",
            Algorithm::Md5Sess => "MD5-sess",
            Algorithm::Sha256 => "SHA-256",
            Algorithm::Sha256Sess => "SHA-256-sess",
        }
    }

    pub fn is_sess(self) -> bool {
        matches!(self, Algorithm::Md5Sess | Algorithm::Sha256Sess)
    }

    /// Lower-case hex of the hash of the concatenation of `parts`.
    pub fn hex(self, parts: &[&[u8]]) -> Vec<u8> {
        match self {
            Algorithm::Md5 | Algorithm::Md5Sess => {
                let mut c = su_md5_t::new();
                for p in parts {
                    c.update(p, false);
                }
                hex(&c.digest())
            }
            Algorithm::Sha256 | Algorithm::Sha256Sess => {
                let mut c = Sha256::new();
                for p in parts {
                    c.update(p);
                }
                hex(&c.finish())
            }
        }
    }
}

fn hex(d: &[u8]) -> Vec<u8> {
    const H: &[u8; 16] = b"0123456789abcdef";
    d.iter().flat_map(|b| [H[(b >> 4) as usize], H[(b & 15) as usize]]).collect()
}

/// Quality of protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qop {
    Auth,
    AuthInt,
}

impl Qop {
    pub fn name(self) -> &'static str {
        match self {
            Qop::Auth => "auth",
            Qop::AuthInt => "auth-int",
        }
    }
}

/// The value of the parameter `name` (given without `=`): the first parameter that starts
/// with `name=` (any case), unquoted when it is a quoted string.
pub fn param(params: &[&[u8]], name: &[u8]) -> Option<Vec<u8>> {
    params.iter().find_map(|p| {
        let v = raw_value(p, name)?;
        Some(if v.first() == Some(&b'"') { unquote_lenient(v) } else { v.to_vec() })
    })
}

/// The value of `p` as written, if `p` is the parameter `name`.
pub fn raw_value<'a>(p: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let n = name.len();
    (p.len() > n && p[..n].eq_ignore_ascii_case(name) && p[n] == b'=').then(|| &p[n + 1..])
}

/// Whether some parameter `name` has the value `expected` (any case): the whole value, or
/// one of the tokens of a quoted list (`qop="auth,auth-int"`).
fn has_value(params: &[&[u8]], name: &[u8], expected: &[u8]) -> bool {
    params.iter().any(|p| match raw_value(p, name) {
        Some(v) if v.first() == Some(&b'"') => v
            .split(|&b| matches!(b, b'"' | b',' | b' ' | b'\t'))
            .any(|t| t.eq_ignore_ascii_case(expected)),
        Some(v) => v.eq_ignore_ascii_case(expected),
        None => false,
    })
}

/// What a client needs from a Digest challenge.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Challenge {
    /// Unquoted realm (empty when absent).
    pub realm: Vec<u8>,
    pub nonce: Option<Vec<u8>>,
    pub opaque: Option<Vec<u8>>,
    pub stale: bool,
    /// The algorithm to answer with; None when the challenge offers none we know.
    pub algorithm: Option<Algorithm>,
    /// A `qop` parameter was present.
    pub qop_offered: bool,
    pub auth: bool,
    pub auth_int: bool,
}

impl Challenge {
    /// Reads the challenge parameters (as stored in `au_params`: `name=value`, values as
    /// written).
    pub fn parse(params: &[&[u8]]) -> Challenge {
        let alg = |a: &[u8]| has_value(params, b"algorithm", a);
        let named = param(params, b"algorithm").is_some();
        // Sofia's order of preference: MD5-sess over MD5; an absent algorithm means MD5.
        let algorithm = if alg(b"md5-sess") {
            Some(Algorithm::Md5Sess)
        } else if alg(b"md5") || !named {
            Some(Algorithm::Md5)
        } else if alg(b"sha-256-sess") {
            Some(Algorithm::Sha256Sess)
        } else if alg(b"sha-256") {
            Some(Algorithm::Sha256)
        } else {
            None
        };
        Challenge {
            realm: param(params, b"realm").unwrap_or_default(),
            nonce: param(params, b"nonce"),
            opaque: param(params, b"opaque"),
            stale: has_value(params, b"stale", b"true"),
            algorithm,
            qop_offered: param(params, b"qop").is_some(),
            auth: has_value(params, b"qop", b"auth"),
            auth_int: has_value(params, b"qop", b"auth-int"),
        }
    }

    /// Whether the client can answer it: a known algorithm, and a known qop if any.
    pub fn usable(&self) -> bool {
        self.algorithm.is_some() && (!self.qop_offered || self.auth || self.auth_int)
    }

    /// The qop the client answers with (auth-int when offered, as Sofia does).
    pub fn qop(&self) -> Option<Qop> {
        if self.auth_int {
            Some(Qop::AuthInt)
        } else if self.auth {
            Some(Qop::Auth)
        } else {
            None
        }
    }
}

/// The inputs of one response computation.
pub struct Input<'a> {
    pub algorithm: Algorithm,
    pub username: &'a [u8],
    pub realm: &'a [u8],
    pub password: &'a [u8],
    pub nonce: &'a [u8],
    /// Client nonce and nonce count: used with a qop (and in the `-sess` A1).
    pub cnonce: Option<&'a [u8]>,
    /// Nonce count as 8 hex digits.
    pub nc: &'a [u8],
    pub qop: Option<Qop>,
    pub method: &'a [u8],
    pub uri: &'a [u8],
    /// Message body (auth-int).
    pub body: &'a [u8],
}

/// The `response` value (lower-case hex).
pub fn response(i: &Input) -> Vec<u8> {
    let a = i.algorithm;
    let mut ha1 = a.hex(&[i.username, b":", i.realm, b":", i.password]);
    if a.is_sess() {
        ha1 = a.hex(&[&ha1, b":", i.nonce, b":", i.cnonce.unwrap_or_default()]);
    }
    let ha2 = match i.qop {
        Some(Qop::AuthInt) => {
            let hbody = a.hex(&[i.body]);
            a.hex(&[i.method, b":", i.uri, b":", &hbody])
        }
        _ => a.hex(&[i.method, b":", i.uri]),
    };
    match i.qop {
        Some(q) => a.hex(&[
            &ha1,
            b":",
            i.nonce,
            b":",
            i.nc,
            b":",
            i.cnonce.unwrap_or_default(),
            b":",
            q.name().as_bytes(),
            b":",
            &ha2,
        ]),
        None => a.hex(&[&ha1, b":", i.nonce, b":", &ha2]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: Vec<u8>) -> String {
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn rfc2617_section_3_5() {
        let c = Challenge::parse(&[
            b"realm=\"testrealm@host.com\"",
            b"qop=\"auth,auth-int\"",
            b"nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"",
            b"opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"",
        ]);
        assert_eq!(c.realm, b"testrealm@host.com");
        assert_eq!(c.algorithm, Some(Algorithm::Md5));
        assert!(c.auth && c.auth_int && c.usable() && !c.stale);
        assert_eq!(c.opaque.as_deref(), Some(&b"5ccc069c403ebaf9f0171e9517f40e41"[..]));
        let i = Input {
            algorithm: Algorithm::Md5,
            username: b"Mufasa",
            realm: &c.realm,
            password: b"Circle Of Life",
            nonce: c.nonce.as_deref().unwrap(),
            cnonce: Some(b"0a4f113b"),
            nc: b"00000001",
            qop: Some(Qop::Auth),
            method: b"GET",
            uri: b"/dir/index.html",
            body: b"",
        };
        assert_eq!(s(response(&i)), "6629fae49393a05397450978507c4ef1");
    }

    fn rfc7616(algorithm: Algorithm) -> String {
        s(response(&Input {
            algorithm,
            username: b"Mufasa",
            realm: b"http-auth@example.org",
            password: b"Circle of Life",
            nonce: b"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
            cnonce: Some(b"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"),
            nc: b"00000001",
            qop: Some(Qop::Auth),
            method: b"GET",
            uri: b"/dir/index.html",
            body: b"",
        }))
    }

    #[test]
    fn rfc7616_section_3_9_1() {
        assert_eq!(rfc7616(Algorithm::Md5), "8ca523f5e9506fed4657c9700eebdbec");
        assert_eq!(rfc7616(Algorithm::Sha256), "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    #[test]
    fn algorithms_and_qop() {
        let p = |v: &[&[u8]]| Challenge::parse(v);
        assert_eq!(p(&[b"algorithm=MD5"]).algorithm, Some(Algorithm::Md5));
        assert_eq!(p(&[b"algorithm=\"md5\""]).algorithm, Some(Algorithm::Md5));
        assert_eq!(p(&[b"algorithm=MD5-sess"]).algorithm, Some(Algorithm::Md5Sess));
        assert_eq!(p(&[b"algorithm=SHA-256"]).algorithm, Some(Algorithm::Sha256));
        assert_eq!(p(&[b"algorithm=SHA-256-sess"]).algorithm, Some(Algorithm::Sha256Sess));
        assert_eq!(p(&[b"algorithm=SHA-512-256"]).algorithm, None);
        assert_eq!(p(&[b"algorithm=AKAv1-MD5"]).algorithm, None);
        let c = p(&[b"qop=auth-int"]);
        assert!(c.auth_int && !c.auth && c.qop() == Some(Qop::AuthInt));
        let c = p(&[b"qop=\"token\""]);
        assert!(c.qop_offered && !c.usable());
        assert!(p(&[b"stale=TRUE"]).stale);
        assert!(p(&[b"stale=\"true\""]).stale);
        assert!(!p(&[b"stale=false"]).stale);
        assert_eq!(p(&[b"Realm=\"a\\\"b\""]).realm, b"a\"b");
    }

    #[test]
    fn auth_int_and_sess() {
        // Independent recomputation of RFC 2617's formulas.
        let md5 = |x: &str| s(Algorithm::Md5.hex(&[x.as_bytes()]));
        let ha1 = md5(&format!("{}:{}", md5("u:r:p"), "n:c"));
        let ha2 = md5(&format!("INVITE:sip:b@x:{}", md5("body")));
        let want = md5(&format!("{ha1}:n:00000002:c:auth-int:{ha2}"));
        let got = s(response(&Input {
            algorithm: Algorithm::Md5Sess,
            username: b"u",
            realm: b"r",
            password: b"p",
            nonce: b"n",
            cnonce: Some(b"c"),
            nc: b"00000002",
            qop: Some(Qop::AuthInt),
            method: b"INVITE",
            uri: b"sip:b@x",
            body: b"body",
        }));
        assert_eq!(got, want);
    }
}
