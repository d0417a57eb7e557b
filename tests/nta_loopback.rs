//! Transaction layer over loopback: agents on one root stepped with `su_root_step`, and raw
//! std sockets playing peers that misbehave (never answer, count retransmissions). Every
//! wait is bounded by a step count; timers are shortened with small T1 values.

use std::cell::RefCell;
use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::rc::Rc;
use std::time::Duration;

use sofia_sip_ua::msg::message::MsgObj;
use sofia_sip_ua::nta::{status_of, Agent, Incoming, Leg, LegSpec, Params};
use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};
use sofia_sip_ua::tport::Proto;

struct Root(*mut su_root_t);

impl Root {
    fn new() -> Root {
        let r = su_root_create(std::ptr::null_mut());
        assert!(!r.is_null());
        Root(r)
    }

    /// Steps the loop until `done` holds (at most 1000 steps of at most 10 ms each).
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

    /// Runs the loop for about `ms` milliseconds.
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
    Params { t1: 20, t2: 80, t4: 100, t1x64: 400, ..Params::default() }
}

fn agent(root: &Root, params: Params) -> Agent {
    // SAFETY: live root; destroyed before the root.
    unsafe { Agent::create(root.0, Some(b"sip:127.0.0.1:0"), params, None) }.expect("agent")
}

/// A server agent whose default leg answers OPTIONS 200 and everything else 404; counts the
/// requests the application saw.
fn server(root: &Root) -> (Agent, Leg, Rc<RefCell<Vec<String>>>) {
    let a = agent(root, fast());
    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let s = seen.clone();
    let leg = Leg::create(
        &a,
        &LegSpec { no_dialog: true, ..LegSpec::default() },
        Some(Box::new(move |_leg: &Leg, _irq: &Incoming, msg: *mut MsgObj| {
            // SAFETY: a valid request.
            let m = String::from_utf8_lossy(&unsafe { sofia_sip_ua::nta::method_of(msg) }.unwrap_or_default()).into_owned();
            s.borrow_mut().push(m.clone());
            if m == "OPTIONS" {
                200
            } else {
                404
            }
        })),
    )
    .expect("default leg");
    (a, leg, seen)
}

fn client_leg(a: &Agent) -> Leg {
    let spec = LegSpec {
        from: Some(b"<sip:alice@127.0.0.1>;tag=ctag1".to_vec()),
        to: Some(b"<sip:bob@127.0.0.1>".to_vec()),
        ..LegSpec::default()
    };
    Leg::create(a, &spec, None).expect("leg")
}

type Statuses = Rc<RefCell<Vec<i32>>>;

fn recorder() -> (Statuses, sofia_sip_ua::nta::ResponseCb) {
    let got: Statuses = Rc::default();
    let g = got.clone();
    // SAFETY (in the closure): the response is valid during the call, or NULL.
    let cb = Box::new(move |_o: &sofia_sip_ua::nta::Outgoing, msg: *mut MsgObj| {
        g.borrow_mut().push(if msg.is_null() { -1 } else { unsafe { status_of(msg) } });
        0
    });
    (got, cb)
}

fn options_roundtrip(proto: Proto) {
    let root = Root::new();
    let (srv, srv_leg, seen) = server(&root);
    let cli = agent(&root, fast());
    let leg = client_leg(&cli);
    let port = srv.local_addr(proto).unwrap().port();
    let uri = match proto {
        Proto::Udp => format!("sip:bob@127.0.0.1:{port}"),
        Proto::Tcp => format!("sip:bob@127.0.0.1:{port};transport=tcp"),
        Proto::Tls => format!("sips:bob@127.0.0.1:{port}"),
        Proto::Ws => format!("sip:bob@127.0.0.1:{port};transport=ws"),
        Proto::Wss => format!("sips:bob@127.0.0.1:{port};transport=wss"),
    };
    let (got, cb) = recorder();
    let orq = cli.request(&leg, "OPTIONS", Some(&uri), "User-Agent: test\r\n", None, Some(cb)).expect("orq");
    assert!(root.until(|| !got.borrow().is_empty()));
    assert_eq!(*got.borrow(), vec![200]);
    assert_eq!(orq.status(), 200);
    let (got2, cb2) = recorder();
    let _o2 = cli.request(&leg, "MESSAGE", Some(&uri), "", None, Some(cb2)).expect("orq");
    assert!(root.until(|| !got2.borrow().is_empty()));
    assert_eq!(*got2.borrow(), vec![404]);
    assert_eq!(*seen.borrow(), vec!["OPTIONS".to_string(), "MESSAGE".to_string()]);
    // transactions end by themselves (Timer K / J)
    assert!(root.until(|| cli.transactions() == (0, 0) && srv.transactions() == (0, 0)));
    srv_leg.destroy();
    leg.destroy();
    cli.destroy();
    srv.destroy();
}

#[test]
fn options_200_and_404_over_udp() {
    options_roundtrip(Proto::Udp);
}

