//! Quiescent-state-based reclamation (QSBR): memory that lock-free readers
//! may still be looking at is freed only once every thread that could hold a
//! pointer to it has passed a quiescent state.
//!
//! A reader reaches shared memory only while it is *online* (attached, running
//! Python) and never keeps a pointer across a quiescent state: the eval loop
//! reports one every few thousand eval-breaker checks, and detaching (before
//! any blocking call) takes the thread offline. A writer unpublishes the
//! memory (a pointer swap under the owner's lock), then [`retire`]s it: the
//! retirement gets a *goal*, the global write sequence after an increment.
//! Each thread's record holds the sequence it read at its last quiescent
//! state (`OFFLINE` while detached); once every online thread's sequence has
//! reached the goal, no reader can still see the old pointer and
//! [`poll`] frees it.
//!
//! Orderings: the increment of the write sequence is a Release after the
//! unpublishing store, and a reader's quiescent report loads the sequence
//! with Acquire, so a reader that reports a sequence at or past the goal
//! can only see the new pointer from then on; its earlier reads happen
//! before its report (Release), which the poller loads with Acquire before
//! freeing. Going online stores the sequence and then issues a SeqCst fence
//! that pairs with the poller's SeqCst fence before its scan: either the
//! scan sees the thread online (and waits for it), or the thread's later
//! loads see the unpublished pointer.

use crate::primitive::{fence, lock, AtomicBool, AtomicPtr, AtomicU64, Mutex, Ordering};
use crate::thread::ThreadRecord;
use std::cell::{Cell, RefCell};

/// The sequence of an offline (detached) thread.
pub const OFFLINE: u64 = 0;

/// Frees one retired block.
///
/// # Safety
/// Called once, with the pointer given to [`retire`], after no thread can
/// reach it any more.
pub type FreeFn = unsafe fn(*mut ());

/// One block waiting for its grace period.
struct Retired {
    goal: u64,
    ptr: *mut (),
    free: FreeFn,
}

// SAFETY: a retired block is unreachable by readers once its goal is met, and
// its free function only needs exclusive access, which the owning list gives
// on whichever thread drains it.
unsafe impl Send for Retired {}

struct Orphans {
    /// Set while `list` may be non-empty, so polls skip the lock otherwise.
    any: AtomicBool,
    /// Blocks retired by threads that exited before their grace period ended.
    list: Mutex<Vec<Retired>>,
}

crate::weft_registry! {
    static ref WR_SEQ: AtomicU64 = AtomicU64::new(1);
    static ref ORPHANS: Orphans = Orphans { any: AtomicBool::new(false), list: Mutex::new(Vec::new()) };
}

crate::weft_thread_local! {
    static ONLINE: Cell<bool> = const { Cell::new(false) };
    static IN_READ: Cell<u32> = const { Cell::new(0) };
    static RETIRED: RefCell<Vec<Retired>> = const { RefCell::new(Vec::new()) };
}

/// Whether the calling thread is online: only then may it read memory that
/// is reclaimed through QSBR.
#[inline]
pub fn is_online() -> bool {
    ONLINE.try_with(|o| o.get()).unwrap_or(false)
}

fn in_read() -> bool {
    IN_READ.try_with(|r| r.get() != 0).unwrap_or(false)
}

/// Take the calling thread online (on attach).
pub fn online(rec: &ThreadRecord) {
    // Acquire: see every unpublishing store made before this sequence.
    let seq = WR_SEQ.load(Ordering::Acquire);
    rec.qsbr_seq.store(seq, Ordering::Relaxed);
    // SeqCst fence: pairs with the poller's fence (module docs): a poller
    // that missed this store freed only what this thread cannot see now.
    fence(Ordering::SeqCst);
    let _ = ONLINE.try_with(|o| o.set(true));
}

/// Take the calling thread offline (on detach): it holds no pointer into
/// reclaimable memory from now until it comes back online.
pub fn offline(rec: &ThreadRecord) {
    if in_read() {
        // Still inside `Published::read`: stay online with the old
        // sequence (reclamation waits; nothing is freed under the reader).
        return;
    }
    let _ = ONLINE.try_with(|o| o.set(false));
    // Release: every read this thread made happens before a poller that
    // sees it offline frees anything.
    rec.qsbr_seq.store(OFFLINE, Ordering::Release);
}

/// Report a quiescent state (the calling thread holds no pointer into
/// reclaimable memory), then free what this thread retired if its grace
/// period is over.
pub fn quiescent(rec: &ThreadRecord) {
    if is_online() && !in_read() {
        // Acquire/Release: see the module docs.
        let seq = WR_SEQ.load(Ordering::Acquire);
        rec.qsbr_seq.store(seq, Ordering::Release);
    }
    let pending = RETIRED.try_with(|r| !r.borrow().is_empty()).unwrap_or(false);
    if pending || ORPHANS.any.load(Ordering::Relaxed) {
        poll();
    }
}

