//! The transaction layer (`nta`): an agent on a root's transport, client transactions
//! (RFC 3261 §17.1), server transactions (§17.2), and legs (dialogs and local destinations)
//! that incoming requests are dispatched to.
//!
//! The safe core is used from Rust through [`Agent`], [`Leg`], [`Outgoing`] and
//! [`Incoming`], with closures as callbacks; `api.rs` puts Sofia's C API (`nta.h`) on top.
//! Everything runs on the root's thread: the objects are `Rc`-based and `!Send`.
//!
//! Callbacks are always called from the root's loop (a transport event or a timer), never
//! from inside a method of these types, and without any internal borrow held: a callback
//! may create, reply to, or destroy any object, including the agent.
//!
//! State machines (timer names of RFC 3261 §17):
//! - client non-INVITE: Trying/Proceeding (E: retransmit over UDP, T1 doubling up to T2;
//!   F = 64·T1 → local 408) → Completed (K = T4 over UDP, 0 over TCP) → Terminated.
//! - client INVITE: Calling (A: retransmit over UDP, T1 doubling; B = 64·T1 → local 408) →
//!   Proceeding → Completed after a final ≥ 300 (ACK sent by the transaction and re-sent for
//!   every retransmitted final response; D = max(32 s, 64·T1) over UDP) or Accepted after
//!   2xx (further 2xx go to the application for 64·T1) → Terminated.
//! - server non-INVITE: Trying/Proceeding → Completed (J = 64·T1 over UDP, 0 over TCP): a
//!   retransmitted request gets the last response again.
//! - server INVITE: "100 Trying" at once (or from timer N1: `extra100.rs`); Proceeding → Completed after a final ≥ 300 (G:
//!   response retransmitted over UDP, T1 doubling up to T2; H = 64·T1) → Confirmed by the
//!   ACK (I = T4 over UDP) → Terminated; a 2xx terminates it (the dialog layer retransmits).
//! - Transport errors (connection refused, write error, no route) give a local
//!   "503 Service Unavailable" at once, unless a resolved host name left other targets:
//!   then the request goes to the next one (as after a 503 with NTATAG_SRV_503, or timer
//!   B/F without any response), RFC 3263 §4.3.

pub mod api;
pub mod view;
mod extra100;
mod graylist;
mod irq_index;
mod irq_timers;
mod stateless;
mod tls_connect;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{c_int, c_void, CString};
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::ptr;
use std::rc::{Rc, Weak};

use crate::msg::api::msg_destroy;
use crate::msg::message::{self as m, MsgObj};
use crate::su::log::nta_log;
use crate::su::root::su_root_t;
use crate::su::timer::Timer;
use crate::su_debug;
use crate::tport::{Config, ConnId, Proto, Tport, TportEvent};
use crate::url::syntax as url;

pub use view::{method_of, status_of};

/// Sofia's defaults (`NTA_SIP_T1` …).
pub const SIP_T1: u32 = 500;
pub const SIP_T2: u32 = 4000;
pub const SIP_T4: u32 = 5000;
/// Largest timer value (`NTA_TIME_MAX`).
pub const TIME_MAX: u32 = 15 * 24 * 3600 * 1000;

/// Agent parameters (the `NTATAG_*` that this slice implements).
#[derive(Clone, Debug)]
pub struct Params {
    pub t1: u32,
    pub t2: u32,
    pub t4: u32,
    pub t1x64: u32,
    pub max_forwards: u32,
    /// NTATAG_USER_VIA: keep a Via the application put into the request.
    pub user_via: bool,
    /// NTATAG_CLIENT_RPORT: `;rport` in our Via over UDP.
    pub rport: bool,
    /// NTATAG_TCP_RPORT: `;rport` over TCP too.
    pub tcp_rport: bool,
    /// NTATAG_TLS_RPORT: `;rport` over TLS too.
    pub tls_rport: bool,
    /// NTATAG_SERVER_RPORT: the `rport=` of received requests (RFC 3581): 0 never, 1 when
    /// the client asked for it or over a connection (default), 2 always, 3 always for user
    /// agents known to need it (Sofia's list: Polycom, KIRK Wireless Server, ADTRAN).
    pub server_rport: u32,
    /// NTATAG_CANCEL_2543: CANCEL as in RFC 2543: the INVITE transaction ends with a local
    /// 487 at once, and the CANCEL goes out even before a provisional response.
    pub cancel_2543: bool,
    /// Answer "100 Trying" at once to every INVITE (off: timer N1 of `extra100.rs`, as for
    /// a plain nta agent of the C API; the user agent layer turns it off with
    /// the fork's NUTAG_AUTO_INVITE_100(0): the application then sends its own).
    pub invite_100: bool,
    /// NTATAG_TIMEOUT_408: give the application a 408 response message on timeout.
    pub timeout_408: bool,
    /// NTATAG_SIPFLAGS: flags of the messages the agent creates.
    pub sipflags: u32,
    /// NTATAG_DEFAULT_PROXY: where requests without a route go.
    pub default_proxy: Option<Vec<u8>>,
    /// NTATAG_UA: the agent is a user agent (it retransmits its 2xx responses to INVITE
    /// until the ACK arrives, and matches that ACK to the INVITE transaction).
    pub ua: bool,
    /// NTATAG_CANCEL_487: answer a cancelled INVITE 487 automatically.
    pub cancel_487: bool,
    /// The User-Agent of the automatic 100 Trying (the user agent layer's).
    pub user_agent: Option<String>,
    /// NTATAG_MAX_RECV_REQUESTS_PER_SECOND (fork): above this many new requests in a second
    /// the agent answers 503 with Retry-After instead of taking them (0: no limit).
    pub max_recv_rps: u32,
    /// TPTAG_CERTIFICATE / NUTAG_CERTIFICATE_DIR: the certificate directory of TLS and WSS
    /// listeners.
    pub certificate_dir: Option<std::path::PathBuf>,
    /// The other `TPTAG_*` transport parameters (TLS verification, ciphers, reuse, idle
    /// and connect timeouts, log, dump, keep-alives), applied when the agent binds its
    /// transports; log, dump and keep-alives also when they change later.
    pub tport: crate::tport::tags::TportParams,
    /// NTATAG_SRV_503: a 503 from one resolved target makes the transaction try the next
    /// one (RFC 3263 §4.3). Sofia 1.13's default is on; Debian's 1.12 has no such option
    /// and never fails over on 503, so the 1.12 flavour starts with it off.
    pub srv_503: bool,
    /// NTATAG_MERGE_482: answer "482 Request merged" to a request without To tag that has
    /// the From tag, Call-ID and CSeq of a server transaction but another branch (RFC 3261
    /// §8.2.2.2). Off by default as in Sofia; the user agent layer turns it on.
    pub merge_482: bool,
    /// NTATAG_USE_NAPTR: NAPTR lookups for host names without port and transport.
    pub use_naptr: bool,
    /// NTATAG_USE_SRV: SRV lookups for host names without port (off: NAPTR is off too).
    pub use_srv: bool,
    /// NTATAG_EXTRA_100: "100 Trying" for requests left unanswered for T2/2 (`extra100.rs`).
    pub extra_100: bool,
    /// NTATAG_TLS_ORQ_CONNECT_TIMEOUT (fork): ms a request waits for its TLS connection
    /// before trying the next target (`tls_connect.rs`); 0: off.
    pub tls_orq_connect_timeout: u32,
    /// NTATAG_GRAYLIST: seconds a failed SRV target stays last (`graylist.rs`); 0: off.
    pub graylist: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            t1: SIP_T1,
            t2: SIP_T2,
            t4: SIP_T4,
            t1x64: 64 * SIP_T1,
            max_forwards: 70,
            user_via: false,
            rport: false,
            tcp_rport: false,
            tls_rport: false,
            server_rport: 1,
            cancel_2543: false,
            invite_100: true,
            timeout_408: true,
            sipflags: 0,
            default_proxy: None,
            ua: false,
            cancel_487: true,
            user_agent: None,
            max_recv_rps: 0,
            certificate_dir: None,
            tport: Default::default(),
            srv_503: cfg!(not(feature = "abi-1-12")),
            merge_482: false,
            use_naptr: true,
            use_srv: true,
            extra_100: false,
            tls_orq_connect_timeout: 0,
            graylist: 600,
        }
    }
}

/// Callback of a client transaction: the response message (owned by the transaction, valid
/// during the call). The return value is ignored (Sofia's convention: 0).
pub type ResponseCb = Box<dyn FnMut(&Outgoing, *mut MsgObj) -> i32>;
/// Callback of a leg for a new server transaction: return 0 to answer later (with
/// [`Incoming::reply`]), or a status 100…699 that the agent answers with.
pub type RequestCb = Box<dyn FnMut(&Leg, &Incoming, *mut MsgObj) -> i32>;
/// Stateless callback of the agent for requests no leg takes (it owns the message; answer
/// with [`Agent::msg_reply`]) and for stray responses.
pub type MessageCb = Box<dyn FnMut(&Agent, *mut MsgObj)>;
/// Callback of a server transaction (nta_incoming_bind()): the ACK or CANCEL request
/// (owned by the agent, valid during the call), or NULL when the transaction timed out
/// (timer H: no ACK for the final response).
pub type AckCancelCb = Box<dyn FnMut(&Incoming, *mut MsgObj) -> i32>;

/// Where a message came from (to send the responses back).
#[derive(Clone, Copy, Debug)]
struct Origin {
    proto: Proto,
    peer: SocketAddr,
    conn: Option<ConnId>,
}

/// The transaction-layer agent of one root.
#[derive(Clone)]
pub struct Agent(Rc<AgentInner>);

pub struct AgentInner {
    root: *mut su_root_t,
    me: Weak<AgentInner>,
    tport: RefCell<Option<Tport>>,
    st: RefCell<AgentState>,
    cb: RefCell<Option<MessageCb>>,
    /// A message used as the agent's home (the Contact header).
    home: *mut MsgObj,
    contact: Cell<*mut c_void>,
    /// `nta_agent_via()`: one Via per bound transport, made on first use (agent's home).
    vias: Cell<*mut c_void>,
    /// The C application's context pointer.
    pub(crate) magic: Cell<usize>,
    /// Deadlines of the server transactions' timers.
    irq_timers: RefCell<irq_timers::IrqTimers>,
    /// Answers of host name lookups, until their TTL (shared with the lookup threads; freed
    /// with the agent).
    dns_cache: std::sync::Arc<std::sync::Mutex<crate::sres::core::Cache>>,
}

impl Drop for AgentInner {
    fn drop(&mut self) {
        for (_, m) in self.st.get_mut().forwards.drain() {
            // SAFETY: a request we own (a stateless forward still waiting for a lookup).
            unsafe { msg_destroy(m as *mut MsgObj) };
        }
        // SAFETY: our home message, destroyed once (the Contact lives in it).
        unsafe { msg_destroy(self.home) };
    }
}

struct AgentState {
    /// Shared: read for every message (`Agent::params` hands out a reference count, not a
    /// copy of its strings).
    params: Rc<Params>,
    /// Host for Via and Contact.
    host: String,
    /// `host` is a name given with `;maddr=`, not the bound address.
    canon: bool,
    bound: Vec<(Proto, SocketAddr)>,
    /// Client transactions by (branch, method): a CANCEL shares the INVITE's branch.
    orqs: HashMap<(Vec<u8>, Vec<u8>), Outgoing>,
    /// Server transactions by [`irq_key`] (branch and method), and by Call-ID (merged-request
    /// and ACK matching look there instead of going through every transaction).
    irqs: irq_index::IrqIndex,
    legs: Vec<Weak<LegInner>>,
    default_leg: Option<Weak<LegInner>>,
    /// Messages handed to the stateless callback, by address, with their origin.
    stateless: Vec<(usize, Origin)>,
    /// Requests forwarded statelessly to a host name, waiting for its lookup, by token
    /// (owned here: destroyed with the agent if the answer never comes).
    forwards: HashMap<u64, usize>,
    destroyed: bool,
    /// Overload protection: the current one-second window and the new requests in it.
    window: (Option<std::time::Instant>, u32),
}

/// Length of our tags.
const TAG_LEN: usize = 13;

/// A new tag (as [`Agent::newtag`]) made on the stack and shared.
fn new_tag_rc() -> Rc<str> {
    let mut buf = [0u8; TAG_LEN];
    token_into(&mut buf);
    // Alphanumeric ASCII.
    Rc::from(std::str::from_utf8(&buf).unwrap_or_default())
}

/// Fills `out` with random alphanumeric text.
fn token_into(out: &mut [u8]) {
    const A: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut r = crate::su::uniqueid::random64();
    for (i, o) in out.iter_mut().enumerate() {
        if i % 10 == 9 {
            r = crate::su::uniqueid::random64();
        }
        *o = A[(r % A.len() as u64) as usize];
        r /= A.len() as u64;
    }
}

/// Random alphanumeric text (tags, branches).
pub(crate) fn token(n: usize) -> String {
    let mut v = vec![0u8; n];
    token_into(&mut v);
    // Alphanumeric ASCII.
    String::from_utf8(v).unwrap_or_default()
}

/// The first IPv4 address of an interface that is up and not loopback; else 127.0.0.1.
fn local_ipv4() -> Ipv4Addr {
    let mut found = None;
    let mut ifap: *mut libc::ifaddrs = ptr::null_mut();
    // SAFETY: getifaddrs fills a list we free with freeifaddrs; we only read it meanwhile.
    unsafe {
        if libc::getifaddrs(&mut ifap) == 0 {
            let mut p = ifap;
            while !p.is_null() {
                let ifa = &*p;
                let up = ifa.ifa_flags & libc::IFF_UP as u32 != 0;
                let lo = ifa.ifa_flags & libc::IFF_LOOPBACK as u32 != 0;
                if up && !lo && !ifa.ifa_addr.is_null() && (*ifa.ifa_addr).sa_family as c_int == libc::AF_INET {
                    let sin = &*(ifa.ifa_addr as *const libc::sockaddr_in);
                    found = Some(Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr)));
                    break;
                }
                p = ifa.ifa_next;
            }
            libc::freeifaddrs(ifap);
        }
    }
    found.unwrap_or(Ipv4Addr::LOCALHOST)
}

/// The transport configuration of an agent (certificate directory for TLS and WSS).
fn tport_config(p: &Params) -> Config {
    let mut c = Config::default();
    p.tport.apply(&mut c);
    c.tls.cert_dir = p.certificate_dir.clone().or(c.tls.cert_dir);
    c
}

/// What a contact URL given to an agent asks to bind, and what the agent then advertises.
struct BindUrl {
    /// `sip:host:port[;transport=x]` for [`Tport::bind`]: the address is `;maddr=` when the
    /// URL has one (FreeSWITCH binds a local address and advertises a public name).
    spec: String,
    /// The host to advertise in Contact and Via instead of the bound address (the URL's
    /// host when `;maddr=` gave the address to bind).
    canon: Option<String>,
    /// `sips:` URL: TLS (or WSS), Contact `sips:`.
    sips: bool,
    /// The URL's `;transport=` as given, repeated in the Contact.
    transport: Option<String>,
}

fn bind_url(u: &[u8]) -> io::Result<BindUrl> {
    let bad = || io::Error::new(io::ErrorKind::InvalidInput, "nta: bad contact URL");
    let p = url::parse(u).ok_or_else(bad)?;
    let v = url::View::of_parsed(&p);
    let host = v.f[url::HOST].ok_or_else(bad)?;
    let sips = v.f[url::SCHEME].is_some_and(|s| s.eq_ignore_ascii_case(b"sips"));
    let port = match v.f[url::PORT] {
        None if sips => b"5061".as_slice(),
        None => b"5060".as_slice(),
        Some(b"*") | Some(b"") => b"0".as_slice(),
        Some(p) => p,
    };
    let params = v.f[url::PARAMS];
    let maddr = params.and_then(|ps| url::param(ps, b"maddr")).filter(|m| !m.is_empty());
    let bind_host = maddr.unwrap_or(host);
    let canon = maddr.filter(|_| host != b"*").map(|_| String::from_utf8_lossy(host).into_owned());
    let mut s = format!("sip:{}:{}", String::from_utf8_lossy(bind_host), String::from_utf8_lossy(port));
    let t = params.and_then(|ps| url::param(ps, b"transport"));
    if let Some(t) = t {
        s.push_str(";transport=");
        // sips: is TLS over TCP, and secure WebSocket over WebSocket.
        if sips && t.eq_ignore_ascii_case(b"ws") {
            s.push_str("wss");
        } else if sips && t.eq_ignore_ascii_case(b"tcp") {
            s.push_str("tls");
        } else {
            s.push_str(&String::from_utf8_lossy(t));
        }
    } else if sips {
        s.push_str(";transport=tls");
    }
    Ok(BindUrl { spec: s, canon, sips, transport: t.map(|t| String::from_utf8_lossy(t).into_owned()) })
}

/// A destination given by a host name.
struct NamedTarget {
    /// The transport the URI names (`;transport=`, `sips:` → TLS), else UDP.
    proto: Proto,
    host: String,
    port: Option<u16>,
    /// `;transport=` given: no NAPTR, SRV for that transport only.
    explicit: bool,
    sips: bool,
}

/// The host name part of a target URL that is not an IP address (None otherwise).
fn named_target(u: &[u8]) -> Option<NamedTarget> {
    let p = url::parse(u)?;
    let v = url::View::of_parsed(&p);
    let sips = v.f[url::SCHEME].is_some_and(|s| s.eq_ignore_ascii_case(b"sips"));
    let host = std::str::from_utf8(v.f[url::HOST]?).ok()?;
    if host.starts_with('[') || host.parse::<IpAddr>().is_ok() || host.is_empty() {
        return None;
    }
    let port = v.f[url::PORT].filter(|p| !p.is_empty()).and_then(|p| std::str::from_utf8(p).ok()?.parse().ok());
    let tp = v.f[url::PARAMS].and_then(|ps| url::param(ps, b"transport"));
    let proto = match tp {
        Some(t) if t.eq_ignore_ascii_case(b"ws") || t.eq_ignore_ascii_case(b"wss") => {
            if sips || t.eq_ignore_ascii_case(b"wss") {
                Proto::Wss
            } else {
                Proto::Ws
            }
        }
        _ if sips => Proto::Tls,
        Some(t) if t.eq_ignore_ascii_case(b"tcp") => Proto::Tcp,
        Some(t) if t.eq_ignore_ascii_case(b"tls") => Proto::Tls,
        _ => Proto::Udp,
    };
    Some(NamedTarget { proto, host: host.to_string(), port, explicit: tp.is_some(), sips })
}

