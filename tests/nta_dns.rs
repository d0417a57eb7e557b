//! nta and RFC 3263 over loopback: a small DNS server of our own (127.0.0.1:35629, named by
//! SRESOLV_CONF) serves NAPTR, SRV and A records that point at agents and raw sockets on
//! 127.0.0.1:35600-35628. Checks the NAPTR → SRV → A chain, failover to the next target on
//! 503 / silence / a refused connection, NTATAG_SRV_503(0), the lookup cache with its TTL,
//! and merged requests (482, NTATAG_MERGE_482). Every wait is bounded.

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::UdpSocket;
use std::rc::Rc;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use sofia_sip_ua::msg::message::MsgObj;
use sofia_sip_ua::nta::{status_of, view, Agent, Incoming, Leg, LegSpec, Outgoing, Params};
use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};

const DNS_PORT: u16 = 35629;

// ------------------------------------------------------------------ DNS server

const T_A: u16 = 1;
const T_SRV: u16 = 33;
const T_NAPTR: u16 = 35;

fn name(n: &str) -> Vec<u8> {
    let mut v = Vec::new();
    for l in n.trim_end_matches('.').split('.') {
        v.push(l.len() as u8);
        v.extend_from_slice(l.as_bytes());
    }
    v.push(0);
    v
}

fn srv(prio: u16, weight: u16, port: u16, target: &str) -> Vec<u8> {
    let mut v = Vec::new();
    for x in [prio, weight, port] {
        v.extend_from_slice(&x.to_be_bytes());
    }
    v.extend(name(target));
    v
}

fn naptr(order: u16, pref: u16, flags: &str, service: &str, replace: &str) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&order.to_be_bytes());
    v.extend_from_slice(&pref.to_be_bytes());
    for s in [flags, service, ""] {
        v.push(s.len() as u8);
        v.extend_from_slice(s.as_bytes());
    }
    v.extend(name(replace));
    v
}

const LO: [u8; 4] = [127, 0, 0, 1];

/// (name, type) → records (ttl, rdata).
fn zone() -> HashMap<(String, u16), Vec<(u32, Vec<u8>)>> {
    let mut z: HashMap<(String, u16), Vec<(u32, Vec<u8>)>> = HashMap::new();
    let mut add = |n: &str, t: u16, ttl: u32, rd: Vec<u8>| z.entry((n.to_string(), t)).or_default().push((ttl, rd));
    // NAPTR: an SCTP record first (we have no SCTP), TCP preferred over UDP; the UDP SRV
    // points at a socket that must stay silent.
    add("naptr.test", T_NAPTR, 60, naptr(10, 5, "s", "SIP+D2S", "_sip._sctp.naptr.test"));
    add("naptr.test", T_NAPTR, 60, naptr(20, 10, "s", "SIP+D2T", "_sip._tcp.naptr.test"));
    add("naptr.test", T_NAPTR, 60, naptr(20, 20, "s", "SIP+D2U", "_sip._udp.naptr.test"));
    add("_sip._tcp.naptr.test", T_SRV, 60, srv(10, 0, 35601, "b.naptr.test"));
    add("_sip._udp.naptr.test", T_SRV, 60, srv(10, 0, 35602, "b.naptr.test"));
    add("b.naptr.test", T_A, 60, LO.to_vec());
    // Two SRV targets by priority for the failover tests (no NAPTR: SRV for UDP and TCP).
    for (dom, first, second) in [
        ("fo503.test", 35604, 35605),
        ("silent.test", 35607, 35608),
        ("off503.test", 35610, 35611),
        ("all503.test", 35613, 35614),
        ("inv503.test", 35626, 35627),
    ] {
        add(&format!("_sip._udp.{dom}"), T_SRV, 60, srv(20, 0, second, &format!("two.{dom}")));
        add(&format!("_sip._udp.{dom}"), T_SRV, 60, srv(10, 0, first, &format!("one.{dom}")));
        add(&format!("one.{dom}"), T_A, 60, LO.to_vec());
        add(&format!("two.{dom}"), T_A, 60, LO.to_vec());
    }
    // TCP: nothing listens on the first target.
    add("_sip._tcp.refused.test", T_SRV, 60, srv(10, 0, 35616, "one.refused.test"));
    add("_sip._tcp.refused.test", T_SRV, 60, srv(20, 0, 35617, "one.refused.test"));
    add("one.refused.test", T_A, 60, LO.to_vec());
    // An A record that lives one second.
    add("ttl.test", T_A, 1, LO.to_vec());
    // A long-lived one, for nta_agent_resolver_clean_cache().
    add("clean.test", T_A, 60, LO.to_vec());
    // NTATAG_INTERCEPT_QUERY_RESULTS: two addresses.
    add("two.intercept.test", T_A, 60, LO.to_vec());
    add("two.intercept.test", T_A, 60, vec![127, 0, 0, 2]);
    // A stateless forward's target.
    add("fwd.test", T_A, 60, LO.to_vec());
    // Failover when the first target cannot be sent to at all: a broadcast address
    // (sendto fails at once without SO_BROADCAST), then loopback. Stateless forwarding
    // (35857 a bare socket) and a client transaction (35859 an agent).
    for (dom, first, second) in [("fwdfo.test", 35856, 35857), ("orqfo.test", 35858, 35859)] {
        add(&format!("_sip._udp.{dom}"), T_SRV, 60, srv(10, 0, first, &format!("bad.{dom}")));
        add(&format!("_sip._udp.{dom}"), T_SRV, 60, srv(20, 0, second, &format!("good.{dom}")));
        add(&format!("bad.{dom}"), T_A, 60, vec![255, 255, 255, 255]);
        add(&format!("good.{dom}"), T_A, 60, LO.to_vec());
    }
    // NTATAG_TLS_ORQ_CONNECT_TIMEOUT: two TLS targets that accept and never handshake.
    for (dom, first, second) in [("tlsfo.test", 35866, 35867), ("tlsslow.test", 35870, 35871)] {
        add(&format!("_sips._tcp.{dom}"), T_SRV, 60, srv(10, 0, first, &format!("one.{dom}")));
        add(&format!("_sips._tcp.{dom}"), T_SRV, 60, srv(20, 0, second, &format!("one.{dom}")));
        add(&format!("one.{dom}"), T_A, 60, LO.to_vec());
    }
    // Graylisting (NTATAG_GRAYLIST): the first target stays silent.
    for (dom, first, second) in [("gray.test", 35878, 35879), ("nogray.test", 35881, 35882)] {
        add(&format!("_sip._udp.{dom}"), T_SRV, 60, srv(10, 0, first, &format!("one.{dom}")));
        add(&format!("_sip._udp.{dom}"), T_SRV, 60, srv(20, 0, second, &format!("two.{dom}")));
        add(&format!("one.{dom}"), T_A, 60, LO.to_vec());
        add(&format!("two.{dom}"), T_A, 60, LO.to_vec());
    }
    // Failover on an ICMP port unreachable: nothing listens on the first target.
    add("_sip._udp.icmp.test", T_SRV, 60, srv(10, 0, 35862, "one.icmp.test"));
    add("_sip._udp.icmp.test", T_SRV, 60, srv(20, 0, 35863, "one.icmp.test"));
    add("one.icmp.test", T_A, 60, LO.to_vec());
    z
}

