//! sip: SIP headers and messages. Lexical cursor (scan), the header model and shapes
//! (model), parsers (parse), printers (print), the copy to and from C structs (cmem) and
//! whole messages (message).
pub mod cmem;
pub mod message;
pub mod method;
pub mod model;
pub mod parse;
pub mod print;
pub mod scan;
pub mod status;
pub mod api;
pub mod tag;
pub mod create;
pub mod addtags;
pub mod ctypes;
pub mod util;
pub mod feature;
pub mod prefs;
pub mod more;
pub mod query;
pub mod lite_check;
