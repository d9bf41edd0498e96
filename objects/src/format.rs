//! String formatting: the format-spec mini-language (`format()`,
//! f-strings, `str.format`) and printf-style `%` formatting.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::protocol as p;
use crate::types::{lookup, type_data, type_name};
use crate::vm::*;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Default, Debug, Clone)]
pub struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    /// `z`: a negative zero (after rounding) is shown as positive zero.
    no_neg_zero: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

/// Parse a format spec.
pub fn parse_spec(s: &str) -> PyResult<Spec> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if cs.len() >= 2 && is_align(cs[1]) {
        sp.fill = Some(cs[0]);
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        sp.no_neg_zero = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let mut w = String::new();
    while i < cs.len() && cs[i].is_ascii_digit() {
        w.push(cs[i]);
        i += 1;
    }
    if !w.is_empty() {
        sp.width = Some(w.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        sp.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let mut pr = String::new();
        while i < cs.len() && cs[i].is_ascii_digit() {
            pr.push(cs[i]);
            i += 1;
        }
        if pr.is_empty() {
            return Err(value_error("Format specifier missing precision"));
        }
        sp.precision = Some(pr.parse().unwrap());
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err(value_error("Invalid format specifier"));
    }
    // PEP 378 / PEP 515: which presentation types take a separator.
    if let Some(g) = sp.grouping {
        let ok = match sp.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            let t = sp.ty.unwrap_or(' ');
            return Err(value_error(if (' '..='~').contains(&t) {
                format!("Cannot specify '{g}' with '{t}'.")
            } else {
                format!("Cannot specify '{g}' with '\\x{:x}'.", t as u32)
            }));
        }
    }
    Ok(sp)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pad(body: String, sign: &str, sp: &Spec, default_align: char) -> String {
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let align = sp.align.unwrap_or(if sp.zero && sp.fill.is_none() { '=' } else { default_align });
    let len = body.chars().count() + sign.chars().count();
    let w = sp.width.unwrap_or(0);
    if len >= w {
        return format!("{sign}{body}");
    }
    let padn = w - len;
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(padn)),
        '^' => format!("{}{sign}{body}{}", f(padn / 2), f(padn - padn / 2)),
        '=' => format!("{sign}{}{body}", f(padn)),
        _ => format!("{}{sign}{body}", f(padn)),
    }
}

/// Whether padding is zeros after the sign (fill '0', alignment '='),
/// which a grouping separator then also splits, as CPython does.
fn zero_padding(sp: &Spec) -> bool {
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let align = sp.align.or(if sp.zero && sp.fill.is_none() { Some('=') } else { None });
    fill == '0' && align == Some('=')
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Format an int with a spec.
pub fn format_int(v: &num_bigint::BigInt, sp: &Spec) -> PyResult<String> {
    format_int_named(v, sp, "int")
}

/// Format an int (of type `tname`, for messages) with a spec.
pub fn format_int_named(v: &num_bigint::BigInt, sp: &Spec, tname: &str) -> PyResult<String> {
    use num_traits::Signed;
    let neg = v.is_negative();
    let a = v.abs();
    let ty = sp.ty.unwrap_or('d');
    if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return Err(value_error(format!("Unknown format code '{ty}' for object of type '{tname}'")));
    }
    if sp.precision.is_some() && !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if sp.no_neg_zero && !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if sp.sign.is_some() {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if sp.alt {
            return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
    }
    let (mut digits, prefix) = match ty {
        'd' | 'n' => (crate::int::big_decimal(&a)?, ""),
        'b' => (a.to_str_radix(2), "0b"),
        'o' => (a.to_str_radix(8), "0o"),
        'x' => (a.to_str_radix(16), "0x"),
        'X' => (a.to_str_radix(16).to_uppercase(), "0X"),
        'c' => {
            if num_traits::ToPrimitive::to_i64(v).is_none() {
                return Err(overflow_error("Python int too large to convert to C long"));
            }
            let c = num_traits::ToPrimitive::to_u32(v).and_then(char::from_u32).ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(c.to_string(), "", sp, '>'));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = num_traits::ToPrimitive::to_f64(v).unwrap_or(f64::INFINITY);
            return format_float(f, sp);
        }
        c => return Err(value_error(format!("Unknown format code '{c}' for object of type 'int'"))),
    };
    if let Some(g) = sp.grouping {
        let every = if matches!(ty, 'b' | 'o' | 'x' | 'X') { 4 } else { 3 };
        if sp.width.is_some() && zero_padding(sp) {
            let w = sp.width.unwrap().saturating_sub(sign_str(neg, sp).len() + if sp.alt { prefix.len() } else { 0 });
            while digits.len() + digits.len().saturating_sub(1) / every < w {
                digits.insert(0, '0');
            }
        }
        digits = group(&digits, g, every);
    }
    let pre = if sp.alt { prefix } else { "" };
    let sign = format!("{}{pre}", sign_str(neg, sp));
    if sp.grouping.is_some() && zero_padding(sp) {
        return Ok(format!("{sign}{digits}"));
    }
    Ok(pad(digits, &sign, sp, '>'))
}

