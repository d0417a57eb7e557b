//! The engine behind a root: one `Port` per event-loop thread.
//!
//! A port owns a `polling::Poller` (level-triggered, epoll on Linux), the wait registrations,
//! the timer queue, and a queue of messages (closures) that any thread may post; posting from
//! another thread wakes the poller with `Poller::notify`. Roots (`su_root_t`) are views onto a
//! port: the application's root, and the roots of clones that share its thread.
//!
//! All state that the loop mutates lives behind the port's `local` mutex, which is held only
//! for short bookkeeping and never while a C callback runs: callbacks may re-enter the API
//! freely (register/unregister, set/reset/destroy timers, break, even step the loop).
//! C pointers stored here (callbacks, arguments, roots) are only dereferenced on the thread
//! running the port, which is Sofia's contract too.

use std::collections::VecDeque;
use std::ffi::{c_int, c_short, c_void};
use std::num::NonZeroUsize;
use std::os::fd::BorrowedFd;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use polling::{Event, Events, PollMode, Poller};

use super::root::{su_root_t, su_wait_t, su_wakeup_f};
use super::time::{self, su_duration_t, SU_DURATION_MAX};

/// A mutex on std's futex implementation that ignores poisoning. (parking_lot would allocate
/// its global parking table on first contention and never free it, which valgrind reports.)
pub(crate) struct Mutex<T>(std::sync::Mutex<T>);

impl<T> Mutex<T> {
    pub(crate) const fn new(v: T) -> Mutex<T> {
        Mutex(std::sync::Mutex::new(v))
    }

    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, T> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Self {
        Mutex::new(T::default())
    }
}

pub const SU_WAIT_FOREVER: su_duration_t = -1;
pub const POLLIN: c_short = libc::POLLIN;
pub const POLLOUT: c_short = libc::POLLOUT;

/// A message: runs on the port's thread with the (live) target root.
pub(crate) type MsgFn = Box<dyn FnOnce(*mut su_root_t) + Send>;

pub(crate) struct Msg {
    /// Target root (address and identity); 0 = any root of the port (delivered with NULL).
    pub to_root: usize,
    pub to_id: u64,
    /// Port of the sender's thread (0 if unknown), for `su_clone_wait`.
    pub from_port: usize,
    pub f: MsgFn,
}

/// Token of the calling thread (never 0).
pub(crate) fn thread_token() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    thread_local!(static TOKEN: u64 = NEXT.fetch_add(1, Ordering::Relaxed));
    TOKEN.with(|t| *t)
}