struct Dns {
    queries: Mutex<HashMap<(String, u16), u32>>,
}

impl Dns {
    fn count(&self, n: &str, t: u16) -> u32 {
        self.queries.lock().unwrap().get(&(n.to_string(), t)).copied().unwrap_or(0)
    }
}

/// Parses a query: (id, lowercase name without final dot, type, end of question).
fn parse_query(q: &[u8]) -> Option<(u16, String, u16, usize)> {
    let id = u16::from_be_bytes([q[0], q[1]]);
    let mut i = 12;
    let mut labels = Vec::new();
    loop {
        let l = *q.get(i)? as usize;
        i += 1;
        if l == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(q.get(i..i + l)?).to_ascii_lowercase());
        i += l;
    }
    let t = u16::from_be_bytes([*q.get(i)?, *q.get(i + 1)?]);
    Some((id, labels.join("."), t, i + 4))
}

/// The DNS server (started once; serves every test of this file) and SRESOLV_CONF.
fn dns() -> &'static Dns {
    static DNS: OnceLock<&'static Dns> = OnceLock::new();
    DNS.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("nta-dns-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let conf = dir.join("resolv.conf");
        std::fs::write(&conf, format!("nameserver 127.0.0.1\nport {DNS_PORT}\n")).unwrap();
        std::env::set_var("SRESOLV_CONF", &conf);
        let d: &'static Dns = Box::leak(Box::new(Dns { queries: Mutex::new(HashMap::new()) }));
        let sock = UdpSocket::bind(("127.0.0.1", DNS_PORT)).expect("DNS port");
        let z = zone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 1500];
            while let Ok((n, from)) = sock.recv_from(&mut buf) {
                let q = &buf[..n];
                let Some((id, qname, qtype, end)) = parse_query(q) else { continue };
                *d.queries.lock().unwrap().entry((qname.clone(), qtype)).or_default() += 1;
                let known = z.keys().any(|(n, _)| *n == qname);
                let recs = z.get(&(qname, qtype)).cloned().unwrap_or_default();
                let mut m = id.to_be_bytes().to_vec();
                m.extend_from_slice(&(0x8580u16 | if known { 0 } else { 3 }).to_be_bytes());
                m.extend_from_slice(&[0, 1]);
                m.extend_from_slice(&(recs.len() as u16).to_be_bytes());
                m.extend_from_slice(&[0, 0, 0, 0]);
                m.extend_from_slice(&q[12..end]);
                for (ttl, rd) in recs {
                    m.extend_from_slice(&[0xc0, 0x0c]);
                    m.extend_from_slice(&qtype.to_be_bytes());
                    m.extend_from_slice(&1u16.to_be_bytes());
                    m.extend_from_slice(&ttl.to_be_bytes());
                    m.extend_from_slice(&(rd.len() as u16).to_be_bytes());
                    m.extend_from_slice(&rd);
                }
                let _ = sock.send_to(&m, from);
            }
        });
        d
    })
}

// ------------------------------------------------------------------ SIP side

struct Root(*mut su_root_t);

impl Root {
    fn new() -> Root {
        let r = su_root_create(std::ptr::null_mut());
        assert!(!r.is_null());
        Root(r)
    }

    /// Steps the loop until `done` holds (at most about 10 s).
    fn until(&self, mut done: impl FnMut() -> bool) -> bool {
        for _ in 0..1000 {
            if done() {
                return true;
            }
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 10) };
        }
        done()
    }

    fn run_for(&self, ms: u64) {
        let end = std::time::Instant::now() + Duration::from_millis(ms);
        while std::time::Instant::now() < end {
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 5) };
        }
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        // SAFETY: live root; tests destroy their agents first.
        unsafe { su_root_destroy(self.0) };
    }
}

fn fast() -> Params {
    // NTATAG_SRV_503 on in both flavours (the 1.12 flavour starts with it off, as Debian's
    // library has no such option); srv_503_off_* turns it off.
    Params { t1: 20, t2: 80, t4: 100, t1x64: 400, srv_503: true, ..Params::default() }
}

