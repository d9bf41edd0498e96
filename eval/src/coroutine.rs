//! Coroutines and asynchronous generators: what `await`, `async for` and
//! `async with` need at run time, and the awaitables that drive an async
//! generator (`__anext__()`, `asend()`, `athrow()`, `aclose()`).
//!
//! An async generator runs on an ordinary generator frame. A value it
//! yields with `yield` is wrapped (`AsyncGenWrap`), so its awaitable can
//! tell it from a value an inner `await` passes up to the event loop: a
//! wrapped value completes the awaitable (`StopIteration(value)`), anything
//! else is yielded onward.

use crate::state::ThreadState;
use parking_lot::Mutex;
use std::sync::OnceLock;
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{types, PyRef};

/// A value yielded by an async generator's own `yield`.
pub struct Wrapped(pub PyRef);

/// What the first `send` into an async generator's awaitable does.
enum Start {
    /// Send this value (`__anext__()` sends None).
    Send(PyRef),
    /// Throw this exception (`athrow()`).
    Throw(PyErr),
    /// Throw GeneratorExit and expect the generator to finish (`aclose()`).
    Close,
}

/// The awaitable returned by `__anext__()`, `asend()`, `athrow()` and
/// `aclose()` of an async generator.
pub struct Asend {
    agen: PyRef,
    start: Mutex<Option<Start>>,
    closing: bool,
    done: std::sync::atomic::AtomicBool,
}

struct Types {
    wrapped: PyRef,
    asend: PyRef,
}

fn tys() -> &'static Types {
    static T: OnceLock<Types> = OnceLock::new();
    T.get_or_init(|| {
        let asend = types::new_native_type("async_generator_asend", "builtins");
        for (n, f) in [
            ("send", asend_send_m as NativeFn),
            ("throw", asend_throw_m),
            ("close", asend_close_m),
            ("__next__", asend_next_m),
            ("__iter__", self_m),
            ("__await__", self_m),
        ] {
            types::add_method(&asend, n, f);
        }
        Types { wrapped: types::new_native_type("async_generator_wrapped_value", "builtins"), asend }
    })
}

/// Wrap a value yielded by an async generator.
pub fn wrap(v: PyRef) -> PyRef {
    PyRef::new(&tys().wrapped, Payload::Native(Box::new(Wrapped(v))))
}

fn new_asend(agen: &PyRef, start: Start) -> PyRef {
    let closing = matches!(start, Start::Close);
    PyRef::new(&tys().asend, Payload::Native(Box::new(Asend { agen: agen.clone(), start: Mutex::new(Some(start)), closing, done: false.into() })))
}

/// Whether `o` is an async generator's awaitable.
pub fn is_asend(o: &PyRef) -> bool {
    types::native::<Asend>(o).is_some()
}

/// Drive an async generator's awaitable one step: `Ok(Ok(v))` it yielded
/// `v` onward (an inner await suspended), `Ok(Err(v))` it completed with
/// `v` (the awaitable's StopIteration value).
pub fn asend_step(ts: &mut ThreadState, aw: &PyRef, value: PyRef, exc: Option<PyErr>) -> PyResult<Result<PyRef, PyRef>> {
    let a = types::native::<Asend>(aw).ok_or_else(|| type_error("not an async generator awaitable"))?;
    if a.done.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let (value, exc) = match (a.start.lock().take(), exc) {
        (_, Some(e)) => (none(), Some(e)),
        (Some(Start::Send(v)), None) => (if is_none(&value) { v } else { value }, None),
        (Some(Start::Throw(e)), None) => (none(), Some(e)),
        (Some(Start::Close), None) => (none(), Some(PyErr(weft_objects::exceptions::new_exc(&types::t().generator_exit, vec![])))),
        (None, None) => (value, None),
    };
    let finish = |a: &Asend| a.done.store(true, std::sync::atomic::Ordering::Relaxed);
    match ts.resume_gen(&a.agen, value, exc) {
        Ok(Ok(y)) => match types::native::<Wrapped>(&y) {
            Some(w) => {
                finish(a);
                if a.closing {
                    return Err(runtime_error("async generator ignored GeneratorExit"));
                }
                Ok(Err(w.0.clone()))
            }
            None => Ok(Ok(y)),
        },
        Ok(Err(_)) => {
            finish(a);
            if a.closing {
                return Ok(Err(none()));
            }
            Err(err(&types::exc_type("StopAsyncIteration"), ""))
        }
        Err(e) => {
            finish(a);
            if a.closing && (err_matches(&e, &types::t().generator_exit) || err_matches(&e, &types::exc_type("StopAsyncIteration"))) {
                return Ok(Err(none()));
            }
            Err(e)
        }
    }
}

fn step_result(r: PyResult<Result<PyRef, PyRef>>) -> PyResult {
    match r? {
        Ok(v) => Ok(v),
        Err(v) => Err(stop_iteration(if is_none(&v) { None } else { Some(v) })),
    }
}

