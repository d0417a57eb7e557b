//! Message dump (`TPTAG_DUMP`, `TPORT_DUMP`) and RFC 5626 keep-alives (`TPTAG_KEEPALIVE`,
//! `TPTAG_PINGPONG`, `TPTAG_PONG2PING`) over loopback, ports 35700–35719.
//!
//! Tports run on one root stepped with `su_root_step`; raw std sockets play the peers. Every
//! wait is bounded; time is only asserted from below (a timer never fires early), with
//! generous upper bounds for a loaded machine.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};

use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};
use sofia_sip_ua::tport::dump::Dump;
use sofia_sip_ua::tport::{Config, ConnId, Proto, Tport, TportEvent};

#[derive(Debug, Clone)]
enum Got {
    Msg { text: String, peer: SocketAddr, proto: Proto, conn: Option<ConnId> },
    Error { conn: ConnId, kind: io::ErrorKind },
    Closed { conn: ConnId },
    Other,
}

type Log = Rc<RefCell<Vec<Got>>>;

struct Root(*mut su_root_t);

impl Root {
    fn new() -> Root {
        let r = su_root_create(std::ptr::null_mut());
        assert!(!r.is_null());
        Root(r)
    }

    /// Steps the loop until `done` holds or `limit` has passed.
    fn until_for(&self, limit: Duration, mut done: impl FnMut() -> bool) -> bool {
        let start = Instant::now();
        while start.elapsed() < limit {
            if done() {
                return true;
            }
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 10) };
        }
        done()
    }

    fn until(&self, done: impl FnMut() -> bool) -> bool {
        self.until_for(Duration::from_secs(20), done)
    }

    /// Runs the loop for (at least) `d`.
    fn run_for(&self, d: Duration) {
        self.until_for(d, || false);
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

/// A tport recording its events and answering every OPTIONS with 200 OK (over UDP to the
/// sender, over TCP on the request's connection).
fn tport(root: &Root, cfg: Config) -> (Tport, Log) {
    let log: Log = Rc::default();
    let l = log.clone();
    // SAFETY: live root; the tport is dropped before the root.
    let tp = unsafe {
        Tport::new(root.0, cfg, move |tp, ev| {
            let g = match ev {
                TportEvent::Message(m) => Got::Msg { text: text_of(&m), peer: m.peer, proto: m.proto, conn: m.conn },
                TportEvent::Error { conn, error, .. } => Got::Error { conn, kind: error.kind() },
                TportEvent::Closed { conn, .. } => Got::Closed { conn },
                _ => Got::Other,
            };
            if let Got::Msg { text, peer, proto, conn } = &g {
                if text.starts_with("OPTIONS ") {
                    let ok = ok_for(&call_id_of(text));
                    match (proto, conn) {
                        (Proto::Udp, _) => drop(tp.send(Proto::Udp, *peer, ok.as_bytes())),
                        (_, Some(c)) => drop(tp.send_on(*c, ok.as_bytes())),
                        _ => {}
                    }
                }
            }
            l.borrow_mut().push(g);
        })
    }
    .unwrap();
    (tp, log)
}

fn options(call_id: &str) -> String {
    format!(
        "OPTIONS sip:bob@127.0.0.1 SIP/2.0\r\n\
Via: SIP/2.0/TCP 127.0.0.1;branch=z9hG4bK{call_id}\r\n\
Max-Forwards: 70\r\n\
To: <sip:bob@127.0.0.1>\r\n\
From: <sip:alice@127.0.0.1>;tag=1928301774\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 OPTIONS\r\n\
Content-Type: text/plain\r\n\
Content-Length: 5\r\n\r\nhello"
    )
}

fn ok_for(call_id: &str) -> String {
    format!(
        "SIP/2.0 200 OK\r\n\
Via: SIP/2.0/TCP 127.0.0.1;branch=z9hG4bK{call_id}\r\n\
To: <sip:bob@127.0.0.1>;tag=a6c85cf\r\n\
From: <sip:alice@127.0.0.1>;tag=1928301774\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 OPTIONS\r\n\
Content-Length: 0\r\n\r\n"
    )
}

fn call_id_of(text: &str) -> String {
    text.lines().find_map(|l| l.strip_prefix("Call-ID: ")).unwrap_or("").to_string()
}

fn msgs(log: &Log) -> Vec<String> {
    log.borrow().iter().filter_map(|g| if let Got::Msg { text, .. } = g { Some(text.clone()) } else { None }).collect()
}

fn errors(log: &Log) -> Vec<(ConnId, io::ErrorKind)> {
    log.borrow().iter().filter_map(|g| if let Got::Error { conn, kind } = g { Some((*conn, *kind)) } else { None }).collect()
}

fn closed(log: &Log) -> Vec<ConnId> {
    log.borrow().iter().filter_map(|g| if let Got::Closed { conn } = g { Some(*conn) } else { None }).collect()
}

/// A raw, non-blocking client connection.
fn client(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).unwrap();
    s.set_nonblocking(true).unwrap();
    s.set_nodelay(true).unwrap();
    s
}

