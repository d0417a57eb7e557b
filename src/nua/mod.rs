//! The user agent (`nua`), first slice: the stack in a clone of the application's root,
//! handles, events delivered on the application's root, params, MESSAGE and OPTIONS.
//!
//! Threads: the stack (an nta agent and the handles' transactions) lives in the clone's
//! thread (the application's thread after `su_root_threading(root, 0)`), registered in a
//! thread-local map by the nua id. `nua_*` calls post closures to it with
//! `su::root::Remote::post`, carrying an owned copy of their tags (`tl_adup`) and a handle
//! reference. Events go back the same way to the application's root, where the one
//! callback runs.
//!
//! Handles start with their `su_home_t` (`nua_handle_home()`), made thread-safe; their
//! reference count is the home's. The Rust part (`HandleInner`) hangs off the home and is
//! dropped by the home's destructor.

pub mod api;
mod event_server;
mod params;
mod publish;
mod register;
mod session;
mod session_timer;
mod subscribe;
mod outbound;
mod reg_contact;
mod gruu;
mod retry_after;

use std::cell::RefCell;
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::msg::api::{msg_destroy, msg_object, msg_ref_create};
use crate::msg::message::MsgObj;
use crate::nta::{Agent, Incoming, Leg, LegSpec, Outgoing, Params as NtaParams};
use crate::su::alloc::{su_free, su_home_destructor, su_home_new, su_home_ref, su_home_t, su_home_threadsafe, su_home_unref};
use crate::su::root::{su_root_t, Remote};
use crate::tag::list::{t_next, tl_adup, tl_dup, tl_len, tl_xtra};
use crate::tag::objects::*;
use crate::tag::types::{tag_type_t, tagi_t};
use crate::tport::Proto;

/// `nua_event_t` values (sofia-abi.md §2.1).
pub mod ev {
    pub const I_ERROR: i32 = 0;
    pub const I_INVITE: i32 = 1;
    pub const I_CANCEL: i32 = 2;
    pub const I_ACK: i32 = 3;
    pub const I_ACTIVE: i32 = 5;
    pub const I_TERMINATED: i32 = 6;
    pub const I_STATE: i32 = 7;
    pub const I_BYE: i32 = 9;
    pub const I_OPTIONS: i32 = 10;
    pub const I_REFER: i32 = 11;
    pub const I_PUBLISH: i32 = 12;
    pub const I_PRACK: i32 = 13;
    pub const I_OUTBOUND: i32 = 8;
    pub const I_INFO: i32 = 14;
    pub const I_UPDATE: i32 = 15;
    pub const I_MESSAGE: i32 = 16;
    pub const I_SUBSCRIBE: i32 = 18;
    pub const I_NOTIFY: i32 = 20;
    pub const I_METHOD: i32 = 21;
    pub const I_MEDIA_ERROR: i32 = 22;
    pub const R_REGISTER: i32 = 29;
    pub const R_UNREGISTER: i32 = 30;
    pub const R_INVITE: i32 = 31;
    pub const R_CANCEL: i32 = 32;
    pub const R_BYE: i32 = 33;
    pub const R_REFER: i32 = 35;
    pub const R_PUBLISH: i32 = 36;
    pub const R_UNPUBLISH: i32 = 37;
    pub const R_INFO: i32 = 38;
    pub const R_PRACK: i32 = 39;
    pub const R_UPDATE: i32 = 40;
    pub const R_SUBSCRIBE: i32 = 43;
    pub const R_METHOD: i32 = 46;
    pub const R_UNSUBSCRIBE: i32 = 44;
    pub const R_NOTIFY: i32 = 45;
    pub const R_AUTHENTICATE: i32 = 47;
    pub const I_REGISTER: i32 = 54;
    pub const R_SET_PARAMS: i32 = 23;
    pub const R_GET_PARAMS: i32 = 24;
    pub const R_SHUTDOWN: i32 = 25;
    pub const R_OPTIONS: i32 = 34;
    pub const R_MESSAGE: i32 = 41;
    pub const I_SUBSCRIPTION: i32 = 19;
    pub const R_NOTIFIER: i32 = 26;
    pub const R_TERMINATE: i32 = 27;
    pub const R_AUTHORIZE: i32 = 28;
}

/// The application callback (`nua_callback_f`).
pub type NuaCallback = unsafe extern "C" fn(
    c_int,
    c_int,
    *const c_char,
    *mut nua_t,
    *mut c_void,
    *mut nua_handle_t,
    *mut c_void,
    *const c_void,
    *mut tagi_t,
);

/// `nua_event_data_t` (sofia-abi.md §1.6); the tag list continues past `e_tags`.
#[repr(C)]
pub struct NuaEventData {
    pub e_nh: *mut nua_handle_t,
    pub e_event: c_int,
    pub e_always: i16,
    pub e_status: i16,
    pub e_phrase: *const c_char,
    pub e_msg: *mut MsgObj,
    pub e_tags: [tagi_t; 1],
}

/// The object behind `nua_t *`: a home first (the fork's `nua_get_home()` returns it and
/// FreeSWITCH casts it back: `(nua_t *)su_home_ref(nua_get_home(nua))`), whose reference
/// count is the object's. Its destructor releases the Rust part.
#[repr(C)]
pub struct nua_t {
    home: su_home_t,
    inner: *const NuaInner,
}

/// The Rust part of a nua (shared by the application's object, the stack, handles and
/// events).
pub struct NuaInner {
    id: u64,
    /// The application's `nua_t *` (set once at creation).
    cptr: AtomicPtr<nua_t>,
    app: Remote,
    stack: Mutex<Option<Remote>>,
    /// `su_clone_r` of the stack task.
    clone: AtomicPtr<crate::su::clone::su_clone_s>,
    callback: Mutex<Option<NuaCallback>>,
    magic: usize,
    shutdown_started: AtomicBool,
    shutdown_done: AtomicBool,
    /// Events being delivered (innermost last): (event box, saved by the application).
    current: Mutex<Vec<(usize, bool)>>,
    default_nh: AtomicPtr<nua_handle_t>,
    /// Every live handle (Sofia frees them with the nua; see `release_handles`).
    handles: Mutex<Vec<usize>>,
}

/// The object behind `nua_handle_t *`: a home first, as `nua_handle_home()` expects.
#[repr(C)]
pub struct nua_handle_t {
    home: su_home_t,
    inner: *const HandleInner,
}

struct HandleInner {
    nua: Arc<NuaInner>,
    id: u64,
    magic: AtomicUsize,
    valid: AtomicBool,
    /// The application holds a reference (handles it made; stack-made ones after their
    /// first event).
    user_ref: AtomicBool,
    is_default: bool,
    /// The tags given to nua_handle() (in the handle's home).
    tags: *const tagi_t,
    /// What `nua_handle_has_*()` report (`flags::*` bits), kept by the stack.
    flags: std::sync::atomic::AtomicU32,
    /// `nua_handle_dialog_usage_set_refresh_range()`: (min, max) seconds, 0 = unset.
    refresh_range: std::sync::atomic::AtomicU64,
    /// What `nua_handle_local()` / `nua_handle_remote()` return: `sip_from_t` / `sip_to_t`
    /// in the handle's home (NULL when unknown), fixed when the handle is made.
    local: AtomicPtr<c_void>,
    remote: AtomicPtr<c_void>,
}

/// Bits of `HandleInner::flags`.
pub(crate) mod flags {
    pub const INVITE: u32 = 1;
    pub const ACTIVE_CALL: u32 = 2;
    pub const CALL_ON_HOLD: u32 = 4;
    pub const REGISTER: u32 = 8;
    pub const REGISTRATIONS: u32 = 16;
    /// A subscription or a notifier (`nua_handle_has_events`).
    pub const EVENTS: u32 = 32;
}

