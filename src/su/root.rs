//! The root event loop (`su_wait.h`): roots, wait objects, tasks.
//!
//! A root (`su_root_t`, opaque to C) is a view onto a [`Port`]: the per-thread engine with the
//! poller, the timers and the message queue. `su_task_r` is Sofia's two-pointer task handle
//! `{ port, root }`; each copy made with `su_task_copy` holds a reference to the port (the
//! port pointer is an `Arc<Port>` turned into a raw pointer), so ports outlive their roots
//! while timers or tasks still name them.
//!
//! Crate-internal API for the upper layers: [`Remote`] posts closures to a root from any
//! thread; [`super::timer::Timer`] runs Rust closures on a root's timers.

use std::cell::Cell;
use std::ffi::{c_char, c_int, c_short, c_uint, c_void};
use std::ptr;
use std::sync::Arc;

use crate::ffi::guard;

use super::port::{new_root_id, set_errno, Msg, Port, SU_WAIT_FOREVER};
use super::time::{self, su_duration_t};

/// `su_wait_t` = `struct pollfd` (8 bytes).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct su_wait_t {
    pub fd: c_int,
    pub events: c_short,
    pub revents: c_short,
}

pub type su_wakeup_f = Option<unsafe extern "C" fn(*mut c_void, *mut su_wait_t, *mut c_void) -> c_int>;
pub type su_root_init_f = Option<unsafe extern "C" fn(*mut su_root_t, *mut c_void) -> c_int>;
pub type su_root_deinit_f = Option<unsafe extern "C" fn(*mut su_root_t, *mut c_void)>;
pub type su_prepoll_f = unsafe extern "C" fn(*mut c_void, *mut su_root_t);

/// The C name of the port type (opaque to C).
pub type su_port_t = Port;

/// `_su_task_t`: `su_task_r` is an array of one of these (16 bytes).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct _su_task_t {
    pub sut_port: *mut su_port_t,
    pub sut_root: *mut su_root_t,
}

impl _su_task_t {
    pub const NULL: _su_task_t = _su_task_t { sut_port: ptr::null_mut(), sut_root: ptr::null_mut() };
}

/// A read-only exported object holding two NULL pointers.
#[repr(transparent)]
pub struct TaskNull(pub [_su_task_t; 1]);
// SAFETY: the object is immutable and holds only NULL pointers.
unsafe impl Sync for TaskNull {}

#[no_mangle]
pub static su_task_null: TaskNull = TaskNull([_su_task_t::NULL]);

/// Size hint for the poller (exported data, as in Sofia; not otherwise used).
#[no_mangle]
pub static mut su_root_size_hint: c_int = 64;

/// The root object behind `su_root_t *`.
pub struct su_root_t {
    /// Own task: `sut_port` holds one port reference, `sut_root` points here.
    pub(crate) task: _su_task_t,
    /// Parent's task (clones); holds a port reference when set.
    pub(crate) parent: _su_task_t,
    pub(crate) id: u64,
    pub(crate) magic: Cell<*mut c_void>,
    pub(crate) threading: Cell<bool>,
    pub(crate) deinit: Cell<su_root_deinit_f>,
    pub(crate) deiniting: Cell<bool>,
}

/// Add a port reference for a copied task pointer.
///
/// # Safety
/// `p` must be NULL or a port pointer from a task.
pub(crate) unsafe fn port_incref(p: *const Port) {
    if !p.is_null() {
        // SAFETY: task port pointers come from Arc::into_raw and the caller holds a reference.
        unsafe { Arc::increment_strong_count(p) };
    }
}

/// Drop a task's port reference.
///
/// # Safety
/// `p` must be NULL or a port pointer whose reference the caller owns.
pub(crate) unsafe fn port_decref(p: *const Port) {
    if !p.is_null() {
        // SAFETY: as above; the caller gives up its reference.
        unsafe { Arc::decrement_strong_count(p) };
    }
}

