//! The global interpreter lock of the `gil` build (one per interpreter).
//!
//! A thread waiting longer than the switch interval (5 ms by default) sets a
//! drop request on the holder's eval breaker; the holder releases the GIL at
//! its next check and then waits until another thread has taken it (forced
//! switching, so the releaser cannot simply win it back). Blocking calls
//! release it through `thread::detach`.

use crate::primitive::{cond_wait, cond_wait_for, lock, Condvar, Mutex, Ordering, AtomicU64};
use crate::thread::{ThreadRecord, Tid, BREAK_GIL_DROP};
use std::time::Duration;

#[derive(Debug)]
struct GilState {
    holder: Option<Tid>,
    /// Incremented on every take: a releaser waits for it to change.
    switches: u64,
    /// Breaker of the current holder, to post a drop request to.
    holder_breaker: Option<*const crate::primitive::AtomicU32>,
    /// Threads waiting in `take`.
    waiters: usize,
}

// SAFETY: `holder_breaker` points into the holder's `ThreadRecord`, which the
// holder keeps alive while it holds the GIL; it is only dereferenced under
// the state mutex while that holder is recorded.
unsafe impl Send for GilState {}

/// A global interpreter lock.
#[derive(Debug)]
pub struct Gil {
    state: Mutex<GilState>,
    cond: Condvar,
    interval_us: AtomicU64,
}

impl Default for Gil {
    fn default() -> Self {
        Self::new()
    }
}

impl Gil {
    /// A free GIL with the default 5 ms switch interval.
    pub fn new() -> Self {
        Gil {
            state: Mutex::new(GilState { holder: None, switches: 0, holder_breaker: None, waiters: 0 }),
            cond: Condvar::new(),
            interval_us: AtomicU64::new(5000),
        }
    }

    /// The switch interval.
    pub fn switch_interval(&self) -> Duration {
        Duration::from_micros(self.interval_us.load(Ordering::Relaxed))
    }

    /// Set the switch interval (`sys.setswitchinterval`).
    pub fn set_switch_interval(&self, d: Duration) {
        self.interval_us.store(d.as_micros().max(1) as u64, Ordering::Relaxed);
    }

    /// Which thread holds the GIL.
    pub fn holder(&self) -> Option<Tid> {
        lock(&self.state).holder
    }

    /// Take the GIL for `rec`, waiting as long as needed.
    pub fn take(&self, rec: &ThreadRecord) {
        let mut st = lock(&self.state);
        st.waiters += 1;
        while st.holder.is_some() {
            let seen = st.switches;
            let timed_out = cond_wait_for(&self.cond, &mut st, self.switch_interval());
            if timed_out && st.holder.is_some() && st.switches == seen {
                if let Some(b) = st.holder_breaker {
                    // SAFETY: see `GilState`: the holder is alive while recorded.
                    unsafe { &*b }.fetch_or(BREAK_GIL_DROP, Ordering::Release);
                }
            }
        }
        st.waiters -= 1;
        st.holder = Some(rec.tid);
        st.holder_breaker = Some(&rec.breaker as *const _);
        st.switches += 1;
        rec.breaker.fetch_and(!BREAK_GIL_DROP, Ordering::AcqRel);
        self.cond.notify_all();
    }

    /// Release the GIL held by `rec`.
    pub fn release(&self, rec: &ThreadRecord) {
        let mut st = lock(&self.state);
        if st.holder == Some(rec.tid) {
            st.holder = None;
            st.holder_breaker = None;
        }
        rec.breaker.fetch_and(!BREAK_GIL_DROP, Ordering::AcqRel);
        self.cond.notify_all();
    }

    /// Answer a drop request: release, wait until another thread took the
    /// GIL (forced switch), then take it back.
    pub fn yield_to_waiter(&self, rec: &ThreadRecord) {
        {
            let mut st = lock(&self.state);
            rec.breaker.fetch_and(!BREAK_GIL_DROP, Ordering::AcqRel);
            if st.holder != Some(rec.tid) || st.waiters == 0 {
                return;
            }
            st.holder = None;
            st.holder_breaker = None;
            let seen = st.switches;
            self.cond.notify_all();
            while st.switches == seen {
                cond_wait(&self.cond, &mut st);
            }
        }
        self.take(rec);
    }
}
