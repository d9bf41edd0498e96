//! `int` (and `bool`'s value layout): machine-word integers with a fast path
//! and arbitrary precision through num-bigint when a result overflows.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::{s, types, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::vm::{overflow_error, type_error, value_error, zero_division, KwArgs, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The modulus of numeric hashes (2**61 - 1), as in CPython.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// A new `int`.
#[inline]
pub fn new_int(v: i64) -> PyRef {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
        return s().small_ints[(v - SMALL_INT_MIN) as usize].clone();
    }
    PyRef::new_int_value(&types().int, v)
}

/// A new `int` from a big integer (normalized to a machine word if it fits).
pub fn from_bigint(v: BigInt) -> PyRef {
    match v.to_i64() {
        Some(i) => new_int(i),
        None => PyRef::new(&types().int, Payload::BigInt(Box::new(v))),
    }
}

/// Whether `o` is an int (including bool).
#[inline]
pub fn is_int(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Int(_) | Payload::BigInt(_))
}

/// The value as a big integer.
pub fn to_bigint(o: &PyRef) -> Option<BigInt> {
    match &crate::subclass::native(o).payload {
        Payload::Int(i) => Some(BigInt::from(*i)),
        Payload::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `operator.index(o)` as i64 for native ints (OverflowError beyond i64).
pub fn index_i64(o: &PyRef) -> PyResult<i64> {
    match &crate::subclass::native(o).payload {
        Payload::Int(i) => Ok(*i),
        Payload::BigInt(_) => Err(overflow_error("Python int too large to convert to C ssize_t")),
        _ => Err(not_an_integer(o)),
    }
}

/// "'X' object cannot be interpreted as an integer".
#[cold]
pub fn not_an_integer(o: &PyRef) -> crate::vm::PyErr {
    type_error(format!("'{}' object cannot be interpreted as an integer", crate::types::type_name(o.class())))
}

/// An argument Argument Clinic converts with an int converter: an int (or
/// bool), else the "cannot be interpreted as an integer" TypeError.
pub fn require_int(o: &PyRef) -> PyResult<()> {
    match o.payload {
        Payload::Int(_) | Payload::BigInt(_) => Ok(()),
        _ => Err(not_an_integer(o)),
    }
}

/// A native int as a slice-style index: values beyond i64 saturate (the
/// `start`/`stop` arguments of `index` and `count` methods).
pub fn index_clamped(o: &PyRef) -> PyResult<i64> {
    match &crate::subclass::native(o).payload {
        Payload::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        _ => index_i64(o),
    }
}

/// Hash of an integer value.
pub fn hash_int(i: i64) -> i64 {
    let m = HASH_MODULUS;
    let h = if i >= 0 { i % m } else { -((-(i as i128) % m as i128) as i64) };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a big integer.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap();
    let h = if b.sign() == Sign::Minus { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = weft_sync::limits::DEFAULT_MAX_STR_DIGITS;

/// The current limit on decimal digits converted between int and str.
pub fn max_str_digits() -> usize {
    weft_sync::limits::max_str_digits()
}

/// Set the limit (0 disables it; otherwise at least 640, as CPython).
pub fn set_max_str_digits(n: usize) {
    weft_sync::limits::set_max_str_digits(n)
}

/// ValueError when `text` (an int literal for a non-power-of-two base)
/// has more digits than the limit.
pub fn check_str_digits(text: &str) -> PyResult<()> {
    let limit = max_str_digits();
    if limit == 0 || text.len() <= limit {
        return Ok(());
    }
    let digits = text.trim().trim_start_matches(['+', '-']).chars().filter(|c| *c != '_').count();
    if digits > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// Decimal text of an int, or CPython's ValueError past the digit limit.
pub fn int_repr_checked(o: &PyRef) -> PyResult<String> {
    if let Payload::BigInt(b) = &crate::subclass::native(o).payload {
        big_decimal(b)
    } else {
        Ok(int_repr(crate::subclass::native(o)))
    }
}

/// Decimal text of a big int within the digit limit.
pub fn big_decimal(b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    let err = || value_error(format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
    // bits * log10(2) digits, at most one more: refuse without converting.
    if limit != 0 && (b.bits() as f64) * std::f64::consts::LOG10_2 > (limit + 1) as f64 {
        return Err(err());
    }
    let s = b.to_string();
    if limit != 0 && s.trim_start_matches('-').len() > limit {
        return Err(err());
    }
    Ok(s)
}

/// Whether the decimal text of `o` is within the digit limit.
pub fn repr_fits(o: &PyRef) -> bool {
    match &o.payload {
        Payload::BigInt(b) => {
            let limit = max_str_digits();
            limit == 0 || (b.bits() as f64) * std::f64::consts::LOG10_2 < limit as f64
        }
        _ => true,
    }
}

/// Decimal text of an int (no digit limit; see [`int_repr_checked`]).
pub fn int_repr(o: &PyRef) -> String {
    match &o.payload {
        Payload::Int(i) => i.to_string(),
        Payload::BigInt(b) => {
            let s = b.to_string();
            s
        }
        _ => unreachable!(),
    }
}

/// Binary operators on two ints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    /// +
    Add,
    /// -
    Sub,
    /// *
    Mul,
    /// //
    FloorDiv,
    /// %
    Mod,
    /// **
    Pow,
    /// <<
    LShift,
    /// >>
    RShift,
    /// &
    And,
    /// |
    Or,
    /// ^
    Xor,
}

/// `a op b` on machine ints, None when the result overflows.
#[inline]
pub fn small_op(op: IntOp, a: i64, b: i64) -> Option<PyResult> {
    let r = match op {
        IntOp::Add => a.checked_add(b)?,
        IntOp::Sub => a.checked_sub(b)?,
        IntOp::Mul => a.checked_mul(b)?,
        IntOp::FloorDiv => {
            if b == 0 {
                return Some(Err(zero_division("integer division or modulo by zero")));
            }
            if a == i64::MIN && b == -1 {
                return None;
            }
            a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 }
        }
        IntOp::Mod => {
            if b == 0 {
                return Some(Err(zero_division("integer modulo by zero")));
            }
            if a == i64::MIN && b == -1 {
                return Some(Ok(new_int(0)));
            }
            let r = a % b;
            if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }
        }
        IntOp::Pow => {
            if b < 0 {
                return None;
            }
            if b > u32::MAX as i64 {
                return None;
            }
            a.checked_pow(b as u32)?
        }
        IntOp::LShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            if b >= 63 {
                if a == 0 {
                    0
                } else {
                    return None;
                }
            } else {
                let r = a.checked_shl(b as u32)?;
                if (r >> b) != a {
                    return None;
                }
                r
            }
        }
        IntOp::RShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }
        }
        IntOp::And => a & b,
        IntOp::Or => a | b,
        IntOp::Xor => a ^ b,
    };
    Some(Ok(new_int(r)))
}