impl HandleInner {
    fn set_flag(&self, bit: u32, on: bool) {
        if on {
            self.flags.fetch_or(bit, Ordering::SeqCst);
        } else {
            self.flags.fetch_and(!bit, Ordering::SeqCst);
        }
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl NuaInner {
    fn stack_remote(&self) -> Option<Remote> {
        lock(&self.stack).clone()
    }
}

/// The Rust part of a live handle.
///
/// # Safety
/// `nh` must be a live handle made by [`new_handle`].
unsafe fn inner<'a>(nh: *const nua_handle_t) -> &'a HandleInner {
    // SAFETY: caller contract: `inner` is set at creation and freed with the home.
    unsafe { &*(*nh).inner }
}

unsafe extern "C" fn handle_destructor(p: *mut c_void) {
    let nh = p as *mut nua_handle_t;
    // SAFETY: called once by the home when its last reference goes; `inner` came from
    // Box::into_raw in new_handle.
    unsafe {
        let i = (*nh).inner;
        if !i.is_null() {
            (*nh).inner = ptr::null();
            let b = Box::from_raw(i as *mut HandleInner);
            lock(&b.nua.handles).retain(|&h| h != nh as usize);
            drop(b);
        }
    }
}

/// A new handle (reference count 1) with a copy of `tags`.
fn new_handle(nua: &Arc<NuaInner>, magic: usize, tags: *const tagi_t, user: bool, is_default: bool) -> *mut nua_handle_t {
    let nh = su_home_new(std::mem::size_of::<nua_handle_t>() as _) as *mut nua_handle_t;
    if nh.is_null() {
        return nh;
    }
    // SAFETY: a fresh home object of our size; the tag list is valid (caller).
    unsafe {
        su_home_threadsafe(nh.cast());
        let copy = if tags.is_null() { ptr::null_mut() } else { tl_adup(nh.cast(), tags) };
        let inner = Box::new(HandleInner {
            nua: nua.clone(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            magic: AtomicUsize::new(magic),
            valid: AtomicBool::new(true),
            user_ref: AtomicBool::new(user),
            is_default,
            tags: copy,
            flags: std::sync::atomic::AtomicU32::new(0),
            refresh_range: std::sync::atomic::AtomicU64::new(0),
            local: AtomicPtr::new(ptr::null_mut()),
            remote: AtomicPtr::new(ptr::null_mut()),
        });
        let (local, remote) = handle_addrs(nh.cast(), copy);
        inner.local.store(local, Ordering::SeqCst);
        inner.remote.store(remote, Ordering::SeqCst);
        (*nh).inner = Box::into_raw(inner);
        su_home_destructor(nh.cast(), Some(handle_destructor));
        lock(&nua.handles).push(nh as usize);
    }
    nh
}

/// The local and remote address of a handle made with `tags` (its copy in the handle's
/// `home`), as Sofia keeps them: the local one is `SIPTAG_FROM(_STR)`, the remote one
/// `SIPTAG_TO(_STR)`, else made from the target URL (`NUTAG_URL` & co.) without port,
/// URI headers, transport and lr; the last tag of a kind counts. NULL when not given.
fn handle_addrs(home: *mut su_home_t, tags: *const tagi_t) -> (*mut c_void, *mut c_void) {
    let (mut from, mut from_str, mut to, mut to_str, mut url) = (0isize, 0isize, 0isize, 0isize, 0isize);
    // SAFETY: the handle's own tag copy (or NULL).
    unsafe {
        each(tags, |tag, v| {
            if is(tag, &siptag_from) {
                (from, from_str) = (v, 0);
            } else if is(tag, &siptag_from_str) {
                (from, from_str) = (0, v);
            } else if is(tag, &siptag_to) {
                (to, to_str) = (v, 0);
            } else if is(tag, &siptag_to_str) {
                (to, to_str) = (0, v);
            } else if [&nutag_url, &nutag_sips_url, &nutag_ws_url, &nutag_wss_url].iter().any(|o| is(tag, o)) {
                url = v;
            }
        });
    }
    let make = |name: &str, text: isize| -> *mut c_void {
        if text == 0 {
            return ptr::null_mut();
        }
        let class = crate::msg::hclass::kind(name).class_ptr().cast();
        // SAFETY: the handle's home; a C string of the tag list.
        unsafe { crate::sip::api::msg_header_make(home, class, text as *const c_char).cast() }
    };
    let local = if from != 0 { from as *mut c_void } else { make("from", from_str) };
    let remote = if to != 0 {
        to as *mut c_void
    } else if to_str != 0 {
        make("to", to_str)
    } else if url != 0 {
        // SAFETY: the handle's home; a url_string_t of the tag list.
        unsafe {
            let a = crate::sip::create::sip_to_create(home, url as *const _);
            if !a.is_null() {
                crate::sip::create::sip_aor_strip((a as *mut u8).add(crate::nta::view::A_URL).cast());
            }
            a.cast()
        }
    } else {
        ptr::null_mut()
    };
    (local, remote)
}

/// A handle the stack makes for an incoming request outside a dialog (reference count 1,
/// the stack's): its local address is the request's To, its remote one the From, each
/// with display name and URI only.
fn new_incoming_handle(nua: &Arc<NuaInner>, req: *const MsgObj) -> *mut nua_handle_t {
    let nh = new_handle(nua, 0, ptr::null(), false, false);
    if nh.is_null() || req.is_null() {
        return nh;
    }
    // SAFETY: a fresh handle; the agent's valid request.
    unsafe {
        let i = inner(nh);
        let bare = |sym: &str| -> *mut c_void {
            let h = crate::nta::view::slot(req, sym);
            if h.is_null() {
                return ptr::null_mut();
            }
            let d = crate::sip::api::msg_header_dup(nh.cast(), h.cast()) as *mut u8;
            if !d.is_null() {
                // a_params, a_comment, a_tag
                for off in [136usize, 144, 152] {
                    *(d.add(off) as *mut *const c_void) = ptr::null();
                }
            }
            d.cast()
        };
        i.local.store(bare("to"), Ordering::SeqCst);
        i.remote.store(bare("from"), Ordering::SeqCst);
    }
    nh
}

/// One reference to a handle, usable from any thread.
struct NhRef(*mut nua_handle_t);

// SAFETY: a handle's reference count is its home's, updated under the home's lock
// (su_home_threadsafe); the Rust part has only atomics and fields fixed at creation.
unsafe impl Send for NhRef {}

impl NhRef {
    /// A new reference to `nh`.
    ///
    /// # Safety
    /// `nh` a live handle.
    unsafe fn new(nh: *mut nua_handle_t) -> NhRef {
        // SAFETY: caller contract.
        unsafe { su_home_ref(nh.cast()) };
        NhRef(nh)
    }
    fn inner(&self) -> &HandleInner {
        // SAFETY: we hold a reference.
        unsafe { inner(self.0) }
    }
}

impl Clone for NhRef {
    fn clone(&self) -> Self {
        // SAFETY: we hold a reference.
        unsafe { NhRef::new(self.0) }
    }
}

impl Drop for NhRef {
    fn drop(&mut self) {
        // SAFETY: we own one reference.
        unsafe { su_home_unref(self.0.cast()) };
    }
}

/// An owned deep copy of a tag list (one malloc'ed block).
struct OwnedTags(*mut tagi_t);

// SAFETY: the copy is exclusively owned and immutable.
unsafe impl Send for OwnedTags {}

impl OwnedTags {
    /// # Safety
    /// `tags` NULL or a valid tag list.
    unsafe fn copy(tags: *const tagi_t) -> OwnedTags {
        if tags.is_null() {
            OwnedTags(ptr::null_mut())
        } else {
            // SAFETY: caller contract.
            OwnedTags(unsafe { tl_adup(ptr::null_mut(), tags) })
        }
    }
}

impl OwnedTags {
    fn ptr(&self) -> *const tagi_t {
        self.0
    }
}

impl Drop for OwnedTags {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: allocated by tl_adup without a home (malloc).
            unsafe { su_free(ptr::null_mut(), self.0.cast()) };
        }
    }
}

/// Iterate a tag list: (tag, value).
///
/// # Safety
/// `t` NULL or a valid tag list that outlives the iteration.
unsafe fn each(mut t: *const tagi_t, mut f: impl FnMut(tag_type_t, isize)) {
    // SAFETY: caller contract.
    unsafe {
        while !t.is_null() && !(*t).t_tag.is_null() {
            f((*t).t_tag, (*t).t_value);
            t = t_next(t);
        }
    }
}

fn is(tag: tag_type_t, obj: &crate::tag::types::TagType) -> bool {
    ptr::eq(tag, obj)
}

// ====================================================================== events

/// An event on its way to the application, or saved by it (`nua_saved_event_t`).
pub struct Event {
    data: *mut NuaEventData,
    nua: Arc<NuaInner>,
}

// SAFETY: the event owns its data block, one reference to its handle (thread-safe home) and
// one to its message (a thread-safe home as well, see make_event); nothing else refers to it.
unsafe impl Send for Event {}

impl Drop for Event {
    fn drop(&mut self) {
        // SAFETY: we own the block and the references it holds.
        unsafe {
            let d = &*self.data;
            if !d.e_msg.is_null() {
                msg_destroy(d.e_msg);
            }
            if !d.e_nh.is_null() {
                su_home_unref(d.e_nh.cast());
            }
            libc::free(self.data.cast());
        }
    }
}

/// Builds an event; `msg` (NULL or a message) gets a new reference.
///
/// # Safety
/// `nh` a live handle; `msg` NULL or valid; `tags` NULL or a valid list.
unsafe fn make_event(nua: &Arc<NuaInner>, nh: *mut nua_handle_t, event: i32, status: i32, phrase: &str, msg: *mut MsgObj, tags: *const tagi_t) -> Option<Event> {
    const HEAD: usize = std::mem::offset_of!(NuaEventData, e_tags);
    // SAFETY: caller contract for every pointer.
    unsafe {
        let len = if tags.is_null() { std::mem::size_of::<tagi_t>() } else { tl_len(tags) };
        let xtra = if tags.is_null() { 0 } else { tl_xtra(tags, HEAD + len) };
        let size = HEAD + len + xtra + phrase.len() + 1;
        let data = libc::calloc(1, size.max(std::mem::size_of::<NuaEventData>())) as *mut NuaEventData;
        if data.is_null() {
            return None;
        }
        let tl = ptr::addr_of_mut!((*data).e_tags) as *mut tagi_t;
        if !tags.is_null() {
            let mut bb = (data as *mut u8).add(HEAD + len) as *mut c_void;
            tl_dup(tl, tags, &mut bb);
        }
        let ph = (data as *mut u8).add(HEAD + len + xtra);
        ptr::copy_nonoverlapping(phrase.as_ptr(), ph, phrase.len());
        *ph.add(phrase.len()) = 0;
        if !msg.is_null() {
            su_home_threadsafe(msg.cast());
            msg_ref_create(msg);
        }
        su_home_ref(nh.cast());
        (*data).e_nh = nh;
        (*data).e_event = event;
        (*data).e_status = status as i16;
        (*data).e_phrase = ph as *const c_char;
        (*data).e_msg = msg;
        Some(Event { data, nua: nua.clone() })
    }
}

/// Posts an event to the application's root.
fn post_event(e: Event) {
    let app = e.nua.app.clone();
    app.post(move |_root| deliver(e));
}

/// Delivers an event on the application's thread (Sofia's rules: nothing after
/// nua_destroy, for destroyed handles, or after nua_shutdown except nua_r_shutdown).
fn deliver(e: Event) {
    let nua = e.nua.clone();
    let Some(cb) = *lock(&nua.callback) else { return };
    // SAFETY: the event's block and handle reference are ours.
    let (event, status, nh, msg) = unsafe { ((*e.data).e_event, (*e.data).e_status as c_int, (*e.data).e_nh, (*e.data).e_msg) };
    if event != ev::R_SHUTDOWN && nua.shutdown_started.load(Ordering::SeqCst) {
        return;
    }
    // SAFETY: the event holds a handle reference.
    let hi = unsafe { inner(nh) };
    if !hi.valid.load(Ordering::SeqCst) {
        return;
    }
    if !hi.is_default && !hi.user_ref.swap(true, Ordering::SeqCst) {
        // A handle the stack made: the application owns it from its first event.
        // SAFETY: live handle.
        unsafe { su_home_ref(nh.cast()) };
    }
    if event == ev::R_SHUTDOWN && status >= 200 {
        nua.shutdown_done.store(true, Ordering::SeqCst);
    }
    let data = e.data;
    // The handle reference moves from the event to this delivery: a saved event has no
    // e_nh (as observed with the real library).
    // SAFETY: our event's block; its reference now belongs to `_hold`.
    let _hold = unsafe {
        (*data).e_nh = ptr::null_mut();
        NhRef(nh)
    };
    // The event stays here during the callback; nua_save_event() moves it into a box of
    // its own (and marks the frame saved), so only saved events cost an allocation.
    let mut here = std::mem::ManuallyDrop::new(e);
    let b = &mut *here as *mut Event as usize;
    lock(&nua.current).push((b, false));
    let (cnh, hmagic) = if hi.is_default { (ptr::null_mut(), ptr::null_mut()) } else { (nh, hi.magic.load(Ordering::SeqCst) as *mut c_void) };
    // SAFETY: the application's callback with our live event data.
    unsafe {
        let sip = if msg.is_null() { ptr::null() } else { msg_object(msg) as *const c_void };
        cb(
            event,
            status,
            (*data).e_phrase,
            nua.cptr.load(Ordering::SeqCst),
            nua.magic as *mut c_void,
            cnh,
            hmagic,
            sip,
            ptr::addr_of_mut!((*data).e_tags) as *mut tagi_t,
        );
    }
    let frame = {
        let mut cur = lock(&nua.current);
        let pos = cur.iter().rposition(|&(p, _)| p == b);
        pos.map(|i| cur.remove(i))
    };
    if !matches!(frame, Some((_, true))) {
        // SAFETY: not moved out by nua_save_event(): still ours, dropped once.
        unsafe { std::mem::ManuallyDrop::drop(&mut here) };
    }
}

// ====================================================================== the stack

/// Parameters this slice implements.
#[derive(Clone)]
struct Params {
    /// Methods added to Allow (`NUTAG_ALLOW`).
    allow: Vec<String>,
    /// Event packages we accept subscriptions for (`NUTAG_ALLOW_EVENTS`).
    allow_events: Vec<String>,
    /// `NUTAG_M_USERNAME` / `NUTAG_M_DISPLAY` / `NUTAG_M_PARAMS`: the user part, display
    /// name and URL parameters of our Contacts.
    m_username: Option<String>,
    m_display: Option<String>,
    m_params: Option<String>,
    /// `SIPTAG_USER_AGENT(_STR)` / `NUTAG_USER_AGENT`: None = no User-Agent header.
    user_agent: Option<String>,
    /// `SIPTAG_ALLOW(_STR)`: the Allow list (NUTAG_ALLOW adds to it).
    allow_base: String,
    /// `SIPTAG_SUPPORTED(_STR)`, `NUTAG_SUPPORTED`.
    supported: String,
    /// `NUTAG_REGISTRAR`.
    registrar: Option<Vec<u8>>,
    /// `NUTAG_PROXY` (`NTATAG_DEFAULT_PROXY`): where requests outside a route set go.
    proxy: Option<Vec<u8>>,
    /// NUTAG_INITIAL_ROUTE(_STR): Route headers of requests that start a dialog or are
    /// outside one (a preloaded route set), as header text.
    initial_route: Option<Vec<u8>>,
    enable_message: bool,
    enable_invite: bool,
    auto_ack: bool,
    /// NUTAG_AUTOANSWER / NUTAG_AUTOALERT.
    auto_answer: bool,
    auto_alert: bool,
    media_enable: bool,
    /// None after NUTAG_APPL_METHOD(NULL).
    appl_method: Option<Vec<String>>,
    /// NUTAG_SESSION_TIMER and whether the application gave it, NUTAG_MIN_SE,
    /// NUTAG_SESSION_REFRESHER, NUTAG_UPDATE_REFRESH, NUTAG_TIMER_AUTOREQUIRE (1.13).
    session_timer: u32,
    session_timer_set: bool,
    min_se: u32,
    refresher: i32,
    update_refresh: bool,
    timer_autorequire: bool,
    /// NUTAG_OUTBOUND: the outbound options (`natify`, `options-keepalive`, `no-validate` ...).
    outbound: String,
    /// NUTAG_KEEPALIVE: the interval of OPTIONS keep-alives after a registration (ms; 0 off).
    keepalive_ms: u32,
    /// NUTAG_PATH_ENABLE: "path" in the Supported of REGISTER.
    path_enable: bool,
    /// NUTAG_CALLEE_CAPS: the REGISTER's Contact has our methods (RFC 3840).
    callee_caps: bool,
    /// NUTAG_INSTANCE: our `+sip.instance` (RFC 5626), e.g. "urn:uuid:…".
    instance: Option<String>,
    /// SIPTAG_FROM(_STR) of nua_create() / nua_set_params(): the From of requests whose
    /// handle and tags give none (and the AOR of registrations without a To).
    from: Option<Vec<u8>>,
    /// Which of the Contact parameters the handle itself set (Sofia's NH_PISSET; always
    /// clear in the nua's own parameters' copy a handle starts from).
    own_set: reg_contact::OwnSet,
    /// NUTAG_RETRY_AFTER_ENABLE (the fork's; src/nua/retry_after.rs).
    retry_after_enable: bool,
}

const ALLOW: &str = "INVITE, ACK, BYE, CANCEL, OPTIONS, PRACK, MESSAGE, SUBSCRIBE, NOTIFY, REFER, UPDATE";
const SUPPORTED: &str = "timer, 100rel";
/// The default User-Agent (the library this build stands for).
const USER_AGENT: &str = if cfg!(feature = "abi-1-12") { "sofia-sip/1.12.11devel" } else { "sofia-sip/1.13.18" };

/// A header parsed once and copied into messages.
struct Parsed {
    holder: *mut MsgObj,
    h: *mut c_void,
}

impl Parsed {
    fn new(sym: &str, text: &[u8]) -> Parsed {
        let holder = crate::nta::view::new_msg(0);
        // SAFETY: our message (or NULL).
        let h = if holder.is_null() { ptr::null_mut() } else { unsafe { crate::nta::view::make(holder, sym, text) } };
        Parsed { holder, h }
    }

