//! Calling a type: the constructors of built-in types, instance creation
//! for user classes (`__new__` then `__init__`), class creation through
//! metaclasses, and the native methods of `object` and `type`.

use crate::locked::Locked;
use crate::object::PyRef;
use crate::payload::{BaseKind, Payload};
use crate::protocol::{self as p};
use crate::types::{is_subtype, lookup, type_data, type_name, types};
use crate::vm::*;

fn tname(o: &PyRef) -> &str {
    type_name(o.class())
}

/// `ty(*args, **kw)`.
pub fn type_call(vm: &mut dyn Vm, ty: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult {
    let tys = types();
    // A user metaclass with __call__.
    if !type_data(ty.class()).builtin {
        if let Some(f) = lookup(ty.class(), "__call__") {
            if !matches!(&f.payload, Payload::Builtin(b) if b.owner == "type") {
                let mut v = vec![ty.clone()];
                v.extend_from_slice(args);
                return vm.call(&f, &v, kw);
            }
        }
    }
    let td = type_data(ty);
    if td.builtin && td.kind != BaseKind::Exception && !ty.is(&tys.object) {
        if ty.is(&tys.type_) && args.len() == 1 && kw.is_empty() {
            return Ok(args[0].class().clone());
        }
        return builtin_new(vm, ty, args, kw);
    }
    create_instance(vm, ty, args, kw)
}

/// `type.__call__` for user classes and `object`: `__new__`, then `__init__`.
pub fn create_instance(vm: &mut dyn Vm, ty: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult {
    if type_data(ty).flags.load(std::sync::atomic::Ordering::Relaxed) & crate::payload::TF_ABSTRACT != 0 {
        if let Some(abs) = lookup(ty, "__abstractmethods__") {
            let mut names: Vec<String> = p::collect(vm, &abs)?.iter().filter_map(|n| crate::str::as_str(n).map(String::from)).collect();
            if !names.is_empty() {
                names.sort();
                let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
                let s = if names.len() == 1 { "" } else { "s" };
                return Err(type_error(format!(
                    "Can't instantiate abstract class {} without an implementation for abstract method{s} {}",
                    type_name(ty),
                    quoted.join(", ")
                )));
            }
        }
    }
    let new = lookup(ty, "__new__");
    let custom_new = new.as_ref().filter(|f| !matches!(&f.payload, Payload::Builtin(b) if b.owner == "object" || b.owner == "BaseException"));
    let init = lookup(ty, "__init__");
    let custom_init = init.as_ref().filter(|f| !matches!(&f.payload, Payload::Builtin(b) if b.owner == "object"));
    let obj = match custom_new {
        Some(f) => {
            let f = match &f.payload {
                Payload::StaticMethod(inner) => inner.clone(),
                _ => f.clone(),
            };
            let mut v = vec![ty.clone()];
            v.extend_from_slice(args);
            vm.call(&f, &v, kw)?
        }
        None => {
            if custom_init.is_none() && (!args.is_empty() || !kw.is_empty()) && type_data(ty).kind == BaseKind::Object {
                return Err(type_error(format!("{}() takes no arguments", type_name(ty))));
            }
            alloc_instance(ty, args)
        }
    };
    if !is_subtype(obj.class(), ty) {
        return Ok(obj);
    }
    if let Some(f) = custom_init {
        let mut v = vec![obj.clone()];
        v.extend_from_slice(args);
        let r = vm.call(f, &v, kw)?;
        if !is_none(&r) {
            return Err(type_error(format!("__init__() should return None, not '{}'", tname(&r))));
        }
    } else if custom_new.is_some() && type_data(ty).kind != BaseKind::Exception {
        // object.__init__ ignores arguments when __new__ is overridden.
    }
    Ok(obj)
}

/// A bare instance of a user class (`object.__new__(ty)`).
pub fn alloc_instance(ty: &PyRef, args: &[PyRef]) -> PyRef {
    // OSError(errno, ...) is an instance of the subclass the errno selects.
    if ty.is(&crate::types::t().os_error) && (2..=5).contains(&args.len()) {
        if let Payload::Int(errno) = &args[0].payload {
            if let Some(sub) = crate::exceptions::os_error_subtype(*errno) {
                return crate::exceptions::new_exc(&sub, args.to_vec());
            }
        }
    }
    let o = match type_data(ty).kind {
        BaseKind::Exception => return crate::exceptions::new_exc(ty, args.to_vec()),
        BaseKind::List => PyRef::new(ty, Payload::List(crate::list::ListStore::with_dict(Vec::new(), crate::dict::new_dict()))),
        BaseKind::Dict => PyRef::new(ty, Payload::Dict(crate::dict::DictBox::new(), Some(crate::dict::new_dict()))),
        BaseKind::Set => PyRef::new(ty, Payload::Set(Box::new(Locked::new(crate::set::SetData::default())), Some(crate::dict::new_dict()))),
        BaseKind::ByteArray => PyRef::new(ty, Payload::ByteArray(Locked::new(Vec::new()), Some(crate::dict::new_dict()))),
        // A plain instance is tracked once it holds a container
        // (`gc::note_store`).
        _ => return PyRef::new(ty, Payload::Instance(crate::dict::new_dict())),
    };
    crate::gc::track(&o);
    o
}

fn one_arg<'a>(name: &str, args: &'a [PyRef], kw: KwArgs) -> PyResult<Option<&'a PyRef>> {
    no_kwargs(name, kw)?;
    if args.len() > 1 {
        return Err(type_error(format!("{name} expected at most 1 argument, got {}", args.len())));
    }
    Ok(args.first())
}

