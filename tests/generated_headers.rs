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

#[test]
fn table_options_reach_the_generators() {
    let table = "\
@ns nua
@prefix NUTAG
@header demo
ANY ns *
HANDLE ptr handle vtype=struct~nua_handle_s~*
IDENTITY ptr identity helper=nutag_handle
MCLASS ptr mclass helper=tag_cptr
WITH ptr with noref
HOLD bool hold nomacro
OLD bool old only=1.12
URL url url pending=url_tag_class
@ns sip
@prefix SIPTAG
END end tag_end
SIP sipmsg sip magic=0x53495020
FROM_STR str from_str magic=nutag_handle
@ns sres
@prefix SRESTAG
ANY ns * macro=SRESOLVTAG_ANY
";
    let m = taggen::parse(table, "demo.tags").expect("parses");
    assert_eq!(m.tags.len(), 11);
    assert_eq!(m.pending.len(), 1);
    assert_eq!(m.pending[0].pending.as_deref(), Some("url_tag_class"));
    let h = taggen::c_header(&m);
    for want in [
        "struct nua_handle_s;\n",
        "su_inline tag_value_t nutag_handle_v(struct nua_handle_s * v)",
        "su_inline tag_value_t nutag_handle_vr(struct nua_handle_s * *vp)",
        "#define NUTAG_HANDLE(x) nutag_handle, nutag_handle_v(x)\n",
        "#define NUTAG_IDENTITY(x) nutag_identity, nutag_handle_v(x)\n",
        "#define NUTAG_IDENTITY_REF(x) nutag_identity_ref, nutag_handle_vr(&(x))\n",
        "#define NUTAG_MCLASS_REF(x) nutag_mclass_ref, tag_cptr_vr(&(x), (x))\n",
        "#define NUTAG_WITH(x) nutag_with, tag_ptr_v(x)\n",
        "SOFIAPUBVAR tag_typedef_t nutag_hold_ref;\n",
        "SOFIAPUBVAR tag_typedef_t siptag_end_ref;\n",
        "#define SIPTAG_END() siptag_end, ((tag_value_t)0)\n",
        "#define SRESOLVTAG_ANY() srestag_any, ((tag_value_t)0)\n",
        " *   NUTAG_URL (url_tag_class)\n",
    ] {
        assert!(h.contains(want), "missing {want:?} in\n{h}");
    }
    for absent in ["NUTAG_WITH_REF", "#define NUTAG_HOLD", "nutag_any_ref", "tag_typedef_t nutag_url", "srestag_any_ref"] {
        assert!(!h.contains(absent), "unexpected {absent:?}");
    }
    let rs = taggen::rust_statics(std::slice::from_ref(&m));
    assert!(rs.contains("pub static siptag_sip: TagType = TagType::new(c\"sip\", c\"sip\", core::ptr::addr_of!(sipmsgtag_class), 0x53495020usize as *const core::ffi::c_void);"));
    assert!(rs.contains("pub static siptag_end_ref: TagType"));
    assert!(rs.contains("core::ptr::addr_of!(nutag_handle) as *const core::ffi::c_void);"));
    assert!(!rs.contains("nutag_url"));
    assert!(taggen::parse("@ns a\n@prefix A\n@header a\nX int x bogus\n", "bad.tags").is_err());
    assert!(taggen::parse("@ns a\n@prefix A\n@header a\nX nosuch x\n", "bad.tags").is_err());
    assert!(taggen::parse("@ns a\n@prefix A\n@header a\nX int x only=2.0\n", "bad.tags").is_err());
}
