//! The abstract object protocol: attribute access, calls, operators,
//! comparison, hashing, truth, iteration, `repr`/`str` — native fast paths
//! for built-in types, dunder-method dispatch (through [`Vm::call`]) for
//! user classes.

use crate::object::PyRef;
use crate::payload::{BaseKind, DictIterKind, IterData, IterKind, Payload, TF_HAS_GETATTR, TF_HAS_GETATTRIBUTE};
use crate::types::{is_subtype, isinstance, lookup, s, t, type_data, type_name, types};
use crate::vm::*;
use std::cell::RefCell;
use std::sync::atomic::{AtomicI64, AtomicIsize, Ordering};

/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    /// +
    Add,
    /// -
    Sub,
    /// *
    Mul,
    /// @
    MatMul,
    /// /
    TrueDiv,
    /// //
    FloorDiv,
    /// %
    Mod,
    /// **
    Pow,
    /// <<
    LShift,
    /// >>
    RShift,
    /// &
    And,
    /// |
    Or,
    /// ^
    Xor,
}

impl BinOp {
    /// All operators in operand order (the bytecode operand is the index).
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];
    /// The operator symbol.
    pub fn symbol(self) -> &'static str {
        ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"][self as usize]
    }
    fn dunder(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
    fn int_op(self) -> Option<crate::int::IntOp> {
        use crate::int::IntOp as I;
        Some(match self {
            BinOp::Add => I::Add,
            BinOp::Sub => I::Sub,
            BinOp::Mul => I::Mul,
            BinOp::FloorDiv => I::FloorDiv,
            BinOp::Mod => I::Mod,
            BinOp::Pow => I::Pow,
            BinOp::LShift => I::LShift,
            BinOp::RShift => I::RShift,
            BinOp::And => I::And,
            BinOp::Or => I::Or,
            BinOp::Xor => I::Xor,
            _ => return None,
        })
    }
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    /// <
    Lt,
    /// <=
    Le,
    /// ==
    Eq,
    /// !=
    Ne,
    /// >
    Gt,
    /// >=
    Ge,
}

impl CmpOp {
    /// All comparisons in operand order.
    pub const ALL: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];
    fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    fn swapped(self) -> CmpOp {
        [CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le][self as usize]
    }
    fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

fn tname(o: &PyRef) -> &str {
    type_name(o.class())
}

/// Whether the object's class is a user (heap) class.
#[inline]
fn is_heap(o: &PyRef) -> bool {
    match &o.class().payload {
        Payload::Type(td) => !td.builtin,
        _ => false,
    }
}

/// Look up a special method on the type (user classes only).
fn special(o: &PyRef, name: &str) -> Option<PyRef> {
    if is_heap(o) || is_heap_type_obj(o) {
        lookup(o.class(), name).filter(|f| !is_native_slot(f))
    } else {
        None
    }
}

fn is_heap_type_obj(o: &PyRef) -> bool {
    // A class whose metaclass is a user class.
    !type_data(o.class()).builtin
}

/// Native slots installed on `object` stand for "not overridden".
fn is_object_slot(f: &PyRef) -> bool {
    matches!(&f.payload, Payload::Builtin(b) if b.owner == "object")
}

/// A native method of a built-in type (such as `list.__len__`): for a
/// subclass instance it means "not overridden", so the protocol runs the
/// native operation on the built-in payload directly.
fn is_native_slot(f: &PyRef) -> bool {
    matches!(&f.payload, Payload::Builtin(b) if b.bound.is_none() && !b.owner.is_empty() && b.owner != "builtins")
}

/// Call a special method found on the type with `self` first.
fn call_special(vm: &mut dyn Vm, f: &PyRef, slf: &PyRef, args: &[PyRef]) -> PyResult {
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(slf.clone());
    v.extend_from_slice(args);
    match &f.payload {
        Payload::StaticMethod(inner) => vm.call(inner, args, &[]),
        Payload::ClassMethod(inner) => {
            v[0] = slf.class().clone();
            vm.call(inner, &v, &[])
        }
        _ => vm.call(f, &v, &[]),
    }
}

/// Whether `o` uses identity equality (no user `__eq__`).
pub fn has_default_eq(o: &PyRef) -> bool {
    !is_heap(o) || lookup(o.class(), "__eq__").is_none_or(|f| is_object_slot(&f))
}

// ---------------------------------------------------------------- calls

/// Call any callable.
pub fn call(vm: &mut dyn Vm, f: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult {
    match &f.payload {
        Payload::Builtin(b) => match &b.bound {
            None => {
                if let Some(t) = &b.self_type {
                    match args.first() {
                        Some(s) if is_subtype(s.class(), t) => {}
                        Some(s) => {
                            return Err(type_error(format!(
                                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                b.name,
                                type_name(t),
                                tname(s)
                            )))
                        }
                        None => return Err(type_error(format!("unbound method {}.{}() needs an argument", type_name(t), b.name))),
                    }
                }
                (b.func)(vm, args, kw)
            }
            Some(recv) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(recv.clone());
                v.extend_from_slice(args);
                (b.func)(vm, &v, kw)
            }
        },
        Payload::Method(m) => {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(m[1].clone());
            v.extend_from_slice(args);
            vm.call(&m[0], &v, kw)
        }
        Payload::Type(_) => crate::construct::type_call(vm, f, args, kw),
        Payload::Function(_) => vm.call(f, args, kw),
        Payload::StaticMethod(inner) => vm.call(inner, args, kw),
        _ => match special(f, "__call__") {
            Some(c) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(f.clone());
                v.extend_from_slice(args);
                vm.call(&c, &v, kw)
            }
            None => Err(type_error(format!("'{}' object is not callable", tname(f)))),
        },
    }
}

/// Whether `o` is callable.
pub fn callable(o: &PyRef) -> bool {
    match &o.payload {
        Payload::Builtin(_) | Payload::Method(_) | Payload::Type(_) | Payload::Function(_) => true,
        _ => is_heap(o) && lookup(o.class(), "__call__").is_some(),
    }
}

/// `o.name(*args)`.
pub fn call_method(vm: &mut dyn Vm, o: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
    let f = getattr_str(vm, o, name)?;
    vm.call(&f, args, &[])
}

// ---------------------------------------------------------------- attributes

/// The instance dict of an object, if it has one.
pub fn instance_dict(o: &PyRef) -> Option<&PyRef> {
    match &o.payload {
        Payload::Instance(d) => Some(d),
        Payload::List(_, Some(d)) | Payload::Dict(_, Some(d)) => Some(d),
        Payload::Exception(e) => Some(&e.dict),
        Payload::Module(m) => Some(&m.dict),
        _ => None,
    }
}

fn descr_kind(d: &PyRef) -> (bool, bool) {
    // (has __get__, is data descriptor)
    match &d.payload {
        Payload::Property(_) => (true, true),
        Payload::Function(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_) | Payload::Builtin(_) => (true, false),
        _ if is_heap(d) => {
            let ty = d.class();
            let g = lookup(ty, "__get__").is_some();
            let s = lookup(ty, "__set__").is_some() || lookup(ty, "__delete__").is_some();
            (g, s)
        }
        _ => (false, false),
    }
}

/// Apply a descriptor's `__get__` for an instance access.
fn descr_get(vm: &mut dyn Vm, d: PyRef, obj: &PyRef, owner: &PyRef) -> PyResult {
    match &d.payload {
        Payload::Function(_) => Ok(crate::function::new_method(d, obj.clone())),
        Payload::Builtin(b) if b.bound.is_none() => {
            if b.class_method {
                Ok(crate::function::bind_builtin(b, owner.clone()))
            } else {
                Ok(crate::function::bind_builtin(b, obj.clone()))
            }
        }
        Payload::ClassMethod(f) => bind_classmethod(f, owner),
        Payload::StaticMethod(f) => Ok(f.clone()),
        Payload::Property(p) => {
            if is_none(&p[0]) {
                return Err(attribute_error("property has no getter"));
            }
            vm.call(&p[0], std::slice::from_ref(obj), &[])
        }
        _ if is_heap(&d) => match lookup(d.class(), "__get__") {
            Some(g) => vm.call(&g, &[d.clone(), obj.clone(), owner.clone()], &[]),
            None => Ok(d),
        },
        _ => Ok(d),
    }
}

fn bind_classmethod(f: &PyRef, owner: &PyRef) -> PyResult {
    match &f.payload {
        Payload::Builtin(b) => Ok(crate::function::bind_builtin(b, owner.clone())),
        _ => Ok(crate::function::new_method(f.clone(), owner.clone())),
    }
}

