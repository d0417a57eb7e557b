//! Calls: the INVITE session of a handle (RFC 3261 §13–15 with RFC 3264 offer/answer).
//!
//! A handle has at most one call. Its state follows `enum nua_callstate` (sofia-abi.md
//! §2.2) and every change is reported as `nua_i_state` with the tags Sofia gives it
//! (§5.4): `NUTAG_CALLSTATE`, the `SOATAG_ACTIVE_*` modes that are not disabled, and the
//! offer/answer flags with the SDP that went with the message. Offer/answer runs in a
//! `soa` session cloned from the stack's master session.

use super::session_timer::{self as st, Due, Prefs, Seen, SessionTimer};
use super::*;
use crate::soa::api::{self as soa, SoaSession};
use crate::su::timer::Timer;

/// `enum nua_callstate`.
pub(super) mod cs {
    pub const INIT: i32 = 0;
    pub const CALLING: i32 = 2;
    pub const PROCEEDING: i32 = 3;
    pub const COMPLETING: i32 = 4;
    pub const RECEIVED: i32 = 5;
    pub const EARLY: i32 = 6;
    pub const COMPLETED: i32 = 7;
    pub const READY: i32 = 8;
    pub const TERMINATING: i32 = 9;
    pub const TERMINATED: i32 = 10;
}

/// What a message of the call carried (reported in `nua_i_state`).
#[derive(Default, Clone, Copy)]
pub(super) struct Oa {
    offer_sent: bool,
    answer_sent: bool,
    offer_recv: bool,
    answer_recv: bool,
}

/// A call.
pub(super) struct Session {
    pub(super) state: i32,
    soa: *mut SoaSession,
    /// Our INVITE while it has no final response.
    uac: Option<Outgoing>,
    /// A CANCEL of it.
    cancel: Option<Outgoing>,
    /// The ACK our 2xx waits for (NUTAG_AUTOACK(0)): its CSeq number and the INVITE's
    /// transaction (which keeps the request alive).
    ack_owed: Option<(u32, Outgoing)>,
    /// The INVITE we answer, until its ACK (or final error response).
    uas: Option<Incoming>,
    /// Status and phrase of our latest response to it.
    uas_status: (i32, String),
    /// Our BYE.
    bye: Option<Outgoing>,
    /// The offer we sent and wait an answer for; the offer we got and owe an answer to.
    offer_out: bool,
    offer_in: bool,
    /// The tags of nua_invite() (for a request sent again after a challenge).
    tags: Option<OwnedTags>,
    /// The INVITE in progress is a re-INVITE of an established call.
    reinvite: bool,
    /// The offer/answer exchange of the INVITE is complete (an answer went or came in a
    /// provisional response already).
    answered: bool,
    /// UAS: the peer supports 100rel; our last RSeq; a reliable provisional response
    /// waiting for its PRACK; the responses waiting for that PRACK (RFC 3262 §3: no new
    /// reliable provisional response, and no 2xx, before it), in order.
    peer_100rel: bool,
    rseq: u32,
    unpracked: bool,
    queued: std::collections::VecDeque<(i32, String, OwnedTags)>,
    /// We made the call (the Call-ID is ours: RFC 3261 §14.1 retry interval).
    caller: bool,
    /// Our UPDATE with an offer waits for its answer.
    update_offer: bool,
    /// Our re-INVITE got 491: the timer that sends it again (RFC 3261 §14.1) and how
    /// often it was sent again.
    glare: Option<Timer>,
    glare_retries: u32,
    /// UAC: the highest RSeq we sent a PRACK for.
    pracked: u32,
    /// Session timer (RFC 4028): the negotiation, the timer of the refresh (or of the BYE
    /// when the peer refreshes), the Reason of that BYE, the requests sent again after 422.
    timer: SessionTimer,
    refresh: Option<Timer>,
    reason: Option<&'static str>,
    timer_restarts: u32,
}

impl Drop for Session {
    fn drop(&mut self) {
        if !self.soa.is_null() {
            // SAFETY: the call's own session, destroyed once.
            unsafe { soa::soa_destroy(self.soa) };
        }
    }
}

impl Session {
    /// An INVITE we have not answered finally yet.
    pub(super) fn uas_pending(&self) -> bool {
        self.uas.as_ref().is_some_and(|i| i.status() < 200)
    }

    fn new(soa: *mut SoaSession) -> Session {
        Session {
            state: cs::INIT,
            soa,
            uac: None,
            cancel: None,
            ack_owed: None,
            uas: None,
            uas_status: (0, String::new()),
            bye: None,
            offer_out: false,
            offer_in: false,
            tags: None,
            reinvite: false,
            answered: false,
            peer_100rel: false,
            rseq: 0,
            unpracked: false,
            queued: std::collections::VecDeque::new(),
            caller: false,
            update_offer: false,
            glare: None,
            glare_retries: 0,
            pracked: 0,
            timer: SessionTimer::default(),
            refresh: None,
            reason: None,
            timer_restarts: 0,
        }
    }
}

/// The body of a message when it is SDP.
///
/// # Safety
/// `msg` NULL or a valid message.
unsafe fn sdp_of(msg: *const MsgObj) -> Option<Vec<u8>> {
    if msg.is_null() {
        return None;
    }
    // SAFETY: contract; the payload header has Sofia's layout (pl_data at 48, pl_len at 56).
    unsafe {
        // The printed value starts with c_type (offset 48: "type/subtype").
        let ct = crate::nta::view::slot(msg, "content_type");
        let is_sdp = !ct.is_null() && crate::nta::view::str_at(ct, 48).is_some_and(|c| c.len() >= 15 && c[..15].eq_ignore_ascii_case(b"application/sdp"));
        let pl = crate::nta::view::slot(msg, "payload");
        if !is_sdp || pl.is_null() {
            return None;
        }
        let data = ptr::read_unaligned((pl as *const u8).add(48) as *const *const u8);
        let len = ptr::read_unaligned((pl as *const u8).add(crate::nta::view::PL_LEN) as *const u32) as usize;
        if data.is_null() || len == 0 {
            return None;
        }
        Some(std::slice::from_raw_parts(data, len).to_vec())
    }
}

/// Adds `Content-Type: application/sdp` and `sdp` as the body, unless the message has a
/// body already (the application's SIPTAG_PAYLOAD).
///
/// # Safety
/// `msg` a valid message being built.
unsafe fn add_sdp(msg: *mut MsgObj, sdp: &[u8]) -> bool {
    // SAFETY: contract.
    unsafe {
        if !crate::nta::view::slot(msg, "payload").is_null() {
            return true;
        }
        let Ok(body) = CString::new(sdp) else { return false };
        let tags = [
            tagi_t { t_tag: ptr::addr_of!(siptag_content_type_str), t_value: c"application/sdp".as_ptr() as isize },
            tagi_t { t_tag: ptr::addr_of!(siptag_content_disposition_str), t_value: c"session".as_ptr() as isize },
            tagi_t { t_tag: ptr::addr_of!(siptag_payload_str), t_value: body.as_ptr() as isize },
            tagi_t { t_tag: ptr::null(), t_value: 0 },
        ];
        add_tags(msg, tags.as_ptr())
    }
}

/// The local description of a session as text.
fn local_sdp(ss: *mut SoaSession) -> Option<Vec<u8>> {
    let mut text: *const c_char = ptr::null();
    // SAFETY: a live session; the text stays in its home while we copy it.
    unsafe {
        if soa::soa_get_local_sdp(ss, ptr::null_mut(), &mut text, ptr::null_mut()) <= 0 || text.is_null() {
            return None;
        }
        Some(CStr::from_ptr(text).to_bytes().to_vec())
    }
}

/// Sets the peer's description; false when it does not parse.
fn set_remote(ss: *mut SoaSession, sdp: &[u8]) -> bool {
    let Ok(c) = CString::new(sdp) else { return false };
    // SAFETY: a live session; our C string.
    unsafe { soa::soa_set_remote_sdp(ss, ptr::null(), c.as_ptr(), sdp.len() as _) >= 0 }
}

/// The ACK of a 2xx carries the credentials of its INVITE (RFC 3261 §22.1).
///
/// # Safety
/// `invite` NULL or a valid request; `ack` the ACK being built.
unsafe fn copy_credentials(invite: *const MsgObj, ack: *mut MsgObj) -> bool {
    if invite.is_null() {
        return true;
    }
    // SAFETY: contract.
    unsafe {
        for sym in ["authorization", "proxy_authorization"] {
            let mut h = crate::nta::view::slot(invite, sym) as *const c_void;
            while !h.is_null() {
                if !crate::nta::view::add_dup(ack, h) {
                    return false;
                }
                h = ptr::read_unaligned((h as *const u8).add(40) as *const *const c_void);
            }
        }
    }
    true
}

/// The RSeq of a reliable provisional response (`Require: 100rel` and `RSeq`).
///
/// # Safety
/// `resp` NULL or a valid response.
unsafe fn reliable_rseq(resp: *const MsgObj) -> Option<u32> {
    if resp.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        if !msg_has_token(resp, "require", c"100rel") {
            return None;
        }
        crate::nta::view::values_of(resp, "rseq").first().and_then(|v| String::from_utf8_lossy(v).trim().parse().ok())
    }
}

/// Whether the token-list headers `sym` (Supported, Require, …) of `msg` have `token`
/// (case-insensitive), read from the parsed items without printing them.
///
/// # Safety
/// `msg` a valid message.
unsafe fn msg_has_token(msg: *const MsgObj, sym: &str, token: &CStr) -> bool {
    // SAFETY: contract; the slot of a list kind holds NULL or its first list header.
    unsafe {
        let k = crate::nta::view::slot(msg, sym);
        !k.is_null() && crate::sip::feature::sip_has_feature(k.cast(), token.as_ptr()) != 0
    }
}

/// Whether a comma list header value has `token`.
fn has_token(v: &[u8], token: &[u8]) -> bool {
    v.split(|&b| b == b',').any(|t| t.trim_ascii().eq_ignore_ascii_case(token))
}

/// The session-timer headers of a message (`request`: it is a request).
///
/// # Safety
/// `msg` a valid message.
unsafe fn seen_of(msg: *const MsgObj, request: bool) -> Seen {
    // SAFETY: contract.
    unsafe {
        let has = |sym: &str| msg_has_token(msg, sym, c"timer");
        let x = crate::nta::view::values_of(msg, "session_expires");
        let expires = x.first().and_then(|v| st::delta_of(v).map(|d| (d, st::refresher_of(v))));
        let min_se = crate::nta::view::values_of(msg, "min_se").first().and_then(|v| st::delta_of(v));
        Seen { supported: has("supported"), require: has("require"), expires, min_se, request }
    }
}

