//! The transport layer (`tport`): UDP and TCP over IPv4/IPv6 on a root's event loop.
//!
//! A [`Tport`] belongs to one root and is used on its thread. It owns the bound sockets
//! ("primaries": one UDP socket and/or one TCP listener per bind) and the TCP connections
//! (accepted or opened by [`Tport::send`]). Every socket is non-blocking and watched through
//! [`crate::su::watch::Watch`]; nothing here ever blocks the loop.
//!
//! Incoming data becomes [`TportEvent`]s delivered to the callback given at creation:
//! - UDP: each datagram is parsed as one message (`parse_message(Datagram)`); datagrams that
//!   do not parse, or that hold only CR/LF (keep-alives), are dropped.
//! - TCP: bytes accumulate in a per-connection buffer and are framed by Content-Length
//!   (`frame(Stream)`); each complete message is parsed and delivered. A message larger than
//!   [`Config::max_message`] or bytes that are not SIP close that connection only.
//!   RFC 5626 keep-alive: a double CRLF ("ping") is answered with a single CRLF ("pong"); a
//!   single CRLF between messages is ignored (or reported as [`TportEvent::Pong`] after
//!   [`Tport::ping`]).
//!
//! - TLS (`sips:` / `;transport=tls`, [`Proto::Tls`]): TCP connections carrying rustls
//!   (see [`tls`]); the handshake is driven by the same fd watch (read and write readiness)
//!   and never blocks; afterwards the decrypted stream is framed exactly as TCP. A failed
//!   handshake or a bad certificate fails that connection only ([`TportEvent::Error`]).
//!
//! - WebSocket (`;transport=ws`, [`Proto::Ws`]; `;transport=wss`, [`Proto::Wss`] = the same
//!   over TLS), RFC 7118: accepted connections first go through the HTTP Upgrade handshake
//!   (see [`ws`]), then each WebSocket data message is one SIP message (parsed as a datagram:
//!   Content-Length optional); what we send on such a connection goes out as one frame.
//!   Requests to a ws/wss destination open a connection and do the client handshake.
//!
//! Events are delivered from the loop (never from inside a `Tport` method), so the callback
//! may call any `Tport` method, including sends, and may drop the `Tport`.
//!
//! Internal API: `pub` only so that the crate's integration tests (and later nta) can use it;
//! nothing here is exported from the C library.

pub mod addr;
pub mod dump;
pub mod msglog;
pub mod hep;
pub mod tags;
pub mod tls;
pub mod ws;

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::ffi::c_short;
use std::fmt;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::os::fd::AsRawFd;
use std::rc::{Rc, Weak};
use std::time::{Duration, Instant};

use crate::msg::frame::{self, FrameError, Limits, Transport};
use crate::msg::message::MsgObj;
use crate::su::log::tport_log;
use crate::su::root::su_root_t;
use crate::su::timer::Timer;
use crate::su::watch::{Watch, POLLIN, POLLOUT};
use crate::su_debug;

/// Transport protocols.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Proto {
    Udp,
    Tcp,
    /// TLS over TCP.
    Tls,
    /// SIP over WebSocket (RFC 7118).
    Ws,
    /// SIP over secure WebSocket (WebSocket over TLS).
    Wss,
}

impl Proto {
    pub fn name(self) -> &'static str {
        match self {
            Proto::Udp => "udp",
            Proto::Tcp => "tcp",
            Proto::Tls => "tls",
            Proto::Ws => "ws",
            Proto::Wss => "wss",
        }
    }

    /// WebSocket, plain or secure.
    pub fn is_ws(self) -> bool {
        matches!(self, Proto::Ws | Proto::Wss)
    }

    /// Over TLS (TLS, WSS).
    pub fn is_secure(self) -> bool {
        matches!(self, Proto::Tls | Proto::Wss)
    }

    /// A connection-oriented protocol (everything but UDP).
    pub fn is_stream(self) -> bool {
        !matches!(self, Proto::Udp)
    }
}

/// Identifies one TCP or TLS connection of a [`Tport`] (never reused).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConnId(pub u64);

/// Limits and policies (`TPTAG_*` equivalents noted).
#[derive(Clone, Debug)]
pub struct Config {
    /// Largest message accepted (`TPTAG_MAXSIZE`).
    pub max_message: usize,
    /// Close connections without traffic for this long (`TPTAG_IDLE`); 0 = never.
    pub idle_timeout_ms: u32,
    /// Fail connection attempts that take longer (`TPTAG_TIMEOUT`-like); 0 = never.
    pub connect_timeout_ms: u32,
    /// Most simultaneous TCP connections (accepted + opened); more are refused.
    pub max_connections: usize,
    /// Most bytes queued for sending on one connection; a send beyond fails with ENOBUFS.
    pub max_queued: usize,
    /// Reuse an existing connection to the destination for sends (`TPTAG_REUSE`).
    pub reuse: bool,
    /// TLS: certificate directory, verification policy, ciphers (`TPTAG_TLS_*`).
    pub tls: tls::TlsConfig,
    /// Log every message sent and received (`TPTAG_LOG`; also `TPORT_LOG` in the environment).
    pub log: bool,
    /// HEPv3 copies of every message (`TPTAG_CAPT`).
    pub capture: Option<std::sync::Arc<hep::Capture>>,
    /// Raw copies of every message in a file (`TPTAG_DUMP`; `TPORT_DUMP` / `MSG_DUMP` in the
    /// environment take precedence, see [`Tport::new`]).
    pub dump: Option<std::sync::Arc<dump::Dump>>,
    /// Send an RFC 5626 keep-alive ping (CRLF CRLF) on every TCP/TLS connection this often
    /// (`TPTAG_KEEPALIVE`, ms); 0 or `u32::MAX` = never.
    pub keepalive_ms: u32,
    /// Close a connection (error `BrokenPipe`) when nothing arrives within this long after a
    /// keep-alive ping (`TPTAG_PINGPONG`, ms); 0 = never.
    pub pingpong_ms: u32,
    /// Answer a received ping (CRLF CRLF) with a pong (CRLF) (`TPTAG_PONG2PING`).
    pub pong2ping: bool,
    /// TCP keep-alive of the kernel on every connection (`SO_KEEPALIVE`), with this many
    /// seconds as idle time and probe interval (`TPTAG_SOCKET_KEEPALIVE`); 0 or `u32::MAX` =
    /// the system's timing.
    pub socket_keepalive_s: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_message: 65536,
            idle_timeout_ms: 30 * 60 * 1000,
            connect_timeout_ms: 32_000,
            max_connections: 1024,
            max_queued: 1 << 20,
            reuse: true,
            tls: tls::TlsConfig::default(),
            log: false,
            capture: None,
            dump: None,
            keepalive_ms: 0,
            pingpong_ms: 0,
            pong2ping: false,
            socket_keepalive_s: 30,
        }
    }
}

/// A received message. The message is owned by this value (freed on drop) until
/// [`IncomingMsg::into_raw`] hands it over.
pub struct IncomingMsg {
    msg: *mut MsgObj,
    /// Where it came from.
    pub peer: SocketAddr,
    /// The local address it arrived on.
    pub local: SocketAddr,
    pub proto: Proto,
    /// The connection (TCP, TLS), to send responses on it.
    pub conn: Option<ConnId>,
}

impl IncomingMsg {
    /// The message (still owned by `self`).
    pub fn msg(&self) -> *mut MsgObj {
        self.msg
    }

    /// Takes the message: the caller must `msg_destroy()` it.
    pub fn into_raw(self) -> *mut MsgObj {
        let m = self.msg;
        std::mem::forget(self);
        m
    }
}

impl Drop for IncomingMsg {
    fn drop(&mut self) {
        // SAFETY: we own one reference to a message made by parse_message.
        unsafe { crate::msg::api::msg_destroy(self.msg) };
    }
}

impl fmt::Debug for IncomingMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IncomingMsg").field("peer", &self.peer).field("proto", &self.proto).field("conn", &self.conn).finish()
    }
}

/// Why a connection was closed without an I/O error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CloseReason {
    /// The peer closed its end (EOF).
    PeerClosed,
    /// No traffic for [`Config::idle_timeout_ms`].
    Idle,
    /// A message exceeded [`Config::max_message`] (or another framing limit).
    TooLarge,
    /// Bytes that are not a SIP message.
    Garbage(FrameError),
    /// A WebSocket connection broke the protocol: a refused handshake (answered with an HTTP
    /// 4xx) or a framing violation (close frame 1002 sent).
    WebSocket(String),
}