/// Reads what is available; Ok(false) on EOF.
fn read_avail(s: &mut TcpStream, into: &mut Vec<u8>) -> bool {
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return false,
            Ok(n) => into.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return true,
            Err(_) => return false,
        }
    }
}

/// A dump file of its own in the temporary directory (removed first).
fn dump_path(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("sofia-rs-{}-{name}.dump", std::process::id()));
    let _ = std::fs::remove_file(&p);
    p
}

/// The dump records of a file: (stamp line, bytes). Checks the file's head and every
/// record's terminator.
fn records(text: &[u8]) -> Vec<(String, Vec<u8>)> {
    assert!(text.starts_with(b"dump started at "), "{:?}", String::from_utf8_lossy(text));
    let head_end = text.windows(3).position(|w| w == b"\n\n\n").expect("head") + 3;
    let mut rest = &text[head_end..];
    let mut out = Vec::new();
    while !rest.is_empty() {
        let nl = rest.iter().position(|&b| b == b'\n').expect("stamp line");
        let stamp = String::from_utf8(rest[..nl].to_vec()).unwrap();
        let n: usize = stamp.split(' ').nth(1).and_then(|n| n.parse().ok()).expect("byte count");
        let data = rest[nl + 1..nl + 1 + n].to_vec();
        assert_eq!(&rest[nl + 1 + n..nl + 3 + n], b"\x0b\n", "record terminator after {stamp}");
        rest = &rest[nl + 3 + n..];
        out.push((stamp, data));
    }
    out
}

/// Steps the loop until the dump file holds `n` records (the writer thread is
/// asynchronous).
fn wait_records(root: &Root, path: &PathBuf, n: usize) -> Vec<(String, Vec<u8>)> {
    let mut recs = Vec::new();
    root.until(|| {
        let Ok(t) = std::fs::read(path) else { return false };
        // Only whole records: the last one ends with "\v\n".
        if !t.ends_with(b"\x0b\n") {
            return false;
        }
        recs = records(&t);
        recs.len() >= n
    });
    recs
}

/// A stamp line without its time: "recv 4 bytes from udp/[127.0.0.1]:35701".
fn stamp_head(stamp: &str) -> &str {
    let (head, time) = stamp.rsplit_once(" at ").expect("time");
    // hh:mm:ss.uuuuuu:
    assert_eq!(time.len(), 16, "{stamp}");
    assert!(time.ends_with(':') && time.as_bytes()[2] == b':' && time.as_bytes()[8] == b'.', "{stamp}");
    head
}

// ------------------------------------------------------------------------------ dump

