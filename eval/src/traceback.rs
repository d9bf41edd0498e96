//! Formatting exceptions as CPython prints them: chained sections, the
//! `Traceback (most recent call last):` header, one entry per frame with its
//! source line, and the final `Type: message` line.

use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::Vm;
use weft_objects::{exceptions, str as pystr, types, PyRef};

/// Read a line of a source file for a traceback entry.
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines().nth(line.checked_sub(1)? as usize).map(|l| l.trim().to_string())
}

/// The last line: `TypeError: message` (or just the type name).
pub fn exception_only(vm: &mut dyn Vm, e: &PyRef) -> String {
    let ty = e.class();
    let td = types::type_data(ty);
    let module = if td.is_heap {
        weft_objects::dict::get_str(&td.dict, "__module__").and_then(|m| pystr::as_str(&m).map(String::from)).unwrap_or_default()
    } else {
        String::new()
    };
    let name = if module.is_empty() || module == "builtins" || module == "__main__" { td.qualname.clone() } else { format!("{module}.{}", td.qualname) };
    let syntax_msg = if types::isinstance(e, &types::t().syntax_error) {
        exceptions::data(e).and_then(|d| weft_objects::dict::get_str(&d.dict, "msg")).filter(|m| !weft_objects::vm::is_none(m))
    } else {
        None
    };
    let shown = syntax_msg.unwrap_or_else(|| e.clone());
    let msg = match p::str_string(vm, &shown) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".into(),
    };
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
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, e, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut dyn Vm, e: &PyRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(e.addr());
    if let Some(c) = exceptions::cause(e) {
        if !seen.contains(&c.addr()) {
            format_chain(vm, &c, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if let Some(c) = exceptions::context(e) {
        if !exceptions::suppress_context(e) && !seen.contains(&c.addr()) {
            format_chain(vm, &c, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    let tb = exceptions::traceback(e);
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
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
                flush(out, repeats.saturating_sub(2));
                repeats = 0;
                last = Some(key);
            }
            out.push_str(&format!("  File \"{file}\", line {}, in {name}\n", entry.line));
            if let Some(src) = source_line(&file, entry.line) {
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                }
            }
        }
        flush(out, repeats.saturating_sub(2));
    }
    if types::isinstance(e, &types::t().syntax_error) {
        out.push_str(&syntax_error_detail(vm, e));
    }
    out.push_str(&exception_only(vm, e));
    out.push('\n');
}

fn syntax_error_detail(vm: &mut dyn Vm, e: &PyRef) -> String {
    let d = match &e.payload {
        Payload::Exception(d) => d,
        _ => return String::new(),
    };
    let get = |n: &str| weft_objects::dict::get_str(&d.dict, n);
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
            let trimmed = t.trim_start();
            let indent = t.chars().count() - trimmed.chars().count();
            let t2 = trimmed.trim_end();
            s.push_str(&format!("    {t2}\n"));
            if let Some(o) = off {
                let start = (o as usize).saturating_sub(1).saturating_sub(indent);
                let width = end.map(|e| (e - o).max(1) as usize).unwrap_or(1);
                let width = width.min(t2.chars().count().saturating_sub(start).max(1));
                s.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
    }
    s
}
