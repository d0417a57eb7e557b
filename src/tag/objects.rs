//! Tag objects: the generic ones of `su_tag.h` and, generated from tags/*.tags, every
//! module's tags with their `_ref` twins.

#[allow(unused_imports)]
use crate::tag::class::*;
use crate::tag::types::TagType;
#[allow(unused_imports)]
use crate::url::*;
use crate::sdp::tag::sdptag_session_class;
use crate::sip::tag::*;
use crate::msg::hclass::*;

#[no_mangle]
pub static tag_null: TagType = TagType::new(c"", c"tag_null", core::ptr::addr_of!(null_tag_class), core::ptr::null());
#[no_mangle]
pub static tag_skip: TagType = TagType::new(c"", c"tag_skip", core::ptr::addr_of!(skip_tag_class), core::ptr::null());
#[no_mangle]
pub static tag_next: TagType = TagType::new(c"", c"tag_next", core::ptr::addr_of!(next_tag_class), core::ptr::null());
#[no_mangle]
pub static tag_any: TagType = TagType::new(c"", c"tag_any", core::ptr::addr_of!(any_tag_class), core::ptr::null());
#[no_mangle]
pub static tag_filter: TagType = TagType::new(c"", c"tag_filter", core::ptr::addr_of!(filter_tag_class), core::ptr::null());

include!(concat!(env!("OUT_DIR"), "/tags_gen.rs"));
