//! The safe model of one SIP header, and the shapes that map it onto Sofia's C structs.
//!
//! Every header kind has a C struct (`sip_via_t`, `sip_from_t`, ...) that starts with the
//! 40-byte `msg_common_t` and a next pointer. A [`Shape`] lists where that struct keeps its
//! strings, its parameter list, its URL and its numbers; [`Hdr`] holds the same values in
//! safe Rust. Parsers produce an `Hdr`, printers consume one, and the C-memory layer
//! (`cmem`) copies between an `Hdr` and the C struct generically, so only parsing and
//! printing are written per header kind.

use std::borrow::Cow;

/// Parsed URL parts, in `url_t` order: scheme, user, password, host, port, path, params,
/// headers, fragment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlVal<'a> {
    pub kind: i8,
    pub root: u8,
    pub f: [Option<Cow<'a, [u8]>>; 9],
}

/// One header's values, in the slot order of its [`Shape`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hdr<'a> {
    pub s: [Option<Cow<'a, [u8]>>; 6],
    /// Parameters ("name=value" / "name"), or the items of a list header.
    pub params: Option<Vec<Cow<'a, [u8]>>>,
    /// Boxed: most headers have none, and the model is moved around by value.
    pub url: Option<Box<UrlVal<'a>>>,
    pub n: [u64; 3],
}

impl<'a> Hdr<'a> {
    pub fn str(&self, i: usize) -> Option<&[u8]> {
        self.s[i].as_deref()
    }

    pub fn set(&mut self, i: usize, v: &'a [u8]) {
        self.s[i] = Some(Cow::Borrowed(v));
    }

    pub fn set_owned(&mut self, i: usize, v: Vec<u8>) {
        self.s[i] = Some(Cow::Owned(v));
    }

    /// Value of parameter `name` (case-insensitive): `Some(b"")` for a valueless one.
    pub fn param(&self, name: &[u8]) -> Option<&[u8]> {
        param_value(self.params.as_deref()?, name)
    }
}

