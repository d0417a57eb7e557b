//! Header constructors of sip_header.h / sip_util.h: sip_request_create(),
//! sip_from_create(), sip_route_create(), sip_from_tag(), sip_aor_strip(), ... Each builds
//! the safe model and writes it with the shape-driven copy layer.

use std::borrow::Cow;
use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr;

use super::cmem;
use super::model::{Hdr, UrlVal};
use super::parse;
use crate::ffi::guard;
use crate::msg::hclass::{self, MsgCommon};
use crate::su::alloc::su_home_t;
use crate::url::url_t;
use super::ctypes::*;

/// Canonical name of a known method.
fn canonical_name(method: c_int) -> Option<&'static [u8]> {
    let p = super::method::sip_method_name(method, ptr::null());
    // SAFETY: sip_method_name returns NULL or a static C string.
    (!p.is_null() && method > 0).then(|| unsafe { CStr::from_ptr(p) }.to_bytes())
}

/// The standard phrase of a status code ("" when none is known).
fn phrase_bytes(status: c_int) -> Vec<u8> {
    match super::status::phrase(status) {
        // SAFETY: exported static phrase strings.
        super::status::Phrase::Known(p) => unsafe { CStr::from_ptr(p) }.to_bytes().to_vec(),
        _ => Vec::new(),
    }
}

/// The URL of a `url_string_t` argument: parsed when it is text, read when it is a url_t.
///
/// # Safety
/// `us` NULL, a C string, or a valid url_t.
unsafe fn url_arg<'a>(us: *const c_void) -> Option<UrlVal<'a>> {
    if us.is_null() {
        return None;
    }
    // SAFETY: contract; a url_t begins with six zero bytes, a string does not.
    unsafe {
        if crate::url::api::is_string(us) {
            parse::url_val(CStr::from_ptr(us as *const c_char).to_bytes())
        } else {
            Some(cmem::read_url(us as *const u8))
        }
    }
}

fn write(home: *mut su_home_t, sym: &str, h: &Hdr) -> *mut c_void {
    let k = hclass::kind(sym);
    // SAFETY: home is NULL or valid (callers); a fresh block of it.
    unsafe { cmem::write(home, k.class_ptr(), k.shape(), h) }
}

fn cbytes<'a>(p: *const c_char) -> Option<&'a [u8]> {
    // SAFETY: callers pass NULL or C strings that outlive the call.
    unsafe { crate::ffi::cbytes(p) }
}

