//! The SIP header kind table (headers/sip.headers) and what is generated from it:
//! `include/sofia-sip/sip_hclasses.h` (hash numbers, class declarations) and
//! `include/sofia-sip/gen/sip_struct.h` (the fields of `struct sip_s`, in table order, with the
//! fork's `sip_identity` only in the 1.13 flavour). Used by the `generated_headers` test (and,
//! once the header classes exist, by build.rs for the Rust statics).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Header {
    pub sym: String,
    pub name: Option<String>,
    pub short: Option<char>,
    pub size: u8,
    pub params: u8,
    pub kind: u8,
    pub critical: bool,
    pub hash: i32,
    pub place: String,
    pub only: Option<String>,
    /// hr_flags in the message class.
    pub hflags: u16,
}

pub fn load(path: &Path) -> Result<Vec<Header>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text)
}

pub fn parse(text: &str) -> Result<Vec<Header>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() != 11 {
            return Err(format!("line {}: expected 11 columns, got {}", n + 1, f.len()));
        }
        let num = |i: usize| -> Result<i64, String> {
            f[i].parse::<i64>().map_err(|e| format!("line {}: column {}: {e}", n + 1, i + 1))
        };
        let kind = match f[5] {
            "single" => 0,
            "append" => 1,
            "list" => 2,
            "apndlist" => 3,
            "prepend" => 4,
            "nc_append" => 5,
            k => return Err(format!("line {}: unknown kind {k}", n + 1)),
        };
        let opt = |s: &str| match s {
            "-" => None,
            "\"\"" => Some(String::new()),
            _ => Some(s.to_string()),
        };
        out.push(Header {
            sym: f[0].to_string(),
            name: opt(f[1]),
            short: opt(f[2]).and_then(|s| s.chars().next()),
            size: num(3)? as u8,
            params: num(4)? as u8,
            kind,
            critical: num(6)? != 0,
            hash: num(7)? as i32,
            place: f[8].to_string(),
            only: opt(f[9]),
            hflags: num(10)? as u16,
        });
    }
    Ok(out)
}

fn guard_open(out: &mut String, h: &Header) {
    match h.only.as_deref() {
        Some("1.13") => out.push_str("#if SOFIA_SIP_ABI_VERSION >= 113\n"),
        Some("1.12") => out.push_str("#if SOFIA_SIP_ABI_VERSION < 113\n"),
        _ => {}
    }
}

fn guard_close(out: &mut String, h: &Header) {
    if h.only.is_some() {
        out.push_str("#endif\n");
    }
}

const BANNER: &str = "/* Generated from headers/sip.headers by tools/hdrgen.rs (tools/regen-headers). Do not edit. */\n";

/// include/sofia-sip/gen/sip_struct.h: the members of `struct sip_s`.
pub fn sip_struct(headers: &[Header]) -> String {
    let mut o = String::from(BANNER);
    o.push_str("/* Included by sip.h inside the definition of struct sip_s. */\n");
    o.push_str("  msg_common_t               sip_common[1]; /* h_class: the parser's msg_mclass_t */\n");
    o.push_str("  msg_pub_t                 *sip_next;\n");
    o.push_str("  void                      *sip_user;\n");
    o.push_str("  unsigned                   sip_size;      /* bytes allocated for this struct */\n");
    o.push_str("  int                        sip_flags;     /* MSG_FLG_* */\n");
    o.push_str("  sip_error_t               *sip_error;     /* headers that failed to parse */\n");
    for h in headers.iter().filter(|h| h.place == "sip_t") {
        guard_open(&mut o, h);
        let ty = format!("sip_{}_t", h.sym);
        let _ = writeln!(o, "  {ty:<26} *sip_{};", h.sym);
        guard_close(&mut o, h);
    }
    o.push_str("  msg_multipart_t           *sip_multipart;\n");
    o
}

