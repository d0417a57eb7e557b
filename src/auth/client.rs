//! The authentication client of `<sofia-sip/auth_client.h>` (`auc_*`): a list of
//! authenticators, one per (scheme, realm, credential class) challenge, each holding the
//! credentials the application gave for it, and the code that answers them with
//! `Authorization` / `Proxy-Authorization` headers.
//!
//! Every authenticator is a sub-home of the home given to `auc_challenge()` (as in Sofia),
//! so it goes away with that home; its Rust state is a `Box` owned through the sub-home's
//! destructor. Applications see `auth_client_t` as an opaque type only.
//!
//! Breaking an endless challenge loop (a server that keeps rejecting the credentials) is
//! the caller's job: `auc_challenge()` returns 0 when a challenge only repeats a known one
//! (neither new nor `stale=true`), which tells the caller that the credentials were wrong.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

use super::digest::{self, Algorithm, Challenge};
use crate::ffi::{cbytes, guard};
use crate::msg::api::{msg_mclass, msg_object};
use crate::msg::edit::{msg_header_insert, msg_header_remove};
use crate::msg::hclass::{self, MsgHclass, MsgHeader, MsgPub};
use crate::msg::message::MsgObj;
use crate::sip::cmem::{self, get_ptr, H_NEXT};
use crate::sip::ctypes::{MsgPayloadT, SipT};
use crate::su::alloc::{su_free, su_home_clone, su_home_destructor, su_home_t, su_home_unref};
use crate::url::url_t;

/// `msg_auth_t` (challenges and credentials), opaque here: read by offset.
#[repr(C)]
pub struct MsgAuth {
    _opaque: [u8; 0],
}

/// `msg_auth_info_t`, opaque here: read by offset.
#[repr(C)]
pub struct MsgAuthInfo {
    _opaque: [u8; 0],
}

/// Offsets in `msg_auth_t` (after the 40-byte common part and the next pointer) and in
/// `msg_auth_info_t`.
const AU_SCHEME: usize = 48;
const AU_PARAMS: usize = 56;
const AI_PARAMS: usize = 48;
/// `sip_request_t`: `rq_method_name`, the embedded `rq_url`; `msg_payload_t`: data, length.
const RQ_METHOD_NAME: usize = 56;
const RQ_URL: usize = 64;
const PL_DATA: usize = 48;
const PL_LEN: usize = 56;

/// `struct auth_client_s`: the sub-home first (so `su_free(home, ca)` frees it), then the
/// list link and the Rust state. Only this module looks inside.
#[repr(C)]
pub struct AuthClient {
    home: su_home_t,
    next: *mut AuthClient,
    state: *mut Client,
}

/// How an authenticator answers.
enum Scheme {
    Digest(DigestState),
    Basic,
    /// A scheme the library does not know: kept (Sofia does) so that
    /// `auc_has_authorization()` reports the missing credentials, never answered.
    Unknown,
}

#[derive(Default)]
struct DigestState {
    challenge: Option<Challenge>,
    cnonce: Option<Vec<u8>>,
    /// Requests sent with the current nonce.
    nc: u32,
}

/// The state of one authenticator.
struct Client {
    /// "Digest", "Basic", or the challenge's scheme.
    scheme: Vec<u8>,
    /// The `realm` parameter as written in the challenge (quotes included), which is what
    /// `auc_credentials()` data and `auc_all_credentials()` are compared with.
    realm: Vec<u8>,
    kind: Scheme,
    user: Option<Vec<u8>>,
    pass: Option<Vec<u8>>,
    /// The credential class (`sip_authorization_class`, ...); NULL until challenged.
    class: *const c_void,
    /// Credentials cleared by `auc_clear_credentials()`.
    clear: bool,
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Some(p) = self.pass.as_mut() {
            p.iter_mut().for_each(|b| *b = 0);
        }
    }
}

impl Client {
    fn extended(&self) -> bool {
        !matches!(self.kind, Scheme::Unknown)
    }

    fn has_authorization(&self) -> bool {
        !self.class.is_null() && self.extended() && self.user.is_some() && self.pass.is_some() && !self.clear
    }
}

/// Two credential classes are the same: the same object, or the same SIP kind (a class
/// may be reached through an executable's copy).
fn same_class(a: *const c_void, b: *const c_void) -> bool {
    if a == b {
        return true;
    }
    // SAFETY: non-NULL classes given to auc_* are header classes (API contract).
    match unsafe { (hclass::kind_of_class(a), hclass::kind_of_class(b)) } {
        (Some(x), Some(y)) => ptr::eq(x, y),
        _ => false,
    }
}

