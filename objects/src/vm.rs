//! The boundary between objects and the evaluator: errors, the native
//! function signature, and the [`Vm`] trait through which built-in code runs
//! Python code.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::{self, t};

/// A raised Python exception (owns the exception instance).
#[derive(Clone)]
pub struct PyErr(pub PyRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", crate::exceptions::exc_summary(&self.0))
    }
}

/// Result of an operation that may raise.
pub type PyResult<T = PyRef> = Result<T, PyErr>;

/// Keyword arguments as (name str, value) pairs.
pub type KwArgs<'a> = &'a [(PyRef, PyRef)];

/// A native function: `args[0]` is `self` for methods.
pub type NativeFn = fn(&mut dyn Vm, &[PyRef], KwArgs) -> PyResult;

/// What built-in code needs from the evaluator.
pub trait Vm {
    /// Call any callable (functions run in the evaluator).
    fn call(&mut self, f: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult;
    /// Resume a generator frame with `value` sent in (or `exc` thrown in);
    /// `Ok(Err(v))` means it returned `v`.
    fn resume_generator(&mut self, gen: &PyRef, value: PyRef, exc: Option<PyErr>) -> PyResult<Result<PyRef, PyRef>>;
    /// Enter one level of native recursion (repr, compare, hash of nested
    /// containers); RecursionError when too deep.
    fn enter_recursion(&mut self, what: &str) -> PyResult<()>;
    /// Leave one level entered by `enter_recursion`.
    fn leave_recursion(&mut self);
    /// The interpreter's `sys.modules` style hook for the runtime: any
    /// object (used by natives that need interpreter state).
    fn interp_data(&mut self) -> &mut dyn std::any::Any;
    /// Run the finalizers and weak-reference callbacks queued on this
    /// thread now (the cycle collector runs them before it frees).
    fn drain_finalizers(&mut self) {}
}

/// Build an exception instance of type `ty` with one message argument.
pub fn new_exception(ty: &PyRef, msg: &str) -> PyRef {
    crate::exceptions::new_exc(ty, vec![crate::str::new_str(msg)])
}

/// An error of type `ty` with message `msg`.
pub fn err(ty: &PyRef, msg: impl AsRef<str>) -> PyErr {
    PyErr(new_exception(ty, msg.as_ref()))
}

/// `TypeError(msg)`.
pub fn type_error(msg: impl AsRef<str>) -> PyErr {
    err(&t().type_error, msg)
}
/// `ValueError(msg)`.
pub fn value_error(msg: impl AsRef<str>) -> PyErr {
    err(&t().value_error, msg)
}
/// `IndexError(msg)`.
pub fn index_error(msg: impl AsRef<str>) -> PyErr {
    err(&t().index_error, msg)
}
/// `KeyError(key)`.
pub fn key_error(key: PyRef) -> PyErr {
    PyErr(crate::exceptions::new_exc(&t().key_error, vec![key]))
}
/// `AttributeError(msg)`.
pub fn attribute_error_for(msg: impl AsRef<str>, obj: &PyRef, name: &str) -> PyErr {
    let e = attribute_error(msg);
    if let Some(d) = crate::exceptions::data(&e.0) {
        crate::exceptions::set_member(d, "name", crate::str::new_str(name));
        crate::exceptions::set_member(d, "obj", obj.clone());
    }
    e
}
/// `AttributeError(msg)`.
pub fn attribute_error(msg: impl AsRef<str>) -> PyErr {
    err(&t().attribute_error, msg)
}
/// `ZeroDivisionError(msg)`.
pub fn zero_division(msg: impl AsRef<str>) -> PyErr {
    err(&t().zero_division_error, msg)
}
/// `OverflowError(msg)`.
pub fn overflow_error(msg: impl AsRef<str>) -> PyErr {
    err(&t().overflow_error, msg)
}
/// `RuntimeError(msg)`.
pub fn runtime_error(msg: impl AsRef<str>) -> PyErr {
    err(&t().runtime_error, msg)
}
/// `NotImplementedError(msg)`.
pub fn not_implemented(msg: impl AsRef<str>) -> PyErr {
    err(&t().not_implemented_error, msg)
}
/// `StopIteration(value)`.
pub fn stop_iteration(value: Option<PyRef>) -> PyErr {
    PyErr(crate::exceptions::new_exc(&t().stop_iteration, value.into_iter().collect()))
}

/// Whether `e` is an instance of exception type `ty` (or a subclass).
pub fn err_matches(e: &PyErr, ty: &PyRef) -> bool {
    types::is_subtype(e.0.class(), ty)
}

/// Check a native function's argument count.
pub fn check_args(name: &str, args: &[PyRef], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        return Err(arg_count_error(name, n, min, max));
    }
    Ok(())
}