#[test]
fn dump_holds_udp_and_tcp_messages_in_and_out() {
    let root = Root::new();
    let path = dump_path("udp-tcp");
    let cfg = Config { dump: Dump::open(path.to_str().unwrap()), ..Config::default() };
    let (b, b_log) = tport(&root, cfg);
    b.bind("sip:127.0.0.1:35700", &[]).unwrap();
    let baddr: SocketAddr = "127.0.0.1:35700".parse().unwrap();

    // UDP: a keep-alive datagram (dumped, as Sofia does), then a request; the answer goes
    // out.
    let u = UdpSocket::bind("127.0.0.1:35701").unwrap();
    u.set_nonblocking(true).unwrap();
    u.send_to(b"\r\n\r\n", baddr).unwrap();
    let udp_req = options("dump-udp");
    u.send_to(udp_req.as_bytes(), baddr).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));

    // TCP: a keep-alive (not dumped), then a request in its own write; the answer goes out.
    let mut c = client(baddr);
    let cport = c.local_addr().unwrap().port();
    c.write_all(b"\r\n\r\n").unwrap();
    root.run_for(Duration::from_millis(50));
    let tcp_req = options("dump-tcp");
    c.write_all(tcp_req.as_bytes()).unwrap();
    let mut got = Vec::new();
    assert!(root.until(|| {
        read_avail(&mut c, &mut got);
        got.ends_with(b"\r\n\r\n") && got.starts_with(b"SIP/2.0 200 OK")
    }));

    let recs = wait_records(&root, &path, 5);
    let heads: Vec<&str> = recs.iter().map(|(s, _)| stamp_head(s)).collect();
    let udp_ok = ok_for("dump-udp");
    let tcp_ok = ok_for("dump-tcp");
    assert_eq!(
        heads,
        vec![
            "recv 4 bytes from udp/[127.0.0.1]:35701".to_string(),
            format!("recv {} bytes from udp/[127.0.0.1]:35701", udp_req.len()),
            format!("sent {} bytes to udp/[127.0.0.1]:35701", udp_ok.len()),
            format!("recv {} bytes from tcp/[127.0.0.1]:{cport}", tcp_req.len()),
            format!("sent {} bytes to tcp/[127.0.0.1]:{cport}", tcp_ok.len()),
        ]
    );
    assert_eq!(recs[0].1, b"\r\n\r\n");
    assert_eq!(recs[1].1, udp_req.as_bytes());
    assert_eq!(recs[2].1, udp_ok.as_bytes());
    assert_eq!(recs[3].1, tcp_req.as_bytes());
    assert_eq!(recs[4].1, tcp_ok.as_bytes());
    assert_eq!(&got, tcp_ok.as_bytes(), "no pong without PONG2PING");

    // Outgoing: a request B sends over a new TCP connection is dumped too.
    let l = TcpListener::bind("127.0.0.1:35702").unwrap();
    let out_req = options("dump-out");
    b.send(Proto::Tcp, "127.0.0.1:35702".parse().unwrap(), out_req.as_bytes()).unwrap();
    let recs = wait_records(&root, &path, 6);
    assert_eq!(stamp_head(&recs[5].0), format!("sent {} bytes to tcp/[127.0.0.1]:35702", out_req.len()));
    assert_eq!(recs[5].1, out_req.as_bytes());
    drop(l);
    drop(b);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn dump_write_errors_do_not_disturb_the_transport() {
    let root = Root::new();
    // Writes to /dev/full fail (ENOSPC); a file in a missing directory cannot be opened.
    for (i, target) in ["/dev/full", "/nonexistent-sofia-rs/dir/x.dump"].iter().enumerate() {
        let cfg = Config { dump: Dump::open(target), ..Config::default() };
        let (b, b_log) = tport(&root, cfg);
        let port = 35703 + i as u16;
        b.bind(&format!("sip:127.0.0.1:{port};transport=udp"), &[]).unwrap();
        let u = UdpSocket::bind("127.0.0.1:0").unwrap();
        u.set_read_timeout(Some(Duration::from_millis(10))).unwrap();
        for k in 0..20 {
            u.send_to(options(&format!("full-{k}")).as_bytes(), ("127.0.0.1", port)).unwrap();
        }
        assert!(root.until(|| msgs(&b_log).len() == 20), "{target}");
        let mut answers = 0;
        let mut buf = [0u8; 4096];
        assert!(root.until(|| {
            while u.recv(&mut buf).is_ok() {
                answers += 1;
            }
            answers == 20
        }));
    }
}