fn opt_eq(a: Option<&[u8]>, b: Option<&[u8]>) -> bool {
    a == b
}

// ---------------------------------------------------------------------------
// The list

/// Iterates over the slots of a list: `*slot` is an authenticator (the walk stops at the
/// first NULL slot, which it does not yield).
struct Slots(*mut *mut AuthClient);

impl Iterator for Slots {
    type Item = *mut *mut AuthClient;
    fn next(&mut self) -> Option<Self::Item> {
        let slot = self.0;
        // SAFETY: slot is the list head given by the caller or the `next` field of an
        // authenticator of this module.
        unsafe {
            if slot.is_null() || (*slot).is_null() {
                return None;
            }
            self.0 = ptr::addr_of_mut!((**slot).next);
        }
        Some(slot)
    }
}

/// # Safety
/// `ca` an authenticator made by this module and still alive.
unsafe fn state<'a>(ca: *mut AuthClient) -> &'a mut Client {
    // SAFETY: state is the Box made in `create`, freed only with the authenticator.
    unsafe { &mut *(*ca).state }
}

/// The authenticators of the list `head`.
///
/// # Safety
/// `head` NULL or a valid list head.
unsafe fn clients(head: *mut *mut AuthClient) -> impl Iterator<Item = *mut AuthClient> {
    // SAFETY: yielded slots hold live authenticators.
    Slots(head).map(|s| unsafe { *s })
}

unsafe extern "C" fn destroy_client(home: *mut c_void) {
    let ca = home as *mut AuthClient;
    // SAFETY: called once by the sub-home's teardown; state is our Box or NULL.
    unsafe {
        let st = (*ca).state;
        (*ca).state = ptr::null_mut();
        if !st.is_null() {
            drop(Box::from_raw(st));
        }
    }
}

/// A new authenticator for `scheme` and `realm`, as a sub-home of `home`.
///
/// # Safety
/// `home` NULL or valid.
unsafe fn create(home: *mut su_home_t, scheme: &[u8], realm: &[u8]) -> *mut AuthClient {
    let (name, kind) = if scheme.eq_ignore_ascii_case(b"Digest") {
        (b"Digest".to_vec(), Scheme::Digest(DigestState::default()))
    } else if scheme.eq_ignore_ascii_case(b"Basic") {
        (b"Basic".to_vec(), Scheme::Basic)
    } else {
        (scheme.to_vec(), Scheme::Unknown)
    };
    let client = Client { scheme: name, realm: realm.to_vec(), kind, user: None, pass: None, class: ptr::null(), clear: false };
    // SAFETY: a zeroed sub-home of the size of AuthClient; the destructor owns the Box.
    unsafe {
        let ca = su_home_clone(home, std::mem::size_of::<AuthClient>() as c_int) as *mut AuthClient;
        if ca.is_null() {
            return ca;
        }
        (*ca).next = ptr::null_mut();
        (*ca).state = Box::into_raw(Box::new(client));
        if su_home_destructor(ca as *mut su_home_t, Some(destroy_client)) < 0 {
            destroy_client(ca as *mut c_void);
            free_client(home, ca);
            return ptr::null_mut();
        }
        ca
    }
}

/// Frees an authenticator made by `create` with the same `home` (a standalone home when
/// `home` is NULL).
///
/// # Safety
/// `ca` from `create(home, ..)`, not in any list.
unsafe fn free_client(home: *mut su_home_t, ca: *mut AuthClient) {
    // SAFETY: contract.
    unsafe {
        if home.is_null() {
            su_home_unref(ca as *mut su_home_t);
        } else {
            su_free(home, ca as *mut c_void);
        }
    }
}

// ---------------------------------------------------------------------------
// Challenges

/// One challenge header read from C.
struct Ch {
    scheme: Vec<u8>,
    realm: Option<Vec<u8>>,
    params: Vec<Vec<u8>>,
}

impl Ch {
    fn params(&self) -> Vec<&[u8]> {
        self.params.iter().map(|p| p.as_slice()).collect()
    }

    fn digest(&self) -> Option<Challenge> {
        self.scheme.eq_ignore_ascii_case(b"Digest").then(|| Challenge::parse(&self.params()))
    }
}

