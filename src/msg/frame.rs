//! Message framing: finds the start line, the header lines and the body of one SIP message in
//! a byte buffer (a UDP datagram, or the front of a stream), without copying and without
//! interpreting header values. Safe Rust over `&[u8]`; every limit is explicit.
//!
//! What counts as a line end: CRLF or a bare LF. A line beginning with SP or HT continues the
//! previous header (RFC 3261 §7.3.1 folding); the header's value range then spans the fold and
//! the header parsers treat CR/LF inside it as white space.

use std::ops::Range;

/// Size limits applied while framing. Exceeding one is a clean error, never a truncation.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest message (start line, headers and body) accepted.
    pub max_message: usize,
    /// Most header lines (after unfolding) in one message.
    pub max_headers: usize,
    /// Longest single header (all of its folded lines).
    pub max_header: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_message: 65536, max_headers: 512, max_header: 16384 }
    }
}

/// How the message arrived: a datagram holds exactly one message (trailing octets after the
/// body are ignored); on a stream the Content-Length tells where the next message begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Datagram,
    Stream,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameError {
    /// Stream only: more bytes are needed (nothing is consumed).
    Incomplete,
    /// A limit of [`Limits`] was exceeded.
    TooLarge(&'static str),
    /// The first line is neither a request line nor a status line.
    BadStartLine,
    /// A header line without a `name:` part (byte offset of the line).
    BadHeaderLine(usize),
    /// Content-Length missing where required, repeated, not a number, or larger than the
    /// datagram.
    BadContentLength,
    /// Nothing but white space / empty lines.
    Empty,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartLine {
    Request { method: Range<usize>, uri: Range<usize>, version: Range<usize> },
    Status { version: Range<usize>, status: u16, phrase: Range<usize> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderLine {
    /// The field name as written (not including white space before the colon).
    pub name: Range<usize>,
    /// The value with leading and trailing white space removed; may contain folds.
    pub value: Range<usize>,
    /// The whole header text including its line end(s).
    pub raw: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// Bytes skipped before the start line (keep-alive CRLFs on a stream).
    pub skipped: usize,
    pub start: StartLine,
    /// The start line including its line end.
    pub start_raw: Range<usize>,
    /// Inline room for the header lines of a typical message (no allocation per frame).
    pub headers: smallvec::SmallVec<[HeaderLine; 24]>,
    /// The empty line ending the headers (empty range if the datagram ended without one).
    pub separator: Range<usize>,
    pub body: Range<usize>,
    /// Bytes of the buffer this message occupies (from 0, including `skipped`).
    pub consumed: usize,
    /// Index into `headers` of the Content-Length header, if any.
    pub content_length: Option<usize>,
}

/// Position of `b` in `s` (libc's vectorised memchr).
#[inline]
pub fn find_byte(s: &[u8], b: u8) -> Option<usize> {
    if s.is_empty() {
        return None;
    }
    // SAFETY: memchr reads at most s.len() bytes of s.
    let p = unsafe { libc::memchr(s.as_ptr() as *const libc::c_void, b as i32, s.len()) };
    (!p.is_null()).then(|| p as usize - s.as_ptr() as usize)
}

pub fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

#[inline]
pub fn is_token_char(b: u8) -> bool {
    crate::sip::scan::is_token(b)
}

/// Next line of `buf` starting at `pos`: (content range without the line end, next position).
/// `None` when no line end follows (the line is incomplete).
#[inline]
fn line_at(buf: &[u8], pos: usize) -> Option<(Range<usize>, usize)> {
    let nl = find_byte(&buf[pos..], b'\n')? + pos;
    let end = if nl > pos && buf[nl - 1] == b'\r' { nl - 1 } else { nl };
    Some((pos..end, nl + 1))
}

fn trim(buf: &[u8], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && matches!(buf[r.start], b' ' | b'\t' | b'\r' | b'\n') {
        r.start += 1;
    }
    while r.end > r.start && matches!(buf[r.end - 1], b' ' | b'\t' | b'\r' | b'\n') {
        r.end -= 1;
    }
    r
}

/// `SIP/` followed by digits `.` digits (the version is checked by the caller's policy).
fn is_sip_version(v: &[u8]) -> bool {
    let Some(rest) = v.get(..4).filter(|p| p.eq_ignore_ascii_case(b"SIP/")).map(|_| &v[4..]) else {
        return false;
    };
    let Some(dot) = rest.iter().position(|&b| b == b'.') else { return false };
    let (maj, min) = (&rest[..dot], &rest[dot + 1..]);
    !maj.is_empty() && !min.is_empty() && maj.iter().all(u8::is_ascii_digit) && min.iter().all(u8::is_ascii_digit)
}

fn parse_start_line(buf: &[u8], line: Range<usize>) -> Result<StartLine, FrameError> {
    let s = &buf[line.clone()];
    let base = line.start;
    if s.len() > 4 && s[..4].eq_ignore_ascii_case(b"SIP/") {
        // Status-Line = SIP-Version SP Status-Code SP Reason-Phrase
        let sp1 = s.iter().position(|&b| b == b' ').ok_or(FrameError::BadStartLine)?;
        if !is_sip_version(&s[..sp1]) {
            return Err(FrameError::BadStartLine);
        }
        let rest = &s[sp1 + 1..];
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits != 3 || (rest.len() > 3 && rest[3] != b' ') {
            return Err(FrameError::BadStartLine);
        }
        let status = rest[..3].iter().fold(0u16, |a, &d| a * 10 + u16::from(d - b'0'));
        if !(100..=699).contains(&status) {
            return Err(FrameError::BadStartLine);
        }
        let phrase_start = base + sp1 + 1 + (3 + 1).min(rest.len());
        return Ok(StartLine::Status {
            version: base..base + sp1,
            status,
            phrase: phrase_start..line.end,
        });
    }
    // Request-Line = Method SP Request-URI SP SIP-Version
    let sp1 = s.iter().position(|&b| b == b' ').ok_or(FrameError::BadStartLine)?;
    let sp2 = s.iter().rposition(|&b| b == b' ').ok_or(FrameError::BadStartLine)?;
    if sp1 == 0 || sp2 <= sp1 || !s[..sp1].iter().all(|&b| is_token_char(b)) {
        return Err(FrameError::BadStartLine);
    }
    if !is_sip_version(&s[sp2 + 1..]) {
        return Err(FrameError::BadStartLine);
    }
    let uri = base + sp1 + 1..base + sp2;
    if uri.is_empty() || buf[uri.clone()].iter().any(|&b| b <= b' ' || b == 0x7f) {
        return Err(FrameError::BadStartLine);
    }
    Ok(StartLine::Request { method: base..base + sp1, uri, version: base + sp2 + 1..line.end })
}

fn parse_decimal(s: &[u8]) -> Option<usize> {
    if s.is_empty() || s.len() > 10 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    s.iter().try_fold(0usize, |a, &d| a.checked_mul(10)?.checked_add(usize::from(d - b'0')))
}

/// Frames one message at the front of `buf`.
pub fn frame(buf: &[u8], transport: Transport, limits: &Limits) -> Result<Frame, FrameError> {
    let incomplete = |too_large: bool| {
        if too_large {
            FrameError::TooLarge("message")
        } else if transport == Transport::Stream {
            FrameError::Incomplete
        } else {
            FrameError::BadStartLine
        }
    };
    // Skip empty lines before the start line (RFC 3261 §7.5; keep-alives on streams).
    let mut pos = 0;
    loop {
        match buf.get(pos) {
            Some(b'\r') if buf.get(pos + 1) == Some(&b'\n') => pos += 2,
            Some(b'\n') => pos += 1,
            Some(_) => break,
            None if transport == Transport::Stream => return Err(FrameError::Incomplete),
            None => return Err(FrameError::Empty),
        }
    }
    let skipped = pos;
    let Some((start_line, mut pos)) = line_at(buf, pos) else {
        return Err(incomplete(buf.len() - skipped > limits.max_message));
    };
    if start_line.end - start_line.start > limits.max_header {
        return Err(FrameError::TooLarge("start line"));
    }
    let start = parse_start_line(buf, start_line.clone())?;
    let start_raw = start_line.start..pos;

    let mut headers: smallvec::SmallVec<[HeaderLine; 24]> = smallvec::SmallVec::new();
    let separator;
    loop {
        if pos - skipped > limits.max_message {
            return Err(FrameError::TooLarge("message"));
        }
        let Some((line, next)) = line_at(buf, pos) else {
            if transport == Transport::Stream {
                return Err(incomplete(buf.len() - skipped > limits.max_message));
            }
            // A datagram may end without the empty line (RFC 4475 baddn.dat): take what is
            // there as the last header line.
            if pos < buf.len() {
                let line = pos..buf.len();
                push_header(buf, &mut headers, line.clone(), line.start..buf.len(), limits)?;
            }
            separator = buf.len()..buf.len();
            pos = buf.len();
            break;
        };
        if line.is_empty() {
            separator = pos..next;
            pos = next;
            break;
        }
        if is_ws(buf[line.start]) {
            // Folded continuation of the previous header.
            let Some(last) = headers.last_mut() else {
                return Err(FrameError::BadHeaderLine(line.start));
            };
            last.raw.end = next;
            last.value = trim(buf, last.value.start..line.end);
            if last.raw.end - last.raw.start > limits.max_header {
                return Err(FrameError::TooLarge("header"));
            }
            pos = next;
            continue;
        }
        push_header(buf, &mut headers, line, pos..next, limits)?;
        pos = next;
    }

    // Content-Length (or its compact form "l").
    let mut content_length = None;
    let mut length = None;
    for (i, h) in headers.iter().enumerate() {
        let name = &buf[h.name.clone()];
        if name.eq_ignore_ascii_case(b"content-length") || name.eq_ignore_ascii_case(b"l") {
            if content_length.is_some() {
                return Err(FrameError::BadContentLength);
            }
            content_length = Some(i);
            length = Some(parse_decimal(&buf[h.value.clone()]).ok_or(FrameError::BadContentLength)?);
        }
    }
    let available = buf.len() - pos;
    let body_len = match (transport, length) {
        (Transport::Datagram, None) => available,
        (Transport::Stream, None) => 0,
        (_, Some(n)) => n,
    };
    if body_len > limits.max_message || pos - skipped + body_len > limits.max_message {
        return Err(FrameError::TooLarge("message"));
    }
    if body_len > available {
        return Err(match transport {
            Transport::Stream => FrameError::Incomplete,
            Transport::Datagram => FrameError::BadContentLength,
        });
    }
    Ok(Frame {
        skipped,
        start,
        start_raw,
        headers,
        separator,
        body: pos..pos + body_len,
        consumed: pos + body_len,
        content_length,
    })
}

fn push_header(
    buf: &[u8],
    headers: &mut smallvec::SmallVec<[HeaderLine; 24]>,
    line: Range<usize>,
    raw: Range<usize>,
    limits: &Limits,
) -> Result<(), FrameError> {
    if headers.len() >= limits.max_headers {
        return Err(FrameError::TooLarge("header count"));
    }
    if raw.end - raw.start > limits.max_header {
        return Err(FrameError::TooLarge("header"));
    }
    let s = &buf[line.clone()];
    let name_len = s.iter().take_while(|&&b| is_token_char(b)).count();
    let mut i = name_len;
    while i < s.len() && is_ws(s[i]) {
        i += 1;
    }
    if name_len == 0 || i >= s.len() || s[i] != b':' {
        return Err(FrameError::BadHeaderLine(line.start));
    }
    headers.push(HeaderLine {
        name: line.start..line.start + name_len,
        value: trim(buf, line.start + i + 1..line.end),
        raw,
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(name: &str) -> Vec<u8> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/rfc4475/");
        std::fs::read(format!("{dir}{name}")).expect("RFC 4475 corpus in testdata/")
    }

    fn dgram(b: &[u8]) -> Result<Frame, FrameError> {
        frame(b, Transport::Datagram, &Limits::default())
    }

    #[test]
    fn request_and_folding() {
        let m = b"INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h\r\nSubject: a\r\n  b\r\nl: 4\r\n\r\nbodyEXTRA";
        let f = dgram(m).unwrap();
        let StartLine::Request { method, uri, .. } = &f.start else { panic!() };
        assert_eq!(&m[method.clone()], b"INVITE");
        assert_eq!(&m[uri.clone()], b"sip:bob@example.com");
        assert_eq!(f.headers.len(), 3);
        assert_eq!(&m[f.headers[1].value.clone()], b"a\r\n  b");
        assert_eq!(&m[f.body.clone()], b"body");
        assert_eq!(f.content_length, Some(2));
    }

    #[test]
    fn status_line() {
        let m = b"SIP/2.0 180 Ringing\r\n\r\n";
        let f = dgram(m).unwrap();
        assert!(matches!(f.start, StartLine::Status { status: 180, .. }));
        let m = b"SIP/2.0 200\r\n\r\n";
        assert!(matches!(dgram(m).unwrap().start, StartLine::Status { status: 200, .. }));
        assert_eq!(dgram(b"SIP/2.0 4294967301 Big\r\n\r\n"), Err(FrameError::BadStartLine));
        assert_eq!(dgram(b"SIP/2.0 99 Low\r\n\r\n"), Err(FrameError::BadStartLine));
    }

    #[test]
    fn stream_framing() {
        let m = b"\r\nOPTIONS sip:a SIP/2.0\r\nContent-Length: 3\r\n\r\nabcOPTIONS";
        let f = frame(m, Transport::Stream, &Limits::default()).unwrap();
        assert_eq!(f.skipped, 2);
        assert_eq!(f.consumed, m.len() - 7);
        assert_eq!(
            frame(&m[..m.len() - 9], Transport::Stream, &Limits::default()),
            Err(FrameError::Incomplete)
        );
        assert_eq!(frame(b"OPTIONS sip:a SIP/2.0\r\nVia", Transport::Stream, &Limits::default()), Err(FrameError::Incomplete));
    }

    #[test]
    fn limits_are_clean_errors() {
        let mut m = b"OPTIONS sip:a SIP/2.0\r\n".to_vec();
        for _ in 0..600 {
            m.extend_from_slice(b"X-A: b\r\n");
        }
        m.extend_from_slice(b"\r\n");
        assert_eq!(dgram(&m), Err(FrameError::TooLarge("header count")));
        let small = Limits { max_message: 100, ..Limits::default() };
        assert!(matches!(frame(&m, Transport::Datagram, &small), Err(FrameError::TooLarge(_))));
    }

    #[test]
    fn rfc4475_framing() {
        // Valid messages frame; the framing errors of the RFC are reported.
        for name in ["wsinv.dat", "intmeth.dat", "esc01.dat", "escnull.dat", "esc02.dat", "lwsdisp.dat",
            "longreq.dat", "dblreq.dat", "semiuri.dat", "transports.dat", "mpart01.dat", "unreason.dat",
            "noreason.dat", "inv2543.dat", "baddn.dat"]
        {
            let m = corpus(name);
            assert!(dgram(&m).is_ok(), "{name}: {:?}", dgram(&m));
        }
        assert_eq!(dgram(&corpus("clerr.dat")), Err(FrameError::BadContentLength));
        assert_eq!(dgram(&corpus("ncl.dat")), Err(FrameError::BadContentLength));
        assert_eq!(dgram(&corpus("mcl01.dat")), Err(FrameError::BadContentLength));
        assert_eq!(dgram(&corpus("bigcode.dat")), Err(FrameError::BadStartLine));
        assert_eq!(dgram(&corpus("test.dat")), Err(FrameError::BadStartLine));
        assert_eq!(dgram(&corpus("lwsruri.dat")), Err(FrameError::BadStartLine));
        // dblreq: the REGISTER's Content-Length ends the message; the INVITE after it is ignored.
        let m = corpus("dblreq.dat");
        let f = dgram(&m).unwrap();
        assert!(f.consumed < m.len());
    }

    #[test]
    fn never_panics_on_prefixes_and_mutations() {
        let base = corpus("wsinv.dat");
        let mut seed = 0x2545F4914F6CDD1Du64;
        for cut in 0..base.len() {
            let _ = dgram(&base[..cut]);
            let _ = frame(&base[..cut], Transport::Stream, &Limits::default());
        }
        for _ in 0..20000 {
            let mut m = base.clone();
            for _ in 0..4 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let i = (seed as usize) % m.len();
                m[i] = (seed >> 32) as u8;
            }
            let _ = dgram(&m);
            let _ = frame(&m, Transport::Stream, &Limits::default());
        }
    }
}
