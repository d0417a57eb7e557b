//! TLS transport over loopback: a test CA and certificates made at test time (rcgen), written
//! as Sofia's certificate directory (agent.pem, cafile.pem) into temporary directories; tports
//! on one root stepped with `su_root_step`. Every wait is bounded by a step count.

use std::cell::RefCell;
use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};
use sofia_sip_ua::tport::tls::{self, TlsConfig};
use sofia_sip_ua::tport::{CloseReason, Config, ConnId, Proto, Tport, TportEvent};

#[derive(Debug, Clone)]
enum Got {
    Msg { text: String, proto: Proto, conn: Option<ConnId> },
    Error { conn: ConnId, kind: io::ErrorKind, text: String },
    Closed { conn: ConnId, reason: CloseReason },
    Pong { conn: ConnId },
    Unreachable,
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

    fn spin(&self, n: usize) {
        for _ in 0..n {
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 1) };
        }
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        // SAFETY: live root; tests drop their tports first.
        unsafe { su_root_destroy(self.0) };
    }
}

/// A temporary directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let p = std::env::temp_dir().join(format!("tport-tls-{}-{}-{}", std::process::id(), tag, N.fetch_add(1, Ordering::Relaxed)));
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A CA that can issue certificates.
struct Ca {
    cert: rcgen::Certificate,
    key: rcgen::KeyPair,
}

impl Ca {
    fn new(name: &str) -> Ca {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut p = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        p.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        p.distinguished_name.push(rcgen::DnType::CommonName, name);
        p.key_usages = vec![rcgen::KeyUsagePurpose::KeyCertSign, rcgen::KeyUsagePurpose::CrlSign, rcgen::KeyUsagePurpose::DigitalSignature];
        let cert = p.self_signed(&key).unwrap();
        Ca { cert, key }
    }

