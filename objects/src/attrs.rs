//! Attributes, `repr` and item access of built-in types that are not plain
//! dict entries: `__name__` of functions, `args` of exceptions, slices of
//! sequences, the repr of containers, and so on.

use crate::object::PyRef;
use crate::payload::{DictIterKind, Payload};
use crate::protocol::{repr_guard, repr_string};
use crate::types::{type_data, type_name, types};
use crate::vm::*;

/// Builds the frame object of a suspended generator or coroutine
/// (`gi_frame`); installed once by the evaluator, which owns frames.
pub static GEN_FRAME: std::sync::OnceLock<fn(&mut dyn Vm, &PyRef) -> PyResult> = std::sync::OnceLock::new();

/// Installed by the evaluator: the iterator a suspended generator or
/// coroutine delegates to (`gi_yieldfrom`, `cr_await`), if any.
pub static GEN_YIELDFROM: std::sync::OnceLock<fn(&PyRef) -> Option<PyRef>> = std::sync::OnceLock::new();

fn tname(o: &PyRef) -> &str {
    type_name(o.class())
}

fn opt(o: Option<PyRef>) -> PyRef {
    o.unwrap_or_else(none)
}

/// The module-qualified name used in reprs (`__main__.A`, `int`).
pub fn qualified_type_name(ty: &PyRef) -> String {
    let td = type_data(ty);
    let module = if td.is_heap {
        crate::dict::get_str(&td.dict, "__module__").and_then(|m| crate::str::as_str(&m).map(String::from)).unwrap_or_else(|| td.module.clone())
    } else {
        td.module.clone()
    };
    if module == "builtins" {
        td.qualname.clone()
    } else {
        format!("{module}.{}", td.qualname)
    }
}

