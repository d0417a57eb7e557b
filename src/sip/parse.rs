//! Parsers of SIP header values into the safe model ([`Hdr`]), per header shape.
//!
//! Each parser takes the value text of one header line (folds included, leading and
//! trailing white space removed) and returns one `Hdr` per header instance: comma lists of
//! appendable kinds (Via, Contact, Route, ...) give several. White space that the grammar
//! allows around separators is dropped, as Sofia's parser does, so that printing gives the
//! canonical form. `None` means the value does not parse; the message keeps it as an error
//! header.

use std::borrow::Cow;

use super::model::{Hdr, Lite, Out, UrlVal};
use super::scan::{is_lws, is_token, Cursor};
use crate::url::syntax as url;

/// One or more header instances (a comma list gives several); inline for one.
pub type Hdrs<'a> = smallvec::SmallVec<[Hdr<'a>; 1]>;
pub type R<'a> = Option<Hdrs<'a>>;

fn one(h: Hdr<'_>) -> R<'_> {
    Some(smallvec::smallvec![h])
}

/// `bytes` without any LWS inside (`SIP / 2.0 / UDP` → `SIP/2.0/UDP`).
fn squeeze(b: &[u8]) -> Cow<'_, [u8]> {
    if b.iter().any(|&c| is_lws(c)) {
        Cow::Owned(b.iter().copied().filter(|&c| !is_lws(c)).collect())
    } else {
        Cow::Borrowed(b)
    }
}

/// Folded white space (CR, LF, runs of SP/HT) collapsed to single spaces.
fn unfold(b: &[u8]) -> Cow<'_, [u8]> {
    let needs = b.windows(2).any(|w| is_lws(w[0]) && is_lws(w[1])) || b.iter().any(|&c| c == b'\r' || c == b'\n' || c == b'\t');
    if !needs {
        return Cow::Borrowed(b);
    }
    let mut out = Vec::with_capacity(b.len());
    let mut ws = false;
    for &c in b {
        if is_lws(c) {
            ws = true;
        } else {
            if ws && !out.is_empty() {
                out.push(b' ');
            }
            ws = false;
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Splits at commas outside quotes, angle brackets and parentheses. Yields each element
/// (trimmed; empty ones are skipped, as the grammar's #rule allows), or one `None` and then
/// nothing when a quote or bracket is not closed.
pub fn split_commas(v: &[u8]) -> Commas<'_> {
    // Most values are one element: no comma, and no quote inside which one would not count
    // (two vectorised searches instead of a look at every byte; an unbalanced bracket is
    // then the element parser's to reject).
    let find = crate::msg::frame::find_byte;
    let single = find(v, b',').is_none() && find(v, b'"').is_none();
    Commas { v, pos: 0, done: false, single }
}

/// Bytes that matter when splitting a comma list.
static LIST_SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'(' as usize] = true;
    t[b')' as usize] = true;
    t[b',' as usize] = true;
    t
};

pub struct Commas<'a> {
    v: &'a [u8],
    pos: usize,
    done: bool,
    single: bool,
}

impl<'a> Iterator for Commas<'a> {
    type Item = Option<&'a [u8]>;

    fn next(&mut self) -> Option<Option<&'a [u8]>> {
        let v = self.v;
        if self.single {
            if self.done {
                return None;
            }
            self.done = true;
            let e = trim(v);
            return (!e.is_empty()).then_some(Some(e));
        }
        while !self.done {
            let start = self.pos;
            let mut i = start;
            let (mut angle, mut paren) = (false, 0u32);
            let mut end = None;
            while i < v.len() {
                // Most bytes are ordinary: skip them with one table look-up each.
                if !LIST_SPECIAL[v[i] as usize] {
                    i += 1;
                    continue;
                }
                match v[i] {
                    b'"' if !angle => {
                        i += 1;
                        while i < v.len() && v[i] != b'"' {
                            if v[i] == b'\\' {
                                i += 1;
                            }
                            i += 1;
                        }
                        if i >= v.len() {
                            self.done = true;
                            return Some(None);
                        }
                    }
                    b'<' => angle = true,
                    b'>' => angle = false,
                    b'(' if !angle => paren += 1,
                    b')' if !angle && paren > 0 => paren -= 1,
                    b',' if !angle && paren == 0 => {
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
                i += 1;
            }
            if angle {
                self.done = true;
                return Some(None);
            }
            let stop = end.unwrap_or(v.len());
            match end {
                Some(e) => self.pos = e + 1,
                None => self.done = true,
            }
            let e = trim(&v[start..stop]);
            if !e.is_empty() {
                return Some(Some(e));
            }
        }
        None
    }
}

pub fn trim(b: &[u8]) -> &[u8] {
    let s = b.iter().position(|&c| !is_lws(c)).unwrap_or(b.len());
    let e = b.iter().rposition(|&c| !is_lws(c)).map_or(s, |e| e + 1);
    &b[s..e]
}

/// `;name[=value]` parameters from `c` into `o`, each normalised to "name=value" / "name".
fn params_into<'a, O: Out<'a>>(c: &mut Cursor<'a>, o: &mut O) -> Option<()> {
    let v: &'a [u8] = c.src();
    let mut taken = true;
    c.params_with(|p| {
        let item = match p.value {
            None => Cow::Borrowed(&v[p.name]),
            Some(val) if val.start == p.name.end + 1 => Cow::Borrowed(&v[p.name.start..val.end]),
            Some(val) => {
                let mut o = v[p.name].to_vec();
                o.push(b'=');
                o.extend_from_slice(&v[val]);
                Cow::Owned(o)
            }
        };
        taken = taken && o.param(item).is_some();
    })?;
    taken.then_some(())
}

/// `;name[=value]` parameters from `c`, as a list.
fn params<'a>(c: &mut Cursor<'a>) -> Option<Vec<Cow<'a, [u8]>>> {
    let mut h = Hdr::default();
    params_into(c, &mut h)?;
    Some(h.params.unwrap_or_default())
}

