//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction rules,
//! `split`, `subgroup`, `derive`, `str`, and the matching that `except*`
//! runs on top of them.

use crate::object::PyRef;
use crate::protocol as p;
use crate::types::{exc_type, is_subtype, isinstance, type_name};
use crate::vm::*;

fn base_group() -> PyRef {
    exc_type("BaseExceptionGroup")
}

fn group() -> PyRef {
    exc_type("ExceptionGroup")
}

/// Whether `o` is an exception group.
pub fn is_group(o: &PyRef) -> bool {
    isinstance(o, &base_group())
}

fn attr(e: &PyRef, name: &str) -> Option<PyRef> {
    crate::exceptions::data(e).and_then(|d| crate::exceptions::member(d, name))
}

/// The sub-exceptions of a group (a tuple's items).
pub fn exceptions(e: &PyRef) -> Vec<PyRef> {
    attr(e, "exceptions").and_then(|t| crate::tuple::as_slice(&t).map(|s| s.to_vec())).unwrap_or_default()
}

/// The group's message.
pub fn message(e: &PyRef) -> PyRef {
    attr(e, "message").unwrap_or_else(|| crate::str::new_str(""))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    no_kwargs(type_name(&a[0]), kw)?;
    let cls = &a[0];
    if a.len() != 3 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", a.len() - 1)));
    }
    let (msg, excs) = (&a[1], &a[2]);
    if crate::str::as_str(msg).is_none() {
        return Err(type_error(format!("argument 1 must be str, not {}", type_name(msg.class()))));
    }
    let is_seq = matches!(crate::subclass::native(excs).payload, crate::Payload::List(_) | crate::Payload::Tuple(_));
    if !is_seq {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let items = p::collect(vm, excs)?;
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = crate::types::t().exception.clone();
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        if !matches!(e.payload, crate::Payload::Exception(_)) {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exceptions &= isinstance(e, &exception);
    }
    let base = base_group();
    let ty = if cls.is(&base) {
        if all_exceptions { group() } else { base }
    } else if is_subtype(cls, &exception) {
        if !all_exceptions {
            if cls.is(&group()) {
                return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
            return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", type_name(cls))));
        }
        cls.clone()
    } else {
        // A subclass of BaseExceptionGroup alone may hold any exceptions.
        cls.clone()
    };
    let e = crate::construct::alloc_instance(&ty, &a[1..]);
    if let Some(d) = crate::exceptions::data(&e) {
        crate::exceptions::set_member(d, "message", msg.clone());
        crate::exceptions::set_member(d, "exceptions", crate::tuple::new_tuple(items));
    }
    Ok(e)
}

fn eg_init(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(none())
}

fn eg_str(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let n = exceptions(&a[0]).len();
    let m = p::str_string(vm, &message(&a[0]))?;
    Ok(crate::str::new_string(format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn eg_derive(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("derive", &a[1..], 1, 1)?;
    vm.call(&base_group(), &[message(&a[0]), a[1].clone()], &[])
}

/// How `split`/`subgroup`/`except*` decide what matches.
enum Matcher {
    Types(PyRef),
    Predicate(PyRef),
    /// Leaves whose identity is in the list (re-raise bookkeeping).
    Leaves(Vec<usize>),
}

impl Matcher {
    fn of(vm: &mut dyn Vm, m: &PyRef) -> PyResult<Matcher> {
        let is_type = |t: &PyRef| crate::types::is_type(t) && p::is_exception_type(t);
        if is_type(m) {
            return Ok(Matcher::Types(m.clone()));
        }
        if let Some(items) = crate::tuple::as_slice(m) {
            if items.iter().all(is_type) {
                return Ok(Matcher::Types(m.clone()));
            }
        }
        if p::callable(m) {
            return Ok(Matcher::Predicate(m.clone()));
        }
        let _ = vm;
        Err(type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
    }

    fn matches(&self, vm: &mut dyn Vm, e: &PyRef) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => p::isinstance_full(vm, e, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, std::slice::from_ref(e), &[])?;
                p::truthy(vm, &r)
            }
            Matcher::Leaves(ids) => Ok(!is_group(e) && ids.contains(&e.addr())),
        }
    }
}

/// Copy traceback, cause, context and notes from `from` to a derived group.
fn copy_metadata(vm: &mut dyn Vm, from: &PyRef, to: &PyRef) -> PyResult<()> {
    if let (Some(src), Some(dst)) = (crate::exceptions::data(from), crate::exceptions::data(to)) {
        let tb = src.traceback.with(from.mutex(), |t| t.clone());
        dst.traceback.with(to.mutex(), |t| *t = tb);
        crate::exceptions::set_cause(to, crate::exceptions::cause(from));
        crate::exceptions::set_context(to, crate::exceptions::context(from));
        if let Some(n) = crate::dict::get_str(&src.dict, "__notes__") {
            crate::dict::set_str(&dst.dict, "__notes__", n);
        }
    }
    let _ = vm;
    Ok(())
}

fn derive_with(vm: &mut dyn Vm, eg: &PyRef, items: Vec<PyRef>) -> PyResult {
    let derive = p::getattr_str(vm, eg, "derive")?;
    let g = vm.call(&derive, &[crate::list::new_list(items)], &[])?;
    if !is_group(&g) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    copy_metadata(vm, eg, &g)?;
    Ok(g)
}

/// Split `e` into the part that matches and the rest (either may be None).
fn split_rec(vm: &mut dyn Vm, e: &PyRef, m: &Matcher, want_rest: bool) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    if m.matches(vm, e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(e) {
        return Ok((None, Some(e.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for sub in exceptions(e) {
        let (a, b) = split_rec(vm, &sub, m, want_rest)?;
        matched.extend(a);
        if want_rest {
            rest.extend(b);
        }
    }
    let mg = if matched.is_empty() { None } else { Some(derive_with(vm, e, matched)?) };
    let rg = if rest.is_empty() { None } else { Some(derive_with(vm, e, rest)?) };
    Ok((mg, rg))
}

fn eg_split(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("split", &a[1..], 1, 1)?;
    let m = Matcher::of(vm, &a[1])?;
    let (x, y) = split_rec(vm, &a[0], &m, true)?;
    Ok(crate::tuple::new_tuple(vec![x.unwrap_or_else(none), y.unwrap_or_else(none)]))
}

fn eg_subgroup(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("subgroup", &a[1..], 1, 1)?;
    let m = Matcher::of(vm, &a[1])?;
    Ok(split_rec(vm, &a[0], &m, false)?.0.unwrap_or_else(none))
}

fn leaves(e: &PyRef, out: &mut Vec<usize>) {
    if is_group(e) {
        for s in exceptions(e) {
            leaves(&s, out);
        }
    } else {
        out.push(e.addr());
    }
}

// ------------------------------------------------------------ except*

/// The state of one `try ... except*` while its clauses run.
pub struct StarState {
    /// The exception as raised (possibly not a group).
    orig: PyRef,
    /// The group the clauses split (`orig`, or `orig` wrapped in a group).
    group: PyRef,
    /// What no clause has matched yet.
    rest: Option<PyRef>,
    /// The parts each clause matched (to recognise a bare re-raise).
    matched: Vec<PyRef>,
    /// Exceptions the clause bodies raised, in order.
    raised: Vec<PyRef>,
}

/// Start `except*` handling of `exc`.
pub fn star_begin(vm: &mut dyn Vm, exc: &PyRef) -> PyResult<StarState> {
    let group = if is_group(exc) {
        exc.clone()
    } else {
        let g = vm.call(&base_group(), &[crate::str::new_str(""), crate::tuple::new_tuple(vec![exc.clone()])], &[])?;
        copy_metadata(vm, exc, &g)?;
        g
    };
    Ok(StarState { orig: exc.clone(), rest: Some(group.clone()), group, matched: Vec::new(), raised: Vec::new() })
}

/// Match one `except* T` clause: the matching part (None when nothing
/// matches; the clause is then skipped).
pub fn star_match(vm: &mut dyn Vm, st: &mut StarState, ty: &PyRef) -> PyResult<Option<PyRef>> {
    let check = |t: &PyRef| crate::types::is_type(t) && is_subtype(t, &base_group());
    if check(ty) || crate::tuple::as_slice(ty).is_some_and(|s| s.iter().any(check)) {
        return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
    let m = Matcher::of(vm, ty).map_err(|_| type_error("catching classes that do not inherit from BaseException is not allowed"))?;
    let Some(rest) = st.rest.take() else { return Ok(None) };
    if !is_group(&st.orig) {
        // A bare exception: the clause gets it wrapped, whole, or nothing.
        if m.matches(vm, &st.orig)? {
            st.matched.push(rest.clone());
            return Ok(Some(rest));
        }
        st.rest = Some(rest);
        return Ok(None);
    }
    let (x, y) = split_rec(vm, &rest, &m, true)?;
    st.rest = y;
    if let Some(x) = &x {
        st.matched.push(x.clone());
    }
    Ok(x)
}

/// A clause body raised `e`.
pub fn star_raised(st: &mut StarState, e: PyRef) {
    st.raised.push(e);
}

/// After the last clause: the exception to raise, if any.
pub fn star_end(vm: &mut dyn Vm, st: StarState) -> PyResult<Option<PyRef>> {
    let mut keep = Vec::new();
    if let Some(r) = &st.rest {
        leaves(r, &mut keep);
    }
    let mut new = Vec::new();
    for e in st.raised {
        if st.matched.iter().any(|m| m.is(&e)) {
            leaves(&e, &mut keep);
        } else {
            new.push(e);
        }
    }
    let unhandled = if keep.is_empty() {
        None
    } else if !is_group(&st.orig) {
        Some(st.orig.clone())
    } else {
        split_rec(vm, &st.group, &Matcher::Leaves(keep), false)?.0
    };
    if new.is_empty() {
        return Ok(unhandled);
    }
    new.extend(unhandled);
    let g = vm.call(&group_for(&new), &[crate::str::new_str(""), crate::list::new_list(new)], &[])?;
    Ok(Some(g))
}

fn group_for(items: &[PyRef]) -> PyRef {
    let exception = crate::types::t().exception.clone();
    if items.iter().all(|e| isinstance(e, &exception)) { group() } else { base_group() }
}

/// Install the methods of `BaseExceptionGroup`.
pub fn register() {
    let bg = base_group();
    let add = |name: &'static str, f: NativeFn| {
        let b = crate::function::new_builtin(name, "BaseExceptionGroup", f, None);
        b.make_immortal();
        crate::dict::set_str(&crate::types::type_data(&bg).dict, name, b);
    };
    add("__new__", eg_new);
    add("__init__", eg_init);
    add("__str__", eg_str);
    add("derive", eg_derive);
    add("split", eg_split);
    add("subgroup", eg_subgroup);
    weft_sync::epoch::bump_type_epoch();
}
