//! sip_util.h helpers (and sip_is_allowed of sip_header.h): q-values, TLS transport
//! names, the sanity check of a parsed message, Route/Via manipulation, the dialog effect
//! of a response (RFC 5057), Contact URIs made from a Via.

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr;

use crate::ffi::{cbytes, guard};
use crate::msg::hclass::{self, MsgHclass, MsgHeader, MsgPub};
use crate::msg::message::MsgObj;
use crate::sip::cmem::get_ptr;
use crate::sip::ctypes::{SipAddr, SipAllow, SipContact, SipRoute, SipSecurityAgree, SipT, SipVia};
use crate::su::alloc::su_home_t;
use crate::url::url_t;

/// Offset of a kind's pointer in `sip_t`.
fn sip_off(sym: &str) -> usize {
    hclass::kind(sym).sip_off.expect("a sip_t field")
}

/// `sip_flags` (msg_pub_t.msg_flags).
const SIP_FLAGS: usize = 60;
const MSG_FLG_TRUNC: u32 = 1 << 27;
/// `url_t` inside a Route, a request line.
const R_URL: usize = 56;
const R_PARAMS: usize = 136;
const RQ_URL: usize = 64;

/// `url_type_e` values (the fork inserts url_urn after url_sips).
const URL_INVALID: i8 = -2;
const URL_SIP: i8 = 1;
const URL_SIPS: i8 = 2;
const URL_TEL: i8 = if crate::url::HAVE_URN { 4 } else { 3 };
const URL_IM: i8 = URL_TEL + 10;
const URL_PRES: i8 = URL_TEL + 11;

/// sip_q_value(): like msg_q_value(), but a missing q means 1000.
#[no_mangle]
pub unsafe extern "C" fn sip_q_value(q: *const c_char) -> c_uint {
    guard(500, || {
        // SAFETY: q NULL or a C string (caller).
        match unsafe { cbytes(q) } {
            None => 1000,
            Some(b) => crate::msg::items::q_value(Some(b)),
        }
    })
}

/// Does the transport name (`"TLS"`, `"SIP/2.0/TLS"`, `"tls-sctp"`, ...) mean TLS?
pub fn transport_has_tls(name: &[u8]) -> bool {
    let n = if name.len() >= 8 && name[..8].eq_ignore_ascii_case(b"SIP/2.0/") { &name[8..] } else { name };
    n.len() >= 3 && n[..3].eq_ignore_ascii_case(b"TLS")
}

#[no_mangle]
pub unsafe extern "C" fn sip_transport_has_tls(transport_name: *const c_char) -> c_int {
    // SAFETY: NULL or a C string (caller).
    guard(0, || unsafe { cbytes(transport_name) }.is_some_and(transport_has_tls) as c_int)
}

/// Is `method` (or, for an extension method, `name`) listed in the Allow header?
#[no_mangle]
pub unsafe extern "C" fn sip_is_allowed(allow: *const SipAllow, method: c_int, name: *const c_char) -> c_int {
    guard(0, || {
        let allow = allow as *const c_void;
        if allow.is_null() {
            return 0;
        }
        // SAFETY: allow is a sip_allow_t (k_items at 48, k_bitmap at 56), name NULL or a
        // C string (caller).
        unsafe {
            if method > 0 && method < 32 {
                let bitmap = *((allow as *const u8).add(56) as *const u32);
                return c_int::from(bitmap & (1u32 << method) != 0);
            }
            if method != 0 {
                return 0;
            }
            let Some(name) = cbytes(name) else { return 0 };
            let items = get_ptr(allow, 48) as *const *const c_char;
            if items.is_null() {
                return 0;
            }
            let mut i = 0;
            while !(*items.add(i)).is_null() {
                if CStr::from_ptr(*items.add(i)).to_bytes() == name {
                    return 1;
                }
                i += 1;
            }
            0
        }
    })
}

