//! URLs (`url.h`, `url_tag.h`, `url_tag_class.h`).
//!
//! `syntax` is the safe parser/printer working on byte slices (no pointers, never
//! panics on any input); `api` is the C shell (`url_*` entry points over `url_t`);
//! `tag` is `url_tag_class` and its slot functions.

use std::ffi::c_char;

pub mod api;
pub mod syntax;
pub mod tag;

pub use api::*;
pub use tag::*;

/// `url_t` (80 bytes, sofia-abi.md §1.1). `url_pad` is always zero: it tells a parsed
/// URL from a string in `url_string_t`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct url_t {
    pub url_pad: [c_char; 6],
    pub url_type: i8,
    pub url_root: c_char,
    pub url_scheme: *const c_char,
    pub url_user: *const c_char,
    pub url_password: *const c_char,
    pub url_host: *const c_char,
    pub url_port: *const c_char,
    pub url_path: *const c_char,
    pub url_params: *const c_char,
    pub url_headers: *const c_char,
    pub url_fragment: *const c_char,
}

const _: () = assert!(std::mem::size_of::<url_t>() == 80);

impl url_t {
    pub const ZERO: url_t = url_t {
        url_pad: [0; 6],
        url_type: 0,
        url_root: 0,
        url_scheme: std::ptr::null(),
        url_user: std::ptr::null(),
        url_password: std::ptr::null(),
        url_host: std::ptr::null(),
        url_port: std::ptr::null(),
        url_path: std::ptr::null(),
        url_params: std::ptr::null(),
        url_headers: std::ptr::null(),
        url_fragment: std::ptr::null(),
    };
}

/// `url_string_t`: a union of a URL string and a `url_t`, told apart by the first byte
/// (see [`api::is_string`]). Only ever handled by pointer here.
#[repr(C)]
pub struct url_string_t {
    _opaque: [u8; 0],
}

/// URL schemes known to Sofia (`enum url_type_e`); the numbers differ between the
/// two ABI flavours (`url_urn` exists in the fork only), see [`Kind::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Invalid,
    Unknown,
    Any,
    Sip,
    Sips,
    Urn,
    Tel,
    Fax,
    Modem,
    Http,
    Https,
    Ftp,
    File,
    Rtsp,
    Rtspu,
    Mailto,
    Im,
    Pres,
    Cid,
    Msrp,
    Msrps,
    Wv,
}

/// Every named scheme, in enum order (Invalid, Unknown and Any excluded).
const NAMED: [(Kind, &str); 19] = [
    (Kind::Sip, "sip"),
    (Kind::Sips, "sips"),
    (Kind::Urn, "urn"),
    (Kind::Tel, "tel"),
    (Kind::Fax, "fax"),
    (Kind::Modem, "modem"),
    (Kind::Http, "http"),
    (Kind::Https, "https"),
    (Kind::Ftp, "ftp"),
    (Kind::File, "file"),
    (Kind::Rtsp, "rtsp"),
    (Kind::Rtspu, "rtspu"),
    (Kind::Mailto, "mailto"),
    (Kind::Im, "im"),
    (Kind::Pres, "pres"),
    (Kind::Cid, "cid"),
    (Kind::Msrp, "msrp"),
    (Kind::Msrps, "msrps"),
    (Kind::Wv, "wv"),
];

/// Does this flavour know `url_urn`?
pub const HAVE_URN: bool = cfg!(not(feature = "abi-1-12"));

impl Kind {
    /// The `url_type_e` value of this flavour.
    pub fn code(self) -> i8 {
        match self {
            Kind::Invalid => -2,
            Kind::Unknown => -1,
            Kind::Any => 0,
            Kind::Sip => 1,
            Kind::Sips => 2,
            // 1.12 has no url_urn; it never produces Kind::Urn.
            Kind::Urn => 3,
            k => {
                let idx = NAMED.iter().position(|(n, _)| *n == k).unwrap_or(0) as i8;
                // NAMED index: Sip=0, Sips=1, Urn=2, Tel=3 ...; fork: Tel=4.
                if HAVE_URN {
                    idx + 1
                } else {
                    idx
                }
            }
        }
    }

