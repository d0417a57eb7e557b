//! SIP over WebSocket (RFC 7118) in tport, over loopback: a blocking WebSocket client written
//! here (tests/common_ws) runs on a thread while the root is stepped on the test's thread.
//! Ports 35400-35409 only. Every wait is bounded (read timeouts, step counts).

mod common_ws;

use std::cell::RefCell;
use std::net::SocketAddr;
use std::rc::Rc;

use common_ws::*;
use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};
use sofia_sip_ua::tport::tls::TlsConfig;
use sofia_sip_ua::tport::{CloseReason, Config, ConnId, Proto, Tport, TportEvent};

#[derive(Debug, Clone)]
enum Got {
    Msg { text: String, proto: Proto, conn: Option<ConnId> },
    Error { text: String },
    Closed { reason: CloseReason },
    Pong,
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

    fn step(&self) {
        // SAFETY: live root, this thread.
        unsafe { su_root_step(self.0, 5) };
    }

    /// Steps until `done` holds (at most 2000 steps of at most 5 ms).
    fn until(&self, mut done: impl FnMut() -> bool) -> bool {
        for _ in 0..2000 {
            if done() {
                return true;
            }
            self.step();
        }
        done()
    }

    /// Runs `client` on a thread while stepping the loop (bounded).
    fn with<T: Send + 'static>(&self, client: impl FnOnce() -> T + Send + 'static) -> T {
        with_client(|| self.step(), 4000, client)
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

fn ok_for(req: &str) -> String {
    let via = req.lines().find(|l| l.starts_with("Via:")).unwrap_or("Via: SIP/2.0/WS x");
    let call_id = req.lines().find_map(|l| l.strip_prefix("Call-ID: ")).unwrap_or("x").trim();
    format!(
        "SIP/2.0 200 OK\r\n{via}\r\nTo: <sip:bob@127.0.0.1>;tag=a6c85cf\r\nFrom: <sip:alice@df7jal23ls0d.invalid>;tag=1928301774\r\n\
Call-ID: {call_id}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
    )
}

/// A tport whose callback logs every event and answers every OPTIONS 200 on its connection.
fn tport(root: &Root, cfg: Config) -> (Tport, Log) {
    let log: Log = Rc::default();
    let l = log.clone();
    // SAFETY: live root; the tport is dropped before the root.
    let tp = unsafe {
        Tport::new(root.0, cfg, move |tp, ev| {
            let g = match ev {
                TportEvent::Message(m) => Got::Msg { text: text_of(&m), proto: m.proto, conn: m.conn },
                TportEvent::Error { error, .. } => Got::Error { text: error.to_string() },
                TportEvent::Closed { reason, .. } => Got::Closed { reason },
                TportEvent::Pong { .. } => Got::Pong,
                TportEvent::Unreachable { .. } => Got::Unreachable,
            };
            if let Got::Msg { text, conn: Some(c), .. } = &g {
                if text.starts_with("OPTIONS") {
                    tp.send_on(*c, ok_for(text).as_bytes()).unwrap();
                }
            }
            l.borrow_mut().push(g);
        })
    }
    .unwrap();
    (tp, log)
}

fn msgs(log: &Log, prefix: &str) -> Vec<(String, Proto)> {
    log.borrow()
        .iter()
        .filter_map(|g| match g {
            Got::Msg { text, proto, .. } if text.starts_with(prefix) => Some((text.clone(), *proto)),
            _ => None,
        })
        .collect()
}

fn closes(log: &Log) -> Vec<CloseReason> {
    log.borrow().iter().filter_map(|g| if let Got::Closed { reason } = g { Some(reason.clone()) } else { None }).collect()
}

fn ws_server(root: &Root, port: u16, cfg: Config) -> (Tport, Log, SocketAddr) {
    let (tp, log) = tport(root, cfg);
    let bound = tp.bind(&format!("sip:127.0.0.1:{port};transport=ws"), &[]).unwrap();
    assert_eq!(bound, vec![(Proto::Ws, SocketAddr::from(([127, 0, 0, 1], port)))]);
    (tp, log, bound[0].1)
}

#[test]
fn options_over_ws_one_message_per_frame() {
    let root = Root::new();
    let (srv, log, addr) = ws_server(&root, 35400, Config::default());
    let replies = root.with(move || {
        let mut c = WsClient::connect(addr);
        c.handshake();
        // No Content-Length: the frame delimits the message.
        c.send(OP_TEXT, options("ws1", "WS", false).as_bytes());
        let r1 = c.read_text();
        // With Content-Length: tolerated.
        c.send(OP_TEXT, options("ws2", "WS", true).as_bytes());
        let r2 = c.read_text();
        // Fragmented over three frames, a ping in the middle.
        let m = options("ws3", "WS", false);
        let b = m.as_bytes();
        let k = Some([1, 2, 3, 4]);
        c.send_raw(&frame(false, OP_TEXT, &b[..10], k));
        c.send_raw(&frame(false, OP_CONT, &b[10..50], k));
        c.send_raw(&frame(true, OP_PING, b"are you there", k));
        c.send_raw(&frame(true, OP_CONT, &b[50..], k));
        let pong = c.read_frame();
        let r3 = c.read_text();
        (r1, r2, pong, r3)
    });
    let (r1, r2, pong, r3) = replies;
    for (r, id) in [(&r1, "ws1"), (&r2, "ws2"), (&r3, "ws3")] {
        assert!(r.starts_with("SIP/2.0 200 OK\r\n"), "{r}");
        assert!(r.contains(&format!("Call-ID: {id}")), "{r}");
    }
    assert_eq!(pong, (true, OP_PONG, b"are you there".to_vec()));
    let got = msgs(&log, "OPTIONS");
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|(_, p)| *p == Proto::Ws));
    assert!(got[2].0.contains("Call-ID: ws3"));
    drop(srv);
}