/// include/sofia-sip/sip_hclasses.h: hash numbers and header class objects.
pub fn sip_hclasses(headers: &[Header]) -> String {
    let mut o = String::from(BANNER);
    o.push_str(
        "/* sofia-rs: SIP header classes and their hash numbers.\n \
         * The hash of a class is compiled into applications by the inline sip_is_X() tests. */\n\
         #ifndef SIP_HCLASSES_H\n#define SIP_HCLASSES_H\n\n\
         #ifndef MSG_TYPES_H\n#include <sofia-sip/msg_types.h>\n#endif\n\n\
         SOFIA_BEGIN_DECLS\n\n",
    );
    for h in headers {
        guard_open(&mut o, h);
        let _ = writeln!(o, "enum {{ sip_{}_hash = {} }};", h.sym, h.hash);
        let _ = writeln!(o, "SOFIAPUBVAR msg_hclass_t sip_{}_class[];", h.sym);
        guard_close(&mut o, h);
    }
    o.push_str("\nSOFIA_END_DECLS\n\n#endif /* SIP_HCLASSES_H */\n");
    o
}

/// (path relative to the repository, contents) of every generated file.
pub fn outputs(headers: &[Header]) -> Vec<(&'static str, String)> {
    vec![
        ("include/sofia-sip/gen/sip_struct.h", sip_struct(headers)),
        ("include/sofia-sip/sip_hclasses.h", sip_hclasses(headers)),
        ("include/sofia-sip/sip_protos.h", sip_protos_h(headers)),
        ("include/sofia-sip/gen/sip_extra_protos.h", sip_extra_protos_h(headers)),
        ("include/sofia-sip/gen/sip_tag_helpers.h", sip_tag_helpers_h(headers)),
    ]
}

/// Rust statics for build.rs: one exported `msg_hclass_t` per header kind (`sip_<sym>_class`,
/// with the generic slot functions of `crate::msg::hclass`) and the kind table `SIP_KINDS`
/// (symbol, class, offset of the kind's pointer in `sip_t` for each flavour).
pub fn rust_classes(headers: &[Header]) -> String {
    let mut o = String::from("// Generated by build.rs from headers/sip.headers (tools/hdrgen.rs).\n");
    let mut off_113 = 72usize;
    let mut off_112 = 72usize;
    let mut kinds = String::new();
    let mut n = 0usize;
    for h in headers {
        let cfg = match h.only.as_deref() {
            Some("1.13") => "#[cfg(not(feature = \"abi-1-12\"))]\n",
            Some("1.12") => "#[cfg(feature = \"abi-1-12\")]\n",
            _ => "",
        };
        let (name, len) = match &h.name {
            Some(n) => (format!("c\"{n}\".as_ptr()"), n.len()),
            None => ("::std::ptr::null()".to_string(), 0),
        };
        let short = h.short.map_or("0".to_string(), |c| format!("b'{c}' as ::std::ffi::c_char"));
        let bits = h.kind | if h.critical { 8 } else { 0 };
        let _ = writeln!(
            o,
            "{cfg}#[no_mangle]\npub static sip_{sym}_class: [MsgHclass; 1] = [MsgHclass {{ hc_hash: {hash}, \
             hc_parse: Some(hc_parse), hc_print: Some(hc_print), hc_dxtra: Some(hc_dxtra), \
             hc_dup_one: Some(hc_dup_one), hc_update: Some(hc_update), hc_name: {name}, hc_len: {len}, \
             hc_short: [{short}, 0], hc_size: {size}, hc_params: {params}, hc_bits: {bits}, _pad: 0 }}];",
            sym = h.sym,
            hash = h.hash,
            size = h.size,
            params = h.params,
        );
        let sip_off = if h.place == "sip_t" {
            let v = match h.only.as_deref() {
                Some("1.13") => {
                    let v = format!("Some({off_113})");
                    off_113 += 8;
                    v
                }
                _ => {
                    let v = format!("Some(if cfg!(feature = \"abi-1-12\") {{ {off_112} }} else {{ {off_113} }})");
                    off_113 += 8;
                    off_112 += 8;
                    v
                }
            };
            v
        } else {
            "None".to_string()
        };
        let _ = writeln!(
            kinds,
            "    {cfg}KindInfo {{ sym: \"{sym}\", class: &sip_{sym}_class[0], sip_off: {sip_off}, kind: {kind}, \
             name: {hname:?}, short: {short:?} }},",
            cfg = cfg.trim_end(),
            sym = h.sym,
            kind = h.kind,
            hname = h.name.clone().unwrap_or_default(),
            short = h.short.map(|c| c.to_string()).unwrap_or_default(),
        );
        n += 1;
    }
    let _ = n;
    let _ = writeln!(o, "/// Every SIP header kind, in table order.\npub static SIP_KINDS: &[KindInfo] = &[\n{kinds}];");
    let _ = writeln!(o, "/// sizeof(sip_t) of this flavour.\npub const SIP_T_SIZE: usize = if cfg!(feature = \"abi-1-12\") {{ {} }} else {{ {} }};", off_112 + 8, off_113 + 8);
    o
}

