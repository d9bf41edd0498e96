//! `str`: immutable Unicode text with O(1) indexing by code point and a
//! cached hash.
//!
//! Text is stored as UTF-8. ASCII strings index bytes directly; other
//! strings keep a table of byte offsets, built at creation, so `s[i]` and
//! `len(s)` are O(1) as in CPython.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::{s as sing, types};
use crate::vm::{check_args, check_kwargs, kwarg, index_error, overflow_error, type_error, value_error, KwArgs, PyResult, Vm};
use std::sync::atomic::{AtomicI64, Ordering};

/// The data of a `str`.
pub struct PyStr {
    text: Box<str>,
    /// Byte offset of every code point (non-ASCII strings only); its
    /// length is the number of code points.
    offsets: Option<Box<Box<[u32]>>>,
    hash: AtomicI64,
}

const HASH_UNSET: i64 = -1;

impl PyStr {
    /// Wrap `s`.
    pub fn new(s: String) -> PyStr {
        let text = s.into_boxed_str();
        let offsets = if text.is_ascii() {
            None
        } else {
            let offs: Box<[u32]> = text.char_indices().map(|(i, _)| i as u32).collect();
            Some(Box::new(offs))
        };
        PyStr { text, offsets, hash: AtomicI64::new(HASH_UNSET) }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.offsets {
            None => self.text.len(),
            Some(o) => o.len(),
        }
    }

    /// Whether every code point is ASCII.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.offsets.is_none()
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    #[inline]
    pub fn byte_offset(&self, i: usize) -> usize {
        match &self.offsets {
            None => i,
            Some(o) => {
                if i >= o.len() {
                    self.text.len()
                } else {
                    o[i] as usize
                }
            }
        }
    }

    /// Code points `start..end` as a `&str`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        &self.text[self.byte_offset(start)..self.byte_offset(end)]
    }

    /// Code point `i`.
    pub fn char_at(&self, i: usize) -> char {
        self.text[self.byte_offset(i)..].chars().next().unwrap()
    }

    /// The cached hash (computed on first use; never -1).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_bytes(self.text.as_bytes());
        // Relaxed: every thread computes the same value.
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

/// FNV-1a over bytes, folded to a Python hash (never -1).
pub fn hash_bytes(b: &[u8]) -> i64 {
    // The empty string (and bytes) hash to 0, as in CPython.
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

// Interned strings: one immortal `str` object per distinct identifier the
// compiler sees (names, attribute names, identifier-like constants), so
// that dict lookups of attribute and global names match by identity and
// reading them from many threads writes no reference count.
weft_sync::weft_registry! {
    static ref INTERNED: parking_lot::Mutex<std::collections::HashMap<Box<str>, PyRef>> = Default::default();
}

/// The interned (immortal) `str` equal to `s`.
pub fn intern(s: &str) -> PyRef {
    let mut t = INTERNED.lock();
    if let Some(r) = t.get(s) {
        return r.clone();
    }
    let r = new_str(s);
    r.make_immortal();
    t.insert(s.into(), r.clone());
    r
}

/// A new `str` object.
pub fn new_str(s: &str) -> PyRef {
    if s.is_empty() {
        return sing().empty_str.clone();
    }
    if s.len() <= 2 {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            if (c as u32) < 256 {
                return sing().latin1_chars[c as usize].clone();
            }
        }
    }
    PyRef::new(&types().str, Payload::Str(PyStr::new(s.to_string())))
}

/// A new `str` object taking ownership of `s`.
pub fn new_string(s: String) -> PyRef {
    if s.len() <= 2 {
        return new_str(&s);
    }
    PyRef::new(&types().str, Payload::Str(PyStr::new(s)))
}

/// A one-character string.
pub fn new_char(c: char) -> PyRef {
    if (c as u32) < 256 {
        return sing().latin1_chars[c as usize].clone();
    }
    new_string(c.to_string())
}

/// The text of a `str` object.
#[inline]
pub fn as_str(o: &PyRef) -> Option<&str> {
    match &crate::subclass::native(o).payload {
        Payload::Str(s) => Some(s.as_str()),
        _ => None,
    }
}

/// The `PyStr` of a `str` object.
#[inline]
pub fn as_pystr(o: &PyRef) -> Option<&PyStr> {
    match &crate::subclass::native(o).payload {
        Payload::Str(s) => Some(s),
        _ => None,
    }
}

