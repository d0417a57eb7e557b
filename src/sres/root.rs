//! A resolver on a root (`sofia-sip/sresolv.h`): `sres_resolver_create` ties a resolver to
//! an `su_root_t`; `sres_query` / `sres_query_sockaddr` start queries whose answers are
//! given to a callback on the root's thread; `sres_resolver_destroy` unties and releases it.
//!
//! The engine (`core::Core`) never blocks: a query is one datagram sent on a connected,
//! non-blocking UDP socket per name server. Every server socket the engine opens is watched
//! on the root ([`Watch`]); a [`Timer`] runs the engine's retransmission tick as Sofia's
//! does (first after 1 s when a query starts with none pending, then every 500 ms while
//! queries are pending). Finished queries are delivered from those loop callbacks only,
//! never inside `sres_query`, with no lock or borrow held: a callback may start queries,
//! rebind or destroy the resolver. The answers array is the caller's (`sres_free_answers`);
//! the cache is the resolver's, shared with `sres_cached_answers` and the blocking API.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{c_char, c_int};
use std::os::fd::RawFd;
use std::ptr;
use std::rc::Rc;
use std::sync::{Arc, MutexGuard, Weak};

use super::api::{self, SresRecord, SresResolver};
use super::core::Core;
use crate::ffi::guard;
use crate::su::errno::su_seterrno;
use crate::su::root::su_root_t;
use crate::su::timer::Timer;
use crate::su::watch::{Watch, POLLIN};
use crate::tag::types::tagi_t;

/// `sres_context_t` (the application's, opaque).
pub struct SresContext {
    _opaque: [u8; 0],
}

/// `sres_answer_f`: (context, query, answers).
pub type AnswerFn = unsafe extern "C" fn(*mut SresContext, *mut SresQuery, *mut *mut SresRecord);

/// `sres_query_t`: a pending query of a resolver on a root. Owned by the resolver's
/// `OnRoot` (freed after its callback returns, or when the resolver is destroyed).
pub struct SresQuery {
    callback: Cell<Option<AnswerFn>>,
    context: Cell<*mut SresContext>,
}

/// Retransmission timer interval (`SRES_RETRANSMIT_INTERVAL`, ms).
const RETRANSMIT_INTERVAL: i64 = 500;

/// The root glue of one resolver.
pub struct OnRoot {
    root: *mut su_root_t,
    res: Weak<SresResolver>,
    watches: RefCell<Vec<Watch>>,
    timer: Timer,
    /// Pending queries by token (raw boxes: C holds the pointers too).
    queries: RefCell<HashMap<u64, *mut SresQuery>>,
}

fn lock(r: &SresResolver) -> MutexGuard<'_, Core> {
    r.core.lock().unwrap_or_else(|e| e.into_inner())
}

impl OnRoot {
    /// Watches exactly the engine's open server sockets.
    fn sync_watches(self: &Rc<Self>, fds: &[(RawFd, usize)]) {
        let mut w = self.watches.borrow_mut();
        w.retain(|x| fds.iter().any(|&(fd, _)| fd == x.fd()));
        for &(fd, _) in fds {
            if w.iter().any(|x| x.fd() == fd) {
                continue;
            }
            let res = self.res.clone();
            // SAFETY: the root is live while the resolver is tied to it (the application
            // destroys the resolver before the root, as with Sofia); the socket stays open
            // while the engine lists it, and the watch is dropped when it no longer does.
            let watch = unsafe { Watch::new(self.root, fd, POLLIN, move |_revents| readable(&res, fd)) };
            match watch {
                Ok(x) => w.push(x),
                Err(e) => crate::su_debug!(crate::su::log::sresolv_log, 3, "sres: su_root_register: {}\n", e),
            }
        }
    }

    /// Starts the retransmission timer as Sofia does when the first query is added.
    fn schedule(self: &Rc<Self>, ms: i64) {
        let res = self.res.clone();
        self.timer.set(ms as _, move || tick(&res));
    }

    /// Frees every pending query (no callbacks) and stops watching and timing.
    fn shutdown(&self, r: &SresResolver) {
        let queries: Vec<(u64, *mut SresQuery)> = self.queries.borrow_mut().drain().collect();
        {
            let mut core = lock(r);
            for (token, _) in &queries {
                core.cancel(*token);
            }
        }
        for (_, q) in queries {
            // SAFETY: a box made by `start` and owned by the map, taken out of it above.
            drop(unsafe { Box::from_raw(q) });
        }
        self.watches.borrow_mut().clear();
        self.timer.reset();
    }
}

