//! The C API of the transaction layer (`<sofia-sip/nta.h>`, `<sofia-sip/nta_stateless.h>`).
//!
//! Handles given to C are `Rc::into_raw` pointers of the core objects: `nta_agent_t *` is
//! an `AgentInner`, `nta_leg_t *` a `LegInner`, `nta_outgoing_t *` an `OrqInner` and
//! `nta_incoming_t *` an `IrqInner`. Each `*_destroy()` gives the application's reference
//! back. The variadic entry points are in csrc/nta_shim.c, which collects the tag list and
//! calls the functions of [`ShimNtaOps`] (handed over at load time, not exported).

use std::ffi::{c_char, c_int, c_void};
use std::ptr;
use std::rc::Rc;

use super::{view, Agent, AgentInner, Incoming, IrqInner, Leg, LegInner, LegSpec, OrqInner, Outgoing, Params, TIME_MAX};
use crate::ffi::{cbytes, guard};
use crate::msg::message::MsgObj;
use crate::sip::ctypes::{SipContact, SipRoute, SipT, UrlStringT};
use crate::su::alloc::{home_alloc, su_home_t};
use crate::su::port::set_errno;
use crate::su::root::su_root_t;
use crate::tag::list::t_next;
use crate::tag::objects as to;
use crate::tag::types::{tag_type_t, tag_value_t, tagi_t};

macro_rules! opaque {
    ($($name:ident),*) => {
        $(
            #[repr(C)]
            pub struct $name {
                _opaque: [u8; 0],
            }
        )*
    };
}

opaque!(
    nta_agent_t,
    nta_leg_t,
    nta_outgoing_t,
    nta_incoming_t,
    nta_agent_magic_t,
    nta_leg_magic_t,
    nta_outgoing_magic_t,
    nta_incoming_magic_t
);

pub type nta_message_f = unsafe extern "C" fn(*mut nta_agent_magic_t, *mut nta_agent_t, *mut MsgObj, *mut SipT) -> c_int;
pub type nta_request_f = unsafe extern "C" fn(*mut nta_leg_magic_t, *mut nta_leg_t, *mut nta_incoming_t, *const SipT) -> c_int;
pub type nta_ack_cancel_f = unsafe extern "C" fn(*mut nta_incoming_magic_t, *mut nta_incoming_t, *const SipT) -> c_int;
pub type nta_response_f = unsafe extern "C" fn(*mut nta_outgoing_magic_t, *mut nta_outgoing_t, *const SipT) -> c_int;

fn sip_of(msg: *mut MsgObj) -> *mut SipT {
    if msg.is_null() {
        ptr::null_mut()
    } else {
        // SAFETY: a valid message.
        unsafe { crate::msg::message::public(msg) as *mut SipT }
    }
}

/// Borrow the agent behind a handle (a new `Rc`; the handle keeps its own).
///
/// # Safety
/// `a` NULL or a live handle from nta_agent_create().
unsafe fn agent_of(a: *const nta_agent_t) -> Option<Agent> {
    if a.is_null() {
        return None;
    }
    // SAFETY: contract: the handle holds one strong reference.
    unsafe {
        Rc::increment_strong_count(a as *const AgentInner);
        Some(Agent::from_rc(Rc::from_raw(a as *const AgentInner)))
    }
}

/// # Safety
/// `l` NULL or a live handle from nta_leg_tcreate().
unsafe fn leg_of(l: *const nta_leg_t) -> Option<Leg> {
    if l.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        Rc::increment_strong_count(l as *const LegInner);
        Some(Leg::from_rc(Rc::from_raw(l as *const LegInner)))
    }
}

/// # Safety
/// `o` NULL or a live handle of a client transaction.
unsafe fn orq_of(o: *const nta_outgoing_t) -> Option<Outgoing> {
    if o.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        Rc::increment_strong_count(o as *const OrqInner);
        Some(Outgoing::from_rc(Rc::from_raw(o as *const OrqInner)))
    }
}

/// # Safety
/// `i` NULL or a live handle of a server transaction.
unsafe fn irq_of(i: *const nta_incoming_t) -> Option<Incoming> {
    if i.is_null() {
        return None;
    }
    // SAFETY: contract.
    unsafe {
        Rc::increment_strong_count(i as *const IrqInner);
        Some(Incoming::from_rc(Rc::from_raw(i as *const IrqInner)))
    }
}

/// The (tag, value) items of a tag list, up to its end.
///
/// # Safety
/// `list` NULL or a well-formed tag list.
unsafe fn items(list: *const tagi_t) -> Vec<(tag_type_t, tag_value_t)> {
    let mut v = Vec::new();
    let mut t = list;
    // SAFETY: contract.
    unsafe {
        while !t.is_null() && !(*t).t_tag.is_null() && (*t).t_tag != ptr::addr_of!(crate::tag::objects::tag_null) {
            v.push(((*t).t_tag, (*t).t_value));
            t = t_next(t);
        }
    }
    v
}

fn is(t: tag_type_t, o: &crate::tag::types::TagType) -> bool {
    ptr::eq(t, o)
}

