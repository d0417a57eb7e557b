//! The resolver engine: configuration, servers (one connected, non-blocking UDP socket
//! each), pending queries, retransmissions and the answer cache. It never blocks: the
//! blocking API (`blocking_query`) polls its sockets, and an event loop can watch the same
//! sockets and call `receive`/`tick`.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::io::ErrorKind;
use std::net::{SocketAddr, UdpSocket};
use std::os::fd::AsRawFd;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use super::conf::{self, Config, Env};
use super::wire::{self, RData, Record};

pub const TYPE_A: u16 = 1;
pub const TYPE_SOA: u16 = 6;
pub const TYPE_CNAME: u16 = 5;
pub const QTYPE_ANY: u16 = 255;
pub const QTYPE_TSIG: u16 = 250;
pub const CLASS_IN: u16 = 1;

pub const NAME_ERR: u16 = 3;
pub const UNIMPL_ERR: u16 = 4;
pub const AUTH_ERR: u16 = 5;
pub const TIMEOUT_ERR: u16 = 32;
pub const RECORD_ERR: u16 = 33;
pub const NETWORK_ERR: u16 = 35;

/// Retransmissions before a query times out (`SRES_MAX_RETRY_COUNT`).
pub const MAX_RETRY_COUNT: u32 = 6;
/// How often the configuration file is checked for changes (seconds).
const UPDATE_INTERVAL: i64 = 5;
/// A server that gave an ICMP error is avoided this long (seconds).
const ICMP_TIMEOUT: i64 = 60;
/// A server whose send failed is avoided this long (seconds).
const ERROR_TIMEOUT: i64 = 10;
/// Longest CNAME chain followed with new queries.
const MAX_CNAME_CHAIN: u8 = 8;

pub fn now_secs() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// `name` with a final dot.
pub fn toplevel(name: &[u8]) -> Vec<u8> {
    let mut v = name.to_vec();
    if !v.ends_with(b".") {
        v.push(b'.');
    }
    v
}

fn cmp_bytes_nocase(a: &[u8], b: &[u8]) -> Ordering {
    a.iter().map(u8::to_ascii_lowercase).cmp(b.iter().map(u8::to_ascii_lowercase))
}

/// The order of `sres_record_compare`: status, class, type, then the data (SRV: priority
/// ascending, weight descending, target, port; NAPTR: order, preference, then the strings).
pub fn compare(a: &Record, b: &Record) -> Ordering {
    let o = a.status.cmp(&b.status).then(a.class.cmp(&b.class)).then(a.rtype.cmp(&b.rtype));
    if o != Ordering::Equal || a.status != 0 {
        return o;
    }
    match (&a.data, &b.data) {
        (RData::A(x), RData::A(y)) => x.cmp(y),
        (RData::Aaaa(x), RData::Aaaa(y)) => x.cmp(y),
        (RData::A6 { prelen: pa, suffix: sa, prename: na }, RData::A6 { prelen: pb, suffix: sb, prename: nb }) => {
            pa.cmp(pb)
                .then_with(|| match (na, nb) {
                    (Some(x), Some(y)) => cmp_bytes_nocase(x, y),
                    (None, Some(_)) => Ordering::Greater,
                    (Some(_), None) => Ordering::Less,
                    (None, None) => Ordering::Equal,
                })
                .then(sa.cmp(sb))
        }
        (RData::Cname(x), RData::Cname(y)) | (RData::Ptr(x), RData::Ptr(y)) => x.cmp(y),
        (
            RData::Srv { priority: p1, weight: w1, port: o1, target: t1 },
            RData::Srv { priority: p2, weight: w2, port: o2, target: t2 },
        ) => p1.cmp(p2).then(w2.cmp(w1)).then(t1.cmp(t2)).then(o1.cmp(o2)),
        (
            RData::Naptr { order: o1, prefer: p1, flags: f1, services: s1, regexp: r1, replace: x1 },
            RData::Naptr { order: o2, prefer: p2, flags: f2, services: s2, regexp: r2, replace: x2 },
        ) => o1.cmp(o2).then(p1.cmp(p2)).then(f1.cmp(f2)).then(s1.cmp(s2)).then(r1.cmp(r2)).then(x1.cmp(x2)),
        (
            RData::Soa { mname: m1, rname: r1, serial: s1, refresh: f1, retry: t1, expire: e1, minimum: n1 },
            RData::Soa { mname: m2, rname: r2, serial: s2, refresh: f2, retry: t2, expire: e2, minimum: n2 },
        ) => s1
            .cmp(s2)
            .then_with(|| cmp_bytes_nocase(m1, m2))
            .then_with(|| cmp_bytes_nocase(r1, r2))
            .then(f1.cmp(f2))
            .then(t1.cmp(t2))
            .then(e1.cmp(e2))
            .then(n1.cmp(n2)),
        _ => Ordering::Equal,
    }
}

