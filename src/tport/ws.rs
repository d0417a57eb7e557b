//! WebSocket (RFC 6455) for SIP over WebSocket (RFC 7118): the HTTP/1.1 Upgrade handshake
//! (server and client side) and the framing, as a pure state machine over byte buffers. The
//! connection code of [`super`] feeds it the bytes read (after TLS for WSS) and writes out
//! what it produces; nothing here touches a socket.
//!
//! - Server: the client's `GET … Upgrade: websocket` request is checked (method, version,
//!   `Connection: Upgrade`, `Sec-WebSocket-Version: 13`, a `Sec-WebSocket-Key` of 16 bytes);
//!   a good one is answered `101 Switching Protocols` with `Sec-WebSocket-Accept` and, when
//!   the client offered it, `Sec-WebSocket-Protocol: sip`; a bad one gets a 4xx response and
//!   the connection ends. Client frames must be masked.
//! - Client: sends the Upgrade request, holds outgoing frames until a `101` with the right
//!   `Sec-WebSocket-Accept` arrives; server frames must not be masked; ours are.
//! - Frames: text and binary data messages, fragmented or not, up to a size limit (over it:
//!   close 1009); ping is answered with pong; close is echoed and ends the connection;
//!   reserved bits, unknown opcodes, bad control frames, continuation errors: close 1002.
//!   Each complete data message is handed up as one SIP message.

use base64::Engine as _;

/// RFC 6455 §1.3: appended to the client's key before hashing.
pub const GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
/// Longest handshake (request or response head) accepted.
pub const MAX_HANDSHAKE: usize = 8192;

pub const OP_CONT: u8 = 0x0;
pub const OP_TEXT: u8 = 0x1;
pub const OP_BINARY: u8 = 0x2;
pub const OP_CLOSE: u8 = 0x8;
pub const OP_PING: u8 = 0x9;
pub const OP_PONG: u8 = 0xA;

/// Close status codes (RFC 6455 §7.4.1).
pub const CLOSE_NORMAL: u16 = 1000;
pub const CLOSE_GOING_AWAY: u16 = 1001;
pub const CLOSE_PROTOCOL: u16 = 1002;
pub const CLOSE_TOO_BIG: u16 = 1009;

/// `Sec-WebSocket-Accept` for a `Sec-WebSocket-Key`: base64(SHA-1(key + GUID)).
pub fn accept_key(key: &str) -> String {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY);
    ctx.update(key.trim().as_bytes());
    ctx.update(GUID.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(ctx.finish().as_ref())
}

/// One frame: FIN set, `payload` masked with `mask` when given.
pub fn encode_frame(opcode: u8, payload: &[u8], mask: Option<[u8; 4]>) -> Vec<u8> {
    encode_frame_fin(true, opcode, payload, mask)
}

