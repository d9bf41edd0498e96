//! `_itertools`: the types behind `itertools`' iterators.
//!
//! CPython's itertools functions are classes (`type(chain())` is
//! `itertools.chain`, `isinstance(x, itertools.chain)` works, user classes
//! may extend them). `lib/itertools.py` writes each iterator's logic as a
//! generator; [`make_type`] builds a native type per name whose
//! constructor runs that generator function and whose `__next__` resumes the
//! generator, so iteration costs one native call over a plain generator.
//! `count` and `repeat`, whose reprs show their state, are native through
//! and through.

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;
use weft_objects::payload::Payload;
use weft_objects::protocol::{self as p, BinOp};
use weft_objects::types::{self, add_attr, add_method, native, new_native_type, type_name};
use weft_objects::vm::*;
use crate::util::new_module;
use weft_objects::{dict, int, PyRef};

/// An iterator whose items come from a wrapped iterator (a generator).
struct GenIter {
    inner: PyRef,
}

/// The generator function behind each type `make_type` built, by type.
fn factories() -> &'static Mutex<HashMap<usize, PyRef>> {
    static F: OnceLock<Mutex<HashMap<usize, PyRef>>> = OnceLock::new();
    F.get_or_init(Default::default)
}

/// The wrapping type `cls` is or extends (the first in its MRO `make_type`
/// built), with its generator function.
fn base_of(cls: &PyRef) -> Option<(PyRef, PyRef)> {
    let f = factories().lock();
    std::iter::once(cls).chain(types::type_data(cls).mro.get().iter()).find_map(|t| f.get(&t.addr()).map(|g| (t.clone(), g.clone())))
}

/// An instance of `cls` (a `make_type` type or a subclass) over `inner`.
fn instance(cls: &PyRef, base: &PyRef, inner: PyRef) -> PyRef {
    let obj = PyRef::new(base, Payload::Native(Box::new(GenIter { inner })));
    if cls.is(base) {
        obj
    } else {
        weft_objects::subclass::wrap(cls, obj)
    }
}

/// `T.__new__(cls, *args, **kwargs)`: the generator function's iterator,
/// wrapped as an instance of `cls`.
fn gen_new(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let cls = a.first().ok_or_else(|| type_error("__new__(): not enough arguments"))?;
    let found = if types::is_type(cls) { base_of(cls) } else { None };
    let (base, factory) = found.ok_or_else(|| type_error("__new__(X): X is not an itertools type"))?;
    let inner = vm.call(&factory, &a[1..], kw)?;
    Ok(instance(cls, &base, inner))
}

fn gen_next(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let g = native::<GenIter>(&a[0]).ok_or_else(|| type_error("descriptor '__next__' requires an itertools object"))?;
    match p::next(vm, &g.inner)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(None)),
    }
}

fn self_iter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(a[0].clone())
}

/// `_itertools.make_type(name, factory, attrs)`: a new type
/// `itertools.<name>` whose instances iterate what `factory(*args)` returns;
/// `attrs` (a dict) adds class attributes such as `from_iterable`.
fn make_type(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("make_type", a, 3, 3)?;
    let name = weft_objects::str::as_str(&a[0]).ok_or_else(|| type_error("make_type(): name must be a str"))?;
    let t = new_native_type(name, "itertools");
    add_method(&t, "__next__", gen_next);
    add_method(&t, "__iter__", self_iter);
    add_attr(&t, "__new__", weft_objects::function::new_builtin("__new__", "itertools", gen_new, None));
    if let Payload::Dict(..) = &a[2].payload {
        for k in dict::keys(&a[2]) {
            if let (Some(ks), Some(v)) = (weft_objects::str::as_str(&k), dict::get_str(&a[2], weft_objects::str::as_str(&k).unwrap_or(""))) {
                add_attr(&t, ks, v);
            }
        }
    }
    types::make_wrappable(&t);
    t.make_immortal();
    factories().lock().insert(t.addr(), a[1].clone());
    Ok(t)
}

/// `_itertools.wrap(cls, iterator)`: an instance of the `make_type` type
/// `cls` (or a subclass) over an iterator built another way
/// (`chain.from_iterable`).
fn wrap(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("wrap", a, 2, 2)?;
    let found = if types::is_type(&a[0]) { base_of(&a[0]) } else { None };
    let (base, _) = found.ok_or_else(|| type_error("wrap(): not an itertools type"))?;
    Ok(instance(&a[0], &base, a[1].clone()))
}

// ------------------------------------------------------------------ count

/// `count(start, step)`: the next value, replaced by a compare-and-swap so
/// that threads sharing one counter each get a different value without
/// running `__add__` under a lock.
struct Count {
    next: Mutex<PyRef>,
    step: PyRef,
}

fn is_number(o: &PyRef) -> bool {
    matches!(weft_objects::subclass::native(o).payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..))
        || ["__index__", "__int__", "__float__", "__complex__"].iter().any(|n| types::lookup(o.class(), n).is_some())
}

fn count_type() -> &'static PyRef {
    static T: OnceLock<PyRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_native_type("count", "itertools");
        for (n, f) in [("__next__", count_next as NativeFn), ("__iter__", self_iter), ("__repr__", count_repr), ("__reduce__", count_reduce)] {
            add_method(&t, n, f);
        }
        add_attr(&t, "__new__", weft_objects::function::new_builtin("__new__", "count", count_new, None));
        types::make_wrappable(&t);
        t.make_immortal();
        t
    })
}