/// Python `repr()` of text.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    crate::unicode_props::is_printable(c)
}

fn this(args: &[PyRef]) -> &PyStr {
    as_pystr(&args[0]).expect("str method on non-str")
}

fn arg_str<'a>(o: &'a PyRef, fname: &str) -> PyResult<&'a str> {
    as_str(o).ok_or_else(|| type_error(format!("{fname} arg must be None or str")))
}

fn must_str<'a>(o: &'a PyRef, what: &str) -> PyResult<&'a str> {
    as_str(o).ok_or_else(|| {
        // Argument Clinic's converters name None itself.
        let got = if what.contains("argument") { crate::vm::arg_type_name(o) } else { crate::types::type_name(o.class()) };
        type_error(format!("{what}, not {got}"))
    })
}

/// Resolve optional start/end arguments to a char range.
fn char_range(s: &PyStr, args: &[PyRef], from: usize) -> PyResult<(usize, usize)> {
    let n = s.char_len() as i64;
    let get = |i: usize, d: i64| -> PyResult<i64> {
        match args.get(i) {
            None => Ok(d),
            Some(o) if crate::vm::is_none(o) => Ok(d),
            Some(o) if matches!(o.payload, Payload::Int(_) | Payload::BigInt(_)) => crate::int::index_i64(o),
            Some(_) => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let norm = |v: i64| -> usize {
        if v < 0 {
            (v + n).max(0) as usize
        } else {
            v.min(n) as usize
        }
    };
    // A start past the end stays past it (so `'ab'.find('', 5)` finds
    // nothing); callers treat start > end as an empty range.
    let start = get(from, 0)?;
    let start = if start > n { n as usize + 1 } else { norm(start) };
    Ok((start, norm(get(from + 1, n)?)))
}

fn char_index_of_byte(s: &PyStr, b: usize) -> usize {
    match &s.offsets {
        None => b,
        Some(o) => o.partition_point(|&x| (x as usize) < b),
    }
}

fn find_impl(args: &[PyRef], rev: bool, name: &str) -> PyResult<i64> {
    check_args(name, &args[1..], 1, 3)?;
    let s = this(args);
    // CPython reads start and end before it checks the needle.
    let (a, b) = char_range(s, args, 2)?;
    let sub = must_str(&args[1], "must be str")?;
    if a > b {
        return Ok(-1);
    }
    let hay = s.slice_chars(a, b);
    let base = s.byte_offset(a);
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(i) => char_index_of_byte(s, base + i) as i64,
        None => -1,
    })
}

fn m_find(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_kwargs("find", kw)?;
    Ok(crate::int::new_int(find_impl(a, false, "find")?))
}
fn m_rfind(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_kwargs("rfind", kw)?;
    Ok(crate::int::new_int(find_impl(a, true, "rfind")?))
}
fn m_index(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_kwargs("index", kw)?;
    let r = find_impl(a, false, "index")?;
    if r < 0 {
        return Err(value_error("substring not found"));
    }
    Ok(crate::int::new_int(r))
}
fn m_rindex(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_kwargs("rindex", kw)?;
    let r = find_impl(a, true, "rindex")?;
    if r < 0 {
        return Err(value_error("substring not found"));
    }
    Ok(crate::int::new_int(r))
}
fn m_count(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_kwargs("count", kw)?;
    check_args("count", &a[1..], 1, 3)?;
    let s = this(a);
    let (x, y) = char_range(s, a, 2)?;
    let sub = must_str(&a[1], "must be str")?;
    if x > y {
        return Ok(crate::int::new_int(0));
    }
    let hay = s.slice_chars(x, y);
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(crate::int::new_int(n as i64))
}

