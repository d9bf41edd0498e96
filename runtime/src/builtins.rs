//! The `builtins` module: built-in functions and the names of built-in
//! types and exceptions.

use crate::util::{add_fn, arg_or_kw};
use weft_eval::state::ts;
use weft_objects::payload::{IterKind, Payload};
use weft_objects::protocol::{self as p, BinOp};
use weft_objects::vm::*;
use weft_objects::{dict, float, int, list, str as pystr, tuple, types, PyRef};

fn b_print(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("print", kw, &["sep", "end", "file", "flush"])?;
    let get = |n: &str| kwarg(kw, n).filter(|v| !is_none(v)).cloned();
    let sep = match get("sep") {
        Some(s) => pystr::as_str(&s).ok_or_else(|| type_error(format!("sep must be None or a string, not {}", types::type_name(s.class()))))?.to_string(),
        None => " ".into(),
    };
    let end = match get("end") {
        Some(s) => pystr::as_str(&s).ok_or_else(|| type_error(format!("end must be None or a string, not {}", types::type_name(s.class()))))?.to_string(),
        None => "\n".into(),
    };
    let file = match get("file") {
        Some(f) => f,
        None => crate::modules::sys::stdout(vm)?,
    };
    if crate::modules::io::is_std_stream(&file) {
        // The standard streams take the whole line at once.
        let mut out = String::new();
        for (i, x) in a.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&p::str_string(vm, x)?);
        }
        out.push_str(&end);
        crate::modules::io::write_to(vm, &file, out)?;
    } else {
        // Any other file gets CPython's sequence of write() calls.
        let write = p::getattr_str(vm, &file, "write")?;
        for (i, x) in a.iter().enumerate() {
            if i > 0 {
                vm.call(&write, &[pystr::new_str(&sep)], &[])?;
            }
            let s = p::str_(vm, x)?;
            vm.call(&write, &[s], &[])?;
        }
        vm.call(&write, &[pystr::new_str(&end)], &[])?;
    }
    if get("flush").is_some_and(|f| p::truthy_native(&f).unwrap_or(false)) {
        p::call_method(vm, &file, "flush", &[])?;
    }
    Ok(none())
}

fn b_len(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    no_kwargs("len", kw)?;
    check_args("len", a, 1, 1)?;
    Ok(int::new_int(p::len(vm, &a[0])? as i64))
}

fn b_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("repr", a, 1, 1)?;
    p::repr(vm, &a[0])
}

fn b_ascii(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("ascii", a, 1, 1)?;
    // An all-ASCII repr is returned as it is (a str subclass stays one).
    let r = p::repr(vm, &a[0])?;
    let text = pystr::as_str(&r).unwrap_or_default();
    if text.is_ascii() {
        return Ok(r);
    }
    Ok(pystr::new_string(weft_objects::format::ascii_escape(text)))
}

fn b_isinstance(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() != 2 {
        return Err(type_error(format!("isinstance expected 2 arguments, got {}", a.len())));
    }
    Ok(bool_obj(p::isinstance_full(vm, &a[0], &a[1])?))
}

fn b_issubclass(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() != 2 {
        return Err(type_error(format!("issubclass expected 2 arguments, got {}", a.len())));
    }
    Ok(bool_obj(p::issubclass_full(vm, &a[0], &a[1])?))
}

fn b_abs(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("abs", a, 1, 1)?;
    let x = &a[0];
    match &x.payload {
        Payload::Int(i) if !types::type_data(x.class()).is_heap => Ok(i.checked_abs().map(int::new_int).unwrap_or_else(|| int::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()))),
        Payload::BigInt(b) => Ok(int::from_bigint(num_traits::Signed::abs(&**b))),
        Payload::Float(f) => Ok(float::new_float(f.abs())),
        Payload::Complex(r, i) => {
            let m = r.hypot(*i);
            if m.is_infinite() && r.is_finite() && i.is_finite() {
                return Err(weft_objects::vm::overflow_error("absolute value too large"));
            }
            Ok(float::new_float(m))
        }
        _ => match types::lookup(x.class(), "__abs__") {
            Some(f) => vm.call(&f, std::slice::from_ref(x), &[]),
            None => Err(type_error(format!("bad operand type for abs(): '{}'", types::type_name(x.class())))),
        },
    }
}

