//! The C API of `sofia-resolv/sres.h` and `sres_record.h` (synchronous part). Answers
//! given to C are arrays of C records (`sres_record_t`, Sofia's layouts) built from the
//! resolver's records: one `calloc` block per record (struct + strings), the array another;
//! `sres_free_answers` frees both.

use std::cell::RefCell;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::rc::Rc;
use std::mem::size_of;
use std::ptr;
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::core::{self, Core};
use super::root::OnRoot;
use super::wire::{RData, Record};
use crate::ffi::guard;
use crate::su::errno::su_seterrno;

/// `_sres_default_port`: the port of name servers (53; a test hook of Sofia's).
#[no_mangle]
pub static mut _sres_default_port: u16 = 53;

pub(super) fn default_port() -> u16 {
    // SAFETY: a plain read of an exported u16 that only test programs write.
    unsafe { ptr::addr_of!(_sres_default_port).read_volatile() }
}

/// `sres_resolver_t` (opaque to C).
pub struct SresResolver {
    /// The root glue of a resolver made by `sres_resolver_create` (used on the root's
    /// thread only); None for `sres_resolver_new`. First, so that it is dropped (its
    /// socket watches removed) before the engine closes the sockets.
    pub(super) on_root: RefCell<Option<Rc<OnRoot>>>,
    pub(super) core: Mutex<Core>,
    userdata: AtomicPtr<c_void>,
    pub(super) tokens: AtomicU64,
}

/// `sres_record_t` as seen through its common part.
#[repr(C)]
pub struct SresRecord {
    r_refcount: c_int,
    r_name: *mut c_char,
    r_status: u16,
    r_size: u16,
    r_type: u16,
    r_class: u16,
    r_ttl: u32,
    r_rdlen: u16,
    r_parsed: u16,
}

#[repr(C)]
struct ARec {
    c: SresRecord,
    addr: [u8; 4],
}
#[repr(C)]
struct AaaaRec {
    c: SresRecord,
    addr: [u8; 16],
}
#[repr(C)]
struct A6Rec {
    c: SresRecord,
    prelen: u8,
    pad: [u8; 3],
    suffix: [u8; 16],
    prename: *mut c_char,
}
#[repr(C)]
struct NameRec {
    c: SresRecord,
    name: *mut c_char,
}
#[repr(C)]
struct SrvRec {
    c: SresRecord,
    priority: u16,
    weight: u16,
    port: u16,
    pad: u16,
    target: *mut c_char,
}
#[repr(C)]
struct NaptrRec {
    c: SresRecord,
    order: u16,
    prefer: u16,
    flags: *mut c_char,
    services: *mut c_char,
    regexp: *mut c_char,
    replace: *mut c_char,
}
#[repr(C)]
struct SoaRec {
    c: SresRecord,
    mname: *mut c_char,
    rname: *mut c_char,
    serial: u32,
    refresh: u32,
    retry: u32,
    expire: u32,
    minimum: u32,
}
/// `sizeof(sres_record_t)` (the generic record: common part + 128 bytes).
const RECORD_UNION_SIZE: usize = 160;

/// Bytes up to the first NUL (what C sees of a string with an embedded NUL).
fn cpart(s: &[u8]) -> &[u8] {
    &s[..s.iter().position(|&c| c == 0).unwrap_or(s.len())]
}