fn m_join(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("str.join", &a[1..], 1, 1)?;
    let sep = this(a).as_str();
    let items = match &a[1].payload {
        Payload::List(_) | Payload::Tuple(_) => crate::protocol::collect(vm, &a[1])?,
        _ => {
            // CPython's PySequence_Fast: a failed iter() reads as this.
            let it = crate::protocol::iter(vm, &a[1]).map_err(|e| {
                if crate::vm::err_matches(&e, &crate::types::t().type_error) {
                    type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            crate::protocol::collect(vm, &it)?
        }
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(it) {
            Some(t) => out.push_str(t),
            None => {
                return Err(type_error(format!("sequence item {i}: expected str instance, {} found", crate::types::type_name(it.class()))))
            }
        }
    }
    Ok(new_string(out))
}

/// Python's whitespace (`str.isspace`): Unicode White_Space plus the
/// information separators U+001C..U+001F.
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn split_whitespace(s: &str, maxsplit: i64, rev: bool) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    if !rev {
        let mut rest = s.trim_start_matches(py_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                return parts;
            }
            let end = rest.find(py_space).unwrap_or(rest.len());
            parts.push(rest[..end].to_string());
            rest = rest[end..].trim_start_matches(py_space);
        }
    } else {
        let mut rest = s.trim_end_matches(py_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                break;
            }
            let start = rest.rfind(py_space).map(|i| i + rest[i..].chars().next().unwrap().len_utf8()).unwrap_or(0);
            parts.push(rest[start..].to_string());
            rest = rest[..start].trim_end_matches(py_space);
        }
        parts.reverse();
    }
    parts
}

fn split_args(a: &[PyRef], kw: KwArgs, name: &str) -> PyResult<(Option<String>, i64)> {
    crate::vm::check_kwargs(name, kw, &["sep", "maxsplit"])?;
    crate::vm::check_args_kw(name, &a[1..], 0, 2)?;
    let sep = a.get(1).or_else(|| crate::vm::kwarg(kw, "sep")).cloned();
    let maxsplit = match a.get(2).or_else(|| crate::vm::kwarg(kw, "maxsplit")) {
        Some(o) => crate::int::index_i64(o)?,
        None => -1,
    };
    let sep = match sep {
        Some(o) if !crate::vm::is_none(&o) => {
            let t = must_str(&o, "must be str or None")?.to_string();
            if t.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(t)
        }
        _ => None,
    };
    Ok((sep, maxsplit))
}

fn list_of_strs(v: Vec<String>) -> PyRef {
    crate::list::new_list(v.into_iter().map(new_string).collect())
}

fn m_split(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let (sep, maxsplit) = split_args(a, kw, "split")?;
    let s = this(a).as_str();
    Ok(list_of_strs(match sep {
        None => split_whitespace(s, maxsplit, false),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(String::from).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str()).map(String::from).collect()
            }
        }
    }))
}

fn m_rsplit(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let (sep, maxsplit) = split_args(a, kw, "rsplit")?;
    let s = this(a).as_str();
    Ok(list_of_strs(match sep {
        None => split_whitespace(s, maxsplit, true),
        Some(sep) => {
            let mut v: Vec<String> = if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(String::from).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str()).map(String::from).collect()
            };
            v.reverse();
            v
        }
    }))
}

