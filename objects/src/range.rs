//! `range` and `slice` objects and index arithmetic shared by sequences.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::types;
use crate::vm::{check_args, value_error, KwArgs, PyResult, Vm};

/// A new range (arguments already validated as ints).
pub fn new_range(start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
    PyRef::new(&types().range, Payload::Range(Box::new([start, stop, step])))
}

/// (start, stop, step) as machine ints, when they fit.
pub fn range_i64(r: &PyRef) -> Option<(i64, i64, i64)> {
    match &r.payload {
        Payload::Range(b) => match (&b[0].payload, &b[1].payload, &b[2].payload) {
            (Payload::Int(a), Payload::Int(b), Payload::Int(c)) => Some((*a, *b, *c)),
            _ => None,
        },
        _ => None,
    }
}

/// Number of items of range(start, stop, step).
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// (start, stop, step) as big ints (any range).
pub fn range_big(r: &PyRef) -> (num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt) {
    let Payload::Range(b) = &r.payload else { panic!("not a range") };
    let big = |o: &PyRef| crate::int::to_bigint(o).unwrap_or_default();
    (big(&b[0]), big(&b[1]), big(&b[2]))
}

/// Number of items of a range of big ints.
pub fn range_len_big(start: &num_bigint::BigInt, stop: &num_bigint::BigInt, step: &num_bigint::BigInt) -> num_bigint::BigInt {
    use num_bigint::BigInt;
    let zero = BigInt::from(0);
    if *step > zero && start < stop {
        (stop - start - 1) / step + 1
    } else if *step < zero && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        zero
    }
}

/// `r[i]` for an int index on any range (IndexError when out of range).
pub fn range_item_big(r: &PyRef, i: &num_bigint::BigInt) -> PyResult {
    let (a, b, c) = range_big(r);
    let n = range_len_big(&a, &b, &c);
    let i = if i.sign() == num_bigint::Sign::Minus { i + &n } else { i.clone() };
    if i.sign() == num_bigint::Sign::Minus || i >= n {
        return Err(crate::vm::index_error("range object index out of range"));
    }
    Ok(crate::int::from_bigint(a + i * c))
}

/// Whether the int `v` is an element of range `r` (any size).
pub fn range_contains_big(r: &PyRef, v: &num_bigint::BigInt) -> bool {
    let (a, b, c) = range_big(r);
    let zero = num_bigint::BigInt::from(0);
    let inside = if c > zero { *v >= a && *v < b } else { *v <= a && *v > b };
    inside && ((v - &a) % &c) == zero
}

/// `hash(range)`: CPython hashes `(len, start, step)`, with start and step
/// replaced by None where they do not matter (empty or one-item ranges).
pub fn range_hash_key(r: &PyRef) -> PyRef {
    let Payload::Range(p) = &r.payload else { panic!("not a range") };
    let (a, b, c) = range_big(r);
    let n = range_len_big(&a, &b, &c);
    let none = crate::vm::none;
    let parts = if n == num_bigint::BigInt::from(0) {
        vec![crate::int::new_int(0), none(), none()]
    } else if n == num_bigint::BigInt::from(1) {
        vec![crate::int::new_int(1), p[0].clone(), none()]
    } else {
        vec![crate::int::from_bigint(n), p[0].clone(), p[2].clone()]
    };
    crate::tuple::new_tuple(parts)
}

/// A new slice.
pub fn new_slice(start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
    PyRef::new(&types().slice, Payload::Slice(Box::new([start, stop, step])))
}

/// Resolve a slice against a sequence length: (start, stop, step, count).
pub fn slice_indices(vm: &mut dyn Vm, sl: &PyRef, len: i64) -> PyResult<(i64, i64, i64, usize)> {
    let Payload::Slice(p) = &sl.payload else { unreachable!() };
    let get = |vm: &mut dyn Vm, o: &PyRef| -> PyResult<Option<i64>> {
        if crate::vm::is_none(o) {
            Ok(None)
        } else {
            match &o.payload {
                Payload::Int(i) => Ok(Some(*i)),
                Payload::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 })),
                _ => crate::protocol::index(vm, o).map(|v| Some(crate::int::index_i64(&v).unwrap_or(i64::MAX / 2))).map_err(|_| {
                    crate::vm::type_error("slice indices must be integers or None or have an __index__ method")
                }),
            }
        }
    };
    let step = get(vm, &p[2])?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, d: i64| -> i64 {
        match v {
            None => d,
            Some(v) if v < 0 => (v + len).max(lo),
            Some(v) => v.min(hi),
        }
    };
    let start = clamp(get(vm, &p[0])?, if step < 0 { hi } else { lo });
    let stop = clamp(get(vm, &p[1])?, if step < 0 { lo } else { hi });
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, n))
}

fn m_count(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("range.count", &a[1..], 1, 1)?;
    Ok(crate::int::new_int(crate::protocol::contains(vm, &a[0], &a[1])? as i64))
}
fn m_index(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("range.index", &a[1..], 1, 1)?;
    if let Some(v) = matches!(a[1].payload, Payload::Int(_) | Payload::BigInt(_)).then(|| crate::int::to_bigint(&a[1])).flatten() {
        if range_contains_big(&a[0], &v) {
            let (s, _, st) = range_big(&a[0]);
            return Ok(crate::int::from_bigint((v - s) / st));
        }
        return Err(value_error(format!("{} is not in range", crate::protocol::repr_string(vm, &a[1])?)));
    }
    // Other objects are searched by equality, as any sequence.
    let it = crate::protocol::iter(vm, &a[0])?;
    let mut i = 0i64;
    while let Some(x) = crate::protocol::next(vm, &it)? {
        if crate::protocol::eq(vm, &x, &a[1])? {
            return Ok(crate::int::new_int(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}
/// `range.__reduce__()`: `(range, (start, stop, step))`.
fn m_reduce(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let Payload::Range(p) = &a[0].payload else { unreachable!("receiver checked") };
    Ok(crate::tuple::new_tuple(vec![types().range.clone(), crate::tuple::new_tuple(p.to_vec())]))
}
fn m_slice_indices(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("indices", &a[1..], 1, 1)?;
    let n = crate::int::index_i64(&a[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (s, e, st, _) = slice_indices(vm, &a[0], n)?;
    Ok(crate::tuple::new_tuple(vec![crate::int::new_int(s), crate::int::new_int(e), crate::int::new_int(st)]))
}

/// Install the methods of `range` and `slice`.
pub fn register() {
    crate::types::add_method(&types().range, "count", m_count);
    crate::types::add_method(&types().range, "index", m_index);
    crate::types::add_method(&types().range, "__reduce__", m_reduce);
    crate::types::add_method(&types().slice, "indices", m_slice_indices);
}