/// Attributes stored in built-in payloads.
pub fn builtin_attr(vm: &mut dyn Vm, o: &PyRef, name: &str) -> Option<PyResult> {
    if name == "__class__" {
        return Some(Ok(o.class().clone()));
    }
    if name == "__dict__" && (type_data(o.class()).slots.is_some() || o.class().is(&crate::types::types().object)) {
        return Some(Err(attribute_error(format!("'{}' object has no attribute '__dict__'", type_name(o.class())))));
    }
    if matches!(o.payload, Payload::Native(_)) && crate::getset::is_getset(o) {
        if let Some(r) = crate::getset::attribute(o, name) {
            return Some(Ok(r));
        }
    }
    let r = match (&o.payload, name) {
        (Payload::Instance(d), "__dict__") => {
            // The dict may be filled through this reference: track now.
            crate::gc::ensure_tracked(o);
            d.clone()
        }
        (Payload::Subclass(s), "__dict__") => s.dict.clone(),
        (Payload::Subclass(s), _) => return builtin_attr(vm, &s.value, name),
        (Payload::Exception(e), "__dict__") => e.dict.clone(),
        (Payload::Dict(_, Some(d)) | Payload::Set(_, Some(d)) | Payload::ByteArray(_, Some(d)), "__dict__") => d.clone(),
        (Payload::List(l), "__dict__") if l.dict().is_some() => l.dict().unwrap().clone(),
        (Payload::Module(m), "__dict__") => m.dict.clone(),
        (Payload::Function(f), _) => match name {
            "__name__" => f.name.with(o.mutex(), |n| n.clone()),
            "__qualname__" => f.qualname.with(o.mutex(), |n| n.clone()),
            "__module__" => f.module.clone(),
            "__doc__" => f.doc.with(o.mutex(), |n| n.clone()),
            "__defaults__" => opt(f.defaults.with(o.mutex(), |d| d.clone())),
            "__kwdefaults__" => opt(f.kwdefaults.with(o.mutex(), |d| d.clone())),
            "__globals__" => f.globals.clone(),
            "__builtins__" => f.builtins.clone(),
            "__closure__" => opt(f.closure.clone()),
            "__code__" => PyRef::new(&types().code, Payload::Code(f.code.clone())),
            "__dict__" => f.dict.with(o.mutex(), |d| d.get_or_insert_with(crate::dict::new_dict).clone()),
            "__annotations__" => f.annotations.with(o.mutex(), |d| d.get_or_insert_with(crate::dict::new_dict).clone()),
            "__type_params__" => f.dict.with(o.mutex(), |d| d.clone()).and_then(|d| crate::dict::get_str(&d, "__type_params__")).unwrap_or_else(|| crate::tuple::new_tuple(vec![])),
            _ => {
                let d = f.dict.with(o.mutex(), |d| d.clone())?;
                return crate::dict::get_str(&d, name).map(Ok);
            }
        },
        (Payload::Builtin(b), _) => match name {
            "__name__" => crate::str::new_str(b.name),
            // CPython's rule: the qualified name of the type bound to
            // (`__self__` itself when it is a type), none for module
            // functions.
            "__qualname__" => match &b.bound {
                Some(s) if !matches!(s.payload, Payload::Module(_)) => {
                    let ty = if crate::types::is_type(s) { s.clone() } else { s.class().clone() };
                    let q = crate::types::type_data(&ty).qualname.clone();
                    crate::str::new_string(format!("{q}.{}", b.name))
                }
                _ if b.module_function => crate::str::new_str(b.name),
                _ => crate::str::new_string(if b.owner.is_empty() || b.owner == "builtins" { b.name.to_string() } else { format!("{}.{}", b.owner, b.name) }),
            },
            "__self__" => opt(b.bound.clone()),
            "__module__" => if b.bound.is_none() && (b.owner == "builtins" || b.module_function) { crate::str::new_str(b.owner) } else { none() },
            "__doc__" => none(),
            _ => return None,
        },
        (Payload::Method(m), _) => match name {
            "__self__" => m[1].clone(),
            "__func__" => m[0].clone(),
            _ => return Some(crate::protocol::getattr_str(vm, &m[0], name)),
        },
        (Payload::Exception(_), _) => match name {
            "args" => crate::exceptions::args(o),
            "__cause__" => opt(crate::exceptions::cause(o)),
            "__context__" => opt(crate::exceptions::context(o)),
            "__suppress_context__" => bool_obj(crate::exceptions::suppress_context(o)),
            "__traceback__" => crate::exceptions::traceback_object(o),
            "value" if crate::types::isinstance(o, &crate::types::t().stop_iteration) => {
                let a = crate::exceptions::args(o);
                crate::tuple::as_slice(&a).and_then(|s| s.first().cloned()).unwrap_or_else(none)
            }
            "code" if crate::types::isinstance(o, &crate::types::t().system_exit) => {
                let a = crate::exceptions::args(o);
                let s = crate::tuple::as_slice(&a).unwrap_or(&[]);
                if s.len() == 1 { s[0].clone() } else if s.is_empty() { none() } else { a.clone() }
            }
            "msg" if crate::types::isinstance(o, &crate::types::t().syntax_error) => {
                let a = crate::exceptions::args(o);
                crate::tuple::as_slice(&a).and_then(|s| s.first().cloned()).unwrap_or_else(none)
            }
            // ImportErrors raised by the runtime carry only some members:
            // the rest read as CPython's constructor would have set them.
            "name" | "path" | "name_from" | "msg" if crate::types::isinstance(o, &crate::types::t().import_error) && crate::exceptions::data(o).is_some_and(|d| crate::exceptions::member(d, name).is_none()) => {
                let a = crate::exceptions::args(o);
                match crate::tuple::as_slice(&a) {
                    Some([m]) if name == "msg" => m.clone(),
                    _ => none(),
                }
            }
            _ => return crate::exceptions::data(o).and_then(|d| crate::exceptions::member(d, name)).map(Ok),
        },
        (Payload::Range(p), "start") => p[0].clone(),
        (Payload::Range(p), "stop") => p[1].clone(),
        (Payload::Range(p), "step") => p[2].clone(),
        (Payload::Slice(p), "start") => p[0].clone(),
        (Payload::Slice(p), "stop") => p[1].clone(),
        (Payload::Slice(p), "step") => p[2].clone(),
        (Payload::Int(_) | Payload::BigInt(_), "real" | "numerator") if o.class().is(&types().int) => o.clone(),
        (Payload::Int(_) | Payload::BigInt(_), "real" | "numerator") => crate::int::from_bigint(crate::int::to_bigint(o).unwrap()),
        (Payload::Int(_) | Payload::BigInt(_), "imag") => crate::int::new_int(0),
        (Payload::Int(_) | Payload::BigInt(_), "denominator") => crate::int::new_int(1),
        (Payload::Float(_), "real") if o.class().is(&types().float) => o.clone(),
        (Payload::Float(f), "real") => crate::float::new_float(*f),
        (Payload::Float(_), "imag") => crate::float::new_float(0.0),
        (Payload::Complex(r, _), "real") => crate::float::new_float(*r),
        (Payload::Complex(_, i), "imag") => crate::float::new_float(*i),
        (Payload::Property(p), "fget") => p[0].clone(),
        (Payload::Property(p), "fset") => p[1].clone(),
        (Payload::Property(p), "fdel") => p[2].clone(),
        (Payload::Property(p), "__doc__") => p[3].clone(),
        (Payload::Property(p), "__name__") if !is_none(&p[0]) => return Some(crate::protocol::getattr_str(vm, &p[0], "__name__")),
        (Payload::Property(p), "__isabstractmethod__") => {
            for f in p[..3].iter() {
                match abstract_flag(vm, f) {
                    Ok(true) => return Some(Ok(crate::vm::bool_obj(true))),
                    Ok(false) => {}
                    Err(e) => return Some(Err(e)),
                }
            }
            crate::vm::bool_obj(false)
        }
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__isabstractmethod__") => match abstract_flag(vm, f) {
            Ok(b) => crate::vm::bool_obj(b),
            Err(e) => return Some(Err(e)),
        },
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__" | "__wrapped__") => f.clone(),
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__name__" | "__qualname__" | "__doc__") => return Some(crate::protocol::getattr_str(vm, f, name)),
        (Payload::Cell(_), "cell_contents") => match crate::function::cell_get(o) {
            Some(v) => v,
            None => return Some(Err(value_error("Cell is empty"))),
        },
        (Payload::Generator(g), "__name__") => g.name.clone(),
        (Payload::Generator(g), "__qualname__") => g.qualname.clone(),
        (Payload::Generator(g), "gi_running" | "cr_running") => bool_obj(g.running.load(std::sync::atomic::Ordering::Relaxed)),
        (Payload::Generator(g), "gi_frame" | "cr_frame" | "ag_frame") => {
            if g.frame.lock().is_none() {
                none()
            } else {
                match GEN_FRAME.get() {
                    Some(build) => return Some(build(vm, o)),
                    None => none(),
                }
            }
        }
        // Started and paused at a yield (its frame's last instruction is past
        // the start), neither running nor finished.
        (Payload::Generator(g), "gi_suspended" | "cr_suspended") => {
            if g.running.load(std::sync::atomic::Ordering::Relaxed) || g.frame.lock().is_none() {
                bool_obj(false)
            } else {
                let frame = match GEN_FRAME.get() {
                    Some(build) => match build(vm, o) {
                        Ok(f) => f,
                        Err(e) => return Some(Err(e)),
                    },
                    None => return Some(Ok(bool_obj(false))),
                };
                let lasti = crate::protocol::getattr_str(vm, &frame, "f_lasti").ok().and_then(|v| crate::int::index_i64(&v).ok()).unwrap_or(0);
                bool_obj(lasti > 0)
            }
        }
        (Payload::Generator(_), "gi_yieldfrom" | "cr_await" | "ag_await") => GEN_YIELDFROM.get().and_then(|f| f(o)).unwrap_or_else(none),
        (Payload::Generator(g), "gi_code" | "cr_code") => PyRef::new(&types().code, Payload::Code(g.code.clone())),
        (Payload::Code(c), _) => match name {
            "co_name" => c.name.clone(),
            "co_qualname" => c.qualname.clone(),
            "co_filename" => c.filename.clone(),
            "co_firstlineno" => crate::int::new_int(c.firstlineno as i64),
            "co_argcount" => crate::int::new_int(c.argcount as i64),
            "co_posonlyargcount" => crate::int::new_int(c.posonlyargcount as i64),
            "co_kwonlyargcount" => crate::int::new_int(c.kwonlyargcount as i64),
            // Function bodies are CO_OPTIMIZED | CO_NEWLOCALS (and CO_NESTED
            // when defined inside another function) in CPython.
            // Async generators are COROUTINE | GENERATOR inside weft and
            // CO_ASYNC_GENERATOR alone in CPython.
            "co_flags" => {
                use crate::code::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR};
                let mut fl = c.flags & 0xffff;
                if fl & (CO_COROUTINE | CO_GENERATOR) == CO_COROUTINE | CO_GENERATOR {
                    fl = (fl & !(CO_COROUTINE | CO_GENERATOR)) | CO_ASYNC_GENERATOR;
                }
                crate::int::new_int(fl as i64 | if c.flags & crate::code::CO_NAMESPACE == 0 { 3 } else { 0 })
            }
            "co_varnames" => crate::tuple::new_tuple(c.varnames.clone()),
            "co_cellvars" => crate::tuple::new_tuple(c.cellvars.clone()),
            "co_freevars" => crate::tuple::new_tuple(c.freevars.clone()),
            "co_names" => crate::tuple::new_tuple(c.names.clone()),
            "co_consts" => crate::tuple::new_tuple(c.consts.clone()),
            "co_nlocals" => crate::int::new_int(c.varnames.len() as i64),
            "co_stacksize" => crate::int::new_int(c.stacksize as i64),
            // weft's own instructions: 16-bit code units, little-endian.
            "co_code" => crate::bytes::new_bytes(c.code.iter().flat_map(|u| u.to_le_bytes()).collect()),
            _ => return None,
        },
        (Payload::Module(m), "__name__") => m.name.clone(),
        _ => return None,
    };
    Some(Ok(r))
}

