//! Single-byte code pages as tables over Latin-1: `cp1252` (Windows
//! Western European) and `iso-8859-15` (Latin-9), with the `charmap`
//! codec's error messages.

use crate::vm::{PyErr, PyResult};

/// Undefined byte in a table.
const UNDEF: u16 = 0xFFFF;

/// Bytes 0x80..=0xFF of cp1252.
pub static CP1252: [u16; 128] = build(&[
    (0x80, 0x20ac), (0x81, UNDEF), (0x82, 0x201a), (0x83, 0x0192), (0x84, 0x201e), (0x85, 0x2026), (0x86, 0x2020), (0x87, 0x2021),
    (0x88, 0x02c6), (0x89, 0x2030), (0x8a, 0x0160), (0x8b, 0x2039), (0x8c, 0x0152), (0x8d, UNDEF), (0x8e, 0x017d), (0x8f, UNDEF),
    (0x90, UNDEF), (0x91, 0x2018), (0x92, 0x2019), (0x93, 0x201c), (0x94, 0x201d), (0x95, 0x2022), (0x96, 0x2013), (0x97, 0x2014),
    (0x98, 0x02dc), (0x99, 0x2122), (0x9a, 0x0161), (0x9b, 0x203a), (0x9c, 0x0153), (0x9d, UNDEF), (0x9e, 0x017e), (0x9f, 0x0178),
]);

/// Bytes 0x80..=0xFF of iso-8859-15.
pub static LATIN9: [u16; 128] = build(&[(0xa4, 0x20ac), (0xa6, 0x0160), (0xa8, 0x0161), (0xb4, 0x017d), (0xb8, 0x017e), (0xbc, 0x0152), (0xbd, 0x0153), (0xbe, 0x0178)]);

/// Latin-1's upper half with `overrides` applied.
const fn build(overrides: &[(u8, u16)]) -> [u16; 128] {
    let mut t = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = (i + 0x80) as u16;
        i += 1;
    }
    let mut k = 0;
    while k < overrides.len() {
        t[(overrides[k].0 - 0x80) as usize] = overrides[k].1;
        k += 1;
    }
    t
}

fn error(kind: &str, args: Vec<crate::object::PyRef>) -> PyErr {
    let e = crate::exceptions::new_exc(&crate::types::exc_type(kind), vec![]);
    let _ = crate::exceptions::init_exception(&e, &args, &[]);
    PyErr(e)
}

/// Encode `s` with a table.
pub fn encode(s: &str, table: &[u16; 128], errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let n = c as u32;
        if n < 0x80 {
            out.push(n as u8);
            continue;
        }
        if let Some(pos) = table.iter().position(|&t| t as u32 == n && t != UNDEF) {
            out.push(0x80 + pos as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let esc = if n < 0x100 { format!("\\x{n:02x}") } else if n < 0x10000 { format!("\\u{n:04x}") } else { format!("\\U{n:08x}") };
                out.extend(esc.bytes());
            }
            "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
            _ => {
                return Err(error(
                    "UnicodeEncodeError",
                    vec![crate::str::new_str("charmap"), crate::str::new_string(s.to_string()), crate::int::new_int(i as i64), crate::int::new_int(i as i64 + 1), crate::str::new_str("character maps to <undefined>")],
                ))
            }
        }
    }
    Ok(out)
}

/// Decode `b` with a table.
pub fn decode(b: &[u8], table: &[u16; 128], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    for (i, &byte) in b.iter().enumerate() {
        if byte < 0x80 {
            out.push(byte as char);
            continue;
        }
        match char::from_u32(table[(byte - 0x80) as usize] as u32).filter(|_| table[(byte - 0x80) as usize] != UNDEF) {
            Some(c) => out.push(c),
            None => match errors {
                "ignore" => {}
                "replace" => out.push('\u{FFFD}'),
                "backslashreplace" => out.push_str(&format!("\\x{byte:02x}")),
                _ => {
                    return Err(error(
                        "UnicodeDecodeError",
                        vec![crate::str::new_str("charmap"), crate::bytes::new_bytes(b.to_vec()), crate::int::new_int(i as i64), crate::int::new_int(i as i64 + 1), crate::str::new_str("character maps to <undefined>")],
                    ))
                }
            },
        }
    }
    Ok(out)
}