/// 0 when the message has what every SIP message needs (one start line, To, From,
/// Call-ID, CSeq, Via; a usable Request-URI and a CSeq method matching the request's),
/// else -1.
#[no_mangle]
pub unsafe extern "C" fn sip_sanity_check(sip: *const SipT) -> c_int {
    guard(-1, || {
        if sip.is_null() {
            return -1;
        }
        let s = sip as *const c_void;
        // SAFETY: sip a sip_t (caller); the header pointers in it are valid headers.
        unsafe {
            let h = |sym: &str| get_ptr(s, sip_off(sym));
            let rq = h("request");
            let st = h("status");
            let flags = *((s as *const u8).add(SIP_FLAGS) as *const u32);
            if rq.is_null() == st.is_null()
                || h("to").is_null()
                || h("from").is_null()
                || h("call_id").is_null()
                || h("cseq").is_null()
                || h("via").is_null()
                || flags & MSG_FLG_TRUNC != 0
            {
                return -1;
            }
            if rq.is_null() {
                return 0;
            }
            let url = (rq as *const u8).add(RQ_URL);
            let ty = *(url.add(6) as *const i8);
            let nonempty = |off: usize| cbytes(*(url.add(off) as *const *const c_char)).is_some_and(|b| !b.is_empty());
            match ty {
                URL_INVALID => return -1,
                URL_SIP | URL_SIPS | URL_IM | URL_PRES if !nonempty(32) => return -1,
                URL_TEL if !nonempty(16) => return -1,
                _ => {}
            }
            let cseq = h("cseq");
            let rq_method = *((rq as *const u8).add(48) as *const c_int);
            let cs_method = *((cseq as *const u8).add(52) as *const c_int);
            if rq_method != cs_method {
                return -1;
            }
            if rq_method == 0 {
                let a = cbytes(get_ptr(rq, 56) as *const c_char);
                let b = cbytes(get_ptr(cseq, 56) as *const c_char);
                if a.is_none() || a != b {
                    return -1;
                }
            }
            0
        }
    })
}

/// Removes the first Route header from the message and returns it.
#[no_mangle]
pub unsafe extern "C" fn sip_route_remove(msg: *mut MsgObj, sip: *mut SipT) -> *mut SipRoute {
    guard(ptr::null_mut(), || {
        if sip.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: msg and sip a message and its sip_t (caller).
        unsafe {
            let r = get_ptr(sip as *const c_void, sip_off("route"));
            if !r.is_null() {
                crate::msg::edit::msg_header_remove(msg, sip as *mut MsgPub, r as *mut MsgHeader);
            }
            r.cast()
        }
    })
}

/// Removes the last Route header from the message and returns it.
#[no_mangle]
pub unsafe extern "C" fn sip_route_pop(msg: *mut MsgObj, sip: *mut SipT) -> *mut SipRoute {
    guard(ptr::null_mut(), || {
        if sip.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: as above; Route headers are linked through r_next.
        unsafe {
            let mut r = get_ptr(sip as *const c_void, sip_off("route"));
            if r.is_null() {
                return ptr::null_mut();
            }
            while !get_ptr(r, 40).is_null() {
                r = get_ptr(r, 40);
            }
            crate::msg::edit::msg_header_remove(msg, sip as *mut MsgPub, r as *mut MsgHeader);
            r.cast()
        }
    })
}

/// Removes the first Route header and makes its URI (without transport parameters) the
/// Request-URI; returns the removed Route.
#[no_mangle]
pub unsafe extern "C" fn sip_route_follow(msg: *mut MsgObj, sip: *mut SipT) -> *mut SipRoute {
    guard(ptr::null_mut(), || {
        if msg.is_null() || sip.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: as above; the new request line is a block of the message's home.
        unsafe {
            let s = sip as *const c_void;
            let rq = get_ptr(s, sip_off("request"));
            if get_ptr(s, sip_off("route")).is_null() || rq.is_null() {
                return ptr::null_mut();
            }
            let r = sip_route_remove(msg, sip);
            let home = crate::msg::message::home(msg);
            let method = *((rq as *const u8).add(48) as *const c_int);
            let nrq = crate::sip::create::sip_request_create(
                home,
                method,
                get_ptr(rq, 56) as *const c_char,
                (r as *const u8).add(R_URL).cast(),
                get_ptr(rq, 144) as *const c_char,
            );
            if !nrq.is_null() {
                crate::url::api::url_strip_transport((nrq as *mut u8).add(RQ_URL) as *mut url_t);
                crate::msg::edit::msg_header_insert(msg, sip as *mut MsgPub, nrq as *mut MsgHeader);
            }
            r
        }
    })
}