/// The message class `sip_mclass` of one flavour: header references for the special
/// fragments, the compact-form table and the name hash table (`hc_hash % 127`, linear
/// probing, in table order), as Rust static initialisers.
fn mclass_for(headers: &[Header], flavour: &str, extended: bool) -> String {
    const HASH_SIZE: usize = 127;
    let in_flavour = |h: &Header| h.only.as_deref().map_or(true, |o| o == flavour);
    let mut off = 72usize;
    let mut offsets: Vec<(&Header, usize)> = Vec::new();
    for h in headers.iter().filter(|h| h.place == "sip_t" && in_flavour(h)) {
        offsets.push((h, off));
        off += 8;
    }
    let sip_size = off + 8; // + sip_multipart
    // Extension headers known to the default class get slots after sip_t (Refer-Sub).
    let mut ext_off = sip_size;
    for h in headers.iter().filter(|h| h.place == "ext" && (extended || h.sym == "refer_sub")) {
        offsets.push((h, ext_off));
        ext_off += 8;
    }
    let msize = ext_off;
    let special = ["request", "status", "separator", "payload", "unknown", "error"];
    let href = |sym: &str, off: usize, flags: u16| {
        format!("MsgHref {{ hr_class: &sip_{sym}_class[0], hr_offset: {off}, hr_flags: {flags} }}")
    };
    let off_of = |sym: &str| offsets.iter().find(|(h, _)| h.sym == sym).map_or(64, |x| x.1);
    let mut buckets: Vec<Option<String>> = vec![None; HASH_SIZE];
    let mut shorts: Vec<Option<String>> = vec![None; 26];
    let mut used = 0;
    for (h, off) in &offsets {
        if special.contains(&h.sym.as_str()) {
            continue;
        }
        let mut i = (h.hash as u32 as usize) % HASH_SIZE;
        while buckets[i].is_some() {
            i = (i + 1) % HASH_SIZE;
        }
        buckets[i] = Some(href(&h.sym, *off, h.hflags));
        used += 1;
        if let Some(c) = h.short {
            shorts[(c as u8 - b'a') as usize] = Some(href(&h.sym, *off, h.hflags));
        }
    }
    let none = "MsgHref::NONE".to_string();
    let list = |v: &[Option<String>]| v.iter().map(|x| x.clone().unwrap_or_else(|| none.clone())).collect::<Vec<_>>().join(",\n    ");
    format!(
        "static {short_name}: [MsgHref; 26] = [\n    {shorts}];\n\
         {export}pub static {name}: [MsgMclass; 1] = [MsgMclass {{\n  mc_hclass: [MsgHclass::ZERO],\n  \
         mc_name: c\"SIP/2.0\".as_ptr(),\n  mc_tag: 0x53495020 as *mut ::std::ffi::c_void,\n  mc_flags: 0,\n  mc_msize: {msize},\n  \
         mc_extract_body: None,\n  mc_request: [{req}],\n  mc_status: [{st}],\n  mc_separator: [{sep}],\n  mc_payload: [{pl}],\n  \
         mc_unknown: [{un}],\n  mc_error: [{er}],\n  mc_multipart: [MsgHref::NONE],\n  mc_short: {short_name}.as_ptr(),\n  \
         mc_hash_size: {HASH_SIZE},\n  mc_hash_used: {used},\n  mc_hash: [\n    {hash}],\n}}];\n\
         ",
        shorts = list(&shorts),
        req = href("request", off_of("request"), 0),
        st = href("status", off_of("status"), 0),
        sep = href("separator", off_of("separator"), 0),
        pl = href("payload", off_of("payload"), 0),
        un = href("unknown", off_of("unknown"), 0),
        er = href("error", off_of("error"), 0),
        hash = list(&buckets),
        name = if extended { "SIP_MCLASS_EXTENDED" } else { "sip_mclass" },
        short_name = if extended { "SIP_SHORTS_EXTENDED" } else { "SIP_SHORTS" },
        export = if extended { "" } else { "#[no_mangle]\n" },
    )
}

