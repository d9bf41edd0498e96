//! `Locked<T>`: data of a mutable container, reachable only inside a critical
//! section on the mutex of the object that holds it.

use std::cell::UnsafeCell;
use weft_sync::PyMutex;

/// Interior-mutable storage guarded by its object's header mutex.
pub struct Locked<T> {
    cell: UnsafeCell<T>,
}

// SAFETY: every access goes through `with`, which holds a critical section on
// the owning object's mutex (or the GIL in the gil build) for its duration,
// so no two threads ever touch `cell` at once.
unsafe impl<T: Send> Sync for Locked<T> {}
// SAFETY: as above; moving the storage between threads is plain ownership.
unsafe impl<T: Send> Send for Locked<T> {}

impl<T> Locked<T> {
    /// Wrap `v`.
    pub fn new(v: T) -> Self {
        Locked { cell: UnsafeCell::new(v) }
    }

    /// Run `f` on the data inside a leaf critical section on `m`, the mutex
    /// of the object that owns this storage.
    ///
    /// A leaf section takes only this one mutex and never blocks, runs
    /// Python code or takes another lock while held, so it can never be
    /// part of a lock cycle and needs no entry on the thread's
    /// critical-section stack (sections that nest use
    /// `weft_sync::CriticalSection`). `f` must not drop the last reference
    /// to an object either (a destructor could run Python code): it returns
    /// what must be dropped, and the caller drops it after the section.
    #[inline]
    pub fn with<R>(&self, m: &PyMutex, f: impl FnOnce(&mut T) -> R) -> R {
        let _g = LeafGuard::new(m);
        // SAFETY: the owner's mutex is held (or the GIL, in the gil build)
        // for the duration of `f`, which excludes every other accessor (see
        // the `Sync` impl); `f` does not re-enter `with` on this storage.
        f(unsafe { &mut *self.cell.get() })
    }

    /// Access without locking, for an object no other thread can reach
    /// (being built, or being freed).
    pub fn get_mut(&mut self) -> &mut T {
        self.cell.get_mut()
    }

    /// Read without locking.
    ///
    /// # Safety
    /// The caller must guarantee no other thread can write the data now
    /// (a stop-the-world is in effect, or the object is unshared).
    pub unsafe fn get_unlocked(&self) -> &T {
        // SAFETY: forwarded from the caller's contract.
        unsafe { &*self.cell.get() }
    }
}

/// Holds an object mutex for a leaf critical section (nothing in the gil
/// build, where the GIL already excludes other threads).
struct LeafGuard<'a> {
    #[cfg(not(feature = "gil"))]
    m: &'a PyMutex,
    #[cfg(feature = "gil")]
    _m: std::marker::PhantomData<&'a PyMutex>,
}

impl<'a> LeafGuard<'a> {
    #[inline(always)]
    fn new(m: &'a PyMutex) -> Self {
        #[cfg(not(feature = "gil"))]
        {
            m.lock();
            LeafGuard { m }
        }
        #[cfg(feature = "gil")]
        {
            let _ = m;
            LeafGuard { _m: std::marker::PhantomData }
        }
    }
}

impl Drop for LeafGuard<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        #[cfg(not(feature = "gil"))]
        self.m.unlock();
    }
}
