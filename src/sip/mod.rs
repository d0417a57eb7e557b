//! sip: SIP headers and messages (lexical layer so far; sip_t and the sip_* C API come next).
pub mod method;
pub mod scan;
pub mod status;