fn minmax(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    check_kwargs(name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !is_none(k)).cloned();
    let default = kwarg(kw, "default").cloned();
    let items: Vec<PyRef> = if a.len() == 1 {
        p::collect(vm, &a[0])?
    } else if a.is_empty() {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        a.to_vec()
    };
    let mut best: Option<(PyRef, PyRef)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&x), &[])?,
            None => x.clone(),
        };
        best = Some(match best {
            None => (x, k),
            Some((bx, bk)) => {
                // CPython asks `item > best` for max and `item < best` for min.
                let better = if is_max { p::gt(vm, &k, &bk)? } else { p::lt(vm, &k, &bk)? };
                if better {
                    (x, k)
                } else {
                    (bx, bk)
                }
            }
        });
    }
    match best {
        Some((x, _)) => Ok(x),
        None => default.ok_or_else(|| value_error(format!("{name}() iterable argument is empty"))),
    }
}
fn b_min(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    minmax(vm, a, kw, false)
}
fn b_max(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    minmax(vm, a, kw, true)
}

fn b_sum(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if a.is_empty() {
        return Err(type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    weft_objects::vm::check_args_kw("sum", a, 1, 2)?;
    let mut acc = arg_or_kw(a, kw, 1, "start").unwrap_or_else(|| int::new_int(0));
    let it = p::iter(vm, &a[0])?;
    match &weft_objects::subclass::native(&acc).payload {
        Payload::Str(_) => return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Payload::Bytes(_) => return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        Payload::ByteArray(..) => return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]")),
        _ => {}
    }
    // Floats are summed with Neumaier's compensation, as CPython 3.12+.
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(x) = p::next(vm, &it)? {
        if let Some((s, c)) = fsum.as_mut() {
            match &x.payload {
                Payload::Float(f) => {
                    let t = *s + f;
                    if s.abs() >= f.abs() {
                        *c += (*s - t) + f;
                    } else {
                        *c += (f - t) + *s;
                    }
                    *s = t;
                    continue;
                }
                Payload::Int(i) if !types::type_data(x.class()).is_heap => {
                    *s += *i as f64;
                    continue;
                }
                _ => {
                    let (s, c) = fsum.take().unwrap();
                    acc = float::new_float(if c != 0.0 && c.is_finite() { s + c } else { s });
                }
            }
        } else if let (Payload::Float(f), Payload::Float(_) | Payload::Int(_)) = (&x.payload, &acc.payload) {
            if matches!(acc.payload, Payload::Float(_)) || !types::type_data(acc.class()).is_heap {
                let start = match &acc.payload {
                    Payload::Float(v) => *v,
                    Payload::Int(i) => *i as f64,
                    _ => 0.0,
                };
                fsum = Some((start + f, {
                    let t = start + f;
                    if start.abs() >= f.abs() { (start - t) + f } else { (f - t) + start }
                }));
                continue;
            }
        }
        acc = p::binary_op(vm, &acc, &x, BinOp::Add)?;
    }
    if let Some((s, c)) = fsum {
        acc = float::new_float(if c != 0.0 && c.is_finite() { s + c } else { s });
    }
    Ok(acc)
}

fn b_sorted(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if a.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", a.len())));
    }
    let items = p::collect(vm, &a[0])?;
    let l = list::new_list(items);
    let sort = types::lookup(&types::types().list, "sort").unwrap();
    let mut args = vec![l.clone()];
    args.truncate(1);
    vm.call(&sort, &args, kw)?;
    Ok(l)
}

