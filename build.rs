//! Build script: compiles the C shim (variadic entry points), sets the SONAME and the
//! exported-symbol script, generates the tag objects from the tag table, and puts the
//! Sofia library names next to the cdylib in the target directory.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "tools/taggen.rs"]
#[allow(dead_code)]
mod taggen;

#[path = "tools/hdrgen.rs"]
#[allow(dead_code)]
mod hdrgen;

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let abi_1_12 = env::var_os("CARGO_FEATURE_ABI_1_12").is_some();

    // C shim: every csrc/*.c file.
    let mut build = cc::Build::new();
    build
        .include(manifest.join("include"))
        .include(manifest.join("csrc"))
        .warnings(true)
        .extra_warnings(true)
        .cargo_metadata(false);
    if abi_1_12 {
        build.define("SOFIA_RS_ABI_1_12", None);
    }
    let mut files: Vec<PathBuf> = fs::read_dir(manifest.join("csrc"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().map_or(false, |e| e == "c"))
        .collect();
    files.sort();
    for f in &files {
        build.file(f);
        println!("cargo:rerun-if-changed={}", f.display());
    }
    println!("cargo:rerun-if-changed=csrc");
    println!("cargo:rerun-if-changed=include");
    build.compile("sofia_shim");
    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static:+whole-archive=sofia_shim");

    // The shared object: Sofia's SONAME and the exported symbol set.
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libsofia-sip-ua.so.0");
    println!(
        "cargo:rustc-cdylib-link-arg=-Wl,--version-script={}",
        manifest.join("exports.map").display()
    );
    println!("cargo:rerun-if-changed=exports.map");

    // Tag objects from the tag table (the single source of truth).
    let table = taggen::load(&manifest.join("tags")).unwrap_or_else(|e| panic!("tag table: {e}"));
    fs::write(out.join("tags_gen.rs"), taggen::rust_statics(&table)).unwrap();
    println!("cargo:rerun-if-changed=tags");
    println!("cargo:rerun-if-changed=tools/taggen.rs");

    // SIP header classes from the header table (the single source of truth for header kinds).
    let headers = hdrgen::load(&manifest.join("headers/sip.headers")).unwrap_or_else(|e| panic!("header table: {e}"));
    fs::write(out.join("sip_classes.rs"), hdrgen::rust_classes(&headers) + &hdrgen::rust_kind_fns(&headers)).unwrap();
    fs::write(out.join("sip_mclass.rs"), hdrgen::rust_mclass(&headers)).unwrap();
    println!("cargo:rerun-if-changed=headers");
    println!("cargo:rerun-if-changed=tools/hdrgen.rs");

    // libsofia-sip-ua.so.0 and libsofia-sip-ua.so next to libsofia_sip_ua.so, so that
    // `-L target/release -lsofia-sip-ua` and `LD_LIBRARY_PATH=target/release` work.
    if let Some(profile_dir) = profile_dir(&out) {
        for name in ["libsofia-sip-ua.so.0", "libsofia-sip-ua.so"] {
            let link = profile_dir.join(name);
            let _ = fs::remove_file(&link);
            #[cfg(unix)]
            let _ = std::os::unix::fs::symlink("libsofia_sip_ua.so", &link);
        }
    }
}

/// OUT_DIR is <target>/<profile>/build/<pkg>-<hash>/out; the cdylib lands in <target>/<profile>.
fn profile_dir(out: &Path) -> Option<PathBuf> {
    Some(out.parent()?.parent()?.parent()?.to_path_buf())
}
