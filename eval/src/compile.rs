//! The bytecode compiler: ruff's AST plus the symbol table to code objects.
//!
//! One [`Unit`] per scope collects instructions with symbolic labels; the
//! assembler then resolves labels to code-unit offsets and encodes each
//! instruction as 16-bit units with `EXTENDED_ARG` prefixes where an
//! argument needs more than 8 bits.

use crate::opcode::Op;
use crate::symtable::{Binding, ScopeKind, SymTable};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashMap;
use std::sync::Arc;
use weft_objects::code::*;
use weft_objects::protocol::{BinOp, CmpOp, UnaryOp};
use weft_objects::{int, str as pystr, tuple, PyRef};

/// What kind of source is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`).
    Exec,
    /// A single expression (`eval`).
    Eval,
}

/// A syntax error with its position (1-based line and column).
#[derive(Debug, Clone)]
pub struct CompileError {
    /// The message.
    pub msg: String,
    /// Line number.
    pub line: usize,
    /// Column (1-based, in characters).
    pub col: usize,
    /// End column.
    pub end_col: usize,
    /// The offending source line.
    pub text: String,
    /// `IndentationError` rather than `SyntaxError`.
    pub indentation: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(usize);

struct Instr {
    op: Op,
    arg: u32,
    line: u32,
}

enum FBlock<'a> {
    Loop { cont: Label, brk: Label, is_for: bool },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    ExceptHandler,
    HandlerCleanup(String),
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: String,
    qualname: String,
    instrs: Vec<Instr>,
    labels: Vec<Option<usize>>,
    consts: Vec<PyRef>,
    names: Vec<String>,
    name_ix: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    fblocks: Vec<FBlock<'a>>,
    firstlineno: u32,
    line: u32,
}

/// Compile a whole source text.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    let index = ruff_source_file::LineIndex::from_source_text(source);
    let pos = |off: TextSize| -> (usize, usize) {
        let lc = index.line_column(off, source);
        (lc.line.get(), lc.column.get())
    };
    let line_text = |line: usize| source.lines().nth(line.saturating_sub(1)).unwrap_or("").to_string();
    // CPython's parser refuses deep bracket nesting; refusing it here also
    // keeps the recursive parser and compiler far from the stack's end.
    if let Some((l, c)) = too_deep(source) {
        return Err(CompileError { msg: "too many nested parentheses".into(), line: l, col: c, end_col: c + 1, text: line_text(l), indentation: false });
    }
    let body: Vec<Stmt> = match mode {
        Mode::Exec => match ruff_python_parser::parse_module(source) {
            Ok(p) => p.into_syntax().body.into_iter().collect(),
            Err(e) => {
                if let Some((msg, l, c)) = bracket_error(source) {
                    return Err(CompileError { msg, line: l, col: c, end_col: c + 1, text: line_text(l), indentation: false });
                }
                return Err(parse_error(&e, &pos, &line_text));
            }
        },
        Mode::Eval => match ruff_python_parser::parse_expression(source.trim_start_matches([' ', '\t'])) {
            Ok(p) => {
                let expr = *p.into_syntax().body;
                vec![Stmt::Return(ast::StmtReturn { range: expr.range(), node_index: Default::default(), value: Some(Box::new(expr)) })]
            }
            Err(e) => return Err(parse_error(&e, &pos, &line_text)),
        },
    };
    let table = SymTable::build(&body).map_err(|e| {
        let (l, c) = pos(e.range.start());
        CompileError { msg: e.msg, line: l, col: c, end_col: c + 1, text: line_text(l), indentation: false }
    })?;
    let mut c = Compiler { table, source, index: &index, filename: pystr::new_str(filename), units: vec![], error: None, eval_mode: mode == Mode::Eval };
    c.enter(0, "<module>".into(), "<module>".into(), 1);
    if mode == Mode::Exec {
        c.module_body(&body);
    } else {
        c.stmts(&body);
    }
    if let Some(e) = c.error {
        return Err(e);
    }
    Ok(c.leave())
}