/// Floor division and modulo of big integers with Python's signs.
fn big_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    a.div_mod_floor(b)
}

/// `a op b` on arbitrary ints (the slow path).
pub fn big_op(op: IntOp, a: &BigInt, b: &BigInt) -> PyResult {
    Ok(from_bigint(match op {
        IntOp::Add => a + b,
        IntOp::Sub => a - b,
        IntOp::Mul => a * b,
        IntOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            big_divmod(a, b).0
        }
        IntOp::Mod => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            big_divmod(a, b).1
        }
        IntOp::Pow => {
            if b.is_negative() {
                let base = a.to_f64().unwrap_or(f64::INFINITY);
                let e = b.to_f64().unwrap_or(f64::NEG_INFINITY);
                if base == 0.0 {
                    return Err(zero_division("zero to a negative power"));
                }
                return Ok(crate::float::new_float(base.powf(e)));
            }
            match b.to_u32() {
                Some(e) => num_traits::pow::Pow::pow(a, e),
                // A huge exponent is only computable for 0, 1 and -1.
                None if a.is_zero() || a.is_one() => a.clone(),
                None if *a == -BigInt::one() => {
                    if b.is_even() {
                        BigInt::one()
                    } else {
                        a.clone()
                    }
                }
                None => return Err(crate::vm::PyErr(crate::exceptions::new_exc(&crate::types::exc_type("MemoryError"), vec![]))),
            }
        }
        IntOp::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let n = b.to_usize().ok_or_else(|| overflow_error("too many digits in integer"))?;
            a << n
        }
        IntOp::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(n) => {
                    // Floor semantics for negatives.
                    let (q, _) = a.div_mod_floor(&(BigInt::one() << n));
                    q
                }
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        IntOp::And => a & b,
        IntOp::Or => a | b,
        IntOp::Xor => a ^ b,
    }))
}

/// `a op b` for two int objects.
#[inline]
pub fn int_op(op: IntOp, a: &PyRef, b: &PyRef) -> PyResult {
    if let (Payload::Int(x), Payload::Int(y)) = (&a.payload, &b.payload) {
        if let Some(r) = small_op(op, *x, *y) {
            return r;
        }
        if op == IntOp::Pow && *y < 0 {
            if *x == 0 {
                return Err(zero_division("zero to a negative power"));
            }
            return Ok(crate::float::new_float((*x as f64).powf(*y as f64)));
        }
    }
    big_op(op, &to_bigint(a).unwrap(), &to_bigint(b).unwrap())
}

