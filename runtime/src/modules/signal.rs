//! `_signal`: Python-level signal handlers over `weft_sync::signal`.
//!
//! The table of Python handlers (signal number -> callable, `SIG_DFL` (0) or
//! `SIG_IGN` (1)) lives in the interpreter. The OS handler only records the
//! signal; `dispatch` runs on the main thread (from the eval breaker or a
//! blocking wait) and calls the Python handlers of the signals taken.

use crate::util::{add_fn, arg_or_kw, new_module};
use weft_eval::state::{ts, Interp, ThreadState};
use weft_objects::vm::*;
use weft_objects::{dict, int, str as pystr, types, PyRef};
use weft_sync::signal::{self as sig, Disposition};

/// `signal.SIGINT`.
pub const SIGINT: usize = 2;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

fn handlers(vm: &mut dyn Vm) -> PyRef {
    ts(vm).interp.extra("signal_handlers").expect("signal handlers installed at startup")
}

fn os_error(errno: i32) -> PyErr {
    PyErr(weft_objects::exceptions::from_io_error(&std::io::Error::from_raw_os_error(errno), None))
}

fn signum_arg(vm: &mut dyn Vm, o: &PyRef) -> PyResult<usize> {
    let n = weft_objects::protocol::index(vm, o)?;
    let n = int::index_i64(&n).unwrap_or(-1);
    if n < 1 || n as usize >= sig::NSIG {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as usize)
}

/// The handler recorded for `n` (SIG_DFL when Python never set one).
fn current(vm: &mut dyn Vm, n: usize) -> PyRef {
    let table = handlers(vm);
    dict::get_item(vm, &table, &int::new_int(n as i64)).ok().flatten().unwrap_or_else(|| int::new_int(SIG_DFL))
}

fn s_signal(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let (Some(num), Some(handler)) = (arg_or_kw(a, kw, 0, "signalnum"), arg_or_kw(a, kw, 1, "handler")) else {
        return Err(type_error("signal() missing required argument 'handler' (pos 2)"));
    };
    let n = signum_arg(vm, &num)?;
    if !ts(vm).is_main() {
        return Err(value_error("signal only works in main thread of the main interpreter"));
    }
    let as_int = int::index_i64(&handler).ok();
    let disposition = match as_int {
        Some(SIG_DFL) if !weft_objects::protocol::callable(&handler) => Disposition::Default,
        Some(SIG_IGN) if !weft_objects::protocol::callable(&handler) => Disposition::Ignore,
        _ if weft_objects::protocol::callable(&handler) => Disposition::Python,
        _ => return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    };
    sig::set_disposition(n, disposition).map_err(os_error)?;
    let old = current(vm, n);
    let stored = match disposition {
        Disposition::Default => int::new_int(SIG_DFL),
        Disposition::Ignore => int::new_int(SIG_IGN),
        Disposition::Python => handler,
    };
    let table = handlers(vm);
    dict::set_item(vm, &table, int::new_int(n as i64), stored)?;
    Ok(old)
}

fn s_getsignal(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getsignal", a, 1, 1)?;
    let n = signum_arg(vm, &a[0])?;
    Ok(current(vm, n))
}

fn s_raise_signal(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("raise_signal", a, 1, 1)?;
    let n = signum_arg(vm, &a[0])?;
    sig::raise(n).map_err(os_error)?;
    // A signal raised by the main thread runs its handler before
    // raise_signal returns, as in CPython.
    let t = ts(vm);
    if t.is_main() {
        t.run_pending_signals()?;
    }
    Ok(none())
}

fn s_alarm(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("alarm", a, 1, 1)?;
    let secs = weft_objects::protocol::index(vm, &a[0])?;
    let secs = int::index_i64(&secs).ok().filter(|s| *s >= 0).ok_or_else(|| overflow_error("Python int too large to convert to C unsigned int"))?;
    Ok(int::new_int(sig::alarm(secs as u32) as i64))
}

fn float_arg(vm: &mut dyn Vm, o: &PyRef) -> PyResult<f64> {
    if let Some(f) = weft_objects::float::as_f64(o) {
        return Ok(f);
    }
    let i = weft_objects::protocol::index(vm, o).map_err(|_| type_error(format!("must be real number, not {}", types::type_name(o.class()))))?;
    weft_objects::int::int_to_f64(&i)
}

fn itimer_pair(r: Result<(f64, f64), i32>) -> PyResult {
    // ItimerError is OSError's subclass in CPython; EINVAL for a bad timer.
    let (value, interval) = r.map_err(os_error)?;
    Ok(weft_objects::tuple::new_tuple(vec![weft_objects::float::new_float(value), weft_objects::float::new_float(interval)]))
}

fn s_setitimer(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("setitimer", a, 2, 3)?;
    let which = int::index_i64(&weft_objects::protocol::index(vm, &a[0])?)?;
    let delay = float_arg(vm, &a[1])?;
    let interval = match a.get(2) {
        Some(i) => float_arg(vm, i)?,
        None => 0.0,
    };
    itimer_pair(sig::setitimer(which as i32, delay, interval))
}