/// Whether `f.__isabstractmethod__` is true (absent counts as false).
fn abstract_flag(vm: &mut dyn Vm, f: &PyRef) -> PyResult<bool> {
    if is_none(f) {
        return Ok(false);
    }
    match crate::protocol::getattr_opt(vm, f, "__isabstractmethod__")? {
        Some(v) => crate::protocol::truthy(vm, &v),
        None => Ok(false),
    }
}

/// Attributes of type objects that are not in their dicts.
pub fn type_attr(_vm: &mut dyn Vm, ty: &PyRef, name: &str) -> Option<PyResult> {
    let td = type_data(ty);
    Some(Ok(match name {
        "__name__" => crate::str::new_str(&td.name),
        "__qualname__" => crate::str::new_str(&td.qualname),
        "__module__" => crate::str::new_str(&td.module),
        "__mro__" => crate::tuple::new_tuple(std::iter::once(ty.clone()).chain(td.mro.get().iter().cloned()).collect()),
        "__bases__" => crate::tuple::new_tuple(td.bases.get().clone()),
        "__base__" => td.bases.get().first().cloned().unwrap_or_else(none),
        "__dict__" => crate::mappingproxy::new_proxy(td.dict.clone()),
        "__doc__" => none(),
        "__class__" => ty.class().clone(),
        "__abstractmethods__" => return None,
        _ => return None,
    }))
}

