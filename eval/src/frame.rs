//! Frames: the execution state of one code object activation.
//!
//! A frame owns its fast locals (parameters, locals, cells, free variables in
//! one vector), its value stack and its block stack. Frames of one
//! evaluation live in a `Vec` owned by the evaluation loop, so a Python call
//! pushes a frame instead of recursing on the Rust stack.


use weft_objects::code::CodeRef;
use weft_objects::PyRef;

/// Kind of an entry on the block stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `SETUP_FINALLY`: on an exception, jump to `handler`.
    Finally,
    /// An except handler is running (an exception is being handled).
    ExceptHandler,
}

/// A block-stack entry.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Kind.
    pub kind: BlockKind,
    /// Handler offset (for `Finally`).
    pub handler: u32,
    /// Value-stack depth to restore.
    pub level: u32,
}

/// One activation.
pub struct Frame {
    /// The code being run.
    pub code: CodeRef,
    /// Module globals.
    pub globals: PyRef,
    /// Builtins dict.
    pub builtins: PyRef,
    /// Namespace dict for module and class bodies.
    pub locals: Option<PyRef>,
    /// Locals, then cells, then free variables.
    pub fast: Vec<Option<PyRef>>,
    /// The value stack.
    pub stack: Vec<PyRef>,
    /// The block stack.
    pub blocks: Vec<Block>,
    /// Next code unit to run.
    pub pc: usize,
    /// Exceptions this frame was handling when it was suspended (generators).
    pub saved_exc: Vec<PyRef>,
    /// An exception to raise when resumed (`generator.throw`).
    pub pending_exc: Option<PyRef>,
    /// The local trace function (`sys.settrace`), set by the 'call' event.
    pub trace: Option<PyRef>,
    /// Line and code unit of the last traced instruction ('line' events
    /// fire on a new line or a backward jump).
    pub trace_line: u32,
    pub trace_pc: usize,
    /// For the frame of an `__init__` entered by calling its class: the new
    /// instance, which the call returns (the frame must return None).
    pub init_self: Option<PyRef>,
}

impl Frame {
    /// A frame for `code` with prepared fast locals.
    pub fn new(code: CodeRef, globals: PyRef, builtins: PyRef, locals: Option<PyRef>, fast: Vec<Option<PyRef>>) -> Frame {
        Frame { stack: Vec::with_capacity(code.stacksize as usize), code, globals, builtins, locals, fast, blocks: Vec::new(), pc: 0, saved_exc: Vec::new(), pending_exc: None, trace: None, trace_line: 0, trace_pc: 0, init_self: None }
    }

    /// The line being executed.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }
}
