//! The C layouts of `sdp.h` and the two conversions of the C shell:
//! [`view`] reads C structs (built by us or by the application) into the model, and
//! [`Bump`] + the `build_*` functions lay a model out as C structs in one block, the way
//! Sofia's parser and `sdp_*_dup()` hand out one allocation per copy.

use std::ffi::{c_char, c_int, c_ulong, c_void, CStr};
use std::mem::{align_of, size_of};
use std::ptr;

use super::model::*;
use crate::ffi::cbytes;
use crate::su::alloc::{home_alloc, su_home_t};

pub type sdp_text_t = c_char;

#[repr(C)]
pub struct sdp_session_t {
    pub sdp_size: c_int,
    pub sdp_next: *mut sdp_session_t,
    pub sdp_version: [c_ulong; 1],
    pub sdp_origin: *mut sdp_origin_t,
    pub sdp_subject: *const sdp_text_t,
    pub sdp_information: *const sdp_text_t,
    pub sdp_uri: *const sdp_text_t,
    pub sdp_emails: *mut sdp_list_t,
    pub sdp_phones: *mut sdp_list_t,
    pub sdp_connection: *mut sdp_connection_t,
    pub sdp_bandwidths: *mut sdp_bandwidth_t,
    pub sdp_time: *mut sdp_time_t,
    pub sdp_key: *mut sdp_key_t,
    pub sdp_attributes: *mut sdp_attribute_t,
    pub sdp_charset: *const sdp_text_t,
    pub sdp_media: *mut sdp_media_t,
}

#[repr(C)]
pub struct sdp_origin_t {
    pub o_size: c_int,
    pub o_username: *const sdp_text_t,
    pub o_id: u64,
    pub o_version: u64,
    pub o_address: *mut sdp_connection_t,
}

#[repr(C)]
pub struct sdp_connection_t {
    pub c_size: c_int,
    pub c_next: *mut sdp_connection_t,
    pub c_nettype: u32,
    pub c_addrtype: u32,
    pub c_address: *const sdp_text_t,
    /// `c_ttl : 8`, `c_mcast : 1`
    pub c_bits: u32,
    pub c_groups: u32,
}

#[repr(C)]
pub struct sdp_bandwidth_t {
    pub b_size: c_int,
    pub b_next: *mut sdp_bandwidth_t,
    pub b_modifier: u32,
    pub b_modifier_name: *const sdp_text_t,
    pub b_value: c_ulong,
}

#[repr(C)]
pub struct sdp_time_t {
    pub t_size: c_int,
    pub t_next: *mut sdp_time_t,
    pub t_start: c_ulong,
    pub t_stop: c_ulong,
    pub t_repeat: *mut sdp_repeat_t,
    pub t_zone: *mut sdp_zone_t,
}

#[repr(C)]
pub struct sdp_repeat_t {
    pub r_size: c_int,
    pub r_number_of_offsets: c_int,
    pub r_interval: c_ulong,
    pub r_duration: c_ulong,
    pub r_offsets: [c_ulong; 1],
}

#[repr(C)]
pub struct sdp_zone_adjustment {
    pub z_at: c_ulong,
    pub z_offset: i64,
}

#[repr(C)]
pub struct sdp_zone_t {
    pub z_size: c_int,
    pub z_number_of_adjustments: c_int,
    pub z_adjustments: [sdp_zone_adjustment; 1],
}

#[repr(C)]
pub struct sdp_key_t {
    pub k_size: c_int,
    pub k_method: u32,
    pub k_method_name: *const sdp_text_t,
    pub k_material: *const sdp_text_t,
}

#[repr(C)]
pub struct sdp_attribute_t {
    pub a_size: c_int,
    pub a_next: *mut sdp_attribute_t,
    pub a_name: *const sdp_text_t,
    pub a_value: *const sdp_text_t,
}