fn builtin_new(vm: &mut dyn Vm, ty: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult {
    let t = types();
    let name = type_name(ty);
    match name {
        "int" => int_new(vm, args, kw),
        "bool" => {
            let a = one_arg("bool", args, kw)?;
            Ok(bool_obj(match a {
                Some(o) => p::truthy(vm, o)?,
                None => false,
            }))
        }
        "float" => {
            let Some(a) = one_arg("float", args, kw)? else { return Ok(crate::float::new_float(0.0)) };
            float_new(vm, a)
        }
        "complex" => crate::complex::complex_new(vm, args, kw),
        "str" => {
            if args.is_empty() && kw.is_empty() {
                return Ok(crate::str::new_str(""));
            }
            crate::vm::check_kwargs("str", kw, &["object", "encoding", "errors"])?;
            let obj = args.first().or_else(|| kwarg(kw, "object")).cloned().unwrap_or_else(|| crate::str::new_str(""));
            crate::vm::check_args_kw("str", args, 0, 3)?;
            if args.len() >= 2 || kwarg(kw, "encoding").is_some() || kwarg(kw, "errors").is_some() {
                // The encoding and errors arguments are converted first.
                crate::codecs::args(&format!("{name}()"), args, kw, 1)?;
                let b = crate::bytes::as_bytes_vec(&obj).ok_or_else(|| {
                    if crate::str::as_str(&obj).is_some() {
                        type_error("decoding str is not supported")
                    } else {
                        type_error(format!("decoding to str: need a bytes-like object, {} found", tname(&obj)))
                    }
                })?;
                let (enc, errors) = crate::codecs::args(&format!("{name}()"), args, kw, 1)?;
                return Ok(crate::str::new_string(crate::codecs::decode(&b, &enc, &errors)?));
            }
            p::str_(vm, &obj)
        }
        "bytes" | "bytearray" => {
            crate::vm::check_args_kw(name, args, 0, 3)?;
            let has_encoding = args.get(1).or_else(|| kwarg(kw, "encoding")).is_some();
            let has_errors = args.get(2).or_else(|| kwarg(kw, "errors")).is_some();
            if has_encoding || has_errors {
                // Converted before the source is looked at, as by CPython's
                // argument parser.
                crate::codecs::args(&format!("{name}()"), args, kw, 1)?;
                if !args.first().is_some_and(|o| matches!(o.payload, Payload::Str(_))) {
                    return Err(type_error(if has_encoding { "encoding without a string argument" } else { "errors without a string argument" }));
                }
            }
            let data: Vec<u8> = match args.first() {
                None => vec![],
                Some(o) => match &o.payload {
                    Payload::Int(n) => {
                        if *n < 0 {
                            return Err(value_error("negative count"));
                        }
                        let mut v: Vec<u8> = Vec::new();
                        crate::protocol::arith::reserve_repeat(&mut v, *n as usize, 1)?;
                        v.resize(*n as usize, 0);
                        v
                    }
                    Payload::Str(s) => {
                        if args.get(1).or_else(|| kwarg(kw, "encoding")).is_none() {
                            return Err(type_error("string argument without an encoding"));
                        }
                        let (enc, errors) = crate::codecs::args(&format!("{name}()"), args, kw, 1)?;
                        crate::codecs::encode(s.as_str(), &enc, &errors)?
                    }
                    Payload::Bytes(_) | Payload::ByteArray(..) => crate::bytes::as_bytes_vec(o).unwrap(),
                    Payload::BigInt(_) => return Err(overflow_error("cannot fit 'int' into an index-sized integer")),
                    _ if name == "bytes" && lookup(o.class(), "__bytes__").is_some() => {
                        let f = lookup(o.class(), "__bytes__").unwrap();
                        let r = crate::protocol::call_special(vm, &f, o, &[])?;
                        if !matches!(r.payload, Payload::Bytes(_)) {
                            return Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(r.class()))));
                        }
                        return Ok(r);
                    }
                    _ if crate::bytes::as_bytes_vec(o).is_some() => crate::bytes::as_bytes_vec(o).unwrap(),
                    _ if !matches!(o.payload, Payload::Str(_)) && lookup(o.class(), "__index__").is_some() => {
                        let n = crate::int::index_i64(&p::index(vm, o)?)?;
                        if n < 0 {
                            return Err(value_error("negative count"));
                        }
                        vec![0; n as usize]
                    }
                    _ => {
                        let items = p::collect(vm, o).map_err(|e| {
                            if crate::vm::err_matches(&e, &crate::types::t().type_error) && lookup(o.class(), "__iter__").is_none() && lookup(o.class(), "__getitem__").is_none() {
                                type_error(format!("cannot convert '{}' object to {name}", type_name(o.class())))
                            } else {
                                e
                            }
                        })?;
                        let mut v = Vec::new();
                        for x in items {
                            let n = crate::int::index_i64(&x)?;
                            if !(0..256).contains(&n) {
                                return Err(value_error("bytes must be in range(0, 256)"));
                            }
                            v.push(n as u8);
                        }
                        v
                    }
                },
            };
            Ok(if name == "bytes" { crate::bytes::new_bytes(data) } else { crate::bytes::new_bytearray(data) })
        }
        "list" => {
            let a = one_arg("list", args, kw)?;
            Ok(crate::list::new_list(match a {
                Some(o) => p::collect(vm, o)?,
                None => vec![],
            }))
        }
        "tuple" => {
            let a = one_arg("tuple", args, kw)?;
            match a {
                Some(o) if matches!(o.payload, Payload::Tuple(_)) && o.class().is(&t.tuple) => Ok(o.clone()),
                Some(o) => Ok(crate::tuple::new_tuple(p::collect(vm, o)?)),
                None => Ok(crate::tuple::new_tuple(vec![])),
            }
        }
        "dict" => {
            if args.len() > 1 {
                return Err(type_error(format!("dict expected at most 1 argument, got {}", args.len())));
            }
            let d = crate::dict::new_dict();
            if let Some(o) = args.first() {
                crate::dict::update(vm, &d, o)?;
            }
            for (k, v) in kw {
                crate::dict::set_item(vm, &d, k.clone(), v.clone())?;
            }
            Ok(d)
        }
        "set" => {
            let a = one_arg("set", args, kw)?;
            match a {
                Some(o) => crate::set::from_iterable(vm, o),
                None => Ok(crate::set::new_set()),
            }
        }
        "frozenset" => {
            let a = one_arg("frozenset", args, kw)?;
            match a {
                Some(o) if matches!(o.payload, Payload::FrozenSet(_)) => Ok(o.clone()),
                Some(o) => Ok(crate::set::freeze(crate::set::from_iterable(vm, o)?)),
                None => Ok(crate::set::new_frozenset(Default::default())),
            }
        }
        "range" => {
            no_kwargs("range", kw)?;
            // PyNumber_Index's result is an exact int (True counts as 1).
            let exact = |i: PyRef| if i.class().is(&types().int) { i } else { crate::int::from_bigint(crate::int::to_bigint(&i).unwrap_or_default()) };
            let ints: Vec<PyRef> = args.iter().map(|a| p::index(vm, a).map(exact)).collect::<PyResult<_>>()?;
            let (a, b, c) = match ints.len() {
                1 => (crate::int::new_int(0), ints[0].clone(), crate::int::new_int(1)),
                2 => (ints[0].clone(), ints[1].clone(), crate::int::new_int(1)),
                3 => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
                0 => return Err(type_error("range expected at least 1 argument, got 0")),
                n => return Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
            };
            if matches!(c.payload, Payload::Int(0)) {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(crate::range::new_range(a, b, c))
        }
        "slice" => {
            let n = none;
            let (a, b, c) = match args.len() {
                1 => (n(), args[0].clone(), n()),
                2 => (args[0].clone(), args[1].clone(), n()),
                3 => (args[0].clone(), args[1].clone(), args[2].clone()),
                k => return Err(type_error(format!("slice expected at least 1 argument, got {k}"))),
            };
            Ok(crate::range::new_slice(a, b, c))
        }
        "property" => {
            let get = |i: usize, n: &str| args.get(i).or_else(|| kwarg(kw, n)).cloned().unwrap_or_else(none);
            let fget = get(0, "fget");
            let mut doc = get(3, "doc");
            if is_none(&doc) && !is_none(&fget) {
                doc = p::getattr_opt(vm, &fget, "__doc__")?.unwrap_or_else(none);
            }
            Ok(PyRef::new(ty, Payload::Property(Box::new([fget, get(1, "fset"), get(2, "fdel"), doc]))))
        }
        "staticmethod" => {
            check_args("staticmethod", args, 1, 1)?;
            Ok(PyRef::new(ty, Payload::StaticMethod(args[0].clone())))
        }
        "classmethod" => {
            check_args("classmethod", args, 1, 1)?;
            Ok(PyRef::new(ty, Payload::ClassMethod(args[0].clone())))
        }
        "super" => {
            if args.is_empty() || args.len() > 2 {
                return Err(runtime_error("super(): no arguments"));
            }
            if !crate::types::is_type(&args[0]) {
                return Err(type_error(format!("super() argument 1 must be a type, not {}", tname(&args[0]))));
            }
            if args.len() == 1 || is_none(&args[1]) {
                // Unbound super: `super(T)`; binds through `__get__`.
                return Ok(PyRef::new(ty, Payload::Super(Box::new([args[0].clone(), none()]))));
            }
            let ok = if crate::types::is_type(&args[1]) { is_subtype(&args[1], &args[0]) } else { false } || crate::types::isinstance(&args[1], &args[0]);
            if !ok {
                return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            Ok(PyRef::new(ty, Payload::Super(Box::new([args[0].clone(), args[1].clone()]))))
        }
        "type" => {
            if args.len() != 3 {
                return Err(type_error("type() takes 1 or 3 arguments"));
            }
            type_new(vm, ty, args, kw)
        }
        "enumerate" => {
            crate::vm::check_kwargs("enumerate", kw, &["iterable", "start"])?;
            crate::vm::check_args_kw("enumerate", args, 0, 2)?;
            let it = args.first().or_else(|| kwarg(kw, "iterable")).ok_or_else(|| type_error("enumerate() missing required argument 'iterable'"))?;
            let start = match args.get(1).or_else(|| kwarg(kw, "start")) {
                Some(s) => crate::int::index_i64(s)?,
                None => 0,
            };
            let inner = p::iter(vm, it)?;
            Ok(p::make_iter(&t.enumerate, crate::payload::IterKind::Enumerate(inner), start))
        }
        "zip" => {
            crate::vm::check_kwargs("zip", kw, &["strict"])?;
            let strict = match kwarg(kw, "strict") {
                Some(s) => p::truthy(vm, s)?,
                None => false,
            };
            let its: Vec<PyRef> = args.iter().map(|a| p::iter(vm, a)).collect::<PyResult<_>>()?;
            Ok(p::make_iter(&t.zip, crate::payload::IterKind::Zip(its.into_boxed_slice(), strict), 0))
        }
        "map" => {
            no_kwargs("map", kw)?;
            if args.len() < 2 {
                return Err(type_error("map() must have at least two arguments."));
            }
            let its: Vec<PyRef> = args[1..].iter().map(|a| p::iter(vm, a)).collect::<PyResult<_>>()?;
            Ok(p::make_iter(&t.map, crate::payload::IterKind::Map(args[0].clone(), its.into_boxed_slice()), 0))
        }
        "filter" => {
            no_kwargs("filter", kw)?;
            check_args("filter", args, 2, 2)?;
            let it = p::iter(vm, &args[1])?;
            Ok(p::make_iter(&t.filter, crate::payload::IterKind::Filter(args[0].clone(), it), 0))
        }
        "reversed" => {
            no_kwargs("reversed", kw)?;
            if args.len() != 1 {
                return Err(type_error(format!("reversed expected 1 argument, got {}", args.len())));
            }
            let o = &args[0];
            if let Some(f) = lookup(o.class(), "__reversed__").filter(|_| !type_data(o.class()).builtin || matches!(o.payload, Payload::Native(_))) {
                return crate::protocol::call_special(vm, &f, o, &[]);
            }
            native_reversed(o)
        }
        "NoneType" => Ok(none()),
        "method" => {
            no_kwargs("method", kw)?;
            check_args("method", args, 2, 2)?;
            if !p::callable(&args[0]) {
                return Err(type_error("first argument must be callable"));
            }
            if is_none(&args[1]) {
                return Err(type_error("instance must not be None"));
            }
            Ok(crate::function::new_method(args[0].clone(), args[1].clone()))
        }
        "module" => {
            crate::vm::check_kwargs("module", kw, &["name", "doc"])?;
            let mname = args.first().or_else(|| kwarg(kw, "name")).ok_or_else(|| type_error("module() missing required argument 'name' (pos 1)"))?;
            if crate::str::as_str(mname).is_none() {
                return Err(type_error(format!("module.__init__() argument 'name' must be str, not {}", tname(mname))));
            }
            let doc = args.get(1).or_else(|| kwarg(kw, "doc")).cloned().unwrap_or_else(none);
            let d = crate::dict::new_dict();
            crate::dict::set_str(&d, "__name__", mname.clone());
            crate::dict::set_str(&d, "__doc__", doc);
            crate::dict::set_str(&d, "__package__", none());
            crate::dict::set_str(&d, "__loader__", none());
            crate::dict::set_str(&d, "__spec__", none());
            Ok(PyRef::new(&t.module, Payload::Module(Box::new(crate::payload::ModuleData { name: mname.clone(), dict: d }))))
        }
        _ => match crate::dict::get_str(&type_data(ty).dict, "__new__") {
            // Runtime-defined types construct through their own __new__.
            Some(f) => {
                let mut v = vec![ty.clone()];
                v.extend_from_slice(args);
                vm.call(&f, &v, kw)
            }
            None => Err(type_error(format!("cannot create '{}' instances", name))),
        },
    }
}