fn m_splitlines(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("splitlines", kw, &["keepends"])?;
    crate::vm::check_args_kw("splitlines", &a[1..], 0, 1)?;
    let keep = match a.get(1).or_else(|| crate::vm::kwarg(kw, "keepends")) {
        // keepends is read as an int, as CPython's converter does.
        Some(o) => {
            crate::int::require_int(o)?;
            crate::protocol::truthy_native(o).unwrap_or(false)
        }
        None => false,
    };
    let s = this(a).as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let b: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < b.len() {
        let (pos, c) = b[i];
        let is_nl = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_nl {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < b.len() && b[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(if keep { s[start..end].to_string() } else { s[start..pos].to_string() });
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(s[start..].to_string());
    }
    Ok(list_of_strs(out))
}

fn strip_chars(a: &[PyRef], name: &str) -> PyResult<Option<Vec<char>>> {
    check_args(name, &a[1..], 0, 1)?;
    match a.get(1) {
        None => Ok(None),
        Some(o) if crate::vm::is_none(o) => Ok(None),
        Some(o) => Ok(Some(arg_str(o, name)?.chars().collect())),
    }
}

fn m_strip(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let s = this(a).as_str();
    Ok(new_str(match strip_chars(a, "strip")? {
        None => s.trim_matches(py_space),
        Some(cs) => s.trim_matches(|c| cs.contains(&c)),
    }))
}
fn m_lstrip(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let s = this(a).as_str();
    Ok(new_str(match strip_chars(a, "lstrip")? {
        None => s.trim_start_matches(py_space),
        Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
    }))
}
fn m_rstrip(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let s = this(a).as_str();
    Ok(new_str(match strip_chars(a, "rstrip")? {
        None => s.trim_end_matches(py_space),
        Some(cs) => s.trim_end_matches(|c| cs.contains(&c)),
    }))
}

fn m_upper(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "upper", a, kw)?;
    Ok(new_string(this(a).as_str().to_uppercase()))
}
fn m_lower(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "lower", a, kw)?;
    Ok(new_string(this(a).as_str().to_lowercase()))
}
fn m_casefold(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "casefold", a, kw)?;
    // Lower-casing plus the full case folds that differ from it.
    let table = crate::unicode_casefold::CASEFOLDS;
    let mut out = String::new();
    for c in this(a).as_str().chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match table.binary_search_by_key(&(c as u32), |e| e.0) {
            Ok(i) => out.push_str(table[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    Ok(new_string(out))
}
/// Titlecase letters (Unicode category Lt): cased, neither upper nor lower.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// Cased letters (Lu, Ll, Lt).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// The titlecase mapping of `c` (Unicode's, with its multi-character
/// special cases), as used by `str.title()` and `str.capitalize()`.
fn push_title(out: &mut String, c: char) {
    // The title case where it is not the upper case (ligatures, digraphs,
    // Greek with ypogegrammeni, Georgian), from the generated table.
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    let table = crate::unicode_casefold::TITLECASES;
    match table.binary_search_by_key(&(c as u32), |e| e.0) {
        Ok(i) => out.push_str(table[i].1),
        Err(_) => out.extend(c.to_uppercase()),
    }
}

/// Case-ignorable characters (approximately Unicode's: marks, format
/// characters, modifiers and the word-internal punctuation).
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{2027}')
        || matches!(crate::unicode_props::category(c), "Mn" | "Me" | "Cf" | "Lm" | "Sk")
}

/// Push the lower case of `chars[i]`, with the final-sigma rule: a capital
/// sigma after a cased letter and not before one becomes 'ς'.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let cased_before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
    let cased_after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
    out.push(if cased_before && !cased_after { 'ς' } else { 'σ' });
}

fn m_swapcase(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "swapcase", a, kw)?;
    let mut out = String::new();
    let chars: Vec<char> = this(a).as_str().chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower_at(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_string(out))
}
fn m_capitalize(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "capitalize", a, kw)?;
    let chars: Vec<char> = this(a).as_str().chars().collect();
    let mut out = String::new();
    if let Some(&f) = chars.first() {
        push_title(&mut out, f);
        for i in 1..chars.len() {
            push_lower_at(&mut out, &chars, i);
        }
    }
    Ok(new_string(out))
}
fn m_title(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "title", a, kw)?;
    let mut out = String::new();
    let mut prev_cased = false;
    let chars: Vec<char> = this(a).as_str().chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_string(out))
}

fn prefix_check(vm: &mut dyn Vm, a: &[PyRef], end: bool) -> PyResult {
    let name = if end { "endswith" } else { "startswith" };
    check_args(name, &a[1..], 1, 3)?;
    let s = this(a);
    let (x, y) = char_range(s, a, 2)?;
    let hay = if x <= y { s.slice_chars(x, y) } else { "" };
    let test = |p: &str| x <= y && if end { hay.ends_with(p) } else { hay.starts_with(p) };
    let _ = vm;
    match &a[1].payload {
        Payload::Str(p) => Ok(crate::vm::bool_obj(x <= y && test(p.as_str()))),
        Payload::Tuple(items) => {
            for it in items.iter() {
                let p = as_str(it).ok_or_else(|| {
                    type_error(format!("tuple for {name} must only contain str, not {}", crate::types::type_name(it.class())))
                })?;
                if x <= y && test(p) {
                    return Ok(crate::vm::bool_obj(true));
                }
            }
            Ok(crate::vm::bool_obj(false))
        }
        _ => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            crate::types::type_name(a[1].class())
        ))),
    }
}
fn m_startswith(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_kwargs("startswith", kw)?;
    prefix_check(vm, a, false)
}
fn m_endswith(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_kwargs("endswith", kw)?;
    prefix_check(vm, a, true)
}

