//! DNS messages (RFC 1035): the query encoder and a response decoder that never panics
//! and never reads outside the packet (compression pointers are bounded in number).

/// Header flag: recursion desired.
const HDR_RD: u16 = 1 << 8;
/// Header mask of the response code.
pub const HDR_RCODE: u16 = 15;

/// Longest presentation name Sofia accepts (`SRES_MAXDNAME`).
pub const MAXDNAME: usize = 1025;

/// Why a message could not be encoded or decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireError {
    EmptyLabel,
    LongLabel,
    LongName,
    Truncated,
    BadPointer,
    BadA6,
}

/// Encodes a standard query (one question, class IN, RD set) for `name` (absolute or not;
/// a final dot is optional).
pub fn encode_query(id: u16, qtype: u16, name: &[u8]) -> Result<Vec<u8>, WireError> {
    let mut m = Vec::with_capacity(18 + name.len());
    m.extend_from_slice(&id.to_be_bytes());
    m.extend_from_slice(&HDR_RD.to_be_bytes());
    m.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 0]);
    put_name(&mut m, name)?;
    m.extend_from_slice(&qtype.to_be_bytes());
    m.extend_from_slice(&1u16.to_be_bytes());
    Ok(m)
}

fn put_name(m: &mut Vec<u8>, name: &[u8]) -> Result<(), WireError> {
    let name = name.strip_suffix(b".").unwrap_or(name);
    if name.len() + 1 >= MAXDNAME {
        return Err(WireError::LongName);
    }
    if !name.is_empty() {
        for label in name.split(|&c| c == b'.') {
            if label.is_empty() {
                return Err(WireError::EmptyLabel);
            }
            if label.len() >= 64 {
                return Err(WireError::LongLabel);
            }
            m.push(label.len() as u8);
            m.extend_from_slice(label);
        }
    }
    m.push(0);
    Ok(())
}

/// The decoded data of a resource record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RData {
    A([u8; 4]),
    Aaaa([u8; 16]),
    A6 { prelen: u8, suffix: [u8; 16], prename: Option<Vec<u8>> },
    Cname(Vec<u8>),
    Ptr(Vec<u8>),
    Srv { priority: u16, weight: u16, port: u16, target: Vec<u8> },
    Naptr { order: u16, prefer: u16, flags: Vec<u8>, services: Vec<u8>, regexp: Vec<u8>, replace: Vec<u8> },
    Soa { mname: Vec<u8>, rname: Vec<u8>, serial: u32, refresh: u32, retry: u32, expire: u32, minimum: u32 },
    /// Any other type: the raw record data.
    Unknown(Vec<u8>),
    /// No data: an error record made by the resolver (`r_status` nonzero).
    None,
}

/// One record as the resolver keeps it. Names are in presentation form with a final dot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub name: Vec<u8>,
    pub rtype: u16,
    pub class: u16,
    pub ttl: u32,
    pub rdlen: u16,
    pub status: u16,
    pub data: RData,
}

/// A decoded response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub id: u16,
    pub flags: u16,
    pub ancount: u16,
    /// Answer, authority and additional records, in that order.
    pub records: Vec<Record>,
}

/// Reads only the 16-bit ID of a message (to find its query).
pub fn message_id(buf: &[u8]) -> Option<u16> {
    (buf.len() >= 12).then(|| u16::from_be_bytes([buf[0], buf[1]]))
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    /// reads stop here (the end of the current record's data, or of the message)
    end: usize,
}

impl<'a> Reader<'a> {
    fn u8(&mut self) -> Result<u8, WireError> {
        if self.pos + 1 > self.end {
            return Err(WireError::Truncated);
        }
        self.pos += 1;
        Ok(self.buf[self.pos - 1])
    }
    fn u16(&mut self) -> Result<u16, WireError> {
        Ok(u16::from_be_bytes([self.u8()?, self.u8()?]))
    }
    fn u32(&mut self) -> Result<u32, WireError> {
        Ok(u32::from_be_bytes([self.u8()?, self.u8()?, self.u8()?, self.u8()?]))
    }
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        if self.pos + n > self.end {
            return Err(WireError::Truncated);
        }
        self.pos += n;
        Ok(&self.buf[self.pos - n..self.pos])
    }
    /// A <character-string>.
    fn string(&mut self) -> Result<Vec<u8>, WireError> {
        let n = self.u8()? as usize;
        Ok(self.bytes(n)?.to_vec())
    }
    /// A domain name, uncompressed: labels each followed by a dot; the root is ".".
    /// Pointers may point anywhere before the current end; at most 64 are followed.
    fn name(&mut self) -> Result<Vec<u8>, WireError> {
        let mut out = Vec::new();
        let mut pos = self.pos;
        let mut jumped = false;
        let mut jumps = 0;
        loop {
            if pos >= self.end {
                return Err(WireError::Truncated);
            }
            let cnt = self.buf[pos];
            pos += 1;
            if cnt == 0 {
                break;
            }
            if cnt >= 0xc0 {
                if pos >= self.end {
                    return Err(WireError::Truncated);
                }
                let target = (((cnt & 0x3f) as usize) << 8) | self.buf[pos] as usize;
                pos += 1;
                if !jumped {
                    self.pos = pos;
                    jumped = true;
                }
                jumps += 1;
                if target == 0 || target >= self.end || jumps > 64 {
                    return Err(WireError::BadPointer);
                }
                pos = target;
            } else if cnt >= 0x40 {
                return Err(WireError::BadPointer);
            } else {
                let cnt = cnt as usize;
                if pos + cnt > self.end {
                    return Err(WireError::Truncated);
                }
                out.extend_from_slice(&self.buf[pos..pos + cnt]);
                out.push(b'.');
                pos += cnt;
                if out.len() >= MAXDNAME {
                    return Err(WireError::LongName);
                }
            }
        }
        if !jumped {
            self.pos = pos;
        }
        if out.is_empty() {
            out.push(b'.');
        }
        Ok(out)
    }
}

