//! The `struct` module: `pack`, `unpack`, `calcsize`, `pack_into`,
//! `unpack_from`, `iter_unpack` and `Struct`, with CPython's format
//! language (byte order `@=<>!`, native alignment for `@`) and messages.

use crate::util::{add_fn, new_module};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{bytes, dict, float, int, str as pystr, tuple, types, PyRef};

fn struct_error(msg: impl AsRef<str>) -> PyErr {
    match error_type() {
        Some(t) => err(&t, msg),
        None => value_error(msg),
    }
}

fn error_type() -> Option<PyRef> {
    static T: std::sync::OnceLock<PyRef> = std::sync::OnceLock::new();
    Some(T.get_or_init(|| {
        let d = dict::new_dict();
        dict::set_str(&d, "__module__", pystr::new_str("struct"));
        let ty = types::new_heap_type(&types::types().type_, "error", "error", vec![types::exc_type("Exception")], d).expect("struct.error");
        ty.make_immortal();
        ty
    })
    .clone())
}

/// One field of a format: code, repeat count.
#[derive(Clone, Copy)]
struct Item {
    code: char,
    count: usize,
}

struct Format {
    little: bool,
    native: bool,
    items: Vec<Item>,
}

fn parse(fmt: &str) -> PyResult<Format> {
    let mut chars = fmt.chars().peekable();
    let (little, native) = match chars.peek() {
        Some('@') => {
            chars.next();
            (cfg!(target_endian = "little"), true)
        }
        Some('=') => {
            chars.next();
            (cfg!(target_endian = "little"), false)
        }
        Some('<') => {
            chars.next();
            (true, false)
        }
        Some('>') | Some('!') => {
            chars.next();
            (false, false)
        }
        _ => (cfg!(target_endian = "little"), true),
    };
    let mut items = Vec::new();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut c = c;
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => n = n.saturating_mul(10).saturating_add(d.to_digit(10).unwrap_or(0) as usize),
                    Some(d) => {
                        c = d;
                        break;
                    }
                    None => return Err(struct_error("repeat count given without format specifier")),
                }
            }
            count = Some(n);
        }
        let valid = if native { "xcbB?hHiIlLqQnNefdspP" } else { "xcbB?hHiIlLqQefdsp" };
        if !valid.contains(c) {
            return Err(struct_error("bad char in struct format"));
        }
        items.push(Item { code: c, count: count.unwrap_or(1) });
    }
    Ok(Format { little, native, items })
}

fn size_of(code: char, native: bool) -> usize {
    match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' | 'n' | 'N' | 'P' => 8,
        _ => 1,
    }
}

/// (offset, item) for each value slot plus the total size.
fn layout(f: &Format) -> (Vec<(usize, Item)>, usize) {
    let mut off: usize = 0;
    let mut out = Vec::new();
    for it in &f.items {
        let sz = size_of(it.code, f.native);
        // A zero count still aligns (`'?0q'` is 8 bytes), as in CPython.
        if f.native && !matches!(it.code, 's' | 'p' | 'x' | 'c' | 'b' | 'B' | '?') {
            off = off.div_ceil(sz) * sz;
        }
        match it.code {
            's' | 'p' => {
                out.push((off, *it));
                off += it.count;
            }
            'x' => off += it.count,
            _ => {
                for _ in 0..it.count {
                    out.push((off, Item { code: it.code, count: 1 }));
                    off += sz;
                }
            }
        }
    }
    (out, off)
}

