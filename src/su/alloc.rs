//! Memory homes (`su_alloc.h`).
//!
//! A home is the 24-byte C struct `su_home_t` that applications embed in their own
//! objects. Its `suh_blocks` points at a Rust [`Blocks`] table that records every block
//! allocated from the home, so that freeing the home frees them all. Blocks come from the
//! C allocator (`malloc`), so `su_free(NULL, p)` / `free()` interoperate as in Sofia and
//! valgrind sees every allocation. A home made thread-safe with `su_home_threadsafe()`
//! gets a recursive mutex in `suh_lock`; every operation on such a home holds it.

use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void};
use std::hash::{BuildHasherDefault, Hasher};
use std::ptr;

use parking_lot::lock_api;

use crate::ffi::guard;

pub type isize_t = c_int;

/// `struct su_home_s`: 24 bytes, zero-initialisable (`SU_HOME_INIT`).
#[repr(C)]
pub struct su_home_t {
    pub suh_size: c_int,
    pub suh_blocks: *mut Blocks,
    pub suh_lock: *mut HomeLock,
}

pub type HomeLock = lock_api::RawReentrantMutex<parking_lot::RawMutex, parking_lot::RawThreadId>;

/// Destructor installed with `su_home_destructor()`.
pub type Destructor = unsafe extern "C" fn(*mut c_void);

#[derive(Default)]
struct PtrHasher(u64);
impl Hasher for PtrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        // Pointers from malloc are 16-aligned; mix the high bits down.
        let x = (n as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 29);
    }
}

/// A hasher for the numeric ids the library gives out itself (handle numbers): no keyed
/// hashing is needed for keys an outsider does not choose.
#[derive(Default)]
pub struct IdHasher(PtrHasher);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0.finish()
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
    fn write_u64(&mut self, n: u64) {
        let x = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 .0 = x ^ (x >> 29);
    }
}

/// A map keyed by the library's own ids.
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[derive(Clone, Copy)]
struct Block {
    size: usize,
    /// The block is a sub-home made by `su_home_clone()`.
    subhome: bool,
}

/// The block table behind `suh_blocks`.
pub struct Blocks {
    map: HashMap<usize, Block, BuildHasherDefault<PtrHasher>>,
    refcount: usize,
    destructor: Option<Destructor>,
    /// Parent home of a clone.
    parent: *mut su_home_t,
    /// The object was allocated by `su_home_new()` and is freed with its last reference.
    owns_object: bool,
    /// The home lives inside a caller-provided area (`su_home_auto`).
    auto_area: bool,
    /// Small blocks are cut from chunks instead of being malloc'ed one by one (message
    /// homes: many small blocks that live and die with the message).
    arena: bool,
    /// Arena chunks of this home (also those moved in from another home).
    /// Inline room for two: a message rarely needs more, and a parsed one needs no other
    /// Rust allocation.
    chunks: smallvec::SmallVec<[(*mut u8, usize); 2]>,
    /// Free space of the current chunk.
    bump: *mut u8,
    left: usize,
}

/// Size of the first arena chunk of a home and of the later ones, and the largest block
/// cut from one.
const FIRST_CHUNK: usize = 1024;
const CHUNK: usize = 2048;
const ARENA_MAX: usize = 1024;
/// Blocks of an arena home up to this size get a chunk of their own; larger ones are
/// malloc'ed and freed one by one (`su_free()` of an arena block only forgets it).
const ARENA_BIG_MAX: usize = 16384;
/// Each arena block is preceded by its size (16 bytes, keeping the 16-byte alignment
/// malloc gives).
const ARENA_HDR: usize = 16;

