//! The `su` layer: memory homes, strings, the root event loop, timers, time, logs.
pub mod alloc;
pub mod init;
pub mod host;
pub mod log;
pub mod md5;
pub mod root;
pub mod string;
pub mod time;
pub mod timer;
pub mod uniqueid;
pub mod errno;
pub mod socket;
pub mod strlst;
pub mod clone;
pub mod port;
pub mod watch;