#[test]
fn bad_handshakes_are_refused_and_closed() {
    let root = Root::new();
    let (srv, log, addr) = ws_server(&root, 35401, Config::default());
    let results = root.with(move || {
        let cases = [
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".to_string(),
            upgrade_request("Sec-WebSocket-Protocol: chat\r\n"),
            upgrade_request("").replace("Version: 13", "Version: 7"),
            upgrade_request("").replace(KEY, "bm90IDE2IGJ5dGVz"),
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n".to_string(),
            "OPTIONS sip:bob@127.0.0.1 SIP/2.0\r\n\r\n".to_string(),
        ];
        let mut out = Vec::new();
        for req in cases {
            let mut c = WsClient::connect(addr);
            let head = c.request(&req);
            out.push((head, c.closed()));
        }
        // The listener still serves good clients.
        let mut c = WsClient::connect(addr);
        c.handshake();
        c.send(OP_TEXT, options("after", "WS", false).as_bytes());
        (out, c.read_text())
    });
    let (out, after) = results;
    let statuses: Vec<&str> = out.iter().map(|(h, _)| h.split(' ').nth(1).unwrap_or("")).collect();
    assert_eq!(statuses, vec!["426", "400", "426", "400", "405", "400"], "{out:?}");
    assert!(out.iter().all(|(h, closed)| h.starts_with("HTTP/1.1 4") && *closed), "{out:?}");
    assert!(after.starts_with("SIP/2.0 200 OK"));
    // Six refused handshakes, and the good client's connection ended by the client.
    assert!(root.until(|| closes(&log).len() >= 7));
    let c = closes(&log);
    assert_eq!(c.iter().filter(|r| matches!(r, CloseReason::WebSocket(w) if w.starts_with("handshake"))).count(), 6, "{c:?}");
    assert_eq!(c.iter().filter(|r| **r == CloseReason::PeerClosed).count(), 1, "{c:?}");
    drop(srv);
}

#[test]
fn keepalives_binary_and_close_handshake() {
    let root = Root::new();
    // Pings are answered only with TPTAG_PONG2PING, as in Sofia.
    let (srv, log, addr) = ws_server(&root, 35402, Config { pong2ping: true, ..Config::default() });
    let (crlf, bin_reply, close, eof) = root.with(move || {
        let mut c = WsClient::connect(addr);
        c.handshake();
        // RFC 5626-style keep-alive inside a frame: CRLF CRLF answered by CRLF.
        c.send(OP_TEXT, b"\r\n\r\n");
        let crlf = c.read_frame();
        // A binary frame carries a SIP message too.
        c.send(OP_BINARY, options("bin", "WS", false).as_bytes());
        let bin_reply = c.read_text();
        // Close: echoed with the same status, then the server closes.
        c.send(OP_CLOSE, &1000u16.to_be_bytes());
        let close = c.read_frame();
        (crlf, bin_reply, close, c.closed())
    });
    assert_eq!(crlf, (true, OP_TEXT, b"\r\n".to_vec()));
    assert!(bin_reply.contains("Call-ID: bin"));
    assert_eq!(close, (true, OP_CLOSE, 1000u16.to_be_bytes().to_vec()));
    assert!(eof);
    assert!(root.until(|| closes(&log) == vec![CloseReason::PeerClosed]), "{:?}", log.borrow());
    assert!(srv.connections().is_empty());
    drop(srv);
}

