//! The outbound part of registrations, as Sofia's nua does it by default (its `outbound`
//! object; NUTAG_OUTBOUND words, NUTAG_INSTANCE):
//! - **NAT detection** (`natify`, on by default): the registrar's Via says `received=` an
//!   address other than the one our Via gave. Reported as `nua_i_outbound` 101 "NAT
//!   detected" (102 "NAT binding changed" later), then — when the stack made the Contact —
//!   the registration is sent again at once with a Contact of the public address
//!   (`received`, `rport`, `;transport=udp`, then `+sip.instance` and `reg-id=1` of
//!   RFC 5626 when NUTAG_INSTANCE is set and `outbound` asked for) and the previous Contact
//!   with `expires=0`; the REGISTER's own report is then `nua_r_register` 100 "Outbound NAT
//!   Detected". Refreshes and the un-REGISTER use the new Contact.
//! - **Validation** (`validate`, on by default): once a REGISTER is answered 2xx with a
//!   Contact, an OPTIONS "REGISTRATION PROBE" goes to the AOR (Accept
//!   `application/vnd.nokia-register-usage`, Accept-Contact with the caller-preference
//!   parameters of our Contact, a Call-ID of the registration's own); the registrar should
//!   route it back to us, and we answer it 200. A probe answered without having come back
//!   (or not answered) is reported as `nua_i_outbound` with its status.
//! The public Contact is then also that of other requests and responses
//! (src/nua/reg_contact.rs), or the registrar's GRUU (src/nua/gruu.rs). Not built:
//! STUN/UPnP/SOCKS.

use super::*;

/// `Accept` of keep-alives and probes; the content type of our answer to a probe.
pub(super) const REGISTER_USAGE: &str = "application/vnd.nokia-register-usage";

/// The NUTAG_OUTBOUND words that matter here, with Sofia's defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ObPrefs {
    pub outbound: bool,
    pub natify: bool,
    pub validate: bool,
    /// `options-keepalive`: 1 on, 0 off, -1 not said.
    pub okeepalive: i8,
    /// `gruuize` (on by default; Sofia takes the registrar's GRUU only when it is off).
    pub gruuize: bool,
}

impl ObPrefs {
    /// Parses the words of NUTAG_OUTBOUND (`-` and `_` alike, `no-`/`not-` negates).
    pub fn parse(s: &str) -> ObPrefs {
        let mut p = ObPrefs { outbound: false, natify: true, validate: true, okeepalive: -1, gruuize: true };
        for w in s.split([' ', '\t', '\r', '\n', ',', ';']).filter(|w| !w.is_empty()) {
            let w = w.replace('-', "_").to_ascii_lowercase();
            let (on, name) = match w.strip_prefix("no_").or_else(|| w.strip_prefix("not_")) {
                Some(n) if !n.is_empty() => (false, n.to_string()),
                _ => (true, w),
            };
            match name.as_str() {
                "outbound" => p.outbound = on,
                "natify" => p.natify = on,
                "validate" => p.validate = on,
                "options_keepalive" => p.okeepalive = on as i8,
                "gruuize" => p.gruuize = on,
                _ => {}
            }
        }
        p
    }
}

/// The outbound state of one registration.
#[derive(Default)]
pub(super) struct Outbound {
    /// Our public address as the registrar's Via said (`received`, port).
    pub nat: Option<(String, String)>,
    /// The registration Contact made from it, and the one it replaced (unregistered with
    /// `expires=0` by the next REGISTER).
    pub contact: Option<Vec<u8>>,
    pub previous: Option<Vec<u8>>,
    /// The Call-ID of probes and keep-alives.
    pub cookie: String,
    /// The registration was validated once; a probe is on its way; it came back to us.
    pub validated: bool,
    pub probe: Option<Outgoing>,
    pub probe_seen: bool,
}

/// What an OPTIONS of outbound is made of (see [`Stack::send_ob_options`]).
pub(super) struct ObOptions<'a> {
    /// To, From and Route of the REGISTER.
    pub to: &'a [u8],
    pub from: &'a [u8],
    pub route: &'a [Vec<u8>],
    pub call_id: &'a str,
    pub cseq: u32,
    /// The Request-URI (the AOR).
    pub aor: &'a [u8],
    pub keepalive: bool,
    pub accept_contact: Option<String>,
}

/// What a 2xx to a REGISTER asks of the registration.
pub(super) enum ObAction {
    Nothing,
    /// REGISTER again at once (a NAT was found): report 100 "Outbound NAT Detected".
    Reregister,
}

