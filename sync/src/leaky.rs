//! [`LeakyCell`]: a value read often without locks and replaced rarely,
//! whose replaced values are leaked rather than freed.
//!
//! A type's `__bases__` and `__mro__` are read on every attribute lookup
//! that misses the cache and change only when a program assigns
//! `cls.__bases__`. Readers take a plain reference that stays valid for the
//! life of the cell, even across calls into Python code that could replace
//! the value meanwhile: a replaced value is never freed. That costs the
//! memory of each replaced value, which is acceptable because replacement
//! is rare (a class whose bases are reassigned a few times) and types live
//! until exit anyway.

use crate::primitive::{AtomicPtr, Ordering};

/// A lock-free cell holding a `T` that may be replaced; see the module doc.
pub struct LeakyCell<T> {
    /// Always a pointer from `Box::into_raw`, never null. Only `Drop` frees
    /// the current one; replaced ones are leaked.
    ptr: AtomicPtr<T>,
}

impl<T> LeakyCell<T> {
    /// A cell holding `v`.
    pub fn new(v: T) -> Self {
        LeakyCell { ptr: AtomicPtr::new(Box::into_raw(Box::new(v))) }
    }

    /// The current value.
    #[inline]
    pub fn get(&self) -> &T {
        // Acquire pairs with the Release half of `replace`'s swap: the new
        // value's contents, written before it was published, are visible.
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: `p` came from `Box::into_raw` (field invariant) and is
        // freed only by `Drop`, which needs `&mut self`, so no reference
        // handed out here (bounded by `&self`) can outlive it; a replaced
        // pointer is leaked, so it stays valid after `replace` too.
        unsafe { &*p }
    }

    /// Make `v` the value; readers holding the old one keep a valid
    /// reference (the old value is leaked, never dropped).
    pub fn replace(&self, v: T) {
        let new = Box::into_raw(Box::new(v));
        // AcqRel: Release publishes the new box's contents to `get`;
        // Acquire orders this after whatever replaced the value before.
        let _leaked = self.ptr.swap(new, Ordering::AcqRel);
    }
}

impl<T> Drop for LeakyCell<T> {
    fn drop(&mut self) {
        let p = self.ptr.load(Ordering::Relaxed);
        // SAFETY: `&mut self` means no reference from `get` is alive; `p`
        // came from `Box::into_raw` and is the only owner of the current
        // value (replaced ones were leaked, not aliased).
        drop(unsafe { Box::from_raw(p) });
    }
}

// SAFETY: the cell hands out `&T` to any thread (needs `T: Sync`) and moves
// a `T` in from any thread and drops it on the dropping thread (needs
// `T: Send`).
unsafe impl<T: Send + Sync> Sync for LeakyCell<T> {}
// SAFETY: as above: the owned value moves with the cell.
unsafe impl<T: Send> Send for LeakyCell<T> {}