/// Whether the tags put "timer" in the header of `str_tag` / `hdr_tag`.
///
/// # Safety
/// `tags` NULL or a valid list.
unsafe fn tags_have_timer(tags: *const tagi_t, str_tag: &crate::tag::types::TagType, hdr_tag: &crate::tag::types::TagType) -> bool {
    let mut yes = false;
    // SAFETY: contract; header values of SIPTAG_X are valid headers.
    unsafe {
        each(tags, |tag, v| {
            if v == 0 || v == -1 {
                return;
            }
            let text = if is(tag, hdr_tag) {
                crate::msg::hclass::print_value(v as *const c_void, 0)
            } else if is(tag, str_tag) {
                crate::ffi::cstr(v as *const c_char).map(|c| c.to_bytes().to_vec())
            } else {
                None
            };
            yes |= text.is_some_and(|t| has_token(&t, b"timer"));
        })
    };
    yes
}

/// The phrase of `nua_r_invite` 100 when a re-INVITE that got 491 is to be sent again.
const GLARE_PHRASE: &str = "Request Pending, Retrying";

/// The Reason of the BYE a session that was not refreshed ends with (as Sofia's).
const SESSION_TIMEOUT: &str = "SIP;cause=408;text=\"Session timeout\"";

/// The peer's Contact / Record-Route of a message, for the dialog's route set.
///
/// # Safety
/// `msg` a valid message.
unsafe fn routing(msg: *const MsgObj) -> (Vec<Vec<u8>>, Option<Vec<u8>>) {
    // SAFETY: contract.
    unsafe {
        let rr = crate::nta::view::values_of(msg, "record_route");
        let contact = crate::nta::view::values_of(msg, "contact").into_iter().next();
        (rr, contact)
    }
}

impl Stack {
    /// A new offer/answer session for a call (None with NUTAG_MEDIA_ENABLE(0)).
    fn new_soa(&self, id: u64, tags: *const tagi_t) -> *mut SoaSession {
        if !self.params_of(id).media_enable {
            return ptr::null_mut();
        }
        let master = self.soa.get();
        let Some(agent) = self.agent.borrow().clone() else { return ptr::null_mut() };
        if master.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: our master session and the agent's live root.
        let ss = unsafe { soa::soa_clone(master, agent.root(), ptr::null_mut()) };
        if !ss.is_null() {
            // SAFETY: our new session; the handle's tags (its home) and the call's.
            unsafe {
                let htags = self.handles.borrow().get(&id).map(|h| h.nh.inner().tags).unwrap_or(ptr::null());
                // The master's parameters first (soa_clone copies the media ones only).
                soa::soa_set_paramlist(ss, htags);
                soa::soa_set_paramlist(ss, tags);
            }
        }
        ss
    }

    /// Runs `f` on the handle's call.
    fn with_sess<R>(&self, id: u64, f: impl FnOnce(&mut Session) -> R) -> Option<R> {
        let mut hs = self.handles.borrow_mut();
        hs.get_mut(&id).and_then(|h| h.sess.as_mut()).map(f)
    }

    fn sess_soa(&self, id: u64) -> *mut SoaSession {
        self.with_sess(id, |s| s.soa).unwrap_or(ptr::null_mut())
    }

    /// The `SOATAG_ACTIVE_*` tags of a session (modes that are not disabled or rejected).
    fn active_tags(ss: *mut SoaSession, list: &mut Vec<tagi_t>) {
        if ss.is_null() {
            return;
        }
        // SAFETY: a live session.
        let modes = unsafe { [soa::soa_is_audio_active(ss), soa::soa_is_video_active(ss), soa::soa_is_image_active(ss), soa::soa_is_chat_active(ss)] };
        let tags = [ptr::addr_of!(soatag_active_audio), ptr::addr_of!(soatag_active_video), ptr::addr_of!(soatag_active_image), ptr::addr_of!(soatag_active_chat)];
        for (m, t) in modes.into_iter().zip(tags) {
            if m >= 0 {
                list.push(tagi_t { t_tag: t, t_value: m as isize });
            }
        }
    }

    /// An event with the session's active media modes as its tags.
    fn active_event(&self, nh: *mut nua_handle_t, ss: *mut SoaSession, event: i32, status: i32, phrase: &str, msg: *mut MsgObj) {
        let mut list = Vec::new();
        Self::active_tags(ss, &mut list);
        list.push(tagi_t { t_tag: ptr::null(), t_value: 0 });
        self.event(nh, event, status, phrase, msg, list.as_ptr());
    }

