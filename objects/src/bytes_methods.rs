//! The rest of the `bytes`/`bytearray` methods: searching, splitting,
//! padding, ASCII case and class tests, `translate`/`maketrans`, `fromhex`.
//!
//! Methods whose meaning is the same on bytes as on text run the `str`
//! method on the Latin-1 decoding (one char per byte, so indices and
//! results map back exactly) and encode the result back. Methods where
//! bytes differ (ASCII-only case and whitespace) are written out here.

use crate::bytes::{as_bytes_vec, new_bytearray, new_bytes};
use crate::object::PyRef;
use crate::payload::Payload;
use crate::protocol as p;
use crate::types::{type_name, types};
use crate::vm::*;

fn is_bytes(o: &PyRef) -> bool {
    matches!(crate::subclass::native(o).payload, Payload::Bytes(_))
}

/// A result of the receiver's kind (bytes for bytes, bytearray for bytearray).
fn like(o: &PyRef, v: Vec<u8>) -> PyRef {
    if is_bytes(o) {
        new_bytes(v)
    } else {
        new_bytearray(v)
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn bytes_of(o: &PyRef) -> Vec<u8> {
    as_bytes_vec(o).unwrap_or_default()
}

/// The type a bytes method's messages name: `bytearray` for bytearrays
/// (and their subclasses), else `bytes`.
fn owner_name(recv: &PyRef) -> &'static str {
    if matches!(crate::subclass::native(recv).payload, Payload::ByteArray(..)) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The argument check of a bytes/bytearray method that takes none.
#[inline]
pub(crate) fn no_args(name: &str, a: &[PyRef], kw: KwArgs) -> PyResult<()> {
    crate::vm::no_args(owner_name(&a[0]), name, a, kw)
}

/// A bytes-like argument as Latin-1 text (ints stand for one byte where
/// `int_ok`), with CPython's TypeError otherwise.
fn arg_text(o: &PyRef, int_ok: bool) -> PyResult<PyRef> {
    if let Some(b) = as_bytes_vec(o) {
        return Ok(crate::str::new_string(latin1(&b)));
    }
    if int_ok {
        if let Payload::Int(i) = &o.payload {
            if !(0..256).contains(i) {
                return Err(value_error("byte must be in range(0, 256)"));
            }
            return Ok(crate::str::new_string((*i as u8 as char).to_string()));
        }
        if let Payload::BigInt(_) = &o.payload {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        return Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(o.class()))));
    }
    Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(o.class()))))
}

/// Convert a `str` method's result back to the receiver's kind.
fn back(recv: &PyRef, r: PyRef) -> PyRef {
    if let Some(s) = crate::str::as_str(&r) {
        return like(recv, s.chars().map(|c| c as u32 as u8).collect());
    }
    if let Payload::List(_) = &r.payload {
        return crate::list::new_list(crate::list::items(&r).into_iter().map(|x| back(recv, x)).collect());
    }
    if let Some(items) = crate::tuple::as_slice(&r) {
        return crate::tuple::new_tuple(items.iter().map(|x| back(recv, x.clone())).collect());
    }
    r
}