impl Drop for OnRoot {
    fn drop(&mut self) {
        for (_, q) in self.queries.get_mut().drain() {
            // SAFETY: boxes owned by the map.
            drop(unsafe { Box::from_raw(q) });
        }
    }
}

fn on_root_of(r: &SresResolver) -> Option<Rc<OnRoot>> {
    r.on_root.borrow().clone()
}

/// A server socket is readable (or has an error): read what it has, deliver.
fn readable(res: &Weak<SresResolver>, fd: RawFd) {
    let Some(r) = res.upgrade() else { return };
    pump(&r, |core| {
        if let Some(&(_, i)) = core.fds().iter().find(|&&(f, _)| f == fd) {
            core.receive(i);
        }
    });
}

/// The retransmission timer.
fn tick(res: &Weak<SresResolver>) {
    let Some(r) = res.upgrade() else { return };
    pump(&r, |core| core.tick());
    if let Some(on) = on_root_of(&r) {
        if lock(&r).pending() > 0 {
            on.schedule(RETRANSMIT_INTERVAL);
        }
    }
}

/// Runs `f` on the engine, then watches its sockets and delivers the finished queries of
/// this root, each to its callback (taken at delivery time: `sres_query_bind` may change it).
fn pump(r: &Arc<SresResolver>, f: impl FnOnce(&mut Core)) {
    let Some(on) = on_root_of(r) else { return };
    let (done, fds) = {
        let mut core = lock(r);
        f(&mut core);
        let queries = on.queries.borrow();
        let done = core.take_done_where(|t| queries.contains_key(&t));
        (done, core.fds())
    };
    on.sync_watches(&fds);
    for (token, answers) in done {
        let Some(q) = on.queries.borrow_mut().remove(&token) else { continue };
        // SAFETY: a box made by `start`, just taken out of the map: ours to free.
        let q = unsafe { Box::from_raw(q) };
        let arr = api::build_answers(&answers);
        let qp = &*q as *const SresQuery as *mut SresQuery;
        match q.callback.get() {
            // SAFETY: the application's callback with its context, our query and a new
            // answers array that becomes the application's.
            Some(cb) if !arr.is_null() => guard((), || unsafe { cb(q.context.get(), qp, arr) }),
            Some(cb) => guard((), || {
                // Out of memory: report no answers, as an empty result would mislead.
                // SAFETY: as above, with NULL answers.
                unsafe { cb(q.context.get(), qp, ptr::null_mut()) }
            }),
            None if !arr.is_null() => {
                // SAFETY: the array built above, not handed to anybody.
                unsafe { api::free_answers(arr) }
            }
            None => {}
        }
        drop(q);
    }
}

/// `sres_resolver_create()` behind the shim: the tag list may name the configuration file
/// (`SRESTAG_RESOLV_CONF`, overriding `conf_file_path`).
unsafe extern "C" fn shim_create(root: *mut su_root_t, conf_file_path: *const c_char, tags: *const tagi_t) -> *mut SresResolver {
    guard(ptr::null_mut(), || {
        if root.is_null() {
            su_seterrno(libc::EFAULT);
            return ptr::null_mut();
        }
        let mut path = conf_file_path;
        // SAFETY: the shim's well-formed tag list.
        let t = unsafe { crate::tag::list::tl_find_last(tags, ptr::addr_of!(crate::tag::objects::srestag_resolv_conf)) };
        if !t.is_null() {
            // SAFETY: a found item of the list.
            path = unsafe { (*t).t_value } as *const c_char;
        }
        // SAFETY: NULL or the application's C string.
        let path = unsafe { crate::ffi::cstr(path) }.map(|c| c.to_string_lossy().into_owned());
        let raw = api::new_resolver(path.as_deref(), Vec::new());
        // SAFETY: `raw` holds the application's reference; `ManuallyDrop` keeps it so.
        let arc = std::mem::ManuallyDrop::new(unsafe { Arc::from_raw(raw as *const SresResolver) });
        // SAFETY: the application's live root, used on this thread.
        let Some(timer) = (unsafe { Timer::new(root) }) else {
            crate::su_debug!(crate::su::log::sresolv_log, 3, "sres: cannot create timer\n");
            api::sres_resolver_unref(raw);
            return ptr::null_mut();
        };
        let on = Rc::new(OnRoot {
            root,
            res: Arc::downgrade(&arc),
            watches: RefCell::new(Vec::new()),
            timer,
            queries: RefCell::new(HashMap::new()),
        });
        *arc.on_root.borrow_mut() = Some(on);
        raw
    })
}

