//! The SDP printer: a [`Session`] to Sofia's normalised text.
//!
//! Output is produced as the sequence of pieces Sofia formats one at a time, so that the
//! C shell can reproduce how a caller-supplied buffer fills up (and when it overflows).
//! A NULL text prints as `(null)`, as glibc's printf does.

use super::model::*;
use super::parse::mode_of;
use super::*;

#[derive(Debug, Clone, Copy, Default)]
pub struct PrintFlags {
    pub strict: bool,
    pub all_rtpmaps: bool,
    pub mode_manual: bool,
    pub mode_always: bool,
}

impl PrintFlags {
    pub fn from_bits(flags: i32) -> PrintFlags {
        PrintFlags {
            strict: flags & sdp_f_strict != 0,
            all_rtpmaps: flags & sdp_f_all_rtpmaps != 0,
            mode_manual: flags & sdp_f_mode_manual != 0,
            mode_always: flags & sdp_f_mode_always != 0,
        }
    }
}

/// The printed text, where each of its pieces ends, and the error that stopped printing
/// (if any).
#[derive(Debug, Default)]
pub struct Output {
    text: Vec<u8>,
    ends: Vec<usize>,
    pub error: Option<Vec<u8>>,
}

impl Output {
    /// The whole text printed.
    pub fn bytes(&self) -> &[u8] {
        &self.text
    }

    /// A copy of the whole text printed.
    pub fn text(&self) -> Vec<u8> {
        self.text.clone()
    }

    /// The pieces in the order Sofia formats them.
    pub fn pieces(&self) -> impl Iterator<Item = &[u8]> {
        let mut start = 0;
        self.ends.iter().map(move |&e| {
            let p = &self.text[start..e];
            start = e;
            p
        })
    }
}

/// The decimal digits of `n` (at the end of `buf`).
fn dec(n: u64, buf: &mut [u8; 20]) -> &[u8] {
    crate::sip::print::digits(n, buf)
}

struct P {
    out: Output,
    f: PrintFlags,
}

type R = Result<(), ()>;

fn s(t: Text<'_>) -> &[u8] {
    t.unwrap_or(b"(null)")
}

impl P {
    fn put(&mut self, parts: &[&[u8]]) {
        for p in parts {
            self.out.text.extend_from_slice(p);
        }
        self.out.ends.push(self.out.text.len());
    }

    fn fail(&mut self, msg: String) -> R {
        self.out.error = Some(msg.into_bytes());
        Err(())
    }

    fn session(&mut self, sdp: &Session<'_>) -> R {
        self.put(&[b"v=", dec(sdp.version, &mut [0; 20]), b"\r\n"]);
        if let Some(o) = &sdp.origin {
            self.origin(o)?;
        }
        if let Some(x) = sdp.subject {
            self.put(&[b"s=", x, b"\r\n"]);
        }
        if let Some(x) = sdp.information {
            self.put(&[b"i=", x, b"\r\n"]);
        }
        if let Some(x) = sdp.uri {
            self.put(&[b"u=", x, b"\r\n"]);
        }
        for e in &sdp.emails {
            self.put(&[b"e=", s(*e), b"\r\n"]);
        }
        for e in &sdp.phones {
            self.put(&[b"p=", s(*e), b"\r\n"]);
        }
        if let Some(c) = sdp.connection.first() {
            self.put(&[b"c="]);
            self.connection(c)?;
        }
        self.bandwidths(&sdp.bandwidths);
        if sdp.times.is_empty() {
            if self.f.strict {
                self.put(&[b"t=0 0\r\n"]);
            }
        }
        for t in &sdp.times {
            self.put(&[b"t=", dec(t.start, &mut [0; 20]), b" ", dec(t.stop, &mut [0; 20]), b"\r\n"]);
            if let Some(r) = &t.repeat {
                self.put(&[b"r="]);
                self.typed_time(r.interval);
                self.put(&[b" "]);
                self.typed_time(r.duration);
                for o in &r.offsets {
                    self.put(&[b" "]);
                    self.typed_time(*o);
                }
                self.put(&[b"\r\n"]);
            }
            if let Some(z) = &t.zone {
                self.put(&[b"z="]);
                for (i, (at, off)) in z.adjustments.iter().enumerate() {
                    let neg = *off < 0;
                    self.put(&[if i > 0 { b" " } else { b"" }, dec(*at, &mut [0; 20]), b" ", if neg { b"-" } else { b"" }]);
                    self.typed_time(if neg { (*off as u64).wrapping_neg() } else { *off as u64 });
                }
                self.put(&[b"\r\n"]);
            }
        }
        if let Some(k) = &sdp.key {
            self.key(k)?;
        }
        if let Some(c) = sdp.charset {
            self.put(&[b"a=charset:", c, b"\r\n"]);
        }
        for a in &sdp.attributes {
            self.attribute(a);
        }
        if !sdp.media.is_empty() {
            self.media(sdp)?;
        }
        Ok(())
    }

