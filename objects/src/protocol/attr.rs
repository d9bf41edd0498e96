//! Attribute access: `getattr`/`setattr`/`delattr` with descriptors,
//! instance dicts, `__getattr__`/`__getattribute__`, `super()` and types.

#[allow(unused_imports)]
use super::*;
// ---------------------------------------------------------------- attributes

/// The instance dict of an object, if it has one.
pub fn instance_dict(o: &PyRef) -> Option<&PyRef> {
    match &o.payload {
        Payload::Instance(d) => Some(d),
        Payload::Subclass(s) => Some(&s.dict),
        Payload::List(l) => l.dict(),
        Payload::Dict(_, Some(d)) | Payload::Set(_, Some(d)) | Payload::ByteArray(_, Some(d)) => Some(d),
        Payload::Exception(e) => Some(&e.dict),
        Payload::Module(m) => Some(&m.dict),
        _ => None,
    }
}

pub(crate) fn descr_kind(d: &PyRef) -> (bool, bool) {
    // (has __get__, is data descriptor)
    match &d.payload {
        Payload::Property(_) => (true, true),
        Payload::Function(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_) | Payload::Builtin(_) => (true, false),
        Payload::Native(_) if crate::getset::is_getset(d) => (true, crate::getset::is_data(d)),
        // A slot reads the instance's storage first (see member.rs).
        Payload::Native(_) if crate::member::is_member(d) => (true, false),
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
pub(crate) fn descr_get(vm: &mut dyn Vm, d: PyRef, obj: &PyRef, owner: &PyRef) -> PyResult {
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
        Payload::Native(_) if crate::getset::is_getset(&d) => crate::getset::get(vm, &d, obj),
        Payload::Native(_) if crate::member::is_member(&d) => match crate::attrs::builtin_attr(vm, obj, crate::str::as_str(&crate::member::name_of(&d)).unwrap_or("")) {
            Some(r) => r,
            None => Err(crate::member::empty_slot(&d, obj)),
        },
        _ if is_heap(&d) => match lookup(d.class(), "__get__") {
            Some(g) => vm.call(&g, &[d.clone(), obj.clone(), owner.clone()], &[]),
            None => Ok(d),
        },
        _ => Ok(d),
    }
}

pub(crate) fn bind_classmethod(f: &PyRef, owner: &PyRef) -> PyResult {
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
            let found = crate::types::lookup_obj(ty, name);
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

pub(crate) fn getattr_hook(vm: &mut dyn Vm, o: &PyRef, name: &str, e: PyErr) -> PyResult {
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
    // PEP 562: a module's own `__getattr__` answers names it lacks.
    if let Payload::Module(m) = &o.payload {
        if let Some(hook) = crate::dict::get_str(&m.dict, "__getattr__") {
            return vm.call(&hook, &[crate::str::new_str(name)], &[]);
        }
    }
    Err(no_attr(o, name))
}

pub(crate) fn no_attr(o: &PyRef, name: &str) -> PyErr {
    if let Payload::Module(m) = &o.payload {
        let mname = crate::str::as_str(&m.name).unwrap_or("?");
        return attribute_error_for(format!("module '{mname}' has no attribute '{name}'"), o, name);
    }
    attribute_error_for(format!("'{}' object has no attribute '{}'", tname(o), name), o, name)
}

pub(crate) fn type_getattr(vm: &mut dyn Vm, ty: &PyRef, name: &str) -> PyResult {
    let meta = ty.class();
    let meta_attr = if meta.is(&types().type_) { None } else { lookup(meta, name) };
    if let Some(d) = &meta_attr {
        let (g, data) = descr_kind(d);
        if g && data {
            return descr_get(vm, d.clone(), ty, meta);
        }
    }
    if matches!(name, "__name__" | "__qualname__") {
        // Assigning `C.__name__` keeps the new string in the class's own
        // dict; anything else there under these names (an instance
        // property of a built-in type) loses to type's own descriptor.
        if let Some(v) = crate::dict::get_str(&type_data(ty).dict, name).filter(|v| crate::str::as_str(v).is_some()) {
            return Ok(v);
        }
    }
    if matches!(name, "__dict__" | "__name__" | "__qualname__") {
        // type.__dict__, __name__ and __qualname__ (data descriptors of the
        // metatype) win over what the class's own dict holds under those
        // names (a getset descriptor, an instance property).
        if let Some(r) = crate::attrs::type_attr(vm, ty, name) {
            return r;
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
        match &v.payload {
            Payload::Builtin(b) => return Ok(crate::function::bind_builtin(b, ty.clone())),
            // A classmethod of `type` (`__prepare__`) binds to the metatype.
            Payload::ClassMethod(f) => return bind_classmethod(f, meta),
            _ => {}
        }
    }
    Err(attribute_error(format!("type object '{}' has no attribute '{}'", type_name(ty), name)))
}

/// `super(T).__get__(obj)`: the bound `super(T, obj)`.
fn unbound_super_get(vm: &mut dyn Vm, a: &[PyRef], _: crate::vm::KwArgs) -> PyResult {
    let Some(Payload::Super(p)) = a.first().map(|s| &s.payload) else { return Err(type_error("super.__get__ needs a super object")) };
    match a.get(1) {
        Some(obj) if !is_none(obj) => crate::construct::type_call(vm, &types().super_, &[p[0].clone(), obj.clone()], &[]),
        _ => Ok(a[0].clone()),
    }
}

pub(crate) fn super_getattr(vm: &mut dyn Vm, sup: &PyRef, name: &str) -> PyResult {
    let Payload::Super(p) = &sup.payload else { unreachable!() };
    let (start, obj) = (&p[0], &p[1]);
    match name {
        "__thisclass__" => return Ok(start.clone()),
        "__self__" => return Ok(obj.clone()),
        "__self_class__" if is_none(obj) => return Ok(obj.clone()),
        "__self_class__" => return Ok(if crate::types::is_type(obj) && is_subtype(obj, start) { obj.clone() } else { obj.class().clone() }),
        "__get__" if is_none(obj) => return Ok(crate::function::new_builtin("__get__", "super", unbound_super_get, Some(sup.clone()))),
        _ => {}
    }
    if is_none(obj) {
        if name == "__class__" {
            return Ok(sup.class().clone());
        }
        return Err(attribute_error(format!("'super' object has no attribute '{name}'")));
    }
    let obj_type = if crate::types::is_type(obj) && is_subtype(obj, start) { obj.clone() } else { obj.class().clone() };
    let td = type_data(&obj_type);
    let full: Vec<PyRef> = std::iter::once(obj_type.clone()).chain(td.mro.get().iter().cloned()).collect();
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
        if plain_setattr && !(n.starts_with("__") && (n == "__class__" || n == "__dict__")) && !ty.is(&types().object) && type_data(ty).flags.load(Ordering::Relaxed) & crate::payload::TF_SLOTS == 0 && !lookup(ty, n).is_some_and(|dsc| descr_kind(&dsc).1) {
            crate::gc::note_store(o, val);
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

/// The slot list of instances of `object` itself: none.
static NO_SLOTS: Vec<String> = Vec::new();

/// `object.__setattr__`.
pub fn generic_setattr(vm: &mut dyn Vm, o: &PyRef, name: &str, v: Option<PyRef>) -> PyResult<()> {
    if let Payload::Type(td) = &o.payload {
        if name == "__class__" {
            return crate::class_assign::set_class(o, v);
        }
        if name == "__bases__" && !td.builtin {
            return crate::type_bases::set_bases(o, v);
        }
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
        if matches!(name, "__name__" | "__qualname__") {
            match &v {
                None => return Err(type_error(format!("cannot delete '{name}' attribute of immutable type '{}'", td.name))),
                Some(x) if crate::str::as_str(x).is_none() => {
                    return Err(type_error(format!("can only assign string to {}.{name}, not '{}'", td.name, tname(x))));
                }
                _ => {}
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
        crate::type_bases::hook_changed(o, name);
        crate::types::type_modified(o);
        return Ok(());
    }
    if name == "__class__" {
        return crate::class_assign::set_class(o, v);
    }
    if name == "__dict__" && !matches!(o.payload, Payload::Function(_) | Payload::Module(_)) && type_data(o.class()).slots.is_none() {
        if let Some(d) = instance_dict(o) {
            // The instance keeps its dict object; assignment replaces the
            // contents (deletion empties it).
            let new_items = match &v {
                Some(x) if matches!(x.payload, Payload::Dict(..)) => Some(crate::dict::items(x)),
                Some(x) => return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", tname(x)))),
                None => None,
            };
            if v.as_ref().is_some_and(|x| x.is(d)) {
                return Ok(());
            }
            let old = crate::dict::with(d, |dd| dd.clear());
            drop(old);
            for (k, val) in new_items.unwrap_or_default() {
                crate::dict::set_item(vm, d, k, val)?;
            }
            return Ok(());
        }
    }
    if let Some(d) = lookup(o.class(), name) {
        if let (_, true) = descr_kind(&d) {
            return descr_set(vm, &d, o, v);
        }
    }
    if let Some(r) = crate::attrs::set_builtin_attr(vm, o, name, v.clone()) {
        return r;
    }
    // Plain `object()` instances carry no `__dict__`.
    let bare_object = o.class().is(&types().object);
    if let Some(slots) = type_data(o.class()).slots.as_ref().or(if bare_object { Some(&NO_SLOTS) } else { None }) {
        if !slots.iter().any(|s| s == name) {
            return Err(attribute_error(if v.is_some() {
                format!("'{}' object has no attribute '{name}' and no __dict__ for setting new attributes", tname(o))
            } else {
                format!("'{}' object has no attribute '{name}'", tname(o))
            }));
        }
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
        // Computed attributes of built-in objects (`(1).real`, a function's
        // `__code__`...) are read-only descriptors in CPython.
        if crate::attrs::builtin_attr(vm, o, name).is_some_and(|r| r.is_ok()) {
            if matches!(o.payload, Payload::Complex(..)) {
                return Err(attribute_error("readonly attribute"));
            }
            return Err(attribute_error(format!("attribute '{name}' of '{}' objects is not writable", tname(o))));
        }
        if v.is_none() {
            return Err(attribute_error(format!("'{}' object has no attribute '{name}'", tname(o))));
        }
        return Err(attribute_error(format!("'{}' object has no attribute '{name}' and no __dict__ for setting new attributes", tname(o))));
    };
    match v {
        Some(v) => {
            if matches!(o.payload, Payload::Instance(_) | Payload::Exception(_)) {
                crate::gc::note_store(o, &v);
            }
            crate::dict::set_str(dict, name, v);
            Ok(())
        }
        None => match crate::dict::del_item(vm, dict, &crate::str::new_str(name))? {
            Some(_) => Ok(()),
            None => Err(no_attr(o, name)),
        },
    }
}

pub(crate) fn descr_set(vm: &mut dyn Vm, d: &PyRef, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
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

pub(crate) fn property_name(fget: &PyRef) -> Option<String> {
    match &fget.payload {
        Payload::Function(f) => crate::str::as_str(&f.name.with(fget.mutex(), |n| n.clone())).map(String::from),
        _ => None,
    }
}
