//! sres: the DNS decoder (compression, truncation, malformed input never panics), the
//! cache and the order of records, and one blocking query over loopback UDP.

use std::ffi::CString;
use std::net::UdpSocket;
use std::sync::Arc;

use sofia_sip_ua::sres::core::{compare, sort, Cache};
use sofia_sip_ua::sres::wire::{decode, encode_query, RData, Record, WireError};

/// A response to `query` with the given answer section (raw records).
fn response(query: &[u8], rcode: u16, ancount: u16, answers: &[u8]) -> Vec<u8> {
    let mut m = query[..2].to_vec();
    m.extend_from_slice(&(0x8180u16 | rcode).to_be_bytes());
    m.extend_from_slice(&[0, 1]);
    m.extend_from_slice(&ancount.to_be_bytes());
    m.extend_from_slice(&[0, 0, 0, 0]);
    m.extend_from_slice(&query[12..]);
    m.extend_from_slice(answers);
    m
}

fn rr(owner: &[u8], rtype: u16, ttl: u32, rdata: &[u8]) -> Vec<u8> {
    let mut v = owner.to_vec();
    v.extend_from_slice(&rtype.to_be_bytes());
    v.extend_from_slice(&1u16.to_be_bytes());
    v.extend_from_slice(&ttl.to_be_bytes());
    v.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
    v.extend_from_slice(rdata);
    v
}

fn srv_response() -> Vec<u8> {
    let q = encode_query(7, 33, b"_sip._udp.example.com").unwrap();
    let mut ans = rr(b"\xc0\x0c", 33, 60, b"\x00\x0a\x00\x05\x13\xc4\x03sip\xc0\x16");
    ans.extend(rr(b"\xc0\x0c", 35, 60, b"\x00\x01\x00\x02\x01s\x07SIP+D2U\x00\x04_sip\xc0\x16"));
    ans.extend(rr(b"\x03sip\xc0\x16", 1, 30, &[192, 0, 2, 1]));
    response(&q, 0, 3, &ans)
}

#[test]
fn compression_pointers() {
    let r = decode(&srv_response()).unwrap();
    assert_eq!(r.id, 7);
    assert_eq!(r.ancount, 3);
    assert_eq!(r.records[0].name, b"_sip._udp.example.com.");
    assert_eq!(
        r.records[0].data,
        RData::Srv { priority: 10, weight: 5, port: 5060, target: b"sip.example.com.".to_vec() }
    );
    match &r.records[1].data {
        RData::Naptr { flags, services, regexp, replace, .. } => {
            assert_eq!((flags.as_slice(), services.as_slice(), regexp.as_slice()), (&b"s"[..], &b"SIP+D2U"[..], &b""[..]));
            assert_eq!(replace, b"_sip.example.com.");
        }
        d => panic!("{d:?}"),
    }
    assert_eq!(r.records[2].name, b"sip.example.com.");
    assert_eq!(r.records[2].data, RData::A([192, 0, 2, 1]));
}

#[test]
fn pointer_loops_and_bad_pointers_are_errors() {
    let q = encode_query(7, 1, b"a.test").unwrap();
    // owner name pointing at itself
    let at = q.len() as u16 | 0xc000;
    let m = response(&q, 0, 1, &rr(&at.to_be_bytes(), 1, 1, &[1, 2, 3, 4]));
    assert_eq!(decode(&m), Err(WireError::BadPointer));
    // pointer beyond the message
    let m = response(&q, 0, 1, &rr(b"\xff\xff", 1, 1, &[1, 2, 3, 4]));
    assert!(decode(&m).is_err());
    // a label type 0x40/0x80
    let m = response(&q, 0, 1, &rr(b"\x41", 1, 1, &[1, 2, 3, 4]));
    assert!(decode(&m).is_err());
    // rdlength larger than the data; A with 3 bytes; AAAA with 4
    let mut m = response(&q, 0, 1, &rr(b"\xc0\x0c", 1, 1, &[1, 2, 3, 4]));
    let n = m.len();
    m[n - 5] = 9;
    assert_eq!(decode(&m), Err(WireError::Truncated));
    assert!(decode(&response(&q, 0, 1, &rr(b"\xc0\x0c", 1, 1, &[1, 2, 3]))).is_err());
    assert!(decode(&response(&q, 0, 1, &rr(b"\xc0\x0c", 28, 1, &[1, 2, 3, 4]))).is_err());
}

#[test]
fn every_truncation_and_random_bytes_never_panic() {
    let m = srv_response();
    for n in 0..m.len() {
        assert!(decode(&m[..n]).is_err(), "prefix of {n} bytes decoded");
    }
    let mut seed = 0x2545f491u32;
    for _ in 0..20000 {
        let mut v = m.clone();
        for _ in 0..4 {
            seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
            let i = (seed >> 8) as usize % v.len();
            v[i] = (seed >> 24) as u8;
        }
        let _ = decode(&v);
        let n = (seed as usize >> 3) % 300;
        let junk: Vec<u8> = (0..n).map(|k| (seed.rotate_left(k as u32 % 32) ^ k as u32) as u8).collect();
        let _ = decode(&junk);
    }
}