    /// Adds a copy to `msg`; false when it could not be made.
    fn add_to(&self, msg: *mut MsgObj) -> bool {
        // SAFETY: a valid message being built; our header.
        !self.h.is_null() && unsafe { crate::nta::view::add_dup(msg, self.h) }
    }
}

impl Drop for Parsed {
    fn drop(&mut self) {
        if !self.holder.is_null() {
            // SAFETY: our message.
            unsafe { msg_destroy(self.holder) };
        }
    }
}

/// The headers the stack puts in its messages, parsed once (User-Agent, Accept, Allow,
/// Supported, and Supported with "path" for REGISTER), copied into each message.
struct UaHeaders {
    /// The parameters' generation it was made for.
    gen: u64,
    holder: *mut MsgObj,
    user_agent: *mut c_void,
    accept: *mut c_void,
    allow: *mut c_void,
    /// Allow-Events (NUTAG_ALLOW_EVENTS; NULL when there are none).
    allow_events: *mut c_void,
    supported: *mut c_void,
    supported_path: *mut c_void,
}

impl UaHeaders {
    fn new(gen: u64, user_agent: Option<&str>, allow: &str, allow_events: &str, supported: &str, supported_path: &str) -> Option<UaHeaders> {
        let holder = crate::nta::view::new_msg(0);
        if holder.is_null() {
            return None;
        }
        // SAFETY: our message; every header is made in its home.
        let mk = |sym: &str, v: &str| if v.is_empty() { ptr::null_mut() } else { unsafe { crate::nta::view::make(holder, sym, v.as_bytes()) } };
        Some(UaHeaders {
            gen,
            holder,
            user_agent: user_agent.map_or(ptr::null_mut(), |u| mk("user_agent", u)),
            accept: mk("accept", "application/sdp"),
            allow: mk("allow", allow),
            allow_events: mk("allow_events", allow_events),
            supported: mk("supported", supported),
            supported_path: mk("supported", supported_path),
        })
    }

    /// Adds the ones `msg` lacks.
    fn add(&self, msg: *mut MsgObj, accept: bool, path: bool) -> bool {
        use crate::nta::view::{add_dup, slot};
        let supported = if path { self.supported_path } else { self.supported };
        let wanted = [("user_agent", self.user_agent), ("accept", if accept { self.accept } else { ptr::null_mut() }), ("allow", self.allow), ("allow_events", self.allow_events), ("supported", supported)];
        // SAFETY: a valid message being built; our headers.
        wanted.iter().all(|&(sym, h)| h.is_null() || unsafe { !slot(msg, sym).is_null() || add_dup(msg, h) })
    }
}

impl Drop for UaHeaders {
    fn drop(&mut self) {
        // SAFETY: our message.
        unsafe { msg_destroy(self.holder) };
    }
}

impl Default for Params {
    fn default() -> Self {
        Params { allow: Vec::new(), allow_events: Vec::new(), m_username: None, m_display: None, m_params: None, user_agent: Some(USER_AGENT.to_string()), allow_base: ALLOW.to_string(), supported: SUPPORTED.to_string(), registrar: None, proxy: None, initial_route: None, enable_message: true, enable_invite: true, auto_ack: true, auto_answer: false, auto_alert: false, media_enable: true, appl_method: Some(["INVITE", "REGISTER", "PUBLISH", "SUBSCRIBE"].iter().map(|s| s.to_string()).collect()), session_timer: 1800, session_timer_set: false, min_se: 120, refresher: 0, update_refresh: false, timer_autorequire: true, outbound: "natify".to_string(), keepalive_ms: 120000, path_enable: true, callee_caps: false, instance: None, from: None, own_set: Default::default(), retry_after_enable: true }
    }
}

struct Pending {
    irq: Incoming,
    msg: *mut MsgObj,
}

struct SHandle {
    /// The stack's reference to the handle.
    nh: NhRef,
    /// The parameter tags given to nua_handle() were applied (at its first request).
    ptags_used: bool,
    leg: Option<Leg>,
    pending: Vec<Pending>,
    orqs: Vec<Outgoing>,
    /// Parameters of nua_set_hparams() (None: the nua's).
    params: Option<Rc<Params>>,
    /// The call (INVITE session) of the handle.
    sess: Option<session::Session>,
    /// The registration of the handle.
    reg: Option<register::Reg>,
    /// Digest authenticators (`auc_*` list in the handle's home).
    auth: *mut crate::auth::client::AuthClient,
    /// The request a challenge stopped, to send again after nua_authenticate().
    restart: Option<register::Restart>,
    /// Our subscription; the subscription we serve.
    sub: Option<subscribe::Sub>,
    notifier: Option<subscribe::Notifier>,
    /// The Event values ("refer;id=N") of the implicit subscriptions of our REFERs, until
    /// the REFER fails or their final NOTIFY comes.
    refer_subs: Vec<Vec<u8>>,
    /// Our publication (PUBLISH).
    publ: Option<publish::Pub>,
    /// The event server of nua_notifier(), and the state it gives new watchers
    /// (`NUTAG_SUBSTATE` of the handle).
    es: Option<Rc<RefCell<event_server::EventServer>>>,
    es_substate: i32,
    /// Redirects followed for the current request (NUTAG_AUTO302).
    redirects: u32,
    /// Retry-After restarts of its request (src/nua/retry_after.rs).
    retry: retry_after::Retry,
}

impl SHandle {
    /// The handle has a usage that keeps its dialog (a call, a registration, a
    /// subscription either way).
    fn keeps_dialog(&self) -> bool {
        self.sess.is_some() || self.reg.is_some() || self.sub.is_some() || self.notifier.is_some() || !self.refer_subs.is_empty()
    }

    /// Sets what `nua_handle_has_events()` reports: the handle has a subscription (also
    /// a REFER's implicit one) or a notifier. Called where one comes or goes (before the
    /// event that reports the change, so the application reads the new state in that
    /// event's callback).
    fn sync_events(&self) {
        self.nh.inner().set_flag(flags::EVENTS, self.sub.is_some() || self.notifier.is_some() || !self.refer_subs.is_empty());
    }

    fn new(nh: NhRef) -> SHandle {
        SHandle { nh, ptags_used: false, leg: None, pending: Vec::new(), orqs: Vec::new(), params: None, sess: None, reg: None, auth: ptr::null_mut(), restart: None, sub: None, notifier: None, refer_subs: Vec::new(), publ: None, redirects: 0, retry: Default::default(), es: None, es_substate: subscribe::substate::ACTIVE }
    }
}

struct Stack {
    nua: Arc<NuaInner>,
    agent: RefCell<Option<Agent>>,
    default_leg: RefCell<Option<Leg>>,
    /// The offer/answer session every call's is cloned from (NULL: none).
    soa: std::cell::Cell<*mut crate::soa::api::SoaSession>,
    /// nua_shutdown() started; the handles whose calls / registrations it waits for.
    shutting_down: std::cell::Cell<bool>,
    waiting: RefCell<std::collections::HashSet<u64>>,
    shutdown_timer: RefCell<Option<crate::su::timer::Timer>>,
    /// nua_shutdown() ended event servers that had watchers: the shutdown waits for the
    /// stack's next timer tick (1 s), as Sofia's.
    es_shutdown_timer: RefCell<Option<crate::su::timer::Timer>>,
    /// The parsed User-Agent / Accept / Allow / Supported headers (see UaHeaders).
    ua_cache: RefCell<Option<UaHeaders>>,
    /// Our Contact, parsed, for the parameters of generation `params_gen`.
    contact_cache: RefCell<Option<(u64, Parsed)>>,
    params_gen: std::cell::Cell<u64>,
    params: RefCell<Rc<Params>>,
    handles: RefCell<crate::su::alloc::IdMap<SHandle>>,
    /// Legs handed out by `nua_get_dialog_state_leg()`, by handle: kept until the handle
    /// goes, so the pointer stays valid while the application may use it.
    exported_legs: RefCell<crate::su::alloc::IdMap<Vec<Leg>>>,
    me: Weak<Stack>,
}

thread_local! {
    static STACKS: RefCell<crate::su::alloc::IdMap<Rc<Stack>>> = RefCell::new(crate::su::alloc::IdMap::with_hasher(Default::default()));
}

fn stack_of(id: u64) -> Option<Rc<Stack>> {
    STACKS.with(|s| s.borrow().get(&id).cloned())
}

/// Runs `f` with the stack in its thread and waits for its result (`su_task_execute()`):
/// at once when the caller is that thread (the stack in the application's thread).
fn execute<R: Send + 'static>(nua: &NuaInner, f: impl FnOnce(&Rc<Stack>) -> R + Send + 'static) -> Option<R> {
    if let Some(st) = stack_of(nua.id) {
        return Some(f(&st));
    }
    let id = nua.id;
    nua.stack_remote()?.call(move || stack_of(id).map(|st| f(&st))).flatten()
}

