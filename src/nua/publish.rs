//! Event state publication (RFC 3903): nua_publish, nua_unpublish, and the incoming
//! PUBLISH.
//!
//! A handle has at most one publication. Its first PUBLISH carries the application's
//! Event, Expires and body; the SIP-ETag of the 2xx is kept and the stack refreshes the
//! publication before it expires with a PUBLISH that has SIP-If-Match and no body (reported
//! as `nua_r_publish`, as Sofia's nua does). A 412 to a refresh (or a 2xx with Expires 0)
//! is reported as `nua_r_publish` 100 and the stack publishes again from scratch, with the
//! body and without SIP-If-Match (RFC 3903 §4.3; see docs/deviations.md for how Debian's
//! 1.12.11 reports it). nua_unpublish() sends Expires 0 with the SIP-If-Match of the
//! publication (`nua_r_unpublish`); nua_shutdown() does the same for a live publication.
//!
//! Server side (as Sofia): PUBLISH must be in our Allow (`NUTAG_ALLOW`), else 405; without
//! `NUTAG_ALLOW_EVENTS` the stack answers 501, for a package not in it 489. Otherwise the
//! request is `nua_i_publish` on a new handle: 100 for the application to answer when
//! PUBLISH is in `NUTAG_APPL_METHOD` (the default), else 200 from the stack.

use super::*;
use crate::su::timer::Timer;

/// The publication of a handle.
pub(super) struct Pub {
    /// The tags of nua_publish() (Event, Expires, body, …), used again by refreshes.
    tags: OwnedTags,
    /// The entity tag of the publication (SIP-ETag of the last 2xx).
    etag: Option<Vec<u8>>,
    /// A 2xx came for the current entity tag: refreshes go without body.
    published: bool,
    timer: Option<Timer>,
    /// New publications after a 412 / a 2xx with Expires 0 since the last success.
    retries: u32,
}

/// How many times in a row a publication starts again (Sofia's `NUTAG_RETRY_COUNT`
/// default) before the answer is final.
const MAX_RETRIES: u32 = 3;

/// What a PUBLISH of the handle is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// nua_publish(), a refresh, or a new publication after a 412.
    Publish,
    /// nua_unpublish().
    Unpublish,
    /// The un-PUBLISH of nua_shutdown().
    Shutdown,
}

/// The refresh delay (seconds) for a publication granted `delta` seconds: the middle of
/// the range Sofia's nua picks a random point in.
fn refresh_delay(delta: u32) -> u32 {
    let (min, max) = if delta > 90 && delta < 300 {
        (delta - 60, delta - 30)
    } else {
        let q = (delta + 2) / 4;
        (q.max(1), q + (delta + 2) / 2)
    };
    (min + max) / 2
}