/// `getattr(o, name)` with a `str` object name (the fast path for
/// instances of plain classes uses the name's cached hash).
#[inline]
pub fn getattr(vm: &mut dyn Vm, o: &PyRef, name: &PyRef) -> PyResult {
    let s = crate::str::as_str(name).unwrap_or("");
    if let Payload::Instance(d) = &o.payload {
        let ty = o.class();
        if type_data(ty).flags.load(Ordering::Relaxed) & TF_HAS_GETATTRIBUTE == 0 {
            let found = lookup(ty, s);
            match &found {
                Some(dsc) if descr_kind(dsc).1 => {}
                _ => {
                    if let Some(v) = crate::dict::get_str_obj(d, name) {
                        return Ok(v);
                    }
                    if let Some(dsc) = found {
                        return descr_get(vm, dsc, o, ty);
                    }
                }
            }
        }
    }
    getattr_str(vm, o, s)
}

/// `getattr(o, name)` with a Rust string name.
pub fn getattr_str(vm: &mut dyn Vm, o: &PyRef, name: &str) -> PyResult {
    if is_heap(o) {
        let flags = type_data(o.class()).flags.load(Ordering::Relaxed);
        if flags & TF_HAS_GETATTRIBUTE != 0 {
            if let Some(ga) = lookup(o.class(), "__getattribute__") {
                let r = vm.call(&ga, &[o.clone(), crate::str::new_str(name)], &[]);
                return match r {
                    Err(e) if flags & TF_HAS_GETATTR != 0 && err_matches(&e, &t().attribute_error) => getattr_hook(vm, o, name, e),
                    r => r,
                };
            }
        }
        let r = generic_getattr(vm, o, name);
        if flags & TF_HAS_GETATTR != 0 {
            if let Err(e) = &r {
                if err_matches(e, &t().attribute_error) {
                    return getattr_hook(vm, o, name, e.clone());
                }
            }
        }
        return r;
    }
    generic_getattr(vm, o, name)
}

fn getattr_hook(vm: &mut dyn Vm, o: &PyRef, name: &str, e: PyErr) -> PyResult {
    match lookup(o.class(), "__getattr__") {
        Some(f) => vm.call(&f, &[o.clone(), crate::str::new_str(name)], &[]),
        None => Err(e),
    }
}

/// `object.__getattribute__`: data descriptors, instance dict, then class
/// attributes and non-data descriptors.
pub fn generic_getattr(vm: &mut dyn Vm, o: &PyRef, name: &str) -> PyResult {
    if let Payload::Type(_) = &o.payload {
        return type_getattr(vm, o, name);
    }
    if let Payload::Super(_) = &o.payload {
        return super_getattr(vm, o, name);
    }
    let ty = o.class();
    let found = lookup(ty, name);
    if let Some(d) = &found {
        let (has_get, data) = descr_kind(d);
        if has_get && data {
            return descr_get(vm, d.clone(), o, ty);
        }
    }
    if let Some(dict) = instance_dict(o) {
        if let Some(v) = crate::dict::get_str(dict, name) {
            return Ok(v);
        }
    }
    if let Some(r) = crate::attrs::builtin_attr(vm, o, name) {
        return r;
    }
    if let Some(d) = found {
        return descr_get(vm, d, o, ty);
    }
    Err(no_attr(o, name))
}

fn no_attr(o: &PyRef, name: &str) -> PyErr {
    if let Payload::Module(m) = &o.payload {
        let mname = crate::str::as_str(&m.name).unwrap_or("?");
        return attribute_error(format!("module '{mname}' has no attribute '{name}'"));
    }
    attribute_error(format!("'{}' object has no attribute '{}'", tname(o), name))
}

fn type_getattr(vm: &mut dyn Vm, ty: &PyRef, name: &str) -> PyResult {
    let meta = ty.class();
    let meta_attr = if meta.is(&types().type_) { None } else { lookup(meta, name) };
    if let Some(d) = &meta_attr {
        let (g, data) = descr_kind(d);
        if g && data {
            return descr_get(vm, d.clone(), ty, meta);
        }
    }
    if let Some(v) = lookup(ty, name) {
        return match &v.payload {
            Payload::ClassMethod(f) => bind_classmethod(f, ty),
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::Builtin(b) if b.class_method => Ok(crate::function::bind_builtin(b, ty.clone())),
            _ if is_heap(&v) => match lookup(v.class(), "__get__") {
                Some(g) => vm.call(&g, &[v.clone(), none(), ty.clone()], &[]),
                None => Ok(v),
            },
            _ => Ok(v),
        };
    }
    if let Some(r) = crate::attrs::type_attr(vm, ty, name) {
        return r;
    }
    if let Some(d) = meta_attr {
        return descr_get(vm, d, ty, meta);
    }
    if let Some(v) = lookup(&types().type_, name) {
        if let Payload::Builtin(b) = &v.payload {
            return Ok(crate::function::bind_builtin(b, ty.clone()));
        }
    }
    Err(attribute_error(format!("type object '{}' has no attribute '{}'", type_name(ty), name)))
}

fn super_getattr(vm: &mut dyn Vm, sup: &PyRef, name: &str) -> PyResult {
    let Payload::Super(p) = &sup.payload else { unreachable!() };
    let (start, obj) = (&p[0], &p[1]);
    let obj_type = if crate::types::is_type(obj) && is_subtype(obj, start) { obj.clone() } else { obj.class().clone() };
    let td = type_data(&obj_type);
    let full: Vec<PyRef> = std::iter::once(obj_type.clone()).chain(td.mro.iter().cloned()).collect();
    let pos = full.iter().position(|t| t.is(start)).map(|p| p + 1).unwrap_or(full.len());
    for t in &full[pos..] {
        if let Some(v) = crate::dict::get_str(&type_data(t).dict, name) {
            let is_cls = crate::types::is_type(obj) && is_subtype(obj, start);
            return match &v.payload {
                Payload::Function(_) if is_cls => Ok(v),
                Payload::Builtin(b) if is_cls && !b.class_method => Ok(v),
                _ => {
                    if is_cls {
                        match &v.payload {
                            Payload::ClassMethod(f) => bind_classmethod(f, obj),
                            Payload::StaticMethod(f) => Ok(f.clone()),
                            Payload::Builtin(b) => Ok(crate::function::bind_builtin(b, obj.clone())),
                            _ => Ok(v),
                        }
                    } else {
                        descr_get(vm, v, obj, &obj_type)
                    }
                }
            };
        }
    }
    if name == "__class__" {
        return Ok(sup.class().clone());
    }
    Err(attribute_error(format!("'super' object has no attribute '{name}'")))
}

