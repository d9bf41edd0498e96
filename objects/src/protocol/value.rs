//! Truth, length, `index`, `repr`/`str` and hashing.

#[allow(unused_imports)]
use super::*;
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
        Payload::ByteArray(l, _) => l.with(o.mutex(), |v| !v.is_empty()),
        Payload::List(l) => l.read(o, |v| !v.is_empty()),
        Payload::Tuple(t) => !t.is_empty(),
        Payload::Dict(..) => crate::dict::len(o) > 0,
        Payload::Set(..) | Payload::FrozenSet(_) => crate::set::read(o, |d| !d.is_empty()),
        Payload::Range(_) => match crate::range::range_i64(o) {
            Some((a, b, c)) => crate::range::range_len(a, b, c) > 0,
            None => true,
        },
        Payload::DictView(d, _) => crate::dict::len(d) > 0,
        _ if is_heap(o) => return None,
        Payload::Native(_) => return None,
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
        let n = len_result(&index(vm, &r)?)?;
        if n < 0 {
            return Err(value_error("__len__() should return >= 0"));
        }
        return Ok(n != 0);
    }
    Ok(match &o.payload {
        Payload::List(_) | Payload::Dict(..) | Payload::Set(..) | Payload::ByteArray(..) | Payload::Exception(_) => truthy_native_payload(o),
        Payload::Subclass(d) => truthy_native(&d.value).unwrap_or(true),
        _ => true,
    })
}

/// Truth of a built-in payload (for subclass instances without `__bool__`).
pub(crate) fn truthy_native_payload(o: &PyRef) -> bool {
    match &o.payload {
        Payload::List(l) => l.read(o, |v| !v.is_empty()),
        Payload::Dict(..) => crate::dict::len(o) > 0,
        Payload::Set(..) => crate::set::read(o, |d| !d.is_empty()),
        Payload::ByteArray(l, _) => l.with(o.mutex(), |v| !v.is_empty()),
        _ => true,
    }
}