fn agent(root: &Root, port: u16, params: Params) -> Agent {
    let url = format!("sip:127.0.0.1:{port}");
    // Our fixed ports lie in the kernel's ephemeral range, where the resolver's query
    // sockets (of the tests running in parallel) get their ports: one may hold the port
    // for a moment. Bounded retry.
    let mut tries = 0;
    loop {
        // SAFETY: live root; destroyed before the root.
        match unsafe { Agent::create(root.0, Some(url.as_bytes()), params.clone(), None) } {
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            r => return r.expect("agent"),
        }
    }
}

/// What a server saw: (method, top Via) per request.
type Seen = Rc<RefCell<Vec<(String, String)>>>;

/// A server agent on `port` whose default leg answers every request `status`.
fn server(root: &Root, port: u16, status: i32) -> (Agent, Leg, Seen) {
    let a = agent(root, port, fast());
    let seen: Seen = Rc::default();
    let s = seen.clone();
    let leg = Leg::create(
        &a,
        &LegSpec { no_dialog: true, ..LegSpec::default() },
        Some(Box::new(move |_leg: &Leg, _irq: &Incoming, msg: *mut MsgObj| {
            // SAFETY: a valid request.
            let (m, via) = unsafe { (sofia_sip_ua::nta::method_of(msg).unwrap_or_default(), view::values_of(msg, "via")) };
            let via = via.first().map(|v| String::from_utf8_lossy(v).into_owned()).unwrap_or_default();
            s.borrow_mut().push((String::from_utf8_lossy(&m).into_owned(), via));
            status
        })),
    )
    .expect("default leg");
    (a, leg, seen)
}

fn client_leg(a: &Agent) -> Leg {
    let spec = LegSpec {
        from: Some(b"<sip:alice@127.0.0.1>;tag=ctag1".to_vec()),
        to: Some(b"<sip:bob@example.test>".to_vec()),
        ..LegSpec::default()
    };
    Leg::create(a, &spec, None).expect("leg")
}

type Statuses = Rc<RefCell<Vec<i32>>>;

fn recorder() -> (Statuses, sofia_sip_ua::nta::ResponseCb) {
    let got: Statuses = Rc::default();
    let g = got.clone();
    let cb = Box::new(move |_o: &Outgoing, msg: *mut MsgObj| {
        // SAFETY: the response is valid during the call, or NULL.
        g.borrow_mut().push(if msg.is_null() { -1 } else { unsafe { status_of(msg) } });
        0
    });
    (got, cb)
}

fn final_of(got: &Statuses) -> Option<i32> {
    got.borrow().iter().copied().find(|s| *s >= 200 || *s < 0)
}

fn branch_of(via: &str) -> &str {
    via.split(";branch=").nth(1).map_or("", |b| b.split(';').next().unwrap_or(""))
}

/// Datagrams waiting on a non-blocking socket.
fn drain(s: &UdpSocket) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    while let Ok(n) = s.recv(&mut buf) {
        out.push(String::from_utf8_lossy(&buf[..n]).into_owned());
    }
    out
}

// ------------------------------------------------------------------ tests

#[test]
fn naptr_srv_a_chain_picks_tcp_and_the_srv_port_and_caches_the_answers() {
    let d = dns();
    let root = Root::new();
    let (srv, srv_leg, seen) = server(&root, 35601, 200);
    let udp_trap = UdpSocket::bind("127.0.0.1:35602").unwrap();
    udp_trap.set_nonblocking(true).unwrap();
    let cli = agent(&root, 35600, fast());
    let leg = client_leg(&cli);
    for round in 1..=2 {
        let (got, cb) = recorder();
        let _o = cli.request(&leg, "OPTIONS", Some("sip:bob@naptr.test"), "", None, Some(cb)).expect("orq");
        assert!(got.borrow().is_empty(), "never answered from inside the call");
        assert!(root.until(|| final_of(&got).is_some()));
        assert_eq!(final_of(&got), Some(200), "round {round}");
        assert_eq!(seen.borrow().len(), round);
        // The NAPTR order picked TCP (the SCTP record is skipped: no such transport here).
        let via = seen.borrow()[round - 1].1.clone();
        assert!(via.starts_with("SIP/2.0/TCP 127.0.0.1:35600;"), "{via}");
    }
    assert!(drain(&udp_trap).is_empty(), "the UDP SRV target is not used");
    // Second round from the cache: one query per (name, type).
    assert_eq!(d.count("naptr.test", T_NAPTR), 1);
    assert_eq!(d.count("_sip._tcp.naptr.test", T_SRV), 1);
    assert_eq!(d.count("b.naptr.test", T_A), 1);
    assert_eq!(d.count("_sip._udp.naptr.test", T_SRV), 0, "NAPTR gave the transport: no other SRV");
    srv_leg.destroy();
    leg.destroy();
    cli.destroy();
    srv.destroy();
}

#[test]
fn failover_from_a_503_target_to_the_next_one() {
    dns();
    let root = Root::new();
    let (s1, l1, seen1) = server(&root, 35604, 503);
    let (s2, l2, seen2) = server(&root, 35605, 200);
    let cli = agent(&root, 35603, fast());
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let orq = cli.request(&leg, "OPTIONS", Some("sip:bob@fo503.test"), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![200], "the 503 is not given to the application");
    assert_eq!(orq.status(), 200);
    assert_eq!(seen1.borrow().len(), 1);
    assert_eq!(seen2.borrow().len(), 1);
    let (v1, v2) = (seen1.borrow()[0].1.clone(), seen2.borrow()[0].1.clone());
    assert!(v1.starts_with("SIP/2.0/UDP ") && v2.starts_with("SIP/2.0/UDP "));
    assert_ne!(branch_of(&v1), branch_of(&v2), "a new branch for the second target");
    assert_eq!(orq.branch(), branch_of(&v2).to_ascii_lowercase().into_bytes());
    for (l, s) in [(l1, s1), (l2, s2)] {
        l.destroy();
        s.destroy();
    }
    leg.destroy();
    cli.destroy();
}