fn opt_params(p: Vec<Cow<'_, [u8]>>) -> Option<Vec<Cow<'_, [u8]>>> {
    (!p.is_empty()).then_some(p)
}

/// Parses a URL (bytes without brackets) as `url_d()` does.
pub fn url_val(b: &[u8]) -> Option<UrlVal<'_>> {
    let p = url::parse(b)?;
    let mut v = UrlVal { kind: p.kind.code(), root: if p.root { b'/' } else { 0 }, ..Default::default() };
    for (i, f) in p.fields.into_iter().enumerate() {
        v.f[i] = f.map(|f| f.text);
    }
    if p.kind == crate::url::Kind::Any && v.f[0].is_none() {
        v.f[0] = Some(Cow::Borrowed(b"*"));
    }
    Some(v)
}

/// Parses a URL (bytes without brackets) as `url_d()` does, into `o`: as slices of the text
/// when it has no escapes (most URLs: nothing canonized, nothing copied).
pub fn url_into<'a, O: Out<'a>>(b: &'a [u8], o: &mut O) -> Option<()> {
    let s = url::split(b)?;
    if s.escaped {
        return o.url(url_val(b)?);
    }
    o.url_slices(s.kind.code(), if s.root { b'/' } else { 0 }, s.slices(b))
}

/// name-addr or addr-spec, then `;params`: (display, url, params, rest after params).
/// `display` is `Some("")` when the URL was in angle brackets without a display name (the
/// printer then keeps the brackets).
#[allow(clippy::type_complexity)]
fn name_addr<'a>(v: &'a [u8]) -> Option<(Option<Cow<'a, [u8]>>, UrlVal<'a>, Option<Vec<Cow<'a, [u8]>>>, usize)> {
    let mut h = Hdr::default();
    let end = name_addr_into(v, &mut h)?;
    let url = *h.url?;
    Some((h.s[0].take(), url, h.params, end))
}

/// As [`name_addr`], into `o`: the display name to string slot 0, the URL, the
/// parameters; returns where the parameters end.
fn name_addr_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<usize> {
    let mut c = Cursor::new(v, 0..v.len());
    c.skip_lws();
    let display;
    let url;
    if c.peek() == Some(b'"') {
        let q = c.quoted()?;
        display = Some(Cow::Borrowed(&v[q]));
        if !c.eat(b'<') {
            return None;
        }
        let start = c.pos();
        let close = v[start..].iter().position(|&b| b == b'>')? + start;
        url = &v[start..close];
        c = Cursor::new(v, close + 1..v.len());
    } else if let Some(lt) = v.iter().position(|&b| b == b'<') {
        // Everything before '<' is the display name (tokens); it must not contain
        // separators that end the header.
        let d = trim(&v[c.pos()..lt]);
        if d.iter().any(|&b| matches!(b, b';' | b',' | b'>' | b'"')) {
            return None;
        }
        display = Some(unfold(d));
        let close = v[lt..].iter().position(|&b| b == b'>')? + lt;
        url = &v[lt + 1..close];
        c = Cursor::new(v, close + 1..v.len());
    } else {
        // addr-spec: the URL ends at ';' (parameters of the header), ',' or white space.
        let start = c.pos();
        let end = v[start..].iter().position(|&b| b == b';' || b == b',' || is_lws(b)).map_or(v.len(), |e| e + start);
        // Without brackets a URL can have no headers part, and no bracket or quote.
        if v[start..end].iter().any(|&b| matches!(b, b'?' | b'<' | b'>' | b'"')) {
            return None;
        }
        display = None;
        url = &v[start..end];
        c = Cursor::new(v, end..v.len());
    }
    if let Some(d) = display {
        o.s(0, d)?;
    }
    url_into(url, o)?;
    params_into(&mut c, o)?;
    c.skip_lws();
    Some(c.pos())
}

/// One name-addr or addr-spec with parameters, the whole value.
fn addr_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    (name_addr_into(v, o)? == v.len()).then_some(())
}

fn addr(v: &[u8]) -> R<'_> {
    let mut h = Hdr::default();
    addr_into(v, &mut h)?;
    one(h)
}

