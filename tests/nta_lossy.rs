//! Transactions under packet loss and reordering (issue 4). The kernel here has no sch_netem,
//! so the lossy network is a user-space UDP relay on loopback between two agents: it drops
//! 20 % of the datagrams and holds back a share of the others for a while, so that later
//! datagrams overtake them. Requests reach the relay through their Request-URI (and the
//! 2xx's Contact for the ACK); the client asks for `;rport`, so responses go back to the
//! relay's address, not to the Via's sent-by.
//!
//! Loss and delays come from a seeded PRNG. The one bound on the randomness: a datagram
//! whose identical copies were already dropped `MAX_DROPS_OF_A_COPY` times is let through,
//! so that no transaction can lose all its retransmissions (with 20 % independent loss an
//! INVITE without provisional response has 7 copies in 64·T1, lost together once in 80 000
//! calls; the cap keeps the outcome of the test independent of timing luck).
//!
//! Timers are short (T1 = 20 ms, T2 = 80 ms, 64·T1 = 1.28 s); every transaction must get
//! its right final status before its timer F or B (64·T1) would have fired, each request
//! reaches the application once, and every INVITE server transaction gets its ACK. Every
//! wait is bounded; the relay thread stops when told, or after 60 s by itself. Ports:
//! 127.0.0.1:35510–35517 only.

use std::cell::RefCell;
use std::collections::{BinaryHeap, HashMap};
use std::cmp::Reverse;
use std::net::{SocketAddr, UdpSocket};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use sofia_sip_ua::msg::message::MsgObj;
use sofia_sip_ua::nta::view::values_of;
use sofia_sip_ua::nta::{method_of, status_of, Agent, Incoming, Leg, LegSpec, Outgoing, Params};
use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};

const T1: u32 = 20;
/// Percentage of datagrams dropped.
const LOSS: u64 = 20;
/// Percentage of the forwarded datagrams held back (1 ms … 3·T1, below T4: RFC 3261's
/// longest life of a message in the network).
const HOLD: u64 = 25;
const MAX_DROPS_OF_A_COPY: u32 = 4;

// ============================================================================ the relay

/// xorshift64*: a small deterministic PRNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[derive(Default, Debug, Clone)]
struct RelayStats {
    seen: u64,
    dropped: u64,
    held: u64,
    /// Datagrams sent after a later datagram of the same direction.
    overtaken: u64,
}

/// A datagram on its way: (release time, sequence number, towards the server, bytes).
type Pending = Reverse<(Instant, u64, bool, Vec<u8>)>;

struct Relay {
    /// Where the client sends (the relay's side facing the client).
    front: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<RelayStats>>,
}

impl Relay {
    /// A relay listening on `front` for the client and talking to `server` from `back`.
    fn start(front: u16, back: u16, server: SocketAddr, seed: u64) -> Relay {
        let f = UdpSocket::bind(("127.0.0.1", front)).expect("relay front port");
        let b = UdpSocket::bind(("127.0.0.1", back)).expect("relay back port");
        f.set_nonblocking(true).unwrap();
        b.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let s = stop.clone();
        let thread = std::thread::spawn(move || relay_loop(f, b, server, seed, &s));
        Relay { front: SocketAddr::from(([127, 0, 0, 1], front)), stop, thread: Some(thread) }
    }

