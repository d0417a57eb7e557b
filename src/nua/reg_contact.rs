//! The Contact of a registration used by the rest of the nua, as Sofia's nua picks it
//! (its registration list: `nua_registration_for_request` / `_for_response`,
//! `nua_registration_add_contact_*`):
//! - a registration is **ready** from its last 2xx (not to an un-REGISTER) until it is
//!   removed or fails; its Contact for dialogs is the one it registered (after a NAT was
//!   found: the public one), without header parameters (`+sip.instance`, `reg-id`,
//!   `expires`, callee capabilities);
//! - a message that needs a Contact and has none gets the Contact of the ready
//!   registration whose AOR is the From of the request (the To of the response), else of
//!   the newest (by first REGISTER) of the same security (sips or not), else the
//!   transport's Contact as before. The handle's own `NUTAG_M_DISPLAY` / `NUTAG_M_USERNAME`
//!   replace the registered display name and user; its own `NUTAG_M_PARAMS` is added only
//!   when the URI already has it, or has no parameters (Sofia's test, kept as it is);
//! - a registration with a GRUU uses it instead, as it is (src/nua/gruu.rs);
//! - requests use it in the 1.12 flavour only: the FreeSWITCH fork (1.13) disabled it for
//!   requests (its FS-4102), and keeps it for responses.

use std::sync::atomic::{AtomicU64, Ordering};

use super::*;

/// The parameters a handle set itself (Sofia's NH_PISSET): the Contact ones, and the
/// tags applied (for nua_get_hparams, src/nua/params.rs).
#[derive(Clone, Default, Debug)]
pub(super) struct OwnSet {
    pub m_username: bool,
    pub m_display: bool,
    pub m_params: bool,
    pub tags: Vec<usize>,
}

impl OwnSet {
    /// Whether one of `tags` was applied.
    pub(super) fn any(&self, tags: &[&crate::tag::types::TagType]) -> bool {
        tags.iter().any(|t| self.tags.contains(&(*t as *const crate::tag::types::TagType as usize)))
    }
}

/// A ready registration: its AOR (see [`aor_key`]), whether it is a sips one, and the
/// Contact for dialogs (`[display ]<uri>`).
#[derive(Clone, Debug)]
pub(super) struct Ready {
    aor: String,
    secure: bool,
    contact: String,
    /// The registrar's GRUU as a Contact (`<uri>`), used as it is (src/nua/gruu.rs).
    gruu: Option<String>,
    _live: Live,
}

