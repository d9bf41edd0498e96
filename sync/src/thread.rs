//! Thread records, attach/detach, the eval breaker and stop-the-world.
//!
//! Every thread that touches Python objects has a [`ThreadRecord`] in the
//! process registry: its never-reused id (the owner id written in object
//! headers), its attach state, its eval-breaker word and its biased-refcount
//! merge queue. A thread is ATTACHED while it runs Python code and DETACHED
//! around blocking calls. [`stop_the_world`] waits only for attached threads:
//! detached ones are marked SUSPENDED at once and cannot re-attach until
//! [`StopTheWorld`] is dropped.
//!
//! State word of a record:
//!
//! | value       | meaning                                              |
//! |-------------|------------------------------------------------------|
//! | `DETACHED`  | not running Python; may be suspended by a stopper   |
//! | `ATTACHED`  | running Python; checks its eval breaker             |
//! | `SUSPENDED` | held by a stop-the-world; waits to become DETACHED  |

use crate::brc::QueuedObject;
use crate::critical_section;
use crate::gil::Gil;
use crate::primitive::{cond_wait, lock, Arc, AtomicU32, AtomicU64, AtomicU8, Condvar, Mutex, Ordering};
use std::cell::Cell;
use std::collections::BTreeMap;

/// A thread id as written in object headers. Never 0 for a live thread and
/// never reused within a process, so a stale owner id can only miss.
pub type Tid = usize;

const DETACHED: u8 = 0;
const ATTACHED: u8 = 1;
const SUSPENDED: u8 = 2;

/// Eval-breaker bit: a stop-the-world waits for this thread.
pub const BREAK_STOP_WORLD: u32 = 1 << 0;
/// Eval-breaker bit: other threads queued objects for this owner to merge.
pub const BREAK_MERGE: u32 = 1 << 1;
/// Eval-breaker bit: another thread asks for the GIL (gil build).
pub const BREAK_GIL_DROP: u32 = 1 << 2;
/// Eval-breaker bit: a signal handler must run (main thread).
pub const BREAK_SIGNAL: u32 = 1 << 3;
/// Eval-breaker bit: an asynchronous exception is pending for this thread.
pub const BREAK_ASYNC_EXC: u32 = 1 << 4;
/// Eval-breaker bit: objects freed on this thread wait for their
/// finalizers (`__del__`, generator close) to run.
pub const BREAK_FINALIZE: u32 = 1 << 5;

/// Eval-breaker bit: this thread retired memory through QSBR; report a
/// quiescent state and free what is safe at the next check.
pub const BREAK_QSBR: u32 = 1 << 6;
/// Eval-breaker bit: enough tracked objects were allocated that an
/// automatic cycle collection is due (run by this thread's evaluator).
pub const BREAK_GC: u32 = 1 << 7;
/// Per-thread state that other threads may need to reach.
#[derive(Debug)]
pub struct ThreadRecord {
    /// The id written into `ob_tid` of objects this thread allocates.
    pub tid: Tid,
    state: AtomicU8,
    /// Bits the eval loop tests on backward jumps and calls.
    pub breaker: AtomicU32,
    pub(crate) merge_queue: Mutex<Vec<QueuedObject>>,
    /// The write sequence at this thread's last quiescent state, or
    /// `qsbr::OFFLINE` while detached (see `qsbr`).
    pub(crate) qsbr_seq: AtomicU64,
    /// The GIL this thread takes on attach (gil build only). Set once, at
    /// registration by the runtime (a thread may have been registered
    /// earlier, implicitly, by its first object allocation).
    gil: std::sync::OnceLock<Arc<Gil>>,
}

impl ThreadRecord {
    /// The GIL this thread takes on attach, if any.
    #[inline]
    pub fn gil(&self) -> Option<&Arc<Gil>> {
        self.gil.get()
    }

    /// Whether the thread is attached right now (a snapshot).
    pub fn is_attached(&self) -> bool {
        self.state.load(Ordering::Relaxed) == ATTACHED
    }
}

