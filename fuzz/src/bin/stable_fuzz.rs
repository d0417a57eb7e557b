//! Stable-toolchain fuzz driver: runs a target of `sofia_sip_ua_fuzz` over its seed corpus
//! and over mutations of it (a simple built-in mutator: byte edits, dictionary tokens,
//! splices, truncation), for a time budget. No coverage feedback (that needs libFuzzer's
//! instrumentation, see docs/fuzzing.md); a panic anywhere, also inside a C entry point's
//! guard, aborts the run after the failing input is written to `fuzz/artifacts/<target>/`.
//!
//!   stable-fuzz <target> [seconds] [rng-seed]     fuzz (default 60 s)
//!   stable-fuzz <target> --run <file|dir>...       run inputs once (regressions)

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

static CURRENT: Mutex<(String, Vec<u8>)> = Mutex::new((String::new(), Vec::new()));

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

const DICT: &[&[u8]] = &[
    b"\r\n", b"\n", b"\r", b" ", b"\t", b"\r\n ", b"\r\n\r\n", b":", b";", b",", b"=", b"\"", b"\\", b"<", b">", b"@",
    b"%", b"%2", b"%00", b"%zz", b"[", b"]", b"[::1]", b"?", b"&", b"#", b"/", b"*", b"\0", b"\xff", b"\x7f",
    b"sip:", b"sips:", b"tel:", b"SIP/2.0", b"SIP/2.0/UDP ", b"INVITE", b"ACK", b"REGISTER", b"Via: ", b"v: ",
    b"From: ", b"To: ", b"Contact: ", b"m: ", b"CSeq: ", b"Call-ID: ", b"Content-Length: ", b"l: ", b"Content-Type: ",
    b"Authorization: Digest ", b"Route: ", b";tag=", b";branch=z9hG4bK", b";lr", b";transport=tcp", b";q=0.5",
    b"4294967295", b"4294967296", b"18446744073709551616", b"-1", b"0", b"65535", b"99999",
    b"v=0", b"o=", b"s=", b"c=IN IP4 ", b"c=IN IP6 ", b"t=0 0", b"m=audio ", b"RTP/AVP", b"a=rtpmap:", b"a=fmtp:",
    b"a=", b"b=AS:", b"r=", b"z=", b"k=", b"/127/3", b"1d", b"-1h",
];

fn mutate(r: &mut Rng, corpus: &[Vec<u8>], input: &[u8]) -> Vec<u8> {
    let mut b = input.to_vec();
    for _ in 0..1 + r.below(8) {
        let pos = r.below(b.len() + 1);
        match r.below(9) {
            0 if !b.is_empty() => {
                let end = (pos + 1 + r.below(16)).min(b.len());
                b.drain(pos.min(end)..end);
            }
            1 | 2 => {
                let t = DICT[r.below(DICT.len())];
                b.splice(pos..pos, t.iter().copied());
            }
            3 if pos < b.len() => b[pos] = (r.next() & 0xff) as u8,
            4 if pos < b.len() => b[pos] ^= 1 << r.below(8),
            5 => b.truncate(pos),
            6 => {
                // Copy a chunk of this input elsewhere.
                let from = r.below(b.len() + 1);
                let len = r.below(64).min(b.len() - from);
                let chunk = b[from..from + len].to_vec();
                b.splice(pos..pos, chunk);
            }
            7 if !corpus.is_empty() => {
                // Splice a chunk of another input.
                let o = &corpus[r.below(corpus.len())];
                let from = r.below(o.len() + 1);
                let len = r.below(128).min(o.len() - from);
                b.splice(pos..pos, o[from..from + len].iter().copied());
            }
            _ if pos < b.len() => {
                // Repeat one byte (long tokens, deep nesting).
                let n = r.below(300);
                let c = b[pos];
                b.splice(pos..pos, std::iter::repeat(c).take(n));
            }
            _ => {}
        }
    }
    b.truncate(70_000);
    b
}

fn read_inputs(paths: &[PathBuf]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut names: Vec<_> = std::fs::read_dir(p).unwrap().map(|e| e.unwrap().path()).collect();
            names.sort();
            for n in names.into_iter().filter(|n| n.is_file()) {
                out.push((n.display().to_string(), std::fs::read(&n).unwrap()));
            }
        } else {
            out.push((p.display().to_string(), std::fs::read(p).unwrap()));
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(name) = args.get(1) else {
        eprintln!("usage: stable-fuzz <target> [seconds] [seed] | stable-fuzz <target> --run <paths>...");
        std::process::exit(2);
    };
    let Some(&(_, target)) = sofia_sip_ua_fuzz::TARGETS.iter().find(|(n, _)| n == name) else {
        eprintln!("unknown target {name}; targets: {:?}", sofia_sip_ua_fuzz::TARGETS.iter().map(|t| t.0).collect::<Vec<_>>());
        std::process::exit(2);
    };
    let fuzz_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let artifacts = fuzz_dir.join("artifacts").join(name);
    // Any panic, even one caught by a C entry point's guard, is a finding: save the input
    // and abort.
    let default_hook = std::panic::take_hook();
    let art = artifacts.clone();
    std::panic::set_hook(Box::new(move |info| {
        default_hook(info);
        if let Ok(cur) = CURRENT.try_lock() {
            let _ = std::fs::create_dir_all(&art);
            let h = cur.1.iter().fold(0xcbf29ce484222325u64, |a, &b| (a ^ u64::from(b)).wrapping_mul(0x100000001b3));
            let f = art.join(format!("crash-{h:016x}"));
            let _ = std::fs::write(&f, &cur.1);
            eprintln!("input ({}) saved as {}", cur.0, f.display());
        }
        std::process::abort();
    }));

    if args.get(2).map(String::as_str) == Some("--run") {
        let inputs = read_inputs(&args[3..].iter().map(PathBuf::from).collect::<Vec<_>>());
        for (n, b) in &inputs {
            *CURRENT.lock().unwrap() = (n.clone(), b.clone());
            target(b);
        }
        println!("{name}: ran {} inputs, no crash", inputs.len());
        return;
    }

    let secs: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(60);
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(0x9E3779B97F4A7C15);
    let corpus: Vec<Vec<u8>> = read_inputs(&[fuzz_dir.join("corpus").join(name)]).into_iter().map(|x| x.1).collect();
    assert!(!corpus.is_empty(), "empty corpus for {name}");
    let mut r = Rng(seed | 1);
    let start = Instant::now();
    let mut execs = 0u64;
    for c in &corpus {
        *CURRENT.lock().unwrap() = ("seed".into(), c.clone());
        target(c);
        execs += 1;
    }
    let mut last = Instant::now();
    while start.elapsed() < Duration::from_secs(secs) {
        let base = &corpus[r.below(corpus.len())];
        let mut input = mutate(&mut r, &corpus, base);
        // Stack mutations a few times from the same base.
        for _ in 0..4 {
            *CURRENT.lock().unwrap() = ("mutant".into(), input.clone());
            target(&input);
            execs += 1;
            input = mutate(&mut r, &corpus, &input);
        }
        if last.elapsed() > Duration::from_secs(10) {
            last = Instant::now();
            eprintln!("#{execs} {:.0}s {:.0} exec/s", start.elapsed().as_secs_f64(), execs as f64 / start.elapsed().as_secs_f64());
        }
    }
    println!("{name}: {execs} executions in {:.0}s ({:.0}/s), corpus {} seeds, no crash", start.elapsed().as_secs_f64(), execs as f64 / start.elapsed().as_secs_f64(), corpus.len());
}
