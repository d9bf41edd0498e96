//! Code objects: compiled bytecode with its constants, names and line table.
//! The `eval` crate defines the instruction set; this crate only stores it.

use crate::object::PyRef;

/// Code flag: has `*args`.
pub const CO_VARARGS: u32 = 0x04;
/// Code flag: has `**kwargs`.
pub const CO_VARKEYWORDS: u32 = 0x08;
/// Code flag: a generator function.
pub const CO_GENERATOR: u32 = 0x20;
/// Code flag: a coroutine (`async def`).
pub const CO_COROUTINE: u32 = 0x80;
/// Code flag: an async generator.
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
/// Code flag: `consts[0]` is the docstring.
pub const CO_HAS_DOC: u32 = 0x4000_0000;
/// Code flag: body of a module or class (names live in a dict).
pub const CO_NAMESPACE: u32 = 0x1000_0000;

/// A handler range of the exception table.
#[derive(Clone, Copy, Debug)]
pub struct ExcHandler {
    /// First code unit covered.
    pub start: u32,
    /// One past the last code unit covered.
    pub end: u32,
    /// Where the handler starts.
    pub target: u32,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u32,
    /// Push the offset of the raising instruction too (for `finally`).
    pub lasti: bool,
}

/// A compiled body.
pub struct CodeObject {
    /// `co_name`.
    pub name: PyRef,
    /// `co_qualname`.
    pub qualname: PyRef,
    /// `co_filename`.
    pub filename: PyRef,
    /// First source line.
    pub firstlineno: u32,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// `CO_*` flags.
    pub flags: u32,
    /// Local variable names (parameters first).
    pub varnames: Vec<PyRef>,
    /// Names of locals that closures capture (cells).
    pub cellvars: Vec<PyRef>,
    /// Names of free variables from enclosing scopes.
    pub freevars: Vec<PyRef>,
    /// For each cell, the parameter index it starts from, if any.
    pub cell2arg: Vec<Option<u32>>,
    /// Global/attribute names used by the bytecode.
    pub names: Vec<PyRef>,
    /// Constants.
    pub consts: Vec<PyRef>,
    /// Bytecode: 16-bit units, low byte opcode, high byte argument.
    pub code: Vec<u16>,
    /// Source line of every code unit.
    pub lines: Vec<u32>,
    /// Source byte range (start, end) of the node behind every code unit.
    pub spans: Vec<(u32, u32)>,
    /// Exception handlers, innermost first for overlapping ranges.
    pub handlers: Vec<ExcHandler>,
    /// Maximum stack depth.
    pub stacksize: u32,
}

impl CodeObject {
    /// Number of fast-local slots (locals, then cells, then free vars).
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Total number of parameters including `*args`/`**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & CO_VARARGS != 0 {
            n += 1;
        }
        if self.flags & CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// The line of the instruction at code unit `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstlineno)
    }

    /// The source byte range of the node behind code unit `pc`.
    pub fn span_at(&self, pc: usize) -> (u32, u32) {
        self.spans.get(pc).copied().unwrap_or((0, 0))
    }
}

impl std::fmt::Debug for CodeObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<code object {} ({} units)>", crate::str::as_str(&self.qualname).unwrap_or("?"), self.code.len())
    }
}

/// A handle to a code object held by a function or a frame.
///
/// Most code objects are counted (`Arc`). The code of an immortal function
/// (one defined at module or class level) is promoted to a `'static`
/// reference: cloning it — once per call, on every thread — then writes no
/// shared counter, so threads calling the same function never contend on
/// its code object.
#[derive(Clone)]
pub enum CodeRef {
    /// A counted code object.
    Counted(std::sync::Arc<CodeObject>),
    /// A code object that lives until the process exits.
    Static(&'static CodeObject),
}

impl CodeRef {
    /// The same code object, promoted to live until exit (for the code of
    /// an immortal function). Leaks one counted reference.
    pub fn promoted(self) -> CodeRef {
        match self {
            CodeRef::Counted(a) => {
                let leaked: &'static std::sync::Arc<CodeObject> = Box::leak(Box::new(a));
                CodeRef::Static(leaked)
            }
            s => s,
        }
    }

    /// Whether two handles name the same code object.
    pub fn same(&self, other: &CodeRef) -> bool {
        std::ptr::eq::<CodeObject>(&**self, &**other)
    }
}

impl std::ops::Deref for CodeRef {
    type Target = CodeObject;
    #[inline(always)]
    fn deref(&self) -> &CodeObject {
        match self {
            CodeRef::Counted(a) => a,
            CodeRef::Static(r) => r,
        }
    }
}

impl From<std::sync::Arc<CodeObject>> for CodeRef {
    fn from(a: std::sync::Arc<CodeObject>) -> CodeRef {
        CodeRef::Counted(a)
    }
}
