//! Subclasses of the immutable value types (`int`, `float`, `complex`,
//! `str`, `bytes`, `tuple`, `frozenset`) and of native types marked
//! `TF_WRAPPABLE` (`collections.deque`).
//!
//! An instance of such a subclass carries [`Payload::Subclass`]: the plain
//! built-in value it wraps plus an instance dict. Every native operation
//! sees the wrapped value through [`native`], so `int.__add__`, `str.upper`
//! or `len()` behave on a subclass instance exactly as on the value, while
//! attribute lookup and dunder dispatch still start at the subclass (which
//! may override anything). Results of native operations are plain values,
//! as in CPython (`type(MyInt(1) + 1) is int`).

use crate::object::PyRef;
use crate::payload::{BaseKind, Payload, SubclassData};
use crate::types::{is_subtype, type_data, type_name, types};
use crate::vm::*;

/// The object native operations should look at: the wrapped value of a
/// value-type subclass instance, otherwise the object itself.
#[inline]
pub fn native(o: &PyRef) -> &PyRef {
    match &o.payload {
        Payload::Subclass(d) => &d.value,
        _ => o,
    }
}

/// The built-in value types that user classes may extend this way (the
/// descriptors `property`, `staticmethod` and `classmethod` too: their
/// instances are immutable once built, so a subclass instance wraps one
/// built from the constructor's arguments).
pub fn value_bases() -> [&'static PyRef; 10] {
    let t = types();
    [&t.int, &t.float, &t.complex, &t.str, &t.bytes, &t.tuple, &t.frozenset, &t.property, &t.staticmethod, &t.classmethod]
}

/// Whether `ty` is a built-in type user classes extend by wrapping one of
/// its instances: a value type or a `TF_WRAPPABLE` native type.
pub fn is_value_base(ty: &PyRef) -> bool {
    value_bases().iter().any(|b| ty.is(b)) || {
        let td = type_data(ty);
        td.builtin && td.flags.load(std::sync::atomic::Ordering::Relaxed) & crate::payload::TF_WRAPPABLE != 0
    }
}

/// The built-in value type a class (or one of its bases) extends, if any.
pub fn value_base(ty: &PyRef) -> Option<PyRef> {
    if is_value_base(ty) {
        return Some(ty.clone());
    }
    if type_data(ty).kind != BaseKind::Value {
        return None;
    }
    type_data(ty).mro.get().iter().find(|t| is_value_base(t)).cloned()
}

/// Wrap a plain built-in value as an instance of the subclass `cls`.
pub fn wrap(cls: &PyRef, value: PyRef) -> PyRef {
    let o = PyRef::new(cls, Payload::Subclass(Box::new(SubclassData { value, dict: crate::dict::new_dict() })));
    crate::gc::track(&o);
    o
}

/// `int.__new__(cls, ...)`, `str.__new__(cls, ...)`, ...: build the value
/// with the built-in constructor `owner`, then wrap it when `cls` is a
/// subclass.
fn value_new(vm: &mut dyn Vm, owner: &PyRef, a: &[PyRef], kw: KwArgs) -> PyResult {
    let Some(cls) = a.first() else { return Err(type_error(format!("{}.__new__(): not enough arguments", type_name(owner)))) };
    if !crate::types::is_type(cls) {
        return Err(type_error(format!("{}.__new__(X): X is not a type object ({})", type_name(owner), type_name(cls.class()))));
    }
    if !cls.is(owner) && !is_subtype(cls, owner) {
        return Err(type_error(format!("{}.__new__({}): {} is not a subtype of {}", type_name(owner), type_name(cls), type_name(cls), type_name(owner))));
    }
    let Some(base) = value_base(cls) else {
        return Err(type_error(format!("__new__(): {} is not a subtype of a built-in value type", type_name(cls))));
    };
    let value = crate::construct::type_call(vm, &base, &a[1..], kw)?;
    if cls.is(&base) {
        return Ok(value);
    }
    if !is_subtype(cls, &base) {
        return Err(type_error(format!("{}.__new__({}): {} is not a subtype of {}", type_name(&base), type_name(cls), type_name(cls), type_name(&base))));
    }
    Ok(wrap(cls, native(&value).clone()))
}

/// `__getnewargs__` for pickling and copying: the wrapped value.
fn getnewargs(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(crate::tuple::new_tuple(vec![native(&a[0]).clone()]))
}

/// One `__new__` per value type, so each knows whose it is.
macro_rules! value_new_for {
    ($($name:ident => $field:ident),* $(,)?) => {
        $(fn $name(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
            value_new(vm, &types().$field, a, kw)
        })*
    };
}
value_new_for!(
    int_new => int,
    float_new => float,
    complex_new => complex,
    str_new => str,
    bytes_new => bytes,
    tuple_new => tuple,
    frozenset_new => frozenset,
    property_new => property,
    staticmethod_new => staticmethod,
    classmethod_new => classmethod,
);

/// Install `__new__` on the value types.
pub fn register() {
    let t = types();
    let news: [(&PyRef, NativeFn); 10] = [
        (&t.int, int_new),
        (&t.float, float_new),
        (&t.complex, complex_new),
        (&t.str, str_new),
        (&t.bytes, bytes_new),
        (&t.tuple, tuple_new),
        (&t.frozenset, frozenset_new),
        (&t.property, property_new),
        (&t.staticmethod, staticmethod_new),
        (&t.classmethod, classmethod_new),
    ];
    for (ty, new) in news {
        let owner: &'static str = type_name(ty).to_string().leak();
        let f = crate::function::new_builtin("__new__", owner, new, None);
        f.make_immortal();
        crate::dict::set_str(&type_data(ty).dict, "__new__", f);
        if !ty.is(&t.complex) && !ty.is(&t.property) && !ty.is(&t.staticmethod) && !ty.is(&t.classmethod) {
            // complex has its own: `(real, imag)`; descriptors have none.
            crate::types::add_method(ty, "__getnewargs__", getnewargs);
        }
    }
}