/// Builds one C record. Null on allocation failure.
fn build(r: &Record) -> *mut SresRecord {
    let (size, strings): (usize, Vec<&[u8]>) = match &r.data {
        _ if r.status != 0 => (RECORD_UNION_SIZE, vec![]),
        RData::A(_) => (size_of::<ARec>(), vec![]),
        RData::Aaaa(_) => (size_of::<AaaaRec>(), vec![]),
        RData::A6 { prename, .. } => (size_of::<A6Rec>(), prename.iter().map(|p| p.as_slice()).collect()),
        RData::Cname(n) | RData::Ptr(n) => (size_of::<NameRec>(), vec![n]),
        RData::Srv { target, .. } => (size_of::<SrvRec>(), vec![target]),
        RData::Naptr { flags, services, regexp, replace, .. } => (size_of::<NaptrRec>(), vec![flags, services, regexp, replace]),
        RData::Soa { mname, rname, .. } => (size_of::<SoaRec>(), vec![mname, rname]),
        RData::Unknown(d) => (size_of::<SresRecord>() + d.len() + 1, vec![]),
        RData::None => (RECORD_UNION_SIZE, vec![]),
    };
    let strings: Vec<&[u8]> = strings.into_iter().map(cpart).collect();
    let name = cpart(&r.name);
    let total = size + strings.iter().map(|s| s.len() + 1).sum::<usize>() + name.len() + 1;
    // SAFETY: a zeroed block of `total` bytes (size >= the struct written below); every
    // write stays inside it; the strings are copied after the struct and NUL-terminated by
    // the zeroing.
    unsafe {
        let base = libc::calloc(1, total) as *mut u8;
        if base.is_null() {
            return ptr::null_mut();
        }
        let mut at = base.add(size);
        let mut put = |s: &[u8]| -> *mut c_char {
            ptr::copy_nonoverlapping(s.as_ptr(), at, s.len());
            let p = at as *mut c_char;
            at = at.add(s.len() + 1);
            p
        };
        let strs: Vec<*mut c_char> = strings.iter().map(|s| put(s)).collect();
        let name_p = put(name);
        let common = SresRecord {
            r_refcount: 1,
            r_name: name_p,
            r_status: r.status,
            r_size: size as u16,
            r_type: r.rtype,
            r_class: r.class,
            r_ttl: r.ttl,
            r_rdlen: r.rdlen,
            r_parsed: (r.status == 0 && !matches!(r.data, RData::Unknown(_))) as u16,
        };
        match &r.data {
            _ if r.status != 0 => ptr::write(base as *mut SresRecord, common),
            RData::A(a) => ptr::write(base as *mut ARec, ARec { c: common, addr: *a }),
            RData::Aaaa(a) => ptr::write(base as *mut AaaaRec, AaaaRec { c: common, addr: *a }),
            RData::A6 { prelen, suffix, prename } => ptr::write(
                base as *mut A6Rec,
                A6Rec { c: common, prelen: *prelen, pad: [0; 3], suffix: *suffix, prename: if prename.is_some() { strs[0] } else { ptr::null_mut() } },
            ),
            RData::Cname(_) | RData::Ptr(_) => ptr::write(base as *mut NameRec, NameRec { c: common, name: strs[0] }),
            RData::Srv { priority, weight, port, .. } => ptr::write(
                base as *mut SrvRec,
                SrvRec { c: common, priority: *priority, weight: *weight, port: *port, pad: 0, target: strs[0] },
            ),
            RData::Naptr { order, prefer, .. } => ptr::write(
                base as *mut NaptrRec,
                NaptrRec { c: common, order: *order, prefer: *prefer, flags: strs[0], services: strs[1], regexp: strs[2], replace: strs[3] },
            ),
            RData::Soa { serial, refresh, retry, expire, minimum, .. } => ptr::write(
                base as *mut SoaRec,
                SoaRec { c: common, mname: strs[0], rname: strs[1], serial: *serial, refresh: *refresh, retry: *retry, expire: *expire, minimum: *minimum },
            ),
            RData::Unknown(d) => {
                let mut common = common;
                common.r_size = size_of::<SresRecord>() as u16;
                ptr::write(base as *mut SresRecord, common);
                ptr::copy_nonoverlapping(d.as_ptr(), base.add(size_of::<SresRecord>()), d.len());
            }
            RData::None => ptr::write(base as *mut SresRecord, common),
        }
        base as *mut SresRecord
    }
}

/// A NULL-terminated C array of new C records. Null on allocation failure.
pub(super) fn build_answers(recs: &[Arc<Record>]) -> *mut *mut SresRecord {
    // SAFETY: an array of n+1 zeroed pointers; entries 0..n are set to new records.
    unsafe {
        let arr = libc::calloc(recs.len() + 1, size_of::<*mut SresRecord>()) as *mut *mut SresRecord;
        if arr.is_null() {
            return arr;
        }
        for (i, r) in recs.iter().enumerate() {
            let c = build(r);
            if c.is_null() {
                free_answers(arr);
                return ptr::null_mut();
            }
            *arr.add(i) = c;
        }
        arr
    }
}

unsafe fn cbytes_of(p: *const c_char) -> Vec<u8> {
    if p.is_null() {
        Vec::new()
    } else {
        CStr::from_ptr(p).to_bytes().to_vec()
    }
}

