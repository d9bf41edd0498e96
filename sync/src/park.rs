//! An address-keyed parking lot: threads sleep on a key (an object's address)
//! and are woken one at a time by whoever releases what they wait for.
//!
//! The real build delegates to `parking_lot_core`, whose bucket lock makes the
//! `validate` check and the sleep one atomic step, so no wake-up is lost. The
//! loom build uses a small model with the same contract so that the lock
//! algorithms built on it can be model-checked.

use std::time::Instant;

/// Token handed to a woken thread saying the lock was passed to it directly.
pub const TOKEN_HANDOFF: usize = 1;
/// Token handed to a woken thread that must compete for the lock again.
pub const TOKEN_NORMAL: usize = 0;

/// How a `park` call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParkResult {
    /// Woken by `unpark_one`, with the token its callback returned.
    Unparked(usize),
    /// `validate` returned false; the thread never slept.
    Invalid,
    /// The deadline passed first.
    TimedOut,
}

/// What `unpark_one` found, passed to its callback while the queue is locked.
#[derive(Debug, Clone, Copy)]
pub struct UnparkInfo {
    /// A thread was woken.
    pub unparked: bool,
    /// More threads still wait on the same key.
    pub have_more: bool,
    /// The park token of the woken thread (its park start time, in
    /// nanoseconds since [`epoch`]).
    pub token: usize,
}

#[cfg(not(weft_loom))]
fn epoch() -> Instant {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

/// Nanoseconds since the process-wide parking epoch (for fairness tokens).
#[cfg(not(weft_loom))]
pub fn now_token() -> usize {
    epoch().elapsed().as_nanos() as usize
}

/// Under loom there is no clock: tokens are 0 and fairness is chosen by
/// [`loom_set_handoff`].
#[cfg(weft_loom)]
pub fn now_token() -> usize {
    0
}

#[cfg(not(weft_loom))]
mod imp {
    use super::*;
    use parking_lot_core::{FilterOp, ParkToken, UnparkToken, DEFAULT_PARK_TOKEN};

    pub fn park(key: usize, validate: impl FnOnce() -> bool, token: usize, deadline: Option<Instant>) -> ParkResult {
        let _ = DEFAULT_PARK_TOKEN;
        // SAFETY: parking_lot_core requires that the callbacks neither panic
        // nor call into the parking lot. `validate` is a single atomic load in
        // every caller of this crate and the other callbacks are empty.
        let r = unsafe { parking_lot_core::park(key, validate, || {}, |_, _| {}, ParkToken(token), deadline) };
        match r {
            parking_lot_core::ParkResult::Unparked(UnparkToken(t)) => ParkResult::Unparked(t),
            parking_lot_core::ParkResult::Invalid => ParkResult::Invalid,
            parking_lot_core::ParkResult::TimedOut => ParkResult::TimedOut,
        }
    }

    pub fn unpark_one(key: usize, callback: impl FnOnce(UnparkInfo) -> usize) -> UnparkInfo {
        let first: std::cell::Cell<Option<usize>> = std::cell::Cell::new(None);
        let mut info_out = UnparkInfo { unparked: false, have_more: false, token: 0 };
        // SAFETY: the filter and callback do not panic and do not call into
        // the parking lot; the callback only stores to the lock's state byte.
        unsafe {
            parking_lot_core::unpark_filter(
                key,
                |ParkToken(t)| {
                    if first.get().is_none() {
                        first.set(Some(t));
                        FilterOp::Unpark
                    } else {
                        FilterOp::Stop
                    }
                },
                |r| {
                    let info = UnparkInfo { unparked: r.unparked_threads > 0, have_more: r.have_more_threads, token: first.get().unwrap_or(0) };
                    info_out = info;
                    UnparkToken(callback(info))
                },
            );
        }
        info_out
    }
}

#[cfg(weft_loom)]
mod imp {
    use super::*;
    use crate::primitive::{cond_wait, lock, Arc, Condvar, Mutex};

    struct Waiter {
        key: usize,
        token: usize,
        slot: Arc<(Mutex<Option<usize>>, Condvar)>,
    }

    crate::weft_registry! {
        static ref QUEUE: Mutex<Vec<Waiter>> = Mutex::new(Vec::new());
    }

    pub fn park(key: usize, validate: impl FnOnce() -> bool, token: usize, _deadline: Option<Instant>) -> ParkResult {
        let slot = Arc::new((Mutex::new(None), Condvar::new()));
        {
            let mut q = lock(&QUEUE);
            if !validate() {
                return ParkResult::Invalid;
            }
            q.push(Waiter { key, token, slot: slot.clone() });
        }
        let mut g = lock(&slot.0);
        loop {
            if let Some(t) = *g {
                return ParkResult::Unparked(t);
            }
            cond_wait(&slot.1, &mut g);
        }
    }

    pub fn unpark_one(key: usize, callback: impl FnOnce(UnparkInfo) -> usize) -> UnparkInfo {
        let mut q = lock(&QUEUE);
        let pos = q.iter().position(|w| w.key == key);
        let w = pos.map(|p| q.remove(p));
        let have_more = q.iter().any(|w| w.key == key);
        let info = UnparkInfo { unparked: w.is_some(), have_more, token: w.as_ref().map_or(0, |w| w.token) };
        let t = callback(info);
        if let Some(w) = w {
            *lock(&w.slot.0) = Some(t);
            w.slot.1.notify_one();
        }
        info
    }
}

pub use imp::{park, unpark_one};
