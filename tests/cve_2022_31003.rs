//! CVE-2022-31003 (GHSA-8w5j-6g2j-pxcp), Sofia-SIP < 1.13.8: heap out-of-bounds write in
//! `sdp_parse()` (`parse_descs()` / `parse_message()`): each line was taken as
//! `<type>=<value>` with `rest = record + 2`, so a line of a single character (at the end
//! of the message, or before its line end) pointed `rest` past the terminating NUL, and the
//! parser then wrote there.
//!
//! Here short lines of every SDP type, at the end of a description and in its middle, go
//! through `sdp_parse()` on buffers of exactly the given size (no NUL after them) and as C
//! strings (`msgsize` -1), with several parser flags; each gives a session or an error,
//! and a session prints and parses again.

mod common;

use std::ffi::{c_char, CStr, CString};
use std::ptr;

use common::{exact, no_panic, Home};
use sofia_sip_ua::sdp::api::*;
use sofia_sip_ua::sdp::{sdp_f_anynet, sdp_f_config, sdp_f_insane, sdp_f_strict};

const HEAD: &str = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n";

fn inputs() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = vec![b"".to_vec(), b"v".to_vec(), b"=".to_vec(), b"\n".to_vec(), b"\r".to_vec(), b"v=".to_vec(), b"v=0\r\n\r\n".to_vec()];
    for t in "vosiuepcbtrzkamxy=\0 ".bytes() {
        for end in [&b""[..], b"\n", b"\r\n", b"\r", b"="] {
            // A short line as the whole message, at the end, and before more lines.
            let mut line = vec![t];
            line.extend_from_slice(end);
            v.push(line.clone());
            let mut m = b"v=0\r\n".to_vec();
            m.extend_from_slice(&line);
            v.push(m);
            let mut m = HEAD.as_bytes().to_vec();
            m.extend_from_slice(&line);
            v.push(m.clone());
            m.extend_from_slice(b"\r\nm=audio 5004 RTP/AVP 0\r\n");
            m.extend_from_slice(&line);
            v.push(m.clone());
            m.extend_from_slice(b"\r\na=rtpmap:0 PCMU/8000\r\n");
            v.push(m);
        }
    }
    v
}

fn flag_sets() -> [i32; 4] {
    [0, sdp_f_strict, sdp_f_anynet | sdp_f_insane, sdp_f_config]
}

unsafe fn check(home: &Home, p: *mut sdp_parser_t, input: &[u8], flags: i32) {
    unsafe {
        let s = sdp_session(p);
        if s.is_null() {
            assert!(!sdp_parsing_error(p).is_null(), "no session and no error for {:?}", String::from_utf8_lossy(input));
            return;
        }
        let pr = sdp_print(home.0, s, ptr::null_mut(), 0, 0);
        let m = sdp_message(pr);
        assert!(!m.is_null(), "{:?}", String::from_utf8_lossy(input));
        let text = CStr::from_ptr(m).to_bytes().to_vec();
        let p2 = sdp_parse(home.0, m, text.len() as _, flags);
        assert!(!sdp_session(p2).is_null(), "printed {:?} does not parse", String::from_utf8_lossy(&text));
        sdp_parser_free(p2);
        sdp_printer_free(pr);
    }
}

#[test]
fn cve_2022_31003_short_lines_exact_buffers() {
    let home = Home::new();
    for input in inputs() {
        let buf = exact(&input);
        for flags in flag_sets() {
            no_panic(&String::from_utf8_lossy(&input), || unsafe {
                let p = sdp_parse(home.0, buf.as_ptr() as *const c_char, buf.len() as _, flags);
                assert!(!p.is_null());
                check(&home, p, &input, flags);
                sdp_parser_free(p);
            });
        }
    }
}

#[test]
fn cve_2022_31003_short_lines_c_strings() {
    let home = Home::new();
    for input in inputs() {
        let c = CString::new(input.iter().copied().filter(|&b| b != 0).collect::<Vec<u8>>()).unwrap();
        for flags in flag_sets() {
            no_panic(&String::from_utf8_lossy(&input), || unsafe {
                let p = sdp_parse(home.0, c.as_ptr(), -1, flags);
                check(&home, p, c.as_bytes(), flags);
                sdp_parser_free(p);
            });
        }
    }
    // The advisory's shape once more, spelled out: a one-character last line.
    no_panic("v=0 + a", || unsafe {
        let buf = exact(b"v=0\r\na");
        let p = sdp_parse(home.0, buf.as_ptr() as *const c_char, buf.len() as _, 0);
        assert!(sdp_session(p).is_null());
        assert!(!sdp_parsing_error(p).is_null());
        sdp_parser_free(p);
    });
}