/// What a lookup of a [`NamedTarget`] may use: the agent's transports, the address
/// record types in the order to query, and the NAPTR/SRV switches.
struct ResolveCtx {
    /// The agent's DNS cache.
    cache: std::sync::Arc<std::sync::Mutex<crate::sres::core::Cache>>,
    tports: Vec<Proto>,
    addr_types: Vec<u16>,
    naptr: bool,
    srv: bool,
    /// Which targets came from which SRV record (`graylist.rs`).
    srv_of: RefCell<Vec<(usize, usize, graylist::SrvOrigin)>>,
}

/// At most this many addresses are tried for one request.
const MAX_TARGETS: usize = 16;

/// RFC 3263 data of a transport: NAPTR service, SRV prefix, default port.
fn dns_tport(p: Proto) -> (&'static [u8], &'static str, u16) {
    match p {
        Proto::Udp => (b"SIP+D2U", "_sip._udp.", 5060),
        Proto::Tcp => (b"SIP+D2T", "_sip._tcp.", 5060),
        Proto::Tls => (b"SIPS+D2T", "_sips._tcp.", 5061),
        // RFC 7118 §7.
        Proto::Ws => (b"SIP+D2W", "_sip._ws.", 5060),
        Proto::Wss => (b"SIPS+D2W", "_sips._ws.", 5061),
    }
}

/// The addresses of `name` (record types in `ctx.addr_types` order) at `port`.
fn dns_addrs(ctx: &ResolveCtx, name: &[u8], proto: Proto, port: u16, out: &mut Vec<(Proto, SocketAddr)>) {
    use crate::sres::wire::RData;
    for &qtype in &ctx.addr_types {
        let res = crate::sres::api::lookup(&ctx.cache, qtype, name);
        su_debug!(nta_log, 9, "nta: lookup {} {}: {}\n", qtype, String::from_utf8_lossy(name), res.as_ref().map_or(0, |r| r.len()));
        for r in res.iter().flatten().filter(|r| r.status == 0 && r.rtype == qtype) {
            let a = match r.data {
                RData::A(a) => SocketAddr::from((a, port)),
                RData::Aaaa(a) => SocketAddr::from((a, port)),
                _ => continue,
            };
            if out.len() < MAX_TARGETS && !out.contains(&(proto, a)) {
                out.push((proto, a));
            }
        }
    }
}

/// The SRV records of `name` in RFC 2782 order (priority, then a weighted random order
/// within a priority), each target's addresses appended to `out`. Whether there were any.
fn dns_srv(ctx: &ResolveCtx, name: &[u8], proto: Proto, out: &mut Vec<(Proto, SocketAddr)>) -> bool {
    use crate::sres::wire::RData;
    let Ok(recs) = crate::sres::api::lookup(&ctx.cache, 33, name) else { return false };
    let mut srv: Vec<(u16, u16, u16, Vec<u8>)> = recs
        .iter()
        .filter(|r| r.status == 0)
        .filter_map(|r| match &r.data {
            RData::Srv { priority, weight, port, target } => Some((*priority, *weight, *port, target.clone())),
            _ => None,
        })
        .collect();
    su_debug!(nta_log, 5, "nta: {} IN SRV: {} records\n", String::from_utf8_lossy(name), srv.len());
    if srv.is_empty() {
        return false;
    }
    srv.sort_by_key(|r| r.0);
    let mut ordered = Vec::with_capacity(srv.len());
    while !srv.is_empty() {
        let prio = srv[0].0;
        let n = srv.iter().take_while(|r| r.0 == prio).count();
        let total: u64 = srv[..n].iter().map(|r| r.1 as u64).sum();
        let mut pick = 0;
        if n > 1 && total > 0 {
            let mut x = crate::su::uniqueid::random64() % total;
            while pick < n - 1 && x >= srv[pick].1 as u64 {
                x -= srv[pick].1 as u64;
                pick += 1;
            }
        }
        ordered.push(srv.remove(pick));
    }
    for (_, _, port, target) in ordered {
        // "." as target: the service is not offered at this domain (RFC 2782).
        if target.as_slice() != b"." && !target.is_empty() {
            let from = out.len();
            dns_addrs(ctx, &target, proto, port, out);
            ctx.note_srv(graylist::SrvOrigin { name: name.to_vec(), target, port }, from, out.len());
        }
    }
    true
}

/// Resolves a named target (RFC 3263 §4): the (transport, address) pairs to try in order.
/// With a port: the host's addresses. Without port and transport: NAPTR first; the
/// transport is the one of our transports whose best SIP NAPTR record comes first (order,
/// then preference), and the records of that service with the first order give SRV ("s")
/// or address ("a") lookups of their replacement. Without NAPTR records for SIP: SRV for
/// each of our transports (only the URI's with `;transport=`), and without SRV records the
/// host's addresses on the default port. Blocking: run it off the loop.
fn resolve_named(t: &NamedTarget, ctx: &ResolveCtx) -> Vec<(Proto, SocketAddr)> {
    use crate::sres::wire::RData;
    let mut out = Vec::new();
    const ORDER: [Proto; 5] = [Proto::Udp, Proto::Tcp, Proto::Tls, Proto::Ws, Proto::Wss];
    let cands: Vec<Proto> = ORDER
        .iter()
        .copied()
        .filter(|p| ctx.tports.contains(p))
        .filter(|p| if t.explicit { *p == t.proto } else { !t.sips || p.is_secure() })
        .collect();
    if cands.is_empty() {
        su_debug!(nta_log, 3, "nta: transport {} is not supported\n", t.proto.name());
        return out;
    }
    let host = t.host.as_bytes();
    let plain = if cands.contains(&t.proto) { t.proto } else { cands[0] };
    if let Some(port) = t.port {
        dns_addrs(ctx, host, plain, port, &mut out);
        return out;
    }
    if ctx.srv && ctx.naptr && !t.explicit {
        let mut recs: Vec<(u16, u16, Vec<u8>, Vec<u8>, Vec<u8>)> = crate::sres::api::lookup(&ctx.cache, 35, host)
            .iter()
            .flatten()
            .filter(|r| r.status == 0)
            .filter_map(|r| match &r.data {
                RData::Naptr { order, prefer, flags, services, replace, .. } => Some((*order, *prefer, flags.clone(), services.clone(), replace.clone())),
                _ => None,
            })
            .filter(|r| {
                let s = r.3.to_ascii_uppercase();
                s.starts_with(b"SIP+") || s.starts_with(b"SIPS+")
            })
            .collect();
        if !recs.is_empty() {
            recs.sort_by_key(|r| (r.0, r.1));
            // Our transport whose first record comes first.
            let chosen = recs.iter().find_map(|r| cands.iter().copied().find(|p| r.3.eq_ignore_ascii_case(dns_tport(*p).0)));
            let Some(chosen) = chosen else {
                su_debug!(nta_log, 3, "nta: {}: no NAPTR record for our transports\n", t.host);
                return out;
            };
            let service = dns_tport(chosen).0;
            let mine: Vec<_> = recs.iter().filter(|r| r.3.eq_ignore_ascii_case(service)).collect();
            let first_order = mine[0].0;
            for r in mine.into_iter().filter(|r| r.0 == first_order) {
                su_debug!(nta_log, 5, "nta: {} IN NAPTR {} {} {} -> {}\n", t.host, r.0, r.1, String::from_utf8_lossy(&r.3), String::from_utf8_lossy(&r.4));
                match r.2.first().map(u8::to_ascii_lowercase) {
                    Some(b's') => {
                        dns_srv(ctx, &r.4, chosen, &mut out);
                    }
                    Some(b'a') => dns_addrs(ctx, &r.4, chosen, dns_tport(chosen).2, &mut out),
                    _ => {}
                }
            }
            return out;
        }
    }
    if ctx.srv {
        for &p in &cands {
            let name = format!("{}{}", dns_tport(p).1, t.host);
            dns_srv(ctx, name.as_bytes(), p, &mut out);
        }
        if !out.is_empty() {
            return out;
        }
    }
    dns_addrs(ctx, host, plain, dns_tport(plain).2, &mut out);
    out
}

thread_local! {
    /// Client transactions waiting for a host name lookup, by token (the root's thread).
    static RESOLVING: RefCell<HashMap<u64, Weak<OrqInner>>> = RefCell::new(HashMap::new());
}
static NEXT_LOOKUP: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Where a request to `u` goes: IP literals and `localhost` (host names go through
/// [`named_target`] and a lookup); port 5060 by default; `;transport=tcp|udp` (default
/// UDP); `;maddr=` is not used.
fn target_of(u: &[u8]) -> Result<(Proto, SocketAddr), &'static str> {
    let p = url::parse(u).ok_or("Bad Request-URI")?;
    let v = url::View::of_parsed(&p);
    let sips = match v.f[url::SCHEME] {
        Some(s) if s.eq_ignore_ascii_case(b"sip") => false,
        Some(s) if s.eq_ignore_ascii_case(b"sips") => true,
        _ => return Err("Unsupported URI Scheme"),
    };
    let host = v.f[url::HOST].ok_or("No host")?;
    let host = std::str::from_utf8(host).map_err(|_| "Bad host")?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let ip: IpAddr = if host.eq_ignore_ascii_case("localhost") {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    } else {
        host.parse().map_err(|_| "Cannot resolve host name")?
    };
    let port: u16 = match v.f[url::PORT] {
        None | Some(b"") if sips => 5061,
        None | Some(b"") => 5060,
        Some(p) => std::str::from_utf8(p).ok().and_then(|p| p.parse().ok()).ok_or("Bad port")?,
    };
    // sips: always goes over TLS (RFC 3261 §26.2.2); so does ;transport=tls. WebSocket
    // (RFC 7118): ;transport=ws, and ;transport=wss or sips: with ws for the secure one.
    let proto = match v.f[url::PARAMS].and_then(|ps| url::param(ps, b"transport")) {
        Some(t) if t.eq_ignore_ascii_case(b"wss") => Proto::Wss,
        Some(t) if t.eq_ignore_ascii_case(b"ws") => {
            if sips {
                Proto::Wss
            } else {
                Proto::Ws
            }
        }
        _ if sips => Proto::Tls,
        None => Proto::Udp,
        Some(t) if t.eq_ignore_ascii_case(b"udp") => Proto::Udp,
        Some(t) if t.eq_ignore_ascii_case(b"tcp") => Proto::Tcp,
        Some(t) if t.eq_ignore_ascii_case(b"tls") => Proto::Tls,
        Some(_) => return Err("Unsupported transport"),
    };
    Ok((proto, SocketAddr::new(ip, port)))
}

impl Agent {
    /// An agent on `root` with transports bound for `contact` (`sip:*:*` when None: UDP and
    /// TCP on every IPv4 interface, any port).
    ///
    /// # Safety
    /// `root` must be a live root used on this thread; the agent must be destroyed
    /// ([`Agent::destroy`]) before the root.
    pub unsafe fn create(root: *mut su_root_t, contact: Option<&[u8]>, params: Params, cb: Option<MessageCb>) -> io::Result<Agent> {
        let bu = bind_url(contact.unwrap_or(b"sip:*:*"))?;
        let tcfg = tport_config(&params);
        let home = view::new_msg(0);
        if home.is_null() {
            return Err(io::ErrorKind::OutOfMemory.into());
        }
        let inner = Rc::new_cyclic(|me: &Weak<AgentInner>| AgentInner {
            root,
            me: me.clone(),
            tport: RefCell::new(None),
            st: RefCell::new(AgentState {
                params: Rc::new(params),
                host: String::new(),
                canon: false,
                bound: Vec::new(),
                orqs: HashMap::new(),
                irqs: Default::default(),
                legs: Vec::new(),
                default_leg: None,
                stateless: Vec::new(),
                forwards: HashMap::new(),
                destroyed: false,
                window: (None, 0),
            }),
            dns_cache: Default::default(),
            irq_timers: Default::default(),
            cb: RefCell::new(cb),
            home,
            contact: Cell::new(ptr::null_mut()),
            vias: Cell::new(ptr::null_mut()),
            magic: Cell::new(0),
        });
        let weak = inner.me.clone();
        // SAFETY: caller contract (live root on this thread, outliving the agent's tport,
        // which destroy() drops).
        let tp = unsafe {
            Tport::new(root, tcfg, move |_tp, ev| {
                if let Some(a) = weak.upgrade() {
                    Agent(a).on_event(ev);
                }
            })
        }?;
        let bound = tp.bind(&bu.spec, &[])?;
        let ip = bound[0].1.ip();
        let host = if let Some(c) = &bu.canon {
            c.clone()
        } else if ip.is_unspecified() {
            local_ipv4().to_string()
        } else if let IpAddr::V6(v6) = ip {
            format!("[{v6}]")
        } else {
            ip.to_string()
        };
        *inner.tport.borrow_mut() = Some(tp);
        {
            let mut st = inner.st.borrow_mut();
            st.host = host.clone();
            st.canon = bu.canon.is_some();
            st.bound = bound.clone();
        }
        // Contact: sip:host:port (sips: for a sips: URL), with the URL's ;transport=, or
        // ;transport=tcp|ws|wss when only that is bound.
        let port = bound[0].1.port();
        let mut c = format!("<{}:{host}:{port}", if bu.sips { "sips" } else { "sip" });
        let first = bound[0].0;
        if let Some(t) = &bu.transport {
            c.push_str(";transport=");
            c.push_str(t);
        } else if matches!(first, Proto::Tcp | Proto::Ws | Proto::Wss) && bound.iter().all(|(p, _)| *p == first) {
            c.push_str(";transport=");
            c.push_str(first.name());
        }
        c.push('>');
        // SAFETY: our home message.
        let h = unsafe { view::make(home, "contact", c.as_bytes()) };
        inner.contact.set(h);
        su_debug!(nta_log, 5, "nta: agent bound {:?} (contact {})\n", bound, c);
        Ok(Agent(inner))
    }

    pub(crate) fn inner(&self) -> &Rc<AgentInner> {
        &self.0
    }

    /// The `nta_agent_t *` of this agent (no reference taken: valid while the agent lives).
    #[cfg_attr(feature = "abi-1-12", allow(dead_code))] // used by the fork's nua_get_agent
    pub(crate) fn as_handle(&self) -> usize {
        Rc::as_ptr(&self.0) as usize
    }

    pub(crate) fn from_rc(rc: Rc<AgentInner>) -> Agent {
        Agent(rc)
    }

    /// The agent's Contact header (`sip_contact_t *`, valid while the agent lives).
    pub fn contact(&self) -> *mut c_void {
        self.0.contact.get()
    }

    /// The agent's root.
    pub fn root(&self) -> *mut su_root_t {
        self.0.root
    }

    /// Binds more transports from a URL (`nta_agent_add_tport`; `NUTAG_WS_URL` …):
    /// `default` are the protocols bound when the URL has no `;transport=`.
    pub fn add_transport(&self, url: &[u8], default: &[Proto]) -> io::Result<Vec<(Proto, SocketAddr)>> {
        let spec = bind_url(url)?.spec;
        let tp = self.tport().ok_or_else(|| io::Error::from_raw_os_error(libc::ESHUTDOWN))?;
        let bound = tp.bind(&spec, default)?;
        su_debug!(nta_log, 5, "nta: agent added {:?}\n", bound);
        self.0.st.borrow_mut().bound.extend(bound.iter().copied());
        self.0.vias.set(ptr::null_mut());
        Ok(bound)
    }

    /// One Via header per bound transport (`SIP/2.0/UDP 127.0.0.1:5060`, ...), linked by
    /// their next pointers, in the agent's home (`nta_agent_via()`); NULL when none is bound.
    /// Made again after transports are added.
    pub fn vias(&self) -> *mut c_void {
        if !self.0.vias.get().is_null() {
            return self.0.vias.get();
        }
        let mut first: *mut c_void = ptr::null_mut();
        let mut prev: *mut c_void = ptr::null_mut();
        let (canon, host) = {
            let st = self.0.st.borrow();
            (st.canon, st.host.clone())
        };
        for (proto, addr) in self.bound() {
            // The advertised name (`;maddr=` binds), the host name of an unspecified
            // address, else the bound address.
            let text = if canon || addr.ip().is_unspecified() {
                format!("SIP/2.0/{} {}:{}", proto.name().to_ascii_uppercase(), host, addr.port())
            } else {
                format!("SIP/2.0/{} {}", proto.name().to_ascii_uppercase(), addr)
            };
            // SAFETY: our home message; the header lives in its home.
            let h = unsafe { view::make(self.0.home, "via", text.as_bytes()) };
            if h.is_null() {
                continue;
            }
            if prev.is_null() {
                first = h;
            } else {
                // SAFETY: a Via of our home.
                unsafe { crate::sip::cmem::set_ptr(prev, crate::sip::cmem::H_NEXT, h) };
            }
            prev = h;
        }
        self.0.vias.set(first);
        first
    }

    /// What a host name lookup for this agent may use (see [`ResolveCtx`]).
    fn resolve_ctx(&self, params: &Params) -> ResolveCtx {
        let st = self.0.st.borrow();
        let (v4, v6) = (st.bound.iter().any(|(_, a)| a.is_ipv4()), st.bound.iter().any(|(_, a)| a.is_ipv6()));
        // Sofia's default order (AAAA, then A), limited to what the agent can reach.
        let addr_types = match (v4, v6) {
            (true, false) => vec![1],
            (false, true) => vec![28],
            _ => vec![28, 1],
        };
        let mut tports: Vec<Proto> = st.bound.iter().map(|(p, _)| *p).collect();
        tports.dedup();
        ResolveCtx { cache: self.0.dns_cache.clone(), tports, addr_types, naptr: params.use_naptr, srv: params.use_srv, srv_of: Default::default() }
    }

    /// `nta_agent_resolver_clean_cache()` (fork): every DNS answer kept is forgotten.
    pub fn clean_dns_cache(&self) {
        *self.0.dns_cache.lock().unwrap_or_else(|e| e.into_inner()) = Default::default();
    }

    /// `nta_agent_reload_tls()` (fork): each TLS and WSS listener reads its certificates
    /// from `cert_dir` again; the number reloaded, None without transports (see
    /// [`Tport::reload_tls_each`]).
    pub fn reload_tls_each(&self, cert_dir: std::path::PathBuf) -> Option<usize> {
        Some(self.tport()?.reload_tls_each(cert_dir))
    }

    /// The TLS and WSS certificates read again, all or nothing (see [`Tport::reload_tls`]).
    pub fn reload_tls(&self, cert_dir: Option<std::path::PathBuf>) -> io::Result<()> {
        self.tport().ok_or_else(|| io::Error::from_raw_os_error(libc::ESHUTDOWN))?.reload_tls(cert_dir)
    }

    /// The bound transports.
    pub fn bound(&self) -> Vec<(Proto, SocketAddr)> {
        self.0.st.borrow().bound.clone()
    }

