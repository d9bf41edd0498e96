//! Decoding Python source bytes as PEP 263 says: a UTF-8 byte-order mark,
//! else a `coding:` declaration in the first two lines, else UTF-8; with
//! CPython's SyntaxErrors for unknown encodings and undecodable bytes.

use weft_objects::vm::*;
use weft_objects::{exceptions, int, str as pystr, tuple, types};

/// A SyntaxError without a position in the source (`msg` only).
fn syntax_error(msg: String, filename: &str) -> PyErr {
    let details = tuple::new_tuple(vec![pystr::new_str(filename), int::new_int(0), int::new_int(-1), none()]);
    let ex = exceptions::new_exc(&types::t().syntax_error, vec![pystr::new_string(msg.clone()), details]);
    if let Some(d) = exceptions::data(&ex) {
        weft_objects::exceptions::set_member(d, "filename", pystr::new_str(filename));
        weft_objects::exceptions::set_member(d, "msg", pystr::new_string(msg));
    }
    PyErr(ex)
}

/// The encoding a `# -*- coding: NAME -*-` comment on this line names.
fn declared(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let t = text.trim_start_matches([' ', '\t', '\x0c']);
    if !t.starts_with('#') {
        return None;
    }
    let at = t.find("coding")?;
    let rest = &t[at + 6..];
    let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('='))?;
    let name: String = rest.trim_start_matches([' ', '\t']).chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')).collect();
    (!name.is_empty()).then_some(name)
}

/// Whether a line holds only a comment or blanks (a declaration may then
/// follow on the second line).
fn blank_or_comment(line: &[u8]) -> bool {
    let t: Vec<u8> = line.iter().copied().skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c')).collect();
    t.is_empty() || t[0] == b'#' || t[0] == b'\n' || t[0] == b'\r'
}

/// Decode `bytes` of source. `from_file`: the undecodable-UTF-8 error
/// names the file and line, as for the main script; otherwise it is the
/// codec's error, as for compile() and imported modules.
pub fn decode(bytes: &[u8], filename: &str, from_file: bool) -> PyResult<String> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let mut lines = bytes.split_inclusive(|b| *b == b'\n');
    let first = lines.next().unwrap_or(&[]);
    let second = lines.next().unwrap_or(&[]);
    let enc = declared(first).or_else(|| if blank_or_comment(first) { declared(second) } else { None });
    if let Some(enc) = enc {
        let norm = enc.to_ascii_lowercase().replace('_', "-");
        let is_utf8 = matches!(norm.as_str(), "utf-8" | "utf8") || norm.starts_with("utf-8-");
        if bom && !is_utf8 {
            let shown = if matches!(norm.as_str(), "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1") { "iso-8859-1".to_string() } else { enc.clone() };
            return Err(syntax_error(format!("encoding problem: {shown} with BOM"), filename));
        }
        if !is_utf8 {
            if weft_objects::codecs::decode(b"", &enc, "strict").is_err() {
                return Err(syntax_error(format!("unknown encoding: {enc}"), filename));
            }
            return weft_objects::codecs::decode(bytes, &enc, "strict").map_err(|e| syntax_error(format!("(unicode error) {}", exception_text(&e)), filename));
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(err) => {
            let at = err.valid_up_to();
            if from_file {
                let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
                Err(syntax_error(
                    format!("Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details", bytes[at]),
                    filename,
                ))
            } else {
                // CPython reports the byte's place in the string literal it
                // sits in (the tokenizer decodes literals one by one).
                let line_start = bytes[..at].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
                let lit_start = bytes[line_start..at].iter().rposition(|b| *b == b'\'' || *b == b'"').map_or(line_start, |i| line_start + i + 1);
                let e = weft_objects::codecs::decode(&bytes[lit_start..], "utf-8", "strict").err();
                Err(syntax_error(format!("(unicode error) {}", e.as_ref().map(exception_text).unwrap_or_default()), filename))
            }
        }
    }
}

/// `str(e)` of a codec error, without running Python code.
fn exception_text(e: &PyErr) -> String {
    let a = exceptions::args(&e.0);
    let parts = tuple::as_slice(&a).map(|s| s.to_vec()).unwrap_or_default();
    // UnicodeDecodeError(encoding, object, start, end, reason).
    if parts.len() == 5 {
        let enc = pystr::as_str(&parts[0]).unwrap_or("?");
        let start = int::index_i64(&parts[2]).unwrap_or(0);
        let end = int::index_i64(&parts[3]).unwrap_or(0);
        let reason = pystr::as_str(&parts[4]).unwrap_or("?");
        let obj = weft_objects::bytes::as_bytes_vec(&parts[1]).unwrap_or_default();
        if end - start == 1 {
            let b = obj.get(start as usize).copied().unwrap_or(0);
            return format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}");
        }
        return format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1);
    }
    parts.first().and_then(|p| pystr::as_str(p).map(String::from)).unwrap_or_default()
}
