//! Text encodings for `str.encode`, `bytes.decode`, `str(b, enc)` and
//! `bytes(s, enc)`: UTF-8 (also with signature), ASCII, Latin-1, UTF-16 and UTF-32 (with and
//! without byte-order mark), with the `strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace` and `surrogateescape` error
//! handlers and CPython's UnicodeError messages. The `unicode_escape`
//! and `raw_unicode_escape` codecs live in `codecs_escape`, the cp1252
//! and iso-8859-15 code pages in `codecs_charmap`.

use crate::object::PyRef;
use crate::types::exc_type;
use crate::vm::*;

/// The encodings this module knows, by canonical name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Enc {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    UnicodeEscape,
    RawUnicodeEscape,
    Cp1252,
    Latin9,
}

fn lookup(name: &str) -> PyResult<(Enc, &'static str)> {
    let n = name.to_ascii_lowercase().replace(['_', ' '], "-");
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "locale" => (Enc::Utf8, "utf-8"),
        "utf-8-sig" | "utf8-sig" => (Enc::Utf8Sig, "utf-8-sig"),
        "ascii" | "us-ascii" | "646" => (Enc::Ascii, "ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => (Enc::Latin1, "latin-1"),
        "utf-16" | "utf16" | "u16" => (Enc::Utf16, "utf-16"),
        "utf-16-le" | "utf-16le" => (Enc::Utf16Le, "utf-16-le"),
        "utf-16-be" | "utf-16be" => (Enc::Utf16Be, "utf-16-be"),
        "utf-32" | "utf32" | "u32" => (Enc::Utf32, "utf-32"),
        "utf-32-le" | "utf-32le" => (Enc::Utf32Le, "utf-32-le"),
        "utf-32-be" | "utf-32be" => (Enc::Utf32Be, "utf-32-be"),
        "unicode-escape" | "unicodeescape" => (Enc::UnicodeEscape, "unicodeescape"),
        "cp1252" | "windows-1252" => (Enc::Cp1252, "cp1252"),
        "iso-8859-15" | "iso8859-15" | "latin9" | "l9" => (Enc::Latin9, "iso8859-15"),
        "raw-unicode-escape" | "rawunicodeescape" => (Enc::RawUnicodeEscape, "rawunicodeescape"),
        _ => return Err(err(&exc_type("LookupError"), format!("unknown encoding: {name}"))),
    })
}

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace" | "surrogateescape" | "surrogatepass" => Ok(()),
        _ => Err(err(&exc_type("LookupError"), format!("unknown error handler name '{errors}'"))),
    }
}

fn encode_error(enc: &str, chars: &[char], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 {
        format!("character '{}' in position {start}", escape_char(chars[start]))
    } else {
        format!("characters in position {start}-{}", end - 1)
    };
    let _ = what;
    let text: String = chars.iter().collect();
    unicode_error("UnicodeEncodeError", vec![crate::str::new_str(enc), crate::str::new_string(text), crate::int::new_int(start as i64), crate::int::new_int(end as i64), crate::str::new_str(reason)])
}

/// A Unicode error with CPython's five arguments and fields.
fn unicode_error(kind: &str, args: Vec<PyRef>) -> PyErr {
    let e = crate::exceptions::new_exc(&exc_type(kind), vec![]);
    let _ = crate::exceptions::init_exception(&e, &args, &[]);
    PyErr(e)
}

fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let (enc, name) = lookup(encoding)?;
    check_errors(errors)?;
    let limit = match enc {
        Enc::Ascii => 128,
        Enc::Latin1 => 256,
        Enc::Utf8 => return Ok(s.as_bytes().to_vec()),
        Enc::Utf8Sig => {
            let mut out = b"\xef\xbb\xbf".to_vec();
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Enc::UnicodeEscape => return Ok(crate::codecs_escape::encode_unicode_escape(s)),
        Enc::RawUnicodeEscape => return Ok(crate::codecs_escape::encode_raw_unicode_escape(s)),
        Enc::Cp1252 => return crate::codecs_charmap::encode(s, &crate::codecs_charmap::CP1252, errors),
        Enc::Latin9 => return crate::codecs_charmap::encode(s, &crate::codecs_charmap::LATIN9, errors),
        _ => u32::MAX,
    };
    if limit == u32::MAX {
        let mut out = Vec::new();
        let bom = matches!(enc, Enc::Utf16 | Enc::Utf32);
        let le = matches!(enc, Enc::Utf16 | Enc::Utf16Le | Enc::Utf32 | Enc::Utf32Le);
        let wide = matches!(enc, Enc::Utf32 | Enc::Utf32Le | Enc::Utf32Be);
        let push16 = |out: &mut Vec<u8>, u: u16| out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        if bom {
            if wide {
                out.extend(0xFEFFu32.to_le_bytes());
            } else {
                push16(&mut out, 0xFEFF);
            }
        }
        for c in s.chars() {
            if wide {
                let v = c as u32;
                out.extend(if le { v.to_le_bytes() } else { v.to_be_bytes() });
            } else {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    push16(&mut out, *u);
                }
            }
        }
        return Ok(out);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j] as u32) >= limit {
            j += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(encode_error(name, &chars, i, j, &format!("ordinal not in range({limit})")));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for c in &chars[i..j] {
                    out.extend(escape_char(*c).bytes());
                }
            }
            _ => {
                for c in &chars[i..j] {
                    out.extend(format!("&#{};", *c as u32).bytes());
                }
            }
        }
        i = j;
    }
    Ok(out)
}

