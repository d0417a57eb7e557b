//! Tag lists (`su_tag.h`, `su_tag_class.h`, `su_tag_io.h`).
pub mod types;
pub use types::*;