#[test]
fn failover_when_the_first_target_never_answers() {
    dns();
    let root = Root::new();
    let silent = UdpSocket::bind("127.0.0.1:35607").unwrap();
    silent.set_nonblocking(true).unwrap();
    let (s2, l2, seen2) = server(&root, 35608, 200);
    let cli = agent(&root, 35606, fast());
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let _o = cli.request(&leg, "MESSAGE", Some("sip:bob@silent.test"), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![200], "no 408 for the silent target");
    // Timer F (64·T1 = 400 ms) passed first.
    assert!(t0.elapsed() >= Duration::from_millis(380), "{:?}", t0.elapsed());
    let copies = drain(&silent);
    assert!(copies.len() >= 3, "the first target got the request and its retransmissions: {}", copies.len());
    assert!(copies.iter().all(|c| c.starts_with("MESSAGE sip:bob@silent.test SIP/2.0")));
    assert_eq!(seen2.borrow().len(), 1);
    let first_branch = copies[0].lines().find(|l| l.starts_with("Via:")).map(|l| branch_of(l).to_string()).unwrap();
    assert_ne!(first_branch, branch_of(&seen2.borrow()[0].1));
    l2.destroy();
    s2.destroy();
    leg.destroy();
    cli.destroy();
}

#[test]
fn srv_503_off_gives_the_503_to_the_application() {
    dns();
    let root = Root::new();
    let (s1, l1, seen1) = server(&root, 35610, 503);
    let (s2, l2, seen2) = server(&root, 35611, 200);
    let cli = agent(&root, 35609, Params { srv_503: false, ..fast() });
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let _o = cli.request(&leg, "OPTIONS", Some("sip:bob@off503.test"), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![503]);
    root.run_for(100);
    assert_eq!(seen1.borrow().len(), 1);
    assert!(seen2.borrow().is_empty(), "no failover with NTATAG_SRV_503(0)");
    for (l, s) in [(l1, s1), (l2, s2)] {
        l.destroy();
        s.destroy();
    }
    leg.destroy();
    cli.destroy();
}

#[test]
fn every_target_503_gives_the_last_503() {
    dns();
    let root = Root::new();
    let (s1, l1, seen1) = server(&root, 35613, 503);
    let (s2, l2, seen2) = server(&root, 35614, 503);
    let cli = agent(&root, 35612, fast());
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let orq = cli.request(&leg, "OPTIONS", Some("sip:bob@all503.test"), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![503]);
    assert_eq!((seen1.borrow().len(), seen2.borrow().len()), (1, 1));
    // The response given is the second server's (its Via branch is the last one).
    // SAFETY: the transaction's response.
    let via = unsafe { view::values_of(orq.response(), "via") };
    assert_eq!(branch_of(&String::from_utf8_lossy(&via[0])), branch_of(&seen2.borrow()[0].1));
    for (l, s) in [(l1, s1), (l2, s2)] {
        l.destroy();
        s.destroy();
    }
    leg.destroy();
    cli.destroy();
}

#[test]
fn invite_503_is_acked_and_the_next_target_answers() {
    dns();
    let root = Root::new();
    let first = UdpSocket::bind("127.0.0.1:35626").unwrap();
    first.set_nonblocking(true).unwrap();
    let (s2, l2, seen2) = server(&root, 35627, 486);
    let cli = agent(&root, 35625, fast());
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let _o = cli.request(&leg, "INVITE", Some("sip:bob@inv503.test"), "", None, Some(cb)).expect("orq");
    // The first target answers the INVITE 503 by hand.
    let mut invite = None;
    assert!(root.until(|| {
        invite = drain(&first).into_iter().next();
        invite.is_some()
    }));
    let invite = invite.unwrap();
    let mut resp = String::from("SIP/2.0 503 Service Unavailable\r\n");
    for l in invite.lines().filter(|l| ["Via:", "From:", "To:", "Call-ID:", "CSeq:"].iter().any(|h| l.starts_with(h))) {
        resp.push_str(l);
        if l.starts_with("To:") {
            resp.push_str(";tag=t503");
        }
        resp.push_str("\r\n");
    }
    resp.push_str("Content-Length: 0\r\n\r\n");
    first.send_to(resp.as_bytes(), "127.0.0.1:35625").unwrap();
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(final_of(&got), Some(486), "the second target's answer");
    assert!(!got.borrow().contains(&503));
    assert_eq!(seen2.borrow().len(), 1);
    // The 503 was acknowledged to the first target, with the first branch.
    root.run_for(50);
    let acks: Vec<String> = drain(&first).into_iter().filter(|m| m.starts_with("ACK ")).collect();
    assert_eq!(acks.len(), 1, "one ACK for the 503");
    let b1 = invite.lines().find(|l| l.starts_with("Via:")).map(|l| branch_of(l).to_string()).unwrap();
    assert!(acks[0].contains(&format!("branch={b1}")));
    assert!(acks[0].contains("tag=t503"));
    l2.destroy();
    s2.destroy();
    leg.destroy();
    cli.destroy();
}