/// Reads a C record back (for sorting and comparing).
pub(super) unsafe fn view(p: *const SresRecord) -> Record {
    let c = &*p;
    let data = if c.r_status != 0 {
        RData::None
    } else {
        match c.r_type {
            1 => RData::A((*(p as *const ARec)).addr),
            28 => RData::Aaaa((*(p as *const AaaaRec)).addr),
            38 => {
                let a = &*(p as *const A6Rec);
                RData::A6 { prelen: a.prelen, suffix: a.suffix, prename: (!a.prename.is_null()).then(|| cbytes_of(a.prename)) }
            }
            5 => RData::Cname(cbytes_of((*(p as *const NameRec)).name)),
            12 => RData::Ptr(cbytes_of((*(p as *const NameRec)).name)),
            33 => {
                let s = &*(p as *const SrvRec);
                RData::Srv { priority: s.priority, weight: s.weight, port: s.port, target: cbytes_of(s.target) }
            }
            35 => {
                let n = &*(p as *const NaptrRec);
                RData::Naptr {
                    order: n.order,
                    prefer: n.prefer,
                    flags: cbytes_of(n.flags),
                    services: cbytes_of(n.services),
                    regexp: cbytes_of(n.regexp),
                    replace: cbytes_of(n.replace),
                }
            }
            6 => {
                let s = &*(p as *const SoaRec);
                RData::Soa {
                    mname: cbytes_of(s.mname),
                    rname: cbytes_of(s.rname),
                    serial: s.serial,
                    refresh: s.refresh,
                    retry: s.retry,
                    expire: s.expire,
                    minimum: s.minimum,
                }
            }
            _ => RData::Unknown(Vec::new()),
        }
    };
    Record { name: cbytes_of(c.r_name), rtype: c.r_type, class: c.r_class, ttl: c.r_ttl, rdlen: c.r_rdlen, status: c.r_status, data }
}

unsafe fn free_one(r: *mut SresRecord) {
    if r.is_null() {
        return;
    }
    (*r).r_refcount -= 1;
    if (*r).r_refcount <= 0 {
        libc::free(r.cast());
    }
}

pub(super) unsafe fn free_answers(arr: *mut *mut SresRecord) {
    let mut i = 0;
    while !(*arr.add(i)).is_null() {
        free_one(*arr.add(i));
        i += 1;
    }
    libc::free(arr.cast());
}

pub(super) fn new_resolver(conf: Option<&str>, options: Vec<String>) -> *mut SresResolver {
    let res = SresResolver {
        on_root: RefCell::new(None),
        core: Mutex::new(Core::new(conf, options, default_port())),
        userdata: AtomicPtr::new(ptr::null_mut()),
        tokens: AtomicU64::new(1),
    };
    Arc::into_raw(Arc::new(res)) as *mut SresResolver
}

pub(super) unsafe fn res_ref<'a>(res: *const SresResolver) -> Option<&'a SresResolver> {
    res.as_ref()
}

/// `sres_resolver_new(conf_file_path)`: NULL path = /etc/resolv.conf.
#[no_mangle]
pub extern "C" fn sres_resolver_new(conf_file_path: *const c_char) -> *mut SresResolver {
    guard(ptr::null_mut(), || {
        // SAFETY: a C string or NULL.
        let path = unsafe { crate::ffi::cstr(conf_file_path) }.map(|c| c.to_string_lossy().into_owned());
        new_resolver(path.as_deref(), Vec::new())
    })
}

#[no_mangle]
pub extern "C" fn sres_resolver_ref(res: *mut SresResolver) -> *mut SresResolver {
    guard(ptr::null_mut(), || {
        if !res.is_null() {
            // SAFETY: `res` came from Arc::into_raw and holds a reference.
            unsafe { Arc::increment_strong_count(res as *const SresResolver) };
        }
        res
    })
}

#[no_mangle]
pub extern "C" fn sres_resolver_unref(res: *mut SresResolver) {
    guard((), || {
        if !res.is_null() {
            // SAFETY: gives back one reference taken by new/ref.
            unsafe { Arc::decrement_strong_count(res as *const SresResolver) };
        }
    })
}

/// Rereads the configuration (always, or if the file changed). 0 or -1.
#[no_mangle]
pub extern "C" fn sres_resolver_update(res: *mut SresResolver, always: c_int) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live resolver.
        let Some(r) = (unsafe { res_ref(res) }) else { return su_seterrno(libc::EFAULT) };
        let mut core = r.core.lock().unwrap_or_else(|e| e.into_inner());
        core.update(always != 0, default_port());
        if core.n_servers() == 0 {
            -1
        } else {
            0
        }
    })
}