    /// `nua_i_state`: the new call state with the offer/answer details (sofia-abi.md §5.4).
    fn state_event(&self, id: u64, status: i32, phrase: &str, state: i32, oa: Oa) {
        let Some((nh, ss)) = ({
            let mut hs = self.handles.borrow_mut();
            hs.get_mut(&id).map(|h| {
                let ss = match h.sess.as_mut() {
                    Some(s) => {
                        s.state = state;
                        s.soa
                    }
                    None => ptr::null_mut(),
                };
                (h.nh.0, ss)
            })
        }) else {
            return;
        };
        // What nua_handle_has_invite / _active_call / _call_on_hold report.
        if let Some(h) = self.handles.borrow().get(&id) {
            let hi = h.nh.inner();
            let up = matches!(state, cs::READY | cs::COMPLETED | cs::COMPLETING | cs::TERMINATING);
            // INVITE: the handle sent an INVITE (set by invite()), until the call ends.
            if state == cs::TERMINATED {
                hi.set_flag(super::flags::INVITE, false);
            }
            hi.set_flag(super::flags::ACTIVE_CALL, up);
            // SAFETY: a live session (or NULL).
            let audio = if ss.is_null() { -1 } else { unsafe { soa::soa_is_audio_active(ss) } };
            hi.set_flag(super::flags::CALL_ON_HOLD, up && (audio == 0 || audio == 1));
        }
        let mut list = Vec::with_capacity(16);
        list.push(tagi_t { t_tag: ptr::addr_of!(nutag_callstate), t_value: state as isize });
        Self::active_tags(ss, &mut list);
        let (mut r_sdp, mut r_str, mut l_sdp, mut l_str): (*const c_void, *const c_char, *const c_void, *const c_char) = (ptr::null(), ptr::null(), ptr::null(), ptr::null());
        if !ss.is_null() {
            // SAFETY: a live session; the descriptions stay in its home while the event
            // copies them.
            unsafe {
                if oa.offer_recv || oa.answer_recv {
                    soa::soa_get_remote_sdp(ss, ptr::addr_of_mut!(r_sdp).cast(), &mut r_str, ptr::null_mut());
                }
                if oa.offer_sent || oa.answer_sent {
                    soa::soa_get_local_sdp(ss, ptr::addr_of_mut!(l_sdp).cast(), &mut l_str, ptr::null_mut());
                }
            }
        }
        let flag = |list: &mut Vec<tagi_t>, on: bool, t: &'static crate::tag::types::TagType| {
            if on {
                list.push(tagi_t { t_tag: t, t_value: 1 });
            }
        };
        // The flags (received, then sent), then the remote and the local description.
        flag(&mut list, oa.offer_recv, &nutag_offer_recv);
        flag(&mut list, oa.answer_recv, &nutag_answer_recv);
        flag(&mut list, oa.offer_sent, &nutag_offer_sent);
        flag(&mut list, oa.answer_sent, &nutag_answer_sent);
        if !r_sdp.is_null() {
            list.push(tagi_t { t_tag: ptr::addr_of!(soatag_remote_sdp), t_value: r_sdp as isize });
            list.push(tagi_t { t_tag: ptr::addr_of!(soatag_remote_sdp_str), t_value: r_str as isize });
        }
        if !l_sdp.is_null() {
            list.push(tagi_t { t_tag: ptr::addr_of!(soatag_local_sdp), t_value: l_sdp as isize });
            list.push(tagi_t { t_tag: ptr::addr_of!(soatag_local_sdp_str), t_value: l_str as isize });
        }
        list.push(tagi_t { t_tag: ptr::null(), t_value: 0 });
        self.event(nh, ev::I_STATE, status, phrase, ptr::null_mut(), list.as_ptr());
    }

    /// The call is over: `nua_i_state` terminated and `nua_i_terminated`, then the
    /// session, its transactions and the dialog go.
    fn terminated(&self, id: u64, status: i32, phrase: &str) {
        self.state_event(id, status, phrase, cs::TERMINATED, Oa::default());
        let nh = self.handles.borrow().get(&id).map(|h| h.nh.0);
        if let Some(nh) = nh {
            self.event(nh, ev::I_TERMINATED, status, phrase, ptr::null_mut(), ptr::null());
        }
        self.forget_call(id);
        self.shutdown_progress(id);
    }

    /// Drops the call of a handle and its dialog.
    fn forget_call(&self, id: u64) {
        let (sess, leg) = {
            let mut hs = self.handles.borrow_mut();
            match hs.get_mut(&id) {
                Some(h) => (h.sess.take(), h.leg.take()),
                None => (None, None),
            }
        };
        if let Some(s) = sess {
            for o in [&s.uac, &s.cancel, &s.bye].into_iter().flatten() {
                o.destroy();
            }
            if let Some(i) = &s.uas {
                if i.status() < 200 {
                    i.reply(480, Some("Temporarily Unavailable"), &mut |_| true);
                }
                i.destroy();
            }
        }
        if let Some(l) = leg {
            l.destroy();
        }
    }

    /// Our Contact.
    pub(super) fn contact(&self) -> Option<Vec<u8>> {
        let p = Rc::clone(&self.params.borrow());
        self.contact_with(&p)
    }

    /// Our Contact with the parameters `p` (a handle's own or the nua's).
    pub(super) fn contact_with(&self, p: &Params) -> Option<Vec<u8>> {
        let uri = self.contact_uri_with(p)?;
        let mut c = Vec::new();
        if let Some(d) = p.m_display.as_deref().filter(|d| !d.is_empty()) {
            c.extend_from_slice(d.as_bytes());
            c.push(b' ');
        }
        c.push(b'<');
        c.extend_from_slice(&uri);
        c.push(b'>');
        Some(c)
    }

    /// The URI of our Contact: `sip:[user@]host:port` of the transport we are bound to,
    /// `;transport=udp` when only UDP is, then NUTAG_M_PARAMS.
    pub(super) fn contact_uri(&self) -> Option<Vec<u8>> {
        let p = Rc::clone(&self.params.borrow());
        self.contact_uri_with(&p)
    }

    fn contact_uri_with(&self, p: &Params) -> Option<Vec<u8>> {
        let agent = self.agent.borrow().clone()?;
        // SAFETY: the agent's contact header (or NULL): its URL.
        let base = unsafe {
            let h = agent.contact();
            if h.is_null() {
                return None;
            }
            crate::nta::view::url_text((h as *const u8).add(crate::nta::view::A_URL).cast())?
        };
        let text = String::from_utf8_lossy(&base).into_owned();
        let (scheme, rest) = text.split_once(':')?;
        let mut u = format!("{scheme}:");
        if let Some(user) = p.m_username.as_deref().filter(|u| !u.is_empty()) {
            u.push_str(user);
            u.push('@');
        }
        u.push_str(rest);
        let udp_only = agent.local_addr(Proto::Udp).is_some() && agent.local_addr(Proto::Tcp).is_none();
        if udp_only && scheme.eq_ignore_ascii_case("sip") && !rest.to_ascii_lowercase().contains(";transport=") {
            u.push_str(";transport=udp");
        }
        if let Some(mp) = p.m_params.as_deref().filter(|m| !m.is_empty()) {
            if !mp.starts_with(';') {
                u.push(';');
            }
            u.push_str(mp);
        }
        Some(u.into_bytes())
    }

    /// Adds our Contact unless the message has one (dialog-creating messages need it).
    pub(super) fn add_contact(&self, msg: *mut MsgObj) -> bool {
        self.add_contact_of(None, msg)
    }

    /// Adds the Contact a message of handle `id` needs, unless it has one: a ready
    /// registration's (src/nua/reg_contact.rs), else ours.
    pub(super) fn add_contact_of(&self, id: Option<u64>, msg: *mut MsgObj) -> bool {
        // SAFETY: the message being built.
        if unsafe { !crate::nta::view::slot(msg, "contact").is_null() } {
            return true;
        }
        if let Some(c) = self.registration_contact(id, msg) {
            // SAFETY: as above.
            return unsafe { crate::nta::view::add(msg, "contact", &c) };
        }
        // Parsed once per parameter change (the params' generation) and copied.
        let gen = self.params_gen.get();
        let mut cache = self.contact_cache.borrow_mut();
        if cache.as_ref().is_none_or(|c| c.0 != gen) {
            *cache = self.contact().map(|c| (gen, super::Parsed::new("contact", &c)));
        }
        match cache.as_ref() {
            Some((_, p)) => p.add_to(msg),
            None => true,
        }
    }

    // ------------------------------------------------------------------ client side

    /// nua_invite().
    pub(super) fn invite(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        let state = self.with_sess(id, |s| s.state).unwrap_or(cs::INIT);
        if state == cs::READY {
            return self.reinvite(nh, tags);
        }
        if state != cs::INIT && state != cs::TERMINATED {
            self.event(nh.0, ev::R_INVITE, 900, "Invite already in progress", ptr::null_mut(), ptr::null());
            return;
        }
        let ss = self.new_soa(id, tags);
        let mut oa = Oa::default();
        let mut offer = None;
        if !ss.is_null() {
            // SAFETY: our new session.
            let has_user = unsafe { soa::soa_get_user_sdp(ss, ptr::null_mut(), ptr::null_mut(), ptr::null_mut()) } > 0;
            // SAFETY: as above.
            if has_user && unsafe { soa::soa_generate_offer(ss, 0, None) } >= 0 {
                offer = local_sdp(ss);
                oa.offer_sent = offer.is_some();
            }
            if offer.is_none() {
                let mut ph: *const c_char = ptr::null();
                // SAFETY: a live session.
                let st = unsafe { soa::soa_error_as_sip_response(ss, &mut ph) };
                // SAFETY: the session's static phrase.
                let ph = unsafe { crate::ffi::cbytes(ph) }.map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
                crate::su_debug!(crate::su::log::nua_log, 5, "nua: no offer (user SDP {}): {} {}\n", has_user, st, ph);
            }
        } else {
            crate::su_debug!(crate::su::log::nua_log, 7, "nua: invite without media\n");
        }
        let mut sess = Session::new(ss);
        sess.caller = true;
        sess.offer_out = oa.offer_sent;
        // SAFETY: the signal's own tag copy.
        sess.tags = Some(unsafe { OwnedTags::copy(tags) });
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.sess = Some(sess);
        }
        nh.inner().set_flag(super::flags::INVITE, true);
        self.timer_preferences(id, tags);
        self.send_invite(nh, tags, offer, oa);
    }

    /// nua_invite() in an established call: a new offer (hold, resume, media change).
    fn reinvite(&self, nh: &NhRef, tags: *const tagi_t) {
        let id = nh.inner().id;
        let Some(ss) = self.with_sess(id, |s| s.soa) else { return };
        let mut oa = Oa::default();
        let mut offer = None;
        if !ss.is_null() {
            // SAFETY: the call's live session; the signal's own tag copy.
            unsafe {
                soa::soa_set_paramlist(ss, tags);
                if soa::soa_generate_offer(ss, 0, None) >= 0 {
                    offer = local_sdp(ss);
                    oa.offer_sent = offer.is_some();
                }
            }
        }
        nh.inner().set_flag(super::flags::INVITE, true);
        self.with_sess(id, |s| {
            if let Some(t) = &s.glare {
                t.reset();
            }
            s.glare_retries = 0;
            s.reinvite = true;
            s.answered = false;
            s.offer_out = oa.offer_sent;
            // SAFETY: the signal's own tag copy.
            s.tags = Some(unsafe { OwnedTags::copy(tags) });
        });
        self.timer_preferences(id, tags);
        self.send_invite(nh, tags, offer, oa);
    }

    /// nua_update(): UPDATE in the call's dialog with a new offer (RFC 3311).
    pub(super) fn update(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        let Some(ss) = self.with_sess(id, |s| s.soa) else {
            self.event(nh.0, ev::R_UPDATE, 900, "No session to UPDATE", ptr::null_mut(), ptr::null());
            return;
        };
        let mut oa = Oa::default();
        let mut offer = None;
        if !ss.is_null() {
            // SAFETY: the call's live session; the signal's own tag copy.
            unsafe {
                soa::soa_set_paramlist(ss, tags);
                if soa::soa_generate_offer(ss, 1, None) >= 0 {
                    offer = local_sdp(ss);
                    oa.offer_sent = offer.is_some();
                }
            }
        }
        self.timer_preferences(id, tags);
        let initial = self.with_sess(id, |s| s.state < cs::READY).unwrap_or(false);
        let me = self.me.clone();
        let rnh = nh.clone();
        let offered = oa.offer_sent;
        let cb: crate::nta::ResponseCb = Box::new(move |o, resp| {
            if let Some(st) = me.upgrade() {
                st.on_update_response(&rnh, o, resp, offered);
            }
            0
        });
        let mut extra = |msg: *mut MsgObj| -> bool {
            // SAFETY: the request being built.
            self.add_contact_of(Some(id), msg) && self.timer_headers(id, msg, initial, None) && offer.as_ref().is_none_or(|o| unsafe { add_sdp(msg, o) })
        };
        match self.send(nh, "UPDATE", tags, &mut extra, cb) {
            Some(o) => {
                if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                    h.orqs.push(o);
                    if let Some(s) = h.sess.as_mut() {
                        s.update_offer = offered;
                    }
                }
                self.state_event(id, 0, "UPDATE sent", cs::CALLING, oa);
            }
            None => self.event(nh.0, ev::R_UPDATE, 900, "Internal error", ptr::null_mut(), ptr::null()),
        }
    }

    fn on_update_response(&self, nh: &NhRef, orq: &Outgoing, resp: *mut MsgObj, offered: bool) {
        // SAFETY: the transaction's response (or NULL), valid during the call.
        let status = unsafe { response_status(orq, resp) };
        if status < 200 {
            return;
        }
        self.forget_orq(nh, orq);
        orq.destroy();
        // SAFETY: as above.
        let phrase = unsafe { response_phrase(resp) };
        let id = nh.inner().id;
        let Some(ss) = self.with_sess(id, |s| {
            s.update_offer = false;
            s.soa
        }) else {
            return;
        };
        let mut oa = Oa::default();
        // SAFETY: a valid response (or NULL).
        let sdp = if resp.is_null() { None } else { unsafe { sdp_of(resp) } };
        if status < 300 && !resp.is_null() {
            // A refresh unless an INVITE is in progress either way.
            if self.with_sess(id, |s| s.timer.supported() && s.uas.is_none() && s.uac.is_none()) == Some(true) {
                self.timer_store(id, resp, false);
                self.timer_arm(nh, false);
            }
        }
        if status < 300 {
            if let (Some(sdp), true, false) = (&sdp, offered, ss.is_null()) {
                // SAFETY: the call's live session.
                if set_remote(ss, sdp) && unsafe { soa::soa_process_answer(ss, None) } >= 0 {
                    oa.answer_recv = true;
                    // SAFETY: as above.
                    unsafe { soa::soa_activate(ss, ptr::null()) };
                }
            }
        } else if !ss.is_null() && offered {
            // SAFETY: the call's live session.
            unsafe { soa::soa_process_reject(ss, None) };
        }
        if sdp.is_some() {
            self.active_event(nh.0, ss, ev::R_UPDATE, status, &phrase, resp);
        } else {
            self.event(nh.0, ev::R_UPDATE, status, &phrase, resp, ptr::null());
        }
        if status < 300 {
            self.state_event(id, status, &phrase, cs::READY, oa);
            self.active_event(nh.0, ss, ev::I_ACTIVE, 200, "Call active", ptr::null_mut());
        } else {
            self.state_event(id, status, &phrase, cs::READY, Oa::default());
        }
    }

    /// An UPDATE in the call: answered 200 by the stack (with the answer to its offer).
    fn incoming_update(&self, id: u64, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        let Some((nh, state, ss, ours_pending, theirs_pending)) = self.handles.borrow().get(&id).and_then(|h| {
            h.sess.as_ref().map(|s| {
                let ours = (s.uac.is_some() && s.offer_out && !s.answered) || s.update_offer;
                let theirs = s.uas_pending() && s.offer_in && !s.answered;
                (h.nh.0, s.state, s.soa, ours, theirs)
            })
        }) else {
            return 481;
        };
        // SAFETY: the agent's valid request.
        if unsafe { sdp_of(msg) }.is_some() && !ss.is_null() {
            // RFC 3311 §5.2: an offer while ours waits for its answer is glare (491); one
            // while we owe an answer is refused with 500 and Retry-After (0–10 s).
            if ours_pending {
                return 491;
            }
            if theirs_pending {
                return self.overlapping(irq, "Overlapping Offer/Answer");
            }
        }
        // SAFETY: the agent's valid request.
        if unsafe { !crate::nta::view::values_of(msg, "session_expires").is_empty() } {
            self.timer_store(id, msg, true);
        }
        let mut oa = Oa::default();
        let mut body = None;
        // SAFETY: the agent's valid request.
        if let (Some(sdp), false) = (unsafe { sdp_of(msg) }, ss.is_null()) {
            if !set_remote(ss, &sdp) {
                return 400;
            }
            oa.offer_recv = true;
            // SAFETY: the call's live session.
            unsafe {
                if soa::soa_generate_answer(ss, None) < 0 {
                    return 488;
                }
                body = local_sdp(ss);
                oa.answer_sent = body.is_some();
                soa::soa_activate(ss, ptr::null());
            }
        }
        self.event(nh, ev::I_UPDATE, 200, "OK", msg, ptr::null());
        if oa.offer_recv {
            self.state_event(id, 200, "OK", state, oa);
            self.active_event(nh, ss, ev::I_ACTIVE, 200, "Call active", ptr::null_mut());
        }
        self.timer_preferences(id, ptr::null());
        let mut deco = |resp: *mut MsgObj| -> bool {
            // SAFETY: the response being built.
            self.add_contact_of(Some(id), resp) && self.timer_headers(id, resp, false, Some(200)) && self.ua(resp, false) && body.as_ref().is_none_or(|b| unsafe { add_sdp(resp, b) })
        };
        irq.reply(200, Some("OK"), &mut deco);
        irq.destroy();
        if self.with_sess(id, |s| s.timer.supported() && s.uas.is_none() && s.uac.is_none()) == Some(true) {
            let r = self.handles.borrow().get(&id).map(|h| h.nh.clone());
            if let Some(r) = r {
                self.timer_arm(&r, true);
            }
        }
        0
    }

    /// The INVITE again, after nua_authenticate() or with credentials already known.
    pub(super) fn reinvite_after_challenge(&self, nh: &NhRef, tags: OwnedTags) {
        let id = nh.inner().id;
        let Some(ss) = self.with_sess(id, |s| s.soa) else { return };
        let offer = if ss.is_null() { None } else { local_sdp(ss) };
        let oa = Oa { offer_sent: offer.is_some(), ..Oa::default() };
        self.with_sess(id, |s| s.tags = None);
        let t = tags.ptr();
        self.send_invite(nh, t, offer, oa);
        self.with_sess(id, |s| s.tags = Some(tags));
    }

    fn send_invite(&self, nh: &NhRef, tags: *const tagi_t, offer: Option<Vec<u8>>, oa: Oa) {
        self.send_invite_as(nh, tags, offer, oa, 0, "INVITE sent");
    }

    /// Sends the INVITE; `nua_i_state` calling with `status` / `phrase`.
    fn send_invite_as(&self, nh: &NhRef, tags: *const tagi_t, offer: Option<Vec<u8>>, oa: Oa, status: i32, phrase: &str) {
        let id = nh.inner().id;
        // An INVITE stops the refresh timer (the response to it sets it again).
        self.timer_stop(id);
        let initial = self.with_sess(id, |s| s.state == cs::INIT).unwrap_or(true);
        let me = self.me.clone();
        let rnh = nh.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |orq, resp| {
            if let Some(st) = me.upgrade() {
                st.on_invite_response(&rnh, orq, resp);
            }
            0
        });
        let mut extra = |msg: *mut MsgObj| -> bool {
            // SAFETY: the request being built.
            self.add_contact_of(Some(id), msg) && self.timer_headers(id, msg, initial, None) && offer.as_ref().is_none_or(|o| unsafe { add_sdp(msg, o) })
        };
        match self.send(nh, "INVITE", tags, &mut extra, cb) {
            Some(o) => {
                self.with_sess(id, |s| s.uac = Some(o));
                self.state_event(id, status, phrase, cs::CALLING, oa);
            }
            None => {
                self.event(nh.0, ev::R_INVITE, 900, "Internal error", ptr::null_mut(), ptr::null());
                self.forget_call(id);
            }
        }
    }

    fn on_invite_response(&self, nh: &NhRef, orq: &Outgoing, resp: *mut MsgObj) {
        let id = nh.inner().id;
        // SAFETY: the transaction's response (or NULL), valid during the call.
        let status = unsafe { response_status(orq, resp) };
        if status < 101 {
            return;
        }
        // SAFETY: as above.
        let phrase = unsafe { response_phrase(resp) };
        let Some((ss, offer_out)) = self.with_sess(id, |s| (s.soa, s.offer_out)) else { return };
        let leg = self.handles.borrow().get(&id).and_then(|h| h.leg.clone());
        if status < 300 && !resp.is_null() {
            if let Some(leg) = &leg {
                // SAFETY: a valid response.
                let (tag, (rr, contact)) = unsafe { (crate::nta::view::tag_of(resp, "to"), routing(resp)) };
                if let Some(t) = tag {
                    if leg.rtag().is_none() {
                        leg.set_rtag(&String::from_utf8_lossy(&t));
                    }
                }
                leg.set_route(Some(&rr), true, contact.as_deref());
            }
        }
        if status < 200 {
            // An answer in a provisional response (early media).
            let mut oa = Oa::default();
            let answered = self.with_sess(id, |s| s.answered).unwrap_or(true);
            // SAFETY: a valid response.
            let sdp = if resp.is_null() { None } else { unsafe { sdp_of(resp) } };
            if let (Some(sdp), true, false, false) = (&sdp, offer_out, answered, ss.is_null()) {
                // SAFETY: the call's live session.
                if set_remote(ss, sdp) && unsafe { soa::soa_process_answer(ss, None) } >= 0 {
                    // SAFETY: as above.
                    unsafe { soa::soa_activate(ss, ptr::null()) };
                    oa.answer_recv = true;
                    self.with_sess(id, |s| s.answered = true);
                }
            }
            if sdp.is_some() {
                self.active_event(nh.0, ss, ev::R_INVITE, status, &phrase, resp);
            } else {
                self.event(nh.0, ev::R_INVITE, status, &phrase, resp, ptr::null());
            }
            self.state_event(id, status, &phrase, cs::PROCEEDING, oa);
            // SAFETY: a valid response (or NULL).
            if let Some(rseq) = unsafe { reliable_rseq(resp) } {
                // With PRACK in NUTAG_APPL_METHOD the application sends it (nua_prack).
                let appl = self.params_of(id).appl_method.as_ref().is_some_and(|l| l.iter().any(|m| m == "PRACK"));
                if !appl {
                    self.send_prack(nh, rseq, orq.cseq());
                }
            }
            return;
        }
        self.with_sess(id, |s| s.uac = None);
        orq.destroy();
        if (status == 401 || status == 407) && !resp.is_null() {
            let tags = self.with_sess(id, |s| s.tags.take()).flatten();
            if let Some(tags) = tags {
                if !self.challenged(nh, resp, super::register::Restart::Invite { tags }) {
                    // The call waits for nua_authenticate() in its state.
                    self.event(nh.0, ev::R_INVITE, status, &phrase, resp, ptr::null());
                }
                return;
            }
        }
        if status == 422 && !resp.is_null() {
            // RFC 4028 §7.4: ask again with the peer's Min-SE (as often as NUTAG_RETRY_COUNT).
            // SAFETY: a valid response.
            let min_se = unsafe { seen_of(resp, false) }.min_se;
            let again = self.with_sess(id, |s| {
                let again = s.timer.supported() && s.timer_restarts < 3;
                if again {
                    s.timer_restarts += 1;
                    s.timer.raise_min_se(min_se);
                }
                again
            });
            if again == Some(true) {
                const PHRASE: &str = "Re-Negotiating Session Timer";
                let tags = self.with_sess(id, |s| s.tags.take()).flatten();
                self.event(nh.0, ev::R_INVITE, 100, PHRASE, resp, ptr::null());
                let offer = if ss.is_null() { None } else { local_sdp(ss) };
                let oa = Oa { offer_sent: offer.is_some(), ..Oa::default() };
                self.send_invite_as(nh, tags.as_ref().map_or(ptr::null(), |t| t.ptr()), offer, oa, 100, PHRASE);
                self.with_sess(id, |s| s.tags = tags);
                return;
            }
        }
        let reinvite_now = self.with_sess(id, |s| s.reinvite).unwrap_or(false);
        if (300..400).contains(&status) && !reinvite_now {
            if let Some(target) = self.redirect_target(nh, resp) {
                // Follow the redirect (NUTAG_AUTO302): the same offer to the new target.
                let tags = self.with_sess(id, |s| s.tags.take()).flatten();
                self.event(nh.0, ev::R_INVITE, 100, "Redirected", resp, ptr::null());
                let offer = if ss.is_null() { None } else { local_sdp(ss) };
                let oa = Oa { offer_sent: offer.is_some(), ..Oa::default() };
                let list = [
                    tagi_t { t_tag: ptr::addr_of!(nutag_url), t_value: target.as_ptr() as isize },
                    tagi_t { t_tag: ptr::addr_of!(tag_next), t_value: tags.as_ref().map_or(ptr::null(), |t| t.ptr()) as isize },
                ];
                self.send_invite_as(nh, list.as_ptr(), offer, oa, 100, "Redirected");
                self.with_sess(id, |s| s.tags = tags);
                return;
            }
        }
        if (200..300).contains(&status) || status >= 300 {
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.redirects = 0;
            }
        }
        if status == 491 && reinvite_now && self.glare_retry(nh, ss, resp, &phrase) {
            return;
        }
        if status >= 300 {
            self.event(nh.0, ev::R_INVITE, status, &phrase, resp, ptr::null());
            let reinvite = self.with_sess(id, |s| std::mem::take(&mut s.reinvite)).unwrap_or(false);
            if reinvite && status != 481 && status != 408 {
                // A failed re-INVITE leaves the call as it was.
                if !ss.is_null() {
                    // SAFETY: the call's live session.
                    unsafe { soa::soa_process_reject(ss, None) };
                }
                self.state_event(id, status, &phrase, cs::READY, Oa::default());
                self.active_event(nh.0, ss, ev::I_ACTIVE, status, "Call active", ptr::null_mut());
                return;
            }
            self.terminated(id, status, &phrase);
            return;
        }
        self.with_sess(id, |s| {
            s.reinvite = false;
            s.timer_restarts = 0;
        });
        self.timer_store(id, resp, false);
        self.timer_arm(nh, false);
        // 2xx: the answer (or an offer, when ours was not sent).
        let mut oa = Oa::default();
        let mut answer = None;
        let answered = self.with_sess(id, |s| s.answered).unwrap_or(false);
        // SAFETY: a valid response.
        let sdp = unsafe { sdp_of(resp) };
        if let Some(sdp) = &sdp {
            if !ss.is_null() && !answered && set_remote(ss, sdp) {
                // SAFETY: a live session.
                unsafe {
                    if offer_out {
                        if soa::soa_process_answer(ss, None) >= 0 {
                            oa.answer_recv = true;
                        }
                    } else {
                        oa.offer_recv = true;
                        if soa::soa_generate_answer(ss, None) >= 0 {
                            answer = local_sdp(ss);
                            oa.answer_sent = answer.is_some();
                        }
                    }
                    soa::soa_activate(ss, ptr::null());
                }
            }
        }
        if sdp.is_some() {
            self.active_event(nh.0, ss, ev::R_INVITE, status, &phrase, resp);
        } else {
            self.event(nh.0, ev::R_INVITE, status, &phrase, resp, ptr::null());
        }
        let cseq = orq.cseq();
        if offer_out && !answered && sdp.is_none() && !ss.is_null() {
            // Our offer got no answer (RFC 3264 §4): as Sofia, a media error, the ACK, and
            // the call ends with a BYE.
            self.event(nh.0, ev::I_MEDIA_ERROR, 988, "Incomplete offer/answer", ptr::null_mut(), ptr::null());
            self.send_ack(id, cseq, orq.request(), None, ptr::null());
            self.state_event(id, status, &phrase, cs::TERMINATING, Oa::default());
            self.send_bye(nh, ptr::null());
            return;
        }
        if self.params_of(id).auto_ack {
            // The events go before the ACK (the peer reacts to the ACK).
            self.state_event(id, status, &phrase, cs::READY, oa);
            self.active_event(nh.0, ss, ev::I_ACTIVE, 200, "Call active", ptr::null_mut());
            self.send_ack(id, cseq, orq.request(), answer.as_deref(), ptr::null());
        } else {
            self.with_sess(id, |s| s.ack_owed = Some((cseq, orq.clone())));
            self.state_event(id, status, &phrase, cs::COMPLETING, oa);
        }
    }

    /// nua_prack(): a PRACK of the application's (its tags give the RAck and any body) in
    /// the call's dialog, reported as `nua_r_prack`. Without a call: 481, as Sofia; while
    /// the call is being torn down: 900 "Session is terminating".
    pub(super) fn prack(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        match self.with_sess(id, |s| s.state) {
            None | Some(cs::INIT) | Some(cs::TERMINATED) => {
                self.event(nh.0, ev::R_PRACK, 481, "Call/Transaction Does Not Exist", ptr::null_mut(), ptr::null())
            }
            Some(cs::TERMINATING) => self.event(nh.0, ev::R_PRACK, 900, "Session is terminating", ptr::null_mut(), ptr::null()),
            Some(_) => self.request(nh, "PRACK", ev::R_PRACK, tags),
        }
    }

    /// PRACK for a reliable provisional response (RFC 3262), once per RSeq.
    fn send_prack(&self, nh: &NhRef, rseq: u32, cseq: u32) {
        let id = nh.inner().id;
        let fresh = self.with_sess(id, |s| {
            let f = rseq > s.pracked;
            if f {
                s.pracked = rseq;
            }
            f
        });
        if fresh != Some(true) {
            return;
        }
        let me = self.me.clone();
        let rnh = nh.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |o, resp| {
            // SAFETY: the PRACK's response (or NULL), valid during the call.
            let status = unsafe { response_status(o, resp) };
            if status >= 200 {
                if let Some(st) = me.upgrade() {
                    // SAFETY: as above.
                    let phrase = unsafe { response_phrase(resp) };
                    st.event(rnh.0, ev::R_PRACK, status, &phrase, resp, ptr::null());
                    st.forget_orq(&rnh, o);
                }
                o.destroy();
            }
            0
        });
        let rack = format!("{rseq} {cseq} INVITE");
        // SAFETY: the request being built.
        let mut extra = |msg: *mut MsgObj| unsafe { crate::nta::view::add(msg, "rack", rack.as_bytes()) };
        if let Some(o) = self.send(nh, "PRACK", ptr::null(), &mut extra, cb) {
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.orqs.push(o);
            }
        }
    }

    /// Sends the ACK of our INVITE's 2xx (CSeq number `cseq`).
    fn send_ack(&self, id: u64, cseq: u32, invite: *const MsgObj, sdp: Option<&[u8]>, tags: *const tagi_t) -> bool {
        let Some(agent) = self.agent.borrow().clone() else { return false };
        let Some((leg, nh)) = self.handles.borrow().get(&id).and_then(|h| Some((h.leg.clone()?, h.nh.clone()))) else { return false };
        let msg = crate::nta::view::new_msg(agent.params().sipflags as c_int);
        if msg.is_null() {
            return false;
        }
        // SAFETY: our new message; the handle's tags live in its home.
        unsafe {
            // The handle's header tags, Route included, as Sofia's ACK has them.
            let ok = add_request_tags(msg, nh.inner().tags)
                && add_request_tags(msg, tags)
                && crate::nta::view::add(msg, "cseq", format!("{cseq} ACK").as_bytes())
                && sdp.is_none_or(|s| add_sdp(msg, s))
                && agent.request_complete(msg, Some(&leg), 2, Some(b"ACK"), ptr::null()) >= 0
                && copy_credentials(invite, msg);
            if ok && agent.outgoing(msg, leg.next_hop(), None).is_some() {
                return true;
            }
            msg_destroy(msg);
        }
        false
    }

    /// nua_ack(): the ACK owed with NUTAG_AUTOACK(0).
    pub(super) fn ack(&self, nh: &NhRef, tags: *const tagi_t) {
        let id = nh.inner().id;
        let owed = self.with_sess(id, |s| s.ack_owed.take()).flatten();
        let Some((cseq, invite)) = owed else {
            self.event(nh.0, ev::I_ERROR, 900, "No response to ACK", ptr::null_mut(), ptr::null());
            return;
        };
        self.send_ack(id, cseq, invite.request(), None, tags);
        let ss = self.sess_soa(id);
        self.state_event(id, 200, "ACK sent", cs::READY, Oa::default());
        self.active_event(nh.0, ss, ev::I_ACTIVE, 200, "Call active", ptr::null_mut());
    }

    /// nua_cancel().
    pub(super) fn cancel(&self, nh: &NhRef, _tags: *const tagi_t) {
        let id = nh.inner().id;
        let orq = self.with_sess(id, |s| s.uac.clone()).flatten();
        let Some(orq) = orq else {
            self.event(nh.0, ev::R_CANCEL, 481, "No transaction to CANCEL", ptr::null_mut(), ptr::null());
            return;
        };
        let me = self.me.clone();
        let rnh = nh.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |o, resp| {
            // SAFETY: the CANCEL's response (or NULL), valid during the call.
            let status = unsafe { response_status(o, resp) };
            if status >= 200 {
                if let Some(st) = me.upgrade() {
                    // SAFETY: as above.
                    let phrase = unsafe { response_phrase(resp) };
                    st.event(rnh.0, ev::R_CANCEL, status, &phrase, resp, ptr::null());
                }
            }
            0
        });
        let agent_cancel_408 = false;
        match orq.cancel(Some(cb), agent_cancel_408) {
            Some(c) => {
                self.with_sess(id, |s| s.cancel = Some(c));
            }
            None => self.event(nh.0, ev::R_CANCEL, 481, "No transaction to CANCEL", ptr::null_mut(), ptr::null()),
        }
    }

    /// nua_bye().
    pub(super) fn bye(&self, nh: &NhRef, tags: *const tagi_t) {
        let id = nh.inner().id;
        let state = self.with_sess(id, |s| s.state);
        let established = self.handles.borrow().get(&id).and_then(|h| h.leg.as_ref().map(|l| l.rtag().is_some())).unwrap_or(false);
        if !matches!(state, Some(cs::COMPLETING | cs::COMPLETED | cs::READY | cs::EARLY | cs::PROCEEDING)) || !established {
            self.event(nh.0, ev::R_BYE, 900, "Invalid handle for BYE", ptr::null_mut(), ptr::null());
            return;
        }
        self.send_bye(nh, tags);
    }

    /// Sends the BYE of the call (its soa session terminated, its timers stopped).
    fn send_bye(&self, nh: &NhRef, tags: *const tagi_t) {
        let id = nh.inner().id;
        let ss = self.sess_soa(id);
        if !ss.is_null() {
            // SAFETY: a live session.
            unsafe { soa::soa_terminate(ss, ptr::null()) };
        }
        let me = self.me.clone();
        let rnh = nh.clone();
        let cb: crate::nta::ResponseCb = Box::new(move |o, resp| {
            if let Some(st) = me.upgrade() {
                st.on_bye_response(&rnh, o, resp);
            }
            0
        });
        self.timer_stop(id);
        let reason = self.with_sess(id, |s| s.reason.take()).flatten();
        // SAFETY: the request being built.
        let mut extra = |msg: *mut MsgObj| reason.is_none_or(|r| unsafe { crate::nta::view::add(msg, "reason", r.as_bytes()) });
        match self.send(nh, "BYE", tags, &mut extra, cb) {
            Some(o) => {
                self.with_sess(id, |s| {
                    s.bye = Some(o);
                    s.state = cs::TERMINATING;
                });
            }
            None => self.event(nh.0, ev::R_BYE, 900, "Internal error", ptr::null_mut(), ptr::null()),
        }
    }

    fn on_bye_response(&self, nh: &NhRef, orq: &Outgoing, resp: *mut MsgObj) {
        // SAFETY: the transaction's response (or NULL), valid during the call.
        let status = unsafe { response_status(orq, resp) };
        if status < 200 {
            return;
        }
        // SAFETY: as above.
        let phrase = unsafe { response_phrase(resp) };
        let id = nh.inner().id;
        self.with_sess(id, |s| s.bye = None);
        orq.destroy();
        self.event(nh.0, ev::R_BYE, status, &phrase, resp, ptr::null());
        self.terminated(id, status, "to BYE");
    }

    // ------------------------------------------------------------------ server side

    /// An INVITE outside a dialog: a new handle with a call in state received.
    pub(super) fn incoming_invite(&self, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        let Some(agent) = self.agent.borrow().clone() else { return 500 };
        if self.timer_too_small(None, irq, msg) {
            // Answered 422 without a handle or an event, as Sofia.
            return 0;
        }
        let nh = new_incoming_handle(&self.nua, msg);
        if nh.is_null() {
            return 500;
        }
        // The stack's reference is the one new_handle made.
        let r = NhRef(nh);
        let id = r.inner().id;
        // The dialog, as seen from our side.
        // SAFETY: the agent's valid request.
        let (to, from, call_id, (rr, contact)) = unsafe {
            (
                crate::nta::view::values_of(msg, "to").into_iter().next(),
                crate::nta::view::values_of(msg, "from").into_iter().next(),
                crate::nta::view::values_of(msg, "call_id").into_iter().next(),
                routing(msg),
            )
        };
        let spec = LegSpec { from: to, to: from, call_id, ..Default::default() };
        let Ok(leg) = Leg::create(&agent, &spec, Some(self.dialog_cb(id))) else { return 400 };
        leg.set_tag(Some(&irq.tag()));
        leg.set_route(Some(&rr), false, contact.as_deref());
        let mut h = SHandle::new(r.clone());
        h.leg = Some(leg);
        self.handles.borrow_mut().insert(id, h);
        let ss = self.new_soa(id, ptr::null());
        let mut oa = Oa::default();
        // SAFETY: the agent's valid request.
        if let Some(sdp) = unsafe { sdp_of(msg) } {
            if !ss.is_null() && set_remote(ss, &sdp) {
                oa.offer_recv = true;
            }
        }
        let mut sess = Session::new(ss);
        sess.offer_in = oa.offer_recv;
        // SAFETY: the agent's valid request.
        sess.peer_100rel = unsafe {
            msg_has_token(msg, "supported", c"100rel") || msg_has_token(msg, "require", c"100rel")
        };
        sess.uas = Some(irq.clone());
        sess.uas_status = (100, "Trying".into());
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            h.sess = Some(sess);
        }
        // The peer's session timer, kept until we answer.
        // SAFETY: the agent's valid request.
        let seen = unsafe { seen_of(msg, true) };
        self.with_sess(id, |s| s.timer.store(&seen));
        let me = self.me.clone();
        irq.bind(Some(Box::new(move |irq, m| {
            if let Some(st) = me.upgrade() {
                st.on_uas_event(id, irq, m);
            }
            0
        })));
        let params = self.params_of(id);
        if params.auto_answer && !ss.is_null() {
            // NUTAG_AUTOANSWER: the stack answers 200 with the user SDP of the parameters.
            let mut body = None;
            // SAFETY: the call's live session.
            unsafe {
                if oa.offer_recv && soa::soa_generate_answer(ss, None) >= 0 {
                    body = local_sdp(ss);
                    soa::soa_activate(ss, ptr::null());
                } else if !oa.offer_recv && soa::soa_generate_offer(ss, 0, None) >= 0 {
                    body = local_sdp(ss);
                }
            }
            if body.is_some() {
                let answer = oa.offer_recv;
                let oa = Oa { answer_sent: answer, offer_sent: !answer, ..oa };
                self.with_sess(id, |s| {
                    s.uas_status = (200, "OK".into());
                    s.answered = answer;
                    s.offer_out = !answer;
                });
                self.event(nh, ev::I_INVITE, 200, "OK", msg, ptr::null());
                self.state_event(id, 200, "OK", cs::COMPLETED, oa);
                self.timer_preferences(id, ptr::null());
                let mut deco = |resp: *mut MsgObj| -> bool {
                    // SAFETY: the response being built.
                    self.add_contact_of(Some(id), resp) && self.timer_headers(id, resp, false, Some(200)) && self.ua(resp, true) && body.as_ref().is_none_or(|b| unsafe { add_sdp(resp, b) })
                };
                irq.reply(200, Some("OK"), &mut deco);
                return 0;
            }
        }
        if params.auto_alert {
            // NUTAG_AUTOALERT: the stack rings (180) and the application answers later.
            self.with_sess(id, |s| s.uas_status = (180, "Ringing".into()));
            self.event(nh, ev::I_INVITE, 180, "Ringing", msg, ptr::null());
            self.state_event(id, 180, "Ringing", cs::EARLY, oa);
            irq.reply(180, Some("Ringing"), &mut |resp| self.add_contact_of(Some(id), resp) && self.ua(resp, true));
            return 0;
        }
        self.event(nh, ev::I_INVITE, 100, "Trying", msg, ptr::null());
        self.state_event(id, 100, "Trying", cs::RECEIVED, oa);
        0
    }

    /// Whether nua_respond() with NUTAG_WITH(`with`) answers the handle's INVITE.
    pub(super) fn answers_invite(&self, id: u64, with: usize) -> bool {
        self.with_sess(id, |s| match &s.uas {
            Some(i) if i.status() < 200 => with == 0 || with == i.request() as usize,
            _ => false,
        })
        .unwrap_or(false)
    }

    /// nua_respond() to the INVITE of a call.
    pub(super) fn respond_invite(&self, nh: &NhRef, status: i32, phrase: Option<&str>, tags: *const tagi_t) {
        let id = nh.inner().id;
        let Some((irq, ss, offer_in, answered, unpracked)) = self.with_sess(id, |s| (s.uas.clone(), s.soa, s.offer_in, s.answered, s.unpracked)) else { return };
        let Some(irq) = irq else { return };
        let phrase = match phrase {
            Some(p) => p.to_string(),
            // SAFETY: sip_status_phrase() returns a static string or NULL.
            None => unsafe { crate::ffi::cbytes(crate::sip::status::sip_status_phrase(status)) }.map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default(),
        };
        let (mut early_answer, mut extra_sdp) = (false, false);
        // SAFETY: the signal's own tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_early_answer) {
                    early_answer = v != 0;
                } else if is(tag, &nutag_include_extra_sdp) {
                    extra_sdp = v != 0;
                }
            })
        };
        let provisional = (101..200).contains(&status);
        let peer_100rel = self.with_sess(id, |s| s.peer_100rel).unwrap_or(false);
        // A provisional response goes reliably when it carries the answer and the peer can.
        let reliable = provisional && peer_100rel && early_answer && offer_in && !answered && !ss.is_null();
        if unpracked && ((200..300).contains(&status) || reliable) {
            // A 2xx, or another reliable provisional response, waits for the PRACK of the
            // reliable provisional response (RFC 3262 §3), in order.
            // SAFETY: the signal's own tag copy.
            let copy = unsafe { OwnedTags::copy(tags) };
            self.with_sess(id, |s| s.queued.push_back((status, phrase, copy)));
            return;
        }
        let mut oa = Oa::default();
        let mut body = None;
        if !ss.is_null() && ((200..300).contains(&status) || (provisional && early_answer && offer_in && !answered)) {
            // SAFETY: a live session; the signal's own tag copy.
            unsafe {
                soa::soa_set_paramlist(ss, tags);
                if offer_in && !answered {
                    if soa::soa_generate_answer(ss, None) >= 0 {
                        body = local_sdp(ss);
                        oa.answer_sent = body.is_some();
                        soa::soa_activate(ss, ptr::null());
                    }
                } else if !offer_in && !answered && soa::soa_generate_offer(ss, 0, None) >= 0 {
                    body = local_sdp(ss);
                    oa.offer_sent = body.is_some();
                }
            }
            self.with_sess(id, |s| {
                s.offer_out = oa.offer_sent;
                s.answered |= oa.answer_sent;
            });
        }
        // NUTAG_INCLUDE_EXTRA_SDP (fork): the answer already sent goes again in this
        // response (FreeSWITCH repeats it in the 200 after a reliable 183), without
        // counting as a new offer or answer.
        if extra_sdp && body.is_none() && answered && !ss.is_null() && status < 300 {
            body = local_sdp(ss);
        }
        let rseq = if provisional && body.is_some() && peer_100rel {
            self.with_sess(id, |s| {
                // RFC 3262 §3: the first RSeq is random (1 … 2³¹−1).
                s.rseq = if s.rseq == 0 { crate::su::uniqueid::su_randint(1, 1 << 30) as u32 } else { s.rseq + 1 };
                s.unpracked = true;
                s.rseq
            })
        } else {
            None
        };
        let first = self.with_sess(id, |s| s.uas_status.0 < 101).unwrap_or(false);
        let ok2xx = (200..300).contains(&status);
        if ok2xx {
            self.timer_preferences(id, tags);
        }
        let mut deco = |resp: *mut MsgObj| -> bool {
            let rel = rseq.is_none_or(|n| {
                // SAFETY: the response being built.
                unsafe { crate::sip::addtags::add_str(resp, ptr::null_mut(), format!("Require: 100rel\r\nRSeq: {n}\r\n").as_bytes()) >= 0 }
            });
            rel && add_tags(resp, tags)
                && (!ok2xx || self.timer_headers(id, resp, false, Some(status)))
                && (status >= 300 || self.add_contact_of(Some(id), resp))
                && self.ua(resp, first)
                // SAFETY: the response being built.
                && body.as_ref().is_none_or(|b| unsafe { add_sdp(resp, b) })
        };
        // The response goes first, then the events (as in Sofia: the peer may already
        // react to the response when the application hears of the new state).
        if irq.reply(status, Some(&phrase), &mut deco) < 0 {
            self.event(nh.0, ev::I_ERROR, 500, "Internal Server Error", ptr::null_mut(), ptr::null());
            return;
        }
        if rseq.is_some() {
            irq.reliable_sent();
        }
        self.with_sess(id, |s| {
            s.uas_status = (status, phrase.clone());
            if status >= 200 {
                // Nothing more goes before the final response.
                s.unpracked = false;
                s.queued.clear();
            }
        });
        if status < 200 {
            self.state_event(id, status, &phrase, cs::EARLY, oa);
        } else if status < 300 {
            self.state_event(id, status, &phrase, cs::COMPLETED, oa);
        } else {
            self.with_sess(id, |s| s.uas = None);
            irq.destroy();
            self.terminated(id, status, &phrase);
        }
    }

    /// The ACK or CANCEL of the INVITE we answer, or timer H (`msg` NULL).
    fn on_uas_event(&self, id: u64, irq: &Incoming, msg: *mut MsgObj) {
        let Some(nh) = self.handles.borrow().get(&id).map(|h| h.nh.0) else { return };
        let ss = self.sess_soa(id);
        if msg.is_null() && irq.status() < 200 {
            return self.prack_timeout(id, irq);
        }
        if msg.is_null() {
            // No ACK for our 2xx: the call cannot go on.
            let established = self.handles.borrow().get(&id).and_then(|h| h.leg.clone());
            if let (Some(_), Some(agent)) = (established, self.agent.borrow().clone()) {
                if let Some(leg) = self.handles.borrow().get(&id).and_then(|h| h.leg.clone()) {
                    agent.request(&leg, "BYE", None, "", None, None);
                }
            }
            self.with_sess(id, |s| s.uas = None);
            irq.destroy();
            self.terminated(id, 408, "No ACK received");
            return;
        }
        // SAFETY: the request given to the callback.
        let method = unsafe { crate::nta::method_of(msg) }.unwrap_or_default();
        if method.eq_ignore_ascii_case(b"CANCEL") {
            self.event(nh, ev::I_CANCEL, 200, "OK", msg, ptr::null());
            self.with_sess(id, |s| s.uas = None);
            self.terminated(id, 487, "Request Terminated");
            irq.reply(487, Some("Request Terminated"), &mut |r| self.ua(r, false));
            irq.destroy();
            return;
        }
        if !method.eq_ignore_ascii_case(b"ACK") {
            return;
        }
        let (offer_out, (status, phrase)) = self.with_sess(id, |s| (s.offer_out, s.uas_status.clone())).unwrap_or((false, (200, "OK".into())));
        let mut oa = Oa::default();
        if offer_out && !ss.is_null() {
            // SAFETY: the ACK, valid during the call.
            if let Some(sdp) = unsafe { sdp_of(msg) } {
                // SAFETY: a live session.
                if set_remote(ss, &sdp) && unsafe { soa::soa_process_answer(ss, None) } >= 0 {
                    oa.answer_recv = true;
                    // SAFETY: as above.
                    unsafe { soa::soa_activate(ss, ptr::null()) };
                }
            }
        }
        self.with_sess(id, |s| s.uas = None);
        irq.destroy();
        self.event(nh, ev::I_ACK, 200, "OK", msg, ptr::null());
        self.state_event(id, status, &phrase, cs::READY, oa);
        self.active_event(nh, ss, ev::I_ACTIVE, 200, "Call active", ptr::null_mut());
        let r = self.handles.borrow().get(&id).map(|h| h.nh.clone());
        if let Some(r) = r {
            self.timer_arm(&r, true);
        }
    }

    /// A request in the dialog of a handle.
    pub(super) fn dialog_request(&self, id: u64, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        let Some(r) = self.handles.borrow().get(&id).map(|h| h.nh.clone()) else { return 481 };
        // SAFETY: the agent's request message, valid during the call.
        let method = unsafe { crate::nta::method_of(msg) }.unwrap_or_default();
        let method = String::from_utf8_lossy(&method).into_owned();
        let params = self.params_of(id);
        if !self.allows(&method) {
            return self.not_allowed(irq);
        }
        let event = match method.as_str() {
            "ACK" => return 0,
            "INVITE" => return self.incoming_reinvite(id, irq, msg),
            "BYE" => {
                // The events go first: the peer hears of the end only after them.
                self.event(r.0, ev::I_BYE, 200, "Session Terminated", msg, ptr::null());
                let pending = self.with_sess(id, |s| s.uas.take()).flatten();
                if let Some(i) = pending {
                    if i.status() < 200 {
                        i.reply(487, Some("Request Terminated"), &mut |_| true);
                    }
                    i.destroy();
                }
                if self.with_sess(id, |_| ()).is_some() {
                    self.terminated(id, 200, "Session Terminated");
                }
                irq.reply(200, Some("OK"), &mut |r| self.ua(r, false));
                irq.destroy();
                return 0;
            }
            "PRACK" => return self.incoming_prack(id, irq, msg),
            "UPDATE" => return self.incoming_update(id, irq, msg),
            "NOTIFY" => return self.incoming_notify(id, irq, msg, &params),
            "SUBSCRIBE" => return self.incoming_resubscribe(id, irq, msg),
            "REFER" => return self.incoming_refer(id, irq, msg, &params),
            "INFO" => ev::I_INFO,
            "OPTIONS" => ev::I_OPTIONS,
            "MESSAGE" if params.enable_message => ev::I_MESSAGE,
            "MESSAGE" => return 403,
            // An extension method we allow (NUTAG_ALLOW).
            _ => ev::I_METHOD,
        };
        self.serve(&r, irq, msg, &method, event, &params)
    }

    /// A PRACK of our reliable provisional response (its RAck names our RSeq and the
    /// INVITE): answered 200, reported, the retransmissions stop, and the responses that
    /// waited for it go (up to the next reliable one, which waits for its own PRACK).
    fn incoming_prack(&self, id: u64, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        let Some(r) = self.handles.borrow().get(&id).map(|h| h.nh.clone()) else { return 481 };
        // SAFETY: the agent's valid request.
        let rack = unsafe { crate::nta::view::values_of(msg, "rack") }.into_iter().next().unwrap_or_default();
        let rack = String::from_utf8_lossy(&rack).into_owned();
        let mut it = rack.split_ascii_whitespace();
        let (rseq, cseq) = (it.next().and_then(|v| v.parse::<u32>().ok()), it.next().and_then(|v| v.parse::<u32>().ok()));
        let Some((waiting, uas)) = self.with_sess(id, |s| (s.unpracked.then_some(s.rseq), s.uas.clone())) else { return 481 };
        // SAFETY: the INVITE of the transaction (owned by it).
        let invite_cseq = uas.as_ref().and_then(|i| unsafe { crate::nta::view::values_of(i.request(), "cseq") }.into_iter().next());
        let invite_cseq = invite_cseq.and_then(|c| String::from_utf8_lossy(&c).split_ascii_whitespace().next().and_then(|n| n.parse::<u32>().ok()));
        if waiting.is_none() || rseq != waiting || cseq != invite_cseq {
            return 481;
        }
        self.with_sess(id, |s| s.unpracked = false);
        if let Some(i) = &uas {
            i.pracked();
        }
        self.event(r.0, ev::I_PRACK, 200, "OK", msg, ptr::null());
        irq.reply(200, Some("OK"), &mut |m| self.ua(m, false));
        irq.destroy();
        while self.with_sess(id, |s| !s.unpracked) == Some(true) {
            let Some((status, phrase, tags)) = self.with_sess(id, |s| s.queued.pop_front()).flatten() else { break };
            self.respond_invite(&r, status, Some(&phrase), tags.ptr());
        }
        0
    }

    /// No PRACK for our reliable provisional response within 64·T1 (RFC 3262 §3): the
    /// INVITE is rejected as Sofia does it: `nua_i_error` 408 "PRACK Timeout", 504 with a
    /// Reason, and the call ends.
    fn prack_timeout(&self, id: u64, irq: &Incoming) {
        let Some(nh) = self.handles.borrow().get(&id).map(|h| h.nh.0) else { return };
        self.event(nh, ev::I_ERROR, 408, "PRACK Timeout", ptr::null_mut(), ptr::null());
        const PHRASE: &str = "Gateway Time-out";
        irq.reply(504, Some(PHRASE), &mut |m| {
            // SAFETY: the response being built.
            unsafe { crate::nta::view::add(m, "reason", b"SIP;cause=504;text=\"PRACK Timeout\"") && self.ua(m, false) }
        });
        self.with_sess(id, |s| {
            s.uas = None;
            s.unpracked = false;
            s.queued.clear();
        });
        irq.destroy();
        // Only the initial INVITE gets reliable provisional responses (re-INVITEs are
        // answered at once).
        self.terminated(id, 504, PHRASE);
    }

    /// A re-INVITE in a call: answered 200 by the stack with the answer to its offer (or
    /// an offer of ours when it has none), reported as `nua_i_invite` 200 and `nua_i_state`
    /// completed; the ACK makes the call ready again.
    fn incoming_reinvite(&self, id: u64, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        let Some((nh, state, ss, uas_busy, uac_busy)) = self.handles.borrow().get(&id).and_then(|h| {
            h.sess.as_ref().map(|s| (h.nh.0, s.state, s.soa, s.uas.is_some(), s.uac.is_some() || s.update_offer))
        }) else {
            return 481;
        };
        // RFC 3261 §14.2: an INVITE while the previous one has no final response (or, as
        // Sofia, no ACK yet) gets 500 with Retry-After 0–10 s; one while our INVITE (or
        // offer) is in progress is glare: 491.
        if uas_busy {
            return self.overlapping(irq, "Overlapping Requests");
        }
        if uac_busy {
            return 491;
        }
        if state < cs::READY {
            return self.overlapping(irq, "Overlapping Requests 2");
        }
        if state != cs::READY {
            return 491;
        }
        if self.timer_too_small(Some(id), irq, msg) {
            return 0;
        }
        // SAFETY: the agent's valid request.
        let seen = unsafe { seen_of(msg, true) };
        self.with_sess(id, |s| s.timer.store(&seen));
        // The peer's target may have moved.
        // SAFETY: the agent's valid request.
        let (_, contact) = unsafe { routing(msg) };
        if let (Some(c), Some(leg)) = (contact, self.handles.borrow().get(&id).and_then(|h| h.leg.clone())) {
            leg.set_route(None, false, Some(&c));
        }
        let mut oa = Oa::default();
        let mut body = None;
        if !ss.is_null() {
            // SAFETY: the agent's valid request; the call's live session.
            unsafe {
                match sdp_of(msg) {
                    Some(sdp) => {
                        if !set_remote(ss, &sdp) {
                            return 400;
                        }
                        oa.offer_recv = true;
                        if soa::soa_generate_answer(ss, None) < 0 {
                            return 488;
                        }
                        body = local_sdp(ss);
                        oa.answer_sent = body.is_some();
                        soa::soa_activate(ss, ptr::null());
                    }
                    None => {
                        if soa::soa_generate_offer(ss, 1, None) >= 0 {
                            body = local_sdp(ss);
                            oa.offer_sent = body.is_some();
                        }
                    }
                }
            }
        }
        self.with_sess(id, |s| {
            s.uas = Some(irq.clone());
            s.uas_status = (200, "OK".into());
            s.offer_in = oa.offer_recv;
            s.offer_out = oa.offer_sent;
        });
        let me = self.me.clone();
        irq.bind(Some(Box::new(move |irq, m| {
            if let Some(st) = me.upgrade() {
                st.on_uas_event(id, irq, m);
            }
            0
        })));
        self.event(nh, ev::I_INVITE, 200, "OK", msg, ptr::null());
        self.state_event(id, 200, "OK", cs::COMPLETED, oa);
        self.timer_preferences(id, ptr::null());
        let mut deco = |resp: *mut MsgObj| -> bool {
            // SAFETY: the response being built.
            self.add_contact_of(Some(id), resp) && self.timer_headers(id, resp, false, Some(200)) && self.ua(resp, false) && body.as_ref().is_none_or(|b| unsafe { add_sdp(resp, b) })
        };
        irq.reply(200, Some("OK"), &mut deco);
        0
    }

    /// Refuses a request that overlaps another one of the call: 500 with a Retry-After of
    /// 0–10 s (RFC 3261 §14.2, RFC 3311 §5.2), the phrase as its comment.
    fn overlapping(&self, irq: &Incoming, phrase: &str) -> i32 {
        let ra = format!("{} ({phrase})", crate::su::uniqueid::su_randint(0, 10));
        irq.reply(500, Some(phrase), &mut |m| {
            // SAFETY: the response being built.
            unsafe { crate::nta::view::add(m, "retry_after", ra.as_bytes()) && self.ua(m, false) }
        });
        irq.destroy();
        0
    }

    /// Our re-INVITE got 491 (glare): RFC 3261 §14.1 — it is sent again after a random
    /// time, 2.1–4 s when we own the Call-ID (we made the call), else 0–2 s, in units of
    /// 10 ms; meanwhile the call is ready (and takes the peer's re-INVITE). The
    /// application hears `nua_r_invite` 100 with the 491 and `nua_i_state` ready; the
    /// new INVITE is reported as the first one was. After `GLARE_RETRIES` attempts the
    /// 491 is final. False when it is not sent again.
    fn glare_retry(&self, nh: &NhRef, ss: *mut SoaSession, resp: *mut MsgObj, phrase: &str) -> bool {
        const GLARE_RETRIES: u32 = 3;
        let id = nh.inner().id;
        let Some((caller, retries)) = self.with_sess(id, |s| (s.caller, s.glare_retries)) else { return false };
        if retries >= GLARE_RETRIES {
            return false;
        }
        if !ss.is_null() {
            // SAFETY: the call's live session.
            unsafe { soa::soa_process_reject(ss, None) };
        }
        self.with_sess(id, |s| {
            s.reinvite = false;
            s.glare_retries += 1;
        });
        self.event(nh.0, ev::R_INVITE, 100, GLARE_PHRASE, resp, ptr::null());
        self.state_event(id, 491, phrase, cs::READY, Oa::default());
        self.active_event(nh.0, ss, ev::I_ACTIVE, 491, "Call active", ptr::null_mut());
        let units = if caller { crate::su::uniqueid::su_randint(210, 400) } else { crate::su::uniqueid::su_randint(0, 200) };
        self.glare_after(nh, units as u32 * 10);
        true
    }

    fn glare_after(&self, nh: &NhRef, ms: u32) {
        let id = nh.inner().id;
        let Some(agent) = self.agent.borrow().clone() else { return };
        let me = self.me.clone();
        let rnh = nh.clone();
        self.with_sess(id, |s| {
            if s.glare.is_none() {
                // SAFETY: the agent's live root (this thread).
                s.glare = unsafe { Timer::new(agent.root()) };
            }
            if let Some(t) = &s.glare {
                t.set(ms as crate::su::time::su_duration_t, move || {
                    if let Some(st) = me.upgrade() {
                        st.glare_fire(&rnh);
                    }
                });
            }
        });
    }

    /// The re-INVITE after 491 is due: sent with the application's tags and a new offer,
    /// unless the call has moved on; while another INVITE of the call is in progress it
    /// waits another interval.
    fn glare_fire(&self, nh: &NhRef) {
        let id = nh.inner().id;
        let Some((state, busy, caller, retries)) = self.with_sess(id, |s| (s.state, s.uac.is_some() || s.uas.is_some() || s.update_offer, s.caller, s.glare_retries)) else { return };
        if state >= cs::TERMINATING {
            return;
        }
        if busy || state != cs::READY {
            let units = if caller { crate::su::uniqueid::su_randint(210, 400) } else { crate::su::uniqueid::su_randint(0, 200) };
            self.glare_after(nh, units as u32 * 10);
            return;
        }
        let tags = self.with_sess(id, |s| s.tags.take()).flatten();
        self.reinvite(nh, tags.as_ref().map_or(ptr::null(), |t| t.ptr()));
        self.with_sess(id, |s| s.glare_retries = retries);
    }

    /// Ends the call of a handle being forgotten (nua_handle_destroy(), shutdown): an
    /// INVITE without final response is cancelled, an unanswered one gets 480, an
    /// established call a BYE. No events.
    pub(super) fn end_session(&self, s: Session, leg: Option<&Leg>) {
        if let Some(o) = &s.uac {
            if o.status() < 200 {
                o.cancel(None, false);
            }
        }
        if let Some(i) = &s.uas {
            if i.status() < 200 {
                i.reply(480, Some("Temporarily Unavailable"), &mut |_| true);
            }
            i.destroy();
        }
        let up = matches!(s.state, cs::COMPLETING | cs::COMPLETED | cs::READY);
        if let (true, Some(leg), None) = (up, leg, &s.bye) {
            if let Some(agent) = self.agent.borrow().clone() {
                agent.request(leg, "BYE", None, "", None, None);
            }
        }
        for o in [&s.cancel, &s.bye].into_iter().flatten() {
            o.destroy();
        }
    }
}

