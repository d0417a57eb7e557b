//! Check that a header value a `Lite` parser takes gives the same C header as the model's
//! parser (the message parser relies on it: the two paths must not differ): the test
//! below over the corpora, and the `sip_header` fuzz target.

use std::ffi::{c_void, CStr};

use super::cmem;
use super::model::{Derived, Lite};
use crate::msg::hclass::KindInfo;
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

/// Whether the Lite parser of `k` took `v`: `Ok(true)` when it did and the header written
/// from it is the model's, `Err` (what differs) when it is not. For tests and fuzzing.
pub fn compare(k: &'static KindInfo, v: &[u8]) -> Result<bool, String> {
    let Some(parse_lite) = k.lite() else { return Ok(false) };
    let mut lite = Lite::default();
    if parse_lite(v, &mut lite).is_none() {
        return Ok(false);
    }
    let what = format!("{} {:?}", k.sym, String::from_utf8_lossy(v));
    let Some(model) = k.parser().and_then(|p| p(b"X", v)) else {
        return Err(format!("lite took, model did not: {what}"));
    };
    if model.len() != 1 {
        return Err(format!("lite took one header, model made {}: {what}", model.len()));
    }
    let shape = k.shape();
    let home = su_home_new(std::mem::size_of::<su_home_t>() as _) as *mut su_home_t;
    // SAFETY: both headers are written into `home` by the writer of their kind's shape and
    // read back with the same shape before the home is freed.
    let r = unsafe {
        let a = cmem::write(home, k.class_ptr(), shape, &lite);
        let b = cmem::write(home, k.class_ptr(), shape, &model[0]);
        if a.is_null() || b.is_null() {
            Err("out of memory".to_string())
        } else if cmem::read(a, shape) != cmem::read(b, shape) {
            Err(format!("headers differ: {what}"))
        } else {
            shape
                .derived
                .iter()
                .find(|d| match **d {
                    Derived::Param(off, _) | Derived::AfterSlash(off, _) => field_str(a, off) != field_str(b, off),
                    Derived::Flag(off, ..) | Derived::Bit(off, ..) => *(a as *const u8).add(off) != *(b as *const u8).add(off),
                })
                .map_or(Ok(true), |d| Err(format!("derived field {d:?} differs: {what}")))
        }
    };
    // SAFETY: the home made above.
    unsafe { su_home_unref(home) };
    r
}

/// Header lines (kind, value as the message parser passes it) of the repository's corpora.
#[cfg(test)]
fn corpus() -> Vec<(&'static KindInfo, Vec<u8>)> {
    use crate::msg::frame::{self, Transport};
    use crate::msg::hclass;
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
    let check = |k, v: &[u8]| compare(k, v).unwrap_or_else(|e| panic!("{e}"));
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
    // Values at the edges, for every kind with a Lite parser (an empty Contact was taken by
    // Lite and rejected by the model: F9).
    for k in crate::msg::hclass::SIP_KINDS.iter().filter(|k| k.lite().is_some()) {
        for v in [&b""[..], b"*", b";", b"<>", b"<sip:a>", b"sip:a", b"1", b"a", b"a/b", b"SIP/2.0/UDP h"] {
            tried += 1;
            taken += usize::from(check(k, v));
        }
    }
    for (k, v) in &lines {
        tried += 1;
        taken += usize::from(check(k, v));
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
            taken += usize::from(check(k, super::parse::trim(&w)));
        }
    }
    // Both paths must have been exercised.
    assert!(taken > 1000 && taken < tried, "lite took {taken} of {tried}");
}
