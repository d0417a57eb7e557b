//! Addresses for the transport layer: Sofia-style bind specifications
//! (`sip:127.0.0.1:5060;transport=tcp`, `sip:[::1]:0`, `sip:*:5060`) and non-blocking connect.

use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::os::fd::{AsRawFd, FromRawFd};

use super::Proto;

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, format!("tport: bad bind address: {what}"))
}

/// Parses a bind specification: an optional `sip:` or `sips:` scheme (`sips:` means TLS,
/// default port 5061), an optional `user@`, a host that is an IP literal (IPv6 in brackets), `*`
/// (all IPv4 interfaces), `0.0.0.0`/`[::]`, or `localhost` (127.0.0.1), an optional port
/// (default 5060; 0 = any), and optional `;params` of which only `transport=udp|tcp|tls` is
/// used (`sips:` with `transport=tcp` or `tls` is TLS; with `udp` it is refused), and
/// `transport=ws|wss` (WebSocket; `sips:` with `ws` is `wss`).
/// Host names other than `localhost` are refused (resolving them would block).
pub fn parse_spec(spec: &str) -> io::Result<(SocketAddr, Option<Proto>)> {
    let s = spec.trim();
    let lower = s.to_ascii_lowercase();
    let (rest, sips) = if lower.starts_with("sips:") {
        (&s[5..], true)
    } else if lower.starts_with("sip:") {
        (&s[4..], false)
    } else {
        (s, false)
    };
    let (hostport, params) = match rest.find(';') {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, ""),
    };
    let hostport = hostport.rsplit_once('@').map_or(hostport, |(_, h)| h);
    let (host, port) = if let Some(r) = hostport.strip_prefix('[') {
        let end = r.find(']').ok_or_else(|| invalid(spec))?;
        let port = &r[end + 1..];
        let port = match port.strip_prefix(':') {
            Some(p) => Some(p),
            None if port.is_empty() => None,
            None => return Err(invalid(spec)),
        };
        (&r[..end], port)
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (hostport, None),
        }
    };
    let port: u16 = match port {
        Some(p) => p.parse().map_err(|_| invalid(spec))?,
        None if sips => 5061,
        None => 5060,
    };
    let ip: IpAddr = match host {
        "*" | "" => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        h if h.eq_ignore_ascii_case("localhost") => IpAddr::V4(Ipv4Addr::LOCALHOST),
        h => h.parse::<Ipv4Addr>().map(IpAddr::V4).or_else(|_| h.parse::<Ipv6Addr>().map(IpAddr::V6)).map_err(|_| invalid(spec))?,
    };
    let mut proto = None;
    for p in params.split(';') {
        let (name, value) = p.split_once('=').unwrap_or((p, ""));
        if name.trim().eq_ignore_ascii_case("transport") {
            proto = Some(match value.trim().to_ascii_lowercase().as_str() {
                "udp" if sips => return Err(invalid(spec)),
                "udp" => Proto::Udp,
                "tcp" if sips => Proto::Tls,
                "tcp" => Proto::Tcp,
                "tls" => Proto::Tls,
                "ws" if sips => Proto::Wss,
                "ws" => Proto::Ws,
                "wss" => Proto::Wss,
                other => {
                    return Err(io::Error::new(io::ErrorKind::Unsupported, format!("tport: transport={other} is not supported yet")))
                }
            });
        }
    }
    if sips && proto.is_none() {
        proto = Some(Proto::Tls);
    }
    Ok((SocketAddr::new(ip, port), proto))
}

/// `addr` as a C socket address.
fn to_sockaddr(addr: &SocketAddr) -> (libc::sockaddr_storage, libc::socklen_t) {
    // SAFETY: sockaddr_storage is plain data; all-zero is a valid (unspecified) value.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let len = match addr {
        SocketAddr::V4(a) => {
            let sin = libc::sockaddr_in {
                sin_family: libc::AF_INET as libc::sa_family_t,
                sin_port: a.port().to_be(),
                sin_addr: libc::in_addr { s_addr: u32::from_ne_bytes(a.ip().octets()) },
                sin_zero: [0; 8],
            };
            // SAFETY: sockaddr_storage is large and aligned enough for any sockaddr.
            unsafe { std::ptr::write(&mut ss as *mut _ as *mut libc::sockaddr_in, sin) };
            std::mem::size_of::<libc::sockaddr_in>()
        }
        SocketAddr::V6(a) => {
            let sin6 = libc::sockaddr_in6 {
                sin6_family: libc::AF_INET6 as libc::sa_family_t,
                sin6_port: a.port().to_be(),
                sin6_flowinfo: a.flowinfo(),
                sin6_addr: libc::in6_addr { s6_addr: a.ip().octets() },
                sin6_scope_id: a.scope_id(),
            };
            // SAFETY: as above.
            unsafe { std::ptr::write(&mut ss as *mut _ as *mut libc::sockaddr_in6, sin6) };
            std::mem::size_of::<libc::sockaddr_in6>()
        }
    };
    (ss, len as libc::socklen_t)
}