#[repr(C)]
pub struct sdp_media_t {
    pub m_size: c_int,
    pub m_next: *mut sdp_media_t,
    pub m_session: *mut sdp_session_t,
    pub m_type: u32,
    pub m_type_name: *const sdp_text_t,
    pub m_port: c_ulong,
    pub m_number_of_ports: c_ulong,
    pub m_proto: u32,
    pub m_proto_name: *const sdp_text_t,
    pub m_format: *mut sdp_list_t,
    pub m_rtpmaps: *mut sdp_rtpmap_t,
    pub m_information: *const sdp_text_t,
    pub m_connections: *mut sdp_connection_t,
    pub m_bandwidths: *mut sdp_bandwidth_t,
    pub m_key: *mut sdp_key_t,
    pub m_attributes: *mut sdp_attribute_t,
    pub m_user: *mut c_void,
    /// `m_rejected : 1`, `m_mode : 2`
    pub m_bits: u32,
}

#[repr(C)]
pub struct sdp_list_t {
    pub l_size: c_int,
    pub l_next: *mut sdp_list_t,
    pub l_text: *const sdp_text_t,
}

#[repr(C)]
pub struct sdp_rtpmap_t {
    pub rm_size: c_int,
    pub rm_next: *mut sdp_rtpmap_t,
    pub rm_encoding: *const sdp_text_t,
    pub rm_rate: c_ulong,
    pub rm_params: *const sdp_text_t,
    pub rm_fmtp: *const sdp_text_t,
    /// `rm_predef : 1`, `rm_pt : 7`, `rm_any : 1`
    pub rm_bits: u32,
}

const _: () = {
    assert!(size_of::<sdp_session_t>() == 128);
    assert!(size_of::<sdp_origin_t>() == 40);
    assert!(size_of::<sdp_connection_t>() == 40);
    assert!(size_of::<sdp_media_t>() == 144);
    assert!(size_of::<sdp_rtpmap_t>() == 56);
    assert!(size_of::<sdp_attribute_t>() == 32);
    assert!(size_of::<sdp_list_t>() == 24);
    assert!(size_of::<sdp_time_t>() == 48);
    assert!(size_of::<sdp_bandwidth_t>() == 40);
    assert!(size_of::<sdp_repeat_t>() == 32);
    assert!(size_of::<sdp_zone_t>() == 24);
    assert!(size_of::<sdp_key_t>() == 24);
};

pub fn rtpmap_bits(predef: bool, pt: u8, any: bool) -> u32 {
    (predef as u32) | (((pt & 0x7f) as u32) << 1) | ((any as u32) << 8)
}

pub fn media_bits(rejected: bool, mode: u32) -> u32 {
    (rejected as u32) | ((mode & 3) << 1)
}

// ---------------------------------------------------------------------------
// C -> model

/// Walk a C list through its next pointers.
///
/// # Safety
/// `p` must be NULL or a valid element whose next links are valid or NULL.
unsafe fn walk<T: 'static>(p: *const T, next: impl Fn(&T) -> *const T) -> impl Iterator<Item = &'static T> {
    // SAFETY: caller contract: the first element is valid or NULL.
    let first = unsafe { p.as_ref() };
    std::iter::successors(first, move |r| {
        // SAFETY: caller contract: every next link is valid or NULL.
        unsafe { next(r).as_ref() }
    })
}

/// # Safety
/// `p` NULL or a valid C string that outlives the returned slice's use.
unsafe fn text<'a>(p: *const c_char) -> Text<'a> {
    // SAFETY: forwarded contract.
    unsafe { cbytes(p) }
}

pub mod view {
    use super::*;

    // SAFETY (module): every function takes a pointer that must be NULL or point to a valid
    // Sofia struct whose pointers are in turn valid or NULL; the model borrows their text.

    pub unsafe fn connection<'a>(c: &sdp_connection_t) -> Connection<'a> {
        Connection {
            nettype: c.c_nettype,
            addrtype: c.c_addrtype,
            // SAFETY: module contract.
            address: unsafe { text(c.c_address) },
            ttl: (c.c_bits & 0xff) as u8,
            mcast: c.c_bits & 0x100 != 0,
            groups: c.c_groups,
        }
    }