/// The parameters of a header (`char const * const *` at `off`).
///
/// # Safety
/// `h` a valid header with a parameter array (or NULL) at `off`.
unsafe fn read_params(h: *const c_void, off: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    // SAFETY: a NULL-terminated array of C strings (header contract).
    unsafe {
        let arr = get_ptr(h, off) as *const *const c_char;
        if arr.is_null() {
            return out;
        }
        let mut i = 0;
        loop {
            let p = *arr.add(i);
            if p.is_null() {
                break;
            }
            out.push(CStr::from_ptr(p).to_bytes().to_vec());
            i += 1;
        }
    }
    out
}

/// # Safety
/// `ch` NULL or a valid list of `msg_auth_t`.
unsafe fn read_challenges(mut ch: *const c_void) -> Vec<Ch> {
    let mut out = Vec::new();
    // SAFETY: header list contract.
    unsafe {
        while !ch.is_null() && ch as isize != -1 {
            let scheme = cbytes(get_ptr(ch, AU_SCHEME) as *const c_char);
            let params = read_params(ch, AU_PARAMS);
            if let Some(scheme) = scheme {
                let realm = params.iter().find_map(|p| digest::raw_value(p, b"realm").map(|v| v.to_vec()));
                out.push(Ch { scheme: scheme.to_vec(), realm, params });
            }
            ch = cmem::next(ch);
        }
    }
    out
}

/// A fresh client nonce: 16 random bytes in base64 (22 characters, as Sofia's).
fn new_cnonce() -> Vec<u8> {
    let mut b = [0u8; 16];
    // SAFETY: getrandom fills the buffer we own.
    let n = unsafe { libc::getrandom(b.as_mut_ptr() as *mut c_void, b.len(), 0) };
    if n != b.len() as isize {
        for (i, c) in b.chunks_mut(8).enumerate() {
            let r = crate::su::uniqueid::random64().rotate_left(i as u32 * 7);
            c.copy_from_slice(&r.to_le_bytes()[..c.len()]);
        }
    }
    let mut s = base64(&b);
    while s.last() == Some(&b'=') {
        s.pop();
    }
    s
}

fn base64(data: &[u8]) -> Vec<u8> {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut o = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let v = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        o.push(A[(v >> 18) as usize & 63]);
        o.push(A[(v >> 12) as usize & 63]);
        o.push(if c.len() > 1 { A[(v >> 6) as usize & 63] } else { b'=' });
        o.push(if c.len() > 2 { A[v as usize & 63] } else { b'=' });
    }
    o
}

/// Stores a Digest challenge: 2 when the credentials are to be (re)sent (first challenge
/// or `stale=true`), 1 when it only repeats, -1 when it cannot be answered.
fn digest_challenge(d: &mut DigestState, clear: bool, ac: Challenge) -> c_int {
    if !ac.usable() {
        return -1;
    }
    let old_nonce = d.challenge.as_ref().and_then(|c| c.nonce.clone());
    let stale = ac.stale || old_nonce.is_none();
    let new_nonce = old_nonce != ac.nonce;
    if ac.qop_offered && (d.cnonce.is_none() || ac.stale || clear || new_nonce) {
        d.cnonce = Some(new_cnonce());
        d.nc = 0;
    }
    if new_nonce {
        d.nc = 0;
    }
    d.challenge = Some(ac);
    if stale {
        2
    } else {
        1
    }
}

/// Offers challenge `ch` to authenticator `c`: 0 no match, 1 matched, 2 matched and
/// updated, -1 error. `taken`: an earlier challenge of the same response already updated
/// this authenticator (the topmost one a client can answer wins, RFC 7616 §3.7).
fn offer(c: &mut Client, ch: &Ch, realm: &[u8], crcl: *const c_void, taken: bool) -> c_int {
    if !c.scheme.eq_ignore_ascii_case(&ch.scheme) || c.realm != realm {
        return 0;
    }
    if !c.class.is_null() && !same_class(c.class, crcl) {
        return 0;
    }
    let clear = c.clear;
    let mut stale = match &mut c.kind {
        Scheme::Unknown => {
            c.class = crcl;
            return 1;
        }
        Scheme::Basic => 0,
        Scheme::Digest(_) if taken => return 1,
        Scheme::Digest(d) => match ch.digest() {
            Some(ac) => digest_challenge(d, clear, ac),
            None => -1,
        },
    };
    c.clear = false;
    if stale < 0 {
        return -1;
    }
    if c.class.is_null() {
        stale = 2;
        c.class = crcl;
    }
    if stale > 1 {
        2
    } else {
        1
    }
}

