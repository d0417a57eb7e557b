//! The tag table reader and generators. Used by build.rs (Rust statics) and by the
//! `generated_headers` test (C headers, checked in under include/sofia-sip/gen/).
//!
//! Table format (tags/<module>.tags), one tag per line, `#` starts a comment:
//!
//! ```text
//! @ns nua            namespace string stored in tt_ns
//! @prefix NUTAG      macro prefix; the symbol is the lower-cased macro name
//! @header nua        writes include/sofia-sip/gen/nua_tags.h
//! URL  url  url                   SUFFIX CLASS TT_NAME [options]
//! AUTO100 bool auto100 only=1.12  options: see below
//! ```
//!
//! Options of a row:
//! - `only=1.12|1.13`: the tag exists in that Sofia-SIP flavour only (documentation and
//!   tools/check-tags; both of our flavours export the superset).
//! - `magic=SYMBOL` (tt_magic points at that exported object) or `magic=0x…` (a constant).
//! - `helper=NAME`: the macros use `NAME_v(x)` / `NAME_vr(&(x))` instead of the class's
//!   helpers (`tag_ptr` / `tag_cptr` take the two-argument `_vr(&(x), (x))`).
//! - `vtype=C_TYPE`: define typed inline helpers `<sym>_v(C_TYPE)` / `<sym>_vr(C_TYPE *)` and
//!   use them (`~` stands for a space: `vtype=nua_handle_t~*`).
//! - `macro=NAME`: the value macro's name when it is not PREFIX_SUFFIX.
//! - `noref`: no `_REF` macro (the `_ref` object is still exported).
//! - `nomacro`: no macros at all (the module's hand-written header defines them).
//! - `pending=WHY`: the row is known but not built yet (no object, no macro), e.g. because
//!   its class does not exist yet; deleting `pending=` builds it.
//!
//! `@ns` and `@prefix` may change between rows. Every tag except those of class `ns` gets
//! a reference twin `<sym>_ref` (class `ref_tag_class`, tt_name "<sym>_ref", tt_magic =
//! the base tag); so does `end` (`siptag_end_ref` exists).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Tag {
    pub macro_name: String,
    pub symbol: String,
    pub ns: String,
    pub class: String,
    pub name: String,
    pub only: Option<String>,
    pub magic: Option<String>,
    pub vtype: Option<String>,
    pub helper: Option<String>,
    pub noref: bool,
    pub nomacro: bool,
    pub pending: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Module {
    pub header: String,
    pub file: String,
    pub tags: Vec<Tag>,
    /// Rows marked `pending=`: known, not built.
    pub pending: Vec<Tag>,
}

pub fn load(dir: &Path) -> Result<Vec<Module>, String> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().map_or(false, |e| e == "tags"))
        .collect();
    files.sort();
    let mut modules = Vec::new();
    for f in files {
        let text = fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        modules.push(parse(&text, &f.file_name().unwrap().to_string_lossy())?);
    }
    Ok(modules)
}

pub fn parse(text: &str, file: &str) -> Result<Module, String> {
    let (mut ns, mut prefix, mut header) = (None::<String>, None::<String>, None::<String>);
    let mut tags = Vec::new();
    let mut pending_tags = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap().trim();
        if line.is_empty() {
            continue;
        }
        let err = |m: &str| format!("{file}:{}: {m}", i + 1);
        let words: Vec<&str> = line.split_whitespace().collect();
        match words[0] {
            "@ns" => ns = Some(words.get(1).ok_or_else(|| err("@ns needs a value"))?.to_string()),
            "@prefix" => prefix = Some(words.get(1).ok_or_else(|| err("@prefix needs a value"))?.to_string()),
            "@header" => header = Some(words.get(1).ok_or_else(|| err("@header needs a value"))?.to_string()),
            _ => {
                if words.len() < 3 {
                    return Err(err("expected SUFFIX CLASS NAME"));
                }
                let prefix = prefix.as_ref().ok_or_else(|| err("@prefix missing"))?;
                let ns = ns.as_ref().ok_or_else(|| err("@ns missing"))?;
                let macro_name = format!("{prefix}_{}", words[0]);
                if !words[0].bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_') {
                    return Err(err("SUFFIX must be upper case"));
                }
                if class_object(words[1]).is_none() {
                    return Err(err(&format!("unknown class {}", words[1])));
                }
                let mut tag = Tag {
                    symbol: macro_name.to_ascii_lowercase(),
                    macro_name,
                    ns: ns.clone(),
                    class: words[1].to_string(),
                    name: words[2].to_string(),
                    only: None,
                    magic: None,
                    vtype: None,
                    helper: None,
                    noref: false,
                    nomacro: false,
                    pending: None,
                };
                for opt in &words[3..] {
                    match opt.split_once('=') {
                        Some(("pending", v)) => tag.pending = Some(v.to_string()),
                        Some(("only", v)) if v == "1.12" || v == "1.13" => tag.only = Some(v.to_string()),
                        Some(("magic", v)) => tag.magic = Some(v.to_string()),
                        Some(("vtype", v)) => tag.vtype = Some(v.replace('~', " ")),
                        Some(("helper", v)) => tag.helper = Some(v.to_string()),
                        Some(("macro", v)) => tag.macro_name = v.to_string(),
                        None if *opt == "noref" => tag.noref = true,
                        None if *opt == "nomacro" => tag.nomacro = true,
                        _ => return Err(err(&format!("unknown option {opt}"))),
                    }
                }
                if tag.vtype.is_some() && tag.helper.is_some() {
                    return Err(err("vtype= and helper= exclude each other"));
                }
                if tag.pending.is_some() {
                    pending_tags.push(tag);
                } else {
                    tags.push(tag);
                }
            }
        }
    }
    Ok(Module {
        header: header.ok_or_else(|| format!("{file}: @header missing"))?,
        file: file.to_string(),
        tags,
        pending: pending_tags,
    })
}

