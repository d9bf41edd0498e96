//! Syntax errors as CPython reports them: parse errors, unbalanced and
//! too deeply nested brackets.

#[allow(unused_imports)]
use super::*;

pub(super) fn parse_error(e: &ruff_python_parser::ParseError, pos: &dyn Fn(TextSize) -> (usize, usize), line_text: &dyn Fn(usize) -> String) -> CompileError {
    let (l, c) = pos(e.location.start());
    let (_, ec) = pos(e.location.end());
    let mut msg = e.error.to_string();
    let indentation = msg.contains("indent") || msg.contains("Unexpected indentation");
    if msg.starts_with("Expected an indented block") {
        msg = "expected an indented block".into();
    } else if msg == "Unexpected indentation" {
        msg = "unexpected indent".into();
    } else if msg.contains("unindent does not match") {
        msg = "unindent does not match any outer indentation level".into();
    } else if !indentation {
        msg = cpython_message(&msg);
    }
    CompileError { msg, line: l, col: c, end_col: ec.max(c + 1), text: line_text(l), indentation }
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