/// `auc_challenge()` on Rust values.
///
/// # Safety
/// `list` a valid list head; `home` NULL or valid.
unsafe fn challenge(list: *mut *mut AuthClient, home: *mut su_home_t, chs: &[Ch], crcl: *const c_void) -> c_int {
    let mut retval = 0;
    let mut updated: Vec<*mut AuthClient> = Vec::new();
    for (i, ch) in chs.iter().enumerate() {
        let Some(realm) = ch.realm.as_deref() else { continue };
        // A Digest challenge the client cannot answer is passed over when the same
        // response offers another one for the realm that it can (RFC 8760 lists several).
        if let Some(ac) = ch.digest() {
            if !ac.usable()
                && chs.iter().enumerate().any(|(j, o)| {
                    j != i
                        && o.scheme.eq_ignore_ascii_case(&ch.scheme)
                        && o.realm.as_deref() == Some(realm)
                        && o.digest().is_some_and(|a| a.usable())
                })
            {
                continue;
            }
        }
        let mut matched = false;
        let mut slot = list;
        // SAFETY: list slots of live authenticators (contract).
        unsafe {
            while !(*slot).is_null() {
                let ca = *slot;
                let taken = updated.contains(&ca);
                match offer(state(ca), ch, realm, crcl, taken) {
                    r if r < 0 => return -1,
                    0 => {}
                    r => {
                        matched = true;
                        if r > 1 {
                            retval = 1;
                        }
                        if !taken {
                            updated.push(ca);
                        }
                    }
                }
                slot = ptr::addr_of_mut!((*ca).next);
            }
            if !matched {
                let ca = create(home, &ch.scheme, realm);
                if ca.is_null() {
                    return -1;
                }
                if offer(state(ca), ch, realm, crcl, false) < 0 {
                    free_client(home, ca);
                    return -1;
                }
                *slot = ca;
                updated.push(ca);
                retval = 1;
            }
        }
    }
    retval
}

/// Stores the challenges of a `WWW-Authenticate` / `Proxy-Authenticate` list in the
/// authenticator list; `crcl` is the class of the credentials that answer them. 1 when a
/// challenge is new (or stale), 0 when they only repeat known ones, -1 on error (e.g. a
/// Digest challenge whose algorithm or qop the client cannot answer).
#[no_mangle]
pub unsafe extern "C" fn auc_challenge(
    auc: *mut *mut AuthClient,
    home: *mut su_home_t,
    ch: *const MsgAuth,
    crcl: *const MsgHclass,
) -> c_int {
    guard(-1, || {
        if auc.is_null() {
            return -1;
        }
        // SAFETY: valid list, home and headers (caller).
        unsafe {
            let chs = read_challenges(ch.cast());
            challenge(auc, home, &chs, crcl.cast())
        }
    })
}

/// Feeds an `Authentication-Info` / `Proxy-Authentication-Info` header (its `nextnonce`)
/// to the authenticators of credential class `crcl`. 1 if one was updated, else 0; -1 on
/// error.
#[no_mangle]
pub unsafe extern "C" fn auc_info(auc: *mut *mut AuthClient, ai: *const MsgAuthInfo, crcl: *const MsgHclass) -> c_int {
    guard(-1, || {
        if auc.is_null() {
            return -1;
        }
        // SAFETY: valid list and header (caller).
        unsafe {
            let params = if ai.is_null() { Vec::new() } else { read_params(ai.cast(), AI_PARAMS) };
            let params: Vec<&[u8]> = params.iter().map(|p| p.as_slice()).collect();
            let mut retval = 0;
            for ca in clients(auc) {
                if ai.is_null() {
                    return -1;
                }
                let c = state(ca);
                if c.class.is_null() || !same_class(c.class, crcl.cast()) {
                    continue;
                }
                let Scheme::Digest(d) = &mut c.kind else { continue };
                let Some(next) = digest::param(&params, b"nextnonce") else { continue };
                let ch = d.challenge.get_or_insert_with(Challenge::default);
                if ch.nonce.as_deref() != Some(&next[..]) {
                    // A new nonce: its count starts again (RFC 7616 §3.4).
                    d.nc = 0;
                }
                ch.nonce = Some(next);
                retval = 1;
            }
            retval
        }
    })
}

// ---------------------------------------------------------------------------
// Credentials

