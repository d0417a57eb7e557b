//! Registrations (nua_register / nua_unregister) and digest authentication of the
//! handle's requests (nua_authenticate, RFC 3261 §22 with the `auc_*` client).
//!
//! A registration keeps one leg (Call-ID and From tag) for all its REGISTERs, as Sofia
//! does, and refreshes itself at half the granted expiry. A 401/407 answer feeds the
//! challenge to the handle's authenticators: when they already hold credentials for a
//! new challenge the request is sent again at once, otherwise the response is reported and
//! the request waits for nua_authenticate(). A challenge that only repeats one the
//! credentials already failed is reported, never answered again (no challenge loops).

use super::*;
use crate::auth::client::{auc_authorize, auc_challenge, auc_credentials, auc_has_authorization};
use crate::su::timer::Timer;

/// The registration of a handle.
pub(super) struct Reg {
    /// The tags of nua_register() (used again by refreshes and restarts).
    pub(super) tags: OwnedTags,
    /// Refresh timer.
    timer: Option<Timer>,
    /// The registrar's Min-Expires after a 423 Interval Too Brief.
    min_expires: Option<u32>,
    /// OPTIONS keep-alives of the registration (RFC 5626 §4.4 "options-keepalive").
    keepalive: Option<Keepalive>,
    /// NAT detection and validation (src/nua/outbound.rs).
    pub(super) ob: super::outbound::Outbound,
    /// Its place among the nua's registrations and, once a 2xx made it ready, the Contact
    /// other requests and responses use (src/nua/reg_contact.rs).
    pub(super) seq: u64,
    pub(super) ready: Option<super::reg_contact::Ready>,
}

/// What the OPTIONS keep-alives of a registration are made of (from its last REGISTER).
struct Keepalive {
    timer: Timer,
    /// To and From of the REGISTER, its Route (none: the REGISTER's next hop).
    to: Vec<u8>,
    from: Vec<u8>,
    route: Option<Vec<u8>>,
    /// The AOR: the Request-URI of the keep-alives.
    aor: Vec<u8>,
    next_hop: Option<Vec<u8>>,
    call_id: String,
    cseq: u32,
    interval_ms: u32,
    pending: Option<Outgoing>,
}


/// A request stopped by a challenge.
pub(super) enum Restart {
    Register { unregister: bool },
    Invite { tags: OwnedTags },
    Request { method: String, event: i32, tags: OwnedTags },
    Publish { kind: super::publish::Kind },
}

/// The header class of the credentials that answer a challenge kind.
fn credential_class(proxy: bool) -> *const crate::msg::hclass::MsgHclass {
    let k = crate::msg::hclass::kind(if proxy { "proxy_authorization" } else { "authorization" });
    k.class_ptr().cast()
}

impl Stack {
    /// Adds the Authorization / Proxy-Authorization the handle's authenticators can give.
    pub(super) fn authorize(&self, id: u64, msg: *mut MsgObj) -> bool {
        let mut auth = self.handles.borrow().get(&id).map_or(ptr::null_mut(), |h| h.auth);
        if auth.is_null() {
            return true;
        }
        // SAFETY: the handle's list (stack thread only) and our complete request.
        unsafe { auc_authorize(&mut auth, msg, msg_object(msg).cast()) >= 0 }
    }

    /// `NUTAG_PROXY` of the call's tags, the handle's, or the nua's parameters.
    pub(super) fn proxy_for(&self, nh: &NhRef, tags: *const tagi_t) -> Option<Vec<u8>> {
        let mut proxy = None;
        // SAFETY: the signal's tag copy and the handle's tags.
        unsafe {
            for l in [nh.inner().tags, tags] {
                each(l, |tag, v| {
                    if is(tag, &ntatag_default_proxy) && v != 0 && v != -1 {
                        proxy = crate::nta::view::url_text(v as *const c_void);
                    }
                });
            }
        }
        proxy.or_else(|| self.params_of(nh.inner().id).proxy.clone())
    }