    pub unsafe fn connections<'a>(c: *const sdp_connection_t) -> Vec<Connection<'a>> {
        // SAFETY: module contract.
        unsafe { walk(c, |c| c.c_next).map(|c| connection(c)).collect() }
    }

    pub unsafe fn origin<'a>(o: &sdp_origin_t) -> Origin<'a> {
        // SAFETY: module contract.
        unsafe {
            Origin {
                username: text(o.o_username),
                id: o.o_id,
                version: o.o_version,
                address: o.o_address.as_ref().map(|c| connection(c)),
            }
        }
    }

    pub unsafe fn bandwidth<'a>(b: &sdp_bandwidth_t) -> Bandwidth<'a> {
        // SAFETY: module contract.
        Bandwidth { modifier: b.b_modifier, name: unsafe { text(b.b_modifier_name) }, value: b.b_value }
    }

    pub unsafe fn bandwidths<'a>(b: *const sdp_bandwidth_t) -> Vec<Bandwidth<'a>> {
        // SAFETY: module contract.
        unsafe { walk(b, |b| b.b_next).map(|b| bandwidth(b)).collect() }
    }

    pub unsafe fn repeat(r: &sdp_repeat_t) -> Repeat {
        let n = r.r_number_of_offsets.max(0) as usize;
        // SAFETY: r_offsets has r_number_of_offsets entries (module contract).
        let offsets = unsafe { std::slice::from_raw_parts(ptr::addr_of!(r.r_offsets) as *const c_ulong, n) }.to_vec();
        Repeat { interval: r.r_interval, duration: r.r_duration, offsets }
    }

    pub unsafe fn zone(z: &sdp_zone_t) -> Zone {
        let n = z.z_number_of_adjustments.max(0) as usize;
        // SAFETY: z_adjustments has z_number_of_adjustments entries (module contract).
        let adj = unsafe { std::slice::from_raw_parts(ptr::addr_of!(z.z_adjustments) as *const sdp_zone_adjustment, n) };
        Zone { adjustments: adj.iter().map(|a| (a.z_at, a.z_offset)).collect() }
    }

    pub unsafe fn time(t: &sdp_time_t) -> Time {
        // SAFETY: module contract.
        unsafe {
            Time {
                start: t.t_start,
                stop: t.t_stop,
                repeat: t.t_repeat.as_ref().map(|r| repeat(r)),
                zone: t.t_zone.as_ref().map(|z| zone(z)),
            }
        }
    }

    pub unsafe fn times(t: *const sdp_time_t) -> Vec<Time> {
        // SAFETY: module contract.
        unsafe { walk(t, |t| t.t_next).map(|t| time(t)).collect() }
    }

    pub unsafe fn key<'a>(k: &sdp_key_t) -> Key<'a> {
        // SAFETY: module contract.
        unsafe { Key { method: k.k_method, method_name: text(k.k_method_name), material: text(k.k_material) } }
    }

    pub unsafe fn attribute<'a>(a: &sdp_attribute_t) -> Attribute<'a> {
        // SAFETY: module contract.
        unsafe { Attribute { name: text(a.a_name), value: text(a.a_value) } }
    }

    pub unsafe fn attributes<'a>(a: *const sdp_attribute_t) -> Vec<Attribute<'a>> {
        // SAFETY: module contract.
        unsafe { walk(a, |a| a.a_next).map(|a| attribute(a)).collect() }
    }

    pub unsafe fn list<'a>(l: *const sdp_list_t) -> Vec<Text<'a>> {
        // SAFETY: module contract.
        unsafe { walk(l, |l| l.l_next).map(|l| text(l.l_text)).collect() }
    }