    /// The bound address of `proto`.
    pub fn local_addr(&self, proto: Proto) -> Option<SocketAddr> {
        self.0.st.borrow().bound.iter().find(|(p, _)| *p == proto).map(|(_, a)| *a)
    }

    pub fn params(&self) -> Rc<Params> {
        self.0.st.borrow().params.clone()
    }

    pub fn set_params(&self, p: Params) {
        let mut st = self.0.st.borrow_mut();
        let merge_on = p.merge_482 && !st.params.merge_482;
        st.params = Rc::new(p);
        if merge_on {
            st.irqs.index_calls();
        }
    }

    /// Replaces the stateless message callback.
    pub fn set_callback(&self, cb: Option<MessageCb>) {
        *self.0.cb.borrow_mut() = cb;
    }

    /// Number of live client / server transactions.
    pub fn transactions(&self) -> (usize, usize) {
        let st = self.0.st.borrow();
        (st.orqs.len(), st.irqs.len())
    }

    /// Closes the transports and ends every transaction (no more callbacks). Application
    /// handles stay valid (their objects are inert).
    pub fn destroy(&self) {
        let (orqs, irqs, legs) = {
            let mut st = self.0.st.borrow_mut();
            st.destroyed = true;
            st.stateless.clear();
            st.default_leg = None;
            (
                st.orqs.drain().map(|(_, o)| o).collect::<Vec<_>>(),
                st.irqs.drain(),
                std::mem::take(&mut st.legs),
            )
        };
        for o in orqs {
            o.0.cb.borrow_mut().take();
            o.0.st.borrow_mut().phase = Phase::Terminated;
            o.0.timers.borrow_mut().take();
        }
        for i in irqs {
            i.0.st.borrow_mut().phase = IrqPhase::Terminated;
            i.0.stop_timers();
        }
        let t = self.0.irq_timers.borrow_mut().clear();
        drop(t);
        for l in legs.iter().filter_map(Weak::upgrade) {
            l.cb.borrow_mut().take();
        }
        let tp = self.0.tport.borrow_mut().take();
        drop(tp);
        self.0.cb.borrow_mut().take();
    }

    fn destroyed(&self) -> bool {
        self.0.st.borrow().destroyed
    }

    fn tport(&self) -> Option<Tport> {
        self.0.tport.borrow().clone()
    }

    /// `TPTAG_LOG` / `TPTAG_CAPT` of the agent's transports (None: unchanged).
    pub fn set_logging(&self, log: Option<bool>, capture: Option<Option<std::sync::Arc<crate::tport::hep::Capture>>>) {
        if let Some(tp) = self.tport() {
            tp.set_logging(log, capture);
        }
    }

    /// The log, dump and keep-alive parameters given after the transports were made
    /// (`nta_agent_set_params()`, `nua_set_params()`) applied to them.
    pub fn apply_live_tport(&self, t: &crate::tport::tags::TportParams) {
        if t.log.is_some() {
            self.set_logging(t.log, None);
        }
        if let Some(d) = &t.dump {
            self.set_dump(d.as_deref());
        }
        if t.keepalive.is_some() || t.pingpong.is_some() || t.pong2ping.is_some() {
            self.set_keepalive(t.keepalive, t.pingpong, t.pong2ping);
        }
        if let Some(s) = t.socket_keepalive {
            self.set_socket_keepalive(s);
        }
    }

    /// `TPTAG_DUMP` of the agent's transports (see [`Tport::set_dump`]).
    pub fn set_dump(&self, path: Option<&str>) {
        if let Some(tp) = self.tport() {
            tp.set_dump(path);
        }
    }

    /// `TPTAG_KEEPALIVE` / `TPTAG_PINGPONG` / `TPTAG_PONG2PING` of the agent's transports
    /// (None: unchanged).
    pub fn set_keepalive(&self, keepalive: Option<u32>, pingpong: Option<u32>, pong2ping: Option<bool>) {
        if let Some(tp) = self.tport() {
            tp.set_keepalive(keepalive, pingpong, pong2ping);
        }
    }

    /// `TPTAG_SOCKET_KEEPALIVE` of the agent's transports (new connections).
    pub fn set_socket_keepalive(&self, secs: u32) {
        if let Some(tp) = self.tport() {
            tp.set_socket_keepalive(secs);
        }
    }

    /// A new tag value (`fmt` may be "tag=%s"-like: the text before `%s` is kept).
    pub fn newtag(&self) -> String {
        token(TAG_LEN)
    }

    /// A new branch value.
    pub fn newbranch(&self) -> String {
        format!("z9hG4bK{}", token(13))
    }

    // ------------------------------------------------------------------ receiving

    fn on_event(&self, ev: TportEvent) {
        match ev {
            TportEvent::Message(im) => {
                let origin = Origin { proto: im.proto, peer: im.peer, conn: im.conn };
                let msg = im.into_raw();
                // SAFETY: a message just parsed by the transport, now ours.
                unsafe {
                    if view::status_of(msg) > 0 {
                        self.recv_response(msg);
                    } else if !view::slot(msg, "request").is_null() {
                        self.recv_request(msg, origin);
                    } else {
                        msg_destroy(msg);
                    }
                }
            }
            TportEvent::Error { conn, peer, error, .. } => {
                su_debug!(nta_log, 5, "nta: transport error with {}: {}\n", peer, error);
                self.transport_failed(Some(conn), peer);
            }
            TportEvent::Unreachable { peer, error } => {
                su_debug!(nta_log, 5, "nta: {} unreachable: {}\n", peer, error);
                self.udp_unreachable(peer);
            }
            TportEvent::Closed { .. } | TportEvent::Pong { .. } => {}
        }
    }

    /// Every client transaction still waiting for a response over `conn` gets a 503.
    fn transport_failed(&self, conn: Option<ConnId>, peer: SocketAddr) {
        self.fail_pending(|s| s.proto.is_stream() && (s.conn == conn && conn.is_some() || s.dest == peer && s.status < 100));
    }

    /// Client transactions over UDP to `peer` that have no response yet get a 503: an ICMP
    /// error says nothing listens there.
    fn udp_unreachable(&self, peer: SocketAddr) {
        self.fail_pending(|s| s.proto == Proto::Udp && s.dest == peer && s.status < 100);
    }

    /// A local 503 for every client transaction still in progress that `hit` selects.
    fn fail_pending(&self, hit: impl Fn(&OrqState) -> bool) {
        let victims: Vec<Outgoing> = self
            .0
            .st
            .borrow()
            .orqs
            .values()
            .filter(|o| {
                let s = o.0.st.borrow();
                matches!(s.phase, Phase::Calling | Phase::Proceeding) && hit(&s)
            })
            .cloned()
            .collect();
        for o in victims {
            o.transport_error();
        }
    }

    /// # Safety
    /// `msg` a response we own.
    unsafe fn recv_response(&self, msg: *mut MsgObj) {
        // SAFETY: contract.
        let (branch, method) = unsafe { (view::top_branch(msg), view::method_of(msg)) };
        let orq = match (branch, method) {
            (Some(b), Some(mm)) => self.0.st.borrow().orqs.get(&(b.to_ascii_lowercase(), mm.to_ascii_uppercase())).cloned(),
            _ => None,
        };
        match orq {
            Some(o) => o.recv(msg, false),
            // A response no transaction takes goes to the stateless callback (a stateless
            // proxy forwards it with nta_msg_tsend()), unless it answers an ACK or fails
            // the sanity check, as in Sofia.
            // SAFETY: a valid response we own.
            _ if self.0.cb.borrow().is_some() && unsafe { self.stray_acceptable(msg) } => {
                su_debug!(nta_log, 5, "nta: {} to message callback\n", unsafe { view::status_of(msg) });
                let cb = self.0.cb.borrow_mut().take();
                if let Some(mut cb) = cb {
                    cb(self, msg);
                    let mut slot = self.0.cb.borrow_mut();
                    if slot.is_none() && !self.destroyed() {
                        *slot = Some(cb);
                    }
                }
            }
            _ => {
                su_debug!(nta_log, 5, "nta: stray response {} dropped\n", unsafe { view::status_of(msg) });
                // SAFETY: ours.
                unsafe { msg_destroy(msg) }
            }
        }
    }

    /// Counts a new request against NTATAG_MAX_RECV_REQUESTS_PER_SECOND; true when it is
    /// one too many.
    fn over_limit(&self) -> bool {
        let mut st = self.0.st.borrow_mut();
        let max = st.params.max_recv_rps;
        if max == 0 {
            return false;
        }
        let now = std::time::Instant::now();
        match st.window.0 {
            Some(t) if now.duration_since(t) < std::time::Duration::from_secs(1) => st.window.1 += 1,
            _ => st.window = (Some(now), 1),
        }
        st.window.1 > max
    }

    /// # Safety
    /// `msg` a request we own.
    unsafe fn recv_request(&self, msg: *mut MsgObj, mut origin: Origin) {
        // SAFETY: contract.
        let method: smallvec::SmallVec<[u8; 16]> = unsafe { view::method_ref(msg) }.map(smallvec::SmallVec::from_slice).unwrap_or_default();
        let ok = unsafe {
            !view::slot(msg, "via").is_null()
                && !view::slot(msg, "from").is_null()
                && !view::slot(msg, "to").is_null()
                && !view::slot(msg, "call_id").is_null()
                && !view::slot(msg, "cseq").is_null()
        };
        let is_ack = method.eq_ignore_ascii_case(b"ACK");
        if ok {
            // SAFETY: a valid request we own, with a Via.
            let port = unsafe { stamp_via(msg, &origin, self.params().server_rport) };
            // Datagram responses go where the Via says; on a connection, back on it.
            if origin.proto == Proto::Udp {
                origin.peer.set_port(port);
            }
        }
        if !ok {
            if !is_ack && unsafe { !view::slot(msg, "via").is_null() } {
                // SAFETY: ours.
                unsafe { self.reply_stateless(msg, origin, 400, Some("Bad Request"), &mut |_| true) };
            }
            // SAFETY: ours.
            unsafe { msg_destroy(msg) };
            return;
        }
        // Retransmission, ACK or CANCEL of a server transaction?
        let is_cancel = method.eq_ignore_ascii_case(b"CANCEL");
        // SAFETY: contract.
        let raw_branch = unsafe { view::str_at(view::slot(msg, "via"), view::V_BRANCH) }.unwrap_or_default();
        let key = IrqKey::new(&self.0.st.borrow().irqs, raw_branch, if is_ack { b"INVITE" } else { &method });
        let branch = key.branch();
        let irq = self.0.st.borrow().irqs.get(&key);
        if let Some(irq) = irq {
            if is_ack {
                // SAFETY: ours, passed on.
                match unsafe { irq.on_ack(msg) } {
                    None => return,
                    Some(_) => {} // not taken: processed as a new request below
                }
            } else {
                irq.on_retransmission();
                // SAFETY: ours.
                unsafe { msg_destroy(msg) };
                return;
            }
        } else if is_ack {
            // The ACK of a 2xx has a branch of its own: a user agent matches it by dialog.
            if let Some(irq) = unsafe { self.find_acked(msg) } {
                // SAFETY: ours, passed on.
                if unsafe { irq.on_ack(msg) }.is_none() {
                    return;
                }
            }
        } else if is_cancel {
            let target = self.0.st.borrow().irqs.find(|i| {
                let s = i.0.st.borrow();
                let (b, mm) = split_irq_key(&s.key);
                b == branch && mm != b"CANCEL" && mm != b"ACK"
            });
            if let Some(irq) = target {
                // SAFETY: ours, consumed.
                unsafe { irq.on_cancel(msg, origin) };
                return;
            }
        }
        // RFC 3261 §8.2.2.2 (NTATAG_MERGE_482): the same request again by another path (no
        // To tag; From tag, Call-ID and CSeq of a server transaction, another branch) is
        // answered "482 Request merged" by a transaction of its own, with the To tag of the
        // first one, as Sofia does; the first transaction is left alone.
        // SAFETY: a valid request.
        if !is_ack && self.params().merge_482 && unsafe { view::tag_of(msg, "to") }.is_none() {
            // SAFETY: a valid request.
            if let Some(tag) = unsafe { self.find_merged(msg) } {
                su_debug!(nta_log, 5, "nta: {} is a merged request\n", String::from_utf8_lossy(&method));
                let irq = Incoming::new(self, msg, origin, &key, &method, tag);
                irq.reply(482, Some("Request merged"), &mut |_| true);
                irq.destroy();
                return;
            }
        }
        // Overload: too many new requests this second get 503 + Retry-After (not ACKs).
        if !is_ack && self.over_limit() {
            su_debug!(nta_log, 5, "nta: overload, 503 for {}\n", String::from_utf8_lossy(&method));
            // SAFETY: ours.
            unsafe {
                self.reply_stateless(msg, origin, 503, Some("Service Unavailable"), &mut |r| view::add(r, "retry_after", b"1"));
                msg_destroy(msg);
            }
            return;
        }
        // A leg?
        let leg = unsafe { self.find_leg(msg, &method) };
        if let Some(leg) = leg {
            leg.recv(self, msg, origin, &key, &method);
            return;
        }
        let has_cb = self.0.cb.borrow().is_some();
        if has_cb {
            {
                let mut st = self.0.st.borrow_mut();
                if st.stateless.len() >= 256 {
                    st.stateless.remove(0);
                }
                st.stateless.push((msg as usize, origin));
            }
            let cb = self.0.cb.borrow_mut().take();
            if let Some(mut cb) = cb {
                cb(self, msg);
                let mut slot = self.0.cb.borrow_mut();
                if slot.is_none() && !self.destroyed() {
                    *slot = Some(cb);
                }
            }
            return;
        }
        if !is_ack {
            // SAFETY: ours.
            unsafe { self.reply_stateless(msg, origin, 501, Some("Not Implemented"), &mut |_| true) };
        }
        // SAFETY: ours.
        unsafe { msg_destroy(msg) };
    }

    /// The To tag of a server transaction that `msg` merges with: same Call-ID, CSeq number
    /// and method, and From tag (the branch was compared before).
    ///
    /// # Safety
    /// `msg` a valid request with Call-ID and CSeq.
    unsafe fn find_merged(&self, msg: *mut MsgObj) -> Option<Rc<str>> {
        // SAFETY: contract (and the same for the requests of our transactions).
        let key = |m: *mut MsgObj| unsafe {
            let cs = view::slot(m, "cseq");
            (
                view::call_id_of(m),
                view::i32_at(cs, view::CS_SEQ),
                view::str_at(cs, view::CS_METHOD_NAME).map(<[u8]>::to_vec),
                view::tag_of(m, "from").map(|t| t.to_ascii_lowercase()),
            )
        };
        // Most requests start a call of their own: nothing to compare (and nothing copied).
        // SAFETY: contract.
        let irqs: Vec<Incoming> = self.0.st.borrow().irqs.by_call(unsafe { view::call_id_ref(msg) }?)?;
        let mine = key(msg);
        irqs.into_iter().find(|i| key(i.request()) == mine).map(|i| i.0.st.borrow().tag.clone())
    }

    /// The INVITE server transaction answered 2xx that an ACK acknowledges (user agents
    /// only): same Call-ID, CSeq number and From tag, and our tag in its To.
    ///
    /// # Safety
    /// `msg` a valid ACK.
    unsafe fn find_acked(&self, msg: *mut MsgObj) -> Option<Incoming> {
        if !self.params().ua {
            return None;
        }
        // SAFETY: contract.
        let (call_id, from_tag, to_tag, seq) = unsafe {
            let cs = view::slot(msg, "cseq");
            (view::call_id_of(msg), view::tag_of(msg, "from"), view::tag_of(msg, "to"), view::i32_at(cs, view::CS_SEQ))
        };
        let to_tag = to_tag?;
        let irqs: Vec<Incoming> = self.0.st.borrow().irqs.by_call(call_id.as_deref()?)?;
        irqs.into_iter().find(|i| {
            let s = i.0.st.borrow();
            if !s.invite || !(200..300).contains(&s.status) || !s.tag.as_bytes().eq_ignore_ascii_case(&to_tag) {
                return false;
            }
            // SAFETY: our request.
            unsafe {
                let cs = view::slot(s.request, "cseq");
                view::call_id_of(s.request) == call_id
                    && view::i32_at(cs, view::CS_SEQ) == seq
                    && match (view::tag_of(s.request, "from"), &from_tag) {
                        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                        (None, None) => true,
                        _ => false,
                    }
            }
        })
    }

    /// The leg a request belongs to: a dialog (Call-ID and tags), a dialogless leg for the
    /// method, or the default leg.
    ///
    /// # Safety
    /// `msg` a valid request.
    unsafe fn find_leg(&self, msg: *mut MsgObj, method: &[u8]) -> Option<Leg> {
        // SAFETY: contract; the request is left alone while these are used.
        let (call_id, from_tag, to_tag) = unsafe { (view::call_id_ref(msg), view::tag_ref(msg, "from"), view::tag_ref(msg, "to")) };
        let mut st = self.0.st.borrow_mut();
        st.legs.retain(|l| l.strong_count() > 0);
        let legs = || st.legs.iter().filter_map(Weak::upgrade);
        for l in legs() {
            let s = l.st.borrow();
            if !s.dialog || s.destroyed {
                continue;
            }
            // SAFETY: headers of the leg's home.
            let (lid, ltag, rtag) = unsafe { (view::str_at(s.call_id, view::I_ID), view::str_at(s.local, view::A_TAG), view::str_at(s.remote, view::A_TAG)) };
            let id_ok = lid.is_some() && lid == call_id;
            let local_ok = ltag.is_some_and(|t| to_tag.is_some_and(|x| x.eq_ignore_ascii_case(t)));
            let remote_ok = match rtag {
                None => true,
                Some(t) => from_tag.is_some_and(|x| x.eq_ignore_ascii_case(t)),
            };
            if id_ok && local_ok && remote_ok {
                drop(s);
                return Some(Leg(l));
            }
        }
        for l in legs() {
            let s = l.st.borrow();
            if s.dialog || s.destroyed {
                continue;
            }
            if s.method.as_ref().is_some_and(|mm| mm.eq_ignore_ascii_case(method)) {
                drop(s);
                return Some(Leg(l));
            }
        }
        let d = st.default_leg.as_ref().and_then(Weak::upgrade);
        d.map(Leg)
    }

    // ------------------------------------------------------------------ sending

    /// Sends `bytes` for a response to `origin`.
    fn send_back(&self, origin: Origin, bytes: &[u8]) -> io::Result<()> {
        let tp = self.tport().ok_or_else(|| io::Error::from_raw_os_error(libc::ESHUTDOWN))?;
        if let Some(c) = origin.conn {
            if tp.send_on(c, bytes).is_ok() {
                return Ok(());
            }
        }
        tp.send(origin.proto, origin.peer, bytes).map(|_| ())
    }