/// Does the Route have the `lr` parameter (in its URI, or, when the URI has no
/// parameters, among the header's parameters)?
#[no_mangle]
pub unsafe extern "C" fn sip_route_is_loose(r: *const SipRoute) -> c_int {
    guard(0, || {
        if r.is_null() {
            return 0;
        }
        // SAFETY: r a Route header (caller).
        unsafe {
            let url = (r as *const u8).add(R_URL);
            if !(*(url.add(56) as *const *const c_char)).is_null() {
                return crate::url::api::url_has_param(url as *const url_t, c"lr".as_ptr());
            }
            let params = get_ptr(r.cast(), R_PARAMS) as *const *const c_char;
            c_int::from(!params.is_null() && !crate::msg::util::msg_params_find(params, c"lr".as_ptr()).is_null())
        }
    })
}

/// A first header parameter `lr` / `lr=...` of a Route whose URI has no parameters
/// (a Record-Route written without angle brackets): Sofia moves it into the URI.
///
/// # Safety
/// `r` a Route-shaped header.
unsafe fn misplaced_lr(r: *const c_void) -> bool {
    // SAFETY: contract.
    unsafe {
        if !(*((r as *const u8).add(R_URL + 56) as *const *const c_char)).is_null() {
            return false;
        }
        let params = get_ptr(r, R_PARAMS) as *const *const c_char;
        if params.is_null() || (*params).is_null() {
            return false;
        }
        let p = CStr::from_ptr(*params).to_bytes();
        p.len() >= 2 && p[..2].eq_ignore_ascii_case(b"lr") && matches!(p.get(2), None | Some(b'='))
    }
}

/// Copies of the Route-shaped headers of `route` as class `hc` (misplaced `lr` moved into
/// the URI), in the same order or reversed.
///
/// # Safety
/// `route` NULL or a list of Route-shaped headers, `hc` a Route-shaped class.
unsafe fn copy_routes(home: *mut su_home_t, hc: *const MsgHclass, route: *const c_void, reverse: bool) -> *mut c_void {
    // SAFETY: contract; the stack copy is a Route with the same strings, duplicated
    // into home by msg_header_dup_as.
    unsafe {
        let mut out: Vec<*mut c_void> = Vec::new();
        let mut r = route;
        while !r.is_null() {
            let mut tmp = [0u8; 144];
            ptr::copy_nonoverlapping(r as *const u8, tmp.as_mut_ptr(), 144);
            // Not part of any chain or list.
            ptr::write_bytes(tmp.as_mut_ptr(), 0, 16);
            *(tmp.as_mut_ptr().add(16) as *mut *const MsgHclass) = hc;
            ptr::write_bytes(tmp.as_mut_ptr().add(24), 0, 24);
            if misplaced_lr(r) {
                let params = get_ptr(r, R_PARAMS) as *const *const c_char;
                *(tmp.as_mut_ptr().add(R_URL + 56) as *mut *const c_char) = *params;
                *(tmp.as_mut_ptr().add(R_PARAMS) as *mut *const *const c_char) = params.add(1);
            }
            let d = crate::sip::api::msg_header_dup_as(home, hc, tmp.as_ptr() as *const MsgHeader) as *mut c_void;
            if d.is_null() {
                for h in out {
                    crate::sip::api::msg_header_free_all(home, h as *mut MsgHeader);
                }
                return ptr::null_mut();
            }
            out.push(d);
            r = get_ptr(r, 40);
            if out.len() > 1 << 16 {
                return ptr::null_mut();
            }
        }
        if reverse {
            out.reverse();
        }
        for w in out.windows(2) {
            *((w[0] as *mut u8).add(40) as *mut *mut c_void) = w[1];
        }
        out.first().copied().unwrap_or(ptr::null_mut())
    }
}