#[test]
fn failover_after_a_refused_tcp_connection() {
    dns();
    let root = Root::new();
    let (s2, l2, seen2) = server(&root, 35617, 200);
    let cli = agent(&root, 35615, fast());
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let _o = cli.request(&leg, "OPTIONS", Some("sip:bob@refused.test;transport=tcp"), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![200]);
    assert!(t0.elapsed() < Duration::from_millis(380), "no timer needed: {:?}", t0.elapsed());
    assert!(seen2.borrow()[0].1.starts_with("SIP/2.0/TCP "));
    l2.destroy();
    s2.destroy();
    leg.destroy();
    cli.destroy();
}

#[test]
fn cached_answers_expire_with_their_ttl() {
    let d = dns();
    let root = Root::new();
    let (s, l, seen) = server(&root, 35624, 200);
    let cli = agent(&root, 35623, fast());
    let leg = client_leg(&cli);
    let send = || {
        let (got, cb) = recorder();
        let _o = cli.request(&leg, "OPTIONS", Some("sip:bob@ttl.test:35624"), "", None, Some(cb)).expect("orq");
        assert!(root.until(|| final_of(&got).is_some()));
        assert_eq!(final_of(&got), Some(200));
    };
    send();
    send();
    assert_eq!(d.count("ttl.test", T_A), 1, "the second request used the cache");
    std::thread::sleep(Duration::from_millis(2200));
    send();
    assert_eq!(d.count("ttl.test", T_A), 2, "the record expired after its TTL of 1 s");
    assert_eq!(seen.borrow().len(), 3);
    l.destroy();
    s.destroy();
    leg.destroy();
    cli.destroy();
}

fn message(branch: &str, via_port: u16, to_port: u16) -> String {
    format!(
        "MESSAGE sip:b@127.0.0.1:{to_port} SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:{via_port};branch={branch}\r\n\
         From: <sip:a@127.0.0.1>;tag=ft1\r\nTo: <sip:b@127.0.0.1>\r\nCall-ID: merged-{to_port}@test\r\n\
         CSeq: 7 MESSAGE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n"
    )
}

fn recv_within(root: &Root, s: &UdpSocket) -> Option<String> {
    let mut got = None;
    root.until(|| {
        got = drain(s).into_iter().next();
        got.is_some()
    });
    got
}

/// A server (NTATAG_MERGE_482 as given) holding the first MESSAGE unanswered; the same
/// request arrives by another path. Returns (agent, leg, held transactions, callback count).
fn merge_server(root: &Root, port: u16, merge: bool) -> (Agent, Leg, Rc<RefCell<Vec<Incoming>>>) {
    let a = agent(root, port, Params { merge_482: merge, ..fast() });
    let held: Rc<RefCell<Vec<Incoming>>> = Rc::default();
    let h = held.clone();
    let leg = Leg::create(
        &a,
        &LegSpec { no_dialog: true, ..LegSpec::default() },
        Some(Box::new(move |_leg: &Leg, irq: &Incoming, _msg: *mut MsgObj| {
            h.borrow_mut().push(irq.clone());
            0
        })),
    )
    .expect("leg");
    (a, leg, held)
}

#[test]
fn merged_request_gets_482_and_the_first_transaction_goes_on() {
    let root = Root::new();
    let (a, leg, held) = merge_server(&root, 35618, true);
    let p1 = UdpSocket::bind("127.0.0.1:35619").unwrap();
    let p2 = UdpSocket::bind("127.0.0.1:35620").unwrap();
    p1.set_nonblocking(true).unwrap();
    p2.set_nonblocking(true).unwrap();
    p1.send_to(message("z9hG4bKpath1", 35619, 35618).as_bytes(), "127.0.0.1:35618").unwrap();
    assert!(root.until(|| held.borrow().len() == 1));
    let tag = held.borrow()[0].tag();
    // The same request by another path.
    p2.send_to(message("z9hG4bKpath2", 35620, 35618).as_bytes(), "127.0.0.1:35618").unwrap();
    let r = recv_within(&root, &p2).expect("a response to the merged request");
    assert!(r.starts_with("SIP/2.0 482 Request merged\r\n"), "{r}");
    assert!(r.contains(&format!("tag={tag}")), "the first transaction's To tag: {r}");
    assert!(r.contains("branch=z9hG4bKpath2"));
    // Its retransmission gets the 482 again (a transaction of its own).
    p2.send_to(message("z9hG4bKpath2", 35620, 35618).as_bytes(), "127.0.0.1:35618").unwrap();
    let r = recv_within(&root, &p2).expect("482 again");
    assert!(r.starts_with("SIP/2.0 482 "), "{r}");
    assert_eq!(held.borrow().len(), 1, "the application saw the request once");
    assert!(drain(&p1).is_empty(), "nothing for the first path yet");
    // The first transaction is unaffected: the application answers it.
    let irq = held.borrow()[0].clone();
    assert_eq!(irq.status(), 0);
    assert_eq!(irq.reply(200, None, &mut |_| true), 0);
    let r = recv_within(&root, &p1).expect("200 for the first path");
    assert!(r.starts_with("SIP/2.0 200 "), "{r}");
    assert!(r.contains(&format!("tag={tag}")) && r.contains("branch=z9hG4bKpath1"));
    // A retransmission of the first request still gets its 200.
    p1.send_to(message("z9hG4bKpath1", 35619, 35618).as_bytes(), "127.0.0.1:35618").unwrap();
    let r = recv_within(&root, &p1).expect("200 again");
    assert!(r.starts_with("SIP/2.0 200 "), "{r}");
    irq.destroy();
    held.borrow_mut().clear();
    leg.destroy();
    a.destroy();
}