#[test]
fn options_200_and_404_over_tcp() {
    options_roundtrip(Proto::Tcp);
}

#[test]
fn client_retransmits_over_udp_and_times_out_with_408() {
    let root = Root::new();
    let cli = agent(&root, fast());
    let leg = client_leg(&cli);
    let peer = UdpSocket::bind("127.0.0.1:0").unwrap();
    peer.set_nonblocking(true).unwrap();
    let uri = format!("sip:bob@{}", peer.local_addr().unwrap());
    let (got, cb) = recorder();
    let orq = cli.request(&leg, "OPTIONS", Some(&uri), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| !got.borrow().is_empty()));
    assert_eq!(*got.borrow(), vec![408]);
    assert_eq!(orq.status(), 408);
    let mut copies = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = peer.recv(&mut buf) {
        copies.push(buf[..n].to_vec());
    }
    // T1 = 20 ms doubling up to T2 = 80 ms within 64*T1 = 400 ms: 20,40,80,80,80 …
    assert!(copies.len() >= 4, "only {} copies", copies.len());
    assert!(copies.iter().all(|c| c == &copies[0]), "retransmissions are identical");
    leg.destroy();
    cli.destroy();
}

#[test]
fn no_retransmissions_over_tcp_and_quick_503_for_a_closed_port() {
    let root = Root::new();
    let cli = agent(&root, Params::default());
    let leg = client_leg(&cli);
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let uri = format!("sip:bob@127.0.0.1:{port};transport=tcp");
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let _orq = cli.request(&leg, "OPTIONS", Some(&uri), "", None, Some(cb)).expect("orq");
    assert!(got.borrow().is_empty(), "never reported from inside the call");
    assert!(root.until(|| !got.borrow().is_empty()));
    assert_eq!(*got.borrow(), vec![503]);
    assert!(t0.elapsed() < Duration::from_secs(2));
    leg.destroy();
    cli.destroy();
}

#[test]
fn quick_503_for_a_closed_udp_port() {
    let root = Root::new();
    let cli = agent(&root, Params::default());
    let leg = client_leg(&cli);
    let port = UdpSocket::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let uri = format!("sip:bob@127.0.0.1:{port}");
    let (got, cb) = recorder();
    let t0 = std::time::Instant::now();
    let _orq = cli.request(&leg, "OPTIONS", Some(&uri), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| !got.borrow().is_empty()));
    // The ICMP port-unreachable answers long before timer F (32 s with the default T1).
    assert_eq!(*got.borrow(), vec![503]);
    assert!(t0.elapsed() < Duration::from_secs(5));
    leg.destroy();
    cli.destroy();
}

#[test]
fn unroutable_target_gives_local_503() {
    let root = Root::new();
    let cli = agent(&root, fast());
    let leg = client_leg(&cli);
    let (got, cb) = recorder();
    let _orq = cli.request(&leg, "OPTIONS", Some("sip:bob@example.invalid"), "", None, Some(cb)).expect("orq");
    assert!(root.until(|| !got.borrow().is_empty()));
    assert_eq!(*got.borrow(), vec![503]);
    leg.destroy();
    cli.destroy();
}

/// Reads one datagram (bounded wait).
fn recv_one(s: &UdpSocket) -> Option<(String, SocketAddr)> {
    s.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut buf = [0u8; 8192];
    let (n, from) = s.recv_from(&mut buf).ok()?;
    Some((String::from_utf8_lossy(&buf[..n]).into_owned(), from))
}

#[test]
fn server_absorbs_retransmitted_requests_and_resends_the_response() {
    let root = Root::new();
    let (srv, srv_leg, seen) = server(&root);
    let port = srv.local_addr(Proto::Udp).unwrap().port();
    let peer = UdpSocket::bind("127.0.0.1:0").unwrap();
    let me = peer.local_addr().unwrap();
    let req = format!(
        "OPTIONS sip:bob@127.0.0.1:{port} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bKretrans1\r\n\
         From: <sip:a@127.0.0.1>;tag=x1\r\nTo: <sip:bob@127.0.0.1>\r\nCall-ID: retrans-1@test\r\n\
         CSeq: 7 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n"
    );
    let dst: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let mut answers = Vec::new();
    for _ in 0..3 {
        peer.send_to(req.as_bytes(), dst).unwrap();
        root.run_for(30);
        answers.push(recv_one(&peer).expect("a response").0);
    }
    assert_eq!(*seen.borrow(), vec!["OPTIONS".to_string()], "the application saw it once");
    assert!(answers.iter().all(|a| a.starts_with("SIP/2.0 200 OK\r\n")), "{answers:?}");
    assert!(answers.iter().all(|a| a == &answers[0]), "the same response (same To tag) each time");
    assert!(answers[0].contains("branch=z9hG4bKretrans1"));
    assert!(answers[0].contains("CSeq: 7 OPTIONS"));
    srv_leg.destroy();
    srv.destroy();
}