/// Stores `user`/`pass` in `c` if scheme and realm match (None: any). 1 stored, 0 not.
fn set_credentials(c: &mut Client, scheme: Option<&[u8]>, realm: Option<&[u8]>, user: &[u8], pass: &[u8]) -> c_int {
    if scheme.is_some_and(|s| !s.eq_ignore_ascii_case(&c.scheme)) || realm.is_some_and(|r| r != c.realm) {
        return 0;
    }
    if opt_eq(Some(user), c.user.as_deref()) && opt_eq(Some(pass), c.pass.as_deref()) {
        return 0;
    }
    if let Some(p) = c.pass.as_mut() {
        p.iter_mut().for_each(|b| *b = 0);
    }
    c.user = Some(user.to_vec());
    c.pass = Some(pass.to_vec());
    if c.extended() {
        c.clear = false;
    }
    1
}

/// Length of the quoted string at the start of `s` (both quotes included), 0 if `s` does
/// not start with a complete one.
fn span_quoted(s: &[u8]) -> usize {
    if s.first() != Some(&b'"') {
        return 0;
    }
    let mut i = 1;
    while i < s.len() {
        match s[i] {
            b'"' => return i + 1,
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    0
}

/// Splits `scheme:"realm":user:pass` (the realm quoted as in the challenge; the password
/// ends at the next colon).
/// (scheme, realm, user, password).
type CredentialsData<'a> = (&'a [u8], &'a [u8], &'a [u8], &'a [u8]);

fn split_credentials(data: &[u8]) -> Option<CredentialsData<'_>> {
    let c = data.iter().position(|&b| b == b':')?;
    let (scheme, rest) = (&data[..c], &data[c + 1..]);
    let q = span_quoted(rest);
    if q == 0 || rest.get(q) != Some(&b':') {
        return None;
    }
    let (realm, rest) = (&rest[..q], &rest[q + 1..]);
    let c = rest.iter().position(|&b| b == b':')?;
    let (user, rest) = (&rest[..c], &rest[c + 1..]);
    let pass = match rest.iter().position(|&b| b == b':') {
        Some(c) => &rest[..c],
        None => rest,
    };
    Some((scheme, realm, user, pass))
}

/// Gives credentials as `scheme:"realm":user:password`. The number of authenticators that
/// took them (0: none matched, or `data` is malformed), -1 on error.
#[no_mangle]
pub unsafe extern "C" fn auc_credentials(auc: *mut *mut AuthClient, _home: *mut su_home_t, data: *const c_char) -> c_int {
    guard(-1, || {
        if auc.is_null() {
            return -1;
        }
        // SAFETY: valid C string and list (caller).
        unsafe {
            let Some((scheme, realm, user, pass)) = cbytes(data).and_then(split_credentials) else { return 0 };
            let mut n = 0;
            for ca in clients(auc) {
                n += set_credentials(state(ca), Some(scheme), Some(realm), user, pass);
            }
            n
        }
    })
}

/// Gives `user`/`pass` to every authenticator of `scheme` and `realm` (NULL: any; the
/// realm as written in the challenge, quotes included). The number updated, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn auc_all_credentials(
    auc: *mut *mut AuthClient,
    scheme: *const c_char,
    realm: *const c_char,
    user: *const c_char,
    pass: *const c_char,
) -> c_int {
    guard(-1, || {
        if auc.is_null() {
            return -1;
        }
        // SAFETY: valid C strings and list (caller).
        unsafe {
            let (Some(user), Some(pass)) = (cbytes(user), cbytes(pass)) else { return 0 };
            let (scheme, realm) = (cbytes(scheme), cbytes(realm));
            let mut n = 0;
            for ca in clients(auc) {
                n += set_credentials(state(ca), scheme, realm, user, pass);
            }
            n
        }
    })
}

/// Clears the credentials of the Digest and Basic authenticators of `scheme` and `realm`
/// (NULL: any). The number cleared.
#[no_mangle]
pub unsafe extern "C" fn auc_clear_credentials(auc: *mut *mut AuthClient, scheme: *const c_char, realm: *const c_char) -> c_int {
    guard(-1, || {
        if auc.is_null() {
            return -1;
        }
        // SAFETY: valid C strings and list (caller).
        unsafe {
            let (scheme, realm) = (cbytes(scheme), cbytes(realm));
            let mut n = 0;
            for ca in clients(auc) {
                let c = state(ca);
                if !c.extended()
                    || scheme.is_some_and(|s| !s.eq_ignore_ascii_case(&c.scheme))
                    || realm.is_some_and(|r| r != c.realm)
                {
                    continue;
                }
                c.clear = true;
                n += 1;
            }
            n
        }
    })
}