fn b_iter(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("iter", a, 1, 2)?;
    if a.len() == 2 {
        if !p::callable(&a[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(p::make_iter(&types::types().callable_iterator, IterKind::Callable(a[0].clone(), a[1].clone()), 0));
    }
    p::iter(vm, &a[0])
}

fn b_next(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("next", a, 1, 2)?;
    let it = &a[0];
    let is_iter = matches!(it.payload, Payload::Iter(_) | Payload::Generator(_)) || types::lookup(it.class(), "__next__").is_some();
    if !is_iter {
        return Err(type_error(format!("'{}' object is not an iterator", types::type_name(it.class()))));
    }
    if let Payload::Generator(_) = &it.payload {
        return match vm.resume_generator(it, none(), None)? {
            Ok(v) => Ok(v),
            Err(r) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(stop_iteration(if is_none(&r) { None } else { Some(r) })),
            },
        };
    }
    if !matches!(it.payload, Payload::Iter(_)) {
        let f = types::lookup(it.class(), "__next__").unwrap();
        return match vm.call(&f, std::slice::from_ref(it), &[]) {
            Err(e) if a.len() == 2 && err_matches(&e, &types::t().stop_iteration) => Ok(a[1].clone()),
            r => r,
        };
    }
    match p::next(vm, it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(stop_iteration(None)),
        },
    }
}

fn b_hash(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("hash", a, 1, 1)?;
    Ok(int::new_int(p::hash(vm, &a[0])?))
}
fn b_id(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("id", a, 1, 1)?;
    Ok(int::new_int(a[0].addr() as i64))
}
fn b_callable(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("callable", a, 1, 1)?;
    Ok(bool_obj(p::callable(&a[0])))
}

fn attr_name(o: &PyRef) -> PyResult<&str> {
    pystr::as_str(o).ok_or_else(|| type_error(format!("attribute name must be string, not '{}'", types::type_name(o.class()))))
}

fn b_getattr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getattr", a, 2, 3)?;
    let n = attr_name(&a[1])?;
    match p::getattr_str(vm, &a[0], n) {
        Err(e) if a.len() == 3 && err_matches(&e, &types::t().attribute_error) => Ok(a[2].clone()),
        r => r,
    }
}
fn b_setattr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("setattr", a, 3, 3)?;
    attr_name(&a[1])?;
    p::setattr(vm, &a[0], &a[1], Some(a[2].clone()))?;
    Ok(none())
}
fn b_delattr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("delattr", a, 2, 2)?;
    attr_name(&a[1])?;
    p::setattr(vm, &a[0], &a[1], None)?;
    Ok(none())
}
fn b_hasattr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("hasattr", a, 2, 2)?;
    let n = attr_name(&a[1])?;
    Ok(bool_obj(p::getattr_opt(vm, &a[0], n)?.is_some()))
}

fn b_chr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("chr", a, 1, 1)?;
    let i = p::index(vm, &a[0])?;
    // The code point is read as a C int.
    let i = int::index_i64(&i).ok().filter(|v| i32::try_from(*v).is_ok()).ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(pystr::new_char(c)),
        None if (0..0x110000).contains(&i) => Ok(pystr::new_char('\u{fffd}')),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}