#[no_mangle]
pub extern "C" fn sres_resolver_set_userdata(res: *mut SresResolver, userdata: *mut c_void) -> *mut c_void {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a live resolver.
        match unsafe { res_ref(res) } {
            None => {
                su_seterrno(libc::EFAULT);
                ptr::null_mut()
            }
            Some(r) => r.userdata.swap(userdata, Ordering::SeqCst),
        }
    })
}

#[no_mangle]
pub extern "C" fn sres_resolver_get_userdata(res: *const SresResolver) -> *mut c_void {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a live resolver.
        match unsafe { res_ref(res) } {
            None => {
                su_seterrno(libc::EFAULT);
                ptr::null_mut()
            }
            Some(r) => r.userdata.load(Ordering::SeqCst),
        }
    })
}

fn cached(r: &SresResolver, qtype: u16, domain: &[u8]) -> Vec<Arc<Record>> {
    let core = r.core.lock().unwrap_or_else(|e| e.into_inner());
    core.cache.get(qtype, &core::toplevel(domain), core::now_secs())
}

/// `sres_cached_answers()`: the cached records of (type, domain), or NULL (ENOENT).
#[no_mangle]
pub extern "C" fn sres_cached_answers(res: *mut SresResolver, type_: u16, domain: *const c_char) -> *mut *mut SresRecord {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a live resolver; domain NULL or a C string.
        let (Some(r), Some(d)) = (unsafe { res_ref(res) }, unsafe { crate::ffi::cstr(domain) }) else {
            su_seterrno(libc::EFAULT);
            return ptr::null_mut();
        };
        if d.to_bytes().len() + 1 >= super::wire::MAXDNAME {
            su_seterrno(libc::ENAMETOOLONG);
            return ptr::null_mut();
        }
        let recs = cached(r, type_, d.to_bytes());
        if recs.is_empty() {
            su_seterrno(libc::ENOENT);
            return ptr::null_mut();
        }
        build_answers(&recs)
    })
}

/// A blocking query with a resolver of its own (`/etc/resolv.conf`, `SRESOLV_CONF`), for
/// callers that run it off their event loop (nta's host name lookups run it in a thread of
/// their own). Answers are kept in `cache` (the caller's: nta keeps one per agent) by
/// (name, type) until their TTL ends (errors the server gave too: NXDOMAIN, no such record;
/// timeouts are not kept). The answers, or an errno.
pub fn lookup(cache: &Mutex<crate::sres::core::Cache>, qtype: u16, name: &[u8]) -> Result<Vec<Arc<Record>>, c_int> {
    let now = core::now_secs();
    let key = core::toplevel(name);
    {
        let mut c = cache.lock().unwrap_or_else(|e| e.into_inner());
        c.clean(now);
        let hit = c.get(qtype, &key, now);
        if !hit.is_empty() {
            return Ok(hit);
        }
    }
    let r = SresResolver {
        on_root: RefCell::new(None),
        core: Mutex::new(Core::new(std::env::var("SRESOLV_CONF").ok().as_deref(), Vec::new(), default_port())),
        userdata: AtomicPtr::new(ptr::null_mut()),
        tokens: AtomicU64::new(1),
    };
    let res = blocking(&r, qtype, name);
    let fresh = std::mem::take(&mut r.core.lock().unwrap_or_else(|e| e.into_inner()).cache);
    cache.lock().unwrap_or_else(|e| e.into_inner()).absorb(fresh, core::now_secs());
    res
}

/// Runs one query to completion: polls the resolver's sockets, 500 ms at a time, running
/// the retransmission timer when nothing arrives. Err = errno.
fn blocking(r: &SresResolver, qtype: u16, name: &[u8]) -> Result<Vec<Arc<Record>>, c_int> {
    let token = r.tokens.fetch_add(1, Ordering::Relaxed);
    let mut core = r.core.lock().unwrap_or_else(|e| e.into_inner());
    core.query(token, qtype, name, default_port())?;
    loop {
        if let Some(a) = core.take_done(token) {
            return Ok(a);
        }
        let fds = core.fds();
        let mut pfds: Vec<libc::pollfd> = fds.iter().map(|&(fd, _)| libc::pollfd { fd, events: libc::POLLIN, revents: 0 }).collect();
        // SAFETY: `pfds` is a live array of pfds.len() pollfd structs.
        let n = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, 500) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e.raw_os_error().unwrap_or(libc::EIO));
        } else if n == 0 {
            core.tick();
        } else {
            for (p, &(_, i)) in pfds.iter().zip(&fds) {
                if p.revents & (libc::POLLIN | libc::POLLERR) != 0 {
                    core.receive(i);
                }
            }
        }
    }
}

