//! Syntax errors as CPython reports them: parse errors, unbalanced and
//! too deeply nested brackets.

#[allow(unused_imports)]
use super::*;

pub(super) fn parse_error(e: &ruff_python_parser::ParseError, pos: &dyn Fn(TextSize) -> (usize, usize), line_text: &dyn Fn(usize) -> String) -> CompileError {
    use ruff_python_parser::ParseErrorType as E;
    let (l, c) = pos(e.location.start());
    let (_, ec) = pos(e.location.end());
    let mut msg = e.error.to_string();
    let mut legacy_span: Option<(usize, usize)> = None;
    let indentation = msg.contains("indent") || msg.contains("Unexpected indentation");
    let text = line_text(l);
    // A character that can start no token (CPython's tokenizer error):
    // the first one on the failing line outside strings and comments.
    if !indentation {
        if let Some((col, ch)) = invalid_character(&text) {
            return CompileError { msg: format!("invalid character '{ch}' (U+{:04X})", ch as u32), line: l, col, end_col: col + 1, text, indentation: false };
        }
    }
    let target = text.chars().skip(c.saturating_sub(1)).take(ec.saturating_sub(c).max(1)).collect::<String>();
    // What an invalid assignment/deletion target is, in CPython's words.
    let target_kind = || -> &'static str {
        let t = target.trim();
        if t == "None" || t == "True" || t == "False" || t == "__debug__" {
            return "";
        }
        if t.ends_with(')') && !t.starts_with('(') {
            "function call"
        } else if t.starts_with(|ch: char| ch.is_ascii_digit() || ch == '"' || ch == '\'') || t == "None" || t == "True" || t == "False" {
            "literal"
        } else {
            "expression"
        }
    };
    if let Some(rest) = msg.strip_prefix("Expected an indented block after ") {
        let what = match rest {
            "`if` statement" => "'if' statement",
            "`else` clause" => "'else' statement",
            "`elif` clause" => "'elif' statement",
            "`for` statement" => "'for' statement",
            "`with` statement" => "'with' statement",
            "`class` definition" => "class definition",
            "`while` statement" => "'while' statement",
            "function definition" => "function definition",
            "`case` block" => "'case' statement",
            "`try` statement" => "'try' statement",
            "`except` clause" => "'except' statement",
            "`finally` clause" => "'finally' statement",
            "`match` statement" => "'match' statement",
            _ => "",
        };
        // The header is the nearest line above that ends with ':'.
        let header = (1..l).rev().find(|&k| line_text(k).trim_end().ends_with(':'));
        msg = match (what, header) {
            ("", _) | (_, None) => "expected an indented block".into(),
            (w, Some(h)) => format!("expected an indented block after {w} on line {h}"),
        };
    } else if msg.starts_with("Expected an indented block") {
        msg = "expected an indented block".into();
    } else if msg.starts_with("Expected `:`") {
        msg = "expected ':'".into();
    } else if matches!(e.error, E::InvalidAssignmentTarget) {
        msg = match target_kind() {
            "" => format!("cannot assign to {}", target.trim()),
            k => format!("cannot assign to {k} here. Maybe you meant '==' instead of '='?"),
        };
    } else if matches!(e.error, E::InvalidDeleteTarget) {
        msg = format!("cannot delete {}", target_kind());
    } else if matches!(e.error, E::InvalidAugmentedAssignmentTarget) {
        msg = format!("'{}' is an illegal expression for augmented assignment", target_kind());
    } else if matches!(e.error, E::InvalidArgumentUnpackingOrder) {
        msg = "iterable argument unpacking follows keyword argument unpacking".into();
    } else if matches!(e.error, E::UnparenthesizedGeneratorExpression) {
        msg = "Generator expression must be parenthesized".into();
    } else if let Some(m) = fstring_message(&msg, &text, c, l) {
        msg = m;
    } else if msg.contains("missing closing quote") || msg == "unterminated string" {
        msg = format!("unterminated string literal (detected at line {l})");
    } else if msg.contains("`except` or `finally`") || msg.contains("'except' or 'finally'") {
        msg = "expected 'except' or 'finally' block".into();
    } else if msg == "Unexpected indentation" {
        msg = "unexpected indent".into();
    } else if msg.contains("unindent does not match") {
        msg = "unindent does not match any outer indentation level".into();
    } else if !indentation {
        msg = cpython_message(&msg);
        if msg == "invalid syntax" {
            if let Some(m) = fstring_field_error(&text, c) {
                msg = m.into();
            }
        }
        // Python 2 style `print x` / `exec code`.
        let t = text.trim_start();
        for kw in ["print", "exec"] {
            if msg == "invalid syntax" && t.starts_with(kw) && t[kw.len()..].starts_with(|ch: char| ch == ' ' || ch == '\t') && !t[kw.len()..].trim_start().starts_with(['(', '=', '.', '[']) {
                msg = format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?");
                legacy_span = Some((text.len() - t.len() + 1, text.trim_end().chars().count() + 1));
            }
        }
    }
    let mut end_col = ec.max(c + 1);
    let (mut l, mut c) = (l, c);
    if let Some((from, to)) = legacy_span {
        c = from;
        end_col = to;
    }
    if msg == "invalid syntax" || msg.contains("ParseIntError") || msg.contains("ParseFloatError") {
        if let Some((m, col)) = bad_number_literal(&text) {
            msg = m;
            c = col;
            end_col = col + 1;
            let _ = &mut l;
        }
    }
    if msg == "invalid syntax" {
        if let Some((from, to)) = forgot_comma(&text, c) {
            msg = "invalid syntax. Perhaps you forgot a comma?".into();
            c = from;
            end_col = to;
        }
    }
    if msg == "invalid syntax" {
        // `02`: a decimal literal with leading zeros (CPython's tokenizer
        // error, marking the run of zeros).
        let tok: String = text.chars().skip(c.saturating_sub(1)).take_while(|ch| ch.is_ascii_alphanumeric() || *ch == '_' || *ch == '.').collect();
        let zeros = tok.chars().take_while(|ch| *ch == '0' || *ch == '_').count();
        if tok.starts_with('0') && tok[zeros..].starts_with(|ch: char| ch.is_ascii_digit()) && !tok.contains(['.', 'e', 'E', 'j', 'J']) {
            msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into();
            end_col = c + zeros;
        }
    }
    CompileError { msg, line: l, col: c, end_col, text, indentation }
}