/// One frame with an explicit FIN bit (fragments).
pub fn encode_frame_fin(fin: bool, opcode: u8, payload: &[u8], mask: Option<[u8; 4]>) -> Vec<u8> {
    let mut f = Vec::with_capacity(payload.len() + 14);
    f.push(if fin { 0x80 } else { 0 } | (opcode & 0x0f));
    let m = if mask.is_some() { 0x80 } else { 0 };
    let n = payload.len();
    if n < 126 {
        f.push(m | n as u8);
    } else if n <= 0xffff {
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

/// How a WebSocket connection ended (the bytes to send before closing, if any, are already
/// in the output).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WsEnd {
    /// The peer sent a close frame (answered).
    PeerClosed,
    /// A message or frame over the size limit (close 1009 sent).
    TooLarge,
    /// A framing violation (close 1002 sent).
    Protocol(String),
    /// A bad handshake: server side, a 4xx response was sent; client side, the server did
    /// not accept ours.
    Handshake(String),
}

#[derive(Debug)]
enum Phase {
    /// Server: waiting for the client's Upgrade request.
    ServerHandshake,
    /// Client: waiting for the server's 101 (the accept value we expect).
    ClientHandshake { expect: String },
    Open,
}

/// The WebSocket state of one connection.
#[derive(Debug)]
pub struct WsConn {
    server: bool,
    phase: Phase,
    /// Payload of a fragmented data message being reassembled.
    partial: Vec<u8>,
    /// Some(opcode) while a fragmented message is in progress.
    partial_op: Option<u8>,
    /// Client: frames sent before the handshake finished.
    held: Vec<u8>,
    /// The peer offered the `sip` subprotocol (server) / the server chose it (client).
    pub sip_protocol: bool,
}

/// What one call of [`WsConn::input`] produced.
#[derive(Debug, Default)]
pub struct WsInput {
    /// Complete data messages (text or binary payloads).
    pub messages: Vec<Vec<u8>>,
    /// Bytes to send to the peer (handshake response, pongs, close frames, held frames).
    pub out: Vec<u8>,
    /// Pong frames received.
    pub pongs: usize,
    /// The handshake completed during this call.
    pub opened: bool,
}

fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

/// Header values of an HTTP head (name lower-cased; repeated headers joined with ",").
fn headers(head: &str) -> (String, Vec<(String, String)>) {
    let mut lines = head.split("\r\n");
    let first = lines.next().unwrap_or("").to_string();
    let mut hs: Vec<(String, String)> = Vec::new();
    for l in lines.filter(|l| !l.is_empty()) {
        if let Some((n, v)) = l.split_once(':') {
            let n = n.trim().to_ascii_lowercase();
            let v = v.trim().to_string();
            match hs.iter_mut().find(|(k, _)| *k == n) {
                Some((_, old)) => {
                    old.push(',');
                    old.push_str(&v);
                }
                None => hs.push((n, v)),
            }
        }
    }
    (first, hs)
}

fn header<'a>(hs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    hs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn has_token(v: Option<&str>, token: &str) -> bool {
    v.is_some_and(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case(token)))
}

fn http_error(status: &str, extra: &str) -> Vec<u8> {
    format!("HTTP/1.1 {status}\r\n{extra}Connection: close\r\nContent-Length: 0\r\n\r\n").into_bytes()
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    for chunk in out.chunks_mut(8) {
        let r = crate::su::uniqueid::random64().to_ne_bytes();
        chunk.copy_from_slice(&r[..chunk.len()]);
    }
    out
}

impl WsConn {
    /// The accepting side of a connection.
    pub fn server() -> WsConn {
        WsConn { server: true, phase: Phase::ServerHandshake, partial: Vec::new(), partial_op: None, held: Vec::new(), sip_protocol: false }
    }

    /// The connecting side: the state and the Upgrade request to send first (`host` for the
    /// Host header, `path` the request target).
    pub fn client(host: &str, path: &str) -> (WsConn, Vec<u8>) {
        let key = base64::engine::general_purpose::STANDARD.encode(random_bytes::<16>());
        let req = format!(
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: sip\r\n\r\n"
        );
        let expect = accept_key(&key);
        (
            WsConn { server: false, phase: Phase::ClientHandshake { expect }, partial: Vec::new(), partial_op: None, held: Vec::new(), sip_protocol: false },
            req.into_bytes(),
        )
    }

    pub fn is_open(&self) -> bool {
        matches!(self.phase, Phase::Open)
    }

    pub fn is_server(&self) -> bool {
        self.server
    }

    /// Bytes of frames held until the handshake completes.
    pub fn held(&self) -> usize {
        self.held.len()
    }

    /// One data message as a frame (text when it is UTF-8, else binary, RFC 7118 §5.1):
    /// unmasked from a server, masked from a client. Returns the frame if it can go out now;
    /// a client still in its handshake holds it (None). A server still in its handshake
    /// cannot send (Err).
    pub fn wrap(&mut self, data: &[u8]) -> Result<Option<Vec<u8>>, ()> {
        let op = if std::str::from_utf8(data).is_ok() { OP_TEXT } else { OP_BINARY };
        let mask = if self.server { None } else { Some(random_bytes::<4>()) };
        let f = encode_frame(op, data, mask);
        match self.phase {
            Phase::Open => Ok(Some(f)),
            Phase::ClientHandshake { .. } => {
                self.held.extend_from_slice(&f);
                Ok(None)
            }
            Phase::ServerHandshake => Err(()),
        }
    }