/// CPython's message for a wrong argument count of a built-in.
pub fn arg_count_error(name: &str, n: usize, min: usize, max: usize) -> PyErr {
    if min == max {
        if min == 0 {
            type_error(format!("{name}() takes no arguments ({n} given)"))
        } else if min == 1 {
            type_error(format!("{name}() takes exactly one argument ({n} given)"))
        } else {
            type_error(format!("{name} expected {min} arguments, got {n}"))
        }
    } else if n < min {
        type_error(format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" }))
    } else {
        type_error(format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" }))
    }
}

/// How Argument Clinic names the type of a wrong argument: `None` itself,
/// else the type's name ("must be str, not None").
pub fn arg_type_name(o: &PyRef) -> &str {
    if is_none(o) {
        "None"
    } else {
        types::type_name(o.class())
    }
}

/// Check the positional count of a built-in that also takes keywords
/// (CPython's `_PyArg_UnpackKeywords` wording).
pub fn check_args_kw(name: &str, args: &[PyRef], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n > max {
        return Err(type_error(format!("{name}() takes at most {max} argument{} ({n} given)", s(max))));
    }
    if n < min {
        return Err(type_error(format!("{name}() takes at least {min} argument{} ({n} given)", s(min))));
    }
    Ok(())
}

/// The argument check of a method that takes none, named by its
/// qualified name (CPython's METH_NOARGS wording: `dict.copy() takes no
/// arguments (1 given)`). `a` includes the receiver.
#[inline]
pub fn no_args(owner: &str, name: &str, a: &[PyRef], kw: KwArgs) -> PyResult<()> {
    if kw.is_empty() && a.len() <= 1 {
        return Ok(());
    }
    Err(no_args_error(owner, name, a.len() - 1, !kw.is_empty()))
}

#[cold]
fn no_args_error(owner: &str, name: &str, given: usize, keywords: bool) -> PyErr {
    if keywords {
        type_error(format!("{owner}.{name}() takes no keyword arguments"))
    } else {
        type_error(format!("{owner}.{name}() takes no arguments ({given} given)"))
    }
}

/// Reject keyword arguments for a built-in that takes none.
pub fn no_kwargs(name: &str, kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Find keyword `name` in `kw`.
pub fn kwarg<'a>(kw: KwArgs<'a>, name: &str) -> Option<&'a PyRef> {
    kw.iter().find(|(k, _)| crate::str::as_str(k) == Some(name)).map(|(_, v)| v)
}

/// Reject keywords not in `allowed`.
pub fn check_kwargs(fname: &str, kw: KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let k = crate::str::as_str(k).unwrap_or("");
        if !allowed.contains(&k) {
            return Err(type_error(match crate::suggestions::best_match(allowed.iter().copied(), k) {
                Some(s) => format!("{fname}() got an unexpected keyword argument '{k}'. Did you mean '{s}'?"),
                None => format!("{fname}() got an unexpected keyword argument '{k}'"),
            }));
        }
    }
    Ok(())
}

/// `None` as a new reference.
#[inline]
pub fn none() -> PyRef {
    types::s().none.clone()
}

/// Whether `o` is `None`.
#[inline]
pub fn is_none(o: &PyRef) -> bool {
    matches!(o.payload, Payload::None)
}

/// `True` or `False`.
#[inline]
pub fn bool_obj(b: bool) -> PyRef {
    if b {
        types::s().true_.clone()
    } else {
        types::s().false_.clone()
    }
}

/// `NotImplemented`.
pub fn not_impl() -> PyRef {
    types::s().not_implemented.clone()
}
