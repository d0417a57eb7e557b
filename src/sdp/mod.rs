//! SDP (`sdp.h`): parser, printer, copies and comparisons over Sofia's C structs.
//!
//! - [`model`]: the session description as plain Rust data borrowing its text.
//! - [`parse`]: the safe parser (byte slices in, [`model::Session`] or an error text out),
//!   reproducing Sofia's tolerant line-by-line semantics.
//! - [`print`]: the printer (model in, Sofia's normalised text out).
//! - [`cstruct`]: the C layouts of `sdp.h` and the conversions between them and the model.
//! - [`api`]: the exported `sdp_*` entry points; [`tag`]: `sdptag_session_class`.

pub mod api;
pub mod cstruct;
pub mod model;
pub mod parse;
pub mod print;
pub mod tag;

/// The FreeSWITCH fork's extra enumeration values (TIAS/RS/RR, text, MSRP, AVPF/SAVPF)
/// exist in the 1.13 flavour only.
pub const FORK: bool = !cfg!(feature = "abi-1-12");

// sdp_nettype_e, sdp_addrtype_e
pub const sdp_net_x: u32 = 0;
pub const sdp_net_in: u32 = 1;
pub const sdp_addr_x: u32 = 0;
pub const sdp_addr_ip4: u32 = 1;
pub const sdp_addr_ip6: u32 = 2;

// sdp_bandwidth_e
pub const sdp_bw_x: u32 = 0;
pub const sdp_bw_ct: u32 = 1;
pub const sdp_bw_as: u32 = 2;
pub const sdp_bw_tias: u32 = 3;
pub const sdp_bw_rs: u32 = 4;
pub const sdp_bw_rr: u32 = 5;

// sdp_key_method_e
pub const sdp_key_x: u32 = 0;
pub const sdp_key_clear: u32 = 1;
pub const sdp_key_base64: u32 = 2;
pub const sdp_key_uri: u32 = 3;
pub const sdp_key_prompt: u32 = 4;

// sdp_media_e
pub const sdp_media_x: u32 = 0;
pub const sdp_media_any: u32 = 1;
pub const sdp_media_audio: u32 = 2;
pub const sdp_media_video: u32 = 3;
pub const sdp_media_application: u32 = 4;
pub const sdp_media_data: u32 = 5;
pub const sdp_media_control: u32 = 6;
pub const sdp_media_message: u32 = 7;
pub const sdp_media_image: u32 = 8;
pub const sdp_media_red: u32 = 9;
pub const sdp_media_text: u32 = 10;

// sdp_proto_e
pub const sdp_proto_x: u32 = 0;
pub const sdp_proto_tcp: u32 = 6;
pub const sdp_proto_udp: u32 = 17;
pub const sdp_proto_rtp: u32 = 256;
pub const sdp_proto_srtp: u32 = 257;
pub const sdp_proto_udptl: u32 = 258;
pub const sdp_proto_msrp: u32 = 259;
pub const sdp_proto_msrps: u32 = 260;
pub const sdp_proto_extended_srtp: u32 = 261;
pub const sdp_proto_extended_rtp: u32 = 262;
pub const sdp_proto_tls: u32 = 511;
pub const sdp_proto_any: u32 = 512;

// sdp_mode_t
pub const sdp_inactive: u32 = 0;
pub const sdp_sendonly: u32 = 1;
pub const sdp_recvonly: u32 = 2;
pub const sdp_sendrecv: u32 = 3;

// enum sdp_parse_flags_e
pub const sdp_f_strict: i32 = 1;
pub const sdp_f_anynet: i32 = 2;
pub const sdp_f_realloc: i32 = 4;
pub const sdp_f_all_rtpmaps: i32 = 8;
pub const sdp_f_print_prefix: i32 = 16;
pub const sdp_f_mode_0000: i32 = 32;
pub const sdp_f_insane: i32 = 64;
pub const sdp_f_c_missing: i32 = 128;
pub const sdp_f_config: i32 = 256;
pub const sdp_f_mode_manual: i32 = 512;
pub const sdp_f_mode_always: i32 = 1024;