    pub unsafe fn rtpmap<'a>(rm: &sdp_rtpmap_t) -> Rtpmap<'a> {
        // SAFETY: module contract.
        unsafe {
            Rtpmap {
                encoding: text(rm.rm_encoding),
                rate: rm.rm_rate,
                params: text(rm.rm_params),
                fmtp: text(rm.rm_fmtp),
                predef: rm.rm_bits & 1 != 0,
                pt: ((rm.rm_bits >> 1) & 0x7f) as u8,
                any: rm.rm_bits & 0x100 != 0,
            }
        }
    }

    pub unsafe fn rtpmaps<'a>(rm: *const sdp_rtpmap_t) -> Vec<Rtpmap<'a>> {
        // SAFETY: module contract.
        unsafe { walk(rm, |r| r.rm_next).map(|r| rtpmap(r)).collect() }
    }

    pub unsafe fn media<'a>(m: &sdp_media_t) -> Media<'a> {
        // SAFETY: module contract.
        unsafe {
            Media {
                mtype: m.m_type,
                type_name: text(m.m_type_name),
                port: m.m_port,
                number_of_ports: m.m_number_of_ports,
                proto: m.m_proto,
                proto_name: text(m.m_proto_name),
                format: list(m.m_format),
                rtpmaps: rtpmaps(m.m_rtpmaps),
                information: text(m.m_information),
                connections: connections(m.m_connections),
                bandwidths: bandwidths(m.m_bandwidths),
                key: m.m_key.as_ref().map(|k| key(k)),
                attributes: attributes(m.m_attributes),
                user: m.m_user as usize,
                rejected: m.m_bits & 1 != 0,
                mode: (m.m_bits >> 1) & 3,
            }
        }
    }

    pub unsafe fn medias<'a>(m: *const sdp_media_t) -> Vec<Media<'a>> {
        // SAFETY: module contract.
        unsafe { walk(m, |m| m.m_next).map(|m| media(m)).collect() }
    }

    pub unsafe fn session<'a>(s: &sdp_session_t, with_media: bool) -> Session<'a> {
        // SAFETY: module contract.
        unsafe {
            Session {
                version: s.sdp_version[0],
                origin: s.sdp_origin.as_ref().map(|o| origin(o)),
                subject: text(s.sdp_subject),
                information: text(s.sdp_information),
                uri: text(s.sdp_uri),
                emails: list(s.sdp_emails),
                phones: list(s.sdp_phones),
                connection: connections(s.sdp_connection),
                bandwidths: bandwidths(s.sdp_bandwidths),
                times: times(s.sdp_time),
                key: s.sdp_key.as_ref().map(|k| key(k)),
                attributes: attributes(s.sdp_attributes),
                charset: text(s.sdp_charset),
                media: if with_media { medias(s.sdp_media) } else { Vec::new() },
            }
        }
    }
}

// ---------------------------------------------------------------------------
// model -> C

/// A bump allocator over one block. In the sizing pass (`base` NULL) it only counts;
/// pointers it hands out then are never dereferenced.
pub struct Bump {
    base: *mut u8,
    cap: usize,
    used: usize,
}

impl Bump {
    pub fn sizing() -> Bump {
        Bump { base: ptr::null_mut(), cap: usize::MAX, used: 0 }
    }

    /// Lay out into `size` bytes at `base` (which must be writable and 8-aligned).
    pub fn over(base: *mut u8, size: usize) -> Bump {
        Bump { base, cap: size, used: 0 }
    }

    pub fn used(&self) -> usize {
        self.used
    }

    fn dry(&self) -> bool {
        self.base.is_null()
    }

    fn reserve_bytes(&mut self, size: usize, align: usize) -> *mut u8 {
        let start = (self.used + align - 1) & !(align - 1);
        let end = start.checked_add(size).expect("sdp block size overflow");
        assert!(end <= self.cap, "sdp block overrun");
        self.used = end;
        if self.dry() {
            // A non-NULL placeholder; never dereferenced in the sizing pass.
            (start + align) as *mut u8
        } else {
            // SAFETY: start + size <= cap, inside the block.
            unsafe { self.base.add(start) }
        }
    }

