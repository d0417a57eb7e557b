//! sip: SIP headers and messages. Lexical cursor (scan), the header model and shapes
//! (model), parsers (parse), printers (print) and the copy to and from C structs (cmem).
pub mod cmem;
pub mod model;
pub mod parse;
pub mod print;
pub mod scan;