impl Stack {
    /// nua_publish().
    pub(super) fn publish(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        // SAFETY: the signal's own tag copy.
        let copy = unsafe { OwnedTags::copy(tags) };
        // A SIP-If-Match of the application names the publication to modify.
        let mut given = None;
        // SAFETY: as above.
        unsafe {
            each(tags, |tag, v| {
                if v == 0 || v == -1 {
                    return;
                }
                if is(tag, &siptag_if_match_str) {
                    given = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
                } else if is(tag, &siptag_if_match) {
                    given = crate::msg::hclass::print_value(v as *const c_void, 0);
                }
            })
        };
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            match &mut h.publ {
                Some(p) => {
                    p.tags = copy;
                    p.published = false;
                    p.retries = 0;
                    if given.is_some() {
                        p.etag = given;
                    }
                    if let Some(t) = &p.timer {
                        t.reset();
                    }
                }
                None => h.publ = Some(Pub { tags: copy, etag: given, published: false, timer: None, retries: 0 }),
            }
        }
        self.send_publish(nh, Kind::Publish, ptr::null());
    }

    /// nua_unpublish(): Expires 0 with the publication's entity tag (or the application's
    /// SIP-If-Match when the handle has no publication).
    pub(super) fn unpublish(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        if let Some(t) = self.handles.borrow().get(&id).and_then(|h| h.publ.as_ref()).and_then(|p| p.timer.as_ref()) {
            t.reset();
        }
        self.send_publish(nh, Kind::Unpublish, tags);
    }

    /// Sends a PUBLISH of the handle: the publication's tags (for an un-PUBLISH without a
    /// publication, `extra_tags` only), then `extra_tags`, SIP-If-Match, no body once
    /// published or when removing, Expires 0 when removing.
    pub(super) fn send_publish(&self, nh: &NhRef, kind: Kind, extra_tags: *const tagi_t) {
        let id = nh.inner().id;
        let state = self.handles.borrow().get(&id).and_then(|h| h.publ.as_ref().map(|p| (p.tags.ptr(), p.etag.clone(), p.published)));
        let event = if kind == Kind::Unpublish { ev::R_UNPUBLISH } else { ev::R_PUBLISH };
        let (tags, etag, published) = match state {
            Some(s) => s,
            None if kind == Kind::Unpublish => (extra_tags, None, false),
            None => return,
        };
        let extra_tags = if tags == extra_tags { ptr::null() } else { extra_tags };
        // SAFETY: the tag lists are valid for this call.
        let expires_zero = unsafe { tags_say_expires_zero(tags) || tags_say_expires_zero(extra_tags) };
        let removing = kind != Kind::Publish || expires_zero;
        let no_body = removing || published;
        let me = self.me.clone();
        let rnh = nh.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |orq, resp| {
            if let Some(st) = me.upgrade() {
                st.on_publish_response(&rnh, kind, removing, orq, resp);
            }
            0
        });
        let mut extra = |msg: *mut MsgObj| -> bool {
            use crate::nta::view::{add, slot};
            // SAFETY: the request being built.
            unsafe {
                let remove = |sym: &str| {
                    let old = slot(msg, sym);
                    if !old.is_null() {
                        crate::msg::edit::msg_header_remove(msg, ptr::null_mut(), old.cast());
                    }
                };
                if !extra_tags.is_null() && !add_request_tags(msg, extra_tags) {
                    return false;
                }
                if let Some(e) = &etag {
                    remove("if_match");
                    if !add(msg, "if_match", e) {
                        return false;
                    }
                }
                if no_body {
                    remove("payload");
                    remove("content_type");
                }
                if removing {
                    remove("expires");
                    if !add(msg, "expires", b"0") {
                        return false;
                    }
                }
                true
            }
        };
        match self.send(nh, "PUBLISH", tags, &mut extra, cb) {
            Some(o) => {
                if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                    h.orqs.push(o);
                }
            }
            None => {
                if kind != Kind::Unpublish {
                    self.forget_publication(id);
                }
                if kind != Kind::Shutdown {
                    self.event(nh.0, event, 900, "Internal error", ptr::null_mut(), ptr::null());
                }
                self.shutdown_progress(id);
            }
        }
    }

    fn on_publish_response(&self, nh: &NhRef, kind: Kind, removing: bool, orq: &Outgoing, resp: *mut MsgObj) {
        let id = nh.inner().id;
        // SAFETY: the transaction's response (or NULL), valid during the call.
        let status = unsafe { response_status(orq, resp) };
        if status < 200 {
            return;
        }
        self.forget_orq(nh, orq);
        orq.destroy();
        let event = if kind == Kind::Unpublish { ev::R_UNPUBLISH } else { ev::R_PUBLISH };
        // SAFETY: as above.
        let phrase = unsafe { response_phrase(resp) };
        if (status == 401 || status == 407) && !resp.is_null() {
            if kind == Kind::Shutdown || !self.challenged(nh, resp, register::Restart::Publish { kind }) {
                if kind != Kind::Shutdown {
                    self.event(nh.0, event, status, &phrase, resp, ptr::null());
                }
                if removing {
                    self.forget_publication(id);
                    self.shutdown_progress(id);
                }
            }
            return;
        }
        if removing {
            // The publication is gone whatever the answer (a failed removal expires). The
            // un-PUBLISH of nua_shutdown() is not reported (as with Sofia).
            self.forget_publication(id);
            if kind != Kind::Shutdown {
                self.event(nh.0, event, status, &phrase, resp, ptr::null());
            }
            self.shutdown_progress(id);
            return;
        }
        let has_pub = self.handles.borrow().get(&id).is_some_and(|h| h.publ.is_some());
        // SAFETY: a valid response (when not NULL).
        let expires = if resp.is_null() { None } else { unsafe { crate::nta::view::values_of(resp, "expires") }.first().and_then(|v| String::from_utf8_lossy(v).trim().parse::<u32>().ok()) };
        // SAFETY: as above.
        let etag = if resp.is_null() { None } else { unsafe { crate::nta::view::values_of(resp, "etag") }.into_iter().next() };
        // 412 (the entity tag is unknown) or a 2xx that grants nothing: publish anew.
        let again = if status == 412 {
            Some(phrase.clone())
        } else if (200..300).contains(&status) && expires == Some(0) {
            Some("Immediate re-PUBLISH".to_string())
        } else {
            None
        };
        if let (Some(why), true) = (again, has_pub) {
            let retry = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.publ.as_mut()).is_some_and(|p| {
                p.published = false;
                p.etag = None;
                p.retries += 1;
                p.retries <= MAX_RETRIES
            });
            if retry {
                self.event(nh.0, event, 100, &why, resp, ptr::null());
                self.send_publish(nh, Kind::Publish, ptr::null());
                return;
            }
        }
        if (200..300).contains(&status) && has_pub {
            match (expires, etag) {
                (Some(secs), Some(tag)) if secs > 0 => {
                    if let Some(p) = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.publ.as_mut()) {
                        p.published = true;
                        p.etag = Some(tag);
                        p.retries = 0;
                    }
                    self.schedule_republish(nh, secs);
                    self.event(nh.0, event, status, &phrase, resp, ptr::null());
                }
                (None | Some(0), _) => {
                    self.forget_publication(id);
                    self.event(nh.0, event, 900, "Received Invalid Expiration Time", resp, ptr::null());
                }
                _ => {
                    self.forget_publication(id);
                    self.event(nh.0, event, 900, "Internal error", resp, ptr::null());
                }
            }
            return;
        }
        if status >= 300 {
            self.forget_publication(id);
        }
        self.event(nh.0, event, status, &phrase, resp, ptr::null());
    }

    /// Refreshes the publication before it expires.
    fn schedule_republish(&self, nh: &NhRef, expires: u32) {
        let id = nh.inner().id;
        let Some(agent) = self.agent.borrow().clone() else { return };
        let me = self.me.clone();
        let rnh = nh.clone();
        let ms = (refresh_delay(expires) as i64 * 1000).clamp(1000, i32::MAX as i64) as crate::su::time::su_duration_t;
        let mut hs = self.handles.borrow_mut();
        let Some(p) = hs.get_mut(&id).and_then(|h| h.publ.as_mut()) else { return };
        if p.timer.is_none() {
            // SAFETY: the agent's live root (this thread).
            p.timer = unsafe { Timer::new(agent.root()) };
        }
        if let Some(t) = &p.timer {
            t.reset();
            t.set(ms, move || {
                if let Some(st) = me.upgrade() {
                    st.send_publish(&rnh, Kind::Publish, ptr::null());
                }
            });
        }
    }

    /// The handle no longer has a publication.
    fn forget_publication(&self, id: u64) {
        let p = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.publ.take());
        if let Some(t) = p.as_ref().and_then(|p| p.timer.as_ref()) {
            t.reset();
        }
    }

    /// Whether the handle has a publication nua_shutdown() must remove.
    pub(super) fn publishes(h: &SHandle) -> bool {
        h.publ.as_ref().is_some_and(|p| p.published)
    }

    /// An incoming PUBLISH outside any dialog (method allowed): 501 without any event
    /// package, 489 for a package we do not take, else `nua_i_publish` on a new handle.
    pub(super) fn incoming_publish(&self, irq: &Incoming, msg: *mut MsgObj, params: &Params) -> i32 {
        if params.allow_events.is_empty() {
            return 501;
        }
        // SAFETY: the agent's valid request.
        let event = unsafe { crate::nta::view::values_of(msg, "event") }.into_iter().next();
        let package = event.map(|e| String::from_utf8_lossy(&e).split(';').next().unwrap_or("").trim().to_string());
        if !package.is_some_and(|p| params.allow_events.iter().any(|e| e.eq_ignore_ascii_case(&p))) {
            irq.reply(489, Some("Bad Event"), &mut |r| self.ua(r, false));
            irq.destroy();
            return 0;
        }
        self.serve_on_new_handle(irq, msg, "PUBLISH", ev::I_PUBLISH, params)
    }
}

