//! Printing SIP header values in Sofia's canonical form, from the safe model.

use super::model::{Hdr, UrlVal};
use crate::url::syntax as url;

fn url_into(o: &mut Vec<u8>, u: &UrlVal) {
    let mut v = url::View { kind_code: u.kind, root: u.root, f: [None; 9] };
    for (i, f) in u.f.iter().enumerate() {
        v.f[i] = f.as_deref();
    }
    url::print_into(o, &v)
}

/// `;p` for every non-empty parameter.
pub fn params(o: &mut Vec<u8>, h: &Hdr) {
    if let Some(p) = &h.params {
        for p in p.iter().filter(|p| !p.is_empty()) {
            o.push(b';');
            o.extend_from_slice(p);
        }
    }
}

fn joined(o: &mut Vec<u8>, h: &Hdr, sep: &[u8]) {
    if let Some(p) = &h.params {
        for (i, p) in p.iter().enumerate() {
            if i > 0 {
                o.extend_from_slice(sep);
            }
            o.extend_from_slice(p);
        }
    }
}

/// display name, URL (in brackets when needed) and parameters.
fn name_addr(o: &mut Vec<u8>, display: Option<&[u8]>, u: Option<&UrlVal>, h: &Hdr, always_brackets: bool, compact: bool) {
    let needs = |f: Option<&[u8]>, set: &[u8]| f.is_some_and(|s| s.iter().any(|b| set.contains(b)));
    let brackets = always_brackets
        || display.is_some()
        || u.is_some_and(|u| {
            u.f[6].is_some() || u.f[7].is_some() || needs(u.f[1].as_deref(), b";,?") || needs(u.f[2].as_deref(), b",")
        });
    if let Some(d) = display.filter(|d| !d.is_empty()) {
        o.extend_from_slice(d);
        if !compact {
            o.push(b' ');
        }
    }
    if let Some(u) = u {
        if brackets {
            o.push(b'<');
        }
        url_into(o, u);
        if brackets {
            o.push(b'>');
        }
    }
    params(o, h);
}

/// Decimal digits of `n`.
pub fn num(o: &mut Vec<u8>, n: u64) {
    o.extend_from_slice(digits(n, &mut [0u8; 20]));
}

