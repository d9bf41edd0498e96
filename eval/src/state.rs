//! Interpreter and thread state as the evaluator sees them.
//!
//! [`Interp`] is per interpreter: its builtins, `sys.modules`, limits, and
//! its GIL in the gil build. [`ThreadState`] is per thread: the thread's
//! record in `weft_sync` (owner id, eval breaker), the stack of exceptions
//! being handled, and recursion depth. Nothing here is process-global.

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;
use weft_objects::vm::{err, PyResult};
use weft_objects::{types, PyRef};
use weft_sync::gil::Gil;
use weft_sync::ThreadRecord;

/// Per-interpreter state.
pub struct Interp {
    /// The `builtins` module's dict.
    pub builtins: PyRef,
    /// `sys.modules`.
    pub modules: PyRef,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: AtomicUsize,
    /// The GIL (gil build only).
    pub gil: Option<Arc<Gil>>,
    /// Runtime-owned named objects (the sys module, thread registries, ...).
    pub extras: Mutex<HashMap<&'static str, PyRef>>,
    /// Id of the main thread.
    pub main_tid: AtomicUsize,
    /// Per-module import locks.
    pub import_locks: crate::import_lock::ImportLocks,
}

impl Interp {
    /// A fresh interpreter with an empty builtins dict.
    pub fn new() -> Arc<Interp> {
        weft_objects::types::init();
        crate::generator::register();
        crate::frames::install_traceback_hooks();
        let gil = if cfg!(feature = "gil") { Some(Arc::new(Gil::new())) } else { None };
        Arc::new(Interp {
            builtins: weft_objects::dict::new_dict(),
            modules: weft_objects::dict::new_dict(),
            recursion_limit: AtomicUsize::new(1000),
            gil,
            extras: Mutex::new(HashMap::new()),
            main_tid: AtomicUsize::new(0),
            import_locks: Default::default(),
        })
    }

    /// A runtime-owned object by key.
    pub fn extra(&self, k: &str) -> Option<PyRef> {
        self.extras.lock().get(k).cloned()
    }

    /// Store a runtime-owned object.
    pub fn set_extra(&self, k: &'static str, v: PyRef) {
        self.extras.lock().insert(k, v);
    }
}

/// Native (Rust-stack) nesting allowed before RecursionError, whatever the
/// Python recursion limit: each level costs Rust stack.
pub const MAX_NATIVE_DEPTH: usize = 6000;

/// How long a blocking call on the main thread waits before it looks for
/// delivered signals.
pub const SIGNAL_POLL: std::time::Duration = std::time::Duration::from_millis(20);

/// Eval-breaker checks between two quiescent-state reports: often enough
/// that retired read views are freed within microseconds, rarely enough to
/// cost nothing measurable.
pub const QSBR_PERIOD: u32 = 1024;

/// Per-thread evaluator state.
pub struct ThreadState {
    /// The interpreter.
    pub interp: Arc<Interp>,
    /// This thread's record in the sync registry.
    pub rec: Arc<ThreadRecord>,
    /// Exceptions currently being handled, innermost last.
    pub exc_info: Vec<PyRef>,
    /// Python frames plus native recursion levels.
    pub depth: usize,
    /// Nested evaluation loops / native recursion on the Rust stack.
    pub native_depth: usize,
    /// Finished frames kept for reuse (no allocation per call).
    pub frame_pool: Vec<Box<crate::frame::Frame>>,
    /// `LOAD_GLOBAL` results for immortal globals/builtins dicts, validated
    /// by both dicts' published versions (no lock on a hit).
    pub global_cache: Vec<Option<GlobalEntry>>,
    /// Eval-breaker checks left until the next quiescent-state report
    /// (`weft_sync::qsbr`).
    pub qsbr_countdown: u32,
    /// `sys.settrace` and `sys.setprofile` functions of this thread, and
    /// whether one of them is running (events are not traced then).
    pub tracing: crate::trace::Tracing,
}