/// `repr`-style shortest float text used by the empty format type.
fn float_general(x: f64, prec: Option<usize>, upper: bool, alt: bool, strip_default: bool) -> String {
    let p = prec.unwrap_or(6).max(1);
    let exp = format!("{:.*e}", p - 1, x.abs());
    let e: i32 = exp.split_once('e').unwrap().1.parse().unwrap();
    // Without a type, CPython switches to exponent form one digit earlier
    // (the `.0` it adds would otherwise exceed the precision).
    let limit = if strip_default { p as i32 - 1 } else { p as i32 };
    let mut s = if e < -4 || e >= limit {
        let m = format!("{:.*e}", p - 1, x.abs());
        let (mant, ex) = m.split_once('e').unwrap();
        let mut mant = mant.to_string();
        if !alt && mant.contains('.') {
            mant = mant.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        let ex: i32 = ex.parse().unwrap();
        if alt && !mant.contains('.') {
            mant.push('.');
        }
        format!("{mant}{}{}{:02}", if upper { 'E' } else { 'e' }, if ex < 0 { '-' } else { '+' }, ex.abs())
    } else {
        let decimals = (p as i32 - 1 - e).max(0) as usize;
        let mut t = format!("{:.*}", decimals, x.abs());
        if !alt && t.contains('.') {
            t = t.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        if alt && !t.contains('.') {
            t.push('.');
        }
        if strip_default && !t.contains('.') && !t.contains('e') {
            t.push_str(".0");
        }
        t
    };
    if upper {
        s = s.to_uppercase();
    }
    s
}

/// Format a float with a spec.
pub fn format_float(x: f64, sp: &Spec) -> PyResult<String> {
    let neg = x.is_sign_negative() && !(x.is_nan());
    let ax = x.abs();
    let ty = sp.ty;
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    if let Some(c) = ty.filter(|c| !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) {
        return Err(value_error(format!("Unknown format code '{c}' for object of type 'float'")));
    }
    let mut body = if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_uppercase() } else { s.to_string() };
        if ty == Some('%') {
            s + "%"
        } else {
            s
        }
    } else {
        match ty {
            None => {
                if sp.precision.is_none() {
                    crate::float::float_repr(ax)
                } else {
                    float_general(ax, sp.precision, false, sp.alt, true)
                }
            }
            Some('f' | 'F') => format!("{:.*}", sp.precision.unwrap_or(6), ax),
            Some('e' | 'E') => {
                let m = format!("{:.*e}", sp.precision.unwrap_or(6), ax);
                let (mant, ex) = m.split_once('e').unwrap();
                let ex: i32 = ex.parse().unwrap();
                format!("{mant}{}{}{:02}", if upper { 'E' } else { 'e' }, if ex < 0 { '-' } else { '+' }, ex.abs())
            }
            Some('g' | 'G') => float_general(ax, sp.precision, upper, sp.alt, false),
            Some('n') => float_general(ax, sp.precision, false, sp.alt, false),
            Some('%') => format!("{:.*}%", sp.precision.unwrap_or(6), ax * 100.0),
            Some(c) => return Err(value_error(format!("Unknown format code '{c}' for object of type 'float'"))),
        }
    };
    // `z`: a value that rounded to zero shows no minus sign.
    let neg = neg && !(sp.no_neg_zero && x.is_finite() && body.split(['e', 'E']).next().unwrap_or("").chars().all(|c| !c.is_ascii_digit() || c == '0'));
    if sp.alt && !body.contains('.') && x.is_finite() && matches!(ty, None | Some('f' | 'F' | 'e' | 'E' | '%')) {
        if let Some(i) = body.find(['e', 'E', '%']) {
            body.insert(i, '.');
        } else {
            body.push('.');
        }
    }
    if let Some(g) = sp.grouping.filter(|_| x.is_finite()) {
        let (mut int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (body[..i].to_string(), body[i..].to_string()),
            None => (body.clone(), String::new()),
        };
        // Zero padding goes inside the grouping ('000_000_314%').
        let zero_pad = zero_padding(sp);
        if zero_pad {
            if let Some(w) = sp.width {
                let target = w.saturating_sub(sign_str(neg, sp).len() + rest.chars().count());
                while int_part.len() + int_part.len().saturating_sub(1) / 3 < target {
                    int_part.insert(0, '0');
                }
            }
        }
        body = format!("{}{rest}", group(&int_part, g, 3));
        if zero_pad {
            return Ok(format!("{}{body}", sign_str(neg, sp)));
        }
    }
    Ok(pad(body, sign_str(neg, sp), sp, '>'))
}