/// Runs `f` with the stack in its thread (dropped when the stack is gone).
fn signal(nua: &NuaInner, f: impl FnOnce(&Rc<Stack>) + Send + 'static) -> bool {
    let Some(r) = nua.stack_remote() else { return false };
    let id = nua.id;
    r.post(move |_root| {
        if let Some(st) = stack_of(id) {
            f(&st)
        }
    });
    true
}

impl Stack {
    fn default_nh(&self) -> *mut nua_handle_t {
        self.nua.default_nh.load(Ordering::SeqCst)
    }

    fn event(&self, nh: *mut nua_handle_t, event: i32, status: i32, phrase: &str, msg: *mut MsgObj, tags: *const tagi_t) {
        // SAFETY: nh is live (held by the caller), msg NULL or valid, tags valid.
        if let Some(e) = unsafe { make_event(&self.nua, nh, event, status, phrase, msg, tags) } {
            post_event(e);
        }
    }

    /// The stack's record of a handle (made on the first signal about it).
    fn entry(&self, nh: &NhRef) {
        let id = nh.inner().id;
        self.handles.borrow_mut().entry(id).or_insert_with(|| SHandle::new(nh.clone()));
    }

    /// A request of the handle starts: as Sofia's nua, the parameter tags (NUTAG_M_DISPLAY,
    /// NUTAG_OUTBOUND, NUTAG_PROXY…) given to nua_handle() (at the first request) and to
    /// the request become parameters of the handle, kept for its later requests.
    fn init_handle(&self, nh: &NhRef, tags: *const tagi_t) {
        self.entry(nh);
        let id = nh.inner().id;
        let first = self.handles.borrow_mut().get_mut(&id).is_some_and(|h| !std::mem::replace(&mut h.ptags_used, true));
        let lists = if first { [nh.inner().tags, tags] } else { [ptr::null(), tags] };
        for l in lists {
            // SAFETY: the handle's tags (its home) and the signal's own copy.
            if unsafe { has_handle_params(l) } {
                self.with_own_params(id, |p| apply_params(p, l));
            }
        }
    }