/// Retire a block that has just been unpublished: `free(ptr)` runs once no
/// thread can still be reading it.
///
/// # Safety
/// `ptr` must already be unreachable for readers that start after this call
/// (its published pointer replaced), and `free` must be sound to call once
/// with it from any thread.
pub unsafe fn retire(ptr: *mut (), free: FreeFn) {
    // AcqRel: Release orders the caller's unpublishing store before the new
    // sequence (module docs).
    let goal = WR_SEQ.fetch_add(1, Ordering::AcqRel) + 1;
    let mut item = Some(Retired { goal, ptr, free });
    let _ = RETIRED.try_with(|r| r.borrow_mut().extend(item.take()));
    // Free it soon: at this thread's next eval-breaker check, when it is
    // quiescent itself, it often is the only thread online.
    crate::thread::request_qsbr_poll();
    if let Some(item) = item {
        // The thread is exiting: hand it to the orphans.
        lock(&ORPHANS.list).push(item);
        ORPHANS.any.store(true, Ordering::Release);
    }
}

/// The lowest sequence of any online thread (`u64::MAX` when none is).
fn read_seq() -> u64 {
    // SeqCst fence: pairs with the fence in `online` (module docs).
    fence(Ordering::SeqCst);
    let g = crate::thread::global();
    let reg = lock(&g.reg);
    let mut min = u64::MAX;
    for rec in reg.threads.values() {
        // Acquire: pairs with the Release of a quiescent report or of
        // going offline: the thread's reads before it happen before a free.
        let s = rec.qsbr_seq.load(Ordering::Acquire);
        if s != OFFLINE && s < min {
            min = s;
        }
    }
    min
}

/// Free every block (of this thread, and orphans) whose grace period is over.
pub fn poll() {
    let min = read_seq();
    let ready: Vec<Retired> = RETIRED
        .try_with(|r| {
            let mut r = r.borrow_mut();
            let (done, keep): (Vec<Retired>, Vec<Retired>) = r.drain(..).partition(|x| x.goal <= min);
            *r = keep;
            done
        })
        .unwrap_or_default();
    free_all(ready);
    if ORPHANS.any.load(Ordering::Acquire) {
        let done = {
            let mut list = lock(&ORPHANS.list);
            let (done, keep): (Vec<Retired>, Vec<Retired>) = list.drain(..).partition(|x| x.goal <= min);
            ORPHANS.any.store(!keep.is_empty(), Ordering::Relaxed);
            *list = keep;
            done
        };
        free_all(done);
    }
}

fn free_all(v: Vec<Retired>) {
    for x in v {
        // SAFETY: the goal is met: every online thread has reported a
        // sequence at or past it since the block was unpublished, and
        // offline threads hold no pointers (module docs); `retire`'s
        // contract makes `free` sound to call once here.
        unsafe { (x.free)(x.ptr) };
    }
}

/// At thread exit (after going offline): hand what this thread retired to
/// the orphan list, freed by the next poll on any thread.
pub fn orphan_retired() {
    let left: Vec<Retired> = RETIRED.try_with(|r| std::mem::take(&mut *r.borrow_mut())).unwrap_or_default();
    if !left.is_empty() {
        lock(&ORPHANS.list).extend(left);
        ORPHANS.any.store(true, Ordering::Release);
    }
}

/// Number of blocks this thread has retired and not yet freed (tests).
pub fn pending() -> usize {
    RETIRED.try_with(|r| r.borrow().len()).unwrap_or(0)
}

/// A value published for lock-free readers and reclaimed through QSBR: a
/// container's read view. Writers replace it by [`Published::retire`] and
/// [`Published::publish`] (normally under the container's lock, though both
/// are sound without it); readers borrow it inside [`Published::read`].
pub struct Published<T: Send + Sync> {
    ptr: AtomicPtr<T>,
}

impl<T: Send + Sync> Default for Published<T> {
    fn default() -> Self {
        Published::new()
    }
}

/// Frees a `Box<T>` given back by QSBR.
///
/// # Safety
/// `p` came from `Box::<T>::into_raw` and nothing reaches it any more.
unsafe fn free_box<T>(p: *mut ()) {
    // SAFETY: from the caller's contract.
    drop(unsafe { Box::from_raw(p.cast::<T>()) });
}

impl<T: Send + Sync> Published<T> {
    /// Nothing published.
    pub fn new() -> Self {
        Published { ptr: AtomicPtr::new(std::ptr::null_mut()) }
    }

    /// Whether a value is published now (a snapshot).
    #[inline]
    pub fn is_set(&self) -> bool {
        !self.ptr.load(Ordering::Relaxed).is_null()
    }

    /// Publish `v` unless a value is already published (then `v` is dropped).
    pub fn publish(&self, v: Box<T>) {
        let p = Box::into_raw(v);
        // Release: a reader that loads the pointer sees the value built.
        if self.ptr.compare_exchange(std::ptr::null_mut(), p, Ordering::Release, Ordering::Relaxed).is_err() {
            // SAFETY: `p` was never published, so this is its only owner.
            drop(unsafe { Box::from_raw(p) });
        }
    }