fn b_ord(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("ord", a, 1, 1)?;
    match &a[0].payload {
        Payload::Str(s) => {
            if s.char_len() != 1 {
                return Err(type_error(format!("ord() expected a character, but string of length {} found", s.char_len())));
            }
            Ok(int::new_int(s.char_at(0) as i64))
        }
        Payload::Bytes(b) if b.len() == 1 => Ok(int::new_int(b[0] as i64)),
        Payload::Bytes(b) => Err(type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        _ => Err(type_error(format!("ord() expected string of length 1, but {} found", types::type_name(a[0].class())))),
    }
}

fn radix(vm: &mut dyn Vm, a: &[PyRef], name: &str, spec: &str) -> PyResult {
    check_args(name, a, 1, 1)?;
    let v = p::index(vm, &a[0])?;
    let sp = weft_objects::format::parse_spec(spec)?;
    Ok(pystr::new_string(weft_objects::format::format_int(&int::to_bigint(&v).unwrap(), &sp)?))
}
fn b_bin(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    radix(vm, a, "bin", "#b")
}
fn b_oct(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    radix(vm, a, "oct", "#o")
}
fn b_hex(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    radix(vm, a, "hex", "#x")
}

fn b_round(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("round", kw, &["number", "ndigits"])?;
    let number = arg_or_kw(a, kw, 0, "number").ok_or_else(|| type_error("round() missing required argument 'number' (pos 1)"))?;
    weft_objects::vm::check_args_kw("round", a, 0, 2)?;
    let nd = arg_or_kw(a, kw, 1, "ndigits").filter(|n| !is_none(n));
    let x = &number;
    match &x.payload {
        Payload::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(overflow_error("cannot convert float infinity to integer"));
                }
                let r = round_half_even(*f);
                vm.call(&types::types().int.clone(), &[float::new_float(r)], &[])
            }
            Some(n) => {
                let n = int::index_i64(&n)?;
                Ok(float::new_float(round_digits(*f, n)?))
            }
        },
        Payload::Int(_) | Payload::BigInt(_) => match nd {
            None => Ok(int::from_bigint(int::to_bigint(x).unwrap())),
            Some(n) => {
                let n = int::index_i64(&n)?;
                if n >= 0 {
                    return Ok(int::from_bigint(int::to_bigint(x).unwrap()));
                }
                let v = int::to_bigint(x).unwrap();
                let m = num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), (-n) as u32);
                let (q, r) = num_integer::Integer::div_mod_floor(&v, &m);
                let twice = &r * 2;
                let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
                Ok(int::from_bigint(q * m))
            }
        },
        _ => match types::lookup(x.class(), "__round__") {
            Some(f) => {
                let mut args = vec![x.clone()];
                args.extend(nd);
                vm.call(&f, &args, &[])
            }
            None => Err(type_error(format!("type {} doesn't define __round__ method", types::type_name(x.class())))),
        },
    }
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

fn round_digits(f: f64, n: i64) -> PyResult<f64> {
    if !f.is_finite() || n > 323 {
        return Ok(f);
    }
    if n < -308 {
        return Ok(0.0f64.copysign(f));
    }
    // Correctly rounded through the decimal string, as CPython does.
    if n >= 0 {
        // Rust rounds half to even on the exact binary value, like CPython.
        let s = format!("{:.*}", n as usize, f);
        Ok(s.parse().unwrap_or(f))
    } else {
        // f = mant * 2**exp exactly; q = f / 10**k rounded half to even in
        // integers, and q * 10**k read back correctly rounded.
        use num_integer::Integer;
        let k = (-n) as u32;
        let bits = f.abs().to_bits();
        let (biased, frac) = ((bits >> 52) as i64, bits & ((1u64 << 52) - 1));
        let (mant, exp) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
        let mut num = num_bigint::BigInt::from(mant);
        let mut den = num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), k);
        if exp >= 0 {
            num <<= exp as usize;
        } else {
            den <<= (-exp) as usize;
        }
        let (mut q, r) = num.div_rem(&den);
        let twice = r * 2;
        if twice > den || (twice == den && q.is_odd()) {
            q += 1;
        }
        let sign = if f.is_sign_negative() { "-" } else { "" };
        let v: f64 = format!("{sign}{q}e{k}").parse().unwrap_or(f);
        if v.is_infinite() {
            return Err(overflow_error("rounded value too large to represent"));
        }
        Ok(v)
    }
}

