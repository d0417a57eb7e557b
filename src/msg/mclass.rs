//! The SIP message class (`msg_mclass_t`): exported as `sip_mclass` with Sofia's layout
//! (2256 bytes), generated from headers/sip.headers. It maps header names to the offsets
//! of their pointers in `sip_t`, and is what `sip_t.sip_common->h_class` points to.

use std::ffi::{c_char, c_void};

use super::hclass::*;

/// `msg_href_t`: a header class and the offset of its pointer in the public message.
#[repr(C)]
pub struct MsgHref {
    pub hr_class: *const MsgHclass,
    pub hr_offset: u16,
    pub hr_flags: u16,
}

impl MsgHref {
    pub const NONE: MsgHref = MsgHref { hr_class: std::ptr::null(), hr_offset: 0, hr_flags: 0 };
}

/// `struct msg_mclass_s` with its 127-entry hash table.
#[repr(C)]
pub struct MsgMclass {
    pub mc_hclass: [MsgHclass; 1],
    pub mc_name: *const c_char,
    pub mc_tag: *mut c_void,
    pub mc_flags: u32,
    pub mc_msize: u32,
    pub mc_extract_body: Option<unsafe extern "C" fn()>,
    pub mc_request: [MsgHref; 1],
    pub mc_status: [MsgHref; 1],
    pub mc_separator: [MsgHref; 1],
    pub mc_payload: [MsgHref; 1],
    pub mc_unknown: [MsgHref; 1],
    pub mc_error: [MsgHref; 1],
    pub mc_multipart: [MsgHref; 1],
    pub mc_short: *const MsgHref,
    pub mc_hash_size: i16,
    pub mc_hash_used: i16,
    pub mc_hash: [MsgHref; 127],
}

// SAFETY: immutable after static initialisation; pointers to static data only.
unsafe impl Sync for MsgMclass {}
// SAFETY: as above.
unsafe impl Sync for MsgHref {}

include!(concat!(env!("OUT_DIR"), "/sip_mclass.rs"));

/// The class `sip_default_mclass()` returns: `sip_mclass` until the application installs
/// another with `sip_update_default_mclass()` (FreeSWITCH installs the extended one).
static DEFAULT: std::sync::atomic::AtomicPtr<MsgMclass> = std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());

/// The default SIP message class.
pub fn sip_default() -> *const c_void {
    let p = DEFAULT.load(std::sync::atomic::Ordering::Acquire);
    if p.is_null() {
        builtin()
    } else {
        p as *const c_void
    }
}

/// `sip_mclass` itself.
pub fn builtin() -> *const c_void {
    &sip_mclass[0] as *const MsgMclass as *const c_void
}

/// The class that also knows the extension headers (P-Asserted-Identity, Remote-Party-ID,
/// Alert-Info, Reply-To, ...), each with a slot after `sip_t`.
pub fn extended() -> *const c_void {
    &SIP_MCLASS_EXTENDED[0] as *const MsgMclass as *const c_void
}

pub fn set_default(mc: *const c_void) {
    DEFAULT.store(mc as *mut MsgMclass, std::sync::atomic::Ordering::Release);
}

/// Offset in the public message of the pointer for header class `class`, looked up by
/// hash in `mc` (NULL `mc` = the default class).
///
/// # Safety
/// `mc` must be NULL or a valid message class; `class` a valid header class.
pub unsafe fn offset_in(mc: *const c_void, class: *const c_void) -> Option<usize> {
    let mc = if mc.is_null() { &sip_mclass[0] } else {
        // SAFETY: caller.
        unsafe { &*(mc as *const MsgMclass) }
    };
    // SAFETY: caller: a header class starts with its hash.
    let hash = unsafe { std::ptr::read_unaligned(class as *const i32) };
    // The start lines, separator, body, unknown and error headers have their own references.
    for r in [&mc.mc_request[0], &mc.mc_status[0], &mc.mc_separator[0], &mc.mc_payload[0], &mc.mc_unknown[0], &mc.mc_error[0]] {
        // SAFETY: non-NULL references point to header classes.
        if !r.hr_class.is_null() && unsafe { (*r.hr_class).hc_hash } == hash {
            return Some(r.hr_offset as usize);
        }
    }
    let size = mc.mc_hash_size.max(1) as usize;
    let table: &[MsgHref] = if size == 127 { &mc.mc_hash } else {
        // SAFETY: a class with another hash size has that many entries (Sofia's layout).
        unsafe { std::slice::from_raw_parts(mc.mc_hash.as_ptr(), size) }
    };
    let mut i = (hash as u32 as usize) % size;
    for _ in 0..size {
        let r = &table[i];
        if r.hr_class.is_null() {
            return None;
        }
        // SAFETY: non-NULL entries point to header classes.
        if unsafe { (*r.hr_class).hc_hash } == hash {
            return Some(r.hr_offset as usize);
        }
        i = (i + 1) % size;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        assert_eq!(std::mem::size_of::<MsgHclass>(), 64);
        assert_eq!(std::mem::size_of::<MsgHref>(), 16);
        assert_eq!(std::mem::size_of::<MsgMclass>(), 2256);
        assert_eq!(std::mem::offset_of!(MsgMclass, mc_hash), 224);
    }

    #[test]
    fn lookups() {
        // SAFETY: static classes.
        unsafe {
            assert_eq!(offset_in(std::ptr::null(), kind("via").class_ptr()), Some(88));
            assert_eq!(offset_in(std::ptr::null(), kind("from").class_ptr()), Some(128));
            assert_eq!(offset_in(std::ptr::null(), kind("remote_party_id").class_ptr()), None);
        }
    }
}