fn rec(name: &str, data: RData, rtype: u16, status: u16) -> Arc<Record> {
    Arc::new(Record { name: name.into(), rtype, class: 1, ttl: 60, rdlen: 0, status, data })
}

#[test]
fn cache_ttl_replacement_and_cname() {
    let mut c = Cache::default();
    c.store(rec("A.test.", RData::A([1, 1, 1, 1]), 1, 0), 100);
    c.store(rec("a.test.", RData::A([2, 2, 2, 2]), 1, 0), 100);
    c.store(rec("a.test.", RData::A([1, 1, 1, 1]), 1, 0), 150);
    let got = c.get(1, b"a.TEST.", 160);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].data, RData::A([1, 1, 1, 1]));
    assert_eq!(c.get(1, b"a.test.", 161).len(), 1, "the older record expired at 160");
    c.store(rec("alias.test.", RData::Cname(b"a.test.".to_vec()), 5, 0), 150);
    assert_eq!(c.get(1, b"alias.test.", 150).len(), 2);
    c.store(rec("loop.test.", RData::Cname(b"loop.test.".to_vec()), 5, 0), 150);
    assert!(c.get(1, b"loop.test.", 150).is_empty());
    c.clean(1000);
    assert!(c.get(1, b"a.test.", 1000).is_empty());
}

#[test]
fn sofia_order() {
    let srv = |p, w, port, t: &str| rec("x.", RData::Srv { priority: p, weight: w, port, target: t.into() }, 33, 0);
    let mut v = vec![srv(20, 0, 1, "a."), srv(10, 1, 1, "b."), srv(10, 9, 2, "c."), rec("x.", RData::None, 33, 3), srv(10, 1, 0, "b.")];
    sort(&mut v, |r| r);
    let keys: Vec<_> = v.iter().map(|r| match &r.data { RData::Srv { priority, weight, port, .. } => (*priority, *weight, *port), _ => (0, 0, 99) }).collect();
    assert_eq!(keys, vec![(10, 9, 2), (10, 1, 0), (10, 1, 1), (20, 0, 1), (0, 0, 99)]);
    assert_eq!(compare(&v[0], &v[0]), std::cmp::Ordering::Equal);
}

#[test]
fn blocking_query_over_loopback() {
    use sofia_sip_ua::sres::api::*;
    let server = UdpSocket::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 512];
        // 1: the A query, answered; 2: the AAAA query, NXDOMAIN
        for i in 0..2 {
            let (n, peer) = server.recv_from(&mut buf).unwrap();
            let q = &buf[..n];
            let m = if i == 0 { response(q, 0, 1, &rr(b"\xc0\x0c", 1, 5, &[10, 0, 0, 1])) } else { response(q, 3, 0, &[]) };
            server.send_to(&m, peer).unwrap();
        }
    });
    let dir = std::env::temp_dir().join(format!("sres-test-{}", std::process::id()));
    std::fs::write(&dir, format!("nameserver 127.0.0.1\nport {port}\n")).unwrap();
    let path = CString::new(dir.to_str().unwrap()).unwrap();
    let res = sres_resolver_new(path.as_ptr());
    assert!(!res.is_null());
    let name = CString::new("host.test").unwrap();
    let mut answers = std::ptr::null_mut();
    assert_eq!(sres_blocking_query(res, 1, name.as_ptr(), 0, &mut answers), 1);
    assert!(!answers.is_null());
    // SAFETY: a NULL-terminated array of A records from the library.
    unsafe {
        let a = *answers as *const u8;
        assert_eq!(*(a.add(20) as *const u16), 1, "r_type");
        assert_eq!(std::slice::from_raw_parts(a.add(32), 4), &[10, 0, 0, 1]);
        assert!((*answers.add(1)).is_null());
    }
    sres_free_answers(res, answers);
    // the second time from the cache
    assert_eq!(sres_blocking_query(res, 1, name.as_ptr(), 0, &mut answers), 0);
    sres_free_answers(res, answers);
    // NXDOMAIN: one error record with status 3
    assert_eq!(sres_blocking_query(res, 28, name.as_ptr(), 0, &mut answers), 1);
    // SAFETY: as above.
    unsafe {
        let a = *answers as *const u8;
        assert_eq!(*(a.add(16) as *const u16), 3, "r_status");
        assert_eq!(*(a.add(20) as *const u16), 28, "r_type");
    }
    sres_free_answers(res, answers);
    assert_eq!(sres_blocking_query(res, 1, name.as_ptr(), 0, std::ptr::null_mut()), -1);
    assert_eq!(sres_blocking_query(std::ptr::null_mut(), 1, name.as_ptr(), 0, &mut answers), -1);
    sres_resolver_unref(res);
    t.join().unwrap();
    let _ = std::fs::remove_file(dir);
}
