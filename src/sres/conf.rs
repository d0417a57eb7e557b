//! resolv.conf and the resolver options (`RES_OPTIONS`, `SRES_OPTIONS`, `LOCALDOMAIN`), read
//! as Sofia reads them.

use std::net::{IpAddr, SocketAddr};

pub const DEFAULT_CONF: &str = "/etc/resolv.conf";
pub const MAX_NAMESERVERS: usize = 6;
pub const MAX_SEARCH: usize = 6;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub ndots: u32,
    pub timeout: u32,
    pub attempts: u32,
    pub rotate: bool,
    pub check_names: bool,
    pub debug: bool,
    pub inet6: bool,
    pub ip6int: bool,
    pub ip6bytestring: bool,
    /// `edns0` / `no-edns0` (kept, not used: queries are sent without EDNS)
    pub edns0: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            ndots: 1,
            timeout: 2,
            attempts: 6,
            rotate: false,
            check_names: true,
            debug: false,
            inet6: false,
            ip6int: false,
            ip6bytestring: false,
            edns0: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub servers: Vec<SocketAddr>,
    pub search: Vec<String>,
    pub port: u16,
    pub opt: Options,
}

/// The environment values the configuration depends on.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub localdomain: Option<String>,
    pub res_options: Option<String>,
    pub sres_options: Option<String>,
}

impl Env {
    pub fn from_process() -> Env {
        Env {
            localdomain: std::env::var("LOCALDOMAIN").ok(),
            res_options: std::env::var("RES_OPTIONS").ok(),
            sres_options: std::env::var("SRES_OPTIONS").ok(),
        }
    }
}

/// Builds the configuration from the text of resolv.conf (None: the file could not be
/// read), the environment and the options given by the application; `default_port` is
/// `_sres_default_port`.
pub fn parse(text: Option<&str>, env: &Env, extra: &[String], default_port: u16) -> Config {
    let mut c = Config { servers: Vec::new(), search: Vec::new(), port: default_port, opt: Options::default() };
    let mut domain: Option<String> = None;
    let mut search: Option<String> = None;
    let mut ips: Vec<IpAddr> = Vec::new();
    for line in text.unwrap_or("").lines() {
        let b = line.trim_start_matches([' ', '\t']);
        let b = &b[..b.find(['#', ';']).unwrap_or(b.len())];
        let b = b.trim_end_matches([' ', '\t', '\r', '\n']);
        if b.is_empty() {
            continue;
        }
        let klen = b.find([' ', '\t']).unwrap_or(b.len());
        let (key, value) = (&b[..klen], b[klen..].trim_start_matches([' ', '\t']));
        if key.eq_ignore_ascii_case("nameserver") {
            if ips.len() < MAX_NAMESERVERS {
                // Sofia: an address with a colon is IPv6, anything else IPv4; bad ones are skipped
                let ip = if value.contains(':') {
                    value.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6)
                } else {
                    value.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
                };
                if let Some(ip) = ip {
                    ips.push(ip);
                }
            }
        } else if key.eq_ignore_ascii_case("domain") {
            if env.localdomain.is_none() {
                search = None;
                domain = Some(value.to_string());
            }
        } else if key.eq_ignore_ascii_case("search") {
            if env.localdomain.is_none() {
                domain = None;
                search = Some(value.to_string());
            }
        } else if key.eq_ignore_ascii_case("port") {
            if let Some(p) = strtoul(value) {
                if p < 65536 {
                    c.port = p as u16;
                }
            }
        } else if key.eq_ignore_ascii_case("options") {
            parse_options(&mut c.opt, value);
        }
    }
    if let Some(l) = &env.localdomain {
        c.search.push(l.clone());
    } else if let Some(d) = domain {
        c.search.push(d);
    } else if let Some(s) = search {
        c.search = s.split([' ', '\t']).filter(|s| !s.is_empty()).take(MAX_SEARCH).map(String::from).collect();
    }
    if ips.is_empty() {
        ips.push(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    }
    c.servers = ips.into_iter().map(|ip| SocketAddr::new(ip, c.port)).collect();
    if let Some(o) = &env.res_options {
        parse_options(&mut c.opt, o);
    }
    for o in extra {
        parse_options(&mut c.opt, o);
    }
    if let Some(o) = &env.sres_options {
        parse_options(&mut c.opt, o);
    }
    c
}

/// `strtoul(s, NULL, 10)` for the leading digits (None when there are none: 0 in C).
fn strtoul(s: &str) -> Option<u64> {
    let s = s.trim_start();
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return Some(0);
    }
    Some(digits.parse::<u64>().unwrap_or(u64::MAX))
}

/// One `options` line (or the value of `RES_OPTIONS`/`SRES_OPTIONS`).
pub fn parse_options(o: &mut Options, value: &str) {
    for word in value.split([' ', '\t']).filter(|w| !w.is_empty()) {
        let (key, n) = match word.find(':') {
            Some(i) => (&word[..=i], strtoul(&word[i + 1..]).unwrap_or(0)),
            None => (word, 0),
        };
        if n > 65536 {
            continue;
        }
        let n = n as u32;
        match key {
            "no-debug" => o.debug = false,
            "debug" => o.debug = true,
            "ndots:" => o.ndots = n,
            "timeout:" => o.timeout = n,
            "attempts:" => o.attempts = n,
            "no-rotate" => o.rotate = false,
            "rotate" => o.rotate = true,
            "no-check-names" => o.check_names = false,
            "check-names" => o.check_names = true,
            "no-inet6" => o.ip6int = false,
            "inet6" => o.inet6 = true,
            "no-ip6-dotint" => o.ip6int = false,
            "ip6-dotint" => o.ip6int = true,
            "no-ip6-bytestring" => o.ip6bytestring = false,
            "ip6-bytestring" => o.ip6bytestring = true,
            "no-edns0" => o.edns0 = false,
            "edns0" => o.edns0 = true,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolv_conf() {
        let text = "# c\nnameserver 127.0.0.1 \nnameserver ::1\nnameserver bogus\nport 5353\nsearch a.test b.test\noptions ndots:2 rotate ; x\n";
        let c = parse(Some(text), &Env::default(), &[], 53);
        assert_eq!(c.servers, vec!["127.0.0.1:5353".parse().unwrap(), "[::1]:5353".parse().unwrap()]);
        assert_eq!(c.search, vec!["a.test", "b.test"]);
        assert_eq!(c.opt.ndots, 2);
        assert!(c.opt.rotate);
        let env = Env { localdomain: Some("l.test".into()), res_options: Some("ndots:3".into()), sres_options: Some("ndots:4".into()) };
        let c = parse(None, &env, &["ndots:5".into()], 53);
        assert_eq!(c.servers, vec!["127.0.0.1:53".parse().unwrap()]);
        assert_eq!(c.search, vec!["l.test"]);
        assert_eq!(c.opt.ndots, 4);
    }
}
