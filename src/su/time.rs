//! Time (`su_time.h`): wall-clock time in NTP-epoch seconds and microseconds, durations in
//! milliseconds, and the test hooks.
//!
//! Every timestamp the event loop uses comes from [`now`], which honours the exported hook
//! `_su_time` (and the fork's `su_set_time_func`), so a test that moves time forward through
//! the hook also moves every timer forward.

use std::ffi::{c_char, c_int, c_long, c_ulong};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::ffi::guard;

/// Seconds between 1900-01-01 (NTP epoch) and 1970-01-01 (Unix epoch).
pub const NTP_EPOCH: u64 = 2_208_988_800;
const E6: u64 = 1_000_000;
const E9: u64 = 1_000_000_000;

/// Durations in milliseconds (`su_duration_t`).
pub type su_duration_t = c_long;
pub const SU_DURATION_MAX: su_duration_t = 0x7fff_ffff;

/// `struct su_time_s`: NTP-epoch seconds and microseconds, 16 bytes.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct su_time_t {
    pub tv_sec: c_ulong,
    pub tv_usec: c_ulong,
}

impl su_time_t {
    /// Microseconds since the NTP epoch.
    #[inline]
    pub fn as_micros(self) -> u64 {
        (self.tv_sec as u64).wrapping_mul(E6).wrapping_add(self.tv_usec as u64)
    }

    #[inline]
    pub fn from_micros(us: u64) -> su_time_t {
        su_time_t { tv_sec: (us / E6) as c_ulong, tv_usec: (us % E6) as c_ulong }
    }
}

/// Hook type of `_su_time` and `su_set_time_func`.
pub type su_time_func_t = Option<unsafe extern "C" fn(*mut su_time_t)>;

/// Post-processes every `su_time()` result (exported data object, 8 bytes). As in Sofia
/// 1.12.11 it starts as a function that does nothing, so callers may call through it.
#[no_mangle]
pub static mut _su_time: su_time_func_t = Some(time_noop);

unsafe extern "C" fn time_noop(_tv: *mut su_time_t) {}

/// The initial `_su_time` value, read at run time: a function's address taken in another
/// codegen unit may name another copy of it. (Only a fast-path test: any mismatch merely
/// takes the general path.)
static TIME_NOOP: su_time_func_t = Some(time_noop);

/// Post-processes every `su_nanotime()` result when set (exported data object, 8 bytes).
#[no_mangle]
pub static mut _su_nanotime: Option<unsafe extern "C" fn(*mut u64) -> u64> = None;

/// The fork's replacement clock (`su_set_time_func`): when set, it alone gives the time.
static CUSTOM_TIME: AtomicUsize = AtomicUsize::new(0);

fn realtime() -> (u64, u64) {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts) };
    (ts.tv_sec as u64, ts.tv_nsec as u64)
}

/// The current time as `su_time()` gives it: hooks applied.
pub fn now() -> su_time_t {
    let custom = CUSTOM_TIME.load(Ordering::Acquire);
    let mut tv = su_time_t::default();
    if custom != 0 {
        // SAFETY: only su_set_time_func stores into CUSTOM_TIME, always a valid function pointer.
        let f: unsafe extern "C" fn(*mut su_time_t) = unsafe { std::mem::transmute(custom) };
        // SAFETY: the application's clock function fills the struct we own.
        unsafe { f(&mut tv) };
        return tv;
    }
    let (s, ns) = realtime();
    tv.tv_sec = (s + NTP_EPOCH) as c_ulong;
    tv.tv_usec = (ns / 1000) as c_ulong;
    // SAFETY: reading the hook variable; the application sets it before using the library.
    let hook = unsafe { ptr::addr_of!(_su_time).read_volatile() };
    if let Some(h) = hook {
        // SAFETY: the application's hook post-processes the struct we own.
        unsafe { h(&mut tv) };
    }
    tv
}

/// `now().as_micros()`, without building the struct when no hook or custom clock is set.
#[inline]
pub fn now_us() -> u64 {
    // SAFETY: reading the hook variable; the application sets it before using the library.
    let hook = unsafe { ptr::addr_of!(_su_time).read_volatile() };
    let plain = match (hook, TIME_NOOP) {
        (Some(h), Some(n)) => std::ptr::fn_addr_eq(h, n),
        _ => hook.is_none(),
    };
    if CUSTOM_TIME.load(Ordering::Acquire) != 0 || !plain {
        return now().as_micros();
    }
    let (s, ns) = realtime();
    (s + NTP_EPOCH).wrapping_mul(E6).wrapping_add(ns / 1000)
}

