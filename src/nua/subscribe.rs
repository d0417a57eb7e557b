//! Event subscriptions (RFC 6665) and REFER (RFC 3515): nua_subscribe, nua_unsubscribe,
//! nua_notify, nua_refer, and the incoming SUBSCRIBE / NOTIFY / REFER they meet.
//!
//! A subscriber handle keeps one dialog for its SUBSCRIBEs and the NOTIFYs that come back
//! (`nua_i_notify`, answered 200 by the stack). A notifier handle is made by an incoming
//! SUBSCRIBE for a package of `NUTAG_ALLOW_EVENTS`; the application accepts it with
//! nua_respond() and sends NOTIFYs with nua_notify(); an un-SUBSCRIBE is answered by the
//! stack, which then sends the final NOTIFY with the last content. REFER works inside a
//! call's dialog: its implicit subscription is the `refer;id=<CSeq>` event.

use std::time::{Duration, Instant};

use super::*;
use crate::su::timer::Timer;

/// `enum nua_substate`.
pub(super) mod substate {
    pub const EMBRYONIC: i32 = 0;
    pub const PENDING: i32 = 1;
    pub const ACTIVE: i32 = 2;
    pub const TERMINATED: i32 = 3;
}

/// The subscriber side of a handle.
pub(super) struct Sub {
    /// The Event header value ("presence").
    event: Vec<u8>,
    state: i32,
    tags: OwnedTags,
    timer: Option<Timer>,
}

/// The notifier side of a handle.
pub(super) struct Notifier {
    event: Vec<u8>,
    state: i32,
    until: Instant,
    /// Content of the latest NOTIFY (type, body), sent again with the final one.
    last: Option<(Vec<u8>, Vec<u8>)>,
}

impl Notifier {
    /// Seconds left of the subscription.
    pub(super) fn remaining(&self) -> u64 {
        self.until.saturating_duration_since(Instant::now()).as_secs_f64().ceil() as u64
    }
}

/// Header structs made from text for event tags; freed with the value.
pub(super) struct TmpHeaders(*mut MsgObj);

impl TmpHeaders {
    pub(super) fn new() -> TmpHeaders {
        TmpHeaders(crate::nta::view::new_msg(0))
    }
    /// A header of kind `sym` from `text` (NULL when it does not parse).
    pub(super) fn make(&self, sym: &str, text: &[u8]) -> *mut c_void {
        if self.0.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: our message.
        unsafe { crate::nta::view::make(self.0, sym, text) }
    }
}

impl Drop for TmpHeaders {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: our message.
            unsafe { msg_destroy(self.0) };
        }
    }
}

/// `Subscription-State` value → `enum nua_substate`.
fn substate_of(v: &[u8]) -> i32 {
    let t = String::from_utf8_lossy(v).to_ascii_lowercase();
    match t.split(';').next().unwrap_or("").trim() {
        "active" => substate::ACTIVE,
        "pending" => substate::PENDING,
        "terminated" => substate::TERMINATED,
        _ => substate::ACTIVE,
    }
}

/// The first value of a header of `msg` as text.
///
/// # Safety
/// `msg` NULL or a valid message.
pub(super) unsafe fn first(msg: *const MsgObj, sym: &str) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe { crate::nta::view::values_of(msg, sym).into_iter().next() }
}

/// The Expires of a message (its header), if any.
///
/// # Safety
/// As [`first`].
pub(super) unsafe fn expires_of(msg: *const MsgObj) -> Option<u32> {
    // SAFETY: contract.
    unsafe { first(msg, "expires") }.and_then(|v| String::from_utf8_lossy(&v).trim().parse().ok())
}

/// The value of a string or header tag of `tags` (last wins).
///
/// # Safety
/// `tags` NULL or a valid list.
pub(super) unsafe fn tag_text(tags: *const tagi_t, str_tag: &crate::tag::types::TagType, hdr_tag: &crate::tag::types::TagType) -> Option<Vec<u8>> {
    let mut out = None;
    // SAFETY: contract.
    unsafe {
        each(tags, |tag, v| {
            if v == 0 || v == -1 {
                return;
            }
            if is(tag, str_tag) {
                out = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
            } else if is(tag, hdr_tag) {
                out = crate::msg::hclass::print_value(v as *const c_void, 0);
            }
        })
    };
    out
}