/// `TPORT_DUMP` in the environment wins over `TPTAG_DUMP`. Runs in a child process of this
/// test binary (the environment is the whole process's).
#[test]
fn dump_from_the_environment() {
    let env_file = dump_path("env");
    let tag_file = dump_path("tag");
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args(["--exact", "env_child", "--ignored", "--nocapture", "--test-threads=1"])
        .env("TPORT_DUMP", &env_file)
        .env("SOFIA_RS_TAG_DUMP", &tag_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 passed"), "{}", String::from_utf8_lossy(&out.stdout));
    let recs = records(&std::fs::read(&env_file).unwrap());
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert!(stamp_head(&recs[0].0).starts_with("recv ") && stamp_head(&recs[0].0).ends_with(" from udp/[127.0.0.1]:35707"));
    assert!(stamp_head(&recs[1].0).starts_with("sent ") && stamp_head(&recs[1].0).ends_with(" to udp/[127.0.0.1]:35707"));
    assert!(!tag_file.exists(), "TPTAG_DUMP is overridden by TPORT_DUMP");
    let _ = std::fs::remove_file(&env_file);
}

#[test]
#[ignore = "run by dump_from_the_environment with TPORT_DUMP set"]
fn env_child() {
    let env_file = PathBuf::from(std::env::var("TPORT_DUMP").expect("TPORT_DUMP"));
    let tag_file = std::env::var("SOFIA_RS_TAG_DUMP").unwrap();
    let root = Root::new();
    let cfg = Config { dump: None, ..Config::default() };
    let (b, b_log) = tport(&root, cfg);
    b.bind("sip:127.0.0.1:35706;transport=udp", &[]).unwrap();
    // TPTAG_DUMP at run time does not replace the environment's dump.
    b.set_dump(Some(&tag_file));
    let u = UdpSocket::bind("127.0.0.1:35707").unwrap();
    u.send_to(options("env").as_bytes(), "127.0.0.1:35706").unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 1));
    assert_eq!(wait_records(&root, &env_file, 2).len(), 2);
}

// ------------------------------------------------------------------------------ keep-alive

#[test]
fn keepalive_pings_at_the_interval_and_pong_only_with_pong2ping() {
    let root = Root::new();
    // A pings every 300 ms; nobody answers and PINGPONG is off: the connection stays.
    let cfg = Config { keepalive_ms: 300, ..Config::default() };
    let (a, a_log) = tport(&root, cfg);
    a.bind("sip:127.0.0.1:35708;transport=tcp", &[]).unwrap();
    let l = TcpListener::bind("127.0.0.1:35709").unwrap();
    let start = Instant::now();
    let conn = a.send(Proto::Tcp, "127.0.0.1:35709".parse().unwrap(), options("ka").as_bytes()).unwrap().unwrap();
    let mut peer = None;
    assert!(root.until(|| {
        if let Ok((s, _)) = l.accept() {
            s.set_nonblocking(true).unwrap();
            peer = Some(s);
        }
        peer.is_some()
    }));
    let mut peer = peer.unwrap();
    let req = options("ka");
    // The request, then four pings.
    let mut got = Vec::new();
    assert!(root.until_for(Duration::from_secs(30), || {
        read_avail(&mut peer, &mut got);
        got.len() >= req.len() + 16
    }));
    // A ping goes out only a whole interval after the previous one (or the connect).
    assert!(start.elapsed() >= Duration::from_millis(1200), "{:?}", start.elapsed());
    assert_eq!(&got[..req.len()], req.as_bytes());
    let pings = &got[req.len()..];
    assert!(pings.len() % 4 == 0 && pings.chunks(4).all(|p| p == b"\r\n\r\n"), "{pings:?}");
    // Not more often than the interval: at most one ping per 300 ms (and one more).
    let n = pings.len() / 4;
    assert!(n as u128 <= start.elapsed().as_millis() / 300 + 1, "{n} pings in {:?}", start.elapsed());
    assert!(errors(&a_log).is_empty() && closed(&a_log).is_empty());
    assert!(a.conn_info(conn).is_some(), "no PINGPONG: the connection stays");

    // Pong: a server answers a ping with CRLF only with PONG2PING.
    for (port, pong2ping) in [(35710u16, true), (35711, false)] {
        let (b, b_log) = tport(&root, Config { pong2ping, ..Config::default() });
        b.bind(&format!("sip:127.0.0.1:{port};transport=tcp"), &[]).unwrap();
        let mut c = client(format!("127.0.0.1:{port}").parse().unwrap());
        c.write_all(b"\r\n\r\n").unwrap();
        root.run_for(Duration::from_millis(50));
        c.write_all(options("pong").as_bytes()).unwrap();
        let mut got = Vec::new();
        assert!(root.until(|| {
            read_avail(&mut c, &mut got);
            got.ends_with(b"Content-Length: 0\r\n\r\n")
        }));
        let ok = ok_for("pong");
        let want = if pong2ping { format!("\r\n{ok}") } else { ok };
        assert_eq!(String::from_utf8_lossy(&got), want, "pong2ping {pong2ping}");
        // The keep-alive is never a message.
        assert_eq!(msgs(&b_log).len(), 1);
    }
}