/// Starts a TCP connection without blocking. Returns the stream and whether it is already
/// connected; when not, completion is signalled by write readiness (then check `take_error`).
pub(crate) fn connect_nonblocking(dest: &SocketAddr) -> io::Result<(TcpStream, bool)> {
    let family = if dest.is_ipv4() { libc::AF_INET } else { libc::AF_INET6 };
    // SAFETY: plain socket(2) call.
    let fd = unsafe { libc::socket(family, libc::SOCK_STREAM | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` is a fresh descriptor owned by nothing else; the stream owns it from here.
    let stream = unsafe { TcpStream::from_raw_fd(fd) };
    let (ss, len) = to_sockaddr(dest);
    // SAFETY: `ss` holds a valid socket address of `len` bytes.
    let r = unsafe { libc::connect(stream.as_raw_fd(), &ss as *const _ as *const libc::sockaddr, len) };
    if r == 0 {
        return Ok((stream, true));
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        // EINTR: the connection still completes asynchronously (POSIX).
        Some(libc::EINPROGRESS) | Some(libc::EINTR) => Ok((stream, false)),
        _ => Err(e),
    }
}

/// TCP keep-alive of the kernel (`TPTAG_SOCKET_KEEPALIVE`): `SO_KEEPALIVE` on, and with
/// `secs` other than 0 and `u32::MAX` also `TCP_KEEPIDLE` and `TCP_KEEPINTVL` set to it
/// (as Sofia does on every TCP connection). Best effort: errors are ignored.
pub fn set_socket_keepalive(s: &TcpStream, secs: u32) {
    let fd = s.as_raw_fd();
    let set = |level: libc::c_int, opt: libc::c_int, v: libc::c_int| {
        // SAFETY: setsockopt on a socket we own with a c_int option value.
        unsafe {
            libc::setsockopt(fd, level, opt, &v as *const libc::c_int as *const libc::c_void, std::mem::size_of::<libc::c_int>() as libc::socklen_t)
        }
    };
    set(libc::SOL_SOCKET, libc::SO_KEEPALIVE, 1);
    if secs != 0 && secs != u32::MAX {
        let v = secs.min(i32::MAX as u32) as libc::c_int;
        set(libc::IPPROTO_TCP, libc::TCP_KEEPIDLE, v);
        set(libc::IPPROTO_TCP, libc::TCP_KEEPINTVL, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        let p = |s: &str| parse_spec(s).unwrap();
        assert_eq!(p("sip:127.0.0.1:0"), ("127.0.0.1:0".parse().unwrap(), None));
        assert_eq!(p("sip:[::1]:5070;transport=tcp"), ("[::1]:5070".parse().unwrap(), Some(Proto::Tcp)));
        assert_eq!(p("sip:*:5060"), ("0.0.0.0:5060".parse().unwrap(), None));
        assert_eq!(p("sip:localhost"), ("127.0.0.1:5060".parse().unwrap(), None));
        assert_eq!(p("SIP:u@[::1];Transport=UDP"), ("[::1]:5060".parse().unwrap(), Some(Proto::Udp)));
        assert_eq!(p("127.0.0.1:7"), ("127.0.0.1:7".parse().unwrap(), None));
        assert_eq!(p("sips:127.0.0.1"), ("127.0.0.1:5061".parse().unwrap(), Some(Proto::Tls)));
        assert_eq!(p("sip:127.0.0.1:0;transport=tls"), ("127.0.0.1:0".parse().unwrap(), Some(Proto::Tls)));
        assert_eq!(p("sips:[::1]:5071;transport=tcp"), ("[::1]:5071".parse().unwrap(), Some(Proto::Tls)));
        assert!(parse_spec("sips:127.0.0.1;transport=udp").is_err());
        assert!(parse_spec("sip:example.com").is_err());
        assert!(parse_spec("sip:[::1").is_err());
        assert!(parse_spec("sip:1.2.3.4:99999").is_err());
        assert!(parse_spec("sip:1.2.3.4;transport=sctp").is_err());
        assert_eq!(p("sip:127.0.0.1:5066;transport=ws"), ("127.0.0.1:5066".parse().unwrap(), Some(Proto::Ws)));
        assert_eq!(p("sips:127.0.0.1:7443;transport=wss"), ("127.0.0.1:7443".parse().unwrap(), Some(Proto::Wss)));
        assert_eq!(p("sips:[::1]:7443;transport=ws"), ("[::1]:7443".parse().unwrap(), Some(Proto::Wss)));
    }

    #[test]
    fn socket_keepalive_options() {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let c = TcpStream::connect(l.local_addr().unwrap()).unwrap();
        let get = |level: libc::c_int, opt: libc::c_int| {
            let mut v: libc::c_int = -1;
            let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: getsockopt into a local c_int.
            let r = unsafe { libc::getsockopt(c.as_raw_fd(), level, opt, &mut v as *mut libc::c_int as *mut libc::c_void, &mut len) };
            assert_eq!(r, 0);
            v
        };
        assert_eq!(get(libc::SOL_SOCKET, libc::SO_KEEPALIVE), 0);
        set_socket_keepalive(&c, 30);
        assert_eq!(get(libc::SOL_SOCKET, libc::SO_KEEPALIVE), 1);
        assert_eq!(get(libc::IPPROTO_TCP, libc::TCP_KEEPIDLE), 30);
        assert_eq!(get(libc::IPPROTO_TCP, libc::TCP_KEEPINTVL), 30);
    }
}
