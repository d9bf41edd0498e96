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

/// The code object behind `o` (a `code` instance).
fn code_of(o: &PyRef) -> crate::vm::PyResult<&CodeObject> {
    match &o.payload {
        crate::payload::Payload::Code(c) => Ok(c),
        _ => Err(crate::vm::type_error(format!("descriptor requires a 'code' object but received '{}'", crate::types::type_name(o.class())))),
    }
}

/// `code.co_lines()`: `(start, end, line)` for each run of code units on
/// one line, in byte offsets (two bytes per code unit, as in CPython).
fn co_lines(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: crate::vm::KwArgs) -> crate::vm::PyResult {
    crate::vm::check_args("co_lines", &a[1..], 0, 0)?;
    let c = code_of(&a[0])?;
    let mut out = Vec::new();
    let mut start = 0usize;
    for i in 1..=c.code.len() {
        if i == c.code.len() || c.line_at(i) != c.line_at(start) {
            let line = crate::int::new_int(c.line_at(start) as i64);
            out.push(crate::tuple::new_tuple(vec![crate::int::new_int(2 * start as i64), crate::int::new_int(2 * i as i64), line]));
            start = i;
        }
    }
    let l = crate::list::new_list(out);
    crate::protocol::iter(vm, &l)
}

/// `code.replace(**changes)`: a copy with some `co_*` fields replaced.
fn co_replace(_: &mut dyn crate::vm::Vm, a: &[PyRef], kw: crate::vm::KwArgs) -> crate::vm::PyResult {
    crate::vm::check_args("replace", &a[1..], 0, 0)?;
    let c = code_of(&a[0])?;
    let mut new = CodeObject {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: c.filename.clone(),
        firstlineno: c.firstlineno,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell2arg: c.cell2arg.clone(),
        names: c.names.clone(),
        consts: c.consts.clone(),
        code: c.code.clone(),
        lines: c.lines.clone(),
        spans: c.spans.clone(),
        handlers: c.handlers.clone(),
        stacksize: c.stacksize,
    };
    for (k, v) in kw {
        let key = crate::str::as_str(k).unwrap_or("");
        let want_str = |v: &PyRef| -> crate::vm::PyResult<PyRef> {
            if crate::str::as_str(v).is_some() {
                Ok(v.clone())
            } else {
                Err(crate::vm::type_error(format!("replace() argument '{key}' must be str, not {}", crate::types::type_name(v.class()))))
            }
        };
        let want_tuple = |v: &PyRef, len: Option<usize>| -> crate::vm::PyResult<Vec<PyRef>> {
            match &v.payload {
                crate::payload::Payload::Tuple(t) if len.is_none_or(|n| n == t.len()) => Ok(t.to_vec()),
                crate::payload::Payload::Tuple(_) => Err(crate::vm::value_error(format!("code: {key} must keep its length in weft"))),
                _ => Err(crate::vm::type_error(format!("replace() argument '{key}' must be tuple, not {}", crate::types::type_name(v.class())))),
            }
        };
        match key {
            "co_name" => new.name = want_str(v)?,
            "co_qualname" => new.qualname = want_str(v)?,
            "co_filename" => new.filename = want_str(v)?,
            "co_firstlineno" => {
                if !crate::int::is_int(v) {
                    return Err(crate::vm::type_error(format!("replace() argument 'co_firstlineno' must be int, not {}", crate::types::type_name(v.class()))));
                }
                let n = crate::int::index_i64(v)?;
                let delta = n - new.firstlineno as i64;
                new.firstlineno = n.max(0) as u32;
                new.lines = new.lines.iter().map(|l| (*l as i64 + delta).max(0) as u32).collect();
            }
            "co_consts" => new.consts = want_tuple(v, Some(c.consts.len()))?,
            "co_names" => new.names = want_tuple(v, Some(c.names.len()))?,
            "co_varnames" => new.varnames = want_tuple(v, Some(c.varnames.len()))?,
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals" | "co_stacksize" | "co_flags" | "co_code" | "co_linetable" | "co_exceptiontable" | "co_freevars" | "co_cellvars" => {
                return Err(crate::vm::not_implemented(format!("code.replace({key}=...) is not supported by weft (its code objects hold weft's own instructions)")));
            }
            _ => return Err(crate::vm::type_error(format!("replace() got an unexpected keyword argument '{key}'"))),
        }
    }
    Ok(PyRef::new(&crate::types::types().code, crate::payload::Payload::Code(CodeRef::Counted(std::sync::Arc::new(new)))))
}

/// Methods of the `code` type.
pub fn register() {
    let t = crate::types::types();
    crate::types::add_method(&t.code, "co_lines", co_lines);
    crate::types::add_method(&t.code, "replace", co_replace);
    crate::types::add_method(&t.code, "__replace__", co_replace);
}
