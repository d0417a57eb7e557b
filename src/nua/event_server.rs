//! The event server of a handle (RFC 6665 notifier kept by the stack): nua_notifier(),
//! nua_authorize(), nua_terminate(), as Sofia's nua does them with its `nea` server.
//!
//! nua_notifier() makes the server on first use: a leg for the SUBSCRIBEs sent to its
//! `NUTAG_URL`, and an event ("presence") with its current content (Content-Type and
//! body); later calls change the content, and every watcher of the event gets a NOTIFY.
//! An incoming SUBSCRIBE makes a watcher with a dialog of its own: it is checked (Expires
//! at least 900 s, a known event, an acceptable content type), then the application is
//! told with `nua_i_subscription` (`NUTAG_SUBSTATE`, `NEATAG_SUB`); the handle's
//! `NUTAG_SUBSTATE` (given to nua_notifier(); active by default) says whether a new
//! watcher is active (200), pending (202, until nua_authorize()) or rejected (403).
//! The first NOTIFY goes before the response to the SUBSCRIBE, as with Sofia.
//! Notifications to one watcher are throttled as Sofia's: no new NOTIFY while one is
//! unanswered, none within 5 s of the last one (an un-SUBSCRIBE's or a final one
//! excepted); the server's timer (every 2.5 s) sends what was held back and ends
//! subscriptions that expired. nua_terminate() (and the end of the handle or of the nua)
//! sends each watcher a final NOTIFY (`terminated;reason=noresource`) and removes the
//! server.
//!
//! Simplifications of Sofia's engine: one content type per event (a later
//! nua_notifier() with another type replaces it), no fake or private views, no queue of
//! intermediate contents (a watcher gets the latest one).

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::time::{SystemTime, UNIX_EPOCH};

use super::subscribe::substate;
use super::*;
use crate::su::timer::Timer;

const THROTTLE: u64 = 5;
const MIN_EXPIRES: u64 = 15 * 60;
const DEFAULT_EXPIRES: u64 = 3600;
const MAX_EXPIRES: u64 = 24 * 60 * 60;
/// The server timer's period: half the minimum throttle, as Sofia's.
const TICK_MS: crate::su::time::su_duration_t = 500 * THROTTLE as crate::su::time::su_duration_t;

/// The phrase of Sofia's internal-error status for a bad nua_authorize() (its source
/// position, as the real library reports it).
const AUTHORIZE_ERROR: &str = if cfg!(feature = "abi-1-12") {
    "Internal error at ../../../libsofia-sip-ua/nua/nua_event_server.c:272"
} else {
    "Internal error at nua_event_server.c:272"
};

/// The server's own text (Sofia's `nea/3.0` plus the transaction layer's version).
const SERVER: &str = "nea/3.0 nta/2.0";

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

pub(super) struct EventServer {
    nh: NhRef,
    leg: Option<Leg>,
    /// The server's Contact (its URL).
    contact: Vec<u8>,
    events: Vec<EsEvent>,
    watchers: Vec<Watcher>,
    timer: Option<Timer>,
    /// Notifications held back by the throttle since the last round.
    throttled: u32,
}

struct EsEvent {
    /// The Event type ("presence", "presence.winfo").
    name: Vec<u8>,
    content_type: Vec<u8>,
    /// What the 406 for an unacceptable SUBSCRIBE offers.
    accept: Vec<u8>,
    payload: Option<Vec<u8>>,
    /// Version of the content (a watcher that saw an older one gets a NOTIFY).
    updated: u32,
}

struct Watcher {
    /// Its address is the `NEATAG_SUB` value the application gets and gives back.
    key: Box<u8>,
    leg: Leg,
    event: usize,
    /// The Event header of the SUBSCRIBE (with its id), repeated in every NOTIFY.
    id_event: Vec<u8>,
    state: i32,
    /// Seconds since the epoch.
    expires: u64,
    notified: u64,
    throttle: u64,
    updated: u32,
    /// The NOTIFY waiting for its response.
    busy: Option<Outgoing>,
    /// The application was told that the watcher left.
    reported: bool,
    rejected: bool,
    /// A SUBSCRIBE of the watcher is being answered.
    processing: bool,
}

