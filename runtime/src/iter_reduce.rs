//! `__reduce__` and `__setstate__` of the built-in iterators, so that
//! pickle and copy can save an iterator part-way through as CPython's do:
//! sequence iterators reduce to `(iter, (seq,), index)`, reverse ones to
//! `(reversed, (seq,), index)`, hash-table iterators to `(iter, (list of
//! what is left,))`, and enumerate/zip/map/filter to their constructor
//! and arguments. They live here, not in `objects`, because the
//! reductions name the `iter` builtin.

use std::sync::atomic::Ordering;

use weft_eval::state::ts;
use weft_objects::payload::{IterData, IterKind, Payload};
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{dict, int, list, tuple, types, PyRef};

fn iter_data(o: &PyRef) -> PyResult<&IterData> {
    match &o.payload {
        Payload::Iter(d) => Ok(d),
        _ => Err(type_error(format!("descriptor requires an iterator, not '{}'", types::type_name(o.class())))),
    }
}

/// The `iter` builtin the reductions name.
fn builtin_iter(vm: &mut dyn Vm) -> PyResult {
    dict::get_str(&ts(vm).interp.builtins, "iter").ok_or_else(|| runtime_error("lost builtins.iter"))
}

/// `(iter, (empty,))`: what an exhausted iterator reduces to.
fn exhausted(vm: &mut dyn Vm, empty: PyRef) -> PyResult {
    Ok(tuple::new_tuple(vec![builtin_iter(vm)?, tuple::new_tuple(vec![empty])]))
}

/// What CPython's exhausted iterators name: `[]` for lists, `''` for
/// str, `()` for everything else.
fn empty_like(seq: &PyRef) -> PyRef {
    match &seq.payload {
        Payload::List(_) => list::new_list(Vec::new()),
        Payload::Str(_) => weft_objects::str::new_str(""),
        _ => tuple::new_tuple(Vec::new()),
    }
}

/// The items an iterator has left, without advancing it (a copy is
/// advanced instead for hash tables, whose position is a slot number).
fn remaining(vm: &mut dyn Vm, it: &PyRef) -> PyResult<Vec<PyRef>> {
    let d = iter_data(it)?;
    let pos = d.pos.load(Ordering::Relaxed);
    if pos < 0 {
        return Ok(Vec::new());
    }
    let copy = match &d.kind {
        IterKind::Dict(dct, kind) => IterKind::Dict(dct.clone(), *kind),
        IterKind::Set(s) => IterKind::Set(s.clone()),
        IterKind::Reversed(s) => IterKind::Reversed(s.clone()),
        _ => return Err(type_error(format!("cannot reduce '{}' object", types::type_name(it.class())))),
    };
    let probe = p::make_iter(it.class(), copy, d.aux.load(Ordering::Relaxed) as i64);
    if let Payload::Iter(pd) = &probe.payload {
        pd.pos.store(pos, Ordering::Relaxed);
    }
    let mut out = Vec::new();
    while let Some(v) = p::next(vm, &probe)? {
        out.push(v);
    }
    Ok(out)
}