impl Blocks {
    /// A block of `size` bytes from the arena, or None when the home has none or the block
    /// is too large for it.
    fn arena_alloc(&mut self, size: usize, zero: bool) -> Option<*mut c_void> {
        if !self.arena || size > ARENA_BIG_MAX {
            return None;
        }
        if size > ARENA_MAX {
            // A larger block (the headers of a parsed message): a chunk of its own, freed
            // with the home like the others; no entry in the block table.
            let chunk = c_malloc(ARENA_HDR + size, zero) as *mut u8;
            if chunk.is_null() {
                return None;
            }
            self.chunks.push((chunk, ARENA_HDR + size));
            // SAFETY: the chunk has ARENA_HDR + size bytes.
            unsafe {
                ptr::write(chunk as *mut usize, size);
                return Some(chunk.add(ARENA_HDR) as *mut c_void);
            }
        }
        let need = (ARENA_HDR + size).next_multiple_of(16);
        if need > self.left {
            // A small first chunk (a parsed message needs little besides its one block of
            // headers), larger ones after it.
            let n = if self.chunks.is_empty() { FIRST_CHUNK } else { CHUNK };
            if need > n || !self.new_chunk(n) {
                return None;
            }
        }
        // SAFETY: `need` bytes are free at `bump` inside the current chunk.
        unsafe { Some(self.cut(size, need, zero)) }
    }

    /// A small block cut from the current chunk when it has room (the common case of
    /// [`Blocks::arena_alloc`], kept small enough to inline).
    #[inline]
    fn arena_bump(&mut self, size: usize, zero: bool) -> Option<*mut c_void> {
        if !self.arena || size > ARENA_MAX {
            return None;
        }
        let need = (ARENA_HDR + size).next_multiple_of(16);
        if need > self.left {
            return None;
        }
        // SAFETY: `need` bytes are free at `bump` inside the current chunk.
        unsafe { Some(self.cut(size, need, zero)) }
    }

    /// Cuts a block of `size` (`need` with its header, rounded) at `bump`.
    ///
    /// # Safety
    /// `need` bytes must be free at `bump`.
    #[inline]
    unsafe fn cut(&mut self, size: usize, need: usize, zero: bool) -> *mut c_void {
        // SAFETY: contract.
        unsafe {
            let h = self.bump;
            self.bump = h.add(need);
            self.left -= need;
            ptr::write(h as *mut usize, size);
            let p = h.add(ARENA_HDR);
            if zero {
                ptr::write_bytes(p, 0, size);
            }
            p as *mut c_void
        }
    }

    /// A new current chunk of `n` bytes; false when out of memory.
    fn new_chunk(&mut self, n: usize) -> bool {
        let chunk = c_malloc(n, false) as *mut u8;
        if chunk.is_null() {
            return false;
        }
        self.chunks.push((chunk, n));
        self.bump = chunk;
        self.left = n;
        true
    }

    /// Size of the arena block at `p`, if `p` is one.
    fn arena_block(&self, p: *const c_void) -> Option<usize> {
        let a = p as usize;
        self.chunks.iter().find(|&&(c, n)| a >= c as usize + ARENA_HDR && a < c as usize + n).map(|_| {
            // SAFETY: `p` is inside one of our chunks, at a block start written by arena_alloc.
            unsafe { ptr::read((p as *const u8).sub(ARENA_HDR) as *const usize) }
        })
    }
}

impl Blocks {
    fn new() -> Box<Blocks> {
        Box::new(Blocks {
            map: HashMap::default(),
            refcount: 1,
            destructor: None,
            parent: ptr::null_mut(),
            owns_object: false,
            auto_area: false,
            arena: false,
            chunks: smallvec::SmallVec::new(),
            bump: ptr::null_mut(),
            left: 0,
        })
    }
}

/// Holds the home's lock (if it has one) for the guard's lifetime.
struct Locked(*mut HomeLock);
impl Locked {
    /// # Safety
    /// `home` must point to a valid home.
    unsafe fn new(home: *mut su_home_t) -> Locked {
        // SAFETY: caller passes a valid home.
        let l = unsafe { (*home).suh_lock };
        if !l.is_null() {
            // SAFETY: suh_lock is only ever set to a leaked HomeLock by su_home_threadsafe.
            unsafe { (*l).lock() };
        }
        Locked(l)
    }
}
impl Drop for Locked {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: locked in Locked::new on this thread.
            unsafe { (*self.0).unlock() };
        }
    }
}

