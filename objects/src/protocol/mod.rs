//! The abstract object protocol: attribute access, calls, operators,
//! comparison, hashing, truth, iteration, `repr`/`str` — native fast paths
//! for built-in types, dunder-method dispatch (through [`Vm::call`]) for
//! user classes.

pub(crate) mod arith;
mod attr;
mod call;
mod compare;
mod items;
mod value;

pub use arith::*;
pub use attr::*;
pub use call::*;
pub use compare::*;
pub use items::*;
pub use value::*;

pub(crate) use crate::object::PyRef;
pub(crate) use crate::payload::{BaseKind, DictIterKind, IterData, IterKind, Payload, TF_HAS_GETATTR, TF_HAS_GETATTRIBUTE};
pub(crate) use crate::types::{is_subtype, isinstance, lookup, s, t, type_data, type_name, types};
pub(crate) use crate::vm::*;
pub(crate) use std::cell::RefCell;
pub(crate) use std::sync::atomic::{AtomicI64, AtomicIsize, Ordering};

pub(crate) fn tname(o: &PyRef) -> &str {
    type_name(o.class())
}

/// Whether the object's class is a user (heap) class.
#[inline]
pub(crate) fn is_heap(o: &PyRef) -> bool {
    match &o.class().payload {
        Payload::Type(td) => !td.builtin,
        _ => false,
    }
}

/// Whether operators on `o` dispatch through its type's dunder methods:
/// instances of user classes, and of runtime-defined (native) types.
#[inline]
pub(crate) fn dispatches(o: &PyRef) -> bool {
    is_heap(o) || matches!(o.payload, Payload::Native(_))
}

/// Look up a special method on the type (user classes only).
pub(crate) fn special(o: &PyRef, name: &str) -> Option<PyRef> {
    if let Payload::Native(_) = &o.payload {
        // Runtime-defined types implement their dunders natively.
        return lookup(o.class(), name).filter(|f| !is_object_slot(f));
    }
    if let Payload::Subclass(d) = &o.payload {
        if let Payload::Native(_) = &d.value.payload {
            // A subclass of a wrappable runtime-defined type: its dunders
            // (native or overridden) are found the same way.
            return lookup(o.class(), name).filter(|f| !is_object_slot(f));
        }
    }
    if is_heap(o) || is_heap_type_obj(o) {
        let (f, heap_owner) = crate::types::lookup_special(o.class(), name)?;
        // A native slot counts as an override only where a user class
        // assigned it explicitly (`__str__ = int.__repr__`).
        if !is_native_slot(&f) || heap_owner {
            return Some(f);
        }
        None
    } else {
        None
    }
}

pub(crate) fn is_heap_type_obj(o: &PyRef) -> bool {
    // A class whose metaclass is a user class.
    !type_data(o.class()).builtin
}

/// Native slots installed on `object` stand for "not overridden".
pub(crate) fn is_object_slot(f: &PyRef) -> bool {
    matches!(&f.payload, Payload::Builtin(b) if b.owner == "object")
}

/// A native method of a built-in type (such as `list.__len__`): for a
/// subclass instance it means "not overridden", so the protocol runs the
/// native operation on the built-in payload directly.
pub(crate) fn is_native_slot(f: &PyRef) -> bool {
    matches!(&f.payload, Payload::Builtin(b) if b.bound.is_none() && !b.owner.is_empty() && b.owner != "builtins")
}

/// Call a special method found on the type with `self` first.
pub(crate) fn call_special(vm: &mut dyn Vm, f: &PyRef, slf: &PyRef, args: &[PyRef]) -> PyResult {
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(slf.clone());
    v.extend_from_slice(args);
    match &f.payload {
        Payload::StaticMethod(inner) => vm.call(inner, args, &[]),
        Payload::ClassMethod(inner) => {
            v[0] = slf.class().clone();
            vm.call(inner, &v, &[])
        }
        // Any other object found on the type: a descriptor (its class has
        // `__get__`) is bound to the object first; a plain callable is
        // called without the object, as CPython's slots do.
        _ if is_heap(f) => match lookup(f.class(), "__get__") {
            Some(get) => {
                let bound = vm.call(&get, &[f.clone(), slf.clone(), slf.class().clone()], &[])?;
                vm.call(&bound, args, &[])
            }
            None => vm.call(f, args, &[]),
        },
        _ => vm.call(f, &v, &[]),
    }
}

/// Whether `o` uses identity equality (no user `__eq__`).
pub fn has_default_eq(o: &PyRef) -> bool {
    !is_heap(o) || lookup(o.class(), "__eq__").is_none_or(|f| is_object_slot(&f))
}
