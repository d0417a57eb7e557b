//! Lexical helpers for SIP header values (RFC 3261 §25.1): a cursor over a byte slice that
//! never indexes out of bounds. Header parsers are written on top of it; they return ranges
//! into the value, which the builder later copies into C-layout structs.

use std::ops::Range;

/// RFC 3261 `token` characters, as a table.
static TOKEN: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'!' | b'%' | b'*' | b'_' | b'+' | b'`' | b'\'' | b'~');
        c += 1;
    }
    t
};

/// RFC 3261 `token` characters.
#[inline]
pub fn is_token(b: u8) -> bool {
    TOKEN[b as usize]
}

/// Linear white space inside a header value (folds have already been kept in the value, so CR
/// and LF count as white space too).
pub fn is_lws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

#[derive(Debug, Clone)]
pub struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
    end: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor over `buf[range]`; positions stay absolute (indices into `buf`).
    pub fn new(buf: &'a [u8], range: Range<usize>) -> Self {
        let end = range.end.min(buf.len());
        Cursor { buf, pos: range.start.min(end), end }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    pub fn peek(&self) -> Option<u8> {
        (self.pos < self.end).then(|| self.buf[self.pos])
    }

    pub fn rest(&self) -> Range<usize> {
        self.pos..self.end
    }

    pub fn bytes(&self, r: Range<usize>) -> &'a [u8] {
        &self.buf[r]
    }

    /// The whole buffer the cursor's ranges index.
    pub fn src(&self) -> &'a [u8] {
        self.buf
    }

    pub fn skip_lws(&mut self) {
        while self.peek().is_some_and(is_lws) {
            self.pos += 1;
        }
    }

    /// Consumes `c` (after optional white space) if it is next.
    pub fn eat(&mut self, c: u8) -> bool {
        let save = self.pos;
        self.skip_lws();
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            self.pos = save;
            false
        }
    }

    /// Consumes a run of bytes accepted by `f`; the range may be empty.
    pub fn take_while(&mut self, f: impl Fn(u8) -> bool) -> Range<usize> {
        let start = self.pos;
        while self.peek().is_some_and(&f) {
            self.pos += 1;
        }
        start..self.pos
    }

    /// A token (after optional white space); `None` if there is none.
    pub fn token(&mut self) -> Option<Range<usize>> {
        self.skip_lws();
        let r = self.take_while(is_token);
        (!r.is_empty()).then_some(r)
    }

    /// A decimal number of at most `max_digits` digits that fits in u64.
    pub fn number(&mut self, max_digits: usize) -> Option<(u64, Range<usize>)> {
        self.skip_lws();
        let r = self.take_while(|b| b.is_ascii_digit());
        if r.is_empty() || r.len() > max_digits {
            return None;
        }
        let v = self.buf[r.clone()]
            .iter()
            .try_fold(0u64, |a, &d| a.checked_mul(10)?.checked_add(u64::from(d - b'0')))?;
        Some((v, r))
    }

    /// A quoted string including its quotes; backslash escapes are kept as written.
    pub fn quoted(&mut self) -> Option<Range<usize>> {
        self.skip_lws();
        if self.peek() != Some(b'"') {
            return None;
        }
        let start = self.pos;
        self.pos += 1;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'"' => return Some(start..self.pos),
                b'\\' => {
                    if self.at_end() {
                        return None;
                    }
                    self.pos += 1;
                }
                _ => {}
            }
        }
        None
    }

    /// Text up to (not including) the first of `stops` outside quotes and angle brackets,
    /// with trailing white space trimmed. Fails on an unterminated quote or bracket.
    pub fn until_unquoted(&mut self, stops: &[u8]) -> Option<Range<usize>> {
        let start = self.pos;
        let mut angle = false;
        while let Some(b) = self.peek() {
            if !angle && stops.contains(&b) {
                break;
            }
            match b {
                b'"' if !angle => {
                    self.quoted()?;
                    continue;
                }
                b'<' => angle = true,
                b'>' => angle = false,
                _ => {}
            }
            self.pos += 1;
        }
        if angle {
            return None;
        }
        let mut end = self.pos;
        while end > start && is_lws(self.buf[end - 1]) {
            end -= 1;
        }
        Some(start..end)
    }

    /// `;name[=value]` parameters (generic-param, RFC 3261). Each parameter is returned as the
    /// range of "name" or "name=value" with white space around `=` allowed in the input;
    /// the caller decides how to store them. Stops before the first byte that cannot start
    /// another parameter (e.g. `,`).
    pub fn params(&mut self, out: &mut Vec<Param>) -> Option<()> {
        self.params_with(|p| out.push(p))
    }

    /// As [`Cursor::params`], handing each parameter to `f`.
    pub fn params_with(&mut self, mut f: impl FnMut(Param)) -> Option<()> {
        loop {
            let save = self.pos;
            if !self.eat(b';') {
                self.pos = save;
                return Some(());
            }
            let name = self.token()?;
            let save = self.pos;
            let value = if self.eat(b'=') {
                self.skip_lws();
                if self.peek() == Some(b'"') {
                    Some(self.quoted()?)
                } else {
                    let r = self.take_while(|b| is_token(b) || b == b':' || b == b'[' || b == b']');
                    if r.is_empty() {
                        return None;
                    }
                    Some(r)
                }
            } else {
                self.pos = save;
                None
            };
            f(Param { name, value });
        }
    }
}

