//! Per-module import locks: while one thread runs a module's body, other
//! threads importing the same module wait for it instead of seeing the
//! half-initialised module or running the body a second time.
//!
//! This follows CPython's `_ModuleLock`: each module name being imported has
//! an owner thread and a re-entry depth. A thread that would wait for a
//! module whose owner is (transitively) waiting for a module this thread
//! owns has found a deadlock (two threads importing modules that import
//! each other); it does not wait and gets the partially initialised module,
//! as a single-threaded circular import would.

use parking_lot::{Condvar, Mutex};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::state::ThreadState;

/// The import locks of one interpreter.
#[derive(Default)]
pub struct ImportLocks {
    /// Owners and waiters.
    state: Mutex<LockTable>,
    /// Signalled whenever a module lock is released.
    released: Condvar,
    /// Number of module locks currently held: imports of modules already in
    /// `sys.modules` skip the table entirely while it is zero.
    held: AtomicUsize,
}

#[derive(Default)]
struct LockTable {
    /// Module name -> (owner thread id, re-entry depth).
    owners: HashMap<String, (usize, usize)>,
    /// Thread id -> the module name it waits for.
    waiting: HashMap<usize, String>,
}

/// How [`ImportLocks::acquire`] ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acquired {
    /// The calling thread now holds the module's lock (release it).
    Held,
    /// Waiting would deadlock; nothing is held.
    Deadlock,
}

impl LockTable {
    /// Would `tid` waiting for `name` close a cycle of waiting threads?
    fn would_deadlock(&self, tid: usize, name: &str) -> bool {
        let mut module = name.to_string();
        // Each step follows owner -> the module that owner waits for; a
        // chain longer than the number of waiters cannot be a new cycle.
        for _ in 0..=self.waiting.len() {
            let Some(&(owner, _)) = self.owners.get(&module) else { return false };
            if owner == tid {
                return true;
            }
            match self.waiting.get(&owner) {
                Some(next) => module = next.clone(),
                None => return false,
            }
        }
        false
    }
}

impl ImportLocks {
    /// Take `name`'s lock for the calling thread, waiting (detached) while
    /// another thread holds it. Re-entrant.
    pub fn acquire(&self, ts: &ThreadState, name: &str) -> Acquired {
        let tid = ts.rec.tid as usize;
        let mut table = self.state.lock();
        loop {
            match table.owners.get_mut(name) {
                None => {
                    table.owners.insert(name.to_string(), (tid, 1));
                    // Relaxed: `held` is only a hint read before taking the
                    // table lock, which orders everything that matters.
                    self.held.fetch_add(1, Ordering::Relaxed);
                    return Acquired::Held;
                }
                Some((owner, depth)) if *owner == tid => {
                    *depth += 1;
                    return Acquired::Held;
                }
                Some(_) => {
                    if table.would_deadlock(tid, name) {
                        return Acquired::Deadlock;
                    }
                    table.waiting.insert(tid, name.to_string());
                    // The table lock is given up before re-attaching: a
                    // thread must never wait for the GIL or the end of a
                    // stop-the-world while holding it, since attached
                    // threads take it.
                    ts.blocking(move || {
                        self.released.wait(&mut table);
                        drop(table);
                    });
                    table = self.state.lock();
                    table.waiting.remove(&tid);
                }
            }
        }
    }

    /// Release one level of the calling thread's hold on `name`.
    pub fn release(&self, ts: &ThreadState, name: &str) {
        let tid = ts.rec.tid as usize;
        let mut table = self.state.lock();
        if let Some((owner, depth)) = table.owners.get_mut(name) {
            debug_assert_eq!(*owner, tid, "import lock released by a thread that does not own it");
            *depth -= 1;
            if *depth == 0 {
                table.owners.remove(name);
                self.held.fetch_sub(1, Ordering::Relaxed);
                self.released.notify_all();
            }
        }
    }

    /// Is `name` being imported by a thread other than the caller? Cheap
    /// while no import is in progress anywhere.
    #[inline]
    pub fn busy_elsewhere(&self, ts: &ThreadState, name: &str) -> bool {
        if self.held.load(Ordering::Relaxed) == 0 {
            return false;
        }
        let tid = ts.rec.tid as usize;
        matches!(self.state.lock().owners.get(name), Some(&(owner, _)) if owner != tid)
    }
}