/// Copies credentials from the authenticators of `src` to those of `dst` with the same
/// scheme and realm. The number of `dst` authenticators that have them, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn auc_copy_credentials(dst: *mut *mut AuthClient, src: *const AuthClient) -> c_int {
    guard(-1, || {
        if dst.is_null() {
            return -1;
        }
        // SAFETY: valid lists (caller); `src` may be a list sharing nodes with `dst`, so
        // the values are read before each write.
        unsafe {
            let mut src_head = src as *mut AuthClient;
            type Source = (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>);
            let sources: Vec<Source> = clients(&mut src_head)
                .filter_map(|ca| {
                    let c = state(ca);
                    let (Some(u), Some(p)) = (&c.user, &c.pass) else { return None };
                    if (c.extended() && c.clear) || c.scheme.is_empty() {
                        return None;
                    }
                    Some((c.scheme.clone(), c.realm.clone(), u.clone(), p.clone()))
                })
                .collect();
            let mut n = 0;
            for ca in clients(dst) {
                let d = state(ca);
                let Some((_, _, u, p)) =
                    sources.iter().find(|(s, r, _, _)| s.eq_ignore_ascii_case(&d.scheme) && *r == d.realm)
                else {
                    continue;
                };
                n += 1;
                if !(d.extended() && d.clear) && d.user.as_ref() == Some(u) && d.pass.as_ref() == Some(p) {
                    continue;
                }
                d.user = Some(u.clone());
                d.pass = Some(p.clone());
                if d.extended() {
                    d.clear = false;
                }
            }
            n
        }
    })
}

/// # Safety
/// `auc` NULL or a valid list head.
unsafe fn has_authorization(auc: *mut *mut AuthClient) -> bool {
    if auc.is_null() {
        return false;
    }
    // SAFETY: valid list (contract).
    unsafe {
        clients(auc).all(|ca| {
            let c = state(ca);
            // Another authenticator with credentials for the same realm (and class) will do.
            c.has_authorization()
                || clients(auc).any(|o| {
                    let oc = state(o);
                    o != ca && same_class(oc.class, c.class) && oc.realm == c.realm && oc.has_authorization()
                })
        })
    }
}

/// 1 when every challenge can be answered (each has credentials, or another one for its
/// realm has), else 0.
#[no_mangle]
pub unsafe extern "C" fn auc_has_authorization(auc: *mut *mut AuthClient) -> c_int {
    // SAFETY: valid list (caller).
    guard(0, || unsafe { has_authorization(auc) } as c_int)
}

// ---------------------------------------------------------------------------
// Authorizing requests

/// Appends `s` as the contents of a quoted string.
fn push_quoted(o: &mut Vec<u8>, s: &[u8]) {
    o.push(b'"');
    for &b in s {
        if b == b'"' || b == b'\\' {
            o.push(b'\\');
        }
        o.push(b);
    }
    o.push(b'"');
}

/// The credentials text of authenticator `c` for a request (None: nothing to send).
fn credentials_text(c: &mut Client, method: Option<&[u8]>, uri: Option<&[u8]>, body: &[u8]) -> Result<Option<Vec<u8>>, ()> {
    let (Some(user), Some(pass)) = (c.user.as_deref(), c.pass.as_deref()) else {
        return match c.kind {
            Scheme::Basic => Err(()),
            _ => Ok(None),
        };
    };
    if c.clear {
        return Ok(None);
    }
    match &mut c.kind {
        Scheme::Unknown => Ok(None),
        Scheme::Basic => {
            let mut up = user.to_vec();
            up.push(b':');
            up.extend_from_slice(pass);
            let mut o = b"Basic ".to_vec();
            o.extend_from_slice(&base64(&up));
            up.iter_mut().for_each(|b| *b = 0);
            Ok(Some(o))
        }
        Scheme::Digest(d) => {
            let (method, uri) = (method.ok_or(())?, uri.ok_or(())?);
            let Some(ac) = d.challenge.as_ref() else { return Ok(None) };
            let algorithm = ac.algorithm.unwrap_or(Algorithm::Md5);
            d.nc = d.nc.wrapping_add(1);
            let qop = ac.qop();
            let cnonce = if qop.is_some() { d.cnonce.as_deref() } else { None };
            let nc = format!("{:08x}", d.nc);
            let nonce = ac.nonce.as_deref().unwrap_or_default();
            let response = digest::response(&digest::Input {
                algorithm,
                username: user,
                realm: &ac.realm,
                password: pass,
                nonce,
                cnonce,
                nc: nc.as_bytes(),
                qop: qop.filter(|_| cnonce.is_some()),
                method,
                uri,
                body,
            });
            let mut o = b"Digest username=".to_vec();
            push_quoted(&mut o, user);
            o.extend_from_slice(b", realm=");
            push_quoted(&mut o, &ac.realm);
            o.extend_from_slice(b", nonce=");
            push_quoted(&mut o, nonce);
            if let Some(cn) = cnonce {
                o.extend_from_slice(b", cnonce=");
                push_quoted(&mut o, cn);
            }
            if let Some(op) = &ac.opaque {
                o.extend_from_slice(b", opaque=");
                push_quoted(&mut o, op);
            }
            o.extend_from_slice(b", algorithm=");
            o.extend_from_slice(algorithm.name().as_bytes());
            o.extend_from_slice(b", uri=");
            push_quoted(&mut o, uri);
            o.extend_from_slice(b", response=\"");
            o.extend_from_slice(&response);
            o.push(b'"');
            if let (Some(q), Some(_)) = (qop, cnonce) {
                o.extend_from_slice(b", qop=");
                o.extend_from_slice(q.name().as_bytes());
                o.extend_from_slice(b", nc=");
                o.extend_from_slice(nc.as_bytes());
            }
            Ok(Some(o))
        }
    }
}

