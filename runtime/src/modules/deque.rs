//! `collections.deque`: a double-ended queue on a ring buffer
//! (`VecDeque`), O(1) at both ends, with an optional `maxlen`.
//!
//! Thread safety: every operation takes the deque's own lock for its
//! whole duration, so `append`/`appendleft`/`pop`/`popleft`/`extend` are
//! atomic under any number of threads. Python code (item `__eq__` in
//! `count`/`index`/`remove`/comparisons, `__repr__`) never runs with the
//! lock held: those operations work on a snapshot, and a deque changed
//! meanwhile raises RuntimeError as in CPython.

use crate::util::new_module;
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use weft_eval::state::ts;
use weft_objects::payload::Payload;
use weft_objects::protocol::{self as p, CmpOp};
use weft_objects::types::{add_method, native, new_native_type};
use weft_objects::vm::*;
use weft_objects::{int, list, str as pystr, types, PyRef};

/// The deque's data.
pub struct Deque {
    items: Mutex<VecDeque<PyRef>>,
    /// `maxlen`, or `NO_MAXLEN`; set again by `__init__`.
    maxlen: AtomicUsize,
    /// Bumped by every mutation (iterators detect concurrent changes).
    state: AtomicU64,
}

/// An iterator over a deque (forward or reversed).
struct DequeIter {
    deque: PyRef,
    pos: Mutex<usize>,
    state: u64,
    len: usize,
    reverse: bool,
}

fn dq(o: &PyRef) -> PyResult<&Deque> {
    native::<Deque>(o).ok_or_else(|| type_error(format!("descriptor requires a 'collections.deque' object but received a '{}'", types::type_name(o.class()))))
}

fn deque_type(vm: &mut dyn Vm) -> PyRef {
    ts(vm).interp.extra("deque_type").expect("_collections initialized")
}

/// The `maxlen` word of an unbounded deque.
const NO_MAXLEN: usize = usize::MAX;

fn new_deque(ty: &PyRef, items: VecDeque<PyRef>, maxlen: Option<usize>) -> PyRef {
    PyRef::new(ty, Payload::Native(Box::new(Deque { items: Mutex::new(items), maxlen: AtomicUsize::new(maxlen.unwrap_or(NO_MAXLEN)), state: AtomicU64::new(0) })))
}

impl Deque {
    /// The bound, if any. Relaxed: changed only by `__init__`, which a
    /// program does not race with its own use of the deque.
    fn maxlen(&self) -> Option<usize> {
        match self.maxlen.load(Ordering::Relaxed) {
            NO_MAXLEN => None,
            m => Some(m),
        }
    }

    fn mutate<R>(&self, f: impl FnOnce(&mut VecDeque<PyRef>) -> R) -> R {
        let mut g = self.items.lock();
        // Relaxed: read by iterators of this deque only to detect changes.
        self.state.fetch_add(1, Ordering::Relaxed);
        f(&mut g)
    }

    fn push_back(&self, v: PyRef) -> Option<PyRef> {
        self.mutate(|d| {
            if self.maxlen() == Some(0) {
                return Some(v);
            }
            d.push_back(v);
            if self.maxlen().is_some_and(|m| d.len() > m) {
                return d.pop_front();
            }
            None
        })
    }

    fn push_front(&self, v: PyRef) -> Option<PyRef> {
        self.mutate(|d| {
            if self.maxlen() == Some(0) {
                return Some(v);
            }
            d.push_front(v);
            if self.maxlen().is_some_and(|m| d.len() > m) {
                return d.pop_back();
            }
            None
        })
    }

    fn snapshot(&self) -> Vec<PyRef> {
        self.items.lock().iter().cloned().collect()
    }
}