/// Exported class object (C name) for a table class keyword.
pub fn class_object(class: &str) -> Option<&'static str> {
    Some(match class {
        "int" => "int_tag_class",
        "uint" => "uint_tag_class",
        "bool" => "bool_tag_class",
        "size" => "size_tag_class",
        "usize" => "usize_tag_class",
        "ptr" => "ptr_tag_class",
        "cptr" => "ptr_tag_class",
        "str" => "str_tag_class",
        "cstr" => "cstr_tag_class",
        "socket" => "socket_tag_class",
        "ns" => "ns_tag_class",
        "end" => "end_tag_class",
        "url" => "url_tag_class",
        "sdp" => "sdptag_session_class",
        "siphdr" => "siphdrtag_class",
        "sipexthdr" => "sipexthdrtag_class",
        "sipstr" => "sipstrtag_class",
        "sipmsg" => "sipmsgtag_class",
        "httphdr" => "httphdrtag_class",
        "httpstr" => "httpstrtag_class",
        "httpmsg" => "httpmsgtag_class",
        _ => return None,
    })
}

pub fn has_ref(t: &Tag) -> bool {
    t.class != "ns"
}

/// Value helpers (value, reference) used by the generated macros for a class.
fn helpers(t: &Tag) -> (String, String) {
    let (v, r) = match t.class.as_str() {
        "int" => ("tag_int_v(x)", "tag_int_vr(&(x))"),
        "uint" => ("tag_uint_v(x)", "tag_uint_vr(&(x))"),
        "bool" => ("tag_bool_v(x)", "tag_bool_vr(&(x))"),
        "size" => ("tag_size_v(x)", "tag_size_vr(&(x))"),
        "usize" => ("tag_usize_v(x)", "tag_usize_vr(&(x))"),
        "ptr" => ("tag_ptr_v(x)", "tag_ptr_vr(&(x), (x))"),
        "cptr" => ("tag_cptr_v(x)", "tag_cptr_vr(&(x), (x))"),
        "str" | "sipstr" => ("tag_str_v(x)", "tag_str_vr(&(x))"),
        "cstr" => ("tag_cstr_v(x)", "tag_cstr_vr(&(x))"),
        "socket" => ("tag_socket_v(x)", "tag_socket_vr(&(x))"),
        "url" => ("urltag_url_v(x)", "urltag_url_vr(&(x))"),
        "sdp" => ("sdptag_session_v(x)", "sdptag_session_vr(&(x))"),
        "siphdr" | "sipexthdr" | "sipmsg" | "httphdr" | "httpmsg" => {
            return (format!("{}_v(x)", t.symbol), format!("{}_vr(&(x))", t.symbol));
        }
        "httpstr" => ("tag_str_v(x)", "tag_str_vr(&(x))"),
        _ => ("", ""),
    };
    if t.vtype.is_some() {
        return (format!("{}_v(x)", t.symbol), format!("{}_vr(&(x))", t.symbol));
    }
    if let Some(h) = &t.helper {
        let r = if h == "tag_ptr" || h == "tag_cptr" { format!("{h}_vr(&(x), (x))") } else { format!("{h}_vr(&(x))") };
        return (format!("{h}_v(x)"), r);
    }
    (v.to_string(), r.to_string())
}