    fn finish(mut self) -> RelayStats {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.take().unwrap().join().expect("relay thread")
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn relay_loop(front: UdpSocket, back: UdpSocket, server: SocketAddr, seed: u64, stop: &AtomicBool) -> RelayStats {
    let mut rng = Rng(seed | 1);
    let mut st = RelayStats::default();
    let mut client: Option<SocketAddr> = None;
    let mut queue: BinaryHeap<Pending> = BinaryHeap::new();
    let mut drops: HashMap<Vec<u8>, u32> = HashMap::new();
    // The highest sequence number sent so far, per direction (to the server, to the client).
    let mut last_sent = [0u64; 2];
    let mut seq = 0u64;
    let mut buf = vec![0u8; 65536];
    let end = Instant::now() + Duration::from_secs(60);
    while !stop.load(Ordering::Relaxed) && Instant::now() < end {
        let mut idle = true;
        for to_server in [true, false] {
            let sock = if to_server { &front } else { &back };
            let Ok((n, from)) = sock.recv_from(&mut buf) else { continue };
            idle = false;
            if to_server {
                client = Some(from);
            }
            st.seen += 1;
            seq += 1;
            let data = buf[..n].to_vec();
            if rng.next() % 100 < LOSS {
                let d = drops.entry(data.clone()).or_insert(0);
                if *d < MAX_DROPS_OF_A_COPY {
                    *d += 1;
                    st.dropped += 1;
                    continue;
                }
            }
            let mut at = Instant::now();
            if rng.next() % 100 < HOLD {
                st.held += 1;
                at += Duration::from_millis(1 + rng.next() % (3 * T1 as u64));
            }
            queue.push(Reverse((at, seq, to_server, data)));
        }
        let now = Instant::now();
        while queue.peek().is_some_and(|Reverse((at, ..))| *at <= now) {
            let Reverse((_, s, to_server, data)) = queue.pop().unwrap();
            let dir = usize::from(!to_server);
            if s < last_sent[dir] {
                st.overtaken += 1;
            }
            last_sent[dir] = last_sent[dir].max(s);
            let _ = if to_server {
                back.send_to(&data, server)
            } else if let Some(c) = client {
                front.send_to(&data, c)
            } else {
                continue;
            };
            idle = false;
        }
        if idle {
            std::thread::sleep(Duration::from_micros(200));
        }
    }
    st
}

// ============================================================================ the agents

struct Root(*mut su_root_t);

impl Root {
    fn new() -> Root {
        let r = su_root_create(std::ptr::null_mut());
        assert!(!r.is_null());
        Root(r)
    }

    /// Steps the loop until `done` holds or `limit` has passed.
    fn until(&self, limit: Duration, mut done: impl FnMut() -> bool) -> bool {
        let end = Instant::now() + limit;
        while Instant::now() < end {
            if done() {
                return true;
            }
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 5) };
        }
        done()
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        // SAFETY: live root; agents are destroyed first.
        unsafe { su_root_destroy(self.0) };
    }
}

fn params() -> Params {
    Params { t1: T1, t2: 4 * T1, t4: 5 * T1, t1x64: 64 * T1, ua: true, rport: true, ..Params::default() }
}

fn agent(root: &Root, port: u16) -> Agent {
    let url = format!("sip:127.0.0.1:{port};transport=udp");
    // SAFETY: live root; destroyed before the root.
    unsafe { Agent::create(root.0, Some(url.as_bytes()), params(), None) }.expect("agent")
}

/// The user part of the Request-URI of `msg` ("options3" of "OPTIONS sip:options3@…").
fn target_user(msg: *mut MsgObj) -> String {
    // SAFETY: a valid request.
    let rl = unsafe { values_of(msg, "request") }.into_iter().next().unwrap_or_default();
    let rl = String::from_utf8_lossy(&rl).into_owned();
    rl.split("sip:").nth(1).and_then(|r| r.split('@').next()).unwrap_or("").to_string()
}

/// What the server saw: requests by target user (ACKs apart), and the events of each
/// INVITE transaction's bound callback ("ACK", "timeout").
#[derive(Default)]
struct Server {
    requests: HashMap<String, u32>,
    acks_outside: u32,
    events: HashMap<String, Vec<String>>,
}

/// The server's default leg: OPTIONS → 200, MESSAGE → 202, INVITE to `accept*` → 180 then
/// 200 (Contact: the relay), INVITE to `busy*` → 180 then 486; answered from the callback.
fn server_leg(b: &Agent, relay: SocketAddr) -> (Leg, Rc<RefCell<Server>>) {
    let st: Rc<RefCell<Server>> = Rc::default();
    let s = st.clone();
    let contact = format!("Contact: <sip:bob@{relay}>\r\n");
    let leg = Leg::create(
        b,
        &LegSpec { no_dialog: true, ..LegSpec::default() },
        Some(Box::new(move |_l: &Leg, irq: &Incoming, msg: *mut MsgObj| {
            // SAFETY: a valid request.
            let method = String::from_utf8_lossy(&unsafe { method_of(msg) }.unwrap_or_default()).into_owned();
            if method == "ACK" {
                // An ACK of a 2xx whose transaction already ended (a copy or a late one).
                s.borrow_mut().acks_outside += 1;
                return 0;
            }
            let user = target_user(msg);
            *s.borrow_mut().requests.entry(user.clone()).or_insert(0) += 1;
            match method.as_str() {
                "OPTIONS" => 200,
                "MESSAGE" => 202,
                "INVITE" => {
                    let ev = s.clone();
                    let u = user.clone();
                    irq.bind(Some(Box::new(move |_i: &Incoming, m: *mut MsgObj| {
                        let what = if m.is_null() {
                            "timeout".to_string()
                        } else {
                            // SAFETY: a valid request.
                            String::from_utf8_lossy(&unsafe { method_of(m) }.unwrap_or_default()).into_owned()
                        };
                        ev.borrow_mut().events.entry(u.clone()).or_default().push(what);
                        0
                    })));
                    assert_eq!(irq.reply(180, None, &mut |_| true), 0);
                    if user.starts_with("accept") {
                        // SAFETY: the response being built.
                        let mut add = |m: *mut MsgObj| unsafe { sofia_sip_ua::sip::addtags::add_str(m, std::ptr::null_mut(), contact.as_bytes()) } >= 0;
                        assert_eq!(irq.reply(200, None, &mut add), 0);
                    } else {
                        assert_eq!(irq.reply(486, None, &mut |_| true), 0);
                    }
                    0
                }
                _ => 501,
            }
        })),
    )
    .expect("server leg");
    (leg, st)
}