    fn origin(&mut self, o: &Origin<'_>) -> R {
        let Some(c) = o.address.as_ref().filter(|c| c.address.is_some() && c.ttl == 0 && c.groups <= 1) else {
            return self.fail("o= address malformed".into());
        };
        self.put(&[b"o=", s(o.username), b" ", dec(o.id, &mut [0; 20]), b" ", dec(o.version, &mut [0; 20]), b" "]);
        self.connection(c)
    }

    fn connection(&mut self, c: &Connection<'_>) -> R {
        let mut nettype: Option<&[u8]> = match c.nettype {
            sdp_net_x => None,
            sdp_net_in => Some(b"IN "),
            n => return self.fail(format!("unknown nettype {n}")),
        };
        let addrtype: Option<&[u8]> = match c.addrtype {
            sdp_addr_x => None,
            sdp_addr_ip4 => {
                nettype = Some(b"IN ");
                Some(b"IP4 ")
            }
            sdp_addr_ip6 => {
                nettype = Some(b"IN ");
                Some(b"IP6 ")
            }
            n => return self.fail(format!("unknown address type {n}")),
        };
        let Some(addr) = c.address else { return self.fail("missing address".into()) };
        match (nettype, addrtype) {
            (Some(n), Some(a)) => self.put(&[n, a, addr]),
            // Sofia's format here has one more %s than arguments; print what it means.
            (Some(n), None) => self.put(&[n, addr]),
            _ => self.put(&[addr]),
        }
        if c.mcast || c.ttl != 0 {
            self.put(&[b"/", dec(c.ttl as u64, &mut [0; 20])]);
            if c.groups > 1 {
                self.put(&[b"/", dec(c.groups as u64, &mut [0; 20])]);
            }
        }
        self.put(&[b"\r\n"]);
        Ok(())
    }

    fn bandwidths(&mut self, bs: &[Bandwidth<'_>]) {
        for b in bs {
            let name: Text<'_> = match b.modifier {
                sdp_bw_ct => Some(b"CT"),
                sdp_bw_as => Some(b"AS"),
                sdp_bw_tias if FORK => Some(b"TIAS"),
                sdp_bw_rs if FORK => Some(b"RS"),
                sdp_bw_rr if FORK => Some(b"RR"),
                _ => b.name,
            };
            self.put(&[b"b=", s(name), b":", dec(b.value, &mut [0; 20]), b"\r\n"]);
        }
    }

    fn typed_time(&mut self, t: u64) {
        let (n, unit): (u64, &[u8]) = if t % 60 != 0 || t == 0 {
            (t, b"")
        } else if (t / 60) % 60 != 0 {
            (t / 60, b"m")
        } else if (t / 3600) % 24 != 0 {
            (t / 3600, b"h")
        } else {
            (t / 86400, b"d")
        };
        self.put(&[dec(n, &mut [0; 20]), unit]);
    }

