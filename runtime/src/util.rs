//! Small helpers shared by the built-in modules.

use weft_objects::vm::{KwArgs, NativeFn};
use weft_objects::{dict, function, PyRef};

/// Add a native function to a module dict.
pub fn add_fn(d: &PyRef, name: &'static str, owner: &'static str, f: NativeFn) {
    let b = if owner == "builtins" { function::new_builtin(name, owner, f, None) } else { function::new_module_function(name, owner, f) };
    dict::set_str(d, name, b);
}

/// Positional argument `i`, else keyword `name`.
pub fn arg_or_kw(a: &[PyRef], kw: KwArgs, i: usize, name: &str) -> Option<PyRef> {
    a.get(i).cloned().or_else(|| weft_objects::vm::kwarg(kw, name).cloned())
}

/// A new module object with a fresh dict.
pub fn new_module(name: &str) -> PyRef {
    let d = dict::new_dict();
    let n = weft_objects::str::new_str(name);
    dict::set_str(&d, "__name__", n.clone());
    dict::set_str(&d, "__doc__", weft_objects::vm::none());
    dict::set_str(&d, "__package__", weft_objects::str::new_str(""));
    dict::set_str(&d, "__spec__", weft_objects::vm::none());
    dict::set_str(&d, "__loader__", weft_objects::vm::none());
    PyRef::new(&weft_objects::types::types().module, weft_objects::Payload::Module(Box::new(weft_objects::payload::ModuleData { name: n, dict: d })))
}
