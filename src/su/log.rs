//! Logging (`su_log.h`, `su_debug.h`).
//!
//! Every module has an exported `su_log_t` object (56 bytes) that applications read and
//! write directly (`nua_log->log_level`, `su_log_redirect(tport_log, ...)`). A log whose
//! level was not set (neither by its environment variable nor by `su_log_set_level`)
//! follows `su_log_default`'s level; a log without a logger of its own uses
//! `su_log_default`'s logger. The default logger (a C function of the shim, because it
//! takes a `va_list`) prints to `stderr`, or to the `FILE *` given as stream.
//!
//! Messages that pass the level check are also emitted as `tracing` events (target = the
//! log's name, for the known modules), which costs one `enabled` check when nobody listens.
//!
//! The log objects are `#[no_mangle]` statics with interior mutability: C programs get copy
//! relocations for the ones they name, so the library always goes through the symbol
//! (never a private copy) and re-reads the fields on every use.

use std::cell::UnsafeCell;
use std::ffi::{c_char, c_int, c_uint, c_void, CStr, CString};
use std::fmt;
use std::ptr;
use std::sync::OnceLock;

use crate::ffi::{cstr, guard};

/// The largest log level.
pub const SU_LOG_MAX: c_uint = 9;

/// A `va_list` function parameter (on x86-64 a pointer to the compiler's
/// `__va_list_tag`), opaque to Rust.
#[repr(transparent)]
#[derive(Clone, Copy)]
pub struct LoggerArgs(*mut c_void);

/// A `su_logger_f *`: `void (*)(void *stream, char const *fmt, va_list ap)`. Rust never
/// calls it (it cannot build a `va_list`); only the C shim does.
pub type Logger = unsafe extern "C" fn(*mut c_void, *const c_char, LoggerArgs);

/// `struct su_log_s`, 56 bytes.
#[repr(C)]
pub struct su_log_t {
    pub log_size: c_int,
    pub log_name: *const c_char,
    pub log_env: *const c_char,
    pub log_default: c_uint,
    pub log_level: c_uint,
    /// 0 = not initialised, 1 = level from `log_default`/`su_log_default`, 2 = set explicitly.
    pub log_init: c_int,
    pub log_logger: Option<Logger>,
    pub log_stream: *mut c_void,
}

/// An exported log object: a `su_log_t` that C may modify at any time.
#[repr(transparent)]
pub struct LogObj(UnsafeCell<su_log_t>);

// SAFETY: the fields are plain words that C code reads and writes without locks, as with
// Sofia-SIP; Rust only copies them in and out through raw pointers.
unsafe impl Sync for LogObj {}

impl LogObj {
    const fn new(name: &'static CStr, env: &'static CStr, default: c_uint, logger: Option<Logger>) -> LogObj {
        LogObj(UnsafeCell::new(su_log_t {
            log_size: std::mem::size_of::<su_log_t>() as c_int,
            log_name: name.as_ptr(),
            log_env: env.as_ptr(),
            log_default: default,
            log_level: SU_LOG_MAX,
            log_init: 0,
            log_logger: logger,
            log_stream: ptr::null_mut(),
        }))
    }

    /// The object's address, as C sees it.
    pub fn as_ptr(&'static self) -> *mut su_log_t {
        self.0.get()
    }
}

extern "C" {
    /// The default logger: `vfprintf(stream ? stream : stderr, fmt, ap)` (csrc/su_log_shim.c).
    fn sofia_shim_default_logger(stream: *mut c_void, fmt: *const c_char, ap: LoggerArgs);
    /// Calls `logger(stream, "%s", text)`.
    fn sofia_shim_log_text(logger: Logger, stream: *mut c_void, text: *const c_char);
}