fn b_pow(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("pow", kw, &["base", "exp", "mod"])?;
    check_args("pow", a, 0, 3)?;
    let base = arg_or_kw(a, kw, 0, "base").ok_or_else(|| type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = arg_or_kw(a, kw, 1, "exp").ok_or_else(|| type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = arg_or_kw(a, kw, 2, "mod").filter(|m| !is_none(m));
    let a: &[PyRef] = &[base, exp];
    match m {
        None => p::binary_op(vm, &a[0], &a[1], BinOp::Pow),
        Some(m) => {
            let (b, e, m) = match (int::to_bigint(&a[0]), int::to_bigint(&a[1]), int::to_bigint(&m)) {
                (Some(b), Some(e), Some(m)) => (b, e, m),
                _ => return ternary_pow(vm, &a[0], &a[1], &m),
            };
            if num_traits::Zero::is_zero(&m) {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if num_traits::Signed::is_negative(&e) {
                let inv = mod_inverse(&b, &m).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                inv.modpow(&-e, &m)
            } else {
                b.modpow(&e, &m)
            };
            let r = if !num_traits::Zero::is_zero(&r) && (num_traits::Signed::is_negative(&r) != num_traits::Signed::is_negative(&m)) { r + &m } else { r };
            Ok(int::from_bigint(r))
        }
    }
}

/// Three-argument `pow` of non-integers: the base type's `__pow__` with
/// the modulus (`Decimal`, user classes), as CPython's ternary slot.
fn ternary_pow(vm: &mut dyn Vm, base: &PyRef, exp: &PyRef, m: &PyRef) -> PyResult {
    if !types::type_data(base.class()).builtin {
        if let Some(f) = types::lookup(base.class(), "__pow__") {
            let r = vm.call(&f, &[base.clone(), exp.clone(), m.clone()], &[])?;
            if !r.is(&not_impl()) {
                return Ok(r);
            }
        }
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            types::type_name(base.class()),
            types::type_name(exp.class()),
            types::type_name(m.class())
        )));
    }
    if [base, exp, m].iter().any(|x| matches!(x.payload, Payload::Complex(..))) {
        return Err(value_error("complex modulo"));
    }
    // float's power refuses any modulus; without a float among the three
    // no type handles the call (int's power wants three ints).
    let is_float = |x: &PyRef| matches!(weft_objects::subclass::native(x).payload, Payload::Float(_));
    if ![base, exp, m].iter().any(|x| is_float(x)) {
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            types::type_name(base.class()),
            types::type_name(exp.class()),
            types::type_name(m.class())
        )));
    }
    Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"))
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let g = a.extended_gcd(m);
    if g.gcd != num_bigint::BigInt::from(1) && g.gcd != num_bigint::BigInt::from(-1) {
        return None;
    }
    Some(g.x.mod_floor(m))
}

fn b_divmod(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("divmod", a, 2, 2)?;
    if let (Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_), Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_)) = (&a[0].payload, &a[1].payload) {
        let any_float = matches!(a[0].payload, Payload::Float(_)) || matches!(a[1].payload, Payload::Float(_));
        if any_float && p::truthy_native(&a[1]) == Some(false) {
            return Err(zero_division("float divmod()"));
        }
        let q = p::binary_op(vm, &a[0], &a[1], BinOp::FloorDiv)?;
        let r = p::binary_op(vm, &a[0], &a[1], BinOp::Mod)?;
        return Ok(tuple::new_tuple(vec![q, r]));
    }
    for (obj, other, name) in [(&a[0], &a[1], "__divmod__"), (&a[1], &a[0], "__rdivmod__")] {
        if let Some(f) = types::lookup(obj.class(), name) {
            let r = vm.call(&f, &[obj.clone(), other.clone()], &[])?;
            if !matches!(r.payload, Payload::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        types::type_name(a[0].class()),
        types::type_name(a[1].class())
    )))
}

fn b_all(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("all", a, 1, 1)?;
    let it = p::iter(vm, &a[0])?;
    while let Some(x) = p::next(vm, &it)? {
        if !p::truthy(vm, &x)? {
            return Ok(bool_obj(false));
        }
    }
    Ok(bool_obj(true))
}
fn b_any(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("any", a, 1, 1)?;
    let it = p::iter(vm, &a[0])?;
    while let Some(x) = p::next(vm, &it)? {
        if p::truthy(vm, &x)? {
            return Ok(bool_obj(true));
        }
    }
    Ok(bool_obj(false))
}

