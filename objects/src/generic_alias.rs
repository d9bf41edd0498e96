//! `types.GenericAlias` (`list[int]`, `dict[str, int]`) and
//! `types.UnionType` (`int | str`): what subscripting a built-in type and
//! `|` between types produce, so modern annotations evaluate as in CPython.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::protocol as p;
use crate::types::{is_type, types};
use crate::vm::*;
use std::sync::OnceLock;

/// `origin[args]`.
pub struct GenericAlias {
    /// The subscripted type.
    pub origin: PyRef,
    /// The arguments, a tuple.
    pub args: PyRef,
}

/// `a | b | ...` of types.
pub struct Union {
    /// The members, a tuple without duplicates.
    pub args: PyRef,
}

struct Types {
    alias: PyRef,
    union: PyRef,
}

fn tys() -> &'static Types {
    static T: OnceLock<Types> = OnceLock::new();
    T.get_or_init(|| {
        let alias = crate::types::new_native_type("GenericAlias", "types");
        let union = crate::types::new_native_type("UnionType", "types");
        for (n, f) in [
            ("__repr__", alias_repr as NativeFn),
            ("__call__", alias_call),
            ("__eq__", alias_eq),
            ("__hash__", alias_hash),
            ("__or__", or_m),
            ("__ror__", ror_m),
            ("__mro_entries__", alias_mro_entries),
            ("__getitem__", alias_getitem),
        ] {
            crate::types::add_method(&alias, n, f);
        }
        for (n, f) in [("__origin__", g_origin as NativeFn), ("__args__", g_args), ("__parameters__", g_parameters)] {
            let g = crate::function::new_builtin(n, "GenericAlias", f, None);
            crate::types::add_attr(&alias, n, PyRef::new(&types().property, Payload::Property(Box::new([g, none(), none(), none()]))));
        }
        let g = crate::function::new_builtin("__args__", "UnionType", union_args, None);
        crate::types::add_attr(&union, "__args__", PyRef::new(&types().property, Payload::Property(Box::new([g, none(), none(), none()]))));
        // `types.GenericAlias(origin, args)`.
        let new = crate::function::new_builtin("__new__", "GenericAlias", alias_new, None);
        new.make_immortal();
        crate::dict::set_str(&crate::types::type_data(&alias).dict, "__new__", new);
        for (n, f) in [("__repr__", union_repr as NativeFn), ("__eq__", union_eq), ("__hash__", union_hash), ("__or__", or_m), ("__ror__", ror_m)] {
            crate::types::add_method(&union, n, f);
        }
        Types { alias, union }
    })
}

/// The type of `list[int]`.
pub fn alias_type() -> &'static PyRef {
    &tys().alias
}

/// The type of `int | str`.
pub fn union_type() -> &'static PyRef {
    &tys().union
}

/// `origin[args]` as a GenericAlias.
pub fn new_alias(origin: PyRef, args: PyRef) -> PyRef {
    let args = if crate::tuple::as_slice(&args).is_some() { args } else { crate::tuple::new_tuple(vec![args]) };
    PyRef::new(&tys().alias, Payload::Native(Box::new(GenericAlias { origin, args })))
}

/// The GenericAlias data of `o`.
pub fn as_alias(o: &PyRef) -> Option<&GenericAlias> {
    crate::types::native::<GenericAlias>(o)
}

/// The Union data of `o`.
pub fn as_union(o: &PyRef) -> Option<&Union> {
    crate::types::native::<Union>(o)
}

/// Whether `o` may be a member of `X | Y` (a type, None, an alias or a union).
pub fn unionable(o: &PyRef) -> bool {
    is_type(o) || is_none(o) || as_alias(o).is_some() || as_union(o).is_some()
}

/// `a | b` for types: a UnionType (None becomes NoneType; duplicates go).
pub fn union_of(a: &PyRef, b: &PyRef) -> PyRef {
    let mut items: Vec<PyRef> = Vec::new();
    for x in [a, b] {
        let parts = match as_union(x) {
            Some(u) => crate::tuple::as_slice(&u.args).unwrap_or(&[]).to_vec(),
            None => vec![if is_none(x) { types().none_type.clone() } else { x.clone() }],
        };
        for part in parts {
            if !items.iter().any(|i| i.is(&part)) {
                items.push(part);
            }
        }
    }
    if items.len() == 1 {
        return items.pop().unwrap_or_else(none);
    }
    PyRef::new(&tys().union, Payload::Native(Box::new(Union { args: crate::tuple::new_tuple(items) })))
}