fn fmt_arg(o: &PyRef) -> PyResult<String> {
    if let Some(s) = pystr::as_str(o) {
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::as_bytes_vec(o) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", types::type_name(o.class()))))
}

fn int_range(code: char, native: bool) -> (BigInt, BigInt) {
    let bits = size_of(code, native) * 8;
    let signed = matches!(code, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
    if signed {
        (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
    } else if code == 'P' {
        // A pointer takes any value of a signed or an unsigned word
        // (PyLong_AsVoidPtr); negatives are stored in two's complement.
        (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << bits) - 1)
    } else {
        (BigInt::zero(), (BigInt::from(1) << bits) - 1)
    }
}

fn pack_value(vm: &mut dyn Vm, f: &Format, item: Item, v: &PyRef, out: &mut [u8]) -> PyResult<()> {
    let sz = size_of(item.code, f.native);
    match item.code {
        's' | 'p' => {
            let b = bytes::as_bytes_vec(v).ok_or_else(|| struct_error(format!("argument for '{}' must be a bytes object", item.code)))?;
            let n = item.count;
            if item.code == 'p' {
                if n == 0 {
                    return Ok(());
                }
                let k = b.len().min(n - 1).min(255);
                out[0] = k as u8;
                out[1..1 + k].copy_from_slice(&b[..k]);
            } else {
                let k = b.len().min(n);
                out[..k].copy_from_slice(&b[..k]);
            }
            Ok(())
        }
        'c' => {
            let b = bytes::as_bytes_vec(v).filter(|b| b.len() == 1).ok_or_else(|| struct_error("char format requires a bytes object of length 1"))?;
            out[0] = b[0];
            Ok(())
        }
        '?' => {
            out[0] = p::truthy(vm, v)? as u8;
            Ok(())
        }
        'e' | 'f' | 'd' => {
            let x = match &weft_objects::subclass::native(v).payload {
                Payload::Float(x) => *x,
                Payload::Int(_) | Payload::BigInt(_) => int::int_to_f64(v)?,
                _ => {
                    let fl = p::getattr_opt(vm, v, "__float__")?.ok_or_else(|| struct_error("required argument is not a float"))?;
                    let r = vm.call(&fl, &[], &[])?;
                    float::as_f64(&r).ok_or_else(|| struct_error("required argument is not a float"))?
                }
            };
            let bytes: Vec<u8> = match item.code {
                'd' => {
                    if f.little {
                        x.to_le_bytes().to_vec()
                    } else {
                        x.to_be_bytes().to_vec()
                    }
                }
                'f' => {
                    let y = x as f32;
                    // Native 'f' converts as C does (out of range is
                    // infinite); the standard sizes refuse.
                    if y.is_infinite() && x.is_finite() && !f.native {
                        return Err(overflow_error("float too large to pack with f format"));
                    }
                    if f.little {
                        y.to_le_bytes().to_vec()
                    } else {
                        y.to_be_bytes().to_vec()
                    }
                }
                _ => {
                    let h = f64_to_f16(x).ok_or_else(|| overflow_error("float too large to pack with e format"))?;
                    if f.little {
                        h.to_le_bytes().to_vec()
                    } else {
                        h.to_be_bytes().to_vec()
                    }
                }
            };
            out[..sz].copy_from_slice(&bytes);
            Ok(())
        }
        _ => {
            let n = match p::index(vm, v) {
                Ok(n) => int::to_bigint(&n).unwrap_or_default(),
                Err(_) => return Err(struct_error("required argument is not an integer")),
            };
            let (lo, hi) = int_range(item.code, f.native);
            if n < lo || n > hi {
                let msg = match item.code {
                    'b' => "byte format requires -128 <= number <= 127".to_string(),
                    'B' => "ubyte format requires 0 <= number <= 255".to_string(),
                    // Little-endian layouts use the native packers, which
                    // name the C type; big-endian ones name the code.
                    'h' if f.little => "short format requires -32768 <= number <= 32767".to_string(),
                    'H' if f.little => "ushort format requires 0 <= number <= 65535".to_string(),
                    c if n.is_negative() && lo.is_zero() => format!("'{c}' format requires 0 <= number <= {hi}"),
                    c => format!("'{c}' format requires {lo} <= number <= {hi}"),
                };
                return Err(struct_error(msg));
            }
            let mut le = n.to_signed_bytes_le();
            let fill = if n.is_negative() { 0xff } else { 0 };
            le.resize(sz, fill);
            le.truncate(sz);
            if !f.little {
                le.reverse();
            }
            out[..sz].copy_from_slice(&le);
            Ok(())
        }
    }
}

fn unpack_value(f: &Format, item: Item, data: &[u8]) -> PyResult<PyRef> {
    let sz = size_of(item.code, f.native);
    Ok(match item.code {
        's' => bytes::new_bytes(data[..item.count].to_vec()),
        'p' => {
            if item.count == 0 {
                return Ok(bytes::new_bytes(vec![]));
            }
            let k = (data[0] as usize).min(item.count - 1);
            bytes::new_bytes(data[1..1 + k].to_vec())
        }
        'c' => bytes::new_bytes(vec![data[0]]),
        '?' => bool_obj(data[0] != 0),
        'd' => {
            let a: [u8; 8] = data[..8].try_into().unwrap_or([0; 8]);
            float::new_float(if f.little { f64::from_le_bytes(a) } else { f64::from_be_bytes(a) })
        }
        'f' => {
            let a: [u8; 4] = data[..4].try_into().unwrap_or([0; 4]);
            float::new_float((if f.little { f32::from_le_bytes(a) } else { f32::from_be_bytes(a) }) as f64)
        }
        'e' => {
            let a: [u8; 2] = data[..2].try_into().unwrap_or([0; 2]);
            float::new_float(f16_to_f64(if f.little { u16::from_le_bytes(a) } else { u16::from_be_bytes(a) }))
        }
        c => {
            let mut b = data[..sz].to_vec();
            if !f.little {
                b.reverse();
            }
            let signed = matches!(c, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
            let v = if signed { BigInt::from_signed_bytes_le(&b) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &b) };
            int::from_bigint(v)
        }
    })
}

fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // Round to nearest even at 11 significant bits.
    let e = a.log2().floor() as i32;
    if e < -14 {
        let m = (a / 2f64.powi(-24)).round_ties_even();
        return Some(sign | m as u16);
    }
    let mut m = (a / 2f64.powi(e - 10)).round_ties_even();
    let mut e = e;
    if m >= 2048.0 {
        m /= 2.0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | ((m as u16) & 0x3ff))
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    match e {
        0 => sign * m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                sign * f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => sign * (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn do_pack(vm: &mut dyn Vm, fmt: &str, vals: &[PyRef]) -> PyResult<Vec<u8>> {
    let f = parse(fmt)?;
    let (slots, size) = layout(&f);
    if slots.len() != vals.len() {
        return Err(struct_error(format!("pack expected {} items for packing (got {})", slots.len(), vals.len())));
    }
    // A format asking for more than memory holds is a MemoryError, not an
    // aborted process.
    let mut out = Vec::new();
    if out.try_reserve_exact(size).is_err() {
        return Err(weft_objects::vm::PyErr(weft_objects::exceptions::new_exc(&types::exc_type("MemoryError"), vec![])));
    }
    out.resize(size, 0u8);
    for ((off, item), v) in slots.iter().zip(vals) {
        let end = off + if matches!(item.code, 's' | 'p') { item.count } else { size_of(item.code, f.native) };
        pack_value(vm, &f, *item, v, &mut out[*off..end])?;
    }
    Ok(out)
}

fn do_unpack(fmt: &str, data: &[u8]) -> PyResult<PyRef> {
    let f = parse(fmt)?;
    let (slots, size) = layout(&f);
    if data.len() != size {
        return Err(struct_error(format!("unpack requires a buffer of {size} bytes")));
    }
    let mut vals = Vec::with_capacity(slots.len());
    for (off, item) in &slots {
        vals.push(unpack_value(&f, *item, &data[*off..])?);
    }
    Ok(tuple::new_tuple(vals))
}

fn buffer(o: &PyRef) -> PyResult<Vec<u8>> {
    bytes::as_bytes_vec(o).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", types::type_name(o.class()))))
}

fn s_pack(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.is_empty() {
        return Err(type_error("pack expected at least 1 argument, got 0"));
    }
    let fmt = fmt_arg(&a[0])?;
    Ok(bytes::new_bytes(do_pack(vm, &fmt, &a[1..])?))
}
fn s_unpack(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("unpack", a, 2, 2)?;
    do_unpack(&fmt_arg(&a[0])?, &buffer(&a[1])?)
}
fn s_calcsize(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("calcsize", a, 1, 1)?;
    let f = parse(&fmt_arg(&a[0])?)?;
    Ok(int::new_int(layout(&f).1 as i64))
}
fn s_unpack_from(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_args("unpack_from", a, 2, 3)?;
    let fmt = fmt_arg(&a[0])?;
    let data = buffer(&a[1])?;
    let offset = match a.get(2).or_else(|| kwarg(kw, "offset")) {
        Some(o) => int::index_i64(o)?,
        None => 0,
    };
    let size = layout(&parse(&fmt)?).1;
    let start = if offset < 0 { data.len() as i64 + offset } else { offset };
    if start < 0 || start as usize + size > data.len() {
        return Err(struct_error(format!("unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {})", size + start.max(0) as usize, data.len())));
    }
    do_unpack(&fmt, &data[start as usize..start as usize + size])
}
fn s_pack_into(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() < 3 {
        return Err(type_error(format!("pack_into expected at least 3 arguments, got {}", a.len())));
    }
    let fmt = fmt_arg(&a[0])?;
    let packed = do_pack(vm, &fmt, &a[3..])?;
    let offset = int::index_i64(&a[2])?;
    let Payload::ByteArray(l, _) = &a[1].payload else { return Err(type_error("argument must be read-write bytes-like object, not bytes")) };
    l.with(a[1].mutex(), |b| {
        let start = if offset < 0 { b.len() as i64 + offset } else { offset };
        if start < 0 || start as usize + packed.len() > b.len() {
            return Err(struct_error(format!("pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {offset} (actual buffer size is {})", packed.len() + start.max(0) as usize, packed.len(), b.len())));
        }
        b[start as usize..start as usize + packed.len()].copy_from_slice(&packed);
        Ok(())
    })?;
    Ok(none())
}
fn s_iter_unpack(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("iter_unpack", a, 2, 2)?;
    let fmt = fmt_arg(&a[0])?;
    let data = buffer(&a[1])?;
    let size = layout(&parse(&fmt)?).1;
    if size == 0 {
        return Err(struct_error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % size != 0 {
        return Err(struct_error(format!("iterative unpacking requires a buffer of a multiple of {size} bytes")));
    }
    let items: PyResult<Vec<PyRef>> = data.chunks(size).map(|c| do_unpack(&fmt, c)).collect();
    p::iter(vm, &weft_objects::list::new_list(items?))
}

/// Build the `_struct` module (the `Struct` class is in `struct.py`).
pub fn init() -> PyRef {
    let m = new_module("_struct");
    let d = p::instance_dict(&m).unwrap().clone();
    for (name, f) in [
        ("pack", s_pack as NativeFn),
        ("unpack", s_unpack),
        ("calcsize", s_calcsize),
        ("unpack_from", s_unpack_from),
        ("pack_into", s_pack_into),
        ("iter_unpack", s_iter_unpack),
    ] {
        add_fn(&d, name, "_struct", f);
    }
    if let Some(e) = error_type() {
        dict::set_str(&d, "error", e);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn half_floats_round_trip() {
        for x in [0.0, 1.0, -2.5, 65504.0, 0.000061035156, 1.0 / 3.0] {
            let h = f64_to_f16(x).unwrap();
            let y = f16_to_f64(h);
            assert!((x - y).abs() <= x.abs() * 1e-3 + 1e-7, "{x} -> {y}");
        }
        assert_eq!(f64_to_f16(65520.0), None);
        assert_eq!(f64_to_f16(1.0), Some(0x3c00));
    }
}
