//! `obj.__class__ = cls`: CPython's layout-compatibility rules, then the
//! type-pointer swap (done by [`crate::object::PyObject::replace_class`]).
//!
//! Assignment is allowed between heap types whose instances have the same
//! layout: the same payload kind, the same built-in "solid" base and the
//! same `__slots__` (or both with a `__dict__`). Anything else raises the
//! TypeError CPython raises.

use crate::vm::{type_error, PyResult};
use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::type_data;

/// The first built-in type on `ty`'s MRO: what fixes an instance's layout.
fn solid_base(ty: &PyRef) -> PyRef {
    let td = type_data(ty);
    if td.builtin {
        return ty.clone();
    }
    td.mro.get().iter().find(|t| type_data(t).builtin).cloned().unwrap_or_else(|| ty.clone())
}

/// Whether `ty` is a class users may retarget instances of.
fn is_mutable_type(ty: &PyRef) -> bool {
    matches!(&ty.payload, Payload::Type(td) if !td.builtin)
}

/// `object.__setattr__(o, '__class__', v)` (`v = None`: deletion).
pub fn set_class(o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Some(new) = v else {
        return Err(type_error("can't delete __class__ attribute"));
    };
    if !matches!(&new.payload, Payload::Type(_)) {
        return Err(type_error(format!("__class__ must be set to a class, not '{}' object", crate::types::type_name(new.class()))));
    }
    let old = o.class().clone();
    let module_like = matches!(o.payload, Payload::Module(_));
    if !(is_mutable_type(&old) && is_mutable_type(&new)) && !module_like {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let (ot, nt) = (type_data(&old), type_data(&new));
    let base = solid_base(&old);
    // Instances of variable-size built-ins (int, str, bytes, tuple) carry
    // their items inline in CPython, which never lets them change class.
    let var_sized = ot.kind == crate::payload::BaseKind::Value && !{
        let t = crate::types::types();
        base.is(&t.float) || base.is(&t.complex) || base.is(&t.frozenset)
    };
    let same_layout = !var_sized && ot.kind == nt.kind && base.is(&solid_base(&new)) && ot.slots == nt.slots;
    if !same_layout {
        return Err(type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", nt.name, ot.name)));
    }
    if !new.is(&old) {
        o.replace_class(new);
    }
    Ok(())
}