impl Watcher {
    fn key(&self) -> usize {
        &*self.key as *const u8 as usize
    }
}

type Es = Rc<RefCell<EventServer>>;

/// The o_type of an Event value (before its parameters).
fn event_type(v: &[u8]) -> Vec<u8> {
    let end = v.iter().position(|&b| b == b';').unwrap_or(v.len());
    v[..end].trim_ascii().to_vec()
}

/// A parameter of an Event value (`id`, `throttle`).
fn event_param(v: &[u8], name: &str) -> Option<Vec<u8>> {
    let text = String::from_utf8_lossy(v).into_owned();
    text.split(';').skip(1).find_map(|p| {
        let (k, val) = p.split_once('=').unwrap_or((p, ""));
        k.trim().eq_ignore_ascii_case(name).then(|| val.trim().as_bytes().to_vec())
    })
}

/// The watcher's content type is acceptable per one Accept value (`type/sub`, `type/*`,
/// `*/*`, each maybe with parameters).
fn accepts(accept: &[u8], content_type: &[u8]) -> bool {
    let a = event_type(accept);
    if a == b"*/*" {
        return true;
    }
    if a.eq_ignore_ascii_case(content_type) {
        return true;
    }
    a.ends_with(b"/*") && content_type.len() >= a.len() - 1 && content_type[..a.len() - 1].eq_ignore_ascii_case(&a[..a.len() - 1])
}

impl Stack {
    fn es_of(&self, id: u64) -> Option<Es> {
        self.handles.borrow().get(&id).and_then(|h| h.es.clone())
    }

