//! Tag lists (`su_tag.h`).
