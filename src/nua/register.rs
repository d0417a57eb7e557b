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
    tags: OwnedTags,
    /// Refresh timer.
    timer: Option<Timer>,
    /// The registrar's Min-Expires after a 423 Interval Too Brief.
    min_expires: Option<u32>,
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
                None => h.reg = Some(Reg { tags, timer: None, min_expires: None }),
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
                h.reg = Some(Reg { tags, timer: None, min_expires: None });
            }
        }
        if let Some(t) = self.handles.borrow().get(&id).and_then(|h| h.reg.as_ref()).and_then(|r| r.timer.as_ref()) {
            t.reset();
        }
        self.send_register(nh, true);
    }

    /// Our Contact for a registration (NUTAG_M_USERNAME of the nua_register() tags first).
    fn reg_contact(&self, _id: u64, tags: *const tagi_t) -> Option<Vec<u8>> {
        let mut user = None;
        // SAFETY: the registration's tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_m_username) {
                    user = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned());
                }
            })
        };
        let c = self.contact()?;
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
        let uri = registrar.or_else(|| to.as_deref().and_then(aor_domain));
        let contact = self.reg_contact(id, tags);
        let min_expires = self.handles.borrow().get(&id).and_then(|h| h.reg.as_ref().and_then(|r| r.min_expires));
        let me = self.me.clone();
        let rnh = nh.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |orq, resp| {
            if let Some(st) = me.upgrade() {
                st.on_register_response(&rnh, unregister, orq, resp);
            }
            0
        });
        let uri_c = uri.and_then(|u| CString::new(u).ok());
        // The Request-URI goes in as NUTAG_URL of an extra tag list.
        let extra_tags = [
            tagi_t { t_tag: ptr::addr_of!(nutag_url), t_value: uri_c.as_ref().map_or(0, |c| c.as_ptr() as isize) },
            tagi_t { t_tag: ptr::addr_of!(tag_next), t_value: tags as isize },
        ];
        let all = if uri_c.is_some() { extra_tags.as_ptr() } else { tags };
        let mut extra = |msg: *mut MsgObj| -> bool {
            // SAFETY: the request being built.
            unsafe {
                if crate::nta::view::slot(msg, "contact").is_null() {
                    if let Some(c) = &contact {
                        if !crate::nta::view::add(msg, "contact", c) {
                            return false;
                        }
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
        orq.destroy();
        let event = if unregister { ev::R_UNREGISTER } else { ev::R_REGISTER };
        // SAFETY: as above.
        let phrase = unsafe { response_phrase(resp) };
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
        } else if unregister || status >= 300 {
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
