//! Formatting exceptions as CPython prints them: chained sections, the
//! `Traceback (most recent call last):` header, one entry per frame with its
//! source line, and the final `Type: message` line.

use ruff_text_size::Ranged;
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::Vm;
use weft_objects::{exceptions, str as pystr, types, PyRef};

/// Read a line of a source file for a traceback entry.
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines().nth(line.checked_sub(1)? as usize).map(|l| l.trim().to_string())
}

/// The `^^^`/`~~~` line CPython 3.13 prints under a traceback entry's
/// source line: under the failing expression, with `^` marking the
/// operator of a binary operation, the brackets of a subscript or the
/// arguments of a call; none when the expression is the whole line.
fn caret_line(filename: &str, span: (u32, u32)) -> Option<String> {
    let (s, e) = (span.0 as usize, span.1 as usize);
    if s >= e {
        return None;
    }
    let src = std::fs::read_to_string(filename).ok()?;
    if e > src.len() || !src.is_char_boundary(s) || !src.is_char_boundary(e) {
        return None;
    }
    let line_start = src[..s].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[s..].find('\n').map_or(src.len(), |i| s + i);
    if e > line_end {
        return None;
    }
    let line = &src[line_start..line_end];
    let segment = &src[s..e];
    let start = src[line_start..s].chars().count();
    let end = start + segment.chars().count();
    // `x = f(...)` / `return f(...)`: the call is the statement's value.
    let stmt = line.trim();
    if let Ok(m) = ruff_python_parser::parse_module(stmt) {
        let body = m.into_syntax().body;
        if let Some(first) = body.first() {
            let value = match first {
                ruff_python_ast::Stmt::Assign(a) => Some(&*a.value),
                ruff_python_ast::Stmt::Return(r) => r.value.as_deref(),
                _ => None,
            };
            if let Some(ruff_python_ast::Expr::Call(c)) = value {
                if matches!(&*c.func, ruff_python_ast::Expr::Name(_)) {
                    let indent = line.len() - line.trim_start().len();
                    let (cs, ce) = (c.range().start().to_usize() + indent, c.range().end().to_usize() + indent);
                    if cs == s - line_start && ce == e - line_start {
                        return None;
                    }
                }
            }
        }
    }
    let anchors = caret_anchors(segment);
    if anchors.is_none() && line[..s - line_start].trim().is_empty() && line[e - line_start..].trim().is_empty() {
        return None;
    }
    let indent = line.chars().take_while(|c| c.is_whitespace()).count();
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(indent)));
    for i in 0..(end - start) {
        out.push(match anchors {
            Some((a, b)) if i >= a && i < b => '^',
            Some(_) => '~',
            None => '^',
        });
    }
    out.push('\n');
    Some(out)
}

/// The primary (`^`) part of a segment, as char offsets into it: a binary
/// operator, a subscript's brackets, a call's parentheses and arguments.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::Expr;
    let parsed = ruff_python_parser::parse_expression(segment).ok()?;
    let expr = parsed.into_syntax().body;
    let chars: Vec<char> = segment.chars().collect();
    let char_at = |byte: usize| segment[..byte.min(segment.len())].chars().count();
    match &*expr {
        Expr::BinOp(b) => {
            let mut col = char_at(b.left.range().end().to_usize());
            while col < chars.len() && (chars[col].is_whitespace() || chars[col] == ')' || chars[col] == '#') {
                col += 1;
            }
            // A two-character operator (`//`, `**`, `<<`) ends before the
            // right operand starts.
            let mut right = col + 1;
            let right_start = char_at(b.right.range().start().to_usize());
            if right < chars.len() && right < right_start && !chars[right].is_whitespace() && chars[right] != '\\' && chars[right] != '#' {
                right += 1;
            }
            Some((col, right))
        }
        Expr::Subscript(sub) => {
            let mut col = char_at(sub.value.range().end().to_usize());
            while col < chars.len() && chars[col] != '[' {
                col += 1;
            }
            Some((col, char_at(sub.range().end().to_usize())))
        }
        Expr::Call(c) => {
            let mut col = char_at(c.func.range().end().to_usize());
            while col < chars.len() && chars[col] != '(' {
                col += 1;
            }
            Some((col, char_at(c.range().end().to_usize())))
        }
        _ => None,
    }
}