fn asend_send_m(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("send", &a[1..], 1, 1)?;
    let ts = crate::state::ts(vm);
    step_result(asend_step(ts, &a[0], a[1].clone(), None))
}
fn asend_next_m(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let ts = crate::state::ts(vm);
    step_result(asend_step(ts, &a[0], none(), None))
}
fn asend_throw_m(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("throw", &a[1..], 1, 3)?;
    let ts = crate::state::ts(vm);
    let e = exception_from(ts, &a[1..])?;
    step_result(asend_step(ts, &a[0], none(), Some(PyErr(e))))
}
fn asend_close_m(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if let Some(s) = types::native::<Asend>(&a[0]) {
        s.done.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    Ok(none())
}
fn self_m(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(a[0].clone())
}

/// The exception `throw(type[, value[, tb]])` raises.
fn exception_from(ts: &mut ThreadState, a: &[PyRef]) -> PyResult {
    if a.len() > 1 && !is_none(&a[1]) {
        let v = &a[1];
        if matches!(v.payload, Payload::Exception(_)) {
            return Ok(v.clone());
        }
        return ts.call(&a[0], std::slice::from_ref(v), &[]);
    }
    ts.make_exception(&a[0])
}

fn agen_anext(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(new_asend(&a[0], Start::Send(none())))
}
fn agen_asend(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("asend", &a[1..], 1, 1)?;
    Ok(new_asend(&a[0], Start::Send(a[1].clone())))
}
fn agen_athrow(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("athrow", &a[1..], 1, 3)?;
    let ts = crate::state::ts(vm);
    let e = exception_from(ts, &a[1..])?;
    Ok(new_asend(&a[0], Start::Throw(PyErr(e))))
}
fn agen_aclose(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(new_asend(&a[0], Start::Close))
}
fn coro_await(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(a[0].clone())
}

/// Install the methods of async generators and coroutines.
pub fn register() {
    let t = types::types();
    for (n, f) in [
        ("__aiter__", self_m as NativeFn),
        ("__anext__", agen_anext),
        ("asend", agen_asend),
        ("athrow", agen_athrow),
        ("aclose", agen_aclose),
    ] {
        types::add_method(&t.async_generator, n, f);
    }
    types::add_method(&t.coroutine, "__await__", coro_await);
    let _ = tys();
}

impl ThreadState {
    /// `await obj`: the iterator the await loop drives.
    pub fn get_awaitable(&mut self, o: &PyRef) -> PyResult {
        let t = types::types();
        if matches!(o.payload, Payload::Generator(_)) && o.class().is(&t.coroutine) || is_asend(o) {
            return Ok(o.clone());
        }
        let Some(f) = types::lookup(o.class(), "__await__") else {
            return Err(type_error(format!("'{}' object can't be awaited", types::type_name(o.class()))));
        };
        let it = self.call(&f, std::slice::from_ref(o), &[])?;
        if it.class().is(&t.coroutine) {
            return Err(type_error("__await__() returned a coroutine"));
        }
        let is_iter = matches!(it.payload, Payload::Generator(_) | Payload::Iter(_)) || types::lookup(it.class(), "__next__").is_some();
        if !is_iter {
            return Err(type_error(format!("__await__() returned non-iterator of type '{}'", types::type_name(it.class()))));
        }
        Ok(it)
    }

    /// `async for`: `aiter(obj)`.
    pub fn get_aiter(&mut self, o: &PyRef) -> PyResult {
        let Some(f) = types::lookup(o.class(), "__aiter__") else {
            return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", types::type_name(o.class()))));
        };
        self.call(&f, std::slice::from_ref(o), &[])
    }

    /// `async for`: the awaitable of `anext(aiter)`.
    pub fn get_anext(&mut self, aiter: &PyRef) -> PyResult {
        let Some(f) = types::lookup(aiter.class(), "__anext__") else {
            return Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                types::type_name(aiter.class())
            )));
        };
        let aw = self.call(&f, std::slice::from_ref(aiter), &[])?;
        self.get_awaitable(&aw).map_err(|e| {
            if err_matches(&e, &types::t().type_error) {
                type_error(format!("'async for' received an invalid object from __anext__: {}", types::type_name(aw.class())))
            } else {
                e
            }
        })
    }

    /// `async with`: bound `__aexit__` and the awaitable of `__aenter__()`.
    pub fn before_async_with(&mut self, ctx: &PyRef) -> PyResult<(PyRef, PyRef)> {
        let ty = ctx.class().clone();
        let enter = types::lookup(&ty, "__aenter__");
        let exit = types::lookup(&ty, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if types::lookup(&ty, "__aenter__").is_none() { "" } else { " (missed __aexit__ method)" };
            return Err(type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missing}",
                types::type_name(&ty)
            )));
        };
        let bound_exit = p::getattr_str(self, ctx, "__aexit__").unwrap_or(exit);
        let aw = self.call(&enter, std::slice::from_ref(ctx), &[])?;
        let aw = self.get_awaitable(&aw)?;
        Ok((bound_exit, aw))
    }
}

/// The `except*` state object on the value stack (see `exception_group`).
struct StarCell(Mutex<Option<weft_objects::exception_group::StarState>>);

fn star_type() -> &'static PyRef {
    static T: OnceLock<PyRef> = OnceLock::new();
    T.get_or_init(|| types::new_native_type("except_star_state", "builtins"))
}

/// Wrap `except*` state for the value stack.
pub fn star_state(st: weft_objects::exception_group::StarState) -> PyRef {
    PyRef::new(star_type(), Payload::Native(Box::new(StarCell(Mutex::new(Some(st))))))
}

/// Run `f` on the `except*` state held by `o`.
pub fn with_star_state<R>(o: &PyRef, f: impl FnOnce(&mut weft_objects::exception_group::StarState) -> PyResult<R>) -> PyResult<R> {
    let cell = types::native::<StarCell>(o).ok_or_else(|| runtime_error("bad except* state"))?;
    let mut st = cell.0.lock().take().ok_or_else(|| runtime_error("except* state in use"))?;
    let r = f(&mut st);
    *cell.0.lock() = Some(st);
    r
}

/// Take the `except*` state out of `o` (after the last clause).
pub fn take_star_state(o: &PyRef) -> PyResult<weft_objects::exception_group::StarState> {
    types::native::<StarCell>(o).and_then(|c| c.0.lock().take()).ok_or_else(|| runtime_error("bad except* state"))
}
