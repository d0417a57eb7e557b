//! GRUUs (RFC 5627) of registrations, as Sofia's outbound takes them from the 2xx to a
//! REGISTER (its `outbound_gruuize`): only when the stack made the Contact, outbound is in
//! use, an instance is set (NUTAG_INSTANCE) and NUTAG_OUTBOUND says **`no-gruuize`** (with
//! `gruuize`, the default, Sofia drops any GRUU: its test is the other way round than its
//! documentation; measured on 1.12.11 by `c-tests/nua_gruu`). Then the Contact of the 2xx
//! with our instance (and reg-id, when ours have them) and our URI gives its `pub-gruu`,
//! else its `gruu` (the draft's name), never `temp-gruu`; that URI is the Contact of the
//! registration's other requests and responses (src/nua/reg_contact.rs).

use super::*;

/// The header parameters of a Contact value (after its `>`, or after the URI), quoted
/// strings kept whole: (lower-case name, value as written).
fn header_params(text: &str) -> Vec<(String, String)> {
    let rest = match text.find('>') {
        Some(i) => &text[i + 1..],
        None => text.split_once(';').map_or("", |(_, r)| r),
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = rest.chars();
    let mut push = |cur: &mut String| {
        let p = std::mem::take(cur);
        let p = p.trim();
        if !p.is_empty() {
            let (n, v) = p.split_once('=').unwrap_or((p, ""));
            out.push((n.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            '\\' if quoted => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            ';' if !quoted => push(&mut cur),
            _ => cur.push(c),
        }
    }
    push(&mut cur);
    out
}

fn param<'a>(ps: &'a [(String, String)], name: &str) -> Option<&'a str> {
    ps.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

/// A quoted-string's content (backslash escapes undone); other text as it is.
fn unquote(v: &str) -> String {
    let Some(inner) = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else { return v.to_string() };
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        out.push(if c == '\\' { chars.next().unwrap_or(c) } else { c });
    }
    out
}

/// The URI of a Contact value.
fn uri(text: &str) -> &str {
    match (text.find('<'), text.find('>')) {
        (Some(a), Some(b)) if a < b => &text[a + 1..b],
        _ => text.split(';').next().unwrap_or(text),
    }
}

/// The GRUU Contact among `contacts` (of a 2xx) for our registered Contact `ours`.
fn gruu_for(ours: &str, contacts: &[String]) -> Option<String> {
    let mine = header_params(ours);
    let instance = param(&mine, "+sip.instance");
    let reg_id = instance.and(param(&mine, "reg-id"));
    let m = contacts.iter().find(|c| {
        let ps = header_params(c);
        instance.is_none_or(|i| param(&ps, "+sip.instance") == Some(i))
            && reg_id.is_none_or(|r| param(&ps, "reg-id") == Some(r))
            && uri(c) == uri(ours)
    })?;
    let ps = header_params(m);
    let g = param(&ps, "pub-gruu").filter(|g| !g.is_empty()).or_else(|| param(&ps, "gruu").filter(|g| !g.is_empty()))?;
    Some(format!("<{}>", unquote(g)))
}

impl Stack {
    /// The GRUU of handle `id`'s registration, whose Contact `ours` a 2xx `resp` accepted.
    pub(super) fn gruu_of(&self, id: u64, ours: &str, resp: *const MsgObj) -> Option<String> {
        let prefs = self.ob_prefs(id)?;
        if prefs.gruuize || self.params_of(id).instance.as_deref().is_none_or(str::is_empty) {
            return None;
        }
        // SAFETY: the 2xx, valid during the call.
        let contacts: Vec<String> = unsafe { crate::nta::view::values_of(resp, "contact") }.iter().map(|c| String::from_utf8_lossy(c).into_owned()).collect();
        gruu_for(ours, &contacts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pub_gruu_then_gruu() {
        let ours = "<sip:alice@10.0.0.1:5060>;+sip.instance=\"<urn:uuid:1>\"";
        let c = vec![
            "<sip:bob@10.0.0.2>;pub-gruu=\"sip:bob@example.org;gr=x\"".to_string(),
            "<sip:alice@10.0.0.1:5060>;+sip.instance=\"<urn:uuid:1>\";expires=60;temp-gruu=\"sip:t@example.org;gr\";pub-gruu=\"sip:alice@example.org;gr=urn:uuid:1\"".to_string(),
        ];
        assert_eq!(gruu_for(ours, &c).as_deref(), Some("<sip:alice@example.org;gr=urn:uuid:1>"));
        let old = vec!["<sip:alice@10.0.0.1:5060>;+sip.instance=\"<urn:uuid:1>\";gruu=\"sip:a@example.org;opaque=1\"".to_string()];
        assert_eq!(gruu_for(ours, &old).as_deref(), Some("<sip:a@example.org;opaque=1>"));
        let temp = vec!["<sip:alice@10.0.0.1:5060>;+sip.instance=\"<urn:uuid:1>\";temp-gruu=\"sip:t@example.org;gr\"".to_string()];
        assert_eq!(gruu_for(ours, &temp), None);
        let other = vec!["<sip:alice@10.0.0.1:5060>;+sip.instance=\"<urn:uuid:2>\";pub-gruu=\"sip:x@example.org;gr\"".to_string()];
        assert_eq!(gruu_for(ours, &other), None);
    }
}
