//! The one swap point for atomics, cells, locks and thread-locals.
//!
//! Every other module of this crate imports these names from here, never from
//! `std` directly, so that building with `RUSTFLAGS="--cfg weft_loom"` replaces
//! them all with loom's model-checked versions (the pattern crossbeam uses).

#[cfg(not(weft_loom))]
mod imp {
    pub use std::sync::atomic::{fence, AtomicBool, AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};
    pub use std::sync::Arc;
    pub use parking_lot::{Condvar, Mutex, MutexGuard};

    /// Spin hint used inside short spin loops.
    #[inline]
    pub fn spin_hint() {
        std::hint::spin_loop();
    }

    /// Give up the rest of this time slice.
    #[inline]
    pub fn yield_now() {
        std::thread::yield_now();
    }

    /// Declares thread-locals (std's macro with `const` initializers, or
    /// loom's under `weft_loom`).
    #[macro_export]
    macro_rules! weft_thread_local {
        ($(static $name:ident : $t:ty = const { $e:expr };)*) => {
            std::thread_local! { $(static $name: $t = const { $e };)* }
        };
    }

    /// Declares a process-wide lazily built registry (a `static` under std,
    /// re-created per model execution under loom).
    #[macro_export]
    macro_rules! weft_registry {
        ($(static ref $name:ident : $t:ty = $e:expr;)*) => {
            $(static $name: std::sync::LazyLock<$t> = std::sync::LazyLock::new(|| $e);)*
        };
    }

    /// Condition-variable wait with a guard, parking_lot style.
    pub fn cond_wait<T>(c: &Condvar, g: &mut MutexGuard<'_, T>) {
        c.wait(g);
    }

    /// Condition-variable wait with a timeout; true when it timed out.
    pub fn cond_wait_for<T>(c: &Condvar, g: &mut MutexGuard<'_, T>, d: std::time::Duration) -> bool {
        c.wait_for(g, d).timed_out()
    }

    /// Lock a registry mutex.
    pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
        m.lock()
    }
}

#[cfg(weft_loom)]
mod imp {
    pub use loom::sync::atomic::{fence, AtomicBool, AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};
    pub use loom::sync::{Arc, Condvar, Mutex, MutexGuard};

    #[inline]
    pub fn spin_hint() {
        loom::thread::yield_now();
    }

    #[inline]
    pub fn yield_now() {
        loom::thread::yield_now();
    }

    #[macro_export]
    macro_rules! weft_thread_local {
        ($(static $name:ident : $t:ty = const { $e:expr };)*) => {
            loom::thread_local! { $(static $name: $t = $e;)* }
        };
    }

    #[macro_export]
    macro_rules! weft_registry {
        ($(static ref $name:ident : $t:ty = $e:expr;)*) => {
            loom::lazy_static! { $(static ref $name: $t = $e;)* }
        };
    }

    pub fn cond_wait<T>(c: &Condvar, g: &mut MutexGuard<'_, T>) {
        // loom's Condvar consumes the guard; swap it through a take-and-put.
        replace_guard(g, |guard| c.wait(guard).unwrap());
    }

    pub fn cond_wait_for<T>(c: &Condvar, g: &mut MutexGuard<'_, T>, _d: std::time::Duration) -> bool {
        // loom has no time: a timed wait is modeled as a wait that may
        // return at any point (spurious wake-up), reported as a time-out.
        replace_guard(g, |guard| c.wait(guard).unwrap());
        true
    }

    pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
        m.lock().unwrap()
    }

    fn replace_guard<'a, T>(g: &mut MutexGuard<'a, T>, f: impl FnOnce(MutexGuard<'a, T>) -> MutexGuard<'a, T>) {
        // SAFETY: the guard is read out and a valid guard is written back
        // before anyone can observe the slot; `f` does not unwind in loom
        // models except on a model failure, which aborts the test.
        unsafe {
            let old = std::ptr::read(g);
            let new = f(old);
            std::ptr::write(g, new);
        }
    }
}

pub use imp::*;
