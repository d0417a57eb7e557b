//! MD5 (`su_md5.h`, RFC 1321) over the application-visible 88-byte `su_md5_t`.
//! Used for digest authentication and tags; not for security.

use std::ffi::{c_char, c_uint};

use crate::ffi::{cbytes, guard};

/// `su_md5_t`: state words, bit count (low, high), pending input block.
#[repr(C)]
pub struct su_md5_t {
    pub buf: [u32; 4],
    pub bits: [u32; 2],
    pub input: [u8; 64],
}

const _: () = assert!(std::mem::size_of::<su_md5_t>() == 88);

const S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

fn k(i: usize) -> u32 {
    // K[i] = floor(|sin(i + 1)| * 2^32)
    ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32
}

fn transform(state: &mut [u32; 4], block: &[u8; 64]) {
    let mut m = [0u32; 16];
    for (i, w) in m.iter_mut().enumerate() {
        *w = u32::from_le_bytes([block[i * 4], block[i * 4 + 1], block[i * 4 + 2], block[i * 4 + 3]]);
    }
    let [mut a, mut b, mut c, mut d] = *state;
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let t = d;
        d = c;
        c = b;
        b = b.wrapping_add(a.wrapping_add(f).wrapping_add(k(i)).wrapping_add(m[g]).rotate_left(S[i]));
        a = t;
    }
    state[0] = state[0].wrapping_add(a);
    state[1] = state[1].wrapping_add(b);
    state[2] = state[2].wrapping_add(c);
    state[3] = state[3].wrapping_add(d);
}

impl su_md5_t {
    /// A fresh context (for Rust users such as the digest client).
    pub(crate) fn new() -> Self {
        let mut c = su_md5_t { buf: [0; 4], bits: [0; 2], input: [0; 64] };
        c.init();
        c
    }

    fn init(&mut self) {
        self.buf = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
        self.bits = [0, 0];
        self.input = [0; 64];
    }

    fn total(&self) -> u64 {
        (self.bits[0] as u64) | ((self.bits[1] as u64) << 32)
    }

    pub(crate) fn update(&mut self, mut data: &[u8], lower: bool) {
        let mut used = ((self.total() >> 3) & 63) as usize;
        let total = self.total().wrapping_add((data.len() as u64) << 3);
        self.bits = [total as u32, (total >> 32) as u32];
        while !data.is_empty() {
            let n = (64 - used).min(data.len());
            for (dst, src) in self.input[used..used + n].iter_mut().zip(&data[..n]) {
                *dst = if lower { src.to_ascii_lowercase() } else { *src };
            }
            used += n;
            data = &data[n..];
            if used == 64 {
                let block = self.input;
                transform(&mut self.buf, &block);
                used = 0;
            }
        }
    }

    pub(crate) fn digest(&self) -> [u8; 16] {
        let mut c = su_md5_t { buf: self.buf, bits: self.bits, input: self.input };
        let bits = self.total();
        let used = ((bits >> 3) & 63) as usize;
        let pad = if used < 56 { 56 - used } else { 120 - used };
        let mut tail = vec![0u8; pad];
        tail[0] = 0x80;
        c.update(&tail, false);
        c.update(&bits.to_le_bytes(), false);
        let mut out = [0u8; 16];
        for (i, w) in c.buf.iter().enumerate() {
            out[i * 4..i * 4 + 4].copy_from_slice(&w.to_le_bytes());
        }
        out
    }
}

/// # Safety
/// `ctx` must be NULL or point to an `su_md5_t`.
unsafe fn ctx<'a>(p: *mut su_md5_t) -> Option<&'a mut su_md5_t> {
    // SAFETY: caller contract.
    unsafe { p.as_mut() }
}

/// # Safety
/// `buf` must be readable for `len` bytes.
unsafe fn bytes<'a>(buf: *const u8, len: c_uint) -> &'a [u8] {
    if buf.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: caller contract.
        unsafe { std::slice::from_raw_parts(buf, len as usize) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_init(c: *mut su_md5_t) {
    // SAFETY: NULL or a context.
    if let Some(c) = unsafe { ctx(c) } {
        c.init();
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_deinit(c: *mut su_md5_t) {
    // SAFETY: NULL or a context.
    if let Some(c) = unsafe { ctx(c) } {
        c.buf = [0; 4];
        c.bits = [0; 2];
        c.input = [0; 64];
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_update(c: *mut su_md5_t, buf: *const std::ffi::c_void, len: c_uint) {
    // SAFETY: NULL or a context; buf readable for len bytes.
    guard((), || unsafe {
        if let Some(c) = ctx(c) {
            c.update(bytes(buf as *const u8, len), false);
        }
    })
}

/// Case-folding update: upper-case ASCII letters count as lower-case.
#[no_mangle]
pub unsafe extern "C" fn su_md5_iupdate(c: *mut su_md5_t, buf: *const std::ffi::c_void, len: c_uint) {
    // SAFETY: NULL or a context; buf readable for len bytes.
    guard((), || unsafe {
        if let Some(c) = ctx(c) {
            c.update(bytes(buf as *const u8, len), true);
        }
    })
}

/// # Safety
/// NULL or a context; `s` NULL or a C string.
unsafe fn str_update(c: *mut su_md5_t, s: *const c_char, with_nul: bool, lower: bool) {
    // SAFETY: caller contract.
    guard((), || unsafe {
        if let Some(c) = ctx(c) {
            match cbytes(s) {
                Some(b) => {
                    c.update(b, lower);
                    if with_nul {
                        c.update(&[0], false);
                    }
                }
                None if with_nul => c.update(&[0], false),
                None => {}
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_strupdate(c: *mut su_md5_t, s: *const c_char) {
    // SAFETY: forwarded.
    unsafe { str_update(c, s, false, false) }
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_str0update(c: *mut su_md5_t, s: *const c_char) {
    // SAFETY: forwarded.
    unsafe { str_update(c, s, true, false) }
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_striupdate(c: *mut su_md5_t, s: *const c_char) {
    // SAFETY: forwarded.
    unsafe { str_update(c, s, false, true) }
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_stri0update(c: *mut su_md5_t, s: *const c_char) {
    // SAFETY: forwarded.
    unsafe { str_update(c, s, true, true) }
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_digest(c: *const su_md5_t, digest: *mut u8) {
    if c.is_null() || digest.is_null() {
        return;
    }
    // SAFETY: a context, and a 16-byte output buffer.
    unsafe {
        let d = (*c).digest();
        std::ptr::copy_nonoverlapping(d.as_ptr(), digest, 16);
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_md5_hexdigest(c: *const su_md5_t, digest: *mut c_char) {
    if c.is_null() || digest.is_null() {
        return;
    }
    // SAFETY: a context, and a 33-byte output buffer.
    unsafe {
        let hex: String = (*c).digest().iter().map(|b| format!("{b:02x}")).collect();
        std::ptr::copy_nonoverlapping(hex.as_ptr(), digest as *mut u8, 32);
        *digest.add(32) = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(data: &[u8]) -> String {
        let mut c = su_md5_t { buf: [0; 4], bits: [0; 2], input: [0; 64] };
        c.init();
        c.update(data, false);
        c.digest().iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn rfc1321_vectors() {
        assert_eq!(hex(b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(hex(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hex(b"message digest"), "f96b697d7cb7938d525a2f31aaf161d0");
        assert_eq!(
            hex(b"12345678901234567890123456789012345678901234567890123456789012345678901234567890"),
            "57edf4a22be3c955ac49da2e2107b67a"
        );
    }
}