/// Sofia's insertion sort: each record moves before the first earlier one it sorts before.
pub fn sort<T>(v: &mut [T], key: impl Fn(&T) -> &Record) {
    for i in 1..v.len() {
        if let Some(j) = (0..i).find(|&j| compare(key(&v[i]), key(&v[j])) == Ordering::Less) {
            v[j..=i].rotate_right(1);
        }
    }
}

struct Entry {
    rec: Arc<Record>,
    expires: i64,
}

/// Answers by (name, type), in the order they arrived; equal records replace each other.
#[derive(Default)]
pub struct Cache {
    by_name: HashMap<Vec<u8>, Vec<Entry>>,
}

impl Cache {
    pub fn store(&mut self, rec: Arc<Record>, now: i64) {
        let expires = now + rec.ttl as i64;
        let list = self.by_name.entry(rec.name.to_ascii_lowercase()).or_default();
        for e in list.iter_mut() {
            if e.rec.rtype == rec.rtype && (rec.rtype == TYPE_SOA || compare(&e.rec, &rec) == Ordering::Equal) {
                *e = Entry { rec, expires };
                return;
            }
        }
        list.push(Entry { rec, expires });
    }

    /// Records of `qtype` (or any type for `ANY`) named `name` (absolute); when only error
    /// records are found, the CNAME of the name is followed.
    pub fn get(&self, qtype: u16, name: &[u8], now: i64) -> Vec<Arc<Record>> {
        let mut out = Vec::new();
        let mut seen: Vec<Vec<u8>> = Vec::new();
        let mut name = name.to_ascii_lowercase();
        loop {
            let (mut found, mut errors, mut cname) = (0, 0, None);
            for e in self.by_name.get(&name).into_iter().flatten() {
                if now > e.expires {
                    continue;
                }
                let r = &e.rec;
                if r.rtype == qtype || qtype == QTYPE_ANY {
                    if r.status == RECORD_ERR && qtype == QTYPE_ANY {
                        continue;
                    }
                    out.push(r.clone());
                    found += 1;
                    if r.status != 0 {
                        errors += 1;
                    }
                }
                if qtype != TYPE_CNAME && r.rtype == TYPE_CNAME && r.status == 0 {
                    if let RData::Cname(c) = &r.data {
                        cname = Some(c.to_ascii_lowercase());
                    }
                }
            }
            match cname {
                Some(c) if found == errors && !seen.contains(&c) && c != name => {
                    seen.push(std::mem::replace(&mut name, c));
                }
                _ => return out,
            }
        }
    }

    /// Moves every unexpired entry of `other` into this cache (keeping its expiry time).
    pub fn absorb(&mut self, other: Cache, now: i64) {
        for (name, list) in other.by_name {
            for e in list.into_iter().filter(|e| now <= e.expires) {
                let mine = self.by_name.entry(name.clone()).or_default();
                let rec = e.rec;
                match mine.iter_mut().find(|m| m.rec.rtype == rec.rtype && (rec.rtype == TYPE_SOA || compare(&m.rec, &rec) == Ordering::Equal)) {
                    Some(m) => *m = Entry { rec, expires: e.expires },
                    None => mine.push(Entry { rec, expires: e.expires }),
                }
            }
        }
    }