fn s_getitimer(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getitimer", a, 1, 1)?;
    let which = int::index_i64(&weft_objects::protocol::index(vm, &a[0])?)?;
    itimer_pair(sig::getitimer(which as i32))
}

fn s_pause(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    // Wait for any signal: its handler runs inside the wait; a handler that
    // returns normally ends the pause.
    let t = ts(vm);
    if !t.is_main() {
        t.blocking(|| std::thread::sleep(std::time::Duration::from_secs(u32::MAX as u64)));
        return Ok(none());
    }
    loop {
        if sig::any_pending() {
            t.run_pending_signals()?;
            return Ok(none());
        }
        t.wait_interruptible(Some(std::time::Instant::now() + weft_eval::state::SIGNAL_POLL), |dl| {
            if let Some(d) = dl {
                std::thread::sleep(d.saturating_duration_since(std::time::Instant::now()));
            }
            None::<()>
        })?;
    }
}

fn s_strsignal(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("strsignal", a, 1, 1)?;
    let n = signum_arg(vm, &a[0])?;
    let text = match n {
        1 => "Hangup", 2 => "Interrupt", 3 => "Quit", 4 => "Illegal instruction", 5 => "Trace/breakpoint trap",
        6 => "Aborted", 7 => "Bus error", 8 => "Floating point exception", 9 => "Killed", 10 => "User defined signal 1",
        11 => "Segmentation fault", 12 => "User defined signal 2", 13 => "Broken pipe", 14 => "Alarm clock", 15 => "Terminated",
        16 => "Stack fault", 17 => "Child exited", 18 => "Continued", 19 => "Stopped (signal)", 20 => "Stopped",
        21 => "Stopped (tty input)", 22 => "Stopped (tty output)", 23 => "Urgent I/O condition", 24 => "CPU time limit exceeded",
        25 => "File size limit exceeded", 26 => "Virtual timer expired", 27 => "Profiling timer expired", 28 => "Window changed",
        29 => "I/O possible", 30 => "Power failure", 31 => "Bad system call",
        n if (34..=64).contains(&n) => return Ok(pystr::new_string(format!("Real-time signal {}", n - 34))),
        _ => return Ok(none()),
    };
    Ok(pystr::new_str(text))
}

fn s_default_int_handler(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Err(PyErr(weft_objects::exceptions::new_exc(&types::t().keyboard_interrupt, vec![])))
}

/// Run the Python handlers of the signals delivered so far (the
/// interpreter's `signal_hook`; main thread only).
fn s_dispatch(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    for n in sig::take_pending() {
        let h = current(vm, n);
        if weft_objects::protocol::callable(&h) {
            vm.call(&h, &[int::new_int(n as i64), none()], &[])?;
        }
    }
    Ok(none())
}

/// Set up signal handling for an interpreter whose main thread is the
/// caller: the handler table, the dispatch hook, and SIGINT raising
/// KeyboardInterrupt (`default_int_handler`), as CPython starts.
pub fn install(t: &mut ThreadState) {
    let interp = t.interp.clone();
    sig::set_main_thread(&t.rec);
    let table = dict::new_dict();
    let default_int = weft_objects::function::new_builtin("default_int_handler", "_signal", s_default_int_handler, None);
    interp.set_extra("signal_default_int_handler", default_int.clone());
    if sig::is_ignored(SIGINT) {
        let _ = dict::set_item(t, &table, int::new_int(SIGINT as i64), int::new_int(SIG_IGN));
    } else if sig::set_disposition(SIGINT, Disposition::Python).is_ok() {
        let _ = dict::set_item(t, &table, int::new_int(SIGINT as i64), default_int);
    }
    interp.set_extra("signal_handlers", table);
    interp.set_extra("signal_hook", weft_objects::function::new_builtin("_dispatch", "_signal", s_dispatch, None));
}

/// `_thread.interrupt_main(signum)`: act as if `signum` arrived, when Python
/// handles it.
pub fn interrupt_main(vm: &mut dyn Vm, n: usize) -> PyResult<()> {
    if n < 1 || n >= sig::NSIG {
        return Err(value_error("signal number out of range"));
    }
    if weft_objects::protocol::callable(&current(vm, n)) {
        sig::trip(n);
    }
    Ok(())
}

/// Build the `_signal` module.
pub fn init(interp: &Interp) -> PyRef {
    let m = new_module("_signal");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    for (name, f) in [
        ("signal", s_signal as NativeFn),
        ("getsignal", s_getsignal),
        ("raise_signal", s_raise_signal),
        ("alarm", s_alarm),
        ("pause", s_pause),
        ("strsignal", s_strsignal),
        ("setitimer", s_setitimer),
        ("getitimer", s_getitimer),
    ] {
        add_fn(&d, name, "_signal", f);
    }
    if let Some(h) = interp.extra("signal_default_int_handler") {
        dict::set_str(&d, "default_int_handler", h);
    }
    dict::set_str(&d, "NSIG", int::new_int(sig::NSIG as i64));
    for (name, v) in [("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2)] {
        dict::set_str(&d, name, int::new_int(v));
    }
    m
}
