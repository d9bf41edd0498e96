//! Operating-system signals: the process-wide handler that records a signal
//! and asks the main thread's evaluation loop to run the Python handler.
//!
//! The OS handler does only async-signal-safe work: it stores to atomics
//! (a pending flag per signal number, a summary flag, and the main thread's
//! eval-breaker bit). Python handlers run later, on the main thread, when
//! its evaluation loop next checks the breaker or when a blocking call it
//! is in notices the pending signal (blocking calls on the main thread wait
//! in short slices for this). Not compiled for loom models: a signal
//! handler cannot be modelled, and it touches no state the models check.

use crate::primitive::{AtomicBool, AtomicPtr, AtomicU32, Ordering};
use crate::thread::{ThreadRecord, BREAK_SIGNAL};
use std::sync::Arc;

/// One past the highest signal number.
pub const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const NOT_PENDING: AtomicBool = AtomicBool::new(false);
/// Per signal number: delivered and not yet handled.
static PENDING: [AtomicBool; NSIG] = [NOT_PENDING; NSIG];
/// Some entry of `PENDING` may be set.
static ANY_PENDING: AtomicBool = AtomicBool::new(false);
/// The main thread's eval-breaker word (a leaked `Arc<ThreadRecord>`, so
/// the pointer stays valid for the rest of the process).
static MAIN_BREAKER: AtomicPtr<AtomicU32> = AtomicPtr::new(std::ptr::null_mut());

/// Record the main thread: signals are handled there.
pub fn set_main_thread(rec: &Arc<ThreadRecord>) {
    let leaked: &'static ThreadRecord = Box::leak(Box::new(rec.clone()));
    let p = &leaked.breaker as *const AtomicU32 as *mut AtomicU32;
    // Release: a handler that sees the pointer sees the record it points to.
    MAIN_BREAKER.store(p, Ordering::Release);
}

/// Mark `sig` pending and interrupt the main thread's evaluation loop.
/// Async-signal-safe (atomics only); also used to simulate a signal
/// (`_thread.interrupt_main`).
pub fn trip(sig: usize) {
    if sig >= NSIG {
        return;
    }
    // Release: whoever takes the pending flags with Acquire sees them set
    // before the summary flag and breaker bit that announce them.
    PENDING[sig].store(true, Ordering::Release);
    ANY_PENDING.store(true, Ordering::Release);
    let p = MAIN_BREAKER.load(Ordering::Acquire);
    if !p.is_null() {
        // SAFETY: `p` points into a `ThreadRecord` leaked by
        // `set_main_thread`; it is never freed.
        unsafe { &*p }.fetch_or(BREAK_SIGNAL, Ordering::Release);
    }
}

extern "C" fn on_signal(sig: libc::c_int) {
    trip(sig as usize);
}

/// Is any signal waiting for its Python handler?
#[inline]
pub fn any_pending() -> bool {
    ANY_PENDING.load(Ordering::Acquire)
}

/// Take the pending signals, lowest number first.
pub fn take_pending() -> Vec<usize> {
    // Acquire pairs with `trip`'s Release stores.
    if !ANY_PENDING.swap(false, Ordering::Acquire) {
        return Vec::new();
    }
    (1..NSIG).filter(|&s| PENDING[s].swap(false, Ordering::Acquire)).collect()
}

/// What the OS does on a signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    /// The OS default (`SIG_DFL`).
    Default,
    /// Ignored (`SIG_IGN`).
    Ignore,
    /// Recorded for a Python handler.
    Python,
}