    /// (certificate PEM, key PEM) for `names` (DNS names or IP addresses).
    fn issue(&self, names: &[&str]) -> (String, String) {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut p = rcgen::CertificateParams::new(names.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
        p.distinguished_name.push(rcgen::DnType::CommonName, names[0]);
        let cert = p.signed_by(&key, &self.cert, &self.key).unwrap();
        (cert.pem(), key.serialize_pem())
    }
}

/// A certificate directory: agent.pem (key first or certificate first) when `agent` is
/// given, cafile.pem with the CAs given.
fn cert_dir(tag: &str, agent: Option<(String, String)>, key_first: bool, cas: &[&Ca]) -> TempDir {
    let d = TempDir::new(tag);
    if let Some((cert, key)) = agent {
        let text = if key_first { format!("{key}{cert}") } else { format!("{cert}{key}") };
        std::fs::write(d.0.join("agent.pem"), text).unwrap();
    }
    if !cas.is_empty() {
        let text: String = cas.iter().map(|c| c.cert.pem()).collect();
        std::fs::write(d.0.join("cafile.pem"), text).unwrap();
    }
    d
}

fn tls_cfg(dir: &Path, policy: u32) -> Config {
    Config { tls: TlsConfig { cert_dir: Some(dir.to_path_buf()), verify_policy: policy, ..TlsConfig::default() }, ..Config::default() }
}

fn text_of(m: &sofia_sip_ua::tport::IncomingMsg) -> String {
    // SAFETY: a valid message owned by `m`.
    String::from_utf8_lossy(&unsafe { sofia_sip_ua::sip::message::serialize(m.msg(), 0) }).into_owned()
}

fn tport_with(root: &Root, cfg: Config, reply: impl Fn(&Tport, &Got) + 'static) -> (Tport, Log) {
    let log: Log = Rc::default();
    let l = log.clone();
    // SAFETY: live root; the tport is dropped before the root.
    let tp = unsafe {
        Tport::new(root.0, cfg, move |tp, ev| {
            let g = match ev {
                TportEvent::Message(m) => Got::Msg { text: text_of(&m), proto: m.proto, conn: m.conn },
                TportEvent::Error { conn, error, .. } => Got::Error { conn, kind: error.kind(), text: error.to_string() },
                TportEvent::Closed { conn, reason, .. } => Got::Closed { conn, reason },
                TportEvent::Pong { conn, .. } => Got::Pong { conn },
                TportEvent::Unreachable { .. } => Got::Unreachable,
            };
            reply(tp, &g);
            l.borrow_mut().push(g);
        })
    }
    .unwrap();
    (tp, log)
}

fn options(call_id: &str) -> String {
    format!(
        "OPTIONS sips:bob@127.0.0.1 SIP/2.0\r\n\
Via: SIP/2.0/TLS 127.0.0.1;branch=z9hG4bK{call_id}\r\n\
Max-Forwards: 70\r\n\
To: <sips:bob@127.0.0.1>\r\n\
From: <sips:alice@127.0.0.1>;tag=1928301774\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 OPTIONS\r\n\
Content-Length: 0\r\n\r\n"
    )
}

fn ok_for(call_id: &str) -> String {
    format!(
        "SIP/2.0 200 OK\r\n\
Via: SIP/2.0/TLS 127.0.0.1;branch=z9hG4bK{call_id}\r\n\
To: <sips:bob@127.0.0.1>;tag=a6c85cf\r\n\
From: <sips:alice@127.0.0.1>;tag=1928301774\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 OPTIONS\r\n\
Content-Length: 0\r\n\r\n"
    )
}

/// Answers every OPTIONS with 200 OK on the connection it came on.
fn answering(tp: &Tport, g: &Got) {
    if let Got::Msg { text, conn: Some(c), .. } = g {
        if text.starts_with("OPTIONS") {
            let call_id = text.lines().find_map(|l| l.strip_prefix("Call-ID: ")).unwrap_or("x").trim().to_string();
            tp.send_on(*c, ok_for(&call_id).as_bytes()).unwrap();
        }
    }
}

fn msgs(log: &Log, prefix: &str) -> Vec<Got> {
    log.borrow().iter().filter(|g| matches!(g, Got::Msg { text, .. } if text.starts_with(prefix))).cloned().collect()
}

fn errors(log: &Log) -> Vec<Got> {
    log.borrow().iter().filter(|g| matches!(g, Got::Error { .. })).cloned().collect()
}

/// A server with a CA-signed certificate for 127.0.0.1/localhost, listening on sips:.
struct Setup {
    ca: Ca,
    _server_dir: TempDir,
    client_dir: TempDir,
}

fn setup() -> Setup {
    let ca = Ca::new("sofia-rs test CA");
    let server_dir = cert_dir("srv", Some(ca.issue(&["localhost", "127.0.0.1"])), true, &[&ca]);
    let client_dir = cert_dir("cli", None, false, &[&ca]);
    Setup { ca, _server_dir: server_dir, client_dir }
}

fn server(root: &Root, s: &Setup, cfg: impl FnOnce(&mut Config)) -> (Tport, Log, SocketAddr) {
    let mut c = tls_cfg(&s._server_dir.0, tls::VERIFY_NONE);
    cfg(&mut c);
    let (tp, log) = tport_with(root, c, answering);
    let bound = tp.bind("sips:127.0.0.1:0", &[]).unwrap();
    assert_eq!(bound.len(), 1);
    assert_eq!(bound[0].0, Proto::Tls);
    (tp, log, bound[0].1)
}

#[test]
fn options_round_trip_over_tls() {
    let root = Root::new();
    let s = setup();
    let (srv, slog, addr) = server(&root, &s, |_| {});
    assert_eq!(srv.local_addr(Proto::Tls), Some(addr));
    let (cli, clog) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});

    let conn = cli.send(Proto::Tls, addr, options("tls1").as_bytes()).unwrap().unwrap();
    assert!(root.until(|| !msgs(&clog, "SIP/2.0 200").is_empty()), "client log {:?}, server log {:?}", clog.borrow(), slog.borrow());
    let got = msgs(&slog, "OPTIONS");
    assert_eq!(got.len(), 1);
    let Got::Msg { text, proto, .. } = &got[0] else { unreachable!() };
    assert_eq!(*proto, Proto::Tls);
    assert!(text.contains("Call-ID: tls1"));
    let Got::Msg { proto, conn: c2, .. } = &msgs(&clog, "SIP/2.0 200")[0] else { unreachable!() };
    assert_eq!((*proto, *c2), (Proto::Tls, Some(conn)));
    let info = cli.conn_info(conn).unwrap();
    assert!(!info.connecting && info.outgoing && info.proto == Proto::Tls);

    // The connection is reused for the next request.
    assert_eq!(cli.connection_to_proto(Proto::Tls, addr), Some(conn));
    let again = cli.send(Proto::Tls, addr, options("tls2").as_bytes()).unwrap().unwrap();
    assert_eq!(again, conn);
    assert!(root.until(|| msgs(&clog, "SIP/2.0 200").len() == 2));
    assert_eq!(srv.connections().len(), 1);
    assert!(errors(&clog).is_empty() && errors(&slog).is_empty());

    // A name from the SIP URI is verified too: the certificate names localhost.
    let (cli2, clog2) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});
    cli2.send_named(Proto::Tls, addr, Some("localhost"), options("tls3").as_bytes()).unwrap();
    assert!(root.until(|| !msgs(&clog2, "SIP/2.0 200").is_empty()), "{:?}", clog2.borrow());
    // ...and a name it does not carry fails.
    let (cli3, clog3) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});
    cli3.send_named(Proto::Tls, addr, Some("example.com"), options("tls4").as_bytes()).unwrap();
    assert!(root.until(|| !errors(&clog3).is_empty()));
    drop((cli, cli2, cli3, srv));
}

