//! `unicodedata`: the Unicode character database (category, name and
//! lookup, normalization, combining class, bidirectional class, decimal,
//! digit and numeric values, east Asian width, mirroring, canonical
//! decomposition).
//!
//! The tables come from well-kept crates (`unicode-general-category`
//! through `weft_objects::unicode_props`, `unicode_names2`,
//! `unicode-normalization`, `unicode-bidi`), all at
//! Unicode 16.0; numeric values come from `weft_objects::unicode_props`
//! and the east Asian width classes are kept here.

use crate::util::{add_fn, new_module};
use weft_objects::unicode_props::{decimal_value, digit_value, is_assigned, numeric_value};
use weft_objects::vm::*;
use weft_objects::{dict, float, int, str as pystr, types, PyRef};

/// The Unicode version of the tables.
const UNIDATA_VERSION: &str = "16.0.0";

/// The single character a function was given, or CPython's TypeError.
fn one_char(who: &str, a: &[PyRef], at: usize) -> PyResult<char> {
    let Some(o) = a.get(at) else {
        return Err(type_error(format!("{who}() missing required argument 'chr' (pos {})", at + 1)));
    };
    let mut chars = match pystr::as_str(o) {
        Some(s) => s.chars(),
        None => return Err(type_error(format!("{who}() argument must be a unicode character, not {}", types::type_name(o.class())))),
    };
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(format!("{who}() argument must be a unicode character, not str"))),
    }
}

fn category_of(c: char) -> &'static str {
    if (c as u32) >= 0xD800 && (c as u32) <= 0xDFFF {
        return "Cs";
    }
    weft_objects::unicode_props::category(c)
}

fn u_category(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("category", a, 1, 1)?;
    Ok(pystr::new_str(category_of(one_char("category", a, 0)?)))
}

fn u_name(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("name", a, 1, 2)?;
    let c = one_char("name", a, 0)?;
    match unicode_names2::name(c) {
        Some(n) => Ok(pystr::new_string(n.to_string())),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(value_error("no such name")),
        },
    }
}

fn u_lookup(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("lookup", a, 1, 1)?;
    let name = pystr::as_str(&a[0]).ok_or_else(|| type_error(format!("lookup() argument must be str, not {}", types::type_name(a[0].class()))))?;
    match unicode_names2::character(name) {
        Some(c) => Ok(pystr::new_string(c.to_string())),
        None => Err(err(&types::t().key_error, format!("undefined character name '{name}'"))),
    }
}

/// The normalization form named by `form`.
fn form_of(form: &PyRef) -> PyResult<&'static str> {
    let f = pystr::as_str(form).ok_or_else(|| type_error(format!("normalize() argument 1 must be str, not {}", types::type_name(form.class()))))?;
    match f {
        "NFC" => Ok("NFC"),
        "NFD" => Ok("NFD"),
        "NFKC" => Ok("NFKC"),
        "NFKD" => Ok("NFKD"),
        _ => Err(value_error("invalid normalization form")),
    }
}

fn text_arg<'a>(who: &str, a: &'a [PyRef]) -> PyResult<&'a str> {
    pystr::as_str(&a[1]).ok_or_else(|| type_error(format!("{who}() argument 2 must be str, not {}", types::type_name(a[1].class()))))
}

fn u_normalize(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("normalize", a, 2, 2)?;
    use unicode_normalization::UnicodeNormalization;
    let form = form_of(&a[0])?;
    let s = text_arg("normalize", a)?;
    let out: String = match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        _ => s.nfkd().collect(),
    };
    if out == s {
        return Ok(a[1].clone());
    }
    Ok(pystr::new_string(out))
}

fn u_is_normalized(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("is_normalized", a, 2, 2)?;
    let form = form_of(&a[0])?;
    let s = text_arg("is_normalized", a)?;
    Ok(bool_obj(match form {
        "NFC" => unicode_normalization::is_nfc(s),
        "NFD" => unicode_normalization::is_nfd(s),
        "NFKC" => unicode_normalization::is_nfkc(s),
        _ => unicode_normalization::is_nfkd(s),
    }))
}

fn u_combining(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("combining", a, 1, 1)?;
    let c = one_char("combining", a, 0)?;
    Ok(int::new_int(unicode_normalization::char::canonical_combining_class(c) as i64))
}

fn u_bidirectional(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("bidirectional", a, 1, 1)?;
    let c = one_char("bidirectional", a, 0)?;
    if !is_assigned(c) {
        return Ok(pystr::new_str(""));
    }
    Ok(pystr::new_string(format!("{:?}", unicode_bidi::bidi_class(c))))
}

fn value_or_default(a: &[PyRef], v: Option<PyRef>, msg: &str) -> PyResult {
    match (v, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(value_error(msg)),
    }
}

