//! SDP parser robustness and printer idempotence over testdata/sdp and many mutated
//! bodies (deterministic PRNG): parsing never panics, and when a body parses, its printed
//! form parses again and prints identically.

use sofia_sip_ua::sdp::{self, parse, print};

fn corpus() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/sdp");
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    names.into_iter().filter(|p| p.extension().is_some_and(|e| e == "sdp")).map(|p| std::fs::read(p).unwrap()).collect()
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&[u8]] = &[
    b"\r\n", b"\n", b"\r", b" ", b"\t", b"/", b":", b"=", b"0", b"9", b"-", b"*", b"m=", b"a=", b"c=", b"t=",
    b"r=", b"z=", b"k=", b"b=", b"IN IP4 ", b"IN IP6 ", b"RTP/AVP", b"/127/3", b"rtpmap:", b"fmtp:", b"\0",
    b"18446744073709551616", b"4294967296", b"\xff", b"1d", b"-1h",
];

fn mutate(r: &mut Rng, body: &[u8]) -> Vec<u8> {
    let mut b = body.to_vec();
    for _ in 0..1 + r.below(6) {
        let pos = r.below(b.len() + 1);
        match r.below(5) {
            0 if !b.is_empty() => {
                let end = (pos + r.below(8)).min(b.len());
                b.drain(pos.min(end)..end);
            }
            1 => {
                let p = PIECES[r.below(PIECES.len())];
                b.splice(pos..pos, p.iter().copied());
            }
            2 if pos < b.len() => b[pos] = (r.next() & 0xff) as u8,
            3 => b.truncate(pos),
            _ => {
                let from = r.below(b.len() + 1);
                let len = r.below(40).min(b.len() - from);
                let chunk = b[from..from + len].to_vec();
                b.splice(pos..pos, chunk);
            }
        }
    }
    b
}

fn check(body: &[u8], flags: i32) -> bool {
    let Ok(s) = parse::parse(body, flags) else { return false };
    // Conflicting session-level direction attributes: Sofia's parser takes the last for
    // the media default, its printer the first; the printed form then changes (kept as
    // Sofia does).
    let dirs = s.attributes.iter().filter(|a| a.name.is_some_and(|n| parse::mode_of(n).is_some())).count();
    if dirs > 1 {
        return true;
    }
    let out = print::print(&s, 0);
    if out.error.is_some() {
        return true;
    }
    let text = out.text();
    let s2 = parse::parse(&text, flags).unwrap_or_else(|e| {
        panic!("printed form does not reparse: {:?}\n--- body\n{}\n--- printed\n{}", e, String::from_utf8_lossy(body), String::from_utf8_lossy(&text))
    });
    let text2 = print::print(&s2, 0).text();
    assert_eq!(String::from_utf8_lossy(&text), String::from_utf8_lossy(&text2), "print is not stable for\n{}", String::from_utf8_lossy(body));
    true
}

#[test]
fn corpus_round_trips() {
    let mut parsed = 0;
    for body in corpus() {
        for flags in [0, sdp::sdp_f_strict, sdp::sdp_f_insane | sdp::sdp_f_c_missing, sdp::sdp_f_mode_manual] {
            parsed += check(&body, flags) as usize;
        }
    }
    assert!(parsed > 40, "only {parsed} parses");
}

#[test]
fn mutated_bodies_never_panic_and_print_stably() {
    let bodies = corpus();
    let mut r = Rng(0x5d9_1e57_a11c_e5ed);
    let mut ok = 0;
    for i in 0..60_000 {
        let base = &bodies[i % bodies.len()];
        let b = mutate(&mut r, base);
        let flags = [0, sdp::sdp_f_insane | sdp::sdp_f_c_missing, sdp::sdp_f_strict, sdp::sdp_f_config][i % 4];
        ok += check(&b, flags) as usize;
    }
    assert!(ok > 1000, "too few mutated bodies parsed: {ok}");
}

#[test]
fn random_bytes_never_panic() {
    let mut r = Rng(42);
    for _ in 0..20_000 {
        let n = r.below(200);
        let mut b: Vec<u8> = (0..n).map(|_| PIECES[r.below(PIECES.len())][0]).collect();
        if r.below(2) == 0 {
            b.splice(0..0, b"v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\n".iter().copied());
        }
        let _ = check(&b, (r.next() & 0x7ff) as i32 & !sdp::sdp_f_anynet);
    }
}

#[test]
fn deviations_body() {
    let body = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/sdp/deviations.sdp")).unwrap();
    let s = parse::parse(&body, 0).unwrap();
    // Unknown bandwidth modifiers keep their names; TIAS is its own value in the fork.
    let names: Vec<_> = s.bandwidths.iter().map(|b| (b.modifier, b.name.map(|n| String::from_utf8_lossy(n).into_owned()))).collect();
    if sdp::FORK {
        assert_eq!(names, vec![(sdp::sdp_bw_tias, Some("TIAS".into())), (sdp::sdp_bw_x, Some("BW-X".into()))]);
    } else {
        assert_eq!(names, vec![(sdp::sdp_bw_x, Some("TIAS".into())), (sdp::sdp_bw_x, Some("X-YZ".into()))]);
    }
    assert_eq!(s.media[0].information, Some(&b"media info"[..]));
    let text = String::from_utf8(print::print(&s, 0).text()).unwrap();
    assert!(text.contains("t=0 0\r\nt=1 2\r\n"), "{text}");
    assert!(text.contains("m=audio 1 RTP/AVP 0\r\ni=media info\r\n"), "{text}");
}

#[test]
fn parse_semantics() {
    let body = b"v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 224.2.1.1/127/3\r\nt=0 0\r\na=sendonly\r\nm=audio 9 RTP/AVP 0 8 96\r\na=rtpmap:96 opus/48000/2\r\na=fmtp:96 x=1\r\na=recvonly\r\na=foo bar\r\nm=video 0 RTP/AVP 31\r\n";
    let s = parse::parse(body, 0).unwrap();
    let c = &s.connection[0];
    assert_eq!((c.ttl, c.mcast, c.groups, c.address), (127, true, 3, Some(&b"224.2.1.1"[..])));
    let m = &s.media[0];
    assert_eq!(m.mode, sdp::sdp_recvonly);
    assert_eq!(m.rtpmaps.len(), 3);
    assert_eq!((m.rtpmaps[0].encoding, m.rtpmaps[0].predef), (Some(&b"PCMU"[..]), true));
    assert_eq!((m.rtpmaps[2].encoding, m.rtpmaps[2].params, m.rtpmaps[2].fmtp), (Some(&b"opus"[..]), Some(&b"2"[..]), Some(&b"x=1"[..])));
    assert_eq!(m.attributes.len(), 1);
    assert_eq!((m.attributes[0].name, m.attributes[0].value), (Some(&b"foo"[..]), Some(&b"bar"[..])));
    assert!(s.media[1].rejected);
    assert_eq!(s.media[1].mode, sdp::sdp_inactive);
    let text = String::from_utf8(print::print(&s, 0).text()).unwrap();
    assert_eq!(
        text,
        "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 224.2.1.1/127/3\r\nt=0 0\r\na=sendonly\r\nm=audio 9 RTP/AVP 0 8 96\r\na=rtpmap:96 opus/48000/2\r\na=fmtp:96 x=1\r\na=recvonly\r\na=foo:bar\r\nm=video 0 RTP/AVP 31\r\n"
    );
    assert_eq!(parse::parse(b"v=0\r\n", 0).unwrap_err().0, b"No o= present");
    assert_eq!(parse::parse(b"x", 0).unwrap_err().0, b"bad SDP message");
}