fn float_new(vm: &mut dyn Vm, a: &PyRef) -> PyResult {
    match &a.payload {
        Payload::Float(_) if a.class().is(&types().float) => Ok(a.clone()),
        Payload::Float(f) => Ok(crate::float::new_float(*f)),
        Payload::Bytes(_) | Payload::ByteArray(..) => {
            let b = crate::bytes::as_bytes_vec(a).unwrap_or_default();
            let text = String::from_utf8_lossy(&b).into_owned();
            crate::float::parse_float(&text).map(crate::float::new_float).ok_or_else(|| {
                value_error(format!("could not convert string to float: {}", crate::protocol::repr_native(a).unwrap_or_else(|| format!("{b:?}"))))
            })
        }
        Payload::Int(_) | Payload::BigInt(_) => Ok(crate::float::new_float(crate::int::int_to_f64(a)?)),
        Payload::Str(s) => crate::float::parse_float(s.as_str())
            .map(crate::float::new_float)
            .ok_or_else(|| value_error(format!("could not convert string to float: {}", crate::str::repr_str(s.as_str())))),
        _ => {
            if let Some(f) = lookup(a.class(), "__float__").filter(|_| !type_data(a.class()).builtin) {
                let r = crate::protocol::call_special(vm, &f, a, &[])?;
                if crate::float::as_f64(&r).is_none() {
                    return Err(type_error(format!("{}.__float__ returned non-float (type {})", tname(a), tname(&r))));
                }
                return Ok(r);
            }
            if let Some(f) = lookup(a.class(), "__index__").filter(|_| !type_data(a.class()).builtin) {
                let r = crate::protocol::call_special(vm, &f, a, &[])?;
                if !crate::int::is_int(&r) {
                    return Err(type_error(format!("__index__ returned non-int (type {})", tname(&r))));
                }
                return Ok(crate::float::new_float(crate::int::int_to_f64(&r)?));
            }
            Err(type_error(format!("float() argument must be a string or a real number, not '{}'", tname(a))))
        }
    }
}

