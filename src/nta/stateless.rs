//! Stateless operation beyond answering: forwarding a request or a response as a stateless
//! proxy does (`nta_msg_tsend()`), and answering with a response the application made
//! (`nta_msg_mreply()`).
//!
//! A forwarded request gets our Via on top (its branch derived from the request, so a
//! retransmission gets the same one) and goes to the URL given, else the default proxy,
//! else a loose-routing first Route, else the Request-URI (a host name is looked up as for
//! a client transaction, RFC 3263, and the request sent to the first target it can be sent
//! to, in order). A forwarded response loses its
//! top Via (ours) and goes where the next one says: its `maddr`, `received` or host, at
//! the `rport` (UDP, with `NTATAG_SERVER_RPORT`), else its port. Nothing is kept: no
//! transaction, no retransmission. Failures (no Via left, a transport the agent lacks, a
//! host that does not resolve, a send error) are -1 (CVE-2022-47516: never an abort).

use std::ffi::CString;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::ptr;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::{named_target, resolve_named, target_of, view, Agent, AgentInner, NamedTarget, Origin, NEXT_LOOKUP};
use crate::msg::api::msg_destroy;
use crate::msg::message::{self as m, MsgObj};
use crate::sip::ctypes::SipT;
use crate::su::log::nta_log;
use crate::su_debug;
use crate::tport::Proto;
use crate::url::syntax as url;

thread_local! {
    /// Agents of requests being forwarded to a host name, by lookup token (root's thread).
    static FORWARDING: RefCell<HashMap<u64, Weak<AgentInner>>> = RefCell::new(HashMap::new());
}

// Offsets of sip_via_t fields (sofia-abi.md §1.4).
const V_PROTOCOL: usize = 48;
const V_HOST: usize = 56;
const V_PORT: usize = 64;
const V_MADDR: usize = 96;
const V_RECEIVED: usize = 104;
const V_RPORT: usize = 120;

/// The transport a Via's sent-protocol names ("SIP/2.0/UDP" → UDP); None for others.
fn via_proto(p: &[u8]) -> Option<Proto> {
    let t = p.rsplit(|&c| c == b'/').next()?;
    let t = t.to_ascii_uppercase();
    Some(match t.as_slice() {
        b"UDP" => Proto::Udp,
        b"TCP" => Proto::Tcp,
        b"TLS" => Proto::Tls,
        b"WS" => Proto::Ws,
        b"WSS" => Proto::Wss,
        _ => return None,
    })
}

/// The branch of a statelessly forwarded request: "z9hG4bK." and a digest of what makes
/// the request (destination, Request-URI, Call-ID, From URL and tag, To URL, CSeq number,
/// Route URLs), so that its retransmissions are forwarded with the same branch.
///
/// # Safety
/// `msg` a valid request.
unsafe fn branch_of(msg: *mut MsgObj, dest: &SocketAddr) -> String {
    let mut md5 = crate::su::md5::su_md5_t::new();
    md5.update(dest.to_string().as_bytes(), false);
    md5.update(&[0], false);
    // SAFETY: contract.
    unsafe {
        let rq = view::slot(msg, "request");
        if !rq.is_null() {
            let u = url::print(&crate::url::api::view((rq as *const u8).add(view::RQ_URL) as *const crate::url::url_t));
            md5.update(&u, false);
            md5.update(&[0], false);
        }
        for (sym, tag) in [("call_id", false), ("from", true), ("to", false)] {
            let h = view::slot(msg, sym);
            if h.is_null() {
                continue;
            }
            if sym == "call_id" {
                md5.update(view::str_at(h, view::I_ID).unwrap_or_default(), false);
            } else {
                let u = url::print(&crate::url::api::view((h as *const u8).add(view::A_URL) as *const crate::url::url_t));
                md5.update(&u, false);
                if tag {
                    md5.update(view::str_at(h, view::A_TAG).unwrap_or_default(), true);
                }
            }
            md5.update(&[0], false);
        }
        let cs = view::slot(msg, "cseq");
        if !cs.is_null() {
            md5.update(&(view::i32_at(cs, view::CS_SEQ) as u32).to_be_bytes(), false);
        }
        for r in view::values_of(msg, "route") {
            md5.update(&r, false);
        }
    }
    const A: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    let d = md5.digest();
    let mut bits: u32 = 0;
    let mut n = 0;
    let mut s = String::from("z9hG4bK.");
    for b in d {
        bits = (bits << 8) | u32::from(b);
        n += 8;
        while n >= 5 {
            n -= 5;
            s.push(A[((bits >> n) & 31) as usize] as char);
        }
    }
    if n > 0 {
        s.push(A[((bits << (5 - n)) & 31) as usize] as char);
    }
    s
}