/// How a type shows inside an alias or union: `int`, `mod.Class`, `None`.
pub fn type_repr(vm: &mut dyn Vm, o: &PyRef) -> PyResult<String> {
    if o.is(&types().none_type) || is_none(o) {
        return Ok("None".into());
    }
    if matches!(o.payload, Payload::Ellipsis) {
        return Ok("...".into());
    }
    if is_type(o) {
        let td = crate::types::type_data(o);
        let module = if td.is_heap {
            crate::dict::get_str(&td.dict, "__module__").and_then(|m| crate::str::as_str(&m).map(String::from)).unwrap_or_default()
        } else {
            td.module.clone()
        };
        if module.is_empty() || module == "builtins" {
            return Ok(td.qualname.clone());
        }
        return Ok(format!("{module}.{}", td.qualname));
    }
    if let Payload::List(_) = &o.payload {
        let items = crate::list::items(o);
        let mut parts = Vec::new();
        for i in &items {
            parts.push(type_repr(vm, i)?);
        }
        return Ok(format!("[{}]", parts.join(", ")));
    }
    p::repr_string(vm, o)
}

fn g_origin(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(as_alias(&a[0]).ok_or_else(|| type_error("expected a GenericAlias"))?.origin.clone())
}

fn g_args(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(as_alias(&a[0]).ok_or_else(|| type_error("expected a GenericAlias"))?.args.clone())
}

/// The type variables among the arguments, in order of first appearance
/// (looking inside nested aliases).
fn g_parameters(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    fn collect(args: &[PyRef], out: &mut Vec<PyRef>) {
        for x in args {
            let is_var = matches!(crate::types::type_name(x.class()), "TypeVar" | "ParamSpec" | "TypeVarTuple");
            if is_var {
                if !out.iter().any(|y| y.is(x)) {
                    out.push(x.clone());
                }
            } else if let Some(inner) = as_alias(x) {
                collect(crate::tuple::as_slice(&inner.args).unwrap_or(&[]), out);
            }
        }
    }
    let g = as_alias(&a[0]).ok_or_else(|| type_error("expected a GenericAlias"))?;
    let mut out = Vec::new();
    collect(crate::tuple::as_slice(&g.args).unwrap_or(&[]), &mut out);
    Ok(crate::tuple::new_tuple(out))
}

fn union_args(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(as_union(&a[0]).ok_or_else(|| type_error("expected a UnionType"))?.args.clone())
}