    /// Builds a response to `req` (Via, From, To with `to_tag` when it has none, Call-ID,
    /// CSeq); `decorate` adds the rest (false = failure).
    ///
    /// # Safety
    /// `req` a valid request.
    unsafe fn make_response(
        &self,
        req: *mut MsgObj,
        status: i32,
        phrase: Option<&str>,
        to_tag: Option<&str>,
        decorate: &mut dyn FnMut(*mut MsgObj) -> bool,
    ) -> Option<*mut MsgObj> {
        let flags = self.0.st.borrow().params.sipflags as c_int;
        let msg = view::new_response_msg(flags);
        if msg.is_null() {
            return None;
        }
        // A phrase with a NUL cannot be a C string: the standard phrase instead.
        let phrase = phrase.map(str::as_bytes).filter(|p| !p.contains(&0));
        // SAFETY: contract; everything goes into the new message's home.
        let ok = unsafe {
            let home = m::home(msg);
            let st = crate::sip::create::status_create(home, status as u32, phrase, None);
            let mut ok = view::insert(msg, st.cast());
            ok &= view::add_dup(msg, view::slot(req, "via"));
            ok &= view::add_dup(msg, view::slot(req, "from"));
            let to = crate::sip::api::msg_header_dup(home, view::slot(req, "to").cast());
            if let (Some(t), false) = (to_tag, to.is_null()) {
                if status > 100 && view::str_at(to.cast(), view::A_TAG).is_none() {
                    let t = c_text(t);
                    crate::sip::create::sip_to_tag(home, to.cast(), t.as_ptr().cast());
                }
            }
            ok &= view::insert(msg, to.cast());
            ok &= view::add_dup(msg, view::slot(req, "call_id"));
            ok &= view::add_dup(msg, view::slot(req, "cseq"));
            ok = ok && decorate(msg);
            // Record-Route goes back in dialog-creating responses (RFC 3261 §12.1.1).
            let rr = view::slot(req, "record_route");
            if ok && status > 100 && status < 300 && !rr.is_null() && view::slot(msg, "record_route").is_null() {
                ok &= view::add_dup(msg, rr);
            }
            ok
        };
        if !ok {
            // SAFETY: ours.
            unsafe { msg_destroy(msg) };
            return None;
        }
        Some(msg)
    }

    /// Answers a request statelessly with To tag `tag` (a new one when None); the request
    /// stays the caller's.
    ///
    /// # Safety
    /// `req` a valid request.
    unsafe fn reply_tagged(&self, req: *mut MsgObj, origin: Origin, status: i32, phrase: Option<&str>, tag: Option<&str>) -> i32 {
        let tag = tag.map_or_else(|| self.newtag(), str::to_string);
        // SAFETY: contract.
        let Some(resp) = (unsafe { self.make_response(req, status, phrase, Some(&tag), &mut |_| true) }) else { return -1 };
        // SAFETY: our new message.
        let bytes = unsafe { view::encode(resp) };
        // SAFETY: ours.
        unsafe { msg_destroy(resp) };
        match bytes {
            Some(b) if self.send_back(origin, &b).is_ok() => 0,
            _ => -1,
        }
    }

    /// Answers a request statelessly (the request stays the caller's).
    ///
    /// # Safety
    /// `req` a valid request.
    unsafe fn reply_stateless(
        &self,
        req: *mut MsgObj,
        origin: Origin,
        status: i32,
        phrase: Option<&str>,
        decorate: &mut dyn FnMut(*mut MsgObj) -> bool,
    ) -> i32 {
        let tag = self.newtag();
        // SAFETY: contract.
        let Some(resp) = (unsafe { self.make_response(req, status, phrase, Some(&tag), decorate) }) else { return -1 };
        // SAFETY: our new message.
        let bytes = unsafe { view::encode(resp) };
        // SAFETY: ours.
        unsafe { msg_destroy(resp) };
        match bytes {
            Some(b) if self.send_back(origin, &b).is_ok() => 0,
            _ => -1,
        }
    }

    /// Answers a request given to the stateless callback; consumes `msg`.
    ///
    /// # Safety
    /// `msg` a request the application owns (from the message callback, or its own with an
    /// unknown origin: then nothing is sent and -1 returned).
    pub unsafe fn msg_reply(
        &self,
        msg: *mut MsgObj,
        status: i32,
        phrase: Option<&str>,
        decorate: &mut dyn FnMut(*mut MsgObj) -> bool,
    ) -> i32 {
        let origin = {
            let mut st = self.0.st.borrow_mut();
            let i = st.stateless.iter().position(|(p, _)| *p == msg as usize);
            i.map(|i| st.stateless.remove(i).1)
        };
        let r = match origin {
            // SAFETY: contract.
            Some(o) => unsafe { self.reply_stateless(msg, o, status, phrase, decorate) },
            None => -1,
        };
        // SAFETY: the message is ours now.
        unsafe { msg_destroy(msg) };
        r
    }

    /// Forgets a message given to the stateless callback and destroys it.
    ///
    /// # Safety
    /// `msg` a message the application owns.
    pub unsafe fn msg_discard(&self, msg: *mut MsgObj) {
        self.0.st.borrow_mut().stateless.retain(|(p, _)| *p != msg as usize);
        // SAFETY: contract.
        unsafe { msg_destroy(msg) };
    }

    /// Completes a request: request line (from `method`/`name`/`uri`, else kept), From/To
    /// (from the leg, a new From tag when it has none), Call-ID, CSeq (the leg's next
    /// number), Max-Forwards. 0 or -1.
    ///
    /// # Safety
    /// `msg` a valid message; `uri` NULL or a valid url_string_t.
    pub unsafe fn request_complete(&self, msg: *mut MsgObj, leg: Option<&Leg>, method: c_int, name: Option<&[u8]>, uri: *const c_void) -> i32 {
        // SAFETY: contract.
        unsafe { request_complete(self, msg, leg, method, name, uri) }
    }

    /// Makes and sends a request on `leg` (nta_outgoing_tcreate()): `method` by name,
    /// `uri` the Request-URI (None: the leg's To), `headers` extra header lines
    /// ("Name: value\r\n…"), `route` where to send it instead.
    pub fn request(
        &self,
        leg: &Leg,
        method: &str,
        uri: Option<&str>,
        headers: &str,
        route: Option<&str>,
        cb: Option<ResponseCb>,
    ) -> Option<Outgoing> {
        let msg = view::new_msg(self.params().sipflags as c_int);
        if msg.is_null() {
            return None;
        }
        let name = CString::new(method).ok()?;
        let uri_c = uri.and_then(|u| CString::new(u).ok());
        // SAFETY: our new message; C strings that outlive the calls.
        unsafe {
            let code = crate::sip::method::method_code(method.as_bytes()).0;
            let ok = crate::sip::addtags::add_str(msg, ptr::null_mut(), headers.as_bytes()) >= 0
                && request_complete(self, msg, Some(leg), code, Some(name.as_bytes()), uri_c.as_ref().map_or(ptr::null(), |c| c.as_ptr().cast())) >= 0;
            let route = route.map(|r| r.as_bytes().to_vec()).or_else(|| leg.next_hop());
            let o = if ok { Outgoing::start(self, msg, route, cb) } else { None };
            if o.is_none() {
                msg_destroy(msg);
            }
            o
        }
    }

    /// Starts a client transaction for the complete request `msg` (taken over on success;
    /// on failure it stays the caller's). `route`: the URL to send to instead of the Request-URI / default proxy.
    ///
    /// # Safety
    /// `msg` a valid request message the caller owns.
    pub unsafe fn outgoing(&self, msg: *mut MsgObj, route: Option<Vec<u8>>, cb: Option<ResponseCb>) -> Option<Outgoing> {
        // SAFETY: contract.
        unsafe { Outgoing::start(self, msg, route, cb) }
    }
}

// ====================================================================== incoming Via

/// `v_host` and `v_port` in sip_via_t.
const V_HOST: usize = 56;
const V_PORT: usize = 64;

/// `s` NUL-terminated on the stack (empty when it has a NUL inside, as
/// `CString::new(s).unwrap_or_default()`).
fn c_text(s: &str) -> smallvec::SmallVec<[u8; 32]> {
    let b = s.as_bytes();
    let b = if b.contains(&0) { &[][..] } else { b };
    let mut v = smallvec::SmallVec::with_capacity(b.len() + 1);
    v.extend_from_slice(b);
    v.push(0);
    v
}

/// The key of a server transaction: its (lower-case) branch, a space, its method in upper
/// case (a branch has no space).
fn irq_key(branch: &[u8], method: &[u8]) -> smallvec::SmallVec<[u8; 64]> {
    let (b, n) = (branch.len(), branch.len() + 1 + method.len());
    if n <= 64 {
        // The usual case, in a plain array (no growth checks per piece).
        let mut buf = [0u8; 64];
        buf[..b].copy_from_slice(branch);
        buf[..b].make_ascii_lowercase();
        buf[b] = b' ';
        buf[b + 1..n].copy_from_slice(method);
        buf[b + 1..n].make_ascii_uppercase();
        return smallvec::SmallVec::from_buf_and_len(buf, n);
    }
    let mut k = smallvec::SmallVec::with_capacity(n);
    k.extend_from_slice(branch);
    k.make_ascii_lowercase();
    k.push(b' ');
    k.extend_from_slice(method);
    k[branch.len() + 1..].make_ascii_uppercase();
    k
}

/// A server transaction's [`irq_key`] with its hash in the agent's index (computed once per
/// request).
pub(crate) struct IrqKey {
    bytes: smallvec::SmallVec<[u8; 64]>,
    hash: u64,
}

impl IrqKey {
    /// The key of `branch` (any case) and `method`.
    fn new(index: &irq_index::IrqIndex, branch: &[u8], method: &[u8]) -> IrqKey {
        let bytes = irq_key(branch, method);
        let hash = index.hash(&bytes);
        IrqKey { bytes, hash }
    }

    /// The branch, in lower case.
    fn branch(&self) -> &[u8] {
        split_irq_key(&self.bytes).0
    }
}

/// Branch and method of an [`irq_key`].
fn split_irq_key(k: &[u8]) -> (&[u8], &[u8]) {
    match k.iter().rposition(|&b| b == b' ') {
        Some(i) => (&k[..i], &k[i + 1..]),
        None => (k, b""),
    }
}

/// Appends `n` in decimal.
fn push_decimal<A: smallvec::Array<Item = u8>>(out: &mut smallvec::SmallVec<A>, n: u32) {
    out.extend_from_slice(crate::sip::print::digits(u64::from(n), &mut [0u8; 20]));
}

/// Appends an address as Via's `received` has it (IPv6 without brackets).
fn push_ip<A: smallvec::Array<Item = u8>>(out: &mut smallvec::SmallVec<A>, ip: std::net::IpAddr) {
    match ip {
        std::net::IpAddr::V4(a) => {
            for (i, o) in a.octets().into_iter().enumerate() {
                if i > 0 {
                    out.push(b'.');
                }
                push_decimal(out, u32::from(o));
            }
        }
        std::net::IpAddr::V6(a) => out.extend_from_slice(a.to_string().as_bytes()),
    }
}

/// Marks the top Via of a request with where it came from: `received` when its host is
/// not the source address (RFC 3261 §18.2.1), `rport=<port>` as `server_rport` says
/// (RFC 3581; see [`Params::server_rport`]). Responses copy the Via and go back there:
/// the port to answer a datagram at is returned, the source port with `rport=`, else the
/// Via's (RFC 3261 §18.2.2; 5060 when it names none).
///
/// # Safety
/// `msg` a valid request with a Via.
unsafe fn stamp_via(msg: *mut MsgObj, origin: &Origin, server_rport: u32) -> u16 {
    let peer = &origin.peer;
    // SAFETY: contract; the parameters go into the message's home.
    unsafe {
        let via = view::slot(msg, "via") as *mut crate::msg::hclass::MsgCommon;
        if via.is_null() {
            return peer.port();
        }
        let home = m::home(msg);
        // "received=<ip>" and a NUL, built without the formatting machinery (every request).
        let mut received: smallvec::SmallVec<[u8; 64]> = smallvec::SmallVec::new();
        received.extend_from_slice(b"received=");
        push_ip(&mut received, peer.ip());
        let ip = &received[b"received=".len()..];
        let host = view::str_at(via.cast(), V_HOST).map(|h| {
            let h = h.strip_prefix(b"[").unwrap_or(h);
            h.strip_suffix(b"]").unwrap_or(h)
        });
        if !host.is_some_and(|h| h.eq_ignore_ascii_case(ip)) {
            received.push(0);
            crate::msg::edit::msg_header_replace_param(home, via, received.as_ptr().cast());
        }
        let asked = view::param_at(via.cast(), view::V_PARAMS, b"rport").is_some_and(<[u8]>::is_empty);
        let known_ua = || {
            let ua = view::slot(msg, "user_agent");
            let s = if ua.is_null() { None } else { view::str_at(ua, view::G_STRING) };
            s.is_some_and(|s| {
                [&b"Polycom"[..], b"KIRK Wireless Server", b"ADTRAN_Total_Access"]
                    .iter()
                    .any(|p| s.len() >= p.len() && s[..p.len()].eq_ignore_ascii_case(p))
            })
        };
        let stamp = match server_rport {
            0 => false,
            _ if asked || origin.proto.is_stream() => true,
            2 => true,
            3 => known_ua(),
            _ => false,
        };
        if stamp {
            let mut rport: smallvec::SmallVec<[u8; 16]> = smallvec::SmallVec::new();
            rport.extend_from_slice(b"rport=");
            push_decimal(&mut rport, u32::from(peer.port()));
            rport.push(0);
            crate::msg::edit::msg_header_replace_param(home, via, rport.as_ptr().cast());
            return peer.port();
        }
        view::str_at(via.cast(), V_PORT).and_then(|p| std::str::from_utf8(p).ok()?.parse().ok()).unwrap_or(5060)
    }
}

// ====================================================================== request completion

/// # Safety
/// As [`Agent::request_complete`].
unsafe fn request_complete(agent: &Agent, msg: *mut MsgObj, leg: Option<&Leg>, method: c_int, name: Option<&[u8]>, uri: *const c_void) -> i32 {
    if msg.is_null() {
        return -1;
    }
    // SAFETY: contract; every header is made in the message's home.
    unsafe {
        let home = m::home(msg);
        let (l_local, l_remote, l_id, l_dialog) = match leg {
            Some(l) => {
                let s = l.0.st.borrow();
                (s.local, s.remote, s.call_id, s.dialog)
            }
            None => (ptr::null_mut(), ptr::null_mut(), ptr::null_mut(), false),
        };
        // A dialog's route set and remote target (RFC 3261 §12.2.1.1): the target is the
        // Request-URI (as in Sofia, even over a given one); a strict router gets it as the
        // last Route instead.
        let mut leg_uri = None;
        if let Some(l) = leg {
            let (route, target, loose) = {
                let s = l.0.st.borrow();
                (s.route.clone(), s.target.clone(), s.loose)
            };
            if !route.is_empty() && view::slot(msg, "route").is_null() {
                let mut values = route.clone();
                if loose {
                    leg_uri = target.clone();
                } else {
                    leg_uri = route_url(&values.remove(0));
                    if let Some(t) = &target {
                        let mut v = b"<".to_vec();
                        v.extend_from_slice(t);
                        v.push(b'>');
                        values.push(v);
                    }
                }
                for v in &values {
                    if !view::add(msg, "route", v) {
                        return -1;
                    }
                }
            } else if target.is_some() {
                leg_uri = target;
            }
        }
        // Request-URI: the dialog's, else given, else the request line's, else the To.
        let mut uri_text = leg_uri.or_else(|| view::url_text(uri));
        let rq = view::slot(msg, "request");
        if uri_text.is_none() && !rq.is_null() {
            uri_text = Some(url::print(&crate::url::api::view((rq as *const u8).add(view::RQ_URL) as *const crate::url::url_t)));
        }
        if uri_text.is_none() {
            let to = if !view::slot(msg, "to").is_null() { view::slot(msg, "to") } else { l_remote };
            if !to.is_null() {
                uri_text = Some(url::print(&crate::url::api::view((to as *const u8).add(view::A_URL) as *const crate::url::url_t)));
            }
        }
        let Some(uri_text) = uri_text else { return -1 };
        if method != 0 || name.is_some() {
            let cur_name = view::str_at(rq, view::RQ_METHOD_NAME);
            let cur_uri = if rq.is_null() {
                None
            } else {
                Some(url::print(&crate::url::api::view((rq as *const u8).add(view::RQ_URL) as *const crate::url::url_t)))
            };
            let want_name = name.map(<[u8]>::to_vec).or_else(|| {
                crate::ffi::cbytes(crate::sip::method::sip_method_name(method, ptr::null())).map(<[u8]>::to_vec)
            });
            let same = !rq.is_null() && cur_uri.as_deref() == Some(&uri_text[..]) && (want_name.is_none() || cur_name == want_name.as_deref());
            if !same {
                let mut u = uri_text.clone();
                // RFC 3261 table 1: no method parameter or headers in the Request-URI.
                if let Some(q) = u.iter().position(|&b| b == b'?') {
                    u.truncate(q);
                }
                let u = CString::new(u).unwrap_or_default();
                let n = name.map(|n| CString::new(n).unwrap_or_default());
                let r = crate::sip::create::sip_request_create(
                    home,
                    method,
                    n.as_ref().map_or(ptr::null(), |c| c.as_ptr()),
                    u.as_ptr() as *const crate::sip::ctypes::UrlStringT,
                    ptr::null(),
                );
                if !view::insert(msg, r.cast()) {
                    return -1;
                }
            }
        }
        let rq = view::slot(msg, "request");
        if rq.is_null() {
            return -1;
        }
        let method = view::i32_at(rq, view::RQ_METHOD);
        let mname = view::str_at(rq, view::RQ_METHOD_NAME).unwrap_or_default().to_vec();
        if view::slot(msg, "max_forwards").is_null() && leg.is_some() {
            let mf = agent.0.st.borrow().params.max_forwards;
            view::add(msg, "max_forwards", mf.to_string().as_bytes());
        }
        // From
        let mut from = view::slot(msg, "from");
        if from.is_null() && !l_local.is_null() {
            if !view::add_dup(msg, l_local) {
                return -1;
            }
            from = view::slot(msg, "from");
        } else if !from.is_null() {
            if let Some(lt) = view::str_at(l_local, view::A_TAG) {
                let t = CString::new(lt).unwrap_or_default();
                crate::msg::edit::msg_header_remove_param(from.cast(), c"tag".as_ptr());
                crate::sip::create::sip_from_tag(home, from.cast(), t.as_ptr());
            }
        }
        if from.is_null() {
            return -1;
        }
        if view::str_at(from, view::A_TAG).is_none() {
            let t = CString::new(agent.newtag()).unwrap_or_default();
            crate::sip::create::sip_from_tag(home, from.cast(), t.as_ptr());
        }
        // To
        let to = view::slot(msg, "to");
        if !to.is_null() {
            if let Some(rt) = view::str_at(l_remote, view::A_TAG) {
                let t = CString::new(rt).unwrap_or_default();
                crate::sip::create::sip_to_tag(home, to.cast(), t.as_ptr());
            }
        } else if !l_remote.is_null() {
            if !view::add_dup(msg, l_remote) {
                return -1;
            }
        } else {
            let u = CString::new(uri_text.clone()).unwrap_or_default();
            let t = crate::sip::create::sip_to_create(home, u.as_ptr() as *const crate::sip::ctypes::UrlStringT);
            if t.is_null() {
                return -1;
            }
            crate::sip::create::sip_aor_strip((t as *mut u8).add(view::A_URL) as *mut crate::url::url_t);
            if !view::insert(msg, t.cast()) {
                return -1;
            }
        }
        // CSeq
        let cs = view::slot(msg, "cseq");
        let is_ack_cancel = mname.eq_ignore_ascii_case(b"ACK") || mname.eq_ignore_ascii_case(b"CANCEL");
        let seq: u32 = match leg {
            _ if !l_dialog && !cs.is_null() => view::i32_at(cs, view::CS_SEQ) as u32,
            Some(l) => {
                let mut s = l.0.st.borrow_mut();
                if is_ack_cancel {
                    if cs.is_null() { s.seq } else { view::i32_at(cs, view::CS_SEQ) as u32 }
                } else if s.seq != 0 {
                    s.seq = s.seq.wrapping_add(1);
                    s.seq
                } else if !cs.is_null() {
                    s.seq = view::i32_at(cs, view::CS_SEQ) as u32;
                    s.seq
                } else {
                    s.seq = ((crate::msg::util::sip_now() as u64 >> 1) & 0x7ff_ffff) as u32;
                    s.seq
                }
            }
            None if !cs.is_null() => view::i32_at(cs, view::CS_SEQ) as u32,
            None => ((crate::msg::util::sip_now() as u64 >> 1) & 0x7ff_ffff) as u32,
        };
        // Call-ID
        if view::slot(msg, "call_id").is_null() {
            let ok = if !l_id.is_null() {
                view::add_dup(msg, l_id)
            } else {
                view::insert(msg, crate::sip::create::sip_call_id_create(home, ptr::null()).cast())
            };
            if !ok {
                return -1;
            }
        }
        let cs = view::slot(msg, "cseq");
        let same = !cs.is_null()
            && view::i32_at(cs, view::CS_SEQ) as u32 == seq
            && view::i32_at(cs, view::CS_METHOD) == method
            && view::str_at(cs, view::CS_METHOD_NAME) == Some(&mname[..]);
        if !same {
            let n = CString::new(mname).unwrap_or_default();
            let c = crate::sip::create::sip_cseq_create(home, seq, method as u32, n.as_ptr());
            if !view::insert(msg, c.cast()) {
                return -1;
            }
        }
        0
    }
}