pub(crate) struct Registry {
    pub(crate) threads: BTreeMap<Tid, Arc<ThreadRecord>>,
    next_tid: Tid,
    stw_active: bool,
}

pub(crate) struct Global {
    pub(crate) reg: Mutex<Registry>,
    cond: Condvar,
}

crate::weft_registry! {
    static ref GLOBAL: Global = Global {
        reg: Mutex::new(Registry { threads: BTreeMap::new(), next_tid: 1, stw_active: false }),
        cond: Condvar::new(),
    };
}

pub(crate) fn global() -> &'static Global {
    &GLOBAL
}

crate::weft_thread_local! {
    static CURRENT_TID: Cell<Tid> = const { Cell::new(0) };
    static CURRENT: std::cell::RefCell<Option<Arc<ThreadRecord>>> = const { std::cell::RefCell::new(None) };
}

/// The id of a thread that has left the registry (or is tearing down its
/// thread-locals). It owns no object: objects it creates start merged, and
/// it counts through the shared word like any non-owner.
pub const NO_THREAD: Tid = usize::MAX;

/// The current thread's id, registering the thread on first use.
#[inline]
pub fn current_tid() -> Tid {
    let t = CURRENT_TID.try_with(|c| c.get()).unwrap_or(NO_THREAD);
    if t != 0 {
        t
    } else {
        register_current(None).tid
    }
}

/// The current thread's record, registering the thread on first use.
pub fn current() -> Arc<ThreadRecord> {
    if let Some(r) = CURRENT.with(|c| c.borrow().clone()) {
        return r;
    }
    register_current(None)
}

/// Register the calling thread (detached) with the GIL it must take on
/// attach. Registering twice returns the existing record.
pub fn register_current(gil: Option<Arc<Gil>>) -> Arc<ThreadRecord> {
    if let Some(r) = CURRENT.with(|c| c.borrow().clone()) {
        if let Some(g) = gil {
            // Registered implicitly before: attach to the GIL from now on.
            let _ = r.gil.set(g);
        }
        return r;
    }
    let g = global();
    let rec = {
        let mut reg = lock(&g.reg);
        let tid = reg.next_tid;
        reg.next_tid += 1;
        // A thread registering during a stop-the-world starts suspended, so
        // it cannot attach until the world restarts.
        let initial = if reg.stw_active { SUSPENDED } else { DETACHED };
        let rec = Arc::new(ThreadRecord {
            tid,
            state: AtomicU8::new(initial),
            breaker: AtomicU32::new(0),
            merge_queue: Mutex::new(Vec::new()),
            qsbr_seq: AtomicU64::new(crate::qsbr::OFFLINE),
            gil: {
                let cell = std::sync::OnceLock::new();
                if let Some(g) = gil {
                    let _ = cell.set(g);
                }
                cell
            },
        });
        reg.threads.insert(tid, rec.clone());
        rec
    };
    CURRENT_TID.with(|c| c.set(rec.tid));
    CURRENT.with(|c| *c.borrow_mut() = Some(rec.clone()));
    rec
}

/// Remove the calling thread from the registry (it must be detached) and
/// merge what other threads queued for it. After this, its objects are
/// merged on demand by whichever thread would have queued them.
pub fn unregister_current() {
    let Some(rec) = CURRENT.with(|c| c.borrow_mut().take()) else { return };
    crate::qsbr::offline(&rec);
    crate::qsbr::orphan_retired();
    let queued = {
        let g = global();
        let mut reg = lock(&g.reg);
        reg.threads.remove(&rec.tid);
        // Wake a stopper that may be waiting for this thread.
        g.cond.notify_all();
        std::mem::take(&mut *lock(&rec.merge_queue))
    };
    CURRENT_TID.with(|c| c.set(NO_THREAD));
    for q in queued {
        q.merge();
    }
}

