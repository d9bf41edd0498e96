//! `member_descriptor` objects: one per name in a class's `__slots__`, as
//! CPython puts in the class dict (`C.x`, `vars(C)`, `dir(C)` show them).
//!
//! Slot values live in the instance's attribute storage, which only admits
//! the slot names; instance access reads that storage first and reaches the
//! descriptor only when the slot is empty (an AttributeError), so a member
//! behaves as CPython's data descriptor does. Explicit `__get__`/`__set__`/
//! `__delete__` calls go through the same storage.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::type_name;
use crate::vm::{attribute_error, check_args, none, type_error, KwArgs, NativeFn, PyResult, Vm};
use std::sync::OnceLock;

/// One slot: its name and the class whose `__slots__` named it.
pub struct Member {
    name: String,
    owner: PyRef,
}

fn member_type() -> &'static PyRef {
    static T: OnceLock<PyRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::types::new_native_type("member_descriptor", "builtins");
        for (n, f) in [("__get__", m_get as NativeFn), ("__set__", m_set), ("__delete__", m_delete), ("__repr__", m_repr)] {
            crate::types::add_method(&t, n, f);
        }
        crate::types::add_native_property(&t, "__name__", m_name, None);
        crate::types::add_native_property(&t, "__qualname__", m_qualname, None);
        crate::types::add_native_property(&t, "__objclass__", m_objclass, None);
        crate::types::add_attr(&t, "__doc__", none());
        t.make_immortal();
        t
    })
}

/// The descriptor for slot `name` of class `owner`.
pub fn new_member(name: &str, owner: &PyRef) -> PyRef {
    PyRef::new(member_type(), Payload::Native(Box::new(Member { name: name.to_string(), owner: owner.clone() })))
}

/// The attribute name of member descriptor `o`.
pub fn name_of(o: &PyRef) -> PyRef {
    crate::str::new_str(crate::types::native::<Member>(o).map(|m| m.name.as_str()).unwrap_or(""))
}

/// Whether `o` is a member descriptor.
pub fn is_member(o: &PyRef) -> bool {
    crate::types::native::<Member>(o).is_some()
}

fn this(o: &PyRef) -> PyResult<&Member> {
    crate::types::native::<Member>(o).ok_or_else(|| type_error("descriptor requires a 'member_descriptor' object"))
}

/// The error for reading an empty slot (instance access through `d`).
pub(crate) fn empty_slot(d: &PyRef, obj: &PyRef) -> crate::vm::PyErr {
    let name = crate::types::native::<Member>(d).map(|m| m.name.as_str()).unwrap_or("?");
    attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj.class()), name))
}

fn check_instance(m: &Member, obj: &PyRef) -> PyResult<()> {
    if crate::types::isinstance(obj, &m.owner) {
        return Ok(());
    }
    Err(type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", m.name, type_name(&m.owner), type_name(obj.class()))))
}

fn m_get(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__get__", &a[1..], 1, 2)?;
    let m = this(&a[0])?;
    let obj = &a[1];
    if crate::vm::is_none(obj) {
        return Ok(a[0].clone());
    }
    check_instance(m, obj)?;
    if let Some(v) = crate::protocol::instance_dict(obj).and_then(|d| crate::dict::get_str(d, &m.name)) {
        return Ok(v);
    }
    // The members of the built-in exception types the attribute path
    // computes (`OSError.errno`).
    if let Some(r) = crate::attrs::builtin_attr(vm, obj, &m.name) {
        return r;
    }
    Err(empty_slot(&a[0], obj))
}

fn store(vm: &mut dyn Vm, a: &[PyRef], value: Option<PyRef>) -> PyResult {
    let m = this(&a[0])?;
    check_instance(m, &a[1])?;
    crate::protocol::setattr(vm, &a[1], &crate::str::new_str(&m.name), value)?;
    Ok(none())
}

fn m_set(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__set__", &a[1..], 2, 2)?;
    store(vm, &a[..2], Some(a[2].clone()))
}

fn m_delete(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__delete__", &a[1..], 1, 1)?;
    store(vm, a, None)
}

fn m_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let m = this(&a[0])?;
    Ok(crate::str::new_string(format!("<member '{}' of '{}' objects>", m.name, type_name(&m.owner))))
}

fn m_name(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(crate::str::new_str(&this(&a[0])?.name))
}

fn m_qualname(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let m = this(&a[0])?;
    Ok(crate::str::new_string(format!("{}.{}", type_name(&m.owner), m.name)))
}

fn m_objclass(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(this(&a[0])?.owner.clone())
}