// ---------------------------------------------------------------------- session timer

impl Stack {
    /// Our session-timer wishes for a request or 2xx response of the call: the
    /// parameters, and "timer" in the Supported / Require of the message's tags.
    fn timer_preferences(&self, id: u64, tags: *const tagi_t) {
        let p = self.params_of(id);
        // SAFETY: the signal's own tag copy (or NULL).
        let (sup, req) = unsafe { (tags_have_timer(tags, &siptag_supported_str, &siptag_supported), tags_have_timer(tags, &siptag_require_str, &siptag_require)) };
        let sup = sup || has_token(p.supported.as_bytes(), b"timer");
        let prefs = Prefs { session_timer: p.session_timer, isset: p.session_timer_set, refresher: p.refresher, min_se: p.min_se };
        self.with_sess(id, |s| s.timer.preferences(sup, req, prefs));
    }

    /// Adds Session-Expires, Min-SE and Require: timer to a request (`uas_status` None)
    /// or a response of the call.
    fn timer_headers(&self, id: u64, msg: *mut MsgObj, initial: bool, uas_status: Option<i32>) -> bool {
        let autorequire = self.params_of(id).timer_autorequire;
        // The 1.12 nua puts Min-SE in its 2xx responses too.
        let h = self.with_sess(id, |s| s.timer.headers(initial, uas_status, autorequire, cfg!(feature = "abi-1-12"))).flatten();
        let Some(h) = h else { return true };
        // SAFETY: the message being built.
        unsafe {
            h.session_expires.as_ref().is_none_or(|v| crate::nta::view::add(msg, "session_expires", v.as_bytes()))
                && h.min_se.as_ref().is_none_or(|v| crate::nta::view::add(msg, "min_se", v.as_bytes()))
                && (!h.require_timer || crate::nta::view::add(msg, "require", b"timer"))
        }
    }