/// `sres_resolver_destroy()`: unties the resolver from its root (pending queries are
/// dropped without callbacks) and releases the application's reference. 0; -1 with EFAULT
/// (NULL) or EINVAL (not made by `sres_resolver_create`).
#[no_mangle]
pub extern "C" fn sres_resolver_destroy(res: *mut SresResolver) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live resolver.
        let Some(r) = (unsafe { api::res_ref(res) }) else { return su_seterrno(libc::EFAULT) };
        let Some(on) = r.on_root.borrow_mut().take() else { return su_seterrno(libc::EINVAL) };
        on.shutdown(r);
        drop(on);
        api::sres_resolver_unref(res);
        0
    })
}

/// Starts a query of `name` on a resolver tied to a root.
fn start(res: *mut SresResolver, callback: Option<AnswerFn>, context: *mut SresContext, qtype: u16, name: &[u8]) -> *mut SresQuery {
    // SAFETY: NULL or a live resolver.
    let Some(r) = (unsafe { api::res_ref(res) }) else {
        su_seterrno(libc::EFAULT);
        return ptr::null_mut();
    };
    let Some(on) = on_root_of(r) else {
        // Only resolvers on a root deliver answers (no external-loop API here).
        su_seterrno(libc::EINVAL);
        return ptr::null_mut();
    };
    let token = r.tokens.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let (result, fds, pending) = {
        let mut core = lock(r);
        let result = core.query(token, qtype, name, api::default_port());
        (result, core.fds(), core.pending())
    };
    on.sync_watches(&fds);
    if let Err(e) = result {
        su_seterrno(e);
        return ptr::null_mut();
    }
    let q = Box::into_raw(Box::new(SresQuery { callback: Cell::new(callback), context: Cell::new(context) }));
    on.queries.borrow_mut().insert(token, q);
    if pending == 1 {
        on.schedule(2 * RETRANSMIT_INTERVAL);
    }
    q
}

/// `sres_query()`: sends a query for (`type`, `domain`) (no search list, no cache lookup);
/// the callback gets the answers (error records with a nonzero status on NXDOMAIN, no
/// data, timeout) on the root's thread. NULL with errno EFAULT, ENAMETOOLONG, ENETDOWN,
/// EINVAL (resolver not on a root) or a send error.
#[no_mangle]
pub extern "C" fn sres_query(
    res: *mut SresResolver,
    callback: Option<unsafe extern "C" fn(*mut SresContext, *mut SresQuery, *mut *mut SresRecord)>,
    context: *mut SresContext,
    type_: u16,
    domain: *const c_char,
) -> *mut SresQuery {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or the application's C string.
        let Some(d) = (unsafe { crate::ffi::cbytes(domain) }) else {
            su_seterrno(libc::EFAULT);
            return ptr::null_mut();
        };
        start(res, callback, context, type_, d)
    })
}

/// The reverse-lookup name of an address: `d.c.b.a.in-addr.arpa.` or the nibbles of an
/// IPv6 address under `ip6.arpa.` (`ip6.int.` with the `ip6-dotint` option).
pub fn reverse_name(addr: &std::net::IpAddr, ip6int: bool) -> String {
    match addr {
        std::net::IpAddr::V4(a) => {
            let o = a.octets();
            format!("{}.{}.{}.{}.in-addr.arpa.", o[3], o[2], o[1], o[0])
        }
        std::net::IpAddr::V6(a) => {
            let mut s = String::with_capacity(80);
            for b in a.octets().iter().rev() {
                s.push(char::from_digit((b & 15) as u32, 16).unwrap_or('0'));
                s.push('.');
                s.push(char::from_digit((b >> 4) as u32, 16).unwrap_or('0'));
                s.push('.');
            }
            s.push_str(if ip6int { "ip6.int." } else { "ip6.arpa." });
            s
        }
    }
}

