//! The SDP parser: safe Rust over a byte slice.
//!
//! Sofia's parser is tolerant and line oriented; this one reproduces its observable
//! results (which lines are accepted, how tokens are cut, the error texts) without
//! modifying the input: a "string" here is a sub-slice whose end plays the role of the
//! NUL that Sofia writes into its copy of the message. Every access is bounds checked
//! (`get`), so no input can make it panic or read outside the message.

use super::model::*;
use super::*;

const SPACE_TAB: &[u8] = b" \t";
const CRLF: &[u8] = b"\r\n";

fn is_token_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-!#$%&'*+.^_`{|}~".contains(&c)
}

fn is_posdigit(c: u8) -> bool {
    (b'1'..=b'9').contains(&c)
}

/// The character at `i`, NUL past the end (as in a C string).
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

fn span(s: &[u8], set: &[u8]) -> usize {
    s.iter().take_while(|c| set.contains(c)).count()
}

fn cspan(s: &[u8], set: &[u8]) -> usize {
    s.iter().take_while(|c| !set.contains(c)).count()
}

fn span_by(s: &[u8], f: impl Fn(u8) -> bool) -> usize {
    s.iter().take_while(|&&c| f(c)).count()
}

fn c_isspace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `strtoul(s, &end, 10)`: (value, bytes consumed); consumed 0 when nothing converted.
pub fn strtoul(s: &[u8]) -> (u64, usize) {
    let mut i = span_by(s, c_isspace);
    let neg = match at(s, i) {
        b'-' => {
            i += 1;
            true
        }
        b'+' => {
            i += 1;
            false
        }
        _ => false,
    };
    let digits = span_by(&s[i.min(s.len())..], |c| c.is_ascii_digit());
    if digits == 0 {
        return (0, 0);
    }
    let mut v: u64 = 0;
    let mut overflow = false;
    for &c in &s[i..i + digits] {
        match v.checked_mul(10).and_then(|x| x.checked_add((c - b'0') as u64)) {
            Some(x) => v = x,
            None => overflow = true,
        }
    }
    let v = if overflow {
        u64::MAX
    } else if neg {
        v.wrapping_neg()
    } else {
        v
    };
    (v, i + digits)
}

/// `strtol(s, &end, 10)`.
pub fn strtol(s: &[u8]) -> (i64, usize) {
    let mut i = span_by(s, c_isspace);
    let neg = match at(s, i) {
        b'-' => {
            i += 1;
            true
        }
        b'+' => {
            i += 1;
            false
        }
        _ => false,
    };
    let digits = span_by(&s[i.min(s.len())..], |c| c.is_ascii_digit());
    if digits == 0 {
        return (0, 0);
    }
    let mut v: i64 = 0;
    let mut overflow = false;
    for &c in &s[i..i + digits] {
        let d = (c - b'0') as i64;
        let next = if neg { v.checked_mul(10).and_then(|x| x.checked_sub(d)) } else { v.checked_mul(10).and_then(|x| x.checked_add(d)) };
        match next {
            Some(x) => v = x,
            None => overflow = true,
        }
    }
    if overflow {
        v = if neg { i64::MIN } else { i64::MAX };
    }
    (v, i + digits)
}

/// Sofia's `token()`: cut a token from `*r` (skipping `strip` first); the token ends at
/// the first character outside `legal` (or at a `sep` character when `legal` is None),
/// and the separators after it are skipped.
fn token<'a>(r: &mut &'a [u8], sep: &[u8], legal: Option<fn(u8) -> bool>, strip: Option<&[u8]>) -> Option<&'a [u8]> {
    let mut s = *r;
    if let Some(strip) = strip {
        s = &s[span(s, strip)..];
    }
    let n = match legal {
        Some(f) => span_by(s, f),
        None => cspan(s, sep),
    };
    if n == 0 {
        return None;
    }
    let tok = &s[..n];
    let mut m = n;
    if m < s.len() {
        m += 1;
        m += span(&s[m..], sep);
    }
    *r = &s[m..];
    Some(tok)
}

