//! `bytes` and `bytearray`.

use crate::locked::Locked;
use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::types;
use crate::vm::{check_args, KwArgs, PyResult, Vm};

/// A new `bytes`.
pub fn new_bytes(b: Vec<u8>) -> PyRef {
    PyRef::new(&types().bytes, Payload::Bytes(b.into_boxed_slice()))
}

/// A new `bytearray`.
pub fn new_bytearray(b: Vec<u8>) -> PyRef {
    PyRef::new(&types().bytearray, Payload::ByteArray(Locked::new(b), None))
}

/// Copy of the bytes of a bytes-like object.
pub fn as_bytes_vec(o: &PyRef) -> Option<Vec<u8>> {
    let o = crate::subclass::native(o);
    match &o.payload {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(l, _) => Some(l.with(o.mutex(), |v| v.clone())),
        Payload::Native(_) => crate::memoryview::view_bytes(o),
        _ => None,
    }
}

/// `repr()` of bytes content, with the `b` prefix.
pub fn repr_bytes(b: &[u8]) -> String {
    repr_bytes_quoted(b, false)
}

/// The `b'...'` literal inside `bytearray(...)`'s repr: CPython escapes a
/// single quote there even between double quotes.
pub fn repr_bytearray_literal(b: &[u8]) -> String {
    repr_bytes_quoted(b, true)
}