#[derive(Debug)]
pub enum TportEvent {
    Message(IncomingMsg),
    /// A connection failed: connect refused or timed out (`ErrorKind::TimedOut` after
    /// [`Config::connect_timeout_ms`]), a read or write error. The
    /// connection is gone; `unsent` bytes that were queued on it were dropped.
    Error { conn: ConnId, peer: SocketAddr, error: io::Error, unsent: usize },
    /// A connection was closed for `reason` (no I/O error); `unsent` queued bytes dropped.
    Closed { conn: ConnId, peer: SocketAddr, reason: CloseReason, unsent: usize },
    /// A CRLF answer to our [`Tport::ping`].
    Pong { conn: ConnId, peer: SocketAddr },
    /// An ICMP error for a datagram we sent to `peer` (port or host unreachable): nothing
    /// listens there.
    Unreachable { peer: SocketAddr, error: io::Error },
}

/// A snapshot of one connection.
#[derive(Debug, Clone)]
pub struct ConnInfo {
    pub proto: Proto,
    pub peer: SocketAddr,
    pub local: Option<SocketAddr>,
    /// Opened by us (else accepted).
    pub outgoing: bool,
    /// Still connecting (TCP connect or TLS handshake).
    pub connecting: bool,
    /// Bytes waiting to be written.
    pub queued: usize,
}

type Callback = Box<dyn FnMut(&Tport, TportEvent)>;

/// The transport object of one root (a cheap, clonable handle; the last clone closes
/// everything). Use it only on the root's thread, and drop it before destroying the root.
#[derive(Clone)]
pub struct Tport(Rc<Shared>);

struct Shared {
    root: *mut su_root_t,
    me: Weak<Shared>,
    inner: RefCell<Inner>,
    pending: RefCell<VecDeque<TportEvent>>,
    cb: RefCell<Option<Callback>>,
    dispatching: Cell<bool>,
    /// Zero-delay timer delivering events queued outside a loop callback.
    kick: Timer,
    /// Idle-connection sweep.
    sweep: Timer,
}

struct Inner {
    cfg: Config,
    primaries: Vec<Primary>,
    conns: HashMap<ConnId, Conn>,
    /// Connection to reuse per protocol and peer address (the newest one).
    by_peer: HashMap<(Proto, SocketAddr), ConnId>,
    /// TLS client configuration, made at the first outgoing TLS connection.
    tls_client: Option<std::sync::Arc<rustls::ClientConfig>>,
    next_id: u64,
    /// Receive buffer (one datagram / one read).
    rx: Vec<u8>,
}

// Field order matters: the watch is dropped (deregistered) before its socket is closed.
struct Primary {
    watch: Option<Watch>,
    sock: PrimarySock,
    addr: SocketAddr,
}

enum PrimarySock {
    Udp(UdpSocket),
    Tcp(TcpListener),
    Tls(TcpListener, std::sync::Arc<rustls::ServerConfig>),
    Ws(TcpListener),
    Wss(TcpListener, std::sync::Arc<rustls::ServerConfig>),
}

impl PrimarySock {
    fn proto(&self) -> Proto {
        match self {
            PrimarySock::Udp(_) => Proto::Udp,
            PrimarySock::Tcp(_) => Proto::Tcp,
            PrimarySock::Tls(..) => Proto::Tls,
            PrimarySock::Ws(_) => Proto::Ws,
            PrimarySock::Wss(..) => Proto::Wss,
        }
    }
}

struct Conn {
    watch: Option<Watch>,
    stream: TcpStream,
    proto: Proto,
    /// TLS state (Proto::Tls, Proto::Wss).
    tls: Option<Box<tls::TlsConn>>,
    /// WebSocket state (Proto::Ws, Proto::Wss).
    ws: Option<Box<ws::WsConn>>,
    peer: SocketAddr,
    local: Option<SocketAddr>,
    outgoing: bool,
    connecting: bool,
    /// The events the watch is registered for.
    reg_events: c_short,
    rbuf: Vec<u8>,
    wbuf: Vec<u8>,
    woff: usize,
    last_active: Instant,
    ping_out: bool,
    /// When the last keep-alive ping went out (or the connection was made).
    ktime: Instant,
    /// The first keep-alive ping not followed by any input yet.
    ptime: Option<Instant>,
}

impl Conn {
    /// Bytes waiting to be written (plaintext held during a TLS handshake included).
    fn queued(&self) -> usize {
        self.wpending() + self.tls.as_ref().map_or(0, |t| t.pending_plain()) + self.ws.as_ref().map_or(0, |w| w.held())
    }

    /// Bytes ready for the socket.
    fn wpending(&self) -> usize {
        self.wbuf.len() - self.woff
    }

    /// Connecting, or in the TLS or WebSocket handshake.
    fn in_setup(&self) -> bool {
        self.connecting || self.tls.as_ref().is_some_and(|t| t.handshaking()) || self.ws.as_ref().is_some_and(|w| !w.is_open())
    }