fn addr_list(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let e = e?;
        out.extend(addr(e)?);
    }
    (!out.is_empty()).then_some(out)
}

fn contact(v: &[u8]) -> R<'_> {
    if trim(v) == b"*" {
        let mut h = Hdr::default();
        h.url = Some(Box::new(url_val(b"*")?));
        return one(h);
    }
    addr_list(v)
}

fn via(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let mut h = Hdr::default();
        via_into(e?, &mut h)?;
        out.push(h);
    }
    (!out.is_empty()).then_some(out)
}

/// One via-parm.
fn via_into<'a, O: Out<'a>>(e: &'a [u8], o: &mut O) -> Option<()> {
    let mut c = Cursor::new(e, 0..e.len());
    // sent-protocol: name / version / transport, LWS allowed around the slashes
    let a = c.token()?;
    if !c.eat(b'/') {
        return None;
    }
    let b = c.token()?;
    if !c.eat(b'/') {
        return None;
    }
    let t = c.token()?;
    let proto = squeeze(&e[a.start..t.end]);
    c.skip_lws();
    // sent-by: host [ : port ]
    let host_start = c.pos();
    let host = if c.peek() == Some(b'[') {
        let close = e[host_start..].iter().position(|&x| x == b']')? + host_start;
        c = Cursor::new(e, close + 1..e.len());
        host_start..close + 1
    } else {
        let r = c.take_while(|x| is_token(x) && x != b'%' || x == b'_');
        if r.is_empty() {
            return None;
        }
        r
    };
    let _ = b;
    o.s(0, proto)?;
    o.s(1, Cow::Borrowed(&e[host]))?;
    if c.eat(b':') {
        let (_, port) = c.number(5)?;
        o.s(2, Cow::Borrowed(&e[port]))?;
    }
    params_into(&mut c, o)?;
    c.skip_lws();
    if c.peek() == Some(b'(') {
        let start = c.pos() + 1;
        let close = e[start..].iter().rposition(|&x| x == b')')? + start;
        o.s(3, Cow::Borrowed(&e[start..close]))?;
        c = Cursor::new(e, close + 1..e.len());
        c.skip_lws();
    }
    c.at_end().then_some(())
}

/// Runs the parser `f` into a new model: the one header of a value.
fn one_of<'a>(v: &'a [u8], f: impl FnOnce(&'a [u8], &mut Hdr<'a>) -> Option<()>) -> R<'a> {
    let mut h = Hdr::default();
    f(v, &mut h)?;
    one(h)
}

fn cseq(v: &[u8]) -> R<'_> {
    one_of(v, cseq_into)
}

fn cseq_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    let mut c = Cursor::new(v, 0..v.len());
    let (seq, _) = c.number(10)?;
    if seq > u64::from(u32::MAX) {
        return None;
    }
    let m = c.token()?;
    c.skip_lws();
    if !c.at_end() {
        return None;
    }
    o.n(0, seq);
    o.n(1, method_code(&v[m.clone()]) as u64);
    o.s(0, Cow::Borrowed(&v[m]))
}

/// `sip_method_t` of a method name (case-sensitive, as RFC 3261 says).
pub fn method_code(m: &[u8]) -> i32 {
    // The whole token must be the name (the method table is sip::method's); length and
    // first byte are compared before the bytes, most names differ there.
    let Some(&c) = m.first() else { return 0 };
    super::method::METHODS
        .iter()
        .position(|name| name.len() == m.len() && name.as_bytes()[0] == c && name.as_bytes() == m)
        .map_or(0, |i| i as i32 + 1)
}


fn call_id_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    // word [ "@" word ]; like Sofia, any non-empty value is taken as it is.
    if v.is_empty() {
        return None;
    }
    o.n(0, u64::from(crate::msg::util::hash_string(Some(v))));
    o.s(0, Cow::Borrowed(v))
}

/// A number up to 2^32 - 1 (Max-Forwards, Min-Expires, Content-Length).
fn numeric_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    let mut c = Cursor::new(v, 0..v.len());
    let (n, _) = c.number(20)?;
    c.skip_lws();
    if !c.at_end() || n > u64::from(u32::MAX) {
        return None;
    }
    o.n(0, n);
    Some(())
}

fn generic_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    o.s(0, unfold(v))
}

/// Comma-separated tokens into one header's item list.
/// A comma list of plain tokens (white space only around the commas), as most Allow,
/// Supported and Require values are: the items, or None for anything else (quotes,
/// comments, brackets, white space inside an item), which the general splitter handles.
fn plain_tokens_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    // Items found by memchr, each checked with one tight loop.
    let mut rest = v;
    loop {
        let (item, more) = match crate::msg::frame::find_byte(rest, b',') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let t = trim(item);
        if !t.iter().all(|&b| is_token(b)) {
            return None;
        }
        if !t.is_empty() {
            o.param(Cow::Borrowed(t))?;
        }
        match more {
            Some(m) => rest = m,
            None => return Some(()),
        }
    }
}