fn int_new(vm: &mut dyn Vm, args: &[PyRef], kw: KwArgs) -> PyResult {
    if let Some((k, _)) = kw.iter().find(|(k, _)| crate::str::as_str(k) != Some("base")) {
        return Err(type_error(format!("'{}' is an invalid keyword argument for int()", crate::str::as_str(k).unwrap_or("?"))));
    }
    if args.len() > 2 {
        return Err(type_error(format!("int() takes at most 2 arguments ({} given)", args.len())));
    }
    let base = args.get(1).or_else(|| kwarg(kw, "base"));
    let Some(a) = args.first() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(crate::int::new_int(0));
    };
    if let Some(b) = base {
        let b = crate::int::index_i64(b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match &crate::subclass::native(a).payload {
            Payload::Str(s) => s.as_str().to_string(),
            Payload::Bytes(bs) => String::from_utf8_lossy(bs).into_owned(),
            _ => return Err(type_error("int() can't convert non-string with explicit base")),
        };
        if !(b as u32).is_power_of_two() {
            crate::int::check_str_digits(&text)?;
        }
        // Any base reads Unicode decimal digits and spaces as their ASCII
        // forms (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII).
        let ascii: String = text
            .chars()
            .map(|c| match c {
                _ if c.is_ascii() => c,
                _ if c.is_whitespace() => ' ',
                _ => crate::unicode_props::decimal_value(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c),
            })
            .collect();
        return crate::int::parse_int(&ascii, b as u32)
            .map(crate::int::from_bigint)
            .ok_or_else(|| value_error(format!("invalid literal for int() with base {b}: {}", crate::str::repr_str(&text))));
    }
    match &a.payload {
        Payload::Int(_) | Payload::BigInt(_) => Ok(crate::int::from_bigint(crate::int::to_bigint(a).unwrap())),
        Payload::Float(f) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.2e18 {
                Ok(crate::int::new_int(t as i64))
            } else {
                Ok(crate::int::from_bigint(bigint_from_f64(t)))
            }
        }
        Payload::Str(s) => {
            crate::int::check_str_digits(s.as_str())?;
            crate::int::parse_int(s.as_str(), 10)
                .map(crate::int::from_bigint)
                .ok_or_else(|| value_error(format!("invalid literal for int() with base 10: {}", crate::str::repr_str(s.as_str()))))
        }
        Payload::Bytes(b) => {
            let text = String::from_utf8_lossy(b).into_owned();
            crate::int::parse_int(&text, 10)
                .map(crate::int::from_bigint)
                .ok_or_else(|| value_error(format!("invalid literal for int() with base 10: {}", crate::bytes::repr_bytes(b))))
        }
        _ => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = lookup(a.class(), m).filter(|_| !type_data(a.class()).builtin) {
                    let r = crate::protocol::call_special(vm, &f, a, &[])?;
                    if !crate::int::is_int(&r) {
                        return Err(type_error(format!("{m} returned non-int (type {})", tname(&r))));
                    }
                    // An int subclass (a bool) comes back as a plain int.
                    if !r.class().is(&types().int) {
                        return Ok(crate::int::from_bigint(crate::int::to_bigint(&r).unwrap_or_default()));
                    }
                    return Ok(r);
                }
            }
            if let Payload::Subclass(d) = &a.payload {
                return int_new(vm, std::slice::from_ref(&d.value), kw);
            }
            Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", tname(a))))
        }
    }
}