    /// What a connection still in setup is waiting for.
    fn setup_stage(&self) -> &'static str {
        if self.connecting {
            "tport: connect timed out"
        } else if self.tls.as_ref().is_some_and(|t| t.handshaking()) {
            "tport: TLS handshake timed out"
        } else {
            "tport: WebSocket handshake timed out"
        }
    }

    fn info(&self) -> ConnInfo {
        ConnInfo {
            proto: self.proto,
            peer: self.peer,
            local: self.local,
            outgoing: self.outgoing,
            connecting: self.in_setup(),
            queued: self.queued(),
        }
    }

    fn events(&self) -> c_short {
        if self.connecting {
            POLLOUT
        } else if self.wpending() > 0 {
            POLLIN | POLLOUT
        } else {
            POLLIN
        }
    }

    /// Watch for writability exactly while connecting or while data is queued.
    fn update_watch(&mut self) {
        let ev = self.events();
        if ev != self.reg_events {
            if let Some(w) = &self.watch {
                if w.set_events(ev).is_ok() {
                    self.reg_events = ev;
                }
            }
        }
    }

    /// Plaintext for the peer: into TLS, or straight into the socket buffer.
    fn push_out(&mut self, data: &[u8]) -> io::Result<()> {
        match &mut self.tls {
            Some(t) => t.write_plain(data),
            None => {
                self.wbuf.extend_from_slice(data);
                Ok(())
            }
        }
    }

    /// Write what is queued; Err on a fatal write error.
    fn flush(&mut self) -> io::Result<()> {
        if let Some(t) = &mut self.tls {
            t.drain_to(&mut self.wbuf)?;
        }
        while self.woff < self.wbuf.len() {
            match (&self.stream).write(&self.wbuf[self.woff..]) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => {
                    self.woff += n;
                    self.last_active = Instant::now();
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        if self.woff == self.wbuf.len() {
            self.wbuf.clear();
            self.woff = 0;
        } else if self.woff > 64 * 1024 {
            self.wbuf.drain(..self.woff);
            self.woff = 0;
        }
        self.update_watch();
        Ok(())
    }

    /// One message for the peer: a WebSocket frame on WebSocket connections (held while a
    /// client handshake is in progress), else the bytes themselves.
    fn push_msg(&mut self, data: &[u8]) -> io::Result<()> {
        match &mut self.ws {
            Some(w) => match w.wrap(data) {
                Ok(Some(frame)) => self.push_out(&frame),
                Ok(None) => Ok(()),
                Err(()) => Err(io::Error::new(io::ErrorKind::NotConnected, "tport: WebSocket handshake not finished")),
            },
            None => self.push_out(data),
        }
    }

    /// Queue `data` and write as much as possible now.
    fn send(&mut self, data: &[u8], max_queued: usize) -> io::Result<()> {
        if self.queued() + data.len() > max_queued.max(data.len()) && self.queued() > 0 {
            return Err(io::Error::from_raw_os_error(libc::ENOBUFS));
        }
        self.push_msg(data)?;
        if self.connecting {
            return Ok(());
        }
        self.flush()
    }
}

/// What processing a connection's input decided.
enum ConnFate {
    Keep,
    Close(CloseReason),
    Fail(io::Error),
}

impl Tport {
    /// A transport object on `root` with no sockets yet (see [`Tport::bind`]); `cb` receives
    /// every event.
    ///
    /// # Safety
    /// `root` must be a live root used on this thread, outliving the `Tport` (drop every
    /// clone before `su_root_destroy`).
    ///
    /// `TPORT_DUMP` (else `MSG_DUMP`) in the environment replaces [`Config::dump`].
    pub unsafe fn new(root: *mut su_root_t, mut cfg: Config, cb: impl FnMut(&Tport, TportEvent) + 'static) -> io::Result<Tport> {
        if let Some(p) = dump::env_path() {
            if cfg.dump.as_ref().is_none_or(|d| d.path() != p) {
                cfg.dump = dump::Dump::open(&p);
            }
        }
        // SAFETY: caller contract (live root on this thread).
        let kick = unsafe { Timer::new(root) }.ok_or_else(|| io::Error::from_raw_os_error(libc::EFAULT))?;
        // SAFETY: as above.
        let sweep = unsafe { Timer::new(root) }.ok_or_else(|| io::Error::from_raw_os_error(libc::EFAULT))?;
        let rx_len = cfg.max_message.clamp(1, 65536) + 1;
        Ok(Tport(Rc::new_cyclic(|me| Shared {
            root,
            me: me.clone(),
            inner: RefCell::new(Inner {
                cfg,
                primaries: Vec::new(),
                conns: HashMap::new(),
                by_peer: HashMap::new(),
                tls_client: None,
                next_id: 1,
                rx: vec![0; rx_len.max(65536)],
            }),
            pending: RefCell::new(VecDeque::new()),
            cb: RefCell::new(Some(Box::new(cb))),
            dispatching: Cell::new(false),
            kick,
            sweep,
        })))
    }

    /// Binds sockets for `spec` (see [`addr::parse_spec`]) on each of `protos` (all of UDP
    /// and TCP when empty; a `;transport=` parameter restricts them). With port 0 every
    /// protocol gets the same (ephemeral) port. Returns what was bound.
    pub fn bind(&self, spec: &str, protos: &[Proto]) -> io::Result<Vec<(Proto, SocketAddr)>> {
        let (addr, tp) = addr::parse_spec(spec)?;
        let protos: Vec<Proto> = match tp {
            Some(p) if protos.is_empty() || protos.contains(&p) => vec![p],
            Some(_) => return Err(io::Error::new(io::ErrorKind::InvalidInput, "tport: transport parameter conflicts with protocols")),
            None if protos.is_empty() => vec![Proto::Udp, Proto::Tcp],
            None => protos.to_vec(),
        };
        let tls_server = if protos.contains(&Proto::Tls) {
            Some(tls::server_config(&self.0.inner.borrow().cfg.tls)?)
        } else {
            None
        };
        let wss_server = if protos.contains(&Proto::Wss) {
            Some(tls::wss_server_config(&self.0.inner.borrow().cfg.tls)?)
        } else {
            None
        };
        let attempts = if addr.port() == 0 && protos.len() > 1 { 16 } else { 1 };
        let mut last_err = None;
        for _ in 0..attempts {
            match open_primaries(addr, &protos, tls_server.as_ref(), wss_server.as_ref()) {
                Ok(socks) => {
                    let mut bound = Vec::new();
                    for (sock, local) in socks {
                        let proto = sock.proto();
                        let i = {
                            let mut inner = self.0.inner.borrow_mut();
                            inner.primaries.push(Primary { watch: None, sock, addr: local });
                            inner.primaries.len() - 1
                        };
                        let weak = self.0.me.clone();
                        let fd = self.0.inner.borrow().primaries[i].fd();
                        // SAFETY: live root (Tport contract); the socket stays open while the
                        // primary (which drops the watch first) exists.
                        let w = unsafe {
                            Watch::new(self.0.root, fd, POLLIN, move |_rev| {
                                if let Some(s) = weak.upgrade() {
                                    s.on_primary(i);
                                    s.dispatch();
                                }
                            })
                        }?;
                        self.0.inner.borrow_mut().primaries[i].watch = Some(w);
                        su_debug!(tport_log, 5, "tport: bound {}/{}\n", proto.name(), local);
                        bound.push((proto, local));
                    }
                    return Ok(bound);
                }
                Err(e) if e.kind() == io::ErrorKind::AddrInUse => last_err = Some(e),
                Err(e) => return Err(e),
            }
        }
        Err(last_err.unwrap_or_else(|| io::ErrorKind::AddrInUse.into()))
    }

    /// Every bound (protocol, local address).
    /// Reads the certificates again (from `cert_dir`, or the directory configured before)
    /// for the TLS and WSS listeners and for new outgoing TLS connections
    /// (`tport_reload_tls()`); open connections keep theirs. On an error (certificates that
    /// do not load) nothing changes.
    pub fn reload_tls(&self, cert_dir: Option<std::path::PathBuf>) -> io::Result<()> {
        let mut inner = self.0.inner.borrow_mut();
        let mut tls = inner.cfg.tls.clone();
        if let Some(d) = cert_dir {
            tls.cert_dir = Some(d);
        }
        let has = |p: Proto| inner.primaries.iter().any(|x| x.sock.proto() == p);
        let tls_cfg = if has(Proto::Tls) { Some(tls::server_config(&tls)?) } else { None };
        let wss_cfg = if has(Proto::Wss) { Some(tls::wss_server_config(&tls)?) } else { None };
        for p in inner.primaries.iter_mut() {
            match &mut p.sock {
                PrimarySock::Tls(_, c) => {
                    if let Some(n) = &tls_cfg {
                        *c = n.clone();
                    }
                }
                PrimarySock::Wss(_, c) => {
                    if let Some(n) = &wss_cfg {
                        *c = n.clone();
                    }
                }
                _ => {}
            }
        }
        inner.tls_client = None;
        inner.cfg.tls = tls;
        Ok(())
    }

    /// The fork's `tport_reload_tls()`: every TLS and WSS listener reads its certificates
    /// again from `cert_dir`, each on its own (one whose certificates do not load keeps the
    /// old ones); the number of listeners reloaded. New outgoing TLS connections use the
    /// new certificates when the TLS ones loaded.
    pub fn reload_tls_each(&self, cert_dir: std::path::PathBuf) -> usize {
        let mut inner = self.0.inner.borrow_mut();
        let mut tls = inner.cfg.tls.clone();
        tls.cert_dir = Some(cert_dir);
        let has = |p: Proto| inner.primaries.iter().any(|x| x.sock.proto() == p);
        let tls_cfg = if has(Proto::Tls) { tls::server_config(&tls).ok() } else { None };
        let wss_cfg = if has(Proto::Wss) { tls::wss_server_config(&tls).ok() } else { None };
        let mut n = 0;
        for p in inner.primaries.iter_mut() {
            match (&mut p.sock, &tls_cfg, &wss_cfg) {
                (PrimarySock::Tls(_, c), Some(new), _) | (PrimarySock::Wss(_, c), _, Some(new)) => {
                    *c = new.clone();
                    n += 1;
                }
                _ => {}
            }
        }
        if tls_cfg.is_some() {
            inner.tls_client = None;
        }
        if n > 0 {
            inner.cfg.tls = tls;
        }
        n
    }

    pub fn local_addrs(&self) -> Vec<(Proto, SocketAddr)> {
        self.0
            .inner
            .borrow()
            .primaries
            .iter()
            .map(|p| (p.sock.proto(), p.addr))
            .collect()
    }

    /// The first bound address of `proto`.
    pub fn local_addr(&self, proto: Proto) -> Option<SocketAddr> {
        self.local_addrs().into_iter().find(|(p, _)| *p == proto).map(|(_, a)| a)
    }

    /// Sends `data` (one or more whole messages) to `dest`. UDP: one datagram from the bound
    /// UDP socket of `dest`'s address family. TCP: over the connection to `dest` if there is
    /// one (accepted or opened, when [`Config::reuse`]), else over a new connection (data is
    /// queued until it is connected). Returns the connection used (TCP).
    ///
    /// Errors found at once (no socket of that family, connect refused immediately, a write
    /// error) are returned; later ones arrive as [`TportEvent::Error`].
    ///
    /// TLS: as TCP, over a TLS connection; the server is verified (under
    /// [`tls::VERIFY_OUT`]) against its IP address. Use [`Tport::send_named`] to give the
    /// SIP URI host instead.
    pub fn send(&self, proto: Proto, dest: SocketAddr, data: &[u8]) -> io::Result<Option<ConnId>> {
        self.send_named(proto, dest, None, data)
    }

    /// As [`Tport::send`]; a new TLS connection presents `host` (the SIP URI host, a DNS name
    /// or IP address) as server name (SNI) and verifies the certificate against it.
    pub fn send_named(&self, proto: Proto, dest: SocketAddr, host: Option<&str>, data: &[u8]) -> io::Result<Option<ConnId>> {
        let r = match proto {
            Proto::Udp => self.0.send_udp(dest, data).map(|_| None),
            Proto::Tcp | Proto::Tls | Proto::Ws | Proto::Wss => self.0.send_stream(proto, dest, host, data).map(Some),
        };
        self.0.kick_if_pending();
        r
    }

    /// Serializes `msg` and sends it as [`Tport::send`] does.
    ///
    /// # Safety
    /// `msg` must be a valid message.
    pub unsafe fn send_msg(&self, proto: Proto, dest: SocketAddr, msg: *const MsgObj) -> io::Result<Option<ConnId>> {
        // SAFETY: caller contract.
        let bytes = unsafe { crate::sip::message::serialize(msg, 0) };
        self.send(proto, dest, &bytes)
    }

    /// Sends `data` on connection `conn` (e.g. a response on the request's connection).
    pub fn send_on(&self, conn: ConnId, data: &[u8]) -> io::Result<()> {
        let r = self.0.send_on(conn, data);
        self.0.kick_if_pending();
        r
    }

    /// Sends an RFC 5626 keep-alive ping (CRLF CRLF) on `conn`; the answer is reported as
    /// [`TportEvent::Pong`].
    pub fn ping(&self, conn: ConnId) -> io::Result<()> {
        let r = self.0.send_on_rec(conn, b"\r\n\r\n", false);
        if r.is_ok() {
            if let Some(c) = self.0.inner.borrow_mut().conns.get_mut(&conn) {
                c.ping_out = true;
            }
        }
        self.0.kick_if_pending();
        r
    }

    /// The connection that a TCP send to `peer` would reuse (else a TLS one).
    pub fn connection_to(&self, peer: SocketAddr) -> Option<ConnId> {
        self.connection_to_proto(Proto::Tcp, peer).or_else(|| self.connection_to_proto(Proto::Tls, peer))
    }

    /// The connection that a `proto` send to `peer` would reuse.
    pub fn connection_to_proto(&self, proto: Proto, peer: SocketAddr) -> Option<ConnId> {
        self.0.inner.borrow().by_peer.get(&(proto, peer)).copied()
    }

    pub fn conn_info(&self, conn: ConnId) -> Option<ConnInfo> {
        self.0.inner.borrow().conns.get(&conn).map(Conn::info)
    }

    pub fn connections(&self) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.0.inner.borrow().conns.keys().copied().collect();
        v.sort();
        v
    }

    /// Closes `conn` at once (queued data is dropped; no event). False if there is none.
    pub fn close(&self, conn: ConnId) -> bool {
        let c = self.0.remove_conn(conn);
        let found = c.is_some();
        drop(c);
        found
    }

    /// Replaces the event callback.
    pub fn set_callback(&self, cb: impl FnMut(&Tport, TportEvent) + 'static) {
        *self.0.cb.borrow_mut() = Some(Box::new(cb));
    }

    pub fn config(&self) -> Config {
        self.0.inner.borrow().cfg.clone()
    }

    /// Message logging and capture (`TPTAG_LOG`, `TPTAG_CAPT`) can change at any time.
    pub fn set_logging(&self, log: Option<bool>, capture: Option<Option<std::sync::Arc<hep::Capture>>>) {
        let mut inner = self.0.inner.borrow_mut();
        if let Some(l) = log {
            inner.cfg.log = l;
        }
        if let Some(c) = capture {
            inner.cfg.capture = c;
        }
    }
}