/// The last line: `TypeError: message` (or just the type name).
pub fn exception_only(vm: &mut dyn Vm, e: &PyRef) -> String {
    exception_only_tb(vm, e, true)
}

/// As [`exception_only`]; `with_tb` false formats as
/// `traceback.format_exception_only` does, without the traceback (and so
/// without a NameError's frame-based suggestion).
pub fn exception_only_tb(vm: &mut dyn Vm, e: &PyRef, with_tb: bool) -> String {
    let ty = e.class();
    let td = types::type_data(ty);
    let module = if td.is_heap {
        weft_objects::dict::get_str(&td.dict, "__module__").and_then(|m| pystr::as_str(&m).map(String::from)).unwrap_or_default()
    } else {
        String::new()
    };
    let name = if module.is_empty() || module == "builtins" || module == "__main__" { td.qualname.clone() } else { format!("{module}.{}", td.qualname) };
    let syntax_msg = if types::isinstance(e, &types::t().syntax_error) {
        exceptions::data(e).and_then(|d| exceptions::member(d, "msg")).filter(|m| !weft_objects::vm::is_none(m))
    } else {
        None
    };
    let shown = syntax_msg.unwrap_or_else(|| e.clone());
    let msg = match p::str_string(vm, &shown) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".into(),
    };
    let msg = msg + &suggestion(vm, e, with_tb);
    let mut out = if msg.is_empty() { name } else { format!("{name}: {msg}") };
    if let Some(d) = exceptions::data(e) {
        if let Some(notes) = weft_objects::dict::get_str(&d.dict, "__notes__") {
            if let Ok(items) = p::collect(vm, &notes) {
                for n in items {
                    out.push('\n');
                    out.push_str(&p::str_string(vm, &n).unwrap_or_default());
                }
            }
        }
    }
    out
}

/// Format `e` with its chain, as `traceback.print_exception` does.
pub fn format_exception(vm: &mut dyn Vm, e: &PyRef) -> String {
    let mut ctx = PrintCtx { seen: Vec::new(), depth: 0, need_close: false, out: String::new() };
    format_ctx(vm, e, &mut ctx);
    ctx.out
}

