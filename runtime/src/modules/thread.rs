//! The `_thread` module: OS threads running Python callables, and the lock
//! types. Every wait detaches the thread (stop-the-world and the GIL never
//! wait for it).

use crate::util::{add_fn, arg_or_kw, new_module};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use weft_eval::state::{ts, ThreadState};
use weft_objects::payload::Payload;
use weft_objects::types::{add_method, native, new_native_type};
use weft_objects::vm::*;
use weft_objects::{dict, float, int, tuple, types, PyRef};
use weft_sync::mutex::LockStatus;
use weft_sync::PyMutex;

/// Stack size of threads running Python code (deep recursion is bounded by
/// the recursion limit; native nesting by `MAX_NATIVE_DEPTH`).
pub const THREAD_STACK: usize = 512 << 20;

/// `_thread.lock`: a PyMutex released by any thread.
pub struct Lock {
    m: PyMutex,
}

/// `_thread.RLock`: re-entrant, owned by one thread.
pub struct RLock {
    m: PyMutex,
    owner: AtomicUsize,
    count: AtomicUsize,
}

fn deadline(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult<(bool, Option<Instant>)> {
    let blocking = match arg_or_kw(a, kw, 1, "blocking") {
        Some(b) => weft_objects::protocol::truthy(vm, &b)?,
        None => true,
    };
    let timeout = match arg_or_kw(a, kw, 2, "timeout") {
        Some(t) => match &t.payload {
            Payload::Float(f) => *f,
            Payload::Int(i) => *i as f64,
            _ => return Err(type_error("timeout must be a number")),
        },
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    let dl = if timeout >= 0.0 { Some(Instant::now() + Duration::from_secs_f64(timeout.min(1e9))) } else { None };
    Ok((blocking, dl))
}

/// Take `m`, waiting detached; on the main thread a signal handler that
/// raises (KeyboardInterrupt) interrupts the wait.
fn acquire_mutex(vm: &mut dyn Vm, m: &PyMutex, blocking: bool, dl: Option<Instant>) -> PyResult<bool> {
    if m.try_lock() {
        return Ok(true);
    }
    if !blocking {
        return Ok(false);
    }
    let got = ts(vm).wait_interruptible(dl, |until| (m.lock_until(until) == LockStatus::Acquired).then_some(()))?;
    Ok(got.is_some())
}

fn lock(o: &PyRef) -> PyResult<&Lock> {
    native::<Lock>(o).ok_or_else(|| type_error("not a lock"))
}
fn l_acquire(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let l = lock(&a[0])?;
    let (b, dl) = deadline(vm, a, kw)?;
    Ok(bool_obj(acquire_mutex(vm, &l.m, b, dl)?))
}
fn l_enter(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let l = lock(&a[0])?;
    acquire_mutex(vm, &l.m, true, None)?;
    Ok(bool_obj(true))
}
fn l_release(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let l = lock(&a[0])?;
    if !l.m.is_locked() {
        return Err(runtime_error("release unlocked lock"));
    }
    l.m.unlock();
    Ok(none())
}
fn l_exit(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    l_release(vm, &a[..1], &[])
}
fn l_locked(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(lock(&a[0])?.m.is_locked()))
}

fn rlock(o: &PyRef) -> PyResult<&RLock> {
    native::<RLock>(o).ok_or_else(|| type_error("not an RLock"))
}
fn r_acquire(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let l = rlock(&a[0])?;
    let me = weft_sync::thread::current_tid();
    if l.owner.load(Ordering::Relaxed) == me {
        l.count.fetch_add(1, Ordering::Relaxed);
        return Ok(bool_obj(true));
    }
    let (b, dl) = deadline(vm, a, kw)?;
    if !acquire_mutex(vm, &l.m, b, dl)? {
        return Ok(bool_obj(false));
    }
    l.owner.store(me, Ordering::Relaxed);
    l.count.store(1, Ordering::Relaxed);
    Ok(bool_obj(true))
}
fn r_enter(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    r_acquire(vm, &a[..1], &[])
}
fn r_release(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let l = rlock(&a[0])?;
    let me = weft_sync::thread::current_tid();
    if l.owner.load(Ordering::Relaxed) != me || l.count.load(Ordering::Relaxed) == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    if l.count.fetch_sub(1, Ordering::Relaxed) == 1 {
        l.owner.store(0, Ordering::Relaxed);
        l.m.unlock();
    }
    Ok(none())
}
fn r_exit(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    r_release(vm, &a[..1], &[])
}
fn r_is_owned(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let l = rlock(&a[0])?;
    Ok(bool_obj(l.owner.load(Ordering::Relaxed) == weft_sync::thread::current_tid()))
}
fn r_locked(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(rlock(&a[0])?.m.is_locked()))
}

