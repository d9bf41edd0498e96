//! Item access, membership, iteration and `isinstance`/`issubclass`.

#[allow(unused_imports)]
use super::*;
// ---------------------------------------------------------------- items

/// `o[key]` on a built-in payload, ignoring subclass overrides.
pub fn getitem_builtin(vm: &mut dyn Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let o = crate::subclass::native(o);
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
    if is_heap(o) && matches!(o.payload, Payload::List(_) | Payload::ByteArray(..)) {
        if let Some(f) = special(o, "__getitem__") {
            return call_special(vm, &f, o, std::slice::from_ref(key));
        }
        return crate::attrs::builtin_getitem(vm, o, key);
    }
    if !is_heap(o) {
        match (&o.payload, &key.payload) {
            (Payload::List(_), Payload::Int(i)) => return crate::list::get(o, *i),
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
            (Payload::Type(_), _) => return class_getitem(vm, o, key),
            (Payload::Native(_), _) => {
                if let Some(f) = special(o, "__getitem__") {
                    return call_special(vm, &f, o, std::slice::from_ref(key));
                }
            }
            _ => {}
        }
        return crate::attrs::builtin_getitem(vm, o, key);
    }
    if let Some(f) = special(o, "__getitem__") {
        return call_special(vm, &f, o, std::slice::from_ref(key));
    }
    if let Payload::Subclass(d) = &o.payload {
        return getitem(vm, &d.value, key);
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
        return class_getitem(vm, o, key);
    }
    Err(type_error(format!("'{}' object is not subscriptable", tname(o))))
}

/// `cls[key]`: `__class_getitem__` (list[int], Generic[T], user classes).
fn class_getitem(vm: &mut dyn Vm, o: &PyRef, key: &PyRef) -> PyResult {
    // `type[int]`: CPython special-cases `type` itself (it has no
    // `__class_getitem__`, so metaclasses are not subscriptable).
    if o.is(&types().type_) {
        return crate::generic_alias::class_getitem(vm, &[o.clone(), key.clone()], &[]);
    }
    if let Some(f) = lookup(o, "__class_getitem__") {
        let f = match &f.payload {
            Payload::ClassMethod(inner) => inner.clone(),
            _ => f,
        };
        return vm.call(&f, &[o.clone(), key.clone()], &[]);
    }
    if let Some(f) = special(o, "__getitem__") {
        return call_special(vm, &f, o, std::slice::from_ref(key));
    }
    Err(type_error(format!("type '{}' is not subscriptable", type_name(o))))
}