#[test]
fn pingpong_closes_a_connection_without_pongs() {
    let root = Root::new();
    // B1 answers pings, B2 does not; A pings both every 300 ms and wants a pong within 2 s.
    let (b1, _) = tport(&root, Config { pong2ping: true, ..Config::default() });
    b1.bind("sip:127.0.0.1:35712;transport=tcp", &[]).unwrap();
    let (b2, b2_log) = tport(&root, Config { pong2ping: false, ..Config::default() });
    b2.bind("sip:127.0.0.1:35713;transport=tcp", &[]).unwrap();
    let cfg = Config { keepalive_ms: 300, pingpong_ms: 2000, ..Config::default() };
    let (a, a_log) = tport(&root, cfg);
    a.bind("sip:127.0.0.1:35714;transport=tcp", &[]).unwrap();
    let start = Instant::now();
    let c1 = a.send(Proto::Tcp, "127.0.0.1:35712".parse().unwrap(), options("pp-1").as_bytes()).unwrap().unwrap();
    let c2 = a.send(Proto::Tcp, "127.0.0.1:35713".parse().unwrap(), options("pp-2").as_bytes()).unwrap().unwrap();
    assert!(root.until(|| msgs(&a_log).len() == 2), "both answered");
    // The silent connection fails (EPIPE as in Sofia) no sooner than interval + PINGPONG.
    assert!(root.until_for(Duration::from_secs(30), || !errors(&a_log).is_empty()));
    assert!(start.elapsed() >= Duration::from_millis(2300));
    assert_eq!(errors(&a_log), vec![(c2, io::ErrorKind::BrokenPipe)]);
    assert!(a.conn_info(c2).is_none());
    // B2 sees the connection end; keep-alives were never messages there.
    assert!(root.until(|| !closed(&b2_log).is_empty()));
    assert_eq!(msgs(&b2_log).len(), 1);
    // The answered one lives on over more than one more PINGPONG period.
    root.run_for(Duration::from_millis(2500));
    assert!(a.conn_info(c1).is_some());
    assert_eq!(errors(&a_log).len(), 1);
}

#[test]
fn crlf_keepalives_are_never_messages() {
    let root = Root::new();
    let (b, b_log) = tport(&root, Config { pong2ping: true, ..Config::default() });
    b.bind("sip:127.0.0.1:35715", &[]).unwrap();
    let baddr: SocketAddr = "127.0.0.1:35715".parse().unwrap();
    // TCP: pings, a lone CRLF, a ping split over writes, then a message after a CRLF.
    let mut c = client(baddr);
    for chunk in [&b"\r\n\r\n"[..], b"\r\n", b"\r\n\r\n\r\n\r\n", b"\r", b"\n\r\n", b"\r\n"] {
        c.write_all(chunk).unwrap();
        root.run_for(Duration::from_millis(20));
    }
    c.write_all(format!("\r\n{}", options("crlf-tcp")).as_bytes()).unwrap();
    // UDP: keep-alive datagrams.
    let u = UdpSocket::bind("127.0.0.1:35716").unwrap();
    for d in [&b"\r\n\r\n"[..], b"\r\n", b"\n"] {
        u.send_to(d, baddr).unwrap();
    }
    u.send_to(options("crlf-udp").as_bytes(), baddr).unwrap();
    assert!(root.until(|| msgs(&b_log).len() == 2));
    root.run_for(Duration::from_millis(100));
    let got = msgs(&b_log);
    assert_eq!(got.len(), 2, "{got:?}");
    let mut ids: Vec<String> = got.iter().map(|m| call_id_of(m)).collect();
    ids.sort();
    assert_eq!(ids, vec!["crlf-tcp", "crlf-udp"]);
    assert!(closed(&b_log).is_empty() && errors(&b_log).is_empty());
}