/// Decodes a response. Any malformed part makes the whole message an error, as in Sofia.
pub fn decode(buf: &[u8]) -> Result<Response, WireError> {
    let buf = &buf[..buf.len().min(65535)];
    let mut r = Reader { buf, pos: 0, end: buf.len() };
    let id = r.u16()?;
    let flags = r.u16()?;
    let qdcount = r.u16()?;
    let ancount = r.u16()?;
    let nscount = r.u16()?;
    let arcount = r.u16()?;
    for _ in 0..qdcount {
        r.name()?;
        r.u16()?;
        r.u16()?;
    }
    let total = ancount as usize + nscount as usize + arcount as usize;
    let mut records = Vec::with_capacity(total.min(512));
    for _ in 0..total {
        records.push(record(&mut r)?);
    }
    Ok(Response { id, flags, ancount, records })
}

fn record(r: &mut Reader) -> Result<Record, WireError> {
    let name = r.name()?;
    let rtype = r.u16()?;
    let class = r.u16()?;
    let ttl = r.u32()?;
    let rdlen = r.u16()?;
    let start = r.pos;
    let end = start + rdlen as usize;
    if end > r.end {
        return Err(WireError::Truncated);
    }
    let msg_end = r.end;
    r.end = end;
    let data = rdata(r, rtype, rdlen);
    r.end = msg_end;
    let data = data?;
    r.pos = end;
    Ok(Record { name, rtype, class, ttl, rdlen, status: 0, data })
}

fn rdata(r: &mut Reader, rtype: u16, rdlen: u16) -> Result<RData, WireError> {
    Ok(match rtype {
        1 => RData::A(r.bytes(4)?.try_into().map_err(|_| WireError::Truncated)?),
        28 => RData::Aaaa(r.bytes(16)?.try_into().map_err(|_| WireError::Truncated)?),
        38 => {
            let prelen = r.u8()?;
            if prelen > 128 {
                return Err(WireError::BadA6);
            }
            let n = (128 + 7 - prelen as usize) / 8;
            let mut suffix = [0u8; 16];
            suffix[16 - n..].copy_from_slice(r.bytes(n)?);
            let mut prename = None;
            if prelen > 0 {
                if n > 0 {
                    suffix[16 - n] &= 0xffu8 >> (prelen & 7);
                }
                prename = Some(r.name()?);
            }
            RData::A6 { prelen, suffix, prename }
        }
        5 => RData::Cname(r.name()?),
        12 => RData::Ptr(r.name()?),
        33 => RData::Srv { priority: r.u16()?, weight: r.u16()?, port: r.u16()?, target: r.name()? },
        35 => RData::Naptr {
            order: r.u16()?,
            prefer: r.u16()?,
            flags: r.string()?,
            services: r.string()?,
            regexp: r.string()?,
            replace: r.name()?,
        },
        6 => RData::Soa {
            mname: r.name()?,
            rname: r.name()?,
            serial: r.u32()?,
            refresh: r.u32()?,
            retry: r.u32()?,
            expire: r.u32()?,
            minimum: r.u32()?,
        },
        _ => RData::Unknown(r.bytes(rdlen as usize)?.to_vec()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_encoding() {
        let q = encode_query(0x1234, 33, b"_sip._udp.example.com").unwrap();
        assert_eq!(&q[..12], &[0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
        assert_eq!(&q[12..], b"\x04_sip\x04_udp\x07example\x03com\x00\x00\x21\x00\x01");
        assert_eq!(encode_query(1, 1, b"a.com.").unwrap(), encode_query(1, 1, b"a.com").unwrap());
        assert_eq!(encode_query(1, 1, b"a..com"), Err(WireError::EmptyLabel));
        assert_eq!(encode_query(1, 1, &[b'x'; 64]), Err(WireError::LongLabel));
        assert_eq!(&encode_query(1, 1, b".").unwrap()[12..], b"\x00\x00\x01\x00\x01");
    }
}