/// Where a header parser puts what it finds: the safe model ([`Hdr`]), or a [`Lite`]
/// header made of slices of the message text. A method returns `None` when the output
/// cannot hold the value (a `Lite` takes no rewritten text), and the parser gives up.
pub trait Out<'a> {
    fn s(&mut self, i: usize, v: Cow<'a, [u8]>) -> Option<()>;
    fn param(&mut self, v: Cow<'a, [u8]>) -> Option<()>;
    fn url(&mut self, u: UrlVal<'a>) -> Option<()>;
    /// A URL whose components are slices of the text (`url_type`, `url_root`, fields).
    fn url_slices(&mut self, kind: i8, root: u8, f: [Option<&'a [u8]>; 9]) -> Option<()>;
    fn n(&mut self, i: usize, v: u64);
}

impl<'a> Out<'a> for Hdr<'a> {
    fn s(&mut self, i: usize, v: Cow<'a, [u8]>) -> Option<()> {
        self.s[i] = Some(v);
        Some(())
    }

    fn param(&mut self, v: Cow<'a, [u8]>) -> Option<()> {
        self.params.get_or_insert_with(|| Vec::with_capacity(4)).push(v);
        Some(())
    }

    fn url(&mut self, u: UrlVal<'a>) -> Option<()> {
        self.url = Some(Box::new(u));
        Some(())
    }

    fn url_slices(&mut self, kind: i8, root: u8, f: [Option<&'a [u8]>; 9]) -> Option<()> {
        self.url(UrlVal { kind, root, f: f.map(|f| f.map(Cow::Borrowed)) })
    }

    fn n(&mut self, i: usize, v: u64) {
        self.n[i] = v;
    }
}

/// Parameters a [`Lite`] header holds (a header with more is parsed into the model).
pub const LITE_PARAMS: usize = 16;

/// One header as slices of the message text: what parsing a message fills for the common
/// kinds (one per line, reused), with nothing to allocate, move or drop. A value that
/// needs rewritten text (folded white space, escapes to decode, spaces around `=`) or
/// more than [`LITE_PARAMS`] parameters does not fit, and is parsed into an [`Hdr`].
#[derive(Debug, Default)]
pub struct Lite<'a> {
    pub s: [Option<&'a [u8]>; 6],
    pub params: [&'a [u8]; LITE_PARAMS],
    pub n_params: usize,
    /// `url_type`, `url_root` and the nine fields, when the header has a URL.
    pub url: Option<(i8, u8, [Option<&'a [u8]>; 9])>,
    pub n: [u64; 3],
}

impl Lite<'_> {
    /// Empty again, for the next header.
    pub fn clear(&mut self) {
        self.s = [None; 6];
        self.n_params = 0;
        self.url = None;
        self.n = [0; 3];
    }

    pub fn params(&self) -> &[&[u8]] {
        &self.params[..self.n_params]
    }
}

fn borrowed<'a>(v: &Cow<'a, [u8]>) -> Option<&'a [u8]> {
    match v {
        Cow::Borrowed(b) => Some(b),
        Cow::Owned(_) => None,
    }
}

impl<'a> Out<'a> for Lite<'a> {
    fn s(&mut self, i: usize, v: Cow<'a, [u8]>) -> Option<()> {
        self.s[i] = Some(borrowed(&v)?);
        Some(())
    }

    fn param(&mut self, v: Cow<'a, [u8]>) -> Option<()> {
        let slot = self.params.get_mut(self.n_params)?;
        *slot = borrowed(&v)?;
        self.n_params += 1;
        Some(())
    }

    fn url(&mut self, u: UrlVal<'a>) -> Option<()> {
        let mut f = [None; 9];
        for (d, s) in f.iter_mut().zip(&u.f) {
            if let Some(s) = s {
                *d = Some(borrowed(s)?);
            }
        }
        self.url_slices(u.kind, u.root, f)
    }

    fn url_slices(&mut self, kind: i8, root: u8, f: [Option<&'a [u8]>; 9]) -> Option<()> {
        self.url = Some((kind, root, f));
        Some(())
    }

    fn n(&mut self, i: usize, v: u64) {
        self.n[i] = v;
    }
}

/// What a C header is written from (by `cmem`): an [`Hdr`] or a [`Lite`].
pub trait Source {
    fn s(&self, i: usize) -> Option<&[u8]>;
    fn n_params(&self) -> usize;
    fn param(&self, i: usize) -> &[u8];
    /// `url_type` and `url_root`, when there is a URL.
    fn url(&self) -> Option<(i8, u8)>;
    fn url_f(&self, i: usize) -> Option<&[u8]>;
    fn n(&self, i: usize) -> u64;
}

impl Source for Hdr<'_> {
    fn s(&self, i: usize) -> Option<&[u8]> {
        self.s[i].as_deref()
    }

    fn n_params(&self) -> usize {
        self.params.as_ref().map_or(0, Vec::len)
    }

    fn param(&self, i: usize) -> &[u8] {
        self.params.as_ref().map_or(&[][..], |p| &p[i])
    }

    fn url(&self) -> Option<(i8, u8)> {
        self.url.as_ref().map(|u| (u.kind, u.root))
    }

    fn url_f(&self, i: usize) -> Option<&[u8]> {
        self.url.as_ref()?.f[i].as_deref()
    }

    fn n(&self, i: usize) -> u64 {
        self.n[i]
    }
}

impl Source for Lite<'_> {
    fn s(&self, i: usize) -> Option<&[u8]> {
        self.s[i]
    }

    fn n_params(&self) -> usize {
        self.n_params
    }

    fn param(&self, i: usize) -> &[u8] {
        self.params[i]
    }

    fn url(&self) -> Option<(i8, u8)> {
        self.url.as_ref().map(|u| (u.0, u.1))
    }

    fn url_f(&self, i: usize) -> Option<&[u8]> {
        self.url.as_ref()?.2[i]
    }

    fn n(&self, i: usize) -> u64 {
        self.n[i]
    }
}

/// Value of `name` in a parameter list (case-insensitive name; "" when it has no value).
pub fn param_value<'p>(params: &'p [Cow<'_, [u8]>], name: &[u8]) -> Option<&'p [u8]> {
    for p in params {
        let p: &[u8] = p;
        if p.len() >= name.len() && p[..name.len()].eq_ignore_ascii_case(name) {
            match p.get(name.len()) {
                None => return Some(&p[p.len()..]),
                Some(b'=') => return Some(&p[name.len() + 1..]),
                _ => {}
            }
        }
    }
    None
}

/// How a numeric slot is stored in C.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Num {
    U32,
    ULong,
    /// `int` (status codes, `sip_method_t`).
    Int,
}

/// A C field computed from the parameters when the struct is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derived {
    /// Pointer to the value of parameter `name` inside the parameter list (`a_tag`).
    Param(usize, &'static str),
    /// An `unsigned` set to 1 when parameter `name` is present (`rp_early_only`).
    Flag(usize, &'static str),
    /// Bit `bit` of the unsigned at `off`, set when parameter `name` is present and,
    /// if given, has value `value` (case-insensitive).
    Bit(usize, u8, &'static str, Option<&'static str>),
    /// Pointer just after the first `/` of string slot `slot` (`c_subtype`).
    AfterSlash(usize, usize),
}

/// Where a header struct keeps what.
#[derive(Debug)]
pub struct Shape {
    pub size: usize,
    /// Offsets of the string slots `Hdr::s[0..]`.
    pub strs: &'static [usize],
    pub params: Option<usize>,
    pub url: Option<usize>,
    pub nums: &'static [(usize, Num)],
    pub derived: &'static [Derived],
    /// `sep_data[4]` of the separator, kept inline instead of as a pointer.
    pub inline_str: bool,
    /// `pl_data` + `pl_len`: string slot 0 may contain NUL bytes; its length goes to
    /// the u32 at this offset.
    pub data_len: Option<usize>,
}

const fn shape(size: usize, strs: &'static [usize]) -> Shape {
    Shape { size, strs, params: None, url: None, nums: &[], derived: &[], inline_str: false, data_len: None }
}

use Derived::*;

// The shapes (field offsets of sofia-abi.md §1.3/§1.4; x86-64).
pub static REQUEST: Shape = Shape { url: Some(64), nums: &[(48, Num::Int)], ..shape(152, &[56, 144]) };
pub static STATUS: Shape = Shape { nums: &[(56, Num::Int)], ..shape(72, &[48, 64]) };
pub static ADDR: Shape =
    Shape { url: Some(56), params: Some(136), derived: &[Param(152, "tag")], ..shape(160, &[48, 144]) };
pub static CONTACT: Shape = Shape {
    url: Some(56),
    params: Some(136),
    derived: &[Param(152, "q"), Param(160, "expires")],
    ..shape(168, &[48, 144])
};
pub static VIA: Shape = Shape {
    params: Some(72),
    derived: &[
        Param(88, "ttl"),
        Param(96, "maddr"),
        Param(104, "received"),
        Param(112, "branch"),
        Param(120, "rport"),
        Param(128, "comp"),
    ],
    ..shape(136, &[48, 56, 64, 80])
};
pub static CSEQ: Shape = Shape { nums: &[(48, Num::U32), (52, Num::Int)], ..shape(64, &[56]) };
pub static CALL_ID: Shape = Shape { nums: &[(56, Num::U32)], ..shape(64, &[48]) };
pub static ROUTE: Shape = Shape { url: Some(56), params: Some(136), ..shape(144, &[48]) };
pub static CONTENT_TYPE: Shape = Shape { params: Some(64), derived: &[AfterSlash(56, 0)], ..shape(72, &[48]) };
pub static PAYLOAD: Shape = Shape { data_len: Some(56), ..shape(64, &[48]) };
pub static UNKNOWN: Shape = shape(64, &[48, 56]);
pub static ERROR: Shape = shape(56, &[48]);
pub static SEPARATOR: Shape = Shape { inline_str: true, ..shape(56, &[48]) };
pub static EXPIRES: Shape = Shape { nums: &[(48, Num::ULong), (56, Num::ULong)], ..shape(64, &[]) };
pub static GENERIC: Shape = shape(56, &[48]);
pub static LIST: Shape = Shape { params: Some(48), ..shape(56, &[]) };
pub static ALLOW: Shape = Shape { params: Some(48), nums: &[(56, Num::U32)], ..shape(64, &[]) };
pub static AUTH: Shape = Shape { params: Some(56), ..shape(64, &[48]) };
pub static AUTH_INFO: Shape = Shape { params: Some(48), ..shape(56, &[]) };
pub static NUMERIC: Shape = Shape { nums: &[(48, Num::ULong)], ..shape(56, &[]) };
pub static CONTENT_LENGTH: Shape = Shape { nums: &[(48, Num::U32)], ..shape(56, &[]) };
pub static EVENT: Shape = Shape { params: Some(56), derived: &[Param(64, "id")], ..shape(72, &[48]) };
pub static SUBSCRIPTION_STATE: Shape = Shape {
    params: Some(56),
    derived: &[Param(64, "reason"), Param(72, "expires"), Param(80, "retry-after")],
    ..shape(88, &[48])
};
pub static REFER_TO: Shape = Shape { url: Some(56), params: Some(136), ..shape(144, &[48]) };
pub static REFERRED_BY: Shape =
    Shape { url: Some(56), params: Some(136), derived: &[Param(144, "cid")], ..shape(152, &[48]) };
pub static REPLACES: Shape = Shape {
    params: Some(56),
    derived: &[Param(64, "to-tag"), Param(72, "from-tag"), Flag(80, "early-only")],
    ..shape(88, &[48])
};
pub static SESSION_EXPIRES: Shape = Shape {
    params: Some(56),
    nums: &[(48, Num::ULong)],
    derived: &[Param(64, "refresher")],
    ..shape(72, &[])
};
pub static MIN_SE: Shape = Shape { params: Some(56), nums: &[(48, Num::ULong)], ..shape(64, &[]) };
pub static REASON: Shape =
    Shape { params: Some(56), derived: &[Param(64, "cause"), Param(72, "text")], ..shape(80, &[48]) };
pub static DATE: Shape = Shape { nums: &[(48, Num::ULong)], ..shape(56, &[]) };
pub static RETRY_AFTER: Shape = Shape {
    params: Some(64),
    nums: &[(48, Num::ULong)],
    derived: &[Param(72, "duration")],
    ..shape(80, &[56])
};
pub static TIMESTAMP: Shape = shape(64, &[48, 56]);
pub static RACK: Shape =
    Shape { nums: &[(48, Num::U32), (52, Num::U32), (56, Num::Int)], ..shape(72, &[64]) };
pub static ACCEPT: Shape =
    Shape { params: Some(64), derived: &[AfterSlash(56, 0), Param(72, "q")], ..shape(80, &[48]) };
pub static ACCEPT_ANY: Shape = Shape { params: Some(56), derived: &[Param(64, "q")], ..shape(72, &[48]) };
pub static CONTENT_DISPOSITION: Shape = Shape {
    params: Some(56),
    derived: &[
        Param(64, "handling"),
        Bit(72, 0, "handling", Some("required")),
        Bit(72, 1, "handling", Some("optional")),
    ],
    ..shape(80, &[48])
};
pub static CALL_INFO: Shape =
    Shape { url: Some(48), params: Some(128), derived: &[Param(136, "purpose")], ..shape(144, &[]) };
pub static ERROR_INFO: Shape = Shape { url: Some(48), params: Some(128), ..shape(136, &[]) };
pub static CALLER_PREFS: Shape = Shape {
    params: Some(48),
    derived: &[Param(56, "q"), Bit(64, 0, "require", None), Bit(64, 1, "explicit", None)],
    ..shape(72, &[])
};
pub static WARNING: Shape = Shape { nums: &[(48, Num::U32)], ..shape(80, &[56, 64, 72]) };
pub static SECURITY: Shape = Shape {
    params: Some(56),
    derived: &[Param(64, "q"), Param(72, "d-alg"), Param(80, "d-qop"), Param(88, "d-ver")],
    ..shape(96, &[48])
};
pub static PRIVACY: Shape = Shape { params: Some(48), ..shape(56, &[]) };
pub static IDENTITY: Shape = Shape { params: Some(88), ..shape(96, &[48, 56, 64, 72, 80]) };
pub static P_IDENTITY: Shape = Shape { url: Some(56), ..shape(136, &[48]) };
pub static REMOTE_PARTY_ID: Shape = Shape {
    url: Some(56),
    params: Some(136),
    derived: &[Param(144, "screen"), Param(152, "party"), Param(160, "id-type"), Param(168, "privacy")],
    ..shape(176, &[48])
};
pub static REPLY_TO: Shape = Shape { url: Some(56), params: Some(136), ..shape(144, &[48]) };
pub static REFER_SUB: Shape = Shape { params: Some(56), ..shape(64, &[48]) };

/// The shape of the header kind `sym` (headers/sip.headers).
pub fn shape_of(sym: &str) -> Option<&'static Shape> {
    Some(match sym {
        "request" => &REQUEST,
        "status" => &STATUS,
        "via" => &VIA,
        "route" | "record_route" | "path" | "service_route" => &ROUTE,
        "max_forwards" | "min_expires" | "rseq" => &NUMERIC,
        "proxy_require" | "require" | "supported" | "unsupported" | "in_reply_to" | "allow_events"
        | "content_encoding" | "content_language" | "request_disposition" => &LIST,
        "from" | "to" => &ADDR,
        "call_id" => &CALL_ID,
        "cseq" => &CSEQ,
        "identity" => &IDENTITY,
        "contact" => &CONTACT,
        "rack" => &RACK,
        "accept_contact" | "reject_contact" => &CALLER_PREFS,
        "expires" => &EXPIRES,
        "date" => &DATE,
        "retry_after" => &RETRY_AFTER,
        "timestamp" => &TIMESTAMP,
        "subject" | "priority" | "organization" | "server" | "user_agent" | "etag" | "if_match"
        | "mime_version" => &GENERIC,
        "call_info" => &CALL_INFO,
        "accept" => &ACCEPT,
        "accept_encoding" | "accept_language" => &ACCEPT_ANY,
        "allow" => &ALLOW,
        "event" => &EVENT,
        "subscription_state" => &SUBSCRIPTION_STATE,
        "proxy_authenticate" | "proxy_authorization" | "authorization" | "www_authenticate" => &AUTH,
        "proxy_authentication_info" | "authentication_info" => &AUTH_INFO,
        "error_info" | "alert_info" => &ERROR_INFO,
        "warning" => &WARNING,
        "refer_to" => &REFER_TO,
        "referred_by" => &REFERRED_BY,
        "replaces" => &REPLACES,
        "session_expires" => &SESSION_EXPIRES,
        "min_se" => &MIN_SE,
        "reason" => &REASON,
        "security_client" | "security_server" | "security_verify" => &SECURITY,
        "privacy" => &PRIVACY,
        "content_type" => &CONTENT_TYPE,
        "content_disposition" => &CONTENT_DISPOSITION,
        "content_length" => &CONTENT_LENGTH,
        "unknown" => &UNKNOWN,
        "separator" => &SEPARATOR,
        "payload" => &PAYLOAD,
        "error" => &ERROR,
        "p_asserted_identity" | "p_preferred_identity" => &P_IDENTITY,
        "remote_party_id" => &REMOTE_PARTY_ID,
        "reply_to" => &REPLY_TO,
        "refer_sub" => &REFER_SUB,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_row_has_a_shape_of_its_size() {
        let text = include_str!("../../headers/sip.headers");
        for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split_whitespace().collect();
            let shape = shape_of(f[0]).unwrap_or_else(|| panic!("no shape for {}", f[0]));
            assert_eq!(shape.size.to_string(), f[3], "size of {}", f[0]);
            let params: usize = f[4].parse().unwrap();
            if params != 0 {
                assert_eq!(shape.params, Some(params), "params offset of {}", f[0]);
            }
            // Every field lies inside the struct and after the common part + next pointer.
            for &o in shape.strs {
                assert!(o >= 48 && o + 8 <= shape.size, "{}", f[0]);
            }
        }
    }

    #[test]
    fn param_lookup() {
        let p: Vec<Cow<[u8]>> = vec![Cow::Borrowed(b"tagx=1"), Cow::Borrowed(b"TAG=abc"), Cow::Borrowed(b"lr")];
        assert_eq!(param_value(&p, b"tag"), Some(&b"abc"[..]));
        assert_eq!(param_value(&p, b"lr"), Some(&b""[..]));
        assert_eq!(param_value(&p, b"l"), None);
    }
}
