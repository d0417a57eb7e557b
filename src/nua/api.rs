//! The C API of `nua.h`. The variadic functions are in `csrc/nua_shim.c`, which gets the
//! Rust functions it calls through `sofia_shim_nua_register` at load time.

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::*;
use crate::ffi::{cstr, guard};

/// The Rust part of the application's `nua_t *`.
///
/// # Safety
/// `nua` NULL or a pointer from `create` the caller holds a reference to.
unsafe fn nua_ref<'a>(nua: *const nua_t) -> Option<&'a NuaInner> {
    // SAFETY: caller contract: the object and its Rust part live while referenced.
    unsafe { nua.as_ref().and_then(|n| n.inner.as_ref()) }
}

/// # Safety
/// As [`nua_ref`].
unsafe fn nua_arc(nua: *const nua_t) -> Option<Arc<NuaInner>> {
    // SAFETY: caller contract.
    let i = unsafe { nua.as_ref() }.map(|n| n.inner).filter(|i| !i.is_null())?;
    // SAFETY: the object holds one strong reference to its Rust part.
    unsafe {
        Arc::increment_strong_count(i);
        Some(Arc::from_raw(i))
    }
}

/// A valid (not destroyed) application handle.
///
/// # Safety
/// `nh` NULL or a handle the caller holds a reference to.
unsafe fn valid<'a>(nh: *const nua_handle_t) -> Option<&'a HandleInner> {
    if nh.is_null() {
        return None;
    }
    // SAFETY: caller contract.
    let i = unsafe { inner(nh) };
    i.valid.load(Ordering::SeqCst).then_some(i)
}

// ------------------------------------------------------------------ shim functions

unsafe extern "C" fn shim_create(root: *mut su_root_t, cb: Option<NuaCallback>, magic: *mut c_void, tags: *const tagi_t) -> *mut nua_t {
    // SAFETY: arguments from the application (shim).
    guard(ptr::null_mut(), || unsafe { create(root, cb, magic, tags) })
}

unsafe extern "C" fn shim_set_params(nua: *mut nua_t, tags: *const tagi_t) {
    guard((), || {
        // SAFETY: the application's nua (shim checked NULL).
        let Some(n) = (unsafe { nua_ref(nua) }) else { return };
        if n.shutdown_started.load(Ordering::SeqCst) {
            return;
        }
        // SAFETY: the shim's tag list, valid during the call.
        let tags = unsafe { OwnedTags::copy(tags) };
        signal(n, move |st| {
            let (status, phrase) = if st.set_params(tags.ptr()) { (200, "OK") } else { (400, "Bad Parameters") };
            st.event(st.default_nh(), ev::R_SET_PARAMS, status, phrase, ptr::null_mut(), ptr::null());
        });
    })
}

unsafe extern "C" fn shim_get_params(nua: *mut nua_t, tags: *const tagi_t) {
    guard((), || {
        // SAFETY: as above.
        let Some(n) = (unsafe { nua_ref(nua) }) else { return };
        if n.shutdown_started.load(Ordering::SeqCst) {
            return;
        }
        // SAFETY: as above.
        let tags = unsafe { OwnedTags::copy(tags) };
        signal(n, move |st| st.get_params(None, tags.ptr()));
    })
}

unsafe extern "C" fn shim_handle(nua: *mut nua_t, hmagic: *mut c_void, tags: *const tagi_t) -> *mut nua_handle_t {
    guard(ptr::null_mut(), || {
        // SAFETY: as above.
        let Some(n) = (unsafe { nua_arc(nua) }) else { return ptr::null_mut() };
        new_handle(&n, hmagic as usize, tags, true, false)
    })
}

/// nua_set_hparams() (`set` true) / nua_get_hparams().
unsafe extern "C" fn shim_hparams(nh: *mut nua_handle_t, set: c_int, tags: *const tagi_t) {
    guard((), || {
        // SAFETY: the application's handle.
        let Some(i) = (unsafe { valid(nh) }) else { return };
        if i.nua.shutdown_started.load(Ordering::SeqCst) {
            return;
        }
        // SAFETY: valid handle; the shim's tag list.
        let (r, tags) = unsafe { (NhRef::new(nh), OwnedTags::copy(tags)) };
        signal(&i.nua, move |st| {
            if set == 0 {
                st.get_params(Some(&r), tags.ptr());
            } else {
                let (status, phrase) = if st.set_hparams(&r, tags.ptr()) { (200, "OK") } else { (400, "Bad Parameters") };
                st.event(r.0, ev::R_SET_PARAMS, status, phrase, ptr::null_mut(), ptr::null());
            }
        });
    })
}