impl Tport {
    /// Dump file (`TPTAG_DUMP`) at run time: a new file name starts a new dump, the same
    /// name keeps the current one, None keeps it too (as Sofia). A dump asked for by the
    /// environment (`TPORT_DUMP`, `MSG_DUMP`) is never replaced.
    pub fn set_dump(&self, path: Option<&str>) {
        let Some(path) = path else { return };
        if dump::env_path().is_some() {
            return;
        }
        let mut inner = self.0.inner.borrow_mut();
        if inner.cfg.dump.as_ref().is_some_and(|d| d.path() == path) {
            return;
        }
        inner.cfg.dump = dump::Dump::open(path);
    }

    /// `TPTAG_SOCKET_KEEPALIVE` at run time: connections made from now on use it.
    pub fn set_socket_keepalive(&self, secs: u32) {
        self.0.inner.borrow_mut().cfg.socket_keepalive_s = secs;
    }

    /// Keep-alive parameters (`TPTAG_KEEPALIVE`, `TPTAG_PINGPONG`, `TPTAG_PONG2PING`) at run
    /// time; None leaves one unchanged. Open connections use the new values from now on.
    pub fn set_keepalive(&self, keepalive_ms: Option<u32>, pingpong_ms: Option<u32>, pong2ping: Option<bool>) {
        {
            let mut inner = self.0.inner.borrow_mut();
            if let Some(k) = keepalive_ms {
                inner.cfg.keepalive_ms = k;
            }
            if let Some(p) = pingpong_ms {
                inner.cfg.pingpong_ms = p;
            }
            if let Some(p) = pong2ping {
                inner.cfg.pong2ping = p;
            }
        }
        // A shorter period than the running sweep's: start over.
        self.0.sweep.reset();
        self.0.arm_sweep();
    }
}

fn open_primaries(
    addr: SocketAddr,
    protos: &[Proto],
    tls_server: Option<&std::sync::Arc<rustls::ServerConfig>>,
    wss_server: Option<&std::sync::Arc<rustls::ServerConfig>>,
) -> io::Result<Vec<(PrimarySock, SocketAddr)>> {
    let mut port = addr.port();
    let mut out = Vec::new();
    for &p in protos {
        let a = SocketAddr::new(addr.ip(), port);
        let (sock, local) = match p {
            Proto::Udp => {
                let s = UdpSocket::bind(a)?;
                s.set_nonblocking(true)?;
                enable_recverr(&s, a.is_ipv6());
                let l = s.local_addr()?;
                (PrimarySock::Udp(s), l)
            }
            Proto::Tcp | Proto::Tls | Proto::Ws | Proto::Wss => {
                let s = TcpListener::bind(a)?;
                s.set_nonblocking(true)?;
                let l = s.local_addr()?;
                let no_certs = || io::Error::new(io::ErrorKind::InvalidInput, "tport: TLS needs certificates");
                match p {
                    Proto::Tls => (PrimarySock::Tls(s, tls_server.ok_or_else(no_certs)?.clone()), l),
                    Proto::Wss => (PrimarySock::Wss(s, wss_server.ok_or_else(no_certs)?.clone()), l),
                    Proto::Ws => (PrimarySock::Ws(s), l),
                    _ => (PrimarySock::Tcp(s), l),
                }
            }
        };
        port = local.port();
        out.push((sock, local));
    }
    Ok(out)
}

impl Primary {
    fn fd(&self) -> i32 {
        match &self.sock {
            PrimarySock::Udp(s) => s.as_raw_fd(),
            PrimarySock::Tcp(s) | PrimarySock::Tls(s, _) | PrimarySock::Ws(s) | PrimarySock::Wss(s, _) => s.as_raw_fd(),
        }
    }
}

/// Most datagrams / accepts handled per wake-up (the rest on the next, level-triggered).
const BATCH: usize = 64;
/// Bytes read from a connection per wake-up.
const READ_CHUNK: usize = 65536;

impl Shared {
    fn emit(&self, ev: TportEvent) {
        self.pending.borrow_mut().push_back(ev);
    }

