//! Whole SIP messages: parsing bytes into a `msg_t` with its `sip_t`, and printing a
//! message's fragment chain in Sofia's canonical form.

use std::borrow::Cow;
use std::ffi::c_void;

use super::cmem;
use super::model::Hdr;
use super::parse;
use super::print;
use crate::msg::frame::{self, Limits, StartLine, Transport};
use crate::msg::hclass::{self, KindInfo};
use crate::msg::message::{self as m, MsgObj};

/// One fragment found in the message, before it is written to C memory.
enum Frag<'a> {
    /// The instances of one header line (a comma list gives several), kept as the parser
    /// returned them (moving each `Hdr` out would copy it).
    Header(&'static KindInfo, parse::Hdrs<'a>),
    /// A value that did not parse: kept as an error header named like the original.
    Error(&'a [u8]),
}

/// Parses one complete SIP message. Returns NULL (and nothing allocated) when the message
/// cannot be framed; headers that do not parse are kept as error headers, as Sofia does.
///
/// # Safety
/// `mclass` must be NULL or a valid message class.
pub unsafe fn parse_message(
    buf: &[u8],
    transport: Transport,
    mclass: *const c_void,
    flags: u32,
) -> Result<*mut MsgObj, frame::FrameError> {
    // SAFETY: forwarded contract.
    unsafe { parse_message_with(buf, transport, mclass, flags, &Limits::default()) }
}