/// Position of the first bracket nested deeper than CPython's parser
/// allows (200 levels), ignoring brackets in strings and comments.
pub(super) fn too_deep(src: &str) -> Option<(usize, usize)> {
    const MAX: usize = 200;
    let (mut depth, mut line, mut col) = (0usize, 1usize, 0usize);
    let mut quote: Option<char> = None;
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        col += 1;
        match (quote, c) {
            (_, '\n') => {
                line += 1;
                col = 0;
                if quote.is_some() && !src.contains("\"\"\"") && !src.contains("\'\'\'") {
                    quote = None;
                }
            }
            (Some(_), '\\') => {
                chars.next();
                col += 1;
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '#') => {
                for c2 in chars.by_ref() {
                    if c2 == '\n' {
                        line += 1;
                        col = 0;
                        break;
                    }
                }
            }
            (None, '\'' | '"') => quote = Some(c),
            (None, '(' | '[' | '{') => {
                depth += 1;
                if depth > MAX {
                    return Some((line, col));
                }
            }
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// CPython's messages for unbalanced brackets, found by a scan that skips
/// strings and comments: (message, line, column).
/// The error CPython's tokenizer reports first: an invalid character
/// before the bracket problem (or any, when a bracket is never closed,
/// which shows only at the end), else the bracket problem.
pub(super) fn tokenizer_error(src: &str) -> Option<(String, usize, usize)> {
    let bracket = bracket_error(src);
    let invalid = src.lines().enumerate().find_map(|(i, line)| invalid_character(line).map(|(c, ch)| (i + 1, c, ch)));
    match (invalid, &bracket) {
        (Some((l, c, ch)), Some((msg, bl, bc))) if msg.contains("never closed") || (l, c) < (*bl, *bc) => {
            Some((format!("invalid character '{ch}' (U+{:04X})", ch as u32), l, c))
        }
        _ => bracket,
    }
}

pub(super) fn bracket_error(src: &str) -> Option<(String, usize, usize)> {
    let mut stack: Vec<(char, usize, usize)> = Vec::new();
    let (mut line, mut col) = (1usize, 0usize);
    let mut chars = src.chars().peekable();
    let mut quote: Option<(char, bool)> = None;
    while let Some(c) = chars.next() {
        col += 1;
        if c == '\n' {
            line += 1;
            col = 0;
        }
        if let Some((q, triple)) = quote {
            if c == '\\' {
                if chars.next() == Some('\n') {
                    line += 1;
                    col = 0;
                } else {
                    col += 1;
                }
                continue;
            }
            if c == q {
                if !triple {
                    quote = None;
                } else if chars.peek() == Some(&q) {
                    chars.next();
                    if chars.peek() == Some(&q) {
                        chars.next();
                        col += 2;
                        quote = None;
                    } else {
                        col += 1;
                    }
                }
            } else if c == '\n' && !triple {
                quote = None;
            }
            continue;
        }
        match c {
            '#' => {
                for c2 in chars.by_ref() {
                    if c2 == '\n' {
                        line += 1;
                        col = 0;
                        break;
                    }
                }
            }
            '\'' | '"' => {
                let mut n = 1;
                while chars.peek() == Some(&c) && n < 3 {
                    chars.next();
                    n += 1;
                    col += 1;
                }
                if n == 2 {
                    continue; // empty string
                }
                quote = Some((c, n == 3));
            }
            '(' | '[' | '{' => stack.push((c, line, col)),
            ')' | ']' | '}' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    None => return Some((format!("unmatched '{c}'"), line, col)),
                    Some((o, ol, _)) if o != open => {
                        let msg = if ol == line {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}'")
                        } else {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {ol}")
                        };
                        return Some((msg, line, col));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    stack.first().map(|(o, l, c)| (format!("'{o}' was never closed"), *l, *c))
}

/// CPython's wording of the parser's f-string errors (`msg` starts with
/// "f-string: "); `c` is the 1-based column of the error on `text`, line
/// `l`.
fn fstring_message(msg: &str, text: &str, c: usize, l: usize) -> Option<String> {
    let what = msg.strip_prefix("f-string: ")?;
    Some(match what {
        "single `}` is not allowed" => "f-string: single '}' is not allowed".into(),
        "expecting `}`" => "f-string: expecting '}'".into(),
        "invalid conversion character" => match text.chars().nth(c.saturating_sub(1)) {
            Some(ch) if !matches!(ch, '}' | ':' | '"' | '\'') && !ch.is_whitespace() => {
                format!("f-string: invalid conversion character '{ch}': expected 's', 'r', or 'a'")
            }
            _ => "f-string: missing conversion character".into(),
        },
        // CPython's message has this spelling.
        "conversion type must come right after the exclamation mark" => {
            "f-string: conversion type must come right after the exclamanation mark".into()
        }
        "unterminated string" => format!("unterminated f-string literal (detected at line {l})"),
        "unterminated triple-quoted string" => format!("unterminated triple-quoted f-string literal (detected at line {l})"),
        "newlines are not allowed in format specifiers when using single quotes" => {
            "f-string: newlines are not allowed in format specifiers for single quoted f-strings".into()
        }
        _ => return None,
    })
}

/// An empty replacement field (`f"{}"`) or an unparenthesized lambda in
/// one, which the parser reports only as invalid syntax at column `c`.
fn fstring_field_error(text: &str, c: usize) -> Option<&'static str> {
    if !(text.contains("f\"") || text.contains("f'") || text.contains("F\"") || text.contains("F'")) {
        return None;
    }
    let cs: Vec<char> = text.chars().collect();
    let at = c.checked_sub(1)?;
    if cs.get(at) == Some(&'}') && at > 0 && cs[..at].iter().rev().find(|ch| !ch.is_whitespace()) == Some(&'{') {
        return Some("f-string: valid expression required before '}'");
    }
    let before: String = cs[..at.min(cs.len())].iter().collect();
    let field = before.rsplit('{').next()?;
    if field.trim_start().starts_with("lambda") && !field.contains('}') {
        return Some("f-string: lambda expressions are not allowed without parentheses");
    }
    None
}

pub(super) fn cpython_message(m: &str) -> String {
    if m.contains("was never closed") || m.starts_with("unterminated") || m.starts_with("missing closing") {
        return m.to_string();
    }
    if m.starts_with("Expected ") || m.starts_with("Unexpected token") || m.starts_with("Got unexpected") || m.starts_with("Invalid ") || m.starts_with("Simple statements") {
        return "invalid syntax".into();
    }
    m.to_string()
}

/// The first malformed number literal on a source line, as CPython's
/// tokenizer reports it: the message and the 1-based column of its caret
/// (the last character that still belonged to the number, or the offending
/// digit).
fn bad_number_literal(line: &str) -> Option<(String, usize)> {
    let cs: Vec<char> = line.chars().collect();
    let n = cs.len();
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    const KEYWORDS: &[&str] = &["and", "else", "for", "if", "in", "is", "not", "or"];
    let keyword_at = |i: usize| KEYWORDS.iter().any(|k| {
        let kc: Vec<char> = k.chars().collect();
        cs.len() >= i + kc.len() && cs[i..i + kc.len()] == kc[..] && cs.get(i + kc.len()).is_none_or(|&c| !ident(c))
    });
    let mut i = 0;
    let mut quote: Option<char> = None;
    while i < n {
        let ch = cs[i];
        if let Some(q) = quote {
            if ch == '\\' {
                i += 2;
                continue;
            }
            if ch == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        if ch == '#' {
            return None;
        }
        if ch == '"' || ch == '\'' {
            quote = Some(ch);
            i += 1;
            continue;
        }
        let starts_number = ch.is_ascii_digit() || (ch == '.' && cs.get(i + 1).is_some_and(|c| c.is_ascii_digit()));
        if !starts_number || (i > 0 && (ident(cs[i - 1]) || cs[i - 1] == '.')) {
            i += 1;
            continue;
        }
        // Digits of `radix` with single underscores between them, from `j`;
        // Err(caret column) on a misplaced underscore.
        let digits = |mut j: usize, radix: u32| -> Result<usize, usize> {
            while j < n {
                if cs[j].is_digit(radix) {
                    j += 1;
                } else if cs[j] == '_' {
                    if cs.get(j + 1).is_some_and(|c| c.is_digit(radix)) {
                        j += 1;
                    } else {
                        return Err(j + 1);
                    }
                } else {
                    break;
                }
            }
            Ok(j)
        };
        let lower = cs.get(i + 1).map(|c| c.to_ascii_lowercase());
        if ch == '0' && matches!(lower, Some('x' | 'o' | 'b')) {
            let (radix, kind) = match lower {
                Some('x') => (16, "hexadecimal"),
                Some('o') => (8, "octal"),
                _ => (2, "binary"),
            };
            let mut j = i + 2;
            if cs.get(j) == Some(&'_') {
                j += 1;
            }
            let start = j;
            let end = match digits(j, radix) {
                Ok(e) => e,
                Err(col) => return Some((format!("invalid {kind} literal"), col)),
            };
            if end < n && cs[end].is_ascii_digit() {
                return Some((format!("invalid digit '{}' in {kind} literal", cs[end]), end + 1));
            }
            if end == start || (end < n && ident(cs[end]) && !keyword_at(end)) {
                return Some((format!("invalid {kind} literal"), end.max(1)));
            }
            i = end;
            continue;
        }
        let mut j = match digits(i, 10) {
            Ok(e) => e,
            Err(col) => return Some(("invalid decimal literal".into(), col)),
        };
        if j < n && cs[j] == '.' {
            j += 1;
            if j < n && cs[j] == '_' {
                return Some(("invalid decimal literal".into(), j));
            }
            j = match digits(j, 10) {
                Ok(e) => e,
                Err(col) => return Some(("invalid decimal literal".into(), col)),
            };
        }
        if j < n && (cs[j] == 'e' || cs[j] == 'E') && !keyword_at(j) {
            let mut k = j + 1;
            if k < n && (cs[k] == '+' || cs[k] == '-') {
                k += 1;
            }
            if !(k < n && cs[k].is_ascii_digit()) {
                return Some(("invalid decimal literal".into(), j));
            }
            j = match digits(k, 10) {
                Ok(e) => e,
                Err(col) => return Some(("invalid decimal literal".into(), col)),
            };
        }
        let mut kind = "decimal";
        if j < n && (cs[j] == 'j' || cs[j] == 'J') {
            j += 1;
            kind = "imaginary";
        }
        if j < n && ident(cs[j]) && !keyword_at(j) {
            return Some((format!("invalid {kind} literal"), j));
        }
        i = j.max(i + 1);
    }
    None
}

/// CPython's "Perhaps you forgot a comma?": inside brackets, an expression
/// directly followed by another. `at` is the 1-based column where parsing
/// failed (the start of the second expression); returns the 1-based
/// columns spanning both expressions (end exclusive).
fn forgot_comma(line: &str, at: usize) -> Option<(usize, usize)> {
    let cs: Vec<char> = line.chars().collect();
    let b = at.checked_sub(1)?;
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    const KEYWORDS: &[&str] = &[
        "and", "or", "not", "in", "is", "if", "else", "for", "lambda", "async", "await", "from", "as", "yield", "None", "True", "False",
    ];
    let word_at = |i: usize| -> String { cs[i..].iter().take_while(|c| ident(**c)).collect() };
    let starts_expr = |i: usize| -> bool {
        match cs.get(i) {
            Some(&c) if c.is_ascii_digit() || c == '"' || c == '\'' => true,
            Some(&c) if ident(c) => {
                let w = word_at(i);
                !KEYWORDS.contains(&w.as_str()) || matches!(w.as_str(), "None" | "True" | "False")
            }
            _ => false,
        }
    };
    if !starts_expr(b) {
        return None;
    }
    // The first expression ends just before the gap.
    let mut e = b;
    while e > 0 && cs[e - 1] == ' ' {
        e -= 1;
    }
    if e == b || e == 0 {
        return None;
    }
    let last = cs[e - 1];
    if !(ident(last) || matches!(last, ')' | ']' | '}' | '"' | '\'')) {
        return None;
    }
    // `print "x"`-style legacy statements are reported elsewhere; a name
    // directly followed by a string is not this error either.
    let name_before = {
        let mut w = e;
        while w > 0 && ident(cs[w - 1]) {
            w -= 1;
        }
        ident(last) && !cs[w].is_ascii_digit()
    };
    if name_before && matches!(cs[b], '"' | '\'') {
        return None;
    }
    if ident(last) {
        let mut w = e;
        while w > 0 && ident(cs[w - 1]) {
            w -= 1;
        }
        let word: String = cs[w..e].iter().collect();
        if KEYWORDS.contains(&word.as_str()) && !matches!(word.as_str(), "None" | "True" | "False") {
            return None;
        }
    }
    // Walk back to the enclosing bracket or separator at depth 0.
    let mut depth = 0i32;
    let mut i = e;
    let mut inside = false;
    while i > 0 {
        let c = cs[i - 1];
        match c {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' | '{' if depth > 0 => depth -= 1,
            '(' | '[' | '{' => {
                inside = true;
                break;
            }
            ',' | ':' | '=' if depth == 0 => {
                if c == '=' && i >= 2 && matches!(cs[i - 2], '=' | '!' | '<' | '>') {
                    i -= 1;
                    continue;
                }
                // Still inside some bracket further left?
                let mut d = 0i32;
                for &x in cs[..i - 1].iter().rev() {
                    match x {
                        ')' | ']' | '}' => d += 1,
                        '(' | '[' | '{' if d > 0 => d -= 1,
                        '(' | '[' | '{' => {
                            inside = true;
                            break;
                        }
                        _ => {}
                    }
                }
                break;
            }
            _ => {}
        }
        i -= 1;
    }
    if !inside {
        return None;
    }
    let mut start = i;
    while start < e && cs[start] == ' ' {
        start += 1;
    }
    // Comprehension clauses, conditional expressions and lambdas get other
    // messages (or none) from CPython.
    let between: String = cs[start..b].iter().collect();
    if between.split(|c: char| !ident(c)).any(|w| matches!(w, "for" | "if" | "lambda" | "else")) {
        return None;
    }
    // The second expression: a primary with its trailers.
    let mut j = b;
    let skip_group = |mut k: usize| -> usize {
        let mut d = 0i32;
        while k < cs.len() {
            match cs[k] {
                '(' | '[' | '{' => d += 1,
                ')' | ']' | '}' => {
                    d -= 1;
                    if d == 0 {
                        return k + 1;
                    }
                }
                _ => {}
            }
            k += 1;
        }
        k
    };
    if matches!(cs[j], '"' | '\'') {
        let q = cs[j];
        j += 1;
        while j < cs.len() && cs[j] != q {
            j += if cs[j] == '\\' { 2 } else { 1 };
        }
        j = (j + 1).min(cs.len());
    } else {
        while j < cs.len() && (ident(cs[j]) || (cs[j] == '.' && cs.get(j + 1).is_some_and(|c| c.is_ascii_digit()))) {
            j += 1;
        }
    }
    loop {
        if j < cs.len() && cs[j] == '.' && cs.get(j + 1).is_some_and(|c| ident(*c)) {
            j += 1;
            while j < cs.len() && ident(cs[j]) {
                j += 1;
            }
        } else if j < cs.len() && matches!(cs[j], '(' | '[') {
            j = skip_group(j);
        } else {
            break;
        }
    }
    Some((start + 1, j + 1))
}

/// The first non-ASCII character of a source line, outside string
/// literals and comments, that no token can start with (1-based column).
fn invalid_character(line: &str) -> Option<(usize, char)> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut in_name = false;
    for (i, ch) in line.chars().enumerate() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if ch == '\\' {
                escaped = true;
            } else if ch == q {
                quote = None;
            }
            continue;
        }
        match ch {
            '#' => return None,
            '\'' | '"' => quote = Some(ch),
            _ if ch.is_ascii() || ch.is_whitespace() => {}
            _ if weft_objects::unicode_props::is_id_start(ch) || (in_name && weft_objects::unicode_props::is_id_continue(ch)) => {}
            _ => return Some((i + 1, ch)),
        }
        in_name = ch == '_' || ch.is_ascii_alphanumeric() || (!ch.is_ascii() && weft_objects::unicode_props::is_id_continue(ch));
    }
    None
}