/// The block table of a home, created on first use (a zeroed home is valid).
///
/// # Safety
/// `home` must be valid and locked (or not shared between threads).
unsafe fn blocks<'a>(home: *mut su_home_t) -> &'a mut Blocks {
    // SAFETY: caller contract; suh_blocks is either NULL or a leaked Box<Blocks>.
    unsafe {
        if (*home).suh_blocks.is_null() {
            (*home).suh_blocks = Box::into_raw(Blocks::new());
        }
        &mut *(*home).suh_blocks
    }
}

fn c_malloc(size: usize, zero: bool) -> *mut c_void {
    let size = size.max(1);
    // SAFETY: plain libc allocation.
    unsafe {
        if zero {
            libc::calloc(1, size)
        } else {
            libc::malloc(size)
        }
    }
}

/// Allocate a block of `size` bytes in `home` (plain malloc if `home` is NULL).
///
/// # Safety
/// `home` must be NULL or a valid home.
#[inline]
pub unsafe fn home_alloc(home: *mut su_home_t, size: usize, zero: bool) -> *mut c_void {
    // The common case first: a small block of an arena home without a lock (a message's
    // headers and strings), cut from its current chunk.
    if !home.is_null() {
        // SAFETY: valid home (contract); suh_blocks is NULL or a leaked Box<Blocks>, used
        // without a lock only when the home has none.
        unsafe {
            let (b, l) = ((*home).suh_blocks, (*home).suh_lock);
            if !b.is_null() && l.is_null() {
                if let Some(p) = (*b).arena_bump(size, zero) {
                    return p;
                }
            }
        }
    }
    // SAFETY: forwarded contract.
    unsafe { home_alloc_slow(home, size, zero) }
}

/// [`home_alloc`] for everything but the common case.
///
/// # Safety
/// As for [`home_alloc`].
#[inline(never)]
unsafe fn home_alloc_slow(home: *mut su_home_t, size: usize, zero: bool) -> *mut c_void {
    if home.is_null() {
        return c_malloc(size, zero);
    }
    // SAFETY: valid home; lock held for the table update.
    unsafe {
        let _l = Locked::new(home);
        let b = blocks(home);
        if let Some(p) = b.arena_alloc(size, zero) {
            return p;
        }
        let p = c_malloc(size, zero);
        if !p.is_null() {
            b.map.insert(p as usize, Block { size, subhome: false });
        }
        p
    }
}

/// Makes `home` cut its small blocks from arena chunks (freed with the home; `su_free()` of
/// such a block only forgets it). For homes of many short-lived small blocks: messages.
///
/// # Safety
/// `home` must be a valid home.
pub unsafe fn home_use_arena(home: *mut su_home_t) {
    // SAFETY: valid home; flag set under its lock.
    unsafe {
        let _l = Locked::new(home);
        blocks(home).arena = true;
    }
}

/// Makes sure the current arena chunk of an arena home has `size` bytes free, with a new
/// chunk of that size when it has not (a message about to be parsed knows roughly how much
/// it will need: one malloc instead of several small chunks).
///
/// # Safety
/// `home` must be a valid home.
pub unsafe fn home_arena_reserve(home: *mut su_home_t, size: usize) {
    // SAFETY: valid home; table updated under its lock.
    unsafe {
        let _l = Locked::new(home);
        let b = blocks(home);
        if b.arena && b.left < size {
            // Out of memory: the blocks come from smaller chunks or fail one by one.
            b.new_chunk(size.next_multiple_of(16));
        }
    }
}

/// Copy `bytes` plus a terminating NUL into `home`.
///
/// # Safety
/// `home` must be NULL or a valid home.
pub unsafe fn home_strdup_bytes(home: *mut su_home_t, bytes: &[u8]) -> *mut c_char {
    // SAFETY: forwarded contract.
    let p = unsafe { home_alloc(home, bytes.len() + 1, false) } as *mut u8;
    if !p.is_null() {
        // SAFETY: p has room for len + 1 bytes.
        unsafe {
            ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
            *p.add(bytes.len()) = 0;
        }
    }
    p as *mut c_char
}