    pub fn reserve<T>(&mut self) -> *mut T {
        self.reserve_bytes(size_of::<T>(), align_of::<T>().max(8)) as *mut T
    }

    pub fn fill<T>(&mut self, p: *mut T, v: T) {
        if !self.dry() {
            // SAFETY: p was reserved for a T in this block.
            unsafe { ptr::write(p, v) }
        }
    }

    pub fn put<T>(&mut self, v: T) -> *mut T {
        let p = self.reserve::<T>();
        self.fill(p, v);
        p
    }

    pub fn str(&mut self, t: Text<'_>) -> *const c_char {
        let Some(t) = t else { return ptr::null() };
        let p = self.reserve_bytes(t.len() + 1, 1);
        if !self.dry() {
            // SAFETY: p has t.len() + 1 bytes reserved.
            unsafe {
                ptr::copy_nonoverlapping(t.as_ptr(), p, t.len());
                *p.add(t.len()) = 0;
            }
        }
        p as *const c_char
    }

    pub fn static_str(&mut self, s: &'static CStr) -> *const c_char {
        s.as_ptr()
    }
}

/// Lay out `build` twice: once to size the block, once into a block from `home`.
///
/// # Safety
/// `home` NULL or a valid home. `build` must do the same allocations in both passes.
pub unsafe fn in_block<T>(home: *mut su_home_t, build: impl Fn(&mut Bump) -> *mut T) -> *mut T {
    let mut sizing = Bump::sizing();
    build(&mut sizing);
    let size = sizing.used.max(1);
    // SAFETY: caller contract on home.
    let base = unsafe { home_alloc(home, size, true) } as *mut u8;
    if base.is_null() {
        return ptr::null_mut();
    }
    let mut b = Bump { base, cap: size, used: 0 };
    build(&mut b)
}

pub fn connection(b: &mut Bump, c: &Connection<'_>, next: *mut sdp_connection_t) -> *mut sdp_connection_t {
    let p = b.reserve::<sdp_connection_t>();
    let address = b.str(c.address);
    b.fill(
        p,
        sdp_connection_t {
            c_size: size_of::<sdp_connection_t>() as c_int,
            c_next: next,
            c_nettype: c.nettype,
            c_addrtype: c.addrtype,
            c_address: address,
            c_bits: c.ttl as u32 | ((c.mcast as u32) << 8),
            c_groups: c.groups,
        },
    );
    p
}