/// Whether a tag list asks for `Expires: 0`.
///
/// # Safety
/// `tags` NULL or a valid list.
unsafe fn tags_say_expires_zero(tags: *const tagi_t) -> bool {
    let mut zero = false;
    // SAFETY: caller contract; header values of SIPTAG_EXPIRES are sip_expires_t.
    unsafe {
        each(tags, |tag, v| {
            if v == 0 || v == -1 {
                return;
            }
            if is(tag, &siptag_expires_str) {
                zero = CStr::from_ptr(v as *const c_char).to_bytes().trim_ascii() == b"0";
            } else if is(tag, &siptag_expires) {
                zero = crate::msg::hclass::print_value(v as *const c_void, 0).is_some_and(|t| t.trim_ascii() == b"0");
            }
        })
    };
    zero
}

#[cfg(test)]
mod tests {
    use super::refresh_delay;

    #[test]
    fn refresh_in_sofias_range() {
        // Sofia: 30-60 s before expiry between 90 and 300 s, else a quarter to three quarters.
        assert_eq!(refresh_delay(120), 75);
        assert_eq!(refresh_delay(60), 30);
        assert_eq!(refresh_delay(3600), 1800);
        assert_eq!(refresh_delay(2), 2);
        assert_eq!(refresh_delay(1), 1);
    }
}