/// True division of two ints.
pub fn int_truediv(a: &PyRef, b: &PyRef) -> PyResult {
    if let (Payload::Int(x), Payload::Int(y)) = (&a.payload, &b.payload) {
        if *y == 0 {
            return Err(zero_division("division by zero"));
        }
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(crate::float::new_float(*x as f64 / *y as f64));
        }
    }
    let (x, y) = (to_bigint(a).unwrap(), to_bigint(b).unwrap());
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    Ok(crate::float::new_float(big_truediv(&x, &y)?))
}

/// `x / y` correctly rounded (as CPython's long true division): scale so
/// the integer quotient has 55-57 bits, keep a sticky bit for a non-zero
/// remainder, and let the conversion to f64 round once.
fn big_truediv(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if x.is_zero() {
        return Ok(if x.is_negative() != y.is_negative() { -0.0 } else { 0.0 });
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let mant = q as f64;
    // mant * 2^-shift; exponents past f64's range overflow.
    let exp = -shift;
    if exp > 1100 {
        return Err(overflow_error("integer division result too large for a float"));
    }
    let v = if exp < -1000 { mant * 2f64.powi(-1000) * 2f64.powi((exp + 1000) as i32) } else { mant * 2f64.powi(exp as i32) };
    if v.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -v } else { v })
}

/// Convert to float, OverflowError when too large.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

/// Any int object as f64.
pub fn int_to_f64(o: &PyRef) -> PyResult<f64> {
    match &o.payload {
        Payload::Int(i) => Ok(*i as f64),
        Payload::BigInt(b) => big_to_f64(b),
        _ => Err(type_error("expected int")),
    }
}

/// Compare two ints.
pub fn int_cmp(a: &PyRef, b: &PyRef) -> std::cmp::Ordering {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) => x.cmp(y),
        _ => to_bigint(a).unwrap().cmp(&to_bigint(b).unwrap()),
    }
}

/// Parse `int(text, base)` with CPython's rules (underscores, prefixes,
/// surrounding whitespace).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, mut t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let pref = |p: &str| lower.starts_with(p);
    if (base == 16 || base == 0) && pref("0x") {
        base = 16;
        t = &t[2..];
    } else if (base == 8 || base == 0) && pref("0o") {
        base = 8;
        t = &t[2..];
    } else if (base == 2 || base == 0) && pref("0b") {
        base = 2;
        t = &t[2..];
    } else if base == 0 {
        if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
            return None;
        }
        base = 10;
    }
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        if !(t.starts_with('_') && text.trim().len() > 2 && (lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b")) && !t.ends_with('_') && !t.contains("__") && t.len() > 1) {
            return None;
        }
    }
    let digits: String = t.chars().filter(|c| *c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        // Unicode decimal digits.
        if base == 10 && digits.chars().all(|c| c.is_numeric()) && !digits.is_empty() {
            let ascii: String = digits.chars().map(|c| char::from_digit(unicode_digit(c)?, 10)).collect::<Option<String>>()?;
            let v = BigInt::parse_bytes(ascii.as_bytes(), 10)?;
            return Some(if neg { -v } else { v });
        }
        return None;
    }
    let v = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// The value of a Unicode decimal digit (ASCII or another script's).
pub fn unicode_digit(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    crate::unicode_props::decimal_value(c)
}