// ====================================================================== legs

/// The URL inside a Route / Record-Route value (`<sip:...;lr>` or a bare URL).
fn route_url(v: &[u8]) -> Option<Vec<u8>> {
    let a = v.iter().position(|&b| b == b'<');
    match a {
        Some(a) => {
            let e = v[a..].iter().position(|&b| b == b'>')? + a;
            Some(v[a + 1..e].to_vec())
        }
        None if v.is_empty() => None,
        None => Some(v.to_vec()),
    }
}

fn url_has_lr(u: &[u8]) -> bool {
    url::parse(u).is_some_and(|p| {
        let v = url::View::of_parsed(&p);
        v.f[url::PARAMS].is_some_and(|ps| ps.split(|&b| b == b';').any(|x| x.eq_ignore_ascii_case(b"lr") || x.len() > 3 && x[..3].eq_ignore_ascii_case(b"lr=")))
    })
}

/// A Contact URL as a remote target: without headers and the `method` / `ttl` parameters
/// (RFC 3261 table 1).
fn strip_target(u: &[u8]) -> Vec<u8> {
    let u = match u.iter().position(|&b| b == b'?') {
        Some(q) => &u[..q],
        None => u,
    };
    let mut parts = u.split(|&b| b == b';');
    let mut out = parts.next().unwrap_or_default().to_vec();
    for p in parts {
        let name = p.split(|&b| b == b'=').next().unwrap_or_default();
        if name.eq_ignore_ascii_case(b"method") || name.eq_ignore_ascii_case(b"ttl") {
            continue;
        }
        out.push(b';');
        out.extend_from_slice(p);
    }
    out
}

/// A leg: a dialog (From/To/Call-ID/CSeq), or a dialogless destination for a method, or
/// the agent's default leg (dialogless, no method).
#[derive(Clone)]
pub struct Leg(Rc<LegInner>);

pub struct LegInner {
    agent: Weak<AgentInner>,
    /// The agent's root (read, without touching reference counts, by calls from other
    /// threads that must run on it).
    pub(crate) root: *mut su_root_t,
    home: *mut MsgObj,
    st: RefCell<LegState>,
    cb: RefCell<Option<RequestCb>>,
    pub(crate) magic: Cell<usize>,
}

struct LegState {
    local: *mut c_void,
    remote: *mut c_void,
    call_id: *mut c_void,
    seq: u32,
    dialog: bool,
    method: Option<Vec<u8>>,
    destroyed: bool,
    /// Route set (Route header values, in the order they are sent).
    route: Vec<Vec<u8>>,
    /// The first route is a loose router (`;lr`).
    loose: bool,
    route_set: bool,
    /// Remote target (from the peer's Contact).
    target: Option<Vec<u8>>,
    /// Latest CSeq number received in the dialog.
    rseq: u32,
}

impl Drop for LegInner {
    fn drop(&mut self) {
        // SAFETY: our home message, destroyed once.
        unsafe { msg_destroy(self.home) };
    }
}

/// What a leg is made of (header values as text).
#[derive(Default, Clone, Debug)]
pub struct LegSpec {
    pub from: Option<Vec<u8>>,
    pub to: Option<Vec<u8>>,
    pub call_id: Option<Vec<u8>>,
    pub cseq: Option<u32>,
    pub no_dialog: bool,
    pub method: Option<Vec<u8>>,
    pub url: Option<Vec<u8>>,
}

impl Leg {
    /// A new leg of `agent`. Dialog legs need `from` and `to` (a Call-ID is made when not
    /// given). A dialogless leg without method and URL becomes the agent's default leg
    /// (there is one at most).
    pub fn create(agent: &Agent, spec: &LegSpec, cb: Option<RequestCb>) -> Result<Leg, &'static str> {
        if agent.destroyed() {
            return Err("agent destroyed");
        }
        let home = view::new_msg(0);
        if home.is_null() {
            return Err("out of memory");
        }
        let mk = |sym: &str, t: &Option<Vec<u8>>| -> Result<*mut c_void, &'static str> {
            match t {
                None => Ok(ptr::null_mut()),
                // SAFETY: our home message.
                Some(t) => {
                    let h = unsafe { view::make(home, sym, t) };
                    if h.is_null() {
                        Err("bad header")
                    } else {
                        Ok(h)
                    }
                }
            }
        };
        let leg = Leg(Rc::new(LegInner {
            agent: Rc::downgrade(&agent.0),
            root: agent.0.root,
            home,
            st: RefCell::new(LegState {
                local: ptr::null_mut(),
                remote: ptr::null_mut(),
                call_id: ptr::null_mut(),
                seq: spec.cseq.unwrap_or(0),
                dialog: !spec.no_dialog,
                method: spec.method.clone(),
                destroyed: false,
                route: Vec::new(),
                loose: false,
                route_set: false,
                target: None,
                rseq: 0,
            }),
            cb: RefCell::new(cb),
            magic: Cell::new(0),
        }));
        {
            let mut s = leg.0.st.borrow_mut();
            s.local = mk("from", &spec.from)?;
            s.remote = mk("to", &spec.to)?;
            if spec.no_dialog && !s.remote.is_null() {
                // SAFETY: a header of our home.
                unsafe { crate::msg::edit::msg_header_remove_param(s.remote.cast(), c"tag".as_ptr()) };
            }
            if !spec.no_dialog {
                if s.local.is_null() || s.remote.is_null() {
                    return Err("Missing dialog addresses");
                }
                s.call_id = match &spec.call_id {
                    Some(_) => mk("call_id", &spec.call_id)?,
                    // SAFETY: our home message.
                    None => unsafe { crate::sip::create::sip_call_id_create(m::home(home), ptr::null()).cast() },
                };
            }
        }
        let mut st = agent.0.st.borrow_mut();
        if spec.no_dialog && spec.method.is_none() && spec.url.is_none() {
            if st.default_leg.as_ref().is_some_and(|d| d.strong_count() > 0) {
                return Err("default leg exists");
            }
            st.default_leg = Some(Rc::downgrade(&leg.0));
        } else {
            st.legs.push(Rc::downgrade(&leg.0));
        }
        Ok(leg)
    }

    pub(crate) fn inner(&self) -> &Rc<LegInner> {
        &self.0
    }

    /// The `nta_leg_t *` of this leg (no reference taken: valid while the leg lives).
    #[cfg_attr(feature = "abi-1-12", allow(dead_code))] // used by the fork's nua_get_dialog_state_leg
    pub(crate) fn as_handle(&self) -> usize {
        Rc::as_ptr(&self.0) as usize
    }

    pub(crate) fn from_rc(rc: Rc<LegInner>) -> Leg {
        Leg(rc)
    }

    /// The agent (None once it is gone).
    pub fn agent(&self) -> Option<Agent> {
        self.0.agent.upgrade().map(Agent)
    }

    /// Stops dispatching to this leg.
    pub fn destroy(&self) {
        self.0.st.borrow_mut().destroyed = true;
        self.0.cb.borrow_mut().take();
        if let Some(a) = self.0.agent.upgrade() {
            let mut st = a.st.borrow_mut();
            let me = Rc::as_ptr(&self.0);
            st.legs.retain(|l| l.as_ptr() != me);
            if st.default_leg.as_ref().is_some_and(|d| d.as_ptr() == me) {
                st.default_leg = None;
            }
        }
    }

    /// The local tag (of the From given at creation).
    pub fn tag(&self) -> Option<Vec<u8>> {
        // SAFETY: a header of our home (or NULL).
        unsafe { view::str_at(self.0.st.borrow().local, view::A_TAG).map(<[u8]>::to_vec) }
    }

    /// Sets the local tag (nta_leg_tag()): `tag` ("tag=x" or "x"), or a new one when None.
    /// A leg that has a tag keeps it: None is returned for a different one.
    pub fn set_tag(&self, tag: Option<&str>) -> Option<Vec<u8>> {
        let tag = tag.map(|t| t.split_once('=').map_or(t, |(_, v)| v).to_string());
        let local = self.0.st.borrow().local;
        if local.is_null() {
            return None;
        }
        if let Some(cur) = self.tag() {
            return match tag {
                None => Some(cur),
                Some(t) if t.as_bytes().eq_ignore_ascii_case(&cur) => Some(cur),
                Some(_) => None,
            };
        }
        let t = tag.unwrap_or_else(|| token(13));
        let t = CString::new(t).ok()?;
        // SAFETY: a header of our home.
        unsafe { crate::sip::create::sip_to_tag(m::home(self.0.home), local.cast(), t.as_ptr()) };
        self.tag()
    }

    /// The Call-ID of a dialog leg.
    pub fn call_id(&self) -> Option<Vec<u8>> {
        // SAFETY: a header of our home (or NULL).
        unsafe { view::str_at(self.0.st.borrow().call_id, view::I_ID).map(<[u8]>::to_vec) }
    }

    /// The URL of our address (the From of our requests), as text.
    pub fn local_uri(&self) -> Option<Vec<u8>> {
        let local = self.0.st.borrow().local;
        if local.is_null() {
            return None;
        }
        // SAFETY: a name-addr header of our home; the URL is embedded at A_URL.
        unsafe { view::url_text((local as *const u8).add(view::A_URL).cast()) }
    }

    /// The remote tag.
    pub fn rtag(&self) -> Option<Vec<u8>> {
        // SAFETY: a header of our home (or NULL).
        unsafe { view::str_at(self.0.st.borrow().remote, view::A_TAG).map(<[u8]>::to_vec) }
    }

    /// Sets the remote tag (nta_leg_rtag()); returns the tag in use.
    pub fn set_rtag(&self, tag: &str) -> Option<Vec<u8>> {
        let remote = self.0.st.borrow().remote;
        if remote.is_null() {
            return None;
        }
        let t = CString::new(tag.split_once('=').map_or(tag, |(_, v)| v)).ok()?;
        // SAFETY: a header of our home.
        unsafe { crate::sip::create::sip_from_tag(m::home(self.0.home), remote.cast(), t.as_ptr()) };
        self.rtag()
    }

    /// Our latest CSeq number, and the peer's.
    pub fn seqs(&self) -> (u32, u32) {
        let s = self.0.st.borrow();
        (s.seq, s.rseq)
    }

    /// The route set (Route values) and remote target URL.
    pub fn route(&self) -> (Vec<Vec<u8>>, Option<Vec<u8>>) {
        let s = self.0.st.borrow();
        (s.route.clone(), s.target.clone())
    }

    /// Sets the route set and remote target of a dialog (RFC 3261 §12.1): `record_route`
    /// the Record-Route values of the request or response, `contact` the URL of the peer's
    /// Contact value. `reverse` for the UAC side (the values of a response are reversed). The
    /// route set is fixed by the first call that sets it; the target follows every call.
    pub fn set_route(&self, record_route: Option<&[Vec<u8>]>, reverse: bool, contact: Option<&[u8]>) {
        let mut s = self.0.st.borrow_mut();
        if record_route.is_none() && contact.is_none() {
            return;
        }
        if !s.route_set {
            let mut r: Vec<Vec<u8>> = record_route.map(<[Vec<u8>]>::to_vec).unwrap_or_default();
            if reverse {
                r.reverse();
            }
            s.loose = r.first().is_some_and(|f| route_url(f).is_some_and(|u| url_has_lr(&u)));
            s.route = r;
            s.route_set = true;
        }
        if let Some(c) = contact.and_then(route_url) {
            s.target = Some(strip_target(&c));
        }
    }

    /// The URL a request on this leg is sent to when the application gives none: the
    /// first route of a loose-routing route set.
    pub fn next_hop(&self) -> Option<Vec<u8>> {
        let s = self.0.st.borrow();
        if s.loose {
            s.route.first().and_then(|r| route_url(r))
        } else {
            None
        }
    }

    /// Replaces the request callback.
    pub fn bind(&self, cb: Option<RequestCb>) {
        *self.0.cb.borrow_mut() = cb;
    }

    /// `key`: the request's [`IrqKey`] (an ACK's names the INVITE).
    fn recv(&self, agent: &Agent, msg: *mut MsgObj, origin: Origin, key: &IrqKey, method: &[u8]) {
        let tag: Rc<str> = match self.tag() {
            Some(t) => Rc::from(String::from_utf8_lossy(&t)),
            None => new_tag_rc(),
        };
        {
            let mut s = self.0.st.borrow_mut();
            if s.dialog {
                // SAFETY: a valid request.
                let seq = unsafe {
                    let cs = view::slot(msg, "cseq");
                    if cs.is_null() { 0 } else { view::i32_at(cs, view::CS_SEQ) as u32 }
                };
                s.rseq = s.rseq.max(seq);
            }
        }
        let is_ack = method.eq_ignore_ascii_case(b"ACK");
        let invite = method.eq_ignore_ascii_case(b"INVITE");
        let irq = Incoming::new(agent, msg, origin, key, method, tag);
        let p = agent.params();
        if invite && p.invite_100 {
            irq.reply(100, Some("Trying"), &mut |m| {
                // SAFETY: the response being built.
                p.user_agent.as_ref().is_none_or(|u| unsafe { view::add(m, "user_agent", u.as_bytes()) })
            });
        }
        let cb = self.0.cb.borrow_mut().take();
        let status = match cb {
            Some(mut cb) => {
                let r = cb(self, &irq, msg);
                let mut slot = self.0.cb.borrow_mut();
                if slot.is_none() && !self.0.st.borrow().destroyed {
                    *slot = Some(cb);
                }
                r
            }
            None => 501,
        };
        if is_ack || status == 0 {
            return;
        }
        let status = if !(100..=699).contains(&status) || (invite && (200..300).contains(&status)) { 500 } else { status };
        if irq.status() < 200 {
            irq.reply(status, None, &mut |_| true);
        }
    }
}

// ====================================================================== client transactions

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Calling,
    Proceeding,
    Completed,
    Accepted,
    Terminated,
}

/// A client transaction.
#[derive(Clone)]
pub struct Outgoing(Rc<OrqInner>);

pub struct OrqInner {
    agent: Weak<AgentInner>,
    st: RefCell<OrqState>,
    cb: RefCell<Option<ResponseCb>>,
    /// (retransmission, state) timers; dropped when the transaction ends.
    timers: RefCell<Option<(Timer, Timer)>>,
    pub(crate) magic: Cell<usize>,
    /// C strings handed to the application (`nta_outgoing_cannon()`, `nta_outgoing_host()`):
    /// valid as long as the transaction (fork functions: unused in the 1.12 flavour).
    #[cfg_attr(feature = "abi-1-12", allow(dead_code))]
    pub(crate) cstrs: RefCell<Vec<CString>>,
    /// NTATAG_INTERCEPT_QUERY_RESULTS (fork): a `su_home_t *` the transaction holds one
    /// reference to (0: none); the callback sees the lookup's addresses first.
    pub(crate) intercept: Cell<usize>,
    /// The addresses of the lookup while the callback sees them (`nta_outgoing_query_results()`).
    pub(crate) query: RefCell<Option<Box<QueryResults>>>,
}

/// `nta_outgoing_query_results_data_t` of the fork.
#[repr(C)]
pub struct QueryResultsData {
    pub results: *mut *mut std::ffi::c_char,
    pub found: usize,
}

/// The addresses a lookup gave, in the fork's C form (boxed: the data stays where it is).
pub struct QueryResults {
    _strings: Vec<CString>,
    _ptrs: Vec<*mut std::ffi::c_char>,
    pub data: QueryResultsData,
}