    /// nua_notifier(): makes the event server (first call) and sets the content of an event.
    pub(super) fn notifier(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        let (mut url, mut ct_str, mut payload, mut state) = (None, None, None, None);
        // SAFETY: the signal's own tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_substate) {
                    state = Some(v as i32);
                }
                if v == 0 || v == -1 {
                    return;
                }
                if is(tag, &nutag_url) {
                    url = crate::nta::view::url_text(v as *const c_void);
                } else if is(tag, &siptag_content_type_str) {
                    ct_str = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
                } else if is(tag, &siptag_payload_str) {
                    payload = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
                } else if is(tag, &siptag_payload) {
                    payload = crate::msg::hclass::print_value(v as *const c_void, 0);
                }
            })
        };
        // NUTAG_SUBSTATE is a parameter of the handle (what new watchers get).
        if let (Some(s), Some(h)) = (state, self.handles.borrow_mut().get_mut(&id)) {
            h.es_substate = s;
        }
        // SAFETY: as above.
        let (event, accept) = unsafe { (super::subscribe::tag_text(tags, &siptag_event_str, &siptag_event), super::subscribe::tag_text(tags, &siptag_accept_str, &siptag_accept)) };
        let fail = |status: i32, phrase: &str| self.event(nh.0, ev::R_NOTIFIER, status, phrase, ptr::null_mut(), ptr::null());
        let Some(event) = event else { return fail(400, "Missing Event") };
        // As Sofia's nua: only the string form of the Content-Type counts here.
        let Some(ct) = ct_str else { return fail(400, "Missing Content-Type") };
        let es = match self.es_of(id) {
            Some(es) => es,
            None => match url.and_then(|u| self.es_create(nh, &u)) {
                Some(es) => {
                    if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                        h.es = Some(es.clone());
                        h.sync_events();
                    }
                    es
                }
                None => return fail(900, "Internal NUA Error"),
            },
        };
        let name = event_type(&event);
        let index = {
            let mut s = es.borrow_mut();
            let i = match s.events.iter().position(|e| e.name == name) {
                Some(i) => i,
                None => {
                    let accept = accept.unwrap_or_else(|| ct.clone());
                    s.events.push(EsEvent { name, content_type: ct.clone(), accept, payload: None, updated: 0 });
                    s.events.len() - 1
                }
            };
            let e = &mut s.events[i];
            let fresh = e.updated == 0;
            if fresh || e.payload != payload || !e.content_type.eq_ignore_ascii_case(&ct) {
                e.content_type = ct;
                e.payload = payload;
                e.updated += 1;
            }
            i
        };
        self.es_server_notify(&es, Some(index));
        let tmp = super::subscribe::TmpHeaders::new();
        let e = tmp.make("event", &event);
        let list = [
            tagi_t { t_tag: ptr::addr_of!(siptag_event), t_value: e as isize },
            tagi_t { t_tag: ptr::addr_of!(siptag_content_type), t_value: 0 },
            tagi_t { t_tag: ptr::null(), t_value: 0 },
        ];
        self.event(nh.0, ev::R_NOTIFIER, 200, "OK", ptr::null_mut(), list.as_ptr());
    }

    /// A new server listening for SUBSCRIBEs to `url`.
    fn es_create(&self, nh: &NhRef, url: &[u8]) -> Option<Es> {
        let agent = self.agent.borrow().clone()?;
        let es: Es = Rc::new_cyclic(|weak: &Weak<RefCell<EventServer>>| {
            let me = self.me.clone();
            let w = weak.clone();
            let spec = LegSpec { no_dialog: true, method: Some(b"SUBSCRIBE".to_vec()), url: Some(url.to_vec()), ..Default::default() };
            let cb: crate::nta::RequestCb = Box::new(move |_leg, irq, msg| match (me.upgrade(), w.upgrade()) {
                (Some(st), Some(es)) => st.es_subscribe(&es, None, irq, msg),
                _ => 481,
            });
            let leg = Leg::create(&agent, &spec, Some(cb)).ok();
            RefCell::new(EventServer {
                nh: nh.clone(),
                leg,
                contact: [b"<".as_slice(), url, b">"].concat(),
                events: Vec::new(),
                watchers: Vec::new(),
                timer: None,
                throttled: 0,
            })
        });
        if es.borrow().leg.is_none() {
            return None;
        }
        // SAFETY: the agent's live root (this thread).
        es.borrow_mut().timer = unsafe { Timer::new(agent.root()) };
        self.es_arm(&es);
        Some(es)
    }

    fn es_arm(&self, es: &Es) {
        let me = self.me.clone();
        let w = Rc::downgrade(es);
        let s = es.borrow();
        if let Some(t) = &s.timer {
            t.set(TICK_MS, move || {
                if let (Some(st), Some(es)) = (me.upgrade(), w.upgrade()) {
                    st.es_tick(&es);
                }
            });
        }
    }

    /// The server's timer: expired subscriptions end, held-back notifications go.
    fn es_tick(&self, es: &Es) {
        self.es_arm(es);
        let t = now();
        let expired: Vec<usize> = es.borrow().watchers.iter().filter(|w| w.state != substate::TERMINATED && t >= w.expires).map(Watcher::key).collect();
        for k in expired {
            self.es_notify(es, k, Some(t), None);
        }
        if es.borrow().throttled > 0 {
            self.es_server_notify(es, None);
        }
        self.es_flush(es);
    }

    /// Every watcher of an event (or of all) that has not seen its latest content.
    fn es_server_notify(&self, es: &Es, event: Option<usize>) {
        let t = now();
        let keys: Vec<usize> = {
            let mut s = es.borrow_mut();
            s.throttled = 0;
            s.watchers.iter().filter(|w| event.is_none_or(|e| e == w.event) && w.state != substate::TERMINATED).map(Watcher::key).collect()
        };
        for k in keys {
            self.es_notify(es, k, Some(t), None);
        }
    }

    /// Watchers that left, and whose last NOTIFY is done, are forgotten.
    fn es_flush(&self, es: &Es) {
        let gone: Vec<Watcher> = {
            let mut s = es.borrow_mut();
            let (gone, keep) = std::mem::take(&mut s.watchers).into_iter().partition(|w| (w.state == substate::TERMINATED || w.rejected) && w.busy.is_none() && !w.processing);
            s.watchers = keep;
            gone
        };
        for w in gone {
            w.leg.destroy();
        }
    }

    /// A SUBSCRIBE to the server (`key` None) or in a watcher's dialog.
    fn es_subscribe(&self, es: &Es, key: Option<usize>, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        let Some(agent) = self.agent.borrow().clone() else { return 500 };
        let t = now();
        let allow_events = {
            let s = es.borrow();
            s.events.iter().map(|e| String::from_utf8_lossy(&e.name).into_owned()).collect::<Vec<_>>().join(", ")
        };
        let reply = |status: i32, phrase: &str, extra: &[(&str, Vec<u8>)]| {
            irq.reply(status, Some(phrase), &mut |m| {
                // SAFETY: the response being built.
                unsafe {
                    extra.iter().all(|(h, v)| crate::nta::view::add(m, h, v))
                        && crate::nta::view::add(m, "server", SERVER.as_bytes())
                        && (allow_events.is_empty() || crate::nta::view::add(m, "allow_events", allow_events.as_bytes()))
                        && crate::nta::view::add(m, "allow", b"SUBSCRIBE")
                }
            });
            irq.destroy();
            0
        };
        // SAFETY: the agent's valid request.
        let (payload, ct, expires, event, accepts_given) = unsafe {
            (
                !crate::nta::view::slot(msg, "payload").is_null(),
                !crate::nta::view::slot(msg, "content_type").is_null(),
                super::subscribe::expires_of(msg),
                super::subscribe::first(msg, "event"),
                crate::nta::view::values_of(msg, "accept"),
            )
        };
        if payload && !ct {
            return reply(400, "Missing Content-Type", &[]);
        }
        if let Some(e) = expires.filter(|&e| e > 0 && (e as u64) < MIN_EXPIRES) {
            let _ = e;
            return reply(423, "Subscription Interval Too Small", &[("min_expires", MIN_EXPIRES.to_string().into_bytes())]);
        }
        let event = event.unwrap_or_default();
        let name = event_type(&event);
        if let Some(k) = key {
            let same = es.borrow().watchers.iter().find(|w| w.key() == k).is_some_and(|w| event_type(&w.id_event) == name && event_param(&w.id_event, "id") == event_param(&event, "id"));
            if !same {
                irq.reply(501, Some("Multiple subscriptions not implemented"), &mut |m| {
                    // SAFETY: the response being built.
                    unsafe { crate::nta::view::add(m, "server", SERVER.as_bytes()) }
                });
                irq.destroy();
                return 0;
            }
        }
        let found = es.borrow().events.iter().position(|e| !name.is_empty() && e.name == name);
        let Some(index) = found else { return reply(489, "Bad Event", &[]) };
        let (content_type, accept) = {
            let s = es.borrow();
            (s.events[index].content_type.clone(), s.events[index].accept.clone())
        };
        let acceptable = if accepts_given.is_empty() {
            true
        } else {
            accepts_given.iter().flat_map(|v| v.split(|&b| b == b',').map(|p| p.trim_ascii().to_vec()).collect::<Vec<_>>()).any(|a| accepts(&a, &content_type))
        };
        if !acceptable {
            return reply(406, "Not Acceptable", &[("accept", accept)]);
        }
        let throttle = event_param(&event, "throttle").and_then(|v| String::from_utf8_lossy(&v).parse::<u64>().ok()).map_or(THROTTLE, |v| v.max(THROTTLE));
        let delta = expires.map_or(DEFAULT_EXPIRES, |e| e as u64).min(MAX_EXPIRES);
        let k = match key {
            Some(k) => k,
            None => {
                // SAFETY: the agent's valid request.
                let (to, from, call_id, rr, contact) = unsafe {
                    (
                        super::subscribe::first(msg, "to"),
                        super::subscribe::first(msg, "from"),
                        super::subscribe::first(msg, "call_id"),
                        crate::nta::view::values_of(msg, "record_route"),
                        super::subscribe::first(msg, "contact"),
                    )
                };
                let spec = LegSpec { from: to, to: from, call_id, ..Default::default() };
                let me = self.me.clone();
                let w = Rc::downgrade(es);
                let key_box = Box::new(0u8);
                let k = &*key_box as *const u8 as usize;
                let cb: crate::nta::RequestCb = Box::new(move |_leg, irq, msg| match (me.upgrade(), w.upgrade()) {
                    (Some(st), Some(es)) => st.es_in_dialog(&es, k, irq, msg),
                    _ => 481,
                });
                let Ok(leg) = Leg::create(&agent, &spec, Some(cb)) else { return 500 };
                leg.set_tag(Some(&irq.tag()));
                leg.set_route(Some(&rr), false, contact.as_deref());
                es.borrow_mut().watchers.push(Watcher {
                    key: key_box,
                    leg,
                    event: index,
                    id_event: event.clone(),
                    state: substate::EMBRYONIC,
                    expires: 0,
                    notified: 0,
                    throttle,
                    updated: 0,
                    busy: None,
                    reported: false,
                    rejected: false,
                    processing: false,
                });
                k
            }
        };
        {
            let mut s = es.borrow_mut();
            let updated = s.events[index].updated;
            let Some(w) = s.watchers.iter_mut().find(|w| w.key() == k) else { return 481 };
            w.throttle = throttle;
            w.expires = t + delta;
            w.event = index;
            // A NOTIFY answers every SUBSCRIBE.
            w.updated = updated.wrapping_sub(1);
            w.processing = true;
        }
        self.es_watcher_event(es, k, msg);
        if self.es_watcher(es, k, |w| w.state) == Some(substate::EMBRYONIC) {
            self.es_auth(es, k, substate::PENDING, None);
        }
        let (changed, rejected) = {
            let s = es.borrow();
            match s.watchers.iter().find(|w| w.key() == k) {
                Some(w) => (w.updated != s.events[w.event].updated, w.rejected),
                None => (false, true),
            }
        };
        if changed && !rejected {
            self.es_notify(es, k, Some(t), None);
        }
        let state = self.es_watcher(es, k, |w| w.state);
        let contact = es.borrow().contact.clone();
        let exp = ("expires", delta.to_string().into_bytes());
        if rejected {
            irq.reply(403, Some("Forbidden"), &mut |m| {
                // SAFETY: the response being built.
                unsafe { crate::nta::view::add(m, "server", SERVER.as_bytes()) }
            });
            irq.destroy();
        } else if state == Some(substate::ACTIVE) {
            reply(200, "OK", &[exp, ("contact", contact)]);
        } else {
            reply(202, "Accepted", &[exp, ("contact", contact)]);
        }
        if let Some(w) = es.borrow_mut().watchers.iter_mut().find(|w| w.key() == k) {
            w.processing = false;
        }
        self.es_flush(es);
        0
    }

    /// A request in a watcher's dialog: SUBSCRIBE only.
    fn es_in_dialog(&self, es: &Es, key: usize, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        // SAFETY: the agent's valid request.
        let method = unsafe { crate::nta::method_of(msg) };
        if method.as_deref() == Some(b"SUBSCRIBE".as_slice()) {
            return self.es_subscribe(es, Some(key), irq, msg);
        }
        irq.reply(405, Some("Method Not Allowed"), &mut |m| {
            // SAFETY: the response being built.
            unsafe { crate::nta::view::add(m, "allow", b"SUBSCRIBE") }
        });
        irq.destroy();
        0
    }

    fn es_watcher<R>(&self, es: &Es, key: usize, f: impl FnOnce(&mut Watcher) -> R) -> Option<R> {
        es.borrow_mut().watchers.iter_mut().find(|w| w.key() == key).map(f)
    }

    /// Tells the application about a watcher (`nua_i_subscription`): a new one is
    /// authorized as the handle's NUTAG_SUBSTATE says; one that left is reported once.
    fn es_watcher_event(&self, es: &Es, key: usize, msg: *mut MsgObj) {
        let t = now();
        let Some((reported, state, left)) = self.es_watcher(es, key, |w| {
            let left = w.expires <= t || w.state == substate::TERMINATED;
            let r = w.reported;
            if left {
                w.reported = true;
            }
            (r, w.state, left)
        }) else {
            return;
        };
        if reported {
            return;
        }
        let nh = es.borrow().nh.clone();
        let (mut status, mut phrase, mut sub_state) = (200, "OK", state);
        if state == substate::EMBRYONIC {
            let id = nh.inner().id;
            sub_state = self.handles.borrow().get(&id).map_or(substate::ACTIVE, |h| h.es_substate);
            if sub_state == substate::EMBRYONIC {
                sub_state = substate::PENDING;
            }
            let reason = match sub_state {
                substate::TERMINATED => {
                    (status, phrase) = (403, "Forbidden");
                    Some("rejected".to_string())
                }
                substate::PENDING => {
                    (status, phrase) = (202, "Accepted");
                    None
                }
                _ => None,
            };
            self.es_auth(es, key, sub_state, reason);
        } else if left {
            sub_state = substate::TERMINATED;
        }
        let list = [
            tagi_t { t_tag: ptr::addr_of!(nutag_substate), t_value: sub_state as isize },
            tagi_t { t_tag: ptr::addr_of!(neatag_sub), t_value: key as isize },
            tagi_t { t_tag: ptr::null(), t_value: 0 },
        ];
        self.event(nh.0, ev::I_SUBSCRIPTION, status, phrase, msg, list.as_ptr());
    }

    /// A new state for a watcher (never back, never embryonic); notified unless a new
    /// watcher is being rejected (its SUBSCRIBE gets 403).
    fn es_auth(&self, es: &Es, key: usize, state: i32, reason: Option<String>) -> i32 {
        if state == substate::EMBRYONIC {
            return -1;
        }
        let rejected = reason.as_deref().is_some_and(|r| r.eq_ignore_ascii_case("rejected"));
        let Some(go) = self.es_watcher(es, key, |w| {
            if state < w.state {
                return None;
            }
            let embryonic = w.state == substate::EMBRYONIC;
            w.state = state;
            if state == substate::TERMINATED && embryonic && rejected && w.processing {
                w.rejected = true;
                return Some(false);
            }
            Some(true)
        }) else {
            return -1;
        };
        match go {
            None => -1,
            Some(false) => 0,
            Some(true) => self.es_notify(es, key, None, reason) as i32,
        }
    }

    /// A NOTIFY to a watcher with its state (and the content, when it has not seen the
    /// latest). `at`: a round of notifications at that time (nothing when the watcher is
    /// up to date); None: a change of state. Held back while a NOTIFY is unanswered or
    /// within the throttle interval (not a final one). True when sent.
    fn es_notify(&self, es: &Es, key: usize, at: Option<u64>, reason: Option<String>) -> bool {
        let Some(agent) = self.agent.borrow().clone() else { return false };
        let prepared = {
            let mut s = es.borrow_mut();
            let contact = s.contact.clone();
            let events_updated: Vec<u32> = s.events.iter().map(|e| e.updated).collect();
            let Some(wi) = s.watchers.iter().position(|w| w.key() == key) else { return false };
            let w = &mut s.watchers[wi];
            if w.busy.is_some() && w.state != substate::TERMINATED {
                return false;
            }
            if let Some(o) = w.busy.take() {
                o.destroy();
            }
            let updated = events_updated[w.event];
            if at.is_some() && updated == w.updated {
                return false;
            }
            let t = at.unwrap_or_else(now);
            if w.notified + w.throttle > t && w.state != substate::TERMINATED && w.expires > t {
                s.throttled += 1;
                return false;
            }
            let mut state = w.state;
            let mut ss = Vec::new();
            let param = if state == substate::TERMINATED {
                reason.map(|r| format!("reason={r}"))
            } else if w.expires <= t {
                state = substate::TERMINATED;
                Some("reason=timeout".to_string())
            } else {
                Some(format!("expires={}", w.expires - t))
            };
            ss.extend_from_slice(match state {
                substate::PENDING => b"pending".as_slice(),
                substate::ACTIVE => b"active",
                substate::TERMINATED => b"terminated",
                _ => return false,
            });
            if let Some(p) = param {
                ss.push(b';');
                ss.extend_from_slice(p.as_bytes());
            }
            let e = &s.events[s.watchers[wi].event];
            let content = (updated != s.watchers[wi].updated).then(|| (e.content_type.clone(), e.payload.clone()));
            let w = &s.watchers[wi];
            (w.leg.clone(), w.id_event.clone(), ss, content, contact, state, t, updated)
        };
        let (leg, id_event, ss, content, contact, state, t, updated) = prepared;
        let msg = crate::nta::view::new_msg(agent.params().sipflags as c_int);
        if msg.is_null() {
            return false;
        }
        let cb: Option<crate::nta::ResponseCb> = (state != substate::TERMINATED).then(|| {
            let me = self.me.clone();
            let w = Rc::downgrade(es);
            let cb: crate::nta::ResponseCb = Box::new(move |o, resp| {
                // SAFETY: the NOTIFY's response (or NULL), valid during the call.
                let status = unsafe { response_status(o, resp) };
                if let (Some(st), Some(es)) = (me.upgrade(), w.upgrade()) {
                    st.es_response(&es, key, status);
                }
                0
            });
            cb
        });
        // SAFETY: our new message.
        let sent = unsafe {
            let mut ok = crate::nta::view::add(msg, "subscription_state", &ss)
                && crate::nta::view::add(msg, "user_agent", SERVER.as_bytes())
                && crate::nta::view::add(msg, "contact", &contact)
                && crate::nta::view::add(msg, "event", &id_event);
            if let Some((ct, body)) = &content {
                ok = ok && crate::nta::view::add(msg, "content_type", ct);
                if let Some(b) = body {
                    let Ok(c) = CString::new(b.clone()) else { return false };
                    let list = [tagi_t { t_tag: ptr::addr_of!(siptag_payload_str), t_value: c.as_ptr() as isize }, tagi_t { t_tag: ptr::null(), t_value: 0 }];
                    ok = ok && add_tags(msg, list.as_ptr());
                }
            }
            let code = crate::sip::method::method_code(b"NOTIFY").0;
            let ok = ok && agent.request_complete(msg, Some(&leg), code, Some(b"NOTIFY"), ptr::null()) >= 0;
            let o = if ok { agent.outgoing(msg, leg.next_hop(), cb) } else { None };
            if o.is_none() && !ok {
                msg_destroy(msg);
            }
            ok.then_some(o)
        };
        let Some(orq) = sent else { return false };
        self.es_watcher(es, key, |w| {
            w.notified = t;
            w.state = state;
            w.updated = updated;
            if state != substate::TERMINATED {
                w.busy = orq;
            } else if let Some(o) = orq {
                // The final NOTIFY runs on without us.
                o.destroy();
            }
        });
        if state == substate::TERMINATED {
            self.es_watcher_event(es, key, ptr::null_mut());
        }
        true
    }

    /// The response to a NOTIFY: the watcher may get the content that came meanwhile; a
    /// failure (or the end) is reported.
    fn es_response(&self, es: &Es, key: usize, status: i32) {
        if status < 200 {
            return;
        }
        let t = now();
        let Some((stale, due, state)) = ({
            let mut s = es.borrow_mut();
            let upd: Vec<u32> = s.events.iter().map(|e| e.updated).collect();
            s.watchers.iter_mut().find(|w| w.key() == key).map(|w| {
                if let Some(o) = w.busy.take() {
                    o.destroy();
                }
                (upd[w.event] != w.updated, w.notified + w.throttle <= t, w.state)
            })
        }) else {
            return;
        };
        if status < 300 && stale {
            if due {
                self.es_notify(es, key, Some(t), None);
            } else {
                es.borrow_mut().throttled += 1;
            }
        }
        if state == substate::TERMINATED || status >= 300 {
            self.es_watcher_event(es, key, ptr::null_mut());
        }
        self.es_flush(es);
    }

    /// nua_authorize(): `NEATAG_SUB` gets the state of `NUTAG_SUBSTATE` (pending, active,
    /// terminated with `NEATAG_REASON`).
    pub(super) fn authorize_watcher(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let (mut sub, mut state, mut reason) = (0usize, -1i32, None);
        // SAFETY: the signal's own tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &neatag_sub) {
                    sub = v as usize;
                } else if is(tag, &nutag_substate) {
                    state = v as i32;
                } else if is(tag, &neatag_reason) && v != 0 && v != -1 {
                    reason = Some(CStr::from_ptr(v as *const c_char).to_string_lossy().into_owned());
                }
            })
        };
        if sub == 0 || state <= 0 {
            self.event(nh.0, ev::R_AUTHORIZE, 900, AUTHORIZE_ERROR, ptr::null_mut(), ptr::null());
            return;
        }
        if let Some(es) = self.es_of(nh.inner().id) {
            self.es_auth(&es, sub, state, reason);
            self.es_flush(&es);
        }
        self.event(nh.0, ev::R_AUTHORIZE, 200, "OK", ptr::null_mut(), ptr::null());
    }

    /// nua_terminate(): the event server ends (a last content may come with it).
    pub(super) fn terminate(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        let Some(es) = self.es_of(id) else {
            self.event(nh.0, ev::R_TERMINATE, 900, "No event server to terminate", ptr::null_mut(), ptr::null());
            return;
        };
        // SAFETY: the signal's own tag copy.
        let (event, ct, body) = unsafe {
            (
                super::subscribe::tag_text(tags, &siptag_event_str, &siptag_event),
                super::subscribe::tag_text(tags, &siptag_content_type_str, &siptag_content_type),
                super::subscribe::tag_text(tags, &siptag_payload_str, &siptag_payload),
            )
        };
        if let (Some(event), Some(ct), Some(body)) = (event, ct, body) {
            let name = event_type(&event);
            let mut s = es.borrow_mut();
            if let Some(e) = s.events.iter_mut().find(|e| e.name == name) {
                if e.payload.as_deref() != Some(&body[..]) || !e.content_type.eq_ignore_ascii_case(&ct) {
                    e.content_type = ct;
                    e.payload = Some(body);
                    e.updated += 1;
                }
            }
        }
        self.es_close(id, &es);
        self.event(nh.0, ev::R_TERMINATE, 200, "OK", ptr::null_mut(), ptr::null());
    }

    /// Every watcher gets its final NOTIFY (`reason=noresource`); the server goes. True
    /// when it had watchers.
    pub(super) fn es_close(&self, id: u64, es: &Es) -> bool {
        let keys: Vec<usize> = es.borrow().watchers.iter().filter(|w| w.state != substate::TERMINATED).map(Watcher::key).collect();
        let had = !es.borrow().watchers.is_empty();
        for k in keys.iter().copied() {
            self.es_auth(es, k, substate::TERMINATED, Some("noresource".to_string()));
        }
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.es = None;
            h.sync_events();
        }
        let mut s = es.borrow_mut();
        if let Some(t) = s.timer.take() {
            t.reset();
        }
        for w in std::mem::take(&mut s.watchers) {
            if let Some(o) = w.busy {
                o.destroy();
            }
            w.leg.destroy();
        }
        if let Some(l) = s.leg.take() {
            l.destroy();
        }
        had
    }
}