/// Parameter `name` of a header value printed as text (`;name=value`; "" when without
/// a value).
fn param_of<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let mut parts = text.split(';');
    parts.next();
    for p in parts {
        let (n, v) = p.split_once('=').unwrap_or((p, ""));
        if n.trim().eq_ignore_ascii_case(name) {
            return Some(v.trim());
        }
    }
    None
}

/// Host and port of a Via value printed as text (`SIP/2.0/UDP host:port;…`).
fn via_sent_by(text: &str) -> Option<(String, Option<String>)> {
    let sent_by = text.split(';').next()?.split_whitespace().nth(1)?;
    let (host, port) = if let Some(rest) = sent_by.strip_prefix('[') {
        let (h, after) = rest.split_once(']')?;
        (format!("[{h}]"), after.strip_prefix(':').map(str::to_string))
    } else {
        match sent_by.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), Some(p.to_string())),
            None => (sent_by.to_string(), None),
        }
    };
    Some((host, port))
}

fn is_ip(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.parse::<std::net::IpAddr>().is_ok()
}

/// The caller-preference parameters of a Contact (RFC 3840 feature tags: `+name`, and the
/// base tags `audio`, `methods`, … of Sofia's list), as Accept-Contact parameters.
fn callerprefs(contact: &str) -> Vec<String> {
    const BASE: [&str; 16] = [
        "audio", "automata", "class", "duplex", "data", "control", "mobility", "description", "events", "priority",
        "methods", "schemes", "application", "video", "language", "type",
    ];
    // The parameters after the URI's closing '>' (a quoted value may hold one too).
    let params = match contact.find('<').and_then(|a| contact[a..].find('>').map(|b| a + b)) {
        Some(i) => &contact[i + 1..],
        None => contact,
    };
    let mut out = Vec::new();
    for p in params.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let name = p.split('=').next().unwrap_or("").to_ascii_lowercase();
        if name.starts_with('+') || BASE.contains(&name.as_str()) || name == "isfocus" || name == "actor" || name == "text" || name == "extensions" {
            out.push(p.to_string());
        }
    }
    out
}

impl Stack {
    /// The outbound preferences of a handle's registration, None when Sofia's nua would
    /// not use outbound for it (no NUTAG_OUTBOUND and no NUTAG_INSTANCE).
    pub(super) fn ob_prefs(&self, id: u64) -> Option<ObPrefs> {
        let p = self.params_of(id);
        if p.outbound.is_empty() && p.instance.as_deref().is_none_or(str::is_empty) {
            return None;
        }
        Some(ObPrefs::parse(&p.outbound))
    }

    /// A 2xx to a REGISTER (not an un-REGISTER): NAT detection from the registrar's Via.
    /// `by_stack`: the Contact was ours (not the application's).
    pub(super) fn outbound_check(&self, nh: &NhRef, req: *const MsgObj, resp: *const MsgObj, by_stack: bool) -> ObAction {
        let id = nh.inner().id;
        let Some(prefs) = self.ob_prefs(id) else { return ObAction::Nothing };
        // SAFETY: the REGISTER and its response, valid during the call.
        let (req_via, resp_via, req_contact) = unsafe {
            (
                crate::nta::view::values_of(req, "via").into_iter().next(),
                crate::nta::view::values_of(resp, "via").into_iter().next(),
                crate::nta::view::values_of(req, "contact"),
            )
        };
        let (Some(req_via), Some(resp_via)) = (req_via, resp_via) else { return ObAction::Nothing };
        let (req_via, resp_via) = (String::from_utf8_lossy(&req_via).into_owned(), String::from_utf8_lossy(&resp_via).into_owned());
        let Some((our_host, _)) = via_sent_by(&req_via) else { return ObAction::Nothing };
        let Some(received) = param_of(&resp_via, "received").filter(|r| !r.is_empty()) else { return ObAction::Nothing };
        if received == our_host || !is_ip(received) {
            return ObAction::Nothing;
        }
        let port = match param_of(&resp_via, "rport").filter(|p| !p.is_empty()) {
            Some(p) => p.to_string(),
            None => via_sent_by(&resp_via).and_then(|(_, p)| p).unwrap_or_else(|| "5060".to_string()),
        };
        let nat = (received.to_string(), port);
        let old = self.with_ob(id, |ob| ob.nat.clone()).flatten();
        if old.as_ref() == Some(&nat) {
            return ObAction::Nothing;
        }
        let (status, phrase) = if old.is_none() { (101, "NAT detected") } else { (102, "NAT binding changed") };
        self.with_ob(id, |ob| ob.nat = Some(nat.clone()));
        self.event(nh.0, ev::I_OUTBOUND, status, phrase, ptr::null_mut(), ptr::null());
        if !prefs.natify || !by_stack {
            return ObAction::Nothing;
        }
        let Some(new) = self.natified_contact(id, &nat, &prefs) else { return ObAction::Nothing };
        let current = self.with_ob(id, |ob| ob.contact.clone()).flatten().or_else(|| req_contact.into_iter().next());
        if current.as_deref() == Some(&new[..]) {
            return ObAction::Nothing;
        }
        self.with_ob(id, |ob| {
            ob.previous = current;
            ob.contact = Some(new);
        });
        ObAction::Reregister
    }