/// One client transaction of the batch and what came back.
struct Tx {
    name: String,
    invite: bool,
    expect: i32,
    leg: Leg,
    orq: Option<Outgoing>,
    start: Instant,
    /// Every status given to the callback, with when.
    got: Rc<RefCell<Vec<(i32, Instant)>>>,
    /// To and Contact of the first 2xx.
    ok: Rc<RefCell<Option<(Vec<u8>, Vec<u8>)>>>,
    acks_sent: usize,
}

fn one(msg: *mut MsgObj, sym: &str) -> Vec<u8> {
    // SAFETY: a valid message.
    unsafe { values_of(msg, sym) }.into_iter().next().unwrap_or_default()
}

/// Sends `method` to `name`@relay on its own leg (a dialog: its own Call-ID and From tag).
fn start(a: &Agent, relay: SocketAddr, method: &str, name: &str, expect: i32) -> Tx {
    let spec = LegSpec {
        from: Some(format!("<sip:alice@127.0.0.1>;tag=t-{name}").into_bytes()),
        to: Some(format!("<sip:{name}@127.0.0.1>").into_bytes()),
        ..LegSpec::default()
    };
    let leg = Leg::create(a, &spec, Some(Box::new(|_l: &Leg, _i: &Incoming, _m: *mut MsgObj| 200))).expect("client leg");
    let got: Rc<RefCell<Vec<(i32, Instant)>>> = Rc::default();
    let ok: Rc<RefCell<Option<(Vec<u8>, Vec<u8>)>>> = Rc::default();
    let (g, o) = (got.clone(), ok.clone());
    let cb = Box::new(move |_o: &Outgoing, msg: *mut MsgObj| {
        // SAFETY: the response (valid during the call) or NULL.
        let status = if msg.is_null() { -1 } else { unsafe { status_of(msg) } };
        g.borrow_mut().push((status, Instant::now()));
        if (200..300).contains(&status) && o.borrow().is_none() {
            *o.borrow_mut() = Some((one(msg, "to"), one(msg, "contact")));
        }
        0
    });
    let uri = format!("sip:{name}@{relay}");
    let orq = a.request(&leg, method, Some(&uri), "", None, Some(cb)).expect("request");
    Tx { name: name.to_string(), invite: method == "INVITE", expect, leg, orq: Some(orq), start: Instant::now(), got, ok, acks_sent: 0 }
}

impl Tx {
    fn finals(&self) -> Vec<i32> {
        self.got.borrow().iter().map(|g| g.0).filter(|s| *s >= 200 || *s < 100).collect()
    }

    /// The UAC core's part for a 2xx to INVITE: an ACK in the dialog for every 2xx copy.
    fn ack_2xx(&mut self, a: &Agent) {
        let n2xx = self.got.borrow().iter().filter(|g| (200..300).contains(&g.0)).count();
        if !self.invite || n2xx <= self.acks_sent {
            return;
        }
        if self.acks_sent == 0 {
            let (to, contact) = self.ok.borrow().clone().unwrap();
            let to = String::from_utf8_lossy(&to).into_owned();
            let rtag = to.split("tag=").nth(1).expect("To tag in the 2xx").split(';').next().unwrap().to_string();
            self.leg.set_rtag(&rtag);
            self.leg.set_route(Some(&[][..]), true, Some(&contact));
        }
        while self.acks_sent < n2xx {
            a.request(&self.leg, "ACK", None, "", None, None).expect("ACK");
            self.acks_sent += 1;
        }
    }
}

