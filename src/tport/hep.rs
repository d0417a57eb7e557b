//! HEPv3 capture (`TPTAG_CAPT("udp:HOST:PORT;hep=3;capture_id=N")`): a copy of every SIP
//! message sent and received goes to a collector (HOMER) over UDP, as HEPv3 chunks —
//! protocol family, transport, source and destination address and port, time, protocol
//! type 1 (SIP), capture agent id, and the message itself.

use std::net::{IpAddr, SocketAddr, UdpSocket};

use super::Proto;

/// A capture destination.
#[derive(Debug)]
pub struct Capture {
    sock: UdpSocket,
    collector: SocketAddr,
    capture_id: u32,
}

impl Capture {
    fn open(collector: SocketAddr, capture_id: u32) -> Option<Capture> {
        let bind: SocketAddr = if collector.is_ipv4() { "0.0.0.0:0".parse().ok()? } else { "[::]:0".parse().ok()? };
        let sock = UdpSocket::bind(bind).ok()?;
        sock.set_nonblocking(true).ok()?;
        Some(Capture { sock, collector, capture_id })
    }

    /// From a capture URL: `udp:` host (IP address) `:` port, `;hep=3` (the only version
    /// sent), `;capture_id=N`. None when it is not one.
    pub fn from_url(url: &str) -> Option<Capture> {
        let rest = url.strip_prefix("udp:").or_else(|| url.strip_prefix("UDP:"))?;
        let mut parts = rest.split(';');
        let hostport = parts.next()?;
        let collector: SocketAddr = hostport.parse().ok().or_else(|| {
            let (h, p) = hostport.rsplit_once(':')?;
            Some(SocketAddr::new(h.trim_matches(['[', ']']).parse().ok()?, p.parse().ok()?))
        })?;
        let mut capture_id = 0;
        for p in parts {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            match k.trim().to_ascii_lowercase().as_str() {
                "hep" if v.trim() != "3" => return None,
                "capture_id" => capture_id = v.trim().parse().ok()?,
                _ => {}
            }
        }
        Capture::open(collector, capture_id)
    }

    /// Sends a copy of `data` (a message from `src` to `dst` over `proto`).
    pub fn send(&self, proto: Proto, src: &SocketAddr, dst: &SocketAddr, data: &[u8]) {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let pkt = encode(proto, src, dst, now.as_secs() as u32, now.subsec_micros(), self.capture_id, data);
        // Best effort: a lost copy must never disturb the stack.
        let _ = self.sock.send_to(&pkt, self.collector);
    }
}

fn chunk(out: &mut Vec<u8>, kind: u16, payload: &[u8]) {
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&kind.to_be_bytes());
    out.extend_from_slice(&((payload.len() + 6) as u16).to_be_bytes());
    out.extend_from_slice(payload);
}

/// One HEPv3 packet.
pub fn encode(proto: Proto, src: &SocketAddr, dst: &SocketAddr, secs: u32, usecs: u32, capture_id: u32, data: &[u8]) -> Vec<u8> {
    let mut b = Vec::with_capacity(data.len() + 128);
    b.extend_from_slice(b"HEP3\0\0");
    let v6 = src.is_ipv6() || dst.is_ipv6();
    chunk(&mut b, 0x0001, &[if v6 { 10 } else { 2 }]);
    chunk(&mut b, 0x0002, &[if proto == Proto::Udp { 17 } else { 6 }]);
    let ip = |a: &SocketAddr| -> Vec<u8> {
        match a.ip() {
            IpAddr::V4(x) if !v6 => x.octets().to_vec(),
            IpAddr::V4(x) => x.to_ipv6_mapped().octets().to_vec(),
            IpAddr::V6(x) => x.octets().to_vec(),
        }
    };
    chunk(&mut b, if v6 { 0x0005 } else { 0x0003 }, &ip(src));
    chunk(&mut b, if v6 { 0x0006 } else { 0x0004 }, &ip(dst));
    chunk(&mut b, 0x0007, &src.port().to_be_bytes());
    chunk(&mut b, 0x0008, &dst.port().to_be_bytes());
    chunk(&mut b, 0x0009, &secs.to_be_bytes());
    chunk(&mut b, 0x000a, &usecs.to_be_bytes());
    chunk(&mut b, 0x000b, &[1]);
    chunk(&mut b, 0x000c, &capture_id.to_be_bytes());
    chunk(&mut b, 0x000f, data);
    let len = (b.len() as u16).to_be_bytes();
    b[4] = len[0];
    b[5] = len[1];
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        let s: SocketAddr = "127.0.0.1:5060".parse().unwrap();
        let d: SocketAddr = "127.0.0.2:5070".parse().unwrap();
        let p = encode(Proto::Udp, &s, &d, 7, 9, 100, b"OPTIONS");
        assert_eq!(&p[..4], b"HEP3");
        assert_eq!(u16::from_be_bytes([p[4], p[5]]) as usize, p.len());
        // family, protocol, then the IPv4 source chunk
        assert_eq!(&p[6..13], &[0, 0, 0, 1, 0, 7, 2]);
        assert_eq!(&p[13..20], &[0, 0, 0, 2, 0, 7, 17]);
        assert_eq!(&p[20..30], &[0, 0, 0, 3, 0, 10, 127, 0, 0, 1]);
        assert!(p.ends_with(b"\0\0\0\x0f\0\x0dOPTIONS"));
        assert!(Capture::from_url("udp:127.0.0.1:9060;hep=3;capture_id=100").is_some_and(|c| c.capture_id == 100));
        assert!(Capture::from_url("udp:127.0.0.1:9060;hep=2").is_none());
        assert!(Capture::from_url("tcp:127.0.0.1:9060").is_none());
    }
}