    /// A 401 / 407 to a request of the handle: true when the request was sent again with
    /// credentials already known (nothing to report), false when the application must
    /// hear of it (and may call nua_authenticate()).
    pub(super) fn challenged(&self, nh: &NhRef, resp: *mut MsgObj, restart: Restart) -> bool {
        let id = nh.inner().id;
        let Some(mut auth) = self.handles.borrow().get(&id).map(|h| h.auth) else { return false };
        let mut fresh = false;
        // SAFETY: the response's challenge headers and the handle's home (thread-safe);
        // the list is only used on the stack thread.
        unsafe {
            let home = nh.0 as *mut su_home_t;
            for (sym, proxy) in [("www_authenticate", false), ("proxy_authenticate", true)] {
                let ch = crate::nta::view::slot(resp, sym);
                if !ch.is_null() && auc_challenge(&mut auth, home, ch.cast(), credential_class(proxy)) > 0 {
                    fresh = true;
                }
            }
        }
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.auth = auth;
        }
        // SAFETY: the handle's list.
        let ready = fresh && unsafe { auc_has_authorization(&mut auth) } > 0;
        if ready {
            self.restart(nh, restart);
            return true;
        }
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.restart = Some(restart);
        }
        false
    }

    /// Sends a request stopped by a challenge again.
    fn restart(&self, nh: &NhRef, r: Restart) {
        match r {
            Restart::Register { unregister } => self.send_register(nh, unregister),
            Restart::Invite { tags } => self.reinvite_after_challenge(nh, tags),
            Restart::Request { method, event, tags } => self.request(nh, &method, event, tags.ptr()),
            Restart::Publish { kind } => self.send_publish(nh, kind, ptr::null()),
        }
    }

    /// nua_authenticate(): credentials (`NUTAG_AUTH("scheme:\"realm\":user:pass")`), then
    /// the request the challenge stopped.
    pub(super) fn authenticate(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        let mut auth = self.handles.borrow().get(&id).map_or(ptr::null_mut(), |h| h.auth);
        let mut result = 0;
        let mut any = false;
        // SAFETY: the signal's tag copy; the handle's home and list (stack thread).
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_auth) && v != 0 {
                    any = true;
                    let r = auc_credentials(&mut auth, nh.0 as *mut su_home_t, v as *const c_char);
                    if r < 0 || result >= 0 {
                        result = if r < 0 { r } else { result + r };
                    }
                }
            })
        };
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.auth = auth;
        }
        crate::su_debug!(crate::su::log::nua_log, 7, "nua: authenticate: credentials {} ({})\n", result, any);
        if !any || result < 0 {
            self.event(nh.0, ev::R_AUTHENTICATE, 900, "Cannot add credentials", ptr::null_mut(), ptr::null());
            return;
        }
        if result == 0 {
            self.event(nh.0, ev::R_AUTHENTICATE, 904, "No matching challenge", ptr::null_mut(), ptr::null());
            return;
        }
        let pending = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.restart.take());
        crate::su_debug!(crate::su::log::nua_log, 7, "nua: authenticate: restart {}\n", pending.is_some());
        match pending {
            Some(r) => self.restart(nh, r),
            None => self.event(nh.0, ev::R_AUTHENTICATE, 202, "No operation to restart", ptr::null_mut(), ptr::null()),
        }
    }

    /// nua_register().
    pub(super) fn register(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        // SAFETY: the signal's own tag copy.
        let tags = unsafe { OwnedTags::copy(tags) };
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            match &mut h.reg {
                Some(r) => r.tags = tags,
                None => h.reg = Some(Reg { tags, timer: None, min_expires: None, keepalive: None, ob: Default::default(), seq: super::reg_contact::next_seq(), ready: None }),
            }
        }
        // nua_handle_has_registrations() from the start (has_register is the server side's).
        nh.inner().set_flag(super::flags::REGISTRATIONS, true);
        self.send_register(nh, false);
    }

    /// nua_unregister().
    pub(super) fn unregister(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        let has = self.handles.borrow().get(&id).is_some_and(|h| h.reg.is_some());
        if !has {
            // SAFETY: the signal's own tag copy.
            let tags = unsafe { OwnedTags::copy(tags) };
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.reg = Some(Reg { tags, timer: None, min_expires: None, keepalive: None, ob: Default::default(), seq: super::reg_contact::next_seq(), ready: None });
            }
        }
        if let Some(t) = self.handles.borrow().get(&id).and_then(|h| h.reg.as_ref()).and_then(|r| r.timer.as_ref()) {
            t.reset();
        }
        self.stop_keepalive(id);
        self.send_register(nh, true);
    }

    /// Our Contact for a registration, with the handle's parameters (NUTAG_M_DISPLAY,
    /// NUTAG_M_PARAMS… of nua_handle() and nua_register(); NUTAG_M_USERNAME of the
    /// registration's tags first).
    fn reg_contact(&self, id: u64, tags: *const tagi_t) -> Option<Vec<u8>> {
        let mut user = None;
        // SAFETY: the registration's tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_m_username) {
                    user = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned());
                }
            })
        };
        let p = self.params_of(id);
        let mut c = self.contact_with(&p)?;
        if p.callee_caps {
            // RFC 3840 callee capabilities: our methods, as Sofia lists them.
            c.extend_from_slice(format!(";methods=\"{}\"", self.allow().replace(' ', "")).as_bytes());
        }
        let Some(user) = user.filter(|u| !u.is_empty()) else { return Some(c) };
        // "<sip:[old@]host...>" -> "<sip:user@host...>"
        let text = String::from_utf8_lossy(&c).into_owned();
        let at = text.find("sip:").map(|i| i + 4).or_else(|| text.find("sips:").map(|i| i + 5))?;
        let rest = &text[at..];
        let rest = match (rest.find('@'), rest.find('>')) {
            (Some(a), Some(g)) if a < g => &rest[a + 1..],
            _ => rest,
        };
        Some(format!("{}{}@{}", &text[..at], user, rest).into_bytes())
    }

    /// Sends the REGISTER of the handle's registration (`unregister`: Expires 0).
    fn send_register(&self, nh: &NhRef, unregister: bool) {
        let id = nh.inner().id;
        let event = if unregister { ev::R_UNREGISTER } else { ev::R_REGISTER };
        let tags = self.handles.borrow().get(&id).and_then(|h| h.reg.as_ref().map(|r| r.tags.ptr()));
        let Some(tags) = tags else { return };
        // Request-URI: NUTAG_REGISTRAR, else the domain of the To (the AOR).
        let mut registrar = self.params_of(id).registrar.clone();
        let mut to = None;
        // SAFETY: the registration's tag copy and the handle's tags.
        unsafe {
            for l in [nh.inner().tags, tags] {
                each(l, |tag, v| {
                    if v == 0 || v == -1 {
                        return;
                    }
                    if is(tag, &nutag_registrar) {
                        registrar = crate::nta::view::url_text(v as *const c_void);
                    } else if is(tag, &siptag_to_str) {
                        to = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
                    } else if is(tag, &siptag_to) {
                        to = crate::msg::hclass::print_value(v as *const c_void, 0);
                    }
                });
            }
        }
        // SAFETY: as above.
        let from = unsafe { super::subscribe::tag_text(tags, &siptag_from_str, &siptag_from).or_else(|| super::subscribe::tag_text(nh.inner().tags, &siptag_from_str, &siptag_from)) };
        // Without a To, the AOR is our From (the handle's, the request's or the nua's), as
        // in Sofia; its tag is not the To's.
        let aor_to = match (&to, from.or_else(|| self.params_of(id).from.clone())) {
            (None, Some(f)) => {
                let text = String::from_utf8_lossy(&f).into_owned();
                let t = match text.find('>') {
                    Some(i) => text[..=i].to_string(),
                    None => text.split(';').next().unwrap_or("").to_string(),
                };
                CString::new(t).ok()
            }
            _ => None,
        };
        if let Some(t) = &aor_to {
            to = Some(t.as_bytes().to_vec());
        }
        let uri = registrar.or_else(|| to.as_deref().and_then(aor_domain));
        // Outbound's Contact of our public address once a NAT was found, and the one it
        // replaces (unregistered with this REGISTER).
        let (ob_contact, previous) = self.with_ob(id, |ob| (ob.contact.clone(), if unregister { None } else { ob.previous.clone() })).unwrap_or_default();
        let contact = ob_contact.or_else(|| self.reg_contact(id, tags));
        let min_expires = self.handles.borrow().get(&id).and_then(|h| h.reg.as_ref().and_then(|r| r.min_expires));
        let path = self.params_of(id).path_enable;
        let me = self.me.clone();
        let rnh = nh.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |orq, resp| {
            if let Some(st) = me.upgrade() {
                st.on_register_response(&rnh, unregister, orq, resp);
            }
            0
        });
        let uri_c = uri.and_then(|u| CString::new(u).ok());
        // The Request-URI goes in as NUTAG_URL of an extra tag list, the AOR made from
        // the From as SIPTAG_TO_STR.
        let mut extra_tags = Vec::with_capacity(3);
        if let Some(u) = &uri_c {
            extra_tags.push(tagi_t { t_tag: ptr::addr_of!(nutag_url), t_value: u.as_ptr() as isize });
        }
        if let Some(t) = &aor_to {
            extra_tags.push(tagi_t { t_tag: ptr::addr_of!(siptag_to_str), t_value: t.as_ptr() as isize });
        }
        extra_tags.push(tagi_t { t_tag: ptr::addr_of!(tag_next), t_value: tags as isize });
        let all = if extra_tags.len() > 1 { extra_tags.as_ptr() } else { tags };
        let mut extra = |msg: *mut MsgObj| -> bool {
            // SAFETY: the request being built.
            unsafe {
                if crate::nta::view::slot(msg, "contact").is_null() {
                    if let Some(c) = &contact {
                        if !crate::nta::view::add(msg, "contact", c) {
                            return false;
                        }
                    }
                    if let Some(p) = &previous {
                        if !crate::nta::view::add(msg, "contact", &[p.as_slice(), b";expires=0"].concat()) {
                            return false;
                        }
                    }
                }
                // The application's Supported gets "path" too (NUTAG_PATH_ENABLE), as in Sofia.
                let has = |sym: &str| crate::nta::view::values_of(msg, sym).iter().any(|v| v.split(|&b| b == b',').any(|t| t.trim_ascii().eq_ignore_ascii_case(b"path")));
                if path && !crate::nta::view::slot(msg, "supported").is_null() && !has("supported") && !has("require") {
                    let mut all = crate::nta::view::values_of(msg, "supported").join(&b", "[..]);
                    all.extend_from_slice(b", path");
                    loop {
                        let old = crate::nta::view::slot(msg, "supported");
                        if old.is_null() {
                            break;
                        }
                        crate::msg::edit::msg_header_remove(msg, ptr::null_mut(), old.cast());
                    }
                    if !crate::nta::view::add(msg, "supported", &all) {
                        return false;
                    }
                }
                let expires = if unregister { Some(0) } else { min_expires };
                match expires {
                    Some(e) => {
                        let old = crate::nta::view::slot(msg, "expires");
                        if !old.is_null() {
                            crate::msg::edit::msg_header_remove(msg, ptr::null_mut(), old.cast());
                        }
                        crate::nta::view::add(msg, "expires", e.to_string().as_bytes())
                    }
                    None => true,
                }
            }
        };
        match self.send(nh, "REGISTER", all, &mut extra, cb) {
            Some(o) => {
                if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                    h.orqs.push(o);
                }
            }
            None => self.event(nh.0, event, 900, "Internal error", ptr::null_mut(), ptr::null()),
        }
    }

    fn on_register_response(&self, nh: &NhRef, unregister: bool, orq: &Outgoing, resp: *mut MsgObj) {
        let id = nh.inner().id;
        // SAFETY: the transaction's response (or NULL), valid during the call.
        let status = unsafe { response_status(orq, resp) };
        if status < 200 {
            return;
        }
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.orqs.retain(|o| !Rc::ptr_eq(o.inner(), orq.inner()));
        }
        let ka = if (200..300).contains(&status) && !unregister { self.keepalive_plan(nh, orq) } else { None };
        if (200..300).contains(&status) && !unregister && !resp.is_null() {
            let req = orq.request();
            // The Contact was ours unless the application gave one.
            let by_stack = !self.app_contact(nh);
            if let super::outbound::ObAction::Reregister = self.outbound_check(nh, req, resp, by_stack) {
                orq.destroy();
                self.event(nh.0, ev::R_REGISTER, 100, "Outbound NAT Detected", resp, ptr::null());
                self.send_register(nh, false);
                return;
            }
            // The replaced Contact is gone now.
            self.with_ob(id, |ob| ob.previous = None);
            self.registration_ready(id, req, resp, by_stack);
            if by_stack {
                self.outbound_probe(nh, req, resp);
            }
        }
        orq.destroy();
        let event = if unregister { ev::R_UNREGISTER } else { ev::R_REGISTER };
        // SAFETY: as above.
        let phrase = unsafe { response_phrase(resp) };
        // Retry-After (src/nua/retry_after.rs).
        if status >= 300 && self.retry_after(nh, event, status, resp, Box::new(move |st, nh| st.send_register(nh, unregister))) {
            return;
        }
        // 423 Interval Too Brief: again with the registrar's Min-Expires (once).
        if status == 423 && !unregister && !resp.is_null() {
            // SAFETY: a valid response.
            let min = unsafe { crate::nta::view::values_of(resp, "min_expires") }.first().and_then(|v| String::from_utf8_lossy(v).trim().parse::<u32>().ok());
            let retry = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.reg.as_mut()).and_then(|r| match (min, r.min_expires) {
                (Some(m), old) if old.is_none_or(|o| o < m) => {
                    r.min_expires = Some(m);
                    Some(())
                }
                _ => None,
            });
            if retry.is_some() {
                self.event(nh.0, ev::R_REGISTER, 100, "Re-Negotiating Expiration", resp, ptr::null());
                self.send_register(nh, false);
                return;
            }
        }
        if (status == 401 || status == 407) && !resp.is_null() {
            if !self.challenged(nh, resp, Restart::Register { unregister }) {
                // The registration waits for nua_authenticate().
                self.event(nh.0, event, status, &phrase, resp, ptr::null());
            }
            return;
        }
        if (200..300).contains(&status) && !unregister {
            // SAFETY: a valid response.
            let expires = unsafe { granted_expires(resp) }.unwrap_or(3600);
            self.schedule_refresh(nh, expires);
            if let Some(k) = ka {
                self.start_keepalive(nh, k);
            }
        } else if unregister || status >= 300 {
            self.stop_keepalive(id);
            nh.inner().set_flag(super::flags::REGISTRATIONS, false);
            let reg = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.reg.take());
            if let Some(r) = reg {
                if let Some(t) = &r.timer {
                    t.reset();
                }
            }
            if unregister && status < 300 {
                // The registration's leg is no longer needed (unless a call uses it).
                if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                    if h.sess.is_none() {
                        if let Some(l) = h.leg.take() {
                            l.destroy();
                        }
                    }
                }
            }
        }
        self.event(nh.0, event, status, &phrase, resp, ptr::null());
        if unregister {
            self.shutdown_progress(id);
        }
    }

    /// Whether the application gave the registration's Contact (SIPTAG_CONTACT(_STR) of
    /// nua_handle() or nua_register()): then outbound leaves it as it is.
    fn app_contact(&self, nh: &NhRef) -> bool {
        let id = nh.inner().id;
        let tags = self.handles.borrow().get(&id).and_then(|h| h.reg.as_ref().map(|r| r.tags.ptr()));
        let mut given = false;
        // SAFETY: the handle's tags (its home) and the registration's tag copy.
        unsafe {
            for l in [nh.inner().tags, tags.unwrap_or(ptr::null())] {
                each(l, |tag, v| {
                    if (is(tag, &siptag_contact) || is(tag, &siptag_contact_str)) && v != 0 && v != -1 {
                        given = true;
                    }
                })
            }
        };
        given
    }

    /// The keep-alives a registration answered 2xx needs, as Sofia's outbound decides: with
    /// NUTAG_KEEPALIVE > 0 and `options-keepalive` in NUTAG_OUTBOUND (the handle's
    /// parameters, which the nua_register() tags have set). (Sofia also starts them over UDP
    /// without it once it has detected a NAT; outbound.rs detects it but starts none.)
    /// None: no keep-alives.
    fn keepalive_plan(&self, nh: &NhRef, orq: &Outgoing) -> Option<Keepalive> {
        let id = nh.inner().id;
        let p = self.params_of(id);
        let (okeepalive, interval) = (super::outbound::ObPrefs::parse(&p.outbound).okeepalive, p.keepalive_ms);
        let tags = self.handles.borrow().get(&id).and_then(|h| h.reg.as_ref().map(|r| r.tags.ptr()))?;
        if interval == 0 || okeepalive <= 0 {
            return None;
        }
        let req = orq.request();
        // SAFETY: the REGISTER of the transaction, alive until it is destroyed after this.
        let (to, from, route, aor) = unsafe {
            let text = |sym: &str| {
                let h = crate::nta::view::slot(req, sym);
                if h.is_null() { None } else { crate::msg::hclass::print_value(h, 0) }
            };
            let to_h = crate::nta::view::slot(req, "to");
            let aor = if to_h.is_null() { None } else { crate::nta::view::url_text((to_h as *const u8).add(crate::nta::view::A_URL).cast()) };
            (text("to")?, text("from")?, text("route"), aor?)
        };
        let next_hop = self.proxy_for(nh, tags);
        let agent = self.agent.borrow().clone()?;
        // SAFETY: the agent's live root (this thread).
        let timer = unsafe { Timer::new(agent.root()) }?;
        Some(Keepalive {
            timer,
            to,
            from,
            route,
            aor,
            next_hop,
            call_id: agent.newtag(),
            cseq: 0,
            interval_ms: interval,
            pending: None,
        })
    }

    /// Starts (or restarts, after a refresh) the keep-alives: one now, then one an interval
    /// after each answer (Sofia's order).
    fn start_keepalive(&self, nh: &NhRef, mut k: Keepalive) {
        let id = nh.inner().id;
        let old = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.reg.as_mut()).and_then(|r| r.keepalive.take());
        if let Some(o) = old {
            // The running keep-alive carries on in the new plan.
            k.call_id = o.call_id;
            k.cseq = o.cseq;
            k.pending = o.pending;
            o.timer.reset();
        }
        let send_now = k.pending.is_none();
        {
            let mut hs = self.handles.borrow_mut();
            let Some(r) = hs.get_mut(&id).and_then(|h| h.reg.as_mut()) else { return };
            r.keepalive = Some(k);
        }
        if send_now {
            self.send_keepalive(nh);
        }
    }

    fn stop_keepalive(&self, id: u64) {
        let k = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.reg.as_mut()).and_then(|r| r.keepalive.take());
        if let Some(k) = k {
            k.timer.reset();
            if let Some(o) = k.pending {
                o.destroy();
            }
        }
    }

    /// One OPTIONS keep-alive: to the AOR, the REGISTER's To, From and Route, Max-Forwards
    /// 0, Subject KEEPALIVE, a Call-ID of its own (as Sofia's outbound).
    fn send_keepalive(&self, nh: &NhRef) {
        let id = nh.inner().id;
        let plan = {
            let mut hs = self.handles.borrow_mut();
            let Some(k) = hs.get_mut(&id).and_then(|h| h.reg.as_mut()).and_then(|r| r.keepalive.as_mut()) else { return };
            k.cseq += 1;
            (k.to.clone(), k.from.clone(), k.route.clone(), k.aor.clone(), k.next_hop.clone(), k.call_id.clone(), k.cseq)
        };
        let (to, from, route, aor, next_hop, call_id, cseq) = plan;
        let route: Vec<Vec<u8>> = route.into_iter().collect();
        let o = super::outbound::ObOptions { to: &to, from: &from, route: &route, call_id: &call_id, cseq, aor: &aor, keepalive: true, accept_contact: None };
        if let Some(o) = self.send_ob_options(nh, &o, next_hop, Stack::keepalive_answered) {
            if let Some(k) = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.reg.as_mut()).and_then(|r| r.keepalive.as_mut()) {
                k.pending = Some(o);
            }
        }
    }

    /// The answer to a keep-alive: a timeout stops them and is reported (nua_i_outbound, as
    /// Sofia's outbound does); any other answer schedules the next one.
    fn keepalive_answered(&self, nh: &NhRef, o: &Outgoing, status: i32, resp: *mut MsgObj) {
        let id = nh.inner().id;
        let me = self.me.clone();
        let rnh = nh.clone();
        let mut hs = self.handles.borrow_mut();
        let Some(k) = hs.get_mut(&id).and_then(|h| h.reg.as_mut()).and_then(|r| r.keepalive.as_mut()) else { return };
        if !k.pending.as_ref().is_some_and(|p| Rc::ptr_eq(p.inner(), o.inner())) {
            return;
        }
        k.pending = None;
        if status == 408 {
            drop(hs);
            self.stop_keepalive(id);
            // SAFETY: as given (NULL or the response).
            let phrase = if resp.is_null() { "Request Timeout".to_string() } else { unsafe { response_phrase(resp) } };
            self.event(nh.0, ev::I_OUTBOUND, status, &phrase, ptr::null_mut(), ptr::null());
            return;
        }
        k.timer.set(k.interval_ms.min(i32::MAX as u32) as _, move || {
            if let Some(st) = me.upgrade() {
                st.send_keepalive(&rnh);
            }
        });
    }

    /// Refreshes the registration at half the granted time (at least 1 s).
    fn schedule_refresh(&self, nh: &NhRef, expires: u32) {
        let id = nh.inner().id;
        let Some(agent) = self.agent.borrow().clone() else { return };
        let me = self.me.clone();
        let rnh = nh.clone();
        // Half the granted time, within nua_handle_dialog_usage_set_refresh_range() when set.
        let range = nh.inner().refresh_range.load(std::sync::atomic::Ordering::SeqCst);
        let (min, max) = ((range >> 32) as i64, (range & 0xffff_ffff) as i64);
        let mut secs = (expires as i64 + 1) / 2;
        if range != 0 && max >= min {
            // The middle of the application's range (the fork picks a random point in it).
            secs = ((min + max) / 2).clamp(1, (expires as i64).max(1));
        }
        let ms = (secs * 1000).clamp(1000, i32::MAX as i64) as crate::su::time::su_duration_t;
        let mut hs = self.handles.borrow_mut();
        let Some(reg) = hs.get_mut(&id).and_then(|h| h.reg.as_mut()) else { return };
        if reg.timer.is_none() {
            // SAFETY: the agent's live root (this thread).
            reg.timer = unsafe { Timer::new(agent.root()) };
        }
        if let Some(t) = &reg.timer {
            t.reset();
            t.set(ms, move || {
                if let Some(st) = me.upgrade() {
                    st.send_register(&rnh, false);
                }
            });
        }
    }
}