#[test]
fn untrusted_server_fails_that_connection_only() {
    let root = Root::new();
    let s = setup();
    let (srv, slog, addr) = server(&root, &s, |_| {});
    // A client trusting another CA.
    let other = Ca::new("some other CA");
    let odir = cert_dir("other", None, false, &[&other]);
    let (bad, blog) = tport_with(&root, tls_cfg(&odir.0, tls::VERIFY_OUT), |_, _| {});
    let bconn = bad.send(Proto::Tls, addr, options("bad1").as_bytes()).unwrap().unwrap();
    assert!(root.until(|| !errors(&blog).is_empty()), "{:?}", blog.borrow());
    let Got::Error { conn, kind, text } = &errors(&blog)[0] else { unreachable!() };
    assert_eq!((*conn, *kind), (bconn, io::ErrorKind::InvalidData));
    assert!(text.contains("TLS") && text.contains("invalid peer certificate"), "{text}");
    assert!(bad.connections().is_empty());
    // The server saw the alert and dropped that connection; nothing was delivered.
    assert!(root.until(|| srv.connections().is_empty()));
    assert!(msgs(&slog, "OPTIONS").is_empty());

    // It keeps serving a client that trusts it.
    let (good, glog) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});
    good.send(Proto::Tls, addr, options("good1").as_bytes()).unwrap();
    assert!(root.until(|| !msgs(&glog, "SIP/2.0 200").is_empty()), "{:?} {:?}", glog.borrow(), slog.borrow());

    // A plain-TCP client talking SIP to the TLS port: that connection fails, no message.
    let mut raw = std::net::TcpStream::connect(addr).unwrap();
    std::io::Write::write_all(&mut raw, options("plain").as_bytes()).unwrap();
    assert!(root.until(|| errors(&slog).len() >= 2), "{:?}", slog.borrow());
    assert_eq!(msgs(&slog, "OPTIONS").len(), 1);

    // Without VERIFY_OUT (Sofia's default) the same untrusting client gets through.
    let (lax, llog) = tport_with(&root, tls_cfg(&odir.0, tls::VERIFY_NONE), |_, _| {});
    lax.send(Proto::Tls, addr, options("lax1").as_bytes()).unwrap();
    assert!(root.until(|| !msgs(&llog, "SIP/2.0 200").is_empty()));
    drop((bad, good, lax, srv));
}

#[test]
fn message_split_across_records() {
    let root = Root::new();
    let s = setup();
    let (srv, slog, addr) = server(&root, &s, |_| {});
    let (cli, clog) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});
    let body = "hello over TLS";
    let m = format!(
        "MESSAGE sips:bob@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1;branch=z9hG4bKsplit\r\nMax-Forwards: 70\r\n\
To: <sips:bob@127.0.0.1>\r\nFrom: <sips:alice@127.0.0.1>;tag=1\r\nCall-ID: split\r\nCSeq: 1 MESSAGE\r\n\
Content-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let b = m.as_bytes();
    // First piece opens the connection; the rest go out as separate records once it is up.
    let conn = cli.send(Proto::Tls, addr, &b[..20]).unwrap().unwrap();
    assert!(root.until(|| !cli.conn_info(conn).unwrap().connecting));
    root.spin(5);
    assert!(msgs(&slog, "MESSAGE").is_empty());
    cli.send_on(conn, &b[20..b.len() - 5]).unwrap();
    root.spin(5);
    assert!(msgs(&slog, "MESSAGE").is_empty());
    // The tail, followed by a whole second message in the same record.
    let mut tail = b[b.len() - 5..].to_vec();
    tail.extend_from_slice(options("after-split").as_bytes());
    cli.send_on(conn, &tail).unwrap();
    assert!(root.until(|| !msgs(&slog, "OPTIONS").is_empty()), "{:?}", slog.borrow());
    let got = msgs(&slog, "MESSAGE");
    assert_eq!(got.len(), 1);
    let Got::Msg { text, .. } = &got[0] else { unreachable!() };
    assert!(text.ends_with(body), "{text}");
    assert!(root.until(|| !msgs(&clog, "SIP/2.0 200").is_empty()));
    drop((cli, srv));
}