thread_local! {
    /// How many [`Ready`] exist on this thread: none, no lookup per message.
    static LIVE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts a [`Ready`] in [`LIVE`] while it exists.
#[derive(Debug)]
struct Live;

impl Live {
    fn new() -> Live {
        LIVE.with(|l| l.set(l.get() + 1));
        Live
    }
}

impl Clone for Live {
    fn clone(&self) -> Live {
        Live::new()
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        let _ = LIVE.try_with(|l| l.set(l.get().saturating_sub(1)));
    }
}

static SEQ: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// The From URI of the request being built (its leg's; the From header comes later).
    static REQUEST_FROM: std::cell::RefCell<Option<Vec<u8>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` (which adds the headers of a request) knowing the request's From URI.
pub(super) fn with_request_from<R>(from: Option<Vec<u8>>, f: impl FnOnce() -> R) -> R {
    let old = REQUEST_FROM.with(|r| r.replace(from));
    let out = f();
    REQUEST_FROM.with(|r| *r.borrow_mut() = old);
    out
}

/// The order of registrations (Sofia adds each to the head of its list at its first
/// REGISTER).
pub(super) fn next_seq() -> u64 {
    SEQ.fetch_add(1, Ordering::Relaxed)
}

/// The URI of a name-addr or addr-spec, without its angle brackets and header parameters.
fn uri_of(text: &str) -> &str {
    let t = text.trim();
    match (t.find('<'), t.find('>')) {
        (Some(a), Some(b)) if a < b => &t[a + 1..b],
        _ => t.split(';').next().unwrap_or(t),
    }
}

/// What Sofia's url_cmp() compares of an AOR: scheme, user, host (any case), port.
fn aor_key(text: &str) -> String {
    let u = uri_of(text);
    let (scheme, rest) = u.split_once(':').unwrap_or(("sip", u));
    let rest = rest.split([';', '?']).next().unwrap_or(rest);
    let (user, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (u.split(':').next().unwrap_or(u), h),
        None => ("", rest),
    };
    format!("{}:{}@{}", scheme.to_ascii_lowercase(), user, hostport.to_ascii_lowercase())
}

fn is_sips(text: &str) -> bool {
    uri_of(text).get(..5).is_some_and(|s| s.eq_ignore_ascii_case("sips:"))
}

/// The Contact of a ready registration as a message of handle `own` (its own parameters,
/// when it has any) carries it.
fn dialog_contact(r: &Ready, own: Option<&Params>) -> String {
    if let Some(g) = &r.gruu {
        return g.clone();
    }
    let c = r.contact.as_str();
    let (display, uri) = match (c.find('<'), c.find('>')) {
        (Some(a), Some(b)) if a < b => (c[..a].trim(), &c[a + 1..b]),
        _ => ("", c),
    };
    let set = own.map(|p| p.own_set.clone()).unwrap_or_default();
    let display = match own {
        Some(p) if set.m_display => p.m_display.as_deref().unwrap_or(""),
        _ => display,
    };
    let (scheme, rest) = uri.split_once(':').unwrap_or(("sip", uri));
    let (userpart, hostparams) = match rest.split_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    let user = match own {
        Some(p) if set.m_username => p.m_username.as_deref(),
        _ => userpart,
    };
    let (hostport, params) = match hostparams.split_once(';') {
        Some((h, p)) => (h, Some(p)),
        None => (hostparams, None),
    };
    let m_params = match own {
        Some(p) if set.m_params => p.m_params.as_deref().filter(|m| params.is_none_or(|u| u.contains(*m))),
        _ => None,
    };
    let mut out = String::new();
    if !display.is_empty() {
        out.push_str(display);
        out.push(' ');
    }
    out.push('<');
    out.push_str(scheme);
    out.push(':');
    if let Some(u) = user {
        out.push_str(u);
        out.push('@');
    }
    out.push_str(hostport);
    for p in [params, m_params].into_iter().flatten() {
        out.push(';');
        out.push_str(p);
    }
    out.push('>');
    out
}

impl Stack {
    /// A 2xx to a REGISTER (`req`) of handle `id` that made no new REGISTER: the
    /// registration is ready, with the Contact it registered (the stack's, or the
    /// application's when `by_stack` is false).
    pub(super) fn registration_ready(&self, id: u64, req: *const MsgObj, resp: *const MsgObj, by_stack: bool) {
        // SAFETY: the REGISTER, valid during the call.
        let (to, contacts) = unsafe { (crate::nta::view::values_of(req, "to"), crate::nta::view::values_of(req, "contact")) };
        let Some(to) = to.first().map(|t| String::from_utf8_lossy(t).into_owned()) else { return };
        let public = self.with_ob(id, |ob| ob.contact.clone()).flatten();
        let registered = public.or_else(|| {
            contacts.into_iter().find(|c| {
                let t = String::from_utf8_lossy(c).to_ascii_lowercase();
                !t.replace(' ', "").contains(";expires=0")
            })
        });
        let Some(contact) = registered else { return };
        let full = String::from_utf8_lossy(&contact).into_owned();
        let gruu = if by_stack { self.gruu_of(id, &full, resp) } else { None };
        // Without its header parameters.
        let contact = match full.find('>') {
            Some(i) => full[..=i].to_string(),
            None => full.split(';').next().unwrap_or("").to_string(),
        };
        let ready = Ready { aor: aor_key(&to), secure: is_sips(&to), contact, gruu, _live: Live::new() };
        if let Some(r) = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.reg.as_mut()) {
            r.ready = Some(ready);
        }
    }

    /// The ready registration for a message whose AOR (From of a request, To of a
    /// response) is `aor`: Sofia's nua_registration_by_aor().
    fn registration_for(&self, aor: &str) -> Option<Ready> {
        let key = aor_key(aor);
        let secure = is_sips(aor);
        let hs = self.handles.borrow();
        let mut ready: Vec<(u64, &Ready)> = hs.values().filter_map(|h| h.reg.as_ref().and_then(|r| r.ready.as_ref().map(|x| (r.seq, x)))).collect();
        // Newest first.
        ready.sort_by(|a, b| b.0.cmp(&a.0));
        let pick = ready.iter().find(|r| r.1.aor == key).or_else(|| ready.iter().find(|r| r.1.secure == secure));
        pick.map(|r| r.1.clone())
    }

    /// The Contact message `msg` of handle `id` (None: of no handle) takes from a ready
    /// registration, if one is for it.
    pub(super) fn registration_contact(&self, id: Option<u64>, msg: *const MsgObj) -> Option<Vec<u8>> {
        if LIVE.with(|l| l.get()) == 0 {
            return None;
        }
        // SAFETY: the message being built.
        let response = unsafe { !crate::nta::view::slot(msg, "status").is_null() };
        if !response && !cfg!(feature = "abi-1-12") {
            return None;
        }
        let aor = if response {
            // SAFETY: as above.
            unsafe { crate::nta::view::values_of(msg, "to") }.into_iter().next()?
        } else {
            REQUEST_FROM.with(|r| r.borrow().clone())?
        };
        let aor = String::from_utf8_lossy(&aor).into_owned();
        let r = self.registration_for(&aor)?;
        let own = id.and_then(|id| self.handles.borrow().get(&id).and_then(|h| h.params.clone()));
        Some(dialog_contact(&r, own.as_deref()).into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aor_keys() {
        assert_eq!(aor_key("<sip:alice@Example.ORG:5060>;tag=x"), "sip:alice@example.org:5060");
        assert_eq!(aor_key("sip:alice@example.org;transport=udp"), "sip:alice@example.org");
        assert_ne!(aor_key("<sip:alice@example.org>"), aor_key("<sip:carol@example.org>"));
        assert!(is_sips("<SIPS:bob@example.org>"));
    }

    #[test]
    fn contact_with_own_parameters() {
        let r = Ready { aor: String::new(), secure: false, contact: "Alice <sip:alice@192.0.2.7:5555;transport=udp>".into(), gruu: None, _live: Live::new() };
        assert_eq!(dialog_contact(&r, None), "Alice <sip:alice@192.0.2.7:5555;transport=udp>");
        let mut p = Params::default();
        p.m_username = Some("own".into());
        p.m_display = Some("Own".into());
        p.m_params = Some("user=phone".into());
        p.own_set = OwnSet { m_username: true, m_display: true, m_params: true, tags: Vec::new() };
        // user=phone is not in the URI: not added (Sofia's test).
        assert_eq!(dialog_contact(&r, Some(&p)), "Own <sip:own@192.0.2.7:5555;transport=udp>");
        p.own_set = OwnSet::default();
        assert_eq!(dialog_contact(&r, Some(&p)), "Alice <sip:alice@192.0.2.7:5555;transport=udp>");
        let g = Ready { gruu: Some("<sip:alice@example.org;gr>".into()), ..r };
        assert_eq!(dialog_contact(&g, Some(&p)), "<sip:alice@example.org;gr>");
    }
}