/// `sres_query_sockaddr()`: `sres_query` of the reverse name of an IPv4/IPv6 address.
/// NULL with errno EFAULT or EAFNOSUPPORT, or as `sres_query`.
#[no_mangle]
pub extern "C" fn sres_query_sockaddr(
    res: *mut SresResolver,
    callback: Option<unsafe extern "C" fn(*mut SresContext, *mut SresQuery, *mut *mut SresRecord)>,
    context: *mut SresContext,
    type_: u16,
    addr: *const libc::sockaddr,
) -> *mut SresQuery {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a live resolver.
        let Some(r) = (unsafe { api::res_ref(res) }) else {
            su_seterrno(libc::EFAULT);
            return ptr::null_mut();
        };
        if addr.is_null() {
            su_seterrno(libc::EFAULT);
            return ptr::null_mut();
        }
        // SAFETY: the application's socket address, at least a sockaddr; its family says
        // how large it is.
        let ip = unsafe {
            match (*addr).sa_family as c_int {
                libc::AF_INET => {
                    let sin = &*(addr as *const libc::sockaddr_in);
                    std::net::IpAddr::from(sin.sin_addr.s_addr.to_ne_bytes())
                }
                libc::AF_INET6 => {
                    let sin6 = &*(addr as *const libc::sockaddr_in6);
                    std::net::IpAddr::from(sin6.sin6_addr.s6_addr)
                }
                _ => {
                    crate::su_debug!(crate::su::log::sresolv_log, 3, "sres_sockaddr2string: {}\n", crate::su::errno::strerror_text(libc::EAFNOSUPPORT));
                    su_seterrno(libc::EAFNOSUPPORT);
                    return ptr::null_mut();
                }
            }
        };
        let ip6int = lock(r).config.opt.ip6int;
        start(res, callback, context, type_, reverse_name(&ip, ip6int).as_bytes())
    })
}

/// `sres_query_bind()`: the query's answers go to `callback` with `context` instead.
#[no_mangle]
pub extern "C" fn sres_query_bind(
    query: *mut SresQuery,
    callback: Option<unsafe extern "C" fn(*mut SresContext, *mut SresQuery, *mut *mut SresRecord)>,
    context: *mut SresContext,
) {
    guard((), || {
        // SAFETY: NULL or a pending query (Sofia's contract: not after its callback ran).
        if let Some(q) = unsafe { query.as_ref() } {
            q.callback.set(callback);
            q.context.set(context);
        }
    })
}

#[repr(C)]
struct ShimSresOps {
    create: unsafe extern "C" fn(*mut su_root_t, *const c_char, *const tagi_t) -> *mut SresResolver,
}

static SHIM_SRES_OPS: ShimSresOps = ShimSresOps { create: shim_create };

extern "C" {
    fn sofia_shim_sres_register(ops: *const ShimSresOps);
}

