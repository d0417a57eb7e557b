//! Message logs (`TPORT_LOG` / `TPTAG_LOG`): every message sent or received, printed to
//! `su_log_default` at level 0 in Sofia's layout:
//!
//! ```text
//! send 702 bytes to udp/[127.0.0.1]:35096 at 10:07:45.037460:
//!    ------------------------------------------------------------------------
//!    INVITE sip:127.0.0.1:35096 SIP/2.0
//!    ...
//!    ------------------------------------------------------------------------
//! ```

use std::net::SocketAddr;
use std::sync::OnceLock;

use super::Proto;

const RULE: &str = "   ------------------------------------------------------------------------\n";

/// Whether the environment asks for message logs (`TPORT_LOG` set and not empty).
pub fn env_enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("TPORT_LOG").is_some_and(|v| !v.is_empty()))
}

/// The stamp line of a logged or dumped message: `{what} {n} bytes {how} proto/[addr]:port
/// at hh:mm:ss.uuuuuu:` and a newline (time of day in UTC, as Sofia's `su_now`).
pub fn stamp(what: &str, how: &str, proto: Proto, peer: &SocketAddr, n: usize, now: std::time::SystemTime) -> String {
    let since = now.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let day = since.as_secs() % 86400;
    format!(
        "{what} {n} bytes {how} {}/[{}]:{} at {:02}:{:02}:{:02}.{:06}:\n",
        proto.name(),
        peer.ip(),
        peer.port(),
        day / 3600,
        day / 60 % 60,
        day % 60,
        since.subsec_micros()
    )
}

/// The log text of one message (`send` true: "send … to", else "recv … from").
pub fn format(send: bool, proto: Proto, peer: &SocketAddr, data: &[u8], now: std::time::SystemTime) -> String {
    let (verb, prep) = if send { ("send", "to") } else { ("recv", "from") };
    let mut s = String::with_capacity(data.len() + 200);
    s.push_str(&stamp(verb, prep, proto, peer, data.len(), now));
    s.push_str(RULE);
    let text = String::from_utf8_lossy(data);
    let mut rest: &str = &text;
    while !rest.is_empty() {
        let (line, next) = match rest.find('\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        s.push_str("   ");
        s.push_str(line.strip_suffix('\r').unwrap_or(line));
        s.push('\n');
        rest = next;
    }
    s.push_str(RULE);
    s
}

/// Logs a message when logging is on.
pub fn log(on: bool, send: bool, proto: Proto, peer: &SocketAddr, data: &[u8]) {
    if !(on || env_enabled()) {
        return;
    }
    let text = format(send, proto, peer, data, std::time::SystemTime::now());
    crate::su::log::log(&crate::su::log::su_log_default, 0, format_args!("{text}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        let peer: SocketAddr = "[::1]:5060".parse().unwrap();
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_micros(3_723_000_042);
        let s = format(false, Proto::Tcp, &peer, b"OPTIONS sip:a SIP/2.0\r\nMax-Forwards: 70\r\n\r\n", t);
        let want = format!("recv 43 bytes from tcp/[::1]:5060 at 01:02:03.000042:\n{RULE}   OPTIONS sip:a SIP/2.0\n   Max-Forwards: 70\n   \n{RULE}");
        assert_eq!(s, want);
    }
}