fn decode_error(enc: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    let _ = what;
    unicode_error("UnicodeDecodeError", vec![crate::str::new_str(enc), crate::bytes::new_bytes(b.to_vec()), crate::int::new_int(start as i64), crate::int::new_int(end as i64), crate::str::new_str(reason)])
}

/// Handle an undecodable run `b[start..end]`; Err for `strict`.
fn on_bad(out: &mut String, enc: &str, b: &[u8], start: usize, end: usize, reason: &str, errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "xmlcharrefreplace" | "surrogatepass" => Err(decode_error(enc, b, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        _ => {
            // surrogateescape: lone bytes as U+DC80..U+DCFF cannot be held in
            // a Rust string; they decode to U+FFFD instead.
            for _ in start..end {
                out.push('\u{FFFD}');
            }
            Ok(())
        }
    }
}

fn utf8_decode(b: &[u8], errors: &str) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match std::str::from_utf8(&b[i..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: the prefix was validated by from_utf8.
                out.push_str(std::str::from_utf8(&b[i..i + good]).unwrap_or(""));
                let at = i + good;
                let lead = b[at];
                let (bad_len, reason) = match e.error_len() {
                    Some(n) => {
                        let reason = if (0x80..0xC2).contains(&lead) || lead >= 0xF5 { "invalid start byte" } else { "invalid continuation byte" };
                        (n, reason)
                    }
                    None => (b.len() - at, "unexpected end of data"),
                };
                on_bad(&mut out, "utf-8", b, at, at + bad_len, reason, errors)?;
                i = at + bad_len;
            }
        }
    }
    Ok(out)
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let (enc, name) = lookup(encoding)?;
    check_errors(errors)?;
    match enc {
        Enc::Utf8 => utf8_decode(b, errors),
        Enc::Utf8Sig => utf8_decode(b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b), errors),
        Enc::UnicodeEscape => crate::codecs_escape::decode_unicode_escape(b, errors),
        Enc::RawUnicodeEscape => crate::codecs_escape::decode_raw_unicode_escape(b, errors),
        Enc::Cp1252 => crate::codecs_charmap::decode(b, &crate::codecs_charmap::CP1252, errors),
        Enc::Latin9 => crate::codecs_charmap::decode(b, &crate::codecs_charmap::LATIN9, errors),
        Enc::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Enc::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    out.push(c as char);
                } else {
                    on_bad(&mut out, name, b, i, i + 1, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(out)
        }
        Enc::Utf16 | Enc::Utf16Le | Enc::Utf16Be => {
            let (mut le, mut data) = (enc != Enc::Utf16Be, b);
            if enc == Enc::Utf16 && data.len() >= 2 {
                if data[..2] == [0xFF, 0xFE] {
                    data = &data[2..];
                } else if data[..2] == [0xFE, 0xFF] {
                    le = false;
                    data = &data[2..];
                }
            }
            let off = b.len() - data.len();
            let units: Vec<u16> = data.chunks(2).filter(|c| c.len() == 2).map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) }).collect();
            let mut out = String::new();
            let mut pos = off;
            for r in char::decode_utf16(units.iter().copied()) {
                match r {
                    Ok(c) => {
                        pos += c.len_utf16() * 2;
                        out.push(c);
                    }
                    Err(_) => {
                        on_bad(&mut out, name, b, pos, pos + 2, "illegal encoding", errors)?;
                        pos += 2;
                    }
                }
            }
            if data.len() % 2 == 1 {
                on_bad(&mut out, name, b, b.len() - 1, b.len(), "truncated data", errors)?;
            }
            Ok(out)
        }
        Enc::Utf32 | Enc::Utf32Le | Enc::Utf32Be => {
            let (mut le, mut data) = (enc != Enc::Utf32Be, b);
            if enc == Enc::Utf32 && data.len() >= 4 {
                if data[..4] == [0xFF, 0xFE, 0, 0] {
                    data = &data[4..];
                } else if data[..4] == [0, 0, 0xFE, 0xFF] {
                    le = false;
                    data = &data[4..];
                }
            }
            let off = b.len() - data.len();
            let mut out = String::new();
            for (k, c) in data.chunks(4).enumerate() {
                let pos = off + 4 * k;
                if c.len() < 4 {
                    on_bad(&mut out, name, b, pos, b.len(), "truncated data", errors)?;
                    break;
                }
                let v = if le { u32::from_le_bytes([c[0], c[1], c[2], c[3]]) } else { u32::from_be_bytes([c[0], c[1], c[2], c[3]]) };
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => on_bad(&mut out, name, b, pos, pos + 4, "code point not in range(0x110000)", errors)?,
                }
            }
            Ok(out)
        }
    }
}

/// The (encoding, errors) of an encode/decode call's arguments.
/// `who` names the callable in type errors (`encode()`, `bytes()`, ...).
pub fn args<'a>(who: &str, a: &'a [PyRef], kw: KwArgs<'a>, first: usize) -> PyResult<(String, String)> {
    let enc = match a.get(first).or_else(|| kwarg(kw, "encoding")) {
        Some(e) => crate::str::as_str(e).ok_or_else(|| type_error(format!("{who} argument 'encoding' must be str, not {}", crate::vm::arg_type_name(e))))?.to_string(),
        None => "utf-8".into(),
    };
    let errors = match a.get(first + 1).or_else(|| kwarg(kw, "errors")) {
        Some(e) => crate::str::as_str(e).ok_or_else(|| type_error(format!("{who} argument 'errors' must be str, not {}", crate::vm::arg_type_name(e))))?.to_string(),
        None => "strict".into(),
    };
    Ok((enc, errors))
}