/// Case-insensitive ASCII equality (`su_casematch`).
pub fn casematch(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Media type and canonical name of a media token (`sdp_media_type()`).
pub fn media_type_of(s: &[u8]) -> (u32, Option<&'static [u8]>) {
    let known: &[(&[u8], u32)] = &[
        (b"audio", sdp_media_audio),
        (b"video", sdp_media_video),
        (b"application", sdp_media_application),
        (b"data", sdp_media_data),
        (b"control", sdp_media_control),
        (b"message", sdp_media_message),
        (b"image", sdp_media_image),
        (b"red", sdp_media_red),
        (b"text", sdp_media_text),
    ];
    if s == b"*" {
        return (sdp_media_any, Some(b"*"));
    }
    for (name, v) in known {
        if *v == sdp_media_text && !FORK {
            continue;
        }
        if casematch(s, name) {
            return (*v, Some(name));
        }
    }
    (sdp_media_x, None)
}

/// Transport protocol and canonical name of a proto token (`sdp_media_transport()`).
pub fn proto_of(s: &[u8]) -> (u32, Option<&'static [u8]>) {
    if s == b"*" {
        return (sdp_proto_any, Some(b"*"));
    }
    let common: &[(&[u8], u32, &[u8])] = &[
        (b"RTP/AVP", sdp_proto_rtp, b"RTP/AVP"),
        (b"RTP/SAVP", sdp_proto_srtp, b"RTP/SAVP"),
        (b"udptl", sdp_proto_udptl, b"udptl"),
        (b"UDP", sdp_proto_udp, b"UDP"),
        (b"TCP", sdp_proto_tcp, b"TCP"),
        (b"TLS", sdp_proto_tls, b"TLS"),
    ];
    let fork: &[(&[u8], u32, &[u8])] = &[
        (b"UDP/TLS/RTP/SAVP", sdp_proto_srtp, b"RTP/SAVP"),
        (b"RTP/SAVPF", sdp_proto_extended_srtp, b"RTP/SAVPF"),
        (b"UDP/TLS/RTP/SAVPF", sdp_proto_extended_srtp, b"UDP/TLS/RTP/SAVPF"),
        (b"RTP/AVPF", sdp_proto_extended_rtp, b"RTP/AVPF"),
        (b"UDP/RTP/AVPF", sdp_proto_extended_rtp, b"UDP/RTP/AVPF"),
        (b"TCP/MSRP", sdp_proto_msrp, b"TCP/MSRP"),
        (b"TCP/TLS/MSRP", sdp_proto_msrps, b"TCP/TLS/MSRP"),
    ];
    for (tok, v, name) in common.iter().chain(if FORK { fork.iter() } else { [].iter() }) {
        if casematch(s, tok) {
            return (*v, Some(name));
        }
    }
    (sdp_proto_x, None)
}

/// Does the protocol carry RTP payload types (`sdp_media_has_rtp()`)?
pub fn proto_has_rtp(proto: u32) -> bool {
    proto == sdp_proto_rtp
        || proto == sdp_proto_srtp
        || (FORK && (proto == sdp_proto_extended_srtp || proto == sdp_proto_extended_rtp))
}

/// Well-known static payload types: (pt, encoding, rate, params).
pub const WELL_KNOWN: &[(u8, &str, u64, Option<&str>)] = &[
    (0, "PCMU", 8000, None),
    (1, "1016", 8000, None),
    (2, "G721", 8000, None),
    (3, "GSM", 8000, None),
    (4, "G723", 8000, None),
    (5, "DVI4", 8000, None),
    (6, "DVI4", 16000, None),
    (7, "LPC", 8000, None),
    (8, "PCMA", 8000, None),
    (9, "G722", 8000, None),
    (10, "L16", 44100, Some("2")),
    (11, "L16", 44100, None),
    (12, "QCELP", 8000, None),
    (13, "CN", 8000, None),
    (14, "MPA", 90000, None),
    (15, "G728", 8000, None),
    (16, "DVI4", 11025, None),
    (17, "DVI4", 22050, None),
    (18, "G729", 8000, None),
    (19, "CN", 8000, None),
    (25, "CelB", 90000, None),
    (26, "JPEG", 90000, None),
    (28, "nv", 90000, None),
    (31, "H261", 90000, None),
    (32, "MPV", 90000, None),
    (33, "MP2T", 90000, None),
    (34, "H263", 90000, None),
];

pub fn well_known(pt: u64) -> Option<&'static (u8, &'static str, u64, Option<&'static str>)> {
    WELL_KNOWN.iter().find(|w| w.0 as u64 == pt)
}