    /// Sofia's `sres_cache_set_srv_priority()` for graylisting: the SRV records of `name`
    /// (absolute) pointing at `target` (and `port`, unless 0) get the priority number after
    /// the highest of `name`'s records; every SRV record of `name` is kept `ttl` seconds from
    /// `now`. The number of records changed.
    pub fn set_srv_priority(&mut self, name: &[u8], target: &[u8], port: u16, ttl: u32, now: i64) -> usize {
        let Some(list) = self.by_name.get_mut(&name.to_ascii_lowercase()) else { return 0 };
        let prio_of = |r: &Record| match r.data {
            RData::Srv { priority, .. } => Some(priority),
            _ => None,
        };
        let next = list.iter().filter_map(|e| prio_of(&e.rec)).max().unwrap_or(0).saturating_add(1);
        let mut n = 0;
        for e in list.iter_mut().filter(|e| prio_of(&e.rec).is_some()) {
            e.expires = now + i64::from(ttl);
            let mut r = (*e.rec).clone();
            if let RData::Srv { priority, port: p, target: t, .. } = &mut r.data {
                if (port == 0 || *p == port) && t.eq_ignore_ascii_case(target) {
                    *priority = next;
                    e.rec = Arc::new(r);
                    n += 1;
                }
            }
        }
        n
    }

    pub fn clean(&mut self, now: i64) {
        self.by_name.retain(|_, list| {
            list.retain(|e| now <= e.expires);
            !list.is_empty()
        });
    }
}

struct Server {
    addr: SocketAddr,
    socket: Option<UdpSocket>,
    icmp: i64,
    error: i64,
}

const NEVER: i64 = i64::MAX;

struct Query {
    token: u64,
    qtype: u16,
    name: Vec<u8>,
    timestamp: i64,
    retry_count: u32,
    i_server: usize,
    cname_depth: u8,
}

/// A finished query: its token and its answers (never empty for errors: an error record
/// with a nonzero status is made).
pub type Done = (u64, Vec<Arc<Record>>);

pub struct Core {
    conf_path: String,
    options: Vec<String>,
    env: Env,
    pub config: Config,
    mtime: Option<SystemTime>,
    next_check: i64,
    servers: Vec<Server>,
    i_server: usize,
    queries: HashMap<u16, Query>,
    next_id: u16,
    pub cache: Cache,
    pub done: Vec<Done>,
}

fn read_conf(path: &str) -> (Option<String>, Option<SystemTime>) {
    let text = std::fs::read(path).ok().map(|b| String::from_utf8_lossy(&b).into_owned());
    let mtime = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    (text, mtime)
}

fn random_id() -> u16 {
    let mut b = [0u8; 2];
    // SAFETY: getrandom writes at most 2 bytes into the 2-byte buffer.
    let n = unsafe { libc::getrandom(b.as_mut_ptr().cast(), 2, libc::GRND_NONBLOCK) };
    if n == 2 {
        u16::from_ne_bytes(b)
    } else {
        now_secs() as u16
    }
}

impl Core {
    pub fn new(conf_path: Option<&str>, options: Vec<String>, default_port: u16) -> Core {
        let conf_path = conf_path.unwrap_or(conf::DEFAULT_CONF).to_string();
        let env = Env::from_process();
        let (text, mtime) = read_conf(&conf_path);
        let config = conf::parse(text.as_deref(), &env, &options, default_port);
        let mut core = Core {
            conf_path,
            options,
            env,
            config,
            mtime,
            next_check: now_secs() + UPDATE_INTERVAL,
            servers: Vec::new(),
            i_server: 0,
            queries: HashMap::new(),
            next_id: random_id(),
            cache: Cache::default(),
            done: Vec::new(),
        };
        core.set_servers();
        core
    }

    fn set_servers(&mut self) {
        self.servers = self
            .config
            .servers
            .iter()
            .map(|&addr| Server { addr, socket: None, icmp: 0, error: 0 })
            .collect();
        self.i_server = 0;
        for q in self.queries.values_mut() {
            q.i_server = 0;
        }
    }

