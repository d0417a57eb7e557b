//! The digest client (`auc_*`) where sofia-rs goes beyond Sofia-SIP 1.12 and so cannot be
//! compared with it in c-tests/auc_digest.c: SHA-256 (RFC 7616 / RFC 8760), several
//! challenges for one realm (the topmost usable one wins), the nonce count per nonce, and
//! quoting of odd user names. Responses are checked by recomputing them.

mod common;

use std::ffi::{c_void, CString};
use std::ptr;

use common::{no_panic, Home};
use sofia_sip_ua::auth::client::*;
use sofia_sip_ua::auth::digest::{self, Algorithm, Qop};
use sofia_sip_ua::msg::hclass::{self, MsgHclass, MsgHeader};
use sofia_sip_ua::sip::api::msg_header_make;
use sofia_sip_ua::sip::cmem;
use sofia_sip_ua::url::url_t;

fn class(sym: &str) -> *const MsgHclass {
    hclass::kind(sym).class_ptr().cast()
}

/// A list of challenge headers of kind `sym`, linked by their next pointers.
fn challenges(home: &Home, sym: &str, texts: &[&str]) -> *const MsgAuth {
    let mut first: *mut c_void = ptr::null_mut();
    let mut prev: *mut c_void = ptr::null_mut();
    for t in texts {
        let s = CString::new(*t).unwrap();
        // SAFETY: valid home, class and string.
        let h = unsafe { msg_header_make(home.0, class(sym), s.as_ptr()) } as *mut c_void;
        assert!(!h.is_null(), "{t}");
        if prev.is_null() {
            first = h;
        } else {
            // SAFETY: both are headers of the home; the next pointer is at H_NEXT.
            unsafe { cmem::set_ptr(prev, cmem::H_NEXT, h) };
        }
        prev = h;
    }
    first.cast()
}

struct List(*mut AuthClient);

impl List {
    fn challenge(&mut self, home: &Home, sym: &str, texts: &[&str], crcl: &str) -> i32 {
        let ch = challenges(home, sym, texts);
        // SAFETY: valid list, home, headers and class.
        no_panic("auc_challenge", || unsafe { auc_challenge(&mut self.0, home.0, ch, class(crcl)) })
    }

    fn credentials(&mut self, user: &str, pass: &str) -> i32 {
        let (u, p) = (CString::new(user).unwrap(), CString::new(pass).unwrap());
        // SAFETY: valid list and strings.
        unsafe { auc_all_credentials(&mut self.0, ptr::null(), ptr::null(), u.as_ptr(), p.as_ptr()) }
    }

    /// The credential headers for a request, as (printed value, parameters).
    fn authorize(&mut self, home: &Home, method: &str, uri: &str) -> Vec<(String, Vec<String>)> {
        let m = CString::new(method).unwrap();
        let u = CString::new(uri).unwrap();
        let mut h: *mut MsgHeader = ptr::null_mut();
        // SAFETY: valid list, home, strings (a URL may be given as a string).
        let r = no_panic("auc_authorization_headers", || unsafe {
            auc_authorization_headers(&mut self.0, home.0, m.as_ptr(), u.as_ptr() as *const url_t, ptr::null(), &mut h)
        });
        assert_eq!(r, 1);
        let mut out = Vec::new();
        let mut cur = h as *mut c_void;
        while !cur.is_null() {
            // SAFETY: headers made by the call above.
            unsafe {
                let text = hclass::print_value(cur, 0).unwrap();
                let k = hclass::kind_of_header(cur).unwrap();
                let v = cmem::read(cur, k.shape());
                let params = v.params.unwrap_or_default().iter().map(|p| String::from_utf8(p.to_vec()).unwrap()).collect();
                out.push((String::from_utf8(text).unwrap(), params));
                cur = cmem::next(cur);
            }
        }
        out
    }
}

fn param(params: &[String], name: &str) -> Option<String> {
    let ps: Vec<&[u8]> = params.iter().map(|p| p.as_bytes()).collect();
    digest::param(&ps, name.as_bytes()).map(|v| String::from_utf8(v).unwrap())
}

