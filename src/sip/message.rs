//! Whole SIP messages: parsing bytes into a `msg_t` with its `sip_t`, and printing a
//! message's fragment chain in Sofia's canonical form.

use std::borrow::Cow;
use std::ffi::c_void;

use super::cmem;
use super::model::{Hdr, Lite};
use super::parse;
use super::print;
use crate::msg::frame::{self, Limits, StartLine, Transport};
use crate::msg::hclass::{self, KindInfo};
use crate::msg::message::{self as m, MsgObj};

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

    // The common kinds are parsed into `lite` (slices of the text, reused per line) when
    // their value fits it, and written from there; the others into the model.
    let mut lite = Lite::default();
    // The start line: a request line in `lite` when its URL needs no rewriting.
    let start = match &f.start {
        StartLine::Request { method, uri, version } => {
            let (uri, name, version) = (&buf[uri.clone()], &buf[method.clone()], &buf[version.clone()]);
            let mut h = Hdr::default();
            if parse::request_into(&mut lite, uri, name, version).is_none() && parse::request_into(&mut h, uri, name, version).is_none() {
                return Err(frame::FrameError::BadStartLine);
            }
            (fixed.request, h)
        }
        StartLine::Status { version, status, phrase } => {
            let mut h = Hdr::default();
            h.set(0, &buf[version.clone()]);
            h.n[0] = u64::from(*status);
            h.set(1, &buf[phrase.clone()]);
            (fixed.status, h)
        }
    };

    // The kind of every header line, and whether a list kind (whose items all go into its
    // first header) occurs more than once: then those lines are parsed together.
    let mut kinds: smallvec::SmallVec<[&'static KindInfo; 24]> = smallvec::SmallVec::with_capacity(f.headers.len());
    let mut repeated_list = false;
    for hl in &f.headers {
        let mut k = hclass::kind_of_name(&buf[hl.name.clone()]).unwrap_or(fixed.unknown);
        // An extension header the message class does not know is an unknown header.
        if k.sip_off.is_none() && crate::msg::mclass::offset_in(mc_used, k.class_ptr()).is_none() {
            k = fixed.unknown;
        }
        if k.kind == 2 && kinds.iter().any(|&seen| std::ptr::eq(seen, k)) {
            repeated_list = true;
        }
        kinds.push(k);
    }
    // A NUL ends a value, as in Sofia's parser (which works on C strings): the header is
    // parsed from what precedes it. Stored strings are C strings, so a value parsed past a
    // NUL would print truncated (e.g. an unbalanced quote, found by fuzzing).
    // (One search over all header lines instead of one per value.)
    let headers_text = f.headers.first().map_or(0..0, |a| a.raw.start..f.headers[f.headers.len() - 1].raw.end);
    let nul = crate::msg::frame::find_byte(&buf[headers_text], 0).is_some();
    let value_of = |i: usize| {
        let value = &buf[f.headers[i].value.clone()];
        match if nul { crate::msg::frame::find_byte(value, 0) } else { None } {
            Some(n) => parse::trim(&value[..n]),
            None => value,
        }
    };
    let parse_line = |i: usize| kinds[i].parser().and_then(|p| p(&buf[f.headers[i].name.clone()], value_of(i)));

    // SAFETY: a fresh message; every header written below is a block of its home, linked
    // once into the chain and the public struct.
    unsafe {
        // The C structs and their strings take about twice the text.
        let msg = m::create_with(mclass, flags, 2 * f.consumed + 512);
        if msg.is_null() {
            return Err(frame::FrameError::TooLarge("out of memory"));
        }
        let home = m::home(msg);
        let oom = || {
            crate::su::alloc::su_home_unref(home);
            Err(frame::FrameError::TooLarge("out of memory"))
        };
        // An error header named `name`, in the error list (and the chain when `chained`).
        let error = |name: &[u8], chained: bool| -> bool {
            let mut e = Hdr::default();
            e.set(0, name);
            let h = cmem::write_raw(home, fixed.error.class_ptr(), fixed.error.shape(), &e);
            if h.is_null() {
                return false;
            }
            if chained {
                m::chain_append(msg, h);
            }
            m::append_list(public_error_slot(msg), h);
            true
        };
        // Each header is written to C memory as soon as it is parsed (no model of the
        // whole message is kept): a block of the message's home (an arena), the chain in
        // wire order, the public struct.
        let linked = |k: &'static KindInfo, h: *mut c_void| -> bool {
            if h.is_null() {
                return false;
            }
            m::chain_append(msg, h);
            if !m::link_public(msg, k, h) {
                // A second single-instance header: kept in the chain (printed, as by
                // Sofia) and reported in the error list (a failure to report it is not one
                // to parse it).
                error(k.name.as_bytes(), false);
            }
            true
        };
        let emit = |k: &'static KindInfo, v: &Hdr| linked(k, cmem::write_raw(home, k.class_ptr(), k.shape(), v));
        let emit_lite = |k: &'static KindInfo, v: &Lite| linked(k, cmem::write_raw(home, k.class_ptr(), k.shape(), v));

        let start_ok = if std::ptr::eq(start.0, fixed.request) && lite.url.is_some() {
            emit_lite(start.0, &lite)
        } else {
            emit(start.0, &start.1)
        };
        if !start_ok {
            return oom();
        }
        drop(start);
        // Lines of a repeated list kind merged into an earlier one (skipped when reached).
        let mut merged: smallvec::SmallVec<[bool; 24]> = smallvec::smallvec![false; if repeated_list { kinds.len() } else { 0 }];
        for (i, hl) in f.headers.iter().enumerate() {
            if repeated_list && merged[i] {
                continue;
            }
            let k = kinds[i];
            if let Some(parse_lite) = k.lite().filter(|_| !(repeated_list && k.kind == 2)) {
                lite.clear();
                if parse_lite(value_of(i), &mut lite).is_some() {
                    if !emit_lite(k, &lite) {
                        return oom();
                    }
                    continue;
                }
            }
            let Some(mut values) = parse_line(i) else {
                // A value that did not parse: kept as an error header named like the original.
                if !error(&buf[hl.name.clone()], true) {
                    return oom();
                }
                continue;
            };
            if repeated_list && k.kind == 2 {
                // The items of the later lines of this kind that parse join this one's;
                // those that do not parse stay error headers at their own place.
                for j in i + 1..kinds.len() {
                    if !std::ptr::eq(kinds[j], k) {
                        continue;
                    }
                    if let Some(more) = parse_line(j) {
                        merged[j] = true;
                        if let Some(first) = values.first_mut() {
                            let items = first.params.get_or_insert_with(Vec::new);
                            for v in more {
                                items.extend(v.params.unwrap_or_default());
                            }
                        }
                    }
                }
                if k.sym == "allow" {
                    if let Some(first) = values.first_mut() {
                        first.n[0] |= parse::allow_bits(first.params.iter().flatten().map(|p| &p[..]));
                    }
                }
            }
            for v in &values {
                if !emit(k, v) {
                    return oom();
                }
            }
        }

        let sep = &buf[f.separator.clone()];
        if !sep.is_empty() {
            let mut h = Hdr::default();
            h.set(0, sep);
            if !emit(fixed.separator, &h) {
                return oom();
            }
        }
        let body = &buf[f.body.clone()];
        if !body.is_empty() {
            let mut h = Hdr::default();
            h.s[0] = Some(Cow::Borrowed(body));
            if !emit(fixed.payload, &h) {
                return oom();
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
    let mut v = Hdr { params: Some(Vec::with_capacity(16)), ..Default::default() };
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
            let printer = k.printer();
            match printer {
                print::P::Error => {}
                print::P::Request | print::P::Status | print::P::Raw => print::value_into(&mut out, printer, &v, compact, false),
                print::P::Unknown => {
                    print::value_into(&mut out, printer, &v, compact, false);
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
                    print::value_into(&mut out, printer, &v, compact, canonic);
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
                        print::value_into(&mut out, printer, &v, compact, canonic);
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
