//! C layouts of the tag system (sofia-abi.md §1.1, §4): `tagi_t`, `struct tag_type_s`,
//! `struct tag_class_s`.

use std::ffi::{c_char, c_int, c_void};

use crate::su::alloc::su_home_t;

pub type tag_value_t = isize;
pub type tag_type_t = *const TagType;

/// `tagi_t`: one item of a tag list (16 bytes).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct tagi_t {
    pub t_tag: tag_type_t,
    pub t_value: tag_value_t,
}

impl tagi_t {
    pub const END: tagi_t = tagi_t { t_tag: std::ptr::null(), t_value: 0 };
}

/// `struct tag_type_s` (32 bytes); exported tag objects are `tag_typedef_t` = one of these.
#[repr(C)]
#[derive(Debug)]
pub struct TagType {
    pub tt_ns: *const c_char,
    pub tt_name: *const c_char,
    pub tt_class: *const TagClass,
    /// `tag_value_t` in C; a pointer here so statics can hold addresses.
    pub tt_magic: *const c_void,
}

// SAFETY: tag objects are immutable after initialisation and only hold pointers to other
// immutable statics.
unsafe impl Sync for TagType {}

impl TagType {
    pub const fn new(ns: &'static std::ffi::CStr, name: &'static std::ffi::CStr, class: *const TagClass, magic: *const c_void) -> TagType {
        TagType { tt_ns: ns.as_ptr(), tt_name: name.as_ptr(), tt_class: class, tt_magic: magic }
    }
}

pub type NextFn = unsafe extern "C" fn(*const tagi_t) -> *const tagi_t;
pub type LenFn = unsafe extern "C" fn(*const tagi_t) -> usize;
pub type MoveFn = unsafe extern "C" fn(*mut tagi_t, *const tagi_t) -> *mut tagi_t;
pub type XtraFn = unsafe extern "C" fn(*const tagi_t, usize) -> usize;
pub type DupFn = unsafe extern "C" fn(*mut tagi_t, *const tagi_t, *mut *mut c_void) -> *mut tagi_t;
pub type FreeFn = unsafe extern "C" fn(*mut tagi_t) -> *mut tagi_t;
pub type FindFn = unsafe extern "C" fn(tag_type_t, *const tagi_t) -> *const tagi_t;
pub type SnprintfFn = unsafe extern "C" fn(*const tagi_t, *mut c_char, usize) -> c_int;
pub type FilterFn = unsafe extern "C" fn(*mut tagi_t, *const tagi_t, *const tagi_t, *mut *mut c_void) -> *mut tagi_t;
pub type RefSetFn = unsafe extern "C" fn(tag_type_t, *mut c_void, *const tagi_t) -> c_int;
pub type ScanFn = unsafe extern "C" fn(tag_type_t, *mut su_home_t, *const c_char, *mut tag_value_t) -> c_int;

/// `struct tag_class_s` (96 bytes). A NULL slot means Sofia's default behaviour.
#[repr(C)]
#[derive(Debug)]
pub struct TagClass {
    pub tc_size: c_int,
    pub tc_next: Option<NextFn>,
    pub tc_len: Option<LenFn>,
    pub tc_move: Option<MoveFn>,
    pub tc_xtra: Option<XtraFn>,
    pub tc_dup: Option<DupFn>,
    pub tc_free: Option<FreeFn>,
    pub tc_find: Option<FindFn>,
    pub tc_snprintf: Option<SnprintfFn>,
    pub tc_filter: Option<FilterFn>,
    pub tc_ref_set: Option<RefSetFn>,
    pub tc_scan: Option<ScanFn>,
}

// SAFETY: class objects are immutable function tables.
unsafe impl Sync for TagClass {}

impl TagClass {
    /// A class with every slot at its default.
    pub const DEFAULT: TagClass = TagClass {
        tc_size: std::mem::size_of::<TagClass>() as c_int,
        tc_next: None,
        tc_len: None,
        tc_move: None,
        tc_xtra: None,
        tc_dup: None,
        tc_free: None,
        tc_find: None,
        tc_snprintf: None,
        tc_filter: None,
        tc_ref_set: None,
        tc_scan: None,
    };
}

const _: () = assert!(std::mem::size_of::<TagType>() == 32);
const _: () = assert!(std::mem::size_of::<TagClass>() == 96);
const _: () = assert!(std::mem::size_of::<tagi_t>() == 16);