/// Recomputes the response of credentials `params` for `pass`, `method`.
fn check(params: &[String], pass: &str, method: &str) {
    let algorithm = match param(params, "algorithm").unwrap().as_str() {
        "MD5" => Algorithm::Md5,
        "MD5-sess" => Algorithm::Md5Sess,
        "SHA-256" => Algorithm::Sha256,
        "SHA-256-sess" => Algorithm::Sha256Sess,
        a => panic!("algorithm {a}"),
    };
    let qop = param(params, "qop").map(|q| if q == "auth" { Qop::Auth } else { Qop::AuthInt });
    let (user, realm, nonce, uri) =
        (param(params, "username").unwrap(), param(params, "realm").unwrap(), param(params, "nonce").unwrap(), param(params, "uri").unwrap());
    let cnonce = param(params, "cnonce");
    let nc = param(params, "nc").unwrap_or_default();
    let want = digest::response(&digest::Input {
        algorithm,
        username: user.as_bytes(),
        realm: realm.as_bytes(),
        password: pass.as_bytes(),
        nonce: nonce.as_bytes(),
        cnonce: cnonce.as_deref().map(str::as_bytes),
        nc: nc.as_bytes(),
        qop,
        method: method.as_bytes(),
        uri: uri.as_bytes(),
        body: b"",
    });
    assert_eq!(param(params, "response").unwrap().as_bytes(), &want[..], "{params:?}");
}

const SHA: &str = "Digest realm=\"http-auth@example.org\", qop=\"auth\", algorithm=SHA-256, \
                   nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", \
                   opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
const MD5: &str = "Digest realm=\"http-auth@example.org\", qop=\"auth\", algorithm=MD5, \
                   nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", \
                   opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";

#[test]
fn sha256_challenge_rfc7616() {
    let home = Home::new();
    let mut l = List(ptr::null_mut());
    assert_eq!(l.challenge(&home, "www_authenticate", &[SHA], "authorization"), 1);
    assert_eq!(l.credentials("Mufasa", "Circle of Life"), 1);
    let hs = l.authorize(&home, "GET", "/dir/index.html");
    assert_eq!(hs.len(), 1);
    let (text, params) = &hs[0];
    let names: Vec<&str> = params.iter().map(|p| p.split('=').next().unwrap()).collect();
    assert_eq!(names, ["username", "realm", "nonce", "cnonce", "opaque", "algorithm", "uri", "response", "qop", "nc"]);
    assert!(text.starts_with("Digest username=\"Mufasa\", realm=\"http-auth@example.org\""), "{text}");
    assert_eq!(param(params, "algorithm").as_deref(), Some("SHA-256"));
    assert_eq!(param(params, "nc").as_deref(), Some("00000001"));
    assert_eq!(param(params, "response").unwrap().len(), 64);
    check(params, "Circle of Life", "GET");
}

#[test]
fn topmost_usable_challenge_wins() {
    let home = Home::new();
    // RFC 8760: SHA-256 first, MD5 for older clients; one authenticator, answering SHA-256.
    let mut l = List(ptr::null_mut());
    assert_eq!(l.challenge(&home, "www_authenticate", &[SHA, MD5], "authorization"), 1);
    assert_eq!(l.credentials("Mufasa", "Circle of Life"), 1);
    let hs = l.authorize(&home, "REGISTER", "sip:example.org");
    assert_eq!(hs.len(), 1);
    assert_eq!(param(&hs[0].1, "algorithm").as_deref(), Some("SHA-256"));
    check(&hs[0].1, "Circle of Life", "REGISTER");
    // The same pair again only repeats the challenge: the credentials were refused.
    assert_eq!(l.challenge(&home, "www_authenticate", &[SHA, MD5], "authorization"), 0);

    // An algorithm the client does not know is passed over when another one is offered
    // for the realm (alone, it is an error, as in Sofia).
    let mut l = List(ptr::null_mut());
    let aka = "Digest realm=\"r\", nonce=\"n\", algorithm=AKAv1-MD5";
    assert_eq!(l.challenge(&home, "www_authenticate", &[aka, "Digest realm=\"r\", nonce=\"n\""], "authorization"), 1);
    assert_eq!(l.credentials("u", "p"), 1);
    let hs = l.authorize(&home, "INVITE", "sip:b@r");
    assert_eq!(param(&hs[0].1, "algorithm").as_deref(), Some("MD5"));
    check(&hs[0].1, "p", "INVITE");
    let mut l = List(ptr::null_mut());
    assert_eq!(l.challenge(&home, "www_authenticate", &[aka], "authorization"), -1);
    assert!(l.0.is_null());
}

