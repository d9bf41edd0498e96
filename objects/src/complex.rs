//! `complex`: construction from numbers, strings and `__complex__`, and
//! its methods (`conjugate`, `__complex__`).

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::{type_name, types};
use crate::vm::*;

/// A new complex number.
pub fn new_complex(re: f64, im: f64) -> PyRef {
    PyRef::new(&types().complex, Payload::Complex(re, im))
}

/// Parse CPython's complex literal syntax: `1+2j`, `(3-4J)`, `5j`, `-j`,
/// `1e3`, with surrounding whitespace.
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let mut s = text.trim();
    if s.starts_with('(') && s.ends_with(')') {
        s = s[1..s.len() - 1].trim();
    }
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let num = |t: &str| -> Option<f64> {
        if t.is_empty() || t.contains('_') && (t.starts_with('_') || t.ends_with('_') || t.contains("__")) {
            return None;
        }
        crate::float::parse_float(t)
    };
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Find the sign that starts the imaginary part (not an exponent's).
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (num(&body[..i])?, &body[i..]),
            None => (0.0, body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            t => num(t)?,
        };
        return Some((re, im));
    }
    Some((num(s)?, 0.0))
}

fn as_complex(vm: &mut dyn Vm, o: &PyRef) -> PyResult<Option<(f64, f64)>> {
    let n = crate::subclass::native(o);
    match &n.payload {
        Payload::Complex(r, i) => return Ok(Some((*r, *i))),
        Payload::Int(_) | Payload::BigInt(_) => return Ok(Some((crate::int::int_to_f64(n)?, 0.0))),
        Payload::Float(f) => return Ok(Some((*f, 0.0))),
        _ => {}
    }
    for m in ["__complex__", "__float__", "__index__"] {
        if let Some(f) = crate::types::lookup(o.class(), m).filter(|_| !crate::types::type_data(o.class()).builtin) {
            let r = crate::protocol::call_special(vm, &f, o, &[])?;
            return match &crate::subclass::native(&r).payload {
                Payload::Complex(a, b) => Ok(Some((*a, *b))),
                Payload::Float(x) if m != "__complex__" => Ok(Some((*x, 0.0))),
                Payload::Int(_) | Payload::BigInt(_) if m == "__index__" => Ok(Some((crate::int::int_to_f64(&r)?, 0.0))),
                _ => Err(type_error(format!("{m} returned non-{} (type {})", if m == "__complex__" { "complex" } else { "float" }, type_name(r.class())))),
            };
        }
    }
    Ok(None)
}

/// `complex(real=0, imag=0)`.
pub fn complex_new(vm: &mut dyn Vm, args: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("complex", kw, &["real", "imag"])?;
    if args.len() > 2 {
        return Err(type_error(format!("complex() takes at most 2 arguments ({} given)", args.len())));
    }
    let real = args.first().or_else(|| kwarg(kw, "real"));
    let imag = args.get(1).or_else(|| kwarg(kw, "imag"));
    if let Some(r) = real {
        if let Some(s) = crate::str::as_str(r) {
            if imag.is_some() {
                return Err(type_error("complex() can't take second arg if first is a string"));
            }
            // CPython's two messages: strings with underscores fail in the
            // underscore check, the rest in the parser proper.
            let (a, b) = parse_complex(s).ok_or_else(|| {
                let b = s.as_bytes();
                let bad_underscore = (0..b.len()).any(|i| b[i] == b'_' && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)));
                if bad_underscore {
                    value_error(format!("could not convert string to complex: {}", crate::str::repr_str(s)))
                } else {
                    value_error("complex() arg is a malformed string")
                }
            })?;
            return Ok(new_complex(a, b));
        }
    }
    if let Some(i) = imag {
        if crate::str::as_str(i).is_some() {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    let (mut re, mut im) = match real {
        Some(r) => as_complex(vm, r)?.ok_or_else(|| type_error(format!("complex() first argument must be a string or a number, not '{}'", type_name(r.class()))))?,
        None => (0.0, 0.0),
    };
    if let Some(i) = imag {
        let (a, b) = as_complex(vm, i)?.ok_or_else(|| type_error(format!("complex() second argument must be a number, not '{}'", type_name(i.class()))))?;
        // As CPython: a real argument's parts are used as they are (so the
        // sign of a zero survives); only complex arguments are combined.
        let i_complex = matches!(crate::subclass::native(i).payload, Payload::Complex(..));
        let r_complex = real.is_some_and(|r| matches!(crate::subclass::native(r).payload, Payload::Complex(..)));
        if i_complex {
            re -= b;
        }
        im = if r_complex { im + a } else { a };
    }
    Ok(new_complex(re, im))
}

fn m_conjugate(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    match &crate::subclass::native(&a[0]).payload {
        Payload::Complex(r, i) => Ok(new_complex(*r, -*i)),
        _ => Err(type_error("descriptor 'conjugate' requires a 'complex' object")),
    }
}

fn m_complex(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    match &crate::subclass::native(&a[0]).payload {
        Payload::Complex(r, i) => Ok(new_complex(*r, *i)),
        _ => Err(type_error("descriptor '__complex__' requires a 'complex' object")),
    }
}

fn m_getnewargs(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    match &crate::subclass::native(&a[0]).payload {
        Payload::Complex(r, i) => Ok(crate::tuple::new_tuple(vec![crate::float::new_float(*r), crate::float::new_float(*i)])),
        _ => Err(type_error("descriptor '__getnewargs__' requires a 'complex' object")),
    }
}

/// Install the methods of `complex`.
pub fn register() {
    crate::types::add_method(&types().complex, "__getnewargs__", m_getnewargs);
    crate::types::add_method(&types().complex, "conjugate", m_conjugate);
    crate::types::add_method(&types().complex, "__complex__", m_complex);
}
