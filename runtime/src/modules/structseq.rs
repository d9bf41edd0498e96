//! Struct sequences: the named tuples of built-in modules
//! (`sys.version_info`, `sys.float_info`, `time.struct_time`, ...). Each is
//! a `tuple` subclass whose fields are also read-only attributes, repr'd as
//! `module.name(field=value, ...)`, compared and hashed as a tuple.

use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{dict, function, str as pystr, subclass, tuple, types, PyRef};

/// The field names of a struct-sequence instance's type.
fn fields(o: &PyRef) -> Vec<PyRef> {
    dict::get_str(&types::type_data(o.class()).dict, "_fields").and_then(|f| tuple::as_slice(&f).map(|s| s.to_vec())).unwrap_or_default()
}

fn seq_getattr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__getattr__", a, 2, 2)?;
    let name = pystr::as_str(&a[1]).unwrap_or("");
    let items = tuple::as_slice(&a[0]).unwrap_or(&[]);
    match fields(&a[0]).iter().position(|f| pystr::as_str(f) == Some(name)) {
        Some(i) if i < items.len() => Ok(items[i].clone()),
        _ => Err(attribute_error(format!("'{}' object has no attribute '{name}'", types::type_name(a[0].class())))),
    }
}

fn seq_setattr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__setattr__", a, 3, 3)?;
    let name = pystr::as_str(&a[1]).unwrap_or("");
    if fields(&a[0]).iter().any(|f| pystr::as_str(f) == Some(name)) {
        return Err(attribute_error("readonly attribute"));
    }
    Err(attribute_error(format!("'{}' object has no attribute '{name}'", types::type_name(a[0].class()))))
}

fn seq_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__repr__", a, 1, 1)?;
    let td = types::type_data(a[0].class());
    let module = dict::get_str(&td.dict, "__module__").and_then(|m| pystr::as_str(&m).map(String::from)).unwrap_or_default();
    let items = tuple::as_slice(&a[0]).unwrap_or(&[]).to_vec();
    let mut parts = Vec::new();
    for (f, v) in fields(&a[0]).iter().zip(items.iter()) {
        parts.push(format!("{}={}", pystr::as_str(f).unwrap_or(""), p::repr_string(vm, v)?));
    }
    let prefix = if module.is_empty() || module == "builtins" { String::new() } else { format!("{module}.") };
    Ok(pystr::new_string(format!("{prefix}{}({})", td.name, parts.join(", "))))
}

/// A new struct-sequence type `module.name` with the given fields.
pub fn new_type(module: &str, name: &str, field_names: &[&str]) -> PyRef {
    let t = types::types();
    let d = dict::new_dict();
    dict::set_str(&d, "__module__", pystr::new_str(module));
    dict::set_str(&d, "_fields", tuple::new_tuple(field_names.iter().map(|f| pystr::new_str(f)).collect()));
    dict::set_str(&d, "n_fields", weft_objects::int::new_int(field_names.len() as i64));
    dict::set_str(&d, "n_sequence_fields", weft_objects::int::new_int(field_names.len() as i64));
    // Owner "" marks these as overrides rather than native slots.
    for (n, f) in [("__getattr__", seq_getattr as NativeFn), ("__setattr__", seq_setattr), ("__repr__", seq_repr)] {
        dict::set_str(&d, n, function::new_builtin(n, "", f, None));
    }
    types::new_heap_type(&t.type_, name, name, vec![t.tuple.clone()], d).expect("a tuple subclass with no conflicting bases")
}

/// An instance of a struct-sequence type.
pub fn make(ty: &PyRef, values: Vec<PyRef>) -> PyRef {
    subclass::wrap(ty, tuple::new_tuple(values))
}
