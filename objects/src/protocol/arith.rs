//! Arithmetic: binary, in-place and unary operators with native fast paths
//! and reflected dunder dispatch.

#[allow(unused_imports)]
use super::*;
/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    /// +
    Add,
    /// -
    Sub,
    /// *
    Mul,
    /// @
    MatMul,
    /// /
    TrueDiv,
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

impl BinOp {
    /// All operators in operand order (the bytecode operand is the index).
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];
    /// The operator symbol.
    pub fn symbol(self) -> &'static str {
        ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"][self as usize]
    }
    fn dunder(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
    fn int_op(self) -> Option<crate::int::IntOp> {
        use crate::int::IntOp as I;
        Some(match self {
            BinOp::Add => I::Add,
            BinOp::Sub => I::Sub,
            BinOp::Mul => I::Mul,
            BinOp::FloorDiv => I::FloorDiv,
            BinOp::Mod => I::Mod,
            BinOp::Pow => I::Pow,
            BinOp::LShift => I::LShift,
            BinOp::RShift => I::RShift,
            BinOp::And => I::And,
            BinOp::Or => I::Or,
            BinOp::Xor => I::Xor,
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------- arithmetic

pub(crate) fn as_float_operand(o: &PyRef) -> Option<PyResult<f64>> {
    match &o.payload {
        Payload::Float(f) => Some(Ok(*f)),
        Payload::Int(i) => Some(Ok(*i as f64)),
        Payload::BigInt(_) => Some(crate::int::int_to_f64(o)),
        _ => None,
    }
}

/// Complex division as CPython's `_Py_c_quot` (scaling by the larger part
/// of the divisor); None for a zero divisor.
pub(crate) fn complex_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` for complex numbers, as CPython: repeated multiplication for
/// integral exponents up to 100 in size, the polar formula otherwise.
#[inline(never)]
pub(crate) fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let prod = |x: (f64, f64), y: (f64, f64)| (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0);
    let zero_power = || zero_division("zero to a negative or complex power");
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |mut n: i64| {
            let (mut r, mut p) = ((1.0, 0.0), a);
            while n > 0 {
                if n & 1 == 1 {
                    r = prod(r, p);
                }
                p = prod(p, p);
                n >>= 1;
            }
            r
        };
        return if n >= 0 { Ok(powu(n)) } else { complex_quot((1.0, 0.0), powu(-n)).ok_or_else(zero_power) };
    }
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_power());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // The C library's cos/sin of an infinite phase fail with EDOM, which
    // CPython reports as the zero-power error.
    if phase.is_infinite() {
        return Err(zero_power());
    }
    let r = (len * phase.cos(), len * phase.sin());
    if (r.0.is_infinite() || r.1.is_infinite()) && a.0.is_finite() && a.1.is_finite() && b.0.is_finite() && b.1.is_finite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(r)
}

pub(crate) fn float_op(op: BinOp, x: f64, y: f64) -> PyResult {
    if op == BinOp::Pow && x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        // A negative base to a fractional power is complex, as in CPython.
        let (r, i) = complex_pow((x, 0.0), (y, 0.0))?;
        return Ok(PyRef::new(&types().complex, Payload::Complex(r, i)));
    }
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        // CPython 3.13's messages (3.14 says "division by zero" for all).
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            crate::float::float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo by zero"));
            }
            crate::float::float_mod(x, y)
        }
        BinOp::Pow => crate::float::float_pow(x, y)?,
        _ => return Ok(not_impl()),
    };
    Ok(crate::float::new_float(r))
}

pub(crate) fn repeat_count(o: &PyRef) -> Option<i64> {
    match &o.payload {
        Payload::Int(i) => Some((*i).max(0)),
        _ => None,
    }
}

/// Built-in binary operation; `NotImplemented` when unsupported.
pub fn native_binary(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    use Payload::*;
    // `fmt % args` formats the arguments themselves (a subclass's __repr__).
    let original_b = b;
    let (a, b) = (crate::subclass::native(a), crate::subclass::native(b));
    if op == BinOp::Or && (matches!(a.payload, Type(_) | Native(_)) || matches!(b.payload, Type(_) | Native(_))) {
        use crate::generic_alias::{unionable, union_of};
        if unionable(a) && unionable(b) && !(is_none(a) && is_none(b)) {
            return Ok(union_of(a, b));
        }
    }
    match (&a.payload, &b.payload) {
        // bool & | ^ bool stays a bool.
        (Int(x), Int(y)) if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) && a.class().is(&types().bool_) && b.class().is(&types().bool_) => {
            let r = match op {
                BinOp::And => (*x & *y) != 0,
                BinOp::Or => (*x | *y) != 0,
                _ => (*x ^ *y) != 0,
            };
            return Ok(crate::vm::bool_obj(r));
        }
        (Int(_) | BigInt(_), Int(_) | BigInt(_)) => {
            if let Some(iop) = op.int_op() {
                return crate::int::int_op(iop, a, b);
            }
            if op == BinOp::TrueDiv {
                return crate::int::int_truediv(a, b);
            }
            return Ok(not_impl());
        }
        (Float(_), _) | (_, Float(_)) if is_num(a) && is_num(b) => {
            let x = as_float_operand(a).unwrap()?;
            let y = as_float_operand(b).unwrap()?;
            return float_op(op, x, y);
        }
        _ => {}
    }
    if matches!(a.payload, Complex(..)) || matches!(b.payload, Complex(..)) {
        let as_c = |o: &PyRef| -> Option<PyResult<(f64, f64)>> {
            match &o.payload {
                Complex(r, i) => Some(Ok((*r, *i))),
                Int(_) | BigInt(_) | Float(_) => Some(as_float_operand(o).unwrap().map(|f| (f, 0.0))),
                _ => Option::None,
            }
        };
        if let (Some(x), Some(y)) = (as_c(a), as_c(b)) {
            let ((ar, ai), (br, bi)) = (x?, y?);
            let (r, i) = match op {
                BinOp::Add => (ar + br, ai + bi),
                BinOp::Sub => (ar - br, ai - bi),
                BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
                BinOp::TrueDiv => complex_quot((ar, ai), (br, bi)).ok_or_else(|| zero_division("complex division by zero"))?,
                BinOp::Pow => complex_pow((ar, ai), (br, bi))?,
                _ => return Ok(not_impl()),
            };
            return Ok(PyRef::new(&types().complex, Complex(r, i)));
        }
    }
    Ok(match (op, &a.payload, &b.payload) {
        (BinOp::Add, Str(x), Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            crate::str::new_string(s)
        }
        (BinOp::Mul, Str(x), Int(_)) | (BinOp::Mul, Int(_), Str(x)) => {
            let n = repeat_count(if matches!(a.payload, Str(_)) { b } else { a }).unwrap() as usize;
            let seq = if matches!(a.payload, Str(_)) { a } else { b };
            if n == 1 && seq.class().is(&types().str) {
                return Ok(seq.clone());
            }
            if x.char_len().checked_mul(n).is_none_or(|t| t > isize::MAX as usize) {
                return Err(overflow_error("repeated string is too long"));
            }
            let mut out = String::new();
            reserve_repeat(&mut out, x.as_str().len(), n)?;
            for _ in 0..n {
                out.push_str(x.as_str());
            }
            crate::str::new_string(out)
        }
        (BinOp::Add, List(..), List(..)) => {
            let mut v = crate::list::items(a);
            v.extend(crate::list::items(b));
            crate::list::new_list(v)
        }
        (BinOp::Mul, List(..), Int(_)) | (BinOp::Mul, Int(_), List(..)) => {
            let (l, n) = if matches!(a.payload, List(..)) { (a, b) } else { (b, a) };
            let items = crate::list::items(l);
            let n = repeat_count(n).unwrap() as usize;
            let mut v = Vec::new();
            reserve_repeat(&mut v, items.len(), n)?;
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            crate::list::new_list(v)
        }
        (BinOp::Add, Tuple(x), Tuple(y)) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            crate::tuple::new_tuple(v)
        }
        (BinOp::Mul, Tuple(x), Int(_)) | (BinOp::Mul, Int(_), Tuple(x)) => {
            let n = repeat_count(if matches!(a.payload, Tuple(_)) { b } else { a }).unwrap() as usize;
            let mut v = Vec::new();
            reserve_repeat(&mut v, x.len(), n)?;
            for _ in 0..n {
                v.extend(x.iter().cloned());
            }
            crate::tuple::new_tuple(v)
        }
        (BinOp::Add, Bytes(x), Bytes(y)) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            crate::bytes::new_bytes(v)
        }
        (BinOp::Add, Bytes(_) | ByteArray(..), Native(_)) if crate::memoryview::view_bytes(b).is_some() => {
            let mut v = crate::bytes::as_bytes_vec(a).unwrap_or_default();
            v.extend(crate::memoryview::view_bytes(b).unwrap_or_default());
            if matches!(a.payload, Bytes(_)) {
                crate::bytes::new_bytes(v)
            } else {
                crate::bytes::new_bytearray(v)
            }
        }
        (BinOp::Add, Bytes(_) | ByteArray(..), Bytes(_) | ByteArray(..)) => {
            let mut v = crate::bytes::as_bytes_vec(a).unwrap_or_default();
            v.extend(crate::bytes::as_bytes_vec(b).unwrap_or_default());
            if matches!(a.payload, Bytes(_)) {
                crate::bytes::new_bytes(v)
            } else {
                crate::bytes::new_bytearray(v)
            }
        }
        (BinOp::Mul, ByteArray(..), Int(_)) | (BinOp::Mul, Int(_), ByteArray(..)) => {
            let (seq, count) = if matches!(a.payload, Int(_)) { (b, a) } else { (a, b) };
            let x = crate::bytes::as_bytes_vec(seq).unwrap_or_default();
            let n = repeat_count(count).unwrap() as usize;
            let mut v = Vec::new();
            reserve_repeat(&mut v, x.len(), n)?;
            for _ in 0..n {
                v.extend_from_slice(&x);
            }
            crate::bytes::new_bytearray(v)
        }
        (BinOp::Mul, Bytes(x), Int(_)) | (BinOp::Mul, Int(_), Bytes(x)) => {
            let n = repeat_count(if matches!(a.payload, Int(_)) { a } else { b }).unwrap() as usize;
            let seq = if matches!(a.payload, Bytes(_)) { a } else { b };
            if n == 1 && seq.class().is(&types().bytes) {
                return Ok(seq.clone());
            }
            if x.len().checked_mul(n).is_none_or(|t| t > isize::MAX as usize) {
                return Err(overflow_error("repeated bytes are too long"));
            }
            let mut v = Vec::new();
            reserve_repeat(&mut v, x.len(), n)?;
            for _ in 0..n {
                v.extend_from_slice(x);
            }
            crate::bytes::new_bytes(v)
        }
        (BinOp::Mod, Str(x), _) if !is_heap(a) => return crate::format::percent_format(vm, x.as_str(), original_b),
        (BinOp::Mod, Bytes(x), _) if !is_heap(a) => return Ok(crate::bytes::new_bytes(crate::format::percent_format_bytes(vm, x, original_b)?)),
        (BinOp::Mod, ByteArray(..), _) if !is_heap(a) => {
            let fmt = crate::bytes::as_bytes_vec(a).unwrap_or_default();
            return Ok(crate::bytes::new_bytearray(crate::format::percent_format_bytes(vm, &fmt, original_b)?));
        }
        (BinOp::Or, Dict(..), Dict(..)) => {
            let d = crate::dict::copy(a);
            crate::dict::update(vm, &d, b)?;
            d
        }
        (op, Set(..) | FrozenSet(_), Set(..) | FrozenSet(_)) => match op {
            BinOp::Or => crate::set::union(vm, a, b)?,
            BinOp::And => crate::set::intersection(vm, a, b)?,
            BinOp::Sub => crate::set::difference(vm, a, b)?,
            BinOp::Xor => crate::set::symmetric_difference(vm, a, b)?,
            _ => not_impl(),
        },
        (op, DictView(x, DictIterKind::Items), _) if matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) => {
            let s = crate::set::from_iterable(vm, &crate::list::new_list(crate::dict::items(x).into_iter().map(|(k, v)| crate::tuple::new_tuple(vec![k, v])).collect()))?;
            let o = crate::set::from_iterable(vm, b)?;
            return native_binary(vm, &s, &o, op);
        }
        (op, DictView(x, DictIterKind::Keys), _) if matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) => {
            let s = crate::set::from_iterable(vm, x)?;
            let o = crate::set::from_iterable(vm, b)?;
            return native_binary(vm, &s, &o, op);
        }
        // `iterable op view`: the view's operators are symmetric in CPython.
        (op, _, DictView(_, DictIterKind::Keys | DictIterKind::Items)) if matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) => {
            // CPython's view operators read the other operand as an
            // iterable, so a non-iterable is a "not iterable" TypeError.
            let s = crate::set::from_iterable(vm, a)?;
            let o = crate::set::from_iterable(vm, b)?;
            return native_binary(vm, &s, &o, op);
        }
        _ => not_impl(),
    })
}

/// `a op b`.
#[inline]
pub fn binary_op(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    let (ha, hb) = (dispatches(a), dispatches(b));
    if !ha && !hb {
        let r = native_binary(vm, a, b, op)?;
        if !matches!(r.payload, Payload::NotImplemented) {
            return Ok(r);
        }
        return Err(binop_error(a, b, op));
    }
    let (name, rname, _) = op.dunder();
    let reflected_first = hb && !a.class().is(b.class()) && is_subtype(b.class(), a.class());
    if reflected_first {
        if let Some(f) = special(b, rname) {
            let r = call_special(vm, &f, b, std::slice::from_ref(a))?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = special(a, name) {
        let r = call_special(vm, &f, a, std::slice::from_ref(b))?;
        if !matches!(r.payload, Payload::NotImplemented) {
            return Ok(r);
        }
    } else if !matches!(a.payload, Payload::Instance(_)) {
        let r = native_binary(vm, a, b, op)?;
        if !matches!(r.payload, Payload::NotImplemented) {
            return Ok(r);
        }
    }
    if !reflected_first && !a.class().is(b.class()) {
        if let Some(f) = special(b, rname) {
            let r = call_special(vm, &f, b, std::slice::from_ref(a))?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(binop_error(a, b, op))
}

pub(crate) fn binop_error(a: &PyRef, b: &PyRef, op: BinOp) -> PyErr {
    if op == BinOp::Add && matches!(a.payload, Payload::Str(_)) {
        return type_error(format!("can only concatenate str (not \"{}\") to str", tname(b)));
    }
    if op == BinOp::Add && matches!(a.payload, Payload::List(_)) {
        return type_error(format!("can only concatenate list (not \"{}\") to list", tname(b)));
    }
    if op == BinOp::Add && matches!(a.payload, Payload::Bytes(_) | Payload::ByteArray(..)) {
        return type_error(format!("can't concat {} to {}", tname(b), tname(a)));
    }
    if op == BinOp::Add && matches!(a.payload, Payload::Tuple(_)) {
        return type_error(format!("can only concatenate tuple (not \"{}\") to tuple", tname(b)));
    }
    let is_seq = |o: &PyRef| matches!(o.payload, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(..));
    if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
        let other = if is_seq(a) { b } else { a };
        if matches!(other.payload, Payload::BigInt(_)) {
            return overflow_error("cannot fit 'int' into an index-sized integer");
        }
        return type_error(format!("can't multiply sequence by non-int of type '{}'", tname(other)));
    }
    let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
    type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", tname(a), tname(b)))
}

/// `a op= b`.
pub fn inplace_op(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    // A user-defined in-place method wins; instances of subclasses of the
    // mutable built-ins that do not define one are updated in place below
    // like the built-ins themselves.
    if dispatches(a) {
        if let Some(f) = special(a, op.dunder().2) {
            let r = call_special(vm, &f, a, std::slice::from_ref(b))?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = native_inplace(vm, a, b, op)? {
        return Ok(r);
    }
    binary_op(vm, a, b, op).map_err(|e| {
        if err_matches(&e, &t().type_error) && crate::exceptions::exc_summary(&e.0).contains("unsupported operand") {
            let sym = if op == BinOp::Pow { "**=".to_string() } else { format!("{}=", op.symbol()) };
            type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", tname(a), tname(b)))
        } else {
            e
        }
    })
}

/// The built-in mutable types' own `a op= b` (`list +=`, `set |=`, ...):
/// `None` where the type has no in-place form for `b`.
pub fn native_inplace(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult<Option<PyRef>> {
    match (&a.payload, op) {
        (Payload::List(_), BinOp::Add) => {
            let items = if let Payload::List(_) = &b.payload { crate::list::items(b) } else { collect(vm, b)? };
            crate::list::with(a, |v| v.extend(items));
            return Ok(Some(a.clone()));
        }
        (Payload::List(_), BinOp::Mul) if matches!(b.payload, Payload::Int(_) | Payload::BigInt(_)) => {
            let n = crate::int::index_i64(b)?.max(0) as usize;
            let old = crate::list::with(a, |v| {
                let items = std::mem::take(v);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                items
            });
            drop(old);
            return Ok(Some(a.clone()));
        }
        (Payload::Set(..), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if crate::set::is_anyset(b) => {
            let r = binary_op(vm, a, b, op)?;
            let d = crate::set::read(&r, |d| d.clone());
            let old = crate::set::with(a, |x| std::mem::replace(x, d));
            drop(old);
            return Ok(Some(a.clone()));
        }
        (Payload::ByteArray(l, _), BinOp::Add) => {
            let more = crate::bytes::as_bytes_vec(b).ok_or_else(|| type_error(format!("can't concat {} to bytearray", tname(b))))?;
            l.with(a.mutex(), |v| v.extend(more));
            return Ok(Some(a.clone()));
        }
        (Payload::ByteArray(l, _), BinOp::Mul) if matches!(b.payload, Payload::Int(_) | Payload::BigInt(_)) => {
            let n = crate::int::index_i64(b)?.max(0) as usize;
            l.with(a.mutex(), |v| {
                let one = std::mem::take(v);
                for _ in 0..n {
                    v.extend_from_slice(&one);
                }
            });
            return Ok(Some(a.clone()));
        }
        (Payload::Dict(..), BinOp::Or) => {
            crate::dict::update(vm, a, b)?;
            return Ok(Some(a.clone()));
        }
        _ => {}
    }
    Ok(None)
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    /// -x
    Neg,
    /// +x
    Pos,
    /// ~x
    Invert,
    /// not x
    Not,
}

/// `op a`.
pub fn unary_op(vm: &mut dyn Vm, a: &PyRef, op: UnaryOp) -> PyResult {
    if op == UnaryOp::Not {
        return Ok(bool_obj(!truthy(vm, a)?));
    }
    if !is_heap(a) {
        match (&a.payload, op) {
            (Payload::Int(i), UnaryOp::Neg) => return Ok(i.checked_neg().map(crate::int::new_int).unwrap_or_else(|| crate::int::from_bigint(-num_bigint::BigInt::from(*i)))),
            (Payload::BigInt(b), UnaryOp::Neg) => return Ok(crate::int::from_bigint(-(**b).clone())),
            (Payload::Int(i), UnaryOp::Pos) => return Ok(crate::int::new_int(*i)),
            (Payload::BigInt(_), UnaryOp::Pos) => return Ok(a.clone()),
            (Payload::Int(i), UnaryOp::Invert) => return Ok(crate::int::new_int(!*i)),
            (Payload::BigInt(b), UnaryOp::Invert) => return Ok(crate::int::from_bigint(-(**b).clone() - 1)),
            (Payload::Float(f), UnaryOp::Neg) => return Ok(crate::float::new_float(-*f)),
            (Payload::Float(f), UnaryOp::Pos) => return Ok(crate::float::new_float(*f)),
            (Payload::Complex(x, y), UnaryOp::Neg) => return Ok(PyRef::new(&types().complex, Payload::Complex(-x, -y))),
            _ => {}
        }
    }
    let (name, sym) = match op {
        UnaryOp::Neg => ("__neg__", "unary -"),
        UnaryOp::Pos => ("__pos__", "unary +"),
        UnaryOp::Invert => ("__invert__", "unary ~"),
        UnaryOp::Not => unreachable!(),
    };
    match special(a, name) {
        Some(f) => call_special(vm, &f, a, &[]),
        None if matches!(a.payload, Payload::Subclass(_)) => unary_op(vm, crate::subclass::native(a), op),
        None => Err(type_error(format!("bad operand type for {sym}: '{}'", tname(a)))),
    }
}

/// Storage that can reserve room for a repetition without aborting.
pub(crate) trait TryReserve {
    /// Reserve `n` more items, reporting failure instead of aborting.
    fn try_more(&mut self, n: usize) -> bool;
}

impl<T> TryReserve for Vec<T> {
    fn try_more(&mut self, n: usize) -> bool {
        self.try_reserve_exact(n).is_ok()
    }
}

impl TryReserve for String {
    fn try_more(&mut self, n: usize) -> bool {
        self.try_reserve_exact(n).is_ok()
    }
}

/// Physical memory of the machine (from /proc/meminfo; 16 GiB if unknown):
/// larger requests cannot succeed, and the allocator would only abort or
/// be killed trying.
fn physical_memory() -> usize {
    static MEM: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *MEM.get_or_init(|| {
        std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|t| t.lines().find(|l| l.starts_with("MemTotal:")).and_then(|l| l.split_whitespace().nth(1)).and_then(|k| k.parse::<usize>().ok()))
            .map(|kib| kib * 1024)
            .unwrap_or(16 << 30)
    })
}

/// Reserve `len * n` items for `seq * n`: MemoryError (as CPython) when the
/// result cannot be allocated, instead of aborting the process.
pub(crate) fn reserve_repeat<V: TryReserve>(v: &mut V, len: usize, n: usize) -> PyResult<()> {
    let item = std::mem::size_of::<V>().clamp(1, 8);
    match len.checked_mul(n) {
        Some(total) if total.saturating_mul(item) <= physical_memory() && v.try_more(total) => Ok(()),
        _ => Err(PyErr(crate::exceptions::new_exc(&crate::types::exc_type("MemoryError"), vec![]))),
    }
}