    /// The kind for a `url_type_e` value of this flavour (None for out-of-range values).
    pub fn from_code(code: i8) -> Option<Kind> {
        match code {
            -2 => Some(Kind::Invalid),
            -1 => Some(Kind::Unknown),
            0 => Some(Kind::Any),
            1 => Some(Kind::Sip),
            2 => Some(Kind::Sips),
            c if c > 2 => {
                let idx = if HAVE_URN { c as usize - 1 } else { c as usize };
                NAMED.get(idx).map(|(k, _)| *k)
            }
            _ => None,
        }
    }

    /// Canonical scheme name (`url_scheme()`); None for invalid/unknown.
    pub fn scheme(self) -> Option<&'static str> {
        match self {
            Kind::Any => Some("*"),
            Kind::Invalid | Kind::Unknown => None,
            Kind::Urn if !HAVE_URN => None,
            k => NAMED.iter().find(|(n, _)| *n == k).map(|(_, s)| *s),
        }
    }

    /// Scheme recognition (case-insensitive) on an already canonized scheme.
    pub fn from_scheme(s: &[u8]) -> Kind {
        match s {
            b"*" => return Kind::Any,
            b"sip" => return Kind::Sip,
            b"sips" => return Kind::Sips,
            _ => {}
        }
        for (k, name) in NAMED.iter() {
            if *k == Kind::Urn && !HAVE_URN {
                continue;
            }
            if s.eq_ignore_ascii_case(name.as_bytes()) {
                return *k;
            }
        }
        // The scheme name is "unreserved" characters only (Sofia's table: letters,
        // digits and -_.!~*'()%), else the URL is invalid.
        let unreserved = |c: u8| c.is_ascii_alphanumeric() || b"-_.!~*'()%".contains(&c);
        if s.iter().all(|&c| unreserved(c)) {
            Kind::Unknown
        } else {
            Kind::Invalid
        }
    }

    /// Schemes without an authority part: everything goes to the user part.
    pub fn is_opaque(self) -> bool {
        matches!(self, Kind::Invalid | Kind::Tel | Kind::Modem | Kind::Fax | Kind::Cid)
    }

    pub fn default_port(self) -> &'static str {
        match self {
            Kind::Sip => "5060",
            Kind::Sips => "5061",
            Kind::Http => "80",
            Kind::Https => "443",
            Kind::Ftp | Kind::File => "21",
            Kind::Rtsp | Kind::Rtspu => "554",
            Kind::Mailto => "25",
            Kind::Any => "*",
            Kind::Msrp | Kind::Msrps => "9999",
            _ => "",
        }
    }

    pub fn default_tport(self) -> &'static str {
        match self {
            Kind::Sips | Kind::Https | Kind::Msrps => "tls",
            Kind::Http | Kind::Ftp | Kind::File | Kind::Rtsp | Kind::Mailto | Kind::Msrp => "tcp",
            Kind::Rtspu => "udp",
            _ => "*",
        }
    }
}

#[cfg(test)]
mod kind_tests {
    use super::*;

    #[test]
    fn numbering_round_trips_and_matches_flavour() {
        for (k, _) in NAMED.iter() {
            if *k == Kind::Urn && !HAVE_URN {
                continue;
            }
            assert_eq!(Kind::from_code(k.code()), Some(*k));
        }
        if HAVE_URN {
            assert_eq!(Kind::Tel.code(), 4);
            assert_eq!(Kind::Wv.code(), 19);
        } else {
            assert_eq!(Kind::Tel.code(), 3);
            assert_eq!(Kind::Wv.code(), 18);
            assert_eq!(Kind::from_scheme(b"urn"), Kind::Unknown);
        }
        assert_eq!(Kind::Http.scheme(), Some("http"));
        assert_eq!(Kind::from_scheme(b"SIPS"), Kind::Sips);
        assert_eq!(Kind::from_scheme(b"bad scheme"), Kind::Invalid);
    }
}
