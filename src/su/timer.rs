//! Timers (`su_timer_*` of `su_wait.h`).
//!
//! `su_timer_t *` is a small box naming a slot in its port's timer table; the state lives in
//! the port (under its lock), the queue is ordered by deadlines derived from `su_time()`.
//!
//! When a root is destroyed, Sofia frees the timers still set on it (a later
//! `su_timer_destroy` is then a double free). We keep them as inert "orphans" instead: a later
//! `su_timer_destroy` frees them, and whatever is left is freed when the library unloads.

use std::cell::RefCell;
use std::ffi::{c_int, c_void};
use std::ptr;
use std::rc::Rc;
use std::sync::Arc;


use crate::ffi::guard;

use super::port::{set_errno, Local, Mutex, Port, TimerFn, TimerMode, TimerSlot, NOT_QUEUED};
use super::root::{_su_task_t, port_arc, su_root_t};
use super::time::{self, su_duration_t, su_time_t};

/// The object behind `su_timer_t *`.
pub struct su_timer_t {
    port: Arc<Port>,
    slot: usize,
}

pub type su_timer_f = Option<TimerFn>;

/// Timers whose root was destroyed while they were set, not yet destroyed by the application.
static ORPHANS: Mutex<Vec<usize>> = Mutex::new(Vec::new());

crate::on_load!(SU_TIMER_ATEXIT, {
    // SAFETY: registering a plain extern "C" function with atexit.
    unsafe { libc::atexit(free_orphans) };
});

extern "C" fn free_orphans() {
    let all = std::mem::take(&mut *ORPHANS.lock());
    for t in all {
        // SAFETY: orphans are live timer boxes nobody else frees any more.
        unsafe { free_timer(t as *mut su_timer_t) };
    }
}

/// Called by `su_root_destroy`: timers of the root still in the queue become orphans.
pub(crate) fn orphan_timers_of(port: &Port, root: usize, id: u64) {
    let mut handles = Vec::new();
    {
        let mut l = port.local.lock();
        let set: Vec<usize> = l
            .slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().filter(|s| s.root == root && s.root_id == id && s.is_queued()).map(|_| i))
            .collect();
        for s in set {
            port.unqueue_timer(&mut l, s);
            let slot = l.slots[s].as_mut().expect("slot");
            slot.orphan = true;
            slot.wakeup = None;
            handles.push(slot.handle);
        }
    }
    ORPHANS.lock().extend(handles);
}

/// # Safety
/// `t` must be a live timer box, not referenced afterwards.
unsafe fn free_timer(t: *mut su_timer_t) {
    // SAFETY: caller contract; the box came from su_timer_create.
    let b = unsafe { Box::from_raw(t) };
    let mut l = b.port.local.lock();
    b.port.unqueue_timer(&mut l, b.slot);
    l.slots[b.slot] = None;
    l.free_slots.push(b.slot);
    drop(l);
}

/// Run `f` on the timer's slot under the port lock; None for NULL timers.
///
/// # Safety
/// `t` must be NULL or a live timer.
unsafe fn with_slot<R>(t: *const su_timer_t, f: impl FnOnce(&Port, &mut Local, usize) -> R) -> Option<R> {
    // SAFETY: caller contract.
    let t = unsafe { t.as_ref() }?;
    let mut l = t.port.local.lock();
    l.slots.get(t.slot)?.as_ref()?;
    Some(f(&t.port, &mut l, t.slot))
}

/// Is the timer usable: its root (if any) alive and not orphaned?
fn usable(l: &Local, s: usize) -> bool {
    let slot = l.slots[s].as_ref().expect("slot");
    !slot.orphan && (slot.root == 0 || l.roots.iter().any(|&(r, i)| r == slot.root && i == slot.root_id))
}

