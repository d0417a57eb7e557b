//! The tag macros in include/sofia-sip/gen/ are generated from tags/*.tags, the same
//! table that build.rs turns into the exported tag objects. This test fails when the
//! checked-in headers are stale; `tools/regen-headers` rewrites them.

use std::fs;
use std::path::Path;

#[path = "../tools/taggen.rs"]
#[allow(dead_code)]
mod taggen;

#[test]
fn generated_tag_headers_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let modules = taggen::load(&root.join("tags")).expect("tag table");
    let regen = std::env::var_os("SOFIA_RS_REGEN").is_some();
    let mut stale = Vec::new();
    let mut expected_files = Vec::new();
    for m in modules.iter().filter(|m| taggen::has_header(m)) {
        let rel = taggen::header_path(m);
        let path = root.join(&rel);
        let want = taggen::c_header(m);
        expected_files.push(path.file_name().unwrap().to_owned());
        if regen {
            fs::write(&path, &want).unwrap();
        } else if fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(rel);
        }
    }
    // No leftover generated header without a table.
    for e in fs::read_dir(root.join("include/sofia-sip/gen")).unwrap() {
        let name = e.unwrap().file_name();
        if name.to_string_lossy().ends_with("_tags.h") && !expected_files.contains(&name) {
            if regen {
                fs::remove_file(root.join("include/sofia-sip/gen").join(&name)).unwrap();
            } else {
                stale.push(format!("include/sofia-sip/gen/{} (no table)", name.to_string_lossy()));
            }
        }
    }
    assert!(stale.is_empty(), "stale generated headers (run tools/regen-headers): {stale:?}");
}

#[test]
fn table_symbols_and_macros_are_unique() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let modules = taggen::load(&root.join("tags")).expect("tag table");
    let mut seen = std::collections::HashSet::new();
    let mut macros = std::collections::HashSet::new();
    for m in &modules {
        for t in m.tags.iter().chain(&m.pending) {
            // The macro is the upper-cased symbol unless the row names it (`macro=`).
            assert_eq!(t.symbol, t.symbol.to_ascii_lowercase());
            assert!(seen.insert(t.symbol.clone()), "duplicate tag {}", t.symbol);
            assert!(macros.insert(t.macro_name.clone()), "duplicate macro {}", t.macro_name);
            assert!(taggen::class_object(&t.class).is_some());
        }
    }
}
