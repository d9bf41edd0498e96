//! The `math` module.

use crate::util::{add_fn, new_module};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{dict, float, int, types, PyRef};

fn f64_of(vm: &mut dyn Vm, o: &PyRef) -> PyResult<f64> {
    match &o.payload {
        Payload::Float(f) => Ok(*f),
        Payload::Int(i) => Ok(*i as f64),
        Payload::BigInt(_) => int::int_to_f64(o),
        _ => {
            if let Some(f) = types::lookup(o.class(), "__float__") {
                let r = vm.call(&f, std::slice::from_ref(o), &[])?;
                if let Some(x) = float::as_f64(&r) {
                    return Ok(x);
                }
                return Err(type_error(format!("{}.__float__ returned non-float (type {})", types::type_name(o.class()), types::type_name(r.class()))));
            }
            if let Some(f) = types::lookup(o.class(), "__index__") {
                let r = vm.call(&f, std::slice::from_ref(o), &[])?;
                if !int::is_int(&r) {
                    return Err(type_error(format!("__index__ returned non-int (type {})", types::type_name(r.class()))));
                }
                return int::int_to_f64(&r);
            }
            Err(type_error(format!("must be real number, not {}", types::type_name(o.class()))))
        }
    }
}

fn domain() -> PyErr {
    value_error("math domain error")
}
fn range_err() -> PyErr {
    overflow_error("math range error")
}

fn checked(x: f64, r: f64) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(float::new_float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
            if a.len() != 1 {
                return Err(weft_objects::vm::arg_count_error(&format!("math.{}", &stringify!($name)[2..]), a.len(), 1, 1));
            }
            let x = f64_of(vm, &a[0])?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x))
        })*
    };
}

unary! {
    m_sin => f64::sin, m_cos => f64::cos, m_tan => f64::tan, m_asin => f64::asin, m_acos => f64::acos,
    m_atan => f64::atan, m_sinh => f64::sinh, m_cosh => f64::cosh, m_tanh => f64::tanh,
    m_asinh => asinh, m_acosh => acosh, m_atanh => atanh, m_exp => f64::exp,
    m_exp2 => f64::exp2, m_expm1 => f64::exp_m1, m_fabs => f64::abs, m_degrees => f64::to_degrees,
    m_radians => f64::to_radians, m_erf => erf, m_erfc => erfc, m_cbrt => cbrt,
}

/// `math.gamma(x)`: CPython's Lanczos method (ValueError at poles).
fn m_gamma(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.gamma", a, 1, 1)?;
    let x = f64_of(vm, &a[0])?;
    if x.is_finite() && (x == 0.0 || (x == x.floor() && x < 0.0)) {
        return Err(domain());
    }
    if x == f64::NEG_INFINITY {
        return Err(domain());
    }
    checked(x, tgamma(x))
}

/// `math.lgamma(x)`: log|Gamma(x)| by CPython's method.
fn m_lgamma(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.lgamma", a, 1, 1)?;
    let x = f64_of(vm, &a[0])?;
    if x.is_finite() && x == x.floor() && x <= 0.0 {
        return Err(domain());
    }
    checked(x, lgamma(x))
}

// Inverse hyperbolic functions by the C library's (fdlibm's) formulas, so
// results match CPython's, which calls the C library, to the last digit.
const LN2: f64 = std::f64::consts::LN_2;
const TWO_28: f64 = 268435456.0;