#[test]
fn garbage_and_oversize_close_only_that_connection() {
    let root = Root::new();
    let cfg = Config { max_message: 4096, ..Config::default() };
    let (srv, log, addr) = ws_server(&root, 35403, cfg);
    let (results, survivor) = root.with(move || {
        // One connection stays open throughout.
        let mut keep = WsClient::connect(addr);
        keep.handshake();
        let mut results = Vec::new();
        let k = Some([5, 6, 7, 8]);
        let bad: Vec<Vec<u8>> = vec![
            frame(true, OP_TEXT, &vec![b'x'; 10_000], k),                // over max_message: 1009
            frame(true, OP_TEXT, options("u", "WS", false).as_bytes(), None), // unmasked: 1002
            frame(true, 0x3, b"?", k),                                     // unknown opcode: 1002
            frame(true, OP_CONT, b"lost", k),                              // continuation first: 1002
            vec![0x81, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], // 2^63 bytes announced
        ];
        for f in bad {
            let mut c = WsClient::connect(addr);
            c.handshake();
            c.send_raw(&f);
            let (_, op, p) = c.read_frame();
            results.push((op, u16::from_be_bytes([p[0], p[1]]), c.closed()));
        }
        // Not SIP inside a good frame: the connection is closed.
        let mut c = WsClient::connect(addr);
        c.handshake();
        c.send(OP_TEXT, b"hello, this is not SIP\r\n\r\n");
        let garbage_closed = c.closed();
        // Fragments adding up to more than max_message.
        let mut c = WsClient::connect(addr);
        c.handshake();
        for op in [OP_TEXT, OP_CONT, OP_CONT] {
            c.send_raw(&frame(false, op, &[b'a'; 1500], k));
        }
        let (_, op, p) = c.read_frame();
        results.push((op, u16::from_be_bytes([p[0], p[1]]), c.closed()));
        keep.send(OP_TEXT, options("survivor", "WS", false).as_bytes());
        ((results, garbage_closed), keep.read_text())
    });
    let (results, garbage_closed) = results;
    assert_eq!(results.len(), 6);
    let codes: Vec<u16> = results.iter().map(|r| r.1).collect();
    assert!(results.iter().all(|r| r.0 == OP_CLOSE && r.2), "{results:?}");
    assert_eq!(codes, [1009, 1002, 1002, 1002, 1009, 1009]);
    assert!(garbage_closed);
    assert!(survivor.contains("Call-ID: survivor"));
    assert!(root.until(|| closes(&log).len() >= 7));
    let c = closes(&log);
    assert!(c.iter().filter(|r| **r == CloseReason::TooLarge).count() >= 2, "{c:?}");
    assert!(c.iter().any(|r| matches!(r, CloseReason::Garbage(_))), "{c:?}");
    assert!(c.iter().filter(|r| matches!(r, CloseReason::WebSocket(_))).count() >= 3, "{c:?}");
    // The survivor was closed by the client only when it was done.
    assert!(root.until(|| closes(&log).len() == 8), "{:?}", closes(&log));
    assert_eq!(closes(&log).last(), Some(&CloseReason::PeerClosed));
    drop(srv);
}