fn parse_maxlen(o: Option<&PyRef>) -> PyResult<Option<usize>> {
    match o {
        None => Ok(None),
        Some(m) if is_none(m) => Ok(None),
        Some(m) => {
            let n = int::index_i64(m)?;
            if n < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

/// `deque.__new__(cls, *args, **kwargs)`. For a subclass: an empty
/// deque wrapped as an instance of `cls`, which `__init__` then fills.
/// `deque(...)` itself is built here in one step (built-in types are not
/// sent through `__init__` by the constructor call).
fn d_new(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let ty = deque_type(vm);
    let d = new_deque(&ty, VecDeque::new(), None);
    match a.first() {
        Some(cls) if !cls.is(&ty) => {
            if !types::is_type(cls) || !types::is_subtype(cls, &ty) {
                return Err(type_error("deque.__new__(X): X is not a subtype of deque"));
            }
            Ok(weft_objects::subclass::wrap(cls, d))
        }
        _ => {
            let mut args = vec![d.clone()];
            args.extend_from_slice(a.get(1..).unwrap_or(&[]));
            m_init(vm, &args, kw)?;
            Ok(d)
        }
    }
}

/// `deque.__init__(self, iterable=(), maxlen=None)`: empty the deque, set
/// the bound, then append the items.
fn m_init(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let args = &a[1..];
    check_kwargs("deque", kw, &["iterable", "maxlen"])?;
    check_args("deque", args, 0, 2)?;
    let maxlen = parse_maxlen(args.get(1).or_else(|| kwarg(kw, "maxlen")))?;
    let q = dq(&a[0])?;
    let old = q.mutate(|d| std::mem::take(d));
    q.maxlen.store(maxlen.unwrap_or(NO_MAXLEN), Ordering::Relaxed);
    drop(old);
    if let Some(it) = args.first().or_else(|| kwarg(kw, "iterable")) {
        m_extend(vm, &[a[0].clone(), it.clone()], &[])?;
    }
    Ok(none())
}

fn m_append(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.append", &a[1..], 1, 1)?;
    let dropped = dq(&a[0])?.push_back(a[1].clone());
    drop(dropped);
    Ok(none())
}
fn m_appendleft(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.appendleft", &a[1..], 1, 1)?;
    let dropped = dq(&a[0])?.push_front(a[1].clone());
    drop(dropped);
    Ok(none())
}
fn m_pop(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.pop", &a[1..], 0, 0)?;
    dq(&a[0])?.mutate(|d| d.pop_back()).ok_or_else(|| index_error("pop from an empty deque"))
}
fn m_popleft(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.popleft", &a[1..], 0, 0)?;
    dq(&a[0])?.mutate(|d| d.pop_front()).ok_or_else(|| index_error("pop from an empty deque"))
}
fn m_extend(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.extend", &a[1..], 1, 1)?;
    let items = p::collect(vm, &a[1])?;
    let q = dq(&a[0])?;
    let mut dropped = Vec::new();
    q.mutate(|d| {
        for x in items {
            if q.maxlen() == Some(0) {
                dropped.push(x);
                continue;
            }
            d.push_back(x);
            if q.maxlen().is_some_and(|m| d.len() > m) {
                dropped.extend(d.pop_front());
            }
        }
    });
    drop(dropped);
    Ok(none())
}
fn m_extendleft(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.extendleft", &a[1..], 1, 1)?;
    let items = p::collect(vm, &a[1])?;
    let q = dq(&a[0])?;
    let mut dropped = Vec::new();
    q.mutate(|d| {
        for x in items {
            if q.maxlen() == Some(0) {
                dropped.push(x);
                continue;
            }
            d.push_front(x);
            if q.maxlen().is_some_and(|m| d.len() > m) {
                dropped.extend(d.pop_back());
            }
        }
    });
    drop(dropped);
    Ok(none())
}
fn m_clear(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    weft_objects::vm::no_args("deque", "clear", a, kw)?;
    let old = dq(&a[0])?.mutate(std::mem::take);
    drop(old);
    Ok(none())
}
fn m_rotate(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.rotate", &a[1..], 0, 1)?;
    let n = match a.get(1) {
        Some(x) => int::index_i64(x)?,
        None => 1,
    };
    dq(&a[0])?.mutate(|d| {
        let len = d.len() as i64;
        if len > 0 {
            let k = n.rem_euclid(len) as usize;
            d.rotate_right(k);
        }
    });
    Ok(none())
}
fn m_reverse(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    weft_objects::vm::no_args("deque", "reverse", a, kw)?;
    dq(&a[0])?.mutate(|d| d.make_contiguous().reverse());
    Ok(none())
}
fn m_copy(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    weft_objects::vm::no_args("deque", "copy", a, kw)?;
    let q = dq(&a[0])?;
    if matches!(a[0].payload, Payload::Subclass(_)) {
        // A subclass copies through its own constructor, as CPython does.
        let mut args = vec![a[0].clone()];
        args.extend(q.maxlen().map(|m| int::new_int(m as i64)));
        return vm.call(a[0].class(), &args, &[]);
    }
    let items: VecDeque<PyRef> = q.snapshot().into();
    let ty = deque_type(vm);
    Ok(new_deque(&ty, items, q.maxlen()))
}

/// `d.__reduce__()`: `(type(d), ((), maxlen), None, iter(d))`, which
/// copy and deepcopy rebuild by appending the items.
fn m_reduce(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let q = dq(&a[0])?;
    let maxlen = q.maxlen().map(|m| weft_objects::int::new_int(m as i64)).unwrap_or_else(none);
    let args = weft_objects::tuple::new_tuple(vec![weft_objects::tuple::new_tuple(vec![]), maxlen]);
    let items = weft_objects::list::new_list(q.snapshot().into_iter().collect());
    let it = p::iter(vm, &items)?;
    Ok(weft_objects::tuple::new_tuple(vec![a[0].class().clone(), args, none(), it]))
}

/// Find `x` in a snapshot: compares run without the lock; RuntimeError
/// when the deque changed meanwhile.
fn position(vm: &mut dyn Vm, o: &PyRef, x: &PyRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    position_or(vm, o, x, start, stop, runtime_error)
}

/// `position`, with the error a mutation meanwhile raises (`remove`
/// raises IndexError where `index` raises RuntimeError, as in CPython).
fn position_or(vm: &mut dyn Vm, o: &PyRef, x: &PyRef, start: usize, stop: usize, mutated: fn(&'static str) -> PyErr) -> PyResult<Option<usize>> {
    let q = dq(o)?;
    let state = q.state.load(Ordering::Relaxed);
    let items = q.snapshot();
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        let eq = v.is(x) || p::eq(vm, v, x)?;
        if q.state.load(Ordering::Relaxed) != state {
            return Err(mutated("deque mutated during iteration"));
        }
        if eq {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn m_count(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.count", &a[1..], 1, 1)?;
    let q = dq(&a[0])?;
    let state = q.state.load(Ordering::Relaxed);
    let mut n = 0;
    for v in q.snapshot() {
        if v.is(&a[1]) || p::eq(vm, &v, &a[1])? {
            n += 1;
        }
        if q.state.load(Ordering::Relaxed) != state {
            return Err(runtime_error("deque mutated during iteration"));
        }
    }
    Ok(int::new_int(n))
}
fn m_index(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() < 2 {
        return Err(type_error(format!("index() takes at least 1 argument ({} given)", a.len() - 1)));
    }
    check_args("index", &a[1..], 1, 3)?;
    let len = dq(&a[0])?.items.lock().len() as i64;
    let norm = |o: Option<&PyRef>, d: i64| -> PyResult<usize> {
        let v = match o {
            Some(x) => int::index_clamped(x)?,
            None => d,
        };
        Ok((if v < 0 { v.saturating_add(len).max(0) } else { v.min(len) }) as usize)
    };
    let start = norm(a.get(2), 0)?;
    let stop = norm(a.get(3), len)?;
    match position(vm, &a[0], &a[1], start, stop)? {
        Some(i) => Ok(int::new_int(i as i64)),
        None => Err(value_error(format!("{} is not in deque", p::repr_string(vm, &a[1])?))),
    }
}
fn m_remove(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("deque.remove", &a[1..], 1, 1)?;
    let Some(i) = position_or(vm, &a[0], &a[1], 0, usize::MAX, |m| index_error(m))? else {
        return Err(value_error(format!("{} is not in deque", p::repr_string(vm, &a[1])?)));
    };
    let old = dq(&a[0])?.mutate(|d| d.remove(i));
    drop(old);
    Ok(none())
}
fn m_insert(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() != 3 {
        return Err(type_error(format!("insert() takes exactly 2 arguments ({} given)", a.len() - 1)));
    }
    let i = int::index_i64(&a[1])?;
    let q = dq(&a[0])?;
    q.mutate(|d| {
        if q.maxlen().is_some_and(|m| d.len() >= m) {
            return Err(index_error("deque already at its maximum size"));
        }
        let len = d.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
        d.insert(at, a[2].clone());
        Ok(())
    })?;
    Ok(none())
}

fn index_of(d: &VecDeque<PyRef>, i: &PyRef) -> PyResult<usize> {
    let i = int::index_i64(i).map_err(|_| type_error(format!("sequence index must be integer, not '{}'", types::type_name(i.class()))))?;
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}
fn m_getitem(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__getitem__", &a[1..], 1, 1)?;
    let d = dq(&a[0])?.items.lock();
    let j = index_of(&d, &a[1])?;
    Ok(d[j].clone())
}
fn m_setitem(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__setitem__", &a[1..], 2, 2)?;
    let old = dq(&a[0])?.mutate(|d| -> PyResult<PyRef> {
        let j = index_of(d, &a[1])?;
        Ok(std::mem::replace(&mut d[j], a[2].clone()))
    })?;
    drop(old);
    Ok(none())
}
fn m_delitem(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__delitem__", &a[1..], 1, 1)?;
    let old = dq(&a[0])?.mutate(|d| -> PyResult<Option<PyRef>> {
        let j = index_of(d, &a[1])?;
        Ok(d.remove(j))
    })?;
    drop(old);
    Ok(none())
}
fn m_len(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() != 1 {
        return Err(type_error(format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    Ok(int::new_int(dq(&a[0])?.items.lock().len() as i64))
}
fn m_bool(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(!dq(&a[0])?.items.lock().is_empty()))
}
fn m_contains(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__contains__", &a[1..], 1, 1)?;
    Ok(bool_obj(position(vm, &a[0], &a[1], 0, usize::MAX)?.is_some()))
}
fn m_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() != 1 {
        return Err(type_error(format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    let q = dq(&a[0])?;
    let name = types::type_name(a[0].class()).to_string();
    let s = p::repr_guard(&a[0], "[...]", || {
        let items = q.snapshot();
        let mut parts = Vec::with_capacity(items.len());
        for x in &items {
            parts.push(p::repr_string(vm, x)?);
        }
        Ok(format!("[{}]", parts.join(", ")))
    })?;
    if s == "[...]" {
        return Ok(pystr::new_str("[...]"));
    }
    Ok(pystr::new_string(match q.maxlen() {
        Some(m) => format!("{name}({s}, maxlen={m})"),
        None => format!("{name}({s})"),
    }))
}
fn m_iter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    iter_of(&a[0], false)
}
fn m_reversed(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    iter_of(&a[0], true)
}
fn iter_of(o: &PyRef, reverse: bool) -> PyResult {
    let q = dq(o)?;
    let ty = iter_type(reverse);
    let len = q.items.lock().len();
    Ok(PyRef::new(&ty, Payload::Native(Box::new(DequeIter { deque: o.clone(), pos: Mutex::new(0), state: q.state.load(Ordering::Relaxed), len, reverse }))))
}
fn it_next(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let it = native::<DequeIter>(&a[0]).ok_or_else(|| type_error("expected a deque iterator"))?;
    let q = dq(&it.deque)?;
    let d = q.items.lock();
    if q.state.load(Ordering::Relaxed) != it.state || d.len() != it.len {
        return Err(runtime_error("deque mutated during iteration"));
    }
    let mut pos = it.pos.lock();
    if *pos >= d.len() {
        return Err(stop_iteration(None));
    }
    let i = if it.reverse { d.len() - 1 - *pos } else { *pos };
    *pos += 1;
    Ok(d[i].clone())
}
fn it_iter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(a[0].clone())
}
fn it_len(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let it = native::<DequeIter>(&a[0]).ok_or_else(|| type_error("expected a deque iterator"))?;
    Ok(int::new_int(it.len.saturating_sub(*it.pos.lock()) as i64))
}

fn iter_type(reverse: bool) -> PyRef {
    static T: std::sync::OnceLock<PyRef> = std::sync::OnceLock::new();
    static R: std::sync::OnceLock<PyRef> = std::sync::OnceLock::new();
    let (cell, name) = if reverse { (&R, "_deque_reverse_iterator") } else { (&T, "_deque_iterator") };
    cell.get_or_init(|| {
        let t = new_native_type(name, "_collections");
        for (n, f) in [("__next__", it_next as NativeFn), ("__iter__", it_iter), ("__length_hint__", it_len)] {
            add_method(&t, n, f);
        }
        t
    })
    .clone()
}

fn compare(vm: &mut dyn Vm, a: &[PyRef], op: CmpOp) -> PyResult {
    check_args("compare", &a[1..], 1, 1)?;
    let (Some(x), Some(y)) = (native::<Deque>(&a[0]), native::<Deque>(&a[1])) else { return Ok(not_impl()) };
    let (xs, ys) = (list::new_list(x.snapshot()), list::new_list(y.snapshot()));
    p::richcompare(vm, &xs, &ys, op)
}
fn m_eq(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    compare(vm, a, CmpOp::Eq)
}
fn m_ne(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    compare(vm, a, CmpOp::Ne)
}
fn m_lt(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    compare(vm, a, CmpOp::Lt)
}
fn m_le(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    compare(vm, a, CmpOp::Le)
}
fn m_gt(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    compare(vm, a, CmpOp::Gt)
}
fn m_ge(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    compare(vm, a, CmpOp::Ge)
}
fn m_add(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__add__", &a[1..], 1, 1)?;
    let (Some(x), Some(y)) = (native::<Deque>(&a[0]), native::<Deque>(&a[1])) else {
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", types::type_name(a[1].class()))));
    };
    let mut items: VecDeque<PyRef> = x.snapshot().into();
    items.extend(y.snapshot());
    if let Some(m) = x.maxlen() {
        while items.len() > m {
            items.pop_front();
        }
    }
    let ty = deque_type(vm);
    Ok(new_deque(&ty, items, x.maxlen()))
}
fn m_iadd(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    m_extend(vm, a, kw)?;
    Ok(a[0].clone())
}
fn m_mul(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__mul__", &a[1..], 1, 1)?;
    let x = dq(&a[0])?;
    let n = int::index_i64(&a[1])?.max(0) as usize;
    let snap = x.snapshot();
    let total = snap.len().checked_mul(n);
    // Only the last `maxlen` items of the repetition survive.
    let keep = match (x.maxlen(), total) {
        (Some(m), Some(t)) => t.min(m),
        (Some(m), None) => m,
        (None, Some(t)) if t <= (1 << 31) => t,
        (None, _) => return Err(PyErr(weft_objects::exceptions::new_exc(&types::exc_type("MemoryError"), vec![]))),
    };
    let mut items = VecDeque::with_capacity(keep);
    if !snap.is_empty() {
        // Item i of the kept tail is item (total - keep + i) of the repetition.
        let start = match total {
            Some(t) => (t - keep) % snap.len(),
            None => (snap.len() - keep % snap.len()) % snap.len(),
        };
        for i in 0..keep {
            items.push_back(snap[(start + i) % snap.len()].clone());
        }
    }
    let ty = deque_type(vm);
    Ok(new_deque(&ty, items, x.maxlen()))
}
fn m_maxlen(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(match dq(&a[0])?.maxlen() {
        Some(m) => int::new_int(m as i64),
        None => none(),
    })
}
fn m_class_getitem(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__class_getitem__", &a[1..], 1, 1)?;
    Ok(weft_objects::generic_alias::new_alias(a[0].clone(), a[1].clone()))
}

/// Build the `_collections` module (holding `deque`).
pub fn init(vm: &mut dyn Vm) -> PyRef {
    let m = new_module("_collections");
    let d = p::instance_dict(&m).unwrap().clone();
    let t = new_native_type("deque", "collections");
    for (n, f) in [
        ("__init__", m_init as NativeFn),
        ("append", m_append),
        ("appendleft", m_appendleft),
        ("pop", m_pop),
        ("popleft", m_popleft),
        ("extend", m_extend),
        ("extendleft", m_extendleft),
        ("clear", m_clear),
        ("rotate", m_rotate),
        ("reverse", m_reverse),
        ("copy", m_copy),
        ("__copy__", m_copy),
        ("__reduce__", m_reduce),
        ("count", m_count),
        ("index", m_index),
        ("remove", m_remove),
        ("insert", m_insert),
        ("__getitem__", m_getitem),
        ("__setitem__", m_setitem),
        ("__delitem__", m_delitem),
        ("__len__", m_len),
        ("__bool__", m_bool),
        ("__contains__", m_contains),
        ("__repr__", m_repr),
        ("__iter__", m_iter),
        ("__reversed__", m_reversed),
        ("__eq__", m_eq),
        ("__ne__", m_ne),
        ("__lt__", m_lt),
        ("__le__", m_le),
        ("__gt__", m_gt),
        ("__ge__", m_ge),
        ("__add__", m_add),
        ("__iadd__", m_iadd),
        ("__mul__", m_mul),
        ("__rmul__", m_mul),
    ] {
        add_method(&t, n, f);
    }
    weft_objects::types::add_attr(&t, "__hash__", none());
    let maxlen = weft_objects::function::new_builtin("maxlen", "deque", m_maxlen, None);
    weft_objects::types::add_attr(&t, "maxlen", PyRef::new(&types::types().property, Payload::Property(Box::new([maxlen, none(), none(), none()]))));
    weft_objects::types::add_classmethod(&t, "__class_getitem__", m_class_getitem);
    weft_objects::types::add_attr(&t, "__new__", weft_objects::function::new_builtin("__new__", "deque", d_new, None));
    weft_objects::types::make_wrappable(&t);
    ts(vm).interp.set_extra("deque_type", t.clone());
    weft_objects::dict::set_str(&d, "deque", t);
    m
}