/// Runs a concurrent batch through a lossy relay; `base`…`base+3` are the client, server,
/// relay front and relay back ports.
fn batch(base: u16, seed: u64, list: &[(&str, &str, i32)]) {
    let root = Root::new();
    let a = agent(&root, base);
    let b = agent(&root, base + 1);
    let relay = Relay::start(base + 2, base + 3, SocketAddr::from(([127, 0, 0, 1], base + 1)), seed);
    let (sleg, server) = server_leg(&b, relay.front);
    let mut txs: Vec<Tx> = list.iter().map(|(m, n, e)| start(&a, relay.front, m, n, *e)).collect();

    let limit = Duration::from_millis(2 * 64 * T1 as u64);
    let done = root.until(limit, || {
        for t in txs.iter_mut() {
            t.ack_2xx(&a);
        }
        let server = server.borrow();
        txs.iter().all(|t| {
            !t.finals().is_empty() && (!t.invite || server.events.get(&t.name).is_some_and(|e| !e.is_empty()))
        })
    });
    let summary: Vec<(String, Vec<i32>)> = txs.iter().map(|t| (t.name.clone(), t.got.borrow().iter().map(|g| g.0).collect())).collect();
    assert!(done, "batch unfinished: {summary:?}, server events {:?}", server.borrow().events);

    // Keep going a little: late copies must change nothing.
    root.until(Duration::from_millis(8 * T1 as u64), || {
        for t in txs.iter_mut() {
            t.ack_2xx(&a);
        }
        false
    });

    let server = server.borrow();
    for t in &txs {
        let finals = t.finals();
        assert_eq!(finals[0], t.expect, "{}: {:?}", t.name, summary);
        let first = t.got.borrow().iter().find(|g| g.0 >= 200).unwrap().1;
        assert!(first - t.start < Duration::from_millis(64 * T1 as u64), "{}: final after {:?}", t.name, first - t.start);
        // No provisional response after the final one.
        let got = t.got.borrow();
        let k = got.iter().position(|g| g.0 >= 200).unwrap();
        assert!(got[k..].iter().all(|g| g.0 >= 200), "{}: {:?}", t.name, summary);
        if t.invite && t.expect == 200 {
            // Every 2xx copy went to the application (the UAC core ACKs each).
            assert!(finals.iter().all(|s| *s == 200), "{}: {finals:?}", t.name);
            assert_eq!(t.acks_sent, finals.len(), "{}", t.name);
        } else {
            assert_eq!(finals, vec![t.expect], "{}: one final response", t.name);
            assert_eq!(t.acks_sent, 0);
        }
        assert_eq!(server.requests.get(&t.name), Some(&1), "{}: the application saw it once", t.name);
        if t.invite {
            assert_eq!(server.events.get(&t.name), Some(&vec!["ACK".to_string()]), "{}: the ACK confirmed the server transaction", t.name);
        }
        assert_eq!(t.orq.as_ref().unwrap().status(), t.expect, "{}", t.name);
    }
    // The ACKs the leg saw are extra copies: one ACK of each 2xx went to its transaction.
    let accepted = txs.iter().filter(|t| t.invite && t.expect == 200).count();
    let acks: usize = txs.iter().map(|t| t.acks_sent).sum();
    assert!(server.acks_outside as usize <= acks - accepted, "{} of {acks}", server.acks_outside);
    drop(server);

    // The transactions end by their timers: the server's all (J, H, I = 64·T1 at most); the
    // client's non-2xx INVITEs may still wait for timer D (32 s).
    let busy = txs.iter().filter(|t| t.name.starts_with("busy")).count();
    assert!(
        root.until(Duration::from_millis(4 * 64 * T1 as u64), || b.transactions() == (0, 0) && a.transactions().0 <= busy && a.transactions().1 == 0),
        "{:?} {:?}",
        a.transactions(),
        b.transactions()
    );
    let stats = relay.finish();
    // The network was bad: 20 % drawn for loss (fewer lost by the cap on copies; a wide
    // bound, the sample is small), some datagrams overtaken.
    let loss = stats.dropped * 100 / stats.seen;
    assert!((8..=32).contains(&loss), "{stats:?}");
    assert!(stats.overtaken > 0, "{stats:?}");
    assert!(stats.seen > 2 * list.len() as u64, "{stats:?}");
    eprintln!("relay: {stats:?}");

    for t in txs.iter_mut() {
        t.orq.take();
        t.leg.destroy();
    }
    sleg.destroy();
    a.destroy();
    b.destroy();
}

#[test]
fn non_invite_transactions_complete_under_20_percent_loss_and_reordering() {
    let mut list = Vec::new();
    let names: Vec<String> = (0..20).map(|i| format!("options{i}")).chain((0..20).map(|i| format!("message{i}"))).collect();
    for n in &names {
        let (m, e) = if n.starts_with("options") { ("OPTIONS", 200) } else { ("MESSAGE", 202) };
        list.push((m, n.as_str(), e));
    }
    batch(35510, 0x5eed_0001, &list);
}

#[test]
fn invite_transactions_complete_under_20_percent_loss_and_reordering() {
    let names: Vec<String> = (0..10).map(|i| format!("accept{i}")).chain((0..10).map(|i| format!("busy{i}"))).collect();
    let list: Vec<(&str, &str, i32)> = names.iter().map(|n| ("INVITE", n.as_str(), if n.starts_with("accept") { 200 } else { 486 })).collect();
    batch(35514, 0x5eed_0002, &list);
}