#[test]
fn without_merge_482_the_second_copy_is_a_new_request() {
    let root = Root::new();
    let (a, leg, held) = merge_server(&root, 35621, false);
    let p1 = UdpSocket::bind("127.0.0.1:35622").unwrap();
    let p2 = UdpSocket::bind("127.0.0.1:35628").unwrap();
    p1.set_nonblocking(true).unwrap();
    p2.set_nonblocking(true).unwrap();
    p1.send_to(message("z9hG4bKpathA", 35622, 35621).as_bytes(), "127.0.0.1:35621").unwrap();
    assert!(root.until(|| held.borrow().len() == 1));
    p2.send_to(message("z9hG4bKpathB", 35628, 35621).as_bytes(), "127.0.0.1:35621").unwrap();
    assert!(root.until(|| held.borrow().len() == 2), "Sofia's default: no merging");
    root.run_for(50);
    assert!(drain(&p2).is_empty(), "no 482");
    for irq in held.borrow().iter() {
        irq.reply(200, None, &mut |_| true);
        irq.destroy();
    }
    held.borrow_mut().clear();
    leg.destroy();
    a.destroy();
}

/// NTATAG_SRV_503 starts on in the 1.13 flavour (the fork's default) and off in the 1.12
/// flavour (Debian's library has no such option and never fails over on a 503).
#[test]
fn srv_503_default_follows_the_flavour() {
    assert_eq!(Params::default().srv_503, !cfg!(feature = "abi-1-12"));
}

#[test]
fn a_cleaned_cache_asks_again_and_the_transaction_names_its_host() {
    let d = dns();
    let root = Root::new();
    let (s, l, seen) = server(&root, 35375, 200);
    let cli = agent(&root, 35374, fast());
    let leg = client_leg(&cli);
    let send = || {
        let (got, cb) = recorder();
        let o = cli.request(&leg, "OPTIONS", Some("sip:bob@clean.test:35375"), "", None, Some(cb)).expect("orq");
        // nta_outgoing_cannon() / nta_outgoing_host(): the URL host until it is resolved.
        assert_eq!(o.canon().as_deref(), Some(&b"clean.test"[..]));
        assert_eq!(o.host().as_deref(), Some(&b"clean.test"[..]));
        assert!(root.until(|| final_of(&got).is_some()));
        assert_eq!(final_of(&got), Some(200));
        assert_eq!(o.canon().as_deref(), Some(&b"clean.test"[..]));
        assert_eq!(o.host().as_deref(), Some(&b"127.0.0.1"[..]), "the address the name resolved to");
    };
    send();
    send();
    assert_eq!(d.count("clean.test", T_A), 1, "the second request used the cache");
    cli.clean_dns_cache();
    send();
    assert_eq!(d.count("clean.test", T_A), 2, "the cleaned cache asked the server again");
    assert_eq!(seen.borrow().len(), 3);
    l.destroy();
    s.destroy();
    leg.destroy();
    cli.destroy();
}

#[test]
fn a_request_forwarded_statelessly_to_a_host_name_is_sent_after_the_lookup() {
    use sofia_sip_ua::msg::api::{msg_make, sip_default_mclass};
    let _d = dns();
    let root = Root::new();
    let a = agent(&root, 35368, fast());
    let peer = UdpSocket::bind("127.0.0.1:35369").unwrap();
    peer.set_nonblocking(true).unwrap();
    let text = "OPTIONS sip:s@fwd.test:35369 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:35363;branch=z9hG4bK-fw1\r\n\
                Max-Forwards: 70\r\nFrom: <sip:c@127.0.0.1>;tag=c1\r\nTo: <sip:s@fwd.test>\r\n\
                Call-ID: fwd-1@test\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    // SAFETY: a message parsed from our text; nta takes it over.
    let r = unsafe {
        let msg = msg_make(sip_default_mclass(), 0, text.as_ptr().cast(), text.len() as isize);
        assert!(!msg.is_null());
        a.forward(msg, None, None, &mut |_| true)
    };
    assert_eq!(r, 0, "pending on the lookup, as Sofia's stateless transaction");
    let mut got = Vec::new();
    assert!(root.until(|| {
        got.extend(drain(&peer));
        !got.is_empty()
    }));
    assert!(got[0].starts_with("OPTIONS sip:s@fwd.test:35369 SIP/2.0\r\n"), "{}", got[0]);
    let vias: Vec<&str> = got[0].lines().filter(|l| l.starts_with("Via:")).collect();
    assert_eq!(vias.len(), 2, "{}", got[0]);
    assert!(vias[0].starts_with("Via: SIP/2.0/UDP 127.0.0.1:35368;branch=z9hG4bK."), "{}", vias[0]);
    assert!(vias[1].contains("branch=z9hG4bK-fw1"));
    // A name that does not resolve: 0 at first, then nothing is sent (and nothing leaks).
    let text = text.replace("fwd.test", "nowhere.test");
    // SAFETY: as above.
    let r = unsafe {
        let msg = msg_make(sip_default_mclass(), 0, text.as_ptr().cast(), text.len() as isize);
        a.forward(msg, None, None, &mut |_| true)
    };
    assert_eq!(r, 0);
    root.run_for(300);
    assert!(drain(&peer).is_empty());
    a.destroy();
}

