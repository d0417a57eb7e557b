//! Transport layer over loopback: tports on one root stepped with `su_root_step`, and raw
//! std sockets playing misbehaving peers. Every wait is bounded by a step count; nothing
//! asserts on elapsed time.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::rc::Rc;

use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};
use sofia_sip_ua::tport::{CloseReason, Config, ConnId, Proto, Tport, TportEvent};

/// What a tport reported, in a comparable form.
#[derive(Debug, Clone)]
enum Got {
    Msg { text: String, peer: SocketAddr, proto: Proto, conn: Option<ConnId> },
    Error { conn: ConnId, kind: io::ErrorKind, unsent: usize },
    Closed { conn: ConnId, reason: CloseReason },
    Pong { conn: ConnId },
    Unreachable { peer: SocketAddr },
}

type Log = Rc<RefCell<Vec<Got>>>;

struct Root(*mut su_root_t);

impl Root {
    fn new() -> Root {
        let r = su_root_create(std::ptr::null_mut());
        assert!(!r.is_null());
        Root(r)
    }

    /// Steps the loop until `done` holds (at most 3000 steps of at most 10 ms each).
    fn until(&self, mut done: impl FnMut() -> bool) -> bool {
        for _ in 0..3000 {
            if done() {
                return true;
            }
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 10) };
        }
        done()
    }

    /// A few non-blocking rounds of the loop.
    fn spin(&self, n: usize) {
        for _ in 0..n {
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 0) };
        }
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        // SAFETY: live root; tests drop their tports first.
        unsafe { su_root_destroy(self.0) };
    }
}

fn text_of(m: &sofia_sip_ua::tport::IncomingMsg) -> String {
    // SAFETY: a valid message owned by `m`.
    String::from_utf8_lossy(&unsafe { sofia_sip_ua::sip::message::serialize(m.msg(), 0) }).into_owned()
}

/// A tport recording its events; `reply` may answer messages.
fn tport_with(root: &Root, cfg: Config, reply: impl Fn(&Tport, &Got) + 'static) -> (Tport, Log) {
    let log: Log = Rc::default();
    let l = log.clone();
    // SAFETY: live root; the tport is dropped before the root.
    let tp = unsafe {
        Tport::new(root.0, cfg, move |tp, ev| {
            let g = match ev {
                TportEvent::Message(m) => Got::Msg { text: text_of(&m), peer: m.peer, proto: m.proto, conn: m.conn },
                TportEvent::Error { conn, error, unsent, .. } => Got::Error { conn, kind: error.kind(), unsent },
                TportEvent::Closed { conn, reason, .. } => Got::Closed { conn, reason },
                TportEvent::Pong { conn, .. } => Got::Pong { conn },
                TportEvent::Unreachable { peer, .. } => Got::Unreachable { peer },
            };
            reply(tp, &g);
            l.borrow_mut().push(g);
        })
    }
    .unwrap();
    (tp, log)
}

fn tport(root: &Root) -> (Tport, Log) {
    tport_with(root, Config::default(), |_, _| {})
}

fn options(call_id: &str, via: &str) -> String {
    format!(
        "OPTIONS sip:bob@127.0.0.1 SIP/2.0\r\n\
Via: SIP/2.0/{via} 127.0.0.1;branch=z9hG4bK{call_id}\r\n\
Max-Forwards: 70\r\n\
To: <sip:bob@127.0.0.1>\r\n\
From: <sip:alice@127.0.0.1>;tag=1928301774\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 OPTIONS\r\n\
Content-Length: 0\r\n\r\n"
    )
}

fn ok_for(call_id: &str, via: &str) -> String {
    format!(
        "SIP/2.0 200 OK\r\n\
Via: SIP/2.0/{via} 127.0.0.1;branch=z9hG4bK{call_id}\r\n\
To: <sip:bob@127.0.0.1>;tag=a6c85cf\r\n\
From: <sip:alice@127.0.0.1>;tag=1928301774\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 OPTIONS\r\n\
Content-Length: 0\r\n\r\n"
    )
}