fn u_decimal(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("decimal", a, 1, 2)?;
    let c = one_char("decimal", a, 0)?;
    value_or_default(a, decimal_value(c).map(|v| int::new_int(v as i64)), "not a decimal")
}

fn u_digit(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("digit", a, 1, 2)?;
    let c = one_char("digit", a, 0)?;
    value_or_default(a, digit_value(c).map(|v| int::new_int(v as i64)), "not a digit")
}

fn u_numeric(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("numeric", a, 1, 2)?;
    let c = one_char("numeric", a, 0)?;
    value_or_default(a, numeric_value(c).map(float::new_float), "not a numeric character")
}

/// East Asian Width classes: fullwidth, halfwidth and wide ranges;
/// narrow for the rest of ASCII and its Latin-1 look-alikes; ambiguous
/// for the Latin-1, Greek, Cyrillic and symbol characters East Asian
/// fonts draw wide; neutral otherwise.
fn east_asian_width(c: char) -> &'static str {
    let n = c as u32;
    const F: &[(u32, u32)] = &[(0x3000, 0x3000), (0xFF01, 0xFF60), (0xFFE0, 0xFFE6)];
    const H: &[(u32, u32)] = &[(0x20A9, 0x20A9), (0xFF61, 0xFFBE), (0xFFC2, 0xFFDC), (0xFFE8, 0xFFEE)];
    const W: &[(u32, u32)] = &[
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x2FFF),
        (0x3001, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F),
        (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0x16FE0, 0x16FE4), (0x17000, 0x18CFF),
        (0x1AFF0, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A),
        (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251), (0x1F260, 0x1F265),
        (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA),
        (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
        (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
        (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC),
        (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC),
        (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];
    const NA: &[(u32, u32)] = &[(0x20, 0x7E), (0xA2, 0xA3), (0xA5, 0xA6), (0xAC, 0xAC), (0xAF, 0xAF), (0x27E6, 0x27ED), (0x2985, 0x2986)];
    const A: &[(u32, u32)] = &[
        (0xA1, 0xA1), (0xA4, 0xA4), (0xA7, 0xA8), (0xAA, 0xAA), (0xAD, 0xAE), (0xB0, 0xB4), (0xB6, 0xBA), (0xBC, 0xBF),
        (0xC6, 0xC6), (0xD0, 0xD0), (0xD7, 0xD8), (0xDE, 0xE1), (0xE6, 0xE6), (0xE8, 0xEA), (0xEC, 0xED), (0xF0, 0xF0),
        (0xF2, 0xF3), (0xF7, 0xFA), (0xFC, 0xFC), (0xFE, 0xFE), (0x101, 0x101), (0x111, 0x111), (0x113, 0x113),
        (0x11B, 0x11B), (0x126, 0x127), (0x12B, 0x12B), (0x131, 0x133), (0x138, 0x138), (0x13F, 0x142), (0x144, 0x144),
        (0x148, 0x14B), (0x14D, 0x14D), (0x152, 0x153), (0x166, 0x167), (0x16B, 0x16B), (0x1CE, 0x1CE), (0x1D0, 0x1D0),
        (0x1D2, 0x1D2), (0x1D4, 0x1D4), (0x1D6, 0x1D6), (0x1D8, 0x1D8), (0x1DA, 0x1DA), (0x1DC, 0x1DC), (0x251, 0x251),
        (0x261, 0x261), (0x2C4, 0x2C4), (0x2C7, 0x2C7), (0x2C9, 0x2CB), (0x2CD, 0x2CD), (0x2D0, 0x2D0), (0x2D8, 0x2DB),
        (0x2DD, 0x2DD), (0x2DF, 0x2DF), (0x300, 0x36F), (0x391, 0x3A1), (0x3A3, 0x3A9), (0x3B1, 0x3C1), (0x3C3, 0x3C9),
        (0x401, 0x401), (0x410, 0x44F), (0x451, 0x451), (0x2010, 0x2010), (0x2013, 0x2016), (0x2018, 0x2019),
        (0x201C, 0x201D), (0x2020, 0x2022), (0x2024, 0x2027), (0x2030, 0x2030), (0x2032, 0x2033), (0x2035, 0x2035),
        (0x203B, 0x203B), (0x203E, 0x203E), (0x2074, 0x2074), (0x207F, 0x207F), (0x2081, 0x2084), (0x20AC, 0x20AC),
        (0x2103, 0x2103), (0x2105, 0x2105), (0x2109, 0x2109), (0x2113, 0x2113), (0x2116, 0x2116), (0x2121, 0x2122),
        (0x2126, 0x2126), (0x212B, 0x212B), (0x2153, 0x2154), (0x215B, 0x215E), (0x2160, 0x216B), (0x2170, 0x2179),
        (0x2189, 0x2189), (0x2190, 0x2199), (0x21B8, 0x21B9), (0x21D2, 0x21D2), (0x21D4, 0x21D4), (0x21E7, 0x21E7),
        (0x2200, 0x2200), (0x2202, 0x2203), (0x2207, 0x2208), (0x220B, 0x220B), (0x220F, 0x220F), (0x2211, 0x2211),
        (0x2215, 0x2215), (0x221A, 0x221A), (0x221D, 0x2220), (0x2223, 0x2223), (0x2225, 0x2225), (0x2227, 0x222C),
        (0x222E, 0x222E), (0x2234, 0x2237), (0x223C, 0x223D), (0x2248, 0x2248), (0x224C, 0x224C), (0x2252, 0x2252),
        (0x2260, 0x2261), (0x2264, 0x2267), (0x226A, 0x226B), (0x226E, 0x226F), (0x2282, 0x2283), (0x2286, 0x2287),
        (0x2295, 0x2295), (0x2299, 0x2299), (0x22A5, 0x22A5), (0x22BF, 0x22BF), (0x2312, 0x2312), (0x2460, 0x24E9),
        (0x24EB, 0x254B), (0x2550, 0x2573), (0x2580, 0x258F), (0x2592, 0x2595), (0x25A0, 0x25A1), (0x25A3, 0x25A9),
        (0x25B2, 0x25B3), (0x25B6, 0x25B7), (0x25BC, 0x25BD), (0x25C0, 0x25C1), (0x25C6, 0x25C8), (0x25CB, 0x25CB),
        (0x25CE, 0x25D1), (0x25E2, 0x25E5), (0x25EF, 0x25EF), (0x2605, 0x2606), (0x2609, 0x2609), (0x260E, 0x260F),
        (0x261C, 0x261C), (0x261E, 0x261E), (0x2640, 0x2640), (0x2642, 0x2642), (0x2660, 0x2661), (0x2663, 0x2665),
        (0x2667, 0x266A), (0x266C, 0x266D), (0x266F, 0x266F), (0x269E, 0x269F), (0x26BF, 0x26BF), (0x26C6, 0x26CD),
        (0x26CF, 0x26D3), (0x26D5, 0x26E1), (0x26E3, 0x26E3), (0x26E8, 0x26E9), (0x26EB, 0x26F1), (0x26F4, 0x26F4),
        (0x26F6, 0x26F9), (0x26FB, 0x26FC), (0x26FE, 0x26FF), (0x273D, 0x273D), (0x2776, 0x277F), (0x2B56, 0x2B59),
        (0x3248, 0x324F), (0xE000, 0xF8FF), (0xFE00, 0xFE0F), (0xFFFD, 0xFFFD), (0x1F100, 0x1F10A), (0x1F110, 0x1F12D),
        (0x1F130, 0x1F169), (0x1F170, 0x1F18D), (0x1F18F, 0x1F190), (0x1F19B, 0x1F1AC), (0xE0100, 0xE01EF),
        (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD),
    ];
    let within = |t: &[(u32, u32)]| t.iter().any(|(a, b)| n >= *a && n <= *b);
    if within(F) {
        "F"
    } else if within(H) {
        "H"
    } else if within(W) {
        "W"
    } else if within(NA) {
        "Na"
    } else if within(A) {
        "A"
    } else {
        "N"
    }
}

fn u_east_asian_width(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("east_asian_width", a, 1, 1)?;
    Ok(pystr::new_str(east_asian_width(one_char("east_asian_width", a, 0)?)))
}

/// `decomposition(chr)`: the character's decomposition mapping, one level
/// deep, with its `<tag>` for compatibility mappings ('' for none).
fn u_decomposition(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("decomposition", a, 1, 1)?;
    let c = one_char("decomposition", a, 0)? as u32;
    let table = super::unicode_decomp::DECOMPOSITIONS;
    Ok(pystr::new_str(table.binary_search_by_key(&c, |e| e.0).map(|i| table[i].1).unwrap_or("")))
}

/// Code point ranges with Bidi_Mirrored=Yes (field 9 of UnicodeData.txt;
/// unchanged for these ranges through Unicode 16).
const MIRRORED: &[(u32, u32)] = &[
    (0x28, 0x29), (0x3C, 0x3C), (0x3E, 0x3E), (0x5B, 0x5B), (0x5D, 0x5D), (0x7B, 0x7B), (0x7D, 0x7D), (0xAB,
    0xAB), (0xBB, 0xBB), (0xF3A, 0xF3D), (0x169B, 0x169C), (0x2039, 0x203A), (0x2045, 0x2046), (0x207D,
    0x207E), (0x208D, 0x208E), (0x2140, 0x2140), (0x2201, 0x2204), (0x2208, 0x220D), (0x2211, 0x2211),
    (0x2215, 0x2216), (0x221A, 0x221D), (0x221F, 0x2222), (0x2224, 0x2224), (0x2226, 0x2226), (0x222B,
    0x2233), (0x2239, 0x2239), (0x223B, 0x224C), (0x2252, 0x2255), (0x225F, 0x2260), (0x2262, 0x2262),
    (0x2264, 0x226B), (0x226E, 0x228C), (0x228F, 0x2292), (0x2298, 0x2298), (0x22A2, 0x22A3), (0x22A6,
    0x22B8), (0x22BE, 0x22BF), (0x22C9, 0x22CD), (0x22D0, 0x22D1), (0x22D6, 0x22ED), (0x22F0, 0x22FF),
    (0x2308, 0x230B), (0x2320, 0x2321), (0x2329, 0x232A), (0x2768, 0x2775), (0x27C0, 0x27C0), (0x27C3,
    0x27C6), (0x27C8, 0x27C9), (0x27CB, 0x27CD), (0x27D3, 0x27D6), (0x27DC, 0x27DE), (0x27E2, 0x27EF),
    (0x2983, 0x2998), (0x299B, 0x29A0), (0x29A2, 0x29AF), (0x29B8, 0x29B8), (0x29C0, 0x29C5), (0x29C9,
    0x29C9), (0x29CE, 0x29D2), (0x29D4, 0x29D5), (0x29D8, 0x29DC), (0x29E1, 0x29E1), (0x29E3, 0x29E5),
    (0x29E8, 0x29E9), (0x29F4, 0x29F9), (0x29FC, 0x29FD), (0x2A0A, 0x2A1C), (0x2A1E, 0x2A21), (0x2A24,
    0x2A24), (0x2A26, 0x2A26), (0x2A29, 0x2A29), (0x2A2B, 0x2A2E), (0x2A34, 0x2A35), (0x2A3C, 0x2A3E),
    (0x2A57, 0x2A58), (0x2A64, 0x2A65), (0x2A6A, 0x2A6D), (0x2A6F, 0x2A70), (0x2A73, 0x2A74), (0x2A79,
    0x2AA3), (0x2AA6, 0x2AAD), (0x2AAF, 0x2AD6), (0x2ADC, 0x2ADC), (0x2ADE, 0x2ADE), (0x2AE2, 0x2AE6),
    (0x2AEC, 0x2AEE), (0x2AF3, 0x2AF3), (0x2AF7, 0x2AFB), (0x2AFD, 0x2AFD), (0x2BFE, 0x2BFE), (0x2E02,
    0x2E05), (0x2E09, 0x2E0A), (0x2E0C, 0x2E0D), (0x2E1C, 0x2E1D), (0x2E20, 0x2E29), (0x2E55, 0x2E5C),
    (0x3008, 0x3011), (0x3014, 0x301B), (0xFE59, 0xFE5E), (0xFE64, 0xFE65), (0xFF08, 0xFF09), (0xFF1C,
    0xFF1C), (0xFF1E, 0xFF1E), (0xFF3B, 0xFF3B), (0xFF3D, 0xFF3D), (0xFF5B, 0xFF5B), (0xFF5D, 0xFF5D),
    (0xFF5F, 0xFF60), (0xFF62, 0xFF63), (0x1D6DB, 0x1D6DB), (0x1D715, 0x1D715), (0x1D74F, 0x1D74F), (0x1D789,
    0x1D789), (0x1D7C3, 0x1D7C3)
];

/// `mirrored(chr)`: 1 when the character is mirrored in bidirectional
/// text (brackets, comparison signs, ...), else 0.
fn u_mirrored(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("mirrored", a, 1, 1)?;
    let n = one_char("mirrored", a, 0)? as u32;
    let i = MIRRORED.partition_point(|(_, hi)| *hi < n);
    Ok(int::new_int(i64::from(MIRRORED.get(i).is_some_and(|(lo, _)| *lo <= n))))
}

/// Build the `unicodedata` module.
pub fn init() -> PyRef {
    let m = new_module("unicodedata");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    for (name, f) in [
        ("category", u_category as NativeFn),
        ("name", u_name),
        ("lookup", u_lookup),
        ("normalize", u_normalize),
        ("is_normalized", u_is_normalized),
        ("combining", u_combining),
        ("bidirectional", u_bidirectional),
        ("decimal", u_decimal),
        ("digit", u_digit),
        ("numeric", u_numeric),
        ("east_asian_width", u_east_asian_width),
        ("decomposition", u_decomposition),
        ("mirrored", u_mirrored),
    ] {
        add_fn(&d, name, "unicodedata", f);
    }
    dict::set_str(&d, "unidata_version", pystr::new_str(UNIDATA_VERSION));
    m
}