/// Mark the thread as running Python code. Waits while a stop-the-world is in
/// progress; takes the GIL first in the gil build; resumes the innermost
/// suspended critical section.
pub fn attach(rec: &ThreadRecord) {
    if let Some(gil) = rec.gil() {
        gil.take(rec);
    }
    // SeqCst: pairs with the stopper's scan (see `stop_the_world`).
    if rec.state.compare_exchange(DETACHED, ATTACHED, Ordering::SeqCst, Ordering::SeqCst).is_err() {
        attach_slow(rec);
    }
    crate::qsbr::online(rec);
    critical_section::resume_top();
}

#[cold]
fn attach_slow(rec: &ThreadRecord) {
    let g = global();
    let mut reg = lock(&g.reg);
    loop {
        match rec.state.compare_exchange(DETACHED, ATTACHED, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => return,
            Err(ATTACHED) => return,
            Err(_) => cond_wait(&g.cond, &mut reg),
        }
    }
}

/// Mark the thread as not running Python code (before a blocking call):
/// suspends all critical sections and releases the GIL in the gil build.
pub fn detach(rec: &ThreadRecord) {
    critical_section::suspend_all();
    crate::qsbr::offline(rec);
    // SeqCst: either the stopper's scan sees DETACHED, or our load of
    // `stw_active` below sees the request and we wake the stopper.
    rec.state.store(DETACHED, Ordering::SeqCst);
    let g = global();
    {
        let reg = lock(&g.reg);
        if reg.stw_active {
            g.cond.notify_all();
        }
    }
    if let Some(gil) = rec.gil() {
        gil.release(rec);
    }
}

/// Run `f` detached: the way every blocking call (sleep, join, lock wait,
/// I/O) is made, so stop-the-world and the GIL never wait for it.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    let rec = current();
    let was_attached = rec.is_attached();
    if was_attached {
        detach(&rec);
    }
    let r = f();
    if was_attached {
        attach(&rec);
    }
    r
}

/// Handle a non-zero eval breaker; returns the bits left for the caller
/// (signals, async exceptions).
#[cold]
pub fn handle_breaker(rec: &ThreadRecord) -> u32 {
    let bits = rec.breaker.load(Ordering::Acquire);
    if bits & BREAK_MERGE != 0 {
        rec.breaker.fetch_and(!BREAK_MERGE, Ordering::AcqRel);
        crate::brc::merge_queued(rec);
    }
    if bits & BREAK_STOP_WORLD != 0 {
        park_for_stop(rec);
    }
    if bits & BREAK_QSBR != 0 {
        rec.breaker.fetch_and(!BREAK_QSBR, Ordering::AcqRel);
        crate::qsbr::quiescent(rec);
    }
    if bits & BREAK_GIL_DROP != 0 {
        if let Some(gil) = rec.gil() {
            gil.yield_to_waiter(rec);
        } else {
            rec.breaker.fetch_and(!BREAK_GIL_DROP, Ordering::AcqRel);
        }
    }
    rec.breaker.load(Ordering::Relaxed) & (BREAK_SIGNAL | BREAK_ASYNC_EXC | BREAK_FINALIZE | BREAK_GC)
}

/// Ask the calling thread's evaluator to report a quiescent state (and free
/// what it retired) at its next eval-breaker check.
pub(crate) fn request_qsbr_poll() {
    if let Ok(Some(r)) = CURRENT.try_with(|c| c.borrow().clone()) {
        // Relaxed: the bit is only a hint to this same thread's evaluator.
        r.breaker.fetch_or(BREAK_QSBR, Ordering::Relaxed);
    }
}

/// Ask every thread's evaluator to report a quiescent state (and free what
/// it retired) at its next eval-breaker check: a thread that stopped
/// reading published views may have been what their grace periods waited
/// for.
pub fn request_qsbr_poll_all() {
    let g = global();
    let reg = lock(&g.reg);
    for r in reg.threads.values() {
        // Relaxed: the bit is only a hint to that thread's evaluator.
        r.breaker.fetch_or(BREAK_QSBR, Ordering::Relaxed);
    }
}