/// Applies the NTATAG_* parameters of a list; the number of tags used.
///
/// # Safety
/// `list` a well-formed tag list.
pub(crate) unsafe fn apply_params(p: &mut Params, list: *const tagi_t) -> c_int {
    let mut n = 0;
    // SAFETY: contract.
    for (t, v) in unsafe { items(list) } {
        let u = v as u32;
        let used = if is(t, &to::ntatag_sip_t1) {
            p.t1 = if u == 0 { super::SIP_T1 } else { u.min(TIME_MAX) };
            true
        } else if is(t, &to::ntatag_sip_t2) {
            p.t2 = if u == 0 { super::SIP_T2 } else { u.min(TIME_MAX) };
            true
        } else if is(t, &to::ntatag_sip_t4) {
            p.t4 = if u == 0 { super::SIP_T4 } else { u.min(TIME_MAX) };
            true
        } else if is(t, &to::ntatag_sip_t1x64) {
            p.t1x64 = if u == 0 { 64 * super::SIP_T1 } else { u.min(TIME_MAX) };
            true
        } else if is(t, &to::ntatag_max_forwards) {
            p.max_forwards = u;
            true
        } else if is(t, &to::ntatag_user_via) {
            p.user_via = v != 0;
            true
        } else if is(t, &to::ntatag_client_rport) {
            p.rport = v != 0;
            true
        } else if is(t, &to::ntatag_tcp_rport) {
            p.tcp_rport = v != 0;
            true
        } else if is(t, &to::ntatag_tls_rport) {
            p.tls_rport = v != 0;
            true
        } else if is(t, &to::ntatag_server_rport) {
            p.server_rport = (v as c_int).clamp(0, 3) as u32;
            true
        } else if is(t, &to::ntatag_max_recv_requests_per_second) {
            p.max_recv_rps = u;
            true
        } else if is(t, &to::ntatag_cancel_2543) {
            p.cancel_2543 = v != 0;
            true
        } else if is(t, &to::ntatag_timeout_408) {
            p.timeout_408 = v != 0;
            true
        } else if is(t, &to::ntatag_ua) {
            p.ua = v != 0;
            true
        } else if is(t, &to::ntatag_cancel_487) {
            p.cancel_487 = v != 0;
            true
        } else if is(t, &to::ntatag_srv_503) {
            p.srv_503 = v != 0;
            true
        } else if is(t, &to::ntatag_merge_482) {
            p.merge_482 = v != 0;
            true
        } else if is(t, &to::ntatag_use_naptr) {
            p.use_naptr = v != 0;
            true
        } else if is(t, &to::ntatag_use_srv) {
            p.use_srv = v != 0;
            true
        } else if is(t, &to::ntatag_extra_100) {
            p.extra_100 = v != 0;
            true
        } else if is(t, &to::ntatag_graylist) {
            p.graylist = u;
            true
        } else if tls_orq_connect_timeout(t) {
            p.tls_orq_connect_timeout = u.min(TIME_MAX);
            true
        } else if is(t, &to::ntatag_sipflags) {
            p.sipflags = u;
            true
        } else if is(t, &to::tptag_certificate) {
            // SAFETY: a string (or NULL) by the tag's class.
            p.certificate_dir = unsafe { crate::ffi::cstr(v as *const c_char) }.map(|c| std::path::PathBuf::from(c.to_string_lossy().into_owned()));
            true
        } else if is(t, &to::ntatag_default_proxy) {
            // SAFETY: a url_string_t (or NULL) by the tag's class.
            p.default_proxy = unsafe { view::url_text(v as *const c_void) };
            true
        } else {
            // SAFETY: the value has the type of its tag (list contract).
            unsafe { p.tport.take(t, v) }
        };
        n += used as c_int;
    }
    n
}

// ------------------------------------------------------------------ agent

unsafe extern "C" fn agent_create(
    root: *mut su_root_t,
    url: *const UrlStringT,
    cb: Option<nta_message_f>,
    magic: *mut nta_agent_magic_t,
    tags: *const tagi_t,
) -> *mut nta_agent_t {
    guard(ptr::null_mut(), || {
        if root.is_null() {
            set_errno(libc::EINVAL);
            return ptr::null_mut();
        }
        // A plain nta agent answers INVITE "100 Trying" from timer N1 (`extra100.rs`), as
        // Sofia's nta; the user agent layer makes its agent with the 100 at once.
        let mut p = Params { invite_100: false, ..Params::default() };
        // SAFETY: tag list from the shim; url NULL or a url_string_t (caller).
        let (contact, _) = unsafe { (view::url_text(url.cast()), apply_params(&mut p, tags)) };
        let mcb: Option<super::MessageCb> = cb.map(|f| {
            Box::new(move |a: &Agent, msg: *mut MsgObj| {
                let me = Rc::as_ptr(a.inner()) as *mut nta_agent_t;
                // SAFETY: the application's callback with its own context, our handle and a
                // message it now owns.
                unsafe { f(a.inner().magic.get() as *mut nta_agent_magic_t, me, msg, sip_of(msg)) };
            }) as super::MessageCb
        });
        // SAFETY: a live root (caller); the application destroys the agent before it.
        match unsafe { Agent::create(root, contact.as_deref(), p, mcb) } {
            Ok(a) => {
                a.inner().magic.set(magic as usize);
                Rc::into_raw(a.inner().clone()) as *mut nta_agent_t
            }
            Err(e) => {
                crate::su_debug!(crate::su::log::nta_log, 3, "nta_agent_create: {}\n", e);
                set_errno(e.raw_os_error().unwrap_or(libc::EINVAL));
                ptr::null_mut()
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_agent_destroy(agent: *mut nta_agent_t) {
    guard((), || {
        if agent.is_null() {
            return;
        }
        // SAFETY: the application's handle, given back now.
        let a = Agent::from_rc(unsafe { Rc::from_raw(agent as *const AgentInner) });
        a.destroy();
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_agent_magic(agent: *const nta_agent_t) -> *mut nta_agent_magic_t {
    // SAFETY: handle (caller).
    guard(ptr::null_mut(), || unsafe { agent_of(agent) }.map_or(ptr::null_mut(), |a| a.inner().magic.get() as *mut nta_agent_magic_t))
}

#[no_mangle]
pub unsafe extern "C" fn nta_agent_contact(agent: *const nta_agent_t) -> *mut SipContact {
    // SAFETY: handle (caller).
    guard(ptr::null_mut(), || unsafe { agent_of(agent) }.map_or(ptr::null_mut(), |a| a.contact().cast()))
}

/// A new tag in `home`: `fmt` is NULL (the bare token) or contains one `%s`.
#[no_mangle]
pub unsafe extern "C" fn nta_agent_newtag(home: *mut su_home_t, fmt: *const c_char, agent: *mut nta_agent_t) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: handle (caller).
        let Some(a) = (unsafe { agent_of(agent) }) else {
            set_errno(libc::EINVAL);
            return ptr::null();
        };
        let tag = a.newtag();
        // SAFETY: NULL or a C string (caller).
        let text = match unsafe { cbytes(fmt) } {
            None => tag.into_bytes(),
            Some(f) => {
                let f = String::from_utf8_lossy(f);
                f.replacen("%s", &tag, 1).into_bytes()
            }
        };
        // SAFETY: a block of `home` (or malloc) big enough for the text and its NUL.
        unsafe {
            let p = home_alloc(home, text.len() + 1, false) as *mut u8;
            if p.is_null() {
                return ptr::null();
            }
            ptr::copy_nonoverlapping(text.as_ptr(), p, text.len());
            *p.add(text.len()) = 0;
            p as *const c_char
        }
    })
}

unsafe extern "C" fn agent_set_params(agent: *mut nta_agent_t, tags: *const tagi_t) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(a) = (unsafe { agent_of(agent) }) else {
            set_errno(libc::EINVAL);
            return -1;
        };
        let mut p = (*a.params()).clone();
        // SAFETY: tag list from the shim.
        let n = unsafe { apply_params(&mut p, tags) };
        // Log, dump and keep-alive tags change the live transports too.
        let mut given = crate::tport::tags::TportParams::default();
        // SAFETY: as above.
        unsafe { given.take_list(tags) };
        a.apply_live_tport(&given);
        a.set_params(p);
        n
    })
}

// ------------------------------------------------------------------ messages

#[no_mangle]
pub unsafe extern "C" fn nta_msg_create(agent: *mut nta_agent_t, flags: c_int) -> *mut MsgObj {
    guard(ptr::null_mut(), || {
        // SAFETY: handle (caller).
        let Some(a) = (unsafe { agent_of(agent) }) else {
            set_errno(libc::EINVAL);
            return ptr::null_mut();
        };
        view::new_msg(flags | a.params().sipflags as c_int)
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_msg_request_complete(
    msg: *mut MsgObj,
    leg: *mut nta_leg_t,
    method: c_int,
    method_name: *const c_char,
    req_url: *const UrlStringT,
) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(l) = (unsafe { leg_of(leg) }) else { return -1 };
        let Some(a) = l.agent() else { return -1 };
        if msg.is_null() {
            return -1;
        }
        // SAFETY: valid message, NULL or C string, NULL or url_string_t (caller).
        unsafe { a.request_complete(msg, Some(&l), method, cbytes(method_name), req_url.cast()) }
    })
}

unsafe extern "C" fn msg_treply(
    agent: *mut nta_agent_t,
    msg: *mut MsgObj,
    status: c_int,
    phrase: *const c_char,
    tags: *const tagi_t,
) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(a) = (unsafe { agent_of(agent) }) else { return -1 };
        if msg.is_null() {
            return -1;
        }
        // SAFETY: C string or NULL (caller).
        let phrase = unsafe { cbytes(phrase) }.map(|p| String::from_utf8_lossy(p).into_owned());
        // SAFETY: a request the application owns; the tag list from the shim.
        unsafe { a.msg_reply(msg, status, phrase.as_deref(), &mut |r| add_tags(r, tags)) }
    })
}

