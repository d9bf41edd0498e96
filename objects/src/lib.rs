//! The object model of weft: the PEP 703 object header, owned handles with
//! biased reference counting, type objects, and every built-in type's data
//! and native methods.
//!
//! This crate never calls the evaluator directly. Where a built-in operation
//! must run Python code (a user `__eq__`, a key function) it goes through the
//! [`vm::Vm`] trait, which the `eval` crate implements.

pub mod object;
pub mod payload;
pub mod locked;
pub mod types;
pub mod type_bases;
pub mod vm;
pub mod exceptions;
pub mod int;
pub mod float;
pub mod str;
pub mod bytes;
pub mod list;
pub mod tuple;
pub mod dict;
pub mod set;
pub mod range;
pub mod code;
pub mod function;
pub mod traverse;
pub mod gc;
pub mod format;
pub mod protocol;
pub mod attrs;
pub mod construct;
pub mod slots;
pub mod subclass;
pub mod finalize;
pub mod exception_group;
pub mod generic_alias;
pub mod bytes_methods;
pub mod codecs;
pub mod codecs_escape;
pub mod codecs_charmap;
pub mod unicode_casefold;
pub mod unicode_numeric;
pub mod unicode_props;
pub mod complex;
pub mod memoryview;
pub mod weakref;
pub mod class_assign;
pub mod type_docs;
pub mod suggestions;
pub mod getset;
pub mod member;
pub mod mappingproxy;

pub use object::{PyObject, PyRef};
pub use payload::Payload;
pub use vm::{PyErr, PyResult, Vm};
