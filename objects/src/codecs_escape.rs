//! The `unicode_escape` and `raw_unicode_escape` codecs: text as the
//! backslash escapes of Python string literals (all of them, or only
//! `\uXXXX`/`\UXXXXXXXX` in the raw form), with CPython's error messages.

use crate::vm::PyResult;

/// Encode with `unicode_escape`: printable ASCII as itself, `\t\n\r\\`
/// escaped, every other character as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn encode_unicode_escape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ => push_hex_escape(&mut out, c, true),
        }
    }
    out
}

/// Encode with `raw_unicode_escape`: Latin-1 characters as their byte,
/// the rest as `\uhhhh` or `\Uhhhhhhhh`.
pub fn encode_raw_unicode_escape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 0x100 {
            out.push(c as u32 as u8);
        } else {
            push_hex_escape(&mut out, c, false);
        }
    }
    out
}

fn push_hex_escape(out: &mut Vec<u8>, c: char, short_x: bool) {
    let n = c as u32;
    let text = if n < 0x100 && short_x {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    };
    out.extend_from_slice(text.as_bytes());
}

/// A decode error in CPython's words for these codecs.
fn error(codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> crate::vm::PyErr {
    let e = crate::exceptions::new_exc(&crate::types::exc_type("UnicodeDecodeError"), vec![]);
    let args = vec![crate::str::new_str(codec), crate::bytes::new_bytes(b.to_vec()), crate::int::new_int(start as i64), crate::int::new_int(end as i64), crate::str::new_str(reason)];
    let _ = crate::exceptions::init_exception(&e, &args, &[]);
    crate::vm::PyErr(e)
}

/// `digits` hex digits at `b[at..]` as a code point, or the escape's error.
fn hex_at(codec: &str, b: &[u8], start: usize, at: usize, digits: usize, errors: &str, out: &mut String) -> PyResult<usize> {
    let what = match digits {
        2 => "truncated \\xXX escape",
        4 => "truncated \\uXXXX escape",
        _ => "truncated \\UXXXXXXXX escape",
    };
    let mut v: u32 = 0;
    let mut k = 0;
    while k < digits {
        match b.get(at + k).and_then(|x| (*x as char).to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => return bad(codec, b, start, at + k, what, errors, out),
        }
        k += 1;
    }
    match char::from_u32(v) {
        Some(c) => out.push(c),
        None if (0xD800..0xE000).contains(&v) => out.push('\u{FFFD}'),
        None => return bad(codec, b, start, at + digits, "illegal Unicode character", errors, out),
    }
    Ok(at + digits)
}

/// Apply the error handler to a bad escape `b[start..end]`; the position
/// to go on from.
fn bad(codec: &str, b: &[u8], start: usize, end: usize, reason: &str, errors: &str, out: &mut String) -> PyResult<usize> {
    match errors {
        "ignore" => Ok(end),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(end)
        }
        "backslashreplace" => {
            for x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(end)
        }
        _ => Err(error(codec, b, start, end, reason)),
    }
}

/// Decode with `unicode_escape`: every escape of a Python string literal;
/// other bytes are Latin-1.
pub fn decode_unicode_escape(b: &[u8], errors: &str) -> PyResult<String> {
    const CODEC: &str = "unicodeescape";
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c as char);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            i = bad(CODEC, b, start, b.len(), "\\ at end of string", errors, &mut out)?;
            continue;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' => i = hex_at(CODEC, b, start, i, 2, errors, &mut out)?,
            b'u' => i = hex_at(CODEC, b, start, i, 4, errors, &mut out)?,
            b'U' => i = hex_at(CODEC, b, start, i, 8, errors, &mut out)?,
            b'N' => {
                let end = b[i..].iter().position(|x| *x == b'}').map_or(b.len(), |p| i + p + 1);
                i = bad(CODEC, b, start, end, "\\N escapes not supported (can't load unicodedata module)", errors, &mut out)?;
            }
            _ => {
                out.push('\\');
                out.push(e as char);
            }
        }
    }
    Ok(out)
}

/// Decode with `raw_unicode_escape`: only `\uXXXX` and `\UXXXXXXXX` after
/// an odd number of backslashes are escapes; other bytes are Latin-1.
pub fn decode_raw_unicode_escape(b: &[u8], errors: &str) -> PyResult<String> {
    const CODEC: &str = "rawunicodeescape";
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i] as char);
            i += 1;
            continue;
        }
        let run = b[i..].iter().take_while(|x| **x == b'\\').count();
        let next = b.get(i + run).copied();
        if run % 2 == 1 && matches!(next, Some(b'u' | b'U')) {
            for _ in 0..run - 1 {
                out.push('\\');
            }
            let start = i + run - 1;
            let digits = if next == Some(b'u') { 4 } else { 8 };
            i = hex_at(CODEC, b, start, i + run + 1, digits, errors, &mut out)?;
        } else {
            for _ in 0..run {
                out.push('\\');
            }
            i += run;
        }
    }
    Ok(out)
}