/// `sip:domain` of an AOR text (`<sip:user@domain:port>;tag=…` or `sip:user@domain`).
fn aor_domain(to: &[u8]) -> Option<Vec<u8>> {
    let t = String::from_utf8_lossy(to).into_owned();
    let inner = match (t.find('<'), t.find('>')) {
        (Some(a), Some(b)) if a < b => t[a + 1..b].to_string(),
        _ => t.split(';').next().unwrap_or("").trim().to_string(),
    };
    let (scheme, rest) = inner.split_once(':')?;
    let rest = rest.split(['?', ';']).next().unwrap_or("");
    let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    if host.is_empty() {
        return None;
    }
    Some(format!("{scheme}:{host}").into_bytes())
}

/// The expiry a registrar granted: the `expires` of our Contact in the response, else
/// its Expires header.
///
/// # Safety
/// `resp` a valid response.
unsafe fn granted_expires(resp: *const MsgObj) -> Option<u32> {
    // SAFETY: contract.
    unsafe {
        for c in crate::nta::view::values_of(resp, "contact") {
            let text = String::from_utf8_lossy(&c).to_ascii_lowercase();
            if let Some(i) = text.find(";expires=") {
                let v: String = text[i + 9..].chars().take_while(char::is_ascii_digit).collect();
                if let Ok(n) = v.parse() {
                    return Some(n);
                }
            }
        }
        crate::nta::view::values_of(resp, "expires").first().and_then(|v| String::from_utf8_lossy(v).trim().parse().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::aor_domain;

    #[test]
    fn domain_of_aor() {
        assert_eq!(aor_domain(b"<sip:alice@example.com:5070>;tag=x").as_deref(), Some(&b"sip:example.com:5070"[..]));
        assert_eq!(aor_domain(b"sip:alice@example.com").as_deref(), Some(&b"sip:example.com"[..]));
        assert_eq!(aor_domain(b"\"A\" <sips:bob@[::1]:5061;transport=tls>").as_deref(), Some(&b"sips:[::1]:5061"[..]));
        assert_eq!(aor_domain(b"sip:example.org").as_deref(), Some(&b"sip:example.org"[..]));
        assert_eq!(aor_domain(b"garbage"), None);
    }
}