    /// The peer's session-timer headers (when we use session timers).
    fn timer_store(&self, id: u64, msg: *const MsgObj, request: bool) {
        if msg.is_null() {
            return;
        }
        // SAFETY: a valid message of the call.
        let seen = unsafe { seen_of(msg, request) };
        self.with_sess(id, |s| {
            if s.timer.supported() {
                s.timer.store(&seen);
            }
        });
    }

    /// Negotiates and runs the timer: our refresh, or the BYE when the peer's refresh
    /// does not come.
    fn timer_arm(&self, nh: &NhRef, uas: bool) {
        let id = nh.inner().id;
        let Some(due) = self.with_sess(id, |s| s.timer.due(uas)) else { return };
        match due {
            Due::Refresh(secs) | Due::Expire(secs) => self.timer_after(nh, secs.saturating_mul(1000)),
            Due::Nothing => self.timer_stop(id),
        }
    }

    fn timer_after(&self, nh: &NhRef, ms: u32) {
        let id = nh.inner().id;
        let Some(agent) = self.agent.borrow().clone() else { return };
        let me = self.me.clone();
        let rnh = nh.clone();
        self.with_sess(id, |s| {
            if s.refresh.is_none() {
                // SAFETY: the agent's live root (this thread).
                s.refresh = unsafe { Timer::new(agent.root()) };
            }
            if let Some(t) = &s.refresh {
                let ms = ms.min(i32::MAX as u32) as crate::su::time::su_duration_t;
                t.set(ms, move || {
                    if let Some(st) = me.upgrade() {
                        st.session_refresh(&rnh);
                    }
                });
            }
        });
    }

