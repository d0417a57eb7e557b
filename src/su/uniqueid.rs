//! Globally unique identifiers and random numbers (`su_uniqueid.h`).

use std::cell::Cell;
use std::ffi::{c_char, c_int, c_void};

use crate::tag::class::write_c;

thread_local! {
    static STATE: Cell<u64> = const { Cell::new(0) };
}

fn seed() -> u64 {
    let mut s = [0u8; 8];
    // SAFETY: getrandom fills the 8-byte buffer we own.
    let n = unsafe { libc::getrandom(s.as_mut_ptr() as *mut c_void, 8, 0) };
    let mut v = u64::from_ne_bytes(s);
    if n != 8 {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1);
        v ^= t ^ ((std::process::id() as u64) << 32);
    }
    v | 1
}

/// xorshift64* per thread, seeded from the kernel.
pub fn random64() -> u64 {
    STATE.with(|st| {
        let mut x = st.get();
        if x == 0 {
            x = seed();
        }
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        st.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    })
}

#[no_mangle]
pub extern "C" fn su_random() -> u32 {
    (random64() >> 32) as u32
}

#[no_mangle]
pub extern "C" fn su_random64() -> u64 {
    random64()
}

/// A random integer in `[lb, ub]`.
#[no_mangle]
pub extern "C" fn su_randint(lb: c_int, ub: c_int) -> c_int {
    if ub <= lb {
        return lb;
    }
    let span = (ub as i64 - lb as i64 + 1) as u64;
    (lb as i64 + (random64() % span) as i64) as c_int
}

#[no_mangle]
pub unsafe extern "C" fn su_randmem(mem: *mut c_void, size: usize) -> *mut c_void {
    if mem.is_null() {
        return mem;
    }
    // SAFETY: the caller's buffer of `size` bytes.
    let buf = unsafe { std::slice::from_raw_parts_mut(mem as *mut u8, size) };
    for chunk in buf.chunks_mut(8) {
        let r = random64().to_ne_bytes();
        chunk.copy_from_slice(&r[..chunk.len()]);
    }
    mem
}

/// `su_guid_t`: 16 bytes in the RFC 4122 field layout.
#[repr(C)]
pub struct su_guid_t {
    pub id: [u8; 16],
}

fn node() -> [u8; 6] {
    static NODE: std::sync::OnceLock<[u8; 6]> = std::sync::OnceLock::new();
    *NODE.get_or_init(|| {
        let r = random64().to_ne_bytes();
        let mut n = [r[0], r[1], r[2], r[3], r[4], r[5]];
        n[0] |= 0x01; // multicast bit: not a real MAC address (RFC 4122 §4.5)
        n
    })
}

/// Copy this host's 6-byte node identifier; returns its length.
#[no_mangle]
pub unsafe extern "C" fn su_node_identifier(address: *mut c_void, addrlen: usize) -> usize {
    let n = node();
    if !address.is_null() {
        // SAFETY: the caller's buffer of `addrlen` bytes.
        unsafe { std::ptr::copy_nonoverlapping(n.as_ptr(), address as *mut u8, addrlen.min(6)) };
    }
    6
}

/// A time-based (version 1) identifier with a random node and clock sequence.
#[no_mangle]
pub unsafe extern "C" fn su_guid_generate(guid: *mut su_guid_t) {
    if guid.is_null() {
        return;
    }
    // 100 ns intervals since 1582-10-15.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let t = (now.as_nanos() / 100) as u64 + 0x01B2_1DD2_1381_4000;
    let seq = (random64() & 0x3fff) as u16 | 0x8000;
    let mut id = [0u8; 16];
    id[0..4].copy_from_slice(&(t as u32).to_be_bytes());
    id[4..6].copy_from_slice(&((t >> 32) as u16).to_be_bytes());
    id[6..8].copy_from_slice(&(((t >> 48) as u16 & 0x0fff) | 0x1000).to_be_bytes());
    id[8..10].copy_from_slice(&seq.to_be_bytes());
    id[10..16].copy_from_slice(&node());
    // SAFETY: the caller's su_guid_t.
    unsafe { (*guid).id = id };
}

/// Print as 8-4-4-4-12 hex digits (snprintf semantics); returns 36.
#[no_mangle]
pub unsafe extern "C" fn su_guid_sprintf(buf: *mut c_char, len: usize, guid: *const su_guid_t) -> c_int {
    if guid.is_null() {
        return -1;
    }
    // SAFETY: the caller's guid.
    let id = unsafe { (*guid).id };
    let mut s = String::with_capacity(36);
    for (i, b) in id.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push_str(&format!("{b:02x}"));
    }
    // SAFETY: buf writable for len bytes (or NULL).
    unsafe { write_c(buf, len, s.as_bytes()) }
}