/// Log levels of modules compiled without an explicit `SU_DEBUG`: 3, except `stun` (0) and
/// `nth` (1), as in Sofia-SIP.
#[no_mangle]
pub static su_log_default: LogObj = LogObj::new(c"sofia", c"SOFIA_DEBUG", 3, Some(sofia_shim_default_logger));
#[no_mangle]
pub static su_log_global: LogObj = LogObj::new(c"su", c"SU_DEBUG", 3, None);
#[no_mangle]
pub static nua_log: LogObj = LogObj::new(c"nua", c"NUA_DEBUG", 3, None);
#[no_mangle]
pub static soa_log: LogObj = LogObj::new(c"soa", c"SOA_DEBUG", 3, None);
#[no_mangle]
pub static nta_log: LogObj = LogObj::new(c"nta", c"NTA_DEBUG", 3, None);
#[no_mangle]
pub static tport_log: LogObj = LogObj::new(c"tport", c"TPORT_DEBUG", 3, None);
#[no_mangle]
pub static nea_log: LogObj = LogObj::new(c"nea", c"NEA_DEBUG", 3, None);
#[no_mangle]
pub static iptsec_log: LogObj = LogObj::new(c"iptsec", c"IPTSEC_DEBUG", 3, None);
#[no_mangle]
pub static sresolv_log: LogObj = LogObj::new(c"sresolv", c"SRESOLV_DEBUG", 3, None);
#[no_mangle]
pub static stun_log: LogObj = LogObj::new(c"stun", c"STUN_DEBUG", 0, None);
#[no_mangle]
pub static nth_client_log: LogObj = LogObj::new(c"nth", c"NTH_DEBUG", 1, None);
#[no_mangle]
pub static nth_server_log: LogObj = LogObj::new(c"nth", c"NTH_DEBUG", 1, None);

fn default_log() -> *mut su_log_t {
    su_log_default.as_ptr()
}

/// NULL means `su_log_default`.
fn or_default(log: *mut su_log_t) -> *mut su_log_t {
    if log.is_null() {
        default_log()
    } else {
        log
    }
}

/// `SHOW_DEBUG_LEVELS` set: initialisation and level changes are announced (level 0).
fn show_levels() -> bool {
    static SHOW: OnceLock<bool> = OnceLock::new();
    *SHOW.get_or_init(|| std::env::var_os("SHOW_DEBUG_LEVELS").is_some())
}