    /// Deliver queued events to the callback (no borrow of our state is held meanwhile).
    fn dispatch(self: &Rc<Self>) {
        if self.dispatching.replace(true) {
            return;
        }
        /// Clears `dispatching` however the loop ends (a panicking callback included).
        struct Done<'a>(&'a Cell<bool>);
        impl Drop for Done<'_> {
            fn drop(&mut self) {
                self.0.set(false);
            }
        }
        let _done = Done(&self.dispatching);
        loop {
            let Some(ev) = self.pending.borrow_mut().pop_front() else { break };
            let cb = self.cb.borrow_mut().take();
            if let Some(mut f) = cb {
                f(&Tport(self.clone()), ev);
                let mut slot = self.cb.borrow_mut();
                if slot.is_none() {
                    *slot = Some(f);
                }
            }
        }
    }

    /// Events queued by an API call outside a loop callback: deliver them from the loop.
    fn kick_if_pending(&self) {
        if !self.dispatching.get() && !self.pending.borrow().is_empty() && !self.kick.is_set() {
            let weak = self.me.clone();
            self.kick.set(0, move || {
                if let Some(s) = weak.upgrade() {
                    s.dispatch();
                }
            });
        }
    }

    /// Keep the sweep timer running while there are connections to watch over.
    fn arm_sweep(&self) {
        let (period, any) = {
            let inner = self.inner.borrow();
            let c = &inner.cfg;
            let keepalive = if c.keepalive_ms == u32::MAX { 0 } else { c.keepalive_ms };
            let limits = [c.idle_timeout_ms, c.connect_timeout_ms, keepalive, c.pingpong_ms];
            (limits.iter().filter(|&&l| l > 0).min().copied(), !inner.conns.is_empty())
        };
        let Some(period) = period else { return };
        if !any || self.sweep.is_set() {
            return;
        }
        let period = (period / 2).clamp(10, 1000);
        let weak = self.me.clone();
        self.sweep.set(period as crate::su::time::su_duration_t, move || {
            if let Some(s) = weak.upgrade() {
                s.sweep_conns();
                s.dispatch();
            }
        });
    }

    /// Close idle connections and fail connects that take too long; keep-alive pings, and
    /// connections whose ping got no answer in time.
    fn sweep_conns(&self) {
        self.keepalive_conns();
        let (idle, slow) = {
            let inner = self.inner.borrow();
            let ms = |v: u32| (v > 0).then(|| Duration::from_millis(u64::from(v)));
            let (idle, connect) = (ms(inner.cfg.idle_timeout_ms), ms(inner.cfg.connect_timeout_ms));
            let now = Instant::now();
            let over = |c: &Conn, limit: Option<Duration>| limit.is_some_and(|l| now.duration_since(c.last_active) >= l);
            let slow: Vec<(ConnId, &'static str)> =
                inner.conns.iter().filter(|(_, c)| c.in_setup() && over(c, connect)).map(|(&id, c)| (id, c.setup_stage())).collect();
            // Open WebSocket connections are not closed for idleness (as Sofia: browsers
            // keep them for as long as they stay registered).
            let idle: Vec<ConnId> =
                inner.conns.iter().filter(|(_, c)| !c.in_setup() && c.ws.is_none() && over(c, idle)).map(|(&id, _)| id).collect();
            (idle, slow)
        };
        for (id, what) in slow {
            self.close_conn(id, ConnFate::Fail(io::Error::new(io::ErrorKind::TimedOut, what)));
        }
        for id in idle {
            su_debug!(tport_log, 5, "tport: closing idle connection {}\n", id.0);
            self.close_conn(id, ConnFate::Close(CloseReason::Idle));
        }
        self.arm_sweep();
    }

    /// RFC 5626 keep-alive of TCP and TLS connections (`Config::keepalive_ms`,
    /// `Config::pingpong_ms`): a ping when the interval has passed since the last one and
    /// nothing is waiting to be written; a connection that received nothing within
    /// `pingpong_ms` of a ping fails with `BrokenPipe`.
    fn keepalive_conns(&self) {
        let mut failed = Vec::new();
        let mut silent = Vec::new();
        {
            let mut inner = self.inner.borrow_mut();
            let (ka, pp) = (inner.cfg.keepalive_ms, inner.cfg.pingpong_ms);
            let ka = (ka > 0 && ka != u32::MAX).then(|| Duration::from_millis(u64::from(ka)));
            let pp = (pp > 0).then(|| Duration::from_millis(u64::from(pp)));
            if ka.is_none() && pp.is_none() {
                return;
            }
            let now = Instant::now();
            for (&id, c) in inner.conns.iter_mut() {
                if c.in_setup() || !matches!(c.proto, Proto::Tcp | Proto::Tls) {
                    continue;
                }
                if let (Some(pp), Some(pt)) = (pp, c.ptime) {
                    if now.duration_since(pt) >= pp {
                        silent.push(id);
                        continue;
                    }
                }
                let Some(ka) = ka else { continue };
                if now.duration_since(c.ktime) < ka || c.queued() > 0 {
                    continue;
                }
                su_debug!(tport_log, 7, "tport: keep-alive ping on connection {} to {}\n", id.0, c.peer);
                let r = c.push_out(b"\r\n\r\n").and_then(|_| c.flush());
                match r {
                    Ok(()) => {
                        c.ktime = now;
                        c.ptime.get_or_insert(now);
                    }
                    Err(e) => failed.push((id, e)),
                }
            }
        }
        for id in silent {
            su_debug!(tport_log, 3, "tport: closing connection {}: no answer to keep-alive ping\n", id.0);
            let e = io::Error::new(io::ErrorKind::BrokenPipe, "tport: no pong to keep-alive ping");
            self.close_conn(id, ConnFate::Fail(e));
        }
        for (id, e) in failed {
            self.close_conn(id, ConnFate::Fail(e));
        }
    }

    fn remove_conn(&self, id: ConnId) -> Option<Conn> {
        let mut inner = self.inner.borrow_mut();
        let mut c = inner.conns.remove(&id)?;
        if inner.by_peer.get(&(c.proto, c.peer)) == Some(&id) {
            inner.by_peer.remove(&(c.proto, c.peer));
        }
        drop(inner);
        // WebSocket: a close frame (1001 "going away"); TLS: a close_notify. Both
        // best-effort: one non-blocking write, never waited for.
        if !c.in_setup() && c.wpending() == 0 {
            if let Some(w) = &c.ws {
                let f = w.close_frame(ws::CLOSE_GOING_AWAY);
                let _ = c.push_out(&f);
            }
            let woff = c.woff.min(c.wbuf.len());
            let mut out = c.wbuf.split_off(woff);
            if let Some(t) = &mut c.tls {
                t.close_notify();
                if t.drain_to(&mut out).is_err() {
                    out.clear();
                }
            }
            if !out.is_empty() {
                let _ = (&c.stream).write(&out);
            }
        }
        Some(c)
    }

    /// Close a connection and report why.
    fn close_conn(&self, id: ConnId, fate: ConnFate) {
        let Some(c) = self.remove_conn(id) else { return };
        let (peer, unsent) = (c.peer, c.queued());
        // Deregisters the watch, then closes the socket.
        drop(c);
        match fate {
            ConnFate::Keep => {}
            ConnFate::Close(reason) => self.emit(TportEvent::Closed { conn: id, peer, reason, unsent }),
            ConnFate::Fail(error) => {
                su_debug!(tport_log, 5, "tport: connection {} to {} failed: {}\n", id.0, peer, error);
                self.emit(TportEvent::Error { conn: id, peer, error, unsent })
            }
        }
    }

    fn add_conn(
        &self,
        stream: TcpStream,
        proto: Proto,
        tls: Option<Box<tls::TlsConn>>,
        ws: Option<Box<ws::WsConn>>,
        peer: SocketAddr,
        outgoing: bool,
        connecting: bool,
    ) -> io::Result<ConnId> {
        let fd = stream.as_raw_fd();
        addr::set_socket_keepalive(&stream, self.inner.borrow().cfg.socket_keepalive_s);
        let id = {
            let mut inner = self.inner.borrow_mut();
            let id = ConnId(inner.next_id);
            inner.next_id += 1;
            let local = if connecting { None } else { stream.local_addr().ok() };
            inner.conns.insert(
                id,
                Conn {
                    watch: None,
                    stream,
                    proto,
                    tls,
                    ws,
                    peer,
                    local,
                    outgoing,
                    connecting,
                    reg_events: if connecting { POLLOUT } else { POLLIN },
                    rbuf: Vec::new(),
                    wbuf: Vec::new(),
                    woff: 0,
                    last_active: Instant::now(),
                    ping_out: false,
                    ktime: Instant::now(),
                    ptime: None,
                },
            );
            id
        };
        let weak = self.me.clone();
        let events = if connecting { POLLOUT } else { POLLIN };
        // SAFETY: live root (Tport contract); the stream stays open while its Conn (which
        // drops the watch first) exists.
        let w = unsafe {
            Watch::new(self.root, fd, events, move |rev| {
                if let Some(s) = weak.upgrade() {
                    s.on_conn(id, rev);
                    s.dispatch();
                }
            })
        };
        match w {
            Ok(w) => {
                let mut inner = self.inner.borrow_mut();
                if let Some(c) = inner.conns.get_mut(&id) {
                    c.watch = Some(w);
                }
                if inner.cfg.reuse || !outgoing {
                    inner.by_peer.insert((proto, peer), id);
                }
            }
            Err(e) => {
                drop(self.remove_conn(id));
                return Err(e);
            }
        }
        self.arm_sweep();
        Ok(id)
    }

    // ------------------------------------------------------------------ sending

    fn send_udp(&self, dest: SocketAddr, data: &[u8]) -> io::Result<()> {
        let inner = self.inner.borrow();
        let sock = inner
            .primaries
            .iter()
            .find_map(|p| match &p.sock {
                PrimarySock::Udp(s) if p.addr.is_ipv4() == dest.is_ipv4() => Some(s),
                _ => None,
            })
            .ok_or_else(|| io::Error::new(io::ErrorKind::AddrNotAvailable, "tport: no UDP socket for that address family"))?;
        let n = sock.send_to(data, dest)?;
        if n != data.len() {
            return Err(io::Error::new(io::ErrorKind::WriteZero, "tport: datagram truncated"));
        }
        msglog::log(inner.cfg.log, true, Proto::Udp, &dest, data);
        if let Some(d) = &inner.cfg.dump {
            d.record(true, Proto::Udp, &dest, data);
        }
        if let (Some(c), Ok(local)) = (&inner.cfg.capture, sock.local_addr()) {
            c.send(Proto::Udp, &local, &dest, data);
        }
        Ok(())
    }

    fn send_stream(&self, proto: Proto, dest: SocketAddr, host: Option<&str>, data: &[u8]) -> io::Result<ConnId> {
        let existing = {
            let inner = self.inner.borrow();
            if inner.cfg.reuse {
                inner.by_peer.get(&(proto, dest)).copied()
            } else {
                None
            }
        };
        if let Some(id) = existing {
            self.send_on(id, data)?;
            return Ok(id);
        }
        {
            let inner = self.inner.borrow();
            if inner.conns.len() >= inner.cfg.max_connections {
                return Err(io::Error::other("tport: too many connections"));
            }
        }
        let tls = if proto.is_secure() {
            let cc = {
                let mut inner = self.inner.borrow_mut();
                match &inner.tls_client {
                    Some(cc) => cc.clone(),
                    None => {
                        let cc = tls::client_config(&inner.cfg.tls)?;
                        inner.tls_client = Some(cc.clone());
                        cc
                    }
                }
            };
            Some(Box::new(tls::TlsConn::client(cc, tls::server_name(host, &dest)?)?))
        } else {
            None
        };
        // WebSocket: the Upgrade request goes first (through TLS for WSS); messages wait
        // for the server's 101.
        let (ws, upgrade) = if proto.is_ws() {
            let h = match host {
                Some(h) if h.contains(':') && !h.starts_with('[') => format!("[{h}]:{}", dest.port()),
                Some(h) => format!("{h}:{}", dest.port()),
                None => dest.to_string(),
            };
            let (w, req) = ws::WsConn::client(&h, "/");
            (Some(Box::new(w)), req)
        } else {
            (None, Vec::new())
        };
        let (stream, connected) = addr::connect_nonblocking(&dest)?;
        let _ = stream.set_nodelay(true);
        let id = self.add_conn(stream, proto, tls, ws, dest, true, !connected)?;
        if !upgrade.is_empty() {
            let mut inner = self.inner.borrow_mut();
            if let Some(c) = inner.conns.get_mut(&id) {
                c.push_out(&upgrade)?;
            }
        }
        su_debug!(tport_log, 7, "tport: connecting {} to {}\n", id.0, dest);
        self.send_on(id, data)?;
        Ok(id)
    }

    fn send_on(&self, id: ConnId, data: &[u8]) -> io::Result<()> {
        self.send_on_rec(id, data, true)
    }

    /// Sends on a connection; `record`: log, dump and capture it (not for keep-alives).
    fn send_on_rec(&self, id: ConnId, data: &[u8], record: bool) -> io::Result<()> {
        let r = {
            let mut inner = self.inner.borrow_mut();
            let max_queued = inner.cfg.max_queued;
            let log = inner.cfg.log;
            let capture = inner.cfg.capture.clone();
            let dump = inner.cfg.dump.clone();
            let c = inner.conns.get_mut(&id).ok_or_else(|| io::Error::from(io::ErrorKind::NotConnected))?;
            let r = c.send(data, max_queued);
            if r.is_ok() && record {
                msglog::log(log, true, c.proto, &c.peer, data);
                if let Some(d) = dump {
                    d.record(true, c.proto, &c.peer, data);
                }
                if let Some(cap) = capture {
                    cap.send(c.proto, &c.local.unwrap_or(c.peer), &c.peer, data);
                }
            }
            r
        };
        if let Err(e) = &r {
            if e.raw_os_error() != Some(libc::ENOBUFS) {
                self.close_conn(id, ConnFate::Fail(io::Error::new(e.kind(), e.to_string())));
            }
        }
        r
    }

    // ------------------------------------------------------------------ receiving

    fn on_primary(&self, i: usize) {
        let is_udp = match self.inner.borrow().primaries.get(i) {
            Some(p) => p.sock.proto() == Proto::Udp,
            None => return,
        };
        if is_udp {
            self.on_udp(i)
        } else {
            self.on_accept(i)
        }
    }

    fn on_udp(&self, i: usize) {
        for _ in 0..BATCH {
            let mut inner = self.inner.borrow_mut();
            let Inner { primaries, rx, cfg, .. } = &mut *inner;
            let Some(Primary { sock: PrimarySock::Udp(sock), addr: local, .. }) = primaries.get(i) else { return };
            let local = *local;
            let (n, peer) = match sock.recv_from(rx) {
                Ok(r) => r,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
                Err(e) => {
                    // An ICMP error of an earlier send (IP_RECVERR): find out for whom.
                    su_debug!(tport_log, 7, "tport: udp recv on {}: {}\n", local, e);
                    let errors = read_error_queue(sock);
                    drop(inner);
                    for (peer, error) in errors {
                        self.emit(TportEvent::Unreachable { peer, error });
                    }
                    continue;
                }
            };
            let data = &rx[..n];
            // As Sofia: every datagram but runts goes to the dump, keep-alives included.
            if let (Some(d), true) = (&cfg.dump, n > 1) {
                d.record(false, Proto::Udp, &peer, data);
            }
            if n > cfg.max_message {
                su_debug!(tport_log, 5, "tport: dropped {} byte datagram from {} (too large)\n", n, peer);
                continue;
            }
            if data.iter().all(|b| matches!(b, b'\r' | b'\n' | b' ' | b'\t' | 0)) {
                // Keep-alive or padding.
                continue;
            }
            // SAFETY: the default message class.
            match unsafe {
                crate::sip::message::parse_message_with(
                    data,
                    Transport::Datagram,
                    std::ptr::null(),
                    0,
                    &Limits { max_message: cfg.max_message, ..Limits::default() },
                )
            } {
                Ok(msg) => {
                    msglog::log(cfg.log, false, Proto::Udp, &peer, data);
                    if let Some(c) = &cfg.capture {
                        c.send(Proto::Udp, &peer, &local, data);
                    }
                    drop(inner);
                    // SAFETY: a fresh message of ours.
                    unsafe { crate::msg::message::set_peer(msg, &peer, false) };
                    self.emit(TportEvent::Message(IncomingMsg { msg, peer, local, proto: Proto::Udp, conn: None }));
                }
                Err(e) => {
                    su_debug!(tport_log, 5, "tport: dropped bad datagram from {}: {:?}\n", peer, e);
                }
            }
        }
    }

    fn on_accept(&self, i: usize) {
        for _ in 0..BATCH {
            let (stream, peer, tls_cfg, proto) = {
                let inner = self.inner.borrow();
                let (l, tls_cfg, proto) = match inner.primaries.get(i) {
                    Some(Primary { sock: PrimarySock::Tcp(l), .. }) => (l, None, Proto::Tcp),
                    Some(Primary { sock: PrimarySock::Tls(l, sc), .. }) => (l, Some(sc.clone()), Proto::Tls),
                    Some(Primary { sock: PrimarySock::Ws(l), .. }) => (l, None, Proto::Ws),
                    Some(Primary { sock: PrimarySock::Wss(l, sc), .. }) => (l, Some(sc.clone()), Proto::Wss),
                    _ => return,
                };
                match l.accept() {
                    Ok((s, p)) => (s, p, tls_cfg, proto),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
                    Err(e) => {
                        // EMFILE and the like: try again on the next wake-up.
                        su_debug!(tport_log, 3, "tport: accept: {}\n", e);
                        return;
                    }
                }
            };
            let full = {
                let inner = self.inner.borrow();
                inner.conns.len() >= inner.cfg.max_connections
            };
            if full {
                su_debug!(tport_log, 3, "tport: refusing connection from {}: too many connections\n", peer);
                drop(stream);
                continue;
            }
            if stream.set_nonblocking(true).is_err() {
                continue;
            }
            let _ = stream.set_nodelay(true);
            let tls = match tls_cfg {
                Some(sc) => match tls::TlsConn::server(sc) {
                    Ok(t) => Some(Box::new(t)),
                    Err(e) => {
                        su_debug!(tport_log, 3, "tport: TLS session for {}: {}\n", peer, e);
                        continue;
                    }
                },
                None => None,
            };
            let ws = proto.is_ws().then(|| Box::new(ws::WsConn::server()));
            match self.add_conn(stream, proto, tls, ws, peer, false, false) {
                Ok(id) => su_debug!(tport_log, 7, "tport: accepted {} from {}\n", id.0, peer),
                Err(e) => su_debug!(tport_log, 3, "tport: cannot watch connection from {}: {}\n", peer, e),
            }
        }
    }

    fn on_conn(&self, id: ConnId, revents: c_short) {
        let fate = self.conn_io(id, revents);
        match fate {
            ConnFate::Keep => {}
            fate => self.close_conn(id, fate),
        }
    }

    fn conn_io(&self, id: ConnId, revents: c_short) -> ConnFate {
        let mut inner = self.inner.borrow_mut();
        let Inner { conns, rx, cfg, .. } = &mut *inner;
        let Some(c) = conns.get_mut(&id) else { return ConnFate::Keep };
        if c.connecting {
            match c.stream.take_error() {
                Ok(None) => {}
                Ok(Some(e)) | Err(e) => return ConnFate::Fail(e),
            }
            // Writable without a pending error: connected (or still in progress if woken
            // for another reason).
            match c.stream.peer_addr() {
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::NotConnected && revents & (libc::POLLERR | libc::POLLHUP) == 0 => {
                    return ConnFate::Keep
                }
                Err(e) => return ConnFate::Fail(e),
            }
            c.connecting = false;
            c.local = c.stream.local_addr().ok();
            c.last_active = Instant::now();
            su_debug!(tport_log, 7, "tport: connected {} to {}\n", id.0, c.peer);
            if let Err(e) = c.flush() {
                return ConnFate::Fail(e);
            }
            c.update_watch();
            return ConnFate::Keep;
        }
        if revents & POLLOUT != 0 && (c.wpending() > 0 || c.tls.is_some()) {
            if let Err(e) = c.flush() {
                return ConnFate::Fail(e);
            }
        }
        if revents & !POLLOUT == 0 {
            return ConnFate::Keep;
        }
        // Readable, hang-up or error: read once (level-triggered: more on the next wake-up).
        let chunk = READ_CHUNK.min(rx.len());
        let start = c.rbuf.len();
        let eof = if let Some(t) = &mut c.tls {
            let was_handshaking = t.handshaking();
            let before = c.rbuf.len();
            let r = t.read(&c.stream, &mut c.rbuf, &mut rx[..chunk]);
            c.last_active = Instant::now();
            if was_handshaking && !t.handshaking() {
                su_debug!(tport_log, 7, "tport: TLS connection {} with {} established\n", id.0, c.peer);
            }
            match r {
                Ok(eof) => {
                    // Handshake messages, the plaintext held back during the handshake.
                    if let Err(e) = c.flush() {
                        return ConnFate::Fail(e);
                    }
                    if !eof && c.rbuf.len() == before {
                        return ConnFate::Keep;
                    }
                    eof
                }
                Err(e) => {
                    // Let the peer know (alert), best-effort, then fail this connection.
                    let _ = c.flush();
                    return ConnFate::Fail(e);
                }
            }
        } else {
            match (&c.stream).read(&mut rx[..chunk]) {
                Ok(0) => true,
                Ok(n) => {
                    c.rbuf.extend_from_slice(&rx[..n]);
                    c.last_active = Instant::now();
                    false
                }
                Err(e) if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted) => return ConnFate::Keep,
                Err(e) => return ConnFate::Fail(e),
            }
        };
        if c.rbuf.len() > start {
            // Any input answers a keep-alive ping.
            c.ptime = None;
            // The bytes as read go to the dump (WebSocket: each message, below), except
            // keep-alive whitespace.
            let fresh = &c.rbuf[start..];
            if let (Some(d), None) = (&cfg.dump, &c.ws) {
                if !fresh.iter().all(|b| matches!(b, b'\r' | b'\n' | b' ' | b'\t')) {
                    d.record(false, c.proto, &c.peer, fresh);
                }
            }
        }
        let limits = Limits { max_message: cfg.max_message, ..Limits::default() };
        let rec = Recording { log: cfg.log, capture: cfg.capture.as_deref(), dump: cfg.dump.as_deref(), pong2ping: cfg.pong2ping };
        let mut out = Vec::new();
        let fate = if c.ws.is_some() {
            process_ws(c, id, &limits, &rec, &mut out)
        } else {
            process_stream(c, id, &limits, &rec, &mut out)
        };
        let pong_err = if c.queued() > 0 || c.tls.is_some() { c.flush().err() } else { None };
        drop(inner);
        for ev in out {
            self.emit(ev);
        }
        match (fate, pong_err) {
            (ConnFate::Keep, Some(e)) => ConnFate::Fail(e),
            (ConnFate::Keep, None) if eof => ConnFate::Close(CloseReason::PeerClosed),
            (fate, _) => fate,
        }
    }
}

