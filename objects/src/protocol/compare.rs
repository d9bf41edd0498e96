//! Rich comparison: native comparisons of built-in values, reflected dunder
//! dispatch for user classes, the identity default.

#[allow(unused_imports)]
use super::*;
/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    /// <
    Lt,
    /// <=
    Le,
    /// ==
    Eq,
    /// !=
    Ne,
    /// >
    Gt,
    /// >=
    Ge,
}

impl CmpOp {
    /// All comparisons in operand order.
    pub const ALL: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];
    fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    fn swapped(self) -> CmpOp {
        [CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le][self as usize]
    }
    /// Whether an ordering satisfies this comparison.
    #[inline]
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

// ---------------------------------------------------------------- comparison

/// `a == b` as a bool.
#[inline]
pub fn eq(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if a.is(b) && !matches!(a.payload, Payload::Float(_)) {
        return Ok(true);
    }
    if let Some(r) = crate::dict::native_eq(a, b) {
        return Ok(r);
    }
    let r = richcompare(vm, a, b, CmpOp::Eq)?;
    truthy(vm, &r)
}

/// `a < b` as a bool.
pub fn lt(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) => return Ok(x < y),
        (Payload::Float(x), Payload::Float(y)) => return Ok(x < y),
        (Payload::Str(x), Payload::Str(y)) => return Ok(x.as_str() < y.as_str()),
        _ => {}
    }
    let r = richcompare(vm, a, b, CmpOp::Lt)?;
    truthy(vm, &r)
}

/// `a > b` as a bool.
pub fn gt(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) => return Ok(x > y),
        (Payload::Float(x), Payload::Float(y)) => return Ok(x > y),
        (Payload::Str(x), Payload::Str(y)) => return Ok(x.as_str() > y.as_str()),
        _ => {}
    }
    let r = richcompare(vm, a, b, CmpOp::Gt)?;
    truthy(vm, &r)
}

pub(crate) fn num_cmp(a: &PyRef, b: &PyRef) -> Option<std::cmp::Ordering> {
    use Payload::*;
    match (&a.payload, &b.payload) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Int(_) | BigInt(_), Int(_) | BigInt(_)) => Some(crate::int::int_cmp(a, b)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        // Ints below 2**53 convert to floats exactly.
        (Int(x), Float(y)) if x.unsigned_abs() < 1 << 53 => (*x as f64).partial_cmp(y),
        (Float(x), Int(y)) if y.unsigned_abs() < 1 << 53 => x.partial_cmp(&(*y as f64)),
        (Int(x), Float(y)) => int_float_cmp(&num_bigint::BigInt::from(*x), *y),
        (Float(x), Int(y)) => int_float_cmp(&num_bigint::BigInt::from(*y), *x).map(|o| o.reverse()),
        (BigInt(x), Float(y)) => int_float_cmp(x, *y),
        (Float(x), BigInt(y)) => int_float_cmp(y, *x).map(|o| o.reverse()),
        _ => Option::None,
    }
}

/// Exact `int <=> float` (CPython compares the values, not the int
/// rounded to a float: `2**53 + 1 > 2.0**53`). None for NaN.
fn int_float_cmp(x: &num_bigint::BigInt, y: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if y.is_nan() {
        return Option::None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let whole: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(y.trunc()).unwrap_or_default();
    match x.cmp(&whole) {
        Ordering::Equal => 0.0f64.partial_cmp(&y.fract()),
        o => Some(o),
    }
}

pub(crate) fn is_num(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_))
}

