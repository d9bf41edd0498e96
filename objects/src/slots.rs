//! Dunder methods of built-in types (`int.__add__`, `list.__len__`, ...),
//! as callable wrappers around the native operations, so Python code can
//! call them explicitly and `super()` can reach them.

use crate::object::PyRef;
use crate::protocol::{self as p, BinOp, CmpOp, UnaryOp};
use crate::types::{add_method, types};
use crate::vm::*;

fn arity(name: &str, a: &[PyRef], n: usize) -> PyResult<()> {
    if a.len() != n + 1 {
        let what = if n == 0 { "no arguments".to_string() } else if n == 1 { "exactly one argument".to_string() } else { format!("{n} arguments") };
        return Err(type_error(format!("{name}() takes {what} ({} given)", a.len() - 1)));
    }
    Ok(())
}

/// Whether a numeric dunder of `slf`'s type must answer NotImplemented for
/// `other` (CPython: `int.__add__(1.0)` and `float.__eq__(1j)` do; the
/// operator machinery then tries the other operand).
fn foreign_operand(slf: &PyRef, other: &PyRef) -> bool {
    use crate::Payload::*;
    let (s, o) = (crate::subclass::native(slf), crate::subclass::native(other));
    match (&s.payload, &o.payload) {
        (Int(_) | BigInt(_), Int(_) | BigInt(_)) => false,
        (Int(_) | BigInt(_), _) => true,
        (Float(_), Int(_) | BigInt(_) | Float(_)) => false,
        (Float(_), _) => true,
        _ => false,
    }
}

macro_rules! binary {
    ($($fname:ident, $rname:ident => $op:expr, $dn:literal, $rdn:literal;)*) => {
        $(
        fn $fname(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
            arity($dn, a, 1)?;
            if foreign_operand(&a[0], &a[1]) {
                return Ok(not_impl());
            }
            p::native_binary(vm, &a[0], &a[1], $op)
        }
        fn $rname(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
            arity($rdn, a, 1)?;
            if foreign_operand(&a[0], &a[1]) {
                return Ok(not_impl());
            }
            p::native_binary(vm, &a[1], &a[0], $op)
        }
        )*
        const BINARY: &[(&str, &str, NativeFn, NativeFn)] = &[$(($dn, $rdn, $fname, $rname)),*];
    };
}

binary! {
    d_add, d_radd => BinOp::Add, "__add__", "__radd__";
    d_sub, d_rsub => BinOp::Sub, "__sub__", "__rsub__";
    d_mul, d_rmul => BinOp::Mul, "__mul__", "__rmul__";
    d_truediv, d_rtruediv => BinOp::TrueDiv, "__truediv__", "__rtruediv__";
    d_floordiv, d_rfloordiv => BinOp::FloorDiv, "__floordiv__", "__rfloordiv__";
    d_mod, d_rmod => BinOp::Mod, "__mod__", "__rmod__";
    d_pow, d_rpow => BinOp::Pow, "__pow__", "__rpow__";
    d_lshift, d_rlshift => BinOp::LShift, "__lshift__", "__rlshift__";
    d_rshift, d_rrshift => BinOp::RShift, "__rshift__", "__rrshift__";
    d_and, d_rand => BinOp::And, "__and__", "__rand__";
    d_or, d_ror => BinOp::Or, "__or__", "__ror__";
    d_xor, d_rxor => BinOp::Xor, "__xor__", "__rxor__";
}

macro_rules! compare {
    ($($fname:ident => $op:expr, $dn:literal;)*) => {
        $(
        fn $fname(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
            arity($dn, a, 1)?;
            if foreign_operand(&a[0], &a[1]) {
                return Ok(not_impl());
            }
            Ok(p::native_compare(vm, &a[0], &a[1], $op)?.unwrap_or_else(not_impl))
        }
        )*
        const COMPARE: &[(&str, NativeFn)] = &[$(($dn, $fname)),*];
    };
}

compare! {
    d_lt => CmpOp::Lt, "__lt__";
    d_le => CmpOp::Le, "__le__";
    d_eq => CmpOp::Eq, "__eq__";
    d_ne => CmpOp::Ne, "__ne__";
    d_gt => CmpOp::Gt, "__gt__";
    d_ge => CmpOp::Ge, "__ge__";
}

macro_rules! inplace {
    ($($fname:ident => $op:expr, $dn:literal;)*) => {
        $(
        fn $fname(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
            arity($dn, a, 1)?;
            Ok(p::native_inplace(vm, &a[0], &a[1], $op)?.unwrap_or_else(not_impl))
        }
        )*
    };
}