/// `sip_mclass` for both flavours (cfg-selected modules).
pub fn rust_mclass(headers: &[Header]) -> String {
    format!(
        "#[cfg(feature = \"abi-1-12\")]\nmod mclass_gen {{\nuse super::*;\n{}}}\n\
         #[cfg(not(feature = \"abi-1-12\"))]\nmod mclass_gen {{\nuse super::*;\n{}}}\npub use mclass_gen::*;\n",
        mclass_for(headers, "1.12", false) + &mclass_for(headers, "1.12", true),
        mclass_for(headers, "1.13", false) + &mclass_for(headers, "1.13", true)
    )
}

/// include/sofia-sip/sip_protos.h: per header kind, the parser/printer prototypes, the
/// access macro and the inline helpers (init, test, dup, copy, make, format).
pub fn sip_protos_h(headers: &[Header]) -> String {
    let mut o = String::from(BANNER);
    o.push_str(
        "/* sofia-rs: per-header functions and inline helpers (Sofia-SIP's sip_protos.h). */\n\
         #ifndef SIP_PROTOS_H\n#define SIP_PROTOS_H\n\n\
         #include <sofia-sip/su_config.h>\n#include <stdarg.h>\n\
         #ifndef SIP_HEADER_H\n#include <sofia-sip/sip_header.h>\n#endif\n\
         #ifndef SIP_HCLASSES_H\n#include <sofia-sip/sip_hclasses.h>\n#endif\n\n\
         SOFIA_BEGIN_DECLS\n\n\
         /** The sip_t of a SIP message (NULL for other messages). */\n\
         su_inline sip_t *sip_object(msg_t const *msg)\n{\n  return (sip_t *)msg_public(msg, SIP_PROTOCOL_TAG);\n}\n\n\
         su_inline int sip_header_insert(msg_t *msg, sip_t *sip, sip_header_t *h)\n{\n  \
         return msg_header_insert(msg, (msg_pub_t *)sip, (msg_header_t *)h);\n}\n\n\
         su_inline int sip_header_remove(msg_t *msg, sip_t *sip, sip_header_t *h)\n{\n  \
         return msg_header_remove(msg, (msg_pub_t *)sip, (msg_header_t *)h);\n}\n\n\
         /** Full (or compact) name of a header. */\n\
         su_inline char const *sip_header_name(sip_header_t const *h, int compact)\n{\n  \
         return compact && h->sh_class->hc_short[0] ? h->sh_class->hc_short : h->sh_class->hc_name;\n}\n\n\
         /** Where the data of a header copy follows its struct. */\n\
         su_inline void *sip_header_data(sip_header_t *h)\n{\n  \
         return h && h != SIP_NONE ? h->sh_class->hc_size + (char *)h : NULL;\n}\n\n",
    );
    // Extension headers are declared by sip_extra.h (gen/sip_extra_protos.h).
    for h in headers.iter().filter(|h| h.sym != "error" && h.place != "ext") {
        row_protos(&mut o, h);
    }
    o.push_str("SOFIA_END_DECLS\n\n#endif /* SIP_PROTOS_H */\n");
    o
}

/// Rust: the exported per-kind parser and printer (`sip_<sym>_d`, `sip_<sym>_e`).
pub fn rust_kind_fns(headers: &[Header]) -> String {
    let mut o = String::new();
    for h in headers.iter().filter(|h| h.sym != "error") {
        let cfg = match h.only.as_deref() {
            Some("1.13") => "#[cfg(not(feature = \"abi-1-12\"))]\n",
            Some("1.12") => "#[cfg(feature = \"abi-1-12\")]\n",
            _ => "",
        };
        let _ = write!(
            o,
            "{cfg}#[no_mangle]\npub unsafe extern \"C\" fn sip_{s}_d(home: *mut su_home_t, h: *mut MsgHeader, s: *mut c_char, slen: c_int) -> c_int {{\n    \
             // SAFETY: forwarded contract of msg_parse_f.\n    unsafe {{ hc_parse(home, h.cast(), s, slen) }}\n}}\n\
             {cfg}#[no_mangle]\npub unsafe extern \"C\" fn sip_{s}_e(b: *mut c_char, bsiz: c_int, h: *const MsgHeader, flags: c_int) -> c_int {{\n    \
             // SAFETY: forwarded contract of msg_print_f.\n    unsafe {{ hc_print(b, bsiz, h.cast(), flags) }}\n}}\n",
            s = h.sym
        );
    }
    o
}