    fn timer_stop(&self, id: u64) {
        self.with_sess(id, |s| {
            if let Some(t) = &s.refresh {
                t.reset();
            }
        });
    }

    /// The session timer is due: the refresher refreshes (re-INVITE, or UPDATE with
    /// NUTAG_UPDATE_REFRESH), the other side ends the call with BYE. While an INVITE or
    /// UPDATE of the call is in progress it looks again a second later.
    fn session_refresh(&self, nh: &NhRef) {
        let id = nh.inner().id;
        let Some((state, busy, refresher)) = self.with_sess(id, |s| (s.state, s.uac.is_some() || s.uas.is_some(), s.timer.refresher)) else { return };
        if state >= cs::TERMINATING {
            return;
        }
        if busy {
            self.timer_after(nh, 1000);
            return;
        }
        if refresher == st::REMOTE_REFRESHER {
            crate::su_debug!(crate::su::log::nua_log, 3, "nua: session almost expired, sending BYE before timeout.\n");
            self.with_sess(id, |s| s.reason = Some(SESSION_TIMEOUT));
            self.bye(nh, ptr::null());
        } else if self.params_of(id).update_refresh {
            self.update(nh, ptr::null());
        } else {
            self.invite(nh, ptr::null());
        }
    }

    /// A request with a Session-Expires below our Min-SE: answered 422 with our Min-SE
    /// (true), RFC 4028 §8.1.
    fn timer_too_small(&self, id: Option<u64>, irq: &Incoming, msg: *mut MsgObj) -> bool {
        let p = match id {
            Some(id) => self.params_of(id),
            None => self.params.borrow().clone(),
        };
        if !has_token(p.supported.as_bytes(), b"timer") {
            return false;
        }
        // SAFETY: the agent's valid request.
        let seen = unsafe { seen_of(msg, true) };
        let Some((expires, _)) = seen.expires else { return false };
        let Some(min) = st::too_small(expires, seen.supported, p.min_se) else { return false };
        let text = min.to_string();
        irq.reply(422, Some("Session Interval Too Small"), &mut |r| {
            // SAFETY: the response being built.
            unsafe { crate::nta::view::add(r, "min_se", text.as_bytes()) && self.ua(r, false) }
        });
        irq.destroy();
        true
    }
}