/// A new owning `Arc` of a task's port.
///
/// # Safety
/// `p` must be a non-NULL port pointer from a live task.
pub(crate) unsafe fn port_arc(p: *const Port) -> Arc<Port> {
    // SAFETY: caller contract; the count is raised before building the Arc.
    unsafe {
        Arc::increment_strong_count(p);
        Arc::from_raw(p)
    }
}

/// The magic of `root` if it is a live root of `port`, else NULL.
pub(crate) fn magic_of(port: &Port, root: usize) -> *mut c_void {
    magic_in(&port.local.lock().roots, root)
}

/// `magic_of` with the port's live roots at hand (its lock held).
pub(crate) fn magic_in(roots: &[(usize, u64)], root: usize) -> *mut c_void {
    if root != 0 && roots.iter().any(|&(r, _)| r == root) {
        // SAFETY: the root is registered with its port, hence alive; roots are used on the
        // port's thread, the caller's thread.
        unsafe { (*(root as *const su_root_t)).magic.get() }
    } else {
        ptr::null_mut()
    }
}

/// Create a root on `port` (this thread runs it).
pub(crate) fn create_root(
    port: Arc<Port>,
    magic: *mut c_void,
    threading: bool,
    parent: *const _su_task_t,
    deinit: su_root_deinit_f,
) -> *mut su_root_t {
    let id = new_root_id();
    let mut parent_task = _su_task_t::NULL;
    if !parent.is_null() {
        // SAFETY: parent points to a live task (from su_root_task of the parent root).
        parent_task = unsafe { *parent };
        // SAFETY: the copy takes its own port reference.
        unsafe { port_incref(parent_task.sut_port) };
    }
    let port_ptr = Arc::as_ptr(&port) as *mut Port;
    let root = Box::into_raw(Box::new(su_root_t {
        task: _su_task_t { sut_port: port_ptr, sut_root: ptr::null_mut() },
        parent: parent_task,
        id,
        magic: Cell::new(magic),
        threading: Cell::new(threading),
        deinit: Cell::new(deinit),
        deiniting: Cell::new(false),
    }));
    // SAFETY: just allocated.
    unsafe { (*root).task.sut_root = root };
    port.local.lock().roots.push((root as usize, id));
    // The root's task owns this reference.
    std::mem::forget(port);
    root
}

/// Destroy a root: deinit callback, registrations, timers, queued messages, the object.
///
/// # Safety
/// `root` must be a live root, used on its thread.
pub(crate) unsafe fn destroy_root(root: *mut su_root_t) {
    // SAFETY: caller contract.
    let r = unsafe { &*root };
    r.deiniting.set(true);
    if let Some(deinit) = r.deinit.take() {
        // SAFETY: the application's deinit callback with its root and magic.
        unsafe { deinit(root, r.magic.get()) };
    }
    // SAFETY: the root's task holds a port reference.
    let port = unsafe { port_arc(r.task.sut_port) };
    port.unregister_all(root as usize);
    super::timer::orphan_timers_of(&port, root as usize, r.id);
    port.local.lock().roots.retain(|&(p, i)| !(p == root as usize && i == r.id));
    port.purge_msgs(root as usize, r.id);
    let (task, parent) = {
        // SAFETY: the root was allocated by create_root; nothing refers to it any more.
        let b = unsafe { Box::from_raw(root) };
        (b.task, b.parent)
    };
    // SAFETY: both references are owned by the destroyed root.
    unsafe {
        port_decref(parent.sut_port);
        port_decref(task.sut_port);
    }
    drop(port);
}

/// The root behind a C pointer (NULL gives None and sets errno).
///
/// # Safety
/// `root` must be NULL or a live root.
unsafe fn root_ref<'a>(root: *mut su_root_t) -> Option<&'a su_root_t> {
    if root.is_null() {
        set_errno(libc::EFAULT);
        None
    } else {
        // SAFETY: caller contract.
        Some(unsafe { &*root })
    }
}

impl su_root_t {
    pub(crate) fn port(&self) -> &Port {
        // SAFETY: the root's task holds a reference to its port for the root's lifetime.
        unsafe { &*self.task.sut_port }
    }