/// Writable attributes of built-in payloads; None when not handled here.
pub fn set_builtin_attr(_vm: &mut dyn Vm, o: &PyRef, name: &str, v: Option<PyRef>) -> Option<PyResult<()>> {
    match (&o.payload, name) {
        (Payload::Function(f), _) => {
            let v = v.unwrap_or_else(none);
            let old = match name {
                "__name__" => f.name.with(o.mutex(), |x| std::mem::replace(x, v)),
                "__qualname__" => f.qualname.with(o.mutex(), |x| std::mem::replace(x, v)),
                "__doc__" => f.doc.with(o.mutex(), |x| std::mem::replace(x, v)),
                "__defaults__" => opt(f.defaults.with(o.mutex(), |x| std::mem::replace(x, if is_none(&v) { None } else { Some(v) }))),
                "__kwdefaults__" => opt(f.kwdefaults.with(o.mutex(), |x| std::mem::replace(x, if is_none(&v) { None } else { Some(v) }))),
                "__annotations__" => opt(f.annotations.with(o.mutex(), |x| std::mem::replace(x, Some(v)))),
                _ => return None,
            };
            drop(old);
            Some(Ok(()))
        }
        (Payload::Exception(_), "__cause__") => {
            crate::exceptions::set_cause(o, v.filter(|x| !is_none(x)));
            Some(Ok(()))
        }
        (Payload::Exception(_), "__context__") => {
            crate::exceptions::set_context(o, v.filter(|x| !is_none(x)));
            Some(Ok(()))
        }
        (Payload::Exception(_), "__suppress_context__") => {
            crate::exceptions::set_suppress_context(o, v.as_ref().and_then(crate::protocol::truthy_native).unwrap_or(false));
            Some(Ok(()))
        }
        (Payload::Exception(_), "__traceback__") => match v {
            Some(tb) => Some(crate::exceptions::assign_traceback(o, &tb)),
            None => Some(Err(type_error("__traceback__ may not be deleted"))),
        },
        (Payload::Exception(d), _) if crate::exceptions::member(d, name).is_some() => {
            crate::exceptions::set_member(d, name, v.unwrap_or_else(none));
            Some(Ok(()))
        }
        (Payload::Exception(_), "args") => {
            let t = match v {
                Some(v) => match &v.payload {
                    Payload::Tuple(_) => v,
                    _ => crate::tuple::new_tuple(vec![v]),
                },
                None => return Some(Err(type_error("args may not be deleted"))),
            };
            crate::exceptions::set_args(o, t);
            Some(Ok(()))
        }
        (Payload::Cell(_), "cell_contents") => {
            crate::function::cell_set(o, v);
            Some(Ok(()))
        }
        _ => None,
    }
}