/// `add(t, ms).as_micros()` on microseconds.
#[inline]
pub fn add_us(t: u64, ms: su_duration_t) -> u64 {
    (t as i64).wrapping_add((ms as i64).wrapping_mul(1000)) as u64
}

/// `su_duration()`: `t1 - t2` in milliseconds, saturated at ±SU_DURATION_MAX.
pub fn duration(t1: su_time_t, t2: su_time_t) -> su_duration_t {
    let diff = (t1.tv_sec as c_long).wrapping_sub(t2.tv_sec as c_long);
    let udiff = (t1.tv_usec as c_long).wrapping_sub(t2.tv_usec as c_long);
    let tdiff = diff.wrapping_mul(1000).wrapping_add(udiff / 1000);
    if diff > SU_DURATION_MAX / 1000 || (diff > 0 && diff > tdiff) {
        return SU_DURATION_MAX;
    }
    if diff < -SU_DURATION_MAX / 1000 || (diff < 0 && diff < tdiff) {
        return -SU_DURATION_MAX;
    }
    tdiff
}

/// `su_time_add()`.
pub fn add(t: su_time_t, ms: su_duration_t) -> su_time_t {
    su_time_t::from_micros((t.as_micros() as i64).wrapping_add((ms as i64).wrapping_mul(1000)) as u64)
}

#[no_mangle]
pub unsafe extern "C" fn su_time(tv: *mut su_time_t) {
    guard((), || {
        let t = now();
        if !tv.is_null() {
            // SAFETY: non-NULL pointer to the caller's su_time_t.
            unsafe { *tv = t };
        }
    })
}

#[no_mangle]
pub extern "C" fn su_now() -> su_time_t {
    guard(su_time_t::default(), now)
}

/// The fork's clock override (`NULL` restores the system clock).
#[no_mangle]
pub extern "C" fn su_set_time_func(func: su_time_func_t) {
    CUSTOM_TIME.store(func.map_or(0, |f| f as usize), Ordering::Release);
}

#[no_mangle]
pub extern "C" fn su_time_cmp(t1: su_time_t, t2: su_time_t) -> c_long {
    match (t1.tv_sec, t1.tv_usec).cmp(&(t2.tv_sec, t2.tv_usec)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

#[no_mangle]
pub extern "C" fn su_time_diff(t1: su_time_t, t2: su_time_t) -> f64 {
    (t1.tv_sec as f64 - t2.tv_sec as f64) + ((t1.tv_usec as c_long) - (t2.tv_usec as c_long)) as f64 / 1e6
}

#[no_mangle]
pub extern "C" fn su_duration(t1: su_time_t, t2: su_time_t) -> su_duration_t {
    duration(t1, t2)
}

#[no_mangle]
pub extern "C" fn su_time_add(t: su_time_t, dur: su_duration_t) -> su_time_t {
    add(t, dur)
}

#[no_mangle]
pub extern "C" fn su_time_dadd(t: su_time_t, sec: f64) -> su_time_t {
    let us = (t.as_micros() as i64).wrapping_add((1e6 * sec) as i64);
    su_time_t::from_micros(us as u64)
}

/// Milliseconds of `t`, modulo 2^32 (also an inline function of the header).
#[no_mangle]
pub extern "C" fn su_time_ms(t: su_time_t) -> u32 {
    (t.tv_sec as u32).wrapping_mul(1000).wrapping_add(((t.tv_usec as u64 + 500) / 1000) as u32)
}

/// NTP fraction (16.16 fixed point) of `t`, modulo 2^32 (also inline in the header).
#[no_mangle]
pub extern "C" fn su_ntp_fraq(t: su_time_t) -> u32 {
    ((t.tv_sec as u32) << 16).wrapping_add(((1024 * t.tv_usec as u64 + 7812) / 15625) as u32)
}

/// `"%lu.%06lu"` of `*tv` with snprintf semantics.
#[no_mangle]
pub unsafe extern "C" fn su_time_print(s: *mut c_char, n: c_int, tv: *const su_time_t) -> c_int {
    guard(-1, || {
        if tv.is_null() {
            return -1;
        }
        // SAFETY: non-NULL pointer to the caller's su_time_t.
        let tv = unsafe { *tv };
        let text = format!("{}.{:06}", tv.tv_sec, tv.tv_usec);
        if !s.is_null() && n > 0 {
            let k = text.len().min(n as usize - 1);
            // SAFETY: the caller's buffer holds n bytes; we write k + 1 <= n.
            unsafe {
                ptr::copy_nonoverlapping(text.as_ptr() as *const c_char, s, k);
                *s.add(k) = 0;
            }
        }
        text.len() as c_int
    })
}

/// Nanoseconds since the NTP epoch (`_su_nanotime` post-processes it when set).
#[no_mangle]
pub unsafe extern "C" fn su_nanotime(return_time: *mut u64) -> u64 {
    guard(0, || {
        let (s, ns) = realtime();
        let mut now = (s + NTP_EPOCH) * E9 + ns;
        // SAFETY: reading the hook variable, as for _su_time.
        let hook = unsafe { ptr::addr_of!(_su_nanotime).read_volatile() };
        if let Some(h) = hook {
            // SAFETY: the application's hook gets a pointer to our value.
            now = unsafe { h(&mut now) };
        }
        if !return_time.is_null() {
            // SAFETY: non-NULL pointer to the caller's u64.
            unsafe { *return_time = now };
        }
        now
    })
}

/// Nanoseconds of the monotonic clock.
#[no_mangle]
pub unsafe extern "C" fn su_monotime(return_time: *mut u64) -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    let now = ts.tv_sec as u64 * E9 + ts.tv_nsec as u64;
    if !return_time.is_null() {
        // SAFETY: non-NULL pointer to the caller's u64.
        unsafe { *return_time = now };
    }
    now
}

/// Current time as a 32.32 NTP timestamp.
#[no_mangle]
pub extern "C" fn su_ntp_now() -> u64 {
    // SAFETY: NULL return pointer is allowed.
    let now = unsafe { su_nanotime(ptr::null_mut()) };
    ((now / E9) << 32) | ((((now % E9) << 32) + E9 / 2) / E9)
}

/// Current NTP-epoch seconds (from `su_time()`, hooks applied).
#[no_mangle]
pub extern "C" fn su_ntp_sec() -> u32 {
    guard(0, || now().tv_sec as u32)
}

#[no_mangle]
pub extern "C" fn su_ntp_hi(ntp: u64) -> u32 {
    (ntp >> 32) as u32
}

#[no_mangle]
pub extern "C" fn su_ntp_lo(ntp: u64) -> u32 {
    ntp as u32
}

#[no_mangle]
pub extern "C" fn su_ntp_mw(ntp: u64) -> u32 {
    (ntp >> 16) as u32
}

#[no_mangle]
pub extern "C" fn su_ntp_hilo(hi: u32, lo: u32) -> u64 {
    ((hi as u64) << 32) | lo as u64
}

/// CPU-time counter of the process in nanoseconds.
#[no_mangle]
pub extern "C" fn su_nanocounter() -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u64 * E9 + ts.tv_nsec as u64
}