fn b_format(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("format", a, 1, 2)?;
    let spec = match a.get(1) {
        Some(s) => pystr::as_str(s).ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", weft_objects::vm::arg_type_name(s))))?,
        None => "",
    };
    Ok(pystr::new_string(weft_objects::format::format_value(vm, &a[0], spec)?))
}

fn b_vars(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("vars", a, 1, 1)?;
    p::getattr_str(vm, &a[0], "__dict__").map_err(|_| type_error("vars() argument must have __dict__ attribute"))
}

fn b_dir(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("dir", a, 1, 1)?;
    if let Payload::Module(m) = &a[0].payload {
        let keys = dict::keys(&m.dict);
        let l = list::new_list(keys);
        p::call_method(vm, &l, "sort", &[])?;
        return Ok(l);
    }
    // A special method: looked up on the type, so dir(cls) uses the
    // metaclass's __dir__, not the class's own.
    let f = weft_objects::types::lookup(a[0].class(), "__dir__").ok_or_else(|| type_error("object does not provide __dir__"))?;
    let r = vm.call(&f, std::slice::from_ref(&a[0]), &[])?;
    let items = p::collect(vm, &r)?;
    let l = list::new_list(items);
    p::call_method(vm, &l, "sort", &[])?;
    Ok(l)
}

fn b_input(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("input", a, 0, 1)?;
    let sys = ts(vm).interp.extra("sys").expect("sys initialized");
    let sysd = p::instance_dict(&sys).unwrap().clone();
    let stream = |n: &str| dict::get_str(&sysd, n).filter(|s| !is_none(s)).ok_or_else(|| runtime_error(format!("input(): lost sys.{n}")));
    let stdin = stream("stdin")?;
    let out = stream("stdout")?;
    if let Some(e) = dict::get_str(&sysd, "stderr").filter(|s| !is_none(s)) {
        p::call_method(vm, &e, "flush", &[])?;
    }
    if let Some(prompt) = a.first() {
        let s = p::str_string(vm, prompt)?;
        crate::modules::io::write_to(vm, &out, s)?;
    }
    p::call_method(vm, &out, "flush", &[])?;
    let line = p::call_method(vm, &stdin, "readline", &[])?;
    let Some(text) = pystr::as_str(&line) else {
        return Err(type_error("object.readline() returned non-string"));
    };
    if text.is_empty() {
        return Err(err(&types::exc_type("EOFError"), "EOF when reading a line"));
    }
    Ok(pystr::new_str(text.strip_suffix('\n').unwrap_or(text)))
}

