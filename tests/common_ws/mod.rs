//! A small blocking WebSocket client for the tests (plain TCP or TLS through rustls), run on
//! a thread of its own while the test's root is stepped on the main thread, plus a test CA
//! (rcgen). Every read has a timeout; nothing here waits without bound.

#![allow(dead_code)]

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub trait Rw: Read + Write + Send {}
impl<T: Read + Write + Send> Rw for T {}

pub struct WsClient {
    pub s: Box<dyn Rw>,
    buf: Vec<u8>,
}

pub const OP_CONT: u8 = 0;
pub const OP_TEXT: u8 = 1;
pub const OP_BINARY: u8 = 2;
pub const OP_CLOSE: u8 = 8;
pub const OP_PING: u8 = 9;
pub const OP_PONG: u8 = 10;

/// A frame as the client builds it (masked unless `mask` is None).
pub fn frame(fin: bool, op: u8, payload: &[u8], mask: Option<[u8; 4]>) -> Vec<u8> {
    let mut f = vec![if fin { 0x80 } else { 0 } | op];
    let m = if mask.is_some() { 0x80 } else { 0 };
    let n = payload.len();
    if n < 126 {
        f.push(m | n as u8);
    } else if n < 65536 {
        f.push(m | 126);
        f.extend_from_slice(&(n as u16).to_be_bytes());
    } else {
        f.push(m | 127);
        f.extend_from_slice(&(n as u64).to_be_bytes());
    }
    match mask {
        Some(k) => {
            f.extend_from_slice(&k);
            f.extend(payload.iter().enumerate().map(|(i, b)| b ^ k[i % 4]));
        }
        None => f.extend_from_slice(payload),
    }
    f
}

pub const KEY: &str = "dGhlIHNhbXBsZSBub25jZQ==";
/// RFC 6455 §1.3's example answer to [`KEY`].
pub const ACCEPT: &str = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

pub fn upgrade_request(extra: &str) -> String {
    format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: {KEY}\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n"
    )
}

fn tcp(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    s.set_nodelay(true).unwrap();
    s
}

impl WsClient {
    pub fn connect(addr: SocketAddr) -> WsClient {
        WsClient { s: Box::new(tcp(addr)), buf: Vec::new() }
    }

    /// TLS to `addr`, trusting the CA certificate `ca_pem`, verifying the name "127.0.0.1".
    pub fn connect_tls(addr: SocketAddr, ca_pem: &str) -> WsClient {
        use rustls_pki_types::pem::PemObject;
        let mut roots = rustls::RootCertStore::empty();
        for c in rustls_pki_types::CertificateDer::pem_slice_iter(ca_pem.as_bytes()) {
            roots.add(c.unwrap()).unwrap();
        }
        let cfg = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
        let name = rustls_pki_types::ServerName::try_from("127.0.0.1").unwrap();
        let conn = rustls::ClientConnection::new(Arc::new(cfg), name).unwrap();
        WsClient { s: Box::new(rustls::StreamOwned::new(conn, tcp(addr))), buf: Vec::new() }
    }

    pub fn send_raw(&mut self, b: &[u8]) {
        self.s.write_all(b).unwrap();
        self.s.flush().unwrap();
    }

    /// Sends `req` and returns the response head (through the blank line).
    pub fn request(&mut self, req: &str) -> String {
        self.send_raw(req.as_bytes());
        self.read_head()
    }

    fn fill(&mut self) -> io::Result<usize> {
        let mut b = [0u8; 16384];
        let n = self.s.read(&mut b)?;
        self.buf.extend_from_slice(&b[..n]);
        Ok(n)
    }