fn asinh(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let ax = x.abs();
    if ax < 1.0 / TWO_28 {
        return x;
    }
    let w = if ax > TWO_28 {
        ax.ln() + LN2
    } else if ax > 2.0 {
        (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
    } else {
        let t = x * x;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn acosh(x: f64) -> f64 {
    if x < 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if x >= TWO_28 {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

fn atanh(x: f64) -> f64 {
    let ax = x.abs();
    if ax > 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if ax == 1.0 {
        // The pole: CPython reports a domain error here.
        return f64::NAN;
    }
    if ax < 1.0 / TWO_28 {
        return x;
    }
    let t = if ax < 0.5 {
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    };
    t.copysign(x)
}

/// Cube root by the C library's method (a polynomial first guess refined
/// once, scaled by a power of two), matching CPython's digits.
fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + (1.50819193781584896
            + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// (m, e) with x = m * 2**e and 0.5 <= m < 1 (x finite and non-zero).
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), exp - 1022)
}

fn ldexp(x: f64, e: i32) -> f64 {
    // Two steps keep 2**e representable for the exponents cbrt needs.
    let half = e / 2;
    x * 2f64.powi(half) * 2f64.powi(e - half)
}

// Lanczos approximation with N = 13 and g = 6.024680040776729583740234375,
// written as a rational function (the parameters CPython uses, from Boost),
// so gamma and lgamma give CPython's digits.
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] =
    [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn tgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x == 0.0 {
        return f64::INFINITY.copysign(x);
    }
    if x == x.floor() {
        if x < 0.0 {
            return f64::NAN;
        }
        if x <= 23.0 {
            return (1..x as u64).map(|k| k as f64).product();
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 { 0.0 / sinpi(x) } else { f64::INFINITY };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    r
}

fn lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { f64::INFINITY } else { 0.0 };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    r
}

// erf/erfc: the C library's functions (CPython calls the platform's; the
// `libm` crate carries the same Sun-derived algorithms).
fn erf(x: f64) -> f64 {
    libm::erf(x)
}

fn erfc(x: f64) -> f64 {
    libm::erfc(x)
}

fn m_sqrt(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.sqrt", a, 1, 1)?;
    let x = f64_of(vm, &a[0])?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(float::new_float(x.sqrt()))
}
/// `f(x)` for the logarithm `f` (ln, log2 or log10) of a positive number.
/// An int too large for a float is split as CPython's `loghelper` does:
/// `x = m * 2**e` with `m` in [0.5, 1], giving `f(m) + f(2) * e`.
fn log_of(vm: &mut dyn Vm, o: &PyRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Payload::BigInt(b) = &o.payload {
        if !b.is_positive() {
            return Err(domain());
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // The top 64 bits, with a sticky low bit for any bits below them so
        // that the conversion to f64 rounds as a correct rounding would.
        let bits = b.bits();
        let shift = bits - 64;
        let mut top = (&**b >> shift).to_u64().unwrap_or(u64::MAX);
        if b.trailing_zeros().is_some_and(|tz| tz < shift) {
            top |= 1;
        }
        let m = top as f64 / 2f64.powi(64);
        return Ok(f(m) + f(2.0) * bits as f64);
    }
    let x = f64_of(vm, o)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}
fn m_log(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.is_empty() || a.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let l = log_of(vm, &a[0], f64::ln)?;
    match a.get(1) {
        Some(b) => {
            let lb = log_of(vm, b, f64::ln)?;
            if lb == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            Ok(float::new_float(l / lb))
        }
        None => Ok(float::new_float(l)),
    }
}
fn m_log2(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.log2", a, 1, 1)?;
    Ok(float::new_float(log_of(vm, &a[0], f64::log2)?))
}
fn m_log10(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.log10", a, 1, 1)?;
    Ok(float::new_float(log_of(vm, &a[0], f64::log10)?))
}
fn m_log1p(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.log1p", a, 1, 1)?;
    let x = f64_of(vm, &a[0])?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(float::new_float(x.ln_1p()))
}
fn m_pow(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("pow", a, 2, 2)?;
    let (x, y) = (f64_of(vm, &a[0])?, f64_of(vm, &a[1])?);
    // C's pow: 0 ** -inf is inf; only a finite negative power of zero
    // is a domain error.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(float::new_float(r))
}
fn m_atan2(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("atan2", a, 2, 2)?;
    Ok(float::new_float(f64_of(vm, &a[0])?.atan2(f64_of(vm, &a[1])?)))
}
fn m_copysign(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("copysign", a, 2, 2)?;
    Ok(float::new_float(f64_of(vm, &a[0])?.copysign(f64_of(vm, &a[1])?)))
}
/// The float after `x` in the direction of `y` (IEEE 754 nextafter).
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}
fn m_nextafter(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_args("nextafter", a, 2, 2)?;
    let (mut x, y) = (f64_of(vm, &a[0])?, f64_of(vm, &a[1])?);
    let steps = match kwarg(kw, "steps") {
        Some(s) => int::index_i64(s)?,
        None => 1,
    };
    if steps < 0 {
        return Err(value_error("steps must be a non-negative integer"));
    }
    for _ in 0..steps.min(1 << 20) {
        let n = next_after(x, y);
        if n == x {
            break;
        }
        x = n;
    }
    Ok(float::new_float(x))
}
fn m_ulp(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.ulp", a, 1, 1)?;
    let x = f64_of(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(float::new_float(x));
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        return Ok(float::new_float(x - next_after(x, 0.0)));
    }
    Ok(float::new_float(next - x))
}
fn m_sumprod(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("sumprod", a, 2, 2)?;
    let p = weft_objects::protocol::collect(vm, &a[0])?;
    let q = weft_objects::protocol::collect(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(value_error("Inputs are not the same length"));
    }
    let all_float = p.iter().chain(q.iter()).all(|x| float::as_f64(x).is_some());
    if all_float {
        // Exact products summed exactly, rounded once (as CPython's).
        let mut parts: Vec<f64> = Vec::with_capacity(2 * p.len());
        for (x, y) in p.iter().zip(q.iter()) {
            let (x, y) = (float::as_f64(x).unwrap_or(0.0), float::as_f64(y).unwrap_or(0.0));
            let prod = x * y;
            parts.push(prod);
            parts.push(x.mul_add(y, -prod));
        }
        let list = weft_objects::list::new_list(parts.into_iter().map(float::new_float).collect());
        return m_fsum(vm, &[list], &[]);
    }
    let mut total = int::new_int(0);
    for (x, y) in p.iter().zip(q.iter()) {
        let prod = weft_objects::protocol::binary_op(vm, x, y, weft_objects::protocol::BinOp::Mul)?;
        total = weft_objects::protocol::binary_op(vm, &total, &prod, weft_objects::protocol::BinOp::Add)?;
    }
    Ok(total)
}
fn m_fma(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("fma", a, 3, 3)?;
    let (x, y, z) = (f64_of(vm, &a[0])?, f64_of(vm, &a[1])?, f64_of(vm, &a[2])?);
    Ok(float::new_float(x.mul_add(y, z)))
}
fn m_fmod(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("fmod", a, 2, 2)?;
    let (x, y) = (f64_of(vm, &a[0])?, f64_of(vm, &a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(float::new_float(f64::NAN));
    }
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(float::new_float(x % y))
}
fn m_remainder(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("remainder", a, 2, 2)?;
    let (x, y) = (f64_of(vm, &a[0])?, f64_of(vm, &a[1])?);
    // IEEE 754 remainder, computed as CPython's m_remainder does (exact:
    // fmod is exact and so are the steps after it).
    if x.is_nan() {
        return Ok(float::new_float(x));
    }
    if y.is_nan() {
        return Ok(float::new_float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(float::new_float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: round to the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(float::new_float(1.0f64.copysign(x) * r))
}
fn m_hypot(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let mut v = Vec::with_capacity(a.len());
    for x in a {
        v.push(f64_of(vm, x)?.abs());
    }
    Ok(float::new_float(vector_norm(&mut v)))
}
fn m_dist(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("dist", a, 2, 2)?;
    let (p1, q1) = (p::collect(vm, &a[0])?, p::collect(vm, &a[1])?);
    if p1.len() != q1.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p1.len());
    for (x, y) in p1.iter().zip(q1.iter()) {
        v.push((f64_of(vm, x)? - f64_of(vm, y)?).abs());
    }
    Ok(float::new_float(vector_norm(&mut v)))
}

/// The Euclidean norm of non-negative `vec` by CPython's method: scale by
/// a power of two, sum the squares in double-length arithmetic, then one
/// Newton correction of the square root (accurate to within 1 ulp, and the
/// same digits as CPython's hypot and dist).
fn vector_norm(vec: &mut [f64]) -> f64 {
    let max = vec.iter().cloned().fold(0.0f64, |m, x| if x.is_nan() || m.is_nan() { f64::NAN } else { m.max(x) });
    if vec.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if max.is_nan() {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec);
    }
    let scale = ldexp(1.0, -max_e);
    let dl_mul = |x: f64, y: f64| {
        let hi = x * y;
        (hi, x.mul_add(y, -hi))
    };
    let dl_fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (phi, plo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn int_result(vm: &mut dyn Vm, o: &PyRef, f: fn(f64) -> f64, dunder: &str) -> PyResult {
    match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) if o.class().is(&types::types().int) => Ok(o.clone()),
        Payload::Int(_) | Payload::BigInt(_) => Ok(int::from_bigint(int::to_bigint(o).unwrap())),
        Payload::Float(x) => {
            let r = f(*x);
            if r.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if r.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            vm.call(&types::types().int.clone(), &[float::new_float(r)], &[])
        }
        _ => match types::lookup(o.class(), dunder) {
            Some(m) => vm.call(&m, std::slice::from_ref(o), &[]),
            // trunc() has no float fallback.
            None if dunder == "__trunc__" => Err(type_error(format!("type {} doesn't define __trunc__ method", types::type_name(o.class())))),
            None => {
                let x = f64_of(vm, o)?;
                vm.call(&types::types().int.clone(), &[float::new_float(f(x))], &[])
            }
        },
    }
}
fn m_floor(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.floor", a, 1, 1)?;
    int_result(vm, &a[0], f64::floor, "__floor__")
}
fn m_ceil(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.ceil", a, 1, 1)?;
    int_result(vm, &a[0], f64::ceil, "__ceil__")
}
fn m_trunc(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.trunc", a, 1, 1)?;
    int_result(vm, &a[0], f64::trunc, "__trunc__")
}

fn big(vm: &mut dyn Vm, o: &PyRef) -> PyResult<BigInt> {
    let i = p::index(vm, o)?;
    Ok(int::to_bigint(&i).unwrap())
}
fn m_factorial(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.factorial", a, 1, 1)?;
    if let Payload::Float(_) = &a[0].payload {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = big(vm, &a[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(int::from_bigint(r))
}
fn m_gcd(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let mut g = BigInt::zero();
    for x in a {
        g = num_integer::Integer::gcd(&g, &big(vm, x)?);
    }
    Ok(int::from_bigint(g))
}
fn m_lcm(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    // Every argument is converted (and type-checked), even after a zero.
    let mut l = BigInt::one();
    for x in a {
        let v = big(vm, x)?;
        l = if v.is_zero() || l.is_zero() { BigInt::zero() } else { num_integer::Integer::lcm(&l, &v) };
    }
    Ok(int::from_bigint(l))
}
fn m_isqrt(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.isqrt", a, 1, 1)?;
    let n = big(vm, &a[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_bigint(n.sqrt()))
}
fn m_comb(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("comb", a, 2, 2)?;
    let (n, k) = (big(vm, &a[0])?, big(vm, &a[1])?);
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(int::new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().ok_or_else(|| overflow_error("too large"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int::from_bigint(r))
}
fn m_perm(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("perm", a, 1, 2)?;
    let n = big(vm, &a[0])?;
    let k = match a.get(1) {
        Some(k) if !is_none(k) => big(vm, k)?,
        _ => {
            // perm(n) is factorial(n), with its message.
            if n.is_negative() {
                return Err(value_error("factorial() not defined for negative values"));
            }
            n.clone()
        }
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(int::new_int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(int::from_bigint(r))
}
fn m_prod(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    match a.len() {
        1 => {}
        n @ (0 | 2) => return Err(type_error(format!("prod() takes exactly 1 positional argument ({n} given)"))),
        n => return Err(type_error(format!("prod() takes at most 2 arguments ({n} given)"))),
    }
    let mut acc = crate::util::arg_or_kw(a, kw, 1, "start").unwrap_or_else(|| int::new_int(1));
    for x in p::collect(vm, &a[0])? {
        acc = p::binary_op(vm, &acc, &x, p::BinOp::Mul)?;
    }
    Ok(acc)
}
fn m_fsum(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.fsum", a, 1, 1)?;
    // Shewchuk's exact partial sums, as CPython.
    let mut partials: Vec<f64> = Vec::new();
    for x in p::collect(vm, &a[0])? {
        let mut x = f64_of(vm, &x)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(float::new_float(hi))
}
fn m_isclose(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    match a.len() {
        0 => return Err(type_error("isclose() missing required argument 'a' (pos 1)")),
        1 => return Err(type_error("isclose() missing required argument 'b' (pos 2)")),
        2 => {}
        n => return Err(type_error(format!("isclose() takes exactly 2 positional arguments ({n} given)"))),
    }
    let (x, y) = (f64_of(vm, &a[0])?, f64_of(vm, &a[1])?);
    let rel = match kwarg(kw, "rel_tol") {
        Some(v) => f64_of(vm, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kw, "abs_tol") {
        Some(v) => f64_of(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(bool_obj(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(bool_obj(false));
    }
    let d = (x - y).abs();
    Ok(bool_obj(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
}
fn pred(vm: &mut dyn Vm, a: &[PyRef], name: &str, f: fn(f64) -> bool) -> PyResult {
    check_args(name, a, 1, 1)?;
    Ok(bool_obj(f(f64_of(vm, &a[0])?)))
}
fn m_isnan(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    pred(vm, a, "math.isnan", f64::is_nan)
}
fn m_isinf(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    pred(vm, a, "math.isinf", f64::is_infinite)
}
fn m_isfinite(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    pred(vm, a, "math.isfinite", f64::is_finite)
}
fn m_modf(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.modf", a, 1, 1)?;
    let x = f64_of(vm, &a[0])?;
    // C's modf: the fractional part of an infinity is a zero of its sign;
    // a zero integral part keeps the argument's sign.
    let frac = if x.is_infinite() { 0f64.copysign(x) } else { x.fract().copysign(x) };
    Ok(weft_objects::tuple::new_tuple(vec![float::new_float(frac), float::new_float(x.trunc())]))
}
fn m_frexp(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("math.frexp", a, 1, 1)?;
    let x = f64_of(vm, &a[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(weft_objects::tuple::new_tuple(vec![float::new_float(x), int::new_int(0)]));
    }
    // Read the exponent field; a subnormal is first scaled into the
    // normal range by 2**64.
    const EXP_MASK: u64 = 0x7ff << 52;
    let (mut y, mut e) = (x, 0i64);
    if x.to_bits() & EXP_MASK == 0 {
        y = x * 2f64.powi(64);
        e = -64;
    }
    let bits = y.to_bits();
    e += ((bits & EXP_MASK) >> 52) as i64 - 1022;
    let m = f64::from_bits((bits & !EXP_MASK) | (1022u64 << 52));
    Ok(weft_objects::tuple::new_tuple(vec![float::new_float(m), int::new_int(e)]))
}
fn m_ldexp(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("ldexp", a, 2, 2)?;
    let x = f64_of(vm, &a[0])?;
    if !matches!(a[1].payload, Payload::Int(_) | Payload::BigInt(_)) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let e = int::index_i64(&a[1])?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    checked(x, r)
}

/// Build the `math` module.
pub fn init() -> PyRef {
    let m = new_module("math");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    dict::set_str(&d, "pi", float::new_float(std::f64::consts::PI));
    dict::set_str(&d, "e", float::new_float(std::f64::consts::E));
    dict::set_str(&d, "tau", float::new_float(std::f64::consts::TAU));
    dict::set_str(&d, "inf", float::new_float(f64::INFINITY));
    dict::set_str(&d, "nan", float::new_float(f64::NAN));
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("pow", m_pow),
        ("fabs", m_fabs),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("factorial", m_factorial),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
        ("prod", m_prod),
        ("fsum", m_fsum),
        ("isclose", m_isclose),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("cbrt", m_cbrt),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
        ("sumprod", m_sumprod),
        ("fma", m_fma),
    ];
    for (n, f) in fns {
        add_fn(&d, n, "math", *f);
    }
    m
}
