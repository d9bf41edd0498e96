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
    PyRef::new(&types().bytearray, Payload::ByteArray(Locked::new(b)))
}

/// Copy of the bytes of a bytes-like object.
pub fn as_bytes_vec(o: &PyRef) -> Option<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(l) => Some(l.with(o.mutex(), |v| v.clone())),
        _ => None,
    }
}

/// `repr()` of bytes content, with the `b` prefix.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::from("b");
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
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
    check_args("decode", &a[1..], 0, 2)?;
    let b = as_bytes_vec(&a[0]).unwrap();
    let enc = a.get(1).or_else(|| crate::vm::kwarg(kw, "encoding")).and_then(crate::str::as_str).unwrap_or("utf-8").to_lowercase();
    match enc.as_str() {
        "utf-8" | "utf8" | "utf_8" => match String::from_utf8(b) {
            Ok(s) => Ok(crate::str::new_string(s)),
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let byte = e.as_bytes()[pos];
                Err(crate::vm::err(
                    &crate::types::t().unicode_decode_error,
                    format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte"),
                ))
            }
        },
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => Ok(crate::str::new_string(b.iter().map(|&c| c as char).collect())),
        _ => Err(crate::vm::err(&crate::types::exc_type("LookupError"), format!("unknown encoding: {enc}"))),
    }
}
fn m_hex(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let b = as_bytes_vec(&a[0]).unwrap();
    Ok(crate::str::new_string(b.iter().map(|c| format!("{c:02x}")).collect()))
}
fn m_append(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("append", &a[1..], 1, 1)?;
    let v = crate::int::index_i64(&a[1])?;
    if !(0..256).contains(&v) {
        return Err(crate::vm::value_error("byte must be in range(0, 256)"));
    }
    if let Payload::ByteArray(l) = &a[0].payload {
        l.with(a[0].mutex(), |b| b.push(v as u8));
    }
    Ok(crate::vm::none())
}

/// Install the methods of `bytes` and `bytearray`.
pub fn register() {
    for t in [&types().bytes, &types().bytearray] {
        crate::types::add_method(t, "decode", m_decode);
        crate::types::add_method(t, "hex", m_hex);
    }
    crate::types::add_method(&types().bytearray, "append", m_append);
}