    /// Our registration Contact at the public address `nat`: display name, user,
    /// NUTAG_M_PARAMS, `;transport=udp`, the instance and reg-id, the callee capabilities.
    fn natified_contact(&self, id: u64, nat: &(String, String), prefs: &ObPrefs) -> Option<Vec<u8>> {
        let p = self.params_of(id);
        let tags = self.handles.borrow().get(&id).and_then(|h| h.reg.as_ref().map(|r| r.tags.ptr()))?;
        let mut user = p.m_username.clone();
        // SAFETY: the registration's tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_m_username) {
                    user = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned());
                }
            })
        };
        let mut c = String::new();
        if let Some(d) = p.m_display.as_deref().filter(|d| !d.is_empty()) {
            c.push_str(d);
            c.push(' ');
        }
        c.push_str("<sip:");
        if let Some(u) = user.as_deref().filter(|u| !u.is_empty()) {
            c.push_str(u);
            c.push('@');
        }
        c.push_str(&nat.0);
        c.push(':');
        c.push_str(&nat.1);
        if let Some(mp) = p.m_params.as_deref().filter(|m| !m.is_empty()) {
            if !mp.starts_with(';') {
                c.push(';');
            }
            c.push_str(mp);
        }
        c.push_str(";transport=udp>");
        if let Some(inst) = p.instance.as_deref().filter(|i| !i.is_empty()) {
            c.push_str(&format!(";+sip.instance=\"<{inst}>\""));
            if prefs.outbound {
                c.push_str(";reg-id=1");
            }
        }
        if p.callee_caps {
            c.push_str(&format!(";methods=\"{}\"", self.allow().replace(' ', "")));
        }
        Some(c.into_bytes())
    }

    /// Runs `f` on the outbound state of the handle's registration.
    pub(super) fn with_ob<R>(&self, id: u64, f: impl FnOnce(&mut Outbound) -> R) -> Option<R> {
        let mut hs = self.handles.borrow_mut();
        let r = hs.get_mut(&id)?.reg.as_mut()?;
        Some(f(&mut r.ob))
    }

    /// After a 2xx to a REGISTER with our Contact echoed: the validation probe, when
    /// `validate` is on and the registration was not validated yet. True when one went.
    pub(super) fn outbound_probe(&self, nh: &NhRef, req: *const MsgObj, resp: *const MsgObj) -> bool {
        let id = nh.inner().id;
        let Some(prefs) = self.ob_prefs(id) else { return false };
        if !prefs.validate || self.with_ob(id, |ob| ob.validated || ob.probe.is_some()).unwrap_or(true) {
            return false;
        }
        let Some(agent) = self.agent.borrow().clone() else { return false };
        // SAFETY: the REGISTER and its response, valid during the call.
        let (to, from, route, contact, echoed) = unsafe {
            let text = |m: *const MsgObj, sym: &str| crate::nta::view::values_of(m, sym).into_iter().next();
            (text(req, "to"), text(req, "from"), crate::nta::view::values_of(req, "route"), text(req, "contact"), text(resp, "contact").is_some())
        };
        let (Some(to), Some(from), Some(contact)) = (to, from, contact) else { return false };
        if !echoed {
            return false;
        }
        let to_text = String::from_utf8_lossy(&to).into_owned();
        let aor = match (to_text.find('<'), to_text.find('>')) {
            (Some(a), Some(b)) if a < b => to_text[a + 1..b].to_string(),
            _ => to_text.split(';').next().unwrap_or("").trim().to_string(),
        };
        let cookie = self.with_ob(id, |ob| {
            if ob.cookie.is_empty() {
                ob.cookie = agent.newtag();
            }
            ob.cookie.clone()
        });
        let Some(cookie) = cookie else { return false };
        let prefs_ac = callerprefs(&String::from_utf8_lossy(&contact));
        let cseq = crate::su::uniqueid::su_random() & 0x7fff_ffff;
        let o = ObOptions {
            to: &to,
            from: &from,
            route: &route,
            call_id: &cookie,
            cseq,
            aor: aor.as_bytes(),
            keepalive: false,
            accept_contact: (!prefs_ac.is_empty()).then(|| format!("*;require;explicit;{}", prefs_ac.join(";"))),
        };
        match self.send_ob_options(nh, &o, self.proxy_for(nh, ptr::null()), Stack::probe_answered) {
            Some(o) => {
                self.with_ob(id, |ob| {
                    ob.probe = Some(o);
                    ob.probe_seen = false;
                });
                true
            }
            None => false,
        }
    }

    /// Sends an OPTIONS of outbound (`keepalive`: Max-Forwards 0 and Subject KEEPALIVE; else
    /// the validation probe, Subject REGISTRATION PROBE), in the compact form as Sofia's;
    /// `answered` gets its final answer (status 408 without a message on a timeout).
    pub(super) fn send_ob_options(&self, nh: &NhRef, o: &ObOptions, next_hop: Option<Vec<u8>>, answered: fn(&Stack, &NhRef, &Outgoing, i32, *mut MsgObj)) -> Option<Outgoing> {
        let agent = self.agent.borrow().clone()?;
        let aor_c = CString::new(o.aor).ok()?;
        let msg = crate::nta::view::new_msg(agent.params().sipflags as c_int | 1 /* MSG_FLG_COMPACT */);
        if msg.is_null() {
            return None;
        }
        let (subject, max_forwards): (&[u8], Option<&[u8]>) = if o.keepalive { (b"KEEPALIVE", Some(b"0")) } else { (b"REGISTRATION PROBE", None) };
        // Sofia sends its probes without Max-Forwards; RFC 3261 §8.1.1 requires one, and
        // the agent adds it (docs/deviations.md).
        // SAFETY: our new message; the texts are copied into it.
        let ok = unsafe {
            o.accept_contact.as_ref().is_none_or(|ac| crate::nta::view::add(msg, "accept_contact", ac.as_bytes()))
                && crate::nta::view::add(msg, "to", o.to)
                && crate::nta::view::add(msg, "from", o.from)
                && o.route.iter().all(|r| crate::nta::view::add(msg, "route", r))
                && max_forwards.is_none_or(|m| crate::nta::view::add(msg, "max_forwards", m))
                && crate::nta::view::add(msg, "subject", subject)
                && crate::nta::view::add(msg, "call_id", o.call_id.as_bytes())
                && crate::nta::view::add(msg, "cseq", format!("{} OPTIONS", o.cseq).as_bytes())
                && crate::nta::view::add(msg, "accept", REGISTER_USAGE.as_bytes())
                && agent.request_complete(msg, None, crate::sip::method::method_code(b"OPTIONS").0, Some(b"OPTIONS"), aor_c.as_ptr().cast()) >= 0
        };
        if !ok {
            // SAFETY: ours, not handed on.
            unsafe { msg_destroy(msg) };
            return None;
        }
        let me = self.me.clone();
        let rnh = nh.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |o, resp| {
            // SAFETY: the response (or NULL), valid during the call.
            let status = unsafe { response_status(o, resp) };
            if status >= 200 {
                if let Some(st) = me.upgrade() {
                    answered(&st, &rnh, o, status, resp);
                }
                o.destroy();
            }
            0
        });
        // SAFETY: our complete request.
        unsafe { agent.outgoing(msg, next_hop, Some(cb)) }
    }

    /// The answer to a probe: validated when the probe came back to us and was answered
    /// 2xx; reported (nua_i_outbound with the status) otherwise.
    fn probe_answered(&self, nh: &NhRef, o: &Outgoing, status: i32, resp: *mut MsgObj) {
        let id = nh.inner().id;
        // SAFETY: the probe's response (or NULL on a timeout), valid during the call.
        let phrase = if resp.is_null() { "Request Timeout".to_string() } else { unsafe { response_phrase(resp) } };
        let seen = self.with_ob(id, |ob| {
            if !ob.probe.as_ref().is_some_and(|p| Rc::ptr_eq(p.inner(), o.inner())) {
                return None;
            }
            ob.probe = None;
            let ok = status < 300 && ob.probe_seen;
            if ok {
                ob.validated = true;
            }
            Some(ok)
        });
        if let Some(Some(false)) = seen {
            self.event(nh.0, ev::I_OUTBOUND, status, &phrase, ptr::null_mut(), ptr::null());
        }
    }

    /// An OPTIONS outside a dialog that is one of our probes come back (Accept of register
    /// usage, the Call-ID of a registration): answered 200 with the cookie. None when it
    /// is not one.
    pub(super) fn outbound_request(&self, irq: &Incoming, msg: *const MsgObj) -> Option<i32> {
        // SAFETY: the request, valid during the call.
        let (accept, call_id) = unsafe {
            (
                crate::nta::view::values_of(msg, "accept").into_iter().next(),
                crate::nta::view::values_of(msg, "call_id").into_iter().next(),
            )
        };
        let accept = String::from_utf8_lossy(&accept?).into_owned();
        if !accept.split(';').next().unwrap_or("").trim().eq_ignore_ascii_case(REGISTER_USAGE) {
            return None;
        }
        let call_id = String::from_utf8_lossy(&call_id?).into_owned();
        let mut found = false;
        for h in self.handles.borrow_mut().values_mut() {
            if let Some(r) = h.reg.as_mut() {
                if !r.ob.cookie.is_empty() && r.ob.cookie == call_id {
                    r.ob.probe_seen |= r.ob.probe.is_some();
                    found = true;
                }
            }
        }
        if !found {
            return None;
        }
        let body = call_id.into_bytes();
        irq.reply(200, Some("OK"), &mut |resp| {
            // SAFETY: our response being built.
            unsafe { crate::nta::view::add(resp, "content_type", REGISTER_USAGE.as_bytes()) && add_body(resp, &body) }
        });
        irq.destroy();
        Some(0)
    }
}