/// What input processing records and how it answers keep-alives.
struct Recording<'a> {
    log: bool,
    capture: Option<&'a hep::Capture>,
    dump: Option<&'a dump::Dump>,
    pong2ping: bool,
}

/// Takes every complete message (and keep-alive) off the front of `c.rbuf`.
fn process_stream(c: &mut Conn, id: ConnId, limits: &Limits, rec: &Recording, out: &mut Vec<TportEvent>) -> ConnFate {
    let (log, capture) = (rec.log, rec.capture);
    let local = c.local.unwrap_or(c.peer);
    let mut pos = 0;
    let fate = loop {
        let buf = &c.rbuf[pos..];
        if buf.is_empty() {
            break ConnFate::Keep;
        }
        // RFC 5626 §4.4.1: CRLF CRLF is a ping, answered by a CRLF pong (when
        // `pong2ping`, as Sofia; never while output is queued).
        if buf.starts_with(b"\r\n\r\n") {
            pos += 4;
            if rec.pong2ping && c.queued() == 0 {
                if let Err(e) = c.push_out(b"\r\n") {
                    break ConnFate::Fail(e);
                }
            }
            continue;
        }
        if buf.starts_with(b"\r\n") {
            if c.ping_out {
                c.ping_out = false;
                out.push(TportEvent::Pong { conn: id, peer: c.peer });
                pos += 2;
                continue;
            }
            if buf.len() < 4 && b"\r\n\r\n".starts_with(buf) {
                // Maybe the first half of a ping.
                break ConnFate::Keep;
            }
            pos += 2;
            continue;
        }
        if buf == b"\r" {
            break ConnFate::Keep;
        }
        match frame::frame(buf, Transport::Stream, limits) {
            Ok(f) => {
                let m = &buf[f.skipped..f.consumed];
                pos += f.consumed;
                // SAFETY: the default message class.
                match unsafe { crate::sip::message::parse_message_with(m, Transport::Stream, std::ptr::null(), 0, limits) } {
                    Ok(msg) => {
                        msglog::log(log, false, c.proto, &c.peer, m);
                        if let Some(cap) = capture {
                            cap.send(c.proto, &c.peer, &local, m);
                        }
                        // SAFETY: a fresh message of ours.
                        unsafe { crate::msg::message::set_peer(msg, &c.peer, true) };
                        out.push(TportEvent::Message(IncomingMsg { msg, peer: c.peer, local, proto: c.proto, conn: Some(id) }))
                    }
                    Err(FrameError::TooLarge(_)) => break ConnFate::Close(CloseReason::TooLarge),
                    Err(e) => break ConnFate::Close(CloseReason::Garbage(e)),
                }
            }
            Err(FrameError::Incomplete) => {
                if buf.len() > limits.max_message {
                    break ConnFate::Close(CloseReason::TooLarge);
                }
                break ConnFate::Keep;
            }
            Err(FrameError::TooLarge(what)) => {
                su_debug!(tport_log, 5, "tport: connection {} from {}: {} too large\n", id.0, c.peer, what);
                break ConnFate::Close(CloseReason::TooLarge);
            }
            Err(e) => {
                su_debug!(tport_log, 5, "tport: connection {} from {}: not SIP ({:?})\n", id.0, c.peer, e);
                break ConnFate::Close(CloseReason::Garbage(e));
            }
        }
    };
    if pos > 0 {
        c.rbuf.drain(..pos);
    }
    if c.rbuf.is_empty() && c.rbuf.capacity() > 4 * READ_CHUNK {
        c.rbuf = Vec::new();
    }
    fate
}