fn row_protos(o: &mut String, h: &Header) {
        let s = &h.sym;
        let ty = format!("sip_{s}_t");
        guard_open(o, h);
        let upper = s.to_ascii_uppercase();
        let _ = write!(
            o,
            "/* {name} */\n\
             SOFIAPUBFUN issize_t sip_{s}_d(su_home_t *, msg_header_t *, char *s, isize_t slen);\n\
             SOFIAPUBFUN issize_t sip_{s}_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);\n\
             #define sip_{s}(sip) ((sip_{s}_t *)msg_header_access((msg_pub_t *)(sip), sip_{s}_class))\n\
             #define SIP_{upper}_INIT() SIP_HDR_INIT({s})\n\
             su_inline {ty} *sip_{s}_init({ty} x[1])\n{{\n  return SIP_HEADER_INIT(x, sip_{s}_class, sizeof({ty}));\n}}\n\
             su_inline int sip_is_{s}(sip_header_t const *header)\n{{\n  return header && header->sh_class->hc_hash == sip_{s}_hash;\n}}\n\
             #define sip_{s}_p(h) sip_is_{s}((h))\n\
             su_inline {ty} *sip_{s}_dup(su_home_t *home, {ty} const *hdr)\n{{\n  \
             return ({ty} *)msg_header_dup_as(home, sip_{s}_class, (msg_header_t const *)hdr);\n}}\n\
             su_inline {ty} *sip_{s}_copy(su_home_t *home, {ty} const *hdr)\n{{\n  \
             return ({ty} *)msg_header_copy_as(home, sip_{s}_class, (msg_header_t const *)hdr);\n}}\n\
             su_inline {ty} *sip_{s}_make(su_home_t *home, char const *s)\n{{\n  \
             return ({ty} *)sip_header_make(home, sip_{s}_class, s);\n}}\n\
             su_inline {ty} *sip_{s}_format(su_home_t *home, char const *fmt, ...)\n{{\n  \
             sip_header_t *h;\n  va_list ap;\n  va_start(ap, fmt);\n  h = sip_header_vformat(home, sip_{s}_class, fmt, ap);\n  \
             va_end(ap);\n  return ({ty} *)h;\n}}\n\n",
            name = h.name.as_deref().unwrap_or(s),
        );
        guard_close(o, h);
}

/// include/sofia-sip/gen/sip_extra_protos.h: the per-kind functions of the extension
/// headers (included at the end of sip_extra.h).
pub fn sip_extra_protos_h(headers: &[Header]) -> String {
    let mut o = String::from(BANNER);
    o.push_str("#ifndef SOFIA_RS_GEN_SIP_EXTRA_PROTOS_H\n#define SOFIA_RS_GEN_SIP_EXTRA_PROTOS_H\n\nSOFIA_BEGIN_DECLS\n\n");
    for h in headers.iter().filter(|h| h.place == "ext") {
        row_protos(&mut o, h);
    }
    o.push_str("SOFIA_END_DECLS\n\n#endif\n");
    o
}

/// include/sofia-sip/gen/sip_tag_helpers.h: typed value helpers of the header tags
/// (`siptag_via_v(sip_via_t const *)`, `siptag_via_vr(sip_via_t const **)`).
pub fn sip_tag_helpers_h(headers: &[Header]) -> String {
    let mut o = String::from(BANNER);
    o.push_str("#ifndef SOFIA_RS_GEN_SIP_TAG_HELPERS_H\n#define SOFIA_RS_GEN_SIP_TAG_HELPERS_H\n\n");
    for h in headers {
        guard_open(&mut o, h);
        let _ = write!(
            o,
            "su_inline tag_value_t siptag_{s}_v(sip_{s}_t const *v) {{ return (tag_value_t)v; }}\n\
             su_inline tag_value_t siptag_{s}_vr(sip_{s}_t const **vp) {{ return (tag_value_t)vp; }}\n",
            s = h.sym
        );
        guard_close(&mut o, h);
    }
    o.push_str("\n#endif\n");
    o
}