/// Free every block of a home and its table; runs the destructor first. The home
/// struct itself is left zeroed (but its lock, if any, is kept for the caller).
///
/// # Safety
/// `home` must be valid and not used concurrently.
unsafe fn release_blocks(home: *mut su_home_t) {
    // SAFETY: caller contract.
    unsafe {
        let b = (*home).suh_blocks;
        if b.is_null() {
            return;
        }
        if let Some(d) = (*b).destructor.take() {
            d(home as *mut c_void);
        }
        // The destructor may have allocated or freed; take the table now.
        let b = (*home).suh_blocks;
        (*home).suh_blocks = ptr::null_mut();
        let table = Box::from_raw(b);
        for (p, blk) in table.map.iter() {
            if blk.subhome {
                release_subhome(*p as *mut su_home_t);
            }
        }
        for (p, _) in table.map.iter() {
            libc::free(*p as *mut c_void);
        }
        for &(c, _) in &table.chunks {
            libc::free(c as *mut c_void);
        }
    }
}

/// Tear down a sub-home's own allocations and lock (not the block holding it).
///
/// # Safety
/// `sub` must be a sub-home block being freed by its parent.
unsafe fn release_subhome(sub: *mut su_home_t) {
    // SAFETY: caller contract.
    unsafe {
        release_blocks(sub);
        free_lock(sub);
    }
}

/// # Safety
/// `home` must be valid; nobody may hold its lock afterwards.
unsafe fn free_lock(home: *mut su_home_t) {
    // SAFETY: suh_lock is NULL or a leaked Box<HomeLock>.
    unsafe {
        let l = (*home).suh_lock;
        if !l.is_null() {
            (*home).suh_lock = ptr::null_mut();
            drop(Box::from_raw(l));
        }
    }
}

// ---------------------------------------------------------------------------
// C entry points

#[no_mangle]
pub extern "C" fn su_home_new(size: isize_t) -> *mut c_void {
    guard(ptr::null_mut(), || {
        if (size as usize) < std::mem::size_of::<su_home_t>() || size < 0 {
            return ptr::null_mut();
        }
        let home = c_malloc(size as usize, true) as *mut su_home_t;
        if home.is_null() {
            return ptr::null_mut();
        }
        let mut b = Blocks::new();
        b.owns_object = true;
        // SAFETY: fresh zeroed object of at least sizeof(su_home_t) bytes.
        unsafe {
            (*home).suh_size = size;
            (*home).suh_blocks = Box::into_raw(b);
        }
        home as *mut c_void
    })
}

#[no_mangle]
pub extern "C" fn su_home_create() -> *mut su_home_t {
    su_home_new(std::mem::size_of::<su_home_t>() as isize_t) as *mut su_home_t
}