fn message_with_body(call_id: &str, body: &str) -> String {
    format!(
        "MESSAGE sip:bob@127.0.0.1 SIP/2.0\r\n\
Via: SIP/2.0/TCP 127.0.0.1;branch=z9hG4bK{call_id}\r\n\
To: <sip:bob@127.0.0.1>\r\n\
From: <sip:alice@127.0.0.1>;tag=1\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 MESSAGE\r\n\
Content-Type: text/plain\r\n\
Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

fn msgs(log: &Log) -> Vec<String> {
    log.borrow().iter().filter_map(|g| if let Got::Msg { text, .. } = g { Some(text.clone()) } else { None }).collect()
}

fn call_id_of(text: &str) -> String {
    text.lines().find_map(|l| l.strip_prefix("Call-ID: ")).unwrap_or("").to_string()
}

/// A raw client socket, non-blocking so that the single-threaded test never blocks.
fn client(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).unwrap();
    s.set_nonblocking(true).unwrap();
    s.set_nodelay(true).unwrap();
    s
}

/// Reads what is available; Ok(None) on EOF.
fn read_avail(s: &mut TcpStream, into: &mut Vec<u8>) -> io::Result<Option<usize>> {
    let mut buf = [0u8; 65536];
    let mut total = 0;
    loop {
        match s.read(&mut buf) {
            Ok(0) => return Ok(None),
            Ok(n) => {
                into.extend_from_slice(&buf[..n]);
                total += n;
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(Some(total)),
            Err(e) if e.kind() == io::ErrorKind::ConnectionReset => return Ok(None),
            Err(e) => return Err(e),
        }
    }
}

fn udp_addr(tp: &Tport) -> SocketAddr {
    tp.local_addr(Proto::Udp).unwrap()
}

fn tcp_addr(tp: &Tport) -> SocketAddr {
    tp.local_addr(Proto::Tcp).unwrap()
}

// ------------------------------------------------------------------------------ UDP

fn udp_round_trip(root: &Root, spec: &str) {
    // B answers every OPTIONS with 200 OK to where it came from.
    let (b, b_log) = tport_with(root, Config::default(), |tp, g| {
        if let Got::Msg { text, peer, proto: Proto::Udp, .. } = g {
            if text.starts_with("OPTIONS ") {
                tp.send(Proto::Udp, *peer, ok_for(&call_id_of(text), "UDP").as_bytes()).unwrap();
            }
        }
    });
    let (a, a_log) = tport(root);
    let bound = b.bind(spec, &[Proto::Udp]).unwrap();
    assert_eq!(bound.len(), 1);
    assert_ne!(bound[0].1.port(), 0, "the bound port is reported");
    a.bind(spec, &[Proto::Udp]).unwrap();

    // A real OPTIONS, parsed and printed back by A before sending.
    let req = options("udp-rt-1", "UDP");
    // SAFETY: the default class; the message is destroyed below.
    let m = unsafe { sofia_sip_ua::sip::message::parse_message(req.as_bytes(), sofia_sip_ua::msg::frame::Transport::Datagram, std::ptr::null(), 0) }
        .unwrap();
    // SAFETY: a valid message.
    let r = unsafe { a.send_msg(Proto::Udp, udp_addr(&b), m) };
    // SAFETY: ours.
    unsafe { sofia_sip_ua::msg::api::msg_destroy(m) };
    assert_eq!(r.unwrap(), None);

    assert!(root.until(|| !msgs(&a_log).is_empty()), "A got the response");
    let got = msgs(&b_log);
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with("OPTIONS sip:bob@127.0.0.1 SIP/2.0\r\n"), "{}", got[0]);
    assert_eq!(call_id_of(&got[0]), "udp-rt-1");
    let resp = msgs(&a_log);
    assert_eq!(resp.len(), 1);
    assert!(resp[0].starts_with("SIP/2.0 200 OK\r\n"));
    assert_eq!(call_id_of(&resp[0]), "udp-rt-1");
    let first = a_log.borrow()[0].clone();
    if let Got::Msg { peer, conn, .. } = first {
        assert_eq!(peer, udp_addr(&b));
        assert_eq!(conn, None);
    }
}

#[test]
fn udp_options_round_trip_ipv4() {
    let root = Root::new();
    udp_round_trip(&root, "sip:127.0.0.1:0");
}

#[test]
fn udp_options_round_trip_ipv6() {
    if UdpSocket::bind("[::1]:0").is_err() {
        eprintln!("no IPv6 loopback: skipped");
        return;
    }
    let root = Root::new();
    udp_round_trip(&root, "sip:[::1]:0");
}

#[test]
fn udp_garbage_and_keepalives_are_dropped() {
    let root = Root::new();
    let (b, b_log) = tport(&root);
    b.bind("sip:127.0.0.1:0;transport=udp", &[]).unwrap();
    let raw = UdpSocket::bind("127.0.0.1:0").unwrap();
    raw.send_to(b"\r\n\r\n", udp_addr(&b)).unwrap();
    raw.send_to(b"this is not SIP\r\n\r\n", udp_addr(&b)).unwrap();
    raw.send_to(options("after-garbage", "UDP").as_bytes(), udp_addr(&b)).unwrap();
    assert!(root.until(|| !msgs(&b_log).is_empty()));
    root.spin(5);
    let got = msgs(&b_log);
    assert_eq!(got.len(), 1);
    assert_eq!(call_id_of(&got[0]), "after-garbage");
}

#[test]
fn udp_to_a_closed_port_reports_unreachable() {
    let root = Root::new();
    let (a, a_log) = tport(&root);
    a.bind("sip:127.0.0.1:0;transport=udp", &[]).unwrap();
    // A port that nothing listens on: bind a socket to learn a free port, then close it.
    let closed = UdpSocket::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    a.send(Proto::Udp, closed, options("to-nowhere", "UDP").as_bytes()).unwrap();
    assert!(root.until(|| a_log.borrow().iter().any(|g| matches!(g, Got::Unreachable { .. }))));
    let got = a_log.borrow();
    assert!(got.iter().any(|g| matches!(g, Got::Unreachable { peer } if *peer == closed)));
}

#[test]
fn udp_and_tcp_share_the_ephemeral_port() {
    let root = Root::new();
    let (b, _) = tport(&root);
    let bound = b.bind("sip:127.0.0.1:0", &[]).unwrap();
    assert_eq!(bound.len(), 2);
    assert_eq!(bound[0].1.port(), bound[1].1.port());
    assert!(b.bind("sips:127.0.0.1:0", &[]).is_err(), "TLS is not there yet");
}

// ------------------------------------------------------------------------------ TCP

fn tcp_server(root: &Root, cfg: Config) -> (Tport, Log) {
    let (b, log) = tport_with(root, cfg, |_, _| {});
    b.bind("sip:127.0.0.1:0;transport=tcp", &[]).unwrap();
    (b, log)
}

#[test]
fn tcp_message_split_across_many_writes() {
    let root = Root::new();
    let (b, b_log) = tcp_server(&root, Config::default());
    let mut c = client(tcp_addr(&b));
    let m = message_with_body("split-1", "Hello, world!\r\nsecond line");
    let chunks: Vec<&[u8]> = m.as_bytes().chunks(3).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        c.write_all(chunk).unwrap();
        root.spin(2);
        if i + 1 < chunks.len() {
            assert!(msgs(&b_log).is_empty(), "nothing before the last byte");
        }
    }
    assert!(root.until(|| !msgs(&b_log).is_empty()));
    root.spin(3);
    let got = msgs(&b_log);
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with("MESSAGE sip:bob@127.0.0.1 SIP/2.0\r\n"));
    assert!(got[0].ends_with("\r\n\r\nHello, world!\r\nsecond line"), "{:?}", got[0]);
    drop(b);
}

