//! Biased reference counting: the reference-count words of an object header
//! and the per-thread merge queues (PEP 703).
//!
//! The owner thread (whose id is in `tid`) counts in `local` with a plain
//! load and store: no read-modify-write, no lock prefix. Every other thread
//! counts in `shared` atomically, in units of `1 << SHARED_SHIFT`; the low two
//! bits of `shared` are a state that only moves upward:
//!
//! | bits | state         | meaning                                          |
//! |------|---------------|--------------------------------------------------|
//! | 0    | `DEFAULT`     | owned; shared count is exact                     |
//! | 1    | `MAYBE_WEAKREF` | owned; a weak reference may exist              |
//! | 2    | `QUEUED`      | in the owner's merge queue; the queue holds one reference |
//! | 3    | `MERGED`      | no owner any more; `shared` is the whole count   |
//!
//! An object whose `local` is `IMMORTAL` is never counted and never freed:
//! increments and decrements on it write no memory.
//!
//! In the `gil` build the GIL orders every access, so all counting happens in
//! `local` with plain arithmetic and `tid` is ignored.

use crate::mutex::PyMutex;
#[cfg(not(feature = "gil"))]
use crate::primitive::lock;
use crate::primitive::{AtomicIsize, AtomicU16, AtomicU32, AtomicU8, AtomicUsize, Ordering};
use crate::thread::{current_tid, ThreadRecord, Tid};
use std::ptr::NonNull;

/// `local` of an immortal object.
pub const IMMORTAL: u32 = u32::MAX;
/// The shared count is stored shifted left by this many bits.
pub const SHARED_SHIFT: u32 = 2;
/// Mask of the state bits in `shared`.
pub const STATE_MASK: isize = 0b11;
/// State: owned, shared count exact.
pub const STATE_DEFAULT: isize = 0;
/// State: owned, a weak reference may exist.
pub const STATE_MAYBE_WEAKREF: isize = 1;
/// State: queued for the owner to merge.
pub const STATE_QUEUED: isize = 2;
/// State: merged; `shared` holds the full count.
pub const STATE_MERGED: isize = 3;

/// The reference-counting and locking words at the start of every object
/// header, laid out field for field as in CPython's free-threaded build.
#[repr(C)]
#[derive(Debug)]
pub struct RefWords {
    /// Owner thread id; 0 once merged.
    pub tid: AtomicUsize,
    /// Object flags (type-specific bits).
    pub flags: AtomicU16,
    /// The per-object lock used by critical sections.
    pub mutex: PyMutex,
    /// Cycle-collector bits.
    pub gc_bits: AtomicU8,
    /// Owner-local count (or `IMMORTAL`).
    pub local: AtomicU32,
    /// Shared count and state (see the module docs).
    pub shared: AtomicIsize,
}

/// `gc_bits` flag: the object's finalizer (`__del__`, generator close)
/// has run, so reaching zero again frees it (PEP 442: once per object).
pub const GC_FINALIZED: u8 = 1;

/// `gc_bits` flag: weak references to the object may exist; freeing it
/// must clear them first.
pub const GC_HAS_WEAKREFS: u8 = 2;

/// `gc_bits` flag: the object is in a cycle-collector tracking set
/// (`gc_track`); its slot number is in the bits from `GC_SLOT_SHIFT` up.
pub const GC_TRACKED: u8 = 4;

/// `gc_bits`: where a tracked object's tracking-slot number starts.
pub const GC_SLOT_SHIFT: u32 = 3;

/// A snapshot of the `shared` word, decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SharedSnapshot(pub isize);

impl SharedSnapshot {
    /// The count part (may be negative while owned).
    pub fn count(self) -> isize {
        self.0 >> SHARED_SHIFT
    }
    /// The state bits.
    pub fn state(self) -> isize {
        self.0 & STATE_MASK
    }
    fn with(count: isize, state: isize) -> isize {
        (count << SHARED_SHIFT) | state
    }
}

/// Frees an object whose count reached zero; `ptr` is the object start.
///
/// # Safety
/// Implementations may assume the pointer is a live object with no
/// references left.
pub type DeallocFn = unsafe fn(NonNull<RefWords>);

/// What a decrement decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decref {
    /// References remain.
    Keep,
    /// That was the last reference: the caller must free the object.
    Dealloc,
}

