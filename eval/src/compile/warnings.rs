//! Compile-time `SyntaxWarning`s, found by one walk over the syntax tree.
//!
//! CPython's tokenizer warns about the first invalid escape sequence of each
//! string literal, and its compiler about code that is certain to fail or to
//! mean something else than it reads (`x is 1`, `(1, 2) (3, 4)`,
//! `assert (x, "msg")`). The messages and line numbers are CPython 3.13's;
//! the caller shows them through the `warnings` module.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// One warning: its 1-based line and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxWarning {
    /// The line the warning names.
    pub line: usize,
    /// The 1-based column (in characters) where the flagged code starts.
    pub col: usize,
    /// The column just past its end, on the same line (or `col + 1`).
    pub end_col: usize,
    /// The message (without the category).
    pub msg: String,
}

/// The warnings for a parsed module, escape-sequence warnings first (the
/// tokenizer's), then the compiler's in source order.
pub(super) fn collect(source: &str, index: &ruff_source_file::LineIndex, body: &[Stmt]) -> Vec<SyntaxWarning> {
    let mut w = Walker { source, index, escapes: Vec::new(), checks: Vec::new() };
    w.visit_body(body);
    w.escapes.extend(w.checks);
    w.escapes
}

struct Walker<'s> {
    source: &'s str,
    index: &'s ruff_source_file::LineIndex,
    escapes: Vec<SyntaxWarning>,
    checks: Vec<SyntaxWarning>,
}

impl Walker<'_> {
    fn warning(&self, range: TextRange, msg: String) -> SyntaxWarning {
        let start = self.index.line_column(range.start(), self.source);
        let end = self.index.line_column(range.end(), self.source);
        let col = start.column.get();
        let end_col = if end.line == start.line && end.column.get() > col { end.column.get() } else { col + 1 };
        SyntaxWarning { line: start.line.get(), col, end_col, msg }
    }

    /// Warn about the first invalid escape sequence in `range` of the source.
    fn scan_escapes(&mut self, range: TextRange, bytes: bool) {
        let text = &self.source[range];
        if let Some(bad) = first_invalid_escape(text, bytes) {
            let w = self.warning(range, bad);
            self.escapes.push(w);
        }
    }

    fn check(&mut self, range: TextRange, msg: String) {
        let w = self.warning(range, msg);
        self.checks.push(w);
    }
}

/// The message for the first invalid escape in a literal's source text, if any.
fn first_invalid_escape(text: &str, bytes: bool) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '\\' {
            i += 1;
            continue;
        }
        let Some(&c) = chars.get(i + 1) else { return None };
        match c {
            '\n' | '\r' | '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | 'x' => i += 2,
            'N' | 'u' | 'U' if !bytes => i += 2,
            '0'..='7' => {
                let mut j = i + 1;
                let mut value = 0u32;
                while j < chars.len() && j < i + 4 && ('0'..='7').contains(&chars[j]) {
                    value = value * 8 + chars[j].to_digit(8).unwrap_or(0);
                    j += 1;
                }
                if value > 0o377 {
                    let digits: String = chars[i + 1..j].iter().collect();
                    return Some(format!("invalid octal escape sequence '\\{digits}'"));
                }
                i = j;
            }
            other => return Some(format!("invalid escape sequence '\\{other}'")),
        }
    }
    None
}

/// The type CPython's compiler infers for a literal or display, if any.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => "int",
            ast::Number::Float(_) => "float",
            ast::Number::Complex { .. } => "complex",
        },
        Expr::StringLiteral(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::BooleanLiteral(_) => "bool",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert) && matches!(&*u.operand, Expr::NumberLiteral(_)) => literal_type(&u.operand)?,
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        _ => return None,
    })
}

/// Whether `e` folds to a constant (a literal, a signed number, or a tuple of
/// constants), as CPython's AST optimizer sees it before compiling.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => matches!(&*u.operand, Expr::NumberLiteral(_)),
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

/// `x is 1` needs an identity-free operand on both sides: anything but a
/// constant, or one of the singletons None, True, False and Ellipsis.
fn is_identity_operand(e: &Expr) -> bool {
    !is_constant(e) || matches!(e, Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) | Expr::EllipsisLiteral(_))
}