/// Sub-exceptions of a group shown before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;
/// Nesting of groups shown before "... (max_group_depth is 10)".
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `_ExceptionPrintContext`: nested exception groups are drawn
/// in boxes, each level indented two columns with a `|` margin.
struct PrintCtx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    out: String,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn format_ctx(vm: &mut dyn Vm, e: &PyRef, ctx: &mut PrintCtx) {
    // The chain, outermost first: (message shown before it, exception).
    let mut chain: Vec<(Option<&str>, PyRef)> = Vec::new();
    let mut cur = Some(e.clone());
    let mut msg = None;
    while let Some(x) = cur.take() {
        ctx.seen.push(x.addr());
        let next = if let Some(c) = exceptions::cause(&x) {
            Some(("\nThe above exception was the direct cause of the following exception:\n\n", c))
        } else if let Some(c) = exceptions::context(&x).filter(|_| !exceptions::suppress_context(&x)) {
            Some(("\nDuring handling of the above exception, another exception occurred:\n\n", c))
        } else {
            None
        };
        chain.push((msg, x));
        if let Some((m, c)) = next {
            if !ctx.seen.contains(&c.addr()) {
                msg = Some(m);
                cur = Some(c);
            }
        }
    }
    // Each entry's message joins it to the exception printed after it.
    let mut pending: Option<&str> = None;
    for (msg, x) in chain.into_iter().rev() {
        if let Some(m) = pending.take() {
            ctx.emit(m, '|');
        }
        pending = msg;
        if !weft_objects::exception_group::is_group(&x) {
            let tb = traceback_text(&x);
            if !tb.is_empty() {
                ctx.emit("Traceback (most recent call last):\n", '|');
                ctx.emit(&tb, '|');
            }
            if types::isinstance(&x, &types::t().syntax_error) {
                let d = syntax_error_detail(vm, &x);
                ctx.emit(&d, '|');
            }
            let last = exception_only(vm, &x) + "\n";
            ctx.emit(&last, '|');
            continue;
        }
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            continue;
        }
        let top = ctx.depth == 0;
        if top {
            ctx.depth += 1;
        }
        let tb = traceback_text(&x);
        if !tb.is_empty() {
            ctx.emit("Exception Group Traceback (most recent call last):\n", if top { '+' } else { '|' });
            ctx.emit(&tb, '|');
        }
        let last = exception_only(vm, &x) + "\n";
        ctx.emit(&last, '|');
        let subs = weft_objects::exception_group::exceptions(&x);
        let n = if subs.len() <= MAX_GROUP_WIDTH { subs.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last_exc = i == n - 1;
            if last_exc {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let line = format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " });
            ctx.out.push_str(&line);
            ctx.depth += 1;
            if truncated {
                let remaining = subs.len() - MAX_GROUP_WIDTH;
                ctx.emit(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
            } else {
                format_ctx(vm, &subs[i], ctx);
            }
            if last_exc && ctx.need_close {
                let line = format!("{}+------------------------------------\n", ctx.indent());
                ctx.out.push_str(&line);
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if top {
            ctx.depth = 0;
        }
    }
}

/// What a traceback shows under `File "...", line N, in f`: the source
/// line and, where CPython 3.13 draws them, the carets under the span.
pub fn entry_source(filename: &str, line: u32, span: (u32, u32)) -> String {
    let mut out = String::new();
    if let Some(src) = source_line(filename, line) {
        if !src.is_empty() {
            out.push_str(&format!("    {src}\n"));
            if let Some(c) = caret_line(filename, span) {
                out.push_str(&c);
            }
        }
    }
    out
}

/// The frame lines of a traceback (without the header).
fn traceback_text(e: &PyRef) -> String {
    let tb = exceptions::traceback(e);
    let mut out = String::new();
    // Like CPython: after three identical entries in a row, summarize.
    let mut repeats = 0usize;
    let mut last: Option<(String, u32, String)> = None;
    let flush = |out: &mut String, n: usize| {
        if n > 0 {
            out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
        }
    };
    for entry in &tb {
        let file = pystr::as_str(&entry.filename).unwrap_or("?").to_string();
        let name = pystr::as_str(&entry.name).unwrap_or("?").to_string();
        let key = (file.clone(), entry.line, name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats >= 3 {
                continue;
            }
        } else {
            flush(&mut out, repeats.saturating_sub(2));
            repeats = 0;
            last = Some(key);
        }
        out.push_str(&format!("  File \"{file}\", line {}, in {name}\n", entry.line));
        out.push_str(&entry_source(&file, entry.line, entry.span));
    }
    flush(&mut out, repeats.saturating_sub(2));
    out
}

fn syntax_error_detail(vm: &mut dyn Vm, e: &PyRef) -> String {
    let d = match &e.payload {
        Payload::Exception(d) => d,
        _ => return String::new(),
    };
    let get = |n: &str| exceptions::member(d, n);
    let file = get("filename").and_then(|f| pystr::as_str(&f).map(String::from));
    let line = get("lineno").and_then(|l| weft_objects::int::index_i64(&l).ok());
    let text = get("text").and_then(|t| pystr::as_str(&t).map(String::from));
    let off = get("offset").and_then(|l| weft_objects::int::index_i64(&l).ok());
    let end = get("end_offset").and_then(|l| weft_objects::int::index_i64(&l).ok());
    let _ = vm;
    let mut s = String::new();
    if let (Some(f), Some(l)) = (file, line) {
        s.push_str(&format!("  File \"{f}\", line {l}\n"));
        if let Some(t) = text {
            // As CPython's print_error_text: leading blanks are stripped
            // (the caret moves with them), trailing ones are kept, and no
            // caret is drawn when it would point left of the text.
            let trimmed = t.trim_start_matches([' ', '\t', '\x0c']);
            let indent = (t.chars().count() - trimmed.chars().count()) as i64;
            let t2 = trimmed.trim_end_matches(['\n', '\r']);
            s.push_str(&format!("    {t2}\n"));
            if let Some(o) = off {
                let len = t2.chars().count() as i64;
                let start = (o - 1 - indent).min(len);
                if start >= 0 {
                    let width = end.map(|e| (e - o).max(1)).unwrap_or(1);
                    let width = width.min((len - start).max(1)) as usize;
                    s.push_str(&format!("    {}{}\n", " ".repeat(start as usize), "^".repeat(width)));
                }
            }
        }
    }
    s
}

/// What CPython's traceback appends to the message of a NameError,
/// AttributeError or ImportError: ". Did you mean: 'x'?" and, for a
/// standard-library module name, "Did you forget to import 'x'?".
fn suggestion(vm: &mut dyn Vm, e: &PyRef, with_tb: bool) -> String {
    let t = types::t();
    let Some(d) = exceptions::data(e) else { return String::new() };
    let attr = |n: &str| exceptions::member(d, n).filter(|v| !weft_objects::vm::is_none(v));
    if types::isinstance(e, &t.name_error) {
        let Some(name) = attr("name").and_then(|n| pystr::as_str(&n).map(String::from)) else { return String::new() };
        let hint = if with_tb { d.hint.with(e.mutex(), |h| h.clone()) } else { None };
        let mut out = String::new();
        if let Some(h) = &hint {
            out.push_str(&format!(". Did you mean: '{h}'?"));
        }
        if weft_objects::suggestions::is_stdlib_module(&name) {
            out.push_str(&if hint.is_some() { format!(" Or did you forget to import '{name}'?") } else { format!(". Did you forget to import '{name}'?") });
        }
        return out;
    }
    let (wrong, candidates) = if types::isinstance(e, &t.attribute_error) {
        let (Some(name), Some(obj)) = (attr("name"), attr("obj")) else { return String::new() };
        let Some(wrong) = pystr::as_str(&name).map(String::from) else { return String::new() };
        let Ok(Some(f)) = p::getattr_opt(vm, &obj, "__dir__") else { return String::new() };
        let Ok(listed) = vm.call(&f, &[], &[]).and_then(|r| p::collect(vm, &r)) else { return String::new() };
        (wrong, listed)
    } else if types::isinstance(e, &t.import_error) {
        let (Some(from), Some(module)) = (attr("name_from"), attr("name")) else { return String::new() };
        let Some(wrong) = pystr::as_str(&from).map(String::from) else { return String::new() };
        let modules = crate::state::ts(vm).interp.modules.clone();
        let Some(m) = pystr::as_str(&module).and_then(|m| weft_objects::dict::get_str(&modules, m)) else { return String::new() };
        let Some(md) = p::instance_dict(&m) else { return String::new() };
        (wrong, weft_objects::dict::keys(md))
    } else {
        return String::new();
    };
    let mut names: Vec<String> = candidates.iter().filter_map(|n| pystr::as_str(n).map(String::from)).collect();
    names.sort();
    names.dedup();
    if !wrong.starts_with('_') {
        names.retain(|n| !n.starts_with('_'));
    }
    match weft_objects::suggestions::best_match(names.iter().map(|s| s.as_str()), &wrong) {
        Some(s) => format!(". Did you mean: '{s}'?"),
        None => String::new(),
    }
}