fn t_allocate_lock(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let ty = ts(vm).interp.extra("lock_type").unwrap();
    Ok(PyRef::new(&ty, Payload::Native(Box::new(Lock { m: PyMutex::new() }))))
}
fn t_rlock(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let ty = ts(vm).interp.extra("rlock_type").unwrap();
    Ok(PyRef::new(&ty, Payload::Native(Box::new(RLock { m: PyMutex::new(), owner: AtomicUsize::new(0), count: AtomicUsize::new(0) }))))
}
fn t_get_ident(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(ts(vm).rec.tid as i64))
}
fn t_get_native_id(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    // The registry id is unique per thread for the life of the process.
    Ok(int::new_int(weft_sync::thread::current_tid() as i64))
}

fn t_start_new_thread(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("start_new_thread", a, 2, 3)?;
    let func = a[0].clone();
    let args = tuple::as_slice(&a[1]).ok_or_else(|| type_error("2nd arg must be a tuple"))?.to_vec();
    let kwargs: Vec<(PyRef, PyRef)> = match a.get(2) {
        Some(d) if matches!(d.payload, Payload::Dict(..)) => dict::items(d),
        Some(d) if !is_none(d) => return Err(type_error("optional 3rd arg must be a dictionary")),
        _ => vec![],
    };
    let t = ts(vm);
    let interp = t.interp.clone();
    let (tx, rx) = std::sync::mpsc::channel::<usize>();
    let r = std::thread::Builder::new().stack_size(THREAD_STACK).spawn(move || {
        let mut ts = ThreadState::new(interp.clone());
        let _ = tx.send(ts.rec.tid);
        let r = ts.call(&func, &args, &kwargs);
        if let Err(e) = r {
            if !err_matches(&e, &types::t().system_exit) {
                let text = weft_eval::traceback::format_exception(&mut ts, &e.0);
                let f = weft_objects::protocol::repr_string(&mut ts, &func).unwrap_or_default();
                crate::modules::io::flush_std(&interp);
                eprint!("Exception ignored in thread started by: {f}\n{text}");
            }
        }
        // Every object reference goes before the thread detaches: in the
        // gil build counts are only safe to touch while holding the GIL.
        drop((func, args, kwargs));
        drop(ts);
    });
    if r.is_err() {
        return Err(runtime_error("can't start new thread"));
    }
    let tid = t.blocking(|| rx.recv().unwrap_or(0));
    Ok(int::new_int(tid as i64))
}

/// `_exiting()`: the calling thread's Python work is over (threading calls
/// it just before waking its joiners). It stops counting as a reader of
/// published dict views, and every thread is asked to free what it retired:
/// views whose grace period waited for this thread go at the joiner's next
/// instruction, not when the OS thread finishes; its remaining reads take
/// the dicts' locks.
fn t_exiting(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("_exiting", a, 0, 0)?;
    weft_sync::qsbr::offline(&ts(vm).rec);
    weft_sync::thread::request_qsbr_poll_all();
    Ok(none())
}

fn t_format_exception(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("_format_exception", a, 1, 1)?;
    Ok(weft_objects::str::new_string(weft_eval::traceback::format_exception(vm, &a[0])))
}

fn t_format_exception_only(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("_format_exception_only", a, 1, 2)?;
    let with_tb = a.get(1).is_some_and(|x| weft_objects::protocol::truthy_native(x).unwrap_or(false));
    Ok(weft_objects::str::new_string(weft_eval::traceback::exception_only_tb(vm, &a[0], with_tb) + "\n"))
}

/// `_entry_source(filename, lineno, start, end)`: a traceback entry's
/// source line and carets, as the interpreter prints them.
fn t_entry_source(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("_entry_source", a, 4, 4)?;
    let file = weft_objects::str::as_str(&a[0]).unwrap_or_default().to_string();
    let n = |o: &PyRef| int::index_i64(o).unwrap_or(0).max(0) as u32;
    Ok(weft_objects::str::new_string(weft_eval::traceback::entry_source(&file, n(&a[1]), (n(&a[2]), n(&a[3])))))
}