fn route_class() -> *const MsgHclass {
    hclass::kind("route").class
}

/// A reversed copy of a Route-shaped list (e.g. Record-Route) as headers of class `hc`.
#[no_mangle]
pub unsafe extern "C" fn sip_route_reverse_as(home: *mut su_home_t, hc: *const MsgHclass, route: *const SipRoute) -> *mut SipRoute {
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { copy_routes(home, if hc.is_null() { route_class() } else { hc }, route.cast(), true) }.cast())
}

#[no_mangle]
pub unsafe extern "C" fn sip_route_reverse(home: *mut su_home_t, route: *const SipRoute) -> *mut SipRoute {
    // SAFETY: forwarded contract.
    unsafe { sip_route_reverse_as(home, route_class(), route) }
}

/// A copy of a Route-shaped list as headers of class `hc`, misplaced `lr` fixed.
#[no_mangle]
pub unsafe extern "C" fn sip_route_fixdup_as(home: *mut su_home_t, hc: *const MsgHclass, route: *const SipRoute) -> *mut SipRoute {
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { copy_routes(home, if hc.is_null() { route_class() } else { hc }, route.cast(), false) }.cast())
}

#[no_mangle]
pub unsafe extern "C" fn sip_route_fixdup(home: *mut su_home_t, route: *const SipRoute) -> *mut SipRoute {
    // SAFETY: forwarded contract.
    unsafe { sip_route_fixdup_as(home, route_class(), route) }
}

/// Moves a misplaced first `lr` header parameter into the URI of each Route, in place.
#[no_mangle]
pub unsafe extern "C" fn sip_route_fix(route: *mut SipRoute) -> *mut SipRoute {
    guard(route, || {
        let mut r = route as *mut c_void;
        let mut n = 0;
        // SAFETY: route NULL or a list of Route headers (caller); the parameter array
        // only shrinks, in place.
        unsafe {
            while !r.is_null() && n < 1 << 16 {
                if misplaced_lr(r) {
                    let params = get_ptr(r, R_PARAMS) as *mut *const c_char;
                    *((r as *mut u8).add(R_URL + 56) as *mut *const c_char) = *params;
                    let mut i = 0;
                    while !(*params.add(i)).is_null() {
                        *params.add(i) = *params.add(i + 1);
                        i += 1;
                    }
                    // The old encoding is stale.
                    *((r as *mut u8).add(24) as *mut *const c_void) = ptr::null();
                    *((r as *mut u8).add(32) as *mut u32) = 0;
                }
                r = get_ptr(r, 40);
                n += 1;
            }
        }
        route
    })
}

/// Removes the first Via header from the message and returns it.
#[no_mangle]
pub unsafe extern "C" fn sip_via_remove(msg: *mut MsgObj, sip: *mut SipT) -> *mut SipVia {
    guard(ptr::null_mut(), || {
        if sip.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: msg and sip a message and its sip_t (caller).
        unsafe {
            let v = get_ptr(sip as *const c_void, sip_off("via"));
            if !v.is_null() {
                // Vias sharing one line are printed again.
                let mut h = v;
                while !h.is_null() {
                    *((h as *mut u8).add(24) as *mut *const c_void) = ptr::null();
                    *((h as *mut u8).add(32) as *mut u32) = 0;
                    let next = get_ptr(h, 40);
                    if next != get_ptr(h, 0) {
                        break;
                    }
                    h = next;
                }
                crate::msg::edit::msg_header_remove(msg, sip as *mut MsgPub, v as *mut MsgHeader);
            }
            v.cast()
        }
    })
}