/// As [`parse_message`], with explicit size limits (message size, header count, header
/// length): a message over one of them is rejected with `FrameError::TooLarge`.
///
/// # Safety
/// As for [`parse_message`].
pub unsafe fn parse_message_with<'a>(
    buf: &'a [u8],
    transport: Transport,
    mclass: *const c_void,
    flags: u32,
    limits: &Limits,
) -> Result<*mut MsgObj, frame::FrameError> {
    let f = frame::frame(buf, transport, limits)?;
    let mc_used = if mclass.is_null() { crate::msg::mclass::sip_default() } else { mclass };
    let fixed = hclass::fixed();
    let mut frags: Vec<Frag<'a>> = Vec::with_capacity(f.headers.len() + 3);

    match &f.start {
        StartLine::Request { method, uri, version } => {
            let Some(url) = parse::url_val(&buf[uri.clone()]) else {
                return Err(frame::FrameError::BadStartLine);
            };
            let mut h = Hdr { url: Some(Box::new(url)), ..Default::default() };
            let name = &buf[method.clone()];
            h.n[0] = parse::method_code(name) as u64;
            h.set(0, name);
            h.set(1, &buf[version.clone()]);
            frags.push(Frag::Header(fixed.request, smallvec::smallvec![h]));
        }
        StartLine::Status { version, status, phrase } => {
            let mut h = Hdr::default();
            h.set(0, &buf[version.clone()]);
            h.n[0] = u64::from(*status);
            h.set(1, &buf[phrase.clone()]);
            frags.push(Frag::Header(fixed.status, smallvec::smallvec![h]));
        }
    }

    // Index in `frags` of the first header of each list kind (later ones merge into it).
    // A second header of a single-instance kind stays in the chain (it is printed, as by
    // Sofia) and is reported in the error list.
    let mut list_first: smallvec::SmallVec<[(&'static str, usize); 4]> = smallvec::SmallVec::new();
    for hl in &f.headers {
        let name = &buf[hl.name.clone()];
        let value = &buf[hl.value.clone()];
        // A NUL ends the value, as in Sofia's parser (which works on C strings): the header
        // is parsed from what precedes it. Stored strings are C strings, so a value parsed
        // past a NUL would print truncated (e.g. an unbalanced quote, found by fuzzing).
        let value = match crate::msg::frame::find_byte(value, 0) {
            Some(i) => parse::trim(&value[..i]),
            None => value,
        };
        let mut k = hclass::kind_of_name(name).unwrap_or(fixed.unknown);
        // An extension header the message class does not know is an unknown header.
        if k.sip_off.is_none() && crate::msg::mclass::offset_in(mc_used, k.class_ptr()).is_none() {
            k = fixed.unknown;
        }
        let Some(values) = k.parser().and_then(|p| p(name, value)) else {
            frags.push(Frag::Error(name));
            continue;
        };
        match k.kind {
            // list: items merge into the first header of the kind
            2 => {
                if let Some(&(_, i)) = list_first.iter().find(|(s, _)| *s == k.sym) {
                    if let Some(first) = match &mut frags[i] {
                        Frag::Header(_, hs) => hs.first_mut(),
                        Frag::Error(_) => None,
                    } {
                        let items = first.params.get_or_insert_with(Vec::new);
                        for v in values {
                            items.extend(v.params.unwrap_or_default());
                        }
                        if k.sym == "allow" {
                            first.n[0] |= parse::allow_bits(first.params.as_deref().unwrap_or(&[]));
                        }
                    }
                } else {
                    list_first.push((k.sym, frags.len()));
                    frags.push(Frag::Header(k, values));
                }
            }
            _ => frags.push(Frag::Header(k, values)),
        }
    }

    let sep = &buf[f.separator.clone()];
    if !sep.is_empty() {
        let mut h = Hdr::default();
        h.set(0, sep);
        frags.push(Frag::Header(fixed.separator, smallvec::smallvec![h]));
    }
    let body = &buf[f.body.clone()];
    if !body.is_empty() {
        let mut h = Hdr::default();
        h.s[0] = Some(Cow::Borrowed(body));
        frags.push(Frag::Header(fixed.payload, smallvec::smallvec![h]));
    }

    // SAFETY: a fresh message; every header written below is a block of its home and
    // linked once into the chain and the public struct.
    unsafe {
        let msg = m::create(mclass, flags);
        if msg.is_null() {
            return Err(frame::FrameError::TooLarge("out of memory"));
        }
        let home = m::home(msg);
        let err_kind = fixed.error;
        // Every parsed header in one block of the message's home (as Sofia keeps them in
        // the message buffer): the size of each, 8-byte aligned, then one allocation.
        let err_of = |name: &'a [u8]| {
            let mut e = Hdr::default();
            e.set(0, name);
            e
        };
        let mut sizes: smallvec::SmallVec<[usize; 32]> = smallvec::SmallVec::with_capacity(frags.len() + 4);
        for f in &frags {
            match f {
                Frag::Header(k, hs) => sizes.extend(hs.iter().map(|v| cmem::header_len(v, k.shape()).next_multiple_of(8))),
                Frag::Error(name) => sizes.push(cmem::header_len(&err_of(name), err_kind.shape()).next_multiple_of(8)),
            }
        }
        let total: usize = sizes.iter().sum();
        // Not zeroed: fill() initialises every header it writes.
        let block = crate::su::alloc::home_alloc(home, total.max(8), false) as *mut u8;
        if block.is_null() {
            crate::su::alloc::su_home_unref(home);
            return Err(frame::FrameError::TooLarge("out of memory"));
        }
        let mut at = block;
        let mut sizes = sizes.into_iter();
        for frag in &frags {
            match frag {
                Frag::Header(k, hs) => {
                    for v in hs {
                        let size = sizes.next().unwrap_or(0);
                        let h = at as *mut c_void;
                        cmem::fill(at, size, k.class_ptr(), k.shape(), v);
                        m::chain_append(msg, h);
                        if !m::link_public(msg, k, h) {
                            // A second single-instance header: report it in the error list.
                            let mut e = Hdr::default();
                            e.set(0, k.name.as_bytes());
                            let eh = cmem::write(home, err_kind.class_ptr(), err_kind.shape(), &e);
                            if !eh.is_null() {
                                m::append_list(public_error_slot(msg), eh);
                            }
                        }
                        at = at.add(size);
                    }
                }
                Frag::Error(name) => {
                    let size = sizes.next().unwrap_or(0);
                    let h = at as *mut c_void;
                    cmem::fill(at, size, err_kind.class_ptr(), err_kind.shape(), &err_of(name));
                    m::chain_append(msg, h);
                    m::append_list(public_error_slot(msg), h);
                    at = at.add(size);
                }
            }
        }
        let mut fl = m::MSG_FLG_HEADERS | m::MSG_FLG_BODY | m::MSG_FLG_COMPLETE;
        if !body.is_empty() {
            fl |= m::MSG_FLG_FRAGS;
        }
        let st = &mut *(*msg).st;
        st.flags |= fl;
        st.size = f.consumed;
        std::ptr::write_unaligned(st.public.add(m::PUB_FLAGS) as *mut u32, st.flags);
        Ok(msg)
    }
}

/// # Safety
/// `msg` valid.
unsafe fn public_error_slot(msg: *mut MsgObj) -> *mut *mut c_void {
    // SAFETY: sip_error is at offset 64 of every public struct.
    unsafe { m::public(msg).add(m::PUB_ERROR) as *mut *mut c_void }
}

/// Prints the fragment chain of a message: headers of one kind that follow each other are
/// printed on one line when the kind is a comma list (`apndlist`), each fragment otherwise
/// on its own line; error headers are left out. `flags` & 1 = compact forms, & 2 =
/// canonic name-addr values.
///
/// # Safety
/// `msg` valid.
pub unsafe fn serialize(msg: *const MsgObj, flags: i32) -> Vec<u8> {
    let compact = flags & 1 != 0;
    let canonic = flags & 2 != 0;
    let mut out = Vec::with_capacity(1024);
    // One model reused for every header (its parameter vector and URL box too).
    let mut v = Hdr::default();
    let mut spare_url = None;
    // SAFETY: valid message; the chain holds valid headers.
    unsafe {
        let mut h = (*(*msg).st).chain as *const c_void;
        while !h.is_null() {
            let class = cmem::class(h);
            let Some(k) = hclass::kind_of_class(class) else {
                // A fragment of another class (e.g. a multipart delimiter) is printed as
                // it was encoded.
                let data = cmem::get_ptr(h, 24) as *const u8;
                if !data.is_null() {
                    let len = *((h as *const u8).add(32) as *const u32) as usize;
                    out.extend_from_slice(std::slice::from_raw_parts(data, len));
                }
                h = cmem::get_ptr(h, cmem::H_SUCC);
                continue;
            };
            cmem::read_into(h, k.shape(), &mut v, &mut spare_url);
            match k.sym {
                "error" => {}
                "request" | "status" | "separator" | "payload" => print::value_into(&mut out, k.sym, &v, compact, false),
                "unknown" => {
                    print::value_into(&mut out, k.sym, &v, compact, false);
                    out.extend_from_slice(b"\r\n");
                }
                _ => {
                    if compact && !k.short.is_empty() {
                        out.extend_from_slice(k.short.as_bytes());
                        out.push(b':');
                    } else {
                        out.extend_from_slice(k.name.as_bytes());
                        out.extend_from_slice(if compact { b":" } else { b": " });
                    }
                    print::value_into(&mut out, k.sym, &v, compact, canonic);
                    // A comma list continues on the same line while the kind repeats.
                    let comma_list = k.kind == 3 || (compact && matches!(k.kind, 1 | 2 | 3 | 4));
                    while comma_list && !h.is_null() {
                        let next = cmem::get_ptr(h, cmem::H_SUCC) as *const c_void;
                        if next.is_null() || cmem::class(next) != class {
                            break;
                        }
                        h = next;
                        out.extend_from_slice(if compact { b"," } else { b", " });
                        cmem::read_into(h, k.shape(), &mut v, &mut spare_url);
                        print::value_into(&mut out, k.sym, &v, compact, canonic);
                    }
                    out.extend_from_slice(b"\r\n");
                }
            }
            h = cmem::get_ptr(h, cmem::H_SUCC);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/testdata/rfc4475/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    fn roundtrip(b: &[u8]) -> String {
        // SAFETY: default class; the message is freed before returning.
        unsafe {
            let msg = parse_message(b, Transport::Datagram, std::ptr::null(), 0).expect("parses");
            let s = String::from_utf8_lossy(&serialize(msg, 0)).into_owned();
            crate::su::alloc::su_home_unref(msg as *mut _);
            s
        }
    }

    #[test]
    fn wsinv_prints_canonically() {
        let s = roundtrip(&corpus("wsinv.dat"));
        let head = s.split("\r\n\r\n").next().unwrap().replace("\r\n", "\n");
        assert_eq!(
            head,
            "INVITE sip:vivekg@chair-dnrc.example.com;unknownparam SIP/2.0\n\
To: sip:vivekg@chair-dnrc.example.com;tag=1918181833n\n\
From: \"J Rosenberg \\\\\\\"\" <sip:jdrosen@example.com>;tag=98asjd8\n\
Max-Forwards: 68\n\
Call-ID: wsinv.ndaksdj@192.0.2.1\n\
Content-Length: 150\n\
CSeq: 9 INVITE\n\
Via: SIP/2.0/UDP 192.0.2.2;branch=390skdjuw\n\
Subject: \n\
NewFangledHeader: newfangled value\n continued newfangled value\n\
UnknownHeaderWithUnusualValue: ;;,,;;,;\n\
Content-Type: application/sdp\n\
Route: <sip:services.example.com;lr;unknownwith=value;unknown-no-value>\n\
Via: SIP/2.0/TCP spindle.example.com;branch=z9hG4bK9ikj8\n\
Via: SIP/2.0/UDP 192.168.255.111;branch=z9hG4bK30239\n\
Contact: \"Quoted string \\\"\\\"\" <sip:jdrosen@example.com>;newparam=newvalue;secondparam;q=0.33"
        );
    }

    #[test]
    fn whole_corpus_never_crashes() {
        let dir = format!("{}/testdata/rfc4475", env!("CARGO_MANIFEST_DIR"));
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "dat") {
                let b = std::fs::read(&p).unwrap();
                // SAFETY: as above.
                unsafe {
                    if let Ok(msg) = parse_message(&b, Transport::Datagram, std::ptr::null(), 0) {
                        let _ = serialize(msg, 0);
                        let _ = serialize(msg, 1);
                        crate::su::alloc::su_home_unref(msg as *mut _);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod limit_tests {
    use super::*;

    #[test]
    fn limits_are_enforced_cleanly() {
        let m = b"OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nX-A: 1\r\nX-B: 2\r\nX-C: 3\r\nContent-Length: 0\r\n\r\n";
        let tight = Limits { max_headers: 3, ..Limits::default() };
        // SAFETY: default class; nothing is returned on errors.
        unsafe {
            assert_eq!(
                parse_message_with(m, Transport::Datagram, std::ptr::null(), 0, &tight).err(),
                Some(frame::FrameError::TooLarge("header count"))
            );
            let small = Limits { max_message: 40, ..Limits::default() };
            assert!(matches!(
                parse_message_with(m, Transport::Datagram, std::ptr::null(), 0, &small),
                Err(frame::FrameError::TooLarge(_))
            ));
            let line = Limits { max_header: 30, ..Limits::default() };
            assert_eq!(
                parse_message_with(m, Transport::Datagram, std::ptr::null(), 0, &line).err(),
                Some(frame::FrameError::TooLarge("header"))
            );
            let ok = parse_message_with(m, Transport::Datagram, std::ptr::null(), 0, &Limits::default()).unwrap();
            crate::su::alloc::su_home_unref(ok as *mut _);
        }
    }
}