fn token_list(v: &[u8]) -> R<'_> {
    let mut h = Hdr { params: Some(Vec::with_capacity(v.len() / 5 + 1)), ..Default::default() };
    if plain_tokens_into(v, &mut h).is_some() {
        return one(h);
    }
    let mut items = Vec::new();
    for e in split_commas(v) {
        let e = e?;
        let e = squeeze(e);
        if e.is_empty() {
            continue;
        }
        items.push(e);
    }
    let mut h = Hdr::default();
    h.params = Some(items);
    one(h)
}

/// `k_bitmap` of an Allow list: bit `sip_method_t` for every known method listed.
pub fn allow_bits<'x>(items: impl IntoIterator<Item = &'x [u8]>) -> u64 {
    items.into_iter().map(method_code).filter(|&c| c > 0).fold(0u64, |a, c| a | 1 << c)
}

fn allow(v: &[u8]) -> R<'_> {
    let mut hs = token_list(v)?;
    let h = &mut hs[0];
    h.n[0] = allow_bits(h.params.iter().flatten().map(|p| &p[..]));
    Some(hs)
}

fn content_type(v: &[u8]) -> R<'_> {
    one_of(v, content_type_into)
}

fn content_type_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    let mut c = Cursor::new(v, 0..v.len());
    let t = c.token()?;
    if !c.eat(b'/') {
        return None;
    }
    let s = c.token()?;
    o.s(0, squeeze(&v[t.start..s.end]))?;
    params_into(&mut c, o)?;
    c.skip_lws();
    c.at_end().then_some(())
}

fn accept(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let e = e?;
        let mut hs = content_type(e)?;
        out.append(&mut hs);
    }
    Some(out)
}

fn accept_any(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let e = e?;
        let mut c = Cursor::new(e, 0..e.len());
        let t = c.token()?;
        let mut h = Hdr::default();
        h.set(0, &e[t]);
        params_into(&mut c, &mut h)?;
        c.skip_lws();
        if !c.at_end() {
            return None;
        }
        out.push(h);
    }
    Some(out)
}

/// token followed by `;params` (Event, Subscription-State, Content-Disposition, ...).
fn token_params(v: &[u8]) -> R<'_> {
    one_of(v, token_params_into)
}

fn token_params_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    let mut c = Cursor::new(v, 0..v.len());
    let t = c.token()?;
    o.s(0, Cow::Borrowed(&v[t]))?;
    params_into(&mut c, o)?;
    c.skip_lws();
    c.at_end().then_some(())
}

fn token_params_list(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let e = e?;
        out.extend(token_params(e)?);
    }
    (!out.is_empty()).then_some(out)
}

/// delta-seconds followed by `;params` (Session-Expires, Min-SE).
fn delta_params_into<'a, O: Out<'a>>(v: &'a [u8], o: &mut O) -> Option<()> {
    let mut c = Cursor::new(v, 0..v.len());
    let (n, _) = c.number(10)?;
    if n > u64::from(u32::MAX) {
        return None;
    }
    o.n(0, n);
    params_into(&mut c, o)?;
    c.skip_lws();
    c.at_end().then_some(())
}

/// Challenges and credentials: scheme, then comma-separated auth-params, one header.
fn auth(v: &[u8]) -> R<'_> {
    let mut c = Cursor::new(v, 0..v.len());
    let scheme = c.token()?;
    c.skip_lws();
    let rest = c.rest();
    let mut items = Vec::new();
    for e in split_commas(&v[rest]) {
        let e = e?;
        items.push(auth_param(e)?);
    }
    let mut h = Hdr::default();
    h.set(0, &v[scheme]);
    h.params = opt_params(items);
    one(h)
}

/// `name = value` with the white space around `=` removed.
fn auth_param(e: &[u8]) -> Option<Cow<'_, [u8]>> {
    let eq = match e.iter().position(|&b| b == b'=') {
        Some(i) => i,
        None => return Some(Cow::Borrowed(e)),
    };
    let name = trim(&e[..eq]);
    let value = trim(&e[eq + 1..]);
    if name.is_empty() || !name.iter().all(|&b| is_token(b)) {
        return None;
    }
    if name.len() == eq && value.as_ptr() == e[eq + 1..].as_ptr() {
        return Some(Cow::Borrowed(e));
    }
    let mut o = name.to_vec();
    o.push(b'=');
    o.extend_from_slice(value);
    Some(Cow::Owned(o))
}

fn auth_info(v: &[u8]) -> R<'_> {
    let mut items = Vec::new();
    for e in split_commas(v) {
        let e = e?;
        items.push(auth_param(e)?);
    }
    let mut h = Hdr::default();
    h.params = opt_params(items);
    one(h)
}

/// Expires: delta-seconds, or an HTTP date (kept in `ex_date`).
fn expires(v: &[u8]) -> R<'_> {
    let mut h = Hdr::default();
    if v.first().is_some_and(u8::is_ascii_digit) {
        let mut c = Cursor::new(v, 0..v.len());
        let (n, _) = c.number(20)?;
        c.skip_lws();
        if !c.at_end() {
            return None;
        }
        h.n[1] = n.min(u64::from(u32::MAX));
        return one(h);
    }
    let (t, used) = crate::msg::util::date_d(v)?;
    if !trim(&v[used..]).is_empty() {
        return None;
    }
    h.n[0] = t as u64;
    one(h)
}