/// `_code_span(code, lasti)`: the source byte range of the instruction at
/// `lasti` (a frame's `f_lasti` or a traceback's `tb_lasti`).
fn t_code_span(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("_code_span", a, 2, 2)?;
    let (s, e) = match &a[0].payload {
        weft_objects::Payload::Code(c) => c.span_at((int::index_i64(&a[1]).unwrap_or(0).max(0) / 2) as usize),
        _ => (0, 0),
    };
    Ok(weft_objects::tuple::new_tuple(vec![int::new_int(s as i64), int::new_int(e as i64)]))
}

/// `_span_columns(filename, start, end)`: (end line, start column, end
/// column) of a source byte range, columns in characters; None unknown.
fn t_span_columns(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("_span_columns", a, 3, 3)?;
    let file = weft_objects::str::as_str(&a[0]).unwrap_or_default().to_string();
    let (s, e) = (int::index_i64(&a[1]).unwrap_or(0).max(0) as usize, int::index_i64(&a[2]).unwrap_or(0).max(0) as usize);
    let text = if s < e { std::fs::read_to_string(&file).ok() } else { None };
    let Some(src) = text.filter(|t| e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e)) else {
        return Ok(weft_objects::tuple::new_tuple(vec![none(), none(), none()]));
    };
    let col = |at: usize| {
        let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
        src[line_start..at].chars().count() as i64
    };
    let end_line = src[..e].matches('\n').count() as i64 + 1;
    Ok(weft_objects::tuple::new_tuple(vec![int::new_int(end_line), int::new_int(col(s)), int::new_int(col(e))]))
}

fn t_count(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(weft_sync::thread::registered_count() as i64 - 1))
}
fn t_stack_size(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("stack_size", a, 0, 1)?;
    Ok(int::new_int(0))
}
fn t_interrupt_main(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let n = match arg_or_kw(a, kw, 0, "signum") {
        Some(o) => int::index_i64(&weft_objects::protocol::index(vm, &o)?).unwrap_or(-1),
        None => crate::modules::signal::SIGINT as i64,
    };
    crate::modules::signal::interrupt_main(vm, n.max(0) as usize)?;
    Ok(none())
}

/// Build the `_thread` module and its lock types.
pub fn init(interp: &Arc<weft_eval::Interp>) -> PyRef {
    let lt = new_native_type("lock", "_thread");
    for (n, f) in [("acquire", l_acquire as NativeFn), ("acquire_lock", l_acquire), ("release", l_release), ("release_lock", l_release), ("locked", l_locked), ("locked_lock", l_locked), ("__enter__", l_enter), ("__exit__", l_exit)] {
        add_method(&lt, n, f);
    }
    let rt = new_native_type("RLock", "_thread");
    for (n, f) in [("acquire", r_acquire as NativeFn), ("release", r_release), ("_is_owned", r_is_owned), ("locked", r_locked), ("__enter__", r_enter), ("__exit__", r_exit)] {
        add_method(&rt, n, f);
    }
    interp.set_extra("lock_type", lt.clone());
    interp.set_extra("rlock_type", rt.clone());
    let m = new_module("_thread");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    dict::set_str(&d, "LockType", lt.clone());
    dict::set_str(&d, "lock", lt);
    dict::set_str(&d, "error", types::t().runtime_error.clone());
    dict::set_str(&d, "TIMEOUT_MAX", float::new_float(4294967.0));
    for (name, f) in [
        ("allocate_lock", t_allocate_lock as NativeFn),
        ("allocate", t_allocate_lock),
        ("RLock", t_rlock),
        ("get_ident", t_get_ident),
        ("get_native_id", t_get_native_id),
        ("start_new_thread", t_start_new_thread),
        ("_exiting", t_exiting),
        ("start_new", t_start_new_thread),
        ("_count", t_count),
        ("_format_exception", t_format_exception),
        ("_format_exception_only", t_format_exception_only),
        ("_entry_source", t_entry_source),
        ("_code_span", t_code_span),
        ("_span_columns", t_span_columns),
        ("stack_size", t_stack_size),
        ("interrupt_main", t_interrupt_main),
    ] {
        add_fn(&d, name, "_thread", f);
    }
    m
}