    pub(crate) fn port_arc(&self) -> Arc<Port> {
        // SAFETY: as above.
        unsafe { port_arc(self.task.sut_port) }
    }
}

// ------------------------------------------------------------------ crate API

/// A handle for posting closures to a root from any thread.
#[allow(dead_code)] // API for the nua/nta layers
#[derive(Clone)]
pub(crate) struct Remote {
    port: Arc<Port>,
    root: usize,
    id: u64,
}

#[allow(dead_code)]
impl Remote {
    /// # Safety
    /// `root` must be NULL or a live root.
    pub(crate) unsafe fn of(root: *mut su_root_t) -> Option<Remote> {
        // SAFETY: caller contract.
        let r = unsafe { root.as_ref() }?;
        Some(Remote { port: r.port_arc(), root: root as usize, id: r.id })
    }

    /// Run `f` on the root's thread, inside its loop, with the root pointer. Dropped unrun if
    /// the root is destroyed first.
    pub(crate) fn post(&self, f: impl FnOnce(*mut su_root_t) + Send + 'static) {
        self.port.send(Msg { to_root: self.root, to_id: self.id, from_port: 0, f: Box::new(f) });
    }

    /// Is the calling thread the one running the root?
    pub(crate) fn is_own_thread(&self) -> bool {
        self.port.own_thread()
    }

    /// Runs `f` on the root's thread and waits for its result (`su_task_execute()`); at once
    /// when called on that thread. None when the root went away before running it.
    pub(crate) fn call<R: Send + 'static>(&self, f: impl FnOnce() -> R + Send + 'static) -> Option<R> {
        if self.is_own_thread() {
            return Some(f());
        }
        type Slot<R> = (std::sync::Mutex<Option<Option<R>>>, std::sync::Condvar);
        let slot: Arc<Slot<R>> = Arc::new((std::sync::Mutex::new(None), std::sync::Condvar::new()));
        // Fills the slot when the closure runs, or with None when it is dropped unrun.
        struct Filler<R>(Arc<Slot<R>>, Option<R>);
        impl<R> Drop for Filler<R> {
            fn drop(&mut self) {
                *self.0 .0.lock().unwrap_or_else(|e| e.into_inner()) = Some(self.1.take());
                self.0 .1.notify_all();
            }
        }
        let fill = Filler(slot.clone(), None);
        self.post(move |_root| {
            let mut fill = fill;
            fill.1 = Some(f());
        });
        let mut g = slot.0.lock().unwrap_or_else(|e| e.into_inner());
        while g.is_none() {
            g = slot.1.wait(g).unwrap_or_else(|e| e.into_inner());
        }
        g.take().flatten()
    }
}

// ------------------------------------------------------------------ roots

