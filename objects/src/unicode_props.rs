//! Unicode character properties behind `str`'s predicates and the
//! `unicodedata` module: the general category (from the
//! `unicode-general-category` tables), identifier characters (XID, from
//! `unicode-ident`), printability, and decimal, digit and numeric values.

use unicode_general_category::{get_general_category, GeneralCategory};

/// The general category's two-letter abbreviation (`Lu`, `Nd`, ...).
pub fn category(c: char) -> &'static str {
    get_general_category(c).abbreviation()
}

/// Whether the character is assigned.
pub fn is_assigned(c: char) -> bool {
    get_general_category(c) != GeneralCategory::Unassigned
}

/// `str.isalpha`: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_letter(c: char) -> bool {
    use GeneralCategory::*;
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(get_general_category(c), UppercaseLetter | LowercaseLetter | TitlecaseLetter | ModifierLetter | OtherLetter)
}

/// `str.isprintable`: everything but the other (C*) and separator (Z*)
/// categories, the space excepted.
pub fn is_printable(c: char) -> bool {
    use GeneralCategory::*;
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(get_general_category(c), Control | Format | Surrogate | PrivateUse | Unassigned | LineSeparator | ParagraphSeparator | SpaceSeparator)
}

/// `str.isdecimal`: category Nd.
pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && get_general_category(c) == GeneralCategory::DecimalNumber)
}

/// `str.isdigit`: Numeric_Type Decimal or Digit.
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// `str.isnumeric`: Numeric_Type Decimal, Digit or Numeric (the number
/// categories and the characters with numeric values, such as CJK
/// numerals).
pub fn is_numeric(c: char) -> bool {
    use GeneralCategory::*;
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    matches!(get_general_category(c), DecimalNumber | LetterNumber | OtherNumber) || numeric_value(c).is_some()
}

/// A character an identifier may start with (XID_Start or `_`).
pub fn is_id_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

/// A character an identifier may continue with (XID_Continue).
pub fn is_id_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// The value of a decimal digit (category Nd): its place in its run of
/// ten consecutive digits.
pub fn decimal_value(c: char) -> Option<u32> {
    if get_general_category(c) != GeneralCategory::DecimalNumber {
        return None;
    }
    let mut start = c as u32;
    while start > 0 && char::from_u32(start - 1).is_some_and(|p| get_general_category(p) == GeneralCategory::DecimalNumber) {
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// Digits that are not decimal digits: superscripts, subscripts and the
/// circled, parenthesized and dingbat forms. (first code point, its value,
/// how many follow in sequence).
const DIGIT_RUNS: &[(u32, u32, u32)] = &[
    (0xB2, 2, 2),
    (0xB9, 1, 1),
    (0x2070, 0, 1),
    (0x2074, 4, 6),
    (0x2080, 0, 10),
    (0x2460, 1, 9),
    (0x2474, 1, 9),
    (0x2488, 1, 9),
    (0x24EA, 0, 1),
    (0x24F5, 1, 9),
    (0x24FF, 0, 1),
    (0x2776, 1, 9),
    (0x2780, 1, 9),
    (0x278A, 1, 9),
    (0x1369, 1, 9),
    (0x1F100, 0, 1),
    (0x1F101, 0, 10),
    (0x1F10B, 0, 1),
];

pub fn digit_value(c: char) -> Option<u32> {
    if let Some(v) = decimal_value(c) {
        return Some(v);
    }
    let n = c as u32;
    DIGIT_RUNS.iter().find(|(start, _, len)| n >= *start && n < start + len).map(|(start, v, _)| v + (n - start))
}

/// Numeric values of characters that are neither decimal digits nor
/// digits: fractions, Roman numerals, circled numbers above nine and the
/// CJK numerals. (code point, numerator, denominator).
const NUMERIC: &[(u32, f64, f64)] = &[
    (0xBC, 1.0, 4.0),
    (0xBD, 1.0, 2.0),
    (0xBE, 3.0, 4.0),
    (0x2150, 1.0, 7.0),
    (0x2151, 1.0, 9.0),
    (0x2152, 1.0, 10.0),
    (0x2153, 1.0, 3.0),
    (0x2154, 2.0, 3.0),
    (0x2155, 1.0, 5.0),
    (0x2156, 2.0, 5.0),
    (0x2157, 3.0, 5.0),
    (0x2158, 4.0, 5.0),
    (0x2159, 1.0, 6.0),
    (0x215A, 5.0, 6.0),
    (0x215B, 1.0, 8.0),
    (0x215C, 3.0, 8.0),
    (0x215D, 5.0, 8.0),
    (0x215E, 7.0, 8.0),
    (0x215F, 1.0, 1.0),
    (0x2189, 0.0, 1.0),
    (0x216C, 50.0, 1.0),
    (0x216D, 100.0, 1.0),
    (0x216E, 500.0, 1.0),
    (0x216F, 1000.0, 1.0),
    (0x217C, 50.0, 1.0),
    (0x217D, 100.0, 1.0),
    (0x217E, 500.0, 1.0),
    (0x217F, 1000.0, 1.0),
    (0x2180, 1000.0, 1.0),
    (0x2181, 5000.0, 1.0),
    (0x2182, 10000.0, 1.0),
    (0x2185, 6.0, 1.0),
    (0x2186, 50.0, 1.0),
    (0x2187, 50000.0, 1.0),
    (0x2188, 100000.0, 1.0),
    (0x24FE, 10.0, 1.0),
    (0x277F, 10.0, 1.0),
    (0x2789, 10.0, 1.0),
    (0x2793, 10.0, 1.0),
    (0x3007, 0.0, 1.0),
    (0x4E00, 1.0, 1.0),
    (0x4E8C, 2.0, 1.0),
    (0x4E09, 3.0, 1.0),
    (0x56DB, 4.0, 1.0),
    (0x4E94, 5.0, 1.0),
    (0x516D, 6.0, 1.0),
    (0x4E03, 7.0, 1.0),
    (0x516B, 8.0, 1.0),
    (0x4E5D, 9.0, 1.0),
    (0x5341, 10.0, 1.0),
    (0x767E, 100.0, 1.0),
    (0x5343, 1000.0, 1.0),
    (0x4E07, 10000.0, 1.0),
    (0x842C, 10000.0, 1.0),
    (0x5104, 100000000.0, 1.0),
    (0x4EBF, 100000000.0, 1.0),
    (0x5146, 1000000000000.0, 1.0),
    (0x96F6, 0.0, 1.0),
    (0x3038, 10.0, 1.0),
    (0x3039, 20.0, 1.0),
    (0x303A, 30.0, 1.0),
];

/// Runs of numbers counting up by one: (first code point, its value,
/// how many).
const NUMERIC_RUNS: &[(u32, u32, u32)] = &[
    (0x2160, 1, 12),
    (0x2170, 1, 12),
    (0x2469, 10, 11),
    (0x247D, 10, 11),
    (0x2491, 10, 11),
    (0x24EB, 11, 10),
    (0x3021, 1, 9),
    (0x3251, 21, 15),
    (0x32B1, 36, 15),
    (0x3280, 1, 10),
    (0x3220, 1, 10),
];

pub fn numeric_value(c: char) -> Option<f64> {
    if let Some(v) = digit_value(c) {
        return Some(v as f64);
    }
    let n = c as u32;
    if let Some((_, num, den)) = NUMERIC.iter().find(|(cp, _, _)| *cp == n) {
        return Some(num / den);
    }
    NUMERIC_RUNS.iter().find(|(start, _, len)| n >= *start && n < start + len).map(|(start, v, _)| (v + (n - start)) as f64)
}