impl QueryResults {
    fn new(addrs: &[String]) -> Box<QueryResults> {
        let strings: Vec<CString> = addrs.iter().filter_map(|a| CString::new(a.as_str()).ok()).collect();
        let mut ptrs: Vec<*mut std::ffi::c_char> = strings.iter().map(|c| c.as_ptr() as *mut std::ffi::c_char).collect();
        let data = QueryResultsData { results: ptrs.as_mut_ptr(), found: ptrs.len() };
        // Moving the vectors into the box does not move their buffers.
        Box::new(QueryResults { _strings: strings, _ptrs: ptrs, data })
    }
}

struct OrqState {
    request: *mut MsgObj,
    response: *mut MsgObj,
    bytes: Vec<u8>,
    ack: Option<Vec<u8>>,
    proto: Proto,
    dest: SocketAddr,
    conn: Option<ConnId>,
    branch: Vec<u8>,
    method: Vec<u8>,
    invite: bool,
    status: i32,
    phase: Phase,
    interval: u32,
    /// The application let go of it (no more callbacks).
    destroyed: bool,
    /// A CANCEL was made for it.
    canceled: bool,
    /// A CANCEL waiting for the first provisional response before it may be sent.
    pending_cancel: Option<Outgoing>,
    /// The resolved targets not tried yet (RFC 3263 §4.3 failover), in order.
    targets: std::collections::VecDeque<(Proto, SocketAddr)>,
    /// The top Via is ours (not NTATAG_USER_VIA): it may be made again for another target.
    own_via: bool,
    /// The host of the URL the request is sent to (`nta_outgoing_cannon()`).
    canon: Option<Vec<u8>>,
    /// Where it goes (`nta_outgoing_host()`): the URL's `;maddr=` or host, then, for a host
    /// name, the address of the target being tried.
    host: Option<Vec<u8>>,
    /// The URL names a host to look up.
    named: bool,
    /// Its own NTATAG_TLS_ORQ_CONNECT_TIMEOUT, over the agent's.
    tls_timeout: Option<u32>,
    /// The SRV records of `targets` (graylisting), and of the target being tried.
    origins: std::collections::VecDeque<Option<graylist::SrvOrigin>>,
    current: Option<graylist::SrvOrigin>,
}

impl Drop for OrqInner {
    fn drop(&mut self) {
        let home = self.intercept.replace(0);
        if home != 0 {
            // SAFETY: the reference NTATAG_INTERCEPT_QUERY_RESULTS gave the transaction.
            unsafe { crate::su::alloc::su_home_unref(home as *mut crate::su::alloc::su_home_t) };
        }
        let s = self.st.get_mut();
        // SAFETY: we own one reference to each message.
        unsafe {
            msg_destroy(s.request);
            if !s.response.is_null() {
                msg_destroy(s.response);
            }
        }
    }
}

impl Outgoing {
    /// # Safety
    /// As [`Agent::outgoing`].
    unsafe fn start(agent: &Agent, msg: *mut MsgObj, route: Option<Vec<u8>>, cb: Option<ResponseCb>) -> Option<Outgoing> {
        if msg.is_null() {
            return None;
        }
        // SAFETY: contract.
        let rq = unsafe { view::slot(msg, "request") };
        if agent.destroyed() || rq.is_null() {
            return None;
        }
        let params = agent.params();
        // SAFETY: a valid request line.
        let method = unsafe { view::str_at(rq, view::RQ_METHOD_NAME).unwrap_or_default().to_vec() };
        // SAFETY: as above.
        let ruri = unsafe { url::print(&crate::url::api::view((rq as *const u8).add(view::RQ_URL) as *const crate::url::url_t)) };
        let target = route.or_else(|| params.default_proxy.clone()).unwrap_or(ruri);
        let (canon, maddr) = match url::parse(&target) {
            Some(p) => {
                let v = url::View::of_parsed(&p);
                (v.f[url::HOST].map(<[u8]>::to_vec), v.f[url::PARAMS].and_then(|ps| url::param(ps, b"maddr")).map(<[u8]>::to_vec))
            }
            None => (None, None),
        };
        let dest = target_of(&target);
        let named = if dest.is_err() { named_target(&target) } else { None };
        let (proto, addr) = match (&dest, &named) {
            (Ok(d), _) => *d,
            (Err(_), Some(n)) => (n.proto, SocketAddr::from(([0, 0, 0, 0], 0))),
            _ => (Proto::Udp, SocketAddr::from(([0, 0, 0, 0], 0))),
        };
        let invite = method.eq_ignore_ascii_case(b"INVITE");
        let (host, port) = {
            let st = agent.0.st.borrow();
            let port = st.bound.iter().find(|(p, _)| *p == proto).or(st.bound.first()).map_or(0, |(_, a)| a.port());
            (st.host.clone(), port)
        };
        // Via
        // SAFETY: valid message.
        // SAFETY: valid message.
        let own_via = !(params.user_via && unsafe { !view::slot(msg, "via").is_null() });
        let branch = unsafe {
            let existing = view::slot(msg, "via");
            if params.user_via && !existing.is_null() {
                view::str_at(existing, view::V_BRANCH).map(<[u8]>::to_vec).unwrap_or_else(|| agent.newbranch().into_bytes())
            } else {
                let b = agent.newbranch();
                let rport = (params.rport && proto == Proto::Udp) || (params.tcp_rport && proto == Proto::Tcp) || (params.tls_rport && proto == Proto::Tls);
                let v = format!("SIP/2.0/{} {}:{}{};branch={}", proto.name().to_ascii_uppercase(), host, port, if rport { ";rport" } else { "" }, b);
                if !view::add(msg, "via", v.as_bytes()) {
                    return None;
                }
                b.into_bytes()
            }
        };
        // SAFETY: valid message.
        unsafe {
            if view::slot(msg, "max_forwards").is_null() {
                view::add(msg, "max_forwards", params.max_forwards.to_string().as_bytes());
            }
        }
        // SAFETY: valid message.
        let Some(bytes) = (unsafe { view::encode(msg) }) else {
            return None;
        };
        // SAFETY: live root (agent contract).
        let timers = unsafe { (Timer::new(agent.0.root), Timer::new(agent.0.root)) };
        let (Some(ta), Some(tb)) = timers else {
            return None;
        };
        let orq = Outgoing(Rc::new(OrqInner {
            agent: Rc::downgrade(&agent.0),
            st: RefCell::new(OrqState {
                request: msg,
                response: ptr::null_mut(),
                bytes,
                ack: None,
                proto,
                dest: addr,
                conn: None,
                branch: branch.to_ascii_lowercase(),
                method: method.clone(),
                invite,
                status: 0,
                phase: Phase::Calling,
                interval: params.t1,
                destroyed: false,
                canceled: false,
                pending_cancel: None,
                targets: Default::default(),
                own_via,
                canon: canon.clone(),
                host: maddr.or(canon),
                named: named.is_some(),
                tls_timeout: None,
                origins: Default::default(),
                current: None,
            }),
            cb: RefCell::new(cb),
            timers: RefCell::new(Some((ta, tb))),
            magic: Cell::new(0),
            cstrs: RefCell::new(Vec::new()),
            intercept: Cell::new(0),
            query: RefCell::new(None),
        }));
        if method.eq_ignore_ascii_case(b"ACK") {
            // Sent once, no transaction.
            if dest.is_ok() {
                orq.send();
            }
            orq.terminate();
            return Some(orq);
        }
        agent.0.st.borrow_mut().orqs.insert((branch.to_ascii_lowercase(), method.to_ascii_uppercase()), orq.clone());
        // A host name: looked up in a thread of its own (DNS never blocks the loop); the
        // request goes to the first target when the list is known (or the transaction fails
        // with 503), and on to the next ones on failures (RFC 3263 §4.3).
        // SAFETY: the agent's live root.
        let remote = if named.is_some() { unsafe { crate::su::root::Remote::of(agent.0.root) } } else { None };
        if let (Some(t), Some(remote)) = (named, remote) {
            let token = NEXT_LOOKUP.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            RESOLVING.with(|r| r.borrow_mut().insert(token, Rc::downgrade(&orq.0)));
            let ctx = agent.resolve_ctx(&params);
            let spawned = std::thread::Builder::new().name("nta-dns".into()).spawn(move || {
                let targets = resolve_named(&t, &ctx);
                let origins = ctx.origins(targets.len());
                remote.post(move |_root| {
                    let Some(o) = RESOLVING.with(|r| r.borrow_mut().remove(&token)).and_then(|w| w.upgrade()) else { return };
                    let orq = Outgoing(o);
                    if orq.0.st.borrow().destroyed || orq.status() >= 200 {
                        return;
                    }
                    su_debug!(nta_log, 5, "nta: {} ({}): {} targets for {}\n", String::from_utf8_lossy(&orq.method()), orq.cseq(), targets.len(), t.host);
                    if targets.is_empty() {
                        orq.later_reply(503, "DNS Error");
                        return;
                    }
                    orq.intercept_results(&targets);
                    if orq.0.st.borrow().destroyed || orq.status() >= 200 {
                        return;
                    }
                    {
                        let mut s = orq.0.st.borrow_mut();
                        s.targets = targets.into();
                        s.origins = origins.into();
                    }
                    if !orq.try_next(false) {
                        orq.later_reply(503, "Service Unavailable");
                    }
                });
            });
            if spawned.is_err() {
                orq.later_reply(503, "Service Unavailable");
            } else {
                // A lookup that never ends still ends the transaction (timer B/F: 408).
                orq.arm_state(params.t1x64);
            }
            return Some(orq);
        }
        match dest {
            Err(why) => {
                su_debug!(nta_log, 3, "nta: {} to {}: {}\n", String::from_utf8_lossy(&method), String::from_utf8_lossy(&target), why);
                orq.later_reply(503, "Service Unavailable");
            }
            Ok(_) => {
                if orq.send() {
                    orq.arm_retransmit();
                    orq.arm_state(params.t1x64);
                } else {
                    orq.later_reply(503, "Service Unavailable");
                }
            }
        }
        Some(orq)
    }

    pub(crate) fn inner(&self) -> &Rc<OrqInner> {
        &self.0
    }

    pub(crate) fn from_rc(rc: Rc<OrqInner>) -> Outgoing {
        Outgoing(rc)
    }

    fn agent(&self) -> Option<Agent> {
        self.0.agent.upgrade().map(Agent)
    }

    /// Latest status (0 before any response).
    pub fn status(&self) -> i32 {
        self.0.st.borrow().status
    }

    pub fn phase(&self) -> Phase {
        self.0.st.borrow().phase
    }

    /// The request message (owned by the transaction).
    pub fn request(&self) -> *mut MsgObj {
        self.0.st.borrow().request
    }

    /// The latest response message (owned by the transaction), NULL before any.
    pub fn response(&self) -> *mut MsgObj {
        self.0.st.borrow().response
    }

    pub fn method(&self) -> Vec<u8> {
        self.0.st.borrow().method.clone()
    }

    pub fn branch(&self) -> Vec<u8> {
        self.0.st.borrow().branch.clone()
    }

    /// NTATAG_INTERCEPT_QUERY_RESULTS (fork): the callback is called once with no response
    /// while `nta_outgoing_query_results()` gives the addresses the lookup found (each once,
    /// in the order they will be tried), before the request is sent to the first.
    fn intercept_results(&self, targets: &[(Proto, SocketAddr)]) {
        if self.0.intercept.get() == 0 || self.0.cb.borrow().is_none() {
            return;
        }
        let mut addrs: Vec<String> = Vec::new();
        for (_, a) in targets {
            let s = a.ip().to_string();
            if !addrs.contains(&s) {
                addrs.push(s);
            }
        }
        *self.0.query.borrow_mut() = Some(QueryResults::new(&addrs));
        self.deliver(ptr::null_mut());
        self.0.query.borrow_mut().take();
    }

    /// The addresses `nta_outgoing_query_results()` gives now (None outside the
    /// intercepting callback).
    pub fn query_results(&self) -> Option<Vec<String>> {
        let q = self.0.query.borrow();
        q.as_ref().map(|q| q._strings.iter().map(|c| c.to_string_lossy().into_owned()).collect())
    }

    /// Takes over one reference to `home` (NTATAG_INTERCEPT_QUERY_RESULTS), released with
    /// the transaction.
    ///
    /// # Safety
    /// `home` a reference-counted home whose reference the caller gives away.
    pub unsafe fn set_intercept(&self, home: *mut crate::su::alloc::su_home_t) {
        let old = self.0.intercept.replace(home as usize);
        if old != 0 {
            // SAFETY: the reference taken before.
            unsafe { crate::su::alloc::su_home_unref(old as *mut crate::su::alloc::su_home_t) };
        }
    }

    /// The host of the URL the request is sent to (`nta_outgoing_cannon()`).
    pub fn canon(&self) -> Option<Vec<u8>> {
        self.0.st.borrow().canon.clone()
    }

    /// Where the request goes (`nta_outgoing_host()`): the URL's `;maddr=` or host, or the
    /// address a host name resolved to.
    pub fn host(&self) -> Option<Vec<u8>> {
        self.0.st.borrow().host.clone()
    }

    /// The CSeq number of the request.
    pub fn cseq(&self) -> u32 {
        // SAFETY: our request.
        unsafe {
            let cs = view::slot(self.request(), "cseq");
            if cs.is_null() {
                0
            } else {
                view::i32_at(cs, view::CS_SEQ) as u32
            }
        }
    }

    /// The application lets go: no more callbacks; the transaction finishes on its own.
    pub fn destroy(&self) {
        self.0.st.borrow_mut().destroyed = true;
        self.0.cb.borrow_mut().take();
    }

    /// Replaces the callback.
    pub fn bind(&self, cb: Option<ResponseCb>) {
        *self.0.cb.borrow_mut() = cb;
    }

    /// Cancels this INVITE (RFC 3261 §9.1): a CANCEL client transaction with the INVITE's
    /// Request-URI, top Via (same branch), From, To, Call-ID, CSeq number and Route, sent
    /// where the INVITE went. Before any provisional response the CANCEL waits for one.
    /// `cancel_408` (NTATAG_CANCEL_408): no CANCEL is sent; the INVITE gets a local 487.
    /// None when the request is not an INVITE, already has a final response or was
    /// already cancelled.
    pub fn cancel(&self, cb: Option<ResponseCb>, cancel_408: bool) -> Option<Outgoing> {
        let agent = self.agent()?;
        {
            let s = self.0.st.borrow();
            if !s.invite || s.destroyed || s.status >= 200 || s.canceled || !matches!(s.phase, Phase::Calling | Phase::Proceeding) {
                su_debug!(nta_log, 3, "nta: cannot cancel {} ({})\n", String::from_utf8_lossy(&s.method), s.status);
                return None;
            }
        }
        self.0.st.borrow_mut().canceled = true;
        if cancel_408 {
            self.local_reply(487, "Request Terminated");
            return None;
        }
        let req = self.request();
        let msg = view::new_msg(agent.params().sipflags as c_int);
        if msg.is_null() {
            return None;
        }
        // SAFETY: our request; the new message's home takes the copies.
        let bytes = unsafe {
            let home = m::home(msg);
            let rq = view::slot(req, "request");
            let u = url::print(&crate::url::api::view((rq as *const u8).add(view::RQ_URL) as *const crate::url::url_t));
            let u = CString::new(u).unwrap_or_default();
            let r = crate::sip::create::sip_request_create(home, 0, c"CANCEL".as_ptr(), u.as_ptr() as *const crate::sip::ctypes::UrlStringT, ptr::null());
            let mut ok = view::insert(msg, r.cast());
            ok &= view::insert(msg, crate::sip::api::msg_header_dup_one(home, view::slot(req, "via").cast()).cast());
            let route = view::slot(req, "route");
            if !route.is_null() {
                ok &= view::add_dup(msg, route);
            }
            ok &= view::add_dup(msg, view::slot(req, "max_forwards"));
            ok &= view::add_dup(msg, view::slot(req, "from"));
            ok &= view::add_dup(msg, view::slot(req, "to"));
            ok &= view::add_dup(msg, view::slot(req, "call_id"));
            let cs = view::slot(req, "cseq");
            let c = crate::sip::create::sip_cseq_create(home, view::i32_at(cs, view::CS_SEQ) as u32, 0, c"CANCEL".as_ptr());
            ok &= view::insert(msg, c.cast());
            if ok { view::encode(msg) } else { None }
        };
        let Some(bytes) = bytes else {
            // SAFETY: ours.
            unsafe { msg_destroy(msg) };
            return None;
        };
        // SAFETY: live root (agent contract).
        let timers = unsafe { (Timer::new(agent.0.root), Timer::new(agent.0.root)) };
        let (Some(ta), Some(tb)) = timers else {
            // SAFETY: ours.
            unsafe { msg_destroy(msg) };
            return None;
        };
        let p = agent.params();
        let (proto, dest, conn, branch, delay, canon, host) = {
            let s = self.0.st.borrow();
            // RFC 3261 §9.1: a CANCEL waits for a provisional response (not with RFC 2543's).
            (s.proto, s.dest, s.conn, s.branch.clone(), s.status < 100 && !p.cancel_2543, s.canon.clone(), s.host.clone())
        };
        let c = Outgoing(Rc::new(OrqInner {
            agent: Rc::downgrade(&agent.0),
            st: RefCell::new(OrqState {
                request: msg,
                response: ptr::null_mut(),
                bytes,
                ack: None,
                proto,
                dest,
                conn,
                branch: branch.clone(),
                method: b"CANCEL".to_vec(),
                invite: false,
                status: 0,
                phase: Phase::Calling,
                interval: p.t1,
                destroyed: false,
                canceled: false,
                pending_cancel: None,
                targets: Default::default(),
                own_via: false,
                canon,
                host,
                named: false,
                tls_timeout: None,
                origins: Default::default(),
                current: None,
            }),
            cb: RefCell::new(cb),
            timers: RefCell::new(Some((ta, tb))),
            magic: Cell::new(0),
            cstrs: RefCell::new(Vec::new()),
            intercept: Cell::new(0),
            query: RefCell::new(None),
        }));
        agent.0.st.borrow_mut().orqs.insert((branch, b"CANCEL".to_vec()), c.clone());
        if delay {
            self.0.st.borrow_mut().pending_cancel = Some(c.clone());
        } else {
            c.launch();
            self.cancel_sent(&p);
        }
        if p.cancel_2543 {
            // The local 487 comes from the loop, after the CANCEL is made (as in Sofia).
            let w = Rc::downgrade(&self.0);
            if let Some((a, _)) = self.0.timers.borrow().as_ref() {
                a.set(0, move || {
                    if let Some(o) = w.upgrade() {
                        Outgoing(o).local_reply(487, "Request Terminated");
                    }
                });
            }
        }
        Some(c)
    }