impl RefWords {
    /// Words of a new object owned by the calling thread, count 1.
    pub fn new_owned() -> Self {
        let tid = current_tid();
        if tid == crate::thread::NO_THREAD {
            // No owner: start merged with one shared reference.
            let w = Self::with_local(0, 0);
            w.shared.store(SharedSnapshot::with(1, STATE_MERGED), Ordering::Relaxed);
            return w;
        }
        Self::with_local(tid, 1)
    }

    /// Words of an immortal object.
    pub fn new_immortal() -> Self {
        Self::with_local(0, IMMORTAL)
    }

    fn with_local(tid: Tid, local: u32) -> Self {
        RefWords {
            tid: AtomicUsize::new(tid),
            flags: AtomicU16::new(0),
            mutex: PyMutex::new(),
            gc_bits: AtomicU8::new(0),
            local: AtomicU32::new(local),
            shared: AtomicIsize::new(0),
        }
    }

    /// Whether increments and decrements are no-ops on this object.
    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.local.load(Ordering::Relaxed) == IMMORTAL
    }

    /// Make the object immortal (only before it is shared, or at a
    /// stop-the-world).
    pub fn make_immortal(&self) {
        self.local.store(IMMORTAL, Ordering::Relaxed);
        self.tid.store(0, Ordering::Relaxed);
        self.shared.store(0, Ordering::Relaxed);
    }

    /// Bring back an object whose count reached zero, owned by the calling
    /// thread with one reference, so its finalizer can run before it is
    /// freed; marks it finalized.
    ///
    /// # Safety
    /// The count must have reached zero and the object not been freed: no
    /// other thread holds a reference or a queued entry for it, so these
    /// plain stores race with nothing.
    pub unsafe fn resurrect(&self) {
        let tid = current_tid();
        // Relaxed: the caller has exclusive access (see # Safety); the
        // object reaches other threads again only through synchronised
        // hand-offs of the new reference.
        self.gc_bits.fetch_or(GC_FINALIZED, Ordering::Relaxed);
        if tid == crate::thread::NO_THREAD {
            self.tid.store(0, Ordering::Relaxed);
            self.local.store(0, Ordering::Relaxed);
            self.shared.store(SharedSnapshot::with(1, STATE_MERGED), Ordering::Relaxed);
        } else {
            self.tid.store(tid, Ordering::Relaxed);
            self.local.store(1, Ordering::Relaxed);
            self.shared.store(0, Ordering::Relaxed);
        }
    }

    /// Prepare for weak references: an owned object with no shared count
    /// moves to `STATE_MAYBE_WEAKREF`, so its owner's last decrement goes
    /// through the atomic merge that [`RefWords::try_incref`] races with
    /// (PEP 703's `_PyObject_SetMaybeWeakref`). Marks `GC_HAS_WEAKREFS`.
    pub fn set_maybe_weakref(&self) {
        // Relaxed: the bit is read by the freeing thread after the count
        // reached zero, which is ordered by the count's own Acquire/Release.
        self.gc_bits.fetch_or(GC_HAS_WEAKREFS, Ordering::Relaxed);
        if self.is_immortal() {
            return;
        }
        let mut shared = self.shared.load(Ordering::Relaxed);
        while SharedSnapshot(shared).state() == STATE_DEFAULT {
            // Relaxed: only the state bit changes; counts are unaffected.
            match self.shared.compare_exchange_weak(shared, shared | STATE_MAYBE_WEAKREF, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => break,
                Err(s) => shared = s,
            }
        }
    }

    /// Whether weak references may point at the object.
    pub fn has_weakrefs(&self) -> bool {
        self.gc_bits.load(Ordering::Relaxed) & GC_HAS_WEAKREFS != 0
    }

    /// Add a reference unless the count already reached zero (the object
    /// is being freed); for weak references, which hold no count. The
    /// object must have been through [`RefWords::set_maybe_weakref`] and its
    /// memory must be valid (the caller holds the weak-reference table).
    pub fn try_incref(&self) -> bool {
        let local = self.local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return true;
        }
        #[cfg(feature = "gil")]
        {
            if local == 0 {
                return false;
            }
            self.local.store(local + 1, Ordering::Relaxed);
            true
        }
        #[cfg(not(feature = "gil"))]
        {
            if self.tid.load(Ordering::Relaxed) == current_tid() {
                // The owner itself: its local count is exact.
                if local == 0 {
                    return false;
                }
                self.local.store(local + 1, Ordering::Relaxed);
                return true;
            }
            let mut shared = self.shared.load(Ordering::Relaxed);
            loop {
                // 0: owned with nothing shared and no weak-ref state (never
                // the case for a live weakly referenced object); MERGED with
                // count 0: the last reference is gone.
                if shared == STATE_DEFAULT || shared == STATE_MERGED {
                    return false;
                }
                // Acquire: pairs with the Release of decrements, so what the
                // last holder wrote is visible to the new one.
                match self.shared.compare_exchange_weak(shared, shared + (1 << SHARED_SHIFT), Ordering::Acquire, Ordering::Relaxed) {
                    Ok(_) => return true,
                    Err(s) => shared = s,
                }
            }
        }
    }

    /// Mark the object finalized: its finalizer is about to run (the cycle
    /// collector's PEP 442 step), so it never runs again.
    pub fn mark_finalized(&self) {
        // Relaxed: read by the thread that frees the object, after the
        // count's own Acquire/Release ordering.
        self.gc_bits.fetch_or(GC_FINALIZED, Ordering::Relaxed);
    }

    /// Whether the object's finalizer has already run.
    pub fn is_finalized(&self) -> bool {
        self.gc_bits.load(Ordering::Relaxed) & GC_FINALIZED != 0
    }

    /// The total count (owner-local plus shared), as a racy snapshot.
    pub fn count(&self) -> isize {
        let l = self.local.load(Ordering::Relaxed);
        if l == IMMORTAL {
            return isize::MAX;
        }
        l as isize + SharedSnapshot(self.shared.load(Ordering::Relaxed)).count()
    }

    /// Add one reference.
    #[inline]
    pub fn incref(&self) {
        let local = self.local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return;
        }
        #[cfg(feature = "gil")]
        {
            self.local.store(local + 1, Ordering::Relaxed);
        }
        #[cfg(not(feature = "gil"))]
        {
            // Relaxed: an increment needs no ordering, the caller already
            // holds a reference that keeps the object alive.
            if self.tid.load(Ordering::Relaxed) == current_tid() {
                self.local.store(local + 1, Ordering::Relaxed);
            } else {
                self.shared.fetch_add(1 << SHARED_SHIFT, Ordering::Relaxed);
            }
        }
    }

    /// Drop one reference. `this` is the object start (for queueing) and
    /// `dealloc` frees it; on `Decref::Dealloc` the caller frees it instead.
    ///
    /// # Safety
    /// `this` must point to the object these words belong to, and `dealloc`
    /// must be the function that frees that object.
    #[inline]
    pub unsafe fn decref(&self, this: NonNull<RefWords>, dealloc: DeallocFn) -> Decref {
        let local = self.local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return Decref::Keep;
        }
        #[cfg(feature = "gil")]
        {
            let _ = (this, dealloc);
            self.local.store(local - 1, Ordering::Relaxed);
            if local == 1 {
                Decref::Dealloc
            } else {
                Decref::Keep
            }
        }
        #[cfg(not(feature = "gil"))]
        {
            if self.tid.load(Ordering::Relaxed) == current_tid() {
                let l = local - 1;
                self.local.store(l, Ordering::Relaxed);
                if l != 0 {
                    return Decref::Keep;
                }
                self.merge_zero_local()
            } else {
                // SAFETY: forwarded from this function's contract.
                unsafe { self.decref_shared(this, dealloc) }
            }
        }
    }

    #[cfg(not(feature = "gil"))]
    #[cold]
    fn merge_zero_local(&self) -> Decref {
        // Acquire: see every non-owner's decrement (Release) before freeing.
        let shared = self.shared.load(Ordering::Acquire);
        if shared == 0 {
            return Decref::Dealloc;
        }
        self.tid.store(0, Ordering::Relaxed);
        let new = self.shared.fetch_or(STATE_MERGED, Ordering::AcqRel) | STATE_MERGED;
        if new == STATE_MERGED {
            Decref::Dealloc
        } else {
            Decref::Keep
        }
    }

    /// The non-owner decrement (see the module docs).
    ///
    /// # Safety
    /// As for [`RefWords::decref`]: `this` is the object these words belong
    /// to and `dealloc` frees it.
    #[cfg(not(feature = "gil"))]
    #[cold]
    unsafe fn decref_shared(&self, this: NonNull<RefWords>, dealloc: DeallocFn) -> Decref {
        let mut shared = self.shared.load(Ordering::Relaxed);
        loop {
            let queue = shared == STATE_DEFAULT || shared == STATE_MAYBE_WEAKREF;
            let new = if queue { STATE_QUEUED } else { shared - (1 << SHARED_SHIFT) };
            // AcqRel: Release publishes our prior writes to whoever frees the
            // object; Acquire lets us free it if we made the count zero.
            match self.shared.compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) => {
                    if queue {
                        let owner = self.tid.load(Ordering::Relaxed);
                        queue_object(owner, QueuedObject { ptr: this, dealloc });
                        return Decref::Keep;
                    }
                    return if new == STATE_MERGED { Decref::Dealloc } else { Decref::Keep };
                }
                Err(s) => shared = s,
            }
        }
    }

    /// Fold the owner-local count into `shared`, mark the object merged and
    /// give up ownership; `extra` is added to the total. Returns the total.
    /// Called by the owner, or by anyone once the owner thread is gone.
    pub fn explicit_merge(&self, extra: isize) -> isize {
        let mut shared = self.shared.load(Ordering::Relaxed);
        loop {
            let total = SharedSnapshot(shared).count() + self.local.load(Ordering::Relaxed) as isize + extra;
            let new = SharedSnapshot::with(total, STATE_MERGED);
            match self.shared.compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) => {
                    self.local.store(0, Ordering::Relaxed);
                    self.tid.store(0, Ordering::Relaxed);
                    return total;
                }
                Err(s) => shared = s,
            }
        }
    }
}