/// The value of the log's environment variable, if it has one and it is set.
///
/// # Safety
/// `log` must point to a valid log object.
unsafe fn env_value(log: *mut su_log_t) -> Option<String> {
    // SAFETY: valid log; log_env is NULL or a C string.
    let name = unsafe { cstr((*log).log_env) }?;
    let name = name.to_str().ok()?;
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

/// `atoi()`: optional blanks and sign, then digits; anything else ends the number.
fn atoi(s: &str) -> c_uint {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut n: i64 = 0;
    for b in digits.bytes().take_while(|b| b.is_ascii_digit()) {
        n = (n * 10 + (b - b'0') as i64).min(i32::MAX as i64 + 1);
    }
    let n = if neg { -n } else { n };
    n as i32 as c_uint
}

/// The name of a log, for messages.
///
/// # Safety
/// `log` must point to a valid log object.
unsafe fn name_of(log: *mut su_log_t) -> String {
    // SAFETY: valid log; log_name is NULL or a C string.
    unsafe { cstr((*log).log_name) }.map(|c| c.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Initialise a log from its environment variable (once).
///
/// # Safety
/// `log` must point to a valid log object.
unsafe fn init(log: *mut su_log_t) {
    // SAFETY: the caller passes a valid log object; su_log_default is always valid.
    unsafe {
        if (*log).log_init != 0 {
            return;
        }
        let def = default_log();
        if log != def && (*def).log_init == 0 {
            init(def);
        }
        if let Some(value) = env_value(log) {
            (*log).log_level = atoi(&value);
            (*log).log_init = 2;
            if show_levels() {
                let env = cstr((*log).log_env).map(|c| c.to_string_lossy()).unwrap_or_default();
                let msg = format!(
                    "{}: initialized log to level {} ({}={})\n",
                    name_of(log),
                    (*log).log_level,
                    env,
                    value
                );
                write_raw(log, 0, &msg);
            }
        } else {
            (*log).log_level = (*log).log_default;
            (*log).log_init = 1;
            if show_levels() {
                let msg = if log != def {
                    format!("{}: logging at default level {}\n", name_of(log), (*def).log_level)
                } else {
                    format!("{}: initialized log to level {} (default)\n", name_of(log), (*log).log_level)
                };
                write_raw(log, 0, &msg);
            }
        }
    }
}

/// What a message at `level` on `log` should go to: `Some((logger, stream))` if it passes
/// the level check (the logger may be absent when even `su_log_default` has none).
///
/// # Safety
/// `log` must point to a valid log object.
unsafe fn route(log: *mut su_log_t, level: c_uint) -> Option<(Option<Logger>, *mut c_void)> {
    // SAFETY: valid log objects (the caller's and su_log_default).
    unsafe {
        if (*log).log_init == 0 {
            init(log);
        }
        let def = default_log();
        let limit = if (*log).log_init > 1 { (*log).log_level } else { (*def).log_level };
        if level > limit {
            return None;
        }
        match (*log).log_logger {
            Some(l) => Some((Some(l), (*log).log_stream)),
            None => Some(((*def).log_logger, (*def).log_stream)),
        }
    }
}

/// Emit an already formatted message that passed the level check.
///
/// # Safety
/// `log` must point to a valid log object.
unsafe fn write_raw(log: *mut su_log_t, level: c_uint, text: &str) {
    // SAFETY: forwarded contract.
    if let Some((logger, stream)) = unsafe { route(log, level) } {
        // SAFETY: valid log.
        let name = unsafe { cstr((*log).log_name) };
        emit_tracing(name, level, text, None);
        if let Some(logger) = logger {
            let c = CString::new(text.replace('\0', "")).unwrap_or_default();
            // SAFETY: the logger is a C su_logger_f; the shim calls it with "%s".
            unsafe { sofia_shim_log_text(logger, stream, c.as_ptr()) };
        }
    }
}

/// Log from Rust: `text` goes to `log` at `level` if the level allows it (with
/// `su_log_default`'s logger when the log has none), and to `tracing`.
/// Would a message of `level` to `log` be emitted? (`su_debug!` evaluates its arguments
/// only then.)
#[inline]
pub fn enabled(log: &'static LogObj, level: u32) -> bool {
    // SAFETY: a static log object.
    unsafe { route(log.as_ptr(), level) }.is_some()
}

pub fn log(log: &'static LogObj, level: u32, args: fmt::Arguments) {
    let p = log.as_ptr();
    // SAFETY: a static log object.
    if unsafe { route(p, level) }.is_none() {
        return;
    }
    let text = fmt::format(args);
    // SAFETY: a static log object.
    unsafe { write_raw(p, level, &text) };
}

/// `su_debug!(nua_log, 5, "fmt", args...)`: Rust-side equivalent of `SU_DEBUG_5`.
#[macro_export]
macro_rules! su_debug {
    ($log:expr, $level:expr, $($arg:tt)*) => {
        if $crate::su::log::enabled(&$log, $level) {
            $crate::su::log::log(&$log, $level, format_args!($($arg)*))
        }
    };
}

/// Report an internal error (a caught panic, a misuse detected at the boundary): to
/// `su_log_default` at level 1.
pub fn internal_error(msg: &str) {
    let text = format!("sofia-rs: {msg}\n");
    // SAFETY: su_log_default is a static log object.
    unsafe { write_raw(default_log(), 1, &text) };
}

macro_rules! trace_to {
    ($target:literal, $lvl:expr, $text:expr, $file:expr) => {{
        use tracing::Level;
        let text: &str = $text;
        let file: Option<(&str, u32)> = $file;
        match $lvl {
            Level::ERROR => {
                if tracing::enabled!(target: $target, Level::ERROR) {
                    tracing::event!(target: $target, Level::ERROR, file = file.map(|f| f.0), line = file.map(|f| f.1), "{}", text.trim_end())
                }
            }
            Level::WARN => {
                if tracing::enabled!(target: $target, Level::WARN) {
                    tracing::event!(target: $target, Level::WARN, file = file.map(|f| f.0), line = file.map(|f| f.1), "{}", text.trim_end())
                }
            }
            Level::INFO => {
                if tracing::enabled!(target: $target, Level::INFO) {
                    tracing::event!(target: $target, Level::INFO, file = file.map(|f| f.0), line = file.map(|f| f.1), "{}", text.trim_end())
                }
            }
            Level::DEBUG => {
                if tracing::enabled!(target: $target, Level::DEBUG) {
                    tracing::event!(target: $target, Level::DEBUG, file = file.map(|f| f.0), line = file.map(|f| f.1), "{}", text.trim_end())
                }
            }
            _ => {
                if tracing::enabled!(target: $target, Level::TRACE) {
                    tracing::event!(target: $target, Level::TRACE, file = file.map(|f| f.0), line = file.map(|f| f.1), "{}", text.trim_end())
                }
            }
        }
    }};
}

/// Sofia levels 0-1 are errors, 2 warnings, 3 information, 4-6 debugging, 7-9 tracing.
fn tracing_level(level: c_uint) -> tracing::Level {
    match level {
        0 | 1 => tracing::Level::ERROR,
        2 => tracing::Level::WARN,
        3 => tracing::Level::INFO,
        4..=6 => tracing::Level::DEBUG,
        _ => tracing::Level::TRACE,
    }
}

/// A message as a `tracing` event; the target is the module's log name.
fn emit_tracing(name: Option<&CStr>, level: c_uint, text: &str, file: Option<(&str, u32)>) {
    let lvl = tracing_level(level);
    match name.map(|n| n.to_bytes()).unwrap_or(b"sofia") {
        b"su" => trace_to!("su", lvl, text, file),
        b"nua" => trace_to!("nua", lvl, text, file),
        b"soa" => trace_to!("soa", lvl, text, file),
        b"nta" => trace_to!("nta", lvl, text, file),
        b"tport" => trace_to!("tport", lvl, text, file),
        b"nea" => trace_to!("nea", lvl, text, file),
        b"iptsec" => trace_to!("iptsec", lvl, text, file),
        b"sresolv" => trace_to!("sresolv", lvl, text, file),
        b"stun" => trace_to!("stun", lvl, text, file),
        b"nth" => trace_to!("nth", lvl, text, file),
        _ => trace_to!("sofia", lvl, text, file),
    }
}

// ---- C entry points -------------------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn su_log_init(log: *mut su_log_t) {
    // SAFETY: NULL is replaced by su_log_default; otherwise the caller's log object.
    guard((), || unsafe { init(or_default(log)) })
}

#[no_mangle]
pub unsafe extern "C" fn su_log_set_level(log: *mut su_log_t, level: c_uint) {
    guard((), || {
        let log = or_default(log);
        // SAFETY: a valid log object (or su_log_default).
        unsafe {
            (*log).log_level = level;
            (*log).log_init = 2;
            if show_levels() {
                write_raw(log, 0, &format!("{}: set log to level {}\n", name_of(log), level));
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_log_soft_set_level(log: *mut su_log_t, level: c_uint) {
    guard((), || {
        let log = or_default(log);
        // SAFETY: a valid log object (or su_log_default).
        unsafe {
            if (*log).log_init == 1 {
                return;
            }
            if env_value(log).is_some() {
                init(log);
            } else {
                (*log).log_level = level;
                (*log).log_init = 2;
                if show_levels() {
                    write_raw(log, 0, &format!("{}: soft set log to level {}\n", name_of(log), level));
                }
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_log_redirect(
    log: *mut su_log_t,
    logger: Option<unsafe extern "C" fn(*mut c_void, *const c_char, LoggerArgs)>,
    stream: *mut c_void,
) {
    let log = or_default(log);
    // SAFETY: a valid log object (or su_log_default); two word stores.
    unsafe {
        (*log).log_logger = logger;
        (*log).log_stream = stream;
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_perror2(s: *const c_char, errcode: c_int) {
    guard((), || {
        // SAFETY: NULL or a C string.
        let what = unsafe { cstr(s) }.map(|c| c.to_string_lossy().into_owned()).unwrap_or_else(|| "(null)".into());
        let text = format!("{}: {}\n", what, crate::su::errno::strerror_text(errcode));
        // SAFETY: su_log_default is a static log object.
        unsafe { write_raw(default_log(), 0, &text) };
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_perror(s: *const c_char) {
    let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    // SAFETY: forwarded.
    unsafe { su_perror2(s, e) }
}

// ---- what the C shim calls ------------------------------------------------------------

/// Decide a message's fate: returns bit 1 if `*logger`/`*stream` must be called, bit 2 if
/// the text should be handed to `trace`.
unsafe extern "C" fn shim_prepare(
    log: *mut su_log_t,
    level: c_uint,
    logger: *mut Option<Logger>,
    stream: *mut *mut c_void,
) -> c_int {
    guard(0, || {
        let log = or_default(log);
        // SAFETY: valid log; out-parameters point to the shim's locals.
        unsafe {
            match route(log, level) {
                None => 0,
                Some((l, s)) => {
                    *logger = l;
                    *stream = s;
                    let name = cstr((*log).log_name);
                    let mut r = if l.is_some() { 1 } else { 0 };
                    if tracing_wanted(name, level) {
                        r |= 2;
                    }
                    r
                }
            }
        }
    })
}

fn tracing_wanted(name: Option<&CStr>, level: c_uint) -> bool {
    use tracing::Level;
    macro_rules! on {
        ($t:literal) => {
            match tracing_level(level) {
                Level::ERROR => tracing::enabled!(target: $t, Level::ERROR),
                Level::WARN => tracing::enabled!(target: $t, Level::WARN),
                Level::INFO => tracing::enabled!(target: $t, Level::INFO),
                Level::DEBUG => tracing::enabled!(target: $t, Level::DEBUG),
                _ => tracing::enabled!(target: $t, Level::TRACE),
            }
        };
    }
    match name.map(|n| n.to_bytes()).unwrap_or(b"sofia") {
        b"su" => on!("su"),
        b"nua" => on!("nua"),
        b"soa" => on!("soa"),
        b"nta" => on!("nta"),
        b"tport" => on!("tport"),
        b"nea" => on!("nea"),
        b"iptsec" => on!("iptsec"),
        b"sresolv" => on!("sresolv"),
        b"stun" => on!("stun"),
        b"nth" => on!("nth"),
        _ => on!("sofia"),
    }
}

/// The formatted text of a C message, for `tracing`.
unsafe extern "C" fn shim_trace(log: *mut su_log_t, level: c_uint, text: *const c_char, file: *const c_char, line: c_int) {
    guard((), || {
        let log = or_default(log);
        // SAFETY: valid log; text and file are NULL or C strings.
        unsafe {
            let Some(text) = cstr(text) else { return };
            let file = cstr(file).and_then(|f| f.to_str().ok()).map(|f| (f, line.max(0) as u32));
            emit_tracing(cstr((*log).log_name), level, &text.to_string_lossy(), file);
        }
    })
}

#[repr(C)]
struct ShimLogOps {
    prepare: unsafe extern "C" fn(*mut su_log_t, c_uint, *mut Option<Logger>, *mut *mut c_void) -> c_int,
    trace: unsafe extern "C" fn(*mut su_log_t, c_uint, *const c_char, *const c_char, c_int),
}

static SHIM_LOG_OPS: ShimLogOps = ShimLogOps { prepare: shim_prepare, trace: shim_trace };

extern "C" {
    fn sofia_shim_log_register(ops: *const ShimLogOps);
}

crate::on_load!(REGISTER_LOG_OPS, {
    // SAFETY: hands a static table to the shim before any entry point runs.
    unsafe { sofia_shim_log_register(&SHIM_LOG_OPS) }
});

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn layout_is_sofias() {
        assert_eq!(std::mem::size_of::<su_log_t>(), 56);
        assert_eq!(std::mem::offset_of!(su_log_t, log_default), 24);
        assert_eq!(std::mem::offset_of!(su_log_t, log_level), 28);
        assert_eq!(std::mem::offset_of!(su_log_t, log_init), 32);
        assert_eq!(std::mem::offset_of!(su_log_t, log_logger), 40);
        assert_eq!(std::mem::offset_of!(su_log_t, log_stream), 48);
    }

    #[test]
    fn atoi_like_c() {
        assert_eq!(atoi("7"), 7);
        assert_eq!(atoi("  5x"), 5);
        assert_eq!(atoi("abc"), 0);
        assert_eq!(atoi("-1"), u32::MAX);
    }

    static SEEN: AtomicUsize = AtomicUsize::new(0);

    #[test]
    fn level_and_redirect_route_messages() {
        // A private log object, so that parallel tests do not interfere.
        static T_LOG: LogObj = LogObj::new(c"rs-test", c"SOFIA_RS_TEST_LOG_UNSET", 3, None);
        let p = T_LOG.as_ptr();
        // SAFETY: static objects, C-like field access.
        unsafe {
            su_log_set_level(p, 2);
            assert!(route(p, 2).is_some());
            assert!(route(p, 3).is_none());
            // Without its own logger, the log uses su_log_default's.
            // Loggers compared by address (function pointers are not comparable as such).
            let addr = |l: Option<Logger>| l.map(|f| f as usize);
            assert_eq!(addr(route(p, 1).unwrap().0), addr((*default_log()).log_logger));
            su_log_redirect(p, Some(fake_logger), ptr::null_mut());
            assert_eq!(addr(route(p, 0).unwrap().0), Some(fake_logger as Logger as usize));
            su_log_redirect(p, None, ptr::null_mut());
            assert_eq!(addr(route(p, 0).unwrap().0), addr((*default_log()).log_logger));
        }
        assert_eq!(SEEN.load(Ordering::Relaxed), 0, "route must not call the logger");
    }

    unsafe extern "C" fn fake_logger(_: *mut c_void, _: *const c_char, _: LoggerArgs) {
        SEEN.fetch_add(1, Ordering::Relaxed);
    }

    static TEXT_CALLS: AtomicUsize = AtomicUsize::new(0);

    /// A C-ABI logger that checks it is called with "%s" (it cannot read the va_list).
    unsafe extern "C" fn text_logger(_stream: *mut c_void, fmt: *const c_char, _ap: LoggerArgs) {
        // SAFETY: the shim passes a C string format.
        assert_eq!(unsafe { CStr::from_ptr(fmt) }, c"%s");
        TEXT_CALLS.fetch_add(1, Ordering::Relaxed);
    }

    /// Records (target, level, message) of every event.
    struct Recorder(std::sync::Mutex<Vec<(String, tracing::Level, String)>>);

    struct MessageVisitor<'a>(&'a mut String);
    impl tracing::field::Visit for MessageVisitor<'_> {
        fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
            if field.name() == "message" {
                *self.0 = format!("{value:?}");
            }
        }
    }

    impl tracing::Subscriber for &'static Recorder {
        fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
            tracing::span::Id::from_u64(1)
        }
        fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
        fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
        fn event(&self, e: &tracing::Event<'_>) {
            let mut msg = String::new();
            e.record(&mut MessageVisitor(&mut msg));
            self.0.lock().unwrap().push((e.metadata().target().to_string(), *e.metadata().level(), msg));
        }
        fn enter(&self, _: &tracing::span::Id) {}
        fn exit(&self, _: &tracing::span::Id) {}
    }

    #[test]
    fn rust_log_calls_logger_and_tracing() {
        static T_NUA: LogObj = LogObj::new(c"nua", c"SOFIA_RS_TEST_NUA_UNSET", 3, None);
        static REC: OnceLock<Recorder> = OnceLock::new();
        let rec: &'static Recorder = REC.get_or_init(|| Recorder(std::sync::Mutex::new(Vec::new())));
        let p = T_NUA.as_ptr();
        let logger: Logger = text_logger;
        // SAFETY: a static log object.
        unsafe {
            su_log_set_level(p, 4);
            su_log_redirect(p, Some(logger), ptr::null_mut());
        }
        tracing::subscriber::with_default(rec, || {
            crate::su_debug!(T_NUA, 4, "shown {}", 4);
            crate::su_debug!(T_NUA, 5, "hidden {}", 5);
            crate::su_debug!(T_NUA, 1, "error {}", 1);
        });
        assert_eq!(TEXT_CALLS.load(Ordering::Relaxed), 2);
        let events = rec.0.lock().unwrap().clone();
        assert_eq!(
            events,
            vec![
                ("nua".to_string(), tracing::Level::DEBUG, "shown 4".to_string()),
                ("nua".to_string(), tracing::Level::ERROR, "error 1".to_string()),
            ]
        );
    }
}