/// Date: an HTTP date.
fn date(v: &[u8]) -> R<'_> {
    let (t, used) = crate::msg::util::date_d(v)?;
    if !trim(&v[used..]).is_empty() {
        return None;
    }
    let mut h = Hdr::default();
    h.n[0] = t as u64;
    one(h)
}

/// Retry-After: delta-seconds [ (comment) ] *( ;param ).
fn retry_after(v: &[u8]) -> R<'_> {
    let mut c = Cursor::new(v, 0..v.len());
    let (n, _) = c.number(10)?;
    let mut h = Hdr::default();
    h.n[0] = n.min(u64::from(u32::MAX));
    c.skip_lws();
    if c.peek() == Some(b'(') {
        // the comment, nested parentheses allowed
        let start = c.pos() + 1;
        let (mut depth, mut i) = (0u32, c.pos());
        let mut end = None;
        while i < v.len() {
            match v[i] {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(i);
                        break;
                    }
                }
                b'\\' => i += 1,
                _ => {}
            }
            i += 1;
        }
        let end = end?;
        h.set(0, &v[start..end]);
        c = Cursor::new(v, end + 1..v.len());
    }
    params_into(&mut c, &mut h)?;
    c.skip_lws();
    if !c.at_end() {
        return None;
    }
    one(h)
}

/// Identity (RFC 8224): the signed digest, then info=<uri>, alg= and ppt= parameters.
fn identity(v: &[u8]) -> R<'_> {
    let mut h = Hdr::default();
    h.set(0, v);
    // RFC 8224: Identity = signed-identity-digest *( SEMI ident-info-params ): without
    // parameters the whole value is the digest (so the printed header parses back the same).
    let semi = v.iter().position(|&b| b == b';').unwrap_or(v.len());
    h.set(2, trim(&v[..semi]));
    // info=, alg= and ppt= are ident-info-params: looked for at the start of the `;` items
    // after the digest (the fork looks anywhere, also inside the digest or another
    // parameter's value; deviation, F10). Returns where the value starts.
    let find = |key: &[u8]| {
        let mut i = semi;
        while i < v.len() {
            let start = i + 1;
            let end = v[start..].iter().position(|&b| b == b';').map_or(v.len(), |e| start + e);
            let lead = v[start..end].iter().take_while(|&&b| is_lws(b)).count();
            if v[start + lead..end].starts_with(key) {
                return Some(start + lead + key.len());
            }
            i = end;
        }
        None
    };
    if let Some(i) = find(b"info=") {
        let ie = v[i..].iter().position(|&b| b == b';').map_or(v.len(), |e| e + i);
        let lt = v[i..ie].iter().position(|&b| b == b'<').map(|p| p + i);
        let gt = v[i..ie].iter().position(|&b| b == b'>').map(|p| p + i);
        if let (Some(lt), Some(gt)) = (lt, gt) {
            if lt < gt {
                h.set(1, &v[lt + 1..gt]);
            }
        }
    }
    let upto_semi = |i: usize| &v[i..v[i..].iter().position(|&b| b == b';').map_or(v.len(), |e| e + i)];
    if let Some(i) = find(b"alg=") {
        h.set(3, trim(upto_semi(i)));
    }
    if let Some(i) = find(b"ppt=") {
        let ppt = upto_semi(i);
        h.set(4, trim(ppt));
        let rest_at = i + ppt.len();
        if rest_at < v.len() {
            let mut c = Cursor::new(v, rest_at..v.len());
            if let Some(p) = params(&mut c) {
                h.params = opt_params(p);
            }
        }
    }
    one(h)
}

fn unknown<'a>(name: &'a [u8], v: &'a [u8]) -> R<'a> {
    let mut h = Hdr::default();
    h.set(0, name);
    h.set(1, v);
    one(h)
}

fn replaces(v: &[u8]) -> R<'_> {
    let mut c = Cursor::new(v, 0..v.len());
    c.skip_lws();
    let id = c.take_while(|b| !is_lws(b) && b != b';');
    if id.is_empty() {
        return None;
    }
    let mut h = Hdr::default();
    h.set(0, &v[id]);
    params_into(&mut c, &mut h)?;
    c.skip_lws();
    if !c.at_end() {
        return None;
    }
    one(h)
}

fn reason(v: &[u8]) -> R<'_> {
    token_params_list(v)
}

fn rseq(v: &[u8]) -> R<'_> {
    one_of(v, numeric_into)
}

fn rack(v: &[u8]) -> R<'_> {
    let mut c = Cursor::new(v, 0..v.len());
    let (resp, _) = c.number(10)?;
    let (seq, _) = c.number(10)?;
    let m = c.token()?;
    c.skip_lws();
    if !c.at_end() || resp > u64::from(u32::MAX) || seq > u64::from(u32::MAX) {
        return None;
    }
    let mut h = Hdr::default();
    h.n = [resp, seq, method_code(&v[m.clone()]) as u64];
    h.set(0, &v[m]);
    one(h)
}