fn alias_new(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if !kw.is_empty() {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    if a.len() != 3 {
        return Err(type_error(format!("GenericAlias expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    Ok(new_alias(a[1].clone(), a[2].clone()))
}

fn alias_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let g = as_alias(&a[0]).ok_or_else(|| type_error("expected a GenericAlias"))?;
    let args = crate::tuple::as_slice(&g.args).unwrap_or(&[]).to_vec();
    let mut parts = Vec::new();
    for x in &args {
        parts.push(type_repr(vm, x)?);
    }
    let inner = if parts.is_empty() { "()".to_string() } else { parts.join(", ") };
    Ok(crate::str::new_string(format!("{}[{inner}]", type_repr(vm, &g.origin)?)))
}

fn alias_call(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let g = as_alias(&a[0]).ok_or_else(|| type_error("expected a GenericAlias"))?;
    vm.call(&g.origin, &a[1..], kw)
}

fn alias_eq(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__eq__", &a[1..], 1, 1)?;
    let (Some(x), Some(y)) = (as_alias(&a[0]), as_alias(&a[1])) else { return Ok(not_impl()) };
    Ok(bool_obj(x.origin.is(&y.origin) && p::eq(vm, &x.args, &y.args)?))
}

fn alias_hash(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let g = as_alias(&a[0]).ok_or_else(|| type_error("expected a GenericAlias"))?;
    Ok(crate::int::new_int(p::hash(vm, &g.origin)? ^ p::hash(vm, &g.args)?))
}

fn alias_mro_entries(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let g = as_alias(&a[0]).ok_or_else(|| type_error("expected a GenericAlias"))?;
    Ok(crate::tuple::new_tuple(vec![g.origin.clone()]))
}

/// `list[T][int]`: the alias with its type parameters replaced, in
/// nested aliases too (`dict[T, list[U]][str, int]`).
fn alias_getitem(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__getitem__", &a[1..], 1, 1)?;
    let g = as_alias(&a[0]).ok_or_else(|| type_error("expected a GenericAlias"))?;
    let params = g_parameters(vm, &a[..1], KwArgs::default())?;
    let params = crate::tuple::as_slice(&params).unwrap_or(&[]).to_vec();
    let me = type_repr(vm, &a[0])?;
    if params.is_empty() {
        return Err(type_error(format!("{me} is not a generic class")));
    }
    let items = match crate::tuple::as_slice(&a[1]) {
        Some(s) => s.to_vec(),
        None => vec![a[1].clone()],
    };
    if items.len() != params.len() {
        let many = if items.len() > params.len() { "many" } else { "few" };
        return Err(type_error(format!("Too {many} arguments for {me}; actual {}, expected {}", items.len(), params.len())));
    }
    let mut out = Vec::new();
    for x in crate::tuple::as_slice(&g.args).unwrap_or(&[]) {
        out.push(substitute(vm, x, &params, &items)?);
    }
    Ok(new_alias(g.origin.clone(), crate::tuple::new_tuple(out)))
}

/// `x` with each of `params` replaced by the matching item of `items`.
fn substitute(vm: &mut dyn Vm, x: &PyRef, params: &[PyRef], items: &[PyRef]) -> PyResult {
    if let Some(i) = params.iter().position(|p| p.is(x)) {
        return Ok(items[i].clone());
    }
    if matches!(x.payload, Payload::List(..)) {
        let mut out = Vec::new();
        for y in &crate::list::items(x) {
            out.push(substitute(vm, y, params, items)?);
        }
        return Ok(crate::list::new_list(out));
    }
    if is_type(x) {
        return Ok(x.clone());
    }
    // A nested alias (list[T], typing.List[T]): subscript it with the
    // replacements of its own parameters.
    let Some(inner) = p::getattr_opt(vm, x, "__parameters__")? else { return Ok(x.clone()) };
    let inner = crate::tuple::as_slice(&inner).unwrap_or(&[]).to_vec();
    if inner.is_empty() {
        return Ok(x.clone());
    }
    let mut sub = Vec::new();
    for q in &inner {
        sub.push(substitute(vm, q, params, items)?);
    }
    let key = if sub.len() == 1 { sub.pop().unwrap() } else { crate::tuple::new_tuple(sub) };
    p::getitem(vm, x, &key)
}

fn or_m(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__or__", &a[1..], 1, 1)?;
    if !unionable(&a[1]) {
        return Ok(not_impl());
    }
    Ok(union_of(&a[0], &a[1]))
}

fn ror_m(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__ror__", &a[1..], 1, 1)?;
    if !unionable(&a[1]) {
        return Ok(not_impl());
    }
    Ok(union_of(&a[1], &a[0]))
}

fn union_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let u = as_union(&a[0]).ok_or_else(|| type_error("expected a UnionType"))?;
    let args = crate::tuple::as_slice(&u.args).unwrap_or(&[]).to_vec();
    let mut parts = Vec::new();
    for x in &args {
        parts.push(type_repr(vm, x)?);
    }
    Ok(crate::str::new_string(parts.join(" | ")))
}

fn union_eq(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__eq__", &a[1..], 1, 1)?;
    let (Some(x), Some(y)) = (as_union(&a[0]), as_union(&a[1])) else { return Ok(not_impl()) };
    let sx = crate::set::from_iterable(vm, &x.args)?;
    let sy = crate::set::from_iterable(vm, &y.args)?;
    Ok(bool_obj(p::eq(vm, &sx, &sy)?))
}

fn union_hash(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let u = as_union(&a[0]).ok_or_else(|| type_error("expected a UnionType"))?;
    let s = crate::set::freeze(crate::set::from_iterable(vm, &u.args)?);
    Ok(crate::int::new_int(p::hash(vm, &s)?))
}

pub(crate) fn class_getitem(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__class_getitem__", a, 2, 2)?;
    Ok(new_alias(a[0].clone(), a[1].clone()))
}

fn type_or(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__or__", &a[1..], 1, 1)?;
    if !unionable(&a[1]) {
        return Ok(not_impl());
    }
    Ok(union_of(&a[0], &a[1]))
}

fn type_ror(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__ror__", &a[1..], 1, 1)?;
    if !unionable(&a[1]) {
        return Ok(not_impl());
    }
    Ok(union_of(&a[1], &a[0]))
}

/// `list[int]` and friends; `type.__or__`.
pub fn register() {
    let t = types();
    for ty in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.enumerate, &t.reversed, &t.zip, &t.map, &t.filter, &t.dict_keys, &t.dict_values, &t.dict_items] {
        crate::types::add_classmethod(ty, "__class_getitem__", class_getitem);
    }
    let add = |name: &'static str, f: NativeFn| {
        let b = crate::function::new_method_of(name, &t.type_, f);
        b.make_immortal();
        crate::dict::set_str(&crate::types::type_data(&t.type_).dict, name, b);
    };
    add("__or__", type_or);
    add("__ror__", type_ror);
    let _ = tys();
}