/// Set the OS-level disposition of `sig`; the OS error number on failure.
pub fn set_disposition(sig: usize, d: Disposition) -> Result<(), i32> {
    if sig == 0 || sig >= NSIG {
        return Err(libc::EINVAL);
    }
    let handler: libc::sighandler_t = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Python => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: `sigaction` is a plain value struct; all-zero is a valid
    // starting point (empty flags) that is filled in below.
    let mut act: libc::sigaction = unsafe { std::mem::zeroed() };
    act.sa_sigaction = handler;
    // SA_RESTART: system calls on other threads resume after the handler;
    // the main thread notices signals by polling, not by EINTR.
    act.sa_flags = libc::SA_RESTART;
    // SAFETY: `act.sa_mask` is a valid, writable sigset_t.
    unsafe { libc::sigemptyset(&mut act.sa_mask) };
    // SAFETY: `act` is fully initialised; the old action is not requested.
    let rc = unsafe { libc::sigaction(sig as libc::c_int, &act, std::ptr::null_mut()) };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL))
    }
}

/// Is `sig` ignored (`SIG_IGN`) right now? A process started with SIGINT
/// ignored (a background job) keeps it ignored, as CPython does.
pub fn is_ignored(sig: usize) -> bool {
    // SAFETY: all-zero is a valid sigaction to be overwritten by the query.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: a null new action only queries; `old` is writable.
    let rc = unsafe { libc::sigaction(sig as libc::c_int, std::ptr::null(), &mut old) };
    rc == 0 && old.sa_sigaction == libc::SIG_IGN
}

/// Send `sig` to the calling thread (`signal.raise_signal`).
pub fn raise(sig: usize) -> Result<(), i32> {
    // SAFETY: `raise` has no memory-safety preconditions.
    if unsafe { libc::raise(sig as libc::c_int) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL))
    }
}

/// Schedule SIGALRM in `secs` seconds (0 cancels); the seconds left of the
/// previous alarm.
pub fn alarm(secs: u32) -> u32 {
    // SAFETY: `alarm` has no memory-safety preconditions.
    unsafe { libc::alarm(secs) }
}

/// Set interval timer `which` (ITIMER_REAL 0, VIRTUAL 1, PROF 2) to fire
/// after `delay` seconds and then every `interval` seconds (0 disarms);
/// the previous (delay, interval), or the OS error number.
pub fn setitimer(which: i32, delay: f64, interval: f64) -> Result<(f64, f64), i32> {
    fn tv(secs: f64) -> libc::timeval {
        let whole = secs.trunc();
        let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
        // A positive delay shorter than a microsecond still arms the timer.
        if whole == 0.0 && usec == 0 && secs > 0.0 {
            usec = 1;
        }
        libc::timeval { tv_sec: whole as libc::time_t, tv_usec: usec }
    }
    let new = libc::itimerval { it_interval: tv(interval), it_value: tv(delay) };
    let mut old = libc::itimerval { it_interval: tv(0.0), it_value: tv(0.0) };
    // SAFETY: both pointers refer to live, initialised itimerval values.
    let rc = unsafe { libc::setitimer(which as libc::c_int, &new, &mut old) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL));
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok((secs(old.it_value), secs(old.it_interval)))
}

/// The (delay, interval) of interval timer `which`.
pub fn getitimer(which: i32) -> Result<(f64, f64), i32> {
    let zero = libc::timeval { tv_sec: 0, tv_usec: 0 };
    let mut cur = libc::itimerval { it_interval: zero, it_value: zero };
    // SAFETY: `cur` is a live, writable itimerval.
    let rc = unsafe { libc::getitimer(which as libc::c_int, &mut cur) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL));
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok((secs(cur.it_value), secs(cur.it_interval)))
}

/// Send `sig` to process `pid` (`os.kill`).
pub fn kill(pid: i64, sig: usize) -> Result<(), i32> {
    // SAFETY: `kill` has no memory-safety preconditions.
    if unsafe { libc::kill(pid as libc::pid_t, sig as libc::c_int) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL))
    }
}

/// Terminate the process by `sig` with its default action (how CPython
/// exits after an uncaught KeyboardInterrupt: the parent sees death by
/// SIGINT).
pub fn die_by(sig: usize) -> ! {
    let _ = set_disposition(sig, Disposition::Default);
    let _ = raise(sig);
    std::process::exit(128 + sig as i32)
}
