//! CVE-2022-31002 (GHSA-g3x6-p824-x6hm), Sofia-SIP < 1.13.8: out-of-bounds read in
//! `url_canonize2()` / `url_canonize3()`. A `%` escape at the very end of a URL part (no two
//! hex digits after it) made the canonizer read past the terminating NUL. It was reached
//! from any URL a peer sends, e.g. `Contact: %` (drachtio-server issue #243).
//!
//! Here truncated escapes at the end of every URL part go through `url_make()`, `url_d()`,
//! `url_as_string()`, `url_e()`, `url_unescape*()`, `url_escape()`, `t_scan()` of a URL
//! tag, `msg_header_make()` of Contact/To and `msg_make()` of a whole message: each ends in
//! a clean result (NULL/-1, or a URL that prints and reparses identically).

mod common;

use std::ffi::{c_char, c_void, CStr, CString};
use std::ptr;

use common::{exact, no_panic, Home};
use sofia_sip_ua::msg::api::{msg_destroy, msg_has_error, msg_make, sip_default_mclass};
use sofia_sip_ua::msg::hclass::{self, MsgHclass};
use sofia_sip_ua::sip::api::msg_header_make;
use sofia_sip_ua::tag::class::t_scan;
use sofia_sip_ua::tag::objects::urltag_url;
use sofia_sip_ua::url::api::*;
use sofia_sip_ua::url::{syntax, url_t};

fn inputs() -> Vec<String> {
    let mut v: Vec<String> = vec!["%".into(), "%%".into(), "%4".into(), "sip:%".into(), "sip:%4".into(), "sips:%".into(), "tel:%".into(), "tel:+1%".into()];
    for esc in ["%", "%4", "%4g", "%g", "%%"] {
        for t in [
            "sip:{}", "sip:a{}", "sip:a{}@b", "sip:a:{}@b", "sip:a:p{}@b", "sip:a@b{}", "sip:a@b:{}", "sip:a@b;x={}",
            "sip:a@b;{}", "sip:a@b;x=1{}", "sip:a@b?h={}", "sip:a@b?{}", "sip:a@b#{}", "http://a/{}", "http://a/p;{}",
            "http://a/p?{}", "im:{}@b", "foo:{}", "<sip:a{}>",
        ] {
            v.push(t.replace("{}", esc));
        }
    }
    v
}

/// A URL the C API accepted prints and reparses to the same text.
unsafe fn check_url(home: &Home, u: *const url_t, input: &str) {
    unsafe {
        let s = url_as_string(home.0, u);
        assert!(!s.is_null(), "{input}");
        let text = CStr::from_ptr(s).to_bytes().to_vec();
        let n = url_e(ptr::null_mut(), 0, u);
        assert_eq!(n as usize, text.len(), "{input}");
        let mut small = [0x55u8; 4];
        url_e(small.as_mut_ptr() as *mut c_char, 3, u);
        assert_eq!(small[3], 0x55, "url_e wrote past its buffer for {input}");
        let u2 = url_make(home.0, s);
        assert!(!u2.is_null(), "{input}: printed {:?} does not parse", String::from_utf8_lossy(&text));
        assert_eq!(CStr::from_ptr(url_as_string(home.0, u2)).to_bytes(), &text[..], "{input}");
    }
}

#[test]
fn cve_2022_31002_percent_at_end_of_url() {
    let home = Home::new();
    for input in inputs() {
        let c = CString::new(input.clone()).unwrap();
        no_panic(&input, || unsafe {
            let u = url_make(home.0, c.as_ptr());
            if !u.is_null() {
                check_url(&home, u, &input);
                let d = url_hdup(home.0, u);
                assert!(!d.is_null());
                let _ = url_sanitize(d);
                let mut hash = [0u8; 16];
                url_digest(hash.as_mut_ptr() as *mut c_void, 16, u, ptr::null());
                let _ = url_cmp(u, d);
            }
            // In place, on a buffer of exactly the string and its NUL.
            let mut buf = exact(c.as_bytes_with_nul());
            let mut ud: url_t = std::mem::zeroed();
            let r = url_d(&mut ud, buf.as_mut_ptr() as *mut c_char);
            assert!(r == 0 || r == -1);
            if r == 0 {
                check_url(&home, &ud, &input);
            }
            // The Rust core directly.
            let _ = syntax::parse(input.as_bytes());
        });
    }
}

#[test]
fn cve_2022_31002_unescape_and_escape_truncated_escapes() {
    for input in inputs() {
        let c = CString::new(input.clone()).unwrap();
        no_panic(&input, || unsafe {
            let mut d = vec![0x55u8; input.len() + 1];
            let n = url_unescape_to(d.as_mut_ptr() as *mut c_char, c.as_ptr(), input.len());
            assert!(n <= input.len());
            let mut d = vec![0x55u8; input.len() + 1];
            url_unescape(d.as_mut_ptr() as *mut c_char, c.as_ptr());
            assert!(d.contains(&0), "url_unescape({input}) did not terminate within the input's size");
            let n = url_esclen(c.as_ptr(), ptr::null());
            let mut e = vec![0x55u8; n as usize + 2];
            url_escape(e.as_mut_ptr() as *mut c_char, c.as_ptr(), ptr::null());
            assert_eq!(e[n as usize], 0);
            assert_eq!(e[n as usize + 1], 0x55, "url_escape wrote past url_esclen for {input}");
            let home = Home::new();
            let _ = url_query_as_header_string(home.0, c.as_ptr());
            let mut v: isize = 0;
            let _ = t_scan(&urltag_url, home.0, c.as_ptr(), &mut v);
        });
    }
}

#[test]
fn cve_2022_31002_contact_percent_in_messages() {
    let home = Home::new();
    for sym in ["contact", "to", "from", "route", "refer_to"] {
        let class = hclass::kind(sym).class as *const MsgHclass;
        for input in inputs() {
            let c = CString::new(input.clone()).unwrap();
            no_panic(&input, || unsafe {
                let _ = msg_header_make(home.0, class, c.as_ptr());
            });
        }
    }
    // drachtio-server #243: a REGISTER with `Contact: %`, and the escape at the very end.
    for contact in ["%", "<%>", "sip:a@b;x=%", "<sip:a@b?h=%>", "sip:%"] {
        for tail in ["\r\nContent-Length: 0\r\n\r\n", ""] {
            let m = format!(
                "REGISTER sip:drachtio1a SIP/2.0\r\nVia: SIP/2.0/UDP 10.10.5.144:5060;branch=z9hG4bK355579564;rport\r\n\
From: <sip:100@drachtio1a>;tag=2013202359\r\nTo: <sip:100@drachtio1a>\r\nCall-ID: 1844442003-5060-1@BA.BA.F.BEE\r\n\
CSeq: 94363 REGISTER\r\nContact: {contact}{tail}"
            );
            let buf = exact(m.as_bytes());
            no_panic(&m, || unsafe {
                let msg = msg_make(sip_default_mclass(), 0, buf.as_ptr() as *const c_void, buf.len() as isize);
                assert!(!msg.is_null());
                let _ = msg_has_error(msg);
                msg_destroy(msg);
            });
        }
    }
}