/// What a final response does to the dialog (RFC 5057): -1 ends the dialog, 1 ends the
/// usage, 0 neither; `Some(g)` is what the graceful-termination flag is set to (None:
/// left to the application).
pub fn response_terminates_dialog(code: c_int, method: c_int) -> (c_int, Option<c_int>) {
    const SUBSCRIBE: c_int = 11;
    const NOTIFY: c_int = 12;
    const INVITE: c_int = 1;
    const REFER: c_int = 13;
    match code {
        ..=399 => (0, Some(0)),
        404 | 410 | 416 | 482 | 485 => (-1, None),
        484 if method == REFER => (0, Some(0)),
        484 => (-1, None),
        405 if matches!(method, NOTIFY | SUBSCRIBE | INVITE) => (1, None),
        408 | 480 | 481 => (1, None),
        483 => (0, Some(1)),
        489 => (c_int::from(method == NOTIFY), Some(0)),
        400..=499 => (0, Some(0)),
        502 => (-1, None),
        505 | 513 | 580 => (0, Some(0)),
        500..=599 => (0, None),
        604 => (-1, None),
        603 | 606 => (0, Some(0)),
        _ => (0, None),
    }
}

#[no_mangle]
pub unsafe extern "C" fn sip_response_terminates_dialog(response_code: c_int, method: c_int, return_graceful_terminate: *mut c_int) -> c_int {
    guard(0, || {
        let (r, g) = response_terminates_dialog(response_code, method);
        if let (Some(g), false) = (g, return_graceful_terminate.is_null()) {
            // SAFETY: a valid int pointer (caller).
            unsafe { *return_graceful_terminate = g };
        }
        r
    })
}

/// `<sip:user@host:port;transport=...;maddr=...;comp=...>` for a Contact that reaches us
/// the way the Via says (received address, rport; sips: for TLS).
///
/// # Safety
/// `v` NULL or a Via header; `user`, `transport` NULL or C strings.
unsafe fn contact_string(v: *const c_void, user: *const c_char, transport: *const c_char) -> Option<Vec<u8>> {
    if v.is_null() {
        return None;
    }
    // SAFETY: contract; the Via's strings are C strings.
    unsafe {
        let s = |off: usize| cbytes(get_ptr(v, off) as *const c_char);
        let host = s(104).or(s(56))?;
        let mut one: c_int = 1;
        let mut port = cbytes(crate::sip::create::sip_via_port(v.cast(), &mut one));
        let mut transport = cbytes(transport);
        let host_c = std::ffi::CString::new(host).ok()?;
        let is_ip = crate::su::host::host_is_ip_address(host_c.as_ptr()) != 0;
        let mut scheme: &[u8] = b"sip:";
        if s(48).is_some_and(transport_has_tls) || transport.is_some_and(transport_has_tls) {
            scheme = b"sips:";
            if port == Some(b"5061") {
                port = None;
            }
            if port.is_some() || is_ip {
                transport = None;
            }
        } else if port == Some(b"5060") && (is_ip || crate::su::host::host_has_domain_invalid(host_c.as_ptr()) != 0) {
            port = None;
        }
        let mut tp: Option<Vec<u8>> = transport.map(|t| {
            if t.len() >= 8 && t[..8].eq_ignore_ascii_case(b"SIP/2.0/") {
                t[8..].to_vec()
            } else {
                t.to_vec()
            }
        });
        if let Some(t) = tp.as_mut() {
            // Lowercase up to the first ';' (names of 16 characters or more are kept).
            if t.len() < 16 {
                for b in t.iter_mut().take_while(|b| **b != b';') {
                    b.make_ascii_lowercase();
                }
            }
        }
        let mut o = b"<".to_vec();
        o.extend_from_slice(scheme);
        if let Some(u) = cbytes(user) {
            o.extend_from_slice(u);
            o.push(b'@');
        }
        o.extend_from_slice(host);
        let mut opt = |prefix: &[u8], val: Option<&[u8]>| {
            if let Some(v) = val {
                o.extend_from_slice(prefix);
                o.extend_from_slice(v);
            }
        };
        opt(b":", port);
        opt(b";transport=", tp.as_deref());
        opt(b";maddr=", s(96));
        opt(b";comp=", s(128));
        o.push(b'>');
        Some(o)
    }
}