#[test]
fn intercepted_query_results_reach_the_callback_before_the_request_is_sent() {
    use sofia_sip_ua::su::alloc::{su_home_new, su_home_ref, su_home_refcount, su_home_t, su_home_unref};
    let _d = dns();
    let root = Root::new();
    let (s, l, seen) = server(&root, 35373, 200);
    let cli = agent(&root, 35372, fast());
    let leg = client_leg(&cli);
    let got: Rc<RefCell<Vec<String>>> = Rc::default();
    let g = got.clone();
    let cb: sofia_sip_ua::nta::ResponseCb = Box::new(move |o: &Outgoing, msg: *mut MsgObj| {
        match o.query_results() {
            Some(r) => {
                assert!(msg.is_null(), "the interception comes without a response");
                g.borrow_mut().push(format!("query {}", r.join(" ")));
            }
            // SAFETY: the response is valid during the call.
            None => g.borrow_mut().push(format!("status {}", unsafe { status_of(msg) })),
        }
        0
    });
    let home = su_home_new(24) as *mut su_home_t;
    // SAFETY: a new reference-counted home; one reference goes to the transaction.
    unsafe { su_home_ref(home) };
    let o = cli.request(&leg, "OPTIONS", Some("sip:bob@two.intercept.test:35373"), "", None, Some(cb)).expect("orq");
    // SAFETY: as above.
    unsafe { o.set_intercept(home) };
    assert!(o.query_results().is_none(), "nothing outside the callback");
    assert!(root.until(|| got.borrow().iter().any(|g| g.starts_with("status 2"))));
    assert_eq!(got.borrow()[0], "query 127.0.0.1 127.0.0.2");
    assert_eq!(got.borrow().last().map(String::as_str), Some("status 200"));
    assert!(o.query_results().is_none());
    assert_eq!(seen.borrow().len(), 1);
    // SAFETY: our home.
    assert_eq!(unsafe { su_home_refcount(home) }, 2);
    o.destroy();
    drop(o);
    cli.destroy();
    root.run_for(50);
    // SAFETY: our reference (the transaction gives back its own when it goes away).
    unsafe { su_home_unref(home) };
    l.destroy();
    s.destroy();
    leg.destroy();
}

#[test]
fn a_stateless_forward_goes_to_the_next_target_when_the_first_cannot_be_sent_to() {
    use sofia_sip_ua::msg::api::{msg_make, sip_default_mclass};
    let _d = dns();
    let root = Root::new();
    let a = agent(&root, 35860, fast());
    let peer = UdpSocket::bind("127.0.0.1:35857").unwrap();
    peer.set_nonblocking(true).unwrap();
    let text = "OPTIONS sip:s@fwdfo.test SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:35864;branch=z9hG4bK-fwfo1\r\n\
                Max-Forwards: 70\r\nFrom: <sip:c@127.0.0.1>;tag=c1\r\nTo: <sip:s@fwdfo.test>\r\n\
                Call-ID: fwdfo-1@test\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    // SAFETY: a message parsed from our text; nta takes it over.
    let r = unsafe {
        let msg = msg_make(sip_default_mclass(), 0, text.as_ptr().cast(), text.len() as isize);
        assert!(!msg.is_null());
        a.forward(msg, None, None, &mut |_| true)
    };
    assert_eq!(r, 0);
    let mut got = Vec::new();
    assert!(root.until(|| {
        got.extend(drain(&peer));
        !got.is_empty()
    }), "the second SRV target got nothing");
    assert!(got[0].starts_with("OPTIONS sip:s@fwdfo.test SIP/2.0\r\n"), "{}", got[0]);
    let vias: Vec<&str> = got[0].lines().filter(|l| l.starts_with("Via:")).collect();
    assert_eq!(vias.len(), 2, "one Via of ours, not one per target tried: {}", got[0]);
    assert!(vias[0].starts_with("Via: SIP/2.0/UDP 127.0.0.1:35860;branch=z9hG4bK."), "{}", vias[0]);
    assert!(vias[1].contains("branch=z9hG4bK-fwfo1"));
    root.run_for(50);
    assert!(drain(&peer).is_empty(), "sent once");
    a.destroy();
}

#[test]
fn a_client_transaction_goes_to_the_next_target_when_the_first_cannot_be_sent_to() {
    dns();
    let root = Root::new();
    let (s2, l2, seen2) = server(&root, 35859, 200);
    // Long timers: the failover must not wait for one.
    let cli = agent(&root, 35861, Params { t1x64: 5000, ..fast() });
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let _o = cli.request(&leg, "OPTIONS", Some("sip:bob@orqfo.test"), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![200]);
    assert!(t0.elapsed() < Duration::from_millis(2000), "{:?}", t0.elapsed());
    assert_eq!(seen2.borrow().len(), 1);
    l2.destroy();
    s2.destroy();
    leg.destroy();
    cli.destroy();
}

#[test]
fn a_client_transaction_goes_to_the_next_target_on_icmp_port_unreachable() {
    dns();
    let root = Root::new();
    let (s2, l2, seen2) = server(&root, 35863, 200);
    let cli = agent(&root, 35865, Params { t1x64: 5000, ..fast() });
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let _o = cli.request(&leg, "MESSAGE", Some("sip:bob@icmp.test"), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![200]);
    assert!(t0.elapsed() < Duration::from_millis(2000), "not after timer F: {:?}", t0.elapsed());
    assert_eq!(seen2.borrow().len(), 1);
    l2.destroy();
    s2.destroy();
    leg.destroy();
    cli.destroy();
}