    /// A control frame from us (masked when we are the client).
    fn control(&self, op: u8, payload: &[u8]) -> Vec<u8> {
        encode_frame(op, payload, if self.server { None } else { Some(random_bytes::<4>()) })
    }

    /// A close frame with status `code`.
    pub fn close_frame(&self, code: u16) -> Vec<u8> {
        self.control(OP_CLOSE, &code.to_be_bytes())
    }

    /// Consumes what it can from the front of `rbuf` (handshake, then whole frames; a
    /// partial frame stays). `max_message` bounds a data message (all its fragments).
    pub fn input(&mut self, rbuf: &mut Vec<u8>, max_message: usize, res: &mut WsInput) -> Result<(), WsEnd> {
        let mut pos = 0;
        let r = self.input_at(rbuf, &mut pos, max_message, res);
        rbuf.drain(..pos.min(rbuf.len()));
        r
    }

    fn input_at(&mut self, buf: &[u8], pos: &mut usize, max_message: usize, res: &mut WsInput) -> Result<(), WsEnd> {
        if !self.is_open() {
            let Some(end) = find_head_end(buf) else {
                if buf.len() > MAX_HANDSHAKE {
                    if self.server {
                        res.out.extend(http_error("431 Request Header Fields Too Large", ""));
                    }
                    return Err(WsEnd::Handshake("handshake too large".into()));
                }
                return Ok(());
            };
            if end > MAX_HANDSHAKE {
                if self.server {
                    res.out.extend(http_error("431 Request Header Fields Too Large", ""));
                }
                return Err(WsEnd::Handshake("handshake too large".into()));
            }
            let head = String::from_utf8_lossy(&buf[..end]).into_owned();
            *pos = end;
            if self.server {
                self.server_handshake(&head, res)?;
            } else {
                self.client_handshake(&head, res)?;
            }
            self.phase = Phase::Open;
            res.opened = true;
        }
        loop {
            let b = &buf[*pos..];
            if b.len() < 2 {
                return Ok(());
            }
            let (b0, b1) = (b[0], b[1]);
            let fin = b0 & 0x80 != 0;
            let op = b0 & 0x0f;
            let masked = b1 & 0x80 != 0;
            if b0 & 0x70 != 0 {
                return self.fail_protocol("reserved bits set", res);
            }
            if masked != self.server {
                return self.fail_protocol(if self.server { "unmasked client frame" } else { "masked server frame" }, res);
            }
            let (len, mut hdr) = match b1 & 0x7f {
                126 => {
                    if b.len() < 4 {
                        return Ok(());
                    }
                    (u64::from(u16::from_be_bytes([b[2], b[3]])), 4)
                }
                127 => {
                    if b.len() < 10 {
                        return Ok(());
                    }
                    let mut l = [0u8; 8];
                    l.copy_from_slice(&b[2..10]);
                    (u64::from_be_bytes(l), 10)
                }
                n => (u64::from(n), 2),
            };
            let control = op & 0x08 != 0;
            if control {
                if !fin || len > 125 {
                    return self.fail_protocol("bad control frame", res);
                }
            } else {
                match (op, self.partial_op) {
                    (OP_CONT, None) => return self.fail_protocol("continuation without a message", res),
                    (OP_TEXT | OP_BINARY, Some(_)) => return self.fail_protocol("new message inside a fragmented one", res),
                    (OP_CONT | OP_TEXT | OP_BINARY, _) => {}
                    _ => return self.fail_protocol("unknown opcode", res),
                }
                if len > (max_message as u64).saturating_sub(self.partial.len() as u64) {
                    res.out.extend(self.close_frame(CLOSE_TOO_BIG));
                    return Err(WsEnd::TooLarge);
                }
            }
            if control && !matches!(op, OP_CLOSE | OP_PING | OP_PONG) {
                return self.fail_protocol("unknown opcode", res);
            }
            let mask = if masked {
                if b.len() < hdr + 4 {
                    return Ok(());
                }
                let k = [b[hdr], b[hdr + 1], b[hdr + 2], b[hdr + 3]];
                hdr += 4;
                Some(k)
            } else {
                None
            };
            let len = len as usize; // bounded by max_message or 125 above
            if b.len() < hdr + len {
                return Ok(());
            }
            let mut payload = b[hdr..hdr + len].to_vec();
            if let Some(k) = mask {
                for (i, x) in payload.iter_mut().enumerate() {
                    *x ^= k[i % 4];
                }
            }
            *pos += hdr + len;
            match op {
                OP_PING => res.out.extend(self.control(OP_PONG, &payload)),
                OP_PONG => res.pongs += 1,
                OP_CLOSE => {
                    // Echo the status code (RFC 6455 §5.5.1), then the connection ends.
                    let code = if payload.len() >= 2 { u16::from_be_bytes([payload[0], payload[1]]) } else { CLOSE_NORMAL };
                    let reply = if payload.is_empty() { self.control(OP_CLOSE, &[]) } else { self.close_frame(code) };
                    res.out.extend(reply);
                    return Err(WsEnd::PeerClosed);
                }
                _ => {
                    if op != OP_CONT {
                        self.partial_op = Some(op);
                    }
                    if fin && self.partial.is_empty() {
                        res.messages.push(payload);
                    } else {
                        self.partial.extend_from_slice(&payload);
                        if fin {
                            res.messages.push(std::mem::take(&mut self.partial));
                        }
                    }
                    if fin {
                        self.partial_op = None;
                    }
                }
            }
        }
    }