#[test]
fn tcp_two_messages_in_one_write() {
    let root = Root::new();
    let (b, b_log) = tcp_server(&root, Config::default());
    let mut c = client(tcp_addr(&b));
    let two = format!("{}{}", message_with_body("two-1", "first"), options("two-2", "TCP"));
    c.write_all(two.as_bytes()).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 2));
    let got = msgs(&b_log);
    assert_eq!(call_id_of(&got[0]), "two-1");
    assert!(got[0].ends_with("\r\n\r\nfirst"));
    assert_eq!(call_id_of(&got[1]), "two-2");
    // Both on the same connection, which stays open.
    let conns: Vec<_> = b_log.borrow().iter().filter_map(|g| if let Got::Msg { conn, .. } = g { *conn } else { None }).collect();
    assert_eq!(conns.len(), 2);
    assert_eq!(conns[0], conns[1]);
    assert_eq!(b.connections(), vec![conns[0]]);
}

#[test]
fn tcp_garbage_closes_only_that_connection() {
    let root = Root::new();
    let (b, b_log) = tcp_server(&root, Config::default());
    let mut good = client(tcp_addr(&b));
    let mut bad = client(tcp_addr(&b));
    good.write_all(options("good-1", "TCP").as_bytes()).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));
    bad.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    assert!(root.until(|| b_log.borrow().iter().any(|g| matches!(g, Got::Closed { reason: CloseReason::Garbage(_), .. }))));
    // The bad peer sees its connection closed...
    let mut sink = Vec::new();
    assert!(root.until(|| matches!(read_avail(&mut bad, &mut sink), Ok(None) | Err(_))));
    // ...and the good one keeps working.
    good.write_all(options("good-2", "TCP").as_bytes()).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 2));
    assert_eq!(call_id_of(&msgs(&b_log)[1]), "good-2");
    let log = b_log.borrow();
    let conn_of = |i: usize| log.iter().filter_map(|g| if let Got::Msg { conn, .. } = g { *conn } else { None }).nth(i);
    let closed: Vec<ConnId> = log.iter().filter_map(|g| if let Got::Closed { conn, .. } = g { Some(*conn) } else { None }).collect();
    assert_eq!(conn_of(0), conn_of(1));
    assert_eq!(closed.len(), 1);
    assert_ne!(Some(closed[0]), conn_of(0));
    assert_eq!(b.connections(), vec![conn_of(0).unwrap()]);
}