fn join_reprs(vm: &mut dyn Vm, items: &[PyRef]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(repr_string(vm, it)?);
    }
    Ok(parts.join(", "))
}

/// `repr()` of built-in objects that may contain arbitrary objects.
pub fn builtin_repr(vm: &mut dyn Vm, o: &PyRef) -> PyResult<String> {
    Ok(match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) => crate::int::int_repr_checked(o)?,
        Payload::Float(f) => crate::float::float_repr(*f),
        Payload::Str(s) => crate::str::repr_str(s.as_str()),
        Payload::List(_) => repr_guard(o, "[...]", || {
            let items = crate::list::items(o);
            Ok(format!("[{}]", join_reprs(vm, &items)?))
        })?,
        Payload::Tuple(items) if items.is_empty() => "()".to_string(),
        // A tuple can hold itself through a mutable container; CPython's
        // repr shows the inner occurrence as `(...)`.
        Payload::Tuple(items) => repr_guard(o, "(...)", || {
            Ok(if items.len() == 1 { format!("({},)", repr_string(vm, &items[0])?) } else { format!("({})", join_reprs(vm, items)?) })
        })?,
        Payload::Dict(..) => repr_guard(o, "{...}", || {
            let mut parts = Vec::new();
            for (k, v) in crate::dict::items(o) {
                parts.push(format!("{}: {}", repr_string(vm, &k)?, repr_string(vm, &v)?));
            }
            Ok(format!("{{{}}}", parts.join(", ")))
        })?,
        Payload::Set(..) | Payload::FrozenSet(_) => {
            let frozen = matches!(o.payload, Payload::FrozenSet(_));
            let items = crate::set::elements(o);
            let name = tname(o).to_string();
            if items.is_empty() {
                format!("{name}()")
            } else {
                repr_guard(o, &format!("{name}(...)"), || {
                    let inner = format!("{{{}}}", join_reprs(vm, &items)?);
                    Ok(if frozen || name != "set" { format!("{name}({inner})") } else { inner })
                })?
            }
        }
        Payload::DictView(d, k) => {
            let name = tname(o).to_string();
            let items: Vec<PyRef> = match k {
                DictIterKind::Keys => crate::dict::keys(d),
                DictIterKind::Values => crate::dict::items(d).into_iter().map(|(_, v)| v).collect(),
                DictIterKind::Items => crate::dict::items(d).into_iter().map(|(k, v)| crate::tuple::new_tuple(vec![k, v])).collect(),
            };
            format!("{name}([{}])", join_reprs(vm, &items)?)
        }
        Payload::ByteArray(l, _) => format!("{}({})", tname(o), crate::bytes::repr_bytearray_literal(&l.with(o.mutex(), |v| v.clone()))),
        Payload::Range(p) => {
            let (a, b, c) = (repr_string(vm, &p[0])?, repr_string(vm, &p[1])?, &p[2]);
            if matches!(c.payload, Payload::Int(1)) {
                format!("range({a}, {b})")
            } else {
                format!("range({a}, {b}, {})", repr_string(vm, c)?)
            }
        }
        Payload::Slice(p) => format!("slice({}, {}, {})", repr_string(vm, &p[0])?, repr_string(vm, &p[1])?, repr_string(vm, &p[2])?),
        Payload::Complex(r, i) => complex_repr(*r, *i),
        Payload::Function(f) => {
            let q = f.qualname.with(o.mutex(), |n| n.clone());
            format!("<function {} at {:#x}>", crate::str::as_str(&q).unwrap_or("?"), o.addr())
        }
        Payload::Builtin(b) => match &b.bound {
            Some(recv) if !matches!(recv.payload, Payload::Module(_)) => {
                if crate::types::is_type(recv) {
                    format!("<built-in method {} of type object at {:#x}>", b.name, recv.addr())
                } else {
                    format!("<built-in method {} of {} object at {:#x}>", b.name, tname(recv), recv.addr())
                }
            }
            _ => {
                if b.owner.is_empty() || b.owner == "builtins" || b.self_type.is_none() {
                    format!("<built-in function {}>", b.name)
                } else {
                    format!("<method '{}' of '{}' objects>", b.name, b.owner)
                }
            }
        },
        Payload::Method(m) => {
            let q = crate::protocol::getattr_str(vm, &m[0], "__qualname__").ok().and_then(|q| crate::str::as_str(&q).map(String::from)).unwrap_or_else(|| "?".into());
            format!("<bound method {} of {}>", q, repr_string(vm, &m[1])?)
        }
        Payload::Type(_) => format!("<class '{}'>", qualified_type_name(o)),
        Payload::Module(m) => format!("<module '{}'>", crate::str::as_str(&m.name).unwrap_or("?")),
        Payload::Exception(_) => {
            let a = crate::exceptions::args(o);
            let items = crate::tuple::as_slice(&a).unwrap_or(&[]).to_vec();
            let inner = if items.len() == 1 { repr_string(vm, &items[0])? } else { join_reprs(vm, &items)? };
            format!("{}({inner})", tname(o))
        }
        Payload::Generator(g) => {
            let kind = if o.class().is(&types().coroutine) { "coroutine" } else { "generator" };
            format!("<{kind} object {} at {:#x}>", crate::str::as_str(&g.qualname).unwrap_or("?"), o.addr())
        }
        Payload::Cell(_) => match crate::function::cell_get(o) {
            Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", o.addr(), tname(&v), v.addr()),
            None => format!("<cell at {:#x}: empty>", o.addr()),
        },
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            crate::str::as_str(&c.name).unwrap_or("?"),
            o.addr(),
            crate::str::as_str(&c.filename).unwrap_or("?"),
            c.firstlineno
        ),
        Payload::Super(p) if is_none(&p[1]) => format!("<super: <class '{}'>, NULL>", type_name(&p[0])),
        Payload::Super(p) => format!("<super: <class '{}'>, <{} object>>", type_name(&p[0]), tname(&p[1])),
        Payload::StaticMethod(f) => format!("<staticmethod({})>", repr_string(vm, f)?),
        Payload::ClassMethod(f) => format!("<classmethod({})>", repr_string(vm, f)?),
        _ => format!("<{} object at {:#x}>", qualified_type_name(o.class()), o.addr()),
    })
}