#[test]
fn idle_tls_connection_closed() {
    let root = Root::new();
    let s = setup();
    let (srv, slog, addr) = server(&root, &s, |c| c.idle_timeout_ms = 200);
    let (cli, clog) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});
    let conn = cli.send(Proto::Tls, addr, options("idle1").as_bytes()).unwrap().unwrap();
    assert!(root.until(|| !msgs(&clog, "SIP/2.0 200").is_empty()));
    let sconn = srv.connections()[0];
    assert!(root.until(|| slog.borrow().iter().any(|g| matches!(g, Got::Closed { reason: CloseReason::Idle, .. }))));
    assert!(slog.borrow().iter().any(|g| matches!(g, Got::Closed { conn, .. } if *conn == sconn)));
    // The client sees the server's close_notify / EOF.
    assert!(root.until(|| clog.borrow().iter().any(|g| matches!(g, Got::Closed { conn: c, reason: CloseReason::PeerClosed } if *c == conn))));
    assert!(cli.connections().is_empty() && srv.connections().is_empty());
    drop((cli, srv));
}

#[test]
fn keepalive_ping_over_tls() {
    let root = Root::new();
    let s = setup();
    let (srv, _slog, addr) = server(&root, &s, |c| c.pong2ping = true);
    let (cli, clog) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});
    let conn = cli.send(Proto::Tls, addr, options("ka1").as_bytes()).unwrap().unwrap();
    assert!(root.until(|| !msgs(&clog, "SIP/2.0 200").is_empty()));
    cli.ping(conn).unwrap();
    assert!(root.until(|| clog.borrow().iter().any(|g| matches!(g, Got::Pong { conn: c } if *c == conn))), "{:?}", clog.borrow());
    // The connection is still usable.
    cli.send(Proto::Tls, addr, options("ka2").as_bytes()).unwrap();
    assert!(root.until(|| msgs(&clog, "SIP/2.0 200").len() == 2));
    // Automatic keep-alives (TPTAG_KEEPALIVE) through TLS: every 200 ms, a pong wanted within
    // 1.5 s (TPTAG_PINGPONG); the server's pongs keep the connection for 2.5 s and more.
    cli.set_keepalive(Some(200), Some(1500), None);
    let t = std::time::Instant::now();
    root.until(|| t.elapsed() >= std::time::Duration::from_millis(2500));
    assert!(cli.conn_info(conn).is_some(), "{:?}", clog.borrow());
    assert!(!clog.borrow().iter().any(|g| matches!(g, Got::Error { .. } | Got::Closed { .. })), "{:?}", clog.borrow());
    drop((cli, srv));
}

#[test]
fn client_certificates_under_verify_in() {
    let root = Root::new();
    let s = setup();
    let (srv, slog, addr) = server(&root, &s, |c| c.tls.verify_policy = tls::VERIFY_ALL);
    // No client certificate: refused.
    let (anon, alog) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});
    anon.send(Proto::Tls, addr, options("anon").as_bytes()).unwrap();
    assert!(root.until(|| !errors(&slog).is_empty()), "{:?}", slog.borrow());
    assert!(msgs(&slog, "OPTIONS").is_empty());
    // With one from the CA (certificate first in agent.pem this time): accepted.
    let mdir = cert_dir("mutual", Some(s.ca.issue(&["client.example.org"])), false, &[&s.ca]);
    let (mutual, mlog) = tport_with(&root, tls_cfg(&mdir.0, tls::VERIFY_OUT), |_, _| {});
    mutual.send(Proto::Tls, addr, options("mutual").as_bytes()).unwrap();
    assert!(root.until(|| !msgs(&mlog, "SIP/2.0 200").is_empty()), "{:?} {:?}", mlog.borrow(), slog.borrow());
    let _ = alog;
    drop((anon, mutual, srv));
}

