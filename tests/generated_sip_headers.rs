//! sip_hclasses.h and gen/sip_struct.h are generated from headers/sip.headers; this test fails
//! when the checked-in files are stale (`tools/regen-headers` rewrites them).

use std::fs;
use std::path::Path;

#[path = "../tools/hdrgen.rs"]
#[allow(dead_code)]
mod hdrgen;

#[test]
fn generated_sip_headers_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let table = hdrgen::load(&root.join("headers/sip.headers")).expect("header table");
    let regen = std::env::var_os("SOFIA_RS_REGEN").is_some();
    let mut stale = Vec::new();
    for (rel, want) in hdrgen::outputs(&table) {
        let path = root.join(rel);
        if regen {
            fs::write(&path, &want).unwrap();
        } else if fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(rel);
        }
    }
    assert!(stale.is_empty(), "stale generated headers (run tools/regen-headers): {stale:?}");
}

#[test]
fn table_is_consistent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let table = hdrgen::load(&root.join("headers/sip.headers")).expect("header table");
    let mut syms = std::collections::HashSet::new();
    let mut hashes = std::collections::HashSet::new();
    for h in &table {
        assert!(syms.insert(h.sym.clone()), "duplicate {}", h.sym);
        assert!(hashes.insert(h.hash), "duplicate hash {} ({})", h.hash, h.sym);
        // A class with a parameter list has it after the common part and the next pointer.
        assert!(h.params == 0 || (h.params >= 48 && h.params < h.size), "{}", h.sym);
        assert!(h.size >= 56, "{}", h.sym);
    }
    // sip_t: 6 leading members, one pointer per header (identity only in 1.13), multipart.
    let fields = table.iter().filter(|h| h.place == "sip_t").count();
    assert_eq!(72 + 8 * (fields + 1), 648, "1.13 sizeof(sip_t)");
}
