//! `Locked<T>`: data of a mutable container, reachable only inside a critical
//! section on the mutex of the object that holds it.

use std::cell::UnsafeCell;
use weft_sync::{CriticalSection, PyMutex};

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

    /// Run `f` on the data inside a critical section on `m`, the mutex of
    /// the object that owns this storage.
    ///
    /// `f` must not run Python code, block, or drop the last reference to an
    /// object (a destructor could run Python code): it returns what must be
    /// dropped, and the caller drops it after the section ends.
    #[inline]
    pub fn with<R>(&self, m: &PyMutex, f: impl FnOnce(&mut T) -> R) -> R {
        let _cs = CriticalSection::new(m);
        // SAFETY: the critical section on the owner's mutex excludes every
        // other accessor (see the `Sync` impl), and `f` cannot re-enter
        // `with` on the same storage without first suspending this section,
        // which it never does (no blocking inside `f`).
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