/// An object waiting in its owner's merge queue.
#[derive(Debug)]
pub(crate) struct QueuedObject {
    ptr: NonNull<RefWords>,
    dealloc: DeallocFn,
}

// SAFETY: a queued object's queue reference keeps it alive, and merging only
// touches its atomic words; the owner thread that merges may be any thread.
unsafe impl Send for QueuedObject {}

impl QueuedObject {
    /// Merge with the queue's reference dropped; free at zero.
    pub(crate) fn merge(self) {
        // SAFETY: the queue holds a reference, so the object is alive.
        let words = unsafe { self.ptr.as_ref() };
        if words.explicit_merge(-1) == 0 {
            // SAFETY: the count is zero and merged: nobody else can reach it;
            // `dealloc` is the object's own free function (decref contract).
            unsafe { (self.dealloc)(self.ptr) };
        }
    }
}

#[cfg(not(feature = "gil"))]
fn queue_object(owner: Tid, q: QueuedObject) {
    let g = crate::thread::global();
    let orphan = {
        let reg = lock(&g.reg);
        match reg.threads.get(&owner) {
            Some(rec) => {
                lock(&rec.merge_queue).push(q);
                // Release: the owner's Acquire load of the breaker sees the push.
                rec.breaker.fetch_or(crate::thread::BREAK_MERGE, Ordering::Release);
                None
            }
            None => Some(q),
        }
    };
    // The owner has exited: nobody writes `local` any more, merge here.
    if let Some(q) = orphan {
        q.merge();
    }
}