inplace! {
    d_iadd => BinOp::Add, "__iadd__";
    d_imul => BinOp::Mul, "__imul__";
    d_ior => BinOp::Or, "__ior__";
    d_iand => BinOp::And, "__iand__";
    d_isub => BinOp::Sub, "__isub__";
    d_ixor => BinOp::Xor, "__ixor__";
}

fn d_reversed(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__reversed__", a, 0)?;
    crate::construct::native_reversed(&a[0])
}

fn d_truth(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__bool__", a, 0)?;
    Ok(bool_obj(p::truthy(vm, &a[0])?))
}

fn d_bytes(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__bytes__", a, 0)?;
    let o = crate::subclass::native(&a[0]);
    if a[0].class().is(&types().bytes) {
        return Ok(a[0].clone());
    }
    Ok(crate::bytes::new_bytes(crate::bytes::as_bytes_vec(o).unwrap_or_default()))
}

fn d_len(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__len__", a, 0)?;
    let o = &a[0];
    let n = match &o.payload {
        crate::Payload::List(_) => crate::list::len(o),
        crate::Payload::Dict(..) => crate::dict::len(o),
        _ => p::len(vm, o)?,
    };
    Ok(crate::int::new_int(n as i64))
}
fn d_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__repr__", a, 0)?;
    if let Some(s) = p::repr_native(&a[0]) {
        return Ok(crate::str::new_string(s));
    }
    vm.enter_recursion(" while getting the repr of an object")?;
    let r = crate::attrs::builtin_repr(vm, &a[0]);
    vm.leave_recursion();
    r.map(crate::str::new_string)
}
fn d_str(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__str__", a, 0)?;
    if let crate::Payload::Str(s) = &a[0].payload {
        return Ok(crate::str::new_str(s.as_str()));
    }
    d_repr(vm, a, &[])
}
fn d_hash(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__hash__", a, 0)?;
    Ok(crate::int::new_int(p::hash(vm, &a[0])?))
}
fn d_bool(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__bool__", a, 0)?;
    Ok(bool_obj(p::truthy(vm, &a[0])?))
}
fn d_iter(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__iter__", a, 0)?;
    p::iter_builtin(vm, &a[0])
}
fn d_next(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__next__", a, 0)?;
    p::next(vm, &a[0])?.ok_or_else(|| stop_iteration(None))
}
fn d_getitem(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__getitem__", a, 1)?;
    p::getitem_builtin(vm, &a[0], &a[1])
}
fn d_setitem(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__setitem__", a, 2)?;
    p::setitem_builtin(vm, &a[0], &a[1], Some(a[2].clone()))?;
    Ok(none())
}
fn d_delitem(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__delitem__", a, 1)?;
    p::setitem_builtin(vm, &a[0], &a[1], None)?;
    Ok(none())
}
fn d_contains(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__contains__", a, 1)?;
    Ok(bool_obj(p::contains_builtin(vm, &a[0], &a[1])?))
}
fn d_neg(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__neg__", a, 0)?;
    p::unary_op(vm, &a[0], UnaryOp::Neg)
}
fn d_pos(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__pos__", a, 0)?;
    p::unary_op(vm, &a[0], UnaryOp::Pos)
}
fn d_invert(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__invert__", a, 0)?;
    p::unary_op(vm, &a[0], UnaryOp::Invert)
}
fn d_index(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__index__", a, 0)?;
    let r = p::index(vm, &a[0])?;
    // An exact int, as CPython's int.__index__ copies bools and subclasses.
    if r.class().is(&types().int) {
        return Ok(r);
    }
    Ok(match crate::int::to_bigint(&r) {
        Some(b) => crate::int::from_bigint(b),
        None => r,
    })
}
fn d_int(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__int__", a, 0)?;
    crate::construct::type_call(vm, &types().int, &a[..1], &[])
}
fn d_float(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__float__", a, 0)?;
    crate::construct::type_call(vm, &types().float, &a[..1], &[])
}
fn d_format(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__format__", a, 1)?;
    let spec = crate::str::as_str(&a[1]).ok_or_else(|| type_error("format spec must be a str"))?;
    if let crate::Payload::Subclass(d) = &a[0].payload {
        // CPython: an empty spec formats a subclass instance as str(self).
        if spec.is_empty() {
            return p::str_(vm, &a[0]);
        }
        return Ok(crate::str::new_string(crate::format::format_value_inner(vm, &d.value, spec).map_err(|e| crate::format::name_spec_error(e, spec, &a[0]))?));
    }
    if !crate::types::type_data(a[0].class()).builtin {
        // An instance of a subclass of list, dict, ...: its built-in value.
        if spec.is_empty() {
            return p::str_(vm, &a[0]);
        }
        return Ok(crate::str::new_string(crate::format::format_value_dispatch(vm, &a[0], spec, false)?));
    }
    Ok(crate::str::new_string(crate::format::format_value(vm, &a[0], spec)?))
}