/// The common part of the `su_timer_set*` functions: queue at `when + offset`.
///
/// # Safety
/// `t` must be NULL or a live timer.
unsafe fn set0(
    t: *mut su_timer_t,
    need_duration: bool,
    mode: Option<TimerMode>,
    wakeup: su_timer_f,
    arg: *mut c_void,
    when: Option<su_time_t>,
    offset: Option<su_duration_t>,
) -> c_int {
    let base = when.map_or_else(time::now_us, su_time_t::as_micros);
    // SAFETY: forwarded contract.
    let r = unsafe {
        with_slot(t, |port, l, s| {
            if !usable(l, s) {
                return -1;
            }
            let slot = l.slots[s].as_mut().expect("slot");
            if need_duration && slot.duration <= 0 {
                return -1;
            }
            let ms = offset.unwrap_or(slot.duration);
            if let Some(m) = mode {
                slot.mode = m;
                slot.woken = 0;
            }
            slot.wakeup = wakeup;
            slot.arg = arg as usize;
            let at = time::add_us(base, ms);
            port.queue_timer(l, s, at);
            0
        })
    };
    r.unwrap_or(-1)
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_create(task: *const _su_task_t, msec: su_duration_t) -> *mut su_timer_t {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a task of the caller.
        let Some(task) = (unsafe { task.as_ref() }) else { return ptr::null_mut() };
        if task.sut_port.is_null() || msec < 0 {
            return ptr::null_mut();
        }
        // SAFETY: the task holds a port reference; the timer takes its own.
        let port = unsafe { port_arc(task.sut_port) };
        let root = task.sut_root as usize;
        let mut l = port.local.lock();
        let root_id = l.roots.iter().find(|&&(r, _)| r == root).map_or(0, |&(_, i)| i);
        let s = l.free_slots.pop().unwrap_or_else(|| {
            l.slots.push(None);
            l.slots.len() - 1
        });
        l.gen += 1;
        let gen = l.gen;
        drop(l);
        let handle = Box::into_raw(Box::new(su_timer_t { port: port.clone(), slot: s }));
        port.local.lock().slots[s] = Some(TimerSlot {
            gen,
            handle: handle as usize,
            root: if root_id != 0 { root } else { 0 },
            root_id,
            duration: msec,
            when: 0,
            pos: NOT_QUEUED,
            wakeup: None,
            arg: 0,
            mode: TimerMode::Once,
            woken: 0,
            deferrable: false,
            orphan: false,
        });
        handle
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_destroy(t: *mut su_timer_t) {
    if t.is_null() {
        return;
    }
    guard((), || {
        // SAFETY: a live timer (orphans included: they are still allocated).
        let orphan = unsafe { with_slot(t, |_, l, s| l.slots[s].as_ref().expect("slot").orphan) };
        if orphan == Some(true) {
            ORPHANS.lock().retain(|&p| p != t as usize);
        }
        // SAFETY: the application destroys its timer once.
        unsafe { free_timer(t) };
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_is_set(t: *const su_timer_t) -> c_int {
    // SAFETY: NULL or a live timer.
    guard(0, || unsafe { with_slot(t, |_, l, s| l.slots[s].as_ref().expect("slot").is_queued() as c_int) }.unwrap_or(0))
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_latest(t: *const su_timer_t) -> su_time_t {
    guard(su_time_t::default(), || {
        // SAFETY: NULL or a live timer.
        unsafe { with_slot(t, |_, l, s| su_time_t::from_micros(l.slots[s].as_ref().expect("slot").when)) }
            .unwrap_or_default()
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_set_interval(
    t: *mut su_timer_t,
    wakeup: su_timer_f,
    arg: *mut c_void,
    interval: su_duration_t,
) -> c_int {
    // SAFETY: NULL or a live timer.
    guard(-1, || unsafe { set0(t, false, None, wakeup, arg, None, Some(interval)) })
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_set(t: *mut su_timer_t, wakeup: su_timer_f, arg: *mut c_void) -> c_int {
    // SAFETY: NULL or a live timer.
    guard(-1, || unsafe { set0(t, true, None, wakeup, arg, None, None) })
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_set_at(t: *mut su_timer_t, wakeup: su_timer_f, arg: *mut c_void, when: su_time_t) -> c_int {
    // SAFETY: NULL or a live timer.
    guard(-1, || unsafe { set0(t, false, None, wakeup, arg, Some(when), Some(0)) })
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_run(t: *mut su_timer_t, wakeup: su_timer_f, arg: *mut c_void) -> c_int {
    // SAFETY: NULL or a live timer.
    guard(-1, || unsafe { set0(t, true, Some(TimerMode::Intervals), wakeup, arg, None, None) })
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_set_for_ever(t: *mut su_timer_t, wakeup: su_timer_f, arg: *mut c_void) -> c_int {
    // SAFETY: NULL or a live timer.
    guard(-1, || unsafe { set0(t, true, Some(TimerMode::ForEver), wakeup, arg, None, None) })
}

#[no_mangle]
pub unsafe extern "C" fn su_timer_reset(t: *mut su_timer_t) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live timer.
        unsafe {
            with_slot(t, |port, l, s| {
                port.unqueue_timer(l, s);
                let slot = l.slots[s].as_mut().expect("slot");
                slot.wakeup = None;
                slot.arg = 0;
                slot.mode = TimerMode::Once;
                0
            })
        }
        .unwrap_or(-1)
    })
}

/// The timer's root, or NULL when it has none or it was destroyed.
#[no_mangle]
pub unsafe extern "C" fn su_timer_root(t: *const su_timer_t) -> *mut su_root_t {
    guard(ptr::null_mut(), || {
        // SAFETY: NULL or a live timer.
        unsafe { with_slot(t, |_, l, s| if usable(l, s) { l.slots[s].as_ref().expect("slot").root } else { 0 }) }
            .unwrap_or(0) as *mut su_root_t
    })
}

/// Mark the timer deferrable. Deferrable timers still run on time here (deferring them is
/// only an optimisation Sofia is allowed to make).
#[no_mangle]
pub unsafe extern "C" fn su_timer_deferrable(t: *mut su_timer_t, value: c_int) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live timer.
        let r = unsafe {
            with_slot(t, |_, l, s| {
                l.slots[s].as_mut().expect("slot").deferrable = value != 0;
                0
            })
        };
        r.unwrap_or_else(|| {
            set_errno(libc::EINVAL);
            -1
        })
    })
}

// ------------------------------------------------------------------ crate API

#[allow(dead_code)]
type Pending = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// A timer running Rust closures on a root's thread (for the upper layers).
/// Dropping it cancels it.
#[allow(dead_code)] // API for the nua/nta layers
pub(crate) struct Timer {
    t: *mut su_timer_t,
    pending: Pending,
}

#[allow(dead_code)]
unsafe extern "C" fn run_pending(_magic: *mut c_void, _t: *mut c_void, arg: *mut c_void) {
    // SAFETY: arg is the Rc allocation owned by the Timer, which resets the C timer before
    // dropping it, so it is alive whenever the timer fires.
    let pending = unsafe { &*(arg as *const RefCell<Option<Box<dyn FnOnce()>>>) };
    let f = pending.borrow_mut().take();
    if let Some(f) = f {
        f();
    }
}

#[allow(dead_code)]
impl Timer {
    /// # Safety
    /// `root` must be a live root, used on its thread.
    pub(crate) unsafe fn new(root: *mut su_root_t) -> Option<Timer> {
        // SAFETY: caller contract.
        let t = unsafe { su_timer_create(super::root::su_root_task(root), 0) };
        (!t.is_null()).then(|| Timer { t, pending: Rc::new(RefCell::new(None)) })
    }

    /// Run `f` once after `ms` milliseconds (replacing what was pending).
    pub(crate) fn set(&self, ms: su_duration_t, f: impl FnOnce() + 'static) -> bool {
        *self.pending.borrow_mut() = Some(Box::new(f));
        let arg = Rc::as_ptr(&self.pending) as *mut c_void;
        // SAFETY: our live timer; the callback argument outlives the timer setting.
        unsafe { su_timer_set_interval(self.t, Some(run_pending), arg, ms) == 0 }
    }

    pub(crate) fn reset(&self) {
        // SAFETY: our live timer.
        unsafe { su_timer_reset(self.t) };
        let old = self.pending.borrow_mut().take();
        drop(old);
    }

    pub(crate) fn is_set(&self) -> bool {
        // SAFETY: our live timer.
        unsafe { su_timer_is_set(self.t) != 0 }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        // SAFETY: our live timer, destroyed once.
        unsafe { su_timer_destroy(self.t) };
    }
}
