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
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    numeric_value(c).is_some()
}

/// A character an identifier may start with (XID_Start or `_`).
pub fn is_id_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

/// A character an identifier may continue with (XID_Continue).
pub fn is_id_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// The character's row in the generated numeric table: its kind and value.
fn numeric_entry(c: char) -> Option<(u8, f64)> {
    use crate::unicode_numeric::NUMERIC_RUNS;
    let n = c as u32;
    let i = NUMERIC_RUNS.partition_point(|r| r.0 <= n).checked_sub(1)?;
    let (start, len, kind, num, den) = NUMERIC_RUNS[i];
    let offset = n - start;
    (offset < len as u32).then(|| (kind, (num + offset as i64) as f64 / den as f64))
}

/// The value of a decimal digit (Numeric_Type=Decimal). Characters newer
/// than the table count by their place in their run of ten category-Nd
/// code points.
pub fn decimal_value(c: char) -> Option<u32> {
    if let Some((kind, v)) = numeric_entry(c) {
        return (kind == crate::unicode_numeric::KIND_DECIMAL).then_some(v as u32);
    }
    if get_general_category(c) != GeneralCategory::DecimalNumber {
        return None;
    }
    let mut start = c as u32;
    while start > 0 && char::from_u32(start - 1).is_some_and(|p| get_general_category(p) == GeneralCategory::DecimalNumber) {
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// The value of a digit (Numeric_Type=Decimal or Digit).
pub fn digit_value(c: char) -> Option<u32> {
    match numeric_entry(c) {
        Some((kind, v)) if kind <= crate::unicode_numeric::KIND_DIGIT => Some(v as u32),
        Some(_) => None,
        None => decimal_value(c),
    }
}

/// The numeric value of any character that has one.
pub fn numeric_value(c: char) -> Option<f64> {
    match numeric_entry(c) {
        Some((_, v)) => Some(v),
        None => decimal_value(c).map(f64::from),
    }
}

