//! `mappingproxy`: the read-only view of a mapping that `cls.__dict__`
//! returns and `types.MappingProxyType(m)` builds. Reads go to the
//! underlying mapping; there are no mutating methods.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::protocol as p;
use crate::vm::{check_args, type_error, KwArgs, NativeFn, PyResult, Vm};
use std::sync::OnceLock;

/// The wrapped mapping.
pub struct MappingProxy {
    mapping: PyRef,
}

fn proxy_type() -> &'static PyRef {
    static T: OnceLock<PyRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::types::new_native_type("mappingproxy", "builtins");
        for (n, f) in [
            ("__getitem__", mp_getitem as NativeFn),
            ("__iter__", mp_iter),
            ("__len__", mp_len),
            ("__contains__", mp_contains),
            ("__reversed__", mp_reversed),
            ("__repr__", mp_repr),
            ("__str__", mp_str),
            ("__eq__", mp_eq),
            ("__ne__", mp_ne),
            ("__lt__", mp_lt),
            ("__le__", mp_le),
            ("__gt__", mp_gt),
            ("__ge__", mp_ge),
            ("__or__", mp_or),
            ("__ror__", mp_ror),
            ("get", mp_get),
            ("keys", mp_keys),
            ("values", mp_values),
            ("items", mp_items),
            ("copy", mp_copy),
        ] {
            crate::types::add_method(&t, n, f);
        }
        crate::dict::set_str(&crate::types::type_data(&t).dict, "__hash__", crate::vm::none());
        let new = crate::function::new_builtin("__new__", "mappingproxy", mp_new, None);
        new.make_immortal();
        crate::dict::set_str(&crate::types::type_data(&t).dict, "__new__", new);
        t.make_immortal();
        t
    })
}

/// A read-only view of `mapping`.
pub fn new_proxy(mapping: PyRef) -> PyRef {
    PyRef::new(proxy_type(), Payload::Native(Box::new(MappingProxy { mapping })))
}

fn inner(o: &PyRef) -> PyResult<&PyRef> {
    crate::types::native::<MappingProxy>(o).map(|m| &m.mapping).ok_or_else(|| type_error("descriptor requires a 'mappingproxy' object"))
}

fn mp_new(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("mappingproxy", &a[1..], 1, 1)?;
    let m = &a[1];
    let mapping_like = !matches!(m.payload, Payload::List(_) | Payload::Tuple(_)) && crate::types::lookup(m.class(), "keys").is_some() && crate::types::lookup(m.class(), "__getitem__").is_some();
    if !mapping_like {
        return Err(type_error(format!("mappingproxy() argument must be a mapping, not {}", crate::types::type_name(m.class()))));
    }
    Ok(new_proxy(m.clone()))
}

fn mp_getitem(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__getitem__", &a[1..], 1, 1)?;
    p::getitem(vm, inner(&a[0])?, &a[1])
}

fn mp_iter(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    p::iter(vm, inner(&a[0])?)
}

fn mp_len(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(crate::int::new_int(p::len(vm, inner(&a[0])?)? as i64))
}

fn mp_contains(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__contains__", &a[1..], 1, 1)?;
    Ok(crate::vm::bool_obj(p::contains(vm, inner(&a[0])?, &a[1])?))
}

fn delegate(vm: &mut dyn Vm, a: &[PyRef], name: &str) -> PyResult {
    p::call_method(vm, inner(&a[0])?, name, &a[1..])
}

fn mp_reversed(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    delegate(vm, a, "__reversed__")
}

fn mp_get(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("get", &a[1..], 1, 2)?;
    delegate(vm, a, "get")
}

fn mp_keys(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    delegate(vm, a, "keys")
}

fn mp_values(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    delegate(vm, a, "values")
}

fn mp_items(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    delegate(vm, a, "items")
}

fn mp_copy(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    delegate(vm, a, "copy")
}

fn mp_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(crate::str::new_string(format!("mappingproxy({})", p::repr_string(vm, inner(&a[0])?)?)))
}

fn mp_str(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(crate::str::new_string(p::str_string(vm, inner(&a[0])?)?))
}

fn mp_eq(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__eq__", &a[1..], 1, 1)?;
    p::richcompare(vm, inner(&a[0])?, &a[1], p::CmpOp::Eq)
}

fn mp_ne(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__ne__", &a[1..], 1, 1)?;
    p::richcompare(vm, inner(&a[0])?, &a[1], p::CmpOp::Ne)
}

fn mp_lt(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__lt__", &a[1..], 1, 1)?;
    p::richcompare(vm, inner(&a[0])?, &a[1], p::CmpOp::Lt)
}

fn mp_le(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__le__", &a[1..], 1, 1)?;
    p::richcompare(vm, inner(&a[0])?, &a[1], p::CmpOp::Le)
}

fn mp_gt(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__gt__", &a[1..], 1, 1)?;
    p::richcompare(vm, inner(&a[0])?, &a[1], p::CmpOp::Gt)
}

fn mp_ge(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__ge__", &a[1..], 1, 1)?;
    p::richcompare(vm, inner(&a[0])?, &a[1], p::CmpOp::Ge)
}

fn mp_or(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__or__", &a[1..], 1, 1)?;
    let left = p::call_method(vm, inner(&a[0])?, "copy", &[])?;
    let right = match crate::types::native::<MappingProxy>(&a[1]) {
        Some(m) => m.mapping.clone(),
        None => a[1].clone(),
    };
    p::binary_op(vm, &left, &right, p::BinOp::Or)
}

fn mp_ror(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__ror__", &a[1..], 1, 1)?;
    let right = p::call_method(vm, inner(&a[0])?, "copy", &[])?;
    p::binary_op(vm, &a[1], &right, p::BinOp::Or)
}