thread_local! {
    /// The port the current thread created last (its own event loop), for message sender tags.
    static CURRENT_PORT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Identity of roots: an address can be reused, an id cannot.
pub(crate) fn new_root_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Timer modes (`su_timer_set*` one-shot, `su_timer_run`, `su_timer_set_for_ever`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TimerMode {
    Once,
    Intervals,
    ForEver,
}

pub(crate) type TimerFn = unsafe extern "C" fn(*mut c_void, *mut c_void, *mut c_void);

/// The state of one timer, kept in its port.
pub(crate) struct TimerSlot {
    pub gen: u64,
    /// The C handle (`su_timer_t *`) given to callbacks.
    pub handle: usize,
    pub root: usize,
    pub root_id: u64,
    pub duration: su_duration_t,
    /// When it last expired / expires next (`su_timer_latest`), in µs since the NTP epoch.
    pub when: u64,
    /// Index in the port's timer heap while set, [`NOT_QUEUED`] otherwise.
    pub pos: usize,
    pub wakeup: Option<TimerFn>,
    pub arg: usize,
    pub mode: TimerMode,
    pub woken: u32,
    pub deferrable: bool,
    /// Its root was destroyed: the timer stays inert until `su_timer_destroy`.
    pub orphan: bool,
}

impl TimerSlot {
    pub(crate) fn is_queued(&self) -> bool {
        self.pos != NOT_QUEUED
    }
}

/// `TimerSlot::pos` of a timer that is not set.
pub(crate) const NOT_QUEUED: usize = usize::MAX;

/// An entry of the timer heap: deadline (µs), a sequence number ordering equal deadlines
/// first-set-first, and the slot. Every queued slot has exactly one entry, at `slot.pos`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct HeapEntry {
    pub when: u64,
    pub seq: u64,
    pub slot: usize,
}

impl HeapEntry {
    #[inline]
    fn before(&self, other: &HeapEntry) -> bool {
        (self.when, self.seq) < (other.when, other.seq)
    }
}

/// Store `e` at heap index `i` and tell its slot where it is.
#[inline]
fn heap_put(heap: &mut [HeapEntry], slots: &mut [Option<TimerSlot>], i: usize, e: HeapEntry) {
    heap[i] = e;
    if let Some(Some(s)) = slots.get_mut(e.slot) {
        s.pos = i;
    }
}

#[inline(always)]
fn sift_up(heap: &mut [HeapEntry], slots: &mut [Option<TimerSlot>], mut i: usize) {
    let e = heap[i];
    while i > 0 {
        let p = (i - 1) / 2;
        if !e.before(&heap[p]) {
            break;
        }
        heap_put(heap, slots, i, heap[p]);
        i = p;
    }
    heap_put(heap, slots, i, e);
}

#[inline(always)]
fn sift_down(heap: &mut [HeapEntry], slots: &mut [Option<TimerSlot>], mut i: usize) {
    let e = heap[i];
    let n = heap.len();
    loop {
        let mut c = 2 * i + 1;
        if c >= n {
            break;
        }
        if c + 1 < n && heap[c + 1].before(&heap[c]) {
            c += 1;
        }
        if !heap[c].before(&e) {
            break;
        }
        heap_put(heap, slots, i, heap[c]);
        i = c;
    }
    heap_put(heap, slots, i, e);
}

/// Remove the entry at heap index `i`; the caller marks its slot unqueued.
#[inline(always)]
fn heap_remove(heap: &mut Vec<HeapEntry>, slots: &mut [Option<TimerSlot>], i: usize) {
    let Some(last) = heap.pop() else { return };
    if i >= heap.len() {
        return;
    }
    heap[i] = last;
    if i > 0 && last.before(&heap[(i - 1) / 2]) {
        sift_up(heap, slots, i);
    } else {
        sift_down(heap, slots, i);
    }
}

/// One `su_root_register` registration.
pub(crate) struct Reg {
    /// The registration's own copy of the wait object; callbacks get this address.
    pub wait: Box<su_wait_t>,
    pub cb: su_wakeup_f,
    pub arg: usize,
    pub root: usize,
}

pub(crate) struct Local {
    /// Live roots on this port: (address, id, magic getter is on the root itself).
    pub roots: Vec<(usize, u64)>,
    /// Registrations by index; index 1 is the mailbox in Sofia, so user indices start at 2.
    pub regs: Vec<Option<Reg>>,
    pub free_idx: Vec<c_int>,
    pub next_idx: c_int,
    /// Bumped by every register/deregister, so that event dispatch can notice.
    pub registers: u64,
    /// The timer queue: a binary min-heap on (when, seq); slots know their index.
    pub heap: Vec<HeapEntry>,
    pub slots: Vec<Option<TimerSlot>>,
    pub free_slots: Vec<usize>,
    pub seq: u64,
    pub gen: u64,
    pub max_defer: su_duration_t,
    pub multishot: bool,
    pub prepoll: Option<(unsafe extern "C" fn(*mut c_void, *mut su_root_t), usize, usize)>,
    spare_events: Option<Events>,
}

// SAFETY: the raw C pointers kept here are opaque values; they are dereferenced (or called)
// only on the thread that runs the port, and every access to Local goes through the mutex.
unsafe impl Send for Local {}

pub struct Port {
    pub(crate) poller: Poller,
    pub(crate) local: Mutex<Local>,
    pub(crate) queue: Mutex<VecDeque<Msg>>,
    /// Length of `queue`, readable without the lock.
    queued: AtomicUsize,
    /// Number of wait registrations and whether a pre-poll callback is set (lock-free reads).
    n_regs: AtomicUsize,
    has_prepoll: AtomicBool,
    pub(crate) running: AtomicBool,
    /// Deadline (µs) at the top of the timer heap, `u64::MAX` when empty; written under the
    /// `local` lock whenever the top may change, read without it.
    next_due: AtomicU64,
    /// Bumped whenever a timer is queued (read without the lock by `step`).
    timer_epoch: AtomicU64,
    /// Thread token of the thread running this port.
    pub(crate) owner: AtomicU64,
}

impl Port {
    pub(crate) fn new() -> std::io::Result<Arc<Port>> {
        let port = Arc::new(Port {
            poller: Poller::new()?,
            local: Mutex::new(Local {
                roots: Vec::new(),
                regs: Vec::new(),
                free_idx: Vec::new(),
                next_idx: 2,
                registers: 0,
                heap: Vec::new(),
                slots: Vec::new(),
                free_slots: Vec::new(),
                seq: 0,
                gen: 0,
                max_defer: 15_000,
                multishot: true,
                prepoll: None,
                spare_events: None,
            }),
            queue: Mutex::new(VecDeque::new()),
            queued: AtomicUsize::new(0),
            n_regs: AtomicUsize::new(0),
            has_prepoll: AtomicBool::new(false),
            running: AtomicBool::new(false),
            next_due: AtomicU64::new(u64::MAX),
            timer_epoch: AtomicU64::new(0),
            owner: AtomicU64::new(thread_token()),
        });
        CURRENT_PORT.with(|c| c.set(Arc::as_ptr(&port) as usize));
        Ok(port)
    }

    pub(crate) fn own_thread(&self) -> bool {
        self.owner.load(Ordering::Relaxed) == thread_token()
    }

    pub(crate) fn wakeup(&self) {
        let _ = self.poller.notify();
    }

    /// Queue a message; wakes the port when posted from another thread.
    pub(crate) fn send(&self, msg: Msg) {
        let mut msg = msg;
        if msg.from_port == 0 {
            msg.from_port = CURRENT_PORT.with(|c| c.get());
        }
        let was_empty = {
            let mut q = self.queue.lock();
            let e = q.is_empty();
            q.push_back(msg);
            self.queued.store(q.len(), Ordering::SeqCst);
            e
        };
        if was_empty && !self.own_thread() {
            self.wakeup();
        }
    }

    pub(crate) fn has_msgs(&self) -> bool {
        self.queued.load(Ordering::SeqCst) != 0
    }

    pub(crate) fn root_alive(&self, root: usize, id: u64) -> bool {
        root != 0 && self.local.lock().roots.iter().any(|&(r, i)| r == root && (id == 0 || i == id))
    }

    /// Deliver the messages selected by `pick` (all when None); returns how many ran.
    pub(crate) fn run_msgs(&self, pick: Option<&dyn Fn(&Msg) -> bool>) -> usize {
        // A few messages per wake-up: kept inline, no allocation per batch.
        let batch: smallvec::SmallVec<[Msg; 8]> = {
            let mut q = self.queue.lock();
            if q.is_empty() {
                return 0;
            }
            let batch: smallvec::SmallVec<[Msg; 8]> = match pick {
                None => q.drain(..).collect(),
                Some(p) => {
                    let (sel, rest): (VecDeque<Msg>, VecDeque<Msg>) = q.drain(..).partition(|m| p(m));
                    *q = rest;
                    sel.into_iter().collect()
                }
            };
            self.queued.store(q.len(), Ordering::SeqCst);
            batch
        };
        let n = batch.len();
        for m in batch {
            if m.to_root == 0 {
                (m.f)(std::ptr::null_mut());
            } else if self.root_alive(m.to_root, m.to_id) {
                (m.f)(m.to_root as *mut su_root_t);
            }
            // A message to a destroyed root is dropped undelivered.
        }
        n
    }

    /// Drop the queued messages of a destroyed root (outside the lock: drops may post).
    pub(crate) fn purge_msgs(&self, root: usize, id: u64) {
        let dropped: Vec<Msg> = {
            let mut q = self.queue.lock();
            let (gone, keep): (VecDeque<Msg>, VecDeque<Msg>) =
                q.drain(..).partition(|m| m.to_root == root && m.to_id == id);
            *q = keep;
            self.queued.store(q.len(), Ordering::SeqCst);
            gone.into_iter().collect()
        };
        drop(dropped);
    }

    // ---------------------------------------------------------------- waits

    pub(crate) fn register(&self, root: usize, wait: &su_wait_t, cb: su_wakeup_f, arg: usize) -> c_int {
        let mut l = self.local.lock();
        let idx = match l.free_idx.pop() {
            Some(i) => i,
            None => {
                if l.next_idx == c_int::MAX {
                    return -1;
                }
                l.next_idx += 1;
                l.next_idx - 1
            }
        };
        let ev = interest(idx as usize, wait.events);
        // SAFETY: the application keeps the descriptor open while it is registered (Sofia's
        // contract); it is removed from the poller by deregister/unregister/root destroy.
        if unsafe { self.poller.add_with_mode(wait.fd, ev, PollMode::Level) }.is_err() {
            l.free_idx.push(idx);
            return -1;
        }
        let i = idx as usize;
        if l.regs.len() <= i {
            l.regs.resize_with(i + 1, || None);
        }
        l.regs[i] = Some(Reg { wait: Box::new(*wait), cb, arg, root });
        l.registers += 1;
        self.n_regs.fetch_add(1, Ordering::SeqCst);
        idx
    }

    /// Remove registration `idx`; `destroy_wait` resets the registration's wait copy.
    pub(crate) fn deregister(&self, idx: c_int) -> c_int {
        let mut l = self.local.lock();
        let reg = match l.regs.get_mut(idx as usize).and_then(|r| r.take()) {
            Some(r) if idx > 0 => r,
            _ => {
                set_errno(libc::EBADF);
                return -1;
            }
        };
        if reg.wait.fd >= 0 {
            // SAFETY: the descriptor number is only used to remove it from the poller.
            let _ = self.poller.delete(unsafe { BorrowedFd::borrow_raw(reg.wait.fd) });
        }
        l.free_idx.push(idx);
        l.registers += 1;
        self.n_regs.fetch_sub(1, Ordering::SeqCst);
        idx
    }

    pub(crate) fn unregister(&self, wait: &su_wait_t, arg: usize) -> c_int {
        let found = {
            let l = self.local.lock();
            l.regs.iter().position(|r| {
                r.as_ref().is_some_and(|r| r.arg == arg && r.wait.fd == wait.fd && r.wait.events == wait.events)
            })
        };
        match found {
            Some(i) => self.deregister(i as c_int),
            None => {
                set_errno(libc::ENOENT);
                -1
            }
        }
    }

    pub(crate) fn unregister_all(&self, root: usize) -> usize {
        let idxs: Vec<c_int> = {
            let l = self.local.lock();
            l.regs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.as_ref().is_some_and(|r| r.root == root))
                .map(|(i, _)| i as c_int)
                .collect()
        };
        for &i in &idxs {
            self.deregister(i);
        }
        idxs.len()
    }

    pub(crate) fn eventmask(&self, idx: c_int, socket: c_int, events: c_int) -> c_int {
        let mut l = self.local.lock();
        let Some(Some(reg)) = l.regs.get_mut(idx as usize) else {
            set_errno(libc::EBADF);
            return -1;
        };
        reg.wait.events = events as c_short;
        // SAFETY: the descriptor number is only used to update its registration.
        let fd = unsafe { BorrowedFd::borrow_raw(socket) };
        if self.poller.modify_with_mode(fd, interest(idx as usize, events as c_short), PollMode::Level).is_err() {
            return -1;
        }
        0
    }

    /// Wait at most `tout` ms (negative: forever) for I/O and dispatch it.
    /// Returns the number of events seen.
    #[inline]
    pub(crate) fn wait_events(&self, tout: su_duration_t) -> usize {
        if tout == 0 && self.n_regs.load(Ordering::SeqCst) == 0 {
            // Nothing registered: a zero-timeout poll could only report a wake-up, and
            // wake-ups only matter to a blocking wait (messages are checked separately).
            return 0;
        }
        self.poll_events(tout)
    }

    #[inline(never)]
    fn poll_events(&self, tout: su_duration_t) -> usize {
        let (mut events, multishot) = {
            let mut l = self.local.lock();
            let ev = l.spare_events.take().unwrap_or_else(|| Events::with_capacity(NonZeroUsize::new(4).unwrap()));
            (ev, l.multishot)
        };
        events.clear();
        let timeout = if tout < 0 { None } else { Some(Duration::from_millis(tout as u64)) };
        let _ = self.poller.wait(&mut events, timeout);
        let mut got: [(usize, c_short); 4] = [(0, 0); 4];
        let mut n = 0;
        for ev in events.iter() {
            if n == got.len() || (!multishot && n == 1) {
                break;
            }
            got[n] = (ev.key, revents(&ev));
            n += 1;
        }
        let version = {
            let mut l = self.local.lock();
            if l.spare_events.is_none() {
                l.spare_events = Some(events);
            }
            l.registers
        };
        for &(key, rev) in &got[..n] {
            let call = {
                let mut l = self.local.lock();
                match l.regs.get_mut(key).and_then(|r| r.as_mut()) {
                    Some(reg) => {
                        let rev = if rev < 0 { exact_revents(reg.wait.fd, reg.wait.events) } else { rev };
                        reg.wait.revents = rev;
                        Some((reg.cb, &mut *reg.wait as *mut su_wait_t, reg.arg, reg.root))
                    }
                    None => None,
                }
            };
            let Some((cb, w, arg, root)) = call else { continue };
            let magic = super::root::magic_of(self, root);
            if let Some(cb) = cb {
                // SAFETY: the application's callback with the arguments it registered; `w` is
                // the registration's wait copy, alive until the registration is removed.
                unsafe { cb(magic, w, arg as *mut c_void) };
            }
            if self.local.lock().registers != version {
                break;
            }
        }
        n
    }

    // --------------------------------------------------------------- timers

    /// Put slot `s` into the queue at `when` (µs), replacing its earlier setting.
    /// The caller holds the lock (`l`).
    #[inline(always)]
    pub(crate) fn queue_timer(&self, l: &mut Local, s: usize, when: u64) {
        l.seq += 1;
        let e = HeapEntry { when, seq: l.seq, slot: s };
        let Local { heap, slots, .. } = l;
        let Some(Some(slot)) = slots.get_mut(s) else { return };
        slot.when = when;
        let pos = slot.pos;
        if pos != NOT_QUEUED && pos < heap.len() {
            // Re-set while set: move its entry.
            let later = heap[pos].before(&e);
            heap[pos] = e;
            if later {
                sift_down(heap, slots, pos);
            } else {
                sift_up(heap, slots, pos);
            }
        } else {
            heap.push(e);
            let i = heap.len() - 1;
            sift_up(heap, slots, i);
        }
        // Written only under the lock: no read-modify-write needed.
        self.timer_epoch.store(self.timer_epoch.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
        self.note_top(l);
    }

    #[inline(always)]
    pub(crate) fn unqueue_timer(&self, l: &mut Local, s: usize) {
        let Local { heap, slots, .. } = l;
        let Some(Some(slot)) = slots.get_mut(s) else { return };
        let pos = std::mem::replace(&mut slot.pos, NOT_QUEUED);
        if pos != NOT_QUEUED && pos < heap.len() {
            heap_remove(heap, slots, pos);
            self.note_top(l);
        }
    }

    /// Publish the deadline at the top of the heap.
    #[inline]
    fn note_top(&self, l: &Local) {
        self.next_due.store(l.heap.first().map_or(u64::MAX, |e| e.when), Ordering::Release);
    }

    /// `tout` becomes the time from `now_us` to the next timer when that is sooner.
    #[inline]
    fn next_timeout(&self, tout: &mut su_duration_t, now_us: u64) {
        let due = self.next_due.load(Ordering::Acquire);
        if due != u64::MAX && *tout != 0 {
            // Rounded up to whole milliseconds (saturating: capped just below anyway).
            let at = (due.saturating_sub(now_us).saturating_add(999) / 1000).min(SU_DURATION_MAX as u64) as su_duration_t;
            if at < *tout || *tout < 0 {
                *tout = at;
            }
        }
    }

    /// Run the expired timers; `tout` becomes the time to the next one when that is sooner.
    #[inline]
    pub(crate) fn expire_timers(&self, tout: &mut su_duration_t, now_us: u64) -> usize {
        let mut n = 0;
        loop {
            if self.next_due.load(Ordering::Acquire) > now_us {
                // Nothing due (or no timers at all): no need for the lock.
                self.next_timeout(tout, now_us);
                break;
            }
            let (s, gen, f, handle, arg, mode, magic) = {
                let mut l = self.local.lock();
                let Some(&top) = l.heap.first() else {
                    self.note_top(&l);
                    continue;
                };
                if top.when > now_us {
                    self.note_top(&l);
                    continue;
                }
                let s = top.slot;
                self.unqueue_timer(&mut l, s);
                let Local { slots, roots, .. } = &mut *l;
                let Some(Some(slot)) = slots.get_mut(s) else { continue };
                let f = slot.wakeup.take();
                if f.is_some() && slot.mode != TimerMode::Intervals {
                    if slot.mode == TimerMode::ForEver {
                        slot.woken = slot.woken.wrapping_add(1);
                    }
                    slot.when = now_us;
                }
                let magic = if f.is_some() { super::root::magic_in(roots, slot.root) } else { std::ptr::null_mut() };
                (s, slot.gen, f, slot.handle, slot.arg, slot.mode, magic)
            };
            let Some(f) = f else { continue };
            match mode {
                TimerMode::Intervals => loop {
                    let proceed = {
                        let mut l = self.local.lock();
                        match l.slots.get_mut(s).and_then(|x| x.as_mut()) {
                            Some(slot)
                                if slot.gen == gen
                                    && slot.mode == TimerMode::Intervals
                                    && !slot.is_queued()
                                    && slot.duration > 0 =>
                            {
                                if slot.when > now_us {
                                    slot.wakeup = Some(f);
                                    let when = slot.when;
                                    self.queue_timer(&mut l, s, when);
                                    false
                                } else {
                                    slot.when += slot.duration as u64 * 1000;
                                    slot.woken = slot.woken.wrapping_add(1);
                                    true
                                }
                            }
                            _ => false,
                        }
                    };
                    if !proceed {
                        break;
                    }
                    let arg = self.timer_arg(s, gen).unwrap_or(arg);
                    // SAFETY: the application's timer callback with its own timer and argument.
                    unsafe { f(magic, handle as *mut c_void, arg as *mut c_void) };
                    n += 1;
                },
                TimerMode::ForEver => {
                    // SAFETY: as above.
                    unsafe { f(magic, handle as *mut c_void, arg as *mut c_void) };
                    n += 1;
                    let mut l = self.local.lock();
                    if let Some(slot) = l.slots.get_mut(s).and_then(|x| x.as_mut()) {
                        if slot.gen == gen && slot.mode == TimerMode::ForEver && !slot.is_queued() {
                            slot.wakeup = Some(f);
                            let when = now_us + slot.duration.max(0) as u64 * 1000;
                            self.queue_timer(&mut l, s, when);
                        }
                    }
                }
                TimerMode::Once => {
                    // SAFETY: as above.
                    unsafe { f(magic, handle as *mut c_void, arg as *mut c_void) };
                    n += 1;
                }
            }
        }
        n
    }

    fn timer_arg(&self, s: usize, gen: u64) -> Option<usize> {
        let l = self.local.lock();
        l.slots.get(s).and_then(|x| x.as_ref()).filter(|x| x.gen == gen).map(|x| x.arg)
    }

    fn has_timers(&self) -> bool {
        self.next_due.load(Ordering::Acquire) != u64::MAX
    }

    pub(crate) fn set_prepoll(&self, on: bool) {
        self.has_prepoll.store(on, Ordering::SeqCst);
    }

    fn prepoll(&self) {
        if !self.has_prepoll.load(Ordering::SeqCst) {
            return;
        }
        let pp = self.local.lock().prepoll;
        if let Some((f, magic, root)) = pp {
            // SAFETY: the application's pre-poll callback with the values it registered.
            unsafe { f(magic as *mut c_void, root as *mut su_root_t) };
        }
    }

    // ----------------------------------------------------------------- loop

    /// One round of messages, timers and I/O (`su_root_step`).
    pub(crate) fn step(&self, mut tout: su_duration_t) -> su_duration_t {
        let now = time::now_us();
        let epoch = self.timer_epoch.load(Ordering::Relaxed);
        self.prepoll();
        if self.has_msgs() {
            self.run_msgs(None);
        }
        self.expire_timers(&mut tout, now);
        if self.has_msgs() {
            tout = 0;
        }
        let waited = tout != 0;
        tout = if self.wait_events(tout) > 0 { 0 } else { SU_WAIT_FOREVER };
        if self.has_msgs() {
            // Messages posted from another thread woke us: they count as an event.
            tout = 0;
            if self.run_msgs(None) > 0 && self.wait_events(0) > 0 {
                tout = 0;
            }
        }
        if self.has_timers() {
            if waited || self.timer_epoch.load(Ordering::Relaxed) != epoch {
                self.expire_timers(&mut tout, time::now_us());
            } else {
                // No wait and no timer set since the clock was read: every queued timer was
                // already there, and not due, at `now`.
                self.next_timeout(&mut tout, now);
            }
        }
        if self.has_msgs() {
            tout = 0;
        }
        tout
    }

    /// Loop until `break_loop` (`su_root_run`).
    pub(crate) fn run(&self) {
        self.running.store(true, Ordering::SeqCst);
        while self.running.load(Ordering::SeqCst) {
            let mut tout = self.local.lock().max_defer;
            self.prepoll();
            if self.has_msgs() {
                self.run_msgs(None);
            }
            self.expire_timers(&mut tout, time::now_us());
            if !self.running.load(Ordering::SeqCst) {
                break;
            }
            if self.has_msgs() {
                tout = 0;
            }
            self.wait_events(tout);
        }
    }

    pub(crate) fn break_loop(&self) {
        self.running.store(false, Ordering::SeqCst);
        if !self.own_thread() {
            self.wakeup();
        }
    }
}

/// Level-triggered interest of a wait object's `events`.
fn interest(key: usize, events: c_short) -> Event {
    match (events & POLLIN != 0, events & POLLOUT != 0) {
        (true, true) => Event::all(key),
        (true, false) => Event::readable(key),
        (false, true) => Event::writable(key),
        (false, false) => Event::none(key),
    }
}

/// `revents` from a poller event; -1 when only poll() can tell the exact bits (HUP/ERR).
fn revents(ev: &Event) -> c_short {
    if ev.is_interrupt() || ev.is_err() == Some(true) || ev.is_priority() {
        return -1;
    }
    (if ev.readable { POLLIN } else { 0 }) | (if ev.writable { POLLOUT } else { 0 })
}

fn exact_revents(fd: c_int, events: c_short) -> c_short {
    let mut p = libc::pollfd { fd, events, revents: 0 };
    // SAFETY: poll on one pollfd we own, without waiting.
    unsafe { libc::poll(&mut p, 1, 0) };
    p.revents
}

pub(crate) fn set_errno(e: c_int) {
    // SAFETY: errno is thread-local storage of libc.
    unsafe { *libc::__errno_location() = e };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::{Cell, RefCell};

    thread_local! {
        static FIRED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
        static PORT: Cell<*const Port> = const { Cell::new(std::ptr::null()) };
        static NOW: Cell<u64> = const { Cell::new(0) };
    }

    const N: usize = 24;

    unsafe extern "C" fn record(_m: *mut c_void, _t: *mut c_void, arg: *mut c_void) {
        FIRED.with(|f| f.borrow_mut().push(arg as usize));
    }

    /// Records, re-sets itself `1 + s` µs later and resets timer `s + 1`.
    unsafe extern "C" fn rearm(m: *mut c_void, t: *mut c_void, arg: *mut c_void) {
        // SAFETY: forwarding our own arguments.
        unsafe { record(m, t, arg) };
        let s = arg as usize;
        // SAFETY: the test keeps the port alive while it expires timers.
        let port = unsafe { &*PORT.with(|p| p.get()) };
        let mut l = port.local.lock();
        l.slots[s].as_mut().unwrap().wakeup = Some(rearm);
        port.queue_timer(&mut l, s, NOW.with(|n| n.get()) + 1 + s as u64);
        port.unqueue_timer(&mut l, (s + 1) % N);
    }

    fn is_rearming(s: usize) -> bool {
        s % 5 == 0
    }

    fn check_heap(port: &Port, l: &Local) {
        for (i, e) in l.heap.iter().enumerate() {
            assert_eq!(l.slots[e.slot].as_ref().unwrap().pos, i, "slot knows its index");
            assert_eq!(l.slots[e.slot].as_ref().unwrap().when, e.when);
            if i > 0 {
                assert!(!e.before(&l.heap[(i - 1) / 2]), "heap order");
            }
        }
        let queued = l.slots.iter().flatten().filter(|s| s.is_queued()).count();
        assert_eq!(queued, l.heap.len());
        assert_eq!(port.next_due.load(Ordering::Relaxed), l.heap.first().map_or(u64::MAX, |e| e.when));
    }

    /// Random set / re-set / reset / expire sequences (with callbacks that re-set and reset
    /// timers) against a plain list of deadlines.
    #[test]
    fn timer_heap_matches_model() {
        let port = Port::new().unwrap();
        PORT.with(|p| p.set(Arc::as_ptr(&port)));
        {
            let mut l = port.local.lock();
            for s in 0..N {
                l.slots.push(Some(TimerSlot {
                    gen: s as u64,
                    handle: 0,
                    root: 0,
                    root_id: 0,
                    duration: 0,
                    when: 0,
                    pos: NOT_QUEUED,
                    wakeup: None,
                    arg: s,
                    mode: TimerMode::Once,
                    woken: 0,
                    deferrable: false,
                    orphan: false,
                }));
            }
        }
        // The model: per slot, (deadline, order of setting) while set.
        let mut model: Vec<Option<(u64, u64)>> = vec![None; N];
        let mut order = 0u64;
        let mut now = 1_000_000u64;
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let mut fired_total = 0;
        for _ in 0..30_000 {
            let r = next();
            let s = (r >> 8) as usize % N;
            match r % 16 {
                0..=7 => {
                    // Deadlines from a small range, so that equal deadlines are common.
                    let when = now + (next() % 40) * 50;
                    let mut l = port.local.lock();
                    l.slots[s].as_mut().unwrap().wakeup = Some(if is_rearming(s) { rearm } else { record });
                    port.queue_timer(&mut l, s, when);
                    order += 1;
                    model[s] = Some((when, order));
                }
                8..=10 => {
                    let mut l = port.local.lock();
                    port.unqueue_timer(&mut l, s);
                    l.slots[s].as_mut().unwrap().wakeup = None;
                    model[s] = None;
                }
                _ => {
                    now += next() % 700;
                    NOW.with(|n| n.set(now));
                    let mut expected = Vec::new();
                    while let Some(s) = (0..N)
                        .filter(|&i| model[i].is_some_and(|(w, _)| w <= now))
                        .min_by_key(|&i| model[i].unwrap())
                    {
                        model[s] = None;
                        expected.push(s);
                        if is_rearming(s) {
                            order += 1;
                            model[s] = Some((now + 1 + s as u64, order));
                            model[(s + 1) % N] = None;
                        }
                    }
                    let mut tout = SU_WAIT_FOREVER;
                    let n = port.expire_timers(&mut tout, now);
                    let fired = FIRED.with(|f| std::mem::take(&mut *f.borrow_mut()));
                    assert_eq!(fired, expected);
                    assert_eq!(n, expected.len());
                    fired_total += n;
                    let want = model.iter().flatten().map(|&(w, _)| (w - now).div_ceil(1000) as su_duration_t).min();
                    assert_eq!(tout, want.unwrap_or(SU_WAIT_FOREVER));
                }
            }
            let l = port.local.lock();
            check_heap(&port, &l);
            for (i, m) in model.iter().enumerate() {
                let slot = l.slots[i].as_ref().unwrap();
                assert_eq!(slot.is_queued(), m.is_some());
                if let Some((w, _)) = m {
                    assert_eq!(slot.when, *w);
                }
            }
        }
        assert!(fired_total > 1000);
        PORT.with(|p| p.set(std::ptr::null()));
    }
}