fn timestamp(v: &[u8]) -> R<'_> {
    let mut c = Cursor::new(v, 0..v.len());
    c.skip_lws();
    let stamp = c.take_while(|b| b.is_ascii_digit() || b == b'.');
    if stamp.is_empty() {
        return None;
    }
    let mut h = Hdr::default();
    h.set(0, &v[stamp]);
    c.skip_lws();
    if !c.at_end() {
        let d = c.take_while(|b| b.is_ascii_digit() || b == b'.');
        if d.is_empty() {
            return None;
        }
        h.set(1, &v[d]);
        c.skip_lws();
    }
    if !c.at_end() {
        return None;
    }
    one(h)
}

fn call_info(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let e = e?;
        let mut c = Cursor::new(e, 0..e.len());
        if !c.eat(b'<') {
            return None;
        }
        let start = c.pos();
        let close = e[start..].iter().position(|&b| b == b'>')? + start;
        let mut h = Hdr::default();
        h.url = Some(Box::new(url_val(&e[start..close])?));
        let mut c = Cursor::new(e, close + 1..e.len());
        params_into(&mut c, &mut h)?;
        c.skip_lws();
        if !c.at_end() {
            return None;
        }
        out.push(h);
    }
    Some(out)
}

fn warning(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let e = e?;
        let mut c = Cursor::new(e, 0..e.len());
        let (code, _) = c.number(3)?;
        c.skip_lws();
        let agent = c.take_while(|b| !is_lws(b));
        if agent.is_empty() {
            return None;
        }
        let text = c.quoted()?;
        c.skip_lws();
        if !c.at_end() {
            return None;
        }
        let a = &e[agent];
        let mut h = Hdr::default();
        h.n[0] = code;
        match a.iter().rposition(|&b| b == b':').filter(|&i| !a.ends_with(b"]") && a[..i].iter().all(|&b| b != b':')) {
            Some(i) => {
                h.set(0, &a[..i]);
                h.set(1, &a[i + 1..]);
            }
            None => h.set(0, a),
        }
        h.set(2, &e[text]);
        out.push(h);
    }
    Some(out)
}

fn caller_prefs(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let e = e?;
        let mut c = Cursor::new(e, 0..e.len());
        if !c.eat(b'*') {
            return None;
        }
        let mut h = Hdr::default();
        params_into(&mut c, &mut h)?;
        c.skip_lws();
        if !c.at_end() {
            return None;
        }
        out.push(h);
    }
    Some(out)
}

fn privacy(v: &[u8]) -> R<'_> {
    let mut items = Vec::new();
    for e in v.split(|&b| b == b';') {
        let e = trim(e);
        if e.is_empty() || !e.iter().all(|&b| is_token(b)) {
            return None;
        }
        items.push(Cow::Borrowed(e));
    }
    let mut h = Hdr::default();
    h.params = Some(items);
    one(h)
}

fn p_identity(v: &[u8]) -> R<'_> {
    let mut out = Hdrs::new();
    for e in split_commas(v) {
        let e = e?;
        let (display, url, params, end) = name_addr(e)?;
        if end != e.len() || params.is_some() {
            return None;
        }
        let mut h = Hdr { url: Some(Box::new(url)), ..Default::default() };
        h.s[0] = display;
        out.push(h);
    }
    Some(out)
}

/// A request line ("METHOD uri SIP/2.0") made from text.
fn request_line(v: &[u8]) -> R<'_> {
    let v = trim(v);
    let sp1 = v.iter().position(|&b| b == b' ')?;
    let sp2 = v.iter().rposition(|&b| b == b' ')?;
    if sp1 == 0 || sp2 <= sp1 || !v[..sp1].iter().all(|&b| is_token(b)) {
        return None;
    }
    let uri = trim(&v[sp1 + 1..sp2]);
    let version = &v[sp2 + 1..];
    if uri.is_empty() || version.is_empty() {
        return None;
    }
    let mut h = Hdr::default();
    request_into(&mut h, uri, &v[..sp1], version)?;
    one(h)
}

/// A request line's parts into `o`: the request URI, the method (name and code), the
/// version (for text lines and a framed message's start line alike).
pub fn request_into<'a, O: Out<'a>>(o: &mut O, uri: &'a [u8], name: &'a [u8], version: &'a [u8]) -> Option<()> {
    url_into(uri, o)?;
    o.n(0, method_code(name) as u64);
    o.s(0, Cow::Borrowed(name))?;
    o.s(1, Cow::Borrowed(version))
}

/// A status line ("SIP/2.0 200 OK") made from text.
fn status_line(v: &[u8]) -> R<'_> {
    let v = trim(v);
    let sp1 = v.iter().position(|&b| b == b' ')?;
    let rest = &v[sp1 + 1..];
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits != 3 || (rest.len() > 3 && rest[3] != b' ') {
        return None;
    }
    let status = rest[..3].iter().fold(0u64, |a, &d| a * 10 + u64::from(d - b'0'));
    let mut h = Hdr::default();
    h.set(0, &v[..sp1]);
    h.n[0] = status;
    h.set(1, if rest.len() > 4 { &rest[4..] } else { b"" });
    one(h)
}

