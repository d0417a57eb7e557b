//! Clones (`su_clone_*`) and cross-task calls (`su_task_execute`).
//!
//! A clone is a child root with its own task. With threading enabled on the parent (the
//! default) it gets its own port and thread; with `su_root_threading(parent, 0)` it shares
//! the parent's port and runs inside the parent's loop. `su_clone_start` returns after the
//! init callback ran (in the clone's thread); the deinit callback runs when the clone root
//! is destroyed, in the clone's thread, after `su_clone_stop` or during `su_clone_wait`.

use std::ffi::{c_int, c_void};
use std::ptr;
use std::sync::Arc;
use std::thread::JoinHandle;


use crate::ffi::guard;

use super::port::{set_errno, Msg, Port};
use super::root::{
    _su_task_t, create_root, destroy_root, port_arc, port_decref, port_incref, su_root_deinit_f, su_root_init_f,
    su_root_t, su_task_null,
};

/// A one-value channel on std's futex-based mutex and condition variable. (Blocking through
/// crossbeam or parking_lot would leave per-thread or global allocations behind in the
/// application's threads, which valgrind reports.)
struct Slot<T> {
    state: std::sync::Mutex<(Option<T>, bool)>,
    cv: std::sync::Condvar,
}

struct Sender<T>(Arc<Slot<T>>);
struct Receiver<T>(Arc<Slot<T>>);

fn bounded<T>(_cap: usize) -> (Sender<T>, Receiver<T>) {
    let s = Arc::new(Slot { state: std::sync::Mutex::new((None, false)), cv: std::sync::Condvar::new() });
    (Sender(s.clone()), Receiver(s))
}

impl<T> Sender<T> {
    fn send(&self, v: T) -> Result<(), ()> {
        let mut st = self.0.state.lock().unwrap_or_else(|e| e.into_inner());
        st.0 = Some(v);
        self.0.cv.notify_all();
        Ok(())
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        let mut st = self.0.state.lock().unwrap_or_else(|e| e.into_inner());
        st.1 = true;
        self.0.cv.notify_all();
    }
}