crate::on_load!(REGISTER_SRES_OPS, {
    // SAFETY: hands the shim a static table.
    unsafe { sofia_shim_sres_register(&SHIM_SRES_OPS) }
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::su::root::{su_root_create, su_root_destroy, su_root_step};
    use std::ffi::CString;
    use std::net::UdpSocket;
    use std::time::{Duration, Instant};

    #[test]
    fn reverse_names() {
        assert_eq!(reverse_name(&"192.0.2.1".parse().unwrap(), false), "1.2.0.192.in-addr.arpa.");
        let v6 = reverse_name(&"2001:db8::1".parse().unwrap(), false);
        assert!(v6.starts_with("1.0.0.0.0.0.0.0."), "{v6}");
        assert!(v6.ends_with("8.b.d.0.1.0.0.2.ip6.arpa."), "{v6}");
        assert_eq!(v6.len(), 16 * 4 + "ip6.arpa.".len());
        assert!(reverse_name(&"::1".parse().unwrap(), true).ends_with(".0.ip6.int."));
    }

    /// (status, type, first A address) of each delivered answer list, by context.
    type Log = RefCell<Vec<(usize, Vec<(u16, u16, Option<[u8; 4]>)>)>>;

    thread_local! {
        static LOG: Log = const { RefCell::new(Vec::new()) };
        static RES: Cell<*mut SresResolver> = const { Cell::new(ptr::null_mut()) };
    }

    unsafe extern "C" fn record(ctx: *mut SresContext, _q: *mut SresQuery, answers: *mut *mut SresRecord) {
        let mut v = Vec::new();
        let mut i = 0;
        // SAFETY: the answers array this module built, NULL-terminated.
        unsafe {
            while !answers.is_null() && !(*answers.add(i)).is_null() {
                let r = api::view(*answers.add(i));
                let a = match r.data {
                    crate::sres::wire::RData::A(a) => Some(a),
                    _ => None,
                };
                v.push((r.status, r.rtype, a));
                i += 1;
            }
            api::sres_free_answers(RES.with(|r| r.get()), answers);
        }
        LOG.with(|l| l.borrow_mut().push((ctx as usize, v)));
    }

    fn conf_file(tag: &str, port: u16) -> (std::path::PathBuf, CString) {
        let path = std::env::temp_dir().join(format!("sofia-rs-sres-root-{tag}-{}.conf", std::process::id()));
        std::fs::write(&path, format!("nameserver 127.0.0.1\nport {port}\n")).unwrap();
        let c = CString::new(path.to_str().unwrap()).unwrap();
        (path, c)
    }

    /// Answers every query on `server` with one A record 192.0.2.9 (no compression of the
    /// question needed: the answer points at it).
    fn answer_one(server: &UdpSocket) -> usize {
        let mut n = 0;
        let mut buf = [0u8; 1500];
        while let Ok((len, from)) = server.recv_from(&mut buf) {
            let q = &buf[..len];
            let mut i = 12;
            while i < len && q[i] != 0 {
                i += q[i] as usize + 1;
            }
            let qend = i + 5;
            let mut m = Vec::new();
            m.extend_from_slice(&q[..2]);
            m.extend_from_slice(&[0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0]);
            m.extend_from_slice(&q[12..qend]);
            m.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 9]);
            server.send_to(&m, from).unwrap();
            n += 1;
        }
        n
    }

    #[test]
    fn answers_come_from_the_loop_not_from_the_call() {
        let server = UdpSocket::bind("127.0.0.1:0").unwrap();
        server.set_nonblocking(true).unwrap();
        let (path, conf) = conf_file("answer", server.local_addr().unwrap().port());
        let root = su_root_create(ptr::null_mut());
        // SAFETY: a live root; the path is a C string.
        let res = unsafe { shim_create(root, conf.as_ptr(), ptr::null()) };
        assert!(!res.is_null());
        RES.with(|r| r.set(res));
        LOG.with(|l| l.borrow_mut().clear());
        let q = sres_query(res, Some(record), 1 as *mut SresContext, 1, c"host.test".as_ptr());
        assert!(!q.is_null());
        // Another query, rebound before its answer, and one dropped by destroy later.
        let q2 = sres_query(res, Some(record), 2 as *mut SresContext, 1, c"other.test".as_ptr());
        sres_query_bind(q2, Some(record), 3 as *mut SresContext);
        assert!(LOG.with(|l| l.borrow().is_empty()), "nothing delivered inside sres_query");
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut served = 0;
        while LOG.with(|l| l.borrow().len()) < 2 && Instant::now() < deadline {
            served += answer_one(&server);
            // SAFETY: our live root, on this thread.
            unsafe { su_root_step(root, 20) };
        }
        assert_eq!(served, 2);
        let log = LOG.with(|l| l.borrow().clone());
        assert_eq!(log.len(), 2, "{log:?}");
        for (ctx, answers) in &log {
            assert!(*ctx == 1 || *ctx == 3, "rebound context used: {log:?}");
            assert_eq!(answers, &vec![(0, 1, Some([192, 0, 2, 9]))]);
        }
        // The answer is cached (shared with sres_cached_answers).
        let cached = api::sres_cached_answers(res, 1, c"host.test".as_ptr());
        assert!(!cached.is_null());
        api::sres_free_answers(res, cached);
        // A pending query is dropped by destroy, without a callback.
        let q3 = sres_query(res, Some(record), 4 as *mut SresContext, 1, c"late.test".as_ptr());
        assert!(!q3.is_null());
        assert_eq!(sres_resolver_destroy(res), 0);
        answer_one(&server);
        for _ in 0..5 {
            // SAFETY: as above.
            unsafe { su_root_step(root, 10) };
        }
        assert_eq!(LOG.with(|l| l.borrow().len()), 2);
        // SAFETY: our root, nothing registered on it any more.
        unsafe { su_root_destroy(root) };
        let _ = std::fs::remove_file(path);
    }

    #[test]
    fn refused_server_fails_the_query_quickly() {
        let closed = UdpSocket::bind("127.0.0.1:0").unwrap();
        let port = closed.local_addr().unwrap().port();
        drop(closed);
        let (path, conf) = conf_file("refused", port);
        let root = su_root_create(ptr::null_mut());
        // SAFETY: as above.
        let res = unsafe { shim_create(root, conf.as_ptr(), ptr::null()) };
        RES.with(|r| r.set(res));
        LOG.with(|l| l.borrow_mut().clear());
        assert!(!sres_query(res, Some(record), 7 as *mut SresContext, 1, c"refused.test".as_ptr()).is_null());
        let deadline = Instant::now() + Duration::from_secs(5);
        while LOG.with(|l| l.borrow().is_empty()) && Instant::now() < deadline {
            // SAFETY: as above.
            unsafe { su_root_step(root, 20) };
        }
        let log = LOG.with(|l| l.borrow().clone());
        assert_eq!(log, vec![(7, vec![(crate::sres::core::TIMEOUT_ERR, 1, None)])]);
        let mut recs = ptr::null_mut();
        assert_eq!(api::sres_blocking_query(res, 1, c"a.test".as_ptr(), 1, &mut recs), -1);
        assert_eq!(crate::su::errno::su_errno(), libc::EOPNOTSUPP);
        assert_eq!(sres_resolver_destroy(res), 0);
        // SAFETY: as above.
        unsafe { su_root_destroy(root) };
        let _ = std::fs::remove_file(path);
    }

    unsafe extern "C" fn destroy_in_callback(ctx: *mut SresContext, q: *mut SresQuery, answers: *mut *mut SresRecord) {
        // SAFETY: as in `record`.
        unsafe { record(ctx, q, answers) };
        let res = RES.with(|r| r.get());
        if ctx as usize == 1 {
            // Start another query from inside the callback, then destroy the resolver: the
            // second query of the first round and this one must never be delivered.
            assert!(!sres_query(res, Some(record), 5 as *mut SresContext, 1, c"again.test".as_ptr()).is_null());
            assert_eq!(sres_resolver_destroy(res), 0);
        }
    }

    #[test]
    fn callback_may_query_and_destroy_the_resolver() {
        let server = UdpSocket::bind("127.0.0.1:0").unwrap();
        server.set_nonblocking(true).unwrap();
        let (path, conf) = conf_file("destroy", server.local_addr().unwrap().port());
        let root = su_root_create(ptr::null_mut());
        // SAFETY: as above.
        let res = unsafe { shim_create(root, conf.as_ptr(), ptr::null()) };
        RES.with(|r| r.set(res));
        LOG.with(|l| l.borrow_mut().clear());
        assert!(!sres_query(res, Some(destroy_in_callback), 1 as *mut SresContext, 1, c"one.test".as_ptr()).is_null());
        assert!(!sres_query(res, Some(destroy_in_callback), 2 as *mut SresContext, 1, c"two.test".as_ptr()).is_null());
        // Both answers are waiting before the loop runs: they are read in one wake-up.
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut served = 0;
        while served < 2 && Instant::now() < deadline {
            served += answer_one(&server);
        }
        assert_eq!(served, 2);
        std::thread::sleep(Duration::from_millis(50));
        for _ in 0..20 {
            answer_one(&server);
            // SAFETY: as above.
            unsafe { su_root_step(root, 10) };
        }
        let log = LOG.with(|l| l.borrow().clone());
        assert_eq!(log.len(), 1, "only the first callback ran: {log:?}");
        assert_eq!(log[0].0, 1);
        // SAFETY: as above.
        unsafe { su_root_destroy(root) };
        let _ = std::fs::remove_file(path);
    }

    #[test]
    fn argument_errors() {
        assert!(sres_query(ptr::null_mut(), None, ptr::null_mut(), 1, c"x".as_ptr()).is_null());
        assert_eq!(crate::su::errno::su_errno(), libc::EFAULT);
        assert_eq!(sres_resolver_destroy(ptr::null_mut()), -1);
        let plain = api::sres_resolver_new(c"/dev/null".as_ptr());
        assert_eq!(sres_resolver_destroy(plain), -1);
        assert_eq!(crate::su::errno::su_errno(), libc::EINVAL);
        assert!(sres_query(plain, None, ptr::null_mut(), 1, c"x".as_ptr()).is_null());
        assert_eq!(crate::su::errno::su_errno(), libc::EINVAL);
        api::sres_resolver_unref(plain);
    }
}