/// CPU-time counter of the process in microseconds.
#[no_mangle]
pub extern "C" fn su_counter() -> u64 {
    su_nanocounter() / 1000
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: c_ulong, us: c_ulong) -> su_time_t {
        su_time_t { tv_sec: s, tv_usec: us }
    }

    #[test]
    fn arithmetic_matches_sofia() {
        assert_eq!(duration(t(10, 500_000), t(9, 900_000)), 600);
        assert_eq!(duration(t(9, 900_000), t(10, 500_000)), -600);
        assert_eq!(duration(t(5_000_000, 0), t(0, 0)), SU_DURATION_MAX);
        assert_eq!(add(t(1, 999_000), 2), t(2, 1_000));
        assert_eq!(add(t(2, 0), -1), t(1, 999_000));
        assert_eq!(su_time_cmp(t(1, 2), t(1, 3)), -1);
        assert_eq!(su_time_cmp(t(2, 0), t(1, 3)), 1);
        assert_eq!(su_time_ms(t(1, 1_500)), 1002);
        assert!((su_time_diff(t(2, 0), t(1, 500_000)) - 0.5).abs() < 1e-9);
    }

    #[test]
    fn now_is_ntp_epoch() {
        let n = now();
        let unix = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        assert!((n.tv_sec as u64).abs_diff(unix + NTP_EPOCH) <= 2);
        assert!(n.tv_usec < 1_000_000);
    }

    #[test]
    fn print_truncates_like_snprintf() {
        let mut buf = [0 as c_char; 8];
        let tv = t(12345, 7);
        // SAFETY: buffer of the given size and a valid time.
        let n = unsafe { su_time_print(buf.as_mut_ptr(), buf.len() as c_int, &tv) };
        assert_eq!(n, "12345.000007".len() as c_int);
        // SAFETY: NUL-terminated by su_time_print.
        assert_eq!(unsafe { crate::ffi::cbytes(buf.as_ptr()) }, Some(&b"12345.0"[..]));
    }
}