/// `o[key] = v` (or `del o[key]` when `v` is None).
pub fn setitem(vm: &mut dyn Vm, o: &PyRef, key: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    if is_heap(o) || matches!(o.payload, Payload::Native(_)) {
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
        (Payload::List(_), Payload::Int(i), Some(v)) => crate::list::set(o, *i, v),
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
    if is_heap(c) || matches!(c.payload, Payload::Native(_)) {
        if let Some(f) = special(c, "__contains__") {
            let r = call_special(vm, &f, c, std::slice::from_ref(item))?;
            return truthy(vm, &r);
        }
    }
    contains_builtin(vm, c, item)
}

/// `item in c` on a built-in payload, ignoring subclass overrides.
pub fn contains_builtin(vm: &mut dyn Vm, c: &PyRef, item: &PyRef) -> PyResult<bool> {
    let c = crate::subclass::native(c);
    match &c.payload {
        Payload::Dict(..) => return Ok(crate::dict::get_item(vm, c, item)?.is_some()),
        Payload::Set(..) | Payload::FrozenSet(_) => return crate::set::contains(vm, c, item),
        Payload::Str(s) if !is_heap(c) => {
            return match crate::str::as_str(item) {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", tname(item)))),
            }
        }
        Payload::Bytes(_) | Payload::ByteArray(..) => {
            // The needle is read before the haystack is locked (it may be
            // the same bytearray), and bytes are searched in place.
            let needle: Vec<u8> = match &item.payload {
                Payload::Int(i) if (0..256).contains(i) => vec![*i as u8],
                Payload::Int(_) | Payload::BigInt(_) => return Err(crate::vm::value_error("byte must be in range(0, 256)")),
                _ => crate::bytes::as_bytes_vec(item)
                    .or_else(|| crate::memoryview::view_bytes(item))
                    .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", tname(item))))?,
            };
            let found = |hay: &[u8]| needle.is_empty() || hay.windows(needle.len()).any(|w| w == &needle[..]);
            return Ok(match &c.payload {
                Payload::Bytes(b) => found(b),
                Payload::ByteArray(l, _) => l.with(c.mutex(), |v| found(v)),
                _ => unreachable!("matched above"),
            });
        }
        Payload::Range(_) => {
            if let (Some((a, b, st)), Payload::Int(v)) = (crate::range::range_i64(c), &item.payload) {
                let inr = if st > 0 { *v >= a && *v < b } else { *v <= a && *v > b };
                return Ok(inr && (v - a) % st == 0);
            }
            if matches!(item.payload, Payload::Int(_) | Payload::BigInt(_)) {
                return Ok(crate::range::range_contains_big(c, &crate::int::to_bigint(item).unwrap_or_default()));
            }
        }
        Payload::DictView(d, DictIterKind::Keys) => return Ok(crate::dict::get_item(vm, d, item)?.is_some()),
        Payload::List(_) => {
            let mut i = 0;
            loop {
                let x = crate::list::get_index(c, i);
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
    let it = iter(vm, c).map_err(|_| type_error(format!("argument of type '{}' is not iterable", tname(c))))?;
    while let Some(x) = next(vm, &it)? {
        if eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---------------------------------------------------------------- iteration

pub(crate) fn new_iter(ty: &PyRef, kind: IterKind, aux: i64) -> PyRef {
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
        Payload::List(_) => Ok(new_iter(&ty.list_iterator, IterKind::Seq(o.clone()), 0)),
        Payload::Dict(..) => Ok(new_iter(&ty.dict_keyiterator, IterKind::Dict(o.clone(), DictIterKind::Keys), crate::dict::len(o) as i64)),
        _ => iter(vm, o),
    }
}

/// `iter(o)`.
pub fn iter(vm: &mut dyn Vm, o: &PyRef) -> PyResult {
    let ty = types();
    if !is_heap(o) {
        return Ok(match &o.payload {
            Payload::List(_) => new_iter(&ty.list_iterator, IterKind::Seq(o.clone()), 0),
            Payload::Tuple(_) => new_iter(&ty.tuple_iterator, IterKind::Seq(o.clone()), 0),
            Payload::Str(_) => new_iter(&ty.str_iterator, IterKind::Seq(o.clone()), 0),
            Payload::Bytes(_) => new_iter(&ty.bytes_iterator, IterKind::Seq(o.clone()), 0),
            Payload::ByteArray(..) => new_iter(&ty.bytearray_iterator, IterKind::Seq(o.clone()), 0),
            Payload::Range(_) => match crate::range::range_i64(o) {
                Some((a, b, c)) if a.checked_add(crate::range::range_len(a, b, c).saturating_mul(c.abs())).is_some() => {
                    new_iter(&ty.range_iterator, IterKind::Range { start: a, step: c, len: crate::range::range_len(a, b, c) }, 0)
                }
                // Beyond machine ints: index the range item by item.
                _ => new_iter(&ty.longrange_iterator, IterKind::GetItem(o.clone()), 0),
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
            Payload::Set(..) | Payload::FrozenSet(_) => new_iter(&ty.set_iterator, IterKind::Set(o.clone()), crate::set::read(o, |d| d.len()) as i64),
            Payload::Iter(_) | Payload::Generator(_) => o.clone(),
            Payload::Native(_) => match special(o, "__iter__") {
                Some(f) => {
                    let it = call_special(vm, &f, o, &[])?;
                    if !is_iterator(&it) {
                        return Err(type_error(format!("iter() returned non-iterator of type '{}'", tname(&it))));
                    }
                    it
                }
                None => return Err(type_error(format!("'{}' object is not iterable", tname(o)))),
            },
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
        Payload::List(_) => return Ok(new_iter(&ty.list_iterator, IterKind::Seq(o.clone()), 0)),
        Payload::Dict(..) => return Ok(new_iter(&ty.dict_keyiterator, IterKind::Dict(o.clone(), DictIterKind::Keys), crate::dict::len(o) as i64)),
        Payload::Set(..) => return Ok(new_iter(&ty.set_iterator, IterKind::Set(o.clone()), crate::set::read(o, |d| d.len()) as i64)),
        Payload::ByteArray(..) => return Ok(new_iter(&ty.bytearray_iterator, IterKind::Seq(o.clone()), 0)),
        Payload::Subclass(d) if !matches!(d.value.payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..)) => return iter(vm, &d.value),
        _ => {}
    }
    if special(o, "__getitem__").is_some() {
        return Ok(new_iter(&ty.iterator, IterKind::GetItem(o.clone()), 0));
    }
    Err(type_error(format!("'{}' object is not iterable", tname(o))))
}

pub(crate) fn is_iterator(o: &PyRef) -> bool {
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

pub(crate) fn iter_next(vm: &mut dyn Vm, it: &PyRef, d: &IterData) -> PyResult<Option<PyRef>> {
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
                Payload::List(_) => crate::list::get_index(seq, i),
                Payload::Tuple(t) => t.get(i).cloned(),
                Payload::Str(s) => {
                    if i < s.char_len() {
                        Some(crate::str::new_char(s.char_at(i)))
                    } else {
                        None
                    }
                }
                Payload::Bytes(b) => b.get(i).map(|&c| crate::int::new_int(c as i64)),
                Payload::ByteArray(l, _) => l.with(seq.mutex(), |v| v.get(i).map(|&c| crate::int::new_int(c as i64))),
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
            // `zip.__setstate__(True)` (unpickling) turns strictness on
            // through the aux word.
            let strict = &(*strict || d.aux.load(Ordering::Relaxed) != 0);
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
            Payload::List(_) => return Ok(crate::list::items(o)),
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
            // An exact type match needs no hook; otherwise a metaclass's
            // __instancecheck__ decides, even for real subclass instances.
            if o.class().is(cls) {
                return Ok(true);
            }
            if !type_data(cls.class()).builtin {
                if let Some(f) = lookup(cls.class(), "__instancecheck__").filter(|f| !is_native_slot(f)) {
                    // abc.ABCMeta answers True for real subclass instances:
                    // no need to run it then.
                    if isinstance(o, cls) && is_abcmeta_hook(&f, "ABCMeta.__instancecheck__") {
                        return Ok(true);
                    }
                    let r = vm.call(&f, &[cls.clone(), o.clone()], &[])?;
                    return truthy(vm, &r);
                }
            }
            Ok(isinstance(o, cls))
        }
        _ => {
            if let Some(u) = crate::generic_alias::as_union(cls) {
                let members = u.args.clone();
                return isinstance_full(vm, o, &members);
            }
            if crate::generic_alias::as_alias(cls).is_some() {
                return Err(type_error("isinstance() argument 2 cannot be a parameterized generic"));
            }
            // Any object whose type defines __instancecheck__ decides.
            if let Some(f) = lookup(cls.class(), "__instancecheck__").filter(|f| !is_native_slot(f)) {
                let r = vm.call(&f, &[cls.clone(), o.clone()], &[])?;
                return truthy(vm, &r);
            }
            Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

/// Whether `f` is abc.ABCMeta's own check (`qualname`), which answers True
/// for real subclasses, so the native answer can stand in for the call.
fn is_abcmeta_hook(f: &PyRef, qualname: &str) -> bool {
    match &f.payload {
        Payload::Function(fd) => {
            fd.qualname.with(f.mutex(), |q| crate::str::as_str(q) == Some(qualname)) && crate::str::as_str(&fd.module) == Some("abc")
        }
        _ => false,
    }
}

/// `issubclass(a, cls)`.
pub fn issubclass_full(vm: &mut dyn Vm, a: &PyRef, cls: &PyRef) -> PyResult<bool> {
    // A user metaclass's (or any object's) __subclasscheck__ decides first.
    if !matches!(cls.payload, Payload::Tuple(_)) && !type_data(cls.class()).builtin {
        if let Some(f) = lookup(cls.class(), "__subclasscheck__").filter(|f| !is_native_slot(f)) {
            if crate::types::is_type(a) && crate::types::is_type(cls) && is_subtype(a, cls) && is_abcmeta_hook(&f, "ABCMeta.__subclasscheck__") {
                return Ok(true);
            }
            let r = vm.call(&f, &[cls.clone(), a.clone()], &[])?;
            return truthy(vm, &r);
        }
    }
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
        Payload::Type(_) => Ok(is_subtype(a, cls)),
        _ => {
            if let Some(u) = crate::generic_alias::as_union(cls) {
                let members = u.args.clone();
                return issubclass_full(vm, a, &members);
            }
            Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
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