#[test]
fn tcp_oversized_message_is_rejected() {
    let root = Root::new();
    let cfg = Config { max_message: 2000, ..Config::default() };
    let (b, b_log) = tcp_server(&root, cfg);
    // A Content-Length beyond the limit: refused as soon as the headers are in.
    let mut c1 = client(tcp_addr(&b));
    let big = message_with_body("big-1", &"x".repeat(5000));
    c1.write_all(&big.as_bytes()[..600]).unwrap();
    assert!(root.until(|| b_log.borrow().iter().any(|g| matches!(g, Got::Closed { reason: CloseReason::TooLarge, .. }))));
    // Endless bytes without a line end: refused once past the limit.
    let mut c2 = client(tcp_addr(&b));
    c2.write_all(&[b'A'; 3000]).unwrap();
    assert!(root.until(|| b_log.borrow().iter().filter(|g| matches!(g, Got::Closed { reason: CloseReason::TooLarge, .. })).count() == 2));
    assert!(msgs(&b_log).is_empty());
    // A message within the limit still gets through on a new connection.
    let mut c3 = client(tcp_addr(&b));
    c3.write_all(message_with_body("small-1", &"y".repeat(500)).as_bytes()).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));
}

#[test]
fn tcp_keepalive_ping_pong() {
    let root = Root::new();
    // Pings are answered only with TPTAG_PONG2PING, as in Sofia.
    let (b, b_log) = tcp_server(&root, Config { pong2ping: true, ..Config::default() });
    let mut c = client(tcp_addr(&b));
    // A ping split in two writes is still a ping.
    c.write_all(b"\r\n").unwrap();
    root.spin(3);
    c.write_all(b"\r\n").unwrap();
    let mut got = Vec::new();
    assert!(root.until(|| {
        let _ = read_avail(&mut c, &mut got);
        !got.is_empty()
    }));
    root.spin(3);
    let _ = read_avail(&mut c, &mut got);
    assert_eq!(got, b"\r\n", "pong");
    // A single CRLF before a message is ignored (no answer), the message delivered.
    c.write_all(format!("\r\n{}", options("after-crlf", "TCP")).as_bytes()).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));
    root.spin(3);
    got.clear();
    let _ = read_avail(&mut c, &mut got);
    assert!(got.is_empty(), "{got:?}");

    // Tport to tport: A pings its connection to B and sees the pong.
    let (a, a_log) = tport(&root);
    a.bind("sip:127.0.0.1:0", &[]).unwrap();
    let conn = a.send(Proto::Tcp, tcp_addr(&b), options("ping-setup", "TCP").as_bytes()).unwrap().unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 2));
    a.ping(conn).unwrap();
    assert!(root.until(|| a_log.borrow().iter().any(|g| matches!(g, Got::Pong { conn: c } if *c == conn))));
}