    /// Rereads the configuration if `always`, or if the file changed (checked at most every
    /// few seconds). Servers are replaced only when the list changed.
    pub fn update(&mut self, always: bool, default_port: u16) {
        let now = now_secs();
        if !always && now < self.next_check {
            return;
        }
        self.next_check = now + UPDATE_INTERVAL;
        let mtime = std::fs::metadata(&self.conf_path).and_then(|m| m.modified()).ok();
        if !always && (mtime.is_none() || mtime == self.mtime) {
            return;
        }
        let (text, mtime) = read_conf(&self.conf_path);
        let config = conf::parse(text.as_deref(), &self.env, &self.options, default_port);
        let changed = config.servers != self.config.servers;
        self.config = config;
        self.mtime = mtime;
        if changed || always {
            self.set_servers();
        }
    }

    pub fn n_servers(&self) -> usize {
        self.servers.len()
    }

    /// The sockets to watch for input, with their server index.
    pub fn fds(&self) -> Vec<(i32, usize)> {
        self.servers
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.socket.as_ref().map(|sock| (sock.as_raw_fd(), i)))
            .collect()
    }

    pub fn pending(&self) -> usize {
        self.queries.len()
    }

    /// Starts a query; the result is pushed to `done` later. Err = errno.
    pub fn query(&mut self, token: u64, qtype: u16, name: &[u8], default_port: u16) -> Result<(), i32> {
        if name.len() > wire::MAXDNAME || (name.len() == wire::MAXDNAME && !name.ends_with(b".")) {
            return Err(libc::ENAMETOOLONG);
        }
        self.update(false, default_port);
        if self.servers.is_empty() {
            return Err(libc::ENETDOWN);
        }
        self.start(token, qtype, name.to_vec(), 0)
    }

    fn start(&mut self, token: u64, qtype: u16, name: Vec<u8>, cname_depth: u8) -> Result<(), i32> {
        let mut id = self.next_id;
        while id == 0 || self.queries.contains_key(&id) {
            id = id.wrapping_add(1);
        }
        self.next_id = id.wrapping_add(1);
        let q = Query { token, qtype, name, timestamp: now_secs(), retry_count: 0, i_server: self.i_server, cname_depth };
        self.queries.insert(id, q);
        if let Err(e) = self.send(id) {
            self.queries.remove(&id);
            return Err(e);
        }
        Ok(())
    }

    fn socket(&mut self, i: usize) -> Option<&UdpSocket> {
        let s = &mut self.servers[i];
        if s.socket.is_none() {
            let local: SocketAddr = if s.addr.is_ipv4() { "0.0.0.0:0".parse().ok()? } else { "[::]:0".parse().ok()? };
            let sock = UdpSocket::bind(local).ok()?;
            sock.connect(s.addr).ok()?;
            sock.set_nonblocking(true).ok()?;
            s.socket = Some(sock);
        }
        s.socket.as_ref()
    }

    /// Sends query `id` to its server (or the next usable one). Err = errno.
    fn send(&mut self, id: u16) -> Result<(), i32> {
        let now = now_secs();
        let Some(q) = self.queries.get(&id) else { return Err(libc::EINVAL) };
        let msg = wire::encode_query(id, q.qtype, &q.name).map_err(|_| libc::EIO)?;
        let n = self.servers.len();
        if n == 0 {
            return Err(libc::EIO);
        }
        let mut i = if q.i_server >= n { 0 } else { q.i_server };
        let mut next = if self.config.opt.rotate || self.servers[i].error != 0 || self.servers[i].icmp != 0 {
            self.next_server(&mut i, true, now)
        } else {
            Some(i)
        };
        let mut error = libc::EIO;
        let mut tried = 0;
        while let Some(j) = next {
            tried += 1;
            match self.socket(j).map(|s| s.send(&msg)) {
                None => {
                    self.servers[j].icmp = now;
                    self.servers[j].error = NEVER;
                }
                Some(Ok(sent)) if sent == msg.len() => {
                    if let Some(q) = self.queries.get_mut(&id) {
                        q.i_server = j;
                    }
                    return Ok(());
                }
                Some(r) => {
                    error = r.err().and_then(|e| e.raw_os_error()).unwrap_or(libc::EIO);
                    self.servers[j].icmp = now;
                    self.servers[j].error = now;
                }
            }
            if tried > n {
                break;
            }
            i = j;
            next = self.next_server(&mut i, true, now);
        }
        Err(error)
    }

    /// Sofia's server choice: another server without ICMP errors, then one without send
    /// errors, then (if `always`) the current one or any not permanently broken.
    fn next_server(&mut self, i: &mut usize, always: bool, now: i64) -> Option<usize> {
        let n = self.servers.len();
        for s in &mut self.servers {
            if s.icmp + ICMP_TIMEOUT < now {
                s.icmp = 0;
            }
            if s.error != NEVER && s.error + ERROR_TIMEOUT < now {
                s.error = 0;
            }
        }
        let others: Vec<usize> = (1..n).map(|k| (*i + k) % n).collect();
        if let Some(&j) = others.iter().find(|&&j| self.servers[j].icmp == 0) {
            *i = j;
            return Some(j);
        }
        if let Some(&j) = others.iter().find(|&&j| self.servers[j].error == 0) {
            *i = j;
            return Some(j);
        }
        if !always {
            return None;
        }
        let ok = |s: &Server| s.error < now && s.error != NEVER;
        if ok(&self.servers[*i]) {
            return Some(*i);
        }
        if let Some(&j) = others.iter().find(|&&j| ok(&self.servers[j])) {
            *i = j;
            return Some(j);
        }
        None
    }

    /// Retransmits due queries and times out the ones out of retries (call every 500 ms
    /// while queries are pending); cleans the cache.
    pub fn tick(&mut self) {
        let now = now_secs();
        let due: Vec<u16> = self
            .queries
            .iter()
            .filter(|(_, q)| now >= q.timestamp + (1i64 << q.retry_count.min(40)))
            .map(|(&id, _)| id)
            .collect();
        for id in due {
            self.resend(id, true, now);
        }
        self.cache.clean(now);
    }

    fn resend(&mut self, id: u16, timeout: bool, now: i64) {
        let Some(q) = self.queries.get(&id) else { return };
        if !self.servers.is_empty() && q.retry_count < MAX_RETRY_COUNT {
            let mut i = q.i_server.min(self.servers.len() - 1);
            if let Some(j) = self.next_server(&mut i, timeout, now) {
                self.i_server = j;
                if let Some(q) = self.queries.get_mut(&id) {
                    q.i_server = j;
                }
                let _ = self.send(id);
                if timeout {
                    if let Some(q) = self.queries.get_mut(&id) {
                        q.retry_count += 1;
                    }
                }
                return;
            }
        }
        self.report_error(id, None);
    }

    fn error_record(q: &Query, status: u16) -> Record {
        Record {
            name: toplevel(&q.name),
            rtype: q.qtype,
            class: CLASS_IN,
            ttl: 600,
            rdlen: 0,
            status,
            data: RData::None,
        }
    }

    fn report_error(&mut self, id: u16, answers: Option<Vec<Arc<Record>>>) {
        let Some(q) = self.queries.remove(&id) else { return };
        let answers = answers.unwrap_or_else(|| {
            let status = if q.retry_count > 0 { TIMEOUT_ERR } else { NETWORK_ERR };
            vec![Arc::new(Self::error_record(&q, status))]
        });
        self.done.push((q.token, answers));
    }

    /// Reads what server `i`'s socket has (all datagrams, non-blocking); an ICMP error
    /// (refused) resends the queries that were sent to that server, or fails them.
    pub fn receive(&mut self, i: usize) {
        let mut buf = vec![0u8; 65536];
        loop {
            let Some(sock) = self.servers.get(i).and_then(|s| s.socket.as_ref()) else { return };
            match sock.recv(&mut buf) {
                Ok(n) => self.handle(&buf[..n], i),
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => {
                    self.icmp_error(i);
                    return;
                }
            }
        }
    }

    fn icmp_error(&mut self, i: usize) {
        let now = now_secs();
        self.servers[i].icmp = now;
        let ids: Vec<u16> = self.queries.iter().filter(|(_, q)| q.i_server == i).map(|(&id, _)| id).collect();
        // Debian's 1.12 resends at once and counts it as a retry (the fork's source asks
        // another server only): a refused server fails the query after the retries.
        for id in ids {
            self.resend(id, true, now);
        }
    }

    fn handle(&mut self, buf: &[u8], _server: usize) {
        let Some(id) = wire::message_id(buf) else { return };
        let Some(q) = self.queries.get(&id) else { return };
        let now = now_secs();
        let resp = match wire::decode(buf) {
            Ok(r) => r,
            Err(_) => return self.report_error(id, None),
        };
        let mut err = resp.flags & wire::HDR_RCODE;
        if resp.ancount == 0 && err == 0 {
            err = RECORD_ERR;
        }
        let mut records: Vec<Record> = Vec::with_capacity(resp.records.len() + 2);
        let mut errorcount = 0;
        if matches!(err, RECORD_ERR | NAME_ERR | UNIMPL_ERR | AUTH_ERR) {
            let mut e = Self::error_record(q, err);
            for r in &resp.records {
                if let RData::Soa { minimum, .. } = r.data {
                    if e.ttl > minimum && minimum > 10 {
                        e.ttl = minimum;
                    }
                }
            }
            records.push(e);
            errorcount = 1;
        }
        records.extend(resp.records);
        let ancount = resp.ancount as usize;
        if ancount > 0
            && errorcount == 0
            && q.qtype < QTYPE_TSIG
            && (q.cname_depth > 0 || records[0].rtype != TYPE_CNAME)
            && !records[..ancount].iter().any(|r| r.rtype == q.qtype)
        {
            records.insert(0, Self::error_record(q, RECORD_ERR));
            err = RECORD_ERR;
            errorcount = 1;
        }
        let records: Vec<Arc<Record>> = records.into_iter().map(Arc::new).collect();
        for r in &records {
            self.cache.store(r.clone(), now);
        }
        let mut answers = records;
        answers.truncate(ancount + errorcount);
        if err != 0 {
            return self.report_error(id, Some(answers));
        }
        let q = self.queries.remove(&id).expect("query present");
        if q.qtype != TYPE_CNAME && q.qtype != QTYPE_ANY {
            if let Some(RData::Cname(alias)) = answers.first().map(|r| &r.data) {
                let cached = self.cache.get(q.qtype, alias, now);
                if !cached.is_empty() {
                    answers = cached;
                } else if q.cname_depth < MAX_CNAME_CHAIN {
                    let alias = alias.clone();
                    if self.start(q.token, q.qtype, alias, q.cname_depth + 1).is_ok() {
                        return;
                    }
                    let status = if q.retry_count > 0 { TIMEOUT_ERR } else { NETWORK_ERR };
                    answers = vec![Arc::new(Self::error_record(&q, status))];
                }
            }
        }
        self.done.push((q.token, answers));
    }

    /// Takes the result of the query started with `token`, if finished.
    pub fn take_done(&mut self, token: u64) -> Option<Vec<Arc<Record>>> {
        let i = self.done.iter().position(|(t, _)| *t == token)?;
        Some(self.done.remove(i).1)
    }

    /// Takes the finished queries whose tokens `mine` accepts, in the order they finished.
    pub fn take_done_where(&mut self, mine: impl Fn(u64) -> bool) -> Vec<Done> {
        let (taken, kept): (Vec<Done>, Vec<Done>) = std::mem::take(&mut self.done).into_iter().partition(|(t, _)| mine(*t));
        self.done = kept;
        taken
    }

    /// Forgets the query started with `token` (pending or finished): no retransmissions,
    /// no result.
    pub fn cancel(&mut self, token: u64) {
        self.queries.retain(|_, q| q.token != token);
        self.done.retain(|(t, _)| *t != token);
    }
}