    fn set_params(&self, tags: *const tagi_t) -> bool {
        self.params_gen.set(self.params_gen.get() + 1);
        // HEP capture (TPTAG_CAPT) goes to the agent's tport.
        let mut capt = None;
        // SAFETY: the signal's own tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &tptag_capt) {
                    capt = Some(crate::ffi::cstr(v as *const c_char).and_then(|c| crate::tport::hep::Capture::from_url(&c.to_string_lossy())).map(Arc::new));
                }
            })
        };
        // The agent parameters (NTATAG_*, TPTAG_*) go on to the nta agent, as Sofia's nua
        // hands its tag lists to nta; NTATAG_DEFAULT_PROXY (= NUTAG_PROXY) stays with nua,
        // which routes by it per handle. Log, dump and keep-alives change the live
        // transports too.
        if let Some(a) = self.agent.borrow().as_ref() {
            let mut p = (*a.params()).clone();
            let proxy = p.default_proxy.clone();
            // SAFETY: the signal's own tag copy.
            let mut n = unsafe { crate::nta::api::apply_params(&mut p, tags) };
            // SAFETY: as above.
            if let Some(on) = unsafe { auto_invite_100(tags) } {
                p.invite_100 = on;
                n += 1;
            }
            if n > 0 {
                p.default_proxy = proxy;
                a.set_params(p);
            }
            let mut given = crate::tport::tags::TportParams::default();
            // SAFETY: as above.
            unsafe { given.take_list(tags) };
            a.apply_live_tport(&given);
            if capt.is_some() {
                a.set_logging(None, capt);
            }
        }
        let soa = self.soa.get();
        if !soa.is_null() {
            // SAFETY: our master session; the signal's own tag copy.
            unsafe { crate::soa::api::soa_set_paramlist(soa, tags) };
        }
        let mut p = self.params.borrow_mut();
        apply_params(Rc::make_mut(&mut p), tags)
    }

    /// Our Allow header value.
    fn allow(&self) -> String {
        Self::allow_of(&self.params.borrow())
    }

    /// The Allow header value of parameters `p`.
    fn allow_of(p: &Params) -> String {
        let mut a = p.allow_base.clone();
        for m in &p.allow {
            if !p.allow_base.split(',').any(|x| x.trim() == m) {
                if !a.is_empty() {
                    a.push_str(", ");
                }
                a.push_str(m);
            }
        }
        a
    }

    /// Our Supported value (`extra` added, e.g. "path" for REGISTER).
    fn supported(&self, extra: Option<&str>) -> String {
        let mut s = self.params.borrow().supported.clone();
        if let Some(e) = extra {
            if !s.split(',').any(|x| x.trim().eq_ignore_ascii_case(e)) {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str(e);
            }
        }
        s
    }

    /// 405 Method Not Allowed, with our Allow.
    fn not_allowed(&self, irq: &Incoming) -> i32 {
        irq.reply(405, Some("Method Not Allowed"), &mut |r| self.ua(r, false));
        irq.destroy();
        0
    }

    /// Whether an incoming request of `method` is allowed (our Allow list).
    fn allows(&self, method: &str) -> bool {
        let p = self.params.borrow();
        p.allow_base.split(',').any(|m| m.trim() == method) || p.allow.iter().any(|m| m == method)
    }

    /// Adds User-Agent, Accept (`accept`), Allow and Supported to a message of ours.
    fn ua(&self, msg: *mut MsgObj, accept: bool) -> bool {
        self.ua_with(msg, accept, false)
    }

    /// As [`Stack::ua`]; `path`: Supported with "path" (REGISTER).
    fn ua_with(&self, msg: *mut MsgObj, accept: bool, path: bool) -> bool {
        let gen = self.params_gen.get();
        let mut cache = self.ua_cache.borrow_mut();
        if cache.as_ref().is_none_or(|c| c.gen != gen) {
            let (ua, events) = {
                let p = self.params.borrow();
                (p.user_agent.clone(), p.allow_events.join(", "))
            };
            *cache = UaHeaders::new(gen, ua.as_deref(), &self.allow(), &events, &self.supported(None), &self.supported(Some("path")));
        }
        cache.as_ref().is_some_and(|c| c.add(msg, accept, path))
    }

    /// The parameters in effect for a handle.
    fn params_of(&self, id: u64) -> Rc<Params> {
        let own = self.handles.borrow().get(&id).and_then(|h| h.params.clone());
        own.unwrap_or_else(|| self.params.borrow().clone())
    }

    /// Runs `f` on the handle's own parameters, made from the nua's at the first change
    /// (shared until then, copied on write).
    fn with_own_params<R>(&self, id: u64, f: impl FnOnce(&mut Params) -> R) -> Option<R> {
        let mut hs = self.handles.borrow_mut();
        let own = hs.get_mut(&id)?.params.get_or_insert_with(|| {
            let mut p = (**self.params.borrow()).clone();
            p.own_set = Default::default();
            Rc::new(p)
        });
        Some(f(Rc::make_mut(own)))
    }

    /// nua_set_hparams(): the handle gets its own copy of the parameters.
    fn set_hparams(&self, nh: &NhRef, tags: *const tagi_t) -> bool {
        // The parameter tags of nua_handle() first, as Sofia's nua_stack_set_params.
        self.init_handle(nh, ptr::null());
        self.with_own_params(nh.inner().id, |p| apply_params(p, tags)).unwrap_or(false)
    }

    /// An incoming request outside any dialog (the agent's default leg).
    fn on_request(&self, irq: &Incoming, msg: *mut MsgObj) -> i32 {
        // SAFETY: the agent's request message, valid during the call.
        let method = unsafe { crate::nta::method_of(msg) }.unwrap_or_default();
        let method = String::from_utf8_lossy(&method).into_owned();
        let params = self.params.borrow().clone();
        if !self.allows(&method) {
            return self.not_allowed(irq);
        }
        let event = match method.as_str() {
            "SUBSCRIBE" => return self.incoming_subscribe(irq, msg, &params),
            "NOTIFY" => return 481,
            "PUBLISH" => return self.incoming_publish(irq, msg, &params),
            "INVITE" if params.enable_invite => return self.incoming_invite(irq, msg),
            "INVITE" => return 403,
            "MESSAGE" if params.enable_message => ev::I_MESSAGE,
            "OPTIONS" => match self.outbound_request(irq, msg) {
                Some(r) => return r,
                None => ev::I_OPTIONS,
            },
            "REGISTER" if params.allow.iter().any(|m| m == "REGISTER") => ev::I_REGISTER,
            "MESSAGE" => return 403,
            "ACK" | "CANCEL" | "BYE" | "PRACK" | "UPDATE" | "INFO" | "REFER" | "REGISTER" => return 501,
            // An extension method we allow (NUTAG_ALLOW).
            _ => ev::I_METHOD,
        };
        self.serve_on_new_handle(irq, msg, &method, event, &params)
    }

    /// A request outside any dialog served on a handle the stack makes for it (`serve`).
    fn serve_on_new_handle(&self, irq: &Incoming, msg: *mut MsgObj, method: &str, event: i32, params: &Params) -> i32 {
        let nh = new_incoming_handle(&self.nua, msg);
        if nh.is_null() {
            return 500;
        }
        // The stack's reference is the one new_handle made.
        let r = NhRef(nh);
        let id = r.inner().id;
        self.handles.borrow_mut().insert(id, SHandle::new(r.clone()));
        self.serve(&r, irq, msg, method, event, params)
    }

    /// A request for a handle (new, or the one of a dialog): reported with 100 for the
    /// application to answer when its method is in NUTAG_APPL_METHOD, else answered 200
    /// by the stack first.
    fn serve(&self, r: &NhRef, irq: &Incoming, msg: *mut MsgObj, method: &str, event: i32, params: &Params) -> i32 {
        let id = r.inner().id;
        if params.appl_method.as_ref().is_some_and(|l| l.iter().any(|m| m == method)) {
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.pending.push(Pending { irq: irq.clone(), msg });
            }
            self.event(r.0, event, 100, "Trying", msg, ptr::null());
            return 0;
        }
        let is_options = method == "OPTIONS";
        // Sofia's 2xx to OPTIONS and PUBLISH carry our Contact.
        let contact = is_options || method == "PUBLISH";
        let mut deco = |resp: *mut MsgObj| -> bool { (!contact || self.add_contact(resp)) && self.ua(resp, is_options) };
        self.event(r.0, event, 200, "OK", msg, ptr::null());
        irq.reply(200, Some("OK"), &mut deco);
        irq.destroy();
        0
    }

    /// nua_respond() to a pending request of the handle.
    fn respond(&self, nh: &NhRef, status: i32, phrase: Option<&str>, tags: *const tagi_t) {
        let id = nh.inner().id;
        // SAFETY: the signal's own tag copy.
        let with = unsafe { crate::tag::list::tl_find(tags, ptr::addr_of!(nutag_with)) };
        // SAFETY: as above.
        let with = if with.is_null() { 0 } else { (unsafe { (*with).t_value }) as usize };
        if self.answers_invite(id, with) {
            return self.respond_invite(nh, status, phrase, tags);
        }
        let p = {
            let mut hs = self.handles.borrow_mut();
            hs.get_mut(&id).and_then(|h| {
                let i = if with != 0 { h.pending.iter().position(|p| p.msg as usize == with) } else { h.pending.len().checked_sub(1) };
                i.map(|i| h.pending.remove(i))
            })
        };
        let Some(p) = p else {
            self.event(nh.0, ev::I_ERROR, 500, "Responding to a Non-Existing Request", ptr::null_mut(), ptr::null());
            return;
        };
        // SAFETY: the pending request (kept alive by its transaction).
        let is_subscribe = unsafe { crate::nta::method_of(p.msg) }.is_some_and(|m| m.eq_ignore_ascii_case(b"SUBSCRIBE"));
        let remaining = self.handles.borrow().get(&id).and_then(|h| h.notifier.as_ref().map(|n| n.remaining()));
        let mut deco = |resp: *mut MsgObj| -> bool {
            let mut ok = add_tags(resp, tags) && self.ua(resp, false);
            if ok && is_subscribe && (200..300).contains(&status) {
                // SAFETY: the response being built.
                unsafe {
                    ok = self.add_contact(resp)
                        && (!crate::nta::view::slot(resp, "expires").is_null()
                            || crate::nta::view::add(resp, "expires", remaining.unwrap_or(3600).to_string().as_bytes()));
                }
            }
            ok
        };
        if p.irq.reply(status, phrase, &mut deco) < 0 {
            self.event(nh.0, ev::I_ERROR, 500, "Internal Server Error", ptr::null_mut(), ptr::null());
        }
        if status >= 200 {
            p.irq.destroy();
        } else {
            self.handles.borrow_mut().get_mut(&id).map(|h| h.pending.push(p));
        }
    }

    /// nua_method(): an extension request named by `NUTAG_METHOD`.
    fn method(&self, nh: &NhRef, tags: *const tagi_t) {
        let mut name = None;
        // SAFETY: the signal's own tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_method) && v != 0 {
                    name = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned());
                }
            })
        };
        let Some(name) = name.filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b))) else {
            self.event(nh.0, ev::R_METHOD, 900, "Internal error", ptr::null_mut(), ptr::null());
            return;
        };
        self.request(nh, &name, ev::R_METHOD, tags);
    }

    /// A request of the handle (MESSAGE, OPTIONS, INFO): reported as `event`.
    fn request(&self, nh: &NhRef, method: &str, event: i32, tags: *const tagi_t) {
        self.entry(nh);
        if self.agent.borrow().is_none() {
            return;
        }
        let id = nh.inner().id;
        let me = self.me.clone();
        let rnh = nh.clone();
        // SAFETY: the signal's own tag copy.
        let mut copy = Some(unsafe { OwnedTags::copy(tags) });
        let name = method.to_string();
        let cb: crate::nta::ResponseCb = Box::new(move |orq, resp| {
            if let Some(st) = me.upgrade() {
                // SAFETY: the transaction's response (or NULL), valid during the call.
                let status = if resp.is_null() { 0 } else { unsafe { crate::nta::status_of(resp) } };
                if status == 401 || status == 407 {
                    if let Some(tags) = copy.take() {
                        st.forget_orq(&rnh, orq);
                        if st.challenged(&rnh, resp, register::Restart::Request { method: name.clone(), event, tags }) {
                            return 0;
                        }
                    }
                }
                if (300..400).contains(&status) {
                    if let (Some(target), Some(tags)) = (st.redirect_target(&rnh, resp), copy.as_ref()) {
                        st.forget_orq(&rnh, orq);
                        orq.destroy();
                        st.event(rnh.0, event, 100, "Redirected", resp, ptr::null());
                        let list = [
                            tagi_t { t_tag: ptr::addr_of!(nutag_url), t_value: target.as_ptr() as isize },
                            tagi_t { t_tag: ptr::addr_of!(tag_next), t_value: tags.ptr() as isize },
                        ];
                        st.request(&rnh, &name, event, list.as_ptr());
                        return 0;
                    }
                }
                if status >= 200 {
                    if let Some(h) = st.handles.borrow_mut().get_mut(&rnh.inner().id) {
                        h.redirects = 0;
                    }
                    if let Some(tags) = copy.as_ref().filter(|_| status >= 300) {
                        // SAFETY: our own copy of the request's tags.
                        let (method, tags) = (name.clone(), unsafe { OwnedTags::copy(tags.ptr()) });
                        if st.retry_after(&rnh, event, status, resp, Box::new(move |st, nh| st.request(nh, &method, event, tags.ptr()))) {
                            st.forget_orq(&rnh, orq);
                            orq.destroy();
                            return 0;
                        }
                    }
                }
                st.on_response(&rnh, event, orq, resp);
            }
            0
        });
        match self.send(nh, method, tags, &mut |_| true, cb) {
            Some(o) => {
                if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                    h.orqs.push(o);
                }
            }
            None => self.event(nh.0, event, 900, "Internal error", ptr::null_mut(), ptr::null()),
        }
    }

    /// The handle's leg: its dialog, or a new one from the To / From / NUTAG_URL of the
    /// call's tags over the handle's.
    fn leg_for(&self, nh: &NhRef, tags: *const tagi_t) -> Option<(Leg, Option<Vec<u8>>)> {
        let agent = self.agent.borrow().clone()?;
        let id = nh.inner().id;
        let htags = nh.inner().tags;
        let (mut to, mut from, mut uri, mut call_id) = (None, None, None, None);
        // SAFETY: the handle's tags (its home) and the signal's copy.
        unsafe {
            for l in [htags, tags] {
                each(l, |tag, v| {
                    if v == 0 || v == -1 {
                        return;
                    }
                    if is(tag, &siptag_call_id_str) {
                        call_id = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
                    } else if is(tag, &siptag_call_id) {
                        call_id = crate::msg::hclass::print_value(v as *const c_void, 0);
                    } else if is(tag, &siptag_to_str) {
                        to = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
                    } else if is(tag, &siptag_to) {
                        to = crate::msg::hclass::print_value(v as *const c_void, 0);
                    } else if is(tag, &siptag_from_str) {
                        from = Some(CStr::from_ptr(v as *const c_char).to_bytes().to_vec());
                    } else if is(tag, &siptag_from) {
                        from = crate::msg::hclass::print_value(v as *const c_void, 0);
                    } else if is(tag, &nutag_url) {
                        uri = crate::nta::view::url_text(v as *const c_void);
                    }
                });
            }
        }
        // The dialog of a call; requests outside a call get a dialog each (as in Sofia).
        let leg = self.handles.borrow().get(&id).filter(|h| h.keeps_dialog()).and_then(|h| h.leg.clone());
        if let Some(l) = leg {
            return Some((l, uri));
        }
        let to = to.or_else(|| uri.clone())?;
        // Without a From of the application's: our contact's URI (Sofia's nua_stack_set_from).
        let from = from.unwrap_or_else(|| self.default_from(id));
        // The dialog's Call-ID is the one the application gives (SIPTAG_CALL_ID of the
        // handle or the request), so that the ACK and the requests of the peer match it.
        let spec = LegSpec { from: Some(from), to: Some(to), call_id, ..Default::default() };
        let l = Leg::create(&agent, &spec, Some(self.dialog_cb(id))).ok()?;
        // Our tag is fixed now (every request of the dialog has it).
        l.set_tag(None);
        if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
            if h.keeps_dialog() {
                h.leg = Some(l.clone());
            }
        }
        Some((l, uri))
    }

    /// The From of a handle's requests when neither the handle nor the request gives one:
    /// the nua's SIPTAG_FROM, else our contact's URI (Sofia's nua_stack_set_from).
    fn default_from(&self, id: u64) -> Vec<u8> {
        self.params_of(id)
            .from
            .clone()
            .or_else(|| self.contact_uri().map(|u| [b"<".as_slice(), &u, b">"].concat()))
            .unwrap_or_else(|| b"<sip:invalid>".to_vec())
    }

    /// The callback of a handle's dialog leg.
    fn dialog_cb(&self, id: u64) -> crate::nta::RequestCb {
        let me = self.me.clone();
        Box::new(move |_leg, irq, msg| match me.upgrade() {
            Some(st) => st.dialog_request(id, irq, msg),
            None => 500,
        })
    }

    /// Makes and sends a request of the handle on its leg: the SIP tags given to
    /// nua_handle() (Contact, Call-ID, Route, Subject, SIPTAG_HEADER_STR…, as Sofia's
    /// request template; not on ACK and CANCEL, which follow their INVITE), the SIP tags of
    /// `tags` (a single header replaces the handle's), then `extra` (body, Contact…). None
    /// when it could not be made or sent.
    fn send(&self, nh: &NhRef, method: &str, tags: *const tagi_t, extra: &mut dyn FnMut(*mut MsgObj) -> bool, cb: crate::nta::ResponseCb) -> Option<Outgoing> {
        let agent = self.agent.borrow().clone()?;
        let (leg, uri) = self.leg_for(nh, tags)?;
        let msg = crate::nta::view::new_msg(agent.params().sipflags as c_int);
        if msg.is_null() {
            return None;
        }
        let name = CString::new(method).ok()?;
        let uri_c = uri.and_then(|u| CString::new(u).ok());
        let code = crate::sip::method::method_code(method.as_bytes()).0;
        let initial_route = self.initial_route(nh, &leg, method, tags);
        // SAFETY: our new message; the C strings outlive the calls.
        unsafe {
            // The preloaded route goes first, before any Route of the application's tags.
            let ok = initial_route.as_ref().map_or(true, |r| crate::nta::view::add(msg, "route", r))
                && (method == "ACK" || method == "CANCEL" || add_handle_tags(msg, nh.inner().tags, leg.rtag().is_some()))
                && add_request_tags(msg, tags)
                && reg_contact::with_request_from(leg.local_uri(), || extra(msg))
                && (method == "ACK" || method == "CANCEL" || self.ua_with(msg, false, method == "REGISTER" && self.params_of(nh.inner().id).path_enable))
                && agent.request_complete(msg, Some(&leg), code, Some(name.as_bytes()), uri_c.as_ref().map_or(ptr::null(), |c| c.as_ptr().cast())) >= 0;
            let ok = ok && self.authorize(nh.inner().id, msg);
            let first_route = || {
                let r = crate::nta::view::slot(msg, "route");
                if r.is_null() { None } else { crate::nta::view::url_text((r as *const u8).add(crate::nta::view::A_URL).cast()) }
            };
            let route = leg.next_hop().or_else(|| initial_route.as_ref().and_then(|_| first_route())).or_else(|| self.proxy_for(nh, tags));
            let o = if ok { agent.outgoing(msg, route, Some(cb)) } else { None };
            if o.is_none() {
                msg_destroy(msg);
            }
            o
        }
    }

    /// The preloaded Route of a request (NUTAG_INITIAL_ROUTE(_STR) of the request's tags,
    /// which the handle then keeps, else of the handle's or the nua's parameters): only
    /// outside an established dialog without a route set, as Sofia's nua. Not for ACK
    /// and CANCEL, which follow their INVITE.
    fn initial_route(&self, nh: &NhRef, leg: &Leg, method: &str, tags: *const tagi_t) -> Option<Vec<u8>> {
        let mut given = None;
        // SAFETY: the signal's own tag copy.
        unsafe {
            each(tags, |tag, v| {
                if is(tag, &nutag_initial_route) || is(tag, &nutag_initial_route_str) {
                    given = Some(initial_route_text(tag, v));
                }
            })
        };
        let id = nh.inner().id;
        if let Some(r) = given {
            self.with_own_params(id, |p| p.initial_route = r);
        }
        if method == "ACK" || method == "CANCEL" || leg.rtag().is_some() || !leg.route().0.is_empty() {
            return None;
        }
        self.params_of(id).initial_route.clone()
    }

    /// Where a 3xx response sends the handle's request (its first Contact), when
    /// redirects are followed (NUTAG_AUTO302) and fewer than NUTAG_RETRY_COUNT were.
    fn redirect_target(&self, nh: &NhRef, resp: *mut MsgObj) -> Option<CString> {
        if resp.is_null() {
            return None;
        }
        let id = nh.inner().id;
        let mut hs = self.handles.borrow_mut();
        let h = hs.get_mut(&id)?;
        if h.redirects >= 3 {
            h.redirects = 0;
            return None;
        }
        // SAFETY: a valid response: the URL of its first Contact.
        let target = unsafe {
            let c = crate::nta::view::slot(resp, "contact");
            if c.is_null() {
                return None;
            }
            crate::nta::view::url_text((c as *const u8).add(crate::nta::view::A_URL).cast())?
        };
        h.redirects += 1;
        CString::new(target).ok()
    }

    /// The handle no longer keeps this transaction.
    fn forget_orq(&self, nh: &NhRef, orq: &Outgoing) {
        if let Some(h) = self.handles.borrow_mut().get_mut(&nh.inner().id) {
            h.orqs.retain(|o| !Rc::ptr_eq(o.inner(), orq.inner()));
        }
    }

    fn on_response(&self, nh: &NhRef, event: i32, orq: &Outgoing, resp: *mut MsgObj) {
        // SAFETY: the transaction's response, valid during the call.
        let status = unsafe { response_status(orq, resp) };
        if status < 101 {
            return;
        }
        // SAFETY: as above.
        let phrase = if resp.is_null() { String::new() } else { unsafe { phrase_of(resp) } };
        if status >= 200 {
            let id = nh.inner().id;
            if let Some(h) = self.handles.borrow_mut().get_mut(&id) {
                h.orqs.retain(|o| !Rc::ptr_eq(o.inner(), orq.inner()));
            }
            orq.destroy();
        }
        self.event(nh.0, event, status, &phrase, resp, ptr::null());
    }

    /// nua_handle_destroy(): the stack forgets the handle (pending requests answered 480).
    fn destroy_handle(&self, nh: &NhRef) {
        let h = self.handles.borrow_mut().remove(&nh.inner().id);
        self.exported_legs.borrow_mut().remove(&nh.inner().id);
        if let Some(h) = h {
            self.drop_shandle(h);
        }
    }

    /// nua_shutdown(): calls end (BYE, CANCEL, 480), registrations are removed and
    /// subscriptions ended; `nua_r_shutdown` 100 while that goes on, then 200 (or 500
    /// after 30 s), and only then the agent goes.
    fn shutdown(&self) {
        if self.shutting_down.replace(true) {
            return;
        }
        let hs: Vec<(u64, NhRef, Option<i32>, bool, bool, bool, bool)> = self
            .handles
            .borrow()
            .iter()
            .map(|(id, h)| {
                let flags = h.nh.inner().flags.load(Ordering::SeqCst);
                (
                    *id,
                    h.nh.clone(),
                    h.sess.as_ref().map(|s| s.state),
                    h.sess.as_ref().is_some_and(|s| s.uas_pending()),
                    h.reg.is_some() && flags & flags::REGISTRATIONS != 0,
                    h.sub.is_some(),
                    h.leg.as_ref().is_some_and(|l| l.rtag().is_some()),
                )
            })
            .collect();
        for (id, nh, state, uas_pending, registered, subscribed, established) in hs {
            use session::cs;
            match state {
                Some(cs::CALLING | cs::PROCEEDING) => {
                    self.waiting.borrow_mut().insert(id);
                    self.cancel(&nh, ptr::null());
                }
                Some(cs::RECEIVED | cs::EARLY) if uas_pending => {
                    self.respond_invite(&nh, 480, Some("Temporarily Unavailable"), ptr::null());
                }
                Some(cs::COMPLETING | cs::COMPLETED | cs::READY) if established => {
                    self.waiting.borrow_mut().insert(id);
                    self.bye(&nh, ptr::null());
                }
                _ => {}
            }
            if registered {
                self.waiting.borrow_mut().insert(id);
                self.unregister(&nh, ptr::null());
            }
            if subscribed {
                self.waiting.borrow_mut().insert(id);
                self.unsubscribe(&nh, ptr::null());
            }
        }
        // Publications are removed (un-PUBLISH).
        let pubs: Vec<(u64, NhRef)> = self.handles.borrow().iter().filter(|(_, h)| Stack::publishes(h)).map(|(id, h)| (*id, h.nh.clone())).collect();
        for (id, nh) in pubs {
            self.waiting.borrow_mut().insert(id);
            self.send_publish(&nh, publish::Kind::Shutdown, ptr::null());
        }
        // Event servers end: each watcher gets its final NOTIFY.
        let servers: Vec<(u64, Rc<RefCell<event_server::EventServer>>)> = self.handles.borrow().iter().filter_map(|(id, h)| h.es.clone().map(|e| (*id, e))).collect();
        let mut busy = Vec::new();
        for (id, es) in servers {
            if self.es_close(id, &es) {
                busy.push(id);
            }
        }
        if !busy.is_empty() {
            if let Some(agent) = self.agent.borrow().clone() {
                // SAFETY: the agent's live root (this thread).
                if let Some(t) = unsafe { crate::su::timer::Timer::new(agent.root()) } {
                    self.waiting.borrow_mut().extend(busy.iter().copied());
                    let me = self.me.clone();
                    t.set(1000, move || {
                        if let Some(st) = me.upgrade() {
                            for id in busy {
                                st.shutdown_progress(id);
                            }
                        }
                    });
                    *self.es_shutdown_timer.borrow_mut() = Some(t);
                }
            }
        }
        if self.waiting.borrow().is_empty() {
            return self.shutdown_done(200, "Shutdown successful");
        }
        self.event(self.default_nh(), ev::R_SHUTDOWN, 100, "Shutdown started", ptr::null_mut(), ptr::null());
        let Some(agent) = self.agent.borrow().clone() else { return };
        // SAFETY: the agent's live root (this thread).
        if let Some(t) = unsafe { crate::su::timer::Timer::new(agent.root()) } {
            let me = self.me.clone();
            t.set(30_000, move || {
                if let Some(st) = me.upgrade() {
                    st.shutdown_done(500, "Shutdown timeout");
                }
            });
            *self.shutdown_timer.borrow_mut() = Some(t);
        }
    }

    /// A handle finished what the shutdown asked of it (its call or registration ended).
    fn shutdown_progress(&self, id: u64) {
        if !self.shutting_down.get() {
            return;
        }
        let done = {
            let mut w = self.waiting.borrow_mut();
            w.remove(&id) && w.is_empty()
        };
        if done {
            self.shutdown_done(200, "Shutdown successful");
        }
    }

    fn shutdown_done(&self, status: i32, phrase: &str) {
        if self.agent.borrow().is_none() {
            return;
        }
        self.waiting.borrow_mut().clear();
        self.shutdown_timer.borrow_mut().take();
        self.es_shutdown_timer.borrow_mut().take();
        self.teardown();
        self.event(self.default_nh(), ev::R_SHUTDOWN, status, phrase, ptr::null_mut(), ptr::null());
    }
}