fn m_bit_length(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("int", "bit_length", a, kw)?;
    Ok(new_int(match &a[0].payload {
        Payload::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Payload::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}
fn m_bit_count(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("int", "bit_count", a, kw)?;
    Ok(new_int(match &a[0].payload {
        Payload::Int(i) => i.unsigned_abs().count_ones() as i64,
        Payload::BigInt(b) => b.magnitude().iter_u64_digits().map(|d| d.count_ones() as i64).sum(),
        _ => 0,
    }))
}
fn m_conjugate(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("int", "conjugate", a, kw)?;
    Ok(from_bigint(to_bigint(&a[0]).unwrap()))
}
fn m_as_integer_ratio(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("int", "as_integer_ratio", a, kw)?;
    Ok(crate::tuple::new_tuple(vec![from_bigint(to_bigint(&a[0]).unwrap()), new_int(1)]))
}
fn m_is_integer(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("int", "is_integer", a, kw)?;
    Ok(crate::vm::bool_obj(true))
}
fn m_to_bytes(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::check_kwargs("to_bytes", kw, &["length", "byteorder", "signed"])?;
    if a.len() - 1 + kw.len() > 3 {
        return Err(crate::vm::type_error(format!("to_bytes() takes at most 3 arguments ({} given)", a.len() - 1 + kw.len())));
    }
    if a.len() > 3 {
        return Err(crate::vm::type_error(format!("to_bytes() takes at most 2 positional arguments ({} given)", a.len() - 1)));
    }
    let length = match a.get(1).or_else(|| crate::vm::kwarg(kw, "length")) {
        Some(o) => {
            let n = index_i64(o)?;
            if n < 0 {
                return Err(value_error("length argument must be non-negative"));
            }
            n as usize
        }
        None => 1,
    };
    let order = match a.get(2).or_else(|| crate::vm::kwarg(kw, "byteorder")) {
        Some(o) => match crate::str::as_str(o) {
            Some(s @ ("big" | "little")) => s.to_string(),
            Some(_) => return Err(value_error("byteorder must be either 'little' or 'big'")),
            None => return Err(type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", crate::vm::arg_type_name(o)))),
        },
        None => "big".to_string(),
    };
    let signed = crate::vm::kwarg(kw, "signed").map(|o| crate::protocol::truthy_native(o).unwrap_or(false)).unwrap_or(false);
    let v = to_bigint(&a[0]).unwrap();
    if v.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = v.to_signed_bytes_le();
    let fill = if v.is_negative() { 0xff } else { 0 };
    if !signed && bytes.len() > length && bytes[bytes.len() - 1] == 0 {
        bytes.pop();
    }
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    bytes.resize(length, fill);
    if order == "big" {
        bytes.reverse();
    }
    Ok(crate::bytes::new_bytes(bytes))
}
fn m_from_bytes(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::check_kwargs("from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    if a.len() - 1 + kw.len() > 3 {
        return Err(crate::vm::type_error(format!("from_bytes() takes at most 3 arguments ({} given)", a.len() - 1 + kw.len())));
    }
    if a.len() > 3 {
        return Err(crate::vm::type_error(format!("from_bytes() takes at most 2 positional arguments ({} given)", a.len() - 1)));
    }
    let Some(src) = a.get(1).or_else(|| crate::vm::kwarg(kw, "bytes")) else {
        return Err(type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    // byteorder is checked by the argument parser, before the bytes.
    if let Some(o) = a.get(2).or_else(|| crate::vm::kwarg(kw, "byteorder")) {
        match crate::str::as_str(o) {
            None => return Err(type_error(format!("from_bytes() argument 'byteorder' must be str, not {}", crate::vm::arg_type_name(o)))),
            Some("little" | "big") => {}
            Some(_) => return Err(crate::vm::value_error("byteorder must be either 'little' or 'big'")),
        }
    }
    let data = match crate::bytes::as_bytes_vec(src) {
        Some(d) => d,
        None if matches!(src.payload, Payload::Str(_) | Payload::Int(_) | Payload::BigInt(_)) => {
            return Err(type_error(format!("cannot convert '{}' object to bytes", crate::types::type_name(src.class()))))
        }
        None => {
            let b = crate::construct::type_call(vm, &types().bytes, std::slice::from_ref(src), &[])?;
            crate::bytes::as_bytes_vec(&b).unwrap_or_default()
        }
    };
    let order = match a.get(2).or_else(|| crate::vm::kwarg(kw, "byteorder")) {
        Some(o) => crate::str::as_str(o).ok_or_else(|| type_error(format!("from_bytes() argument 'byteorder' must be str, not {}", crate::vm::arg_type_name(o))))?.to_string(),
        None => "big".to_string(),
    };
    let signed = match crate::vm::kwarg(kw, "signed") {
        Some(o) => crate::protocol::truthy(vm, o)?,
        None => false,
    };
    let v = match (order.as_str(), signed) {
        ("big", true) => BigInt::from_signed_bytes_be(&data),
        ("big", false) => BigInt::from_bytes_be(Sign::Plus, &data),
        ("little", true) => BigInt::from_signed_bytes_le(&data),
        ("little", false) => BigInt::from_bytes_le(Sign::Plus, &data),
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    };
    let v = from_bigint(v);
    if a[0].is(&types().int) || !crate::types::is_type(&a[0]) {
        return Ok(v);
    }
    vm.call(&a[0], &[v], &[])
}

/// Install the methods of `int`.
pub fn register() {
    let t = &types().int;
    use crate::types::add_method as m;
    m(t, "bit_length", m_bit_length);
    m(t, "bit_count", m_bit_count);
    m(t, "conjugate", m_conjugate);
    m(t, "as_integer_ratio", m_as_integer_ratio);
    m(t, "is_integer", m_is_integer);
    m(t, "to_bytes", m_to_bytes);
    crate::types::add_classmethod(t, "from_bytes", m_from_bytes);
}