/// `getattr(o, name, None)`-style lookup: None on AttributeError.
pub fn getattr_opt(vm: &mut dyn Vm, o: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
    match getattr_str(vm, o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if err_matches(&e, &t().attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `setattr(o, name, v)`; `v = None` deletes.
pub fn setattr(vm: &mut dyn Vm, o: &PyRef, name: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let n = crate::str::as_str(name).unwrap_or("");
    // Fast path: a plain instance attribute store.
    if let (Payload::Instance(d), Some(val)) = (&o.payload, &v) {
        let ty = o.class();
        let plain_setattr = lookup(ty, "__setattr__").is_none_or(|f| is_object_slot(&f));
        if plain_setattr && !lookup(ty, n).is_some_and(|dsc| descr_kind(&dsc).1) {
            crate::dict::set_str_obj(d, name, val.clone());
            return Ok(());
        }
    }
    if is_heap(o) {
        let hook = if v.is_some() { "__setattr__" } else { "__delattr__" };
        if let Some(f) = lookup(o.class(), hook).filter(|f| !is_object_slot(f)) {
            let mut args = vec![o.clone(), name.clone()];
            args.extend(v);
            vm.call(&f, &args, &[])?;
            return Ok(());
        }
    }
    generic_setattr(vm, o, n, v)
}

/// `object.__setattr__`.
pub fn generic_setattr(vm: &mut dyn Vm, o: &PyRef, name: &str, v: Option<PyRef>) -> PyResult<()> {
    if let Payload::Type(td) = &o.payload {
        if td.builtin {
            return Err(type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                td.name
            )));
        }
        if let Some(d) = lookup(o.class(), name).filter(|_| !o.class().is(&types().type_)) {
            if let (_, true) = descr_kind(&d) {
                return descr_set(vm, &d, o, v);
            }
        }
        match v {
            Some(v) => crate::dict::set_str(&td.dict, name, v),
            None => {
                if crate::dict::del_item(vm, &td.dict, &crate::str::new_str(name))?.is_none() {
                    return Err(attribute_error(format!("type object '{}' has no attribute '{name}'", td.name)));
                }
            }
        }
        crate::types::type_modified(o);
        return Ok(());
    }
    if let Some(d) = lookup(o.class(), name) {
        if let (_, true) = descr_kind(&d) {
            return descr_set(vm, &d, o, v);
        }
    }
    if let Some(r) = crate::attrs::set_builtin_attr(vm, o, name, v.clone()) {
        return r;
    }
    let Some(dict) = instance_dict(o) else {
        if let Payload::Function(f) = &o.payload {
            let d = f.dict.with(o.mutex(), |d| d.get_or_insert_with(crate::dict::new_dict).clone());
            return match v {
                Some(v) => {
                    crate::dict::set_str(&d, name, v);
                    Ok(())
                }
                None => crate::dict::del_item(vm, &d, &crate::str::new_str(name))?.map(|_| ()).ok_or_else(|| no_attr(o, name)),
            };
        }
        if lookup(o.class(), name).is_some() {
            return Err(attribute_error(format!("'{}' object attribute '{name}' is read-only", tname(o))));
        }
        return Err(attribute_error(format!("'{}' object has no attribute '{name}' and no __dict__ for setting new attributes", tname(o))));
    };
    match v {
        Some(v) => {
            crate::dict::set_str(dict, name, v);
            Ok(())
        }
        None => match crate::dict::del_item(vm, dict, &crate::str::new_str(name))? {
            Some(_) => Ok(()),
            None => Err(no_attr(o, name)),
        },
    }
}

fn descr_set(vm: &mut dyn Vm, d: &PyRef, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match &d.payload {
        Payload::Property(p) => {
            let (f, what) = if v.is_some() { (&p[1], "setter") } else { (&p[2], "deleter") };
            if is_none(f) {
                let pname = property_name(&p[0]);
                return Err(attribute_error(format!(
                    "property {}of '{}' object has no {what}",
                    pname.map(|n| format!("'{n}' ")).unwrap_or_default(),
                    tname(o)
                )));
            }
            let mut args = vec![o.clone()];
            args.extend(v);
            vm.call(f, &args, &[])?;
            Ok(())
        }
        _ => {
            let (m, args) = match v {
                Some(v) => ("__set__", vec![d.clone(), o.clone(), v]),
                None => ("__delete__", vec![d.clone(), o.clone()]),
            };
            match lookup(d.class(), m) {
                Some(f) => vm.call(&f, &args, &[]).map(|_| ()),
                None => Err(attribute_error(m.to_string())),
            }
        }
    }
}

fn property_name(fget: &PyRef) -> Option<String> {
    match &fget.payload {
        Payload::Function(f) => crate::str::as_str(&f.name.with(fget.mutex(), |n| n.clone())).map(String::from),
        _ => None,
    }
}

// ---------------------------------------------------------------- truth, len

/// Truth value without running Python code, when possible.
#[inline]
pub fn truthy_native(o: &PyRef) -> Option<bool> {
    Some(match &o.payload {
        Payload::None => false,
        Payload::Int(i) => *i != 0,
        Payload::BigInt(_) => true,
        Payload::Float(f) => *f != 0.0,
        Payload::Complex(a, b) => *a != 0.0 || *b != 0.0,
        Payload::Str(s) => s.char_len() > 0,
        Payload::Bytes(b) => !b.is_empty(),
        Payload::ByteArray(l) => l.with(o.mutex(), |v| !v.is_empty()),
        Payload::List(l, _) => l.with(o.mutex(), |v| !v.is_empty()),
        Payload::Tuple(t) => !t.is_empty(),
        Payload::Dict(..) => crate::dict::len(o) > 0,
        Payload::Set(_) | Payload::FrozenSet(_) => crate::set::read(o, |d| !d.is_empty()),
        Payload::Range(_) => match crate::range::range_i64(o) {
            Some((a, b, c)) => crate::range::range_len(a, b, c) > 0,
            None => true,
        },
        Payload::DictView(d, _) => crate::dict::len(d) > 0,
        _ if is_heap(o) => return None,
        _ => true,
    })
}

/// `bool(o)`.
#[inline]
pub fn truthy(vm: &mut dyn Vm, o: &PyRef) -> PyResult<bool> {
    if !is_heap(o) {
        if let Some(b) = truthy_native(o) {
            return Ok(b);
        }
    }
    if let Some(f) = special(o, "__bool__") {
        let r = call_special(vm, &f, o, &[])?;
        return match &r.payload {
            Payload::Int(i) if r.class().is(&types().bool_) => Ok(*i != 0),
            _ => Err(type_error(format!("__bool__ should return bool, returned {}", tname(&r)))),
        };
    }
    if let Some(f) = special(o, "__len__") {
        let r = call_special(vm, &f, o, &[])?;
        return Ok(crate::int::index_i64(&r)? != 0);
    }
    Ok(match &o.payload {
        Payload::List(..) | Payload::Dict(..) | Payload::Exception(_) => truthy_native_payload(o),
        _ => true,
    })
}

/// Truth of a built-in payload (for subclass instances without `__bool__`).
fn truthy_native_payload(o: &PyRef) -> bool {
    match &o.payload {
        Payload::List(l, _) => l.with(o.mutex(), |v| !v.is_empty()),
        Payload::Dict(..) => crate::dict::len(o) > 0,
        _ => true,
    }
}

/// `len(o)`.
pub fn len(vm: &mut dyn Vm, o: &PyRef) -> PyResult<usize> {
    if is_heap(o) && matches!(o.payload, Payload::List(..) | Payload::Dict(..)) {
        if let Some(f) = special(o, "__len__") {
            let r = call_special(vm, &f, o, &[])?;
            let n = crate::int::index_i64(&index(vm, &r)?)?;
            if n < 0 {
                return Err(value_error("__len__() should return >= 0"));
            }
            return Ok(n as usize);
        }
    }
    Ok(match &o.payload {
        Payload::Str(s) => s.char_len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(l) => l.with(o.mutex(), |v| v.len()),
        Payload::List(..) => crate::list::len(o),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(..) => crate::dict::len(o),
        Payload::Set(_) | Payload::FrozenSet(_) => crate::set::read(o, |d| d.len()),
        Payload::DictView(d, _) => crate::dict::len(d),
        Payload::Range(_) => match crate::range::range_i64(o) {
            Some((a, b, c)) => crate::range::range_len(a, b, c) as usize,
            None => return Err(overflow_error("Python int too large to convert to C ssize_t")),
        },
        _ => match special(o, "__len__") {
            Some(f) => {
                let r = call_special(vm, &f, o, &[])?;
                let n = index(vm, &r)?;
                let n = crate::int::index_i64(&n)?;
                if n < 0 {
                    return Err(value_error("__len__() should return >= 0"));
                }
                n as usize
            }
            None => return Err(type_error(format!("object of type '{}' has no len()", tname(o)))),
        },
    })
}

/// `operator.index(o)`.
pub fn index(vm: &mut dyn Vm, o: &PyRef) -> PyResult {
    if crate::int::is_int(o) {
        return Ok(o.clone());
    }
    if let Some(f) = special(o, "__index__") {
        let r = call_special(vm, &f, o, &[])?;
        if !crate::int::is_int(&r) {
            return Err(type_error(format!("__index__ returned non-int (type {})", tname(&r))));
        }
        return Ok(r);
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", tname(o))))
}

// ---------------------------------------------------------------- repr / str

thread_local! {
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// `repr()` of built-in scalars without Python code.
pub fn repr_native(o: &PyRef) -> Option<String> {
    Some(match &o.payload {
        Payload::None => "None".into(),
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::Int(i) if o.class().is(&types().bool_) => if *i != 0 { "True" } else { "False" }.into(),
        Payload::Int(_) | Payload::BigInt(_) if !is_heap(o) => crate::int::int_repr(o),
        Payload::Float(f) if !is_heap(o) => crate::float::float_repr(*f),
        Payload::Str(s) if !is_heap(o) => crate::str::repr_str(s.as_str()),
        Payload::Bytes(b) => crate::bytes::repr_bytes(b),
        Payload::Tuple(items) if !is_heap(o) => {
            let parts: Option<Vec<String>> = items.iter().map(repr_native).collect();
            let parts = parts?;
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        _ => return None,
    })
}

/// `str()` of built-in scalars without Python code.
pub fn str_native(o: &PyRef) -> Option<String> {
    match &o.payload {
        Payload::Str(s) if !is_heap(o) => Some(s.as_str().to_string()),
        _ => repr_native(o),
    }
}

/// `repr(o)` as a Rust string.
pub fn repr_string(vm: &mut dyn Vm, o: &PyRef) -> PyResult<String> {
    if let Some(s) = repr_native(o) {
        return Ok(s);
    }
    let r = repr(vm, o)?;
    Ok(crate::str::as_str(&r).unwrap_or("").to_string())
}

/// `repr(o)`.
pub fn repr(vm: &mut dyn Vm, o: &PyRef) -> PyResult {
    if let Some(s) = repr_native(o) {
        return Ok(crate::str::new_string(s));
    }
    if let Some(f) = special(o, "__repr__") {
        let r = call_special(vm, &f, o, &[])?;
        if crate::str::as_str(&r).is_none() {
            return Err(type_error(format!("__repr__ returned non-string (type {})", tname(&r))));
        }
        return Ok(r);
    }
    vm.enter_recursion(" while getting the repr of an object")?;
    let r = crate::attrs::builtin_repr(vm, o);
    vm.leave_recursion();
    r.map(crate::str::new_string)
}

/// Run `f` unless `o` is already being repr'd on this thread (then
/// return `recursive`), for self-containing containers.
pub fn repr_guard(o: &PyRef, recursive: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    let addr = o.addr();
    if REPR_ACTIVE.with(|r| r.borrow().contains(&addr)) {
        return Ok(recursive.to_string());
    }
    REPR_ACTIVE.with(|r| r.borrow_mut().push(addr));
    let res = f();
    REPR_ACTIVE.with(|r| {
        let mut v = r.borrow_mut();
        if let Some(p) = v.iter().rposition(|&a| a == addr) {
            v.remove(p);
        }
    });
    res
}

/// `str(o)`.
pub fn str_(vm: &mut dyn Vm, o: &PyRef) -> PyResult {
    if let Payload::Str(_) = &o.payload {
        if !is_heap(o) {
            return Ok(o.clone());
        }
    }
    if let Some(f) = special(o, "__str__") {
        let r = call_special(vm, &f, o, &[])?;
        if crate::str::as_str(&r).is_none() {
            return Err(type_error(format!("__str__ returned non-string (type {})", tname(&r))));
        }
        return Ok(r);
    }
    if let Payload::Exception(_) = &o.payload {
        return exc_str(vm, o);
    }
    repr(vm, o)
}

fn exc_str(vm: &mut dyn Vm, e: &PyRef) -> PyResult {
    let a = crate::exceptions::args(e);
    let items = crate::tuple::as_slice(&a).unwrap_or(&[]).to_vec();
    if isinstance(e, &t().os_error) && items.len() >= 2 {
        let mut s = format!("[Errno {}] {}", str_string(vm, &items[0])?, str_string(vm, &items[1])?);
        if let Some(f) = instance_dict(e).and_then(|d| crate::dict::get_str(d, "filename")) {
            s.push_str(&format!(": {}", repr_string(vm, &f)?));
        }
        return Ok(crate::str::new_string(s));
    }
    if isinstance(e, &t().key_error) && items.len() == 1 {
        return repr(vm, &items[0]);
    }
    match items.len() {
        0 => Ok(crate::str::new_str("")),
        1 => str_(vm, &items[0]),
        _ => repr(vm, &a),
    }
}

/// `str(o)` as a Rust string.
pub fn str_string(vm: &mut dyn Vm, o: &PyRef) -> PyResult<String> {
    let r = str_(vm, o)?;
    Ok(crate::str::as_str(&r).unwrap_or("").to_string())
}

// ---------------------------------------------------------------- hashing

/// The identity hash of an object (CPython's pointer hash).
pub fn id_hash(o: &PyRef) -> i64 {
    let a = o.addr();
    (a.rotate_right(4)) as i64
}

/// `hash(o)`.
pub fn hash(vm: &mut dyn Vm, o: &PyRef) -> PyResult<i64> {
    match &o.payload {
        Payload::Str(s) if !is_heap(o) => return Ok(s.hash()),
        Payload::Int(i) if !is_heap(o) => return Ok(crate::int::hash_int(*i)),
        _ => {}
    }
    if is_heap(o) {
        if let Some(f) = lookup(o.class(), "__hash__") {
            if is_none(&f) {
                return Err(type_error(format!("unhashable type: '{}'", tname(o))));
            }
            if !is_object_slot(&f) {
                let r = call_special(vm, &f, o, &[])?;
                return match &r.payload {
                    Payload::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                    Payload::BigInt(b) => Ok(crate::int::hash_bigint(b)),
                    _ => Err(type_error("__hash__ method should return an integer")),
                };
            }
        }
    }
    Ok(match &o.payload {
        Payload::Int(i) => crate::int::hash_int(*i),
        Payload::BigInt(b) => crate::int::hash_bigint(b),
        Payload::Float(f) => crate::float::hash_float(*f),
        Payload::Str(s) => s.hash(),
        Payload::Bytes(b) => crate::str::hash_bytes(b),
        Payload::None => 0xFCA86420,
        Payload::Tuple(items) => {
            let mut hs = Vec::with_capacity(items.len());
            for it in items.iter() {
                hs.push(hash(vm, it)?);
            }
            crate::tuple::hash_items(hs.into_iter())
        }
        Payload::FrozenSet(d) => {
            let mut h: u64 = 0;
            for (eh, _) in d.iter_hashed() {
                let x = eh as u64;
                h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
            }
            h ^= (d.len() as u64 + 1).wrapping_mul(1927868237);
            h ^= (h >> 11) ^ (h >> 25);
            h = h.wrapping_mul(69069).wrapping_add(907133923);
            if h as i64 == -1 {
                590923713
            } else {
                h as i64
            }
        }
        Payload::Range(_) | Payload::Slice(_) if false => 0,
        Payload::List(..) | Payload::Dict(..) | Payload::Set(_) | Payload::ByteArray(_) | Payload::Slice(_) | Payload::DictView(..) => {
            return Err(type_error(format!("unhashable type: '{}'", tname(o))))
        }
        Payload::Range(p) => {
            let mut hs = Vec::new();
            for x in p.iter() {
                hs.push(hash(vm, x)?);
            }
            crate::tuple::hash_items(hs.into_iter())
        }
        Payload::Complex(re, im) => {
            let h = crate::float::hash_float(*re).wrapping_add(1000003i64.wrapping_mul(crate::float::hash_float(*im)));
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Payload::Method(m) => id_hash(&m[0]) ^ id_hash(&m[1]),
        _ => id_hash(o),
    })
}

// ---------------------------------------------------------------- comparison

/// `a == b` as a bool.
#[inline]
pub fn eq(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if a.is(b) && !matches!(a.payload, Payload::Float(_)) {
        return Ok(true);
    }
    if let Some(r) = crate::dict::native_eq(a, b) {
        return Ok(r);
    }
    let r = richcompare(vm, a, b, CmpOp::Eq)?;
    truthy(vm, &r)
}

/// `a < b` as a bool.
pub fn lt(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) => return Ok(x < y),
        (Payload::Float(x), Payload::Float(y)) => return Ok(x < y),
        (Payload::Str(x), Payload::Str(y)) => return Ok(x.as_str() < y.as_str()),
        _ => {}
    }
    let r = richcompare(vm, a, b, CmpOp::Lt)?;
    truthy(vm, &r)
}

fn num_cmp(a: &PyRef, b: &PyRef) -> Option<std::cmp::Ordering> {
    use Payload::*;
    match (&a.payload, &b.payload) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Int(_) | BigInt(_), Int(_) | BigInt(_)) => Some(crate::int::int_cmp(a, b)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Int(x), Float(y)) => (*x as f64).partial_cmp(y),
        (Float(x), Int(y)) => x.partial_cmp(&(*y as f64)),
        (BigInt(x), Float(y)) => num_traits::ToPrimitive::to_f64(&**x).unwrap_or(f64::INFINITY).partial_cmp(y),
        (Float(x), BigInt(y)) => x.partial_cmp(&num_traits::ToPrimitive::to_f64(&**y).unwrap_or(f64::INFINITY)),
        _ => Option::None,
    }
}

fn is_num(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_))
}