#[no_mangle]
pub extern "C" fn su_root_create(magic: *mut c_void) -> *mut su_root_t {
    guard(ptr::null_mut(), || match Port::new() {
        Ok(port) => create_root(port, magic, true, ptr::null(), None),
        Err(_) => ptr::null_mut(),
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_destroy(root: *mut su_root_t) {
    if root.is_null() {
        return;
    }
    // SAFETY: a root from su_root_create, destroyed once by its owner.
    guard((), || unsafe { destroy_root(root) })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_name(root: *mut su_root_t) -> *const c_char {
    // SAFETY: NULL or a live root.
    match unsafe { root_ref(root) } {
        Some(_) => c"epoll".as_ptr(),
        None => ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_root_set_magic(root: *mut su_root_t, magic: *mut c_void) -> c_int {
    // SAFETY: NULL or a live root.
    match unsafe { root_ref(root) } {
        Some(r) => {
            r.magic.set(magic);
            0
        }
        None => -1,
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_root_magic(root: *mut su_root_t) -> *mut c_void {
    // SAFETY: NULL or a live root.
    unsafe { root_ref(root) }.map_or(ptr::null_mut(), |r| r.magic.get())
}

#[no_mangle]
pub unsafe extern "C" fn su_root_threading(root: *mut su_root_t, enable: c_int) -> c_int {
    // SAFETY: NULL or a live root.
    match unsafe { root_ref(root) } {
        Some(r) => {
            r.threading.set(enable != 0);
            (enable != 0) as c_int
        }
        None => -1,
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_root_register(
    root: *mut su_root_t,
    wait: *mut su_wait_t,
    callback: su_wakeup_f,
    arg: *mut c_void,
    _priority: c_int,
) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live root.
        let Some(r) = (unsafe { root_ref(root) }) else { return -1 };
        if wait.is_null() {
            set_errno(libc::EFAULT);
            return -1;
        }
        // SAFETY: non-NULL wait object of the caller; it is copied.
        let w = unsafe { *wait };
        r.port().register(root as usize, &w, callback, arg as usize)
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_unregister(
    root: *mut su_root_t,
    wait: *mut su_wait_t,
    _callback: su_wakeup_f,
    arg: *mut c_void,
) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live root.
        let Some(r) = (unsafe { root_ref(root) }) else { return -1 };
        if wait.is_null() {
            set_errno(libc::EFAULT);
            return -1;
        }
        // SAFETY: non-NULL wait object of the caller.
        let w = unsafe { *wait };
        r.port().unregister(&w, arg as usize)
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_deregister(root: *mut su_root_t, index: c_int) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live root.
        let Some(r) = (unsafe { root_ref(root) }) else { return -1 };
        if index == 0 || index == -1 {
            set_errno(libc::EINVAL);
            return -1;
        }
        r.port().deregister(index)
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_eventmask(root: *mut su_root_t, index: c_int, socket: c_int, events: c_int) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live root.
        let Some(r) = (unsafe { root_ref(root) }) else { return -1 };
        if index == 0 || index == -1 {
            set_errno(libc::EINVAL);
            return -1;
        }
        r.port().eventmask(index, socket, events)
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_multishot(root: *mut su_root_t, multishot: c_int) -> c_int {
    // SAFETY: NULL or a live root.
    let Some(r) = (unsafe { root_ref(root) }) else { return -1 };
    let mut l = r.port().local.lock();
    match multishot {
        m if m < 0 => l.multishot as c_int,
        0 | 1 => {
            l.multishot = multishot == 1;
            multishot
        }
        _ => {
            set_errno(libc::EINVAL);
            -1
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_root_run(root: *mut su_root_t) {
    if root.is_null() {
        return;
    }
    guard((), || {
        // SAFETY: a live root; the Arc keeps the port alive even if callbacks destroy the root.
        let port = unsafe { &*root }.port_arc();
        port.run();
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_break(root: *mut su_root_t) {
    if root.is_null() {
        return;
    }
    // SAFETY: a live root.
    guard((), || unsafe { &*root }.port().break_loop())
}

#[no_mangle]
pub unsafe extern "C" fn su_root_step(root: *mut su_root_t, tout: su_duration_t) -> su_duration_t {
    guard(SU_WAIT_FOREVER, || {
        // SAFETY: NULL or a live root.
        let Some(r) = (unsafe { root_ref(root) }) else { return SU_WAIT_FOREVER };
        let port = r.port_arc();
        port.step(tout)
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_sleep(root: *mut su_root_t, duration: su_duration_t) -> su_duration_t {
    guard(SU_WAIT_FOREVER, || {
        // SAFETY: NULL or a live root.
        let Some(r) = (unsafe { root_ref(root) }) else { return SU_WAIT_FOREVER };
        let port = r.port_arc();
        let started = time::now();
        let mut accrued = 0;
        loop {
            let retval = port.step(duration - accrued);
            accrued = time::duration(time::now(), started);
            if accrued >= duration {
                return retval;
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_yield(root: *mut su_root_t) -> c_int {
    guard(-1, || {
        // SAFETY: NULL or a live root.
        let Some(r) = (unsafe { root_ref(root) }) else { return SU_WAIT_FOREVER as c_int };
        let port = r.port_arc();
        port.wait_events(0) as c_int
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_root_task(root: *const su_root_t) -> *const _su_task_t {
    if root.is_null() {
        return su_task_null.0.as_ptr();
    }
    // SAFETY: a live root; the task is a field of it.
    unsafe { ptr::addr_of!((*root).task) }
}

#[no_mangle]
pub unsafe extern "C" fn su_root_parent(root: *const su_root_t) -> *const _su_task_t {
    if root.is_null() {
        return su_task_null.0.as_ptr();
    }
    // SAFETY: a live root; the parent task is a field of it.
    unsafe { ptr::addr_of!((*root).parent) }
}

#[no_mangle]
pub unsafe extern "C" fn su_root_add_prepoll(
    root: *mut su_root_t,
    callback: Option<unsafe extern "C" fn(*mut c_void, *mut su_root_t)>,
    magic: *mut c_void,
) -> c_int {
    // SAFETY: NULL or a live root.
    let Some(r) = (unsafe { root_ref(root) }) else { return -1 };
    let mut l = r.port().local.lock();
    match (l.prepoll, callback) {
        (None, Some(cb)) => {
            l.prepoll = Some((cb, magic as usize, root as usize));
            r.port().set_prepoll(true);
            0
        }
        _ => -1,
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_root_remove_prepoll(root: *mut su_root_t) -> c_int {
    // SAFETY: NULL or a live root.
    let Some(r) = (unsafe { root_ref(root) }) else { return -1 };
    let mut l = r.port().local.lock();
    match l.prepoll {
        Some((_, _, pr)) if pr == root as usize => {
            l.prepoll = None;
            r.port().set_prepoll(false);
            0
        }
        _ => -1,
    }
}

/// 2 if the calling thread runs the root, 1 if another thread does.
#[no_mangle]
pub unsafe extern "C" fn su_root_has_thread(root: *mut su_root_t) -> c_int {
    // SAFETY: NULL or a live root.
    match unsafe { root_ref(root) } {
        Some(r) if r.port().own_thread() => 2,
        Some(_) => 1,
        None => -1,
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_root_set_max_defer(root: *mut su_root_t, max_defer: su_duration_t) -> c_int {
    // SAFETY: NULL or a live root.
    let Some(r) = (unsafe { root_ref(root) }) else { return -1 };
    if max_defer > 0 {
        r.port().local.lock().max_defer = max_defer;
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn su_root_get_max_defer(root: *const su_root_t) -> su_duration_t {
    if root.is_null() {
        return 0x7fff_ffff;
    }
    // SAFETY: a live root.
    unsafe { &*root }.port().local.lock().max_defer
}

// ------------------------------------------------------------------ wait objects

#[no_mangle]
pub unsafe extern "C" fn su_wait_init(dst: *mut su_wait_t) {
    if !dst.is_null() {
        // SAFETY: non-NULL wait object of the caller.
        unsafe { *dst = su_wait_t { fd: -1, events: 0, revents: 0 } };
    }
}

/// Fill a wait object for `socket` and make the socket non-blocking.
#[no_mangle]
pub unsafe extern "C" fn su_wait_create(dst: *mut su_wait_t, socket: c_int, events: c_int) -> c_int {
    if dst.is_null() || events == 0 || socket == -1 {
        set_errno(libc::EINVAL);
        return -1;
    }
    // SAFETY: fcntl on the caller's descriptor.
    unsafe {
        let mode = libc::fcntl(socket, libc::F_GETFL, 0);
        if mode < 0 || libc::fcntl(socket, libc::F_SETFL, mode | libc::O_NONBLOCK) < 0 {
            return -1;
        }
        *dst = su_wait_t { fd: socket, events: events as c_short, revents: 0 };
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn su_wait_destroy(w: *mut su_wait_t) -> c_int {
    if w.is_null() {
        return -1;
    }
    // SAFETY: non-NULL wait object of the caller.
    unsafe { *w = su_wait_t { fd: -1, events: 0, revents: 0 } };
    0
}

/// poll() the wait objects: index of the first signalled one, SU_WAIT_TIMEOUT, or -1.
#[no_mangle]
pub unsafe extern "C" fn su_wait(waits: *mut su_wait_t, n: c_uint, timeout: su_duration_t) -> c_int {
    if waits.is_null() && n > 0 {
        set_errno(libc::EFAULT);
        return -1;
    }
    let tout = timeout.clamp(-1, c_int::MAX as su_duration_t) as c_int;
    loop {
        // SAFETY: su_wait_t has struct pollfd's layout; the caller passes n of them.
        let i = unsafe { libc::poll(waits as *mut libc::pollfd, n as libc::nfds_t, tout) };
        if i == 0 {
            return -2;
        }
        if i > 0 {
            for j in 0..n as usize {
                // SAFETY: within the caller's array.
                if unsafe { (*waits.add(j)).revents } != 0 {
                    return j as c_int;
                }
            }
        }
        if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
            continue;
        }
        return -1;
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_wait_events(w: *mut su_wait_t, _socket: c_int) -> c_int {
    if w.is_null() {
        return -1;
    }
    // SAFETY: non-NULL wait object.
    unsafe { (*w).revents as c_int }
}

#[no_mangle]
pub unsafe extern "C" fn su_wait_mask(w: *mut su_wait_t, socket: c_int, events: c_int) -> c_int {
    if w.is_null() {
        return -1;
    }
    // SAFETY: non-NULL wait object.
    unsafe { *w = su_wait_t { fd: socket, events: events as c_short, revents: 0 } };
    0
}

// ------------------------------------------------------------------ tasks

#[no_mangle]
pub unsafe extern "C" fn su_task_init(task: *mut _su_task_t) -> *const _su_task_t {
    if !task.is_null() {
        // SAFETY: non-NULL task of the caller.
        unsafe { *task = _su_task_t::NULL };
    }
    task
}

#[no_mangle]
pub unsafe extern "C" fn su_task_deinit(task: *mut _su_task_t) {
    if task.is_null() {
        return;
    }
    // SAFETY: a task of the caller; its port reference is dropped.
    unsafe {
        port_decref((*task).sut_port);
        *task = _su_task_t::NULL;
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_task_copy(dst: *mut _su_task_t, src: *const _su_task_t) {
    if dst.is_null() || src.is_null() {
        return;
    }
    // SAFETY: valid tasks of the caller; the copy takes a reference, the old value drops one.
    unsafe {
        let s = *src;
        port_incref(s.sut_port);
        port_decref((*dst).sut_port);
        *dst = s;
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_task_move(dst: *mut _su_task_t, src: *mut _su_task_t) {
    if dst.is_null() || src.is_null() || dst == src {
        return;
    }
    // SAFETY: valid tasks of the caller; the reference moves with the value.
    unsafe {
        port_decref((*dst).sut_port);
        *dst = *src;
        *src = _su_task_t::NULL;
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_task_cmp(a: *const _su_task_t, b: *const _su_task_t) -> c_int {
    // SAFETY: NULL is treated as the null task; otherwise valid tasks.
    let (a, b) = unsafe {
        (a.as_ref().copied().unwrap_or(_su_task_t::NULL), b.as_ref().copied().unwrap_or(_su_task_t::NULL))
    };
    let k = |t: _su_task_t| (t.sut_port as usize, t.sut_root as usize);
    k(a).cmp(&k(b)) as c_int
}

#[no_mangle]
pub unsafe extern "C" fn su_task_is_running(task: *const _su_task_t) -> c_int {
    // SAFETY: NULL or a valid task holding a port reference.
    match unsafe { task.as_ref() } {
        Some(t) if !t.sut_root.is_null() && !t.sut_port.is_null() => {
            // SAFETY: the task holds a port reference.
            unsafe { &*t.sut_port }.running.load(std::sync::atomic::Ordering::SeqCst) as c_int
        }
        _ => 0,
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_task_root(task: *const _su_task_t) -> *mut su_root_t {
    // SAFETY: NULL or a valid task.
    match unsafe { task.as_ref() } {
        Some(t) if !t.sut_port.is_null() => t.sut_root,
        _ => ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_task_wakeup(task: *const _su_task_t) -> c_int {
    // SAFETY: NULL or a valid task.
    match unsafe { task.as_ref() } {
        Some(t) if !t.sut_port.is_null() => {
            // SAFETY: the task holds a port reference.
            unsafe { &*t.sut_port }.wakeup();
            0
        }
        _ => -1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Instant;

    fn cpu_time() -> Duration {
        // SAFETY: getrusage fills the struct we pass.
        let ru = unsafe {
            let mut ru: libc::rusage = std::mem::zeroed();
            libc::getrusage(libc::RUSAGE_THREAD, &mut ru);
            ru
        };
        let tv = |t: libc::timeval| Duration::from_micros(t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64);
        tv(ru.ru_utime) + tv(ru.ru_stime)
    }

    use std::time::Duration;

    #[test]
    fn idle_step_blocks_without_burning_cpu() {
        let root = su_root_create(ptr::null_mut());
        assert!(!root.is_null());
        let cpu0 = cpu_time();
        let t0 = Instant::now();
        // SAFETY: a live root used on this thread.
        let r = unsafe { su_root_step(root, 200) };
        let wall = t0.elapsed();
        let cpu = cpu_time() - cpu0;
        assert_eq!(r, SU_WAIT_FOREVER);
        assert!(wall >= Duration::from_millis(190), "step returned early: {wall:?}");
        // CPU time of this thread only (other tests run in parallel).
        assert!(cpu < Duration::from_millis(20), "idle step used {cpu:?} of CPU");
        // SAFETY: destroyed once.
        unsafe { su_root_destroy(root) };
    }

    #[test]
    fn remote_post_wakes_the_loop_from_another_thread() {
        static SEEN: AtomicUsize = AtomicUsize::new(0);
        let root = su_root_create(ptr::null_mut());
        // SAFETY: a live root.
        let remote = unsafe { Remote::of(root) }.unwrap();
        assert!(remote.is_own_thread());
        let r2 = remote.clone();
        let h = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(30));
            assert!(!r2.is_own_thread());
            r2.post(|root| {
                SEEN.fetch_add(1, Ordering::SeqCst);
                // SAFETY: delivered on the root's thread with the live root.
                unsafe { su_root_break(root) };
            });
        });
        let t0 = Instant::now();
        // SAFETY: a live root used on this thread; the message breaks the loop.
        unsafe { su_root_run(root) };
        h.join().unwrap();
        assert_eq!(SEEN.load(Ordering::SeqCst), 1);
        assert!(t0.elapsed() < Duration::from_secs(5), "the post did not wake the loop");
        // A message to a destroyed root is dropped, not run.
        remote.post(|_| {
            SEEN.fetch_add(100, Ordering::SeqCst);
        });
        // SAFETY: destroyed once.
        unsafe { su_root_destroy(root) };
        assert_eq!(SEEN.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn rust_timers_run_closures_and_cancel() {
        use std::cell::Cell;
        use std::rc::Rc;
        let root = su_root_create(ptr::null_mut());
        // SAFETY: a live root used on this thread.
        let t = unsafe { super::super::timer::Timer::new(root) }.unwrap();
        let hits = Rc::new(Cell::new(0));
        let h = hits.clone();
        assert!(t.set(5, move || h.set(h.get() + 1)));
        assert!(t.is_set());
        let t0 = Instant::now();
        while hits.get() == 0 && t0.elapsed() < Duration::from_secs(5) {
            // SAFETY: as above.
            unsafe { su_root_step(root, 10) };
        }
        assert_eq!(hits.get(), 1);
        assert!(!t.is_set());
        let h = hits.clone();
        t.set(1, move || h.set(h.get() + 10));
        t.reset();
        // SAFETY: as above.
        unsafe { su_root_sleep(root, 20) };
        assert_eq!(hits.get(), 1, "a reset timer must not fire");
        drop(t);
        // SAFETY: destroyed once.
        unsafe { su_root_destroy(root) };
    }
}