impl<T> Receiver<T> {
    /// The value, or Err when the sender went away without sending.
    fn recv(&self) -> Result<T, ()> {
        let mut st = self.0.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(v) = st.0.take() {
                return Ok(v);
            }
            if st.1 {
                return Err(());
            }
            st = self.0.cv.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// Hand-shake of `su_clone_wait` with the clone thread.
struct WaitSync {
    /// Clone → parent: the clone's loop has ended.
    stopped: Sender<()>,
    /// Parent → clone: the parent drained the clone's messages; go on with deinit.
    proceed: Receiver<()>,
}

#[derive(Default)]
enum WaitState {
    #[default]
    Running,
    Waiting(WaitSync),
    /// The clone's loop has ended and nobody was waiting.
    Done,
}

enum Kind {
    Threaded {
        thread: Option<JoinHandle<()>>,
        /// Set by su_clone_wait before it stops the clone.
        waiting: Arc<super::port::Mutex<WaitState>>,
    },
    Shared,
}

/// The object behind `su_clone_r` (opaque to C).
pub struct su_clone_s {
    /// The clone's task (holds a port reference); `su_clone_task` points here.
    task: _su_task_t,
    root_id: u64,
    parent_port: Option<Arc<Port>>,
    kind: Kind,
}

#[derive(Clone, Copy)]
struct SendPtr(usize);

/// Post `f` to the clone root (dropped if the root is gone).
fn post_to(c: &su_clone_s, f: impl FnOnce(*mut su_root_t) + Send + 'static) {
    post_task(c.task, c.root_id, f)
}

fn post_task(task: _su_task_t, id: u64, f: impl FnOnce(*mut su_root_t) + Send + 'static) {
    // SAFETY: the caller's clone handle holds a reference to the clone's port.
    let port = unsafe { &*task.sut_port };
    port.send(Msg { to_root: task.sut_root as usize, to_id: id, from_port: 0, f: Box::new(f) });
}

/// Message that ends a threaded clone's loop.
fn break_clone(root: *mut su_root_t) {
    // SAFETY: delivered only to a live root, on its thread.
    let r = unsafe { &*root };
    r.deiniting.set(true);
    r.port().break_loop();
}

#[no_mangle]
pub unsafe extern "C" fn su_clone_start(
    parent: *mut su_root_t,
    return_clone: *mut *mut su_clone_s,
    magic: *mut c_void,
    init: su_root_init_f,
    deinit: su_root_deinit_f,
) -> c_int {
    guard(-1, || {
        if return_clone.is_null() {
            set_errno(libc::EFAULT);
            return -1;
        }
        // SAFETY: NULL or a live root of the caller's thread.
        let parent_ref = unsafe { parent.as_ref() };
        let threaded = parent_ref.map_or(true, |p| p.threading.get());
        let c = if threaded {
            // SAFETY: as above.
            unsafe { start_threaded(parent, magic, init, deinit) }
        } else {
            // SAFETY: as above.
            unsafe { start_shared(parent, magic, init, deinit) }
        };
        match c {
            Some(c) => {
                // SAFETY: non-NULL return slot of the caller.
                unsafe { *return_clone = Box::into_raw(c) };
                0
            }
            None => -1,
        }
    })
}

/// # Safety
/// `parent` must be a live root of the calling thread.
unsafe fn start_shared(
    parent: *mut su_root_t,
    magic: *mut c_void,
    init: su_root_init_f,
    deinit: su_root_deinit_f,
) -> Option<Box<su_clone_s>> {
    // SAFETY: caller contract.
    let p = unsafe { &*parent };
    let port = p.port_arc();
    let child = create_root(port.clone(), magic, p.threading.get(), &p.task, deinit);
    let rc = match init {
        // SAFETY: the application's init callback with the new root.
        Some(f) => unsafe { f(child, magic) },
        None => 0,
    };
    if rc != 0 {
        // SAFETY: the child root was just created on this thread.
        unsafe { destroy_root(child) };
        return None;
    }
    // SAFETY: the child is alive; the handle's task copy takes a port reference.
    let (task, root_id) = unsafe { ((*child).task, (*child).id) };
    // SAFETY: as above.
    unsafe { port_incref(task.sut_port) };
    Some(Box::new(su_clone_s { task, root_id, parent_port: Some(port), kind: Kind::Shared }))
}

/// # Safety
/// `parent` must be NULL or a live root of the calling thread.
unsafe fn start_threaded(
    parent: *mut su_root_t,
    magic: *mut c_void,
    init: su_root_init_f,
    deinit: su_root_deinit_f,
) -> Option<Box<su_clone_s>> {
    // SAFETY: caller contract.
    let parent_ref = unsafe { parent.as_ref() };
    let parent_task = SendPtr(parent_ref.map_or(ptr::null(), |p| &p.task as *const _su_task_t) as usize);
    let max_defer = parent_ref.map(|p| p.port().local.lock().max_defer);
    let magic = SendPtr(magic as usize);
    let init = init.map(|f| SendPtr(f as usize));
    let deinit = deinit.map(|f| SendPtr(f as usize));
    let waiting: Arc<super::port::Mutex<WaitState>> = Arc::default();
    let waiting2 = waiting.clone();
    // The clone reports (task, root id) once init has run, or None.
    let (tx, rx) = bounded::<Option<(SendPtr, SendPtr, u64)>>(1);
    let thread = std::thread::Builder::new()
        .name("su_clone".into())
        .spawn(move || {
            let port = match Port::new() {
                Ok(p) => p,
                Err(_) => {
                    let _ = tx.send(None);
                    return;
                }
            };
            if let Some(md) = max_defer {
                port.local.lock().max_defer = md;
            }
            // SAFETY: deinit is the application's function pointer, passed through as an integer.
            let deinit_f: su_root_deinit_f = deinit.map(|d| unsafe { std::mem::transmute::<usize, _>(d.0) });
            // The parent is blocked in su_clone_start while we read its task.
            let root = create_root(port.clone(), magic.0 as *mut c_void, true, parent_task.0 as *const _su_task_t, deinit_f);
            let rc = match init {
                Some(f) => {
                    // SAFETY: the application's init function pointer, passed as an integer.
                    let f: unsafe extern "C" fn(*mut su_root_t, *mut c_void) -> c_int = unsafe { std::mem::transmute(f.0) };
                    // SAFETY: the application's init callback with the new root, in its thread.
                    unsafe { f(root, magic.0 as *mut c_void) }
                }
                None => 0,
            };
            if rc != 0 {
                // SAFETY: our root, destroyed once (deinit runs, as in Sofia).
                unsafe { destroy_root(root) };
                let _ = tx.send(None);
                return;
            }
            // SAFETY: our live root; the handle's copy takes a port reference.
            let (task, id) = unsafe { ((*root).task, (*root).id) };
            // SAFETY: as above.
            unsafe { port_incref(task.sut_port) };
            let _ = tx.send(Some((SendPtr(task.sut_port as usize), SendPtr(task.sut_root as usize), id)));
            port.run();
            let state = std::mem::replace(&mut *waiting2.lock(), WaitState::Done);
            if let WaitState::Waiting(sync) = state {
                let _ = sync.stopped.send(());
                let _ = sync.proceed.recv();
                port.run_msgs(None);
            }
            // SAFETY: our root, destroyed once, on its thread.
            unsafe { destroy_root(root) };
        })
        .ok()?;
    match rx.recv() {
        Ok(Some((p, r, id))) => Some(Box::new(su_clone_s {
            task: _su_task_t { sut_port: p.0 as *mut Port, sut_root: r.0 as *mut su_root_t },
            root_id: id,
            // SAFETY: a live parent root holds its port.
            parent_port: parent_ref.map(|p| unsafe { port_arc(p.task.sut_port) }),
            kind: Kind::Threaded { thread: Some(thread), waiting },
        })),
        _ => {
            let _ = thread.join();
            None
        }
    }
}

/// Take the clone out of the caller's `su_clone_r`.
///
/// # Safety
/// `rclone` must be NULL or point to NULL or to a clone handle.
unsafe fn take(rclone: *mut *mut su_clone_s) -> Option<Box<su_clone_s>> {
    if rclone.is_null() {
        return None;
    }
    // SAFETY: caller contract; the slot is cleared so the handle is used once.
    unsafe {
        let c = *rclone;
        *rclone = ptr::null_mut();
        (!c.is_null()).then(|| Box::from_raw(c))
    }
}

impl Drop for su_clone_s {
    fn drop(&mut self) {
        // SAFETY: the handle owns one reference to the clone's port.
        unsafe { port_decref(self.task.sut_port) };
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_clone_task(rclone: *mut *mut su_clone_s) -> *const _su_task_t {
    // SAFETY: NULL, or a slot holding NULL or a live clone handle.
    match unsafe { rclone.as_ref().and_then(|c| c.as_ref()) } {
        Some(c) => &c.task,
        None => su_task_null.0.as_ptr(),
    }
}

/// Forget the clone: it keeps running (a threaded clone's thread is detached).
#[no_mangle]
pub unsafe extern "C" fn su_clone_forget(rclone: *mut *mut su_clone_s) {
    // SAFETY: the caller's clone slot.
    guard((), || drop(unsafe { take(rclone) }))
}

/// Ask the clone to stop; its root is destroyed (deinit runs) in its own thread.
#[no_mangle]
pub unsafe extern "C" fn su_clone_stop(rclone: *mut *mut su_clone_s) {
    guard((), || {
        // SAFETY: the caller's clone slot.
        let Some(c) = (unsafe { take(rclone) }) else { return };
        match c.kind {
            Kind::Threaded { .. } => post_to(&c, break_clone),
            Kind::Shared => post_to(&c, |root| {
                // SAFETY: delivered only to the live clone root, in the shared thread.
                unsafe { destroy_root(root) }
            }),
        }
    })
}

/// Stop the clone and wait until it is gone: deinit has run and its thread has ended.
#[no_mangle]
pub unsafe extern "C" fn su_clone_wait(_root: *mut su_root_t, rclone: *mut *mut su_clone_s) {
    guard((), || {
        // SAFETY: the caller's clone slot.
        let Some(mut c) = (unsafe { take(rclone) }) else { return };
        let clone_port = c.task.sut_port as usize;
        let child = c.task.sut_root as usize;
        let id = c.root_id;
        let parent_port = c.parent_port.clone();
        let task = c.task;
        match &mut c.kind {
            Kind::Shared => {
                // SAFETY: the clone handle holds the (shared) port.
                let port = unsafe { &*c.task.sut_port };
                while port.run_msgs(Some(&|m: &Msg| m.to_root == child && m.to_id == id)) > 0 {}
                if port.root_alive(child, id) {
                    // SAFETY: the live clone root, on the shared thread.
                    unsafe { destroy_root(child as *mut su_root_t) };
                }
            }
            Kind::Threaded { thread, waiting } => {
                let (stopped_tx, stopped_rx) = bounded(1);
                let (proceed_tx, proceed_rx) = bounded(1);
                let running = {
                    let mut w = waiting.lock();
                    let running = matches!(*w, WaitState::Running);
                    if running {
                        *w = WaitState::Waiting(WaitSync { stopped: stopped_tx, proceed: proceed_rx });
                    }
                    running
                };
                if running {
                    post_task(task, id, break_clone);
                    let _ = stopped_rx.recv();
                }
                if let Some(pp) = &parent_port {
                    while pp.run_msgs(Some(&|m: &Msg| m.from_port == clone_port)) > 0 {}
                }
                let _ = proceed_tx.send(());
                if let Some(h) = thread.take() {
                    let _ = h.join();
                }
            }
        }
    })
}

#[no_mangle]
pub extern "C" fn su_clone_pause(_rclone: *mut *mut su_clone_s) -> c_int {
    set_errno(libc::ENOSYS);
    -1
}

#[no_mangle]
pub extern "C" fn su_clone_resume(_rclone: *mut *mut su_clone_s) -> c_int {
    set_errno(libc::ENOSYS);
    -1
}

/// A sub-root in the thread of `root` (Sofia 1.12.11); destroy it with `su_root_destroy`.
#[no_mangle]
pub unsafe extern "C" fn su_root_clone(root: *mut su_root_t, magic: *mut c_void) -> *mut su_root_t {
    guard(ptr::null_mut(), || {
        if root.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a live root of the calling thread.
        match unsafe { start_shared(root, magic, None, None) } {
            Some(c) => c.task.sut_root,
            None => ptr::null_mut(),
        }
    })
}

/// Call `function(arg)` in the task's thread and wait for its return value.
#[no_mangle]
pub unsafe extern "C" fn su_task_execute(
    task: *const _su_task_t,
    function: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    arg: *mut c_void,
    return_value: *mut c_int,
) -> c_int {
    guard(-1, || {
        let Some(function) = function else {
            set_errno(libc::EFAULT);
            return -1;
        };
        // SAFETY: NULL or a task of the caller.
        let Some(t) = (unsafe { task.as_ref() }) else { return -1 };
        if t.sut_port.is_null() {
            set_errno(libc::EINVAL);
            return -1;
        }
        // SAFETY: the task holds a port reference.
        let port = unsafe { port_arc(t.sut_port) };
        let value = if port.own_thread() {
            // SAFETY: the application's function, called directly in its own thread.
            unsafe { function(arg) }
        } else {
            let root = t.sut_root as usize;
            let id = if root == 0 {
                0
            } else {
                match port.local.lock().roots.iter().find(|&&(r, _)| r == root) {
                    Some(&(_, id)) => id,
                    None => {
                        set_errno(libc::EINVAL);
                        return -1;
                    }
                }
            };
            let (tx, rx) = bounded::<c_int>(1);
            let (f, a) = (SendPtr(function as usize), SendPtr(arg as usize));
            port.send(Msg {
                to_root: root,
                to_id: id,
                from_port: 0,
                f: Box::new(move |_| {
                    // SAFETY: the application's function pointer, passed as an integer.
                    let f: unsafe extern "C" fn(*mut c_void) -> c_int = unsafe { std::mem::transmute(f.0) };
                    // SAFETY: the application's function with its argument, in the task's thread.
                    let _ = tx.send(unsafe { f(a.0 as *mut c_void) });
                }),
            });
            match rx.recv() {
                Ok(v) => v,
                // The message was dropped: its root went away first.
                Err(_) => return -1,
            }
        };
        if !return_value.is_null() {
            // SAFETY: non-NULL pointer of the caller.
            unsafe { *return_value = value };
        }
        0
    })
}