/// The status of a client transaction's outcome: its response's, or the transaction's
/// own when there is no response message (a local timeout or error).
///
/// # Safety
/// `resp` NULL or a valid response.
unsafe fn response_status(orq: &Outgoing, resp: *const MsgObj) -> i32 {
    if resp.is_null() {
        orq.status()
    } else {
        // SAFETY: caller contract.
        unsafe { crate::nta::status_of(resp) }
    }
}

/// The phrase of a client transaction's outcome: its response's, "Request Timeout" when
/// there is no response message.
///
/// # Safety
/// `resp` NULL or a valid response.
unsafe fn response_phrase(resp: *const MsgObj) -> String {
    if resp.is_null() {
        String::from("Request Timeout")
    } else {
        // SAFETY: caller contract.
        unsafe { phrase_of(resp) }
    }
}

/// The reason phrase of a response.
///
/// # Safety
/// `msg` a valid message.
unsafe fn phrase_of(msg: *const MsgObj) -> String {
    /// `st_phrase` in sip_status_t (sofia-abi.md §1.3).
    const ST_PHRASE: usize = 64;
    // SAFETY: caller contract; the status header has Sofia's layout.
    unsafe {
        let st = crate::nta::view::slot(msg, "status");
        if st.is_null() {
            return String::new();
        }
        crate::nta::view::str_at(st, ST_PHRASE).map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default()
    }
}

/// Applies the parameter tags this slice implements; false on a bad value.
/// NUTAG_AUTO_INVITE_100 (fork) of a tag list: whether the stack answers "100 Trying" to
/// INVITEs by itself (default) or leaves it to the application.
///
/// # Safety
/// `tags` a well-formed tag list.
unsafe fn auto_invite_100(tags: *const tagi_t) -> Option<bool> {
    let mut on = None;
    // SAFETY: contract.
    unsafe {
        each(tags, |tag, v| {
            if is(tag, &nutag_auto_invite_100) {
                on = Some(v != 0);
            }
        })
    };
    on
}

/// The text of a NUTAG_INITIAL_ROUTE (a `sip_route_t` list) or NUTAG_INITIAL_ROUTE_STR
/// value; None for NULL or an empty string.
///
/// # Safety
/// `v` a value of tag `tag`.
unsafe fn initial_route_text(tag: tag_type_t, v: isize) -> Option<Vec<u8>> {
    if v == 0 || v == -1 {
        return None;
    }
    let text = if is(tag, &nutag_initial_route_str) {
        // SAFETY: a C string by the tag's type.
        unsafe { crate::ffi::cstr(v as *const c_char) }.map(|c| c.to_bytes().to_vec())
    } else {
        // SAFETY: a header list by the tag's type.
        unsafe { crate::msg::hclass::print_value(v as *const c_void, 0) }
    };
    text.filter(|t| !t.is_empty())
}