/// Methods of the handle (`kind`: 0 = OPTIONS, 1 = MESSAGE, 2 = INVITE, 3 = BYE,
/// 4 = CANCEL, 5 = ACK, 6 = INFO, 7 = REGISTER, 8 = un-REGISTER, 9 = authenticate,
/// 10 = SUBSCRIBE, 11 = un-SUBSCRIBE, 12 = NOTIFY, 13 = REFER, 14 = UPDATE, 15 = extension,
/// 16 = PUBLISH, 17 = un-PUBLISH, 18 = PRACK, 19 = chat, 20 = notifier, 21 = terminate,
/// 22 = authorize, 23 = redirect). The stack takes nua_chat() and nua_redirect() and does
/// nothing else with them, as Sofia's (its stack has no case for nua_r_chat or
/// nua_r_redirect: no request, no event; c-tests/nua_handle_addr).
unsafe extern "C" fn shim_method(nh: *mut nua_handle_t, kind: c_int, tags: *const tagi_t) {
    guard((), || {
        // SAFETY: the application's handle.
        let Some(i) = (unsafe { valid(nh) }) else { return };
        if i.is_default || i.nua.shutdown_started.load(Ordering::SeqCst) {
            return;
        }
        // SAFETY: valid handle; the shim's tag list.
        let (r, tags) = unsafe { (NhRef::new(nh), OwnedTags::copy(tags)) };
        if !(0..=23).contains(&kind) {
            return;
        }
        signal(&i.nua, move |st| {
            // Client requests first set the handle's parameters their tags carry (not ACK
            // and nua_authenticate, which are no requests of their own in Sofia's nua, nor
            // nua_chat and nua_redirect, which do nothing).
            if !matches!(kind, 5 | 9 | 19 | 23) {
                st.init_handle(&r, tags.ptr());
            }
            match kind {
                0 => st.request(&r, "OPTIONS", ev::R_OPTIONS, tags.ptr()),
                1 => st.request(&r, "MESSAGE", ev::R_MESSAGE, tags.ptr()),
                2 => st.invite(&r, tags.ptr()),
                3 => st.bye(&r, tags.ptr()),
                4 => st.cancel(&r, tags.ptr()),
                5 => st.ack(&r, tags.ptr()),
                6 => st.request(&r, "INFO", ev::R_INFO, tags.ptr()),
                7 => st.register(&r, tags.ptr()),
                8 => st.unregister(&r, tags.ptr()),
                9 => st.authenticate(&r, tags.ptr()),
                10 => st.subscribe(&r, tags.ptr()),
                11 => st.unsubscribe(&r, tags.ptr()),
                12 => st.notify(&r, tags.ptr()),
                13 => st.refer(&r, tags.ptr()),
                14 => st.update(&r, tags.ptr()),
                15 => st.method(&r, tags.ptr()),
                16 => st.publish(&r, tags.ptr()),
                17 => st.unpublish(&r, tags.ptr()),
                18 => st.prack(&r, tags.ptr()),
                20 => st.notifier(&r, tags.ptr()),
                21 => st.terminate(&r, tags.ptr()),
                22 => st.authorize_watcher(&r, tags.ptr()),
                // 19, 23
                _ => st.entry(&r),
            }
        });
    })
}

unsafe extern "C" fn shim_respond(nh: *mut nua_handle_t, status: c_int, phrase: *const c_char, tags: *const tagi_t) {
    guard((), || {
        // SAFETY: the application's handle.
        let Some(i) = (unsafe { valid(nh) }) else { return };
        if i.nua.shutdown_started.load(Ordering::SeqCst) {
            return;
        }
        // SAFETY: the application's phrase (NULL or a C string).
        let phrase = unsafe { cstr(phrase) }.map(|p| p.to_string_lossy().into_owned());
        // SAFETY: valid handle; the shim's tag list.
        let (r, tags) = unsafe { (NhRef::new(nh), OwnedTags::copy(tags)) };
        signal(&i.nua, move |st| {
            st.entry(&r);
            st.respond(&r, status, phrase.as_deref(), tags.ptr())
        });
    })
}