impl<'a> Visitor<'a> for Walker<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assert(a) = stmt {
            if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                self.check(stmt.range(), "assertion is always true, perhaps remove parentheses?".into());
            }
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Compare(c) => {
                let mut left = &*c.left;
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && !(is_identity_operand(left) && is_identity_operand(right)) {
                        let literal = if is_identity_operand(left) { right } else { left };
                        let ty = literal_type(literal).unwrap_or("tuple");
                        let msg = if *op == ast::CmpOp::Is {
                            format!("\"is\" with '{ty}' literal. Did you mean \"==\"?")
                        } else {
                            format!("\"is not\" with '{ty}' literal. Did you mean \"!=\"?")
                        };
                        self.check(expr.range(), msg);
                        break;
                    }
                    left = right;
                }
            }
            Expr::Call(call) => {
                let f = &*call.func;
                let flagged = is_constant(f)
                    || matches!(f, Expr::List(_) | Expr::ListComp(_) | Expr::Dict(_) | Expr::DictComp(_) | Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::FString(_) | Expr::Tuple(_));
                if flagged {
                    if let Some(ty) = literal_type(f) {
                        self.check(f.range(), format!("'{ty}' object is not callable; perhaps you missed a comma?"));
                    }
                }
            }
            Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
                let v = &*s.value;
                let not_subscriptable = match v {
                    Expr::NumberLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) | Expr::BooleanLiteral(_) => true,
                    Expr::UnaryOp(_) => is_constant(v),
                    Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_) => true,
                    _ => false,
                };
                if not_subscriptable {
                    if let Some(ty) = literal_type(v) {
                        self.check(v.range(), format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"));
                    }
                } else if let Some(index_ty) = literal_type(&s.slice) {
                    let sequence = matches!(v, Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)) || matches!(v, Expr::Tuple(_));
                    if sequence && !matches!(index_ty, "int" | "bool") {
                        if let Some(ty) = literal_type(v) {
                            self.check(v.range(), format!("{ty} indices must be integers or slices, not {index_ty}; perhaps you missed a comma?"));
                        }
                    }
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }

    fn visit_string_literal(&mut self, s: &'a ast::StringLiteral) {
        if !s.flags.prefix().is_raw() {
            self.scan_escapes(s.range, false);
        }
    }

    fn visit_bytes_literal(&mut self, b: &'a ast::BytesLiteral) {
        if !b.flags.prefix().is_raw() {
            self.scan_escapes(b.range, true);
        }
    }

    fn visit_f_string(&mut self, f: &'a ast::FString) {
        if !f.flags.prefix().is_raw() {
            self.scan_elements(&f.elements);
        }
        visitor::walk_f_string(self, f);
    }
}

impl Walker<'_> {
    fn scan_elements(&mut self, els: &ast::InterpolatedStringElements) {
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    // The tokenizer ends a literal piece after each `{{` or
                    // `}}`, and warns once per piece.
                    let text = &self.source[l.range];
                    let mut start = 0;
                    let mut i = 0;
                    let b = text.as_bytes();
                    while i + 1 < b.len() {
                        if (b[i] == b'{' && b[i + 1] == b'{') || (b[i] == b'}' && b[i + 1] == b'}') {
                            let piece = TextRange::new(l.range.start() + TextSize::from(start as u32), l.range.start() + TextSize::from(i as u32 + 1));
                            self.scan_escapes(piece, false);
                            start = i + 2;
                            i += 2;
                        } else {
                            i += 1;
                        }
                    }
                    let rest = TextRange::new(l.range.start() + TextSize::from(start as u32), l.range.end());
                    self.scan_escapes(rest, false);
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(spec) = &i.format_spec {
                        self.scan_elements(&spec.elements);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::first_invalid_escape;

    #[test]
    fn finds_the_first_invalid_escape_only() {
        assert_eq!(first_invalid_escape(r#""a\nb\d\w""#, false).as_deref(), Some("invalid escape sequence '\\d'"));
        assert_eq!(first_invalid_escape(r#""\N{DASH}\u1234""#, false), None);
        assert_eq!(first_invalid_escape(r#"b"\N""#, true).as_deref(), Some("invalid escape sequence '\\N'"));
        assert_eq!(first_invalid_escape(r#""\777""#, false).as_deref(), Some("invalid octal escape sequence '\\777'"));
        assert_eq!(first_invalid_escape(r#""\377\\d""#, false), None);
    }
}