/// One cached global lookup.
pub struct GlobalEntry {
    /// The globals dict's address.
    pub globals: usize,
    /// The name (kept alive so its address stays unique).
    pub name: PyRef,
    /// Published versions of globals and builtins when filled.
    pub versions: (u64, u64),
    /// The value found, when it is immortal. A mortal value is never held
    /// here: the cache must not keep an object alive after its global is
    /// rebound (its finalizer runs then, as in CPython); it is re-read at
    /// `ix` instead.
    pub value: Option<PyRef>,
    /// The entry index of the name in the globals dict (`usize::MAX` when
    /// it was found in the builtins): after the dict changes, the binding
    /// is re-read at that index while the same key object is there.
    pub ix: usize,
}

/// Size of the per-thread global lookup cache.
pub const GLOBAL_CACHE_SIZE: usize = 512;

impl ThreadState {
    /// Register the calling thread and attach it.
    pub fn new(interp: Arc<Interp>) -> ThreadState {
        let rec = weft_sync::thread::register_current(interp.gil.clone());
        weft_sync::thread::attach(&rec);
        ThreadState { interp, rec, exc_info: Vec::new(), depth: 0, native_depth: 0, frame_pool: Vec::new(), global_cache: (0..GLOBAL_CACHE_SIZE).map(|_| None).collect(), qsbr_countdown: QSBR_PERIOD, tracing: Default::default() }
    }

    /// Check the recursion limit before entering a frame.
    #[inline]
    pub fn check_recursion(&self) -> PyResult<()> {
        if self.depth >= self.interp.recursion_limit.load(Ordering::Relaxed) || self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(err(&types::t().recursion_error, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Is this the main thread (where signal handlers run)?
    #[inline]
    pub fn is_main(&self) -> bool {
        self.rec.tid == self.interp.main_tid.load(Ordering::Relaxed)
    }

    /// Wait, detached, until `step` succeeds or `deadline` passes. `step`
    /// gets the instant to give up at and returns `Some` on success. On the
    /// main thread the wait is cut into slices of [`SIGNAL_POLL`] so that a
    /// signal runs its Python handler promptly; an exception from the
    /// handler (KeyboardInterrupt) ends the wait, otherwise it goes on (as
    /// PEP 475 retries with the remaining timeout). `Ok(None)`: timed out.
    pub fn wait_interruptible<R>(&mut self, deadline: Option<Instant>, mut step: impl FnMut(Option<Instant>) -> Option<R>) -> PyResult<Option<R>> {
        if !self.is_main() {
            return Ok(self.blocking(|| step(deadline)));
        }
        loop {
            self.run_pending_signals()?;
            let slice_end = Instant::now() + SIGNAL_POLL;
            let until = match deadline {
                Some(d) if d <= slice_end => d,
                _ => slice_end,
            };
            if let Some(r) = self.blocking(|| step(Some(until))) {
                return Ok(Some(r));
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                self.run_pending_signals()?;
                return Ok(None);
            }
        }
    }

    /// Run the Python handlers of signals delivered so far (main thread).
    pub fn run_pending_signals(&mut self) -> PyResult<()> {
        if !weft_sync::signal::any_pending() {
            return Ok(());
        }
        self.rec.breaker.fetch_and(!weft_sync::thread::BREAK_SIGNAL, Ordering::AcqRel);
        if let Some(h) = self.interp.extra("signal_hook") {
            weft_objects::Vm::call(self, &h, &[], &[])?;
        }
        Ok(())
    }

    /// Detach for the duration of a blocking call.
    pub fn blocking<R>(&self, f: impl FnOnce() -> R) -> R {
        weft_sync::thread::detach(&self.rec);
        let r = f();
        weft_sync::thread::attach(&self.rec);
        r
    }
}

impl Drop for ThreadState {
    fn drop(&mut self) {
        // Release every object reference this thread still holds while it
        // is attached: in the gil build counts may only be touched with the
        // GIL held.
        self.frame_pool.clear();
        self.exc_info.clear();
        self.global_cache.clear();
        weft_objects::types::clear_thread_caches();
        weft_sync::thread::detach(&self.rec);
        weft_sync::thread::unregister_current();
    }
}

/// Recover the thread state from a `Vm` (natives receive `&mut dyn Vm`).
pub fn ts(vm: &mut dyn weft_objects::Vm) -> &mut ThreadState {
    vm.interp_data().downcast_mut::<ThreadState>().expect("the Vm is a ThreadState")
}