/// The C header of one module: extern declarations and the tag macros.
pub fn c_header(m: &Module) -> String {
    let guard = format!("SOFIA_RS_GEN_{}_TAGS_H", m.header.to_ascii_uppercase());
    let mut s = String::new();
    let _ = writeln!(s, "/* Generated from tags/{} by tools/taggen.rs: do not edit. */", m.file);
    let _ = writeln!(s, "#ifndef {guard}\n#define {guard}\n");
    let _ = writeln!(s, "#include <sofia-sip/su_tag.h>\n\nSOFIA_BEGIN_DECLS\n");
    // Structures named by typed value helpers, declared at file scope.
    let mut structs: Vec<&str> = Vec::new();
    for t in &m.tags {
        let words: Vec<&str> = t.vtype.as_deref().unwrap_or("").split_whitespace().collect();
        for w in words.windows(2) {
            if w[0] == "struct" && !structs.contains(&w[1]) {
                structs.push(w[1]);
            }
        }
    }
    for st in &structs {
        let _ = writeln!(s, "struct {st};");
    }
    if !structs.is_empty() {
        let _ = writeln!(s);
    }
    for t in &m.tags {
        if let Some(only) = &t.only {
            let _ = writeln!(s, "/* {} exists in Sofia-SIP {only} only; exported by both flavours here. */", t.macro_name);
        }
        let _ = writeln!(s, "SOFIAPUBVAR tag_typedef_t {};", t.symbol);
        if has_ref(t) {
            let _ = writeln!(s, "SOFIAPUBVAR tag_typedef_t {}_ref;", t.symbol);
        }
        if t.nomacro {
            let _ = writeln!(s, "/* {}: no generated macro (see tags/{}). */\n", t.macro_name, m.file);
            continue;
        }
        if t.class == "ns" || t.class == "end" {
            let _ = writeln!(s, "#define {}() {}, ((tag_value_t)0)\n", t.macro_name, t.symbol);
            continue;
        }
        if let Some(vt) = &t.vtype {
            let _ = writeln!(s, "su_inline tag_value_t {}_v({vt} v) {{ return (tag_value_t)v; }}", t.symbol);
            let _ = writeln!(s, "su_inline tag_value_t {}_vr({vt} *vp) {{ return (tag_value_t)vp; }}", t.symbol);
        }
        let (v, r) = helpers(t);
        let _ = writeln!(s, "#define {}(x) {}, {v}", t.macro_name, t.symbol);
        if !t.noref {
            let _ = writeln!(s, "#define {}_REF(x) {}_ref, {r}", t.macro_name, t.symbol);
        }
        let _ = writeln!(s);
    }
    if !m.pending.is_empty() {
        let _ = writeln!(s, "/* Known but not built yet (no object, no macro):");
        for t in &m.pending {
            let _ = writeln!(s, " *   {} ({})", t.macro_name, t.pending.as_deref().unwrap_or(""));
        }
        let _ = writeln!(s, " */\n");
    }
    let _ = writeln!(s, "SOFIA_END_DECLS\n\n#endif /* {guard} */");
    s
}

/// A module gets a generated header when at least one of its tags is built.
pub fn has_header(m: &Module) -> bool {
    !m.tags.is_empty()
}

pub fn header_path(m: &Module) -> String {
    format!("include/sofia-sip/gen/{}_tags.h", m.header)
}

/// Rust statics for every tag of every module (included by src/tag/objects.rs).
pub fn rust_statics(mods: &[Module]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "// Generated from tags/*.tags by tools/taggen.rs.");
    for m in mods {
        for t in &m.tags {
            let class = class_object(&t.class).unwrap();
            let magic = match &t.magic {
                Some(hex) if hex.starts_with("0x") => format!("{hex}usize as *const core::ffi::c_void"),
                Some(sym) => format!("core::ptr::addr_of!({sym}) as *const core::ffi::c_void"),
                None => "core::ptr::null()".to_string(),
            };
            // A fork-only header class exists only in the 1.13 flavour, and so do its tags.
            let cfg = if t.magic.as_deref() == Some("sip_identity_class") {
                "#[cfg(not(feature = \"abi-1-12\"))] "
            } else {
                ""
            };
            s.push_str(cfg);
            let _ = writeln!(
                s,
                "#[no_mangle] pub static {sym}: TagType = TagType::new(c{ns:?}, c{name:?}, core::ptr::addr_of!({class}), {magic});",
                sym = t.symbol,
                ns = t.ns,
                name = t.name,
            );
            if has_ref(t) {
                s.push_str(cfg);
                let _ = writeln!(
                    s,
                    "#[no_mangle] pub static {sym}_ref: TagType = TagType::new(c{ns:?}, c\"{sym}_ref\", core::ptr::addr_of!(ref_tag_class), core::ptr::addr_of!({sym}) as *const core::ffi::c_void);",
                    sym = t.symbol,
                    ns = t.ns,
                );
            }
        }
    }
    s
}