    fn fail_protocol(&self, what: &str, res: &mut WsInput) -> Result<(), WsEnd> {
        res.out.extend(self.close_frame(CLOSE_PROTOCOL));
        Err(WsEnd::Protocol(what.to_string()))
    }

    fn server_handshake(&mut self, head: &str, res: &mut WsInput) -> Result<(), WsEnd> {
        let (first, hs) = headers(head);
        let mut parts = first.split(' ');
        let (method, _target, version) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let reject = |res: &mut WsInput, status: &str, extra: &str, why: &str| -> Result<(), WsEnd> {
            res.out.extend(http_error(status, extra));
            Err(WsEnd::Handshake(why.to_string()))
        };
        if !version.starts_with("HTTP/1.") || version == "HTTP/1.0" {
            return reject(res, "400 Bad Request", "", "not an HTTP/1.1 request");
        }
        if method != "GET" {
            return reject(res, "405 Method Not Allowed", "Allow: GET\r\n", "not a GET request");
        }
        if !has_token(header(&hs, "upgrade"), "websocket") || !has_token(header(&hs, "connection"), "upgrade") {
            return reject(res, "426 Upgrade Required", "Upgrade: websocket\r\n", "not a WebSocket upgrade");
        }
        if header(&hs, "sec-websocket-version").map(str::trim) != Some("13") {
            return reject(res, "426 Upgrade Required", "Sec-WebSocket-Version: 13\r\n", "unsupported WebSocket version");
        }
        let key = header(&hs, "sec-websocket-key").unwrap_or("").trim();
        let decoded = base64::engine::general_purpose::STANDARD.decode(key).unwrap_or_default();
        if decoded.len() != 16 {
            return reject(res, "400 Bad Request", "", "bad Sec-WebSocket-Key");
        }
        let protocols = header(&hs, "sec-websocket-protocol");
        if protocols.is_some() && !has_token(protocols, "sip") {
            return reject(res, "400 Bad Request", "", "no sip subprotocol offered");
        }
        self.sip_protocol = protocols.is_some();
        let proto_line = if self.sip_protocol { "Sec-WebSocket-Protocol: sip\r\n" } else { "" };
        res.out.extend(
            format!(
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {}\r\n{proto_line}\r\n",
                accept_key(key)
            )
            .into_bytes(),
        );
        Ok(())
    }