fn bigint_from_f64(f: f64) -> num_bigint::BigInt {
    let (m, e) = {
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
        (mant, exp)
    };
    let mut b = num_bigint::BigInt::from(m);
    if e > 0 {
        b <<= e as usize;
    } else {
        b >>= (-e) as usize;
    }
    if f < 0.0 {
        -b
    } else {
        b
    }
}

/// `type(name, bases, ns, **kw)`: create a class, running `__set_name__`
/// and `__init_subclass__` as CPython's `type.__new__` does.
pub fn type_new(vm: &mut dyn Vm, meta: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult {
    let name = crate::str::as_str(&args[0]).ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?.to_string();
    let bases = crate::tuple::as_slice(&args[1]).ok_or_else(|| type_error("type.__new__() argument 2 must be tuple"))?.to_vec();
    let ns = &args[2];
    if !matches!(ns.payload, Payload::Dict(..)) {
        return Err(type_error("type.__new__() argument 3 must be dict"));
    }
    // The most derived metaclass.
    let mut meta = meta.clone();
    for b in &bases {
        let bm = b.class();
        if is_subtype(bm, &meta) {
            meta = bm.clone();
        } else if !is_subtype(&meta, bm) {
            return Err(type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    let dict = crate::dict::copy(ns);
    let qualname = crate::dict::get_str(&dict, "__qualname__").and_then(|q| crate::str::as_str(&q).map(String::from)).unwrap_or_else(|| name.clone());
    let _ = crate::dict::del_item(vm, &dict, &crate::str::new_str("__qualname__"))?;
    if crate::dict::get_str(&dict, "__eq__").is_some() && crate::dict::get_str(&dict, "__hash__").is_none() {
        crate::dict::set_str(&dict, "__hash__", none());
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = crate::dict::get_str(&dict, special) {
            if matches!(f.payload, Payload::Function(_)) {
                crate::dict::set_str(&dict, special, PyRef::new(&types().classmethod, Payload::ClassMethod(f)));
            }
        }
    }
    if let Some(f) = crate::dict::get_str(&dict, "__new__") {
        if matches!(f.payload, Payload::Function(_)) {
            crate::dict::set_str(&dict, "__new__", PyRef::new(&types().staticmethod, Payload::StaticMethod(f)));
        }
    }
    let cls = crate::types::new_heap_type(&meta, &name, &qualname, bases.clone(), dict.clone())?;
    // Abstract methods.
    let mut abstract_names = Vec::new();
    for (k, v) in crate::dict::items(&dict) {
        if p::getattr_opt(vm, &v, "__isabstractmethod__")?.map(|x| p::truthy_native(&x).unwrap_or(false)).unwrap_or(false) {
            abstract_names.push(k);
        }
    }
    for b in &bases {
        if let Some(abs) = lookup(b, "__abstractmethods__") {
            for n in p::collect(vm, &abs)? {
                let nm = crate::str::as_str(&n).unwrap_or("").to_string();
                if let Some(v) = lookup(&cls, &nm) {
                    if p::getattr_opt(vm, &v, "__isabstractmethod__")?.map(|x| p::truthy_native(&x).unwrap_or(false)).unwrap_or(false) && !abstract_names.iter().any(|a| crate::str::as_str(a) == Some(&nm)) {
                        abstract_names.push(n);
                    }
                }
            }
        }
    }
    if !abstract_names.is_empty() || bases.iter().any(|b| lookup(b, "__abstractmethods__").is_some()) {
        let fs = crate::set::freeze(crate::set::new_set());
        let s = crate::set::new_set();
        for n in &abstract_names {
            crate::set::add(vm, &s, n.clone())?;
        }
        let _ = fs;
        crate::dict::set_str(&dict, "__abstractmethods__", crate::set::freeze(s));
        if !abstract_names.is_empty() {
            type_data(&cls).flags.fetch_or(crate::payload::TF_ABSTRACT, std::sync::atomic::Ordering::Relaxed);
        }
    }
    if let Some(cell) = crate::dict::get_str(&dict, "__classcell__") {
        crate::function::cell_set(&cell, Some(cls.clone()));
        let _ = crate::dict::del_item(vm, &dict, &crate::str::new_str("__classcell__"))?;
    }
    crate::types::type_modified(&cls);
    // __set_name__ on attributes.
    for (k, v) in crate::dict::items(&dict) {
        if !type_data(v.class()).builtin {
            if let Some(f) = lookup(v.class(), "__set_name__") {
                vm.call(&f, &[v.clone(), cls.clone(), k.clone()], &[])?;
            }
        }
    }
    // __init_subclass__ of the parent.
    let sup = PyRef::new(&types().super_, Payload::Super(Box::new([cls.clone(), cls.clone()])));
    let f = p::getattr_str(vm, &sup, "__init_subclass__")?;
    vm.call(&f, &[], kw)?;
    Ok(cls)
}

// ------------------------------------------------------------ object methods

fn object_init(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if a.len() > 1 || !kw.is_empty() {
        let ty = a[0].class();
        let has_new = lookup(ty, "__new__").is_some_and(|f| !matches!(&f.payload, Payload::Builtin(b) if b.owner == "object"));
        if !has_new {
            return Err(type_error(format!("{}.__init__() takes exactly one argument (the instance to initialize)", type_name(ty))));
        }
    }
    Ok(none())
}
fn object_new(_: &mut dyn Vm, a: &[PyRef], _kw: KwArgs) -> PyResult {
    let Some(ty) = a.first() else { return Err(type_error("object.__new__(): not enough arguments")) };
    if !crate::types::is_type(ty) {
        return Err(type_error(format!("object.__new__(X): X is not a type object ({})", tname(ty))));
    }
    if type_data(ty).builtin && !ty.is(&types().object) && type_data(ty).kind != BaseKind::Exception {
        return Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", type_name(ty), type_name(ty))));
    }
    if crate::subclass::value_base(ty).is_some() {
        return Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", type_name(ty), type_name(ty))));
    }
    Ok(alloc_instance(ty, &a[1..]))
}
fn object_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(crate::str::new_string(format!("<{} object at {:#x}>", crate::attrs::qualified_type_name(a[0].class()), a[0].addr())))
}
fn object_str(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    p::repr(vm, &a[0])
}
fn object_eq(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__eq__", &a[1..], 1, 1)?;
    Ok(if a[0].is(&a[1]) { bool_obj(true) } else { not_impl() })
}
/// `object.__ne__`: the inverse of the type's own `__eq__`, NotImplemented
/// when that is.
fn object_ne(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__ne__", &a[1..], 1, 1)?;
    let r = match lookup(a[0].class(), "__eq__") {
        Some(eq) => vm.call(&eq, &[a[0].clone(), a[1].clone()], &[])?,
        None => object_eq(vm, a, &[])?,
    };
    if matches!(r.payload, Payload::NotImplemented) {
        return Ok(r);
    }
    Ok(bool_obj(!p::truthy(vm, &r)?))
}
/// `object.__lt__` and friends: NotImplemented (no ordering by default).
fn object_order(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("comparison", &a[1..], 1, 1)?;
    Ok(not_impl())
}
fn object_hash(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(crate::int::new_int(p::id_hash(&a[0])))
}
fn object_setattr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__setattr__", &a[1..], 2, 2)?;
    let n = crate::str::as_str(&a[1]).ok_or_else(|| type_error("attribute name must be string"))?.to_string();
    p::generic_setattr(vm, &a[0], &n, Some(a[2].clone()))?;
    Ok(none())
}
fn object_delattr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__delattr__", &a[1..], 1, 1)?;
    let n = crate::str::as_str(&a[1]).ok_or_else(|| type_error("attribute name must be string"))?.to_string();
    p::generic_setattr(vm, &a[0], &n, None)?;
    Ok(none())
}
fn object_getattribute(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__getattribute__", &a[1..], 1, 1)?;
    let n = crate::str::as_str(&a[1]).ok_or_else(|| type_error("attribute name must be string"))?.to_string();
    p::generic_getattr(vm, &a[0], &n)
}
/// `object.__subclasshook__(subclass)`: NotImplemented (no opinion).
fn object_subclasshook(_: &mut dyn Vm, _: &[PyRef], _: KwArgs) -> PyResult {
    Ok(not_impl())
}
/// `type.__prepare__(name, bases, **kwds)`: a fresh namespace dict.
fn type_prepare(_: &mut dyn Vm, _: &[PyRef], _: KwArgs) -> PyResult {
    Ok(crate::dict::new_dict())
}
fn object_init_subclass(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if !kw.is_empty() {
        let who = a.first().filter(|c| crate::types::is_type(c)).map(|c| type_name(c).to_string()).unwrap_or_else(|| "object".into());
        return Err(type_error(format!("{who}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(none())
}
fn object_format(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__format__", &a[1..], 1, 1)?;
    let spec = crate::str::as_str(&a[1]).unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", tname(&a[0]))));
    }
    p::str_(vm, &a[0])
}
fn object_dir(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.is_empty() {
        return Err(type_error("descriptor '__dir__' of 'object' object needs an argument"));
    }
    let mut names: Vec<PyRef> = Vec::new();
    if let Some(d) = p::instance_dict(&a[0]) {
        names.extend(crate::dict::keys(d));
    }
    let ty = if crate::types::is_type(&a[0]) { a[0].clone() } else { a[0].class().clone() };
    for t in std::iter::once(ty.clone()).chain(type_data(&ty).mro.get().iter().cloned()) {
        names.extend(crate::dict::keys(&type_data(&t).dict));
        // CPython keeps `__dict__` and `__weakref__` descriptors in the dict
        // of each user class that does not declare `__slots__`.
        let td = type_data(&t);
        if !td.builtin && crate::dict::get_str(&td.dict, "__slots__").is_none() {
            names.push(crate::str::new_str("__dict__"));
            names.push(crate::str::new_str("__weakref__"));
        }
        // Slots are member descriptors of their class.
        for n in td.slots.iter().flatten() {
            names.push(crate::str::new_str(n));
        }
        // Attributes built-in types compute (CPython's getset descriptors).
        let computed: &[&str] = match td.name.as_str() {
            "int" if td.builtin => &["denominator", "imag", "numerator", "real"],
            "float" | "complex" if td.builtin => &["imag", "real"],
            "range" | "slice" if td.builtin => &["start", "step", "stop"],
            "BaseException" if td.builtin => &["__cause__", "__context__", "__dict__", "__suppress_context__", "__traceback__", "args"],
            "type" if td.builtin => &[
                "__abstractmethods__", "__annotations__", "__base__", "__bases__", "__basicsize__", "__dict__", "__dictoffset__", "__flags__", "__itemsize__",
                "__module__", "__mro__", "__name__", "__qualname__", "__text_signature__", "__type_params__", "__weakrefoffset__",
            ],
            _ => &[],
        };
        names.extend(computed.iter().map(|n| crate::str::new_str(n)));
    }
    names.push(crate::str::new_str("__class__"));
    let s = crate::set::new_set();
    for n in names {
        crate::set::add(vm, &s, n)?;
    }
    let l = crate::set::elements(&s);
    let sorted = crate::list::sort_items(vm, l, None, false).map_err(|(e, _)| e)?;
    Ok(crate::list::new_list(sorted))
}
/// `object.__getstate__()`: the instance dict (None when empty), paired with
/// a dict of the `__slots__` values that are set when the class has slots.
fn object_getstate(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__getstate__", &a[1..], 0, 0)?;
    let o = &a[0];
    let dict = p::instance_dict(o);
    match &type_data(o.class()).slots {
        Some(names) => {
            let slots = crate::dict::new_dict();
            for n in names {
                if let Some(v) = dict.and_then(|d| crate::dict::get_str(d, n)) {
                    crate::dict::set_str(&slots, n, v);
                }
            }
            Ok(if crate::dict::len(&slots) == 0 { none() } else { crate::tuple::new_tuple(vec![none(), slots]) })
        }
        None => Ok(match dict {
            Some(d) if crate::dict::len(d) > 0 => d.clone(),
            _ => none(),
        }),
    }
}
/// `object.__sizeof__()`: the object's size in bytes (header and payload).
fn object_sizeof(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__sizeof__", &a[1..], 0, 0)?;
    Ok(crate::int::new_int(std::mem::size_of::<crate::object::PyObject>() as i64))
}
/// The default reduction behind `object.__reduce_ex__` and
/// `object.__reduce__`: `(vm, obj, protocol)`. The runtime installs
/// `copyreg._object_reduce_ex`, which knows copyreg's reconstructors.
pub static REDUCE_HOOK: std::sync::OnceLock<fn(&mut dyn Vm, &PyRef, i64) -> PyResult> = std::sync::OnceLock::new();

fn default_reduce(vm: &mut dyn Vm, obj: &PyRef, proto: i64) -> PyResult {
    match REDUCE_HOOK.get() {
        Some(hook) => hook(vm, obj, proto),
        None => Err(not_implemented("object.__reduce_ex__ needs the copyreg module")),
    }
}
/// `object.__reduce__()`: copyreg's protocol-0 reduction.
fn object_reduce(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__reduce__", &a[1..], 0, 0)?;
    default_reduce(vm, &a[0], 0)
}
/// `object.__reduce_ex__(protocol)`: the class's own `__reduce__` when it
/// overrides object's, else copyreg's reduction for the protocol.
fn object_reduce_ex(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__reduce_ex__", &a[1..], 1, 1)?;
    let proto = crate::int::index_i64(&a[1])?;
    default_reduce(vm, &a[0], proto)
}

fn type_mro(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let td = type_data(&a[0]);
    Ok(crate::list::new_list(std::iter::once(a[0].clone()).chain(td.mro.get().iter().cloned()).collect()))
}
fn type_new_native(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if a.first().is_none_or(|t| !crate::types::is_type(t)) {
        return Err(type_error("type.__new__(X): X is not a type object"));
    }
    if a.len() == 2 {
        return Ok(a[1].class().clone());
    }
    if a.len() != 4 {
        return Err(type_error("type.__new__() takes exactly 3 arguments"));
    }
    type_new(vm, &a[0], &a[1..], kw)
}
fn type_init_native(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(none())
}
fn type_call_native(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if a.is_empty() {
        return Err(type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let td = type_data(&a[0]);
    if td.builtin && td.kind != BaseKind::Exception && !a[0].is(&types().object) {
        return builtin_new(vm, &a[0], &a[1..], kw);
    }
    create_instance(vm, &a[0], &a[1..], kw)
}
fn type_subclasses(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__subclasses__", a, 1, 1)?;
    if !crate::types::is_type(&a[0]) {
        return Err(type_error("descriptor '__subclasses__' requires a 'type' object"));
    }
    Ok(crate::list::new_list(type_data(&a[0]).subclasses.lock().clone()))
}
fn type_instancecheck(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__instancecheck__", &a[1..], 1, 1)?;
    Ok(bool_obj(p::isinstance_full(vm, &a[1], &a[0])?))
}
fn type_subclasscheck(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__subclasscheck__", &a[1..], 1, 1)?;
    Ok(bool_obj(crate::types::is_type(&a[1]) && is_subtype(&a[1], &a[0])))
}

fn list_init(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    no_kwargs("list", kw)?;
    check_args("list", &a[1..], 0, 1)?;
    let items = match a.get(1) {
        Some(o) => p::collect(vm, o)?,
        None => vec![],
    };
    let old = crate::list::with(&a[0], |v| std::mem::replace(v, items));
    drop(old);
    Ok(none())
}
fn set_init(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    no_kwargs("set", kw)?;
    check_args("set", &a[1..], 0, 1)?;
    let old = crate::set::with(&a[0], |d| d.clear());
    drop(old);
    if let Some(o) = a.get(1) {
        for x in p::collect(vm, o)? {
            crate::set::add(vm, &a[0], x)?;
        }
    }
    Ok(none())
}
/// `bytearray.__init__(self, source=b'', encoding, errors)`: the contents
/// are replaced by what `bytearray(source, ...)` would hold.
fn bytearray_init(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let fresh = builtin_new(vm, &types().bytearray, &a[1..], kw)?;
    let data = crate::bytes::as_bytes_vec(&fresh).unwrap_or_default();
    if let Payload::ByteArray(l, _) = &a[0].payload {
        l.with(a[0].mutex(), |v| *v = data);
    }
    Ok(none())
}
fn dict_init(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_args("dict", &a[1..], 0, 1)?;
    if let Some(o) = a.get(1) {
        crate::dict::update(vm, &a[0], o)?;
    }
    for (k, v) in kw {
        crate::dict::set_item(vm, &a[0], k.clone(), v.clone())?;
    }
    Ok(none())
}

fn exc_init(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::exceptions::init_exception(&a[0], &a[1..], kw)?;
    Ok(none())
}
fn exc_new(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.first().is_none_or(|t| !crate::types::is_type(t)) {
        return Err(type_error("BaseException.__new__(X): X is not a type object"));
    }
    let os_error = &crate::types::t().os_error;
    if a[0].is(os_error) && (2..=5).contains(&(a.len() - 1)) {
        if let Payload::Int(errno) = &a[1].payload {
            if let Some(sub) = crate::exceptions::os_error_subtype(*errno) {
                let e = alloc_instance(&sub, &a[1..]);
                crate::exceptions::os_error_init(&e, &a[1..]);
                return Ok(e);
            }
        }
    }
    let e = alloc_instance(&a[0], &a[1..]);
    if is_subtype(&a[0], os_error) {
        crate::exceptions::os_error_init(&e, &a[1..]);
    }
    Ok(e)
}

/// Install the native methods of `object`, `type` and `BaseException`.
pub fn register() {
    let t = types();
    // Methods check their receiver's type (and presence) before the native
    // code runs; `__new__` takes the class first and checks it itself.
    let add = |ty: &PyRef, name: &'static str, owner: &'static str, f: NativeFn| {
        let b = if name == "__new__" { crate::function::new_builtin(name, owner, f, None) } else { crate::function::new_method_of(name, ty, f) };
        b.make_immortal();
        crate::dict::set_str(&type_data(ty).dict, name, b);
    };
    add(&t.object, "__init__", "object", object_init);
    add(&t.object, "__new__", "object", object_new);
    add(&t.object, "__repr__", "object", object_repr);
    add(&t.object, "__str__", "object", object_str);
    add(&t.object, "__eq__", "object", object_eq);
    add(&t.object, "__ne__", "object", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add(&t.object, name, "object", object_order);
    }
    add(&t.object, "__hash__", "object", object_hash);
    add(&t.object, "__setattr__", "object", object_setattr);
    add(&t.object, "__delattr__", "object", object_delattr);
    add(&t.object, "__getattribute__", "object", object_getattribute);
    add(&t.object, "__format__", "object", object_format);
    add(&t.object, "__dir__", "object", object_dir);
    add(&t.object, "__reduce_ex__", "object", object_reduce_ex);
    add(&t.object, "__getstate__", "object", object_getstate);
    add(&t.object, "__reduce__", "object", object_reduce);
    add(&t.object, "__sizeof__", "object", object_sizeof);
    let isc = crate::function::new_builtin("__init_subclass__", "object", object_init_subclass, None);
    let cm = PyRef::new(&t.classmethod, Payload::ClassMethod(isc));
    cm.make_immortal();
    crate::dict::set_str(&type_data(&t.object).dict, "__init_subclass__", cm);
    crate::types::add_classmethod(&t.object, "__subclasshook__", object_subclasshook);
    crate::types::add_classmethod(&t.type_, "__prepare__", type_prepare);
    add(&t.type_, "mro", "type", type_mro);
    add(&t.type_, "__new__", "type", type_new_native);
    add(&t.type_, "__init__", "type", type_init_native);
    add(&t.type_, "__call__", "type", type_call_native);
    add(&t.type_, "__subclasses__", "type", type_subclasses);
    add(&t.type_, "__instancecheck__", "type", type_instancecheck);
    add(&t.type_, "__subclasscheck__", "type", type_subclasscheck);
    add(&t.list, "__init__", "list", list_init);
    add(&t.dict, "__init__", "dict", dict_init);
    add(&t.set, "__init__", "set", set_init);
    add(&t.bytearray, "__init__", "bytearray", bytearray_init);
    let be = crate::types::exc_type("BaseException");
    add(&be, "__init__", "BaseException", exc_init);
    add(&be, "__new__", "BaseException", exc_new);
    weft_sync::epoch::bump_type_epoch();
    let _ = Locked::new(());
}

/// Give every built-in exception type its own `__init__` and `__new__`
/// (`TypeError.__init__.__qualname__ == 'TypeError.__init__'`); runs after
/// every module has installed the types' own methods.
pub(crate) fn install_exception_slots() {
    let t = types();
    let be = crate::types::exc_type("BaseException");
    let mut todo = Vec::new();
    for (name, ty) in &t.exceptions {
        for (meth, f) in [("__init__", exc_init as NativeFn), ("__new__", exc_new as NativeFn)] {
            let inherited = lookup(ty, meth).zip(crate::dict::get_str(&type_data(&be).dict, meth)).is_some_and(|(a, b)| a.is(&b));
            // These reuse their base's `__new__` in CPython too.
            const INHERIT_NEW: &[&str] = &[
                "AttributeError", "BlockingIOError", "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
                "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "ImportError", "IndentationError",
                "InterruptedError", "IsADirectoryError", "KeyError", "ModuleNotFoundError", "NameError", "NotADirectoryError", "PermissionError",
                "ProcessLookupError", "StopIteration", "SyntaxError", "SystemExit", "TabError", "TimeoutError", "UnboundLocalError",
            ];
            if inherited && !ty.is(&be) && !(meth == "__new__" && INHERIT_NEW.contains(name)) {
                todo.push((ty, meth, *name, f));
            }
        }
    }
    for (ty, meth, name, f) in todo {
        let b = if meth == "__new__" { crate::function::new_builtin(meth, name, f, None) } else { crate::function::new_method_of(meth, ty, f) };
        b.make_immortal();
        crate::dict::set_str(&type_data(ty).dict, meth, b);
    }
}

/// `reversed(o)` for the built-in sequences and mappings (what their
/// `__reversed__` does), and the `__getitem__`/`__len__` fallback.
pub fn native_reversed(o: &PyRef) -> PyResult {
    let t = types();
    match &o.payload {
        Payload::Range(_) => {
            let (a, b, c) = crate::range::range_i64(o).ok_or_else(|| overflow_error("range too large"))?;
            let n = crate::range::range_len(a, b, c);
            let last = a + (n - 1) * c;
            Ok(p::make_iter(&t.range_iterator, crate::payload::IterKind::Range { start: last, step: -c, len: n }, 0))
        }
        Payload::Dict(..) => Ok(p::make_iter(&t.dict_reversekeyiterator, crate::payload::IterKind::Reversed(crate::list::new_list(crate::dict::keys(o))), 0)),
        Payload::DictView(d, kind) => {
            let items: Vec<PyRef> = match kind {
                crate::payload::DictIterKind::Keys => crate::dict::keys(d),
                crate::payload::DictIterKind::Values => crate::dict::items(d).into_iter().map(|(_, v)| v).collect(),
                crate::payload::DictIterKind::Items => crate::dict::items(d).into_iter().map(|(k, v)| crate::tuple::new_tuple(vec![k, v])).collect(),
            };
            let ty = match kind {
                crate::payload::DictIterKind::Keys => &t.dict_reversekeyiterator,
                crate::payload::DictIterKind::Values => &t.dict_reversevalueiterator,
                crate::payload::DictIterKind::Items => &t.dict_reverseitemiterator,
            };
            Ok(p::make_iter(ty, crate::payload::IterKind::Reversed(crate::list::new_list(items)), 0))
        }
        Payload::List(_) => Ok(p::make_iter(&t.list_reverseiterator, crate::payload::IterKind::Reversed(o.clone()), 0)),
        Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) => Ok(p::make_iter(&t.reversed, crate::payload::IterKind::Reversed(o.clone()), 0)),
        _ if lookup(o.class(), "__getitem__").is_some() && lookup(o.class(), "__len__").is_some() => {
            Ok(p::make_iter(&t.reversed, crate::payload::IterKind::Reversed(o.clone()), 0))
        }
        _ => Err(type_error(format!("'{}' object is not reversible", tname(o)))),
    }
}