#[repr(C)]
struct ShimNuaOps {
    create: unsafe extern "C" fn(*mut su_root_t, Option<NuaCallback>, *mut c_void, *const tagi_t) -> *mut nua_t,
    set_params: unsafe extern "C" fn(*mut nua_t, *const tagi_t),
    get_params: unsafe extern "C" fn(*mut nua_t, *const tagi_t),
    handle: unsafe extern "C" fn(*mut nua_t, *mut c_void, *const tagi_t) -> *mut nua_handle_t,
    method: unsafe extern "C" fn(*mut nua_handle_t, c_int, *const tagi_t),
    respond: unsafe extern "C" fn(*mut nua_handle_t, c_int, *const c_char, *const tagi_t),
    hparams: unsafe extern "C" fn(*mut nua_handle_t, c_int, *const tagi_t),
}

static SHIM_NUA_OPS: ShimNuaOps = ShimNuaOps {
    create: shim_create,
    set_params: shim_set_params,
    get_params: shim_get_params,
    handle: shim_handle,
    method: shim_method,
    respond: shim_respond,
    hparams: shim_hparams,
};

extern "C" {
    fn sofia_shim_nua_register(ops: *const ShimNuaOps);
}

crate::on_load!(REGISTER_NUA_OPS, {
    // SAFETY: hands the shim a static table.
    unsafe { sofia_shim_nua_register(&SHIM_NUA_OPS) }
});

// ------------------------------------------------------------------ nua_t

#[no_mangle]
pub unsafe extern "C" fn nua_shutdown(nua: *mut nua_t) {
    guard((), || {
        // SAFETY: the application's nua.
        let Some(n) = (unsafe { nua_ref(nua) }) else { return };
        n.shutdown_started.store(true, Ordering::SeqCst);
        signal(n, |st| st.shutdown());
    })
}

#[no_mangle]
pub unsafe extern "C" fn nua_destroy(nua: *mut nua_t) {
    guard((), || {
        // SAFETY: the application's nua.
        let Some(n) = (unsafe { nua_ref(nua) }) else { return };
        if !n.shutdown_done.load(Ordering::SeqCst) {
            crate::su_debug!(crate::su::log::nua_log, 0, "nua_destroy: FATAL: nua_shutdown not completed\n");
            return;
        }
        *lock(&n.callback) = None;
        let mut clone = n.clone.swap(ptr::null_mut(), Ordering::SeqCst);
        // SAFETY: our clone handle, stopped once; its deinit forgets the stack.
        unsafe { crate::su::clone::su_clone_wait(ptr::null_mut(), &mut clone) };
        *lock(&n.stack) = None;
        release_handles(n);
        let dnh = n.default_nh.swap(ptr::null_mut(), Ordering::SeqCst);
        if !dnh.is_null() {
            // SAFETY: the nua's reference to its default handle.
            unsafe { su_home_unref(dnh.cast()) };
        }
        // SAFETY: the application's reference, given back.
        unsafe { su_home_unref(nua.cast()) };
    })
}

#[no_mangle]
pub unsafe extern "C" fn nua_magic(nua: *mut nua_t) -> *mut c_void {
    // SAFETY: the application's nua.
    unsafe { nua_ref(nua) }.map_or(ptr::null_mut(), |n| n.magic as *mut c_void)
}

#[no_mangle]
pub unsafe extern "C" fn nua_default(nua: *mut nua_t) -> *mut nua_handle_t {
    // SAFETY: the application's nua.
    unsafe { nua_ref(nua) }.map_or(ptr::null_mut(), |n| n.default_nh.load(Ordering::SeqCst))
}

// ------------------------------------------------------------------ handles