pub fn connections(b: &mut Bump, cs: &[Connection<'_>]) -> *mut sdp_connection_t {
    let mut next = ptr::null_mut();
    for c in cs.iter().rev() {
        next = connection(b, c, next);
    }
    next
}

pub fn origin(b: &mut Bump, o: &Origin<'_>) -> *mut sdp_origin_t {
    let p = b.reserve::<sdp_origin_t>();
    let username = b.str(o.username);
    let address = o.address.as_ref().map_or(ptr::null_mut(), |c| connection(b, c, ptr::null_mut()));
    b.fill(p, sdp_origin_t { o_size: size_of::<sdp_origin_t>() as c_int, o_username: username, o_id: o.id, o_version: o.version, o_address: address });
    p
}

pub fn bandwidths(b: &mut Bump, bs: &[Bandwidth<'_>]) -> *mut sdp_bandwidth_t {
    let mut next = ptr::null_mut();
    for bw in bs.iter().rev() {
        let p = b.reserve::<sdp_bandwidth_t>();
        let name = b.str(bw.name);
        b.fill(p, sdp_bandwidth_t { b_size: size_of::<sdp_bandwidth_t>() as c_int, b_next: next, b_modifier: bw.modifier, b_modifier_name: name, b_value: bw.value });
        next = p;
    }
    next
}

pub fn repeat(b: &mut Bump, r: &Repeat) -> *mut sdp_repeat_t {
    // Room for the offsets plus one terminating zero, as Sofia allocates it.
    let size = 24 + 8 * (r.offsets.len() + 1);
    let p = b.reserve_bytes(size, 8) as *mut sdp_repeat_t;
    if !b.dry() {
        // SAFETY: p has `size` bytes in the block (zeroed by the allocation).
        unsafe {
            (*p).r_size = size as c_int;
            (*p).r_number_of_offsets = r.offsets.len() as c_int;
            (*p).r_interval = r.interval;
            (*p).r_duration = r.duration;
            let offs = ptr::addr_of_mut!((*p).r_offsets) as *mut c_ulong;
            for (i, o) in r.offsets.iter().enumerate() {
                *offs.add(i) = *o;
            }
            *offs.add(r.offsets.len()) = 0;
        }
    }
    p
}

pub fn zone(b: &mut Bump, z: &Zone) -> *mut sdp_zone_t {
    let size = 8 + 16 * z.adjustments.len().max(1);
    let p = b.reserve_bytes(size, 8) as *mut sdp_zone_t;
    if !b.dry() {
        // SAFETY: p has `size` bytes in the block (zeroed by the allocation).
        unsafe {
            (*p).z_size = (8 + 16 * z.adjustments.len()) as c_int;
            (*p).z_number_of_adjustments = z.adjustments.len() as c_int;
            let adj = ptr::addr_of_mut!((*p).z_adjustments) as *mut sdp_zone_adjustment;
            for (i, (at, off)) in z.adjustments.iter().enumerate() {
                *adj.add(i) = sdp_zone_adjustment { z_at: *at, z_offset: *off };
            }
        }
    }
    p
}

pub fn time(b: &mut Bump, t: &Time, next: *mut sdp_time_t) -> *mut sdp_time_t {
    let p = b.reserve::<sdp_time_t>();
    let r = t.repeat.as_ref().map_or(ptr::null_mut(), |r| repeat(b, r));
    let z = t.zone.as_ref().map_or(ptr::null_mut(), |z| zone(b, z));
    b.fill(p, sdp_time_t { t_size: size_of::<sdp_time_t>() as c_int, t_next: next, t_start: t.start, t_stop: t.stop, t_repeat: r, t_zone: z });
    p
}

pub fn times(b: &mut Bump, ts: &[Time]) -> *mut sdp_time_t {
    let mut next = ptr::null_mut();
    for t in ts.iter().rev() {
        next = time(b, t, next);
    }
    next
}

pub fn key(b: &mut Bump, k: &Key<'_>) -> *mut sdp_key_t {
    let p = b.reserve::<sdp_key_t>();
    let name = b.str(k.method_name);
    let material = b.str(k.material);
    b.fill(p, sdp_key_t { k_size: size_of::<sdp_key_t>() as c_int, k_method: k.method, k_method_name: name, k_material: material });
    p
}

pub fn attributes(b: &mut Bump, attrs: &[Attribute<'_>]) -> *mut sdp_attribute_t {
    let mut next = ptr::null_mut();
    for a in attrs.iter().rev() {
        let p = b.reserve::<sdp_attribute_t>();
        let name = b.str(a.name);
        let value = b.str(a.value);
        b.fill(p, sdp_attribute_t { a_size: size_of::<sdp_attribute_t>() as c_int, a_next: next, a_name: name, a_value: value });
        next = p;
    }
    next
}

pub fn list(b: &mut Bump, l: &[Text<'_>]) -> *mut sdp_list_t {
    let mut next = ptr::null_mut();
    for t in l.iter().rev() {
        let p = b.reserve::<sdp_list_t>();
        let text = b.str(*t);
        b.fill(p, sdp_list_t { l_size: size_of::<sdp_list_t>() as c_int, l_next: next, l_text: text });
        next = p;
    }
    next
}

pub fn rtpmaps(b: &mut Bump, rms: &[Rtpmap<'_>]) -> *mut sdp_rtpmap_t {
    let mut next = ptr::null_mut();
    for rm in rms.iter().rev() {
        let p = b.reserve::<sdp_rtpmap_t>();
        let encoding = b.str(rm.encoding);
        let params = b.str(rm.params);
        let fmtp = b.str(rm.fmtp);
        b.fill(
            p,
            sdp_rtpmap_t {
                rm_size: size_of::<sdp_rtpmap_t>() as c_int,
                rm_next: next,
                rm_encoding: encoding,
                rm_rate: rm.rate,
                rm_params: params,
                rm_fmtp: fmtp,
                rm_bits: rtpmap_bits(rm.predef, rm.pt, rm.any),
            },
        );
        next = p;
    }
    next
}

pub fn media(b: &mut Bump, m: &Media<'_>, session: *mut sdp_session_t, next: *mut sdp_media_t) -> *mut sdp_media_t {
    let p = b.reserve::<sdp_media_t>();
    let type_name = b.str(m.type_name);
    let proto_name = b.str(m.proto_name);
    let format = list(b, &m.format);
    let rtpmaps = rtpmaps(b, &m.rtpmaps);
    let information = b.str(m.information);
    let connections = connections(b, &m.connections);
    let bandwidths = bandwidths(b, &m.bandwidths);
    let key = m.key.as_ref().map_or(ptr::null_mut(), |k| key(b, k));
    let attributes = attributes(b, &m.attributes);
    b.fill(
        p,
        sdp_media_t {
            m_size: size_of::<sdp_media_t>() as c_int,
            m_next: next,
            m_session: session,
            m_type: m.mtype,
            m_type_name: type_name,
            m_port: m.port,
            m_number_of_ports: m.number_of_ports,
            m_proto: m.proto,
            m_proto_name: proto_name,
            m_format: format,
            m_rtpmaps: rtpmaps,
            m_information: information,
            m_connections: connections,
            m_bandwidths: bandwidths,
            m_key: key,
            m_attributes: attributes,
            m_user: m.user as *mut c_void,
            m_bits: media_bits(m.rejected, m.mode),
        },
    );
    p
}

pub fn medias(b: &mut Bump, ms: &[Media<'_>], session: *mut sdp_session_t) -> *mut sdp_media_t {
    let mut next = ptr::null_mut();
    for m in ms.iter().rev() {
        next = media(b, m, session, next);
    }
    next
}

/// A session and everything under it; media point back to it.
pub fn session(b: &mut Bump, s: &Session<'_>) -> *mut sdp_session_t {
    let p = b.reserve::<sdp_session_t>();
    let origin = s.origin.as_ref().map_or(ptr::null_mut(), |o| origin(b, o));
    let subject = b.str(s.subject);
    let information = b.str(s.information);
    let uri = b.str(s.uri);
    let emails = list(b, &s.emails);
    let phones = list(b, &s.phones);
    let connection = connections(b, &s.connection);
    let bandwidths = bandwidths(b, &s.bandwidths);
    let time = times(b, &s.times);
    let key = s.key.as_ref().map_or(ptr::null_mut(), |k| key(b, k));
    let attributes = attributes(b, &s.attributes);
    let charset = b.str(s.charset);
    let media = medias(b, &s.media, p);
    b.fill(
        p,
        sdp_session_t {
            sdp_size: size_of::<sdp_session_t>() as c_int,
            sdp_next: ptr::null_mut(),
            sdp_version: [s.version],
            sdp_origin: origin,
            sdp_subject: subject,
            sdp_information: information,
            sdp_uri: uri,
            sdp_emails: emails,
            sdp_phones: phones,
            sdp_connection: connection,
            sdp_bandwidths: bandwidths,
            sdp_time: time,
            sdp_key: key,
            sdp_attributes: attributes,
            sdp_charset: charset,
            sdp_media: media,
        },
    );
    p
}