/// Run `str.<name>` on the Latin-1 text; `conv` says which positional
/// arguments are bytes-like (0: keep, 1: bytes, 2: bytes or int, 3: bytes
/// or tuple of bytes).
fn via_str(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs, name: &str, conv: &[u8]) -> PyResult {
    let recv = &a[0];
    check_counts(name, a, kw)?;
    let text = crate::str::new_string(latin1(&bytes_of(recv)));
    let mut args = Vec::with_capacity(a.len() - 1);
    for (i, x) in a[1..].iter().enumerate() {
        let c = conv.get(i).copied().unwrap_or(0);
        args.push(match c {
            1 if !is_none(x) || matches!(name, "removeprefix" | "removesuffix" | "partition" | "rpartition" | "replace") => arg_text(x, false)?,
            2 => arg_text(x, true)?,
            3 => match crate::tuple::as_slice(x) {
                Some(items) => crate::tuple::new_tuple(items.iter().map(|i| arg_text(i, false)).collect::<PyResult<Vec<_>>>()?),
                None => arg_text(x, false).map_err(|_| {
                    type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(x.class())))
                })?,
            },
            _ => x.clone(),
        });
    }
    let mut kwv: Vec<(PyRef, PyRef)> = Vec::new();
    for (k, v) in kw {
        let key = crate::str::as_str(k).unwrap_or("");
        let conv_kw = matches!(key, "sep" | "old" | "new" | "prefix" | "suffix" | "fillchar" | "chars");
        kwv.push((k.clone(), if conv_kw && !is_none(v) { arg_text(v, false)? } else { v.clone() }));
    }
    let f = crate::types::lookup(&types().str, name).ok_or_else(|| attribute_error(name.to_string()))?;
    let mut full = vec![text];
    full.extend(args);
    let r = vm.call(&f, &full, &kwv).map_err(|e| own_error(e, recv))?;
    Ok(back(recv, r))
}

/// The argument count and start/end checks CPython makes before it looks
/// at a bytes method's arguments (they precede the conversions above).
fn check_counts(name: &str, a: &[PyRef], kw: KwArgs) -> PyResult<()> {
    let n = a.len() - 1;
    match name {
        "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => {
            if n == 0 {
                return Err(type_error(format!("{name}() takes at least 1 argument (0 given)")));
            }
            if n > 3 {
                return Err(type_error(format!("{name}() takes at most 3 arguments ({n} given)")));
            }
            for x in &a[2..] {
                if !is_none(x) && !matches!(x.payload, Payload::Int(_) | Payload::BigInt(_)) && crate::protocol::special(x, "__index__").is_none() {
                    return Err(type_error("slice indices must be integers or None or have an __index__ method"));
                }
            }
        }
        "replace" => crate::vm::check_args("replace", &a[1..], 2, 3)?,
        "partition" | "rpartition" | "removeprefix" | "removesuffix" | "zfill" if n != 1 => {
            return Err(crate::vm::arg_count_error(&format!("{}.{name}", owner_name(&a[0])), n, 1, 1));
        }
        "center" | "ljust" | "rjust" => {
            crate::vm::check_args(name, &a[1..], 1, 2)?;
            if !matches!(a[1].payload, Payload::Int(_) | Payload::BigInt(_)) && crate::protocol::special(&a[1], "__index__").is_none() {
                return Err(crate::int::not_an_integer(&a[1]));
            }
        }
        "expandtabs" => crate::vm::check_args_kw("expandtabs", &a[1..], 0, 1)?,
        _ => {}
    }
    let _ = kw;
    Ok(())
}

/// A `str.<method>()` argument error raised for a bytes receiver, named
/// after the receiver's own method (`bytes.zfill()`, `bytearray.zfill()`).
fn own_error(e: crate::vm::PyErr, recv: &PyRef) -> crate::vm::PyErr {
    if !crate::vm::err_matches(&e, &crate::types::t().type_error) {
        return e;
    }
    let args = crate::exceptions::args(&e.0);
    let Some(msg) = crate::tuple::as_slice(&args).and_then(|a| a.first()).and_then(|m| crate::str::as_str(m).map(String::from)) else { return e };
    match msg.strip_prefix("str.") {
        Some(rest) => {
            type_error(format!("{}.{rest}", owner_name(recv)))
        }
        None => e,
    }
}

macro_rules! via {
    ($($fname:ident => $name:literal, [$($c:expr),*];)*) => {
        $(
        fn $fname(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
            via_str(vm, a, kw, $name, &[$($c),*])
        }
        )*
        const VIA: &[(&str, NativeFn)] = &[$(($name, $fname)),*];
    };
}