fn repr_bytes_quoted(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::from("b");
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote || (escape_single && c == b'\'') => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

fn m_decode(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::check_kwargs("decode", kw, &["encoding", "errors"])?;
    crate::vm::check_args_kw("decode", &a[1..], 0, 2)?;
    let b = as_bytes_vec(&a[0]).unwrap_or_default();
    let (enc, errors) = crate::codecs::args("decode()", a, kw, 1)?;
    Ok(crate::str::new_string(crate::codecs::decode(&b, &enc, &errors)?))
}
/// `bytes.hex(sep=None, bytes_per_sep=1)`: groups of `bytes_per_sep`
/// bytes counted from the right (from the left when negative).
fn m_hex(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::check_kwargs("hex", kw, &["sep", "bytes_per_sep"])?;
    crate::vm::check_args_kw("hex", &a[1..], 0, 2)?;
    // bytes_per_sep is converted before sep is looked at.
    if let Some(n) = a.get(2).or_else(|| crate::vm::kwarg(kw, "bytes_per_sep")) {
        crate::int::require_int(n)?;
    }
    let b = as_bytes_vec(&a[0]).unwrap_or_default();
    let sep = a.get(1).or_else(|| crate::vm::kwarg(kw, "sep")).filter(|s| !crate::vm::is_none(s));
    let Some(sep) = sep else {
        return Ok(crate::str::new_string(b.iter().map(|c| format!("{c:02x}")).collect()));
    };
    let sep: String = match (&sep.payload, crate::str::as_str(sep)) {
        (_, Some(s)) => s.to_string(),
        (Payload::Bytes(x), _) => x.iter().map(|&c| c as char).collect(),
        (Payload::ByteArray(..), _) => as_bytes_vec(sep).unwrap_or_default().iter().map(|&c| c as char).collect(),
        _ => return Err(crate::vm::type_error(format!("object of type '{}' has no len()", crate::types::type_name(sep.class())))),
    };
    if sep.chars().count() != 1 {
        return Err(crate::vm::value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(crate::vm::value_error("sep must be ASCII."));
    }
    let per = match a.get(2).or_else(|| crate::vm::kwarg(kw, "bytes_per_sep")) {
        Some(n) => crate::int::index_i64(&crate::protocol::index(vm, n)?)?,
        None => 1,
    };
    let group = per.unsigned_abs() as usize;
    let mut out = String::new();
    let n = b.len();
    for (i, c) in b.iter().enumerate() {
        if i > 0 && group > 0 {
            // From the right: a separator where the bytes still to come
            // are a multiple of the group; from the left: after a group.
            let boundary = if per > 0 { (n - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push_str(&sep);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    Ok(crate::str::new_string(out))
}
fn m_append(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("bytearray.append", &a[1..], 1, 1)?;
    let v = byte_value(vm, &a[1])?;
    if let Payload::ByteArray(l, _) = &a[0].payload {
        l.with(a[0].mutex(), |b| b.push(v));
    }
    Ok(crate::vm::none())
}

/// An int-like argument as one byte: ValueError outside range(256),
/// however large.
fn byte_value(vm: &mut dyn Vm, o: &PyRef) -> PyResult<u8> {
    match crate::int::index_i64(&crate::protocol::index(vm, o)?) {
        Ok(v) if (0..256).contains(&v) => Ok(v as u8),
        _ => Err(crate::vm::value_error("byte must be in range(0, 256)")),
    }
}

fn m_insert(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("insert", &a[1..], 2, 2)?;
    let i = crate::int::index_i64(&crate::protocol::index(vm, &a[1])?)?;
    let v = byte_value(vm, &a[2])?;
    ba(&a[0])?.with(a[0].mutex(), |b| {
        let n = b.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        b.insert(at as usize, v);
    });
    Ok(crate::vm::none())
}

fn m_remove(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("bytearray.remove", &a[1..], 1, 1)?;
    let v = byte_value(vm, &a[1])?;
    let found = ba(&a[0])?.with(a[0].mutex(), |b| match b.iter().position(|&x| x == v) {
        Some(i) => {
            b.remove(i);
            true
        }
        None => false,
    });
    if found {
        Ok(crate::vm::none())
    } else {
        Err(crate::vm::value_error("value not found in bytearray"))
    }
}

fn m_copy(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("bytearray", "copy", a, kw)?;
    Ok(new_bytearray(ba(&a[0])?.with(a[0].mutex(), |b| b.clone())))
}

fn ba(o: &PyRef) -> PyResult<&Locked<Vec<u8>>> {
    match &o.payload {
        Payload::ByteArray(l, _) => Ok(l),
        _ => Err(crate::vm::type_error("expected a bytearray")),
    }
}
fn m_extend(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("bytearray.extend", &a[1..], 1, 1)?;
    let data = match as_bytes_vec(&a[1]) {
        Some(d) => d,
        None => {
            let mut v = Vec::new();
            let items = crate::protocol::collect(vm, &a[1]).map_err(|e| {
                if crate::vm::err_matches(&e, &crate::types::t().type_error) && crate::protocol::special(&a[1], "__iter__").is_none() && !matches!(a[1].payload, Payload::List(_) | Payload::Tuple(_) | Payload::Dict(..) | Payload::Set(..) | Payload::Iter(_)) {
                    crate::vm::type_error(format!("can't extend bytearray with {}", crate::types::type_name(a[1].class())))
                } else {
                    e
                }
            })?;
            for x in items {
                let n = crate::int::index_i64(&x)?;
                if !(0..256).contains(&n) {
                    return Err(crate::vm::value_error("byte must be in range(0, 256)"));
                }
                v.push(n as u8);
            }
            v
        }
    };
    ba(&a[0])?.with(a[0].mutex(), |b| b.extend(data));
    Ok(crate::vm::none())
}
fn m_pop(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_kwargs("bytearray.pop", kw)?;
    check_args("pop", &a[1..], 0, 1)?;
    let i = match a.get(1) {
        Some(o) => crate::int::index_i64(o)?,
        None => -1,
    };
    let r = ba(&a[0])?.with(a[0].mutex(), |b| {
        let n = b.len() as i64;
        if n == 0 {
            return Err(crate::vm::index_error("pop from empty bytearray"));
        }
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(crate::vm::index_error("pop index out of range"));
        }
        Ok(b.remove(j as usize))
    })?;
    Ok(crate::int::new_int(r as i64))
}
fn m_clear(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("bytearray", "clear", a, kw)?;
    ba(&a[0])?.with(a[0].mutex(), |b| b.clear());
    Ok(crate::vm::none())
}
fn m_reverse(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("bytearray", "reverse", a, kw)?;
    ba(&a[0])?.with(a[0].mutex(), |b| b.reverse());
    Ok(crate::vm::none())
}
fn m_upper(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("upper", a, kw)?;
    let v = as_bytes_vec(&a[0]).unwrap_or_default().to_ascii_uppercase();
    Ok(if matches!(a[0].payload, Payload::Bytes(_)) { new_bytes(v) } else { new_bytearray(v) })
}
fn m_lower(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("lower", a, kw)?;
    let v = as_bytes_vec(&a[0]).unwrap_or_default().to_ascii_lowercase();
    Ok(if matches!(a[0].payload, Payload::Bytes(_)) { new_bytes(v) } else { new_bytearray(v) })
}
fn m_startswith(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("startswith", &a[1..], 1, 1)?;
    let (s, p) = (as_bytes_vec(&a[0]).unwrap_or_default(), as_bytes_vec(&a[1]).ok_or_else(|| crate::vm::type_error("a bytes-like object is required"))?);
    Ok(crate::vm::bool_obj(s.starts_with(&p)))
}
fn m_endswith(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("endswith", &a[1..], 1, 1)?;
    let (s, p) = (as_bytes_vec(&a[0]).unwrap_or_default(), as_bytes_vec(&a[1]).ok_or_else(|| crate::vm::type_error("a bytes-like object is required"))?);
    Ok(crate::vm::bool_obj(s.ends_with(&p)))
}
fn m_join(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args(&format!("{}.join", crate::types::type_name(a[0].class())), &a[1..], 1, 1)?;
    let sep = as_bytes_vec(&a[0]).unwrap_or_default();
    let mut out = Vec::new();
    for (i, x) in crate::protocol::collect(vm, &a[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(as_bytes_vec(x).ok_or_else(|| crate::vm::type_error(format!("sequence item {i}: expected a bytes-like object, {} found", crate::types::type_name(x.class()))))?);
    }
    Ok(if matches!(a[0].payload, Payload::Bytes(_)) { new_bytes(out) } else { new_bytearray(out) })
}
fn m_split(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let s = as_bytes_vec(&a[0]).unwrap_or_default();
    let parts: Vec<Vec<u8>> = match a.get(1).and_then(as_bytes_vec) {
        Some(sep) if !sep.is_empty() => {
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= s.len() {
                if s[i..i + sep.len()] == sep[..] {
                    out.push(s[start..i].to_vec());
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(s[start..].to_vec());
            out
        }
        Some(_) => return Err(crate::vm::value_error("empty separator")),
        None => s.split(|c| c.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| p.to_vec()).collect(),
    };
    let mk = |v: Vec<u8>| if matches!(a[0].payload, Payload::Bytes(_)) { new_bytes(v) } else { new_bytearray(v) };
    Ok(crate::list::new_list(parts.into_iter().map(mk).collect()))
}
fn m_strip(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let s = as_bytes_vec(&a[0]).unwrap_or_default();
    let chars = a.get(1).and_then(as_bytes_vec).unwrap_or_else(|| b" \t\n\r\x0b\x0c".to_vec());
    let start = s.iter().position(|c| !chars.contains(c)).unwrap_or(s.len());
    let end = s.iter().rposition(|c| !chars.contains(c)).map(|e| e + 1).unwrap_or(start);
    let v = s[start..end.max(start)].to_vec();
    Ok(if matches!(a[0].payload, Payload::Bytes(_)) { new_bytes(v) } else { new_bytearray(v) })
}
fn m_count(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("count", &a[1..], 1, 1)?;
    let s = as_bytes_vec(&a[0]).unwrap_or_default();
    let n = match &a[1].payload {
        Payload::Int(b) => s.iter().filter(|c| **c as i64 == *b).count(),
        _ => {
            let sub = as_bytes_vec(&a[1]).ok_or_else(|| crate::vm::type_error("argument should be integer or bytes-like object"))?;
            if sub.is_empty() {
                s.len() + 1
            } else {
                let mut n = 0;
                let mut i = 0;
                while i + sub.len() <= s.len() {
                    if s[i..i + sub.len()] == sub[..] {
                        n += 1;
                        i += sub.len();
                    } else {
                        i += 1;
                    }
                }
                n
            }
        }
    };
    Ok(crate::int::new_int(n as i64))
}

/// Install the methods of `bytes` and `bytearray`.
pub fn register() {
    for t in [&types().bytes, &types().bytearray] {
        crate::types::add_method(t, "decode", m_decode);
        crate::types::add_method(t, "hex", m_hex);
    }
    crate::types::add_method(&types().bytearray, "append", m_append);
    for (n, f) in [("extend", m_extend as crate::vm::NativeFn), ("pop", m_pop), ("clear", m_clear), ("reverse", m_reverse), ("insert", m_insert), ("remove", m_remove), ("copy", m_copy)] {
        crate::types::add_method(&types().bytearray, n, f);
    }
    for t in [&types().bytes, &types().bytearray] {
        for (n, f) in [
            ("upper", m_upper as crate::vm::NativeFn),
            ("lower", m_lower),
            ("startswith", m_startswith),
            ("endswith", m_endswith),
            ("join", m_join),
            ("split", m_split),
            ("strip", m_strip),
            ("count", m_count),
        ] {
            crate::types::add_method(t, n, f);
        }
    }
    crate::bytes_methods::register();
}
