//! `PyMutex`: the one-byte lock in every object header.
//!
//! Layout of the state byte:
//!
//! | bit | name         | meaning                                   |
//! |-----|--------------|-------------------------------------------|
//! | 0   | `LOCKED`     | some thread holds the lock                |
//! | 1   | `HAS_PARKED` | at least one thread sleeps in `park` on it |
//!
//! Fast path: one compare-and-swap `0 -> LOCKED`. Slow path: spin briefly
//! while nobody is parked, then set `HAS_PARKED` and park on the byte's
//! address. Fairness: when the thread being woken has waited longer than
//! [`HANDOFF_AFTER_NS`], the unlocker leaves `LOCKED` set and hands the lock to
//! it directly, so a stream of fast re-lockers cannot starve a sleeper.

use crate::park::{self, ParkResult, TOKEN_HANDOFF, TOKEN_NORMAL};
use crate::primitive::{spin_hint, AtomicU8, Ordering};
use std::time::Instant;

const UNLOCKED: u8 = 0;
const LOCKED: u8 = 0b01;
const HAS_PARKED: u8 = 0b10;

/// Spins tried before parking, while no thread is parked yet. Under loom a
/// waiter parks at once, so the models explore the parking protocol.
#[cfg(not(weft_loom))]
const SPIN_LIMIT: u32 = 40;
#[cfg(weft_loom)]
const SPIN_LIMIT: u32 = 0;
/// A waiter parked longer than this (1 ms) is handed the lock on unlock.
pub const HANDOFF_AFTER_NS: usize = 1_000_000;

#[cfg(weft_loom)]
std::thread_local! {
    // Per test thread: loom runs a model's threads on the test's OS thread.
    static LOOM_HANDOFF: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Under loom there is no clock: choose whether every unlock that wakes a
/// waiter hands the lock over (true) or lets it compete (false).
#[cfg(weft_loom)]
pub fn loom_set_handoff(on: bool) {
    LOOM_HANDOFF.with(|h| h.set(on));
}

/// A one-byte mutual-exclusion lock without data, as in PEP 703.
#[derive(Debug)]
#[repr(transparent)]
pub struct PyMutex {
    state: AtomicU8,
}

/// How a timed lock attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockStatus {
    /// The lock is now held by the caller.
    Acquired,
    /// The deadline passed first.
    TimedOut,
}

impl Default for PyMutex {
    fn default() -> Self {
        Self::new()
    }
}

impl PyMutex {
    /// An unlocked mutex.
    #[cfg(not(weft_loom))]
    pub const fn new() -> Self {
        PyMutex { state: AtomicU8::new(UNLOCKED) }
    }

    /// An unlocked mutex.
    #[cfg(weft_loom)]
    pub fn new() -> Self {
        PyMutex { state: AtomicU8::new(UNLOCKED) }
    }

    fn key(&self) -> usize {
        &self.state as *const AtomicU8 as usize
    }

    /// Take the lock, sleeping if needed.
    #[inline]
    pub fn lock(&self) {
        // Acquire: everything the previous holder wrote before its Release
        // unlock is visible once we own the lock.
        if self.state.compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_err() {
            self.lock_slow(None);
        }
    }

