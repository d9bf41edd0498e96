//! `float`: IEEE doubles with CPython's repr (shortest round trip, exponent
//! form outside 1e-4 <= |x| < 1e16) and numeric hash.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::types;
use crate::vm::{overflow_error, value_error, KwArgs, PyResult, Vm};

/// A new `float`.
#[inline(always)]
pub fn new_float(v: f64) -> PyRef {
    PyRef::new_float_value(&types().float, v)
}

/// The value of a float object.
#[inline]
pub fn as_f64(o: &PyRef) -> Option<f64> {
    match &crate::subclass::native(o).payload {
        Payload::Float(f) => Some(*f),
        _ => None,
    }
}

/// CPython's `repr(float)`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    // Shortest round-trip digits and decimal exponent from Rust's `{:e}`.
    let e = format!("{:e}", x);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = even_on_tie(x.abs(), digits, exp);
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let s = if exp >= 0 {
            if n > exp + 1 {
                format!("{}.{}", &digits[..(exp + 1) as usize], &digits[(exp + 1) as usize..])
            } else {
                format!("{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits };
        format!("{sign}{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

/// Rust's shortest digits break an exact tie between two equally short
/// strings that both read back as `ax` upwards; CPython's dtoa takes the
/// one with the even last digit. `digits` (most significant first) times
/// 10**(exp - len + 1) is Rust's choice.
fn even_on_tie(ax: f64, digits: String, exp: i32) -> String {
    use num_bigint::BigInt;
    let last = digits.as_bytes()[digits.len() - 1] - b'0';
    if last % 2 == 0 || last == 9 {
        return digits;
    }
    let p = exp - (digits.len() as i32 - 1);
    let d: BigInt = digits.parse().unwrap_or_default();
    // ax = m * 2**q exactly.
    let bits = ax.to_bits();
    let (biased, frac) = ((bits >> 52) as i32, bits & ((1u64 << 52) - 1));
    let (m, q) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    // A tie needs the exact value to end one decimal place below the last
    // digit: with q' the exponent of m's lowest set bit, a non-integer ends
    // at 10**q', so q' must be p - 1 (integers are checked in full).
    let q_low = q + m.trailing_zeros() as i32;
    if q_low < 0 && q_low != p - 1 {
        return digits;
    }
    for alt in [&d - 1u32, &d + 1u32] {
        let alt: BigInt = alt;
        // A tie: 2 * ax == (d + alt) * 10**p, both sides scaled to integers.
        let mut lhs = BigInt::from(m) * 2;
        let mut rhs = &d + &alt;
        if q >= 0 {
            lhs <<= q as usize;
        } else {
            rhs <<= (-q) as usize;
        }
        let ten = BigInt::from(10);
        if p >= 0 {
            rhs *= num_traits::pow::Pow::pow(&ten, p as u32);
        } else {
            lhs *= num_traits::pow::Pow::pow(&ten, (-p) as u32);
        }
        if lhs == rhs {
            let s = alt.to_string();
            if s.len() == digits.len() && format!("{}e{}", s, p).parse::<f64>() == Ok(ax) {
                return s;
            }
        }
    }
    digits
}

/// CPython's hash of a float.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return crate::int::hash_int(x as i64);
    }
    let m = crate::int::HASH_MODULUS as u64;
    let (mut mant, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while mant != 0.0 {
        h = ((h << 28) & m) | (h >> (61 - 28));
        mant *= 268435456.0;
        e -= 28;
        let y = mant as u64;
        mant -= y as f64;
        h += y;
        if h >= m {
            h -= m;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    h = ((h << e) & m) | (h >> (61 - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Parse `float(text)`.
pub fn parse_float(text: &str) -> Option<f64> {
    // Decimal digits of any script count as their ASCII values (CPython).
    let converted: String;
    let text = if text.is_ascii() {
        text
    } else {
        converted = text.chars().map(|c| if c.is_ascii() || c.is_whitespace() { c } else { crate::int::unicode_digit(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c) }).collect();
        &converted
    };
    let t = text.trim();
    let l = t.to_ascii_lowercase();
    let body = l.trim_start_matches(['+', '-']);
    let neg = l.starts_with('-');
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.starts_with('_') || body.ends_with('_') || body.contains("__") || t.contains(|c: char| c.is_whitespace()) {
                return None;
            }
            // An underscore must sit between two digits.
            let bs = body.as_bytes();
            if bs.iter().enumerate().any(|(i, &c)| c == b'_' && !(i > 0 && bs[i - 1].is_ascii_digit() && bs.get(i + 1).is_some_and(u8::is_ascii_digit))) {
                return None;
            }
            let cleaned: String = t.chars().filter(|c| *c != '_').collect();
            if cleaned.contains(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c))) {
                return None;
            }
            return cleaned.parse::<f64>().ok();
        }
    };
    Some(if neg { -v } else { v })
}

/// `a % b` with Python's sign rule.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

/// `a // b` with Python's rounding.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// `a ** b` with Python's errors.
#[inline(never)]
pub fn float_pow(a: f64, b: f64) -> PyResult<f64> {
    // CPython settles NaNs and infinities before the zero check, so
    // `0.0 ** -inf` is inf rather than an error.
    if b == 0.0 || a == 1.0 {
        return Ok(1.0);
    }
    if a.is_nan() || b.is_nan() {
        return Ok(f64::NAN);
    }
    if b.is_infinite() {
        let m = a.abs();
        return Ok(if m == 1.0 {
            1.0
        } else if (b > 0.0) == (m > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = b.fract() == 0.0 && (b / 2.0).fract() != 0.0;
        return Ok(match (b > 0.0, odd) {
            (true, true) => a,
            (true, false) => a.abs(),
            (false, true) => 0.0f64.copysign(a),
            (false, false) => 0.0,
        });
    }
    if a == 0.0 && b < 0.0 {
        return Err(crate::vm::zero_division("zero to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Err(value_error("complex exponentiation not supported"));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn this(a: &[PyRef]) -> f64 {
    as_f64(&a[0]).unwrap_or(0.0)
}
fn m_is_integer(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("float", "is_integer", a, kw)?;
    let x = this(a);
    Ok(crate::vm::bool_obj(x.is_finite() && x.fract() == 0.0))
}
fn m_conjugate(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("float", "conjugate", a, kw)?;
    Ok(new_float(this(a)))
}
fn m_as_integer_ratio(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("float", "as_integer_ratio", a, kw)?;
    let x = this(a);
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, mut e) = frexp(x);
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num = num_bigint::BigInt::from(m as i64);
    let mut den = num_bigint::BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(crate::tuple::new_tuple(vec![crate::int::from_bigint(num), crate::int::from_bigint(den)]))
}
fn m_hex(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("float", "hex", a, kw)?;
    let x = this(a);
    if !x.is_finite() {
        return Ok(crate::str::new_string(float_repr(x)));
    }
    if x == 0.0 {
        return Ok(crate::str::new_str(if x.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }));
    }
    let bits = x.to_bits();
    let sign = if x < 0.0 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let ms = format!("{mant:013x}");
    Ok(crate::str::new_string(format!("{sign}0x{lead}.{ms}p{}{}", if e < 0 { "-" } else { "+" }, e.abs())))
}

/// `x * 2**n` without intermediate overflow or double rounding (`x` is an
/// integer below 2**54 and the result is representable).
fn ldexp(mut x: f64, mut n: i64) -> f64 {
    while n > 1000 {
        x *= 2f64.powi(1000);
        n -= 1000;
    }
    while n < -1000 {
        x *= 2f64.powi(-1000);
        n += 1000;
    }
    x * 2f64.powi(n as i32)
}

/// Parse CPython's hexadecimal float syntax, correctly rounded.
pub fn parse_hex_float(text: &str) -> PyResult<f64> {
    use num_bigint::BigUint;
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp_text) = match body.split_once('p') {
        Some((d, e)) => (d, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    if !int_part.chars().chain(frac_part.chars()).all(|c| c.is_ascii_hexdigit()) {
        return Err(invalid());
    }
    let mut e: i64 = match exp_text {
        Some(x) => {
            let d = x.strip_prefix(['+', '-']).unwrap_or(x);
            if d.is_empty() || !d.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Exponents beyond any float saturate (the value is 0 or inf).
            x.parse::<i64>().unwrap_or(if x.starts_with('-') { -1 << 40 } else { 1 << 40 })
        }
        None => 0,
    };
    e -= 4 * frac_part.len() as i64;
    let all: String = int_part.chars().chain(frac_part.chars()).collect();
    let mant = BigUint::parse_bytes(all.as_bytes(), 16).ok_or_else(invalid)?;
    let sign = if neg { -1.0 } else { 1.0 };
    if mant.bits() == 0 {
        return Ok(sign * 0.0);
    }
    let top = mant.bits() as i64 - 1 + e;
    let too_large = || overflow_error("hexadecimal value too large to represent as a float");
    if top > 1023 {
        return Err(too_large());
    }
    if top < -1075 {
        return Ok(sign * 0.0);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift > 0 {
        let sh = shift as u64;
        let q = &mant >> sh;
        let rem = &mant - (&q << sh);
        let half = BigUint::from(1u8) << (sh - 1);
        let mut q = q.iter_u64_digits().next().unwrap_or(0);
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    } else {
        (mant << (-shift) as u64).iter_u64_digits().next().unwrap_or(0)
    };
    let v = ldexp(q as f64, lsb);
    if v.is_infinite() {
        return Err(too_large());
    }
    Ok(sign * v)
}

fn m_fromhex(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() != 2 {
        return Err(crate::vm::type_error(format!("float.fromhex() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let text = crate::str::as_str(&a[1]).ok_or_else(|| crate::vm::type_error("bad argument type for built-in operation"))?;
    let v = new_float(parse_hex_float(text)?);
    if a[0].is(&types().float) {
        return Ok(v);
    }
    vm.call(&a[0], &[v], &[])
}

/// Install the methods of `float`.
pub fn register() {
    let t = &types().float;
    use crate::types::add_method as m;
    m(t, "is_integer", m_is_integer);
    m(t, "conjugate", m_conjugate);
    m(t, "as_integer_ratio", m_as_integer_ratio);
    m(t, "hex", m_hex);
    crate::types::add_classmethod(t, "fromhex", m_fromhex);
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn repr_matches_cpython() {
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(123456789.0), "123456789.0");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(float_repr(-2.5), "-2.5");
    }
    #[test]
    fn hash_matches_cpython() {
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(2.0), 2);
        assert_eq!(hash_float(-0.5), -1152921504606846976);
    }
}