/// CPython's `repr(complex)`.
pub fn complex_repr(r: f64, i: f64) -> String {
    let fmt = |x: f64| {
        let s = crate::float::float_repr(x);
        s.strip_suffix(".0").map(String::from).unwrap_or(s)
    };
    if r == 0.0 && r.is_sign_positive() {
        format!("{}j", fmt(i))
    } else {
        // The sign of a NaN is not shown.
        let sign = if i < 0.0 || (i == 0.0 && i.is_sign_negative()) { "-" } else { "+" };
        format!("({}{}{}j)", fmt(r), sign, fmt(i.abs()))
    }
}

/// Key for comparing ranges by their items.
pub fn range_items_key(r: &PyRef) -> (i64, i64, i64) {
    match crate::range::range_i64(r) {
        Some((a, b, c)) => {
            let n = crate::range::range_len(a, b, c);
            if n == 0 {
                (0, 0, 0)
            } else if n == 1 {
                (n, a, 0)
            } else {
                (n, a, c)
            }
        }
        None => (-1, 0, 0),
    }
}

fn index_of(vm: &mut dyn Vm, key: &PyRef, what: &str) -> PyResult<i64> {
    match &key.payload {
        Payload::Int(i) => Ok(*i),
        Payload::BigInt(_) => Err(index_error(format!("cannot fit 'int' into an index-sized integer"))),
        _ => match crate::protocol::index(vm, key) {
            Ok(v) => crate::int::index_i64(&v),
            // An `__index__` that ran and failed (or returned a non-int)
            // reports its own error.
            Err(e) if crate::types::lookup(key.class(), "__index__").is_some() => Err(e),
            // CPython words the str case differently (`unicode_subscript`).
            Err(_) if what == "string" => Err(type_error(format!("string indices must be integers, not '{}'", tname(key)))),
            Err(_) => Err(type_error(format!("{what} indices must be integers or slices, not {}", tname(key)))),
        },
    }
}

fn norm(i: i64, n: usize, msg: &str) -> PyResult<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(index_error(msg.to_string()));
    }
    Ok(j as usize)
}

fn pick<T: Clone>(vm: &mut dyn Vm, items: &[T], sl: &PyRef) -> PyResult<Vec<T>> {
    let (start, _, step, n) = crate::range::slice_indices(vm, sl, items.len() as i64)?;
    Ok((0..n).map(|k| items[(start + k as i64 * step) as usize].clone()).collect())
}

