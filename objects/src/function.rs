//! Function objects: Python functions, native functions, bound methods,
//! cells, and the descriptors `property`, `classmethod` and `staticmethod`.

use crate::locked::Locked;
use crate::object::PyRef;
use crate::payload::{BuiltinData, FunctionData, Payload};
use crate::types::types;
use crate::vm::{NativeFn, PyResult};

/// A new native function (unbound unless `bound` is given).
pub fn new_builtin(name: &'static str, owner: &'static str, func: NativeFn, bound: Option<PyRef>) -> PyRef {
    PyRef::new(&types().builtin_function, Payload::Builtin(Box::new(BuiltinData { name, owner, func, bound, class_method: false, self_type: None, module_function: false })))
}

/// A function of native module `module`.
pub fn new_module_function(name: &'static str, module: &'static str, func: NativeFn) -> PyRef {
    PyRef::new(&types().builtin_function, Payload::Builtin(Box::new(BuiltinData { name, owner: module, func, bound: None, class_method: false, self_type: None, module_function: true })))
}

/// A native method of built-in type `ty` (its calls check `self`).
pub fn new_method_of(name: &'static str, ty: &PyRef, func: NativeFn) -> PyRef {
    let owner: &'static str = crate::types::type_name(ty).to_string().leak();
    PyRef::new(
        &types().builtin_function,
        Payload::Builtin(Box::new(BuiltinData { name, owner, func, bound: None, class_method: false, self_type: Some(ty.clone()), module_function: false })),
    )
}

/// Bind a native method to a receiver.
pub fn bind_builtin(f: &BuiltinData, recv: PyRef) -> PyRef {
    PyRef::new(
        &types().builtin_function,
        Payload::Builtin(Box::new(BuiltinData { name: f.name, owner: f.owner, func: f.func, bound: Some(recv), class_method: f.class_method, self_type: f.self_type.clone(), module_function: f.module_function })),
    )
}

/// A new Python function.
pub fn new_function(code: crate::code::CodeRef, globals: PyRef, builtins: PyRef, qualname: PyRef, defaults: Option<PyRef>, kwdefaults: Option<PyRef>, closure: Option<PyRef>) -> PyRef {
    let module = crate::dict::get_str(&globals, "__name__").unwrap_or_else(crate::vm::none);
    let doc = if code.flags & crate::code::CO_HAS_DOC != 0 { code.consts.first().cloned().unwrap_or_else(crate::vm::none) } else { crate::vm::none() };
    let f = PyRef::new(
        &types().function,
        Payload::Function(Box::new(FunctionData {
            name: Locked::new(code.name.clone()),
            code,
            globals,
            builtins,
            qualname: Locked::new(qualname),
            defaults: Locked::new(defaults),
            kwdefaults: Locked::new(kwdefaults),
            closure,
            dict: Locked::new(None),
            module,
            doc: Locked::new(doc),
            annotations: Locked::new(None),
        })),
    );
    crate::gc::track(&f);
    f
}

/// A bound method.
pub fn new_method(func: PyRef, recv: PyRef) -> PyRef {
    PyRef::new(&types().method, Payload::Method(Box::new([func, recv])))
}

/// A new cell.
pub fn new_cell(v: Option<PyRef>) -> PyRef {
    PyRef::new(&types().cell, Payload::Cell(Locked::new(v)))
}

/// The content of a cell.
pub fn cell_get(c: &PyRef) -> Option<PyRef> {
    match &c.payload {
        Payload::Cell(l) => l.with(c.mutex(), |v| v.clone()),
        _ => None,
    }
}

/// Set the content of a cell.
pub fn cell_set(c: &PyRef, v: Option<PyRef>) {
    if let Payload::Cell(l) = &c.payload {
        let old = l.with(c.mutex(), |x| std::mem::replace(x, v));
        drop(old);
    }
}

/// A field of a function under its lock.
pub fn fn_field<R>(f: &PyRef, get: impl FnOnce(&FunctionData) -> R) -> R {
    match &f.payload {
        Payload::Function(fd) => get(fd),
        _ => panic!("not a function"),
    }
}

/// `property.getter/setter/deleter` return a copy with one accessor
/// swapped: a plain property directly, a subclass instance through
/// `type(self)(fget, fset, fdel, doc)` as CPython does.
fn prop_with(vm: &mut dyn crate::vm::Vm, p: &PyRef, idx: usize, f: PyRef) -> PyResult {
    let inner = crate::subclass::native(p);
    let Payload::Property(parts) = &inner.payload else {
        return Err(crate::vm::type_error("descriptor requires a 'property' object"));
    };
    let mut np = (**parts).clone();
    np[idx] = f;
    if let Payload::Subclass(_) = &p.payload {
        return vm.call(p.class(), &np, &[]);
    }
    Ok(PyRef::new(p.class(), Payload::Property(Box::new(np))))
}
fn m_getter(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    crate::vm::check_args("getter", &a[1..], 1, 1)?;
    prop_with(vm, &a[0], 0, a[1].clone())
}
fn m_setter(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    crate::vm::check_args("setter", &a[1..], 1, 1)?;
    prop_with(vm, &a[0], 1, a[1].clone())
}
fn m_deleter(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    crate::vm::check_args("deleter", &a[1..], 1, 1)?;
    prop_with(vm, &a[0], 2, a[1].clone())
}

fn f_get(_: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    crate::vm::check_args("__get__", &a[1..], 1, 2)?;
    if crate::vm::is_none(&a[1]) {
        return Ok(a[0].clone());
    }
    Ok(new_method(a[0].clone(), a[1].clone()))
}
fn sm_get(_: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    match &a[0].payload {
        Payload::StaticMethod(f) => Ok(f.clone()),
        _ => Ok(a[0].clone()),
    }
}
fn cm_get(_: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    let owner = match (a.get(2), a.get(1)) {
        (Some(t), _) if !crate::vm::is_none(t) => t.clone(),
        (_, Some(o)) => o.class().clone(),
        _ => return Err(crate::vm::type_error("__get__(None, None) is invalid")),
    };
    match &a[0].payload {
        Payload::ClassMethod(f) => Ok(new_method(f.clone(), owner)),
        _ => Ok(a[0].clone()),
    }
}
fn prop_get(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    let Payload::Property(p) = &a[0].payload else { return Ok(a[0].clone()) };
    match a.get(1) {
        Some(o) if !crate::vm::is_none(o) => {
            if crate::vm::is_none(&p[0]) {
                return Err(crate::vm::attribute_error("property has no getter"));
            }
            vm.call(&p[0], std::slice::from_ref(o), &[])
        }
        _ => Ok(a[0].clone()),
    }
}
fn prop_set(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    let Payload::Property(p) = &a[0].payload else { return Ok(crate::vm::none()) };
    if crate::vm::is_none(&p[1]) {
        return Err(crate::vm::attribute_error("property has no setter"));
    }
    vm.call(&p[1], &a[1..3], &[])?;
    Ok(crate::vm::none())
}

/// Install the methods of `property`.
pub fn register() {
    crate::types::add_method(&types().function, "__get__", f_get);
    crate::types::add_method(&types().staticmethod, "__get__", sm_get);
    crate::types::add_method(&types().classmethod, "__get__", cm_get);
    crate::types::add_method(&types().property, "__get__", prop_get);
    crate::types::add_method(&types().property, "__set__", prop_set);
    let t = &types().property;
    crate::types::add_method(t, "getter", m_getter);
    crate::types::add_method(t, "setter", m_setter);
    crate::types::add_method(t, "deleter", m_deleter);
}