/// How many live slots a hash-table walk still visits from `at` (`next`
/// gives the position after the next live slot).
fn count_from(mut at: usize, next: impl Fn(usize) -> Option<usize>) -> i64 {
    let mut n = 0;
    while let Some(np) = next(at) {
        at = np;
        n += 1;
    }
    n
}

/// `it.__length_hint__()` of sequence and range iterators: items left.
fn d_length_hint(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    arity("__length_hint__", a, 0)?;
    let crate::Payload::Iter(d) = &a[0].payload else { return Ok(not_impl()) };
    let pos = d.pos.load(std::sync::atomic::Ordering::Relaxed);
    if pos < 0 {
        return Ok(crate::int::new_int(0));
    }
    let left = match &d.kind {
        crate::payload::IterKind::Seq(s) | crate::payload::IterKind::Reversed(s) => p::len(vm, s)? as i64 - pos as i64,
        crate::payload::IterKind::Range { len, .. } => len - pos as i64,
        // The sequence-protocol iterator: remaining items by the
        // sequence's own __len__, NotImplemented without one.
        crate::payload::IterKind::GetItem(s) => {
            if crate::protocol::special(s, "__len__").is_none() {
                return Ok(not_impl());
            }
            p::len(vm, s)? as i64 - pos as i64
        }
        crate::payload::IterKind::Dict(dict, _) => {
            let n0 = d.aux.load(std::sync::atomic::Ordering::Relaxed);
            crate::dict::with(dict, |dd| if dd.len() as i64 != n0 { 0 } else { count_from(pos as usize, |at| dd.next_from(at).map(|(np, _)| np)) })
        }
        crate::payload::IterKind::Set(set) => {
            let n0 = d.aux.load(std::sync::atomic::Ordering::Relaxed);
            crate::set::read(set, |sd| if sd.len() as i64 != n0 { 0 } else { count_from(pos as usize, |at| sd.next_from(at).map(|(np, _)| np)) })
        }
        _ => return Ok(not_impl()),
    };
    Ok(crate::int::new_int(left.max(0)))
}

fn d_call(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if a.is_empty() {
        return Err(type_error("descriptor '__call__' needs an argument"));
    }
    p::call(vm, &a[0], &a[1..], kw)
}

