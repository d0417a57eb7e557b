//! Test: a header value that a `Lite` parser takes gives the same C header as the model's
//! parser (the message parser relies on it: the two paths must not differ).

use std::ffi::{c_void, CStr};

use super::cmem;
use super::model::{Derived, Hdr, Lite};
use crate::msg::frame::{self, Transport};
use crate::msg::hclass::{self, KindInfo};
use crate::su::alloc::{su_home_new, su_home_t, su_home_unref};

/// The C string a pointer field of `h` points to (None for NULL).
///
/// # Safety
/// `h` a valid header whose field at `off` is NULL or a C string.
unsafe fn field_str(h: *const c_void, off: usize) -> Option<Vec<u8>> {
    // SAFETY: contract.
    unsafe {
        let p = cmem::get_ptr(h, off);
        (!p.is_null()).then(|| CStr::from_ptr(p.cast()).to_bytes().to_vec())
    }
}

/// Whether the Lite parser of `k` took `v`; panics when it did and the header written
/// from it differs from the model's.
fn check(home: *mut su_home_t, k: &'static KindInfo, v: &[u8]) -> bool {
    let Some(parse_lite) = k.lite() else { return false };
    let mut lite = Lite::default();
    if parse_lite(v, &mut lite).is_none() {
        return false;
    }
    let what = format!("{} {:?}", k.sym, String::from_utf8_lossy(v));
    let model = k.parser().and_then(|p| p(b"X", v)).unwrap_or_else(|| panic!("lite took, model did not: {what}"));
    assert_eq!(model.len(), 1, "lite took one header, model made several: {what}");
    let shape = k.shape();
    // SAFETY: both headers are written into `home` by the writer of their kind's shape and
    // read back with the same shape.
    unsafe {
        let a = cmem::write(home, k.class_ptr(), shape, &lite);
        let b = cmem::write(home, k.class_ptr(), shape, &model[0]);
        assert!(!a.is_null() && !b.is_null());
        let (ra, rb): (Hdr, Hdr) = (cmem::read(a, shape), cmem::read(b, shape));
        assert_eq!(ra, rb, "{what}");
        for d in shape.derived {
            match *d {
                Derived::Param(off, _) | Derived::AfterSlash(off, _) => {
                    assert_eq!(field_str(a, off), field_str(b, off), "derived at {off}: {what}")
                }
                Derived::Flag(off, ..) | Derived::Bit(off, ..) => {
                    assert_eq!(*(a as *const u8).add(off), *(b as *const u8).add(off), "flag at {off}: {what}")
                }
            }
        }
    }
    true
}

/// Header lines (kind, value as the message parser passes it) of the repository's corpora.
fn corpus() -> Vec<(&'static KindInfo, Vec<u8>)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = Vec::new();
    let mut add_message = |m: &[u8]| {
        let Ok(f) = frame::frame(m, Transport::Datagram, &frame::Limits::default()) else { return };
        for hl in &f.headers {
            let Some(k) = hclass::kind_of_name(&m[hl.name.clone()]) else { continue };
            let v = &m[hl.value.clone()];
            let v = &v[..frame::find_byte(v, 0).unwrap_or(v.len())];
            out.push((k, super::parse::trim(v).to_vec()));
        }
    };
    for dir in ["testdata/sip", "testdata/rfc4475", "fuzz/corpus/sip_message"] {
        for e in std::fs::read_dir(format!("{root}/{dir}")).into_iter().flatten().flatten() {
            if let Ok(m) = std::fs::read(e.path()) {
                add_message(&m);
            }
        }
    }
    // One header per file: "Name: value".
    for e in std::fs::read_dir(format!("{root}/fuzz/corpus/sip_header")).into_iter().flatten().flatten() {
        let Ok(t) = std::fs::read(e.path()) else { continue };
        let Some(colon) = t.iter().position(|&b| b == b':') else { continue };
        let Some(k) = hclass::kind_of_name(super::parse::trim(&t[..colon])) else { continue };
        out.push((k, super::parse::trim(&t[colon + 1..]).to_vec()));
    }
    out
}

#[test]
fn lite_headers_equal_model_headers() {
    // A home for the headers written by check(), freed at the end.
    let home = su_home_new(std::mem::size_of::<su_home_t>() as _) as *mut su_home_t;
    let lines = corpus();
    assert!(lines.len() > 300, "corpus found ({} lines)", lines.len());
    let (mut taken, mut tried) = (0, 0);
    // The lines as they are, then edited at random with the bytes that matter to the
    // parsers (separators, quotes, escapes, folds).
    let alphabet = b"<>\";,=:/ \t\r\n@[]()*%20aZ\\?&#";
    let mut seed = 0x5eed_u64;
    let mut rnd = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n.max(1)
    };
    for (k, v) in &lines {
        tried += 1;
        taken += usize::from(check(home, k, v));
        for _ in 0..40 {
            let mut w = v.clone();
            for _ in 0..1 + rnd(3) {
                let at = rnd(w.len() + 1);
                match rnd(3) {
                    0 => w.insert(at, alphabet[rnd(alphabet.len())]),
                    1 if at < w.len() => w[at] = alphabet[rnd(alphabet.len())],
                    _ if at < w.len() => {
                        w.remove(at);
                    }
                    _ => {}
                }
            }
            tried += 1;
            taken += usize::from(check(home, k, super::parse::trim(&w)));
        }
    }
    // Both paths must have been exercised.
    assert!(taken > 1000 && taken < tried, "lite took {taken} of {tried}");
    // SAFETY: the home made above.
    unsafe { su_home_unref(home) };
}