fn count_new(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("count", kw, &["start", "step"])?;
    let args = &a[1..];
    weft_objects::vm::check_args_kw("count", args, 0, 2)?;
    let start = args.first().or_else(|| kwarg(kw, "start")).cloned().unwrap_or_else(|| int::new_int(0));
    let step = args.get(1).or_else(|| kwarg(kw, "step")).cloned().unwrap_or_else(|| int::new_int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(type_error("a number is required"));
    }
    // Bools count as the ints they are equal to.
    let plain = |o: PyRef| match &o.payload {
        Payload::Int(i) if o.class().is(&weft_objects::types::types().bool_) => int::new_int(*i),
        _ => o,
    };
    let (start, step) = (plain(start), plain(step));
    let obj = PyRef::new(count_type(), Payload::Native(Box::new(Count { next: Mutex::new(start), step })));
    Ok(if a[0].is(count_type()) { obj } else { weft_objects::subclass::wrap(&a[0], obj) })
}

fn count_of(o: &PyRef) -> PyResult<&Count> {
    native::<Count>(o).ok_or_else(|| type_error("descriptor requires an 'itertools.count' object"))
}

fn count_next(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let c = count_of(&a[0])?;
    loop {
        let cur = c.next.lock().clone();
        let new = p::binary_op(vm, &cur, &c.step, BinOp::Add)?;
        let mut slot = c.next.lock();
        if slot.is(&cur) {
            *slot = new;
            return Ok(cur);
        }
    }
}

fn count_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let c = count_of(&a[0])?;
    let cur = c.next.lock().clone();
    let name = type_name(a[0].class()).to_string();
    let start = p::repr_string(vm, &cur)?;
    let unit_step = matches!(&c.step.payload, Payload::Int(1)) && c.step.class().is(&types::types().int);
    if unit_step {
        return Ok(weft_objects::str::new_string(format!("{name}({start})")));
    }
    let step = p::repr_string(vm, &c.step)?;
    Ok(weft_objects::str::new_string(format!("{name}({start}, {step})")))
}

fn count_reduce(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let c = count_of(&a[0])?;
    let cur = c.next.lock().clone();
    Ok(weft_objects::tuple::new_tuple(vec![a[0].class().clone(), weft_objects::tuple::new_tuple(vec![cur, c.step.clone()])]))
}

// ----------------------------------------------------------------- repeat

/// `repeat(object, times)`: `left` is the number still to give, -1 forever.
struct Repeat {
    object: PyRef,
    left: AtomicI64,
}

fn repeat_type() -> &'static PyRef {
    static T: OnceLock<PyRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_native_type("repeat", "itertools");
        for (n, f) in [("__next__", repeat_next as NativeFn), ("__iter__", self_iter), ("__repr__", repeat_repr), ("__length_hint__", repeat_hint), ("__reduce__", repeat_reduce)] {
            add_method(&t, n, f);
        }
        add_attr(&t, "__new__", weft_objects::function::new_builtin("__new__", "repeat", repeat_new, None));
        types::make_wrappable(&t);
        t.make_immortal();
        t
    })
}

fn repeat_new(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("repeat", kw, &["object", "times"])?;
    let args = &a[1..];
    weft_objects::vm::check_args_kw("repeat", args, 0, 2)?;
    let object = args.first().or_else(|| kwarg(kw, "object")).cloned().ok_or_else(|| type_error("repeat() missing required argument 'object' (pos 1)"))?;
    let left = match args.get(1).or_else(|| kwarg(kw, "times")) {
        None => -1,
        Some(t) => {
            let n = int::index_i64(t).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(t.class()))))?;
            n.max(0)
        }
    };
    let obj = PyRef::new(repeat_type(), Payload::Native(Box::new(Repeat { object, left: AtomicI64::new(left) })));
    Ok(if a[0].is(repeat_type()) { obj } else { weft_objects::subclass::wrap(&a[0], obj) })
}

fn repeat_of(o: &PyRef) -> PyResult<&Repeat> {
    native::<Repeat>(o).ok_or_else(|| type_error("descriptor requires an 'itertools.repeat' object"))
}

fn repeat_next(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let r = repeat_of(&a[0])?;
    // Each taker decrements once; at 0 the repeat is exhausted for all.
    let taken = r.left.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| match n {
        -1 => Some(-1),
        0 => None,
        n => Some(n - 1),
    });
    match taken {
        Ok(_) => Ok(r.object.clone()),
        Err(_) => Err(stop_iteration(None)),
    }
}

fn repeat_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let r = repeat_of(&a[0])?;
    let name = type_name(a[0].class()).to_string();
    let obj = p::repr_string(vm, &r.object)?;
    Ok(weft_objects::str::new_string(match r.left.load(Ordering::Acquire) {
        -1 => format!("{name}({obj})"),
        n => format!("{name}({obj}, {n})"),
    }))
}

fn repeat_hint(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    match repeat_of(&a[0])?.left.load(Ordering::Acquire) {
        -1 => Err(type_error("len() of unsized object")),
        n => Ok(int::new_int(n)),
    }
}

fn repeat_reduce(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let r = repeat_of(&a[0])?;
    let mut args = vec![r.object.clone()];
    let n = r.left.load(Ordering::Acquire);
    if n >= 0 {
        args.push(int::new_int(n));
    }
    Ok(weft_objects::tuple::new_tuple(vec![a[0].class().clone(), weft_objects::tuple::new_tuple(args)]))
}

/// Build the `_itertools` module.
pub fn init() -> PyRef {
    let m = new_module("_itertools");
    let d = p::instance_dict(&m).unwrap().clone();
    dict::set_str(&d, "make_type", weft_objects::function::new_builtin("make_type", "_itertools", make_type, None));
    dict::set_str(&d, "wrap", weft_objects::function::new_builtin("wrap", "_itertools", wrap, None));
    dict::set_str(&d, "count", count_type().clone());
    dict::set_str(&d, "repeat", repeat_type().clone());
    m
}