/// Takes every complete WebSocket message off the front of `c.rbuf` (after the handshake):
/// each data message is one SIP message; a message of CR/LF only is a keep-alive (CRLF CRLF
/// is answered with a CRLF message, a CRLF answers our ping).
fn process_ws(c: &mut Conn, id: ConnId, limits: &Limits, rec: &Recording, out: &mut Vec<TportEvent>) -> ConnFate {
    let (log, capture) = (rec.log, rec.capture);
    let local = c.local.unwrap_or(c.peer);
    let mut res = ws::WsInput::default();
    let Some(w) = c.ws.as_mut() else { return ConnFate::Keep };
    let end = w.input(&mut c.rbuf, limits.max_message, &mut res);
    if res.opened {
        su_debug!(tport_log, 7, "tport: WebSocket connection {} with {} open\n", id.0, c.peer);
    }
    if !res.out.is_empty() {
        if let Err(e) = c.push_out(&res.out) {
            return ConnFate::Fail(e);
        }
    }
    if res.pongs > 0 && c.ping_out {
        c.ping_out = false;
        out.push(TportEvent::Pong { conn: id, peer: c.peer });
    }
    for m in &res.messages {
        if m.iter().all(|b| matches!(b, b'\r' | b'\n')) {
            if m.as_slice() == b"\r\n\r\n" {
                if rec.pong2ping {
                    if let Err(e) = c.push_msg(b"\r\n") {
                        return ConnFate::Fail(e);
                    }
                }
            } else if c.ping_out {
                c.ping_out = false;
                out.push(TportEvent::Pong { conn: id, peer: c.peer });
            }
            continue;
        }
        if let Some(d) = rec.dump {
            d.record(false, c.proto, &c.peer, m);
        }
        // One message per frame (RFC 7118 §5): Content-Length is optional, as in a datagram.
        // SAFETY: the default message class.
        match unsafe { crate::sip::message::parse_message_with(m, Transport::Datagram, std::ptr::null(), 0, limits) } {
            Ok(msg) => {
                msglog::log(log, false, c.proto, &c.peer, m);
                if let Some(cap) = capture {
                    cap.send(c.proto, &c.peer, &local, m);
                }
                // SAFETY: a fresh message of ours.
                unsafe { crate::msg::message::set_peer(msg, &c.peer, true) };
                out.push(TportEvent::Message(IncomingMsg { msg, peer: c.peer, local, proto: c.proto, conn: Some(id) }))
            }
            Err(FrameError::TooLarge(_)) => return ConnFate::Close(CloseReason::TooLarge),
            Err(e) => {
                su_debug!(tport_log, 5, "tport: WebSocket connection {} from {}: not SIP ({:?})\n", id.0, c.peer, e);
                return ConnFate::Close(CloseReason::Garbage(e));
            }
        }
    }
    match end {
        Ok(()) => ConnFate::Keep,
        Err(ws::WsEnd::PeerClosed) => ConnFate::Close(CloseReason::PeerClosed),
        Err(ws::WsEnd::TooLarge) => ConnFate::Close(CloseReason::TooLarge),
        Err(ws::WsEnd::Protocol(what)) => {
            su_debug!(tport_log, 5, "tport: WebSocket connection {} from {}: {}\n", id.0, c.peer, what);
            ConnFate::Close(CloseReason::WebSocket(what))
        }
        Err(ws::WsEnd::Handshake(what)) if c.outgoing => {
            ConnFate::Fail(io::Error::new(io::ErrorKind::InvalidData, format!("tport: WebSocket handshake: {what}")))
        }
        Err(ws::WsEnd::Handshake(what)) => {
            su_debug!(tport_log, 5, "tport: WebSocket handshake from {} refused: {}\n", c.peer, what);
            ConnFate::Close(CloseReason::WebSocket(format!("handshake: {what}")))
        }
    }
}