/// The request's URI as text.
///
/// # Safety
/// `url` NULL, a `url_t` or a string.
unsafe fn uri_text(url: *const url_t) -> Option<Vec<u8>> {
    if url.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        if crate::url::api::is_string(url as *const c_void) {
            cbytes(url as *const c_char).map(|b| b.to_vec())
        } else {
            Some(crate::url::syntax::print(&crate::url::api::view(url)))
        }
    }
}

/// # Safety
/// `body` NULL or a valid `msg_payload_t`.
unsafe fn body_bytes<'a>(body: *const c_void) -> &'a [u8] {
    if body.is_null() {
        return &[];
    }
    // SAFETY: pl_data / pl_len of a payload header.
    unsafe {
        let data = get_ptr(body, PL_DATA) as *const u8;
        let len = ptr::read_unaligned((body as *const u8).add(PL_LEN) as *const usize);
        if data.is_null() || len == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(data, len)
        }
    }
}

/// The credential header of each authenticator that has credentials, made in `home`,
/// handed to `each`.
///
/// # Safety
/// Valid list, home, URL and body.
unsafe fn authorize_each(
    auc: *mut *mut AuthClient,
    home: *mut su_home_t,
    method: *const c_char,
    url: *const url_t,
    body: *const c_void,
    mut each: impl FnMut(*mut c_void) -> bool,
) -> c_int {
    // SAFETY: contract.
    unsafe {
        let method = cbytes(method);
        let body = body_bytes(body);
        for ca in clients(auc) {
            let c = state(ca);
            if !c.has_authorization() {
                continue;
            }
            let uri = uri_text(url);
            let Ok(text) = credentials_text(c, method, uri.as_deref(), body) else { return -1 };
            let Some(text) = text else { continue };
            let Some(k) = hclass::kind_of_class(c.class) else { return -1 };
            let h = crate::sip::api::make(home, k, &text);
            if h.is_null() || !each(h) {
                return -1;
            }
        }
    }
    1
}

/// Adds the credentials of every authenticator to the request `msg` (after removing the
/// ones it has): 1 when done, 0 when some challenge has no credentials, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn auc_authorization(
    auc: *mut *mut AuthClient,
    msg: *mut MsgObj,
    pub_: *mut MsgPub,
    method: *const c_char,
    url: *const url_t,
    body: *const MsgPayloadT,
) -> c_int {
    guard(-1, || {
        if auc.is_null() || msg.is_null() {
            return -1;
        }
        // SAFETY: valid list, message, URL and body (caller).
        unsafe {
            if !has_authorization(auc) {
                return 0;
            }
            let pub_ = if pub_.is_null() { msg_object(msg) } else { pub_ };
            if pub_.is_null() {
                return -1;
            }
            let mc = msg_mclass(msg) as *const c_void;
            for ca in clients(auc) {
                let class = state(ca).class;
                if class.is_null() {
                    continue;
                }
                let Some(off) = crate::msg::mclass::offset_in(mc, class) else { continue };
                let slot = (pub_ as *mut u8).add(off) as *mut *mut MsgHeader;
                while !(*slot).is_null() {
                    if msg_header_remove(msg, pub_, *slot) < 0 {
                        return -1;
                    }
                }
            }
            let home = ptr::addr_of_mut!((*msg).home);
            authorize_each(auc, home, method, url, body.cast(), |h| msg_header_insert(msg, pub_, h.cast()) >= 0)
        }
    })
}