/// Install the dunder wrappers on the built-in types.
pub fn register() {
    let t = types();
    for ty in [&t.function, &t.builtin_function, &t.method] {
        add_method(ty, "__call__", d_call);
    }
    // Unhashable built-ins say so in their dicts (collections.abc.Hashable
    // and subclasses rely on it).
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray, &t.dict_keys, &t.dict_items] {
        crate::dict::set_str(&crate::types::type_data(ty).dict, "__hash__", none());
    }
    let common: &[(&str, NativeFn)] = &[("__repr__", d_repr), ("__format__", d_format)];
    let numeric = [&t.int, &t.float, &t.complex, &t.bool_];
    let seqs = [&t.str, &t.list, &t.tuple, &t.bytes, &t.bytearray];
    let all = [
        &t.int, &t.float, &t.complex, &t.bool_, &t.str, &t.list, &t.tuple, &t.bytes, &t.bytearray, &t.dict, &t.set, &t.frozenset, &t.range,
    ];
    for ty in all {
        // int, float, complex and bool inherit object.__str__ (so str() of a
        // subclass with its own __repr__ uses it), as in CPython.
        if !numeric.iter().any(|n| ty.is(n)) {
            add_method(ty, "__str__", d_str);
        }
        for (n, f) in common {
            add_method(ty, n, *f);
        }
        for (n, f) in COMPARE {
            add_method(ty, n, *f);
        }
    }
    for ty in numeric {
        // float has no bitwise operators; complex has neither those nor
        // floor division, modulo, or conversion to int and float.
        let is_float = ty.is(&t.float);
        let is_complex = ty.is(&t.complex);
        for (n, rn, f, rf) in BINARY {
            let bitwise = matches!(*n, "__lshift__" | "__rshift__" | "__and__" | "__or__" | "__xor__");
            let floor = matches!(*n, "__floordiv__" | "__mod__");
            if (is_float || is_complex) && bitwise || is_complex && floor {
                continue;
            }
            add_method(ty, n, *f);
            add_method(ty, rn, *rf);
        }
        for (n, f) in [("__neg__", d_neg as NativeFn), ("__pos__", d_pos), ("__hash__", d_hash), ("__bool__", d_bool), ("__int__", d_int), ("__float__", d_float)] {
            if is_complex && matches!(n, "__int__" | "__float__") {
                continue;
            }
            add_method(ty, n, f);
        }
    }
    for (n, f) in [("__invert__", d_invert as NativeFn), ("__index__", d_index)] {
        add_method(&t.int, n, f);
        add_method(&t.bool_, n, f);
    }
    for ty in seqs.iter().chain([&t.dict, &t.set, &t.frozenset, &t.range].iter()) {
        for (n, f) in [("__len__", d_len as NativeFn), ("__iter__", d_iter), ("__contains__", d_contains)] {
            add_method(ty, n, f);
        }
    }
    for ty in seqs.iter().chain([&t.dict, &t.range].iter()) {
        add_method(ty, "__getitem__", d_getitem);
    }
    for ty in [&t.list, &t.dict, &t.bytearray] {
        add_method(ty, "__setitem__", d_setitem);
        add_method(ty, "__delitem__", d_delitem);
    }
    for ty in [&t.str, &t.list, &t.tuple, &t.bytes] {
        add_method(ty, "__add__", d_add);
        add_method(ty, "__mul__", d_mul);
        add_method(ty, "__rmul__", d_rmul);
    }
    for ty in [&t.str, &t.bytes, &t.bytearray] {
        add_method(ty, "__mod__", d_mod);
        add_method(ty, "__rmod__", d_rmod);
    }
    add_method(&t.bytearray, "__add__", d_add);
    add_method(&t.bytearray, "__mul__", d_mul);
    add_method(&t.bytearray, "__rmul__", d_rmul);
    for ty in [&t.list, &t.bytearray] {
        add_method(ty, "__iadd__", d_iadd);
        add_method(ty, "__imul__", d_imul);
    }
    for (n, f) in [("__ior__", d_ior as NativeFn), ("__iand__", d_iand), ("__isub__", d_isub), ("__ixor__", d_ixor)] {
        add_method(&t.set, n, f);
    }
    for ty in [&t.list, &t.dict, &t.range] {
        add_method(ty, "__reversed__", d_reversed);
    }
    add_method(&t.range, "__bool__", d_truth);
    add_method(&t.none_type, "__bool__", d_truth);
    add_method(&t.bytes, "__bytes__", d_bytes);
    for ty in [&t.str, &t.tuple, &t.bytes, &t.frozenset, &t.range] {
        add_method(ty, "__hash__", d_hash);
    }
    for ty in [&t.set, &t.frozenset, &t.dict] {
        add_method(ty, "__or__", d_or);
        add_method(ty, "__ror__", d_ror);
    }
    for ty in [&t.set, &t.frozenset] {
        add_method(ty, "__and__", d_and);
        add_method(ty, "__sub__", d_sub);
        add_method(ty, "__xor__", d_xor);
        add_method(ty, "__rand__", d_rand);
        add_method(ty, "__rsub__", d_rsub);
        add_method(ty, "__rxor__", d_rxor);
    }
    for ty in [
        &t.list_iterator, &t.tuple_iterator, &t.range_iterator, &t.str_iterator, &t.bytes_iterator, &t.reversed, &t.dict_keyiterator,
        &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator, &t.iterator, &t.callable_iterator, &t.enumerate, &t.zip, &t.map, &t.filter, &t.longrange_iterator,
        &t.bytearray_iterator, &t.list_reverseiterator, &t.dict_reversekeyiterator, &t.dict_reversevalueiterator, &t.dict_reverseitemiterator,
    ] {
        add_method(ty, "__iter__", d_iter);
        add_method(ty, "__next__", d_next);
    }
    for ty in [
        &t.list_iterator, &t.tuple_iterator, &t.range_iterator, &t.str_iterator, &t.bytes_iterator, &t.reversed, &t.dict_keyiterator,
        &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator, &t.iterator,
        &t.bytearray_iterator, &t.list_reverseiterator, &t.dict_reversekeyiterator, &t.dict_reversevalueiterator, &t.dict_reverseitemiterator,
    ] {
        add_method(ty, "__length_hint__", d_length_hint);
    }
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(ty, "__iter__", d_iter);
        add_method(ty, "__len__", d_len);
        add_method(ty, "__contains__", d_contains);
    }
}
