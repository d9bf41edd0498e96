//! `getset_descriptor` objects for a class's `__dict__` and `__weakref__`:
//! CPython puts one of each in the dict of a class that adds an instance
//! dict or weak-reference support, so `vars(C)` and `C.__dict__` list them.
//! Instance access itself goes through the built-in attribute path; these
//! objects answer `__get__`/`__set__`/`__delete__` when called directly and
//! describe themselves as CPython's do.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::type_name;
use crate::vm::{attribute_error, check_args, none, type_error, KwArgs, NativeFn, PyResult, Vm};
use std::sync::OnceLock;

/// One descriptor: which attribute, of which class.
pub struct GetSet {
    name: &'static str,
    owner: PyRef,
    /// `__dict__`/`__weakref__`: a data descriptor. Otherwise an attribute
    /// the built-in attribute path computes (an exception's `args`,
    /// `SyntaxError.msg`, ...): instance access reaches it only after the
    /// instance dict and the built-in path, so it never shadows them.
    data: bool,
}

fn getset_type() -> &'static PyRef {
    static T: OnceLock<PyRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::types::new_native_type("getset_descriptor", "builtins");
        for (n, f) in [("__get__", gs_get as NativeFn), ("__set__", gs_set), ("__delete__", gs_delete), ("__repr__", gs_repr)] {
            crate::types::add_method(&t, n, f);
        }
        t.make_immortal();
        t
    })
}

/// A descriptor for `name` (`"__dict__"` or `"__weakref__"`) of `owner`.
pub fn new_getset(name: &'static str, owner: &PyRef) -> PyRef {
    PyRef::new(getset_type(), Payload::Native(Box::new(GetSet { name, owner: owner.clone(), data: true })))
}

/// A descriptor for attribute `name` that the built-in attribute path
/// computes for instances of the built-in type `owner`.
pub fn new_computed(name: &'static str, owner: &PyRef) -> PyRef {
    let d = PyRef::new(getset_type(), Payload::Native(Box::new(GetSet { name, owner: owner.clone(), data: false })));
    d.make_immortal();
    d
}

/// Whether getset descriptor `o` is a data descriptor (see [`GetSet::data`]).
pub fn is_data(o: &PyRef) -> bool {
    crate::types::native::<GetSet>(o).is_some_and(|g| g.data)
}

/// The attributes CPython's exception types expose as getset descriptors
/// (computed) and as member descriptors (stored), by type.
const EXCEPTION_ATTRS: &[(&str, &[&str], &[&str])] = &[
    ("BaseException", &["args", "__traceback__", "__context__", "__cause__"], &["__suppress_context__"]),
    ("StopIteration", &[], &["value"]),
    ("SystemExit", &[], &["code"]),
    ("ImportError", &[], &["msg", "name", "path", "name_from"]),
    ("OSError", &["characters_written"], &["errno", "strerror", "filename", "filename2"]),
    ("SyntaxError", &[], &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]),
    ("UnicodeEncodeError", &[], &["encoding", "object", "start", "end", "reason"]),
    ("UnicodeDecodeError", &[], &["encoding", "object", "start", "end", "reason"]),
    ("UnicodeTranslateError", &[], &["encoding", "object", "start", "end", "reason"]),
    ("NameError", &[], &["name"]),
    ("AttributeError", &[], &["name", "obj"]),
    ("BaseExceptionGroup", &[], &["message", "exceptions"]),
];

/// Put the exception attribute descriptors in the exception types' dicts
/// (so `dir(OSError)` lists `errno` and `BaseException.args` exists).
pub fn install_exception_attrs() {
    for (ty, computed, members) in EXCEPTION_ATTRS {
        let Some(t) = crate::types::try_exc_type(ty) else { continue };
        let td = crate::types::type_data(&t);
        for n in *computed {
            if crate::dict::get_str(&td.dict, n).is_none() {
                crate::dict::set_str(&td.dict, n, new_computed(n, &t));
            }
        }
        for n in *members {
            if crate::dict::get_str(&td.dict, n).is_none() {
                let m = crate::member::new_member(n, &t);
                m.make_immortal();
                crate::dict::set_str(&td.dict, n, m);
            }
        }
    }
}

/// Whether `o` is a getset descriptor.
pub fn is_getset(o: &PyRef) -> bool {
    crate::types::native::<GetSet>(o).is_some()
}

fn this(o: &PyRef) -> PyResult<&GetSet> {
    crate::types::native::<GetSet>(o).ok_or_else(|| type_error("descriptor requires a 'getset_descriptor' object"))
}

/// Instance access through descriptor `d` (known to be a getset).
pub(crate) fn get(vm: &mut dyn Vm, d: &PyRef, obj: &PyRef) -> PyResult {
    let Some(g) = crate::types::native::<GetSet>(d) else { return Ok(d.clone()) };
    if !g.data {
        if let Some(v) = crate::protocol::instance_dict(obj).and_then(|d| crate::dict::get_str(d, g.name)) {
            return Ok(v);
        }
        return match crate::attrs::builtin_attr(vm, obj, g.name) {
            Some(r) => r,
            None => Err(attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj.class()), g.name))),
        };
    }
    if g.name == "__weakref__" {
        return Ok(none());
    }
    match crate::attrs::builtin_attr(vm, obj, "__dict__") {
        Some(r) => r,
        None => Err(attribute_error(format!("'{}' object has no attribute '__dict__'", type_name(obj.class())))),
    }
}

fn gs_get(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__get__", &a[1..], 1, 2)?;
    let g = this(&a[0])?;
    let obj = &a[1];
    if crate::vm::is_none(obj) {
        return Ok(a[0].clone());
    }
    if !crate::types::isinstance(obj, &g.owner) {
        return Err(type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", g.name, type_name(&g.owner), type_name(obj.class()))));
    }
    get(vm, &a[0], obj)
}

/// `__set__`/`__delete__`: the instance's `__dict__` is replaced or
/// emptied through the attribute path; `__weakref__` is read-only.
fn store(vm: &mut dyn Vm, a: &[PyRef], value: Option<PyRef>) -> PyResult {
    let g = this(&a[0])?;
    if g.name == "__weakref__" {
        return Err(attribute_error(format!("attribute '__weakref__' of '{}' objects is not writable", type_name(&g.owner))));
    }
    crate::protocol::setattr(vm, &a[1], &crate::str::new_str(g.name), value)?;
    Ok(none())
}

fn gs_set(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__set__", &a[1..], 2, 2)?;
    store(vm, a, Some(a[2].clone()))
}

fn gs_delete(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__delete__", &a[1..], 1, 1)?;
    store(vm, a, None)
}

fn gs_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let g = this(&a[0])?;
    Ok(crate::str::new_string(format!("<attribute '{}' of '{}' objects>", g.name, type_name(&g.owner))))
}

/// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of a getset
/// descriptor (answered by the built-in attribute path, so the type's own
/// `__name__` stays `getset_descriptor`).
pub(crate) fn attribute(o: &PyRef, name: &str) -> Option<PyRef> {
    let g = crate::types::native::<GetSet>(o)?;
    Some(match name {
        "__name__" => crate::str::new_str(g.name),
        "__qualname__" => crate::str::new_string(format!("{}.{}", crate::types::type_data(&g.owner).qualname, g.name)),
        "__objclass__" => g.owner.clone(),
        "__doc__" if !g.data => crate::vm::none(),
        "__doc__" => crate::str::new_str(if g.name == "__dict__" { "dictionary for instance variables" } else { "list of weak references to the object" }),
        _ => return None,
    })
}