#[test]
fn tcp_connection_reused_for_responses_and_later_requests() {
    let root = Root::new();
    // B answers over TCP to the request's source address: that must reuse the accepted
    // connection, not open a new one.
    type Used = Rc<RefCell<Vec<(Option<ConnId>, Option<ConnId>)>>>;
    let used: Used = Rc::default();
    let u = used.clone();
    let (b, b_log) = tport_with(&root, Config::default(), move |tp, g| {
        if let Got::Msg { text, peer, proto: Proto::Tcp, conn } = g {
            if text.starts_with("OPTIONS ") {
                let via = tp.send(Proto::Tcp, *peer, ok_for(&call_id_of(text), "TCP").as_bytes()).unwrap();
                u.borrow_mut().push((*conn, via));
            }
        }
    });
    b.bind("sip:127.0.0.1:0", &[]).unwrap();
    let (a, a_log) = tport(&root);
    a.bind("sip:127.0.0.1:0", &[]).unwrap();
    let c1 = a.send(Proto::Tcp, tcp_addr(&b), options("reuse-1", "TCP").as_bytes()).unwrap().unwrap();
    assert!(a.conn_info(c1).unwrap().outgoing);
    assert!(root.until(|| msgs(&a_log).len() == 1));
    let c2 = a.send(Proto::Tcp, tcp_addr(&b), options("reuse-2", "TCP").as_bytes()).unwrap().unwrap();
    assert_eq!(c1, c2, "later request over the same connection");
    assert!(root.until(|| msgs(&a_log).len() == 2));
    for (in_conn, out_conn) in used.borrow().iter() {
        assert!(in_conn.is_some());
        assert_eq!(in_conn, out_conn, "response over the request's connection");
    }
    assert_eq!(used.borrow().len(), 2);
    assert_eq!(a.connections(), vec![c1]);
    assert_eq!(b.connections().len(), 1);
    for g in a_log.borrow().iter() {
        if let Got::Msg { conn, text, .. } = g {
            assert_eq!(*conn, Some(c1));
            assert!(text.starts_with("SIP/2.0 200 OK"));
        }
    }
    assert_eq!(msgs(&b_log).len(), 2);
    // Explicit send on the connection, too.
    let b_conn = b.connections()[0];
    b.send_on(b_conn, options("reverse", "TCP").as_bytes()).unwrap();
    assert!(root.until(|| msgs(&a_log).len() == 3));
    assert_eq!(call_id_of(&msgs(&a_log)[2]), "reverse");
}

#[test]
fn tcp_connect_to_closed_port_reports_an_error() {
    let root = Root::new();
    let (a, a_log) = tport(&root);
    a.bind("sip:127.0.0.1:0", &[]).unwrap();
    let closed = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let req = options("refused", "TCP");
    match a.send(Proto::Tcp, closed, req.as_bytes()) {
        Err(e) => assert_eq!(e.kind(), io::ErrorKind::ConnectionRefused),
        Ok(conn) => {
            let conn = conn.unwrap();
            assert!(root.until(|| !a_log.borrow().is_empty()));
            match &a_log.borrow()[0] {
                Got::Error { conn: c, kind, unsent } => {
                    assert_eq!(*c, conn);
                    assert_eq!(*kind, io::ErrorKind::ConnectionRefused);
                    assert_eq!(*unsent, req.len());
                }
                other => panic!("{other:?}"),
            }
        }
    }
    assert!(a.connections().is_empty());
    assert_eq!(a.connection_to(closed), None);
}