#[test]
fn options_over_wss_with_wss_crt_and_key() {
    let root = Root::new();
    let pki = pki();
    let dir = TempDir::new("wss");
    std::fs::write(dir.0.join("wss.crt"), &pki.cert_pem).unwrap();
    std::fs::write(dir.0.join("wss.key"), &pki.key_pem).unwrap();
    let cfg = Config { tls: TlsConfig { cert_dir: Some(dir.0.clone()), ..TlsConfig::default() }, ..Config::default() };
    let (srv, log) = tport(&root, cfg);
    let bound = srv.bind("sips:127.0.0.1:35404;transport=wss", &[]).unwrap();
    assert_eq!(bound, vec![(Proto::Wss, SocketAddr::from(([127, 0, 0, 1], 35404)))]);
    let addr = bound[0].1;
    let ca = pki.ca_pem.clone();
    let (reply, pong) = root.with(move || {
        let mut c = WsClient::connect_tls(addr, &ca);
        c.handshake();
        c.send(OP_TEXT, options("wss1", "WSS", false).as_bytes());
        let reply = c.read_text();
        c.send(OP_PING, b"x");
        (reply, c.read_frame())
    });
    assert!(reply.starts_with("SIP/2.0 200 OK") && reply.contains("Call-ID: wss1"), "{reply}");
    assert_eq!(pong, (true, OP_PONG, b"x".to_vec()));
    assert_eq!(msgs(&log, "OPTIONS")[0].1, Proto::Wss);

    // Without any certificate a WSS bind fails.
    let empty = TempDir::new("empty");
    let cfg = Config { tls: TlsConfig { cert_dir: Some(empty.0.clone()), ..TlsConfig::default() }, ..Config::default() };
    let (tp2, _) = tport(&root, cfg);
    assert!(tp2.bind("sips:127.0.0.1:35409;transport=wss", &[]).is_err());
    drop((srv, tp2));
}

#[test]
fn tport_as_websocket_client() {
    let root = Root::new();
    // The server answers pings (TPTAG_PONG2PING).
    let (srv, slog, addr) = ws_server(&root, 35405, Config { pong2ping: true, ..Config::default() });
    let (cli, clog) = tport(&root, Config::default());
    let conn = cli.send(Proto::Ws, addr, options("c1", "WS", true).as_bytes()).unwrap().unwrap();
    assert!(cli.conn_info(conn).unwrap().connecting, "in the handshake until the 101");
    assert!(root.until(|| !msgs(&clog, "SIP/2.0 200").is_empty()), "client {:?} server {:?}", clog.borrow(), slog.borrow());
    assert_eq!(msgs(&clog, "SIP/2.0 200")[0].1, Proto::Ws);
    assert_eq!(msgs(&slog, "OPTIONS")[0].1, Proto::Ws);
    assert_eq!(cli.connection_to_proto(Proto::Ws, addr), Some(conn));
    // Reused; a keep-alive ping gets its pong.
    assert_eq!(cli.send(Proto::Ws, addr, options("c2", "WS", true).as_bytes()).unwrap(), Some(conn));
    cli.ping(conn).unwrap();
    assert!(root.until(|| msgs(&clog, "SIP/2.0 200").len() == 2 && clog.borrow().iter().any(|g| matches!(g, Got::Pong))));

    // WSS client to a WSS server (the client does not verify: Sofia's default policy).
    let pki = pki();
    let dir = TempDir::new("wss-pem");
    std::fs::write(dir.0.join("wss.pem"), format!("{}{}", pki.cert_pem, pki.key_pem)).unwrap();
    let cfg = Config { tls: TlsConfig { cert_dir: Some(dir.0.clone()), ..TlsConfig::default() }, ..Config::default() };
    let (wss, wlog) = tport(&root, cfg);
    let waddr = wss.bind("sip:127.0.0.1:35406;transport=wss", &[]).unwrap()[0].1;
    cli.send(Proto::Wss, waddr, options("c3", "WSS", true).as_bytes()).unwrap();
    assert!(root.until(|| msgs(&clog, "SIP/2.0 200").len() == 3), "{:?}", clog.borrow());
    assert_eq!(msgs(&wlog, "OPTIONS")[0].1, Proto::Wss);

    // A server that is not WebSocket: the client's connection fails.
    let plain = std::net::TcpListener::bind("127.0.0.1:35407").unwrap();
    let paddr = plain.local_addr().unwrap();
    cli.send(Proto::Ws, paddr, options("c4", "WS", true).as_bytes()).unwrap();
    let (mut s, _) = plain.accept().unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(5))).unwrap();
    let mut b = [0u8; 1024];
    // Step until the upgrade request has been written, then answer it wrongly.
    root.until(|| false_after(&root, 5));
    let n = std::io::Read::read(&mut s, &mut b).unwrap();
    assert!(String::from_utf8_lossy(&b[..n]).starts_with("GET / HTTP/1.1\r\n"));
    std::io::Write::write_all(&mut s, b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n").unwrap();
    assert!(root.until(|| clog.borrow().iter().any(|g| matches!(g, Got::Error { text } if text.contains("WebSocket handshake")))), "{:?}", clog.borrow());
    drop((cli, srv, wss));
}

/// Steps the loop `n` times, then returns true.
fn false_after(root: &Root, n: usize) -> bool {
    for _ in 0..n {
        root.step();
    }
    true
}