/// `o[key]` for built-in sequences (slices and the remaining index forms).
pub fn builtin_getitem(vm: &mut dyn Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let is_slice = matches!(key.payload, Payload::Slice(_));
    match &o.payload {
        Payload::List(_) => {
            if is_slice {
                let items = crate::list::items(o);
                return Ok(crate::list::new_list(pick(vm, &items, key)?));
            }
            let i = index_of(vm, key, "list")?;
            crate::list::get(o, i)
        }
        Payload::Tuple(t) => {
            if is_slice {
                return Ok(crate::tuple::new_tuple(pick(vm, t, key)?));
            }
            let i = index_of(vm, key, "tuple")?;
            Ok(t[norm(i, t.len(), "tuple index out of range")?].clone())
        }
        Payload::Str(s) => {
            if is_slice {
                let (start, _, step, n) = crate::range::slice_indices(vm, key, s.char_len() as i64)?;
                if step == 1 {
                    return Ok(crate::str::new_str(s.slice_chars(start as usize, start as usize + n)));
                }
                let out: String = (0..n).map(|k| s.char_at((start + k as i64 * step) as usize)).collect();
                return Ok(crate::str::new_string(out));
            }
            let i = index_of(vm, key, "string")?;
            crate::str::getitem_index(s, i)
        }
        Payload::Bytes(b) => {
            if is_slice {
                return Ok(crate::bytes::new_bytes(pick(vm, b, key)?));
            }
            let i = index_of(vm, key, "byte")?;
            Ok(crate::int::new_int(b[norm(i, b.len(), "index out of range")?] as i64))
        }
        Payload::ByteArray(l, _) => {
            let b = l.with(o.mutex(), |v| v.clone());
            if is_slice {
                return Ok(crate::bytes::new_bytearray(pick(vm, &b, key)?));
            }
            let i = index_of(vm, key, "bytearray")?;
            Ok(crate::int::new_int(b[norm(i, b.len(), "bytearray index out of range")?] as i64))
        }
        Payload::Range(_) => {
            let small = crate::range::range_i64(o).filter(|&(a, b, c)| a.checked_add(crate::range::range_len(a, b, c).saturating_mul(c.abs())).is_some());
            let Some((a, b, c)) = small else {
                if is_slice {
                    return Err(overflow_error("Python int too large to convert to C ssize_t"));
                }
                let i = crate::protocol::index(vm, key).map_err(|_| type_error(format!("range indices must be integers or slices, not {}", tname(key))))?;
                return crate::range::range_item_big(o, &crate::int::to_bigint(&i).unwrap_or_default());
            };
            let n = crate::range::range_len(a, b, c);
            if let Payload::BigInt(_) = &key.payload {
                return crate::range::range_item_big(o, &crate::int::to_bigint(key).unwrap_or_default());
            }
            if is_slice {
                let (start, stop, step, _) = crate::range::slice_indices(vm, key, n)?;
                let ns = a + start * c;
                let ne = a + stop * c;
                // A step beyond machine ints (clamped by slice_indices) is
                // kept exact in the new range.
                if let Payload::Slice(sl) = &key.payload {
                    if let Payload::BigInt(big) = &sl[2].payload {
                        let st = crate::int::from_bigint(&**big * num_bigint::BigInt::from(c));
                        return Ok(crate::range::new_range(crate::int::new_int(ns), crate::int::new_int(ne), st));
                    }
                }
                return Ok(crate::range::new_range(crate::int::new_int(ns), crate::int::new_int(ne), crate::int::new_int(c * step)));
            }
            let i = index_of(vm, key, "range")?;
            let j = norm(i, n as usize, "range object index out of range")?;
            Ok(crate::int::new_int(a + j as i64 * c))
        }
        _ => Err(type_error(format!("'{}' object is not subscriptable", tname(o)))),
    }
}