/// `it.__reduce__()` for every built-in iterator kind.
fn m_reduce(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__reduce__", &a[1..], 0, 0)?;
    let it = &a[0];
    let d = iter_data(it)?;
    let t = types::types();
    let pos = d.pos.load(Ordering::Relaxed);
    let done = pos < 0;
    let idx = |i: isize| int::new_int(i as i64);
    match &d.kind {
        IterKind::Seq(seq) | IterKind::GetItem(seq) => {
            if done {
                return exhausted(vm, empty_like(seq));
            }
            Ok(tuple::new_tuple(vec![builtin_iter(vm)?, tuple::new_tuple(vec![seq.clone()]), idx(pos)]))
        }
        IterKind::Reversed(seq) if it.class().is(&t.list_reverseiterator) || it.class().is(&t.reversed) => {
            if done {
                return exhausted(vm, empty_like(seq));
            }
            let n = p::len(vm, seq)? as isize;
            Ok(tuple::new_tuple(vec![t.reversed.clone(), tuple::new_tuple(vec![seq.clone()]), idx(n - 1 - pos)]))
        }
        IterKind::Reversed(_) | IterKind::Dict(..) | IterKind::Set(_) => {
            let left = remaining(vm, it)?;
            exhausted(vm, list::new_list(left))
        }
        IterKind::Callable(f, sentinel) => {
            if done {
                return exhausted(vm, tuple::new_tuple(Vec::new()));
            }
            Ok(tuple::new_tuple(vec![builtin_iter(vm)?, tuple::new_tuple(vec![f.clone(), sentinel.clone()])]))
        }
        IterKind::Enumerate(inner) => {
            let count = int::new_int(d.aux.load(Ordering::Relaxed));
            Ok(tuple::new_tuple(vec![t.enumerate.clone(), tuple::new_tuple(vec![inner.clone(), count])]))
        }
        IterKind::Zip(its, strict) => {
            let mut r = vec![t.zip.clone(), tuple::new_tuple(its.to_vec())];
            if *strict || d.aux.load(Ordering::Relaxed) != 0 {
                r.push(bool_obj(true));
            }
            Ok(tuple::new_tuple(r))
        }
        IterKind::Map(f, its) => {
            let mut args = vec![f.clone()];
            args.extend(its.iter().cloned());
            Ok(tuple::new_tuple(vec![t.map.clone(), tuple::new_tuple(args)]))
        }
        IterKind::Filter(f, inner) => Ok(tuple::new_tuple(vec![t.filter.clone(), tuple::new_tuple(vec![f.clone(), inner.clone()])])),
        IterKind::Range { .. } => Err(not_implemented("pickling a range iterator is not supported yet")),
    }
}

/// `it.__setstate__(index)` of sequence and reverse-sequence iterators:
/// the position to go on from, clamped to the sequence as CPython does.
fn m_setstate(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__setstate__", &a[1..], 1, 1)?;
    let d = iter_data(&a[0])?;
    if let IterKind::Zip(..) = &d.kind {
        d.aux.store(p::truthy(vm, &a[1])? as i64, Ordering::Relaxed);
        return Ok(none());
    }
    let index = int::index_i64(&a[1])?;
    if d.pos.load(Ordering::Relaxed) < 0 {
        return Ok(none());
    }
    match &d.kind {
        IterKind::Seq(seq) | IterKind::GetItem(seq) => {
            let n = match &d.kind {
                IterKind::Seq(_) => p::len(vm, seq)? as i64,
                _ => i64::MAX,
            };
            d.pos.store(index.clamp(0, n) as isize, Ordering::Relaxed);
        }
        IterKind::Reversed(seq) => {
            let n = p::len(vm, seq)? as i64;
            let index = index.clamp(-1, n - 1);
            d.pos.store((n - 1 - index) as isize, Ordering::Relaxed);
        }
        _ => return Err(type_error(format!("'{}' object has no state to set", types::type_name(a[0].class())))),
    }
    Ok(none())
}

/// Install `__reduce__` on every built-in iterator type and
/// `__setstate__` on the positional ones.
pub fn install() {
    let t = types::types();
    for ty in [
        &t.list_iterator, &t.tuple_iterator, &t.str_iterator, &t.bytes_iterator, &t.bytearray_iterator, &t.reversed, &t.list_reverseiterator,
        &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator, &t.dict_reversekeyiterator, &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator, &t.set_iterator, &t.iterator, &t.callable_iterator, &t.enumerate, &t.zip, &t.map, &t.filter,
        &t.range_iterator, &t.longrange_iterator,
    ] {
        types::add_method(ty, "__reduce__", m_reduce);
    }
    for ty in [&t.list_iterator, &t.tuple_iterator, &t.str_iterator, &t.bytes_iterator, &t.bytearray_iterator, &t.reversed, &t.list_reverseiterator, &t.iterator, &t.zip] {
        types::add_method(ty, "__setstate__", m_setstate);
    }
}