fn m_replace(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("replace", kw, &["count"])?;
    check_args("replace", &a[1..], 2, 3)?;
    let s = this(a).as_str();
    let old = must_str(&a[1], "replace() argument 1 must be str")?;
    let new = must_str(&a[2], "replace() argument 2 must be str")?;
    let count = match a.get(3).or_else(|| kwarg(kw, "count")) {
        Some(o) => crate::int::index_i64(o)?,
        None => -1,
    };
    Ok(new_string(if count < 0 {
        s.replace(old, new)
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        out
    } else {
        s.replacen(old, new, count as usize)
    }))
}

fn pred(a: &[PyRef], f: impl Fn(&str) -> bool) -> PyResult {
    Ok(crate::vm::bool_obj(f(this(a).as_str())))
}
fn m_isdigit(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isdigit", a, kw)?;
    pred(a, |s| !s.is_empty() && s.chars().all(is_digit_char))
}

/// Unicode Numeric_Type=Digit or Decimal: decimal digits plus superscript,
/// subscript, circled and similar digit forms (not fractions like '½').
fn is_digit_char(c: char) -> bool {
    crate::unicode_props::is_digit(c)
        || matches!(c as u32,
            0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF
            | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}
fn m_isdecimal(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isdecimal", a, kw)?;
    pred(a, |s| !s.is_empty() && s.chars().all(crate::unicode_props::is_decimal))
}
fn m_isnumeric(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isnumeric", a, kw)?;
    pred(a, |s| !s.is_empty() && s.chars().all(crate::unicode_props::is_numeric))
}
fn m_isalpha(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isalpha", a, kw)?;
    pred(a, |s| !s.is_empty() && s.chars().all(crate::unicode_props::is_letter))
}
fn m_isalnum(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isalnum", a, kw)?;
    pred(a, |s| !s.is_empty() && s.chars().all(|c| crate::unicode_props::is_letter(c) || crate::unicode_props::is_numeric(c)))
}
fn m_isspace(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isspace", a, kw)?;
    pred(a, |s| !s.is_empty() && s.chars().all(py_space))
}
fn m_isupper(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isupper", a, kw)?;
    pred(a, |s| s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase() || is_titlecase(c)))
}
fn m_islower(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "islower", a, kw)?;
    pred(a, |s| s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase() || is_titlecase(c)))
}
fn m_isascii(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isascii", a, kw)?;
    pred(a, |s| s.is_ascii())
}
fn m_isprintable(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isprintable", a, kw)?;
    pred(a, |s| s.chars().all(is_printable))
}
fn m_istitle(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "istitle", a, kw)?;
    pred(a, |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}
fn m_isidentifier(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("str", "isidentifier", a, kw)?;
    pred(a, is_identifier)
}

/// Whether `s` is a valid Python identifier.
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if crate::unicode_props::is_id_start(c) => cs.all(crate::unicode_props::is_id_continue),
        _ => false,
    }
}

fn pad_args(a: &[PyRef], name: &str) -> PyResult<(usize, char)> {
    check_args(name, &a[1..], 1, 2)?;
    let w = crate::int::index_i64(&a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        None => ' ',
        Some(o) => {
            let f = as_str(o).ok_or_else(|| type_error(format!("The fill character must be a unicode character, not {}", crate::types::type_name(o.class()))))?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(type_error("The fill character must be exactly one character long")),
            }
        }
    };
    check_width(w, fill.len_utf8())?;
    Ok((w, fill))
}

