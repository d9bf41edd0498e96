//! `tuple`: an immutable array of references.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::{s, types};
use crate::vm::{check_args, value_error, KwArgs, PyResult, Vm};

/// A new tuple.
pub fn new_tuple(items: Vec<PyRef>) -> PyRef {
    if items.is_empty() {
        return s().empty_tuple.clone();
    }
    PyRef::new(&types().tuple, Payload::Tuple(items.into_boxed_slice()))
}

/// The items of a tuple.
#[inline]
pub fn as_slice(o: &PyRef) -> Option<&[PyRef]> {
    match &crate::subclass::native(o).payload {
        Payload::Tuple(t) => Some(t),
        _ => None,
    }
}

/// CPython's tuple hash (xxHash-based, 3.8+).
pub fn hash_items(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc as i64 == -1 {
        return 1546275796;
    }
    acc as i64
}

fn m_index(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("index", &a[1..], 1, 3)?;
    let items = as_slice(&a[0]).unwrap();
    let n = items.len() as i64;
    let mut norm = |o: Option<&PyRef>, d: i64| -> PyResult<i64> {
        match o {
            None => Ok(d),
            Some(o) => {
                let v = crate::list::slice_index_arg(vm, o)?;
                Ok(if v < 0 { v.saturating_add(n).max(0) } else { v.min(n) })
            }
        }
    };
    let (st, en) = (norm(a.get(2), 0)?, norm(a.get(3), n)?);
    for i in st..en {
        if crate::protocol::eq(vm, &items[i as usize], &a[1])? {
            return Ok(crate::int::new_int(i));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}
fn m_count(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("tuple.count", &a[1..], 1, 1)?;
    let mut n = 0;
    for it in as_slice(&a[0]).unwrap() {
        if crate::protocol::eq(vm, it, &a[1])? {
            n += 1;
        }
    }
    Ok(crate::int::new_int(n))
}

/// Install the methods of `tuple`.
pub fn register() {
    let t = &types().tuple;
    crate::types::add_method(t, "index", m_index);
    crate::types::add_method(t, "count", m_count);
}