/// One generic parameter: `name` and optional `value` ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: Range<usize>,
    pub value: Option<Range<usize>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(s: &[u8]) -> Cursor<'_> {
        Cursor::new(s, 0..s.len())
    }

    #[test]
    fn tokens_numbers_quotes() {
        let s = b"  INVITE 123 \"a \\\" b\" rest";
        let mut c = cur(s);
        assert_eq!(c.token().map(|r| &s[r]), Some(&b"INVITE"[..]));
        assert_eq!(c.number(10).map(|(v, _)| v), Some(123));
        assert_eq!(c.quoted().map(|r| &s[r]), Some(&b"\"a \\\" b\""[..]));
        assert_eq!(c.token().map(|r| &s[r]), Some(&b"rest"[..]));
        assert!(c.at_end());
        assert_eq!(cur(b"99999999999999999999999").number(30), None);
        assert_eq!(cur(b"\"open").quoted(), None);
        assert_eq!(cur(b"\"ends\\").quoted(), None);
    }

    #[test]
    fn params_and_lists() {
        let s = b";tag = abc ;lr; q=0.5;x=\"y;z\", next";
        let mut c = cur(s);
        let mut p = Vec::new();
        c.params(&mut p).unwrap();
        let shown: Vec<_> = p
            .iter()
            .map(|p| (&s[p.name.clone()], p.value.clone().map(|v| &s[v])))
            .collect();
        assert_eq!(
            shown,
            vec![
                (&b"tag"[..], Some(&b"abc"[..])),
                (&b"lr"[..], None),
                (&b"q"[..], Some(&b"0.5"[..])),
                (&b"x"[..], Some(&b"\"y;z\""[..])),
            ]
        );
        assert!(c.eat(b','));
        let s = b"\"a, b\" <sip:x,y>;p , second";
        let mut c = cur(s);
        assert_eq!(c.until_unquoted(b",").map(|r| &s[r]), Some(&b"\"a, b\" <sip:x,y>;p"[..]));
        assert_eq!(cur(b"<sip:open").until_unquoted(b","), None);
    }

    #[test]
    fn never_out_of_bounds() {
        let mut seed = 7u64;
        let alphabet = b";=\",<> \\abc1\r\n";
        for _ in 0..20000 {
            let mut v = Vec::new();
            for _ in 0..(seed % 24) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                v.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            let mut c = cur(&v);
            let mut p = Vec::new();
            let _ = c.params(&mut p);
            let _ = cur(&v).until_unquoted(b",");
            let _ = cur(&v).quoted();
            seed = seed.wrapping_add(v.len() as u64);
        }
    }
}
