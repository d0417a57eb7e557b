//! sres: Sofia's DNS resolver (`sofia-resolv/sres.h`), first slice: resolv.conf and the
//! option variables, UDP queries with Sofia's retransmission and server choice, the answer
//! cache (TTLs, CNAME following), the record layouts of `sres_record.h`, and the blocking
//! API (`sres_blocking_query`) with sorting and freeing of answers.
//!
//! `wire` encodes queries and decodes responses (safe, bounded); `conf` reads the
//! configuration; `core` is the non-blocking engine; `api` is the C shell; `root` runs a
//! resolver on an `su_root_t` (`sresolv.h`: `sres_resolver_create`, `sres_query`, ...).

pub mod api;
pub mod conf;
pub mod core;
pub mod root;
pub mod wire;