/// Parses the value of one header of kind `sym` (a row of headers/sip.headers).
/// `name` is the header name as written (for unknown headers).
pub fn parse<'a>(sym: &str, name: &'a [u8], v: &'a [u8]) -> R<'a> {
    parser_of(sym)?(name, v)
}

/// A header parser: (name as written, value) → the header instances.
pub type ParseFn = for<'a> fn(&'a [u8], &'a [u8]) -> R<'a>;

/// The parser of kind `sym` (looked up once per kind by `KindInfo::parser`).
pub fn parser_of(sym: &str) -> Option<ParseFn> {
    Some(match sym {
        "via" => |_, v| via(v),
        "route" | "record_route" | "path" | "service_route" => |_, v| addr_list(v),
        "from" | "to" | "refer_to" | "reply_to" => |_, v| addr(v),
        "referred_by" => |_, v| addr(v),
        "remote_party_id" => |_, v| addr_list(v),
        "contact" => |_, v| contact(v),
        "call_id" => |_, v| one_of(v, call_id_into),
        "cseq" => |_, v| cseq(v),
        "max_forwards" | "min_expires" => |_, v| one_of(v, numeric_into),
        "rseq" => |_, v| rseq(v),
        "rack" => |_, v| rack(v),
        "content_length" => |_, v| one_of(v, numeric_into),
        "expires" => |_, v| expires(v),
        "date" => |_, v| date(v),
        "retry_after" => |_, v| retry_after(v),
        "identity" => |_, v| identity(v),
        "subject" | "priority" | "organization" | "server" | "user_agent" | "etag" | "if_match"
        | "mime_version" => |_, v| one_of(v, generic_into),
        "proxy_require" | "require" | "supported" | "unsupported" | "in_reply_to" | "allow_events"
        | "content_encoding" | "content_language" | "request_disposition" => |_, v| token_list(v),
        "allow" => |_, v| allow(v),
        "content_type" => |_, v| content_type(v),
        "accept" => |_, v| accept(v),
        "accept_encoding" | "accept_language" => |_, v| accept_any(v),
        "event" | "subscription_state" | "content_disposition" | "refer_sub" => |_, v| token_params(v),
        "security_client" | "security_server" | "security_verify" => |_, v| token_params_list(v),
        "reason" => |_, v| reason(v),
        "session_expires" | "min_se" => |_, v| one_of(v, delta_params_into),
        "proxy_authenticate" | "proxy_authorization" | "authorization" | "www_authenticate" => |_, v| auth(v),
        "proxy_authentication_info" | "authentication_info" => |_, v| auth_info(v),
        "replaces" => |_, v| replaces(v),
        "timestamp" => |_, v| timestamp(v),
        "call_info" | "error_info" | "alert_info" => |_, v| call_info(v),
        "warning" => |_, v| warning(v),
        "accept_contact" | "reject_contact" => |_, v| caller_prefs(v),
        "privacy" => |_, v| privacy(v),
        "p_asserted_identity" | "p_preferred_identity" => |_, v| p_identity(v),
        "unknown" => unknown,
        "request" => |_, v| request_line(v),
        "status" => |_, v| status_line(v),
        _ => return None,
    })
}

/// A parser of one header value into a [`Lite`] header: `None` when the value is not one
/// the kind's parser takes into slices of the text (the value is then parsed into the
/// model, which decides whether it parses at all). Written with the same element parsers
/// as [`parser_of`]'s, so a value taken here gives the header the model would give.
pub type LiteFn = for<'a> fn(&'a [u8], &mut Lite<'a>) -> Option<()>;

/// `v` is one element as the comma-list parsers would split it (no comma, no quote, not
/// empty): then they parse `trim(v)` alone. (An empty value is no element at all, which
/// those parsers reject; found by fuzzing, F9.)
fn one_element(v: &[u8]) -> Option<&[u8]> {
    let find = crate::msg::frame::find_byte;
    (find(v, b',').is_none() && find(v, b'"').is_none()).then(|| trim(v)).filter(|e| !e.is_empty())
}