    /// Take the lock if it is free right now.
    #[inline]
    pub fn try_lock(&self) -> bool {
        let s = self.state.load(Ordering::Relaxed);
        s & LOCKED == 0 && self.state.compare_exchange(s, s | LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }

    /// Take the lock, giving up at `deadline`.
    pub fn lock_until(&self, deadline: Option<Instant>) -> LockStatus {
        if self.state.compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok() {
            return LockStatus::Acquired;
        }
        self.lock_slow(deadline)
    }

    /// Whether some thread holds the lock (a racy snapshot).
    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) & LOCKED != 0
    }

    #[cold]
    fn lock_slow(&self, deadline: Option<Instant>) -> LockStatus {
        let mut spins = 0;
        let mut state = self.state.load(Ordering::Relaxed);
        loop {
            if state & LOCKED == 0 {
                match self.state.compare_exchange_weak(state, state | LOCKED, Ordering::Acquire, Ordering::Relaxed) {
                    Ok(_) => return LockStatus::Acquired,
                    Err(s) => {
                        state = s;
                        continue;
                    }
                }
            }
            if state & HAS_PARKED == 0 && spins < SPIN_LIMIT {
                spins += 1;
                spin_hint();
                state = self.state.load(Ordering::Relaxed);
                continue;
            }
            if state & HAS_PARKED == 0 {
                // Relaxed: the parking lot's queue lock orders this flag with
                // the unlocker's check of it.
                if let Err(s) = self.state.compare_exchange_weak(state, state | HAS_PARKED, Ordering::Relaxed, Ordering::Relaxed) {
                    state = s;
                    continue;
                }
            }
            let validate = || self.state.load(Ordering::Relaxed) == LOCKED | HAS_PARKED;
            match park::park(self.key(), validate, park::now_token(), deadline) {
                // The unlocker kept LOCKED set for us; the parking lot's queue
                // lock gives the same happens-before as an Acquire CAS.
                ParkResult::Unparked(TOKEN_HANDOFF) => return LockStatus::Acquired,
                ParkResult::TimedOut => {
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        return LockStatus::TimedOut;
                    }
                }
                _ => {}
            }
            spins = 0;
            state = self.state.load(Ordering::Relaxed);
        }
    }

    /// Release the lock.
    ///
    /// Calling it on a mutex this thread does not hold is a logic error that
    /// breaks mutual exclusion for others (it is not memory-unsafe here).
    #[inline]
    pub fn unlock(&self) {
        // Release: publishes the critical section's writes to the next owner.
        if self.state.compare_exchange(LOCKED, UNLOCKED, Ordering::Release, Ordering::Relaxed).is_err() {
            self.unlock_slow();
        }
    }

    #[cold]
    fn unlock_slow(&self) {
        park::unpark_one(self.key(), |info| {
            // Runs with the parking lot's queue locked: no thread can park or
            // validate on this key while we rewrite the state.
            let parked_bit = if info.have_more { HAS_PARKED } else { 0 };
            if info.unparked && Self::handoff_due(info.token) {
                self.state.store(LOCKED | parked_bit, Ordering::Release);
                TOKEN_HANDOFF
            } else {
                self.state.store(parked_bit, Ordering::Release);
                TOKEN_NORMAL
            }
        });
    }

    #[cfg(not(weft_loom))]
    fn handoff_due(parked_at: usize) -> bool {
        park::now_token().saturating_sub(parked_at) > HANDOFF_AFTER_NS
    }

    #[cfg(weft_loom)]
    fn handoff_due(_parked_at: usize) -> bool {
        LOOM_HANDOFF.with(|h| h.get())
    }
}

#[cfg(all(test, not(weft_loom)))]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn is_one_byte() {
        assert_eq!(std::mem::size_of::<PyMutex>(), 1);
    }

    #[test]
    fn excludes_under_contention() {
        struct Shared {
            m: PyMutex,
            n: std::cell::UnsafeCell<u64>,
        }
        // SAFETY: `n` is only touched while `m` is held.
        unsafe impl Sync for Shared {}
        let s = Arc::new(Shared { m: PyMutex::new(), n: std::cell::UnsafeCell::new(0) });
        let hs: Vec<_> = (0..4)
            .map(|_| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for _ in 0..20_000 {
                        s.m.lock();
                        // SAFETY: the mutex is held.
                        unsafe { *s.n.get() += 1 };
                        s.m.unlock();
                    }
                })
            })
            .collect();
        hs.into_iter().for_each(|h| h.join().unwrap());
        // SAFETY: all writers joined.
        assert_eq!(unsafe { *s.n.get() }, 80_000);
    }

    #[test]
    fn timed_lock_times_out() {
        let m = PyMutex::new();
        m.lock();
        let d = Instant::now() + std::time::Duration::from_millis(20);
        assert_eq!(m.lock_until(Some(d)), LockStatus::TimedOut);
        m.unlock();
        assert_eq!(m.lock_until(Some(d)), LockStatus::Acquired);
        m.unlock();
    }
}
