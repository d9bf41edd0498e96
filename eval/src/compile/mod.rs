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
    /// One interactive statement (`single`): expression statements at top
    /// level show their value through `sys.displayhook`.
    Single,
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
    /// Source byte range of the node that emitted it (for tracebacks).
    span: (u32, u32),
}

#[derive(Clone)]
enum FBlock<'a> {
    Loop { cont: Label, brk: Label, is_for: bool },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    AsyncWith,
    StarHandler,
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
    /// Byte range of the node being compiled.
    span: (u32, u32),
    /// For a class body: attribute names its methods assign as `self.X`
    /// (`__static_attributes__`).
    static_attributes: std::collections::BTreeSet<String>,
    /// The enclosing class's name, for private-name mangling (`__x`).
    private: Option<String>,
}

/// Compile a whole source text.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    compile_with_warnings(source, filename, mode).map(|(code, _)| code)
}

/// Compile a whole source text, also returning the `SyntaxWarning`s CPython
/// would show for it (the caller shows them through `warnings`).
pub fn compile_with_warnings(source: &str, filename: &str, mode: Mode) -> Result<(Arc<CodeObject>, Vec<SyntaxWarning>), CompileError> {
    let index = ruff_source_file::LineIndex::from_source_text(source);
    let pos = |off: TextSize| -> (usize, usize) {
        // The parser may report an offset inside a multi-byte character
        // (an unexpected non-ASCII digit): step back to its first byte.
        let mut o = (u32::from(off) as usize).min(source.len());
        while !source.is_char_boundary(o) {
            o -= 1;
        }
        let lc = index.line_column(TextSize::new(o as u32), source);
        (lc.line.get(), lc.column.get())
    };
    let line_text = |line: usize| source.lines().nth(line.saturating_sub(1)).unwrap_or("").to_string();
    // CPython's parser refuses deep bracket nesting; refusing it here also
    // keeps the recursive parser and compiler far from the stack's end.
    if let Some((l, c)) = too_deep(source) {
        return Err(CompileError { msg: "too many nested parentheses".into(), line: l, col: c, end_col: c + 1, text: line_text(l), indentation: false });
    }
    let body: Vec<Stmt> = match mode {
        Mode::Exec | Mode::Single => match ruff_python_parser::parse_module(source) {
            Ok(p) => p.into_syntax().body.into_iter().collect(),
            Err(e) => {
                if let Some((msg, l, c)) = tokenizer_error(source) {
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
            Err(e) => {
                if let Some((msg, l, c)) = tokenizer_error(source) {
                    return Err(CompileError { msg, line: l, col: c, end_col: c + 1, text: line_text(l), indentation: false });
                }
                return Err(parse_error(&e, &pos, &line_text));
            }
        },
    };
    if mode == Mode::Single && body.is_empty() {
        // Interactive input must hold a statement.
        let l = usize::from(!source.is_empty());
        return Err(CompileError { msg: "invalid syntax".into(), line: l, col: 0, end_col: 0, text: line_text(l.max(1)), indentation: false });
    }
    if mode == Mode::Single && body.len() > 1 {
        let (l, c) = pos(body[0].range().end());
        return Err(CompileError { msg: "multiple statements found while compiling a single statement".into(), line: l, col: c, end_col: c + 1, text: line_text(l), indentation: false });
    }
    let table = SymTable::build(&body).map_err(|e| {
        let (l, c) = pos(e.range.start());
        CompileError { msg: e.msg, line: l, col: c, end_col: c + 1, text: line_text(l), indentation: false }
    })?;
    let warnings = warnings::collect(source, &index, &body);
    let mut c = Compiler { table, source, index: &index, filename: pystr::new_str(filename), units: vec![], error: None, eval_mode: mode == Mode::Eval, single_mode: mode == Mode::Single, generic_base: None };
    c.enter(0, "<module>".into(), "<module>".into(), 1);
    if mode != Mode::Eval {
        c.namespace_body(&body);
    } else {
        c.stmts(&body);
    }
    if let Some(e) = c.error {
        return Err(e);
    }
    Ok((c.leave(), warnings))
}

struct Compiler<'a> {
    table: SymTable,
    source: &'a str,
    index: &'a ruff_source_file::LineIndex,
    filename: PyRef,
    units: Vec<Unit<'a>>,
    error: Option<CompileError>,
    eval_mode: bool,
    /// Compiling `compile(..., 'single')`: top-level expression statements
    /// go through `sys.displayhook`.
    single_mode: bool,
    /// Type parameters of the class whose bases `call_args` is emitting:
    /// `Generic[T, ...]` is appended as an implicit base (PEP 695).
    generic_base: Option<Vec<String>>,
}

pub(super) fn binop_of(op: ast::Operator) -> BinOp {
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


mod assemble;
mod errors;
mod expr;
mod function;
mod pattern;
mod stmt;
mod unit;
mod warnings;
pub use warnings::SyntaxWarning;

use assemble::assemble;
use errors::{parse_error, tokenizer_error, too_deep};
use expr::expr_kind_name;

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