unsafe extern "C" fn msg_tsend(agent: *mut nta_agent_t, msg: *mut MsgObj, u: *const UrlStringT, tags: *const tagi_t) -> c_int {
    guard(-1, || {
        if msg.is_null() {
            return -1;
        }
        // SAFETY: handle (caller).
        let Some(a) = (unsafe { agent_of(agent) }) else {
            // SAFETY: the message is taken over even on failure.
            unsafe { crate::msg::api::msg_destroy(msg) };
            return -1;
        };
        // SAFETY: NULL or a url_string_t (caller).
        let url = unsafe { view::url_text(u.cast()) };
        // SAFETY: the tag list from the shim; NTATAG_DEFAULT_PROXY carries a url_string_t.
        let proxy = unsafe { items(tags) }
            .into_iter()
            .filter(|(t, _)| is(*t, &to::ntatag_default_proxy))
            .last()
            .and_then(|(_, v)| unsafe { view::url_text(v as *const c_void) });
        // SAFETY: a message the application owns; the tag list from the shim.
        unsafe { a.forward(msg, url, proxy, &mut |m| add_tags(m, tags)) }
    })
}

unsafe extern "C" fn msg_mreply(
    agent: *mut nta_agent_t,
    reply: *mut MsgObj,
    _sip: *mut SipT,
    status: c_int,
    phrase: *const c_char,
    req: *mut MsgObj,
    tags: *const tagi_t,
) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(a) = (unsafe { agent_of(agent) }) else { return -1 };
        // SAFETY: C string or NULL (caller).
        let phrase = unsafe { cbytes(phrase) }.map(|p| String::from_utf8_lossy(p).into_owned());
        // SAFETY: messages the application owns (or NULL); the tag list from the shim.
        unsafe { a.msg_mreply(reply, status, phrase.as_deref(), req, &mut |m| add_tags(m, tags)) }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_msg_discard(agent: *mut nta_agent_t, msg: *mut MsgObj) {
    guard((), || {
        if msg.is_null() {
            return;
        }
        // SAFETY: handle (caller); a message the application owns.
        match unsafe { agent_of(agent) } {
            Some(a) => unsafe { a.msg_discard(msg) },
            None => unsafe { crate::msg::api::msg_destroy(msg) },
        }
    })
}

/// SIP headers of a tag list into a message.
fn add_tags(msg: *mut MsgObj, tags: *const tagi_t) -> bool {
    if tags.is_null() {
        return true;
    }
    let mut t = tags;
    // SAFETY: a valid message and tag list.
    unsafe { crate::sip::addtags::sip_add_tagis(msg, ptr::null_mut(), &mut t) >= 0 }
}

// ------------------------------------------------------------------ legs