/// Lexicographic comparison of two sequences.
fn seq_cmp(vm: &mut dyn Vm, x: &[PyRef], y: &[PyRef], op: CmpOp) -> PyResult {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(bool_obj(op == CmpOp::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !eq(vm, p, q)? {
            if op == CmpOp::Eq {
                return Ok(bool_obj(false));
            }
            if op == CmpOp::Ne {
                return Ok(bool_obj(true));
            }
            return richcompare(vm, p, q, op);
        }
    }
    Ok(bool_obj(op.test(x.len().cmp(&y.len()))))
}

/// Built-in comparison; None when the types do not support `op` natively.
pub fn native_compare(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult<Option<PyRef>> {
    use Payload::*;
    if is_num(a) && is_num(b) {
        return Ok(Some(bool_obj(match num_cmp(a, b) {
            Some(o) => op.test(o),
            Option::None => op == CmpOp::Ne,
        })));
    }
    Ok(Some(match (&a.payload, &b.payload) {
        (Str(x), Str(y)) => bool_obj(op.test(x.as_str().cmp(y.as_str()))),
        (Bytes(x), Bytes(y)) => bool_obj(op.test(x.cmp(y))),
        (Complex(..), _) | (_, Complex(..)) if matches!(op, CmpOp::Eq | CmpOp::Ne) && (is_num(a) || matches!(a.payload, Complex(..))) && (is_num(b) || matches!(b.payload, Complex(..))) => {
            let c = |o: &PyRef| match &o.payload {
                Complex(r, i) => (*r, *i),
                _ => (as_float_operand(o).and_then(|r| r.ok()).unwrap_or(f64::NAN), 0.0),
            };
            bool_obj((c(a) == c(b)) == (op == CmpOp::Eq))
        }
        (Tuple(x), Tuple(y)) => {
            vm.enter_recursion(" in comparison")?;
            let r = seq_cmp(vm, x, y, op);
            vm.leave_recursion();
            r?
        }
        (List(..), List(..)) => {
            let (x, y) = (crate::list::items(a), crate::list::items(b));
            vm.enter_recursion(" in comparison")?;
            let r = seq_cmp(vm, &x, &y, op);
            vm.leave_recursion();
            r?
        }
        (Dict(..), Dict(..)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let mut same = crate::dict::len(a) == crate::dict::len(b);
            if same {
                for (k, v) in crate::dict::items(a) {
                    match crate::dict::get_item(vm, b, &k)? {
                        Some(w) if eq(vm, &v, &w)? => {}
                        _ => {
                            same = false;
                            break;
                        }
                    }
                }
            }
            bool_obj(same == (op == CmpOp::Eq))
        }
        (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
            let (la, lb) = (crate::set::read(a, |d| d.len()), crate::set::read(b, |d| d.len()));
            let r = match op {
                CmpOp::Eq => la == lb && crate::set::issubset(vm, a, b)?,
                CmpOp::Ne => !(la == lb && crate::set::issubset(vm, a, b)?),
                CmpOp::Le => crate::set::issubset(vm, a, b)?,
                CmpOp::Lt => la < lb && crate::set::issubset(vm, a, b)?,
                CmpOp::Ge => crate::set::issubset(vm, b, a)?,
                CmpOp::Gt => la > lb && crate::set::issubset(vm, b, a)?,
            };
            bool_obj(r)
        }
        (Range(_), Range(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let ra = crate::attrs::range_items_key(a);
            let rb = crate::attrs::range_items_key(b);
            bool_obj((ra == rb) == (op == CmpOp::Eq))
        }
        (DictView(x, DictIterKind::Keys), DictView(y, DictIterKind::Keys)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let sa = crate::set::from_iterable(vm, x)?;
            let sb = crate::set::from_iterable(vm, y)?;
            return native_compare(vm, &sa, &sb, op);
        }
        _ => return Ok(Option::None),
    }))
}

/// `a op b` (rich comparison with reflection and the identity default).
pub fn richcompare(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult {
    let (ha, hb) = (is_heap(a), is_heap(b));
    if !ha && !hb {
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(r);
        }
    }
    // Reflected first when b's type is a proper subclass of a's.
    let reflected_first = hb && !a.class().is(b.class()) && is_subtype(b.class(), a.class());
    let try_one = |vm: &mut dyn Vm, x: &PyRef, y: &PyRef, op: CmpOp| -> PyResult<Option<PyRef>> {
        if let Some(f) = special(x, op.dunder()) {
            let r = call_special(vm, &f, x, std::slice::from_ref(y))?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    };
    if reflected_first {
        if let Some(r) = try_one(vm, b, a, op.swapped())? {
            return Ok(r);
        }
    }
    if let Some(r) = try_one(vm, a, b, op)? {
        return Ok(r);
    }
    if !reflected_first {
        if let Some(r) = try_one(vm, b, a, op.swapped())? {
            return Ok(r);
        }
    }
    if ha || hb {
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Eq => Ok(bool_obj(a.is(b))),
        CmpOp::Ne => {
            if special(a, "__eq__").is_some() {
                let r = richcompare(vm, a, b, CmpOp::Eq)?;
                return Ok(bool_obj(!truthy(vm, &r)?));
            }
            Ok(bool_obj(!a.is(b)))
        }
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            tname(a),
            tname(b)
        ))),
    }
}

// ---------------------------------------------------------------- arithmetic

fn as_float_operand(o: &PyRef) -> Option<PyResult<f64>> {
    match &o.payload {
        Payload::Float(f) => Some(Ok(*f)),
        Payload::Int(i) => Some(Ok(*i as f64)),
        Payload::BigInt(_) => Some(crate::int::int_to_f64(o)),
        _ => None,
    }
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("division by zero"));
            }
            crate::float::float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("division by zero"));
            }
            crate::float::float_mod(x, y)
        }
        BinOp::Pow => crate::float::float_pow(x, y)?,
        _ => return Ok(not_impl()),
    };
    Ok(crate::float::new_float(r))
}

