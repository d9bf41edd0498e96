//! The evaluator of weft: compiler (ruff_python_parser AST, symbol table,
//! bytecode), frames, the evaluation loop, calls, generators, and exception
//! formatting.

pub mod opcode;
pub mod symtable;
pub mod compile;
pub mod frame;
pub mod state;
pub mod call;
pub mod eval_loop;
pub mod vm_impl;
pub mod generator;
pub mod finalize;
pub mod coroutine;
pub mod frames;
pub mod trace;
pub mod traceback;
pub mod matching;
pub mod import_lock;

pub use compile::{compile, compile_with_warnings, CompileError, Mode, SyntaxWarning};
pub use state::{Interp, ThreadState};