/// `ba[slice] = v` / `del ba[slice]`: v is bytes-like, an iterable of
/// ints in range(256), or (for deletion) absent.
fn bytearray_set_slice(vm: &mut dyn Vm, o: &PyRef, key: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Payload::ByteArray(l, _) = &o.payload else { unreachable!("checked by the caller") };
    let n = l.with(o.mutex(), |items| items.len()) as i64;
    let (start, stop, step, count) = crate::range::slice_indices(vm, key, n)?;
    let new: Option<Vec<u8>> = match &v {
        None => None,
        Some(x) => Some(match crate::bytes::as_bytes_vec(x).or_else(|| crate::memoryview::view_bytes(x)) {
            Some(b) => b,
            None => {
                if matches!(x.payload, Payload::Int(_) | Payload::BigInt(_)) || crate::str::as_str(x).is_some() {
                    return Err(type_error(format!("can assign only bytes, buffers, or iterables of ints in range(0, 256)")));
                }
                let items = crate::protocol::collect(vm, x).map_err(|_| type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"))?;
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    let b = crate::protocol::index(vm, &it)?;
                    match crate::int::index_i64(&b) {
                        Ok(b) if (0..256).contains(&b) => out.push(b as u8),
                        _ => return Err(value_error("byte must be in range(0, 256)")),
                    }
                }
                out
            }
        }),
    };
    l.with(o.mutex(), |items| {
        // The length may have changed while the value was read.
        let n2 = items.len() as i64;
        let (start, stop, count) = if n2 == n { (start, stop, count) } else { (start.min(n2), stop.min(n2), count.min(items.len())) };
        match new {
            Some(bytes) if step == 1 => {
                let stop = stop.max(start);
                items.splice(start as usize..stop as usize, bytes);
                Ok(())
            }
            Some(bytes) => {
                if bytes.len() != count {
                    return Err(value_error(format!("attempt to assign bytes of size {} to extended slice of size {count}", bytes.len())));
                }
                for (k, b) in bytes.into_iter().enumerate() {
                    items[(start + k as i64 * step) as usize] = b;
                }
                Ok(())
            }
            None => {
                let mut idx: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                for &i in idx.iter().rev() {
                    items.remove(i);
                }
                Ok(())
            }
        }
    })
}

/// `o[key] = v` / `del o[key]` for built-in sequences.
pub fn builtin_setitem(vm: &mut dyn Vm, o: &PyRef, key: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match &o.payload {
        Payload::List(_) => {
            if let Payload::Slice(_) = &key.payload {
                let n = crate::list::len(o) as i64;
                let (start, stop, step, count) = crate::range::slice_indices(vm, key, n)?;
                match v {
                    Some(v) => {
                        let new_items = crate::protocol::collect(vm, &v).map_err(|e| {
                            let not_iterable = err_matches(&e, &crate::types::t().type_error) && crate::protocol::iter(vm, &v).is_err();
                            match (not_iterable, step == 1) {
                                (true, true) => type_error("can only assign an iterable"),
                                (true, false) => type_error("must assign iterable to extended slice"),
                                _ => e,
                            }
                        })?;
                        if step == 1 {
                            let stop = stop.max(start);
                            let old: Vec<PyRef> = crate::list::with(o, |items| items.splice(start as usize..stop as usize, new_items).collect());
                            drop(old);
                        } else {
                            if new_items.len() != count {
                                return Err(value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {count}",
                                    new_items.len()
                                )));
                            }
                            let old: Vec<PyRef> = crate::list::with(o, |items| {
                                new_items.into_iter().enumerate().map(|(k, x)| std::mem::replace(&mut items[(start + k as i64 * step) as usize], x)).collect()
                            });
                            drop(old);
                        }
                    }
                    None => {
                        let mut idx: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
                        idx.sort_unstable();
                        let old: Vec<PyRef> = crate::list::with(o, |items| idx.iter().rev().map(|&i| items.remove(i)).collect());
                        drop(old);
                    }
                }
                return Ok(());
            }
            let i = index_of(vm, key, "list")?;
            match v {
                Some(v) => crate::list::set(o, i, v),
                None => {
                    let old = crate::list::with(o, |items| {
                        let n = items.len();
                        norm(i, n, "list assignment index out of range").map(|j| items.remove(j))
                    })?;
                    drop(old);
                    Ok(())
                }
            }
        }
        Payload::ByteArray(l, _) => {
            if let Payload::Slice(_) = &key.payload {
                return bytearray_set_slice(vm, o, key, v);
            }
            let i = index_of(vm, key, "bytearray")?;
            let b = match &v {
                Some(x) => {
                    let b = crate::protocol::index(vm, x)?;
                    match crate::int::index_i64(&b) {
                        Ok(b) if (0..256).contains(&b) => Some(b),
                        _ => return Err(value_error("byte must be in range(0, 256)")),
                    }
                }
                None => None,
            };
            l.with(o.mutex(), |items| {
                let j = norm(i, items.len(), "bytearray index out of range")?;
                match b {
                    Some(b) => items[j] = b as u8,
                    None => {
                        items.remove(j);
                    }
                }
                Ok(())
            })
        }
        _ => {
            if v.is_some() {
                Err(type_error(format!("'{}' object does not support item assignment", tname(o))))
            } else if matches!(key.payload, Payload::Int(_) | Payload::BigInt(_)) {
                // CPython's sequence path words it differently from the
                // final mapping fallback.
                Err(type_error(format!("'{}' object doesn't support item deletion", tname(o))))
            } else {
                Err(type_error(format!("'{}' object does not support item deletion", tname(o))))
            }
        }
    }
}
