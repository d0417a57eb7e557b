//! msg: generic message handling: framing, header classes, the message class, msg_t and
//! the msg_* C API.
pub mod frame;
pub mod hclass;
pub mod mclass;
pub mod message;
pub mod util;
pub mod api;
pub mod edit;
pub mod multipart;
pub mod items;
pub mod more;
pub mod slots;
pub mod tokens;
pub mod mime_classes;
pub mod copy;
pub mod addr;
pub mod state;
