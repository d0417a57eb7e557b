//! Opaque stand-ins for Sofia's C struct types in the signatures of the C entry points, so
//! that cbindgen prints the exact C types (renamed in cbindgen.toml); the Rust code works
//! on them through `cmem` by offset.

macro_rules! opaque {
    ($($name:ident),*) => {
        $(
            #[repr(C)]
            pub struct $name {
                _opaque: [u8; 0],
            }
        )*
    };
}

opaque!(SipT, SipRequest, SipStatus, SipCallId, SipCseq, SipContentLength, SipDate, SipExpires, SipAddr,
        SipRoute, SipContact, SipVia, SipReplaces, MsgPayloadT, MsgSeparatorT, MsgContentType, MsgList, SipAllow, SipCallerPrefs, SipSecurityAgree, UrlStringT, SuSockaddr, MsgContentLength);