#[no_mangle]
pub unsafe extern "C" fn su_home_init(home: *mut su_home_t) -> c_int {
    if home.is_null() {
        return -1;
    }
    guard(-1, || {
        // SAFETY: caller passes a home object to initialise.
        unsafe {
            (*home).suh_size = std::mem::size_of::<su_home_t>() as c_int;
            (*home).suh_blocks = Box::into_raw(Blocks::new());
            (*home).suh_lock = ptr::null_mut();
        }
        0
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_home_deinit(home: *mut su_home_t) {
    if home.is_null() {
        return;
    }
    guard((), || {
        // SAFETY: valid home owned by the caller.
        unsafe {
            {
                let _l = Locked::new(home);
                release_blocks(home);
            }
            free_lock(home);
        }
    })
}

/// Deprecated: free everything allocated from the home, but not the home object.
#[no_mangle]
pub unsafe extern "C" fn su_home_destroy(home: *mut su_home_t) {
    // SAFETY: forwarded.
    unsafe { su_home_deinit(home) }
}

#[no_mangle]
pub unsafe extern "C" fn su_home_ref(home: *const su_home_t) -> *mut c_void {
    let home = home as *mut su_home_t;
    if home.is_null() {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: valid home; table update under its lock.
        unsafe {
            let _l = Locked::new(home);
            let b = blocks(home);
            if b.refcount == 0 {
                return ptr::null_mut();
            }
            b.refcount += 1;
        }
        home as *mut c_void
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_home_unref(home: *mut su_home_t) -> c_int {
    if home.is_null() {
        return 0;
    }
    guard(0, || {
        // SAFETY: valid home; the last reference tears it down.
        unsafe {
            let (last, owns, parent, auto) = {
                let _l = Locked::new(home);
                if (*home).suh_blocks.is_null() {
                    // A zeroed home that was never used: nothing to release.
                    return 0;
                }
                let b = &mut *(*home).suh_blocks;
                if b.refcount > 1 {
                    b.refcount -= 1;
                    return 0;
                }
                if b.refcount == 0 {
                    return 0;
                }
                b.refcount = 0;
                (true, b.owns_object, b.parent, b.auto_area)
            };
            debug_assert!(last);
            if !parent.is_null() {
                // A clone: freeing its block in the parent releases everything.
                su_free(parent, home as *mut c_void);
                return 1;
            }
            {
                let _l = Locked::new(home);
                release_blocks(home);
            }
            free_lock(home);
            if owns && !auto {
                libc::free(home as *mut c_void);
            }
            1
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_home_refcount(home: *mut su_home_t) -> usize {
    if home.is_null() {
        return 0;
    }
    // SAFETY: valid home.
    unsafe {
        let _l = Locked::new(home);
        if (*home).suh_blocks.is_null() {
            0
        } else {
            (*(*home).suh_blocks).refcount
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_home_clone(parent: *mut su_home_t, size: isize_t) -> *mut c_void {
    if parent.is_null() {
        return su_home_new(size);
    }
    guard(ptr::null_mut(), || {
        if size < 0 || (size as usize) < std::mem::size_of::<su_home_t>() {
            return ptr::null_mut();
        }
        let sub = c_malloc(size as usize, true) as *mut su_home_t;
        if sub.is_null() {
            return ptr::null_mut();
        }
        let mut b = Blocks::new();
        b.parent = parent;
        // SAFETY: fresh zeroed object; parent valid, updated under its lock.
        unsafe {
            (*sub).suh_size = size;
            (*sub).suh_blocks = Box::into_raw(b);
            let _l = Locked::new(parent);
            blocks(parent).map.insert(sub as usize, Block { size: size as usize, subhome: true });
        }
        sub as *mut c_void
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_home_destructor(home: *mut su_home_t, destructor: Option<unsafe extern "C" fn(*mut c_void)>) -> c_int {
    if home.is_null() || destructor.is_none() {
        return -1;
    }
    // SAFETY: valid home.
    unsafe {
        let _l = Locked::new(home);
        let b = blocks(home);
        if b.destructor.is_some() {
            return -1;
        }
        b.destructor = destructor;
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn su_home_threadsafe(home: *mut su_home_t) -> c_int {
    if home.is_null() {
        // Global initialisation in Sofia; nothing to do here.
        return 0;
    }
    // SAFETY: valid home, not yet shared between threads (as Sofia requires).
    unsafe {
        if (*home).suh_lock.is_null() {
            (*home).suh_lock = Box::into_raw(Box::new(HomeLock::INIT));
        }
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn su_home_is_threadsafe(home: *const su_home_t) -> c_int {
    // SAFETY: read of a field of a valid home.
    (!home.is_null() && unsafe { !(*home).suh_lock.is_null() }) as c_int
}

#[no_mangle]
pub unsafe extern "C" fn su_home_mutex_lock(home: *mut su_home_t) -> c_int {
    if home.is_null() {
        return libc::EFAULT;
    }
    // SAFETY: valid home; lock pointer is NULL or a live HomeLock.
    unsafe {
        let l = (*home).suh_lock;
        if l.is_null() {
            return -1;
        }
        (*l).lock();
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn su_home_mutex_unlock(home: *mut su_home_t) -> c_int {
    if home.is_null() {
        return libc::EFAULT;
    }
    // SAFETY: valid home; caller holds the lock it locked with su_home_mutex_lock.
    unsafe {
        let l = (*home).suh_lock;
        if l.is_null() {
            return -1;
        }
        if !(*l).is_owned_by_current_thread() {
            return -1;
        }
        (*l).unlock();
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn su_home_lock(home: *mut su_home_t) -> c_int {
    // SAFETY: forwarded.
    unsafe { su_home_mutex_lock(home) }
}

#[no_mangle]
pub unsafe extern "C" fn su_home_unlock(home: *mut su_home_t) -> c_int {
    // SAFETY: forwarded.
    unsafe { su_home_mutex_unlock(home) }
}

#[no_mangle]
pub unsafe extern "C" fn su_home_trylock(home: *mut su_home_t) -> c_int {
    if home.is_null() {
        return libc::EFAULT;
    }
    // SAFETY: valid home.
    unsafe {
        let l = (*home).suh_lock;
        if l.is_null() {
            return -1;
        }
        if (*l).try_lock() {
            0
        } else {
            libc::EBUSY
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_home_has_parent(home: *const su_home_t) -> c_int {
    // SAFETY: read of a valid home.
    unsafe { (!su_home_parent(home).is_null()) as c_int }
}

#[no_mangle]
pub unsafe extern "C" fn su_home_parent(home: *const su_home_t) -> *mut su_home_t {
    // SAFETY: read of a valid home's table.
    unsafe {
        if home.is_null() || (*home).suh_blocks.is_null() {
            return ptr::null_mut();
        }
        (*(*home).suh_blocks).parent
    }
}

#[no_mangle]
pub unsafe extern "C" fn su_home_check(_home: *const su_home_t) {}

#[no_mangle]
pub unsafe extern "C" fn su_in_home(home: *mut su_home_t, p: *const c_void) -> c_int {
    if home.is_null() || p.is_null() {
        return 0;
    }
    // SAFETY: valid home.
    unsafe {
        let _l = Locked::new(home);
        if (*home).suh_blocks.is_null() {
            return 0;
        }
        let b = &*(*home).suh_blocks;
        (b.map.contains_key(&(p as usize)) || b.arena_block(p).is_some()) as c_int
    }
}

/// Move every block of `src` into `dst` (`dst` NULL: the blocks become plain malloc
/// memory owned by nobody, as in Sofia).
#[no_mangle]
pub unsafe extern "C" fn su_home_move(dst: *mut su_home_t, src: *mut su_home_t) -> c_int {
    if src.is_null() {
        return 0;
    }
    guard(-1, || {
        // SAFETY: both homes valid; each table touched under its own lock.
        unsafe {
            let (moved, chunks): (Vec<(usize, Block)>, smallvec::SmallVec<[(*mut u8, usize); 2]>) = {
                let _l = Locked::new(src);
                if (*src).suh_blocks.is_null() {
                    return 0;
                }
                let b = &mut *(*src).suh_blocks;
                b.bump = ptr::null_mut();
                b.left = 0;
                (b.map.drain().collect(), std::mem::take(&mut b.chunks))
            };
            if dst.is_null() {
                // Arena chunks have no owner to hand them to: they become garbage, as
                // the moved-out malloc blocks become the caller's.
                for (c, _) in chunks {
                    libc::free(c as *mut c_void);
                }
                return 0;
            }
            let _l = Locked::new(dst);
            let d = blocks(dst);
            d.chunks.extend(chunks);
            for (p, blk) in moved {
                if blk.subhome {
                    (*(*(p as *mut su_home_t)).suh_blocks).parent = dst;
                }
                d.map.insert(p, blk);
            }
        }
        0
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_home_preload(_home: *mut su_home_t, _n: isize_t, _size: isize_t) {}

/// Initialise a home at the start of a caller-provided area (usually on the stack).
/// The area only holds the home; blocks still come from the heap.
#[no_mangle]
pub unsafe extern "C" fn su_home_auto(area: *mut c_void, size: isize_t) -> *mut su_home_t {
    if area.is_null() || size < 0 || (size as usize) < std::mem::size_of::<su_home_t>() {
        return ptr::null_mut();
    }
    let home = area as *mut su_home_t;
    let mut b = Blocks::new();
    b.auto_area = true;
    // SAFETY: the area is large enough for a home.
    unsafe {
        ptr::write_bytes(home as *mut u8, 0, std::mem::size_of::<su_home_t>());
        (*home).suh_size = size;
        (*home).suh_blocks = Box::into_raw(b);
    }
    home
}

#[no_mangle]
pub unsafe extern "C" fn su_alloc(home: *mut su_home_t, size: isize_t) -> *mut c_void {
    if size < 0 {
        return ptr::null_mut();
    }
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { home_alloc(home, size as usize, false) })
}

#[no_mangle]
pub unsafe extern "C" fn su_zalloc(home: *mut su_home_t, size: isize_t) -> *mut c_void {
    if size < 0 {
        return ptr::null_mut();
    }
    // SAFETY: forwarded contract.
    guard(ptr::null_mut(), || unsafe { home_alloc(home, size as usize, true) })
}

/// Zeroed allocation whose first `int` holds the size (for structs with a size field).
#[no_mangle]
pub unsafe extern "C" fn su_salloc(home: *mut su_home_t, size: isize_t) -> *mut c_void {
    if size < 0 {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: forwarded contract; the block has at least `size` bytes.
        unsafe {
            let p = home_alloc(home, size as usize, true);
            if !p.is_null() && size as usize >= std::mem::size_of::<c_int>() {
                *(p as *mut c_int) = size;
            }
            p
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_realloc(home: *mut su_home_t, data: *mut c_void, size: isize_t) -> *mut c_void {
    if size < 0 {
        return ptr::null_mut();
    }
    guard(ptr::null_mut(), || {
        // SAFETY: `data` is NULL or a block of `home` (or a malloc block if home is NULL).
        unsafe {
            if home.is_null() {
                return libc::realloc(data, (size as usize).max(1));
            }
            if data.is_null() {
                return home_alloc(home, size as usize, false);
            }
            let _l = Locked::new(home);
            let b = blocks(home);
            match b.map.get(&(data as usize)) {
                Some(blk) if !blk.subhome => {}
                _ => {
                    // An arena block: a new block, then the contents copied.
                    let Some(old) = b.arena_block(data) else { return ptr::null_mut() };
                    let p = home_alloc(home, size as usize, false);
                    if !p.is_null() {
                        ptr::copy_nonoverlapping(data as *const u8, p as *mut u8, old.min(size as usize));
                    }
                    return p;
                }
            }
            let p = libc::realloc(data, (size as usize).max(1));
            if p.is_null() {
                return p;
            }
            b.map.remove(&(data as usize));
            b.map.insert(p as usize, Block { size: size as usize, subhome: false });
            p
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn su_free(home: *mut su_home_t, data: *mut c_void) {
    if data.is_null() {
        return;
    }
    guard((), || {
        // SAFETY: `data` belongs to `home` (checked in the table) or to malloc (home NULL).
        unsafe {
            if home.is_null() {
                libc::free(data);
                return;
            }
            let blk = {
                let _l = Locked::new(home);
                if (*home).suh_blocks.is_null() {
                    return;
                }
                let b = &mut *(*home).suh_blocks;
                let blk = b.map.remove(&(data as usize));
                if blk.is_none() && b.arena_block(data).is_some() {
                    // Arena blocks go with the home.
                    return;
                }
                blk
            };
            match blk {
                Some(b) => {
                    if b.subhome {
                        release_subhome(data as *mut su_home_t);
                    }
                    libc::free(data);
                }
                None => {
                    crate::su::log::internal_error("su_free: block not in home");
                }
            }
        }
    })
}

/// Size of a block allocated from `home` (0 if unknown). Used by tests and stats.
///
/// # Safety
/// `home` must be valid.
pub unsafe fn block_size(home: *mut su_home_t, p: *const c_void) -> usize {
    // SAFETY: valid home.
    unsafe {
        let _l = Locked::new(home);
        if (*home).suh_blocks.is_null() {
            return 0;
        }
        let b = &*(*home).suh_blocks;
        b.map.get(&(p as usize)).map(|b| b.size).or_else(|| b.arena_block(p)).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static DESTRUCTED: AtomicUsize = AtomicUsize::new(0);
    unsafe extern "C" fn count(_: *mut c_void) {
        DESTRUCTED.fetch_add(1, Ordering::SeqCst);
    }

    #[test]
    fn arena_blocks_behave_like_home_blocks() {
        // SAFETY: homes made here; every pointer used comes from them.
        unsafe {
            let h = su_home_new(std::mem::size_of::<su_home_t>() as c_int) as *mut su_home_t;
            home_use_arena(h);
            let a = su_zalloc(h, 100) as *mut u8;
            assert!(!a.is_null() && a as usize % 16 == 0);
            assert!((0..100).all(|i| *a.add(i) == 0));
            ptr::write_bytes(a, 7, 100);
            assert_eq!(block_size(h, a as *const c_void), 100);
            assert_eq!(su_in_home(h, a as *const c_void), 1);
            // A large block is an ordinary one.
            let big = su_alloc(h, 5000);
            assert_eq!(block_size(h, big), 5000);
            // Many small blocks span several chunks.
            let many: Vec<*mut c_void> = (0..200).map(|i| su_alloc(h, 10 + i)).collect();
            assert!(many.iter().enumerate().all(|(i, &p)| block_size(h, p) == 10 + i));
            // realloc copies into a new block; free only forgets.
            let r = su_realloc(h, a as *mut c_void, 300) as *mut u8;
            assert!(!r.is_null() && (0..100).all(|i| *r.add(i) == 7));
            su_free(h, r as *mut c_void);
            su_free(h, big);
            // Moving the blocks moves the chunks: the destination frees them.
            let d = su_home_new(std::mem::size_of::<su_home_t>() as c_int) as *mut su_home_t;
            assert_eq!(su_home_move(d, h), 0);
            assert_eq!(su_in_home(d, many[0]), 1);
            assert_eq!(su_in_home(h, many[0]), 0);
            let after = su_alloc(h, 10); // the source still allocates
            assert!(!after.is_null());
            su_home_unref(h);
            assert_eq!(block_size(d, many[199]), 209);
            su_home_unref(d);
        }
    }

    #[test]
    fn refcounted_home_frees_blocks_and_clones_once() {
        let h = su_home_new(64) as *mut su_home_t;
        assert!(!h.is_null());
        // SAFETY: h is a fresh home; every pointer used comes from it.
        unsafe {
            assert_eq!(su_home_destructor(h, Some(count)), 0);
            assert_eq!(su_home_destructor(h, Some(count)), -1, "only one destructor");
            let sub = su_home_clone(h, std::mem::size_of::<su_home_t>() as c_int) as *mut su_home_t;
            assert_eq!(su_home_parent(sub), h);
            let p = su_alloc(sub, 100);
            assert!(su_in_home(sub, p) != 0 && su_in_home(h, p) == 0);
            su_home_ref(h);
            assert_eq!(su_home_refcount(h), 2);
            assert_eq!(su_home_unref(h), 0);
            assert_eq!(DESTRUCTED.load(Ordering::SeqCst), 0);
            assert_eq!(su_home_unref(h), 1);
            assert_eq!(DESTRUCTED.load(Ordering::SeqCst), 1);
        }
    }

    #[test]
    fn realloc_and_free_track_membership() {
        let mut home = su_home_t { suh_size: 0, suh_blocks: ptr::null_mut(), suh_lock: ptr::null_mut() };
        // SAFETY: zero-initialised home used from one thread.
        unsafe {
            assert!(su_alloc(&mut home, -1).is_null());
            let p = su_salloc(&mut home, 16) as *mut c_int;
            assert_eq!(*p, 16);
            let q = su_realloc(&mut home, p as *mut c_void, 4096);
            assert_eq!(block_size(&mut home, q), 4096);
            su_free(&mut home, q);
            assert_eq!(su_in_home(&mut home, q), 0);
            assert_eq!(su_home_threadsafe(&mut home), 0);
            assert_eq!(su_home_mutex_lock(&mut home), 0);
            assert_eq!(su_home_mutex_unlock(&mut home), 0);
            su_home_deinit(&mut home);
            assert!(home.suh_blocks.is_null() && home.suh_lock.is_null());
        }
    }
}