/// The decimal digits of `n`, written at the end of `d`.
pub fn digits(mut n: u64, d: &mut [u8; 20]) -> &[u8] {
    let mut i = d.len();
    loop {
        i -= 1;
        d[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &d[i..]
}

/// At least three digits (`{:03}`).
fn num3(o: &mut Vec<u8>, n: u64) {
    if n < 100 {
        o.push(b'0');
        if n < 10 {
            o.push(b'0');
        }
    }
    num(o, n);
}

/// Prints the value of a header of kind `sym`; `compact` is MSG_FLG_COMPACT.
pub fn value(sym: &str, h: &Hdr, compact: bool) -> Vec<u8> {
    value_with(sym, h, compact, false)
}

/// As [`value`]; `canonic` is MSG_FLG_CANONIC (name-addr values of From, To, Contact,
/// Refer-To and Reply-To always in angle brackets, as Sofia prints them).
pub fn value_with(sym: &str, h: &Hdr, compact: bool, canonic: bool) -> Vec<u8> {
    let mut o = Vec::with_capacity(64);
    value_into(&mut o, printer_of(sym), h, compact, canonic);
    o
}

/// How a header kind's value is printed: one printer per group of kinds printed alike
/// (found once per kind by `KindInfo::printer`, not by matching names per header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum P {
    /// A request line or a status line.
    Request,
    Status,
    Via,
    /// name-addr, in angle brackets under MSG_FLG_CANONIC (From, To, Contact, ...).
    NameAddr,
    /// name-addr as written (Route, Record-Route, P-Asserted-Identity, ...).
    Addr,
    /// `<URL>` and parameters (Call-Info, Error-Info, Alert-Info).
    Info,
    /// The value's text (Call-ID, Subject, User-Agent, ...).
    Text,
    Cseq,
    Rack,
    /// A number (Max-Forwards, Content-Length, ...).
    Number,
    Expires,
    Date,
    Identity,
    /// A comma list of tokens (Allow, Supported, Require, ...).
    Tokens,
    /// A value and its parameters (Content-Type, Event, Reason, ...).
    ValueParams,
    /// A number and its parameters (Session-Expires, Min-SE).
    NumberParams,
    RetryAfter,
    /// A scheme and its comma-separated parameters (Authorization, WWW-Authenticate, ...).
    Auth,
    AuthInfo,
    Timestamp,
    Warning,
    /// `*` and parameters (Accept-Contact, Reject-Contact).
    CallerPrefs,
    Privacy,
    Unknown,
    Error,
    /// The text as it is, without a name (separator, payload).
    Raw,
    None,
}

/// The printer of kind `sym` (`P::None`: nothing to print).
pub fn printer_of(sym: &str) -> P {
    match sym {
        "request" => P::Request,
        "status" => P::Status,
        "via" => P::Via,
        "from" | "to" | "refer_to" | "reply_to" | "contact" => P::NameAddr,
        "route" | "record_route" | "path" | "service_route" | "remote_party_id" | "referred_by" | "p_asserted_identity"
        | "p_preferred_identity" => P::Addr,
        "call_info" | "error_info" | "alert_info" => P::Info,
        "cseq" => P::Cseq,
        "rack" => P::Rack,
        "max_forwards" | "min_expires" | "rseq" | "content_length" => P::Number,
        "expires" => P::Expires,
        "date" => P::Date,
        "identity" => P::Identity,
        "call_id" | "subject" | "priority" | "organization" | "server" | "user_agent" | "etag" | "if_match" | "mime_version" => {
            P::Text
        }
        "proxy_require" | "require" | "supported" | "unsupported" | "in_reply_to" | "allow_events" | "content_encoding" | "content_language" | "request_disposition" | "allow" => P::Tokens,
        "content_type" | "accept" | "accept_encoding" | "accept_language" | "event" | "subscription_state" | "content_disposition" | "refer_sub" | "security_client" | "security_server" | "security_verify" | "reason" | "replaces" => P::ValueParams,
        "session_expires" | "min_se" => P::NumberParams,
        "retry_after" => P::RetryAfter,
        "proxy_authenticate" | "proxy_authorization" | "authorization" | "www_authenticate" => P::Auth,
        "proxy_authentication_info" | "authentication_info" => P::AuthInfo,
        "timestamp" => P::Timestamp,
        "warning" => P::Warning,
        "accept_contact" | "reject_contact" => P::CallerPrefs,
        "privacy" => P::Privacy,
        "unknown" => P::Unknown,
        "error" => P::Error,
        "separator" | "payload" => P::Raw,
        _ => P::None,
    }
}

/// As [`value_with`], appending to `o`, with the kind's printer.
pub fn value_into(o: &mut Vec<u8>, printer: P, h: &Hdr, compact: bool, canonic: bool) {
    let s = |i: usize| h.str(i).unwrap_or(b"");
    match printer {
        P::Request => {
            // As printf with URL_PRINT_FORMAT: the URL's own print form, then CRLF.
            o.extend_from_slice(s(0));
            o.push(b' ');
            if let Some(u) = &h.url {
                let mut v = url::View { kind_code: u.kind, root: u.root, f: [None; 9] };
                for (i, f) in u.f.iter().enumerate() {
                    v.f[i] = f.as_deref();
                }
                url::print_args_into(o, &v);
            }
            o.push(b' ');
            o.extend_from_slice(s(1));
            o.extend_from_slice(b"\r\n");
        }
        P::Status => {
            let st = h.n[0] as i64 as i32;
            let st = if (100..=999).contains(&st) { st } else { 0 };
            o.extend_from_slice(s(0));
            o.push(b' ');
            num3(o, st as u64);
            o.push(b' ');
            o.extend_from_slice(s(1));
            o.extend_from_slice(b"\r\n");
        }
        P::Via => {
            o.extend_from_slice(s(0));
            o.push(b' ');
            o.extend_from_slice(s(1));
            if let Some(p) = h.str(2) {
                o.push(b':');
                o.extend_from_slice(p);
            }
            params(o, h);
        }
        P::NameAddr => {
            name_addr(o, h.str(0), h.url.as_deref(), h, canonic, compact);
        }
        P::Addr => {
            name_addr(o, h.str(0), h.url.as_deref(), h, false, compact);
        }
        P::Info => {
            name_addr(o, None, h.url.as_deref(), h, true, compact);
        }
        P::Text => o.extend_from_slice(s(0)),
        P::Cseq => {
            num(o, h.n[0]);
            o.push(b' ');
            o.extend_from_slice(s(0));
        }
        P::Rack => {
            num(o, h.n[0]);
            o.push(b' ');
            num(o, h.n[1]);
            o.push(b' ');
            o.extend_from_slice(s(0));
        }
        P::Number => num(o, h.n[0]),
        P::Expires => {
            if h.n[0] != 0 && h.n[1] == 0 {
                o.extend_from_slice(crate::msg::util::date_e(h.n[0] as _).as_bytes());
            } else {
                num(o, h.n[1]);
            }
        }
        P::Date => o.extend_from_slice(crate::msg::util::date_e(h.n[0] as _).as_bytes()),
        P::Identity => {
            if let Some(d) = h.str(2) {
                o.extend_from_slice(d);
            }
            if let Some(i) = h.str(1) {
                o.extend_from_slice(b";info=<");
                o.extend_from_slice(i);
                o.push(b'>');
            }
            if let Some(a) = h.str(3) {
                o.extend_from_slice(b";alg=");
                o.extend_from_slice(a);
            }
            if let Some(p) = h.str(4) {
                o.extend_from_slice(b";ppt=");
                o.extend_from_slice(p);
            }
            params(o, h);
        }
        P::Tokens => {
            joined(o, h, if compact { b"," } else { b", " })
        }
        P::ValueParams => {
            o.extend_from_slice(s(0));
            params(o, h);
        }
        P::NumberParams => {
            num(o, h.n[0]);
            params(o, h);
        }
        P::RetryAfter => {
            num(o, h.n[0]);
            if let Some(c) = h.str(0) {
                if !compact {
                    o.push(b' ');
                }
                o.push(b'(');
                o.extend_from_slice(c);
                o.push(b')');
            }
            params(o, h);
        }
        P::Auth => {
            o.extend_from_slice(s(0));
            if h.params.as_ref().is_some_and(|p| !p.is_empty()) {
                o.push(b' ');
                joined(o, h, if compact { b"," } else { b", " });
            }
        }
        P::AuthInfo => joined(o, h, if compact { b"," } else { b", " }),
        P::Timestamp => {
            o.extend_from_slice(s(0));
            if let Some(d) = h.str(1) {
                o.push(b' ');
                o.extend_from_slice(d);
            }
        }
        P::Warning => {
            num3(o, h.n[0]);
            o.push(b' ');
            o.extend_from_slice(s(0));
            if let Some(p) = h.str(1) {
                o.push(b':');
                o.extend_from_slice(p);
            }
            o.push(b' ');
            o.extend_from_slice(s(2));
        }
        P::CallerPrefs => {
            o.push(b'*');
            params(o, h);
        }
        P::Privacy => joined(o, h, b";"),
        P::Unknown => {
            o.extend_from_slice(s(0));
            o.extend_from_slice(if compact { b":" } else { b": " });
            o.extend_from_slice(s(1));
        }
        P::Error => {}
        P::Raw => o.extend_from_slice(s(0)),
        P::None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;
    use super::*;

    fn round(sym: &str, v: &str) -> String {
        let hs = parse(sym, b"X", v.as_bytes()).unwrap();
        hs.iter().map(|h| String::from_utf8(value(sym, h, false)).unwrap()).collect::<Vec<_>>().join(" | ")
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(round("to", "sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n"), "sip:vivekg@chair-dnrc.example.com;tag=1918181833n");
        assert_eq!(round("from", "caller<sip:caller@example.com>;tag=323"), "caller <sip:caller@example.com>;tag=323");
        assert_eq!(round("from", "<sip:caller@example.com>;tag=323"), "<sip:caller@example.com>;tag=323");
        assert_eq!(round("contact", "\"Quoted string \\\"\\\"\" <sip:jdrosen@example.com> ; newparam =\r\n      newvalue ;\r\n  secondparam ; q = 0.33"),
            "\"Quoted string \\\"\\\"\" <sip:jdrosen@example.com>;newparam=newvalue;secondparam;q=0.33");
        assert_eq!(round("via", "SIP  /   2.0\r\n /UDP\r\n    192.0.2.2;branch=390skdjuw"), "SIP/2.0/UDP 192.0.2.2;branch=390skdjuw");
        assert_eq!(round("cseq", "0009\r\n  INVITE"), "9 INVITE");
        assert_eq!(round("allow", "INVITE,ACK ,  BYE"), "INVITE, ACK, BYE");
        assert_eq!(round("route", "<sip:a;lr>, <sip:b;lr>"), "<sip:a;lr> | <sip:b;lr>");
    }
}