#[no_mangle]
pub unsafe extern "C" fn sip_request_create(
    home: *mut su_home_t,
    method: c_int,
    name: *const c_char,
    url: *const UrlStringT,
    version: *const c_char,
) -> *mut SipRequest {
    guard(ptr::null_mut(), || {
        // SAFETY: url_string_t argument (caller).
        let Some(u) = (unsafe { url_arg(url.cast()) }) else { return ptr::null_mut() };
        let canonical = canonical_name(method);
        let name: Vec<u8> = match (cbytes(name), canonical) {
            (_, Some(c)) if method != 0 => c.to_vec(),
            (Some(n), _) => n.to_vec(),
            _ => return ptr::null_mut(),
        };
        let mut h = Hdr { url: Some(Box::new(u)), ..Default::default() };
        h.n[0] = if method != 0 { method as u64 } else { parse::method_code(&name) as u64 };
        h.set_owned(0, name);
        h.set_owned(1, cbytes(version).unwrap_or(b"SIP/2.0").to_vec());
        write(home, "request", &h).cast()
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_status_create(home: *mut su_home_t, status: c_uint, phrase: *const c_char, version: *const c_char) -> *mut SipStatus {
    // SAFETY: forwarded contract (C strings or NULL).
    guard(ptr::null_mut(), || unsafe { status_create(home, status, cbytes(phrase), cbytes(version)) })
}

/// `sip_status_create()` from bytes: no phrase = the standard one, no version = SIP/2.0.
///
/// # Safety
/// `home` NULL or valid.
pub unsafe fn status_create(home: *mut su_home_t, status: c_uint, phrase: Option<&[u8]>, version: Option<&[u8]>) -> *mut SipStatus {
    if !(100..=699).contains(&status) {
        return ptr::null_mut();
    }
    let standard;
    let phrase = match phrase {
        Some(p) => p,
        None => {
            standard = phrase_bytes(status as c_int);
            &standard[..]
        }
    };
    let mut h = Hdr::default();
    h.n[0] = u64::from(status);
    h.set(0, version.unwrap_or(b"SIP/2.0"));
    h.set(1, phrase);
    write(home, "status", &h).cast()
}

/// A new Call-ID: a GUID, its last part replaced by `@domain` when a domain is given.
#[no_mangle]
pub unsafe extern "C" fn sip_call_id_create(home: *mut su_home_t, domain: *const c_char) -> *mut SipCallId {
    guard(ptr::null_mut(), || {
        let mut g = crate::su::uniqueid::su_guid_t { id: [0; 16] };
        let mut buf = [0 as c_char; 40];
        // SAFETY: local buffers.
        unsafe {
            crate::su::uniqueid::su_guid_generate(&mut g);
            crate::su::uniqueid::su_guid_sprintf(buf.as_mut_ptr(), buf.len(), &g);
        }
        // SAFETY: NUL-terminated by su_guid_sprintf.
        let mut id = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes().to_vec();
        if let Some(d) = cbytes(domain) {
            id.truncate(23);
            id.push(b'@');
            id.extend_from_slice(d);
        }
        let mut h = Hdr::default();
        h.n[0] = u64::from(crate::msg::util::hash_string(Some(&id)));
        h.set_owned(0, id);
        write(home, "call_id", &h).cast()
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_cseq_create(home: *mut su_home_t, seq: u32, method: c_uint, name: *const c_char) -> *mut SipCseq {
    guard(ptr::null_mut(), || {
        let name: Vec<u8> = match (canonical_name(method as c_int), cbytes(name)) {
            (Some(c), _) if method != 0 => c.to_vec(),
            (_, Some(n)) => n.to_vec(),
            _ => return ptr::null_mut(),
        };
        let mut h = Hdr::default();
        h.n[0] = u64::from(seq);
        h.n[1] = if method != 0 { u64::from(method) } else { parse::method_code(&name) as u64 };
        h.set_owned(0, name);
        write(home, "cseq", &h).cast()
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_content_length_create(home: *mut su_home_t, n: u32) -> *mut SipContentLength {
    let mut h = Hdr::default();
    h.n[0] = u64::from(n);
    guard(ptr::null_mut(), || write(home, "content_length", &h).cast())
}

#[no_mangle]
pub unsafe extern "C" fn sip_date_create(home: *mut su_home_t, t: u64) -> *mut SipDate {
    let mut h = Hdr::default();
    h.n[0] = if t == 0 { crate::msg::util::sip_now() } else { t };
    guard(ptr::null_mut(), || write(home, "date", &h).cast())
}

#[no_mangle]
pub unsafe extern "C" fn sip_expires_create(home: *mut su_home_t, delta: u64) -> *mut SipExpires {
    let mut h = Hdr::default();
    h.n[1] = delta;
    guard(ptr::null_mut(), || write(home, "expires", &h).cast())
}

fn addr_create(home: *mut su_home_t, sym: &str, us: *const c_void) -> *mut c_void {
    guard(ptr::null_mut(), || {
        // SAFETY: url_string_t argument (caller).
        let Some(u) = (unsafe { url_arg(us) }) else { return ptr::null_mut() };
        let h = Hdr { url: Some(Box::new(u)), ..Default::default() };
        write(home, sym, &h)
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_from_create(home: *mut su_home_t, url: *const UrlStringT) -> *mut SipAddr {
    addr_create(home, "from", url.cast()).cast()
}

#[no_mangle]
pub unsafe extern "C" fn sip_to_create(home: *mut su_home_t, url: *const UrlStringT) -> *mut SipAddr {
    addr_create(home, "to", url.cast()).cast()
}

/// A route (or record-route) to `url`; with `maddr`, its port and host (as a maddr
/// parameter) and parameters replace those of `url`.
fn any_route_create(home: *mut su_home_t, sym: &str, url: *const url_t, maddr: *const url_t) -> *mut c_void {
    guard(ptr::null_mut(), || {
        if url.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: valid url_t arguments (caller).
        let mut u = unsafe { cmem::read_url(url as *const u8) };
        if !maddr.is_null() {
            // SAFETY: as above.
            let m = unsafe { cmem::read_url(maddr as *const u8) };
            u.f[4] = m.f[4].clone();
            let mut params: Vec<u8> = m.f[6].as_deref().unwrap_or(b"").to_vec();
            let has_maddr = m.f[6].as_deref().is_some_and(|p| crate::url::syntax::param(p, b"maddr").is_some());
            if !has_maddr {
                if !params.is_empty() {
                    params.push(b';');
                }
                params.extend_from_slice(b"maddr=");
                params.extend_from_slice(m.f[3].as_deref().unwrap_or(b""));
            }
            u.f[6] = (!params.is_empty()).then_some(Cow::Owned(params));
        }
        let h = Hdr { url: Some(Box::new(u)), ..Default::default() };
        write(home, sym, &h)
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_route_create(home: *mut su_home_t, url: *const url_t, maddr: *const url_t) -> *mut SipRoute {
    any_route_create(home, "route", url, maddr).cast()
}

#[no_mangle]
pub unsafe extern "C" fn sip_record_route_create(home: *mut su_home_t, rq_url: *const url_t, m_url: *const url_t) -> *mut SipRoute {
    any_route_create(home, "record_route", rq_url, m_url).cast()
}

/// `a_tag` of `sip_addr_t` (From, To).
const A_TAG: usize = 152;

/// Sets the tag of a From/To ("abc" or "tag=abc"); fails if a different tag is there.
fn addr_tag(home: *mut su_home_t, a: *mut c_void, tag: *const c_char) -> c_int {
    guard(-1, || {
        let (Some(t), false) = (cbytes(tag), a.is_null()) else { return -1 };
        let value = match t.iter().position(|&b| b == b'=') {
            Some(i) => &t[i + 1..],
            None => t,
        };
        // SAFETY: a is a From/To header (caller).
        unsafe {
            // a_tag points at the value of the tag parameter (kept so by every edit).
            let old = cmem::get_ptr(a, A_TAG) as *const c_char;
            if !old.is_null() {
                return if CStr::from_ptr(old).to_bytes().eq_ignore_ascii_case(value) { 0 } else { -1 };
            }
            let mut p = b"tag=".to_vec();
            p.extend_from_slice(value);
            p.push(0);
            crate::msg::edit::msg_header_replace_param(home, a.cast(), p.as_ptr() as *const c_char)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_from_tag(home: *mut su_home_t, from: *mut SipAddr, tag: *const c_char) -> c_int {
    addr_tag(home, from.cast(), tag)
}

#[no_mangle]
pub unsafe extern "C" fn sip_to_tag(home: *mut su_home_t, to: *mut SipAddr, tag: *const c_char) -> c_int {
    addr_tag(home, to.cast(), tag)
}

/// Adds (or replaces) a parameter of a Contact.
#[no_mangle]
pub unsafe extern "C" fn sip_contact_add_param(home: *mut su_home_t, m: *mut SipContact, param: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { crate::msg::edit::msg_header_replace_param(home, m as *mut MsgCommon, param) }
}

/// Strips a URL to an address-of-record: no port, no headers, no transport or lr
/// parameters. The URL's strings are edited in place, as in Sofia.
#[no_mangle]
pub unsafe extern "C" fn sip_aor_strip(url: *mut url_t) -> c_int {
    guard(-1, || {
        if url.is_null() {
            return -1;
        }
        // SAFETY: valid url_t whose strings are writable (Sofia's contract).
        unsafe {
            (*url).url_port = ptr::null();
            (*url).url_headers = ptr::null();
            if !(*url).url_params.is_null() {
                crate::url::api::url_strip_transport(url);
            }
            if !(*url).url_params.is_null() {
                (*url).url_params = crate::url::api::url_strip_param_string((*url).url_params as *mut c_char, c"lr".as_ptr());
            }
        }
        0
    })
}

/// A body header holding a copy of `len` bytes of `data` (NUL-terminated; `len` zero
/// bytes when `data` is NULL).
#[no_mangle]
pub unsafe extern "C" fn sip_payload_create(home: *mut su_home_t, data: *const c_void, len: c_int) -> *mut MsgPayloadT {
    guard(ptr::null_mut(), || {
        if len < 0 {
            return ptr::null_mut();
        }
        // Without data: room for len bytes (zeroed), to be filled by the caller.
        let zeros;
        let bytes: &[u8] = if data.is_null() {
            zeros = vec![0u8; len as usize];
            &zeros
        } else {
            // SAFETY: data holds len bytes (caller).
            unsafe { std::slice::from_raw_parts(data as *const u8, len as usize) }
        };
        let mut h = Hdr::default();
        h.s[0] = Some(Cow::Borrowed(bytes));
        write(home, "payload", &h).cast()
    })
}

#[no_mangle]
pub unsafe extern "C" fn sip_separator_create(home: *mut su_home_t) -> *mut MsgSeparatorT {
    let mut h = Hdr::default();
    h.set(0, b"\r\n");
    guard(ptr::null_mut(), || write(home, "separator", &h).cast())
}

/// Contact of `url` with the given parameters (a NULL-terminated array, from the C shim).
pub unsafe extern "C" fn sofia_sip_contact_create_params(home: *mut su_home_t, url: *const c_void, params: *const *const c_char) -> *mut c_void {
    guard(ptr::null_mut(), || {
        // SAFETY: url_string_t argument, NULL-terminated array of C strings (shim).
        unsafe {
            let Some(u) = url_arg(url) else { return ptr::null_mut() };
            // Made as "<url>;params": an empty display name keeps the brackets.
            let mut h = Hdr { url: Some(Box::new(u)), ..Default::default() };
            h.set(0, b"");
            let mut ps = Vec::new();
            let mut i = 0;
            while !params.is_null() && !(*params.add(i)).is_null() {
                ps.push(Cow::Borrowed(CStr::from_ptr(*params.add(i)).to_bytes()));
                i += 1;
            }
            if !ps.is_empty() {
                h.params = Some(ps);
            }
            write(home, "contact", &h)
        }
    })
}

/// Via of `host`, `port` and `transport` with the given parameters (NULL-terminated).
pub unsafe extern "C" fn sofia_sip_via_create_params(
    home: *mut su_home_t,
    host: *const c_char,
    port: *const c_char,
    transport: *const c_char,
    params: *const *const c_char,
) -> *mut c_void {
    guard(ptr::null_mut(), || {
        let Some(host) = cbytes(host) else { return ptr::null_mut() };
        // The transport argument is the protocol field as it is ("SIP/2.0/TCP").
        let proto = cbytes(transport).unwrap_or(b"SIP/2.0/UDP");
        let mut h = Hdr::default();
        h.set(0, proto);
        h.set(1, host);
        if let Some(p) = cbytes(port) {
            h.set(2, p);
        }
        let mut ps = Vec::new();
        // SAFETY: NULL-terminated array of C strings (shim).
        unsafe {
            let mut i = 0;
            while !params.is_null() && !(*params.add(i)).is_null() {
                ps.push(Cow::Borrowed(CStr::from_ptr(*params.add(i)).to_bytes()));
                i += 1;
            }
        }
        if !ps.is_empty() {
            h.params = Some(ps);
        }
        write(home, "via", &h)
    })
}

/// Port a response to this Via goes to: rport if set (and `*using_rport` then 1), else
/// the port, else the default of the transport.
#[no_mangle]
pub unsafe extern "C" fn sip_via_port(v: *const SipVia, using_rport: *mut c_int) -> *const c_char {
    let v: *const c_void = v.cast();
    guard(ptr::null(), || {
        if v.is_null() {
            return ptr::null();
        }
        // SAFETY: valid Via (caller); the result points into it or at a static string.
        unsafe {
            let rport = cmem::get_ptr(v, 120) as *const c_char;
            let want_rport = using_rport.is_null() || *using_rport != 0;
            if !using_rport.is_null() {
                *using_rport = 0;
            }
            if want_rport && !rport.is_null() && *rport != 0 {
                if !using_rport.is_null() {
                    *using_rport = 1;
                }
                return rport;
            }
            let port = cmem::get_ptr(v, 64) as *const c_char;
            if !port.is_null() {
                return port;
            }
            let proto = cmem::get_ptr(v, 48) as *const c_char;
            let tls = !proto.is_null() && CStr::from_ptr(proto).to_bytes().to_ascii_uppercase().ends_with(b"/TLS");
            if tls {
                c"5061".as_ptr()
            } else {
                c"5060".as_ptr()
            }
        }
    })
}