#[test]
fn tcp_connect_timeout_reports_an_error() {
    use std::os::fd::AsRawFd;
    let root = Root::new();
    let cfg = Config { connect_timeout_ms: 40, ..Config::default() };
    let (a, a_log) = tport_with(&root, cfg, |_, _| {});
    a.bind("sip:127.0.0.1:0", &[]).unwrap();
    // A listener that never accepts, with the smallest backlog: once its queue is full,
    // Linux drops further SYNs and connects hang.
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    // SAFETY: listen(2) on our own listening socket, changing only its backlog.
    assert_eq!(unsafe { libc::listen(l.as_raw_fd(), 0) }, 0);
    let addr = l.local_addr().unwrap();
    let _fillers: Vec<TcpStream> =
        (0..3).filter_map(|_| TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(100)).ok()).collect();
    let req = options("hang", "TCP");
    let conn = match a.send(Proto::Tcp, addr, req.as_bytes()) {
        Ok(c) => c.unwrap(),
        Err(e) => {
            eprintln!("connect failed at once ({e}): skipped");
            return;
        }
    };
    assert!(root.until(|| !a_log.borrow().is_empty() || a.conn_info(conn).is_some_and(|i| !i.connecting)));
    if a.conn_info(conn).is_some_and(|i| !i.connecting) {
        eprintln!("the connect completed here: skipped");
        return;
    }
    match &a_log.borrow()[0] {
        Got::Error { conn: c, kind, unsent } => {
            assert_eq!(*c, conn);
            assert_eq!(*kind, io::ErrorKind::TimedOut);
            assert_eq!(*unsent, req.len());
        }
        other => panic!("{other:?}"),
    }
    assert!(a.connections().is_empty());
}

#[test]
fn tcp_idle_connections_are_closed() {
    let root = Root::new();
    let cfg = Config { idle_timeout_ms: 30, ..Config::default() };
    let (b, b_log) = tcp_server(&root, cfg);
    let mut c = client(tcp_addr(&b));
    c.write_all(options("idle-1", "TCP").as_bytes()).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));
    assert!(root.until(|| b_log.borrow().iter().any(|g| matches!(g, Got::Closed { reason: CloseReason::Idle, .. }))));
    assert!(b.connections().is_empty());
    let mut sink = Vec::new();
    assert!(root.until(|| matches!(read_avail(&mut c, &mut sink), Ok(None) | Err(_))));
}

#[test]
fn tcp_max_connections() {
    let root = Root::new();
    let cfg = Config { max_connections: 1, ..Config::default() };
    let (b, b_log) = tcp_server(&root, cfg);
    let mut c1 = client(tcp_addr(&b));
    assert!(root.until(|| b.connections().len() == 1));
    let mut c2 = client(tcp_addr(&b));
    let mut sink = Vec::new();
    assert!(root.until(|| matches!(read_avail(&mut c2, &mut sink), Ok(None) | Err(_))), "refused");
    c1.write_all(options("first-conn", "TCP").as_bytes()).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));
    assert_eq!(b.connections().len(), 1);
}

#[test]
fn tcp_peer_close_is_reported() {
    let root = Root::new();
    let (b, b_log) = tcp_server(&root, Config::default());
    let mut c = client(tcp_addr(&b));
    // The last message arrives together with the EOF.
    c.write_all(options("last-words", "TCP").as_bytes()).unwrap();
    drop(c);
    assert!(root.until(|| b_log.borrow().iter().any(|g| matches!(g, Got::Closed { reason: CloseReason::PeerClosed, .. }))));
    assert_eq!(msgs(&b_log).len(), 1);
    assert!(b.connections().is_empty());
}