fn repeat_count(o: &PyRef) -> Option<i64> {
    match &o.payload {
        Payload::Int(i) => Some((*i).max(0)),
        _ => None,
    }
}

/// Built-in binary operation; `NotImplemented` when unsupported.
pub fn native_binary(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    use Payload::*;
    match (&a.payload, &b.payload) {
        (Int(_) | BigInt(_), Int(_) | BigInt(_)) => {
            if let Some(iop) = op.int_op() {
                return crate::int::int_op(iop, a, b);
            }
            if op == BinOp::TrueDiv {
                return crate::int::int_truediv(a, b);
            }
            return Ok(not_impl());
        }
        (Float(_), _) | (_, Float(_)) if is_num(a) && is_num(b) => {
            let x = as_float_operand(a).unwrap()?;
            let y = as_float_operand(b).unwrap()?;
            return float_op(op, x, y);
        }
        _ => {}
    }
    if matches!(a.payload, Complex(..)) || matches!(b.payload, Complex(..)) {
        let as_c = |o: &PyRef| -> Option<PyResult<(f64, f64)>> {
            match &o.payload {
                Complex(r, i) => Some(Ok((*r, *i))),
                Int(_) | BigInt(_) | Float(_) => Some(as_float_operand(o).unwrap().map(|f| (f, 0.0))),
                _ => Option::None,
            }
        };
        if let (Some(x), Some(y)) = (as_c(a), as_c(b)) {
            let ((ar, ai), (br, bi)) = (x?, y?);
            let (r, i) = match op {
                BinOp::Add => (ar + br, ai + bi),
                BinOp::Sub => (ar - br, ai - bi),
                BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
                BinOp::TrueDiv => {
                    let d = br * br + bi * bi;
                    if d == 0.0 {
                        return Err(zero_division("division by zero"));
                    }
                    ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
                }
                BinOp::Pow => {
                    if ar == 0.0 && ai == 0.0 {
                        if bi != 0.0 || br < 0.0 {
                            return Err(zero_division("zero to a negative or complex power"));
                        }
                        if br == 0.0 {
                            (1.0, 0.0)
                        } else {
                            (0.0, 0.0)
                        }
                    } else if bi == 0.0 && br.fract() == 0.0 && br.abs() < 100.0 {
                        // Repeated multiplication for integral exponents, as CPython.
                        let mut n = br.abs() as i64;
                        let (mut rr, mut ri) = (1.0f64, 0.0f64);
                        let (mut xr, mut xi) = (ar, ai);
                        while n > 0 {
                            if n & 1 == 1 {
                                let t = rr * xr - ri * xi;
                                ri = rr * xi + ri * xr;
                                rr = t;
                            }
                            let t = xr * xr - xi * xi;
                            xi = 2.0 * xr * xi;
                            xr = t;
                            n >>= 1;
                        }
                        if br < 0.0 {
                            let d = rr * rr + ri * ri;
                            (rr / d, -ri / d)
                        } else {
                            (rr, ri)
                        }
                    } else {
                        let vabs = ar.hypot(ai);
                        let len = vabs.powf(br);
                        let at = ai.atan2(ar);
                        let phase = at * br;
                        let (len, phase) = if bi != 0.0 { (len / (at * bi).exp(), phase + bi * vabs.ln()) } else { (len, phase) };
                        (len * phase.cos(), len * phase.sin())
                    }
                }
                _ => return Ok(not_impl()),
            };
            return Ok(PyRef::new(&types().complex, Complex(r, i)));
        }
    }
    Ok(match (op, &a.payload, &b.payload) {
        (BinOp::Add, Str(x), Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            crate::str::new_string(s)
        }
        (BinOp::Mul, Str(x), Int(_)) | (BinOp::Mul, Int(_), Str(x)) => {
            let n = repeat_count(if matches!(a.payload, Str(_)) { b } else { a }).unwrap();
            crate::str::new_string(x.as_str().repeat(n as usize))
        }
        (BinOp::Add, List(..), List(..)) => {
            let mut v = crate::list::items(a);
            v.extend(crate::list::items(b));
            crate::list::new_list(v)
        }
        (BinOp::Mul, List(..), Int(_)) | (BinOp::Mul, Int(_), List(..)) => {
            let (l, n) = if matches!(a.payload, List(..)) { (a, b) } else { (b, a) };
            let items = crate::list::items(l);
            let n = repeat_count(n).unwrap() as usize;
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            crate::list::new_list(v)
        }
        (BinOp::Add, Tuple(x), Tuple(y)) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            crate::tuple::new_tuple(v)
        }
        (BinOp::Mul, Tuple(x), Int(_)) | (BinOp::Mul, Int(_), Tuple(x)) => {
            let n = repeat_count(if matches!(a.payload, Tuple(_)) { b } else { a }).unwrap() as usize;
            let mut v = Vec::with_capacity(x.len() * n);
            for _ in 0..n {
                v.extend(x.iter().cloned());
            }
            crate::tuple::new_tuple(v)
        }
        (BinOp::Add, Bytes(x), Bytes(y)) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            crate::bytes::new_bytes(v)
        }
        (BinOp::Mul, Bytes(x), Int(_)) => crate::bytes::new_bytes(x.repeat(repeat_count(b).unwrap() as usize)),
        (BinOp::Mod, Str(x), _) if !is_heap(a) => return crate::format::percent_format(vm, x.as_str(), b),
        (BinOp::Or, Dict(..), Dict(..)) => {
            let d = crate::dict::copy(a);
            crate::dict::update(vm, &d, b)?;
            d
        }
        (op, Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => match op {
            BinOp::Or => crate::set::union(vm, a, b)?,
            BinOp::And => crate::set::intersection(vm, a, b)?,
            BinOp::Sub => crate::set::difference(vm, a, b)?,
            BinOp::Xor => crate::set::symmetric_difference(vm, a, b)?,
            _ => not_impl(),
        },
        (op, DictView(x, DictIterKind::Keys), _) if matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) => {
            let s = crate::set::from_iterable(vm, x)?;
            let o = crate::set::from_iterable(vm, b)?;
            return native_binary(vm, &s, &o, op);
        }
        _ => not_impl(),
    })
}