/// The [`Lite`] parser of kind `sym`, for the kinds most messages have.
pub fn lite_of(sym: &str) -> Option<LiteFn> {
    Some(match sym {
        "via" => |v, o| via_into(one_element(v)?, o),
        "route" | "record_route" | "path" | "service_route" => |v, o| addr_into(one_element(v)?, o),
        "contact" => |v, o| {
            let e = one_element(v)?;
            if e == b"*" {
                return None;
            }
            addr_into(e, o)
        },
        "from" | "to" | "refer_to" | "reply_to" | "referred_by" => |v, o| addr_into(v, o),
        "call_id" => |v, o| call_id_into(v, o),
        "cseq" => |v, o| cseq_into(v, o),
        "max_forwards" | "min_expires" | "content_length" | "rseq" => |v, o| numeric_into(v, o),
        "subject" | "priority" | "organization" | "server" | "user_agent" | "etag" | "if_match"
        | "mime_version" => |v, o| generic_into(v, o),
        "proxy_require" | "require" | "supported" | "unsupported" | "in_reply_to" | "allow_events"
        | "content_encoding" | "content_language" | "request_disposition" => |v, o| plain_tokens_into(v, o),
        "allow" => |v, o| {
            plain_tokens_into(v, o)?;
            o.n[0] = allow_bits(o.params().iter().copied());
            Some(())
        },
        "content_type" => |v, o| content_type_into(v, o),
        "event" | "subscription_state" | "content_disposition" | "refer_sub" => |v, o| token_params_into(v, o),
        "session_expires" | "min_se" => |v, o| delta_params_into(v, o),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s<'a>(h: &'a Hdr, i: usize) -> &'a str {
        std::str::from_utf8(h.str(i).unwrap_or(b"<none>")).unwrap()
    }

    #[test]
    fn via_with_folds_and_lists() {
        let v = b"SIP  / 2.0  / TCP     spindle.example.com   ;\r\n  branch  =   z9hG4bK9ikj8  ,\r\n SIP  /    2.0   / UDP  192.168.255.111   ; branch=\r\n z9hG4bK30239";
        let hs = parse("via", b"v", v).unwrap();
        assert_eq!(hs.len(), 2);
        assert_eq!(s(&hs[0], 0), "SIP/2.0/TCP");
        assert_eq!(s(&hs[0], 1), "spindle.example.com");
        assert_eq!(hs[0].param(b"branch"), Some(&b"z9hG4bK9ikj8"[..]));
        assert_eq!(s(&hs[1], 1), "192.168.255.111");
        let hs = parse("via", b"Via", b"SIP/2.0/UDP [::1]:5060;rport;received=1.2.3.4").unwrap();
        assert_eq!(s(&hs[0], 1), "[::1]");
        assert_eq!(s(&hs[0], 2), "5060");
        assert_eq!(hs[0].param(b"rport"), Some(&b""[..]));
    }

    #[test]
    fn addresses() {
        let h = &parse("from", b"From", b"\"J Rosenberg \\\\\\\"\"       <sip:jdrosen@example.com>\r\n  ;\r\n  tag = 98asjd8").unwrap()[0];
        assert_eq!(s(h, 0), "\"J Rosenberg \\\\\\\"\"");
        assert_eq!(h.params.as_ref().unwrap()[0].as_ref(), b"tag=98asjd8");
        let h = &parse("to", b"To", b"sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n").unwrap()[0];
        assert!(h.s[0].is_none());
        assert_eq!(h.url.as_ref().unwrap().f[3].as_deref(), Some(&b"chair-dnrc.example.com"[..]));
        let h = &parse("from", b"From", b"<sip:caller@example.com>;tag=323").unwrap()[0];
        assert_eq!(h.str(0), Some(&b""[..]));
        let hs = parse("contact", b"m", b"<sip:a@b>;q=0.5, \"x, y\" <sip:c@d>").unwrap();
        assert_eq!(hs.len(), 2);
        assert!(parse("from", b"From", b"\"unterminated <sip:a@b>").is_none());
        assert!(parse("from", b"From", b"<sip:a@b").is_none());
    }

    #[test]
    fn scalars() {
        let h = &parse("cseq", b"cseq", b"0009\r\n  INVITE").unwrap()[0];
        assert_eq!((h.n[0], h.n[1], s(h, 0)), (9, 1, "INVITE"));
        assert!(parse("cseq", b"CSeq", b"4294967296 INVITE").is_none());
        assert_eq!(parse("max_forwards", b"", b"0068").unwrap()[0].n[0], 68);
        let h = &parse("allow", b"", b"INVITE, ACK , FOO").unwrap()[0];
        assert_eq!(h.n[0], 1 << 1 | 1 << 2);
        assert_eq!(h.params.as_ref().unwrap().len(), 3);
        let h = &parse("content_type", b"c", b"application/sdp ; charset=utf-8").unwrap()[0];
        assert_eq!(s(h, 0), "application/sdp");
        let h = &parse("authorization", b"", b"Digest username=\"a\", realm = \"b,c\", nonce=\"n\"").unwrap()[0];
        assert_eq!(h.params.as_ref().unwrap().len(), 3);
        assert_eq!(h.params.as_ref().unwrap()[1].as_ref(), b"realm=\"b,c\"");
    }

    #[test]
    fn no_panics_on_garbage() {
        let kinds = ["via", "from", "contact", "cseq", "call_id", "allow", "content_type", "authorization", "warning",
            "call_info", "rack", "timestamp", "replaces", "privacy", "accept", "session_expires", "accept_contact"];
        let alphabet = b"<>\";,=:/ \r\n@[]()*abc1\\";
        let mut seed = 99u64;
        for _ in 0..30000 {
            let mut v = Vec::new();
            for _ in 0..(seed % 30) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                v.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            for k in kinds {
                let _ = parse(k, b"X", &v);
            }
            seed ^= v.len() as u64;
        }
    }
}
