//! Logging (`su_log.h`, `su_debug.h`).

/// Report an internal error (a caught panic, a misuse detected at the boundary).
pub fn internal_error(msg: &str) {
    eprintln!("sofia-rs: {msg}");
}