    fn key(&mut self, k: &Key<'_>) -> R {
        let method: Text<'_> = match k.method {
            sdp_key_x => k.method_name,
            sdp_key_clear => Some(b"clear"),
            sdp_key_base64 => Some(b"base64"),
            sdp_key_uri => Some(b"uri"),
            sdp_key_prompt => Some(b"prompt"),
            n => return self.fail(format!("unknown key method ({})", n as i32)),
        };
        match k.material {
            Some(m) => self.put(&[b"k=", s(method), b":", m, b"\r\n"]),
            None => self.put(&[b"k=", s(method), b"\r\n"]),
        }
        Ok(())
    }

    fn attribute(&mut self, a: &Attribute<'_>) {
        match a.value {
            Some(v) => self.put(&[b"a=", s(a.name), b":", v, b"\r\n"]),
            None => self.put(&[b"a=", s(a.name), b"\r\n"]),
        }
    }

    fn media(&mut self, sdp: &Session<'_>) -> R {
        let session_mode = if self.f.mode_manual {
            sdp_sendrecv
        } else {
            sdp.attributes.iter().find_map(|a| a.name.and_then(mode_of)).unwrap_or(sdp_sendrecv)
        };
        for m in &sdp.media {
            let media: Text<'_> = match m.mtype {
                sdp_media_audio => Some(b"audio"),
                sdp_media_video => Some(b"video"),
                sdp_media_application => Some(b"application"),
                sdp_media_data => Some(b"data"),
                sdp_media_control => Some(b"control"),
                sdp_media_message => Some(b"message"),
                sdp_media_image => Some(b"image"),
                sdp_media_text if FORK => Some(b"text"),
                _ => m.type_name,
            };
            let proto: Text<'_> = match m.proto {
                sdp_proto_tcp => Some(b"tcp"),
                sdp_proto_udp => Some(b"udp"),
                sdp_proto_rtp => Some(b"RTP/AVP"),
                sdp_proto_srtp => Some(b"RTP/SAVP"),
                sdp_proto_udptl => Some(b"udptl"),
                sdp_proto_msrp if FORK => Some(b"TCP/MSRP"),
                sdp_proto_msrps if FORK => Some(b"TCP/TLS/MSRP"),
                sdp_proto_tls => Some(b"tls"),
                _ => m.proto_name,
            };
            // The port is printed with %u: its low 32 bits.
            let mut pb = [0; 20];
            let port = dec(m.port as u32 as u64, &mut pb);
            if m.number_of_ports <= 1 {
                self.put(&[b"m=", s(media), b" ", port, b" ", s(proto)]);
            } else {
                self.put(&[b"m=", s(media), b" ", port, b"/", dec(m.number_of_ports as u32 as u64, &mut [0; 20]), b" ", s(proto)]);
            }
            if !m.rtpmaps.is_empty() {
                for rm in &m.rtpmaps {
                    if rm.any {
                        self.put(&[b" *"]);
                    } else {
                        self.put(&[b" ", dec(rm.pt as u64, &mut [0; 20])]);
                    }
                }
            } else if !m.format.is_empty() {
                for l in &m.format {
                    self.put(&[b" ", s(*l)]);
                }
            } else if FORK && m.mtype == sdp_media_image {
                self.put(&[b" t38"]);
            } else {
                self.put(&[b" 19"]);
            }
            self.put(&[b"\r\n"]);
            if let Some(i) = m.information {
                self.put(&[b"i=", i, b"\r\n"]);
            }
            for c in &m.connections {
                self.put(&[b"c="]);
                self.connection(c)?;
            }
            self.bandwidths(&m.bandwidths);
            if let Some(k) = &m.key {
                self.key(k)?;
            }
            for rm in &m.rtpmaps {
                let has_encoding = !FORK || rm.encoding.is_some_and(|e| !e.is_empty());
                if has_encoding && (!rm.predef || self.f.all_rtpmaps) {
                    let (mut pb, mut rb) = ([0; 20], [0; 20]);
                    let (pt, rate) = (dec(rm.pt as u64, &mut pb), dec(rm.rate, &mut rb));
                    match rm.params {
                        Some(p) => self.put(&[b"a=rtpmap:", pt, b" ", s(rm.encoding), b"/", rate, b"/", p, b"\r\n"]),
                        None => self.put(&[b"a=rtpmap:", pt, b" ", s(rm.encoding), b"/", rate, b"\r\n"]),
                    }
                }
                if let Some(f) = rm.fmtp {
                    self.put(&[b"a=fmtp:", dec(rm.pt as u64, &mut [0; 20]), b" ", f, b"\r\n"]);
                }
            }
            if !self.f.mode_manual && !m.rejected && (m.mode != session_mode || self.f.mode_always) {
                match m.mode {
                    sdp_inactive => self.put(&[b"a=inactive\r\n"]),
                    sdp_sendonly => self.put(&[b"a=sendonly\r\n"]),
                    sdp_recvonly => self.put(&[b"a=recvonly\r\n"]),
                    sdp_sendrecv => self.put(&[b"a=sendrecv\r\n"]),
                    _ => {}
                }
            }
            for a in &m.attributes {
                if !self.f.mode_manual && a.name.is_some_and(|n| mode_of(n).is_some()) {
                    continue;
                }
                self.attribute(a);
            }
        }
        Ok(())
    }
}

/// Print a session description.
pub fn print(sdp: &Session<'_>, flags: i32) -> Output {
    let out = Output { text: Vec::with_capacity(256), ends: Vec::with_capacity(48), error: None };
    let mut p = P { out, f: PrintFlags::from_bits(flags) };
    let _ = p.session(sdp);
    p.out
}