impl Agent {
    /// A response without transaction may go to the message callback: it passes the
    /// sanity check and does not answer an ACK.
    ///
    /// # Safety
    /// `msg` a valid response.
    pub(super) unsafe fn stray_acceptable(&self, msg: *mut MsgObj) -> bool {
        // SAFETY: contract.
        unsafe {
            let sip = m::public(msg) as *const SipT;
            let cs = view::slot(msg, "cseq");
            crate::sip::util::sip_sanity_check(sip) == 0
                && !cs.is_null()
                && !view::str_at(cs, view::CS_METHOD_NAME).is_some_and(|mm| mm.eq_ignore_ascii_case(b"ACK"))
        }
    }

    /// Forgets a message given to the stateless callback (the application hands it back);
    /// its origin, if it was one.
    fn take_origin(&self, msg: *mut MsgObj) -> Option<Origin> {
        let mut st = self.0.st.borrow_mut();
        let i = st.stateless.iter().position(|(p, _)| *p == msg as usize)?;
        Some(st.stateless.remove(i).1)
    }

    /// `nta_msg_tsend()`: forwards a request or a response statelessly; consumes `msg`.
    /// `add` adds the application's headers first (false: failure); `url` is where a
    /// request goes instead of its Request-URI / Route, `proxy` the NTATAG_DEFAULT_PROXY
    /// of the call (which wins over `url`, as in Sofia). 0 when sent, else -1.
    ///
    /// # Safety
    /// `msg` a valid message the application owns.
    pub unsafe fn forward(&self, msg: *mut MsgObj, url: Option<Vec<u8>>, proxy: Option<Vec<u8>>, add: &mut dyn FnMut(*mut MsgObj) -> bool) -> i32 {
        self.take_origin(msg);
        // SAFETY: contract.
        let r = unsafe {
            if m::public(msg).is_null() {
                -1
            } else if !add(msg) {
                su_debug!(nta_log, 3, "nta_msg_tsend: cannot add headers\n");
                -1
            } else if !view::slot(msg, "status").is_null() {
                self.forward_response(msg)
            } else if !view::slot(msg, "request").is_null() {
                match self.forward_request(msg, proxy.or(url)) {
                    Some(r) => r,
                    // Waiting for a host name lookup: the message is the agent's now.
                    None => return 0,
                }
            } else {
                -1
            }
        };
        // SAFETY: the message is ours now.
        unsafe { msg_destroy(msg) };
        r
    }