/// Format a str with a spec.
pub fn format_str(s: &str, sp: &Spec) -> PyResult<String> {
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(value_error(format!("Unknown format code '{t}' for object of type 'str'")));
        }
    }
    if let Some(g) = sp.grouping {
        return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    match sp.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if sp.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    // The '0' flag pads strings on the right with zeros ('abc00').
    let mut sp = sp.clone();
    if sp.align.is_none() {
        sp.align = Some('<');
    }
    Ok(pad(body, "", &sp, '<'))
}

/// `format(complex, spec)`: each part formatted like a float (the
/// imaginary one always signed unless the real part is left out), then the
/// whole padded; an omitted type gives `str()`-like parts in parentheses.
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let sp = parse_spec(spec)?;
    let ty = match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => sp.ty,
        Some(c) => return Err(value_error(format!("Unknown format code '{c}' for object of type 'complex'"))),
    };
    if sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' }) == '0' {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (mut skip_re, mut parens) = (false, false);
    if ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        if ty.is_none() && sp.precision.is_none() {
            // repr-style digits without a trailing ".0".
            let r = crate::float::float_repr(x.abs());
            let mut r = r.strip_suffix(".0").map(String::from).unwrap_or(r);
            if sp.alt && x.is_finite() && !r.contains('.') {
                // '#' keeps a decimal point: "1." and "1.e+20".
                match r.find('e') {
                    Some(e) => r.insert(e, '.'),
                    None => r.push('.'),
                }
            }
            let r = match sp.grouping {
                Some(g) if x.is_finite() => {
                    let (int_part, rest) = r.split_at(r.find(['.', 'e']).unwrap_or(r.len()));
                    format!("{}{rest}", group(int_part, g, 3))
                }
                _ => r,
            };
            let neg = x.is_sign_negative() && !x.is_nan();
            let sgn = if neg { "-" } else { match sign { Some('+') => "+", Some(' ') => " ", _ => "" } };
            return Ok(format!("{sgn}{r}"));
        }
        let ps = Spec {
            fill: None,
            align: None,
            sign,
            alt: sp.alt,
            zero: false,
            no_neg_zero: sp.no_neg_zero,
            width: None,
            grouping: sp.grouping,
            precision: Some(sp.precision.unwrap_or(6)),
            ty: Some(match ty {
                None | Some('n') => 'g',
                Some(c) => c,
            }),
        };
        format_float(x, &ps)
    };
    let re_s = if skip_re { String::new() } else { part(re, sp.sign)? };
    let im_s = part(im, if skip_re { sp.sign } else { Some('+') })?;
    let body = if parens { format!("({re_s}{im_s}j)") } else { format!("{re_s}{im_s}j") };
    let outer = Spec { sign: None, zero: false, ..sp };
    Ok(pad(body, "", &outer, '>'))
}