/// Merge every object other threads queued for `rec` (its owner calls this
/// from the eval breaker).
pub fn merge_queued(rec: &ThreadRecord) {
    let items = std::mem::take(&mut *crate::primitive::lock(&rec.merge_queue));
    for q in items {
        q.merge();
    }
}

#[cfg(all(test, not(weft_loom)))]
mod tests {
    use super::*;

    #[test]
    fn words_are_24_bytes() {
        assert_eq!(std::mem::size_of::<RefWords>(), 24);
    }

    #[test]
    fn immortal_ignores_counting() {
        let w = RefWords::new_immortal();
        w.incref();
        // SAFETY: immortal words never call dealloc.
        let r = unsafe { w.decref(NonNull::from(&w), |_| panic!("freed")) };
        assert_eq!(r, Decref::Keep);
        assert_eq!(w.local.load(Ordering::Relaxed), IMMORTAL);
    }

    #[test]
    fn owner_counts_locally() {
        let w = RefWords::new_owned();
        w.incref();
        assert_eq!(w.local.load(Ordering::Relaxed), 2);
        assert_eq!(w.shared.load(Ordering::Relaxed), 0);
        // SAFETY: these words are not a real object; dealloc is never called.
        unsafe {
            assert_eq!(w.decref(NonNull::from(&w), |_| {}), Decref::Keep);
            assert_eq!(w.decref(NonNull::from(&w), |_| {}), Decref::Dealloc);
        }
    }
}