/// Lexicographic comparison of two sequences.
pub(crate) fn seq_cmp(vm: &mut dyn Vm, x: &[PyRef], y: &[PyRef], op: CmpOp) -> PyResult {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(bool_obj(op == CmpOp::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !eq(vm, p, q)? {
            if op == CmpOp::Eq {
                return Ok(bool_obj(false));
            }
            if op == CmpOp::Ne {
                return Ok(bool_obj(true));
            }
            return richcompare(vm, p, q, op);
        }
    }
    Ok(bool_obj(op.test(x.len().cmp(&y.len()))))
}

/// Built-in comparison; None when the types do not support `op` natively.
pub fn native_compare(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult<Option<PyRef>> {
    use Payload::*;
    let (a, b) = (crate::subclass::native(a), crate::subclass::native(b));
    if is_num(a) && is_num(b) {
        return Ok(Some(bool_obj(match num_cmp(a, b) {
            Some(o) => op.test(o),
            Option::None => op == CmpOp::Ne,
        })));
    }
    Ok(Some(match (&a.payload, &b.payload) {
        (Str(x), Str(y)) => bool_obj(op.test(x.as_str().cmp(y.as_str()))),
        (Bytes(x), Bytes(y)) => bool_obj(op.test(x.cmp(y))),
        (Bytes(_) | ByteArray(..), Bytes(_) | ByteArray(..)) => {
            // bytearray compares by content with bytes and bytearray.
            let (x, y) = (crate::bytes::as_bytes_vec(a).unwrap_or_default(), crate::bytes::as_bytes_vec(b).unwrap_or_default());
            bool_obj(op.test(x.cmp(&y)))
        }
        (Complex(..), _) | (_, Complex(..)) if matches!(op, CmpOp::Eq | CmpOp::Ne) && (is_num(a) || matches!(a.payload, Complex(..))) && (is_num(b) || matches!(b.payload, Complex(..))) => {
            let c = |o: &PyRef| match &o.payload {
                Complex(r, i) => (*r, *i),
                _ => (as_float_operand(o).and_then(|r| r.ok()).unwrap_or(f64::NAN), 0.0),
            };
            bool_obj((c(a) == c(b)) == (op == CmpOp::Eq))
        }
        // Bound methods: the same function bound to the same object.
        (Method(x), Method(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same = x[1].is(&y[1]) && (x[0].is(&y[0]) || eq(vm, &x[0], &y[0])?);
            bool_obj(same == (op == CmpOp::Eq))
        }
        (Tuple(x), Tuple(y)) => {
            vm.enter_recursion(" in comparison")?;
            let r = seq_cmp(vm, x, y, op);
            vm.leave_recursion();
            r?
        }
        (List(..), List(..)) => {
            let (x, y) = (crate::list::items(a), crate::list::items(b));
            vm.enter_recursion(" in comparison")?;
            let r = seq_cmp(vm, &x, &y, op);
            vm.leave_recursion();
            r?
        }
        (Dict(..), Dict(..)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let mut same = crate::dict::len(a) == crate::dict::len(b);
            if same {
                for (k, v) in crate::dict::items(a) {
                    match crate::dict::get_item(vm, b, &k)? {
                        Some(w) if eq(vm, &v, &w)? => {}
                        _ => {
                            same = false;
                            break;
                        }
                    }
                }
            }
            bool_obj(same == (op == CmpOp::Eq))
        }
        (Set(..) | FrozenSet(_), Set(..) | FrozenSet(_)) => {
            let (la, lb) = (crate::set::read(a, |d| d.len()), crate::set::read(b, |d| d.len()));
            let r = match op {
                CmpOp::Eq => la == lb && crate::set::issubset(vm, a, b)?,
                CmpOp::Ne => !(la == lb && crate::set::issubset(vm, a, b)?),
                CmpOp::Le => crate::set::issubset(vm, a, b)?,
                CmpOp::Lt => la < lb && crate::set::issubset(vm, a, b)?,
                CmpOp::Ge => crate::set::issubset(vm, b, a)?,
                CmpOp::Gt => la > lb && crate::set::issubset(vm, b, a)?,
            };
            bool_obj(r)
        }
        (Slice(x), Slice(y)) => {
            // Slices compare as the tuples (start, stop, step).
            let (ta, tb) = (crate::tuple::new_tuple(x.to_vec()), crate::tuple::new_tuple(y.to_vec()));
            return richcompare(vm, &ta, &tb, op).map(Some);
        }
        (Range(_), Range(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let ra = crate::attrs::range_items_key(a);
            let rb = crate::attrs::range_items_key(b);
            bool_obj((ra == rb) == (op == CmpOp::Eq))
        }
        // Keys and items views are set-like: they compare with sets and
        // with each other by size and containment (items need not hash).
        (DictView(_, DictIterKind::Keys | DictIterKind::Items), DictView(_, DictIterKind::Keys | DictIterKind::Items) | Set(..) | FrozenSet(_))
        | (Set(..) | FrozenSet(_), DictView(_, DictIterKind::Keys | DictIterKind::Items)) => {
            let (la, lb) = (len(vm, a)?, len(vm, b)?);
            let contained = |vm: &mut dyn Vm, x: &PyRef, y: &PyRef| -> PyResult<bool> {
                for item in collect(vm, x)? {
                    if !contains(vm, y, &item)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let r = match op {
                CmpOp::Eq => la == lb && contained(vm, a, b)?,
                CmpOp::Ne => !(la == lb && contained(vm, a, b)?),
                CmpOp::Le => la <= lb && contained(vm, a, b)?,
                CmpOp::Lt => la < lb && contained(vm, a, b)?,
                CmpOp::Ge => la >= lb && contained(vm, b, a)?,
                CmpOp::Gt => la > lb && contained(vm, b, a)?,
            };
            bool_obj(r)
        }
        _ => return Ok(Option::None),
    }))
}

/// `a op b` (rich comparison with reflection and the identity default).
pub fn richcompare(vm: &mut dyn Vm, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult {
    let (ha, hb) = (dispatches(a), dispatches(b));
    if !ha && !hb {
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(r);
        }
    }
    // Reflected first when b's type is a proper subclass of a's.
    let reflected_first = hb && !a.class().is(b.class()) && is_subtype(b.class(), a.class());
    let try_one = |vm: &mut dyn Vm, x: &PyRef, y: &PyRef, op: CmpOp| -> PyResult<Option<PyRef>> {
        if let Some(f) = special(x, op.dunder()) {
            let r = call_special(vm, &f, x, std::slice::from_ref(y))?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    };
    if reflected_first {
        if let Some(r) = try_one(vm, b, a, op.swapped())? {
            return Ok(r);
        }
    }
    if let Some(r) = try_one(vm, a, b, op)? {
        return Ok(r);
    }
    if !reflected_first {
        if let Some(r) = try_one(vm, b, a, op.swapped())? {
            return Ok(r);
        }
    }
    if ha || hb {
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Eq => Ok(bool_obj(a.is(b))),
        CmpOp::Ne => {
            if special(a, "__eq__").is_some() {
                let r = richcompare(vm, a, b, CmpOp::Eq)?;
                return Ok(bool_obj(!truthy(vm, &r)?));
            }
            Ok(bool_obj(!a.is(b)))
        }
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            tname(a),
            tname(b)
        ))),
    }
}