/// A `__len__` result as a machine int (CPython's `PyNumber_AsSsize_t`).
fn len_result(n: &PyRef) -> PyResult<i64> {
    if matches!(n.payload, Payload::BigInt(_)) {
        return Err(overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    crate::int::index_i64(n)
}

/// `len(o)`.
pub fn len(vm: &mut dyn Vm, o: &PyRef) -> PyResult<usize> {
    if is_heap(o) && matches!(o.payload, Payload::List(_) | Payload::Dict(..) | Payload::Subclass(_)) {
        if let Some(f) = special(o, "__len__") {
            let r = call_special(vm, &f, o, &[])?;
            let n = len_result(&index(vm, &r)?)?;
            if n < 0 {
                return Err(value_error("__len__() should return >= 0"));
            }
            return Ok(n as usize);
        }
    }
    Ok(match &o.payload {
        Payload::Str(s) => s.char_len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(l, _) => l.with(o.mutex(), |v| v.len()),
        Payload::List(_) => crate::list::len(o),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(..) => crate::dict::len(o),
        Payload::Set(..) | Payload::FrozenSet(_) => crate::set::read(o, |d| d.len()),
        Payload::DictView(d, _) => crate::dict::len(d),
        Payload::Range(_) => match crate::range::range_i64(o) {
            Some((a, b, c)) => crate::range::range_len(a, b, c) as usize,
            None => return Err(overflow_error("Python int too large to convert to C ssize_t")),
        },
        Payload::Subclass(d) if !matches!(d.value.payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..)) => return len(vm, &d.value),
        _ => match special(o, "__len__") {
            Some(f) => {
                let r = call_special(vm, &f, o, &[])?;
                let n = len_result(&index(vm, &r)?)?;
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
        let r = crate::subclass::native(&r).clone();
        if !crate::int::is_int(&r) {
            return Err(type_error(format!("__index__ returned non-int (type {})", tname(&r))));
        }
        return Ok(r);
    }
    if let Payload::Subclass(d) = &o.payload {
        if crate::int::is_int(&d.value) {
            return Ok(d.value.clone());
        }
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
        Payload::Int(_) | Payload::BigInt(_) if !is_heap(o) && crate::int::repr_fits(o) => crate::int::int_repr(o),
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
    if let Payload::Subclass(d) = &o.payload {
        let r = repr(vm, &d.value)?;
        // Subclasses of frozenset show their own name: `F({1})`.
        if let (Payload::FrozenSet(_), Some(rest)) = (&d.value.payload, crate::str::as_str(&r).and_then(|s| s.strip_prefix("frozenset"))) {
            return Ok(crate::str::new_string(format!("{}{rest}", tname(o))));
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
    if let Payload::Subclass(d) = &o.payload {
        if let Payload::Str(_) = &d.value.payload {
            return Ok(d.value.clone());
        }
    }
    // object.__str__ calls the repr slot itself: a bad result is named
    // as __str__'s, as CPython's check in str() does.
    if is_heap(o) {
        if let Some(f) = special(o, "__repr__") {
            let r = call_special(vm, &f, o, &[])?;
            if crate::str::as_str(&r).is_none() {
                return Err(type_error(format!("__str__ returned non-string (type {})", tname(&r))));
            }
            return Ok(r);
        }
    }
    repr(vm, o)
}

pub(crate) fn exc_str(vm: &mut dyn Vm, e: &PyRef) -> PyResult {
    if crate::exception_group::is_group(e) {
        let n = crate::exception_group::exceptions(e).len();
        let m = str_string(vm, &crate::exception_group::message(e))?;
        return Ok(crate::str::new_string(format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" })));
    }
    let a = crate::exceptions::args(e);
    let items = crate::tuple::as_slice(&a).unwrap_or(&[]).to_vec();
    if isinstance(e, &t().os_error) && items.len() >= 2 {
        let mut s = format!("[Errno {}] {}", str_string(vm, &items[0])?, str_string(vm, &items[1])?);
        let field = |n: &str| crate::exceptions::data(e).and_then(|d| crate::exceptions::member(d, n)).filter(|v| !is_none(v));
        if let Some(f) = field("filename") {
            s.push_str(&format!(": {}", repr_string(vm, &f)?));
            if let Some(f2) = field("filename2") {
                s.push_str(&format!(" -> {}", repr_string(vm, &f2)?));
            }
        }
        return Ok(crate::str::new_string(s));
    }
    if let Some(s) = crate::exceptions::unicode_error_str(e) {
        return Ok(crate::str::new_string(s));
    }
    if isinstance(e, &t().key_error) && items.len() == 1 {
        return repr(vm, &items[0]);
    }
    if isinstance(e, &t().syntax_error) {
        // CPython: "msg (file.py, line N)" with the file's base name.
        let d = crate::exceptions::data(e);
        let get = |n: &str| d.and_then(|d| crate::exceptions::member(d, n)).filter(|v| !is_none(v));
        // A missing message reads as str(None), as CPython's.
        if let Some(msg) = get("msg").or_else(|| Some(crate::vm::none())) {
            let mut s = str_string(vm, &msg)?;
            let file = get("filename").and_then(|f| crate::str::as_str(&f).map(|f| f.rsplit('/').next().unwrap_or(f).to_string()));
            let line = get("lineno").and_then(|l| crate::int::index_i64(&l).ok());
            match (file, line) {
                (Some(f), Some(l)) => s.push_str(&format!(" ({f}, line {l})")),
                (Some(f), None) => s.push_str(&format!(" ({f})")),
                (None, Some(l)) => s.push_str(&format!(" (line {l})")),
                (None, None) => {}
            }
            return Ok(crate::str::new_string(s));
        }
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
            if let Payload::Subclass(d) = &o.payload {
                if is_native_slot(&f) {
                    return hash(vm, &d.value);
                }
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
        // Slices hash as their (start, stop, step) tuple (3.12+).
        Payload::Slice(p) => return hash(vm, &crate::tuple::new_tuple(p.to_vec())),
        // A values view has no set semantics: it hashes by identity.
        Payload::DictView(_, crate::payload::DictIterKind::Values) => id_hash(o),
        Payload::List(_) | Payload::Dict(..) | Payload::Set(..) | Payload::ByteArray(..) | Payload::DictView(..) => {
            return Err(type_error(format!("unhashable type: '{}'", tname(o))))
        }
        Payload::Range(_) => return hash(vm, &crate::range::range_hash_key(o)),
        Payload::Complex(re, im) => {
            let h = crate::float::hash_float(*re).wrapping_add(1000003i64.wrapping_mul(crate::float::hash_float(*im)));
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Payload::Method(m) => id_hash(&m[0]) ^ id_hash(&m[1]),
        Payload::Native(_) => match special(o, "__hash__") {
            Some(f) if is_none(&f) => {
                // tp_name of a runtime-defined type carries its module.
                let td = type_data(o.class());
                let name = if td.module.is_empty() || td.module == "builtins" { td.name.clone() } else { format!("{}.{}", td.module, td.name) };
                return Err(type_error(format!("unhashable type: '{name}'")));
            }
            Some(f) => {
                let r = call_special(vm, &f, o, &[])?;
                crate::int::index_i64(&r)?
            }
            None => id_hash(o),
        },
        _ => id_hash(o),
    })
}
