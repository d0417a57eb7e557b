//! msg: generic message handling (framing; later msg_t and the msg_* C API).
pub mod frame;
pub mod util;