/// `sres_blocking_query()`: 0 with cached answers, 1 with fresh ones (an error record
/// with a nonzero `r_status` when the name or record does not exist or the query failed),
/// -1 with errno on bad arguments, when no query could be sent, or (EOPNOTSUPP) on a
/// resolver made by `sres_resolver_create`.
#[no_mangle]
pub extern "C" fn sres_blocking_query(
    res: *mut SresResolver,
    type_: u16,
    domain: *const c_char,
    ignore_cache: c_int,
    return_records: *mut *mut *mut SresRecord,
) -> c_int {
    guard(-1, || {
        if return_records.is_null() {
            return su_seterrno(libc::EFAULT);
        }
        // SAFETY: return_records is writable (checked non-NULL).
        unsafe { *return_records = ptr::null_mut() };
        // SAFETY: NULL or a live resolver; domain NULL or a C string.
        let (Some(r), Some(d)) = (unsafe { res_ref(res) }, unsafe { crate::ffi::cstr(domain) }) else {
            return su_seterrno(libc::EFAULT);
        };
        if r.on_root.borrow().is_some() {
            // A resolver on a root is asynchronous (Sofia: EOPNOTSUPP, "asynchronous mode").
            return su_seterrno(libc::EOPNOTSUPP);
        }
        let d = d.to_bytes();
        if ignore_cache == 0 {
            let recs = cached(r, type_, d);
            if !recs.is_empty() {
                let arr = build_answers(&recs);
                if arr.is_null() {
                    return su_seterrno(libc::ENOMEM);
                }
                // SAFETY: as above.
                unsafe { *return_records = arr };
                return 0;
            }
        }
        match blocking(r, type_, d) {
            Ok(recs) => {
                let arr = build_answers(&recs);
                if arr.is_null() {
                    return su_seterrno(libc::ENOMEM);
                }
                // SAFETY: as above.
                unsafe { *return_records = arr };
                1
            }
            Err(e) => su_seterrno(e),
        }
    })
}

/// Collects a NULL-terminated C array (bounded).
unsafe fn array_len(answers: *mut *mut SresRecord) -> usize {
    let mut n = 0;
    while !(*answers.add(n)).is_null() {
        n += 1;
    }
    n
}

/// `sres_sort_answers()`: Sofia's order (`sres_record_compare`), stable. 0, or -1 (EFAULT).
#[no_mangle]
pub extern "C" fn sres_sort_answers(res: *mut SresResolver, answers: *mut *mut SresRecord) -> c_int {
    guard(-1, || {
        if res.is_null() || answers.is_null() {
            return su_seterrno(libc::EFAULT);
        }
        // SAFETY: a NULL-terminated array of records built by us (or of Sofia's layout).
        unsafe {
            let n = array_len(answers);
            let mut v: Vec<(*mut SresRecord, Record)> = (0..n).map(|i| (*answers.add(i), view(*answers.add(i)))).collect();
            core::sort(&mut v, |e| &e.1);
            for (i, (p, _)) in v.into_iter().enumerate() {
                *answers.add(i) = p;
            }
        }
        0
    })
}

/// `sres_filter_answers()`: drops (and frees) error records, non-IN records and, if `type`
/// is nonzero, records of other types; sorts the rest. Returns how many remain.
#[no_mangle]
pub extern "C" fn sres_filter_answers(res: *mut SresResolver, answers: *mut *mut SresRecord, type_: u16) -> c_int {
    guard(-1, || {
        if res.is_null() || answers.is_null() {
            return su_seterrno(libc::EFAULT);
        }
        // SAFETY: as in sres_sort_answers.
        unsafe {
            let n = array_len(answers);
            let mut k = 0;
            for i in 0..n {
                let p = *answers.add(i);
                let c = &*p;
                if c.r_status != 0 || c.r_class != core::CLASS_IN || (type_ != 0 && c.r_type != type_) {
                    free_one(p);
                    continue;
                }
                *answers.add(k) = p;
                k += 1;
            }
            *answers.add(k) = ptr::null_mut();
        }
        sres_sort_answers(res, answers);
        // SAFETY: as above.
        unsafe { array_len(answers) as c_int }
    })
}