/// `format(o, spec)`.
pub fn format_value(vm: &mut dyn Vm, o: &PyRef, spec: &str) -> PyResult<String> {
    format_value_inner(vm, o, spec).map_err(|e| name_spec_error(e, spec, o))
}

/// The spec parser does not know the object: name it in its error, as
/// CPython does (`shown` is the object the user formatted).
pub fn name_spec_error(e: crate::vm::PyErr, spec: &str, shown: &PyRef) -> crate::vm::PyErr {
    if crate::exceptions::exc_summary(&e.0).ends_with(": Invalid format specifier") {
        value_error(format!("Invalid format specifier '{spec}' for object of type '{}'", type_name(shown.class())))
    } else {
        e
    }
}

pub(crate) fn format_value_inner(vm: &mut dyn Vm, o: &PyRef, spec: &str) -> PyResult<String> {
    format_value_dispatch(vm, o, spec, true)
}

/// As [`format_value_inner`]; `dispatch` false formats the built-in value
/// without looking for a `__format__` of the object's class (the built-in
/// types' own `__format__`, called on an instance of a subclass).
pub(crate) fn format_value_dispatch(vm: &mut dyn Vm, o: &PyRef, spec: &str, dispatch: bool) -> PyResult<String> {
    let heap = !type_data(o.class()).builtin;
    if heap && dispatch {
        if let Some(f) = lookup(o.class(), "__format__") {
            if !matches!(&f.payload, Payload::Builtin(b) if b.owner == "object") {
                let r = vm.call(&f, &[o.clone(), crate::str::new_str(spec)], &[])?;
                return crate::str::as_str(&r)
                    .map(String::from)
                    .ok_or_else(|| type_error(format!("__format__ must return a str, not {}", type_name(r.class()))));
            }
        }
    }
    match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) if !heap => {
            if spec.is_empty() {
                return p::str_string(vm, o);
            }
            let sp = parse_spec(spec)?;
            let tname = if o.class().is(&crate::types::types().bool_) { "bool" } else { "int" };
            format_int_named(&crate::int::to_bigint(o).unwrap(), &sp, tname)
        }
        Payload::Float(f) if !heap => {
            if spec.is_empty() {
                return Ok(crate::float::float_repr(*f));
            }
            format_float(*f, &parse_spec(spec)?)
        }
        Payload::Str(s) if !heap => {
            if spec.is_empty() {
                return Ok(s.as_str().to_string());
            }
            format_str(s.as_str(), &parse_spec(spec)?)
        }
        Payload::Complex(re, im) if !heap => {
            if spec.is_empty() {
                return p::str_string(vm, o);
            }
            format_complex(*re, *im, spec)
        }
        _ => {
            if spec.is_empty() {
                return p::str_string(vm, o);
            }
            // object.__format__ accepts only the empty spec.
            Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(o.class()))))
        }
    }
}

/// Apply a `!r`/`!s`/`!a` conversion.
pub fn convert(vm: &mut dyn Vm, o: &PyRef, conv: char) -> PyResult {
    match conv {
        'r' => p::repr(vm, o),
        's' => p::str_(vm, o),
        'a' => {
            let r = p::repr_string(vm, o)?;
            Ok(crate::str::new_string(ascii_escape(&r)))
        }
        c => Err(value_error(format!("Unknown conversion specifier {c}"))),
    }
}