via! {
    m_find => "find", [2];
    m_rfind => "rfind", [2];
    m_index_text => "index", [2];
    m_rindex_text => "rindex", [2];
    m_count => "count", [2];
    m_replace => "replace", [1, 1];
    m_partition => "partition", [1];
    m_rpartition => "rpartition", [1];
    m_startswith => "startswith", [3];
    m_endswith => "endswith", [3];
    m_center_text => "center", [0, 1];
    m_ljust_text => "ljust", [0, 1];
    m_rjust_text => "rjust", [0, 1];
    m_zfill => "zfill", [];
    m_expandtabs => "expandtabs", [];
    m_removeprefix => "removeprefix", [1];
    m_removesuffix => "removesuffix", [1];
}

const WS: &[u8] = b" \t\n\r\x0b\x0c";

/// Check a padding method's fill argument (CPython: one byte, bytes-like).
fn check_fill(name: &str, a: &[PyRef], kw: KwArgs) -> PyResult<()> {
    check_counts(name, a, kw)?;
    if let Some(f) = a.get(2).or_else(|| kwarg(kw, "fillchar")) {
        match crate::bytes::as_bytes_vec(f) {
            Some(b) if b.len() == 1 => {}
            _ => return Err(type_error(format!("{name}() argument 2 must be a byte string of length 1, not {}", type_name(f.class())))),
        }
    }
    Ok(())
}
/// `bytes.index` / `rindex`: CPython words a miss "subsection not found".
fn subsection(r: PyResult) -> PyResult {
    r.map_err(|e| if crate::exceptions::exc_summary(&e.0).ends_with("substring not found") { value_error("subsection not found") } else { e })
}
fn m_index(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    subsection(m_index_text(vm, a, kw))
}
fn m_rindex(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    subsection(m_rindex_text(vm, a, kw))
}
fn m_center(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_fill("center", a, kw)?;
    m_center_text(vm, a, kw)
}
fn m_ljust(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_fill("ljust", a, kw)?;
    m_ljust_text(vm, a, kw)
}
fn m_rjust(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_fill("rjust", a, kw)?;
    m_rjust_text(vm, a, kw)
}

fn m_split_ws(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs, right: bool) -> PyResult {
    crate::vm::check_kwargs(if right { "rsplit" } else { "split" }, kw, &["sep", "maxsplit"])?;
    crate::vm::check_args_kw(if right { "rsplit" } else { "split" }, &a[1..], 0, 2)?;
    // maxsplit is converted before sep is looked at.
    if let Some(m) = a.get(2).or_else(|| kwarg(kw, "maxsplit")) {
        if !matches!(m.payload, Payload::Int(_) | Payload::BigInt(_)) && crate::protocol::special(m, "__index__").is_none() {
            return Err(crate::int::not_an_integer(m));
        }
    }
    let sep = a.get(1).or_else(|| kwarg(kw, "sep")).filter(|s| !is_none(s));
    if sep.is_some() {
        return via_str(vm, a, kw, if right { "rsplit" } else { "split" }, &[1]);
    }
    let maxsplit = match a.get(2).or_else(|| kwarg(kw, "maxsplit")) {
        Some(m) => crate::int::index_i64(m)?,
        None => -1,
    };
    let s = bytes_of(&a[0]);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    if !right {
        let mut i = 0;
        let n = s.len();
        while i < n {
            while i < n && WS.contains(&s[i]) {
                i += 1;
            }
            if i >= n {
                break;
            }
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                // The rest, trailing whitespace included.
                parts.push(s[i..n].to_vec());
                break;
            }
            let start = i;
            while i < n && !WS.contains(&s[i]) {
                i += 1;
            }
            parts.push(s[start..i].to_vec());
        }
    } else {
        let mut i = s.len();
        while i > 0 {
            while i > 0 && WS.contains(&s[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                // The rest, leading whitespace included.
                parts.push(s[0..i].to_vec());
                break;
            }
            let end = i;
            while i > 0 && !WS.contains(&s[i - 1]) {
                i -= 1;
            }
            parts.push(s[i..end].to_vec());
        }
        parts.reverse();
    }
    Ok(crate::list::new_list(parts.into_iter().map(|v| like(&a[0], v)).collect()))
}
fn m_split(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    m_split_ws(vm, a, kw, false)
}
fn m_rsplit(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    m_split_ws(vm, a, kw, true)
}