/// The body of a message (a payload and its Content-Length).
///
/// # Safety
/// `msg` a valid message being built.
unsafe fn add_body(msg: *mut MsgObj, body: &[u8]) -> bool {
    let Ok(b) = CString::new(body.to_vec()) else { return false };
    let t = [tagi_t { t_tag: ptr::addr_of!(siptag_payload_str), t_value: b.as_ptr() as isize }, tagi_t { t_tag: ptr::null(), t_value: 0 }];
    add_tags(msg, t.as_ptr())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefs_words() {
        let p = ObPrefs::parse("");
        assert_eq!(p, ObPrefs { outbound: false, natify: true, validate: true, okeepalive: -1, gruuize: true });
        let p = ObPrefs::parse("outbound natify gruuize validate");
        assert!(p.outbound && p.natify && p.validate);
        let p = ObPrefs::parse("use-rport no-validate options-keepalive");
        assert_eq!(p, ObPrefs { outbound: false, natify: true, validate: false, okeepalive: 1, gruuize: true });
        assert!(!ObPrefs::parse("no-gruuize").gruuize);
        assert!(!ObPrefs::parse("no_natify,not-validate").natify);
        assert_eq!(ObPrefs::parse("no-options-keepalive").okeepalive, 0);
    }

    #[test]
    fn via_parts() {
        assert_eq!(via_sent_by("SIP/2.0/UDP 127.0.0.1:5060;rport=5555;received=1.2.3.4"), Some(("127.0.0.1".into(), Some("5060".into()))));
        assert_eq!(via_sent_by("SIP/2.0/UDP [::1]:5070;branch=z"), Some(("[::1]".into(), Some("5070".into()))));
        assert_eq!(via_sent_by("SIP/2.0/TCP host.example"), Some(("host.example".into(), None)));
        let v = "SIP/2.0/UDP 127.0.0.1:5060;rport=5555;received=192.0.2.7;branch=z9hG4bK1";
        assert_eq!(param_of(v, "received"), Some("192.0.2.7"));
        assert_eq!(param_of(v, "rport"), Some("5555"));
        assert_eq!(param_of("SIP/2.0/UDP h;rport", "rport"), Some(""));
        assert!(is_ip("192.0.2.7") && is_ip("[::1]") && !is_ip("example.org"));
    }

    #[test]
    fn caller_preferences_of_a_contact() {
        let c = "Alice <sip:a@h;user=phone>;+sip.instance=\"<urn:x>\";reg-id=1;methods=\"INVITE,ACK\";expires=5";
        assert_eq!(callerprefs(c), vec!["+sip.instance=\"<urn:x>\"".to_string(), "methods=\"INVITE,ACK\"".to_string()]);
        assert!(callerprefs("<sip:a@h>").is_empty());
    }
}