#[test]
fn verify_subjects() {
    let root = Root::new();
    let s = setup();
    let (srv, _slog, addr) = server(&root, &s, |_| {});
    let mut cfg = tls_cfg(&s.client_dir.0, tls::VERIFY_SUBJECTS_OUT);
    cfg.tls.verify_subjects = vec!["sip.example.net".into()];
    let (no, nlog) = tport_with(&root, cfg.clone(), |_, _| {});
    no.send(Proto::Tls, addr, options("subj1").as_bytes()).unwrap();
    assert!(root.until(|| !errors(&nlog).is_empty()));
    cfg.tls.verify_subjects = vec!["sip.example.net".into(), "localhost".into()];
    let (yes, ylog) = tport_with(&root, cfg, |_, _| {});
    yes.send(Proto::Tls, addr, options("subj2").as_bytes()).unwrap();
    assert!(root.until(|| !msgs(&ylog, "SIP/2.0 200").is_empty()), "{:?}", ylog.borrow());
    drop((no, yes, srv));
}

#[test]
fn tls_bind_needs_certificates() {
    let root = Root::new();
    let (tp, _log) = tport_with(&root, Config::default(), |_, _| {});
    let e = tp.bind("sips:127.0.0.1:0", &[]).unwrap_err();
    assert!(e.to_string().contains("certificate"), "{e}");
    let empty = TempDir::new("empty");
    let (tp2, _log2) = tport_with(&root, tls_cfg(&empty.0, tls::VERIFY_NONE), |_, _| {});
    let e = tp2.bind("sip:127.0.0.1:0;transport=tls", &[]).unwrap_err();
    assert!(e.to_string().contains("agent.pem"), "{e}");
    // Verifying servers without a cafile.pem: the send fails at once.
    let e = tp2.send(Proto::Tls, "127.0.0.1:9".parse().unwrap(), b"x").err();
    assert!(e.is_none(), "no verification: no CA needed");
    let mut cfg = tls_cfg(&empty.0, tls::VERIFY_OUT);
    cfg.tls.ciphers = Some("ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH".into());
    let (tp3, _log3) = tport_with(&root, cfg, |_, _| {});
    let e = tp3.send(Proto::Tls, "127.0.0.1:9".parse().unwrap(), b"x").unwrap_err();
    assert!(e.to_string().contains("cafile.pem"), "{e}");
    drop((tp, tp2, tp3));
}

/// `tport_reload_tls()` (`nua_reload_tls`): the listener takes the certificates of the new
/// directory for new connections; a failed reload changes nothing.
#[test]
fn reload_tls_takes_new_certificates() {
    let root = Root::new();
    let s = setup();
    let (srv, _slog, addr) = server(&root, &s, |_| {});
    // Certificates from another CA, and a client trusting only that one.
    let other = Ca::new("second CA");
    let new_dir = cert_dir("srv2", Some(other.issue(&["localhost", "127.0.0.1"])), true, &[&other]);
    let odir = cert_dir("cli2", None, false, &[&other]);
    let (c1, l1) = tport_with(&root, tls_cfg(&odir.0, tls::VERIFY_OUT), |_, _| {});
    c1.send(Proto::Tls, addr, options("before").as_bytes()).unwrap();
    assert!(root.until(|| !errors(&l1).is_empty()), "the old certificate is not trusted: {:?}", l1.borrow());

    // A directory without certificates: an error, and the old ones stay.
    let empty = TempDir::new("empty");
    assert!(srv.reload_tls(Some(empty.0.clone())).is_err());
    let (c0, l0) = tport_with(&root, tls_cfg(&s.client_dir.0, tls::VERIFY_OUT), |_, _| {});
    c0.send(Proto::Tls, addr, options("still").as_bytes()).unwrap();
    assert!(root.until(|| !msgs(&l0, "SIP/2.0 200").is_empty()), "{:?}", l0.borrow());

    srv.reload_tls(Some(new_dir.0.clone())).unwrap();
    let (c2, l2) = tport_with(&root, tls_cfg(&odir.0, tls::VERIFY_OUT), |_, _| {});
    c2.send(Proto::Tls, addr, options("after").as_bytes()).unwrap();
    assert!(root.until(|| !msgs(&l2, "SIP/2.0 200").is_empty()), "{:?}", l2.borrow());
    drop((c0, c1, c2, srv));
}