/// A directory with a self-signed certificate for 127.0.0.1 (`agent.pem`), to bind TLS.
fn tls_dir(tag: &str) -> std::path::PathBuf {
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap().self_signed(&key).unwrap();
    let dir = std::env::temp_dir().join(format!("nta-dns-tls-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("agent.pem"), format!("{}{}", cert.pem(), key.serialize_pem())).unwrap();
    dir
}

/// Steps the loop until `l` accepts a connection (at most about 10 s); when it came.
fn accepted(root: &Root, l: &std::net::TcpListener, keep: &mut Vec<std::net::TcpStream>) -> Option<std::time::Instant> {
    let mut at = None;
    root.until(|| {
        if let Ok((s, _)) = l.accept() {
            keep.push(s);
            at = Some(std::time::Instant::now());
        }
        at.is_some()
    });
    at
}

#[test]
fn a_tls_connection_that_never_comes_up_sends_the_request_to_the_next_target_after_the_connect_timeout() {
    use std::net::TcpListener;
    dns();
    let root = Root::new();
    let l1 = TcpListener::bind("127.0.0.1:35866").unwrap();
    let l2 = TcpListener::bind("127.0.0.1:35867").unwrap();
    l1.set_nonblocking(true).unwrap();
    l2.set_nonblocking(true).unwrap();
    let dir = tls_dir("n3");
    let params = Params { t1x64: 4000, tls_orq_connect_timeout: 1000, certificate_dir: Some(dir.clone()), ..fast() };
    let cli = agent(&root, 35868, params);
    cli.add_transport(b"sips:127.0.0.1:35869", &[sofia_sip_ua::tport::Proto::Tls]).expect("TLS");
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let _o = cli.request(&leg, "OPTIONS", Some("sips:bob@tlsfo.test"), "", None, Some(cb)).expect("orq");
    let mut conns = Vec::new();
    assert!(accepted(&root, &l1, &mut conns).is_some(), "the first target was not tried");
    // Timer N3 (1 s), long before timer F (4 s).
    let t2 = accepted(&root, &l2, &mut conns).expect("the second target was not tried");
    let after = t2 - t0;
    assert!(after >= Duration::from_millis(900) && after < Duration::from_millis(3000), "{after:?}");
    // No target left: the request waits for its connection until timer F (RFC 3261: 408).
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![408]);
    assert!(t0.elapsed() >= Duration::from_millis(4500), "{:?}", t0.elapsed());
    leg.destroy();
    cli.destroy();
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn without_a_tls_connect_timeout_the_next_target_waits_for_timer_f() {
    use std::net::TcpListener;
    dns();
    let root = Root::new();
    let l1 = TcpListener::bind("127.0.0.1:35870").unwrap();
    let l2 = TcpListener::bind("127.0.0.1:35871").unwrap();
    l1.set_nonblocking(true).unwrap();
    l2.set_nonblocking(true).unwrap();
    let dir = tls_dir("nonen3");
    // The agent's timeout, turned off for this request (NTATAG_TLS_ORQ_CONNECT_TIMEOUT(0) of
    // nta_outgoing_tcreate()).
    let params = Params { t1x64: 2500, tls_orq_connect_timeout: 1000, certificate_dir: Some(dir.clone()), ..fast() };
    let cli = agent(&root, 35872, params);
    cli.add_transport(b"sips:127.0.0.1:35873", &[sofia_sip_ua::tport::Proto::Tls]).expect("TLS");
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let o = cli.request(&leg, "OPTIONS", Some("sips:bob@tlsslow.test"), "", None, Some(cb)).expect("orq");
    o.set_tls_connect_timeout(0);
    let mut conns = Vec::new();
    assert!(accepted(&root, &l1, &mut conns).is_some(), "the first target was not tried");
    let t2 = accepted(&root, &l2, &mut conns).expect("the second target was not tried");
    assert!(t2 - t0 >= Duration::from_millis(2400), "{:?}", t2 - t0);
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![408]);
    leg.destroy();
    cli.destroy();
    let _ = std::fs::remove_dir_all(dir);
}

/// Two MESSAGEs to `dom` (SRV: a silent target at `silent_port`, then an agent at
/// `server_port`) from an agent at `client_port` with NTATAG_GRAYLIST(`graylist`): how many
/// copies of the second request the silent target got, and how long the second one took.
fn second_request_after_a_silent_target(dom: &str, silent_port: u16, server_port: u16, client_port: u16, graylist: u32) -> (usize, Duration) {
    dns();
    let root = Root::new();
    let silent = UdpSocket::bind(("127.0.0.1", silent_port)).unwrap();
    silent.set_nonblocking(true).unwrap();
    let (s2, l2, seen2) = server(&root, server_port, 200);
    let cli = agent(&root, client_port, Params { graylist, ..fast() });
    let leg = client_leg(&cli);
    let uri = format!("sip:bob@{dom}");
    let (got, cb) = recorder();
    let _o = cli.request(&leg, "MESSAGE", Some(&uri), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    assert_eq!(*got.borrow(), vec![200]);
    assert!(!drain(&silent).is_empty(), "the first request went to the first target first");
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let _o = cli.request(&leg, "MESSAGE", Some(&uri), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| final_of(&got).is_some()));
    let took = t0.elapsed();
    assert_eq!(*got.borrow(), vec![200]);
    assert_eq!(seen2.borrow().len(), 2);
    let copies = drain(&silent).len();
    l2.destroy();
    s2.destroy();
    leg.destroy();
    cli.destroy();
    (copies, took)
}

#[test]
fn a_silent_srv_target_is_graylisted_and_tried_last_by_the_next_request() {
    let (copies, took) = second_request_after_a_silent_target("gray.test", 35878, 35879, 35880, 600);
    assert_eq!(copies, 0, "the graylisted target was tried again");
    assert!(took < Duration::from_millis(300), "{took:?}");
}

#[test]
fn without_graylisting_the_next_request_tries_the_silent_target_first_again() {
    let (copies, took) = second_request_after_a_silent_target("nogray.test", 35881, 35882, 35883, 0);
    assert!(copies >= 1);
    assert!(took >= Duration::from_millis(380), "{took:?}");
}
