//! sofia-rs: a memory-safe reimplementation of libsofia-sip-ua.
//!
//! Layering follows Sofia-SIP: `su` (homes, root loop, timers, logs) → `tag` (tag lists)
//! → `url` → `msg`/`sip`/`sdp` → … Each layer is safe Rust with a thin C-ABI shell; C
//! entry points catch panics at the boundary (`ffi::guard`). Variadic entry points live in
//! the C shim (`csrc/`), which only turns `(tag, value, ...)` into a tag list and calls in.
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case)]
#![allow(clippy::missing_safety_doc, clippy::not_unsafe_ptr_arg_deref)]

pub mod auth;
pub mod ffi;
pub mod msg;
pub mod sdp;
pub mod sip;
pub mod soa;
pub mod su;
pub mod tag;
pub mod nta;
pub mod nua;
pub mod sres;
pub mod tport;
pub mod url;