/// Makes the credential headers of every authenticator in `home`, linked by their next
/// pointers, at `*return_headers`: 1 when done, 0 when some challenge has no credentials,
/// -1 on error.
#[no_mangle]
pub unsafe extern "C" fn auc_authorization_headers(
    auc: *mut *mut AuthClient,
    home: *mut su_home_t,
    method: *const c_char,
    url: *const url_t,
    body: *const MsgPayloadT,
    return_headers: *mut *mut MsgHeader,
) -> c_int {
    guard(-1, || {
        // SAFETY: valid list, home, URL, body and result slot (caller).
        unsafe {
            if !has_authorization(auc) {
                return 0;
            }
            if return_headers.is_null() {
                return -1;
            }
            let mut slot = return_headers as *mut *mut c_void;
            authorize_each(auc, home, method, url, body.cast(), |h| {
                *slot = h;
                let mut last = h;
                while !cmem::next(last).is_null() {
                    last = cmem::next(last);
                }
                slot = (last as *mut u8).add(H_NEXT) as *mut *mut c_void;
                true
            })
        }
    })
}

/// `auc_authorization()` for the SIP request `sip`: its method, Request-URI and body.
/// 0 when `sip` is not a request.
#[no_mangle]
pub unsafe extern "C" fn auc_authorize(auc: *mut *mut AuthClient, msg: *mut MsgObj, sip: *mut SipT) -> c_int {
    guard(-1, || {
        if sip.is_null() {
            return 0;
        }
        // SAFETY: a valid sip_t (caller); offsets of the flavour's layout.
        unsafe {
            let off = |sym: &str| hclass::kind(sym).sip_off.expect("request and payload are in sip_t");
            let rq = get_ptr(sip as *const c_void, off("request"));
            if rq.is_null() {
                return 0;
            }
            let method = get_ptr(rq, RQ_METHOD_NAME) as *const c_char;
            let url = (rq as *const u8).add(RQ_URL) as *const url_t;
            let body = get_ptr(sip as *const c_void, off("payload"));
            auc_authorization(auc, msg, sip.cast(), method, url, body.cast())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_data() {
        assert_eq!(
            split_credentials(b"Digest:\"realm\":user:pass"),
            Some((&b"Digest"[..], &b"\"realm\""[..], &b"user"[..], &b"pass"[..]))
        );
        assert_eq!(
            split_credentials(b"Basic:\"a \\\"b\\\" c:\":u:p:rest"),
            Some((&b"Basic"[..], &b"\"a \\\"b\\\" c:\""[..], &b"u"[..], &b"p"[..]))
        );
        assert_eq!(split_credentials(b"Digest:realm:user:pass"), None);
        assert_eq!(split_credentials(b"Digest:\"realm\":user"), None);
        assert_eq!(split_credentials(b"Digest:\"realm"), None);
    }

    #[test]
    fn base64_and_cnonce() {
        assert_eq!(base64(b"Aladdin:open sesame"), b"QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert_eq!(base64(b"a"), b"YQ==");
        assert_eq!(base64(b"ab"), b"YWI=");
        let c = new_cnonce();
        assert_eq!(c.len(), 22);
        assert_ne!(c, new_cnonce());
    }

    #[test]
    fn nonce_count_per_nonce() {
        let ch = |nonce: &str, stale: bool| {
            let mut p: Vec<Vec<u8>> = vec![b"realm=\"r\"".to_vec(), format!("nonce=\"{nonce}\"").into_bytes(), b"qop=auth".to_vec()];
            if stale {
                p.push(b"stale=true".to_vec());
            }
            Challenge::parse(&p.iter().map(|v| v.as_slice()).collect::<Vec<_>>())
        };
        let mut d = DigestState::default();
        assert_eq!(digest_challenge(&mut d, false, ch("n1", false)), 2);
        let c1 = d.cnonce.clone().unwrap();
        d.nc = 3;
        // the same nonce again: wrong credentials, nothing to resend
        assert_eq!(digest_challenge(&mut d, false, ch("n1", false)), 1);
        assert_eq!((d.nc, d.cnonce.as_ref()), (3, Some(&c1)));
        // a new nonce: the count restarts, with a new client nonce
        assert_eq!(digest_challenge(&mut d, false, ch("n2", false)), 1);
        assert_eq!(d.nc, 0);
        assert_ne!(d.cnonce.as_ref(), Some(&c1));
        d.nc = 5;
        assert_eq!(digest_challenge(&mut d, false, ch("n3", true)), 2);
        assert_eq!(d.nc, 0);
    }
}