fn strip_impl(a: &[PyRef], left: bool, right: bool) -> PyResult {
    check_args(if left && right { "strip" } else if left { "lstrip" } else { "rstrip" }, &a[1..], 0, 1)?;
    let s = bytes_of(&a[0]);
    let chars = match a.get(1).filter(|c| !is_none(c)) {
        Some(c) => as_bytes_vec(c).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(c.class()))))?,
        None => WS.to_vec(),
    };
    let mut start = 0;
    let mut end = s.len();
    if left {
        while start < end && chars.contains(&s[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && chars.contains(&s[end - 1]) {
            end -= 1;
        }
    }
    Ok(like(&a[0], s[start..end].to_vec()))
}
fn m_strip(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    strip_impl(a, true, true)
}
fn m_lstrip(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    strip_impl(a, true, false)
}
fn m_rstrip(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    strip_impl(a, false, true)
}

fn m_splitlines(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::check_kwargs("splitlines", kw, &["keepends"])?;
    crate::vm::check_args_kw("splitlines", &a[1..], 0, 1)?;
    let keep = match a.get(1).or_else(|| kwarg(kw, "keepends")) {
        // keepends is read as an int, as CPython's converter does.
        Some(k) => {
            crate::int::require_int(k)?;
            p::truthy(vm, k)?
        }
        None => false,
    };
    let s = bytes_of(&a[0]);
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < s.len() {
        let eol = match s[i] {
            b'\r' if s.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol > 0 {
            let end = if keep { i + eol } else { i };
            out.push(like(&a[0], s[start..end].to_vec()));
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(like(&a[0], s[start..].to_vec()));
    }
    Ok(crate::list::new_list(out))
}

fn map_ascii(a: &[PyRef], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult {
    Ok(like(&a[0], f(&bytes_of(&a[0]))))
}
fn m_swapcase(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("swapcase", a, kw)?;
    map_ascii(a, |s| s.iter().map(|&c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn m_capitalize(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("capitalize", a, kw)?;
    map_ascii(a, |s| s.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn m_title(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("title", a, kw)?;
    map_ascii(a, |s| {
        let mut prev_cased = false;
        s.iter()
            .map(|&c| {
                let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn test_all(a: &[PyRef], f: impl Fn(u8) -> bool) -> PyResult {
    let s = bytes_of(&a[0]);
    Ok(bool_obj(!s.is_empty() && s.iter().all(|&c| f(c))))
}
fn m_isalpha(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("isalpha", a, kw)?;
    test_all(a, |c| c.is_ascii_alphabetic())
}
fn m_isdigit(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("isdigit", a, kw)?;
    test_all(a, |c| c.is_ascii_digit())
}
fn m_isalnum(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("isalnum", a, kw)?;
    test_all(a, |c| c.is_ascii_alphanumeric())
}
fn m_isspace(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("isspace", a, kw)?;
    test_all(a, |c| WS.contains(&c))
}
fn m_isascii(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("isascii", a, kw)?;
    Ok(bool_obj(bytes_of(&a[0]).iter().all(|c| c.is_ascii())))
}
fn m_isupper(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("isupper", a, kw)?;
    let s = bytes_of(&a[0]);
    Ok(bool_obj(s.iter().any(|c| c.is_ascii_uppercase()) && !s.iter().any(|c| c.is_ascii_lowercase())))
}
fn m_islower(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("islower", a, kw)?;
    let s = bytes_of(&a[0]);
    Ok(bool_obj(s.iter().any(|c| c.is_ascii_lowercase()) && !s.iter().any(|c| c.is_ascii_uppercase())))
}
fn m_istitle(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::bytes_methods::no_args("istitle", a, kw)?;
    let s = bytes_of(&a[0]);
    let mut cased = false;
    let mut prev_cased = false;
    for &c in &s {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(bool_obj(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(bool_obj(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(bool_obj(cased))
}

fn m_translate(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if a.len() < 2 {
        return Err(type_error(format!("translate() takes at least 1 positional argument ({} given)", a.len() - 1)));
    }
    crate::vm::check_args_kw("translate", &a[1..], 1, 2)?;
    let table = match &a[1].payload {
        Payload::None => None,
        _ => {
            let t = as_bytes_vec(&a[1]).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(a[1].class()))))?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match a.get(2).or_else(|| kwarg(kw, "delete")) {
        Some(d) => as_bytes_vec(d).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(d.class()))))?,
        None => vec![],
    };
    let s = bytes_of(&a[0]);
    let out = s.iter().filter(|c| !delete.contains(c)).map(|&c| table.as_ref().map_or(c, |t| t[c as usize])).collect();
    Ok(like(&a[0], out))
}

fn m_maketrans(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() != 2 {
        return Err(type_error(format!("maketrans expected 2 arguments, got {}", a.len())));
    }
    for x in &a[..2] {
        if as_bytes_vec(x).is_none() {
            return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(x.class()))));
        }
    }
    let (f, t) = (bytes_of(&a[0]), bytes_of(&a[1]));
    if f.len() != t.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (x, y) in f.iter().zip(t.iter()) {
        table[*x as usize] = *y;
    }
    Ok(new_bytes(table))
}

fn m_fromhex(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args(if a[0].is(&types().bytearray) { "bytearray.fromhex" } else { "bytes.fromhex" }, &a[1..], 1, 1)?;
    let s = crate::str::as_str(&a[1]).ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", type_name(a[1].class()))))?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}")));
            }
        }
        i += 2;
    }
    let cls = &a[0];
    if cls.is(&types().bytearray) {
        return Ok(new_bytearray(out));
    }
    if cls.is(&types().bytes) || !crate::types::is_type(cls) {
        return Ok(new_bytes(out));
    }
    vm.call(cls, &[new_bytes(out)], &[])
}

/// Install the methods above on `bytes` and `bytearray`.
pub fn register() {
    let t = types();
    for ty in [&t.bytes, &t.bytearray] {
        for (n, f) in VIA {
            crate::types::add_method(ty, n, *f);
        }
        for (n, f) in [
            ("split", m_split as NativeFn),
            ("rsplit", m_rsplit),
            ("center", m_center),
            ("ljust", m_ljust),
            ("rjust", m_rjust),
            ("index", m_index),
            ("rindex", m_rindex),
            ("strip", m_strip),
            ("lstrip", m_lstrip),
            ("rstrip", m_rstrip),
            ("splitlines", m_splitlines),
            ("swapcase", m_swapcase),
            ("capitalize", m_capitalize),
            ("title", m_title),
            ("isalpha", m_isalpha),
            ("isdigit", m_isdigit),
            ("isalnum", m_isalnum),
            ("isspace", m_isspace),
            ("isascii", m_isascii),
            ("isupper", m_isupper),
            ("islower", m_islower),
            ("istitle", m_istitle),
            ("translate", m_translate),
        ] {
            crate::types::add_method(ty, n, f);
        }
        crate::types::add_classmethod(ty, "fromhex", m_fromhex);
        let owner = if ty.is(&t.bytes) { "bytes" } else { "bytearray" };
        let mt = crate::function::new_builtin("maketrans", owner, m_maketrans, None);
        mt.make_immortal();
        crate::dict::set_str(&crate::types::type_data(ty).dict, "maketrans", PyRef::new(&t.staticmethod, Payload::StaticMethod(mt)));
    }
}