fn b_exec_eval(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs, is_eval: bool) -> PyResult {
    let name = if is_eval { "eval" } else { "exec" };
    // The compiler appends the caller's globals and locals as arguments 4
    // and 5 where it cannot tell that explicit namespaces are given.
    let caller = if a.len() == 5 && kw.is_empty() { Some((a[3].clone(), a[4].clone())) } else { None };
    let a = if caller.is_some() { &a[..3] } else { a };
    check_args(name, a, 1, 3)?;
    let globals = arg_or_kw(a, kw, 1, "globals").filter(|g| !is_none(g));
    let locals = arg_or_kw(a, kw, 2, "locals").filter(|g| !is_none(g));
    let (globals, locals) = match (globals, caller) {
        (Some(g), _) => {
            if !matches!(g.payload, Payload::Dict(..)) {
                return Err(type_error(format!("{name}() globals must be a dict, not {}", types::type_name(g.class()))));
            }
            (g.clone(), locals.or(Some(g)))
        }
        (None, Some((cg, cl))) => (cg, Some(locals.unwrap_or(cl))),
        (None, None) => return Err(runtime_error(format!("{name}() needs the caller's globals"))),
    };
    let code = match &a[0].payload {
        Payload::Code(c) => c.clone(),
        // eval() skips the source's leading spaces and tabs, as CPython's.
        Payload::Str(s) if is_eval => crate::compile_or_raise(vm, s.as_str().trim_start_matches([' ', '\t']), "<string>", weft_eval::Mode::Eval)?.into(),
        Payload::Str(s) => crate::compile_or_raise(vm, s.as_str(), "<string>", weft_eval::Mode::Exec)?.into(),
        Payload::Bytes(b) if is_eval => crate::compile_or_raise(vm, String::from_utf8_lossy(b).trim_start_matches([' ', '\t']), "<string>", weft_eval::Mode::Eval)?.into(),
        Payload::Bytes(b) => crate::compile_or_raise(vm, &String::from_utf8_lossy(b), "<string>", weft_eval::Mode::Exec)?.into(),
        _ => return Err(type_error(format!("{name}() arg 1 must be a string, bytes or code object"))),
    };
    let t = ts(vm);
    let r = weft_eval::vm_impl::run_code(t, code, globals, locals)?;
    Ok(if is_eval { r } else { none() })
}
fn b_exec(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    b_exec_eval(vm, a, kw, false)
}
fn b_eval(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    b_exec_eval(vm, a, kw, true)
}
fn b_compile(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let src = arg_or_kw(a, kw, 0, "source").ok_or_else(|| type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = arg_or_kw(a, kw, 1, "filename").and_then(|f| pystr::as_str(&f).map(String::from)).unwrap_or_else(|| "<string>".into());
    let mode = arg_or_kw(a, kw, 2, "mode").and_then(|f| pystr::as_str(&f).map(String::from)).unwrap_or_else(|| "exec".into());
    let mode = match mode.as_str() {
        "exec" => weft_eval::Mode::Exec,
        "single" => weft_eval::Mode::Single,
        "eval" => weft_eval::Mode::Eval,
        "func_type" => return Err(value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST")),
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = match &src.payload {
        Payload::Str(s) => s.as_str().to_string(),
        Payload::Bytes(b) => crate::source::decode(b, &filename, false)?,
        _ => return Err(type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let code = crate::compile_or_raise(vm, &text, &filename, mode)?;
    Ok(PyRef::new(&types::types().code, Payload::Code(code.into())))
}

fn b_import(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::import::import_builtin(vm, a, kw)
}

fn b_build_class(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    weft_eval::vm_impl::build_class(vm, a, kw)
}

fn b_open(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::modules::io::open(vm, a, kw)
}

fn b_exit(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Err(PyErr(weft_objects::exceptions::new_exc(&types::t().system_exit, a.to_vec())))
}

/// Fill the builtins dict.
/// `copyreg._object_reduce_ex(obj, protocol)`: the default reduction
/// behind `object.__reduce_ex__`.
fn copyreg_reduce(vm: &mut dyn Vm, obj: &PyRef, proto: i64) -> PyResult {
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let f = p::getattr_str(vm, &copyreg, "_object_reduce_ex")?;
    vm.call(&f, &[obj.clone(), int::new_int(proto)], &[])
}

pub fn install(b: &PyRef) {
    let _ = weft_objects::construct::REDUCE_HOOK.set(copyreg_reduce);
    crate::iter_reduce::install();
    let t = types::types();
    dict::set_str(b, "memoryview", weft_objects::memoryview::make_type());
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ] {
        dict::set_str(b, name, ty.clone());
    }
    for (name, ty) in &t.exceptions {
        dict::set_str(b, name, ty.clone());
    }
    dict::set_str(b, "EnvironmentError", types::t().os_error.clone());
    dict::set_str(b, "IOError", types::t().os_error.clone());
    let s = types::s();
    dict::set_str(b, "None", s.none.clone());
    dict::set_str(b, "True", s.true_.clone());
    dict::set_str(b, "False", s.false_.clone());
    dict::set_str(b, "NotImplemented", s.not_implemented.clone());
    dict::set_str(b, "Ellipsis", s.ellipsis.clone());
    dict::set_str(b, "__debug__", s.true_.clone());
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("sorted", b_sorted),
        ("iter", b_iter),
        ("next", b_next),
        ("hash", b_hash),
        ("id", b_id),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("hasattr", b_hasattr),
        ("chr", b_chr),
        ("ord", b_ord),
        ("bin", b_bin),
        ("oct", b_oct),
        ("hex", b_hex),
        ("round", b_round),
        ("pow", b_pow),
        ("divmod", b_divmod),
        ("all", b_all),
        ("any", b_any),
        ("format", b_format),
        ("vars", b_vars),
        ("dir", b_dir),
        ("input", b_input),
        ("exec", b_exec),
        ("eval", b_eval),
        ("compile", b_compile),
        ("__import__", b_import),
        ("__build_class__", b_build_class),
        ("open", b_open),
        ("exit", b_exit),
        ("quit", b_exit),
    ];
    for (name, f) in fns {
        add_fn(b, name, "builtins", *f);
    }
    install_numeric_dunders();
}

/// Numeric special methods that share their logic with the builtins
/// (`int.__abs__`, `float.__round__`, `int.__divmod__`, ...). Called on a
/// subclass instance they see its plain value (the call path unwraps
/// `self`), so `abs(MyInt(-2))` and `round(MyFloat(2.5))` work.
fn install_numeric_dunders() {
    fn d_abs(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
        check_args("__abs__", &a[1..], 0, 0)?;
        b_abs(vm, &a[..1], &[])
    }
    fn d_round(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
        check_args("__round__", &a[1..], 0, 1)?;
        let r = b_round(vm, a, kw)?;
        match &r.payload {
            Payload::Int(i) if r.class().is(&types::types().bool_) => Ok(int::new_int(*i)),
            _ => Ok(r),
        }
    }
    fn is_number(o: &PyRef) -> bool {
        matches!(weft_objects::subclass::native(o).payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_))
    }
    /// `divmod(x, y)` for `self.__divmod__`/`__rdivmod__`: NotImplemented
    /// unless both are ints or floats, and from an int `self` unless both
    /// are ints (int defers to float as CPython's does).
    fn divmod_of(vm: &mut dyn Vm, slf: &PyRef, x: &PyRef, y: &PyRef) -> PyResult {
        let (x, y) = (weft_objects::subclass::native(x), weft_objects::subclass::native(y));
        if !is_number(x) || !is_number(y) || (int::is_int(weft_objects::subclass::native(slf)) && !(int::is_int(x) && int::is_int(y))) {
            return Ok(not_impl());
        }
        b_divmod(vm, &[x.clone(), y.clone()], &[])
    }
    fn d_divmod(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
        check_args("__divmod__", &a[1..], 1, 1)?;
        divmod_of(vm, &a[0], &a[0], &a[1])
    }
    fn d_rdivmod(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
        check_args("__rdivmod__", &a[1..], 1, 1)?;
        divmod_of(vm, &a[0], &a[1], &a[0])
    }
    fn to_int(vm: &mut dyn Vm, o: &PyRef, f: fn(f64) -> f64) -> PyResult {
        match &o.payload {
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
            // bool's are plain ints.
            Payload::Int(i) if o.class().is(&types::types().bool_) => Ok(int::new_int(*i)),
            _ => Ok(o.clone()),
        }
    }
    fn d_trunc(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
        check_args("__trunc__", &a[1..], 0, 0)?;
        to_int(vm, &a[0], f64::trunc)
    }
    fn d_floor(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
        check_args("__floor__", &a[1..], 0, 0)?;
        to_int(vm, &a[0], f64::floor)
    }
    fn d_ceil(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
        check_args("__ceil__", &a[1..], 0, 0)?;
        to_int(vm, &a[0], f64::ceil)
    }
    let t = types::types();
    for ty in [&t.int, &t.float] {
        for (name, f) in [
            ("__abs__", d_abs as NativeFn),
            ("__round__", d_round),
            ("__divmod__", d_divmod),
            ("__rdivmod__", d_rdivmod),
            ("__trunc__", d_trunc),
            ("__floor__", d_floor),
            ("__ceil__", d_ceil),
        ] {
            types::add_method(ty, name, f);
        }
    }
    types::add_method(&t.complex, "__abs__", d_abs);
}