fn parse_error(e: &ruff_python_parser::ParseError, pos: &dyn Fn(TextSize) -> (usize, usize), line_text: &dyn Fn(usize) -> String) -> CompileError {
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
fn too_deep(src: &str) -> Option<(usize, usize)> {
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
fn bracket_error(src: &str) -> Option<(String, usize, usize)> {
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

fn cpython_message(m: &str) -> String {
    if m.contains("was never closed") || m.starts_with("unterminated") || m.starts_with("missing closing") {
        return m.to_string();
    }
    if m.starts_with("Expected ") || m.starts_with("Unexpected token") || m.starts_with("Got unexpected") || m.starts_with("Invalid ") || m.starts_with("Simple statements") {
        return "invalid syntax".into();
    }
    m.to_string()
}

struct Compiler<'a> {
    table: SymTable,
    source: &'a str,
    index: &'a ruff_source_file::LineIndex,
    filename: PyRef,
    units: Vec<Unit<'a>>,
    error: Option<CompileError>,
    eval_mode: bool,
}

fn binop_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn line_of(&self, r: TextRange) -> u32 {
        self.index.line_index(r.start()).get() as u32
    }

    fn set_line(&mut self, r: TextRange) {
        let l = self.line_of(r);
        self.u().line = l;
    }

    fn fail(&mut self, msg: impl Into<String>, r: TextRange) {
        if self.error.is_none() {
            let lc = self.index.line_column(r.start(), self.source);
            let l = lc.line.get();
            self.error = Some(CompileError {
                msg: msg.into(),
                line: l,
                col: lc.column.get(),
                end_col: lc.column.get() + 1,
                text: self.source.lines().nth(l - 1).unwrap_or("").to_string(),
                indentation: false,
            });
        }
    }

    fn enter(&mut self, scope: usize, name: String, qualname: String, firstlineno: u32) {
        let sc = &self.table.scopes[scope];
        let kind = sc.kind;
        let varnames = if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) { sc.varnames() } else { vec![] };
        let mut flags = 0;
        if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
            flags |= CO_NAMESPACE;
        }
        if sc.is_generator {
            flags |= CO_GENERATOR;
        }
        if sc.is_coroutine {
            flags |= CO_COROUTINE;
        }
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            instrs: vec![],
            labels: vec![],
            consts: vec![],
            names: vec![],
            name_ix: HashMap::new(),
            varnames,
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
            fblocks: vec![],
            firstlineno,
            line: firstlineno,
        });
    }

    fn emit(&mut self, op: Op, arg: u32) {
        let line = self.u().line;
        self.u().instrs.push(Instr { op, arg, line });
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0] = Some(u.instrs.len());
    }

    fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0 as u32);
    }

    fn const_ix(&mut self, v: PyRef) -> u32 {
        let u = self.u();
        for (i, c) in u.consts.iter().enumerate() {
            if c.is(&v) {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: PyRef) {
        let i = self.const_ix(v);
        self.emit(Op::LoadConst, i);
    }

    fn name_ix(&mut self, n: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.name_ix.get(n) {
            return *i;
        }
        u.names.push(n.to_string());
        let i = (u.names.len() - 1) as u32;
        u.name_ix.insert(n.to_string(), i);
        i
    }

    fn slot(&self, n: &str) -> Option<u32> {
        let u = self.units.last().unwrap();
        u.varnames.iter().position(|v| v == n).map(|i| i as u32)
    }

    fn deref_slot(&self, n: &str) -> u32 {
        let u = self.units.last().unwrap();
        let base = u.varnames.len();
        if let Some(i) = u.cellvars.iter().position(|v| v == n) {
            return (base + i) as u32;
        }
        let i = u.freevars.iter().position(|v| v == n).unwrap_or_else(|| panic!("no cell or free var {n}"));
        (base + u.cellvars.len() + i) as u32
    }

    fn binding(&self, n: &str) -> Binding {
        let u = self.units.last().unwrap();
        let b = self.table.scopes[u.scope].binding(n);
        if u.kind == ScopeKind::Class && n == "__class__" && self.table.scopes[u.scope].needs_class_cell {
            return Binding::Cell;
        }
        b
    }

    fn load_name(&mut self, n: &str) {
        match self.binding(n) {
            Binding::Local => {
                let s = self.slot(n).unwrap();
                self.emit(Op::LoadFast, s);
            }
            Binding::Cell | Binding::Free => {
                let s = self.deref_slot(n);
                self.emit(Op::LoadDeref, s);
            }
            Binding::ClassFree => {
                let s = self.deref_slot(n);
                self.emit(Op::LoadClassDeref, s);
            }
            Binding::GlobalExplicit | Binding::GlobalImplicit => {
                let i = self.name_ix(n);
                self.emit(Op::LoadGlobal, i);
            }
            Binding::Name => {
                let i = self.name_ix(n);
                self.emit(Op::LoadName, i);
            }
        }
    }

    fn store_name(&mut self, n: &str) {
        match self.binding(n) {
            Binding::Local => {
                let s = self.slot(n).unwrap();
                self.emit(Op::StoreFast, s);
            }
            Binding::Cell | Binding::Free => {
                let s = self.deref_slot(n);
                self.emit(Op::StoreDeref, s);
            }
            Binding::GlobalExplicit => {
                let i = self.name_ix(n);
                self.emit(Op::StoreGlobal, i);
            }
            Binding::GlobalImplicit if self.u().kind != ScopeKind::Module && self.u().kind != ScopeKind::Class => {
                let i = self.name_ix(n);
                self.emit(Op::StoreGlobal, i);
            }
            _ => {
                let i = self.name_ix(n);
                self.emit(Op::StoreName, i);
            }
        }
    }

    fn delete_name(&mut self, n: &str) {
        match self.binding(n) {
            Binding::Local => {
                let s = self.slot(n).unwrap();
                self.emit(Op::DeleteFast, s);
            }
            Binding::Cell | Binding::Free => {
                let s = self.deref_slot(n);
                self.emit(Op::DeleteDeref, s);
            }
            Binding::GlobalExplicit => {
                let i = self.name_ix(n);
                self.emit(Op::DeleteGlobal, i);
            }
            _ => {
                let i = self.name_ix(n);
                self.emit(Op::DeleteName, i);
            }
        }
    }

    // ------------------------------------------------------------ assembly

    fn leave(&mut self) -> Arc<CodeObject> {
        let mut u = self.units.pop().unwrap();
        // Implicit `return None`.
        let needs_ret = !matches!(u.instrs.last(), Some(Instr { op: Op::ReturnValue, .. }));
        if needs_ret || u.labels.iter().any(|l| *l == Some(u.instrs.len())) {
            let none_ix = match u.consts.iter().position(|c| weft_objects::vm::is_none(c)) {
                Some(i) => i as u32,
                None => {
                    u.consts.push(weft_objects::vm::none());
                    (u.consts.len() - 1) as u32
                }
            };
            let line = u.line;
            u.instrs.push(Instr { op: Op::LoadConst, arg: none_ix, line });
            u.instrs.push(Instr { op: Op::ReturnValue, arg: 0, line });
        }
        let (code, lines) = assemble(&u);
        let s = |v: &Vec<String>| v.iter().map(|n| pystr::new_str(n)).collect::<Vec<_>>();
        let names: Vec<PyRef> = u.names.iter().map(|n| {
            let r = pystr::new_str(n);
            r
        }).collect();
        let cell2arg = u.cellvars.iter().map(|c| u.varnames.iter().position(|v| v == c).filter(|&p| p < (u.argcount + u.kwonly) as usize + usize::from(u.flags & CO_VARARGS != 0) + usize::from(u.flags & CO_VARKEYWORDS != 0)).map(|p| p as u32)).collect();
        Arc::new(CodeObject {
            name: pystr::new_str(&u.name),
            qualname: pystr::new_str(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            varnames: s(&u.varnames),
            cellvars: s(&u.cellvars),
            freevars: s(&u.freevars),
            cell2arg,
            names,
            consts: u.consts,
            code,
            lines,
            handlers: vec![],
            stacksize: 16,
        })
    }

    // ------------------------------------------------------------ statements

    fn docstring(body: &[Stmt]) -> Option<String> {
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = &*e.value {
                return Some(s.value.to_str().to_string());
            }
        }
        None
    }

    fn has_annotations(body: &[Stmt]) -> bool {
        body.iter().any(|s| match s {
            Stmt::AnnAssign(_) => true,
            Stmt::If(i) => Self::has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| Self::has_annotations(&c.body)),
            Stmt::For(f) => Self::has_annotations(&f.body),
            Stmt::While(w) => Self::has_annotations(&w.body),
            Stmt::With(w) => Self::has_annotations(&w.body),
            Stmt::Try(t) => Self::has_annotations(&t.body),
            _ => false,
        })
    }

    fn module_body(&mut self, body: &'a [Stmt]) {
        if Self::has_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        if let Some(d) = Self::docstring(body) {
            self.load_const(pystr::new_string(d));
            let i = self.name_ix("__doc__");
            self.emit(Op::StoreName, i);
            self.stmts(&body[1..]);
        } else {
            self.stmts(body);
        }
    }

    fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
            if self.error.is_some() {
                return;
            }
        }
    }

    fn not_supported(&mut self, what: &str, r: TextRange) {
        self.set_line(r);
        let i = self.name_ix("NotImplementedError");
        self.emit(Op::LoadGlobal, i);
        self.load_const(pystr::new_string(format!("{what} is not supported yet")));
        self.emit(Op::Call, 1);
        self.emit(Op::RaiseVarargs, 1);
    }

    fn stmt(&mut self, s: &'a Stmt) {
        self.set_line(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value);
                self.emit(Op::PopTop, 0);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.assign(t);
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::Return(r) => {
                if matches!(self.u().kind, ScopeKind::Module | ScopeKind::Class) && !self.eval_mode {
                    self.fail("'return' outside function", r.range);
                    return;
                }
                match &r.value {
                    Some(v) => self.expr(v),
                    None => self.load_const(weft_objects::vm::none()),
                }
                self.unwind_fblocks(true, None);
                self.emit(Op::ReturnValue, 0);
            }
            Stmt::If(i) => {
                let end = self.new_label();
                let mut next = self.new_label();
                self.jump_if(&i.test, false, next);
                self.stmts(&i.body);
                self.jump(Op::Jump, end);
                for c in &i.elif_else_clauses {
                    self.bind(next);
                    next = self.new_label();
                    if let Some(t) = &c.test {
                        self.set_line(c.range());
                        self.jump_if(t, false, next);
                    }
                    self.stmts(&c.body);
                    self.jump(Op::Jump, end);
                }
                self.bind(next);
                self.bind(end);
            }
            Stmt::While(w) => {
                let top = self.new_label();
                let orelse = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.jump_if(&w.test, false, orelse);
                self.u().fblocks.push(FBlock::Loop { cont: top, brk: end, is_for: false });
                self.stmts(&w.body);
                self.u().fblocks.pop();
                self.set_line(w.range);
                self.jump(Op::Jump, top);
                self.bind(orelse);
                self.stmts(&w.orelse);
                self.bind(end);
            }
            Stmt::For(f) => {
                if f.is_async {
                    return self.not_supported("'async for'", f.range);
                }
                self.expr(&f.iter);
                self.emit(Op::GetIter, 0);
                let top = self.new_label();
                let exit = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.set_line(f.range);
                self.jump(Op::ForIter, exit);
                self.assign(&f.target);
                self.u().fblocks.push(FBlock::Loop { cont: top, brk: end, is_for: true });
                self.stmts(&f.body);
                self.u().fblocks.pop();
                self.set_line(f.range);
                self.jump(Op::Jump, top);
                self.bind(exit);
                self.stmts(&f.orelse);
                self.bind(end);
            }
            Stmt::Break(b) => {
                let Some(brk) = self.unwind_fblocks(false, Some(false)) else {
                    self.fail("'break' outside loop", b.range);
                    return;
                };
                self.jump(Op::Jump, brk);
            }
            Stmt::Continue(c) => {
                let Some(cont) = self.unwind_fblocks(false, Some(true)) else {
                    self.fail("'continue' not properly in loop", c.range);
                    return;
                };
                self.jump(Op::Jump, cont);
            }
            Stmt::Pass(_) => {}
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t);
                }
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e);
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c);
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return self.not_supported("'except*'", t.range);
                }
                if t.finalbody.is_empty() {
                    self.try_except(t);
                } else {
                    self.try_finally(t);
                }
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.jump_if(&a.test, true, ok);
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m);
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(ok);
            }
            Stmt::With(w) => {
                if w.is_async {
                    return self.not_supported("'async with'", w.range);
                }
                self.with(&w.items, &w.body, w.range);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(int::new_int(0));
                    self.load_const(weft_objects::vm::none());
                    let ix = self.name_ix(&a.name.id);
                    self.emit(Op::ImportName, ix);
                    match &a.asname {
                        Some(asn) => {
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            for p in &parts[1..] {
                                let ix = self.name_ix(p);
                                self.emit(Op::ImportFrom, ix);
                                self.emit(Op::Swap, 2);
                                self.emit(Op::PopTop, 0);
                            }
                            self.store_name(&asn.id);
                        }
                        None => {
                            let top = a.name.id.split('.').next().unwrap().to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(int::new_int(i.level as i64));
                let names: Vec<PyRef> = i.names.iter().map(|a| pystr::new_str(&a.name.id)).collect();
                self.load_const(tuple::new_tuple(names));
                let m = i.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default();
                let ix = self.name_ix(&m);
                self.emit(Op::ImportName, ix);
                if i.names.len() == 1 && &*i.names[0].name.id == "*" {
                    if self.u().kind != ScopeKind::Module {
                        self.fail("import * only allowed at module level", i.range);
                        return;
                    }
                    self.emit(Op::ImportStar, 0);
                } else {
                    for a in &i.names {
                        let ix = self.name_ix(&a.name.id);
                        self.emit(Op::ImportFrom, ix);
                        let n = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                        self.store_name(&n);
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Match(m) => self.not_supported("the 'match' statement", m.range),
            Stmt::TypeAlias(t) => self.not_supported("the 'type' statement", t.range),
            Stmt::IpyEscapeCommand(c) => self.fail("invalid syntax", c.range),
        }
    }

    /// Emit the exits of enclosing blocks for `return` (all) or for
    /// `break`/`continue` (up to the innermost loop). Returns the loop's
    /// target label for break/continue.
    fn unwind_fblocks(&mut self, is_return: bool, is_continue: Option<bool>) -> Option<Label> {
        let blocks: Vec<usize> = (0..self.u().fblocks.len()).rev().collect();
        let saved: Vec<FBlock<'a>> = Vec::new();
        let _ = saved;
        for i in blocks {
            let fb = match &self.u().fblocks[i] {
                FBlock::Loop { cont, brk, is_for } => FBlockCopy::Loop(*cont, *brk, *is_for),
                FBlock::TryExcept => FBlockCopy::TryExcept,
                FBlock::FinallyTry(b) => FBlockCopy::FinallyTry(b),
                FBlock::FinallyEnd => FBlockCopy::FinallyEnd,
                FBlock::With => FBlockCopy::With,
                FBlock::ExceptHandler => FBlockCopy::ExceptHandler,
                FBlock::HandlerCleanup(n) => FBlockCopy::HandlerCleanup(n.clone()),
            };
            match fb {
                FBlockCopy::Loop(cont, brk, is_for) => {
                    if let Some(c) = is_continue {
                        if c {
                            return Some(cont);
                        }
                        if is_for {
                            self.emit(Op::PopTop, 0);
                        }
                        return Some(brk);
                    }
                    if is_for && is_return {
                        self.emit(Op::Swap, 2);
                        self.emit(Op::PopTop, 0);
                    }
                }
                FBlockCopy::TryExcept => self.emit(Op::PopBlock, 0),
                FBlockCopy::FinallyTry(body) => {
                    self.emit(Op::PopBlock, 0);
                    // Compile the finally body with this block removed.
                    let removed: Vec<FBlock<'a>> = self.u().fblocks.drain(i..).collect();
                    let keep_line = self.u().line;
                    self.stmts(body);
                    self.u().line = keep_line;
                    self.u().fblocks.extend(removed);
                }
                FBlockCopy::FinallyEnd => {
                    // Stack: exc [value]; drop exc, leave the handler.
                    if is_return {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                    self.emit(Op::PopExcept, 0);
                }
                FBlockCopy::With => {
                    self.emit(Op::PopBlock, 0);
                    if is_return {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::WithExitNormal, 0);
                }
                FBlockCopy::ExceptHandler => {
                    self.emit(Op::PopExcept, 0);
                }
                FBlockCopy::HandlerCleanup(name) => {
                    self.emit(Op::PopBlock, 0);
                    self.load_const(weft_objects::vm::none());
                    self.store_name(&name);
                    self.delete_name(&name);
                }
            }
        }
        None
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) {
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body);
        self.u().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(&t.orelse);
        self.jump(Op::Jump, end);
        self.bind(handler);
        for (k, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty);
                    self.emit(Op::CheckExcMatch, 0);
                    self.jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if k + 1 != t.handlers.len() {
                        self.fail("default 'except:' must be last", h.range);
                        return;
                    }
                }
            }
            match &h.name {
                Some(n) => {
                    let name = n.id.to_string();
                    self.store_name(&name);
                    let cleanup = self.new_label();
                    self.jump(Op::SetupFinally, cleanup);
                    self.u().fblocks.push(FBlock::ExceptHandler);
                    self.u().fblocks.push(FBlock::HandlerCleanup(name.clone()));
                    self.stmts(&h.body);
                    self.u().fblocks.pop();
                    self.u().fblocks.pop();
                    self.emit(Op::PopBlock, 0);
                    self.emit(Op::PopExcept, 0);
                    self.load_const(weft_objects::vm::none());
                    self.store_name(&name);
                    self.delete_name(&name);
                    self.jump(Op::Jump, end);
                    self.bind(cleanup);
                    self.load_const(weft_objects::vm::none());
                    self.store_name(&name);
                    self.delete_name(&name);
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.u().fblocks.push(FBlock::ExceptHandler);
                    self.stmts(&h.body);
                    self.u().fblocks.pop();
                    self.emit(Op::PopExcept, 0);
                    self.jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        self.emit(Op::Reraise, 0);
        self.bind(end);
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) {
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler);
        self.u().fblocks.push(FBlock::FinallyTry(&t.finalbody));
        if t.handlers.is_empty() {
            self.stmts(&t.body);
            self.stmts(&t.orelse);
        } else {
            self.try_except(t);
        }
        self.u().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(&t.finalbody);
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody);
        self.u().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.bind(end);
    }

    fn with(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], r: TextRange) {
        let Some((first, rest)) = items.split_first() else {
            self.stmts(body);
            return;
        };
        self.expr(&first.context_expr);
        self.emit(Op::BeforeWith, 0);
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler);
        match &first.optional_vars {
            Some(v) => self.assign(v),
            None => self.emit(Op::PopTop, 0),
        }
        self.u().fblocks.push(FBlock::With);
        self.with(rest, body, r);
        self.u().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.set_line(r);
        self.emit(Op::WithExitNormal, 0);
        self.jump(Op::Jump, end);
        self.bind(handler);
        // Stack: exit exc (except handler active).
        self.emit(Op::WithExcept, 0);
        let reraise = self.new_label();
        self.jump(Op::PopJumpIfFalse, reraise);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);
        self.bind(reraise);
        self.emit(Op::Reraise, 0);
        self.bind(end);
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) {
        let op = binop_of(a.op) as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value);
                self.emit(Op::InplaceOp, op);
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value);
                self.emit(Op::Copy, 1);
                let i = self.name_ix(&at.attr.id);
                self.emit(Op::LoadAttr, i);
                self.expr(&a.value);
                self.emit(Op::InplaceOp, op);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value);
                self.emit(Op::InplaceOp, op);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            _ => self.fail("'expression' is an illegal expression for augmented assignment", a.range),
        }
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) {
        if let Some(v) = &a.value {
            self.expr(v);
            self.assign(&a.target);
        }
        let kind = self.u().kind;
        if let (Expr::Name(n), true) = (&*a.target, a.simple && matches!(kind, ScopeKind::Module | ScopeKind::Class)) {
            // __annotations__[name] = annotation, or its source text when it
            // cannot be evaluated yet (a forward reference).
            let h = self.new_label();
            let store = self.new_label();
            self.jump(Op::SetupFinally, h);
            self.expr(&a.annotation);
            self.emit(Op::PopBlock, 0);
            self.jump(Op::Jump, store);
            self.bind(h);
            self.emit(Op::PopTop, 0);
            self.emit(Op::PopExcept, 0);
            let text = &self.source[a.annotation.range().start().to_usize()..a.annotation.range().end().to_usize()];
            self.load_const(pystr::new_str(text));
            self.bind(store);
            let i = self.name_ix("__annotations__");
            self.emit(Op::LoadName, i);
            self.load_const(pystr::new_str(&n.id));
            self.emit(Op::StoreSubscr, 0);
        }
    }

    fn assign(&mut self, t: &'a Expr) {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value);
                let i = self.name_ix(&a.attr.id);
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
                self.emit(Op::StoreSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => self.emit(Op::UnpackSequence, elts.len() as u32),
                    Some(p) => {
                        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                            self.fail("multiple starred expressions in assignment", t.range());
                            return;
                        }
                        let after = elts.len() - p - 1;
                        self.emit(Op::UnpackEx, (p as u32) | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.assign(&s.value),
                        _ => self.assign(e),
                    }
                }
            }
            Expr::Starred(s) => self.fail("starred assignment target must be in a list or tuple", s.range),
            _ => {
                let what = expr_kind_name(t);
                self.fail(format!("cannot assign to {what}"), t.range());
            }
        }
    }

    fn delete(&mut self, t: &'a Expr) {
        match t {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value);
                let i = self.name_ix(&a.attr.id);
                self.emit(Op::DeleteAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
                self.emit(Op::DeleteSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e);
                }
            }
            _ => self.fail(format!("cannot delete {}", expr_kind_name(t)), t.range()),
        }
    }

    // ------------------------------------------------------------ functions and classes

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Push defaults/kwdefaults/annotations; returns MAKE_FUNCTION flags.
    fn function_prelude(&mut self, p: Option<&'a ast::Parameters>) -> u32 {
        let mut flags = 0;
        let Some(p) = p else { return 0 };
        let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d);
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kwd: Vec<(&str, &Expr)> = p.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.id.as_str(), d))).collect();
        if !kwd.is_empty() {
            for (n, d) in &kwd {
                self.load_const(pystr::new_str(n));
                self.expr(d);
            }
            self.emit(Op::BuildMap, kwd.len() as u32);
            flags |= 2;
        }
        flags
    }

    fn setup_params(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.u();
        u.posonly = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonly = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= CO_VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= CO_VARKEYWORDS;
        }
    }

    fn make_closure(&mut self, code: Arc<CodeObject>, qualname: &str, mut flags: u32) {
        if !code.freevars.is_empty() {
            let frees: Vec<String> = code.freevars.iter().map(|f| pystr::as_str(f).unwrap().to_string()).collect();
            for f in &frees {
                let s = if self.u().kind == ScopeKind::Class && f == "__class__" { self.deref_slot("__class__") } else { self.deref_slot(f) };
                self.emit(Op::LoadClosure, s);
            }
            self.emit(Op::BuildTuple, frees.len() as u32);
            flags |= 8;
        }
        let c = PyRef::new(&weft_objects::types::types().code, weft_objects::Payload::Code(code));
        self.load_const(c);
        self.load_const(pystr::new_str(qualname));
        self.emit(Op::MakeFunction, flags);
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) {
        for d in &f.decorator_list {
            self.expr(&d.expression);
        }
        let flags = self.function_prelude(Some(&f.parameters));
        let qualname = self.qualname_for(&f.name.id);
        let scope = self.table.scope_of(f.range);
        let line = self.line_of(f.range);
        let line = if f.decorator_list.is_empty() { line } else { self.line_of(f.decorator_list[0].range) };
        self.enter(scope, f.name.id.to_string(), qualname.clone(), line);
        self.setup_params(Some(&f.parameters));
        if let Some(d) = Self::docstring(&f.body) {
            self.u().consts.push(pystr::new_string(d));
            self.u().flags |= CO_HAS_DOC;
        }
        self.stmts(&f.body);
        let code = self.leave();
        self.set_line(f.range);
        self.make_closure(code, &qualname, flags);
        for _ in &f.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.store_name(&f.name.id);
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) {
        let flags = self.function_prelude(l.parameters.as_deref());
        let qualname = self.qualname_for("<lambda>");
        let scope = self.table.scope_of(l.range);
        let line = self.line_of(l.range);
        self.enter(scope, "<lambda>".into(), qualname.clone(), line);
        self.setup_params(l.parameters.as_deref());
        self.expr(&l.body);
        self.emit(Op::ReturnValue, 0);
        let code = self.leave();
        self.make_closure(code, &qualname, flags);
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) {
        if c.type_params.is_some() {
            return self.not_supported("class type parameters", c.range);
        }
        for d in &c.decorator_list {
            self.expr(&d.expression);
        }
        self.emit(Op::LoadBuildClass, 0);
        let qualname = self.qualname_for(&c.name.id);
        let scope = self.table.scope_of(c.range);
        let line = if c.decorator_list.is_empty() { self.line_of(c.range) } else { self.line_of(c.decorator_list[0].range) };
        self.enter(scope, c.name.id.to_string(), qualname.clone(), line);
        let i = self.name_ix("__name__");
        self.emit(Op::LoadName, i);
        let i = self.name_ix("__module__");
        self.emit(Op::StoreName, i);
        self.load_const(pystr::new_str(&qualname));
        let i = self.name_ix("__qualname__");
        self.emit(Op::StoreName, i);
        if Self::has_annotations(&c.body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        let body: &'a [Stmt] = &c.body;
        if let Some(d) = Self::docstring(body) {
            self.load_const(pystr::new_string(d));
            let i = self.name_ix("__doc__");
            self.emit(Op::StoreName, i);
            self.stmts(&body[1..]);
        } else {
            self.stmts(body);
        }
        if self.table.scopes[scope].needs_class_cell {
            let s = self.deref_slot("__class__");
            self.emit(Op::LoadClosure, s);
            let i = self.name_ix("__classcell__");
            self.emit(Op::StoreName, i);
        }
        self.load_const(weft_objects::vm::none());
        self.emit(Op::ReturnValue, 0);
        let code = self.leave();
        self.set_line(c.range());
        self.make_closure(code, &qualname, 0);
        self.load_const(pystr::new_str(&c.name.id));
        let (args, kws): (Vec<&Expr>, Vec<&ast::Keyword>) = match &c.arguments {
            Some(a) => (a.args.iter().collect(), a.keywords.iter().collect()),
            None => (vec![], vec![]),
        };
        self.call_args(&args, &kws, 2);
        for _ in &c.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.store_name(&c.name.id);
    }

    // ------------------------------------------------------------ expressions

    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                if is_and != cond {
                    // All must hold (and, jump when false) / (or, jump when true).
                    for v in &b.values {
                        self.jump_if(v, cond, target);
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip);
                        } else {
                            self.jump_if(v, cond, target);
                        }
                    }
                    self.bind(skip);
                }
            }
            _ => {
                self.expr(e);
                self.jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
            }
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        match e {
            Expr::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => int::new_int(v),
                        None => {
                            let s = i.to_string().replace('_', "");
                            let lower = s.to_ascii_lowercase();
                            let (digits, radix) = if let Some(h) = lower.strip_prefix("0x") {
                                (h.to_string(), 16)
                            } else if let Some(o) = lower.strip_prefix("0o") {
                                (o.to_string(), 8)
                            } else if let Some(b) = lower.strip_prefix("0b") {
                                (b.to_string(), 2)
                            } else {
                                (lower, 10)
                            };
                            int::from_bigint(num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default())
                        }
                    },
                    ast::Number::Float(f) => weft_objects::float::new_float(*f),
                    ast::Number::Complex { real, imag } => PyRef::new(&weft_objects::types::types().complex, weft_objects::Payload::Complex(*real, *imag)),
                };
                v.make_immortal();
                self.load_const(v);
            }
            Expr::StringLiteral(s) => {
                let v = pystr::new_str(s.value.to_str());
                v.make_immortal();
                self.load_const(v);
            }
            Expr::BytesLiteral(b) => {
                let mut v = Vec::new();
                for l in b.value.iter() {
                    v.extend_from_slice(&l.value);
                }
                self.load_const(weft_objects::bytes::new_bytes(v));
            }
            Expr::BooleanLiteral(b) => self.load_const(weft_objects::vm::bool_obj(b.value)),
            Expr::NoneLiteral(_) => self.load_const(weft_objects::vm::none()),
            Expr::EllipsisLiteral(_) => self.load_const(weft_objects::types::s().ellipsis.clone()),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
                self.emit(Op::BinaryOp, binop_of(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand);
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Op::UnaryOp, op as u32);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v);
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c),
            Expr::If(i) => {
                let other = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, other);
                self.expr(&i.body);
                self.jump(Op::Jump, end);
                self.bind(other);
                self.expr(&i.orelse);
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value);
                self.emit(Op::Copy, 1);
                self.assign(&n.target);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value);
                let i = self.name_ix(&a.attr.id);
                self.emit(Op::LoadAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper] {
                    match x {
                        Some(v) => self.expr(v),
                        None => self.load_const(weft_objects::vm::none()),
                    }
                }
                match &s.step {
                    Some(v) => {
                        self.expr(v);
                        self.emit(Op::BuildSlice, 3);
                    }
                    None => self.emit(Op::BuildSlice, 2),
                }
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_sequence(&t.elts, Op::BuildList);
                    self.emit(Op::ListToTuple, 0);
                } else {
                    for x in &t.elts {
                        self.expr(x);
                    }
                    self.emit(Op::BuildTuple, t.elts.len() as u32);
                }
            }
            Expr::List(l) => {
                if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_sequence(&l.elts, Op::BuildList);
                } else {
                    for x in &l.elts {
                        self.expr(x);
                    }
                    self.emit(Op::BuildList, l.elts.len() as u32);
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_sequence(&s.elts, Op::BuildSet);
                } else {
                    for x in &s.elts {
                        self.expr(x);
                    }
                    self.emit(Op::BuildSet, s.elts.len() as u32);
                }
            }
            Expr::Dict(d) => {
                if d.items.iter().any(|it| it.key.is_none()) {
                    self.emit(Op::BuildMap, 0);
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k);
                                self.expr(&it.value);
                                self.emit(Op::MapAdd, 1);
                            }
                            None => {
                                self.expr(&it.value);
                                self.emit(Op::DictUpdate, 1);
                            }
                        }
                    }
                } else {
                    for it in &d.items {
                        self.expr(it.key.as_ref().unwrap());
                        self.expr(&it.value);
                    }
                    self.emit(Op::BuildMap, d.items.len() as u32);
                }
            }
            Expr::Call(c) => self.call(c),
            Expr::Lambda(l) => self.lambda(l),
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, CompKind::List(&c.elt)),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, CompKind::Set(&c.elt)),
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return self.not_supported("dict comprehension unpacking", c.range);
                };
                self.comprehension(c.range, &c.generators, CompKind::Dict(k, &c.value))
            }
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, CompKind::Gen(&c.elt)),
            Expr::Yield(y) => {
                if !matches!(self.u().kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    self.fail("'yield' outside function", y.range);
                    return;
                }
                match &y.value {
                    Some(v) => self.expr(v),
                    None => self.load_const(weft_objects::vm::none()),
                }
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                if !matches!(self.u().kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    self.fail("'yield' outside function", y.range);
                    return;
                }
                self.expr(&y.value);
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(weft_objects::vm::none());
                let top = self.new_label();
                let exit = self.new_label();
                self.bind(top);
                self.jump(Op::Send, exit);
                self.emit(Op::YieldValue, 0);
                self.jump(Op::Jump, top);
                self.bind(exit);
            }
            Expr::Await(a) => self.not_supported("'await'", a.range),
            Expr::FString(f) => {
                let mut n = 0;
                for part in f.value.as_slice() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            self.load_const(pystr::new_str(&l.value));
                            n += 1;
                        }
                        ast::FStringPart::FString(fs) => n += self.fstring_elements(&fs.elements),
                    }
                }
                if n != 1 {
                    self.emit(Op::BuildString, n);
                }
            }
            Expr::TString(t) => self.not_supported("template strings", t.range),
            Expr::Starred(s) => self.fail("can't use starred expression here", s.range),
            Expr::IpyEscapeCommand(c) => self.fail("invalid syntax", c.range),
        }
    }

    fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements) -> u32 {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(pystr::new_str(&l.value));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dt) = &i.debug_text {
                        let text = format!("{}{}{}", dt.leading(), dt.expression(), dt.trailing());
                        self.load_const(pystr::new_string(text));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression);
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements);
                        if k != 1 {
                            self.emit(Op::BuildString, k);
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue, flags);
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.load_const(pystr::new_str(""));
            n = 1;
        }
        n
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) {
        self.expr(&c.left);
        let n = c.ops.len();
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right);
            if i + 1 < n {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
            }
            self.cmp_op(*op);
            if i + 1 < n {
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            }
        }
        if n > 1 {
            self.jump(Op::Jump, end);
            self.bind(cleanup);
            self.emit(Op::Swap, 2);
            self.emit(Op::PopTop, 0);
            self.bind(end);
        }
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            C::NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            C::Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            C::LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            C::Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            C::GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            C::Is => self.emit(Op::IsOp, 0),
            C::IsNot => self.emit(Op::IsOp, 1),
            C::In => self.emit(Op::ContainsOp, 0),
            C::NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    fn starred_sequence(&mut self, elts: &'a [Expr], build: Op) {
        self.emit(build, 0);
        let (add, extend) = if build == Op::BuildSet { (Op::SetAdd, Op::SetUpdate) } else { (Op::ListAppend, Op::ListExtend) };
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value);
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e);
                    self.emit(add, 1);
                }
            }
        }
    }

    fn call(&mut self, c: &'a ast::ExprCall) {
        let args: Vec<&Expr> = c.arguments.args.iter().collect();
        let kws: Vec<&ast::Keyword> = c.arguments.keywords.iter().collect();
        // Zero-argument super().
        if let Expr::Name(n) = &*c.func {
            if &*n.id == "super" && args.is_empty() && kws.is_empty() && self.u().kind == ScopeKind::Function && self.binding("super") != Binding::Local {
                let has_class = self.u().freevars.iter().any(|f| f == "__class__");
                let first = self.u().varnames.first().cloned().filter(|_| self.u().argcount > 0 || self.u().flags & CO_VARARGS != 0);
                if let (true, Some(first)) = (has_class, first) {
                    self.load_name("super");
                    let s = self.deref_slot("__class__");
                    self.emit(Op::LoadDeref, s);
                    self.load_name(&first);
                    self.emit(Op::Call, 2);
                    return;
                }
            }
        }
        // Frame introspection built-ins compile to opcodes (the frame is not
        // visible to native code): globals(), locals(), vars(), dir(), and
        // one-argument eval()/exec() get the caller's namespaces.
        if let Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            let builtin = !self.table.assigned_anywhere(name) && matches!(self.binding(name), Binding::GlobalImplicit | Binding::Name);
            if builtin && kws.is_empty() {
                match (name, args.len()) {
                    ("globals", 0) => return self.emit(Op::LoadGlobals, 0),
                    ("locals", 0) | ("vars", 0) => return self.emit(Op::LoadLocals, 0),
                    ("dir", 0) => {
                        self.load_name("sorted");
                        self.emit(Op::LoadLocals, 0);
                        self.emit(Op::Call, 1);
                        return;
                    }
                    ("eval", 1) | ("exec", 1) if !matches!(args[0], Expr::Starred(_)) => {
                        self.load_name(name);
                        self.expr(args[0]);
                        self.emit(Op::LoadGlobals, 0);
                        self.emit(Op::LoadLocals, 0);
                        self.emit(Op::Call, 3);
                        return;
                    }
                    _ => {}
                }
            }
        }
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && !kws.iter().any(|k| k.arg.is_none());
        if simple && kws.is_empty() {
            if let Expr::Attribute(a) = &*c.func {
                self.expr(&a.value);
                let i = self.name_ix(&a.attr.id);
                self.set_line(c.range());
                self.emit(Op::LoadMethod, i);
                for x in &args {
                    self.expr(x);
                }
                self.set_line(c.range());
                self.emit(Op::CallMethod, args.len() as u32);
                return;
            }
        }
        self.expr(&c.func);
        self.call_args(&args, &kws, 0);
    }

    /// Emit a call with `extra` positional arguments already on the stack
    /// (after the callable).
    fn call_args(&mut self, args: &[&'a Expr], kws: &[&'a ast::Keyword], extra: u32) {
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            for x in args {
                self.expr(x);
            }
            if kws.is_empty() {
                self.emit(Op::Call, args.len() as u32 + extra);
            } else {
                let mut seen: Vec<&str> = Vec::new();
                for k in kws {
                    let n = k.arg.as_ref().unwrap().id.as_str();
                    if seen.contains(&n) {
                        self.fail(format!("keyword argument repeated: {n}"), k.range);
                        return;
                    }
                    seen.push(n);
                    self.expr(&k.value);
                }
                let names: Vec<PyRef> = kws.iter().map(|k| pystr::new_str(&k.arg.as_ref().unwrap().id)).collect();
                self.load_const(tuple::new_tuple(names));
                self.emit(Op::CallKw, args.len() as u32 + kws.len() as u32 + extra);
            }
            return;
        }
        // General form: build a list of positional args (with the extras
        // already on the stack) and a dict of keywords.
        self.emit(Op::BuildList, extra);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value);
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(a);
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit(Op::ListToTuple, 0);
        if kws.is_empty() {
            self.emit(Op::CallEx, 0);
        } else {
            self.emit(Op::BuildMap, 0);
            for k in kws {
                match &k.arg {
                    Some(n) => {
                        self.load_const(pystr::new_str(&n.id));
                        self.expr(&k.value);
                        self.emit(Op::MapAdd, 1);
                    }
                    None => {
                        self.expr(&k.value);
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
            self.emit(Op::CallEx, 1);
        }
    }

    fn comprehension(&mut self, r: TextRange, gens: &'a [ast::Comprehension], kind: CompKind<'a>) {
        let scope = self.table.scope_of(r);
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.line_of(r);
        self.enter(scope, name.into(), qualname.clone(), line);
        self.u().argcount = 1;
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList, 0),
            CompKind::Set(_) => self.emit(Op::BuildSet, 0),
            CompKind::Dict(..) => self.emit(Op::BuildMap, 0),
            CompKind::Gen(_) => {}
        }
        self.comp_loop(gens, 0, kind);
        if !matches!(kind, CompKind::Gen(_)) {
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.leave();
        self.make_closure(code, &qualname, 0);
        self.expr(&gens[0].iter);
        self.emit(Op::GetIter, 0);
        self.emit(Op::Call, 1);
    }

    fn comp_loop(&mut self, gens: &'a [ast::Comprehension], depth: usize, kind: CompKind<'a>) {
        let g = &gens[depth];
        if g.is_async {
            return self.not_supported("asynchronous comprehensions", g.range);
        }
        if depth == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter);
            self.emit(Op::GetIter, 0);
        }
        let top = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.jump(Op::ForIter, exit);
        self.assign(&g.target);
        for cond in &g.ifs {
            self.jump_if(cond, false, top);
        }
        if depth + 1 < gens.len() {
            self.comp_loop(gens, depth + 1, kind);
        } else {
            let d = depth as u32 + 2;
            match kind {
                CompKind::List(e) => {
                    self.expr(e);
                    self.emit(Op::ListAppend, d);
                }
                CompKind::Set(e) => {
                    self.expr(e);
                    self.emit(Op::SetAdd, d);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k);
                    self.expr(v);
                    self.emit(Op::MapAdd, d);
                }
                CompKind::Gen(e) => {
                    self.expr(e);
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.jump(Op::Jump, top);
        self.bind(exit);
    }
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

enum FBlockCopy<'a> {
    Loop(Label, Label, bool),
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    ExceptHandler,
    HandlerCleanup(String),
}

fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::EllipsisLiteral(_) => "literal",
        Expr::NoneLiteral(_) => "None",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::FString(_) => "f-string expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// Encode a unit's instructions: resolve labels, add EXTENDED_ARG prefixes.
fn assemble(u: &Unit) -> (Vec<u16>, Vec<u32>) {
    let n = u.instrs.len();
    let mut sizes = vec![1usize; n];
    let arg_size = |a: u32| -> usize {
        if a < 1 << 8 {
            1
        } else if a < 1 << 16 {
            2
        } else if a < 1 << 24 {
            3
        } else {
            4
        }
    };
    loop {
        let mut offsets = Vec::with_capacity(n + 1);
        let mut off = 0;
        for s in &sizes {
            offsets.push(off);
            off += s;
        }
        offsets.push(off);
        let resolve = |i: &Instr| -> u32 {
            if i.op.is_jump() {
                let target = u.labels[i.arg as usize].expect("unbound label");
                offsets[target] as u32
            } else {
                i.arg
            }
        };
        let new_sizes: Vec<usize> = u.instrs.iter().map(|i| arg_size(resolve(i))).collect();
        if new_sizes == sizes {
            let mut code = Vec::with_capacity(off);
            let mut lines = Vec::with_capacity(off);
            for ins in &u.instrs {
                let a = resolve(ins);
                let s = arg_size(a);
                for k in (1..s).rev() {
                    code.push(Op::ExtendedArg as u16 | ((((a >> (8 * k)) & 0xff) as u16) << 8));
                    lines.push(ins.line);
                }
                code.push(ins.op as u16 | (((a & 0xff) as u16) << 8));
                lines.push(ins.line);
            }
            return (code, lines);
        }
        sizes = new_sizes;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(code: &CodeObject) -> Vec<Op> {
        code.code.iter().map(|u| Op::from_u8(*u as u8)).collect()
    }

    #[test]
    fn compiles_a_function_call_and_return() {
        weft_objects::types::init();
        let code = compile("x = 1\nprint(x + 2)\n", "t.py", Mode::Exec).unwrap();
        let o = ops(&code);
        assert!(o.contains(&Op::StoreName));
        assert!(o.contains(&Op::BinaryOp));
        assert!(o.contains(&Op::Call));
        assert_eq!(*o.last().unwrap(), Op::ReturnValue);
        assert_eq!(code.lines.len(), code.code.len());
        assert_eq!(code.line_at(code.code.len() - 1), 2);
    }

    #[test]
    fn wide_arguments_use_extended_arg() {
        weft_objects::types::init();
        let src: String = (0..300).map(|i| format!("v{i} = {i}\n")).collect();
        let code = compile(&src, "t.py", Mode::Exec).unwrap();
        assert!(ops(&code).contains(&Op::ExtendedArg));
    }

    #[test]
    fn syntax_errors_carry_position() {
        let e = compile("x = (1,\n", "t.py", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, "'(' was never closed");
        assert_eq!((e.line, e.col), (1, 5));
        let e = compile("def f():\nreturn 1\n", "t.py", Mode::Exec).unwrap_err();
        assert!(e.indentation, "{}", e.msg);
        let e = compile("return 5\n", "t.py", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, "'return' outside function");
    }

    #[test]
    fn deep_nesting_is_a_syntax_error_not_a_crash() {
        let src = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
        let e = compile(&src, "t.py", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, "too many nested parentheses");
    }
}
