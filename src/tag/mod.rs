//! Tag lists (`su_tag.h`, `su_tag_class.h`, `su_tag_io.h`).
//!
//! `types` has the C layouts, `class` the generic classes, `objects` every exported tag
//! object (generated from tags/*.tags), `list` the `tl_*` operations. The variadic
//! entry points (`tl_gets`, `tl_tlist`, …) are in csrc/su_tag_shim.c.
pub mod class;
pub mod list;
pub mod objects;
pub mod types;
pub use types::*;