/// Whether a request's tags set parameters of the handle (the nua parameters of
/// [`apply_params`]; the SIP header tags it also reads are headers of the request here).
///
/// # Safety
/// `tags` NULL or a valid list.
unsafe fn has_handle_params(tags: *const tagi_t) -> bool {
    const PARAMS: [&crate::tag::types::TagType; 26] = [
        &nutag_instance, &nutag_path_enable, &nutag_callee_caps, &nutag_enablemessage, &nutag_allow, &nutag_allow_events, &nutag_m_username, &nutag_m_display,
        &nutag_m_params, &nutag_user_agent, &nutag_supported, &nutag_registrar, &ntatag_default_proxy,
        &nutag_outbound, &nutag_keepalive, &nutag_enableinvite, &nutag_autoack, &nutag_autoanswer,
        &nutag_autoalert, &nutag_session_timer, &nutag_min_se, &nutag_session_refresher,
        &nutag_update_refresh, &nutag_media_enable, &nutag_appl_method, &nutag_retry_after_enable,
    ];
    let mut any = false;
    // SAFETY: caller contract.
    unsafe {
        each(tags, |tag, _| {
            any |= PARAMS.iter().any(|p| is(tag, p));
        })
    };
    any
}

fn apply_params(p: &mut Params, tags: *const tagi_t) -> bool {
    let mut ok = true;
    let mut supported_set = false;
    // SAFETY: the signal's own tag copy.
    unsafe {
        each(tags, |tag, v| {
            let t = tag as usize;
            if !p.own_set.tags.contains(&t) {
                p.own_set.tags.push(t);
            }
            if is(tag, &nutag_enablemessage) {
                p.enable_message = v != 0;
            } else if is(tag, &nutag_allow) {
                if let Some(c) = crate::ffi::cstr(v as *const c_char) {
                    for m in c.to_string_lossy().split(',').map(str::trim).filter(|m| !m.is_empty()) {
                        if !p.allow.iter().any(|x| x == m) {
                            p.allow.push(m.to_string());
                        }
                    }
                }
            } else if is(tag, &nutag_allow_events) {
                if let Some(c) = crate::ffi::cstr(v as *const c_char) {
                    for e in c.to_string_lossy().split(',').map(str::trim).filter(|e| !e.is_empty()) {
                        if !p.allow_events.iter().any(|x| x.eq_ignore_ascii_case(e)) {
                            p.allow_events.push(e.to_string());
                        }
                    }
                }
            } else if is(tag, &nutag_m_username) {
                p.m_username = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned());
                p.own_set.m_username = true;
            } else if is(tag, &nutag_m_display) {
                p.m_display = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned());
                p.own_set.m_display = true;
            } else if is(tag, &nutag_m_params) {
                p.m_params = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned());
                p.own_set.m_params = true;
            } else if is(tag, &siptag_user_agent_str) || is(tag, &nutag_user_agent) || is(tag, &siptag_user_agent) {
                // -1 clears; NULL leaves it as it is.
                if v == -1 {
                    p.user_agent = None;
                } else if v != 0 {
                    p.user_agent = if is(tag, &siptag_user_agent) {
                        crate::msg::hclass::print_value(v as *const c_void, 0).map(|b| String::from_utf8_lossy(&b).into_owned())
                    } else {
                        crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned())
                    };
                }
            } else if is(tag, &siptag_allow_str) || is(tag, &siptag_allow) {
                if v != 0 && v != -1 {
                    let text = if is(tag, &siptag_allow) {
                        crate::msg::hclass::print_value(v as *const c_void, 0).map(|b| String::from_utf8_lossy(&b).into_owned())
                    } else {
                        crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned())
                    };
                    if let Some(t) = text {
                        p.allow_base = t;
                        p.allow.clear();
                    }
                }
            } else if is(tag, &siptag_supported_str) || is(tag, &siptag_supported) {
                // A NULL after a value in the same list is ignored; alone it clears.
                if v == 0 || v == -1 {
                    if !supported_set {
                        p.supported.clear();
                    }
                } else {
                    let text = if is(tag, &siptag_supported) {
                        crate::msg::hclass::print_value(v as *const c_void, 0).map(|b| String::from_utf8_lossy(&b).into_owned())
                    } else {
                        crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned())
                    };
                    if let Some(t) = text {
                        p.supported = t;
                        supported_set = true;
                    }
                }
            } else if is(tag, &nutag_supported) {
                if let Some(c) = crate::ffi::cstr(v as *const c_char) {
                    for f in c.to_string_lossy().split(',').map(str::trim).filter(|f| !f.is_empty()) {
                        if !p.supported.split(',').any(|x| x.trim().eq_ignore_ascii_case(f)) {
                            if !p.supported.is_empty() {
                                p.supported.push_str(", ");
                            }
                            p.supported.push_str(f);
                        }
                    }
                }
            } else if is(tag, &nutag_registrar) {
                p.registrar = crate::nta::view::url_text(v as *const c_void);
            } else if is(tag, &ntatag_default_proxy) {
                p.proxy = crate::nta::view::url_text(v as *const c_void);
            } else if is(tag, &nutag_initial_route) || is(tag, &nutag_initial_route_str) {
                p.initial_route = initial_route_text(tag, v);
            } else if is(tag, &nutag_outbound) {
                p.outbound = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned()).unwrap_or_default();
            } else if is(tag, &nutag_keepalive) {
                p.keepalive_ms = v as u32;
            } else if is(tag, &nutag_path_enable) {
                p.path_enable = v != 0;
            } else if is(tag, &nutag_callee_caps) {
                p.callee_caps = v != 0;
            } else if is(tag, &siptag_from_str) && v != 0 && v != -1 {
                p.from = crate::ffi::cstr(v as *const c_char).map(|c| c.to_bytes().to_vec());
            } else if is(tag, &siptag_from) && v != 0 && v != -1 {
                p.from = crate::msg::hclass::print_value(v as *const c_void, 0);
            } else if is(tag, &nutag_instance) {
                p.instance = crate::ffi::cstr(v as *const c_char).map(|c| c.to_string_lossy().into_owned());
            } else if is(tag, &nutag_enableinvite) {
                p.enable_invite = v != 0;
            } else if is(tag, &nutag_autoack) {
                p.auto_ack = v != 0;
            } else if is(tag, &nutag_autoanswer) {
                p.auto_answer = v != 0;
            } else if is(tag, &nutag_autoalert) {
                p.auto_alert = v != 0;
            } else if is(tag, &nutag_session_timer) {
                p.session_timer = v as u32;
                p.session_timer_set = true;
            } else if is(tag, &nutag_min_se) {
                p.min_se = v as u32;
            } else if is(tag, &nutag_session_refresher) {
                // Sofia keeps the value within no..remote (nua_any_refresher becomes remote).
                p.refresher = (v as i32).clamp(session_timer::NO_REFRESHER, session_timer::REMOTE_REFRESHER);
            } else if is(tag, &nutag_update_refresh) {
                p.update_refresh = v != 0;
            } else if cfg!(not(feature = "abi-1-12")) && is(tag, &nutag_retry_after_enable) {
                p.retry_after_enable = v != 0;
            } else if cfg!(not(feature = "abi-1-12")) && is(tag, &nutag_timer_autorequire) {
                p.timer_autorequire = v != 0;
            } else if is(tag, &nutag_media_enable) {
                p.media_enable = v != 0;
            } else if is(tag, &nutag_appl_method) {
                if v == 0 {
                    p.appl_method = None;
                } else {
                    match CStr::from_ptr(v as *const c_char).to_str() {
                        Ok(s) => {
                            let l = p.appl_method.get_or_insert_with(Vec::new);
                            for m in s.split(',').map(str::trim).filter(|m| !m.is_empty()) {
                                if !l.iter().any(|x| x == m) {
                                    l.push(m.to_string());
                                }
                            }
                        }
                        Err(_) => ok = false,
                    }
                }
            }
        })
    };
    ok
}

impl Stack {
    /// Forgets every handle (calls are ended as nua_handle_destroy() does), then the
    /// default leg, the agent and the master offer/answer session.
    fn teardown(&self) {
        let hs: Vec<SHandle> = self.handles.borrow_mut().drain().map(|(_, h)| h).collect();
        for h in hs {
            self.drop_shandle(h);
        }
        if let Some(l) = self.default_leg.borrow_mut().take() {
            l.destroy();
        }
        if let Some(a) = self.agent.borrow_mut().take() {
            a.destroy();
        }
        let soa = self.soa.replace(ptr::null_mut());
        if !soa.is_null() {
            // SAFETY: our master session, destroyed once.
            unsafe { crate::soa::api::soa_destroy(soa) };
        }
    }

    /// A handle the stack forgets: its call is ended (CANCEL, BYE or 480), pending
    /// requests are answered 480, transactions and the dialog go.
    fn drop_shandle(&self, mut h: SHandle) {
        h.nh.inner().set_flag(flags::EVENTS, false);
        if let Some(es) = h.es.take() {
            self.es_close(h.nh.inner().id, &es);
        }
        if let Some(s) = h.sess.take() {
            self.end_session(s, h.leg.as_ref());
        }
        drop_rest(h);
    }
}

fn drop_rest(h: SHandle) {
    for p in h.pending {
        p.irq.reply(480, Some("Temporarily Unavailable"), &mut |_| true);
        p.irq.destroy();
    }
    for o in h.orqs {
        o.destroy();
    }
    if let Some(l) = h.leg {
        l.destroy();
    }
}

/// The SIP header tags of a list into a message.
fn add_tags(msg: *mut MsgObj, tags: *const tagi_t) -> bool {
    if tags.is_null() {
        return true;
    }
    let mut t = tags;
    // SAFETY: a valid message and tag list.
    unsafe { crate::sip::addtags::sip_add_tagis(msg, ptr::null_mut(), &mut t) >= 0 }
}

/// The header tags given to nua_handle(), as Sofia's request template adds them to each
/// request of the handle; within an established dialog (`in_dialog`) without its Route,
/// as the dialog has its route set (the ACK of an INVITE keeps it, as in Sofia).
///
/// # Safety
/// `msg` valid; `tags` NULL or a valid list.
unsafe fn add_handle_tags(msg: *mut MsgObj, tags: *const tagi_t, in_dialog: bool) -> bool {
    if !in_dialog {
        // SAFETY: caller contract.
        return unsafe { add_request_tags(msg, tags) };
    }
    let kept = subscribe::strip_tags(tags, &[&siptag_route, &siptag_route_str]);
    // SAFETY: caller contract; `kept` lives during the call.
    unsafe { add_request_tags(msg, kept.as_ptr()) }
}

/// The header tags of a request, without To/From (the leg makes those).
///
/// # Safety
/// `msg` valid; `tags` NULL or a valid list.
unsafe fn add_request_tags(msg: *mut MsgObj, tags: *const tagi_t) -> bool {
    let mut ok = true;
    // SAFETY: caller contract.
    unsafe {
        each(tags, |tag, v| {
            if [&siptag_to, &siptag_to_str, &siptag_from, &siptag_from_str].iter().any(|o| is(tag, o)) {
                return;
            }
            let one = [tagi_t { t_tag: tag, t_value: v }, tagi_t { t_tag: ptr::null(), t_value: 0 }];
            ok &= add_tags(msg, one.as_ptr());
        })
    };
    ok
}

// ====================================================================== create / destroy