    /// # Safety
    /// `msg` a valid response.
    unsafe fn forward_response(&self, msg: *mut MsgObj) -> i32 {
        // SAFETY: contract.
        let v = unsafe {
            let sip = m::public(msg) as *mut SipT;
            if crate::sip::util::sip_via_remove(msg, sip).is_null() {
                su_debug!(nta_log, 3, "nta_msg_tsend(response): cannot remove Via\n");
                return -1;
            }
            view::slot(msg, "via")
        };
        if v.is_null() {
            su_debug!(nta_log, 3, "nta_msg_tsend(response): bad via\n");
            return -1;
        }
        // SAFETY: a valid Via of the message.
        let (proto, host, port) = unsafe {
            let proto = view::str_at(v, V_PROTOCOL).and_then(via_proto);
            let maddr = view::str_at(v, V_MADDR);
            let host = maddr.or(view::str_at(v, V_RECEIVED)).or(view::str_at(v, V_HOST)).unwrap_or_default();
            let rport = view::str_at(v, V_RPORT).filter(|r| !r.is_empty());
            let port = match (proto, rport, maddr) {
                (Some(Proto::Udp), Some(r), None) if self.params().server_rport != 0 => Some(r),
                _ => view::str_at(v, V_PORT).filter(|p| !p.is_empty()),
            };
            let port = match port {
                Some(p) => std::str::from_utf8(p).ok().and_then(|p| p.parse::<u16>().ok()),
                None if proto == Some(Proto::Tls) => Some(5061),
                None => Some(5060),
            };
            (proto, String::from_utf8_lossy(host).into_owned(), port)
        };
        let Some(proto) = proto.filter(|p| self.bound().iter().any(|(b, _)| b == p)) else {
            su_debug!(nta_log, 3, "nta_msg_tsend(response): no transport for the Via\n");
            return -1;
        };
        let Some(port) = port else {
            su_debug!(nta_log, 3, "nta_msg_tsend(response): bad via port\n");
            return -1;
        };
        let Some(dest) = self.resolve_host(proto, &host, port) else {
            su_debug!(nta_log, 3, "nta_msg_tsend(response): cannot resolve {}\n", host);
            return -1;
        };
        // SAFETY: a valid message.
        let Some(bytes) = (unsafe { view::encode(msg) }) else { return -1 };
        match self.tport().map(|tp| tp.send(proto, dest, &bytes)) {
            Some(Ok(_)) => 0,
            _ => {
                su_debug!(nta_log, 3, "nta_msg_tsend(response): send fails\n");
                -1
            }
        }
    }

