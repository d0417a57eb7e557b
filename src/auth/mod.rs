//! auth: the client side of HTTP/SIP authentication (`auth_client.h`): Digest (RFC 2617,
//! RFC 7616: MD5, MD5-sess, and SHA-256 as an extension) and Basic.
pub mod client;
pub mod digest;
pub mod sha256;