    /// Sends the request to the next resolved target (a new Via for its transport, with a
    /// new branch unless `new_branch` is false, i.e. the first target) and restarts the
    /// timers; a target that fails at once is skipped. False when none is left.
    fn try_next(&self, mut new_branch: bool) -> bool {
        loop {
            let Some(agent) = self.agent() else { return false };
            self.graylist_current(&agent);
            let next = {
                let mut s = self.0.st.borrow_mut();
                s.current = s.origins.pop_front().flatten();
                s.targets.pop_front()
            };
            let Some((proto, dest)) = next else { return false };
            su_debug!(nta_log, 5, "nta: {} ({}): trying {}/{}\n", String::from_utf8_lossy(&self.method()), self.cseq(), proto.name(), dest);
            if !self.retarget(&agent, proto, dest, new_branch) {
                return false;
            }
            if self.send() {
                let p = agent.params();
                self.arm_retransmit();
                self.arm_state(p.t1x64);
                return true;
            }
            new_branch = true;
        }
    }

    /// Whether another resolved target is left to try.
    fn has_alternatives(&self) -> bool {
        let s = self.0.st.borrow();
        !s.targets.is_empty() && !s.canceled
    }

    /// Points the transaction at (`proto`, `dest`) as a new client transaction: our Via is
    /// made again for that transport (new branch when asked), the request re-printed, the
    /// state back to Calling.
    fn retarget(&self, agent: &Agent, proto: Proto, dest: SocketAddr, new_branch: bool) -> bool {
        let p = agent.params();
        {
            let mut s = self.0.st.borrow_mut();
            if s.named {
                s.host = Some(dest.ip().to_string().into_bytes());
            }
        }
        let (own_via, old_branch, method, req) = {
            let s = self.0.st.borrow();
            (s.own_via, s.branch.clone(), s.method.to_ascii_uppercase(), s.request)
        };
        if own_via {
            let branch = if new_branch { agent.newbranch().into_bytes() } else { old_branch.clone() };
            let (host, port) = {
                let st = agent.0.st.borrow();
                let port = st.bound.iter().find(|(bp, _)| *bp == proto).or(st.bound.first()).map_or(0, |(_, a)| a.port());
                (st.host.clone(), port)
            };
            let rport = (p.rport && proto == Proto::Udp) || (p.tcp_rport && proto == Proto::Tcp) || (p.tls_rport && proto == Proto::Tls);
            let v = format!(
                "SIP/2.0/{} {}:{}{};branch={}",
                proto.name().to_ascii_uppercase(),
                host,
                port,
                if rport { ";rport" } else { "" },
                String::from_utf8_lossy(&branch)
            );
            // SAFETY: our request; the old top Via is taken out of it, a new one put in.
            let bytes = unsafe {
                let top = view::slot(req, "via");
                if !top.is_null() {
                    crate::msg::edit::msg_header_remove(req, ptr::null_mut(), top.cast());
                }
                if !view::add(req, "via", v.as_bytes()) {
                    return false;
                }
                view::encode(req)
            };
            let Some(bytes) = bytes else { return false };
            let branch = branch.to_ascii_lowercase();
            {
                let mut s = self.0.st.borrow_mut();
                s.bytes = bytes;
                s.branch = branch.clone();
            }
            if branch != old_branch {
                let mut st = agent.0.st.borrow_mut();
                let old = (old_branch, method.clone());
                if st.orqs.get(&old).is_some_and(|o| Rc::ptr_eq(&o.0, &self.0)) {
                    st.orqs.remove(&old);
                }
                st.orqs.insert((branch, method), self.clone());
            }
        }
        let mut s = self.0.st.borrow_mut();
        s.proto = proto;
        s.dest = dest;
        s.conn = None;
        s.interval = p.t1;
        s.phase = Phase::Calling;
        s.status = 0;
        true
    }

    /// A transport error (refused connection, ICMP unreachable, write error) before any
    /// response: the next target, else a local 503.
    fn transport_error(&self) {
        if self.status() < 100 && self.has_alternatives() && self.try_next(true) {
            return;
        }
        self.local_reply(503, "Service Unavailable");
    }

    /// Sends a request made elsewhere (a CANCEL) and starts its timers.
    fn launch(&self) {
        let t1x64 = self.agent().map_or(64 * SIP_T1, |a| a.params().t1x64);
        if self.send() {
            self.arm_retransmit();
            self.arm_state(t1x64);
        } else {
            self.later_reply(503, "Service Unavailable");
        }
    }

    /// The INVITE was cancelled: no more retransmissions; it waits for its final response
    /// until timer D.
    fn cancel_sent(&self, p: &Params) {
        if let Some((a, _)) = self.0.timers.borrow().as_ref() {
            a.reset();
        }
        self.arm_state(p.t1x64.max(32000));
    }

    /// Whether a CANCEL was made for it.
    pub fn canceled(&self) -> bool {
        self.0.st.borrow().canceled
    }

    /// Sends (or re-sends) the request; false on an immediate transport error.
    fn send(&self) -> bool {
        let Some(tp) = self.agent().and_then(|a| a.tport()) else { return false };
        let (proto, dest, conn) = {
            let s = self.0.st.borrow();
            (s.proto, s.dest, s.conn)
        };
        let bytes = self.0.st.borrow().bytes.clone();
        let r = match conn {
            Some(c) if tp.conn_info(c).is_some() => tp.send_on(c, &bytes).map(|_| Some(c)),
            _ => tp.send(proto, dest, &bytes),
        };
        match r {
            Ok(c) => {
                if c.is_some() {
                    self.0.st.borrow_mut().conn = c;
                    self.arm_n3();
                }
                true
            }
            Err(e) => {
                su_debug!(nta_log, 3, "nta: {} ({}): {} with {}/{}\n", String::from_utf8_lossy(&self.method()), self.cseq(), e, proto.name(), dest);
                false
            }
        }
    }

    fn arm_retransmit(&self) {
        let (udp, interval) = {
            let s = self.0.st.borrow();
            (s.proto == Proto::Udp, s.interval)
        };
        if !udp {
            return;
        }
        let w = Rc::downgrade(&self.0);
        if let Some((a, _)) = self.0.timers.borrow().as_ref() {
            a.set(interval as _, move || {
                if let Some(o) = w.upgrade() {
                    Outgoing(o).on_retransmit();
                }
            });
        }
    }

    fn arm_state(&self, ms: u32) {
        let w = Rc::downgrade(&self.0);
        if let Some((_, b)) = self.0.timers.borrow().as_ref() {
            b.set(ms as _, move || {
                if let Some(o) = w.upgrade() {
                    Outgoing(o).on_state_timer();
                }
            });
        }
    }

    /// Timer A / E.
    fn on_retransmit(&self) {
        let Some(p) = self.agent().map(|a| a.params()) else { return };
        let again = {
            let mut s = self.0.st.borrow_mut();
            match (s.phase, s.invite) {
                (Phase::Calling, true) => {
                    s.interval = s.interval.saturating_mul(2);
                    true
                }
                (Phase::Calling, false) => {
                    s.interval = s.interval.saturating_mul(2).min(p.t2);
                    true
                }
                (Phase::Proceeding, false) => {
                    s.interval = p.t2;
                    true
                }
                _ => false,
            }
        };
        if again {
            self.send();
            self.arm_retransmit();
        }
    }

    /// Timer B / F (timeout), D / K (end of Completed), end of Accepted.
    fn on_state_timer(&self) {
        let phase = self.phase();
        let (canceled, status) = {
            let s = self.0.st.borrow();
            (s.canceled, s.status)
        };
        match phase {
            // A cancelled INVITE that got no final response ends at timer D, as in Sofia.
            Phase::Calling | Phase::Proceeding if canceled && status >= 100 => self.terminate(),
            // No response at all from this target: the next one (RFC 3263 §4.3), as Sofia.
            Phase::Calling | Phase::Proceeding if status == 0 && self.has_alternatives() && self.try_next(true) => {}
            Phase::Calling | Phase::Proceeding => self.local_reply(408, "Request Timeout"),
            _ => self.terminate(),
        }
    }

    /// A local reply from the loop (never from inside the creating call).
    fn later_reply(&self, status: i32, phrase: &'static str) {
        let w = Rc::downgrade(&self.0);
        if let Some((_, b)) = self.0.timers.borrow().as_ref() {
            b.set(0, move || {
                if let Some(o) = w.upgrade() {
                    Outgoing(o).local_reply(status, phrase);
                }
            });
        }
    }

    /// Answers the transaction locally (408, 503) as if the response had been received.
    fn local_reply(&self, status: i32, phrase: &str) {
        let Some(agent) = self.agent() else { return };
        if !matches!(self.phase(), Phase::Calling | Phase::Proceeding) {
            return;
        }
        su_debug!(nta_log, 5, "nta: {} ({}): local {} {}\n", String::from_utf8_lossy(&self.method()), self.cseq(), status, phrase);
        let timeout_msg = status != 408 || self.0.st.borrow().invite || agent.params().timeout_408;
        let req = self.request();
        let tag = agent.newtag();
        // SAFETY: our request.
        let resp = if timeout_msg { unsafe { agent.make_response(req, status, Some(phrase), Some(&tag), &mut |_| true) } } else { None };
        match resp {
            Some(r) => {
                // SAFETY: our new message (encode only completes it for the application).
                unsafe { view::encode(r) };
                self.recv(r, true);
            }
            None => {
                self.0.st.borrow_mut().status = status;
                self.deliver(ptr::null_mut());
                self.terminate();
            }
        }
    }

    /// A response for this transaction (`local`: made by us).
    fn recv(&self, msg: *mut MsgObj, local: bool) {
        // SAFETY: a valid response.
        let status = unsafe { view::status_of(msg) };
        let Some(agent) = self.agent() else {
            // SAFETY: ours.
            unsafe { msg_destroy(msg) };
            return;
        };
        let p = agent.params();
        let (phase, invite, udp) = {
            let s = self.0.st.borrow();
            (s.phase, s.invite, s.proto == Proto::Udp)
        };
        // RFC 3263 §4.3: a 503 from this target (NTATAG_SRV_503) sends the request on to
        // the next resolved one; the application sees only the last target's responses.
        if !local && status == 503 && p.srv_503 && matches!(phase, Phase::Calling | Phase::Proceeding) && self.has_alternatives() {
            su_debug!(nta_log, 5, "nta: {} ({}): 503, trying the next target\n", String::from_utf8_lossy(&self.method()), self.cseq());
            if invite {
                // The 503 ends the INVITE transaction with that server: acknowledge it.
                // SAFETY: our request, the response.
                let ack = unsafe { self.make_ack(msg) };
                self.0.st.borrow_mut().ack = ack;
                self.send_ack();
                self.0.st.borrow_mut().ack = None;
            }
            // SAFETY: ours.
            unsafe { msg_destroy(msg) };
            if !self.try_next(true) {
                self.local_reply(503, "Service Unavailable");
            }
            return;
        }
        if matches!(phase, Phase::Calling | Phase::Proceeding) {
            let pending = self.0.st.borrow_mut().pending_cancel.take();
            if let Some(c) = pending {
                if status < 200 {
                    // A provisional response: now the CANCEL may go.
                    c.launch();
                    self.cancel_sent(&p);
                } else {
                    c.local_reply(481, "Call/Transaction Does Not Exist");
                }
            }
        }
        let deliver = match phase {
            Phase::Calling | Phase::Proceeding if status < 200 => {
                let mut s = self.0.st.borrow_mut();
                s.phase = Phase::Proceeding;
                if s.invite {
                    drop(s);
                    if let Some((a, _)) = self.0.timers.borrow().as_ref() {
                        a.reset();
                    }
                }
                true
            }
            Phase::Calling | Phase::Proceeding => {
                if let Some((a, _)) = self.0.timers.borrow().as_ref() {
                    a.reset();
                }
                if local {
                    self.0.st.borrow_mut().phase = Phase::Completed;
                    self.arm_state(0);
                } else if !invite {
                    self.0.st.borrow_mut().phase = Phase::Completed;
                    self.arm_state(if udp { p.t4 } else { 0 });
                } else if status < 300 {
                    self.0.st.borrow_mut().phase = Phase::Accepted;
                    self.arm_state(p.t1x64);
                } else {
                    // SAFETY: our request, the response.
                    let ack = unsafe { self.make_ack(msg) };
                    self.0.st.borrow_mut().ack = ack;
                    self.send_ack();
                    self.0.st.borrow_mut().phase = Phase::Completed;
                    self.arm_state(if udp { p.t1x64.max(32000) } else { 0 });
                }
                true
            }
            Phase::Completed => {
                if invite && status >= 300 {
                    self.send_ack();
                }
                false
            }
            Phase::Accepted => (200..300).contains(&status),
            Phase::Terminated => false,
        };
        if !deliver {
            // SAFETY: ours.
            unsafe { msg_destroy(msg) };
            return;
        }
        {
            let mut s = self.0.st.borrow_mut();
            s.status = status;
            let old = std::mem::replace(&mut s.response, msg);
            if !old.is_null() {
                // SAFETY: ours.
                unsafe { msg_destroy(old) };
            }
        }
        self.deliver(msg);
    }

    fn deliver(&self, msg: *mut MsgObj) {
        let cb = self.0.cb.borrow_mut().take();
        if let Some(mut cb) = cb {
            cb(self, msg);
            let mut slot = self.0.cb.borrow_mut();
            if slot.is_none() && !self.0.st.borrow().destroyed {
                *slot = Some(cb);
            }
        }
    }

    /// The ACK of a non-2xx final response to our INVITE (RFC 3261 §17.1.1.3).
    ///
    /// # Safety
    /// `resp` a valid response.
    unsafe fn make_ack(&self, resp: *mut MsgObj) -> Option<Vec<u8>> {
        let req = self.request();
        let msg = view::new_msg(0);
        if msg.is_null() {
            return None;
        }
        // SAFETY: valid messages; headers go into the new one.
        unsafe {
            let home = m::home(msg);
            let rq = view::slot(req, "request");
            let u = url::print(&crate::url::api::view((rq as *const u8).add(view::RQ_URL) as *const crate::url::url_t));
            let u = CString::new(u).unwrap_or_default();
            let r = crate::sip::create::sip_request_create(home, 0, c"ACK".as_ptr(), u.as_ptr() as *const crate::sip::ctypes::UrlStringT, ptr::null());
            let via = view::slot(req, "via");
            let mut ok = view::insert(msg, r.cast());
            ok &= view::insert(msg, crate::sip::api::msg_header_dup_one(home, via.cast()).cast());
            ok &= view::add_dup(msg, view::slot(req, "max_forwards"));
            ok &= view::add_dup(msg, view::slot(req, "from"));
            ok &= view::add_dup(msg, view::slot(resp, "to"));
            ok &= view::add_dup(msg, view::slot(req, "call_id"));
            let cs = view::slot(req, "cseq");
            let c = crate::sip::create::sip_cseq_create(home, view::i32_at(cs, view::CS_SEQ) as u32, 0, c"ACK".as_ptr());
            ok &= view::insert(msg, c.cast());
            let route = view::slot(req, "route");
            if !route.is_null() {
                ok &= view::add_dup(msg, route);
            }
            let bytes = if ok { view::encode(msg) } else { None };
            msg_destroy(msg);
            bytes
        }
    }

    fn send_ack(&self) {
        let Some(tp) = self.agent().and_then(|a| a.tport()) else { return };
        let s = self.0.st.borrow();
        if let Some(ack) = &s.ack {
            let _ = match s.conn {
                Some(c) if tp.conn_info(c).is_some() => tp.send_on(c, ack),
                _ => tp.send(s.proto, s.dest, ack).map(|_| ()),
            };
        }
    }

    fn terminate(&self) {
        let (key, pending) = {
            let mut s = self.0.st.borrow_mut();
            s.phase = Phase::Terminated;
            ((s.branch.clone(), s.method.to_ascii_uppercase()), s.pending_cancel.take())
        };
        if let Some(c) = pending {
            c.local_reply(408, "Request Timeout");
        }
        if let Some(a) = self.0.agent.upgrade() {
            let mut st = a.st.borrow_mut();
            if st.orqs.get(&key).is_some_and(|o| Rc::ptr_eq(&o.0, &self.0)) {
                st.orqs.remove(&key);
            }
        }
        // Dropping the timers from inside one of their callbacks is fine (the closure was
        // taken out of the timer before it ran).
        let t = self.0.timers.borrow_mut().take();
        drop(t);
    }
}

// ====================================================================== server transactions

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IrqPhase {
    Proceeding,
    Completed,
    Confirmed,
    Terminated,
}

/// A server transaction.
#[derive(Clone)]
pub struct Incoming(Rc<IrqInner>);

pub struct IrqInner {
    agent: Weak<AgentInner>,
    me: RefCell<Weak<IrqInner>>,
    st: RefCell<IrqState>,
    /// It has timers (not an ACK's, not terminated).
    timed: Cell<bool>,
    /// The arming number of each of its two timers in the agent's queue (0: not set).
    armed: [Cell<u64>; 2],
    /// The C application holds a reference (a handle it must nta_incoming_destroy()).
    pub(crate) app_ref: Cell<bool>,
    /// ACK / CANCEL / timeout callback (nta_incoming_bind()).
    cb: RefCell<Option<AckCancelCb>>,
    pub(crate) magic: Cell<usize>,
}

struct IrqState {
    request: *mut MsgObj,
    origin: Origin,
    /// [`irq_key`]: branch and method.
    key: smallvec::SmallVec<[u8; 64]>,
    invite: bool,
    status: i32,
    /// The last response sent (re-sent for retransmitted requests).
    last: Option<Vec<u8>>,
    /// A reliable provisional response waiting for its PRACK (RFC 3262 §3): re-sent with
    /// a doubling interval (timer P1, in `interval`) until `pracked()` or until 64·T1
    /// (timer P2) have passed.
    reliable: Option<Vec<u8>>,
    phase: IrqPhase,
    tag: Rc<str>,
    interval: u32,
    /// A CANCEL for it arrived.
    canceled: bool,
    /// The application let go of it (nta_incoming_destroy()).
    destroyed: bool,
    /// When the request arrived (sip_now(), su_nanotime()).
    received: (u32, u64),
    /// Its own NTATAG_EXTRA_100 switch, and timer N1 (in timer 0) is armed.
    extra_100: bool,
    n1: bool,
}

impl Drop for IrqInner {
    fn drop(&mut self) {
        // SAFETY: we own the request.
        unsafe { msg_destroy(self.st.get_mut().request) };
    }
}