    /// Unpublish the value, if any, and free it once no reader can hold it.
    pub fn retire(&self) {
        // Relaxed load first: the common case (nothing published) writes
        // nothing. AcqRel swap: exactly one retirer gets the pointer, and
        // the unpublishing is ordered before `retire`'s sequence increment.
        if self.ptr.load(Ordering::Relaxed).is_null() {
            return;
        }
        let p = self.ptr.swap(std::ptr::null_mut(), Ordering::AcqRel);
        if !p.is_null() {
            // SAFETY: the swap unpublished `p` and gave it to this thread
            // alone; it came from `Box::into_raw` in `publish`, so
            // `free_box::<T>` frees it correctly, once.
            unsafe { retire(p.cast(), free_box::<T>) };
        }
    }

    /// Run `f` on the published value; `None` when nothing is published or
    /// the calling thread is offline (it must then use the locked path).
    #[inline]
    pub fn read<R>(&self, f: impl FnOnce(&T) -> R) -> Option<R> {
        if !is_online() {
            return None;
        }
        // Acquire: pairs with the Release in `publish`.
        let p = self.ptr.load(Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        let _guard = ReadGuard::enter();
        // SAFETY: `p` was published and this thread is online: a retired
        // value is freed only after every online thread reports a
        // quiescent state past its retirement, and while the guard lives
        // this thread reports none and does not go offline. The borrow
        // cannot outlive `f`.
        Some(f(unsafe { &*p }))
    }
}

/// Marks the calling thread as inside [`Published::read`] (even if `f`
/// unwinds, the mark is removed).
struct ReadGuard;

impl ReadGuard {
    #[inline]
    fn enter() -> ReadGuard {
        let _ = IN_READ.try_with(|r| r.set(r.get() + 1));
        ReadGuard
    }
}

impl Drop for ReadGuard {
    #[inline]
    fn drop(&mut self) {
        let _ = IN_READ.try_with(|r| r.set(r.get() - 1));
    }
}

impl<T: Send + Sync> Drop for Published<T> {
    fn drop(&mut self) {
        let p = self.ptr.swap(std::ptr::null_mut(), Ordering::Relaxed);
        if !p.is_null() {
            // SAFETY: `&mut self`: the container is being freed, so no
            // reader holds it (reading needs a reference to it) and the
            // value can go at once; it came from `Box::into_raw`.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

/// A box set at most once and then kept until its owner is dropped: one
/// pointer wide, read with a single Acquire load. Holds a container's
/// rarely used parts (a read view, a subclass instance's `__dict__`) so
/// that they cost common objects no payload space.
pub struct OnceBox<T: Send + Sync> {
    ptr: AtomicPtr<T>,
}

impl<T: Send + Sync> OnceBox<T> {
    /// Unset.
    pub fn new() -> Self {
        OnceBox { ptr: AtomicPtr::new(std::ptr::null_mut()) }
    }

    /// Already set to `v`.
    pub fn with_value(v: Box<T>) -> Self {
        OnceBox { ptr: AtomicPtr::new(Box::into_raw(v)) }
    }

    /// The value, if set.
    #[inline]
    pub fn get(&self) -> Option<&T> {
        // Acquire: pairs with the Release that set it, so the value is
        // seen fully built.
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: a non-null pointer came from `Box::into_raw` and stays
        // valid and unchanged until `self` is dropped, which the borrow
        // of `self` outlives.
        unsafe { p.as_ref() }
    }

    /// The value, set by `f` first if unset (when two threads race, one
    /// value wins and the other is dropped).
    pub fn get_or_init(&self, f: impl FnOnce() -> Box<T>) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let p = Box::into_raw(f());
        // AcqRel: Release publishes the new value; Acquire sees the winner's.
        match self.ptr.compare_exchange(std::ptr::null_mut(), p, Ordering::AcqRel, Ordering::Acquire) {
            // SAFETY: `p` is now the stored value (see `get`).
            Ok(_) => unsafe { &*p },
            Err(winner) => {
                // SAFETY: `p` was never published, so this is its only
                // owner.
                drop(unsafe { Box::from_raw(p) });
                // SAFETY: `winner` is the stored value (see `get`).
                unsafe { &*winner }
            }
        }
    }
}

impl<T: Send + Sync> Default for OnceBox<T> {
    fn default() -> Self {
        OnceBox::new()
    }
}

impl<T: Send + Sync> Drop for OnceBox<T> {
    fn drop(&mut self) {
        let p = self.ptr.swap(std::ptr::null_mut(), Ordering::Relaxed);
        if !p.is_null() {
            // SAFETY: `&mut self`: no borrow of the value remains, and it
            // came from `Box::into_raw`.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}
