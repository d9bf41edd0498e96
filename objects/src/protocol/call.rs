//! Calling objects: functions, bound methods, native functions, types and
//! instances with `__call__`.

#[allow(unused_imports)]
use super::*;
// ---------------------------------------------------------------- calls

/// Whether a native method works on the built-in value inside an instance
/// of a subclass of int/str/tuple/... (`object`'s and `type`'s methods see
/// the instance itself: attribute access, repr, hashing).
#[inline]
fn unwraps_subclass(b: &crate::payload::BuiltinData) -> bool {
    match &b.self_type {
        // Wrappable native types read their data through `types::native`,
        // which looks into the wrapper; their methods see the instance.
        Some(t) => {
            b.name != "__format__"
                // property.getter/setter/deleter build `type(self)(...)`.
                && !(t.is(&types().property) && matches!(b.name, "getter" | "setter" | "deleter"))
                && !t.is(&types().object)
                && !t.is(&types().type_)
                && type_data(t).flags.load(std::sync::atomic::Ordering::Relaxed) & crate::payload::TF_WRAPPABLE == 0
        }
        None => false,
    }
}

/// Whether CPython exposes method `name` of a built-in type as a slot
/// wrapper (`wrapper_descriptor`: the type-slot dunders) rather than a
/// method descriptor; the two word a wrong receiver differently.
fn is_slot_wrapper(name: &str) -> bool {
    const METHOD_DUNDERS: &[&str] = &[
        "__format__", "__reduce__", "__reduce_ex__", "__sizeof__", "__dir__", "__getnewargs__", "__round__", "__trunc__", "__floor__",
        "__ceil__", "__reversed__", "__getstate__", "__setstate__", "__copy__", "__deepcopy__", "__class_getitem__", "__length_hint__",
        "__enter__", "__exit__", "__bytes__", "__complex__", "__subclasses__", "__instancecheck__", "__subclasscheck__", "__init_subclass__",
        "__subclasshook__", "__prepare__", "__getnewargs_ex__", "__replace__",
    ];
    name.len() > 4 && name.starts_with("__") && name.ends_with("__") && !METHOD_DUNDERS.contains(&name)
}

/// Call any callable.
pub fn call(vm: &mut dyn Vm, f: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult {
    match &f.payload {
        Payload::Builtin(b) => match &b.bound {
            None => {
                if let Some(t) = &b.self_type {
                    match args.first() {
                        Some(s) if is_subtype(s.class(), t) => {}
                        Some(s) if is_slot_wrapper(b.name) => {
                            return Err(type_error(format!("descriptor '{}' requires a '{}' object but received a '{}'", b.name, type_name(t), tname(s))))
                        }
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
                if let Some(Payload::Subclass(d)) = args.first().map(|s| &s.payload) {
                    if unwraps_subclass(b) {
                        let mut v = args.to_vec();
                        v[0] = d.value.clone();
                        return (b.func)(vm, &v, kw);
                    }
                }
                (b.func)(vm, args, kw)
            }
            Some(recv) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                let recv = if matches!(recv.payload, Payload::Subclass(_)) && unwraps_subclass(b) { crate::subclass::native(recv) } else { recv };
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
