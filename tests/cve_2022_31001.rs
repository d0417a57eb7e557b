//! CVE-2022-31001 (GHSA-79jq-hh82-cv9g), Sofia-SIP < 1.13.8: out-of-bounds read in
//! `sip_method_d()`. Its `MATCH(s, m)` compared a known method name and then looked at the
//! byte after it (`IS_NON_WS(s[n])`) without checking that the byte was still inside the
//! input: a method name ending exactly at the end of a length-delimited buffer (request
//! line, CSeq, RAck) was read past.
//!
//! Here the same shapes go through the C entry points that decode methods: `msg_make()`
//! (request line and CSeq of a whole message), the per-header decoders `sip_cseq_d()` /
//! `sip_rack_d()` with an explicit length, `msg_header_make()` and `sip_method_code()`.
//! Every buffer is allocated at its exact length, and a method name continuing past `slen`
//! must not be seen.

mod common;

use std::ffi::{c_char, c_void, CStr, CString};
use std::ptr;

use common::{exact, no_panic, Home};
use sofia_sip_ua::msg::api::{msg_as_string, msg_destroy, msg_has_error, msg_make, sip_default_mclass};
use sofia_sip_ua::msg::hclass::{self, MsgHclass};
use sofia_sip_ua::sip::api::{msg_header_field_e, msg_header_make};
use sofia_sip_ua::sip::method::sip_method_code;

const METHODS: &[&str] =
    &["ACK", "BYE", "CANCEL", "INFO", "INVITE", "MESSAGE", "NOTIFY", "OPTIONS", "PRACK", "PUBLISH", "REFER", "REGISTER", "SUBSCRIBE", "UPDATE"];

extern "C" {
    fn sip_cseq_d(home: *mut c_void, h: *mut c_void, s: *mut c_char, slen: i32) -> i32;
    fn sip_rack_d(home: *mut c_void, h: *mut c_void, s: *mut c_char, slen: i32) -> i32;
}

fn class(sym: &str) -> *const MsgHclass {
    hclass::kind(sym).class as *const MsgHclass
}

/// The printed value of a header.
unsafe fn value(h: *const sofia_sip_ua::msg::hclass::MsgHeader) -> String {
    let mut b = [0u8; 256];
    let n = unsafe { msg_header_field_e(b.as_mut_ptr() as *mut c_char, b.len() as i32, h, 0) };
    assert!(n >= 0 && (n as usize) < b.len());
    String::from_utf8_lossy(&b[..n as usize]).into_owned()
}

#[test]
fn cve_2022_31001_method_at_end_of_message() {
    for m in METHODS {
        // Whole messages ending right after a method name (no CRLF, no NUL after the buffer).
        let head = format!("{m} sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:c@d>;tag=1\r\nTo: <sip:a@b>\r\nCall-ID: x\r\n");
        let inputs = [
            format!("{head}CSeq: 1 {m}"),
            format!("{head}CSeq: 1 {m}\r\n\r\n"),
            format!("{head}CSeq: 1 {}", &m[..m.len() - 1]),
            m.to_string(),
            format!("{m} "),
            format!("{m} sip:a@b SIP/2.0"),
            m[..1].to_string(),
        ];
        for input in &inputs {
            let buf = exact(input.as_bytes());
            no_panic(input, || unsafe {
                let msg = msg_make(sip_default_mclass(), 0, buf.as_ptr() as *const c_void, buf.len() as isize);
                assert!(!msg.is_null());
                let home = Home::new();
                let mut len = 0;
                let s = msg_as_string(home.0, msg, ptr::null_mut(), 0, &mut len);
                if msg_has_error(msg) == 0 && !s.is_null() {
                    let text = CStr::from_ptr(s).to_str().unwrap();
                    assert!(text.starts_with(m), "{text}");
                }
                msg_destroy(msg);
            });
        }
    }
}

#[test]
fn cve_2022_31001_cseq_and_rack_decoders_stay_within_slen() {
    let home = Home::new();
    for m in METHODS {
        for (sym, prefix) in [("cseq", "1 "), ("rack", "1 2 ")] {
            // The method continues past slen ("INVITEX"): only slen bytes may be read.
            let text = format!("{prefix}{m}X");
            let mut buf = exact(text.as_bytes());
            let slen = (text.len() - 1) as i32;
            no_panic(&text, || unsafe {
                let seed = CString::new(format!("{prefix}ACK")).unwrap();
                let h = msg_header_make(home.0, class(sym), seed.as_ptr());
                assert!(!h.is_null());
                let d = if sym == "cseq" { sip_cseq_d } else { sip_rack_d };
                let r = d(home.0 as *mut c_void, h as *mut c_void, buf.as_mut_ptr() as *mut c_char, slen);
                assert_eq!(r, 0, "{sym} {text:?} slen {slen}");
                assert_eq!(value(h), format!("{prefix}{m}"));
            });
            // A method cut short at slen, and an empty method.
            for cut in [prefix.len() + 1, prefix.len()] {
                no_panic(&text, || unsafe {
                    let seed = CString::new(format!("{prefix}ACK")).unwrap();
                    let h = msg_header_make(home.0, class(sym), seed.as_ptr());
                    let d = if sym == "cseq" { sip_cseq_d } else { sip_rack_d };
                    let r = d(home.0 as *mut c_void, h as *mut c_void, buf.as_mut_ptr() as *mut c_char, cut as i32);
                    if r == 0 {
                        let v = value(h);
                        assert_eq!(v.as_bytes(), &text.as_bytes()[..cut], "{sym} cut at {cut}");
                    }
                });
            }
        }
    }
}

#[test]
fn cve_2022_31001_method_names() {
    let home = Home::new();
    for m in METHODS {
        for end in 0..=m.len() {
            let name = &m[..end];
            let c = CString::new(name).unwrap();
            no_panic(name, || unsafe {
                let code = sip_method_code(c.as_ptr());
                if end == m.len() {
                    assert!(code > 0, "{name} -> {code}");
                } else {
                    assert!(code <= 0, "{name} -> {code}");
                }
                let cseq = CString::new(format!("7 {name}")).unwrap();
                let h = msg_header_make(home.0, class("cseq"), cseq.as_ptr());
                if end == 0 {
                    assert!(h.is_null());
                } else {
                    assert!(!h.is_null());
                    assert_eq!(value(h), format!("7 {name}"));
                }
            });
        }
    }
}