    /// The address of `host` (an IP address, bracketed or not, or a name looked up as the
    /// system resolver does) for `proto`: one of the families the agent has bound it on.
    fn resolve_host(&self, proto: Proto, host: &str, port: u16) -> Option<SocketAddr> {
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return Some(SocketAddr::new(ip, port));
        }
        if host.is_empty() || host.starts_with('[') {
            return None;
        }
        let bound = self.bound();
        let fits = |a: &SocketAddr| bound.iter().any(|(p, b)| *p == proto && b.is_ipv4() == a.is_ipv4());
        let all: Vec<SocketAddr> = (host, port).to_socket_addrs().ok()?.collect();
        all.iter().find(|a| fits(a)).or(all.first()).copied()
    }

    /// The result of sending, or None when `msg` waits for a host name lookup (the agent
    /// keeps it, sends it to the first usable target when the answer comes, and destroys
    /// it; a failed lookup drops it, as Sofia's stateless transaction does).
    ///
    /// # Safety
    /// `msg` a valid request.
    unsafe fn forward_request(&self, msg: *mut MsgObj, url: Option<Vec<u8>>) -> Option<i32> {
        let params = self.params();
        // SAFETY: contract.
        if unsafe { crate::sip::util::sip_complete_message(msg) } < 0 {
            su_debug!(nta_log, 3, "nta_msg_tsend(request): incomplete request\n");
            return Some(-1);
        }
        // SAFETY: contract.
        let target = url.or_else(|| params.default_proxy.clone()).or_else(|| unsafe { loose_route(msg) }).or_else(|| unsafe {
            let rq = view::slot(msg, "request");
            Some(url::print(&crate::url::api::view((rq as *const u8).add(view::RQ_URL) as *const crate::url::url_t)))
        });
        let Some(target) = target else { return Some(-1) };
        match target_of(&target) {
            // SAFETY: contract.
            Ok((proto, dest)) => Some(unsafe { self.send_forward(msg, proto, dest) }),
            Err(why) => match named_target(&target) {
                Some(t) => self.forward_later(msg, t),
                None => {
                    su_debug!(nta_log, 3, "nta_msg_tsend(request): {}: {}\n", String::from_utf8_lossy(&target), why);
                    Some(-1)
                }
            },
        }
    }

    /// Looks `t` up in a thread of its own (as a client transaction does) and sends `msg`
    /// to the first target the agent has a transport for; see [`Agent::forward_request`].
    fn forward_later(&self, msg: *mut MsgObj, t: NamedTarget) -> Option<i32> {
        let params = self.params();
        // SAFETY: the agent's live root.
        let remote = unsafe { crate::su::root::Remote::of(self.0.root) }?;
        let token = NEXT_LOOKUP.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let ctx = self.resolve_ctx(&params);
        self.0.st.borrow_mut().forwards.insert(token, msg as usize);
        FORWARDING.with(|f| f.borrow_mut().insert(token, Rc::downgrade(&self.0)));
        let spawned = std::thread::Builder::new().name("nta-dns".into()).spawn(move || {
            let targets = resolve_named(&t, &ctx);
            remote.post(move |_root| {
                let Some(a) = FORWARDING.with(|f| f.borrow_mut().remove(&token)).and_then(|w| w.upgrade()).map(Agent) else { return };
                let Some(m) = a.0.st.borrow_mut().forwards.remove(&token) else { return };
                let msg = m as *mut MsgObj;
                let bound = a.bound();
                // RFC 3263 §4.3, as Sofia's stateless transaction: a target the request
                // cannot be sent to (an error at once) makes it go to the next one.
                let mut r = -1;
                for (i, &(p, d)) in targets.iter().filter(|(p, _)| bound.iter().any(|(b, _)| b == p)).enumerate() {
                    if i > 0 {
                        su_debug!(nta_log, 5, "nta_msg_tsend(request): trying the next target, {}\n", d);
                    }
                    // SAFETY: the request we kept.
                    r = unsafe { a.send_forward(msg, p, d) };
                    if r == 0 {
                        break;
                    }
                }
                if r < 0 {
                    su_debug!(nta_log, 3, "nta_msg_tsend(request): {}: no usable target\n", t.host);
                }
                // SAFETY: ours.
                unsafe { msg_destroy(msg) };
            });
        });
        if spawned.is_err() {
            self.0.st.borrow_mut().forwards.remove(&token);
            FORWARDING.with(|f| f.borrow_mut().remove(&token));
            return Some(-1);
        }
        None
    }

    /// Puts our Via on top of `msg` (unless NTATAG_USER_VIA and it has one) and sends it
    /// to `dest` over `proto`; 0 or -1 (then without that Via). The message stays the
    /// caller's.
    ///
    /// # Safety
    /// `msg` a valid request.
    unsafe fn send_forward(&self, msg: *mut MsgObj, proto: Proto, dest: SocketAddr) -> i32 {
        let params = self.params();
        let (host, port) = {
            let st = self.0.st.borrow();
            match st.bound.iter().find(|(p, _)| *p == proto) {
                Some((_, a)) => (st.host.clone(), a.port()),
                None => {
                    su_debug!(nta_log, 3, "nta_msg_tsend(request): no {} transport\n", proto.name());
                    return -1;
                }
            }
        };
        let mut ours = false;
        // SAFETY: contract.
        unsafe {
            if !(params.user_via && !view::slot(msg, "via").is_null()) {
                ours = true;
                let rport = (params.rport && proto == Proto::Udp) || (params.tcp_rport && proto == Proto::Tcp) || (params.tls_rport && proto == Proto::Tls);
                let b = branch_of(msg, &dest);
                let v = format!("SIP/2.0/{} {}:{}{};branch={}", proto.name().to_ascii_uppercase(), host, port, if rport { ";rport" } else { "" }, b);
                if !view::add(msg, "via", v.as_bytes()) {
                    return -1;
                }
            }
        }
        // SAFETY: a valid message.
        let sent = match unsafe { view::encode(msg) } {
            Some(bytes) => matches!(self.tport().map(|tp| tp.send(proto, dest, &bytes)), Some(Ok(_))),
            None => false,
        };
        if sent {
            return 0;
        }
        su_debug!(nta_log, 3, "nta_msg_tsend(request): send fails\n");
        if ours {
            // The message as it was, for another target.
            // SAFETY: a valid message with our Via on top.
            unsafe { crate::sip::util::sip_via_remove(msg, m::public(msg) as *mut SipT) };
        }
        -1
    }

    /// `nta_msg_mreply()`: answers request `req` (given to the stateless callback) with
    /// `reply` (NULL: a new message): `add` adds the application's headers, then what the
    /// reply lacks is taken from the request (status line from `status`/`phrase`, Via,
    /// From, To with a new tag above 100, Call-ID, CSeq, Record-Route). Consumes both
    /// messages; 0 when sent, else -1.
    ///
    /// # Safety
    /// `reply` NULL or a valid message, `req` NULL or a valid message, both the caller's.
    pub unsafe fn msg_mreply(
        &self,
        reply: *mut MsgObj,
        status: i32,
        phrase: Option<&str>,
        req: *mut MsgObj,
        add: &mut dyn FnMut(*mut MsgObj) -> bool,
    ) -> i32 {
        let origin = if req.is_null() { None } else { self.take_origin(req) };
        let reply = if reply.is_null() { view::new_msg(self.params().sipflags as std::ffi::c_int) } else { reply };
        // SAFETY: contract.
        let r = unsafe {
            if reply.is_null() || req.is_null() || m::public(reply).is_null() || view::slot(req, "request").is_null() {
                -1
            } else if !add(reply) {
                su_debug!(nta_log, 3, "nta_msg_mreply: cannot add user headers\n");
                -1
            } else if !self.complete_reply(reply, status, phrase, req) {
                su_debug!(nta_log, 3, "nta_msg_mreply: cannot complete message\n");
                -1
            } else {
                match (origin, view::encode(reply)) {
                    (Some(o), Some(b)) if self.send_back(o, &b).is_ok() => 0,
                    _ => -1,
                }
            }
        };
        // SAFETY: both are ours now.
        unsafe {
            if !reply.is_null() {
                msg_destroy(reply);
            }
            if !req.is_null() {
                msg_destroy(req);
            }
        }
        r
    }

    /// Fills in what `reply` lacks from `req`; false when a required header is missing.
    ///
    /// # Safety
    /// Both valid messages; `req` a request.
    unsafe fn complete_reply(&self, reply: *mut MsgObj, status: i32, phrase: Option<&str>, req: *mut MsgObj) -> bool {
        // SAFETY: contract; new headers go into the reply's home.
        unsafe {
            let home = m::home(reply);
            if view::slot(reply, "status").is_null() {
                let phrase_c = phrase.and_then(|p| CString::new(p).ok());
                let st = crate::sip::create::sip_status_create(home, status as u32, phrase_c.as_ref().map_or(ptr::null(), |c| c.as_ptr()), ptr::null());
                if !view::insert(reply, st.cast()) {
                    return false;
                }
            }
            for sym in ["via", "from", "to", "call_id", "cseq"] {
                if view::slot(reply, sym).is_null() && !view::slot(req, sym).is_null() && !view::add_dup(reply, view::slot(req, sym)) {
                    return false;
                }
            }
            let rr = view::slot(req, "record_route");
            if !rr.is_null() && view::slot(reply, "record_route").is_null() && !view::add_dup(reply, rr) {
                return false;
            }
            let st = view::slot(reply, "status");
            let to = view::slot(reply, "to");
            if !st.is_null() && view::i32_at(st, view::ST_STATUS) > 100 && !to.is_null() && view::str_at(to, view::A_TAG).is_none() {
                let t = CString::new(self.newtag()).unwrap_or_default();
                if crate::sip::create::sip_to_tag(home, to.cast(), t.as_ptr()) < 0 {
                    return false;
                }
            }
            ["status", "via", "from", "to", "call_id", "cseq"].iter().all(|s| !view::slot(reply, s).is_null())
        }
    }
}

/// The first Route's URL when it has `;lr` (loose routing: the request goes there with
/// its Request-URI unchanged).
///
/// # Safety
/// `msg` a valid message.
unsafe fn loose_route(msg: *mut MsgObj) -> Option<Vec<u8>> {
    // SAFETY: contract.
    let r = unsafe { view::slot(msg, "route") };
    if r.is_null() {
        return None;
    }
    // SAFETY: a valid Route header (its URL at the name-addr offset).
    let u = unsafe { url::print(&crate::url::api::view((r as *const u8).add(view::A_URL) as *const crate::url::url_t)) };
    let lr = {
        let p = url::parse(&u)?;
        let v = url::View::of_parsed(&p);
        v.f[url::PARAMS].and_then(|ps| url::param(ps, b"lr")).is_some()
    };
    lr.then_some(u)
}