    fn client_handshake(&mut self, head: &str, res: &mut WsInput) -> Result<(), WsEnd> {
        let (first, hs) = headers(head);
        let mut parts = first.split(' ');
        let (version, status) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        if !version.starts_with("HTTP/1.") || status != "101" {
            return Err(WsEnd::Handshake(format!("server answered: {first}")));
        }
        let Phase::ClientHandshake { expect } = &self.phase else { return Err(WsEnd::Handshake("not connecting".into())) };
        if header(&hs, "sec-websocket-accept").map(str::trim) != Some(expect.as_str()) {
            return Err(WsEnd::Handshake("wrong Sec-WebSocket-Accept".into()));
        }
        if !has_token(header(&hs, "upgrade"), "websocket") {
            return Err(WsEnd::Handshake("no Upgrade: websocket".into()));
        }
        self.sip_protocol = has_token(header(&hs, "sec-websocket-protocol"), "sip");
        res.out.append(&mut self.held);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6455_accept_example() {
        assert_eq!(accept_key("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    fn handshake(extra: &str) -> String {
        format!("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n")
    }

    fn open_server() -> WsConn {
        let mut s = WsConn::server();
        let mut buf = handshake("Sec-WebSocket-Protocol: sip\r\n").into_bytes();
        let mut r = WsInput::default();
        s.input(&mut buf, 1000, &mut r).unwrap();
        assert!(s.is_open() && r.opened);
        let text = String::from_utf8(r.out).unwrap();
        assert!(text.starts_with("HTTP/1.1 101 "), "{text}");
        assert!(text.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
        assert!(text.contains("Sec-WebSocket-Protocol: sip\r\n"));
        s
    }

    #[test]
    fn frames_fragments_control() {
        let mut s = open_server();
        let k = Some([1, 2, 3, 4]);
        let mut buf = Vec::new();
        buf.extend(encode_frame_fin(false, OP_TEXT, b"hel", k));
        buf.extend(encode_frame(OP_PING, b"p", k));
        buf.extend(encode_frame_fin(false, OP_CONT, b"l", k));
        buf.extend(encode_frame_fin(true, OP_CONT, b"o", k));
        buf.extend(encode_frame(OP_BINARY, &[0xff; 300], k));
        let half = encode_frame(OP_TEXT, b"next", k);
        buf.extend(&half[..3]);
        let mut r = WsInput::default();
        s.input(&mut buf, 1000, &mut r).unwrap();
        assert_eq!(r.messages, vec![b"hello".to_vec(), vec![0xff; 300]]);
        assert_eq!(r.out, encode_frame(OP_PONG, b"p", None));
        assert_eq!(buf.len(), 3);
        buf.extend(&half[3..]);
        let mut r = WsInput::default();
        s.input(&mut buf, 1000, &mut r).unwrap();
        assert_eq!(r.messages, vec![b"next".to_vec()]);
        assert!(buf.is_empty());
        let mut buf = encode_frame(OP_CLOSE, &1000u16.to_be_bytes(), k);
        let mut r = WsInput::default();
        assert_eq!(s.input(&mut buf, 1000, &mut r), Err(WsEnd::PeerClosed));
        assert_eq!(r.out, encode_frame(OP_CLOSE, &1000u16.to_be_bytes(), None));
    }

    #[test]
    fn violations() {
        let k = Some([9, 8, 7, 6]);
        let cases: Vec<(Vec<u8>, WsEnd)> = vec![
            (encode_frame(OP_TEXT, b"x", None), WsEnd::Protocol("unmasked client frame".into())),
            (encode_frame(OP_CONT, b"x", k), WsEnd::Protocol("continuation without a message".into())),
            (encode_frame(0x3, b"x", k), WsEnd::Protocol("unknown opcode".into())),
            (encode_frame(OP_PING, &[0; 126], k), WsEnd::Protocol("bad control frame".into())),
            (encode_frame(OP_TEXT, &[b'a'; 2000], k), WsEnd::TooLarge),
            ({ let mut f = encode_frame(OP_TEXT, b"x", k); f[0] |= 0x40; f }, WsEnd::Protocol("reserved bits set".into())),
            // A 64-bit length far over the limit: refused from the header alone.
            (vec![0x81, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], WsEnd::TooLarge),
        ];
        for (mut buf, want) in cases {
            let mut s = open_server();
            let mut r = WsInput::default();
            assert_eq!(s.input(&mut buf, 1000, &mut r), Err(want.clone()));
            let code = if want == WsEnd::TooLarge { CLOSE_TOO_BIG } else { CLOSE_PROTOCOL };
            assert_eq!(r.out, encode_frame(OP_CLOSE, &code.to_be_bytes(), None));
        }
    }

    #[test]
    fn bad_handshakes() {
        let cases = [
            ("POST / HTTP/1.1\r\nHost: x\r\n\r\n", "405"),
            ("GET / HTTP/1.0\r\nHost: x\r\n\r\n", "400"),
            ("GET / HTTP/1.1\r\nHost: x\r\n\r\n", "426"),
            (&handshake("Sec-WebSocket-Protocol: chat\r\n"), "400"),
            (&handshake("").replace("Version: 13", "Version: 8"), "426"),
            (&handshake("").replace("dGhlIHNhbXBsZSBub25jZQ==", "c2hvcnQ="), "400"),
        ];
        for (req, status) in cases {
            let mut s = WsConn::server();
            let mut buf = req.as_bytes().to_vec();
            let mut r = WsInput::default();
            assert!(matches!(s.input(&mut buf, 1000, &mut r), Err(WsEnd::Handshake(_))), "{req}");
            let text = String::from_utf8(r.out).unwrap();
            assert!(text.starts_with(&format!("HTTP/1.1 {status} ")), "{req} -> {text}");
        }
        // Without a subprotocol offer: accepted, none chosen.
        let mut s = WsConn::server();
        let mut buf = handshake("").into_bytes();
        let mut r = WsInput::default();
        s.input(&mut buf, 1000, &mut r).unwrap();
        assert!(!String::from_utf8(r.out).unwrap().contains("Sec-WebSocket-Protocol"));
        // Endless header: 431.
        let mut s = WsConn::server();
        let mut buf = vec![b'a'; MAX_HANDSHAKE + 1];
        let mut r = WsInput::default();
        assert!(s.input(&mut buf, 1000, &mut r).is_err());
        assert!(r.out.starts_with(b"HTTP/1.1 431 "));
    }

    #[test]
    fn client_server_pair() {
        let (mut c, req) = WsConn::client("127.0.0.1:5066", "/");
        assert_eq!(c.wrap(b"OPTIONS").unwrap(), None);
        let mut s = WsConn::server();
        let mut buf = req;
        let mut r = WsInput::default();
        s.input(&mut buf, 1000, &mut r).unwrap();
        assert!(s.sip_protocol);
        let mut back = r.out;
        back.extend(s.wrap(b"SIP/2.0 200 OK").unwrap().unwrap());
        let mut r = WsInput::default();
        c.input(&mut back, 1000, &mut r).unwrap();
        assert!(c.is_open() && c.sip_protocol);
        assert_eq!(r.messages, vec![b"SIP/2.0 200 OK".to_vec()]);
        // The held frame goes out after the 101, masked.
        let mut held = r.out;
        let mut r = WsInput::default();
        s.input(&mut held, 1000, &mut r).unwrap();
        assert_eq!(r.messages, vec![b"OPTIONS".to_vec()]);
        // A wrong accept value fails the client.
        let (mut c, _) = WsConn::client("h", "/");
        let mut bad = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: xyz\r\n\r\n".to_vec();
        assert!(matches!(c.input(&mut bad, 1000, &mut WsInput::default()), Err(WsEnd::Handshake(_))));
        let (mut c, _) = WsConn::client("h", "/");
        let mut bad = b"HTTP/1.1 404 Not Found\r\n\r\n".to_vec();
        assert!(matches!(c.input(&mut bad, 1000, &mut WsInput::default()), Err(WsEnd::Handshake(_))));
    }
}