#[test]
fn nonce_count_restarts_with_each_nonce() {
    let home = Home::new();
    let mut l = List(ptr::null_mut());
    let ch = |n: &str| format!("Digest realm=\"r\", nonce=\"{n}\", qop=auth");
    assert_eq!(l.challenge(&home, "proxy_authenticate", &[&ch("n1")], "proxy_authorization"), 1);
    assert_eq!(l.credentials("u", "p"), 1);
    let a = l.authorize(&home, "INVITE", "sip:b@r");
    let b = l.authorize(&home, "INVITE", "sip:b@r");
    assert_eq!(param(&a[0].1, "nc").as_deref(), Some("00000001"));
    assert_eq!(param(&b[0].1, "nc").as_deref(), Some("00000002"));
    assert_eq!(param(&a[0].1, "cnonce"), param(&b[0].1, "cnonce"));
    assert!(a[0].0.starts_with("Digest username=\"u\""));
    check(&b[0].1, "p", "INVITE");
    // A new nonce (not stale): nothing new to send, but the next request counts from 1.
    assert_eq!(l.challenge(&home, "proxy_authenticate", &[&ch("n2")], "proxy_authorization"), 0);
    let c = l.authorize(&home, "INVITE", "sip:b@r");
    assert_eq!(param(&c[0].1, "nonce").as_deref(), Some("n2"));
    assert_eq!(param(&c[0].1, "nc").as_deref(), Some("00000001"));
    assert_ne!(param(&c[0].1, "cnonce"), param(&a[0].1, "cnonce"));
    check(&c[0].1, "p", "INVITE");
    // nextnonce from Proxy-Authentication-Info, likewise.
    let ai = CString::new("nextnonce=\"n3\"").unwrap();
    // SAFETY: valid home, class, string and list.
    unsafe {
        let info = msg_header_make(home.0, class("proxy_authentication_info"), ai.as_ptr());
        assert_eq!(auc_info(&mut l.0, info.cast(), class("authorization")), 0);
        assert_eq!(auc_info(&mut l.0, info.cast(), class("proxy_authorization")), 1);
    }
    let d = l.authorize(&home, "INVITE", "sip:b@r");
    assert_eq!(param(&d[0].1, "nonce").as_deref(), Some("n3"));
    assert_eq!(param(&d[0].1, "nc").as_deref(), Some("00000001"));
    check(&d[0].1, "p", "INVITE");
}

#[test]
fn odd_user_names_are_quoted() {
    let home = Home::new();
    let mut l = List(ptr::null_mut());
    assert_eq!(l.challenge(&home, "www_authenticate", &["Digest realm=\"r\", nonce=\"n\""], "authorization"), 1);
    assert_eq!(l.credentials("a\"b\\c", "p"), 1);
    let hs = l.authorize(&home, "OPTIONS", "sip:r");
    assert!(hs[0].0.contains("username=\"a\\\"b\\\\c\""), "{}", hs[0].0);
    assert_eq!(param(&hs[0].1, "username").as_deref(), Some("a\"b\\c"));
    check(&hs[0].1, "p", "OPTIONS");
}

#[test]
fn bad_arguments() {
    let home = Home::new();
    let mut l = List(ptr::null_mut());
    let data = CString::new("Digest:\"r\":u:p").unwrap();
    // SAFETY: NULL lists and headers are what is tested; the rest is valid.
    unsafe {
        assert_eq!(auc_challenge(ptr::null_mut(), home.0, ptr::null(), class("authorization")), -1);
        assert_eq!(auc_credentials(ptr::null_mut(), home.0, data.as_ptr()), -1);
        assert_eq!(auc_all_credentials(ptr::null_mut(), ptr::null(), ptr::null(), data.as_ptr(), data.as_ptr()), -1);
        assert_eq!(auc_clear_credentials(ptr::null_mut(), ptr::null(), ptr::null()), -1);
        assert_eq!(auc_info(ptr::null_mut(), ptr::null(), class("authorization")), -1);
        assert_eq!(auc_info(&mut l.0, ptr::null(), class("authorization")), 0);
    }
    assert_eq!(l.challenge(&home, "www_authenticate", &["Digest realm=\"r\", nonce=\"n\""], "authorization"), 1);
    let m = CString::new("INVITE").unwrap();
    let u = CString::new("sip:r").unwrap();
    let mut h: *mut MsgHeader = ptr::null_mut();
    // SAFETY: as above.
    unsafe {
        assert_eq!(auc_info(&mut l.0, ptr::null(), class("authorization")), -1);
        assert_eq!(auc_credentials(&mut l.0, home.0, data.as_ptr()), 1);
        // Digest needs the method and the URI.
        let u = u.as_ptr() as *const url_t;
        assert_eq!(auc_authorization_headers(&mut l.0, home.0, ptr::null(), u, ptr::null(), &mut h), -1);
        assert_eq!(auc_authorization_headers(&mut l.0, home.0, m.as_ptr(), ptr::null(), ptr::null(), &mut h), -1);
        assert_eq!(auc_authorization_headers(&mut l.0, home.0, m.as_ptr(), u, ptr::null(), ptr::null_mut()), -1);
        assert!(h.is_null());
    }
}