/// A padded result of `width` characters must fit in memory: MemoryError
/// (as CPython) instead of an aborting allocation.
fn check_width(width: usize, char_bytes: usize) -> PyResult<()> {
    if width > 1 << 24 {
        let mut probe = String::new();
        crate::protocol::arith::reserve_repeat(&mut probe, width, char_bytes)?;
    }
    Ok(())
}
fn m_center(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let (w, f) = pad_args(a, "center")?;
    let s = this(a);
    let n = s.char_len();
    if w <= n {
        return Ok(a[0].clone());
    }
    let total = w - n;
    let left = total / 2 + (total & w & 1);
    let fs: String = std::iter::repeat_n(f, left).collect();
    let rs: String = std::iter::repeat_n(f, total - left).collect();
    Ok(new_string(format!("{fs}{}{rs}", s.as_str())))
}
fn m_ljust(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let (w, f) = pad_args(a, "ljust")?;
    let s = this(a);
    let n = s.char_len();
    Ok(new_string(format!("{}{}", s.as_str(), std::iter::repeat_n(f, w.saturating_sub(n)).collect::<String>())))
}
fn m_rjust(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let (w, f) = pad_args(a, "rjust")?;
    let s = this(a);
    let n = s.char_len();
    Ok(new_string(format!("{}{}", std::iter::repeat_n(f, w.saturating_sub(n)).collect::<String>(), s.as_str())))
}
fn m_zfill(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("str.zfill", &a[1..], 1, 1)?;
    let w = crate::int::index_i64(&a[1])?.max(0) as usize;
    let s = this(a);
    let n = s.char_len();
    if w <= n {
        return Ok(a[0].clone());
    }
    check_width(w, 1)?;
    let t = s.as_str();
    let (sign, rest) = if t.starts_with('+') || t.starts_with('-') { t.split_at(1) } else { ("", t) };
    Ok(new_string(format!("{sign}{}{rest}", "0".repeat(w - n))))
}

fn partition(a: &[PyRef], rev: bool) -> PyResult {
    check_args(if rev { "str.rpartition" } else { "str.partition" }, &a[1..], 1, 1)?;
    let s = this(a).as_str();
    let sep = must_str(&a[1], "must be str")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let r = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match r {
        Some(i) => [new_str(&s[..i]), a[1].clone(), new_str(&s[i + sep.len()..])],
        None if rev => [new_str(""), new_str(""), a[0].clone()],
        None => [a[0].clone(), new_str(""), new_str("")],
    };
    Ok(crate::tuple::new_tuple(parts.to_vec()))
}
fn m_partition(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    partition(a, false)
}
fn m_rpartition(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    partition(a, true)
}
fn m_removeprefix(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("str.removeprefix", &a[1..], 1, 1)?;
    let s = this(a).as_str();
    let p = must_str(&a[1], "removeprefix() argument must be str")?;
    Ok(new_str(s.strip_prefix(p).unwrap_or(s)))
}
fn m_removesuffix(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("str.removesuffix", &a[1..], 1, 1)?;
    let s = this(a).as_str();
    let p = must_str(&a[1], "removesuffix() argument must be str")?;
    Ok(new_str(if p.is_empty() { s } else { s.strip_suffix(p).unwrap_or(s) }))
}
fn m_encode(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::check_kwargs("encode", kw, &["encoding", "errors"])?;
    crate::vm::check_args_kw("encode", &a[1..], 0, 2)?;
    let (enc, errors) = crate::codecs::args("encode()", a, kw, 1)?;
    Ok(crate::bytes::new_bytes(crate::codecs::encode(this(a).as_str(), &enc, &errors)?))
}
fn m_expandtabs(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("expandtabs", kw, &["tabsize"])?;
    crate::vm::check_args_kw("expandtabs", &a[1..], 0, 1)?;
    let ts = match a.get(1).or_else(|| kwarg(kw, "tabsize")) {
        Some(o) => {
            crate::int::require_int(o)?;
            crate::int::index_i64(o).ok().filter(|t| i32::try_from(*t).is_ok()).ok_or_else(|| overflow_error("Python int too large to convert to C int"))?
        }
        None => 8,
    };
    check_width(ts.max(0) as usize, 1)?;
    let mut out = String::new();
    let mut col = 0i64;
    for c in this(a).as_str().chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}