#[no_mangle]
pub unsafe extern "C" fn sip_contact_string_from_via(home: *mut su_home_t, v: *const SipVia, user: *const c_char, transport: *const c_char) -> *mut c_char {
    guard(ptr::null_mut(), || {
        // SAFETY: forwarded contract; the copy is a fresh block of home.
        unsafe {
            let Some(s) = contact_string(v.cast(), user, transport) else { return ptr::null_mut() };
            let p = crate::su::alloc::home_alloc(home, s.len() + 1, false) as *mut u8;
            if !p.is_null() {
                ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
                *p.add(s.len()) = 0;
            }
            p as *mut c_char
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_contact_create_from_via_with_transport(
    home: *mut su_home_t,
    v: *const SipVia,
    user: *const c_char,
    transport: *const c_char,
) -> *mut SipContact {
    guard(ptr::null_mut(), || {
        // SAFETY: forwarded contract.
        unsafe {
            let Some(s) = contact_string(v.cast(), user, transport) else { return ptr::null_mut() };
            crate::sip::api::make(home, hclass::kind("contact"), &s).cast()
        }
    })
}

/// A Contact from the Via, with the Via's transport unless it is UDP.
#[no_mangle]
pub unsafe extern "C" fn sip_contact_create_from_via(home: *mut su_home_t, v: *const SipVia, user: *const c_char) -> *mut SipContact {
    guard(ptr::null_mut(), || {
        if v.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: v a Via header (caller).
        unsafe {
            let mut tp = get_ptr(v.cast(), 48) as *const c_char;
            if let Some(t) = cbytes(tp) {
                let t = if t.len() >= 8 && t[..8].eq_ignore_ascii_case(b"SIP/2.0/") { &t[8..] } else { t };
                if t.eq_ignore_ascii_case(b"UDP") {
                    tp = ptr::null();
                }
            }
            sip_contact_create_from_via_with_transport(home, v, user, tp)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_names() {
        for (n, t) in [("tls", true), ("SIP/2.0/TLS", true), ("tls-sctp", true), ("tlsx", true), ("tcp", false), ("SIP/2.0/WSS", false), ("", false), ("SIP/2.0/", false)] {
            assert_eq!(transport_has_tls(n.as_bytes()), t, "{n}");
        }
    }

    #[test]
    fn rfc5057_table() {
        assert_eq!(response_terminates_dialog(200, 1), (0, Some(0)));
        assert_eq!(response_terminates_dialog(404, 1), (-1, None));
        assert_eq!(response_terminates_dialog(481, 8), (1, None));
        assert_eq!(response_terminates_dialog(484, 13), (0, Some(0)));
        assert_eq!(response_terminates_dialog(489, 12), (1, Some(0)));
        assert_eq!(response_terminates_dialog(500, 1), (0, None));
        assert_eq!(response_terminates_dialog(700, 1), (0, None));
    }
}

/// Same address: tags equal when both have one (case-insensitive), same host
/// (case-insensitive), user and scheme.
#[no_mangle]
pub unsafe extern "C" fn sip_addr_match(a: *const SipAddr, b: *const SipAddr) -> c_int {
    let (a, b) = (a as *const c_void, b as *const c_void);
    guard(0, || {
        if a.is_null() || b.is_null() {
            return 0;
        }
        // SAFETY: a, b From/To-shaped headers (caller): url at 56, a_tag at 152.
        unsafe {
            let s = |h: *const c_void, off: usize| cbytes(get_ptr(h, off) as *const c_char);
            let case_eq = |x: Option<&[u8]>, y: Option<&[u8]>| match (x, y) {
                (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
                (x, y) => x.is_none() && y.is_none(),
            };
            let (ta, tb) = (s(a, 152), s(b, 152));
            let tags = ta.is_none() || tb.is_none() || case_eq(ta, tb);
            c_int::from(tags && case_eq(s(a, 88), s(b, 88)) && s(a, 72) == s(b, 72) && s(a, 64) == s(b, 64))
        }
    })
}

/// Same as url_hdup().
#[no_mangle]
pub unsafe extern "C" fn sip_url_dup(home: *mut su_home_t, o: *const url_t) -> *mut url_t {
    // SAFETY: forwarded contract.
    unsafe { crate::url::api::url_hdup(home, o) }
}

/// Compares a Security-Server list with the Security-Verify list the client sent back
/// (RFC 3329): 0 when they agree (a Digest `d-ver` parameter of the verify list is
/// skipped and returned in `*return_d_ver`), else nonzero as with strcmp.
#[no_mangle]
pub unsafe extern "C" fn sip_security_verify_compare(
    s: *const SipSecurityAgree,
    v: *const SipSecurityAgree,
    return_d_ver: *mut *const c_char,
) -> c_int {
    guard(-1, || {
        use crate::su::string::su_strcmp;
        // SAFETY: NULL or Security-* headers (mec at 48, params at 56), linked by sa_next
        // (caller).
        unsafe {
            if !return_d_ver.is_null() {
                *return_d_ver = ptr::null();
            }
            let (mut s, mut v) = (s as *const c_void, v as *const c_void);
            if s.is_null() {
                return 0;
            }
            let empty: [*const c_char; 1] = [ptr::null()];
            let mut rounds = 0;
            loop {
                if s.is_null() || v.is_null() {
                    return c_int::from(s.is_null()) - c_int::from(v.is_null());
                }
                rounds += 1;
                if rounds > 1 << 16 {
                    return -1;
                }
                let (smec, vmec) = (get_ptr(s, 48) as *const c_char, get_ptr(v, 48) as *const c_char);
                let r = su_strcmp(smec, vmec);
                if r != 0 {
                    return r;
                }
                let digest = cbytes(smec).is_some_and(|m| m.eq_ignore_ascii_case(b"Digest"));
                let mut sp = get_ptr(s, 56) as *const *const c_char;
                let vp = get_ptr(v, 56) as *const *const c_char;
                if digest && sp.is_null() && !vp.is_null() {
                    sp = empty.as_ptr();
                }
                if sp.is_null() || vp.is_null() {
                    let r = c_int::from(sp.is_null()) - c_int::from(vp.is_null());
                    if r != 0 {
                        return r;
                    }
                } else {
                    let (mut i, mut j) = (0usize, 0usize);
                    let r = loop {
                        if digest && !(*vp.add(j)).is_null() {
                            let p = CStr::from_ptr(*vp.add(j)).to_bytes();
                            if p.len() >= 6 && p[..6].eq_ignore_ascii_case(b"d-ver=") {
                                if !return_d_ver.is_null() {
                                    *return_d_ver = (*vp.add(j)).add(6);
                                }
                                j += 1;
                            }
                        }
                        let (a, b) = (*sp.add(i), *vp.add(j));
                        let r = su_strcmp(a, b);
                        if r != 0 || a.is_null() || b.is_null() {
                            break r;
                        }
                        i += 1;
                        j += 1;
                    };
                    if r != 0 {
                        return r;
                    }
                }
                s = get_ptr(s, 40);
                v = get_ptr(v, 40);
            }
        }
    })
}

/// The first Security-Client entry whose mechanism the server list (in its order of
/// preference) offers, or NULL.
#[no_mangle]
pub unsafe extern "C" fn sip_security_client_select(client: *const SipSecurityAgree, server: *const SipSecurityAgree) -> *const SipSecurityAgree {
    guard(ptr::null(), || {
        // SAFETY: NULL or Security-* headers linked by sa_next (caller).
        unsafe {
            let mut s = server as *const c_void;
            let mut n = 0;
            while !s.is_null() && n < 1 << 16 {
                let smec = cbytes(get_ptr(s, 48) as *const c_char);
                let mut c = client as *const c_void;
                while !c.is_null() && n < 1 << 16 {
                    let cmec = cbytes(get_ptr(c, 48) as *const c_char);
                    if smec == cmec {
                        return c.cast();
                    }
                    c = get_ptr(c, 40);
                    n += 1;
                }
                s = get_ptr(s, 40);
            }
            ptr::null()
        }
    })
}

/// Completes a message before sending: a separator if there is none, the multipart body
/// (`sip_multipart`, with `sip_content_type`) completed, linked after the payload and
/// encoded, and a Content-Length that matches. 0, or -1 when a header every message needs
/// (CSeq, Call-ID, To, From) is missing or something could not be added.
#[no_mangle]
pub unsafe extern "C" fn sip_complete_message(msg: *mut MsgObj) -> c_int {
    guard(-1, || {
        if msg.is_null() {
            return -1;
        }
        use crate::msg::multipart::{msg_multipart_complete, msg_multipart_prepare, msg_multipart_serialize, MsgMultipart};
        // SAFETY: msg a message whose public struct is a sip_t (caller); headers added
        // are blocks of its home.
        unsafe {
            let sip = crate::msg::message::public(msg) as *mut c_void;
            if sip.is_null() {
                return -1;
            }
            let home = crate::msg::message::home(msg);
            let field = |sym: &str| (sip as *mut u8).add(sip_off(sym)) as *mut *mut c_void;
            let sep = field("separator");
            if (*sep).is_null() {
                *sep = crate::sip::create::sip_separator_create(home).cast();
            }
            // Every header in the fragment chain first, so that the multipart body can
            // follow the payload there.
            crate::msg::edit::serialize_chain(msg);
            let pl = *field("payload");
            let mp = *((field("payload") as *mut u8).add(8) as *mut *mut MsgMultipart);
            let mut len: u64 = 0;
            if !mp.is_null() {
                let c = *field("content_type");
                if c.is_null() || msg_multipart_complete(home, c.cast(), mp) < 0 {
                    return -1;
                }
                let head = if !pl.is_null() { pl } else { *sep };
                if head.is_null() {
                    return -1;
                }
                let last = msg_multipart_serialize(head as *mut *mut MsgHeader, mp) as *mut c_void;
                if last.is_null() {
                    return -1;
                }
                if get_ptr(last, 0).is_null() {
                    // The body now ends the chain.
                    (*(*msg).st).tail = last as *mut *mut c_void;
                }
                let flags = *((sip as *const u8).add(SIP_FLAGS) as *const c_int);
                let n = msg_multipart_prepare(msg, mp, flags);
                if n < 0 {
                    return -1;
                }
                len = n as u64;
            }
            if !pl.is_null() {
                len += u64::from(*((pl as *const u8).add(56) as *const u32));
            }
            let Ok(len) = u32::try_from(len) else { return -1 };
            let cl = *field("content_length");
            if cl.is_null() {
                let h = crate::sip::create::sip_content_length_create(home, len);
                crate::msg::edit::msg_header_insert(msg, sip as *mut MsgPub, h as *mut MsgHeader);
            } else if *((cl as *const u8).add(48) as *const u32) != len {
                *((cl as *mut u8).add(48) as *mut u32) = len;
                *((cl as *mut u8).add(24) as *mut *const c_void) = ptr::null();
                *((cl as *mut u8).add(32) as *mut u32) = 0;
            }
            for sym in ["cseq", "call_id", "to", "from", "separator", "content_length"] {
                if (*field(sym)).is_null() {
                    return -1;
                }
            }
            0
        }
    })
}