#[test]
fn tcp_partial_writes_are_queued_and_flushed() {
    let root = Root::new();
    let (b, b_log) = tcp_server(&root, Config { max_queued: 64 << 20, ..Config::default() });
    let mut c = client(tcp_addr(&b));
    c.write_all(options("bulk", "TCP").as_bytes()).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));
    let conn = b.connections()[0];
    // Without the client reading, the socket buffers fill up and the rest is queued.
    let chunk = message_with_body("bulk-data", &"z".repeat(60000));
    let mut sent = 0;
    while b.conn_info(conn).unwrap().queued == 0 && sent < 64 << 20 {
        b.send_on(conn, chunk.as_bytes()).unwrap();
        sent += chunk.len();
    }
    assert!(b.conn_info(conn).unwrap().queued > 0, "a partial write happened");
    // The client drains it; the loop writes the rest as the socket becomes writable.
    let mut got = Vec::new();
    assert!(root.until(|| {
        let _ = read_avail(&mut c, &mut got);
        got.len() >= sent
    }));
    assert_eq!(got.len(), sent);
    assert_eq!(b.conn_info(conn).unwrap().queued, 0);
    assert!(got.starts_with(chunk.as_bytes()) && got.ends_with(chunk.as_bytes()));
}

#[test]
fn tcp_over_ipv6() {
    if TcpListener::bind("[::1]:0").is_err() {
        eprintln!("no IPv6 loopback: skipped");
        return;
    }
    let root = Root::new();
    let (b, b_log) = tport(&root);
    b.bind("sip:[::1]:0;transport=tcp", &[]).unwrap();
    let (a, _) = tport(&root);
    a.bind("sip:[::1]:0", &[Proto::Tcp]).unwrap();
    let conn = a.send(Proto::Tcp, tcp_addr(&b), options("v6", "TCP").as_bytes()).unwrap().unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));
    assert!(a.conn_info(conn).unwrap().peer.is_ipv6());
}

#[test]
fn callback_may_drop_the_tport() {
    let root = Root::new();
    let holder: Rc<RefCell<Option<Tport>>> = Rc::default();
    let h = holder.clone();
    let seen = Rc::new(std::cell::Cell::new(0));
    let s = seen.clone();
    // SAFETY: live root; the tport is dropped before the root.
    let b = unsafe {
        Tport::new(root.0, Config::default(), move |_, _| {
            s.set(s.get() + 1);
            h.borrow_mut().take();
        })
    }
    .unwrap();
    b.bind("sip:127.0.0.1:0;transport=tcp", &[]).unwrap();
    let addr = tcp_addr(&b);
    *holder.borrow_mut() = Some(b);
    let mut c = client(addr);
    c.write_all(format!("{}{}", options("d1", "TCP"), options("d2", "TCP")).as_bytes()).unwrap();
    assert!(root.until(|| holder.borrow().is_none()));
    root.spin(5);
    // Both events of that read were delivered, then everything was closed.
    assert_eq!(seen.get(), 2);
    let mut sink = Vec::new();
    assert!(root.until(|| matches!(read_avail(&mut c, &mut sink), Ok(None) | Err(_))));
}

#[test]
fn write_error_on_reset_connection_is_returned_and_reported() {
    use std::os::fd::AsRawFd;
    let root = Root::new();
    let (b, b_log) = tcp_server(&root, Config::default());
    let c = client(tcp_addr(&b));
    assert!(root.until(|| b.connections().len() == 1));
    let conn = b.connections()[0];
    // Abortive close: the peer sends RST.
    let lg = libc::linger { l_onoff: 1, l_linger: 0 };
    // SAFETY: setsockopt on our own socket with a correctly sized linger value.
    let r = unsafe {
        libc::setsockopt(
            c.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            &lg as *const libc::linger as *const libc::c_void,
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        )
    };
    assert_eq!(r, 0);
    drop(c);
    // Without stepping the loop, the send discovers the reset itself.
    let e = b.send_on(conn, options("to-reset", "TCP").as_bytes()).unwrap_err();
    assert!(matches!(e.kind(), io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe), "{e:?}");
    assert!(b.connections().is_empty());
    assert!(b_log.borrow().is_empty(), "not delivered from inside send_on");
    // The event follows from the loop.
    assert!(root.until(|| !b_log.borrow().is_empty()));
    assert!(matches!(b_log.borrow()[0], Got::Error { conn: c, .. } if c == conn));
    assert_eq!(b_log.borrow().len(), 1);
}