/// `a op b`.
#[inline]
pub fn binary_op(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    let (ha, hb) = (is_heap(a), is_heap(b));
    if !ha && !hb {
        let r = native_binary(vm, a, b, op)?;
        if !matches!(r.payload, Payload::NotImplemented) {
            return Ok(r);
        }
        return Err(binop_error(a, b, op));
    }
    let (name, rname, _) = op.dunder();
    let reflected_first = hb && !a.class().is(b.class()) && is_subtype(b.class(), a.class());
    if reflected_first {
        if let Some(f) = special(b, rname) {
            let r = call_special(vm, &f, b, std::slice::from_ref(a))?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = special(a, name) {
        let r = call_special(vm, &f, a, std::slice::from_ref(b))?;
        if !matches!(r.payload, Payload::NotImplemented) {
            return Ok(r);
        }
    } else if !matches!(a.payload, Payload::Instance(_)) {
        let r = native_binary(vm, a, b, op)?;
        if !matches!(r.payload, Payload::NotImplemented) {
            return Ok(r);
        }
    }
    if !reflected_first && !a.class().is(b.class()) {
        if let Some(f) = special(b, rname) {
            let r = call_special(vm, &f, b, std::slice::from_ref(a))?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(binop_error(a, b, op))
}

fn binop_error(a: &PyRef, b: &PyRef, op: BinOp) -> PyErr {
    if op == BinOp::Add && matches!(a.payload, Payload::Str(_)) {
        return type_error(format!("can only concatenate str (not \"{}\") to str", tname(b)));
    }
    if op == BinOp::Add && matches!(a.payload, Payload::List(..)) {
        return type_error(format!("can only concatenate list (not \"{}\") to list", tname(b)));
    }
    if op == BinOp::Add && matches!(a.payload, Payload::Bytes(_) | Payload::ByteArray(_)) {
        return type_error(format!("can't concat {} to {}", tname(b), tname(a)));
    }
    if op == BinOp::Add && matches!(a.payload, Payload::Tuple(_)) {
        return type_error(format!("can only concatenate tuple (not \"{}\") to tuple", tname(b)));
    }
    if op == BinOp::Mul && (matches!(a.payload, Payload::Str(_) | Payload::List(..) | Payload::Tuple(_)) || matches!(b.payload, Payload::Str(_) | Payload::List(..) | Payload::Tuple(_))) {
        let other = if matches!(a.payload, Payload::Str(_) | Payload::List(..) | Payload::Tuple(_)) { b } else { a };
        return type_error(format!("can't multiply sequence by non-int of type '{}'", tname(other)));
    }
    let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
    type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", tname(a), tname(b)))
}

/// `a op= b`.
pub fn inplace_op(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    match (&a.payload, op) {
        (Payload::List(..), BinOp::Add) if !is_heap(a) => {
            let items = if let Payload::List(..) = &b.payload { crate::list::items(b) } else { collect(vm, b)? };
            crate::list::with(a, |v| v.extend(items));
            return Ok(a.clone());
        }
        (Payload::List(..), BinOp::Mul) if !is_heap(a) => {
            let n = crate::int::index_i64(b)?.max(0) as usize;
            let old = crate::list::with(a, |v| {
                let items = std::mem::take(v);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                items
            });
            drop(old);
            return Ok(a.clone());
        }
        (Payload::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if crate::set::is_anyset(b) && !is_heap(a) => {
            let r = binary_op(vm, a, b, op)?;
            let d = crate::set::read(&r, |d| d.clone());
            let old = crate::set::with(a, |x| std::mem::replace(x, d));
            drop(old);
            return Ok(a.clone());
        }
        (Payload::Dict(..), BinOp::Or) if !is_heap(a) => {
            crate::dict::update(vm, a, b)?;
            return Ok(a.clone());
        }
        _ => {}
    }
    if is_heap(a) {
        if let Some(f) = special(a, op.dunder().2) {
            let r = call_special(vm, &f, a, std::slice::from_ref(b))?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(r);
            }
        }
    }
    binary_op(vm, a, b, op).map_err(|e| {
        if err_matches(&e, &t().type_error) && crate::exceptions::exc_summary(&e.0).contains("unsupported operand") {
            let sym = if op == BinOp::Pow { "**=".to_string() } else { format!("{}=", op.symbol()) };
            type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", tname(a), tname(b)))
        } else {
            e
        }
    })
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    /// -x
    Neg,
    /// +x
    Pos,
    /// ~x
    Invert,
    /// not x
    Not,
}

/// `op a`.
pub fn unary_op(vm: &mut dyn Vm, a: &PyRef, op: UnaryOp) -> PyResult {
    if op == UnaryOp::Not {
        return Ok(bool_obj(!truthy(vm, a)?));
    }
    if !is_heap(a) {
        match (&a.payload, op) {
            (Payload::Int(i), UnaryOp::Neg) => return Ok(i.checked_neg().map(crate::int::new_int).unwrap_or_else(|| crate::int::from_bigint(-num_bigint::BigInt::from(*i)))),
            (Payload::BigInt(b), UnaryOp::Neg) => return Ok(crate::int::from_bigint(-(**b).clone())),
            (Payload::Int(i), UnaryOp::Pos) => return Ok(crate::int::new_int(*i)),
            (Payload::BigInt(_), UnaryOp::Pos) => return Ok(a.clone()),
            (Payload::Int(i), UnaryOp::Invert) => return Ok(crate::int::new_int(!*i)),
            (Payload::BigInt(b), UnaryOp::Invert) => return Ok(crate::int::from_bigint(-(**b).clone() - 1)),
            (Payload::Float(f), UnaryOp::Neg) => return Ok(crate::float::new_float(-*f)),
            (Payload::Float(f), UnaryOp::Pos) => return Ok(crate::float::new_float(*f)),
            (Payload::Complex(x, y), UnaryOp::Neg) => return Ok(PyRef::new(&types().complex, Payload::Complex(-x, -y))),
            _ => {}
        }
    }
    let (name, sym) = match op {
        UnaryOp::Neg => ("__neg__", "unary -"),
        UnaryOp::Pos => ("__pos__", "unary +"),
        UnaryOp::Invert => ("__invert__", "unary ~"),
        UnaryOp::Not => unreachable!(),
    };
    match special(a, name) {
        Some(f) => call_special(vm, &f, a, &[]),
        None => Err(type_error(format!("bad operand type for {sym}: '{}'", tname(a)))),
    }
}

// ---------------------------------------------------------------- items

/// `o[key]` on a built-in payload, ignoring subclass overrides.
pub fn getitem_builtin(vm: &mut dyn Vm, o: &PyRef, key: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Dict(..) => match crate::dict::get_item(vm, o, key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        },
        _ => crate::attrs::builtin_getitem(vm, o, key),
    }
}

/// `o[key]`.
pub fn getitem(vm: &mut dyn Vm, o: &PyRef, key: &PyRef) -> PyResult {
    if is_heap(o) && matches!(o.payload, Payload::List(..)) {
        if let Some(f) = special(o, "__getitem__") {
            return call_special(vm, &f, o, std::slice::from_ref(key));
        }
        return crate::attrs::builtin_getitem(vm, o, key);
    }
    if !is_heap(o) {
        match (&o.payload, &key.payload) {
            (Payload::List(..), Payload::Int(i)) => return crate::list::get(o, *i),
            (Payload::Tuple(t), Payload::Int(i)) => {
                let n = t.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                return if j < 0 || j >= n { Err(index_error("tuple index out of range")) } else { Ok(t[j as usize].clone()) };
            }
            (Payload::Dict(..), _) => {
                return match crate::dict::get_item(vm, o, key)? {
                    Some(v) => Ok(v),
                    None => Err(key_error(key.clone())),
                }
            }
            (Payload::Str(s), Payload::Int(i)) => return crate::str::getitem_index(s, *i),
            _ => {}
        }
        return crate::attrs::builtin_getitem(vm, o, key);
    }
    if let Some(f) = special(o, "__getitem__") {
        return call_special(vm, &f, o, std::slice::from_ref(key));
    }
    if let Payload::Dict(..) = &o.payload {
        if let Some(v) = crate::dict::get_item(vm, o, key)? {
            return Ok(v);
        }
        if let Some(f) = special(o, "__missing__") {
            return call_special(vm, &f, o, std::slice::from_ref(key));
        }
        return Err(key_error(key.clone()));
    }
    if crate::types::is_type(o) {
        if let Some(f) = lookup(o, "__class_getitem__") {
            let f = match &f.payload {
                Payload::ClassMethod(inner) => inner.clone(),
                _ => f,
            };
            return vm.call(&f, &[o.clone(), key.clone()], &[]);
        }
    }
    Err(type_error(format!("'{}' object is not subscriptable", tname(o))))
}

/// `o[key] = v` (or `del o[key]` when `v` is None).
pub fn setitem(vm: &mut dyn Vm, o: &PyRef, key: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    if is_heap(o) {
        let name = if v.is_some() { "__setitem__" } else { "__delitem__" };
        if let Some(f) = special(o, name) {
            let mut args = vec![key.clone()];
            args.extend(v);
            call_special(vm, &f, o, &args)?;
            return Ok(());
        }
    }
    setitem_builtin(vm, o, key, v)
}

/// `o[key] = v` on a built-in payload, ignoring subclass overrides.
pub fn setitem_builtin(vm: &mut dyn Vm, o: &PyRef, key: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match (&o.payload, &key.payload, v) {
        (Payload::List(..), Payload::Int(i), Some(v)) => crate::list::set(o, *i, v),
        (Payload::Dict(..), _, Some(v)) => crate::dict::set_item(vm, o, key.clone(), v),
        (Payload::Dict(..), _, None) => match crate::dict::del_item(vm, o, key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        },
        (_, _, v) => crate::attrs::builtin_setitem(vm, o, key, v),
    }
}

/// `item in container`.
pub fn contains(vm: &mut dyn Vm, c: &PyRef, item: &PyRef) -> PyResult<bool> {
    if is_heap(c) {
        if let Some(f) = special(c, "__contains__") {
            let r = call_special(vm, &f, c, std::slice::from_ref(item))?;
            return truthy(vm, &r);
        }
    }
    contains_builtin(vm, c, item)
}

/// `item in c` on a built-in payload, ignoring subclass overrides.
pub fn contains_builtin(vm: &mut dyn Vm, c: &PyRef, item: &PyRef) -> PyResult<bool> {
    match &c.payload {
        Payload::Dict(..) => return Ok(crate::dict::get_item(vm, c, item)?.is_some()),
        Payload::Set(_) | Payload::FrozenSet(_) => return crate::set::contains(vm, c, item),
        Payload::Str(s) if !is_heap(c) => {
            return match crate::str::as_str(item) {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", tname(item)))),
            }
        }
        Payload::Bytes(b) => {
            return match &item.payload {
                Payload::Int(i) => Ok(b.contains(&(*i as u8))),
                Payload::Bytes(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                _ => Err(type_error("a bytes-like object is required")),
            }
        }
        Payload::Range(_) => {
            if let (Some((a, b, st)), Payload::Int(v)) = (crate::range::range_i64(c), &item.payload) {
                let inr = if st > 0 { *v >= a && *v < b } else { *v <= a && *v > b };
                return Ok(inr && (v - a) % st == 0);
            }
        }
        Payload::DictView(d, DictIterKind::Keys) => return Ok(crate::dict::get_item(vm, d, item)?.is_some()),
        Payload::List(..) => {
            let mut i = 0;
            loop {
                let x = crate::list::with(c, |v| v.get(i).cloned());
                let Some(x) = x else { return Ok(false) };
                if eq(vm, &x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        Payload::Tuple(t) => {
            for x in t.iter() {
                if eq(vm, x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        _ => {}
    }
    let it = iter(vm, c).map_err(|_| type_error(format!("argument of type '{}' is not a container or iterable", tname(c))))?;
    while let Some(x) = next(vm, &it)? {
        if eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---------------------------------------------------------------- iteration

fn new_iter(ty: &PyRef, kind: IterKind, aux: i64) -> PyRef {
    PyRef::new(ty, Payload::Iter(Box::new(IterData { kind, pos: AtomicIsize::new(0), aux: AtomicI64::new(aux) })))
}

/// A new built-in iterator of the given kind.
pub fn make_iter(ty: &PyRef, kind: IterKind, aux: i64) -> PyRef {
    new_iter(ty, kind, aux)
}

/// `iter(o)` on a built-in payload, ignoring subclass overrides.
pub fn iter_builtin(vm: &mut dyn Vm, o: &PyRef) -> PyResult {
    let ty = types();
    match &o.payload {
        Payload::List(..) => Ok(new_iter(&ty.list_iterator, IterKind::Seq(o.clone()), 0)),
        Payload::Dict(..) => Ok(new_iter(&ty.dict_keyiterator, IterKind::Dict(o.clone(), DictIterKind::Keys), crate::dict::len(o) as i64)),
        _ => iter(vm, o),
    }
}

/// `iter(o)`.
pub fn iter(vm: &mut dyn Vm, o: &PyRef) -> PyResult {
    let ty = types();
    if !is_heap(o) {
        return Ok(match &o.payload {
            Payload::List(..) => new_iter(&ty.list_iterator, IterKind::Seq(o.clone()), 0),
            Payload::Tuple(_) => new_iter(&ty.tuple_iterator, IterKind::Seq(o.clone()), 0),
            Payload::Str(_) => new_iter(&ty.str_iterator, IterKind::Seq(o.clone()), 0),
            Payload::Bytes(_) | Payload::ByteArray(_) => new_iter(&ty.bytes_iterator, IterKind::Seq(o.clone()), 0),
            Payload::Range(_) => match crate::range::range_i64(o) {
                Some((a, b, c)) => new_iter(&ty.range_iterator, IterKind::Range { start: a, step: c, len: crate::range::range_len(a, b, c) }, 0),
                None => return Err(overflow_error("Python int too large to convert to C long")),
            },
            Payload::Dict(..) => new_iter(&ty.dict_keyiterator, IterKind::Dict(o.clone(), DictIterKind::Keys), crate::dict::len(o) as i64),
            Payload::DictView(d, k) => {
                let t = match k {
                    DictIterKind::Keys => &ty.dict_keyiterator,
                    DictIterKind::Values => &ty.dict_valueiterator,
                    DictIterKind::Items => &ty.dict_itemiterator,
                };
                new_iter(t, IterKind::Dict(d.clone(), *k), crate::dict::len(d) as i64)
            }
            Payload::Set(_) | Payload::FrozenSet(_) => new_iter(&ty.set_iterator, IterKind::Set(o.clone()), crate::set::read(o, |d| d.len()) as i64),
            Payload::Iter(_) | Payload::Generator(_) => o.clone(),
            _ => return Err(type_error(format!("'{}' object is not iterable", tname(o)))),
        });
    }
    if let Some(f) = special(o, "__iter__") {
        if is_none(&f) {
            return Err(type_error(format!("'{}' object is not iterable", tname(o))));
        }
        let it = call_special(vm, &f, o, &[])?;
        if !is_iterator(&it) {
            return Err(type_error(format!("iter() returned non-iterator of type '{}'", tname(&it))));
        }
        return Ok(it);
    }
    match &o.payload {
        Payload::List(..) => return Ok(new_iter(&ty.list_iterator, IterKind::Seq(o.clone()), 0)),
        Payload::Dict(..) => return Ok(new_iter(&ty.dict_keyiterator, IterKind::Dict(o.clone(), DictIterKind::Keys), crate::dict::len(o) as i64)),
        _ => {}
    }
    if special(o, "__getitem__").is_some() {
        return Ok(new_iter(&ty.iterator, IterKind::GetItem(o.clone()), 0));
    }
    Err(type_error(format!("'{}' object is not iterable", tname(o))))
}

fn is_iterator(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)) || special(o, "__next__").is_some()
}

/// `next(it)`; `Ok(None)` when exhausted.
#[inline]
pub fn next(vm: &mut dyn Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    match &it.payload {
        Payload::Iter(d) => iter_next(vm, it, d),
        Payload::Generator(_) => match vm.resume_generator(it, none(), None)? {
            Ok(v) => Ok(Some(v)),
            Err(_) => Ok(None),
        },
        _ => match special(it, "__next__") {
            Some(f) => match call_special(vm, &f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if err_matches(&e, &t().stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(type_error(format!("'{}' object is not an iterator", tname(it)))),
        },
    }
}

fn iter_next(vm: &mut dyn Vm, it: &PyRef, d: &IterData) -> PyResult<Option<PyRef>> {
    // Relaxed position updates: an iterator shared between threads may skip
    // or repeat items (as in CPython) but never reads out of bounds.
    let pos = d.pos.load(Ordering::Relaxed);
    if pos < 0 {
        return Ok(None);
    }
    let advance = || d.pos.store(pos + 1, Ordering::Relaxed);
    let finish = || d.pos.store(-1, Ordering::Relaxed);
    match &d.kind {
        IterKind::Seq(seq) => {
            let i = pos as usize;
            let r = match &seq.payload {
                Payload::List(..) => crate::list::with(seq, |v| v.get(i).cloned()),
                Payload::Tuple(t) => t.get(i).cloned(),
                Payload::Str(s) => {
                    if i < s.char_len() {
                        Some(crate::str::new_char(s.char_at(i)))
                    } else {
                        None
                    }
                }
                Payload::Bytes(b) => b.get(i).map(|&c| crate::int::new_int(c as i64)),
                Payload::ByteArray(l) => l.with(seq.mutex(), |v| v.get(i).map(|&c| crate::int::new_int(c as i64))),
                _ => None,
            };
            match r {
                Some(v) => {
                    advance();
                    Ok(Some(v))
                }
                None => {
                    finish();
                    Ok(None)
                }
            }
        }
        IterKind::Reversed(seq) => {
            let n = len(vm, seq)? as isize;
            let i = n - 1 - pos;
            if i < 0 {
                finish();
                return Ok(None);
            }
            advance();
            Ok(Some(getitem(vm, seq, &crate::int::new_int(i as i64))?))
        }
        IterKind::Range { start, step, len } => {
            if pos as i64 >= *len {
                finish();
                return Ok(None);
            }
            advance();
            Ok(Some(crate::int::new_int(start + step * pos as i64)))
        }
        IterKind::Dict(dict, kind) => {
            let n0 = d.aux.load(Ordering::Relaxed);
            let r = crate::dict::with(dict, |dd| {
                if dd.len() as i64 != n0 {
                    return Err(());
                }
                Ok(dd.next_from(pos as usize).map(|(np, e)| (np, e.key.clone(), e.value.clone())))
            });
            match r {
                Err(()) => {
                    finish();
                    Err(runtime_error("dictionary changed size during iteration"))
                }
                Ok(None) => {
                    finish();
                    Ok(None)
                }
                Ok(Some((np, k, v))) => {
                    d.pos.store(np as isize, Ordering::Relaxed);
                    Ok(Some(match kind {
                        DictIterKind::Keys => k,
                        DictIterKind::Values => v,
                        DictIterKind::Items => crate::tuple::new_tuple(vec![k, v]),
                    }))
                }
            }
        }
        IterKind::Set(set) => {
            let n0 = d.aux.load(Ordering::Relaxed);
            let r = crate::set::read(set, |sd| {
                if sd.len() as i64 != n0 {
                    return Err(());
                }
                Ok(sd.next_from(pos as usize).map(|(np, k)| (np, k.clone())))
            });
            match r {
                Err(()) => {
                    finish();
                    Err(runtime_error("Set changed size during iteration"))
                }
                Ok(None) => {
                    finish();
                    Ok(None)
                }
                Ok(Some((np, k))) => {
                    d.pos.store(np as isize, Ordering::Relaxed);
                    Ok(Some(k))
                }
            }
        }
        IterKind::GetItem(obj) => match getitem(vm, obj, &crate::int::new_int(pos as i64)) {
            Ok(v) => {
                advance();
                Ok(Some(v))
            }
            Err(e) if err_matches(&e, &t().index_error) || err_matches(&e, &t().stop_iteration) => {
                finish();
                Ok(None)
            }
            Err(e) => Err(e),
        },
        IterKind::Callable(f, sentinel) => {
            let v = vm.call(f, &[], &[])?;
            if eq(vm, &v, sentinel)? {
                finish();
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterKind::Enumerate(inner) => match next(vm, inner)? {
            Some(v) => {
                let n = d.aux.fetch_add(1, Ordering::Relaxed);
                Ok(Some(crate::tuple::new_tuple(vec![crate::int::new_int(n), v])))
            }
            None => {
                finish();
                Ok(None)
            }
        },
        IterKind::Zip(its, strict) => {
            let mut out = Vec::with_capacity(its.len());
            for (i, x) in its.iter().enumerate() {
                match next(vm, x)? {
                    Some(v) => out.push(v),
                    None => {
                        finish();
                        if *strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(value_error(format!("zip() argument {} is shorter than argument{plural}{i}", i + 1)));
                            }
                            for (j, y) in its.iter().enumerate().skip(1) {
                                if next(vm, y)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(value_error(format!("zip() argument {} is longer than argument{plural}{j}", j + 1)));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if its.is_empty() {
                return Ok(None);
            }
            Ok(Some(crate::tuple::new_tuple(out)))
        }
        IterKind::Map(f, its) => {
            let mut args = Vec::with_capacity(its.len());
            for x in its.iter() {
                match next(vm, x)? {
                    Some(v) => args.push(v),
                    None => {
                        finish();
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.call(f, &args, &[])?))
        }
        IterKind::Filter(f, inner) => loop {
            let Some(v) = next(vm, inner)? else {
                finish();
                return Ok(None);
            };
            let keep = if is_none(f) { truthy(vm, &v)? } else {
                let r = vm.call(f, std::slice::from_ref(&v), &[])?;
                truthy(vm, &r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
    }
    .inspect(|_| {
        let _ = it;
    })
}

/// Collect an iterable into a Vec.
pub fn collect(vm: &mut dyn Vm, o: &PyRef) -> PyResult<Vec<PyRef>> {
    if !is_heap(o) {
        match &o.payload {
            Payload::List(..) => return Ok(crate::list::items(o)),
            Payload::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    let it = iter(vm, o)?;
    let mut v = Vec::new();
    while let Some(x) = next(vm, &it)? {
        v.push(x);
    }
    Ok(v)
}

/// Whether `o` is an instance of `cls`, honouring `__instancecheck__` on
/// user metaclasses and tuples of classes.
pub fn isinstance_full(vm: &mut dyn Vm, o: &PyRef, cls: &PyRef) -> PyResult<bool> {
    match &cls.payload {
        Payload::Tuple(items) => {
            for c in items.iter() {
                if isinstance_full(vm, o, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Payload::Type(_) => {
            if isinstance(o, cls) {
                return Ok(true);
            }
            if !type_data(cls.class()).builtin {
                if let Some(f) = lookup(cls.class(), "__instancecheck__").filter(|f| !is_native_slot(f)) {
                    let r = vm.call(&f, &[cls.clone(), o.clone()], &[])?;
                    return truthy(vm, &r);
                }
            }
            Ok(false)
        }
        _ => Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// `issubclass(a, cls)`.
pub fn issubclass_full(vm: &mut dyn Vm, a: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if !crate::types::is_type(a) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    match &cls.payload {
        Payload::Tuple(items) => {
            for c in items.iter() {
                if issubclass_full(vm, a, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Payload::Type(_) => {
            if is_subtype(a, cls) {
                return Ok(true);
            }
            if !type_data(cls.class()).builtin {
                if let Some(f) = lookup(cls.class(), "__subclasscheck__").filter(|f| !is_native_slot(f)) {
                    let r = vm.call(&f, &[cls.clone(), a.clone()], &[])?;
                    return truthy(vm, &r);
                }
            }
            Ok(false)
        }
        _ => Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
    }
}

/// Exception-kind payload check for user types (instances of exception
/// classes carry `Exception` payload).
pub fn is_exception_type(ty: &PyRef) -> bool {
    crate::types::is_type(ty) && type_data(ty).kind == BaseKind::Exception
}

/// The singleton `None` etc. are exposed for natives.
pub fn singletons() -> &'static crate::types::Singletons {
    s()
}