unsafe extern "C" fn leg_tcreate(
    agent: *mut nta_agent_t,
    cb: Option<nta_request_f>,
    magic: *mut nta_leg_magic_t,
    tags: *const tagi_t,
) -> *mut nta_leg_t {
    guard(ptr::null_mut(), || {
        // SAFETY: handle (caller).
        let Some(a) = (unsafe { agent_of(agent) }) else {
            set_errno(libc::EINVAL);
            return ptr::null_mut();
        };
        let mut spec = LegSpec::default();
        let hdr = |v: tag_value_t| -> Option<Vec<u8>> {
            // SAFETY: a header of the tag's class (or NULL / -1).
            if v == 0 || v == -1 { None } else { unsafe { view::value(v as *const c_void) } }
        };
        // SAFETY: a C string (or NULL).
        let s = |v: tag_value_t| -> Option<Vec<u8>> { if v == 0 || v == -1 { None } else { unsafe { cbytes(v as *const c_char) }.map(<[u8]>::to_vec) } };
        // SAFETY: tag list from the shim.
        for (t, v) in unsafe { items(tags) } {
            if is(t, &to::siptag_from) {
                spec.from = hdr(v);
            } else if is(t, &to::siptag_from_str) {
                spec.from = s(v);
            } else if is(t, &to::siptag_to) {
                spec.to = hdr(v);
            } else if is(t, &to::siptag_to_str) {
                spec.to = s(v);
            } else if is(t, &to::siptag_call_id) {
                if v == -1 {
                    spec.no_dialog = true;
                } else if v != 0 {
                    // SAFETY: a Call-ID header.
                    spec.call_id = unsafe { view::str_at(v as *const c_void, view::I_ID) }.map(<[u8]>::to_vec);
                }
            } else if is(t, &to::siptag_call_id_str) {
                spec.call_id = s(v);
            } else if is(t, &to::siptag_cseq) {
                if v != 0 && v != -1 {
                    // SAFETY: a CSeq header.
                    spec.cseq = Some(unsafe { view::i32_at(v as *const c_void, view::CS_SEQ) } as u32);
                }
            } else if is(t, &to::siptag_cseq_str) {
                spec.cseq = s(v).and_then(|t| {
                    let d: Vec<u8> = t.iter().copied().skip_while(u8::is_ascii_whitespace).take_while(u8::is_ascii_digit).collect();
                    std::str::from_utf8(&d).ok()?.parse().ok()
                });
            } else if is(t, &to::ntatag_no_dialog) {
                spec.no_dialog = v != 0;
            } else if is(t, &to::ntatag_method) {
                spec.method = s(v);
            } else if is(t, &to::urltag_url) {
                // SAFETY: a url_string_t (or NULL).
                spec.url = unsafe { view::url_text(v as *const c_void) };
            }
        }
        let rcb: Option<super::RequestCb> = cb.map(request_cb);
        match Leg::create(&a, &spec, rcb) {
            Ok(l) => {
                l.inner().magic.set(magic as usize);
                Rc::into_raw(l.inner().clone()) as *mut nta_leg_t
            }
            Err(why) => {
                crate::su_debug!(crate::su::log::nta_log, 3, "nta_leg_tcreate: {}\n", why);
                set_errno(libc::EINVAL);
                ptr::null_mut()
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_destroy(leg: *mut nta_leg_t) {
    guard((), || {
        if leg.is_null() {
            return;
        }
        // SAFETY: the application's handle, given back now.
        let l = Leg::from_rc(unsafe { Rc::from_raw(leg as *const LegInner) });
        l.destroy();
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_magic(
    leg: *const nta_leg_t,
    _callback: Option<unsafe extern "C" fn(*mut nta_leg_magic_t, *mut nta_leg_t, *mut nta_incoming_t, *const SipT) -> c_int>,
) -> *mut nta_leg_magic_t {
    // SAFETY: handle (caller).
    guard(ptr::null_mut(), || unsafe { leg_of(leg) }.map_or(ptr::null_mut(), |l| l.inner().magic.get() as *mut nta_leg_magic_t))
}

/// Runs `f` with the object behind handle `h` on the thread of `root` (at once when called
/// there): the agent and legs of a nua stack live in the stack's thread, and FreeSWITCH
/// calls `nta_agent_via(nua_get_agent(nua))` and `nta_leg_get_tag(nua_get_dialog_state_leg(nh))`
/// from its own threads. The handle's reference counts are only touched on that thread.
///
/// # Safety
/// `root` a live root; `h` a live handle of an object of that root (kept alive until `f`
/// has run).
unsafe fn on_thread_of<R: Send + 'static>(root: *mut su_root_t, h: usize, f: impl FnOnce(usize) -> R + Send + 'static) -> Option<R> {
    // SAFETY: contract.
    match unsafe { crate::su::root::Remote::of(root) } {
        Some(r) => r.call(move || f(h)),
        None => Some(f(h)),
    }
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_get_tag(leg: *const nta_leg_t) -> *const c_char {
    guard(ptr::null(), || {
        if leg.is_null() {
            return ptr::null();
        }
        // SAFETY: a live leg handle (caller): its root pointer is set at creation and never
        // changes.
        let root = unsafe { (*(leg as *const LegInner)).root };
        let get = |l: usize| {
            // SAFETY: handle (caller); the From of the leg's home lives as long as the leg.
            let Some(l) = (unsafe { leg_of(l as *const nta_leg_t) }) else { return 0 };
            let local = l.inner().st.borrow().local;
            if local.is_null() {
                return 0;
            }
            // SAFETY: a From header of the leg's home.
            unsafe { crate::sip::cmem::get_ptr(local, view::A_TAG) as usize }
        };
        // SAFETY: the leg lives until the call returns (caller contract).
        let tag = unsafe { on_thread_of(root, leg as usize, get) };
        tag.unwrap_or(0) as *const c_char
    })
}

/// `nta_agent_via()`: the agent's Via headers, one per bound transport (`sip_via_t const *`,
/// living as long as the agent).
#[no_mangle]
pub unsafe extern "C" fn nta_agent_via(agent: *const nta_agent_t) -> *const crate::sip::ctypes::SipVia {
    guard(ptr::null(), || {
        if agent.is_null() {
            return ptr::null();
        }
        // SAFETY: a live agent handle (caller): its root pointer never changes.
        let root = unsafe { (*(agent as *const AgentInner)).root };
        // SAFETY: the agent handle, alive until the call returns (caller contract).
        let get = |a: usize| unsafe { agent_of(a as *const nta_agent_t) }.map_or(0, |a| a.vias() as usize);
        // SAFETY: as above.
        let v = unsafe { on_thread_of(root, agent as usize, get) };
        v.unwrap_or(0) as *const crate::sip::ctypes::SipVia
    })
}

/// A pointer to the tag parameter of an address header of a leg (lives with the leg).
fn addr_tag(h: *mut c_void) -> *const c_char {
    if h.is_null() {
        return ptr::null();
    }
    // SAFETY: a From/To header of the leg's home.
    unsafe { crate::sip::cmem::get_ptr(h, view::A_TAG) as *const c_char }
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_tag(leg: *mut nta_leg_t, tag: *const c_char) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: handle (caller).
        let Some(l) = (unsafe { leg_of(leg) }) else {
            set_errno(libc::EINVAL);
            return ptr::null();
        };
        // SAFETY: NULL or a C string (caller).
        let t = unsafe { cbytes(tag) }.map(|t| String::from_utf8_lossy(t).into_owned());
        match l.set_tag(t.as_deref()) {
            Some(_) => {
                let local = l.inner().st.borrow().local;
                addr_tag(local)
            }
            None => ptr::null(),
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_rtag(leg: *mut nta_leg_t, tag: *const c_char) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: handle (caller).
        let Some(l) = (unsafe { leg_of(leg) }) else { return ptr::null() };
        // SAFETY: NULL or a C string (caller).
        if let Some(t) = unsafe { cbytes(tag) } {
            if l.set_rtag(&String::from_utf8_lossy(t)).is_none() {
                return ptr::null();
            }
        }
        let remote = l.inner().st.borrow().remote;
        addr_tag(remote)
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_get_rtag(leg: *const nta_leg_t) -> *const c_char {
    // SAFETY: handle (caller).
    guard(ptr::null(), || {
        let Some(l) = (unsafe { leg_of(leg) }) else { return ptr::null() };
        let remote = l.inner().st.borrow().remote;
        addr_tag(remote)
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_get_seq(leg: *const nta_leg_t) -> u32 {
    // SAFETY: handle (caller).
    guard(0, || unsafe { leg_of(leg) }.map_or(0, |l| l.seqs().0))
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_get_rseq(leg: *const nta_leg_t) -> u32 {
    // SAFETY: handle (caller).
    guard(0, || unsafe { leg_of(leg) }.map_or(0, |l| l.seqs().1))
}

/// The printed values of a header list (Record-Route) and of one header (Contact).
///
/// # Safety
/// NULL or valid headers.
unsafe fn route_args(route: *const c_void, contact: *const c_void) -> (Option<Vec<Vec<u8>>>, Option<Vec<u8>>) {
    let mut rr = None;
    if !route.is_null() {
        let mut v = Vec::new();
        let mut h = route;
        // SAFETY: contract; the list chains through the pointer after the common part.
        unsafe {
            while !h.is_null() {
                if let Some(x) = view::value(h) {
                    v.push(x);
                }
                h = ptr::read_unaligned((h as *const u8).add(40) as *const *const c_void);
            }
        }
        rr = Some(v);
    }
    // SAFETY: contract.
    let c = if contact.is_null() { None } else { unsafe { view::value(contact) } };
    (rr, c)
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_client_route(leg: *mut nta_leg_t, route: *const SipRoute, contact: *const SipContact) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(l) = (unsafe { leg_of(leg) }) else { return -1 };
        // SAFETY: NULL or valid headers (caller).
        let (rr, c) = unsafe { route_args(route.cast(), contact.cast()) };
        l.set_route(rr.as_deref(), true, c.as_deref());
        0
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_server_route(leg: *mut nta_leg_t, route: *const SipRoute, contact: *const SipContact) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(l) = (unsafe { leg_of(leg) }) else { return -1 };
        // SAFETY: NULL or valid headers (caller).
        let (rr, c) = unsafe { route_args(route.cast(), contact.cast()) };
        l.set_route(rr.as_deref(), false, c.as_deref());
        0
    })
}

fn request_cb(f: nta_request_f) -> super::RequestCb {
    Box::new(move |leg: &Leg, irq: &Incoming, msg: *mut MsgObj| -> i32 {
        let lh = Rc::as_ptr(leg.inner()) as *mut nta_leg_t;
        // The application may keep the transaction: it gets a reference of its own, given
        // back by nta_incoming_destroy() (or below, if it answered by status).
        let ih = Rc::into_raw(irq.inner().clone()) as *mut nta_incoming_t;
        irq.inner().app_ref.set(true);
        // SAFETY: the application's callback with its context and our handles.
        let r = unsafe { f(leg.inner().magic.get() as *mut nta_leg_magic_t, lh, ih, sip_of(msg)) };
        if r != 0 && irq.inner().app_ref.replace(false) {
            // SAFETY: the reference made above, not given back by the application.
            drop(unsafe { Rc::from_raw(ih as *const IrqInner) });
        }
        r
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_leg_bind(
    leg: *mut nta_leg_t,
    callback: Option<unsafe extern "C" fn(*mut nta_leg_magic_t, *mut nta_leg_t, *mut nta_incoming_t, *const SipT) -> c_int>,
    magic: *mut nta_leg_magic_t,
) {
    guard((), || {
        // SAFETY: handle (caller).
        let Some(l) = (unsafe { leg_of(leg) }) else { return };
        l.bind(callback.map(request_cb));
        l.inner().magic.set(magic as usize);
    })
}

// ------------------------------------------------------------------ server transactions

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_bind(
    irq: *mut nta_incoming_t,
    callback: Option<unsafe extern "C" fn(*mut nta_incoming_magic_t, *mut nta_incoming_t, *const SipT) -> c_int>,
    magic: *mut nta_incoming_magic_t,
) {
    guard((), || {
        // SAFETY: handle (caller).
        let Some(i) = (unsafe { irq_of(irq) }) else { return };
        i.inner().magic.set(magic as usize);
        i.bind(callback.map(|f| {
            Box::new(move |i: &Incoming, msg: *mut MsgObj| -> i32 {
                let me = Rc::as_ptr(i.inner()) as *mut nta_incoming_t;
                // SAFETY: the application's callback with its context, its handle and the
                // ACK / CANCEL (valid during the call) or NULL.
                unsafe { f(i.inner().magic.get() as *mut nta_incoming_magic_t, me, sip_of(msg)) }
            }) as super::AckCancelCb
        }));
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_magic(
    irq: *mut nta_incoming_t,
    _callback: Option<unsafe extern "C" fn(*mut nta_incoming_magic_t, *mut nta_incoming_t, *const SipT) -> c_int>,
) -> *mut nta_incoming_magic_t {
    // SAFETY: handle (caller).
    guard(ptr::null_mut(), || unsafe { irq_of(irq) }.map_or(ptr::null_mut(), |i| i.inner().magic.get() as *mut nta_incoming_magic_t))
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_tag(irq: *mut nta_incoming_t, tag: *const c_char) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: handle (caller).
        let Some(i) = (unsafe { irq_of(irq) }) else { return ptr::null() };
        // SAFETY: NULL or a C string (caller).
        let t = unsafe { cbytes(tag) }.map(|t| String::from_utf8_lossy(t).into_owned());
        i.set_tag(t.as_deref());
        // SAFETY: handle.
        unsafe { nta_incoming_gettag(irq) }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_method(irq: *const nta_incoming_t) -> c_int {
    guard(0, || {
        // SAFETY: handle (caller).
        let Some(i) = (unsafe { irq_of(irq) }) else { return 0 };
        // SAFETY: the request line of our request.
        unsafe { view::i32_at(view::slot(i.request(), "request"), view::RQ_METHOD) }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_url(irq: *const nta_incoming_t) -> *const crate::url::url_t {
    guard(ptr::null(), || {
        // SAFETY: handle (caller); the request line lives as long as the transaction.
        let Some(i) = (unsafe { irq_of(irq) }) else { return ptr::null() };
        unsafe {
            let rq = view::slot(i.request(), "request");
            if rq.is_null() {
                ptr::null()
            } else {
                (rq as *const u8).add(view::RQ_URL) as *const crate::url::url_t
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_cseq(irq: *const nta_incoming_t) -> u32 {
    guard(0, || {
        // SAFETY: handle (caller).
        let Some(i) = (unsafe { irq_of(irq) }) else { return 0 };
        // SAFETY: our request.
        unsafe {
            let cs = view::slot(i.request(), "cseq");
            if cs.is_null() { 0 } else { view::i32_at(cs, view::CS_SEQ) as u32 }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_received(irq: *mut nta_incoming_t, nano: *mut u64) -> std::ffi::c_ulong {
    guard(0, || {
        // SAFETY: handle (caller).
        let Some(i) = (unsafe { irq_of(irq) }) else { return 0 };
        let (secs, ns) = i.received();
        if !nano.is_null() {
            // SAFETY: an su_nanotime_t to fill (caller).
            unsafe { *nano = ns };
        }
        secs as std::ffi::c_ulong
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_mreply(irq: *mut nta_incoming_t, msg: *mut MsgObj) -> c_int {
    guard(-1, || {
        if msg.is_null() {
            return -1;
        }
        // SAFETY: handle (caller); a response message the caller gives us.
        match unsafe { irq_of(irq) } {
            Some(i) => unsafe { i.mreply(msg) },
            None => {
                // SAFETY: as above.
                unsafe { crate::msg::api::msg_destroy(msg) };
                -1
            }
        }
    })
}

/// nta_incoming_set_params(): the server transaction's own NTATAG_EXTRA_100; the number
/// of tags used (the SigComp tags Sofia also counts are not supported: not counted).
unsafe extern "C" fn incoming_set_params(irq: *mut nta_incoming_t, tags: *const tagi_t) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(i) = (unsafe { irq_of(irq) }) else {
            set_errno(libc::EINVAL);
            return -1;
        };
        let mut n = 0;
        // SAFETY: tag list from the shim.
        for (t, v) in unsafe { items(tags) } {
            if is(t, &to::ntatag_extra_100) {
                i.set_extra_100(v != 0);
                n += 1;
            }
        }
        n
    })
}

unsafe extern "C" fn incoming_treply(irq: *mut nta_incoming_t, status: c_int, phrase: *const c_char, tags: *const tagi_t) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(i) = (unsafe { irq_of(irq) }) else { return -1 };
        // SAFETY: C string or NULL (caller).
        let phrase = unsafe { cbytes(phrase) }.map(String::from_utf8_lossy);
        i.reply(status, phrase.as_deref(), &mut |r| add_tags(r, tags))
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_destroy(irq: *mut nta_incoming_t) {
    guard((), || {
        if irq.is_null() {
            return;
        }
        // SAFETY: the application's handle.
        let i = unsafe { irq_of(irq) };
        if let Some(i) = i {
            i.destroy();
            if i.inner().app_ref.replace(false) {
                // SAFETY: the application's reference, given back now.
                drop(unsafe { Rc::from_raw(irq as *const IrqInner) });
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_status(irq: *const nta_incoming_t) -> c_int {
    // SAFETY: handle (caller).
    guard(400, || unsafe { irq_of(irq) }.map_or(400, |i| i.status()))
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_getrequest(irq: *mut nta_incoming_t) -> *mut MsgObj {
    // SAFETY: handle (caller); a new reference to the request for the application.
    guard(ptr::null_mut(), || unsafe { irq_of(irq) }.map_or(ptr::null_mut(), |i| unsafe { crate::msg::api::msg_ref(i.request()) }))
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_method_name(irq: *const nta_incoming_t) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: handle (caller); the request lives as long as the transaction.
        let Some(i) = (unsafe { irq_of(irq) }) else { return ptr::null() };
        unsafe { crate::sip::cmem::get_ptr(view::slot(i.request(), "request"), view::RQ_METHOD_NAME) as *const c_char }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_incoming_gettag(irq: *const nta_incoming_t) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: handle (caller).
        let Some(i) = (unsafe { irq_of(irq) }) else { return ptr::null() };
        // The tag lives in the transaction's own string; hand out a copy in the request's
        // home so that it stays valid as long as the transaction.
        let t = i.tag();
        // SAFETY: the request's home.
        unsafe {
            let p = home_alloc(crate::msg::message::home(i.request()), t.len() + 1, false) as *mut u8;
            if p.is_null() {
                return ptr::null();
            }
            ptr::copy_nonoverlapping(t.as_ptr(), p, t.len());
            *p.add(t.len()) = 0;
            p as *const c_char
        }
    })
}

// ------------------------------------------------------------------ client transactions

fn response_cb(f: Option<nta_response_f>) -> Option<super::ResponseCb> {
    f.map(|f| {
        Box::new(move |o: &Outgoing, msg: *mut MsgObj| -> i32 {
            let me = Rc::as_ptr(o.inner()) as *mut nta_outgoing_t;
            // SAFETY: the application's callback with its context, our handle and the
            // response (valid during the call).
            unsafe { f(o.inner().magic.get() as *mut nta_outgoing_magic_t, me, sip_of(msg)) }
        }) as super::ResponseCb
    })
}

/// NTATAG_INTERCEPT_QUERY_RESULTS of a tag list (fork): the `su_home_t *` whose reference
/// the new transaction takes over (NULL: none, and always in the 1.12 flavour).
///
/// # Safety
/// `tags` a well-formed tag list.
unsafe fn intercept_of(tags: *const tagi_t) -> *mut su_home_t {
    #[cfg(not(feature = "abi-1-12"))]
    {
        // SAFETY: contract.
        let v = unsafe { items(tags) }.into_iter().filter(|(t, _)| is(*t, &to::ntatag_intercept_query_results)).last();
        v.map_or(ptr::null_mut(), |(_, v)| v as *mut su_home_t)
    }
    #[cfg(feature = "abi-1-12")]
    {
        let _ = tags;
        ptr::null_mut()
    }
}

/// NTATAG_TLS_ORQ_CONNECT_TIMEOUT (the fork's tag; none in the 1.12 flavour).
fn tls_orq_connect_timeout(t: tag_type_t) -> bool {
    #[cfg(not(feature = "abi-1-12"))]
    {
        is(t, &to::ntatag_tls_orq_connect_timeout)
    }
    #[cfg(feature = "abi-1-12")]
    {
        let _ = t;
        false
    }
}

/// The application's handle of a new transaction; with NTATAG_INTERCEPT_QUERY_RESULTS in
/// `tags` it takes over that home's reference.
///
/// # Safety
/// `tags` a well-formed tag list.
unsafe fn new_handle(o: Outgoing, magic: *mut nta_outgoing_magic_t, tags: *const tagi_t) -> *mut nta_outgoing_t {
    // SAFETY: contract.
    let home = unsafe { intercept_of(tags) };
    if !home.is_null() {
        // SAFETY: the application gives the transaction this reference (as in the fork).
        unsafe { o.set_intercept(home) };
    }
    // SAFETY: contract.
    if let Some((_, v)) = unsafe { items(tags) }.into_iter().filter(|(t, _)| tls_orq_connect_timeout(*t)).last() {
        o.set_tls_connect_timeout(v as u32);
    }
    handle_of(o, magic)
}

fn handle_of(o: Outgoing, magic: *mut nta_outgoing_magic_t) -> *mut nta_outgoing_t {
    o.inner().magic.set(magic as usize);
    Rc::into_raw(o.inner().clone()) as *mut nta_outgoing_t
}

unsafe extern "C" fn outgoing_tcreate(
    leg: *mut nta_leg_t,
    cb: Option<nta_response_f>,
    magic: *mut nta_outgoing_magic_t,
    route_url: *const UrlStringT,
    method: c_int,
    method_name: *const c_char,
    request_uri: *const UrlStringT,
    tags: *const tagi_t,
) -> *mut nta_outgoing_t {
    guard(ptr::null_mut(), || {
        // SAFETY: handle (caller).
        let Some(l) = (unsafe { leg_of(leg) }) else {
            set_errno(libc::EINVAL);
            return ptr::null_mut();
        };
        let Some(a) = l.agent() else { return ptr::null_mut() };
        let msg = view::new_msg(a.params().sipflags as c_int);
        if msg.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: our new message; arguments valid (caller).
        unsafe {
            if !add_tags(msg, tags)
                || a.request_complete(msg, Some(&l), method, cbytes(method_name), request_uri.cast()) < 0
            {
                crate::msg::api::msg_destroy(msg);
                return ptr::null_mut();
            }
            match a.outgoing(msg, view::url_text(route_url.cast()), response_cb(cb)) {
                Some(o) => new_handle(o, magic, tags),
                None => {
                    crate::msg::api::msg_destroy(msg);
                    ptr::null_mut()
                }
            }
        }
    })
}

unsafe extern "C" fn outgoing_mcreate(
    agent: *mut nta_agent_t,
    cb: Option<nta_response_f>,
    magic: *mut nta_outgoing_magic_t,
    route_url: *const UrlStringT,
    msg: *mut MsgObj,
    tags: *const tagi_t,
) -> *mut nta_outgoing_t {
    guard(ptr::null_mut(), || {
        // SAFETY: handle (caller).
        let Some(a) = (unsafe { agent_of(agent) }) else {
            set_errno(libc::EINVAL);
            return ptr::null_mut();
        };
        let (msg, cleanup) = if msg as isize == -1 { (view::new_msg(a.params().sipflags as c_int), true) } else { (msg, false) };
        if msg.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a valid message (caller), the tag list from the shim.
        let o = unsafe {
            if add_tags(msg, tags) {
                a.outgoing(msg, view::url_text(route_url.cast()), response_cb(cb))
            } else {
                None
            }
        };
        match o {
            // SAFETY: the tag list from the shim.
            Some(o) => unsafe { new_handle(o, magic, tags) },
            None => {
                if cleanup {
                    // SAFETY: our message.
                    unsafe { crate::msg::api::msg_destroy(msg) };
                }
                ptr::null_mut()
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_destroy(orq: *mut nta_outgoing_t) {
    guard((), || {
        if orq.is_null() || orq as isize == -1 {
            return;
        }
        // SAFETY: the application's handle, given back now.
        let o = Outgoing::from_rc(unsafe { Rc::from_raw(orq as *const OrqInner) });
        o.destroy();
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_status(orq: *const nta_outgoing_t) -> c_int {
    // SAFETY: handle (caller). Sofia: 500 for a NULL handle.
    guard(500, || unsafe { orq_of(orq) }.map_or(500, |o| o.status()))
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_magic(
    orq: *const nta_outgoing_t,
    _callback: Option<unsafe extern "C" fn(*mut nta_outgoing_magic_t, *mut nta_outgoing_t, *const SipT) -> c_int>,
) -> *mut nta_outgoing_magic_t {
    // SAFETY: handle (caller).
    guard(ptr::null_mut(), || unsafe { orq_of(orq) }.map_or(ptr::null_mut(), |o| o.inner().magic.get() as *mut nta_outgoing_magic_t))
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_bind(
    orq: *mut nta_outgoing_t,
    callback: Option<unsafe extern "C" fn(*mut nta_outgoing_magic_t, *mut nta_outgoing_t, *const SipT) -> c_int>,
    magic: *mut nta_outgoing_magic_t,
) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(o) = (unsafe { orq_of(orq) }) else { return -1 };
        o.bind(response_cb(callback));
        o.inner().magic.set(magic as usize);
        0
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_cseq(orq: *const nta_outgoing_t) -> u32 {
    // SAFETY: handle (caller).
    guard(0, || unsafe { orq_of(orq) }.map_or(0, |o| o.cseq()))
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_method_name(orq: *const nta_outgoing_t) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: handle (caller); the request lives as long as the transaction.
        let Some(o) = (unsafe { orq_of(orq) }) else { return ptr::null() };
        unsafe { crate::sip::cmem::get_ptr(view::slot(o.request(), "request"), view::RQ_METHOD_NAME) as *const c_char }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_getrequest(orq: *mut nta_outgoing_t) -> *mut MsgObj {
    // SAFETY: handle (caller); a new reference for the application.
    guard(ptr::null_mut(), || unsafe { orq_of(orq) }.map_or(ptr::null_mut(), |o| unsafe { crate::msg::api::msg_ref(o.request()) }))
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_getresponse(orq: *mut nta_outgoing_t) -> *mut MsgObj {
    guard(ptr::null_mut(), || {
        // SAFETY: handle (caller).
        let Some(o) = (unsafe { orq_of(orq) }) else { return ptr::null_mut() };
        let r = o.response();
        if r.is_null() {
            ptr::null_mut()
        } else {
            // SAFETY: a new reference for the application.
            unsafe { crate::msg::api::msg_ref(r) }
        }
    })
}

unsafe extern "C" fn outgoing_tcancel(
    orq: *mut nta_outgoing_t,
    cb: Option<nta_response_f>,
    magic: *mut nta_outgoing_magic_t,
    tags: *const tagi_t,
) -> *mut nta_outgoing_t {
    guard(ptr::null_mut(), || {
        // SAFETY: handle (caller).
        let Some(o) = (unsafe { orq_of(orq) }) else { return ptr::null_mut() };
        let mut cancel_408 = false;
        // SAFETY: tag list from the shim.
        for (t, v) in unsafe { items(tags) } {
            if is(t, &to::ntatag_cancel_408) {
                cancel_408 = v != 0;
            }
        }
        match o.cancel(response_cb(cb), cancel_408) {
            Some(c) => handle_of(c, magic),
            None => ptr::null_mut(),
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_cancel(orq: *mut nta_outgoing_t) -> c_int {
    guard(-1, || {
        // SAFETY: handle (caller).
        let Some(o) = (unsafe { orq_of(orq) }) else { return -1 };
        // The CANCEL transaction runs on without an application handle.
        if o.cancel(None, false).is_some() { 0 } else { -1 }
    })
}

// ------------------------------------------------------------------ fork additions (1.13)

/// `(void *)-1`, Sofia's NONE, which the fork's getters accept as "no transaction".
#[cfg(not(feature = "abi-1-12"))]
fn is_none_handle<T>(p: *const T) -> bool {
    p as usize == usize::MAX
}

/// `text` kept as a C string as long as the transaction lives; its address (NULL for none).
#[cfg(not(feature = "abi-1-12"))]
fn orq_cstr(o: &Outgoing, text: Option<Vec<u8>>) -> *const c_char {
    let Some(c) = text.and_then(|t| std::ffi::CString::new(t).ok()) else { return ptr::null() };
    let mut kept = o.inner().cstrs.borrow_mut();
    if let Some(k) = kept.iter().find(|k| **k == c) {
        return k.as_ptr();
    }
    // A CString's bytes stay where they are when the vector grows.
    let p = c.as_ptr();
    kept.push(c);
    p
}

/// `nta_agent_reload_tls()` (fork): each TLS and WSS transport of the agent reads its
/// certificates from `cert_dir` again (agent.pem, else tls.pem; cafile.pem); the number of
/// transports reloaded (0 without TLS/WSS or when none loaded), -1 for NULL arguments.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nta_agent_reload_tls(agent: *mut nta_agent_t, cert_dir: *const c_char) -> c_int {
    guard(-1, || {
        // SAFETY: handle and C string or NULL (caller).
        let (Some(a), Some(dir)) = (unsafe { agent_of(agent) }, unsafe { crate::ffi::cstr(cert_dir) }) else { return -1 };
        let dir = std::path::PathBuf::from(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(dir.to_bytes()));
        a.reload_tls_each(dir).map_or(-1, |n| n.min(c_int::MAX as usize) as c_int)
    })
}

/// `nta_agent_resolver_clean_cache()` (fork): the agent forgets every DNS answer it keeps.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nta_agent_resolver_clean_cache(agent: *mut nta_agent_t) {
    guard((), || {
        // SAFETY: handle (caller).
        if let Some(a) = unsafe { agent_of(agent) } {
            a.clean_dns_cache();
        }
    })
}

/// `nta_outgoing_cannon()` (fork): the host of the URL the request is sent to (NULL for a
/// NULL or NONE transaction).
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_cannon(orq: *const nta_outgoing_t) -> *const c_char {
    guard(ptr::null(), || {
        if is_none_handle(orq) {
            return ptr::null();
        }
        // SAFETY: handle (caller).
        let Some(o) = (unsafe { orq_of(orq) }) else { return ptr::null() };
        orq_cstr(&o, o.canon())
    })
}

/// `nta_outgoing_host()` (fork): where the request goes: the URL's `;maddr=` or host, and
/// once a host name is resolved, the address tried.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_host(orq: *const nta_outgoing_t) -> *const c_char {
    guard(ptr::null(), || {
        if is_none_handle(orq) {
            return ptr::null();
        }
        // SAFETY: handle (caller).
        let Some(o) = (unsafe { orq_of(orq) }) else { return ptr::null() };
        orq_cstr(&o, o.host())
    })
}

/// `nta_outgoing_query_results()` (fork): while the callback of a transaction made with
/// NTATAG_INTERCEPT_QUERY_RESULTS sees the outcome of its host name lookup (called with no
/// response), the addresses found (into `*results` / `*found` when both are given) and
/// their record; NULL at any other time.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nta_outgoing_query_results(
    orq: *const nta_outgoing_t,
    results: *mut *mut *mut c_char,
    found: *mut usize,
) -> *mut super::QueryResultsData {
    guard(ptr::null_mut(), || {
        if is_none_handle(orq) {
            return ptr::null_mut();
        }
        // SAFETY: handle (caller).
        let Some(o) = (unsafe { orq_of(orq) }) else { return ptr::null_mut() };
        let mut q = o.inner().query.borrow_mut();
        let Some(q) = q.as_mut() else { return ptr::null_mut() };
        if !results.is_null() && !found.is_null() {
            // SAFETY: the caller's places for the two values.
            unsafe {
                *results = q.data.results;
                *found = q.data.found;
            }
        }
        &mut q.data as *mut super::QueryResultsData
    })
}

/// `nta_agent_tport_is_updating()` (1.12): whether the agent's transports are finding
/// their public addresses (STUN, UPnP); sofia-rs never does that, so 0.
#[cfg(feature = "abi-1-12")]
#[no_mangle]
pub unsafe extern "C" fn nta_agent_tport_is_updating(agent: *mut nta_agent_t) -> c_int {
    guard(0, || {
        let _ = agent;
        0
    })
}

// ------------------------------------------------------------------ shim table

/// The Rust functions the C shim (csrc/nta_shim.c) calls.
#[repr(C)]
struct ShimNtaOps {
    agent_create: unsafe extern "C" fn(*mut su_root_t, *const UrlStringT, Option<nta_message_f>, *mut nta_agent_magic_t, *const tagi_t) -> *mut nta_agent_t,
    agent_set_params: unsafe extern "C" fn(*mut nta_agent_t, *const tagi_t) -> c_int,
    leg_tcreate: unsafe extern "C" fn(*mut nta_agent_t, Option<nta_request_f>, *mut nta_leg_magic_t, *const tagi_t) -> *mut nta_leg_t,
    outgoing_tcreate: unsafe extern "C" fn(
        *mut nta_leg_t,
        Option<nta_response_f>,
        *mut nta_outgoing_magic_t,
        *const UrlStringT,
        c_int,
        *const c_char,
        *const UrlStringT,
        *const tagi_t,
    ) -> *mut nta_outgoing_t,
    outgoing_mcreate: unsafe extern "C" fn(*mut nta_agent_t, Option<nta_response_f>, *mut nta_outgoing_magic_t, *const UrlStringT, *mut MsgObj, *const tagi_t) -> *mut nta_outgoing_t,
    incoming_treply: unsafe extern "C" fn(*mut nta_incoming_t, c_int, *const c_char, *const tagi_t) -> c_int,
    incoming_set_params: unsafe extern "C" fn(*mut nta_incoming_t, *const tagi_t) -> c_int,
    msg_treply: unsafe extern "C" fn(*mut nta_agent_t, *mut MsgObj, c_int, *const c_char, *const tagi_t) -> c_int,
    outgoing_tcancel: unsafe extern "C" fn(*mut nta_outgoing_t, Option<nta_response_f>, *mut nta_outgoing_magic_t, *const tagi_t) -> *mut nta_outgoing_t,
    msg_tsend: unsafe extern "C" fn(*mut nta_agent_t, *mut MsgObj, *const UrlStringT, *const tagi_t) -> c_int,
    msg_mreply: unsafe extern "C" fn(*mut nta_agent_t, *mut MsgObj, *mut SipT, c_int, *const c_char, *mut MsgObj, *const tagi_t) -> c_int,
}

static SHIM_NTA_OPS: ShimNtaOps = ShimNtaOps {
    agent_create,
    agent_set_params,
    leg_tcreate,
    outgoing_tcreate,
    outgoing_mcreate,
    incoming_treply,
    incoming_set_params,
    msg_treply,
    outgoing_tcancel,
    msg_tsend,
    msg_mreply,
};

extern "C" {
    fn sofia_shim_nta_register(ops: *const ShimNtaOps);
}

crate::on_load!(REGISTER_NTA_OPS, {
    // SAFETY: hands the shim a pointer to a static table.
    unsafe { sofia_shim_nta_register(&SHIM_NTA_OPS) }
});