impl Stack {
    /// An event whose tags are `NUTAG_SUBSTATE(state)` and `SIPTAG_EVENT(event)`.
    fn sub_event(&self, nh: *mut nua_handle_t, event: i32, status: i32, phrase: &str, msg: *mut MsgObj, state: i32, ev_text: &[u8]) {
        let tmp = TmpHeaders::new();
        let e = tmp.make("event", ev_text);
        let mut list = vec![tagi_t { t_tag: ptr::addr_of!(nutag_substate), t_value: state as isize }];
        if !e.is_null() {
            list.push(tagi_t { t_tag: ptr::addr_of!(siptag_event), t_value: e as isize });
        }
        list.push(tagi_t { t_tag: ptr::null(), t_value: 0 });
        self.event(nh, event, status, phrase, msg, list.as_ptr());
    }

    // ------------------------------------------------------------------ subscriber

    /// nua_subscribe().
    pub(super) fn subscribe(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        // SAFETY: the signal's own tag copy and the handle's tags.
        let event = unsafe { tag_text(tags, &siptag_event_str, &siptag_event).or_else(|| tag_text(nh.inner().tags, &siptag_event_str, &siptag_event)) };
        let Some(event) = event else {
            self.event(nh.0, ev::R_SUBSCRIBE, 900, "No event given", ptr::null_mut(), ptr::null());
            return;
        };
        // SAFETY: the signal's own tag copy.
        let copy = unsafe { OwnedTags::copy(tags) };
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            match &mut h.sub {
                Some(s) => s.tags = copy,
                None => h.sub = Some(Sub { event: event.clone(), state: substate::EMBRYONIC, tags: copy, timer: None }),
            }
            h.sync_events();
        }
        self.send_subscribe(nh, false);
    }

    /// nua_unsubscribe().
    pub(super) fn unsubscribe(&self, nh: &NhRef, tags: *const tagi_t) {
        let id = nh.inner().id;
        let has = self.handles.borrow().get(&id).is_some_and(|h| h.sub.is_some());
        if !has {
            self.event(nh.0, ev::R_UNSUBSCRIBE, 481, "No such subscription", ptr::null_mut(), ptr::null());
            return;
        }
        // The un-SUBSCRIBE carries its own tags (not the SUBSCRIBE's Accept…), as Sofia's.
        if let Some(s) = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.sub.as_mut()) {
            // SAFETY: the signal's own tag copy (or NULL, at shutdown).
            s.tags = unsafe { OwnedTags::copy(tags) };
        }
        if let Some(t) = self.handles.borrow().get(&id).and_then(|h| h.sub.as_ref()).and_then(|s| s.timer.as_ref()) {
            t.reset();
        }
        self.send_subscribe(nh, true);
    }

    fn send_subscribe(&self, nh: &NhRef, unsubscribe: bool) {
        let id = nh.inner().id;
        let Some((event, tags)) = self.handles.borrow().get(&id).and_then(|h| h.sub.as_ref().map(|s| (s.event.clone(), s.tags.ptr()))) else { return };
        let ev_code = if unsubscribe { ev::R_UNSUBSCRIBE } else { ev::R_SUBSCRIBE };
        let me = self.me.clone();
        let rnh = nh.clone();
        let sent_event = event.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |orq, resp| {
            if let Some(st) = me.upgrade() {
                st.on_subscribe_response(&rnh, unsubscribe, orq, resp, &sent_event);
            }
            0
        });
        let mut extra = |msg: *mut MsgObj| -> bool {
            // SAFETY: the request being built.
            unsafe {
                let v = crate::nta::view::slot(msg, "event").is_null();
                (!v || crate::nta::view::add(msg, "event", &event))
                    && (!unsubscribe || {
                        let old = crate::nta::view::slot(msg, "expires");
                        if !old.is_null() {
                            crate::msg::edit::msg_header_remove(msg, ptr::null_mut(), old.cast());
                        }
                        crate::nta::view::add(msg, "expires", b"0")
                    })
                    // Without one of the application's: Sofia's common default.
                    && (unsubscribe || !crate::nta::view::slot(msg, "expires").is_null() || crate::nta::view::add(msg, "expires", b"3600"))
                    && self.add_contact_of(Some(id), msg)
            }
        };
        match self.send(nh, "SUBSCRIBE", tags, &mut extra, cb) {
            Some(o) => {
                if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                    h.orqs.push(o);
                }
            }
            None => self.event(nh.0, ev_code, 900, "Internal error", ptr::null_mut(), ptr::null()),
        }
    }

    fn on_subscribe_response(&self, nh: &NhRef, unsubscribe: bool, orq: &Outgoing, resp: *mut MsgObj, sent_event: &[u8]) {
        let id = nh.inner().id;
        // SAFETY: the transaction's response (or NULL), valid during the call.
        let status = unsafe { response_status(orq, resp) };
        if status < 200 {
            return;
        }
        self.forget_orq(nh, orq);
        orq.destroy();
        // SAFETY: as above.
        let phrase = unsafe { response_phrase(resp) };
        let ev_code = if unsubscribe { ev::R_UNSUBSCRIBE } else { ev::R_SUBSCRIBE };
        let Some((event, state)) = self.handles.borrow().get(&id).and_then(|h| h.sub.as_ref().map(|s| (s.event.clone(), s.state))) else {
            // The final NOTIFY ended the subscription before the un-SUBSCRIBE was
            // answered: the answer is still reported, as Sofia's.
            if unsubscribe {
                self.sub_event(nh.0, ev_code, status, &phrase, resp, substate::TERMINATED, sent_event);
                self.shutdown_progress(id);
            }
            return;
        };
        if (200..300).contains(&status) {
            if let Some(leg) = self.handles.borrow().get(&id).and_then(|h| h.leg.clone()) {
                // SAFETY: a valid response.
                let (tag, rr, contact) = unsafe { (crate::nta::view::tag_of(resp, "to"), crate::nta::view::values_of(resp, "record_route"), first(resp, "contact")) };
                if let (Some(t), None) = (tag, leg.rtag()) {
                    leg.set_rtag(&String::from_utf8_lossy(&t));
                }
                leg.set_route(Some(&rr), true, contact.as_deref());
            }
            self.sub_event(nh.0, ev_code, status, &phrase, resp, state, &event);
            if unsubscribe {
                // A shutdown does not wait for the final NOTIFY.
                self.shutdown_progress(id);
            } else {
                // SAFETY: a valid response.
                let expires = unsafe { expires_of(resp) }.unwrap_or(3600);
                self.schedule_resubscribe(nh, expires);
            }
            return;
        }
        // The subscription failed (or its end was refused): it is over; reported with the
        // state it had (Sofia's: embryonic for a new one).
        self.sub_event(nh.0, ev_code, status, &phrase, resp, state, &event);
        self.forget_subscription(id);
    }

    fn schedule_resubscribe(&self, nh: &NhRef, expires: u32) {
        let id = nh.inner().id;
        if expires == 0 {
            return;
        }
        let Some(agent) = self.agent.borrow().clone() else { return };
        let me = self.me.clone();
        let rnh = nh.clone();
        let ms = (expires as i64 * 500).clamp(1000, i32::MAX as i64) as crate::su::time::su_duration_t;
        let mut hs = self.handles.borrow_mut();
        let Some(sub) = hs.get_mut(&id).and_then(|h| h.sub.as_mut()) else { return };
        if sub.timer.is_none() {
            // SAFETY: the agent's live root (this thread).
            sub.timer = unsafe { Timer::new(agent.root()) };
        }
        if let Some(t) = &sub.timer {
            t.reset();
            t.set(ms, move || {
                if let Some(st) = me.upgrade() {
                    st.send_subscribe(&rnh, false);
                }
            });
        }
    }

    fn forget_subscription(&self, id: u64) {
        self.forget_subscription_only(id);
        self.shutdown_progress(id);
    }

    fn forget_subscription_only(&self, id: u64) {
        let mut hs = self.handles.borrow_mut();
        if let Some(h) = hs.get_mut(&id) {
            if let Some(s) = h.sub.take() {
                if let Some(t) = &s.timer {
                    t.reset();
                }
            }
            h.sync_events();
            if h.sess.is_none() && h.reg.is_none() && h.notifier.is_none() {
                if let Some(l) = h.leg.take() {
                    l.destroy();
                }
            }
        }
    }

    /// The handle's dialog leg once nothing uses it any more (no call, registration,
    /// subscription, notifier or REFER subscription).
    pub(super) fn drop_unused_leg(&self, id: u64) {
        let leg = {
            let mut hs = self.handles.borrow_mut();
            match hs.get_mut(&id) {
                Some(h) if !h.keeps_dialog() => h.leg.take(),
                _ => None,
            }
        };
        if let Some(l) = leg {
            l.destroy();
        }
    }

    /// A NOTIFY in a dialog of the handle (a subscription, or a REFER of its call).
    pub(super) fn incoming_notify(&self, id: u64, irq: &Incoming, msg: *mut MsgObj, params: &Params) -> i32 {
        let Some(r) = self.handles.borrow().get(&id).map(|h| h.nh.clone()) else { return 481 };
        // SAFETY: the agent's valid request.
        let (event, ss) = unsafe { (first(msg, "event"), first(msg, "subscription_state")) };
        let Some(event) = event else { return 489 };
        let state = ss.as_deref().map_or(substate::ACTIVE, substate_of);
        // The dialog is the subscription's: learn the notifier's tag.
        if let Some(leg) = self.handles.borrow().get(&id).and_then(|h| h.leg.clone()) {
            if leg.rtag().is_none() {
                // SAFETY: as above.
                if let Some(t) = unsafe { crate::nta::view::tag_of(msg, "from") } {
                    leg.set_rtag(&String::from_utf8_lossy(&t));
                }
            }
        }
        let ends = state == substate::TERMINATED
            && self.handles.borrow().get(&id).and_then(|h| h.sub.as_ref().map(|s| s.event.eq_ignore_ascii_case(&event))).unwrap_or(false);
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            if let Some(s) = h.sub.as_mut() {
                s.state = state;
            }
            if ends {
                // The subscription is over before its last NOTIFY is reported (as with
                // Sofia: nua_handle_has_events() already says so in that event).
                h.nh.inner().set_flag(flags::EVENTS, h.notifier.is_some() || !h.refer_subs.is_empty());
            } else if state == substate::TERMINATED {
                // The final NOTIFY of one of our REFERs ("refer" without id: the first one,
                // RFC 3515 §2.4.6).
                match h.refer_subs.iter().position(|e| e.eq_ignore_ascii_case(&event)) {
                    Some(i) => {
                        h.refer_subs.remove(i);
                    }
                    None if event.eq_ignore_ascii_case(b"refer") && !h.refer_subs.is_empty() => {
                        h.refer_subs.remove(0);
                    }
                    None => {}
                }
                h.sync_events();
            }
        }
        if params.appl_method.as_ref().is_some_and(|l| l.iter().any(|m| m == "NOTIFY")) {
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.pending.push(Pending { irq: irq.clone(), msg });
            }
            self.sub_event(r.0, ev::I_NOTIFY, 100, "Trying", msg, state, &event);
        } else {
            self.sub_event(r.0, ev::I_NOTIFY, 200, "OK", msg, state, &event);
            irq.reply(200, Some("OK"), &mut |m| self.ua(m, false));
            irq.destroy();
            if !ends && state == substate::TERMINATED {
                // The last REFER subscription of a dialog made by a REFER is over.
                self.drop_unused_leg(id);
            }
        }
        if ends {
            self.forget_subscription(id);
        }
        0
    }

    // ------------------------------------------------------------------ notifier

    /// A SUBSCRIBE outside any dialog: a new notifier handle (package in NUTAG_ALLOW_EVENTS).
    pub(super) fn incoming_subscribe(&self, irq: &Incoming, msg: *mut MsgObj, params: &Params) -> i32 {
        let Some(agent) = self.agent.borrow().clone() else { return 500 };
        // SAFETY: the agent's valid request.
        let Some(event) = (unsafe { first(msg, "event") }) else { return 489 };
        let package = String::from_utf8_lossy(&event).split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if !params.allow_events.iter().any(|e| e.eq_ignore_ascii_case(&package)) {
            irq.reply(489, Some("Bad Event"), &mut |m| self.ua(m, false));
            irq.destroy();
            return 0;
        }
        let nh = new_incoming_handle(&self.nua, msg);
        if nh.is_null() {
            return 500;
        }
        let r = NhRef(nh);
        let id = r.inner().id;
        // SAFETY: the agent's valid request.
        let (to, from, call_id, rr, contact, expires) = unsafe {
            (
                first(msg, "to"),
                first(msg, "from"),
                first(msg, "call_id"),
                crate::nta::view::values_of(msg, "record_route"),
                first(msg, "contact"),
                expires_of(msg).unwrap_or(3600),
            )
        };
        let spec = LegSpec { from: to, to: from, call_id, ..Default::default() };
        let Ok(leg) = Leg::create(&agent, &spec, Some(self.dialog_cb(id))) else { return 400 };
        leg.set_tag(Some(&irq.tag()));
        leg.set_route(Some(&rr), false, contact.as_deref());
        let mut h = SHandle::new(r.clone());
        h.leg = Some(leg);
        h.notifier = Some(Notifier { event, state: substate::EMBRYONIC, until: Instant::now() + Duration::from_secs(expires as u64), last: None });
        h.sync_events();
        self.handles.borrow_mut().insert(id, h);
        if params.appl_method.as_ref().is_some_and(|l| l.iter().any(|m| m == "SUBSCRIBE")) {
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.pending.push(Pending { irq: irq.clone(), msg });
            }
            self.sub_event_nosip(nh, ev::I_SUBSCRIBE, 100, "Trying", msg, substate::EMBRYONIC);
            return 0;
        }
        // Accepted by the stack: pending until the application notifies.
        self.sub_event_nosip(nh, ev::I_SUBSCRIBE, 202, "Accepted", msg, substate::PENDING);
        let exp = expires;
        irq.reply(202, Some("Accepted"), &mut |m| {
            // SAFETY: the response being built.
            self.add_contact_of(Some(id), m) && self.ua(m, false) && unsafe { crate::nta::view::add(m, "expires", exp.to_string().as_bytes()) }
        });
        irq.destroy();
        0
    }

    /// An event whose only tag is `NUTAG_SUBSTATE(state)` (nua_i_subscribe).
    fn sub_event_nosip(&self, nh: *mut nua_handle_t, event: i32, status: i32, phrase: &str, msg: *mut MsgObj, state: i32) {
        let list = [tagi_t { t_tag: ptr::addr_of!(nutag_substate), t_value: state as isize }, tagi_t { t_tag: ptr::null(), t_value: 0 }];
        self.event(nh, event, status, phrase, msg, list.as_ptr());
    }

    /// A SUBSCRIBE in a notifier's dialog: a refresh, or the end (Expires: 0), answered by
    /// the stack; the end is followed by the final NOTIFY.
    pub(super) fn incoming_resubscribe(&self, id: u64, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        let Some(r) = self.handles.borrow().get(&id).filter(|h| h.notifier.is_some()).map(|h| h.nh.clone()) else { return 481 };
        // SAFETY: the agent's valid request.
        let expires = unsafe { expires_of(msg) }.unwrap_or(3600);
        if expires == 0 {
            self.sub_event_nosip(r.0, ev::I_SUBSCRIBE, 200, "OK", msg, substate::TERMINATED);
            // SAFETY: the response being built.
            irq.reply(200, Some("OK"), &mut |m| self.ua(m, false) && unsafe { crate::nta::view::add(m, "expires", b"0") });
            irq.destroy();
            // SAFETY: an empty tag list.
            let t = [tagi_t { t_tag: ptr::addr_of!(nutag_substate), t_value: substate::TERMINATED as isize }, tagi_t { t_tag: ptr::null(), t_value: 0 }];
            self.notify(&r, t.as_ptr());
            return 0;
        }
        let state = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.notifier.as_mut()).map(|n| {
            n.until = Instant::now() + Duration::from_secs(expires as u64);
            n.state
        });
        self.sub_event_nosip(r.0, ev::I_SUBSCRIBE, 200, "OK", msg, state.unwrap_or(substate::ACTIVE));
        irq.reply(200, Some("OK"), &mut |m| {
            // SAFETY: the response being built.
            self.add_contact_of(Some(id), m) && self.ua(m, false) && unsafe { crate::nta::view::add(m, "expires", expires.to_string().as_bytes()) }
        });
        irq.destroy();
        0
    }

    /// nua_notify(): a NOTIFY for the handle's subscription, or for the event the tags
    /// name (`SIPTAG_EVENT`, e.g. the `refer;id=N` of a REFER received in a call).
    pub(super) fn notify(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        let mut state = None;
        // SAFETY: the signal's own tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_substate) {
                    state = Some(v as i32);
                }
            })
        };
        // SAFETY: as above.
        let given_event = unsafe { tag_text(tags, &siptag_event_str, &siptag_event) };
        // SAFETY: as above.
        let given_ss = unsafe { tag_text(tags, &siptag_subscription_state_str, &siptag_subscription_state) };
        // SAFETY: as above.
        let ct = unsafe { tag_text(tags, &siptag_content_type_str, &siptag_content_type) };
        let mut body = None;
        // SAFETY: as above.
        unsafe {
            each(tags, |tag, v| {
                if v == 0 || v == -1 {
                    return;
                }
                if is(tag, &siptag_payload_str) {
                    body = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
                } else if is(tag, &siptag_payload) {
                    body = Some(crate::msg::hclass::print_value(v as *const c_void, 0).unwrap_or_default());
                }
            })
        };
        let notifier = self.handles.borrow().get(&id).and_then(|h| h.notifier.as_ref().map(|n| (n.event.clone(), n.state, n.until, n.last.clone())));
        let (event, cur, until, last) = match (&notifier, &given_event) {
            (Some((e, s, u, l)), None) => (e.clone(), *s, *u, l.clone()),
            (_, Some(e)) => (e.clone(), notifier.as_ref().map_or(substate::ACTIVE, |n| n.1), notifier.as_ref().map_or(Instant::now(), |n| n.2), None),
            (None, None) => {
                self.event(nh.0, ev::R_NOTIFY, 481, "No event given", ptr::null_mut(), ptr::null());
                return;
            }
        };
        let state = state.unwrap_or(if cur == substate::EMBRYONIC { substate::ACTIVE } else { cur });
        let remaining = until.saturating_duration_since(Instant::now()).as_secs_f64().ceil() as u64;
        let ss = given_ss.unwrap_or_else(|| {
            match state {
                substate::PENDING => format!("pending;expires={remaining}"),
                substate::TERMINATED => "terminated;reason=noresource".to_string(),
                _ => format!("active;expires={remaining}"),
            }
            .into_bytes()
        });
        // The final NOTIFY repeats the latest content when none is given.
        let (ct, body) = match (ct, body) {
            (None, None) => last.map_or((None, None), |(c, b)| (Some(c), Some(b))),
            x => x,
        };
        if let (Some(c), Some(b)) = (&ct, &body) {
            if let Some(n) = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.notifier.as_mut()) {
                n.last = Some((c.clone(), b.clone()));
            }
        }
        if let Some(n) = self.handles.borrow_mut().get_mut(&id).and_then(|h| h.notifier.as_mut()) {
            n.state = state;
        }
        let me = self.me.clone();
        let rnh = nh.clone();
        let ev_text = event.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |o, resp| {
            // SAFETY: the NOTIFY's response (or NULL), valid during the call.
            let status = unsafe { response_status(o, resp) };
            if status >= 200 {
                if let Some(st) = me.upgrade() {
                    // SAFETY: as above.
                    let phrase = unsafe { response_phrase(resp) };
                    st.forget_orq(&rnh, o);
                    // The notifier is gone before the final NOTIFY is reported (as with
                    // Sofia: nua_handle_has_events() is 0 in that event).
                    if state == substate::TERMINATED {
                        let id = rnh.inner().id;
                        let mut hs = st.handles.borrow_mut();
                        if let Some(h) = hs.get_mut(&id) {
                            h.notifier = None;
                            h.sync_events();
                            if h.sess.is_none() && h.sub.is_none() && h.reg.is_none() {
                                if let Some(l) = h.leg.take() {
                                    l.destroy();
                                }
                            }
                        }
                    }
                    st.sub_event(rnh.0, ev::R_NOTIFY, status, &phrase, resp, state, &ev_text);
                }
                o.destroy();
            }
            0
        });
        let mut extra = |msg: *mut MsgObj| -> bool {
            // SAFETY: the request being built.
            unsafe {
                let mut ok = (!crate::nta::view::slot(msg, "event").is_null() || crate::nta::view::add(msg, "event", &event))
                    && (!crate::nta::view::slot(msg, "subscription_state").is_null() || crate::nta::view::add(msg, "subscription_state", &ss))
                    && self.add_contact_of(Some(id), msg);
                if crate::nta::view::slot(msg, "payload").is_null() {
                    if let (Some(c), Some(b)) = (&ct, &body) {
                        let (Ok(c), Ok(b)) = (CString::new(c.clone()), CString::new(b.clone())) else { return false };
                        let t = [
                            tagi_t { t_tag: ptr::addr_of!(siptag_content_type_str), t_value: c.as_ptr() as isize },
                            tagi_t { t_tag: ptr::addr_of!(siptag_payload_str), t_value: b.as_ptr() as isize },
                            tagi_t { t_tag: ptr::null(), t_value: 0 },
                        ];
                        ok = ok && add_tags(msg, t.as_ptr());
                    }
                }
                ok
            }
        };
        // Only the SIP tags other than the ones used above go in as they are.
        let filtered = strip_tags(tags, &[&siptag_event, &siptag_event_str, &siptag_subscription_state, &siptag_subscription_state_str]);
        match self.send(nh, "NOTIFY", filtered.as_ptr(), &mut extra, cb) {
            Some(o) => {
                if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                    h.orqs.push(o);
                }
            }
            None => self.event(nh.0, ev::R_NOTIFY, 900, "Internal error", ptr::null_mut(), ptr::null()),
        }
    }

    // ------------------------------------------------------------------ REFER

    /// nua_refer(): REFER in the handle's dialog; `nua_r_refer` 100 first with the event of
    /// its implicit subscription.
    pub(super) fn refer(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        // Outside a dialog the REFER makes one (its implicit subscription's NOTIFYs come in
        // it): the handle keeps the leg from now on.
        let kept = self.handles.borrow().get(&id).and_then(|h| h.leg.clone());
        let leg = kept.or_else(|| {
            let (l, _) = self.leg_for(nh, tags)?;
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.leg = Some(l.clone());
            }
            Some(l)
        });
        // The id of the implicit subscription is the REFER's CSeq number.
        let next = leg.as_ref().map_or(0, |l| l.seqs().0.wrapping_add(1));
        let event = format!("refer;id={next}").into_bytes();
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.refer_subs.push(event.clone());
            h.sync_events();
        }
        {
            let tmp = TmpHeaders::new();
            let e = tmp.make("event", &event);
            let list = [
                tagi_t { t_tag: ptr::addr_of!(nutag_refer_event), t_value: e as isize },
                tagi_t { t_tag: ptr::addr_of!(siptag_event), t_value: e as isize },
                tagi_t { t_tag: ptr::null(), t_value: 0 },
            ];
            self.event(nh.0, ev::R_REFER, 100, "Trying", ptr::null_mut(), if e.is_null() { ptr::null() } else { list.as_ptr() });
        }
        let me = self.me.clone();
        let rnh = nh.clone();
        let ev_text = event.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |o, resp| {
            // SAFETY: the REFER's response (or NULL), valid during the call.
            let status = unsafe { response_status(o, resp) };
            if status >= 200 {
                if let Some(st) = me.upgrade() {
                    // SAFETY: as above.
                    let phrase = unsafe { response_phrase(resp) };
                    st.forget_orq(&rnh, o);
                    let state = if status < 300 { substate::EMBRYONIC } else { substate::TERMINATED };
                    if status >= 300 {
                        if let Some(h) = st.handles.borrow_mut().get_mut(&rnh.inner().id) {
                            h.refer_subs.retain(|e| *e != ev_text);
                            h.sync_events();
                        }
                        st.drop_unused_leg(rnh.inner().id);
                    } else if let Some(leg) = st.handles.borrow().get(&rnh.inner().id).and_then(|h| h.leg.clone()) {
                        // The REFER's dialog: the notifier's tag and route.
                        // SAFETY: a valid response.
                        let (tag, rr, contact) = unsafe { (crate::nta::view::tag_of(resp, "to"), crate::nta::view::values_of(resp, "record_route"), first(resp, "contact")) };
                        if leg.rtag().is_none() {
                            if let Some(t) = tag {
                                leg.set_rtag(&String::from_utf8_lossy(&t));
                                leg.set_route(Some(&rr), true, contact.as_deref());
                            }
                        }
                    }
                    st.sub_event(rnh.0, ev::R_REFER, status, &phrase, resp, state, &ev_text);
                }
                o.destroy();
            }
            0
        });
        // Without a Referred-By of the application's, our From (display name and URL), as
        // Sofia: the request's or handle's, else the dialog's, else the default one.
        // SAFETY: the signal's copy and the handle's tags (its home).
        let from = unsafe { tag_text(tags, &siptag_from_str, &siptag_from).or_else(|| tag_text(nh.inner().tags, &siptag_from_str, &siptag_from)) };
        let from = from
            .or_else(|| self.handles.borrow().get(&id).and_then(|h| h.leg.as_ref().and_then(|l| l.local_uri())).map(|u| [b"<".as_slice(), &u, b">"].concat()))
            .unwrap_or_else(|| self.default_from(id));
        let from = String::from_utf8_lossy(&from).into_owned();
        let referred_by = match from.find('>') {
            Some(i) => from[..=i].to_string(),
            None => format!("<{}>", from.split(';').next().unwrap_or("").trim()),
        };
        let mut extra = |msg: *mut MsgObj| -> bool {
            // SAFETY: the request being built.
            unsafe {
                if crate::nta::view::slot(msg, "referred_by").is_null() {
                    if !crate::nta::view::add(msg, "referred_by", referred_by.as_bytes()) {
                        return false;
                    }
                }
                self.add_contact_of(Some(id), msg)
            }
        };
        match self.send(nh, "REFER", tags, &mut extra, cb) {
            Some(o) => {
                if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                    h.orqs.push(o);
                }
            }
            None => self.event(nh.0, ev::R_REFER, 900, "Internal error", ptr::null_mut(), ptr::null()),
        }
    }

    /// A REFER in a dialog of the handle: accepted 202 by the stack unless REFER is in
    /// NUTAG_APPL_METHOD; reported with the implicit subscription's event and Referred-By.
    pub(super) fn incoming_refer(&self, id: u64, irq: &Incoming, msg: *mut MsgObj, params: &Params) -> i32 {
        let Some(r) = self.handles.borrow().get(&id).map(|h| h.nh.clone()) else { return 481 };
        // SAFETY: the agent's valid request.
        let (refer_to, cseq, referred_by, from) = unsafe {
            let cs = crate::nta::view::slot(msg, "cseq");
            (
                first(msg, "refer_to"),
                if cs.is_null() { 0 } else { crate::nta::view::i32_at(cs, crate::nta::view::CS_SEQ) as u32 },
                first(msg, "referred_by"),
                crate::nta::view::slot(msg, "from"),
            )
        };
        if refer_to.is_none() {
            return 400;
        }
        let event = format!("refer;id={cseq}").into_bytes();
        let tmp = TmpHeaders::new();
        let e = tmp.make("event", &event);
        // Referred-By: the request's, else its From address.
        let rb = match referred_by {
            Some(v) => tmp.make("referred_by", &v),
            None => {
                // SAFETY: the request's From (or NULL).
                let url = unsafe { if from.is_null() { None } else { crate::nta::view::url_text((from as *const u8).add(crate::nta::view::A_URL).cast()) } };
                url.map_or(ptr::null_mut(), |u| {
                    let mut v = b"<".to_vec();
                    v.extend_from_slice(&u);
                    v.push(b'>');
                    tmp.make("referred_by", &v)
                })
            }
        };
        let mut list = vec![tagi_t { t_tag: ptr::addr_of!(nutag_substate), t_value: substate::EMBRYONIC as isize }];
        if !e.is_null() {
            list.push(tagi_t { t_tag: ptr::addr_of!(nutag_refer_event), t_value: e as isize });
        }
        if !rb.is_null() {
            list.push(tagi_t { t_tag: ptr::addr_of!(siptag_referred_by), t_value: rb as isize });
        }
        list.push(tagi_t { t_tag: ptr::null(), t_value: 0 });
        // The implicit subscription: nua_notify() on this handle reports to it.
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.notifier = Some(Notifier { event: event.clone(), state: substate::EMBRYONIC, until: Instant::now() + Duration::from_secs(60), last: None });
            h.sync_events();
        }
        if params.appl_method.as_ref().is_some_and(|l| l.iter().any(|m| m == "REFER")) {
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.pending.push(Pending { irq: irq.clone(), msg });
            }
            self.event(r.0, ev::I_REFER, 100, "Trying", msg, list.as_ptr());
            return 0;
        }
        self.event(r.0, ev::I_REFER, 202, "Accepted", msg, list.as_ptr());
        irq.reply(202, Some("Accepted"), &mut |m| self.add_contact_of(Some(id), m) && self.ua(m, false));
        irq.destroy();
        0
    }
}

/// A copy of a tag list without the given tags (the pointers stay the caller's).
pub(super) fn strip_tags(tags: *const tagi_t, drop: &[&crate::tag::types::TagType]) -> Vec<tagi_t> {
    let mut out = Vec::new();
    // SAFETY: a valid list (the signal's copy).
    unsafe {
        each(tags, |tag, v| {
            if !drop.iter().any(|d| is(tag, d)) {
                out.push(tagi_t { t_tag: tag, t_value: v });
            }
        })
    };
    out.push(tagi_t { t_tag: ptr::null(), t_value: 0 });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscription_states() {
        assert_eq!(substate_of(b"active;expires=60"), substate::ACTIVE);
        assert_eq!(substate_of(b"Pending"), substate::PENDING);
        assert_eq!(substate_of(b"terminated;reason=noresource"), substate::TERMINATED);
    }
}