#[test]
fn delayed_answer_from_the_application_and_retransmissions_in_between() {
    let root = Root::new();
    let srv = agent(&root, fast());
    let kept: Rc<RefCell<Option<Incoming>>> = Rc::default();
    let calls = Rc::new(RefCell::new(0));
    let (k, c) = (kept.clone(), calls.clone());
    let srv_leg = Leg::create(
        &srv,
        &LegSpec { no_dialog: true, ..LegSpec::default() },
        Some(Box::new(move |_l: &Leg, irq: &Incoming, _m: *mut MsgObj| {
            *c.borrow_mut() += 1;
            *k.borrow_mut() = Some(irq.clone());
            0
        })),
    )
    .unwrap();
    let cli = agent(&root, fast());
    let leg = client_leg(&cli);
    let uri = format!("sip:bob@127.0.0.1:{}", srv.local_addr(Proto::Udp).unwrap().port());
    let (got, cb) = recorder();
    let _orq = cli.request(&leg, "OPTIONS", Some(&uri), "", None, Some(cb)).unwrap();
    root.run_for(150); // the client retransmits meanwhile (T1 = 20 ms)
    assert_eq!(*calls.borrow(), 1);
    assert!(got.borrow().is_empty());
    let irq = kept.borrow_mut().take().unwrap();
    assert_eq!(irq.reply(180, None, &mut |_| true), 0);
    assert_eq!(irq.reply(202, Some("Later"), &mut |_| true), 0);
    assert_eq!(irq.reply(200, None, &mut |_| true), -1, "one final response only");
    assert!(root.until(|| got.borrow().len() >= 2));
    assert_eq!(*got.borrow(), vec![180, 202]);
    srv_leg.destroy();
    leg.destroy();
    cli.destroy();
    srv.destroy();
}

#[test]
fn invite_client_acks_a_failure_response() {
    let root = Root::new();
    let cli = agent(&root, fast());
    let leg = client_leg(&cli);
    let peer = UdpSocket::bind("127.0.0.1:0").unwrap();
    let uri = format!("sip:bob@{}", peer.local_addr().unwrap());
    let (got, cb) = recorder();
    let _orq = cli.request(&leg, "INVITE", Some(&uri), "", None, Some(cb)).unwrap();
    root.run_for(10);
    let (inv, from) = recv_one(&peer).expect("INVITE");
    assert!(inv.starts_with("INVITE sip:bob@"));
    // Answer 486 from the headers of the request.
    let keep: Vec<&str> = inv
        .split("\r\n")
        .filter(|l| ["Via:", "From:", "To:", "Call-ID:", "CSeq:"].iter().any(|p| l.starts_with(p)))
        .collect();
    let mut resp = String::from("SIP/2.0 486 Busy Here\r\n");
    for l in &keep {
        resp.push_str(l);
        if l.starts_with("To:") {
            resp.push_str(";tag=busy1");
        }
        resp.push_str("\r\n");
    }
    resp.push_str("Content-Length: 0\r\n\r\n");
    peer.send_to(resp.as_bytes(), from).unwrap();
    assert!(root.until(|| !got.borrow().is_empty()));
    assert_eq!(*got.borrow(), vec![486]);
    // skip INVITE retransmissions; the ACK follows
    let mut ack = None;
    for _ in 0..10 {
        let (m, _) = recv_one(&peer).expect("ACK");
        if m.starts_with("ACK ") {
            ack = Some(m);
            break;
        }
    }
    let ack = ack.expect("an ACK");
    let branch = |m: &str| m.split("branch=").nth(1).map(|b| b.split([';', '\r']).next().unwrap().to_string());
    assert_eq!(branch(&ack), branch(&inv), "ACK in the INVITE transaction");
    assert!(ack.contains("tag=busy1"));
    assert!(ack.contains(" ACK\r\n"), "CSeq method ACK: {ack}");
    // a retransmitted 486 is absorbed (no second callback) and ACKed again
    peer.send_to(resp.as_bytes(), from).unwrap();
    root.run_for(30);
    assert_eq!(*got.borrow(), vec![486]);
    assert!(recv_one(&peer).expect("second ACK").0.starts_with("ACK "));
    leg.destroy();
    cli.destroy();
}

#[test]
fn requests_without_leg_or_callback_get_501() {
    let root = Root::new();
    let srv = agent(&root, fast());
    let cli = agent(&root, fast());
    let leg = client_leg(&cli);
    let uri = format!("sip:bob@127.0.0.1:{}", srv.local_addr(Proto::Udp).unwrap().port());
    let (got, cb) = recorder();
    let _orq = cli.request(&leg, "OPTIONS", Some(&uri), "", None, Some(cb)).unwrap();
    assert!(root.until(|| !got.borrow().is_empty()));
    assert_eq!(*got.borrow(), vec![501]);
    leg.destroy();
    cli.destroy();
    srv.destroy();
}