fn m_format_map(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.len() != 2 {
        return Err(type_error(format!("str.format_map() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    crate::format::str_format_map(vm, this(a).as_str(), &a[1])
}

fn m_maketrans(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    // Called as str.maketrans(...) (static): arguments start at a[0].
    let args: &[PyRef] = if a.first().is_some_and(|x| crate::types::is_type(x)) { &a[1..] } else { a };
    let d = crate::dict::new_dict();
    match args.len() {
        1 => {
            if !matches!(args[0].payload, Payload::Dict(..)) {
                return Err(crate::vm::type_error("if you give only one argument to maketrans it must be a dict"));
            }
            for (k, v) in crate::dict::items(&args[0]) {
                let key = match as_str(&k) {
                    Some(s) if s.chars().count() == 1 => crate::int::new_int(s.chars().next().unwrap() as i64),
                    Some(_) => return Err(value_error("string keys in translate table must be of length 1")),
                    None => k,
                };
                crate::dict::set_item(vm, &d, key, v)?;
            }
        }
        2 | 3 => {
            let x: Vec<char> = must_str(&args[0], "maketrans() argument 1 must be str")?.chars().collect();
            let y: Vec<char> = must_str(&args[1], "maketrans() argument 2 must be str")?.chars().collect();
            if x.len() != y.len() {
                return Err(value_error("the first two maketrans arguments must have equal length"));
            }
            for (c, r) in x.iter().zip(y.iter()) {
                crate::dict::set_item(vm, &d, crate::int::new_int(*c as i64), crate::int::new_int(*r as i64))?;
            }
            if let Some(z) = args.get(2) {
                for c in must_str(z, "maketrans() argument 3 must be str")?.chars() {
                    crate::dict::set_item(vm, &d, crate::int::new_int(c as i64), crate::vm::none())?;
                }
            }
        }
        _ => return Err(type_error("maketrans() takes 1 to 3 arguments")),
    }
    Ok(d)
}

fn m_translate(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("str.translate", &a[1..], 1, 1)?;
    let mut out = String::new();
    for c in this(a).as_str().chars() {
        let key = crate::int::new_int(c as i64);
        match crate::protocol::getitem(vm, &a[1], &key) {
            Ok(v) => match &v.payload {
                Payload::None => {}
                Payload::Int(i) => out.push(char::from_u32(*i as u32).ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?),
                Payload::Str(s) => out.push_str(s.as_str()),
                _ => return Err(type_error("character mapping must return integer, None or str")),
            },
            Err(e) if crate::vm::err_matches(&e, &crate::types::t().lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_string(out))
}

fn m_format(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::format::str_format(vm, this(a).as_str(), &a[1..], kw)
}


/// `s[i]` for a str.
pub fn getitem_index(s: &PyStr, i: i64) -> PyResult {
    let n = s.char_len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("string index out of range"));
    }
    Ok(new_char(s.char_at(j as usize)))
}

/// Install the methods of `str`.
pub fn register() {
    let t = &types().str;
    use crate::types::add_method as m;
    m(t, "find", m_find);
    m(t, "rfind", m_rfind);
    m(t, "index", m_index);
    m(t, "rindex", m_rindex);
    m(t, "count", m_count);
    m(t, "join", m_join);
    m(t, "split", m_split);
    m(t, "rsplit", m_rsplit);
    m(t, "splitlines", m_splitlines);
    m(t, "strip", m_strip);
    m(t, "lstrip", m_lstrip);
    m(t, "rstrip", m_rstrip);
    m(t, "upper", m_upper);
    m(t, "lower", m_lower);
    m(t, "casefold", m_casefold);
    m(t, "swapcase", m_swapcase);
    m(t, "capitalize", m_capitalize);
    m(t, "title", m_title);
    m(t, "startswith", m_startswith);
    m(t, "endswith", m_endswith);
    m(t, "replace", m_replace);
    m(t, "isdigit", m_isdigit);
    m(t, "isdecimal", m_isdecimal);
    m(t, "isnumeric", m_isnumeric);
    m(t, "isalpha", m_isalpha);
    m(t, "isalnum", m_isalnum);
    m(t, "isspace", m_isspace);
    m(t, "isupper", m_isupper);
    m(t, "islower", m_islower);
    m(t, "isascii", m_isascii);
    m(t, "isprintable", m_isprintable);
    m(t, "istitle", m_istitle);
    m(t, "isidentifier", m_isidentifier);
    m(t, "center", m_center);
    m(t, "ljust", m_ljust);
    m(t, "rjust", m_rjust);
    m(t, "zfill", m_zfill);
    m(t, "partition", m_partition);
    m(t, "rpartition", m_rpartition);
    m(t, "removeprefix", m_removeprefix);
    m(t, "removesuffix", m_removesuffix);
    m(t, "encode", m_encode);
    m(t, "expandtabs", m_expandtabs);
    m(t, "format", m_format);
    m(t, "format_map", m_format_map);
    m(t, "translate", m_translate);
    let mt = crate::function::new_builtin("maketrans", "str", m_maketrans, None);
    mt.make_immortal();
    crate::types::add_attr(t, "maketrans", PyRef::new_immortal(&types().staticmethod, Payload::StaticMethod(mt)));
}
