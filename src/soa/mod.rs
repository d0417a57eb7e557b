//! The SDP offer/answer engine (`soa.h`), default ("static") backend.
//!
//! - [`core`]: the negotiation (RFC 3264) over the SDP model: m= line slots, codec
//!   intersection, rejection, directions and hold, o=/c= lines, activity. Safe Rust.
//! - [`api`]: the exported `soa_*` functions: sessions, their stored descriptions and
//!   offer/answer state. The variadic `soa_set_params()` / `soa_get_params()` /
//!   `soa_get_paramlist()` are in csrc/soa_shim.c.

pub mod api;
pub mod core;