/// Escape non-ASCII characters as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `str.format(*args, **kw)`.
pub fn str_format(vm: &mut dyn Vm, fmt: &str, args: &[PyRef], kw: KwArgs) -> PyResult {
    str_format_with(vm, fmt, args, kw, None)
}

/// `str.format_map(mapping)`: named fields are looked up in `mapping` as
/// they are met (so `__missing__` and lazy mappings work).
pub fn str_format_map(vm: &mut dyn Vm, fmt: &str, mapping: &PyRef) -> PyResult {
    str_format_with(vm, fmt, &[], &[], Some(mapping))
}

fn str_format_with(vm: &mut dyn Vm, fmt: &str, args: &[PyRef], kw: KwArgs, mapping: Option<&PyRef>) -> PyResult {
    let mut numbering = (0usize, false);
    Ok(crate::str::new_string(format_markup(vm, fmt, args, kw, mapping, &mut numbering, 2)?))
}

/// Expand `fmt`'s replacement fields. `numbering` (next automatic index,
/// whether a field was numbered by hand) is shared with the nested specs,
/// which may nest `depth` levels (PEP 3101's two).
fn format_markup(vm: &mut dyn Vm, fmt: &str, args: &[PyRef], kw: KwArgs, mapping: Option<&PyRef>, numbering: &mut (usize, bool), depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if i + 1 < cs.len() && cs[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == cs.len() {
                return Err(value_error("Single '{' encountered in format string"));
            }
            // CPython's parse_field: the name runs to '}', ':' or '!'
            // (a '[' skips to its ']'), one character of conversion
            // follows a '!', and the spec counts nested braces.
            let n = cs.len();
            let mut j = i + 1;
            let mut delim = '\0';
            while j < n {
                let ch = cs[j];
                j += 1;
                match ch {
                    '{' => return Err(value_error("unexpected '{' in field name")),
                    '[' => {
                        while j < n && cs[j] != ']' {
                            j += 1;
                        }
                    }
                    '}' | ':' | '!' => {
                        delim = ch;
                        break;
                    }
                    _ => {}
                }
            }
            let name: String = cs[i + 1..j - 1].iter().collect();
            let mut conv = None;
            let mut spec = String::new();
            match delim {
                '}' => {}
                '!' | ':' => {
                    let mut spec_follows = true;
                    if delim == '!' {
                        if j >= n {
                            return Err(value_error("end of string while looking for conversion specifier"));
                        }
                        conv = Some(cs[j]);
                        j += 1;
                        if j < n {
                            let after = cs[j];
                            j += 1;
                            if after == '}' {
                                spec_follows = false;
                            } else if after != ':' {
                                return Err(value_error("expected ':' after conversion specifier"));
                            }
                        }
                    }
                    if spec_follows {
                        let spec_start = j;
                        let mut count = 1;
                        loop {
                            if j >= n {
                                return Err(value_error("unmatched '{' in format spec"));
                            }
                            let ch = cs[j];
                            j += 1;
                            if ch == '{' {
                                count += 1;
                            } else if ch == '}' {
                                count -= 1;
                                if count == 0 {
                                    break;
                                }
                            }
                        }
                        spec = cs[spec_start..j - 1].iter().collect();
                    }
                }
                _ => return Err(value_error("expected '}' before end of string")),
            }
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let head = &name[..first_end];
            let (auto, manual) = (&mut numbering.0, &mut numbering.1);
            let mut obj = if head.is_empty() {
                if *manual {
                    return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let o = args.get(*auto).cloned().ok_or_else(|| index_error(format!("Replacement index {auto} out of range for positional args tuple")))?;
                *auto += 1;
                o
            } else if let Ok(n) = head.parse::<usize>() {
                *manual = true;
                if *auto > 0 {
                    return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                args.get(n).cloned().ok_or_else(|| index_error(format!("Replacement index {n} out of range for positional args tuple")))?
            } else {
                match mapping {
                    Some(m) => p::getitem(vm, m, &crate::str::new_str(head))?,
                    None => kwarg(kw, head).cloned().ok_or_else(|| key_error(crate::str::new_str(head)))?,
                }
            };
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    if end == 0 {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    obj = p::getattr_str(vm, &obj, &r[..end])?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => crate::int::new_int(n),
                        Err(_) => crate::str::new_str(key),
                    };
                    obj = p::getitem(vm, &obj, &k)?;
                    rest = &r[end + 1..];
                    if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                        return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
                    }
                } else {
                    break;
                }
            }
            if let Some(cv) = conv {
                obj = convert(vm, &obj, cv)?;
            }
            let spec = if spec.contains('{') { format_markup(vm, &spec, args, kw, mapping, numbering, depth - 1)? } else { spec };
            out.push_str(&format_value(vm, &obj, &spec)?);
            i = j;
        } else if c == '}' {
            if i + 1 < cs.len() && cs[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// `fmt % args`.
pub fn percent_format(vm: &mut dyn Vm, fmt: &str, args: &PyRef) -> PyResult {
    Ok(crate::str::new_string(percent_format_text(vm, fmt, args, false)?))
}

/// `bytes % args` (PEP 461): `%s`/`%b` take bytes-like objects (or
/// `__bytes__`), `%r`/`%a` give the ASCII repr, `%c` an int below 256 or a
/// one-byte bytes.
pub fn percent_format_bytes(vm: &mut dyn Vm, fmt: &[u8], args: &PyRef) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_format_text(vm, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The bytes of a `%s`/`%b` argument of `bytes % args`, as latin-1 text.
fn bytes_arg_text(vm: &mut dyn Vm, arg: &PyRef) -> PyResult<String> {
    let b = match crate::bytes::as_bytes_vec(arg) {
        Some(b) => b,
        None => match lookup(arg.class(), "__bytes__") {
            Some(f) if !matches!(arg.payload, Payload::Str(_)) => {
                let r = vm.call(&f, std::slice::from_ref(arg), &[])?;
                crate::bytes::as_bytes_vec(&r).ok_or_else(|| type_error(format!("__bytes__ returned non-bytes (type {})", type_name(r.class()))))?
            }
            _ => return Err(type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", type_name(arg.class())))),
        },
    };
    Ok(b.iter().map(|&c| c as char).collect())
}

fn percent_format_text(vm: &mut dyn Vm, fmt: &str, args: &PyRef, bytes_mode: bool) -> PyResult<String> {
    // CPython treats any subscriptable non-tuple, non-str argument as the
    // mapping (so `' ' % b'x'` converts nothing and complains of nothing).
    // (bytes formatting also excludes bytes and bytearray.)
    let is_mapping = !matches!(args.payload, Payload::Tuple(_) | Payload::Str(_))
        && !(bytes_mode && matches!(args.payload, Payload::Bytes(_) | Payload::ByteArray(..)))
        && (matches!(args.payload, Payload::Dict(..) | Payload::List(_) | Payload::Bytes(_) | Payload::ByteArray(..) | Payload::Range(_)) || lookup(args.class(), "__getitem__").is_some());
    let items: Vec<PyRef> = match &crate::subclass::native(args).payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut idx = 0;
    let mut out = String::new();
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut used_mapping = false;
    while i < cs.len() {
        if cs[i] != '%' {
            out.push(cs[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= cs.len() {
            return Err(value_error("incomplete format"));
        }
        let mut key: Option<String> = None;
        if cs[i] == '(' {
            // CPython asks for a mapping before it reads the key.
            if !is_mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < cs.len() && depth > 0 {
                if cs[j] == '(' {
                    depth += 1;
                } else if cs[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            key = Some(cs[i + 1..j - 1].iter().collect());
            i = j;
        }
        let mut sp = Spec::default();
        let mut left = false;
        while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '#' | '0') {
            match cs[i] {
                '-' => left = true,
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                '0' => sp.zero = true,
                _ => {}
            }
            i += 1;
        }
        // A keyed field draws its value (and any '*' before it) from the
        // mapping's item alone, and uses up the arguments for unkeyed
        // fields after it, as CPython's argument cursor does.
        let mut keyed: Option<Option<PyRef>> = match &key {
            Some(k) => {
                used_mapping = true;
                let kobj = if bytes_mode { crate::bytes::new_bytes(k.chars().map(|c| c as u32 as u8).collect()) } else { crate::str::new_str(k) };
                idx = items.len();
                Some(Some(p::getitem(vm, args, &kobj)?))
            }
            None => None,
        };
        let mut next_arg = |idx: &mut usize| -> PyResult<PyRef> {
            if let Some(slot) = keyed.as_mut() {
                return slot.take().ok_or_else(|| type_error("not enough arguments for format string"));
            }
            let r = items.get(*idx).cloned().ok_or_else(|| type_error("not enough arguments for format string"));
            *idx += 1;
            r
        };
        let mut w = String::new();
        if i < cs.len() && cs[i] == '*' {
            let a = next_arg(&mut idx)?;
            if !matches!(a.payload, Payload::Int(_) | Payload::BigInt(_)) {
                return Err(type_error("* wants int"));
            }
            w = crate::int::index_i64(&a)?.to_string();
            i += 1;
        }
        while i < cs.len() && cs[i].is_ascii_digit() {
            w.push(cs[i]);
            i += 1;
        }
        if !w.is_empty() {
            let n: i64 = w.parse().unwrap();
            if n < 0 {
                left = true;
            }
            sp.width = Some(n.unsigned_abs() as usize);
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            let mut pr = String::new();
            if i < cs.len() && cs[i] == '*' {
                let a = next_arg(&mut idx)?;
                if !matches!(a.payload, Payload::Int(_) | Payload::BigInt(_)) {
                    return Err(type_error("* wants int"));
                }
                pr = crate::int::index_i64(&a)?.to_string();
                i += 1;
            }
            while i < cs.len() && cs[i].is_ascii_digit() {
                pr.push(cs[i]);
                i += 1;
            }
            sp.precision = Some(pr.parse().unwrap_or(0));
        }
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= cs.len() {
            return Err(value_error("incomplete format"));
        }
        let conv = cs[i];
        i += 1;
        if conv == '%' {
            if cs[i - 2] != '%' {
                return Err(value_error(format!("unsupported format character '%' (0x25) at index {}", i - 1)));
            }
            out.push('%');
            continue;
        }
        if left {
            sp.align = Some('<');
            sp.zero = false;
        }
        let arg = next_arg(&mut idx)?;
        let piece = match conv {
            's' | 'r' | 'a' | 'b' if conv != 'b' || bytes_mode => {
                let s = match conv {
                    's' | 'b' if bytes_mode => bytes_arg_text(vm, &arg)?,
                    's' => p::str_string(vm, &arg)?,
                    'r' if !bytes_mode => p::repr_string(vm, &arg)?,
                    _ => ascii_escape(&p::repr_string(vm, &arg)?),
                };
                let s: String = match sp.precision {
                    Some(pr) => s.chars().take(pr).collect(),
                    None => s,
                };
                sp.precision = None;
                sp.zero = false;
                pad(s, "", &Spec { align: Some(if left { '<' } else { '>' }), ..sp.clone() }, '>')
            }
            'd' | 'i' | 'u' => {
                let v = match &arg.payload {
                    Payload::Float(f) => {
                        let n = crate::construct::type_call(vm, &crate::types::types().int, &[crate::float::new_float(*f)], &[])?;
                        crate::int::to_bigint(&n).unwrap()
                    }
                    _ => {
                        // bytes formatting names %i and %u as %d.
                        let shown = if bytes_mode { 'd' } else { conv };
                        let n = p::index(vm, &arg).map_err(|_| type_error(format!("%{shown} format: a real number is required, not {}", type_name(arg.class()))))?;
                        crate::int::to_bigint(&n).unwrap()
                    }
                };
                let digits = if let Some(pr) = sp.precision.take() {
                    let d = crate::int::big_decimal(&num_traits::Signed::abs(&v))?;
                    format!("{}{}", "0".repeat(pr.saturating_sub(d.len())), d)
                } else {
                    crate::int::big_decimal(&num_traits::Signed::abs(&v))?
                };
                pad(digits, sign_str(num_traits::Signed::is_negative(&v), &sp), &sp, '>')
            }
            'x' | 'X' | 'o' => {
                let n = p::index(vm, &arg).map_err(|_| type_error(format!("%{conv} format: an integer is required, not {}", type_name(arg.class()))))?;
                let v = crate::int::to_bigint(&n).unwrap();
                let a = num_traits::Signed::abs(&v);
                let mut digits = match conv {
                    'x' => a.to_str_radix(16),
                    'X' => a.to_str_radix(16).to_uppercase(),
                    _ => a.to_str_radix(8),
                };
                if let Some(pr) = sp.precision.take() {
                    digits = format!("{}{digits}", "0".repeat(pr.saturating_sub(digits.len())));
                }
                let prefix = match (sp.alt, conv) {
                    (false, _) => "",
                    (true, 'x') => "0x",
                    (true, 'X') => "0X",
                    (true, _) => "0o",
                };
                let sign = format!("{}{prefix}", sign_str(num_traits::Signed::is_negative(&v), &sp));
                pad(digits, &sign, &sp, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &arg.payload {
                    Payload::Float(f) => *f,
                    Payload::Int(_) | Payload::BigInt(_) => crate::int::int_to_f64(&arg)?,
                    _ => {
                        let r = crate::construct::type_call(vm, &crate::types::types().float, std::slice::from_ref(&arg), &[])
                            .map_err(|_| {
                                if bytes_mode {
                                    type_error(format!("float argument required, not {}", type_name(arg.class())))
                                } else {
                                    type_error(format!("must be real number, not {}", type_name(arg.class())))
                                }
                            })?;
                        crate::float::as_f64(&r).unwrap()
                    }
                };
                let mut s2 = sp.clone();
                s2.ty = Some(conv);
                if s2.precision.is_none() {
                    s2.precision = Some(6);
                }
                format_float(f, &s2)?
            }
            'c' if bytes_mode => {
                let ch = match &arg.payload {
                    Payload::Bytes(b) if b.len() == 1 => (b[0] as char).to_string(),
                    Payload::ByteArray(..) if crate::bytes::as_bytes_vec(&arg).is_some_and(|b| b.len() == 1) => (crate::bytes::as_bytes_vec(&arg).unwrap()[0] as char).to_string(),
                    Payload::Int(n) if (0..256).contains(n) => (*n as u8 as char).to_string(),
                    Payload::Int(_) => return Err(overflow_error("%c arg not in range(256)")),
                    _ => return Err(type_error("%c requires an integer in range(256) or a single byte")),
                };
                sp.zero = false;
                pad(ch, "", &Spec { align: Some(if left { '<' } else { '>' }), ..sp.clone() }, '>')
            }
            'c' => {
                let ch = match &arg.payload {
                    Payload::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                    Payload::Int(n) => u32::try_from(*n).ok().and_then(char::from_u32).map(|c| c.to_string()).ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?,
                    Payload::BigInt(_) => return Err(overflow_error("%c arg not in range(0x110000)")),
                    _ => return Err(type_error(format!("%c requires an int or a unicode character, not {}", type_name(arg.class())))),
                };
                sp.zero = false;
                pad(ch, "", &Spec { align: Some(if left { '<' } else { '>' }), ..sp.clone() }, '>')
            }
            c => {
                return Err(value_error(format!("unsupported format character '{c}' (0x{:x}) at index {}", c as u32, i - 1)));
            }
        };
        out.push_str(&piece);
    }
    if !used_mapping && !is_mapping && idx < items.len() {
        return Err(type_error(if bytes_mode { "not all arguments converted during bytes formatting" } else { "not all arguments converted during string formatting" }));
    }
    Ok(out)
}