#[no_mangle]
pub unsafe extern "C" fn nua_handle_destroy(nh: *mut nua_handle_t) {
    guard((), || {
        // SAFETY: the application's handle.
        let Some(i) = (unsafe { valid(nh) }) else { return };
        if i.is_default {
            return;
        }
        i.valid.store(false, Ordering::SeqCst);
        // SAFETY: valid handle.
        let r = unsafe { NhRef::new(nh) };
        signal(&i.nua, move |st| st.destroy_handle(&r));
        if i.user_ref.swap(false, Ordering::SeqCst) {
            // SAFETY: the application's reference, given back.
            unsafe { su_home_unref(nh.cast()) };
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nua_handle_ref(nh: *mut nua_handle_t) -> *mut nua_handle_t {
    // SAFETY: NULL or a handle the caller holds.
    guard(ptr::null_mut(), || unsafe { su_home_ref(nh.cast()) as *mut nua_handle_t })
}

#[no_mangle]
pub unsafe extern "C" fn nua_handle_unref(nh: *mut nua_handle_t) -> c_int {
    // SAFETY: NULL or a handle reference the caller gives back.
    guard(0, || unsafe { su_home_unref(nh.cast()) })
}

#[no_mangle]
pub unsafe extern "C" fn nua_handle_bind(nh: *mut nua_handle_t, magic: *mut c_void) {
    guard((), || {
        // SAFETY: the application's handle.
        if let Some(i) = unsafe { valid(nh) } {
            i.magic.store(magic as usize, Ordering::SeqCst);
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nua_handle_magic(nh: *mut nua_handle_t) -> *mut c_void {
    // SAFETY: the application's handle.
    guard(ptr::null_mut(), || unsafe { valid(nh) }.map_or(ptr::null_mut(), |i| i.magic.load(Ordering::SeqCst) as *mut c_void))
}

// ------------------------------------------------------------------ events

#[no_mangle]
pub unsafe extern "C" fn nua_current_request(nua: *const nua_t) -> *mut MsgObj {
    guard(ptr::null_mut(), || {
        // SAFETY: the application's nua.
        let Some(n) = (unsafe { nua_ref(nua) }) else { return ptr::null_mut() };
        let cur = lock(&n.current);
        // A saved event is no longer the current one.
        match cur.last() {
            // SAFETY: a frame's event is alive while it is on the stack and not saved.
            Some(&(e, false)) => unsafe { (*(*(e as *const Event)).data).e_msg },
            _ => ptr::null_mut(),
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nua_save_event(nua: *mut nua_t, return_saved: *mut *mut Event) -> c_int {
    guard(0, || {
        if return_saved.is_null() {
            return 0;
        }
        // SAFETY: the application's nua.
        let Some(n) = (unsafe { nua_ref(nua) }) else { return 0 };
        let mut cur = lock(&n.current);
        let ev = match cur.last_mut() {
            Some((e, saved)) if !*saved => {
                *saved = true;
                // SAFETY: the frame's event lives in deliver() during the callback, which
                // forgets it once the frame is marked saved: it moves here, read once.
                Box::into_raw(Box::new(unsafe { ptr::read(*e as *const Event) }))
            }
            _ => ptr::null_mut(),
        };
        // SAFETY: the application's slot.
        unsafe { *return_saved = ev };
        (!ev.is_null()) as c_int
    })
}

#[no_mangle]
pub unsafe extern "C" fn nua_event_data(saved: *const *mut Event) -> *const NuaEventData {
    // SAFETY: NULL or the application's slot holding NULL or a saved event.
    match unsafe { saved.as_ref().and_then(|e| e.as_ref()) } {
        Some(e) => e.data,
        None => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn nua_destroy_event(saved: *mut *mut Event) {
    guard((), || {
        if saved.is_null() {
            return;
        }
        // SAFETY: the application's slot; the event is given back once.
        unsafe {
            let e = *saved;
            *saved = ptr::null_mut();
            if !e.is_null() {
                drop(Box::from_raw(e));
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn nua_saved_event_request(saved: *const *mut Event) -> *mut MsgObj {
    // SAFETY: as nua_event_data.
    let d = unsafe { nua_event_data(saved) };
    // SAFETY: a live event's data.
    if d.is_null() { ptr::null_mut() } else { unsafe { (*d).e_msg } }
}

// ------------------------------------------------------------------ names

const EVENT_NAMES: [&CStr; 60] = [
    c"nua_i_none",
    c"nua_i_error",
    c"nua_i_invite",
    c"nua_i_cancel",
    c"nua_i_ack",
    c"nua_i_fork",
    c"nua_i_active",
    c"nua_i_terminated",
    c"nua_i_state",
    c"nua_i_outbound",
    c"nua_i_bye",
    c"nua_i_options",
    c"nua_i_refer",
    c"nua_i_publish",
    c"nua_i_prack",
    c"nua_i_info",
    c"nua_i_update",
    c"nua_i_message",
    c"nua_i_chat",
    c"nua_i_subscribe",
    c"nua_i_subscription",
    c"nua_i_notify",
    c"nua_i_method",
    c"nua_i_media_error",
    c"nua_r_set_params",
    c"nua_r_get_params",
    c"nua_r_shutdown",
    c"nua_r_notifier",
    c"nua_r_terminate",
    c"nua_r_authorize",
    c"nua_r_register",
    c"nua_r_unregister",
    c"nua_r_invite",
    c"nua_r_cancel",
    c"nua_r_bye",
    c"nua_r_options",
    c"nua_r_refer",
    c"nua_r_publish",
    c"nua_r_unpublish",
    c"nua_r_info",
    c"nua_r_prack",
    c"nua_r_update",
    c"nua_r_message",
    c"nua_r_chat",
    c"nua_r_subscribe",
    c"nua_r_unsubscribe",
    c"nua_r_notify",
    c"nua_r_method",
    c"nua_r_authenticate",
    c"nua_r_redirect",
    c"nua_r_destroy",
    c"nua_r_respond",
    c"nua_r_nit_respond",
    c"nua_r_ack",
    c"nua_i_network_changed",
    c"nua_i_register",
    c"nua_r_unref",
    c"nua_r_handle_unref",
    c"nua_r_nta_agent_resolver_clean_dns_cache",
    c"nua_r_reload_tls",
];

/// The enumerators this flavour's `nua.h` has (Debian's ends at nua_i_register).
const LAST_EVENT: i32 = if cfg!(feature = "abi-1-12") { 54 } else { 58 };

#[no_mangle]
pub extern "C" fn nua_event_name(event: c_int) -> *const c_char {
    // The real library has no name for nua_i_network_changed.
    if (-1..=LAST_EVENT).contains(&event) && event != 53 {
        EVENT_NAMES[(event + 1) as usize].as_ptr()
    } else {
        c"NUA_UNKNOWN".as_ptr()
    }
}

#[no_mangle]
pub extern "C" fn nua_event_is_incoming_request(event: c_int) -> c_int {
    matches!(event, 1 | 2 | 54 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 18 | 20 | 21) as c_int
}

const CALLSTATE_NAMES: [&CStr; 11] = [
    c"init",
    c"authenticating",
    c"calling",
    c"proceeding",
    c"completing",
    c"received",
    c"early",
    c"completed",
    c"ready",
    c"terminating",
    c"terminated",
];

#[no_mangle]
pub extern "C" fn nua_callstate_name(state: c_uint) -> *const c_char {
    CALLSTATE_NAMES.get(state as usize).map_or(c"UNKNOWN".as_ptr(), |s| s.as_ptr())
}

#[no_mangle]
pub extern "C" fn nua_substate_name(substate: c_int) -> *const c_char {
    match substate {
        0 | 1 => c"pending".as_ptr(),
        3 => c"terminated".as_ptr(),
        _ => c"active".as_ptr(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn nua_substate_make(sip_substate: *const c_char) -> c_int {
    // SAFETY: NULL or the application's C string.
    match unsafe { cstr(sip_substate) } {
        None => 2,
        Some(s) if s.to_bytes().eq_ignore_ascii_case(b"terminated") => 3,
        Some(s) if s.to_bytes().eq_ignore_ascii_case(b"pending") => 1,
        Some(_) => 2,
    }
}

// ------------------------------------------------------------------ the 1.13 fork's additions

/// The handle's home (the fork's accessor; NULL for NULL).
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub extern "C" fn nua_handle_get_home(nh: *mut nua_handle_t) -> *mut su_home_t {
    nh.cast()
}

/// Gives a handle reference back in the stack's thread (the fork's nua_handle_unref_user();
/// allowed during shutdown). Without a running stack the reference is released at once.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_handle_unref_user(nh: *mut nua_handle_t) {
    guard((), || {
        if nh.is_null() {
            return;
        }
        // The caller's reference now belongs to `r`.
        let r = NhRef(nh);
        let nua = r.inner().nua.clone();
        match nua.stack_remote() {
            Some(remote) => remote.post(move |_root| drop(r)),
            None => drop(r),
        }
    })
}

// ------------------------------------------------------------------ handle state queries

macro_rules! has_flag {
    ($name:ident, $bits:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(nh: *const nua_handle_t) -> c_int {
            guard(0, || {
                if nh.is_null() {
                    return 0;
                }
                // SAFETY: the application's handle (it holds a reference).
                let i = unsafe { inner(nh) };
                (i.flags.load(Ordering::SeqCst) & $bits != 0) as c_int
            })
        }
    };
}

has_flag!(nua_handle_has_invite, flags::INVITE);
has_flag!(nua_handle_has_active_call, flags::ACTIVE_CALL);
has_flag!(nua_handle_has_call_on_hold, flags::CALL_ON_HOLD);
has_flag!(nua_handle_has_register, flags::REGISTER);
has_flag!(nua_handle_has_registrations, flags::REGISTRATIONS);
// Debian's 1.12.11 (and the fork) never set the flag behind has_subscribe: the
// differential test c-tests/nua_publish shows 0 on a subscribing handle; so do we.
has_flag!(nua_handle_has_subscribe, 0);
has_flag!(nua_handle_has_events, flags::EVENTS);

/// `nua_handle_remote()`: the handle's remote party (`SIPTAG_TO` of `nua_handle()` or
/// made from its target URL; the From of the request that made a stack handle), NULL
/// when unknown. Owned by the handle.
#[no_mangle]
pub unsafe extern "C" fn nua_handle_remote(nh: *const nua_handle_t) -> *const crate::sip::ctypes::SipAddr {
    guard(ptr::null(), || {
        if nh.is_null() {
            return ptr::null();
        }
        // SAFETY: the application's handle (it holds a reference).
        unsafe { inner(nh) }.remote.load(Ordering::SeqCst).cast_const().cast()
    })
}

/// `nua_handle_local()`: the handle's local party (`SIPTAG_FROM` of `nua_handle()`; the
/// To of the request that made a stack handle), NULL when unknown.
#[no_mangle]
pub unsafe extern "C" fn nua_handle_local(nh: *const nua_handle_t) -> *const crate::sip::ctypes::SipAddr {
    guard(ptr::null(), || {
        if nh.is_null() {
            return ptr::null();
        }
        // SAFETY: the application's handle (it holds a reference).
        unsafe { inner(nh) }.local.load(Ordering::SeqCst).cast_const().cast()
    })
}

/// "urn:uuid:…" made from a random (version 4) UUID, in `home`.
#[no_mangle]
pub unsafe extern "C" fn nua_generate_instance_identifier(home: *mut su_home_t) -> *const c_char {
    guard(ptr::null(), || {
        let a = crate::su::uniqueid::random64();
        let b = crate::su::uniqueid::random64();
        let text = format!(
            "urn:uuid:{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | (b >> 48) & 0x3fff,
            b & 0xffff_ffff_ffff
        );
        let c = std::ffi::CString::new(text).unwrap_or_default();
        // SAFETY: the caller's home (or NULL); our C string.
        unsafe { crate::su::string::su_strdup(home, c.as_ptr()) as *const c_char }
    })
}

// ------------------------------------------------------------------ the fork's additions

/// `nua_get_home()`: the nua object's own home (`nua_t` starts with it).
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub extern "C" fn nua_get_home(nua: *mut nua_t) -> *mut su_home_t {
    nua.cast()
}

/// `nua_unref()`: one reference to the nua object less.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_unref(nua: *mut nua_t) {
    if !nua.is_null() {
        // SAFETY: the caller gives back a reference it holds.
        unsafe { su_home_unref(nua.cast()) };
    }
}

/// `nua_unref_user()`: as nua_unref(), from any thread (the object's home is thread-safe,
/// so the stack thread need not do it).
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_unref_user(nua: *mut nua_t) {
    // SAFETY: as above.
    unsafe { nua_unref(nua) }
}

/// `nua_handle_is_destroyed()`: the application destroyed the handle.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_handle_is_destroyed(nh: *mut nua_handle_t) -> c_uint {
    guard(1, || {
        if nh.is_null() {
            return 1;
        }
        // SAFETY: the caller holds a reference.
        (!unsafe { inner(nh) }.valid.load(Ordering::SeqCst)) as c_uint
    })
}

/// `nua_handle_set_has_invite()`.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_handle_set_has_invite(nh: *mut nua_handle_t, val: c_uint) {
    guard((), || {
        if !nh.is_null() {
            // SAFETY: the caller holds a reference.
            unsafe { inner(nh) }.set_flag(flags::INVITE, val != 0);
        }
    })
}

/// `nua_handle_dialog_usage_set_refresh_range()`: when a registration is refreshed
/// (seconds after it was granted).
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_handle_dialog_usage_set_refresh_range(nh: *mut nua_handle_t, min: c_uint, max: c_uint) {
    guard((), || {
        if !nh.is_null() {
            // SAFETY: the caller holds a reference.
            unsafe { inner(nh) }.refresh_range.store(((min as u64) << 32) | max as u64, Ordering::SeqCst);
        }
    })
}

// ------------------------------------------------------------------ dialogs by identity

/// A new reference to the handle whose dialog `pick` chooses (in the stack's thread).
unsafe fn handle_where(nua: *mut nua_t, pick: impl Fn(&Leg) -> bool + Send + 'static) -> *mut nua_handle_t {
    // SAFETY: the application's nua.
    let Some(n) = (unsafe { nua_ref(nua) }) else { return ptr::null_mut() };
    let found = execute(n, move |st| {
        let hs = st.handles.borrow();
        hs.values().find(|h| h.nh.inner().valid.load(Ordering::SeqCst) && h.leg.as_ref().is_some_and(&pick)).map(|h| {
            // SAFETY: a live handle: the caller gets a new reference.
            unsafe { su_home_ref(h.nh.0.cast()) };
            h.nh.0 as usize
        })
    });
    found.flatten().map_or(ptr::null_mut(), |p| p as *mut nua_handle_t)
}

/// `nua_handle_by_call_id()`: the handle of the dialog with this Call-ID, with a new
/// reference (NULL when none).
#[no_mangle]
pub unsafe extern "C" fn nua_handle_by_call_id(nua: *mut nua_t, call_id: *const c_char) -> *mut nua_handle_t {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or the application's C string.
        let Some(id) = (unsafe { cstr(call_id) }).map(|c| c.to_bytes().to_vec()) else { return ptr::null_mut() };
        // SAFETY: the application's nua.
        unsafe { handle_where(nua, move |l| l.call_id().is_some_and(|c| c == id)) }
    })
}

/// `sip_replaces_t` offsets: rp_call_id, rp_params (after the common part and next).
const RP_CALL_ID: usize = 48;

/// `nua_handle_by_replaces()`: the handle of the dialog a Replaces header names (its
/// to-tag is our tag, its from-tag the peer's), with a new reference.
#[no_mangle]
pub unsafe extern "C" fn nua_handle_by_replaces(nua: *mut nua_t, rp: *const crate::sip::ctypes::SipReplaces) -> *mut nua_handle_t {
    guard(ptr::null_mut(), || {
        if rp.is_null() {
            return ptr::null_mut();
        }
        let rp = rp as *const c_void;
        // SAFETY: a sip_replaces_t of the caller: its Call-ID and parameters.
        let (call_id, to_tag, from_tag) = unsafe {
            let cid = crate::nta::view::str_at(rp, RP_CALL_ID).map(<[u8]>::to_vec);
            let params = crate::nta::view::value(rp).unwrap_or_default();
            let text = String::from_utf8_lossy(&params).into_owned();
            let param = |name: &str| {
                text.split(';').skip(1).find_map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    k.trim().eq_ignore_ascii_case(name).then(|| v.trim().as_bytes().to_vec())
                })
            };
            (cid, param("to-tag"), param("from-tag"))
        };
        let (Some(call_id), Some(to_tag), Some(from_tag)) = (call_id, to_tag, from_tag) else { return ptr::null_mut() };
        // SAFETY: the application's nua.
        unsafe {
            handle_where(nua, move |l| {
                l.call_id().is_some_and(|c| c == call_id)
                    && l.tag().is_some_and(|t| t.eq_ignore_ascii_case(&to_tag))
                    && l.rtag().is_some_and(|t| t.eq_ignore_ascii_case(&from_tag))
            })
        }
    })
}

/// `nua_get_agent()` (fork): the stack's transaction agent, for the nta functions that
/// accept it from any thread (`nta_agent_via()`, ...); valid while the nua lives.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_get_agent(nua: *mut nua_t) -> *mut crate::nta::api::nta_agent_t {
    guard(ptr::null_mut(), || {
        // SAFETY: the application's nua.
        let Some(n) = (unsafe { nua_ref(nua) }) else { return ptr::null_mut() };
        let a = execute(n, |st| st.agent.borrow().as_ref().map(|a| a.as_handle())).flatten();
        a.map_or(ptr::null_mut(), |a| a as *mut crate::nta::api::nta_agent_t)
    })
}

/// `nua_reload_tls()` (fork): the stack reads its TLS/WSS certificates again, from
/// `cert_dir` (as `TPTAG_CERTIFICATE`); new connections use them. Asynchronous, as in the
/// fork: 0 once posted to the stack, -1 on NULL arguments.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_reload_tls(nua: *mut nua_t, cert_dir: *const c_char) -> c_int {
    guard(-1, || {
        // SAFETY: the application's nua and C string (or NULL).
        let (Some(n), Some(dir)) = (unsafe { nua_ref(nua) }, unsafe { cstr(cert_dir) }) else { return -1 };
        let dir = std::path::PathBuf::from(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(dir.to_bytes()));
        let Some(r) = n.stack_remote() else { return -1 };
        let id = n.id;
        r.post(move |_root| {
            let Some(st) = super::stack_of(id) else { return };
            let agent = st.agent.borrow().clone();
            if let Some(a) = agent {
                if let Err(e) = a.reload_tls(Some(dir)) {
                    crate::su_debug!(crate::su::log::nua_log, 3, "nua: reloading TLS certificates failed: {}\n", e);
                }
            }
        });
        0
    })
}

/// `nua_nta_agent_resolver_clean_dns_cache_ex()` (fork): the stack forgets its cached DNS
/// answers, in its own thread. Asynchronous and without an event, as in the fork.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_nta_agent_resolver_clean_dns_cache_ex(nua: *mut nua_t) {
    guard((), || {
        // SAFETY: the application's nua (or NULL).
        let Some(n) = (unsafe { nua_ref(nua) }) else { return };
        if n.shutdown_started.load(Ordering::SeqCst) {
            return;
        }
        let Some(r) = n.stack_remote() else { return };
        let id = n.id;
        r.post(move |_root| {
            let Some(st) = super::stack_of(id) else { return };
            let agent = st.agent.borrow().clone();
            if let Some(a) = agent {
                a.clean_dns_cache();
            }
        });
    })
}

/// `nua_get_dialog_state_leg()` (fork): the transaction-layer leg of the handle's dialog
/// (NULL without one); it stays valid until the handle is destroyed.
#[cfg(not(feature = "abi-1-12"))]
#[no_mangle]
pub unsafe extern "C" fn nua_get_dialog_state_leg(nh: *mut nua_handle_t) -> *mut crate::nta::api::nta_leg_t {
    guard(ptr::null_mut(), || {
        // SAFETY: the application's handle.
        let Some(i) = (unsafe { valid(nh) }) else { return ptr::null_mut() };
        let id = i.id;
        let l = execute(&i.nua, move |st| {
            let leg = st.handles.borrow().get(&id)?.leg.clone()?;
            let h = leg.as_handle();
            st.exported_legs.borrow_mut().entry(id).or_default().push(leg);
            Some(h)
        })
        .flatten();
        l.map_or(ptr::null_mut(), |l| l as *mut crate::nta::api::nta_leg_t)
    })
}

/// `nua_handle_make_replaces()`: a Replaces header (in `home`) naming the handle's dialog
/// for its peer: `call-id;from-tag=<our tag>;to-tag=<peer's tag>` (`;early-only` on
/// request). NULL without an established dialog.
#[no_mangle]
pub unsafe extern "C" fn nua_handle_make_replaces(nh: *mut nua_handle_t, home: *mut su_home_t, early_only: c_int) -> *mut crate::sip::ctypes::SipReplaces {
    guard(ptr::null_mut(), || {
        // SAFETY: the application's handle.
        let Some(i) = (unsafe { valid(nh) }) else { return ptr::null_mut() };
        let id = i.id;
        let text = execute(&i.nua, move |st| {
            let hs = st.handles.borrow();
            let leg = hs.get(&id)?.leg.clone()?;
            let (cid, tag, rtag) = (leg.call_id()?, leg.tag()?, leg.rtag()?);
            let mut v = cid;
            v.extend_from_slice(b";from-tag=");
            v.extend_from_slice(&tag);
            v.extend_from_slice(b";to-tag=");
            v.extend_from_slice(&rtag);
            if early_only != 0 {
                v.extend_from_slice(b";early-only");
            }
            Some(v)
        })
        .flatten();
        let Some(text) = text.and_then(|t| std::ffi::CString::new(t).ok()) else { return ptr::null_mut() };
        // SAFETY: the caller's home (or NULL); our C string.
        unsafe {
            let class = crate::msg::hclass::kind("replaces").class_ptr().cast();
            crate::sip::api::msg_header_make(home, class, text.as_ptr()).cast()
        }
    })
}