/// Sofia's `next()`: the next record separated by `sep`, after skipping `strip`.
fn next<'a>(r: &mut &'a [u8], sep: &[u8], strip: &[u8]) -> Option<&'a [u8]> {
    let mut s = *r;
    if !strip.is_empty() {
        s = &s[span(s, strip)..];
    }
    let n = cspan(s, sep);
    if n == 0 {
        return None;
    }
    let rec = &s[..n];
    let mut m = n;
    if m < s.len() {
        m += 1;
        m += span(&s[m..], sep);
    }
    *r = &s[m..];
    Some(rec)
}

/// Sofia's `parse_ul()`: an unsigned number below `max` (0 = any), whitespace around.
fn parse_ul(r: &mut &[u8], max: u64) -> Option<u64> {
    let s = &r[span(r, SPACE_TAB)..];
    let (v, n) = strtoul(s);
    if n > 0 && !(max != 0 && max <= v) {
        let rest = &s[n..];
        *r = &rest[span(rest, SPACE_TAB)..];
        Some(v)
    } else {
        None
    }
}

/// Printable text of an optional token for error messages (`%s` of NULL).
fn txt(s: Option<&[u8]>) -> String {
    match s {
        Some(s) => String::from_utf8_lossy(s).into_owned(),
        None => "(null)".into(),
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Flags {
    pub strict: bool,
    pub anynet: bool,
    pub mode_0000: bool,
    pub insane: bool,
    pub c_missing: bool,
    pub config: bool,
    pub mode_manual: bool,
}

impl Flags {
    pub fn from_bits(flags: i32) -> Flags {
        Flags {
            strict: flags & sdp_f_strict != 0,
            anynet: flags & sdp_f_anynet != 0,
            mode_0000: flags & sdp_f_mode_0000 != 0,
            insane: flags & sdp_f_insane != 0,
            c_missing: flags & (sdp_f_c_missing | sdp_f_config) != 0,
            config: flags & sdp_f_config != 0,
            mode_manual: flags & sdp_f_mode_manual != 0,
        }
    }
}

/// A parse error: Sofia's message text (at most 127 bytes, as its 128-byte buffer).
#[derive(Debug, Clone, PartialEq)]
pub struct Error(pub Vec<u8>);

impl Error {
    fn new(msg: String) -> Error {
        let mut b = msg.into_bytes();
        b.truncate(127);
        Error(b)
    }
}

type R<T> = Result<T, Error>;

fn err<T>(msg: impl Into<String>) -> R<T> {
    Err(Error::new(msg.into()))
}

fn extra_data(what: &str, s: &[u8]) -> Error {
    Error::new(format!("extra data after {what} (\"{}\")", txt(Some(&s[..s.len().min(4)]))))
}

struct Parser {
    f: Flags,
    session_mode: u32,
}

/// Parse an SDP message. `msg` is the message text (it ends at its first NUL, if any).
pub fn parse(msg: &[u8], flags: i32) -> Result<Session<'_>, Error> {
    let msg = &msg[..cspan(msg, b"\0")];
    let mut p = Parser { f: Flags::from_bits(flags), session_mode: sdp_sendrecv };
    let mut sdp = Session::default();
    p.message(msg, &mut sdp)?;
    Ok(sdp)
}

/// The checks of `sdp_sanity_check()` on a session (also used after parsing).
pub fn sanity_check(sdp: &Session<'_>, f: &Flags) -> Result<(), (i32, Error)> {
    if sdp.version != 0 {
        return Err((-1, Error::new("Incorrect version".into())));
    }
    if sdp.origin.is_none() {
        return Err((-1, Error::new("No o= present".into())));
    }
    if f.strict && sdp.subject.is_none() {
        return Err((-1, Error::new("No s= present".into())));
    }
    if f.strict && sdp.times.is_empty() {
        return Err((-1, Error::new("No t= present".into())));
    }
    if !f.c_missing && sdp.connection.is_empty() {
        for m in &sdp.media {
            if m.connections.is_empty() && !m.rejected {
                return Err((-2, Error::new("No c= on either session level or all mediums".into())));
            }
        }
    }
    Ok(())
}

pub fn connection_is_inaddr_any(c: &Connection<'_>) -> bool {
    c.nettype == sdp_net_in
        && ((c.addrtype == sdp_addr_ip4 && c.address == Some(b"0.0.0.0"))
            || (c.addrtype == sdp_addr_ip6 && c.address == Some(b"::")))
}

impl Parser {
    fn strip(&self) -> &'static [u8] {
        if self.f.strict {
            b""
        } else {
            SPACE_TAB
        }
    }

    /// `rest` of a record: after "x=" and (unless strict) leading whitespace.
    fn rest<'a>(&self, rec: &'a [u8]) -> &'a [u8] {
        let r = rec.get(2..).unwrap_or(&[]);
        &r[span(r, self.strip())..]
    }

    fn message<'a>(&mut self, msg: &'a [u8], sdp: &mut Session<'a>) -> R<()> {
        let strip = self.strip();
        let mut cur = msg;
        let mut record = next(&mut cur, CRLF, strip);
        if record != Some(b"v=0") {
            if !self.f.config || record.is_none() || at(record.unwrap_or_default(), 1) != b'=' {
                return err("bad SDP message");
            }
        } else {
            record = next(&mut cur, CRLF, strip);
        }
        // Index of the last t= (for r= and z=), and whether z= may still follow it.
        let mut last_time: Option<usize> = None;
        let mut zone_ok = false;
        while let Some(rec) = record {
            let field = rec[0];
            let rest = self.rest(rec);
            if at(rec, 1) != b'=' {
                return err(format!("bad line \"{}\"", txt(Some(rec))));
            }
            match field {
                b'o' => sdp.origin = Some(self.origin(rest)?),
                b's' => sdp.subject = Some(rest),
                b'i' => sdp.information = Some(rest),
                b'u' => sdp.uri = Some(rest),
                b'e' => sdp.emails.push(Some(rest)),
                b'p' => sdp.phones.push(Some(rest)),
                b'c' => sdp.connection = vec![self.connection(rest)?],
                b'b' => sdp.bandwidths.push(self.bandwidth(rest)?),
                b't' => {
                    sdp.times.push(self.time(rest)?);
                    last_time = Some(sdp.times.len() - 1);
                    zone_ok = true;
                }
                b'r' => match last_time {
                    Some(i) => sdp.times[i].repeat = Some(self.repeat(rest)?),
                    None => return err("repeat field without time field"),
                },
                b'z' => match last_time {
                    Some(i) if zone_ok => {
                        sdp.times[i].zone = Some(self.zone(rest)?);
                        zone_ok = false;
                    }
                    _ => return err("zone field without time field"),
                },
                b'k' => sdp.key = Some(self.key(rest)?),
                b'a' => {
                    if let Some(a) = self.session_attr(rest, sdp)? {
                        sdp.attributes.push(a);
                    }
                }
                b'm' => {
                    self.descs(rec, cur, sdp)?;
                    return self.post_session(sdp);
                }
                _ => return err(format!("unknown field \"{}\"", txt(Some(rec)))),
            }
            record = next(&mut cur, CRLF, strip);
        }
        self.post_session(sdp)
    }

    fn post_session(&self, sdp: &mut Session<'_>) -> R<()> {
        if self.f.config {
            if sdp.version != 0 {
                return err("Incorrect version");
            }
            return Ok(());
        }
        let session_c = sdp.connection.first().cloned();
        for m in sdp.media.iter_mut() {
            if m.port == 0 {
                m.mode = sdp_inactive;
                m.rejected = true;
                continue;
            }
            let c = m.connections.first().or(session_c.as_ref());
            if self.f.mode_0000 && c.is_some_and(connection_is_inaddr_any) {
                m.mode &= !sdp_recvonly;
            }
        }
        if self.f.insane {
            return Ok(());
        }
        sanity_check(sdp, &self.f).map_err(|(_, e)| e)
    }

    fn origin<'a>(&self, mut r: &'a [u8]) -> R<Origin<'a>> {
        let username = token(&mut r, SPACE_TAB, None, Some(SPACE_TAB));
        if username.is_none() {
            return err("invalid username");
        }
        let Some(id) = parse_ul(&mut r, 0) else { return err("invalid session id") };
        let Some(version) = parse_ul(&mut r, 0) else { return err("invalid session version") };
        let address = Some(self.connection(r)?);
        Ok(Origin { username, id, version, address })
    }

    fn connection<'a>(&self, mut r: &'a [u8]) -> R<Connection<'a>> {
        let mut c = Connection::default();
        if r.len() >= 3 && casematch(&r[..2], b"IN") && (r[2] == b' ' || r[2] == b'\t') {
            token(&mut r, SPACE_TAB, None, None);
            c.nettype = sdp_net_in;
            let s = token(&mut r, SPACE_TAB, None, None);
            match s {
                Some(s) if casematch(s, b"IP4") => c.addrtype = sdp_addr_ip4,
                Some(s) if casematch(s, b"IP6") => c.addrtype = sdp_addr_ip6,
                _ => return err(format!("unknown IN address type: {}", txt(s))),
            }
            let Some(s) = next(&mut r, SPACE_TAB, SPACE_TAB) else { return err("invalid address") };
            match s.iter().position(|&b| b == b'/') {
                Some(slash) => {
                    c.address = Some(&s[..slash]);
                    let mut t = &s[slash + 1..];
                    let ttl = parse_ul(&mut t, 256);
                    let Some(ttl) = ttl.filter(|_| t.is_empty() || t[0] == b'/') else { return err("invalid ttl") };
                    c.ttl = ttl as u8;
                    c.mcast = true;
                    let mut groups = 1u64;
                    if at(t, 0) == b'/' {
                        t = &t[1..];
                        match parse_ul(&mut t, 0) {
                            Some(g) if t.is_empty() => groups = g,
                            _ => return err("invalid number of multicast groups"),
                        }
                    }
                    c.groups = groups as u32;
                }
                None => {
                    c.address = Some(s);
                    c.groups = 1;
                }
            }
            Ok(c)
        } else if self.f.anynet {
            c.nettype = sdp_net_x;
            c.addrtype = sdp_addr_x;
            c.address = Some(r);
            c.groups = 1;
            Ok(c)
        } else {
            err("invalid address")
        }
    }

    fn bandwidth<'a>(&self, mut r: &'a [u8]) -> R<Bandwidth<'a>> {
        let name = token(&mut r, b":", Some(is_token_char), Some(SPACE_TAB));
        let (Some(name), Some(value)) = (name, parse_ul(&mut r, 0)) else { return err("invalid bandwidth") };
        let (modifier, name): (u32, Text<'a>) = if FORK {
            if casematch(name, b"CT") {
                (sdp_bw_ct, Some(b"CT"))
            } else if casematch(name, b"TIAS") {
                (sdp_bw_tias, Some(b"TIAS"))
            } else if casematch(name, b"AS") {
                (sdp_bw_as, Some(b"AS"))
            } else if casematch(name, b"RS") {
                (sdp_bw_rs, Some(b"RS"))
            } else if casematch(name, b"RR") {
                (sdp_bw_rr, Some(b"RR"))
            } else {
                (sdp_bw_x, Some(b"BW-X"))
            }
        } else if casematch(name, b"CT") {
            (sdp_bw_ct, None)
        } else if casematch(name, b"AS") {
            (sdp_bw_as, None)
        } else {
            (sdp_bw_x, Some(name))
        };
        if self.f.strict && !r.is_empty() {
            return Err(extra_data("b", r));
        }
        Ok(Bandwidth { modifier, name, value })
    }

    fn time(&self, mut r: &[u8]) -> R<Time> {
        let (Some(start), Some(stop)) = (parse_ul(&mut r, 0), parse_ul(&mut r, 0)) else { return err("invalid time") };
        if self.f.strict && !r.is_empty() {
            return Err(extra_data("t", r));
        }
        Ok(Time { start, stop, repeat: None, zone: None })
    }

    fn units(&self) -> &'static [u8] {
        if self.f.strict {
            b"dhms"
        } else {
            b"dhmsDHMS"
        }
    }

    /// Whitespace between the items of r= and z=.
    fn gap(&self, s: &[u8]) -> usize {
        if self.f.strict {
            usize::from(at(s, 0) == b' ')
        } else {
            span(s, SPACE_TAB)
        }
    }

    fn first_digit_ok(&self, c: u8) -> bool {
        is_posdigit(c) || (!self.f.strict && c == b'0')
    }

    fn repeat(&self, d: &[u8]) -> R<Repeat> {
        let mut n = 0usize;
        let mut s = 0usize;
        while s < d.len() {
            if !self.first_digit_ok(d[s]) {
                break;
            }
            s += 1;
            s += span_by(&d[s..], |c| c.is_ascii_digit());
            if s < d.len() && self.units().contains(&d[s]) {
                s += 1;
            }
            n += 1;
            let i = self.gap(&d[s..]);
            if i == 0 {
                break;
            }
            s += i;
        }
        if s < d.len() {
            return Err(extra_data("r", &d[s..]));
        }
        if n < 2 {
            return err("invalid repeat");
        }
        let mut values = Vec::with_capacity(n);
        let mut x = 0usize;
        for _ in 0..n {
            let (mut tt, used) = strtoul(&d[x.min(d.len())..]);
            x += used;
            let unit = at(d, x);
            match unit {
                b'd' | b'D' | b'h' | b'H' | b'm' | b'M' | b's' | b'S' => {
                    if matches!(unit, b'd' | b'D') {
                        tt = tt.wrapping_mul(24);
                    }
                    if matches!(unit, b'd' | b'D' | b'h' | b'H') {
                        tt = tt.wrapping_mul(60);
                    }
                    if matches!(unit, b'd' | b'D' | b'h' | b'H' | b'm' | b'M') {
                        tt = tt.wrapping_mul(60);
                    }
                    x += 1;
                }
                _ => {}
            }
            values.push(tt);
            x += span(&d[x.min(d.len())..], b" ");
        }
        Ok(Repeat { interval: values[0], duration: values[1], offsets: values[2..].to_vec() })
    }

    fn zone(&self, r: &[u8]) -> R<Zone> {
        let mut n = 0usize;
        let mut s = 0usize;
        while s < r.len() {
            if !self.first_digit_ok(r[s]) {
                break;
            }
            s += 1;
            s += span_by(&r[s..], |c| c.is_ascii_digit());
            let i = self.gap(&r[s..]);
            if i == 0 {
                break;
            }
            s += i;
            let c = at(r, s);
            if !(c == b'-' || self.first_digit_ok(c)) {
                break;
            }
            s += 1;
            s += span_by(&r[s..], |c| c.is_ascii_digit());
            if s < r.len() && self.units().contains(&r[s]) {
                s += 1;
            }
            n += 1;
            let i = self.gap(&r[s..]);
            if i == 0 {
                break;
            }
            s += i;
        }
        if s < r.len() {
            return Err(extra_data("z", &r[s..]));
        }
        if n < 1 {
            return err("invalid timezone");
        }
        let mut adj = Vec::with_capacity(n);
        let mut x = 0usize;
        for _ in 0..n {
            let (at_v, used) = strtoul(&r[x.min(r.len())..]);
            x += used;
            let (mut off, used) = strtol(&r[x.min(r.len())..]);
            x += used;
            let unit = at(r, x);
            match unit {
                b'd' | b'D' | b'h' | b'H' | b'm' | b'M' | b's' | b'S' => {
                    if matches!(unit, b'd' | b'D') {
                        off = off.wrapping_mul(24);
                    }
                    if matches!(unit, b'd' | b'D' | b'h' | b'H') {
                        off = off.wrapping_mul(60);
                    }
                    if matches!(unit, b'd' | b'D' | b'h' | b'H' | b'm' | b'M') {
                        off = off.wrapping_mul(60);
                    }
                    x += 1;
                }
                _ => {}
            }
            adj.push((at_v, off));
        }
        Ok(Zone { adjustments: adj })
    }

    fn key<'a>(&self, mut r: &'a [u8]) -> R<Key<'a>> {
        let Some(s) = token(&mut r, b":", Some(is_token_char), Some(SPACE_TAB)) else { return err("invalid key method") };
        let matches = |tok: &[u8]| if self.f.strict { s == tok } else { casematch(s, tok) };
        let (method, name): (u32, &'a [u8]) = if matches(b"clear") {
            (sdp_key_clear, b"clear")
        } else if matches(b"base64") {
            (sdp_key_base64, b"base64")
        } else if matches(b"uri") {
            (sdp_key_uri, b"uri")
        } else if matches(b"prompt") {
            (sdp_key_prompt, b"prompt")
        } else if !self.f.strict {
            (sdp_key_x, s)
        } else {
            return err("invalid key method");
        };
        Ok(Key { method, method_name: Some(name), material: Some(r) })
    }

    /// Name and value of an a= line.
    fn attr_name_value<'a>(&self, r: &mut &'a [u8]) -> R<(&'a [u8], Text<'a>)> {
        let Some(name) = token(r, b":", Some(is_token_char), Some(SPACE_TAB)) else { return err("invalid attribute name") };
        let value = if r.is_empty() { None } else { Some(*r) };
        Ok((name, value))
    }

    fn session_attr<'a>(&mut self, mut r: &'a [u8], sdp: &mut Session<'a>) -> R<Option<Attribute<'a>>> {
        let (name, value) = self.attr_name_value(&mut r)?;
        if casematch(name, b"charset") {
            sdp.charset = value;
            return Ok(None);
        }
        if !self.f.mode_manual {
            if let Some(mode) = mode_of(name) {
                self.session_mode = mode;
            }
        }
        Ok(Some(Attribute { name: Some(name), value }))
    }

    fn descs<'a>(&mut self, first: &'a [u8], mut cur: &'a [u8], sdp: &mut Session<'a>) -> R<()> {
        let strip = self.strip();
        let mut record = Some(first);
        while let Some(rec) = record {
            let rest = self.rest(rec);
            if at(rec, 1) == b'=' {
                match rec[0] {
                    b'm' => {
                        let mut m = self.media(rest)?;
                        m.mode = self.session_mode;
                        sdp.media.push(m);
                    }
                    field => {
                        // Every record after the first belongs to the last m= line.
                        let Some(m) = sdp.media.last_mut() else { break };
                        match field {
                            b'c' => {
                                let c = self.connection(rest)?;
                                m.connections.push(c);
                            }
                            b'b' => {
                                let b = self.bandwidth(rest)?;
                                m.bandwidths.push(b);
                            }
                            b'k' => m.key = Some(self.key(rest)?),
                            b'i' => m.information = Some(rest),
                            b'a' => {
                                if let Some(a) = self.media_attr(rest, m)? {
                                    m.attributes.push(a);
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            record = next(&mut cur, CRLF, strip);
        }
        Ok(())
    }

    fn media<'a>(&self, mut r: &'a [u8]) -> R<Media<'a>> {
        let mut m = Media { mode: sdp_sendrecv, ..Default::default() };
        let Some(s) = token(&mut r, b" ", Some(is_token_char), None) else { return err("m= invalid media field") };
        let (t, name) = media_type_of(s);
        m.mtype = t;
        m.type_name = Some(name.unwrap_or(s));
        if self.f.config && m.mtype == sdp_media_any {
            r = &r[span(r, SPACE_TAB)..];
            if r.is_empty() {
                m.proto = sdp_proto_any;
                m.proto_name = Some(b"*");
                return Ok(m);
            }
        }
        let Some(port) = parse_ul(&mut r, 1 << 32) else { return err("m= invalid port number") };
        m.port = port;
        if at(r, 0) == b'/' {
            r = &r[1..];
            let Some(n) = parse_ul(&mut r, 0) else { return err("m= invalid port specification") };
            m.number_of_ports = n;
        }
        let proto = token(&mut r, b" ", Some(|c| c == b'/' || is_token_char(c)), Some(b" "));
        let Some(proto) = proto else { return err("m= missing protocol") };
        if !self.f.strict && casematch(proto, b"RTP") {
            m.proto = sdp_proto_rtp;
            m.proto_name = Some(b"RTP/AVP");
        } else {
            let (p, name) = proto_of(proto);
            m.proto = p;
            m.proto_name = Some(name.unwrap_or(proto));
        }
        if !r.is_empty() && proto_has_rtp(m.proto) {
            self.payloads(r, &mut m)?;
            return Ok(m);
        }
        while !r.is_empty() {
            let Some(f) = token(&mut r, SPACE_TAB, Some(is_token_char), Some(SPACE_TAB)) else { return err("m= invalid") };
            m.format.push(Some(f));
        }
        Ok(m)
    }

    fn payloads<'a>(&self, mut r: &'a [u8], m: &mut Media<'a>) -> R<()> {
        while !r.is_empty() {
            if let Some(pt) = parse_ul(&mut r, 128) {
                let rm = match well_known(pt) {
                    Some(&(pt, enc, rate, params)) => Rtpmap {
                        encoding: Some(enc.as_bytes()),
                        rate,
                        params: params.map(str::as_bytes),
                        fmtp: None,
                        predef: true,
                        pt,
                        any: false,
                    },
                    None => Rtpmap { encoding: Some(b""), predef: true, pt: pt as u8, ..Default::default() },
                };
                m.rtpmaps.push(rm);
            } else if self.f.config && r[0] == b'*' && (r.len() == 1 || r[1] == b' ') {
                m.rtpmaps.push(Rtpmap { encoding: Some(b"*"), predef: true, any: true, ..Default::default() });
                return Ok(());
            } else {
                return err("m= invalid format for RTP/AVT");
            }
        }
        Ok(())
    }

    fn media_attr<'a>(&self, mut r: &'a [u8], m: &mut Media<'a>) -> R<Option<Attribute<'a>>> {
        let rtp = proto_has_rtp(m.proto);
        let (name, value) = self.attr_name_value(&mut r)?;
        if !self.f.mode_manual {
            if let Some(mode) = mode_of(name) {
                m.mode = mode;
                return Ok(None);
            }
        }
        if rtp && casematch(name, b"rtpmap") {
            self.rtpmap(r, m)?;
            Ok(None)
        } else if rtp && casematch(name, b"fmtp") {
            self.fmtp(r, m)?;
            Ok(None)
        } else {
            Ok(Some(Attribute { name: Some(name), value }))
        }
    }

    fn rtpmap<'a>(&self, mut r: &'a [u8], m: &mut Media<'a>) -> R<()> {
        let Some(pt) = parse_ul(&mut r, 128) else {
            return if self.f.strict { err("a=rtpmap: invalid payload type") } else { Ok(()) };
        };
        let Some(idx) = m.rtpmaps.iter().position(|rm| rm.pt as u64 == pt) else {
            return if self.f.strict { err(format!("a=rtpmap:{pt}: unknown payload type")) } else { Ok(()) };
        };
        let encoding = token(&mut r, b"/", Some(is_token_char), None);
        let Some(rate) = parse_ul(&mut r, 0) else {
            return err(format!("a=rtpmap:{pt} {}: invalid <clock rate>", txt(encoding)));
        };
        let params = if at(r, 0) == b'/' { Some(&r[1..]) } else { None };
        let rm = &mut m.rtpmaps[idx];
        rm.predef = false;
        rm.encoding = encoding;
        rm.rate = rate;
        rm.params = params;
        Ok(())
    }

    fn fmtp<'a>(&self, mut r: &'a [u8], m: &mut Media<'a>) -> R<()> {
        let Some(pt) = parse_ul(&mut r, 128) else {
            return if self.f.strict { err("a=rtpmap: invalid payload type") } else { Ok(()) };
        };
        let Some(rm) = m.rtpmaps.iter_mut().find(|rm| rm.pt as u64 == pt) else {
            return if self.f.strict { err(format!("a=fmtp:{pt}: unknown payload type")) } else { Ok(()) };
        };
        rm.fmtp = Some(r);
        Ok(())
    }
}

/// The mode named by a direction attribute.
pub fn mode_of(name: &[u8]) -> Option<u32> {
    if casematch(name, b"inactive") {
        Some(sdp_inactive)
    } else if casematch(name, b"sendonly") {
        Some(sdp_sendonly)
    } else if casematch(name, b"recvonly") {
        Some(sdp_recvonly)
    } else if casematch(name, b"sendrecv") {
        Some(sdp_sendrecv)
    } else {
        None
    }
}