/// Asks the kernel to queue ICMP errors of this UDP socket with the address they concern.
fn enable_recverr(s: &UdpSocket, v6: bool) {
    use std::os::fd::AsRawFd;
    let on: libc::c_int = 1;
    let (level, opt) = if v6 { (libc::IPPROTO_IPV6, libc::IPV6_RECVERR) } else { (libc::IPPROTO_IP, libc::IP_RECVERR) };
    // SAFETY: setsockopt on our own socket with a c_int option value.
    unsafe {
        libc::setsockopt(
            s.as_raw_fd(),
            level,
            opt,
            &on as *const libc::c_int as *const libc::c_void,
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
}

/// Drains the socket's error queue: (destination of the failed datagram, its error).
fn read_error_queue(s: &UdpSocket) -> Vec<(SocketAddr, io::Error)> {
    use std::os::fd::AsRawFd;
    let mut out = Vec::new();
    for _ in 0..64 {
        let mut name: libc::sockaddr_storage = unsafe_zeroed_storage();
        let mut data = [0u8; 512];
        let mut control = [0u8; 512];
        let mut iov = libc::iovec { iov_base: data.as_mut_ptr() as *mut libc::c_void, iov_len: data.len() };
        // SAFETY: an all-zero msghdr is valid; every pointer set below is to a local buffer.
        let mut mh: libc::msghdr = unsafe { std::mem::zeroed() };
        mh.msg_name = &mut name as *mut libc::sockaddr_storage as *mut libc::c_void;
        mh.msg_namelen = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        mh.msg_iov = &mut iov;
        mh.msg_iovlen = 1;
        mh.msg_control = control.as_mut_ptr() as *mut libc::c_void;
        mh.msg_controllen = control.len();
        // SAFETY: recvmsg into the buffers described by mh, without blocking.
        let n = unsafe { libc::recvmsg(s.as_raw_fd(), &mut mh, libc::MSG_ERRQUEUE | libc::MSG_DONTWAIT) };
        if n < 0 {
            break;
        }
        // The error number is in the extended error of the first control message.
        let mut errno = libc::ECONNREFUSED;
        // SAFETY: walking the control messages the kernel wrote into `control`.
        unsafe {
            let c = libc::CMSG_FIRSTHDR(&mh);
            if !c.is_null() && (*c).cmsg_len as usize >= std::mem::size_of::<libc::cmsghdr>() + 4 {
                let ee = libc::CMSG_DATA(c) as *const u32;
                let e = std::ptr::read_unaligned(ee) as i32;
                if e != 0 {
                    errno = e;
                }
            }
        }
        if let Some(peer) = sockaddr_to_std(&name) {
            out.push((peer, io::Error::from_raw_os_error(errno)));
        }
    }
    out
}

fn unsafe_zeroed_storage() -> libc::sockaddr_storage {
    // SAFETY: all-zero is a valid sockaddr_storage.
    unsafe { std::mem::zeroed() }
}

fn sockaddr_to_std(ss: &libc::sockaddr_storage) -> Option<SocketAddr> {
    match ss.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says it is a sockaddr_in.
            let a = unsafe { &*(ss as *const libc::sockaddr_storage as *const libc::sockaddr_in) };
            Some(SocketAddr::new(std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr)).into(), u16::from_be(a.sin_port)))
        }
        libc::AF_INET6 => {
            // SAFETY: the family says it is a sockaddr_in6.
            let a = unsafe { &*(ss as *const libc::sockaddr_storage as *const libc::sockaddr_in6) };
            Some(SocketAddr::V6(std::net::SocketAddrV6::new(
                a.sin6_addr.s6_addr.into(),
                u16::from_be(a.sin6_port),
                a.sin6_flowinfo,
                a.sin6_scope_id,
            )))
        }
        _ => None,
    }
}