impl Incoming {
    /// A server transaction for request `msg` (taken over) with our To tag `tag`; except
    /// for ACK it gets its timers and goes into the agent's map.
    fn new(agent: &Agent, msg: *mut MsgObj, origin: Origin, key: &IrqKey, method: &[u8], tag: Rc<str>) -> Incoming {
        let is_ack = method.eq_ignore_ascii_case(b"ACK");
        let invite = method.eq_ignore_ascii_case(b"INVITE");
        // An ACK's own key (it is in no index; the one given names its INVITE).
        let ack_key;
        let key = if is_ack {
            ack_key = IrqKey { bytes: irq_key(key.branch(), method), hash: 0 };
            &ack_key
        } else {
            key
        };
        let irq = Incoming(Rc::new(IrqInner {
            agent: Rc::downgrade(&agent.0),
            me: RefCell::new(Weak::new()),
            st: RefCell::new(IrqState {
                request: msg,
                origin,
                key: key.bytes.clone(),
                invite,
                status: 0,
                last: None,
                reliable: None,
                phase: if is_ack { IrqPhase::Terminated } else { IrqPhase::Proceeding },
                tag,
                interval: 0,
                canceled: false,
                destroyed: false,
                // SAFETY: su_nanotime() with a NULL out-pointer only returns the time.
                received: (crate::msg::util::sip_now() as u32, unsafe { crate::su::time::su_nanotime(ptr::null_mut()) }),
                extra_100: extra100::IRQ_DEFAULT,
                n1: false,
            }),
            timed: Cell::new(false),
            armed: [Cell::new(0), Cell::new(0)],
            app_ref: Cell::new(false),
            cb: RefCell::new(None),
            magic: Cell::new(0),
        }));
        *irq.0.me.borrow_mut() = Rc::downgrade(&irq.0);
        if !is_ack {
            irq.0.timed.set(true);
            // SAFETY: the transaction's request, valid.
            let call_id = unsafe { view::call_id_ref(irq.request()) }.unwrap_or_default();
            let mut st = agent.0.st.borrow_mut();
            let by_call = invite || st.params.merge_482;
            st.irqs.insert(&irq, key, call_id, by_call);
            drop(st);
            irq.arm_extra_100(&agent.params());
        }
        irq
    }

    pub(crate) fn inner(&self) -> &Rc<IrqInner> {
        &self.0
    }

    pub(crate) fn from_rc(rc: Rc<IrqInner>) -> Incoming {
        Incoming(rc)
    }

    fn agent(&self) -> Option<Agent> {
        self.0.agent.upgrade().map(Agent)
    }

    /// The request (owned by the transaction).
    pub fn request(&self) -> *mut MsgObj {
        self.0.st.borrow().request
    }

    /// The latest status sent (0 before any).
    pub fn status(&self) -> i32 {
        self.0.st.borrow().status
    }

    pub fn phase(&self) -> IrqPhase {
        self.0.st.borrow().phase
    }

    /// Our To tag for the responses.
    pub fn tag(&self) -> String {
        self.0.st.borrow().tag.to_string()
    }

    /// Sends a response (`decorate` adds headers, e.g. from a tag list). -1 when the
    /// transaction already has a final response, or on errors.
    pub fn reply(&self, status: i32, phrase: Option<&str>, decorate: &mut dyn FnMut(*mut MsgObj) -> bool) -> i32 {
        let Some(agent) = self.agent() else { return -1 };
        if !(100..=699).contains(&status) || self.phase() != IrqPhase::Proceeding || self.status() >= 200 {
            return -1;
        }
        let (req, tag) = {
            let s = self.0.st.borrow();
            (s.request, s.tag.clone())
        };
        // SAFETY: our request.
        let Some(resp) = (unsafe { agent.make_response(req, status, phrase, Some(&tag), decorate) }) else { return -1 };
        // SAFETY: our new message, consumed.
        unsafe { self.send_response(&agent, resp) }
    }

    /// Sends a response message made by the application (nta_incoming_mreply()); the
    /// headers it lacks (Via, From, To with our tag, Call-ID, CSeq) are copied from the
    /// request. Consumes `msg`.
    ///
    /// # Safety
    /// `msg` a valid response message the caller owns.
    pub unsafe fn mreply(&self, msg: *mut MsgObj) -> i32 {
        let Some(agent) = self.agent() else {
            // SAFETY: contract.
            unsafe { msg_destroy(msg) };
            return -1;
        };
        // SAFETY: contract.
        let status = unsafe { view::status_of(msg) };
        if !(100..=699).contains(&status) || self.phase() != IrqPhase::Proceeding || self.status() >= 200 {
            // SAFETY: contract.
            unsafe { msg_destroy(msg) };
            return -1;
        }
        let (req, tag) = {
            let s = self.0.st.borrow();
            (s.request, s.tag.clone())
        };
        // SAFETY: valid messages; the copies go into the response's home.
        unsafe {
            let home = m::home(msg);
            for sym in ["via", "from", "call_id", "cseq"] {
                if view::slot(msg, sym).is_null() {
                    view::add_dup(msg, view::slot(req, sym));
                }
            }
            if view::slot(msg, "to").is_null() {
                view::add_dup(msg, view::slot(req, "to"));
            }
            let to = view::slot(msg, "to");
            if status > 100 && !to.is_null() && view::str_at(to, view::A_TAG).is_none() {
                let t = CString::new(&*tag).unwrap_or_default();
                crate::sip::create::sip_to_tag(home, to.cast(), t.as_ptr());
            }
            self.send_response(&agent, msg)
        }
    }

    /// Sends the response `resp` (consumed) and moves the state machine.
    ///
    /// # Safety
    /// `resp` a valid response message we own.
    unsafe fn send_response(&self, agent: &Agent, resp: *mut MsgObj) -> i32 {
        // SAFETY: contract.
        let status = unsafe { view::status_of(resp) };
        // SAFETY: contract.
        let bytes = unsafe { view::encode(resp) };
        // SAFETY: ours.
        unsafe { msg_destroy(resp) };
        let Some(bytes) = bytes else { return -1 };
        let origin = self.0.st.borrow().origin;
        let sent = agent.send_back(origin, &bytes).is_ok();
        su_debug!(nta_log, 5, "nta: {} {} for {}\n", if sent { "sent" } else { "not sending" }, status, String::from_utf8_lossy(split_irq_key(&self.0.st.borrow().key).1));
        let p = agent.params();
        let udp = origin.proto == Proto::Udp;
        let invite = {
            let mut s = self.0.st.borrow_mut();
            s.status = status;
            s.last = Some(bytes);
            if status >= 200 {
                // RFC 3262 §3: a final response ends the retransmission of an
                // unacknowledged reliable provisional response.
                s.reliable = None;
            }
            s.invite
        };
        if status >= 200 {
            self.0.armed[0].set(0);
            if !invite {
                self.0.st.borrow_mut().phase = IrqPhase::Completed;
                self.arm(1, if udp { p.t1x64 } else { 0 });
            } else if status >= 300 || p.ua {
                // Completed: G re-sends the response (a user agent re-sends its 2xx over
                // any transport until the ACK), H gives up waiting for the ACK.
                {
                    let mut s = self.0.st.borrow_mut();
                    s.phase = IrqPhase::Completed;
                    s.interval = p.t1;
                }
                if udp || status < 300 {
                    self.arm(0, p.t1);
                }
                self.arm(1, p.t1x64);
            } else {
                // Not a user agent: the 2xx is the dialog layer's business; keep the
                // transaction for a while to absorb retransmitted INVITEs.
                self.0.st.borrow_mut().phase = IrqPhase::Confirmed;
                self.arm(1, p.t4);
            }
        }
        if sent {
            0
        } else {
            -1
        }
    }

    /// The application is done with it (the transaction finishes on its own; without a
    /// final response it is answered 500).
    pub fn destroy(&self) {
        self.0.st.borrow_mut().destroyed = true;
        self.0.cb.borrow_mut().take();
        if self.phase() == IrqPhase::Proceeding && self.status() < 200 {
            self.reply(500, Some("Internal Server Error"), &mut |_| true);
        }
    }

    /// Sets the ACK / CANCEL / timeout callback (nta_incoming_bind()).
    pub fn bind(&self, cb: Option<AckCancelCb>) {
        *self.0.cb.borrow_mut() = cb;
    }

    /// Replaces our To tag (before a final response); returns the tag in use.
    pub fn set_tag(&self, tag: Option<&str>) -> String {
        let mut s = self.0.st.borrow_mut();
        if let Some(t) = tag {
            let t = t.split_once('=').map_or(t, |(_, v)| v);
            if s.status < 200 && !t.is_empty() {
                s.tag = Rc::from(t);
            }
        }
        s.tag.to_string()
    }

    /// A CANCEL arrived for it.
    pub fn canceled(&self) -> bool {
        self.0.st.borrow().canceled
    }

    /// When the request arrived: (sip_now() seconds, su_nanotime()).
    pub fn received(&self) -> (u32, u64) {
        self.0.st.borrow().received
    }

    /// The provisional response just sent is a reliable one (RFC 3262 §3): it is re-sent
    /// after T1, 2·T1, 4·T1 … until `pracked()`; when 64·T1 pass without a PRACK the
    /// bound callback is called with no message (as for a timeout) and, unless the
    /// application answered the request then, it is answered 503 "Reliable Response
    /// Time-Out" (as Sofia's nta).
    pub fn reliable_sent(&self) {
        let Some(agent) = self.agent() else { return };
        let p = agent.params();
        {
            let mut s = self.0.st.borrow_mut();
            if s.phase != IrqPhase::Proceeding || !(101..200).contains(&s.status) {
                return;
            }
            s.reliable = s.last.clone();
            s.interval = p.t1;
            s.n1 = false;
        }
        self.arm(0, p.t1);
        self.arm(1, p.t1x64);
    }

    /// The PRACK of the reliable provisional response arrived: no more re-sending.
    pub fn pracked(&self) {
        let was = {
            let mut s = self.0.st.borrow_mut();
            let was = s.reliable.take().is_some();
            was && s.phase == IrqPhase::Proceeding
        };
        if was {
            self.0.armed[0].set(0);
            self.0.armed[1].set(0);
        }
    }

    /// A reliable provisional response is waiting for its PRACK.
    pub fn unpracked(&self) -> bool {
        self.0.st.borrow().reliable.is_some()
    }

    /// Calls the bound callback with `msg` (NULL = timeout); false when none is bound.
    fn call_back(&self, msg: *mut MsgObj) -> bool {
        let cb = self.0.cb.borrow_mut().take();
        match cb {
            Some(mut cb) => {
                cb(self, msg);
                let mut slot = self.0.cb.borrow_mut();
                if slot.is_none() && !self.0.st.borrow().destroyed {
                    *slot = Some(cb);
                }
                true
            }
            None => false,
        }
    }

    fn arm(&self, which: usize, ms: u32) {
        if !self.0.timed.get() {
            return;
        }
        let Some(agent) = self.agent() else { return };
        agent.arm_irq(&self.0, which, ms);
    }

    fn on_timer(&self, which: usize) {
        let Some(agent) = self.agent() else { return };
        let phase = self.phase();
        if phase == IrqPhase::Proceeding && which == 0 && self.0.st.borrow().n1 {
            self.on_n1();
            return;
        }
        if phase == IrqPhase::Proceeding {
            self.on_reliable_timer(&agent, which);
            return;
        }
        if which == 0 {
            // Timer G
            if phase == IrqPhase::Completed {
                let (origin, last) = {
                    let mut s = self.0.st.borrow_mut();
                    s.interval = s.interval.saturating_mul(2).min(agent.params().t2);
                    (s.origin, s.last.clone())
                };
                if let Some(b) = last {
                    let _ = agent.send_back(origin, &b);
                }
                let iv = self.0.st.borrow().interval;
                self.arm(0, iv);
            }
        } else {
            // Timers H, I, J
            let (invite, destroyed) = {
                let s = self.0.st.borrow();
                (s.invite, s.destroyed)
            };
            self.terminate();
            if phase == IrqPhase::Completed && invite {
                // H: no ACK came; the application hears of it.
                su_debug!(nta_log, 5, "nta: timer H fired, no ACK for {}\n", self.status());
                if !destroyed {
                    self.call_back(ptr::null_mut());
                }
            }
        }
    }

    /// Timers P1 (re-send the reliable provisional response, the interval doubling) and
    /// P2 (64·T1 without PRACK).
    fn on_reliable_timer(&self, agent: &Agent, which: usize) {
        if which == 0 {
            let (origin, rel, iv) = {
                let mut s = self.0.st.borrow_mut();
                s.interval = s.interval.saturating_mul(2);
                (s.origin, s.reliable.clone(), s.interval)
            };
            if let Some(b) = rel {
                su_debug!(nta_log, 5, "nta: timer P1 fired, retransmitting {} reply\n", self.status());
                let _ = agent.send_back(origin, &b);
                self.arm(0, iv);
            }
            return;
        }
        if self.0.st.borrow_mut().reliable.take().is_none() {
            return;
        }
        self.0.armed[0].set(0);
        su_debug!(nta_log, 5, "nta: timer P2 fired, response timeout with {}\n", self.status());
        let destroyed = self.0.st.borrow().destroyed;
        if !destroyed {
            self.call_back(ptr::null_mut());
        }
        if self.phase() == IrqPhase::Proceeding && self.status() < 200 {
            self.reply(503, Some("Reliable Response Time-Out"), &mut |_| true);
        }
    }

    fn on_retransmission(&self) {
        let Some(agent) = self.agent() else { return };
        if self.extra_100_for_retransmission(&agent.params()) {
            return;
        }
        let (origin, last, phase) = {
            let s = self.0.st.borrow();
            (s.origin, s.reliable.clone().or_else(|| s.last.clone()), s.phase)
        };
        if matches!(phase, IrqPhase::Proceeding | IrqPhase::Completed) {
            if let Some(b) = last {
                let _ = agent.send_back(origin, &b);
            }
        }
    }

    /// An ACK for this INVITE transaction. Returns the message back when the transaction
    /// does not take it (it is then processed as a new request, as Sofia does: ACK of a
    /// 2xx when the agent is not a user agent, or no ACK callback bound while the
    /// application still holds the transaction).
    ///
    /// # Safety
    /// `msg` a valid ACK we own.
    unsafe fn on_ack(&self, msg: *mut MsgObj) -> Option<*mut MsgObj> {
        let Some(agent) = self.agent() else {
            // SAFETY: contract.
            unsafe { msg_destroy(msg) };
            return None;
        };
        let (phase, invite, status, destroyed, udp) = {
            let s = self.0.st.borrow();
            (s.phase, s.invite, s.status, s.destroyed, s.origin.proto == Proto::Udp)
        };
        let p = agent.params();
        if !invite || (200..300).contains(&status) && !p.ua || phase == IrqPhase::Proceeding {
            return Some(msg);
        }
        if phase == IrqPhase::Completed {
            self.0.st.borrow_mut().phase = IrqPhase::Confirmed;
            self.0.armed[0].set(0);
            self.arm(1, if udp { p.t4 } else { 0 });
            if !destroyed {
                if self.0.cb.borrow().is_none() {
                    return Some(msg);
                }
                self.call_back(msg);
            }
        }
        // SAFETY: contract.
        unsafe { msg_destroy(msg) };
        None
    }

    /// A CANCEL for this transaction: answered 200 (481 once an INVITE got its 2xx); a
    /// pending INVITE is reported to the bound callback and then, unless the application
    /// answered it, answered 487 (NTATAG_CANCEL_487). Consumes `msg`.
    ///
    /// # Safety
    /// `msg` a valid CANCEL we own.
    unsafe fn on_cancel(&self, msg: *mut MsgObj, origin: Origin) {
        let Some(agent) = self.agent() else {
            // SAFETY: contract.
            unsafe { msg_destroy(msg) };
            return;
        };
        let (invite, status, tag) = {
            let s = self.0.st.borrow();
            (s.invite, s.status, s.tag.clone())
        };
        // SAFETY: contract.
        unsafe {
            if invite && (200..300).contains(&status) {
                agent.reply_tagged(msg, origin, 481, Some("Call/Transaction Does Not Exist"), None);
                msg_destroy(msg);
                return;
            }
            agent.reply_tagged(msg, origin, 200, Some("OK"), Some(&tag));
        }
        let first = {
            let mut s = self.0.st.borrow_mut();
            let first = !s.canceled && s.invite && s.status < 200 && s.phase == IrqPhase::Proceeding;
            s.canceled = true;
            first
        };
        if first {
            if !self.0.st.borrow().destroyed {
                self.call_back(msg);
            }
            if self.status() < 200 && self.phase() == IrqPhase::Proceeding && agent.params().cancel_487 {
                self.reply(487, Some("Request Terminated"), &mut |_| true);
            }
        }
        // SAFETY: contract.
        unsafe { msg_destroy(msg) };
    }

    fn terminate(&self) {
        self.0.st.borrow_mut().phase = IrqPhase::Terminated;
        if let Some(a) = self.0.agent.upgrade() {
            let s = self.0.st.borrow();
            // SAFETY: our request, valid while we live.
            let call_id = unsafe { view::call_id_ref(s.request) }.unwrap_or_default();
            a.st.borrow_mut().irqs.remove(self, &s.key, call_id);
        }
        self.0.stop_timers();
    }
}

impl IrqInner {
    /// No more timers (terminated, or the agent destroyed).
    fn stop_timers(&self) {
        self.timed.set(false);
        self.armed[0].set(0);
        self.armed[1].set(0);
    }
}

#[cfg(test)]
mod tests {
    use super::bind_url;

    #[test]
    fn bind_urls_as_sofia_reads_them() {
        let b = bind_url(b"sip:127.0.0.1:5070").unwrap();
        assert_eq!((b.spec.as_str(), b.canon, b.sips, b.transport), ("sip:127.0.0.1:5070", None, false, None));
        // ;maddr= is bound, the host is advertised.
        let b = bind_url(b"sip:pbx.example.com:5080;maddr=10.0.0.5;transport=udp").unwrap();
        assert_eq!(b.spec, "sip:10.0.0.5:5080;transport=udp");
        assert_eq!(b.canon.as_deref(), Some("pbx.example.com"));
        assert_eq!(b.transport.as_deref(), Some("udp"));
        // sips: is TLS on 5061 by default; over WebSocket it is WSS.
        let b = bind_url(b"sips:*").unwrap();
        assert_eq!((b.spec.as_str(), b.sips), ("sip:*:5061;transport=tls", true));
        assert_eq!(bind_url(b"sips:127.0.0.1:5062;transport=tcp").unwrap().spec, "sip:127.0.0.1:5062;transport=tls");
        assert_eq!(bind_url(b"sips:127.0.0.1:443;transport=ws").unwrap().spec, "sip:127.0.0.1:443;transport=wss");
        // A * port is any port; a * host with maddr binds maddr and advertises nothing else.
        assert_eq!(bind_url(b"sip:*:*").unwrap().spec, "sip:*:0");
        let b = bind_url(b"sip:*:5060;maddr=127.0.0.1").unwrap();
        assert_eq!((b.spec.as_str(), b.canon), ("sip:127.0.0.1:5060", None));
        assert!(bind_url(b"sip:").is_err());
    }
}
