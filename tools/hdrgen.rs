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
        if f.len() != 10 {
            return Err(format!("line {}: expected 10 columns, got {}", n + 1, f.len()));
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
        let opt = |s: &str| if s == "-" { None } else { Some(s.to_string()) };
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
    for h in headers.iter().filter(|h| h.place != "ext") {
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
    ]
}