struct InitCtx {
    nua: Arc<NuaInner>,
    tags: *const tagi_t,
    ok: bool,
}

unsafe extern "C" fn stack_init(root: *mut su_root_t, magic: *mut c_void) -> c_int {
    crate::ffi::guard(-1, || {
        // SAFETY: magic is the InitCtx of nua_create, which blocks in su_clone_start while
        // this runs.
        let ctx = unsafe { &mut *(magic as *mut InitCtx) };
        let (mut url, mut sips_url): (Option<Vec<u8>>, Option<Vec<u8>>) = (None, None);
        let (mut ws_url, mut wss_url): (Option<Vec<u8>>, Option<Vec<u8>>) = (None, None);
        let mut certificate_dir: Option<std::path::PathBuf> = None;
        let mut params = Params::default();
        // SAFETY: the application's tag list, valid during nua_create.
        unsafe {
            each(ctx.tags, |tag, v| {
                if is(tag, &nutag_url) && v != 0 {
                    url = crate::nta::view::url_text(v as *const c_void);
                } else if is(tag, &nutag_sips_url) && v != 0 {
                    sips_url = crate::nta::view::url_text(v as *const c_void);
                } else if is(tag, &nutag_ws_url) && v != 0 {
                    ws_url = crate::nta::view::url_text(v as *const c_void);
                } else if is(tag, &nutag_wss_url) && v != 0 {
                    wss_url = crate::nta::view::url_text(v as *const c_void);
                } else if (is(tag, &nutag_certificate_dir) || is(tag, &tptag_certificate)) && v != 0 {
                    certificate_dir = crate::ffi::cstr(v as *const c_char).map(|c| std::path::PathBuf::from(c.to_string_lossy().into_owned()));
                }
            })
        };
        let mut nta_params = NtaParams {
            ua: true,
            rport: true,
            // As Sofia's nua_stack_init: merged requests get 482.
            merge_482: true,
            sipflags: 2, /* MSG_DO_CANONIC, as Sofia's nua */
            user_agent: Some(USER_AGENT.into()),
            certificate_dir,
            ..NtaParams::default()
        };
        // The agent and transport parameters of the application's tags (Sofia hands them
        // all to nta: NTATAG_SIP_T1, NTATAG_SERVER_RPORT, TPTAG_TLS_VERIFY_POLICY, ...);
        // NUTAG_PROXY stays with nua (see set_params).
        // SAFETY: the application's tag list, valid during nua_create.
        unsafe {
            crate::nta::api::apply_params(&mut nta_params, ctx.tags);
            if let Some(on) = auto_invite_100(ctx.tags) {
                nta_params.invite_100 = on;
            }
        }
        nta_params.default_proxy = None;
        // NUTAG_SIPS_URL alone is the agent's first URL (as Sofia's nua does).
        if url.is_none() {
            url = sips_url.take();
        }
        // SAFETY: root is the clone's root, on this thread; the agent is destroyed at
        // shutdown or in stack_deinit, before the root.
        let agent = match unsafe { Agent::create(root, url.as_deref(), nta_params, None) } {
            Ok(a) => a,
            Err(_) => return -1,
        };
        // NUTAG_SIPS_URL, NUTAG_WS_URL, NUTAG_WSS_URL: more transports of the same agent (as
        // Sofia's nua_stack_init_transport; a failed bind fails nua_create).
        for (u, proto) in [(&sips_url, Proto::Tls), (&ws_url, Proto::Ws), (&wss_url, Proto::Wss)] {
            if let Some(u) = u {
                if let Err(e) = agent.add_transport(u, &[proto]) {
                    crate::su_debug!(crate::su::log::nua_log, 1, "nua: cannot bind {}: {}\n", String::from_utf8_lossy(u), e);
                    agent.destroy();
                    return -1;
                }
            }
        }
        let stack = Rc::new_cyclic(|me| Stack {
            nua: ctx.nua.clone(),
            agent: RefCell::new(Some(agent.clone())),
            default_leg: RefCell::new(None),
            // SAFETY: root is the clone's live root.
            soa: std::cell::Cell::new(unsafe { crate::soa::api::soa_create(c"default".as_ptr(), root, ptr::null_mut()) }),
            shutting_down: std::cell::Cell::new(false),
            waiting: RefCell::new(std::collections::HashSet::new()),
            shutdown_timer: RefCell::new(None),
            es_shutdown_timer: RefCell::new(None),
            ua_cache: RefCell::new(None),
            contact_cache: RefCell::new(None),
            params_gen: std::cell::Cell::new(0),
            params: RefCell::new(Rc::new(std::mem::take(&mut params))),
            handles: RefCell::new(Default::default()),
            exported_legs: RefCell::new(Default::default()),
            me: me.clone(),
        });
        stack.set_params(ctx.tags);
        // The default handle's local and remote address: the stack's own (its Contact URI).
        if let Some(uri) = stack.contact_uri() {
            let dnh = ctx.nua.default_nh.load(Ordering::SeqCst);
            let text = CString::new([b"<".as_slice(), &uri, b">"].concat()).unwrap_or_default();
            let class = crate::msg::hclass::kind("from").class_ptr().cast();
            // SAFETY: the default handle (alive while the nua is); our C string.
            unsafe {
                let f = crate::sip::api::msg_header_make(dnh.cast(), class, text.as_ptr()).cast::<c_void>();
                inner(dnh).local.store(f, Ordering::SeqCst);
                inner(dnh).remote.store(f, Ordering::SeqCst);
            }
        }
        let me = Rc::downgrade(&stack);
        let spec = LegSpec { no_dialog: true, ..Default::default() };
        let cb: crate::nta::RequestCb = Box::new(move |_leg, irq, msg| match me.upgrade() {
            Some(st) => st.on_request(irq, msg),
            None => 500,
        });
        match Leg::create(&agent, &spec, Some(cb)) {
            Ok(l) => *stack.default_leg.borrow_mut() = Some(l),
            Err(_) => {
                agent.destroy();
                return -1;
            }
        }
        // SAFETY: our live root.
        *lock(&ctx.nua.stack) = unsafe { Remote::of(root) };
        STACKS.with(|s| s.borrow_mut().insert(ctx.nua.id, stack));
        // From now on the clone root's magic is the id (stack_deinit runs after the
        // context is gone).
        // SAFETY: our live root, on its thread.
        unsafe { (*root).magic.set(ctx.nua.id as usize as *mut c_void) };
        ctx.ok = true;
        0
    })
}

unsafe extern "C" fn stack_deinit(_root: *mut su_root_t, magic: *mut c_void) {
    crate::ffi::guard((), || {
        let id = magic as usize as u64;
        let st = STACKS.with(|s| s.borrow_mut().remove(&id));
        if let Some(st) = st {
            st.teardown();
        }
    })
}

/// nua_create(): NULL when the stack cannot start.
///
/// # Safety
/// `root` NULL or a live root of this thread; `tags` NULL or a valid list.
pub(crate) unsafe fn create(root: *mut su_root_t, cb: Option<NuaCallback>, magic: *mut c_void, tags: *const tagi_t) -> *mut nua_t {
    let Some(cb) = cb else {
        crate::su::port::set_errno(libc::EFAULT);
        return ptr::null_mut();
    };
    // SAFETY: caller contract.
    let Some(app) = (unsafe { Remote::of(root) }) else {
        crate::su::port::set_errno(libc::EFAULT);
        return ptr::null_mut();
    };
    let nua = Arc::new(NuaInner {
        id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        cptr: AtomicPtr::new(ptr::null_mut()),
        app,
        stack: Mutex::new(None),
        clone: AtomicPtr::new(ptr::null_mut()),
        callback: Mutex::new(Some(cb)),
        magic: magic as usize,
        shutdown_started: AtomicBool::new(false),
        shutdown_done: AtomicBool::new(false),
        current: Mutex::new(Vec::new()),
        default_nh: AtomicPtr::new(ptr::null_mut()),
        handles: Mutex::new(Vec::new()),
    });
    let dnh = new_handle(&nua, 0, ptr::null(), true, true);
    if dnh.is_null() {
        return ptr::null_mut();
    }
    nua.default_nh.store(dnh, Ordering::SeqCst);
    let mut ctx = InitCtx { nua: nua.clone(), tags, ok: false };
    let mut clone: *mut crate::su::clone::su_clone_s = ptr::null_mut();
    // stack_init gets the context; stack_deinit the id (the context is gone by then).
    // SAFETY: root is live (caller); ctx outlives the blocking start; the deinit magic is
    // the clone root's magic, which stack_init does not use as a pointer after returning.
    let rc = unsafe { crate::su::clone::su_clone_start(root, &mut clone, ptr::addr_of_mut!(ctx).cast(), Some(stack_init), Some(stack_deinit)) };
    if rc != 0 || !ctx.ok || clone.is_null() {
        drop(ctx);
        // SAFETY: our default handle's only reference.
        unsafe { su_home_unref(dnh.cast()) };
        return ptr::null_mut();
    }
    drop(ctx);
    nua.clone.store(clone, Ordering::SeqCst);
    let obj = su_home_new(std::mem::size_of::<nua_t>() as _) as *mut nua_t;
    if obj.is_null() {
        // Nothing can reach the stack: stop it as nua_destroy would.
        let mut c = nua.clone.swap(ptr::null_mut(), Ordering::SeqCst);
        *lock(&nua.callback) = None;
        // SAFETY: our clone, stopped once.
        unsafe { crate::su::clone::su_clone_wait(ptr::null_mut(), &mut c) };
        // SAFETY: our default handle's only reference.
        unsafe { su_home_unref(dnh.cast()) };
        return ptr::null_mut();
    }
    // SAFETY: a fresh home object of our size.
    unsafe {
        su_home_threadsafe(obj.cast());
        nua.cptr.store(obj, Ordering::SeqCst);
        (*obj).inner = Arc::into_raw(nua);
        su_home_destructor(obj.cast(), Some(nua_destructor));
    }
    obj
}

unsafe extern "C" fn nua_destructor(p: *mut c_void) {
    let obj = p as *mut nua_t;
    // SAFETY: called once by the home when its last reference goes; `inner` came from
    // Arc::into_raw in create.
    unsafe {
        let i = (*obj).inner;
        if !i.is_null() {
            (*obj).inner = ptr::null();
            (*i).cptr.store(ptr::null_mut(), Ordering::SeqCst);
            drop(Arc::from_raw(i));
        }
    }
}

/// nua_destroy(): the application's references to handles it never destroyed (in Sofia,
/// handles are freed with the nua) are released, so that they do not keep the nua alive.
/// Must run on the application's thread after the stack is gone.
pub(crate) fn release_handles(nua: &NuaInner) {
    let all: Vec<usize> = lock(&nua.handles).clone();
    for h in all {
        if !lock(&nua.handles).contains(&h) {
            continue;
        }
        let nh = h as *mut nua_handle_t;
        // SAFETY: registered, hence alive; the stack thread is gone, so nothing else
        // releases references concurrently (Sofia's contract: handles die with the nua).
        let i = unsafe { inner(nh) };
        if i.is_default {
            continue;
        }
        i.valid.store(false, Ordering::SeqCst);
        if i.user_ref.swap(false, Ordering::SeqCst) {
            // SAFETY: the application's reference, released on its behalf.
            unsafe { su_home_unref(nh.cast()) };
        }
    }
}
