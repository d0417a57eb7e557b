//! A session description as plain data. Text borrows from the parsed message (or from
//! the C structs being printed / copied); enumerations are kept as raw numbers because C
//! callers may store any value in them. `None` text is a NULL pointer in C.

pub type Text<'a> = Option<&'a [u8]>;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Session<'a> {
    pub version: u64,
    pub origin: Option<Origin<'a>>,
    pub subject: Text<'a>,
    pub information: Text<'a>,
    pub uri: Text<'a>,
    pub emails: Vec<Text<'a>>,
    pub phones: Vec<Text<'a>>,
    pub connection: Vec<Connection<'a>>,
    pub bandwidths: Vec<Bandwidth<'a>>,
    pub times: Vec<Time>,
    pub key: Option<Key<'a>>,
    pub attributes: Vec<Attribute<'a>>,
    pub charset: Text<'a>,
    pub media: Vec<Media<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Origin<'a> {
    pub username: Text<'a>,
    pub id: u64,
    pub version: u64,
    pub address: Option<Connection<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Connection<'a> {
    pub nettype: u32,
    pub addrtype: u32,
    pub address: Text<'a>,
    pub ttl: u8,
    pub mcast: bool,
    pub groups: u32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bandwidth<'a> {
    pub modifier: u32,
    pub name: Text<'a>,
    pub value: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Time {
    pub start: u64,
    pub stop: u64,
    pub repeat: Option<Repeat>,
    pub zone: Option<Zone>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Repeat {
    pub interval: u64,
    pub duration: u64,
    pub offsets: Vec<u64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Zone {
    /// (z_at, z_offset)
    pub adjustments: Vec<(u64, i64)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Key<'a> {
    pub method: u32,
    pub method_name: Text<'a>,
    pub material: Text<'a>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attribute<'a> {
    pub name: Text<'a>,
    pub value: Text<'a>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rtpmap<'a> {
    pub encoding: Text<'a>,
    pub rate: u64,
    pub params: Text<'a>,
    pub fmtp: Text<'a>,
    pub predef: bool,
    pub pt: u8,
    pub any: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Media<'a> {
    pub mtype: u32,
    pub type_name: Text<'a>,
    pub port: u64,
    pub number_of_ports: u64,
    pub proto: u32,
    pub proto_name: Text<'a>,
    pub format: Vec<Text<'a>>,
    pub rtpmaps: Vec<Rtpmap<'a>>,
    pub information: Text<'a>,
    pub connections: Vec<Connection<'a>>,
    pub bandwidths: Vec<Bandwidth<'a>>,
    pub key: Option<Key<'a>>,
    pub attributes: Vec<Attribute<'a>>,
    /// `m_user`, carried through copies untouched.
    pub user: usize,
    pub rejected: bool,
    pub mode: u32,
}