/// `sres_free_answers()`: frees the records (by reference count) and the array.
#[no_mangle]
pub extern "C" fn sres_free_answers(res: *mut SresResolver, answers: *mut *mut SresRecord) {
    guard((), || {
        if !res.is_null() && !answers.is_null() {
            // SAFETY: an array returned by this library.
            unsafe { free_answers(answers) }
        }
    })
}

/// `sres_free_answer()`: frees one record (by reference count).
#[no_mangle]
pub extern "C" fn sres_free_answer(res: *mut SresResolver, answer: *mut SresRecord) {
    guard((), || {
        if !res.is_null() && !answer.is_null() {
            // SAFETY: a record returned by this library.
            unsafe { free_one(answer) }
        }
    })
}

/// `sres_record_compare()`.
#[no_mangle]
pub extern "C" fn sres_record_compare(a: *const SresRecord, b: *const SresRecord) -> c_int {
    guard(0, || {
        if a.is_null() || b.is_null() {
            return 0;
        }
        // SAFETY: two records of Sofia's layout.
        let (x, y) = unsafe { (view(a), view(b)) };
        match core::compare(&x, &y) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        }
    })
}

fn write_buf(buffer: *mut c_char, text: &str) -> *const c_char {
    if buffer.is_null() {
        return ptr::null();
    }
    let b = text.as_bytes();
    let n = b.len().min(7);
    // SAFETY: the caller's buffer holds 8 bytes (`char buffer[8]`).
    unsafe {
        ptr::copy_nonoverlapping(b.as_ptr(), buffer as *mut u8, n);
        *buffer.add(n) = 0;
    }
    buffer
}

const TYPE_NAMES: &[(c_int, &CStr)] = &[
    (1, c"A"), (2, c"NS"), (4, c"MF"), (5, c"CNAME"), (6, c"SOA"), (7, c"MB"), (8, c"MG"), (9, c"MR"),
    (10, c"NULL"), (11, c"WKS"), (12, c"PTR"), (13, c"HINFO"), (14, c"MINFO"), (15, c"MX"), (16, c"TXT"),
    (17, c"RP"), (18, c"AFSDB"), (19, c"X25"), (20, c"ISDN"), (21, c"RT"), (22, c"NSAP"), (23, c"NSAP_PTR"),
    (24, c"SIG"), (25, c"KEY"), (26, c"PX"), (27, c"GPOS"), (28, c"AAAA"), (29, c"LOC"), (30, c"NXT"),
    (31, c"EID"), (32, c"NIMLOC"), (33, c"SRV"), (34, c"ATMA"), (35, c"NAPTR"), (36, c"KX"), (37, c"CERT"),
    (38, c"A6"), (39, c"DNAME"), (40, c"SINK"), (41, c"OPT"), (250, c"TSIG"), (251, c"IXFR"), (252, c"AXFR"),
    (253, c"MAILB"), (254, c"MAILA"), (255, c"ANY"),
];

const STATUS_NAMES: &[(c_int, &CStr)] = &[
    (0, c"OK"), (1, c"FORMAT_ERR"), (2, c"SERVER_ERR"), (3, c"NAME_ERR"), (4, c"UNIMPL_ERR"), (5, c"AUTH_ERR"),
    (32, c"TIMEOUT_ERR"), (33, c"RECORD_ERR"), (34, c"INTERNAL_ERR"), (35, c"NETWORK_ERR"),
];

/// `sres_record_type()`: the type's name, or "N?" written into `buffer`.
#[no_mangle]
pub extern "C" fn sres_record_type(type_: c_int, buffer: *mut c_char) -> *const c_char {
    guard(ptr::null(), || match TYPE_NAMES.iter().find(|(t, _)| *t == type_) {
        Some((_, n)) => n.as_ptr(),
        None => write_buf(buffer, &format!("{}?", type_ & 65535)),
    })
}

/// `sres_record_status()`: the status name, or "N?" written into `buffer`.
#[no_mangle]
pub extern "C" fn sres_record_status(status: c_int, buffer: *mut c_char) -> *const c_char {
    guard(ptr::null(), || match STATUS_NAMES.iter().find(|(t, _)| *t == status) {
        Some((_, n)) => n.as_ptr(),
        None => write_buf(buffer, &format!("{}?", status & 255)),
    })
}