    pub fn read_head(&mut self) -> String {
        loop {
            if let Some(i) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let head: Vec<u8> = self.buf.drain(..i + 4).collect();
                return String::from_utf8(head).unwrap();
            }
            assert!(self.fill().expect("read head") > 0, "EOF before the response head");
        }
    }

    /// The handshake with `Sec-WebSocket-Protocol: sip`; checks the 101.
    pub fn handshake(&mut self) -> String {
        let head = self.request(&upgrade_request("Sec-WebSocket-Protocol: sip\r\n"));
        assert!(head.starts_with("HTTP/1.1 101 "), "{head}");
        assert!(head.contains(&format!("Sec-WebSocket-Accept: {ACCEPT}\r\n")), "{head}");
        assert!(head.contains("Sec-WebSocket-Protocol: sip\r\n"), "{head}");
        head
    }

    pub fn send(&mut self, op: u8, payload: &[u8]) {
        self.send_raw(&frame(true, op, payload, Some([0x37, 0xfa, 0x21, 0x3d])));
    }

    /// The next frame: (fin, opcode, payload); the server's frames must be unmasked.
    pub fn read_frame(&mut self) -> (bool, u8, Vec<u8>) {
        loop {
            if self.buf.len() >= 2 {
                let (b0, b1) = (self.buf[0], self.buf[1]);
                assert_eq!(b1 & 0x80, 0, "server frames are not masked");
                let (len, hdr) = match b1 & 0x7f {
                    126 if self.buf.len() >= 4 => (u16::from_be_bytes([self.buf[2], self.buf[3]]) as usize, 4),
                    127 if self.buf.len() >= 10 => (u64::from_be_bytes(self.buf[2..10].try_into().unwrap()) as usize, 10),
                    126 | 127 => (usize::MAX, 0),
                    n => (n as usize, 2),
                };
                if len != usize::MAX && self.buf.len() >= hdr + len {
                    let p = self.buf[hdr..hdr + len].to_vec();
                    self.buf.drain(..hdr + len);
                    return (b0 & 0x80 != 0, b0 & 0x0f, p);
                }
            }
            assert!(self.fill().expect("read frame") > 0, "EOF before a frame");
        }
    }

    /// A text frame's payload as a string.
    pub fn read_text(&mut self) -> String {
        let (fin, op, p) = self.read_frame();
        assert!(fin && op == OP_TEXT, "op {op}");
        String::from_utf8(p).unwrap()
    }

    /// True when the server closes the connection (EOF or reset) within the read timeout.
    pub fn closed(&mut self) -> bool {
        loop {
            match self.fill() {
                Ok(0) => return true,
                Ok(_) => continue,
                Err(e) if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) => return false,
                Err(_) => return true,
            }
        }
    }

    /// Bytes received and not yet taken as a frame or head.
    pub fn pending(&self) -> &[u8] {
        &self.buf
    }
}

/// A temporary directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let p = std::env::temp_dir().join(format!("sofia-ws-{}-{}-{}", std::process::id(), tag, N.fetch_add(1, Ordering::Relaxed)));
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A test CA and a certificate for 127.0.0.1 / localhost it issued.
pub struct Pki {
    pub ca_pem: String,
    pub cert_pem: String,
    pub key_pem: String,
}

pub fn pki() -> Pki {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut p = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    p.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    p.distinguished_name.push(rcgen::DnType::CommonName, "sofia-rs ws test CA");
    p.key_usages = vec![rcgen::KeyUsagePurpose::KeyCertSign, rcgen::KeyUsagePurpose::DigitalSignature];
    let ca = p.self_signed(&ca_key).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let mut p = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    p.distinguished_name.push(rcgen::DnType::CommonName, "127.0.0.1");
    let cert = p.signed_by(&key, &ca, &ca_key).unwrap();
    Pki { ca_pem: ca.pem(), cert_pem: cert.pem(), key_pem: key.serialize_pem() }
}

/// Runs `client` on a thread while `step` drives the root (at most `max_steps` calls), then
/// returns the client's result (its panic is propagated).
pub fn with_client<T: Send + 'static>(mut step: impl FnMut(), max_steps: usize, client: impl FnOnce() -> T + Send + 'static) -> T {
    let h = std::thread::spawn(client);
    for _ in 0..max_steps {
        if h.is_finished() {
            break;
        }
        step();
    }
    assert!(h.is_finished(), "the client thread did not finish in time");
    match h.join() {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}

pub fn options(call_id: &str, via_proto: &str, content_length: bool) -> String {
    format!(
        "OPTIONS sip:bob@127.0.0.1 SIP/2.0\r\n\
Via: SIP/2.0/{via_proto} df7jal23ls0d.invalid;rport;branch=z9hG4bK{call_id}\r\n\
Max-Forwards: 70\r\n\
To: <sip:bob@127.0.0.1>\r\n\
From: <sip:alice@df7jal23ls0d.invalid>;tag=1928301774\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 OPTIONS\r\n{}\r\n",
        if content_length { "Content-Length: 0\r\n" } else { "" }
    )
}