/// Ask the calling thread's evaluator to run an automatic cycle collection
/// at its next eval-breaker check.
pub fn request_gc() {
    if let Some(r) = CURRENT.try_with(|c| c.borrow().clone()).ok().flatten() {
        // Relaxed: the bit is only a hint to this same thread's evaluator.
        r.breaker.fetch_or(BREAK_GC, Ordering::Relaxed);
    }
}

/// Ask the calling thread's evaluator to run pending finalizers at its next
/// eval-breaker check.
pub fn request_finalize() {
    if let Some(r) = CURRENT.try_with(|c| c.borrow().clone()).ok().flatten() {
        // Relaxed: the bit is only a hint to this same thread's evaluator.
        r.breaker.fetch_or(BREAK_FINALIZE, Ordering::Relaxed);
    }
}

fn park_for_stop(rec: &ThreadRecord) {
    critical_section::suspend_all();
    let g = global();
    {
        let mut reg = lock(&g.reg);
        rec.breaker.fetch_and(!BREAK_STOP_WORLD, Ordering::AcqRel);
        if reg.stw_active && rec.state.load(Ordering::SeqCst) == ATTACHED {
            rec.state.store(SUSPENDED, Ordering::SeqCst);
            g.cond.notify_all();
            while rec.state.load(Ordering::SeqCst) == SUSPENDED {
                cond_wait(&g.cond, &mut reg);
            }
            rec.state.store(ATTACHED, Ordering::SeqCst);
        }
    }
    critical_section::resume_top();
}

/// Proof that every other registered thread is stopped; dropping it
/// restarts the world.
#[must_use]
pub struct StopTheWorld {
    _priv: (),
}

/// Stop every other registered thread at a safe point. Attached threads stop
/// at their next eval-breaker check; detached ones are suspended at once.
/// The caller should itself be attached or unregistered-from-Python.
pub fn stop_the_world() -> StopTheWorld {
    let me = current_tid();
    let g = global();
    // Release this thread's object locks first: a thread we wait for may be
    // blocked on one of them on its way to a safe point.
    critical_section::suspend_all();
    let mut reg = lock(&g.reg);
    if reg.stw_active {
        // Another stopper is running and waits for every attached thread,
        // this one included: count as stopped until it is done, exactly as
        // a thread parked at its eval breaker does.
        let mine = reg.threads.get(&me).cloned();
        let was_attached = mine.as_ref().is_some_and(|r| r.state.load(Ordering::SeqCst) == ATTACHED);
        if let (Some(r), true) = (&mine, was_attached) {
            r.state.store(SUSPENDED, Ordering::SeqCst);
            g.cond.notify_all();
        }
        while reg.stw_active {
            cond_wait(&g.cond, &mut reg);
        }
        if let (Some(r), true) = (&mine, was_attached) {
            r.state.store(ATTACHED, Ordering::SeqCst);
        }
    }
    reg.stw_active = true;
    loop {
        let mut all = true;
        for (tid, t) in reg.threads.iter() {
            if *tid == me {
                continue;
            }
            // SeqCst: see `detach`.
            match t.state.compare_exchange(DETACHED, SUSPENDED, Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) | Err(SUSPENDED) => {}
                Err(_) => {
                    all = false;
                    t.breaker.fetch_or(BREAK_STOP_WORLD, Ordering::Release);
                }
            }
        }
        if all {
            break;
        }
        cond_wait(&g.cond, &mut reg);
    }
    StopTheWorld { _priv: () }
}

impl Drop for StopTheWorld {
    fn drop(&mut self) {
        let g = global();
        let mut reg = lock(&g.reg);
        for t in reg.threads.values() {
            if t.state.load(Ordering::SeqCst) == SUSPENDED {
                t.state.store(DETACHED, Ordering::SeqCst);
            }
        }
        reg.stw_active = false;
        g.cond.notify_all();
        drop(reg);
        critical_section::resume_top();
    }
}

/// Number of registered threads (for diagnostics and tests).
pub fn registered_count() -> usize {
    lock(&global().reg).threads.len()
}
