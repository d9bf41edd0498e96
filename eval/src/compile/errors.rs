//! Syntax errors as CPython reports them: parse errors, unbalanced and
//! too deeply nested brackets.

#[allow(unused_imports)]
use super::*;

pub(super) fn parse_error(e: &ruff_python_parser::ParseError, pos: &dyn Fn(TextSize) -> (usize, usize), line_text: &dyn Fn(usize) -> String) -> CompileError {
    use ruff_python_parser::ParseErrorType as E;
    let (l, c) = pos(e.location.start());
    let (_, ec) = pos(e.location.end());
    let mut msg = e.error.to_string();
    let indentation = msg.contains("indent") || msg.contains("Unexpected indentation");
    let text = line_text(l);
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
        // Python 2 style `print x` / `exec code`.
        let t = text.trim_start();
        for kw in ["print", "exec"] {
            if msg == "invalid syntax" && t.starts_with(kw) && t[kw.len()..].starts_with(|ch: char| ch == ' ' || ch == '\t') && !t[kw.len()..].trim_start().starts_with(['(', '=', '.', '[']) {
                msg = format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?");
            }
        }
    }
    let mut end_col = ec.max(c + 1);
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

pub(super) fn cpython_message(m: &str) -> String {
    if m.contains("was never closed") || m.starts_with("unterminated") || m.starts_with("missing closing") {
        return m.to_string();
    }
    if m.starts_with("Expected ") || m.starts_with("Unexpected token") || m.starts_with("Got unexpected") || m.starts_with("Invalid ") || m.starts_with("Simple statements") {
        return "invalid syntax".into();
    }
    m.to_string()
}
