//! `ThreadState` as the [`Vm`] that built-in code calls back into, and the
//! language-level built-ins that need the evaluator: `__build_class__`,
//! running code objects, generator methods.

use crate::call::call_function;
use crate::frame::Frame;
use crate::state::{ts, ThreadState};
use weft_objects::code::{CodeObject, CO_GENERATOR};
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{dict, tuple, types, PyRef};

impl Vm for ThreadState {
    #[inline]
    fn call(&mut self, f: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult {
        match &f.payload {
            Payload::Function(_) => call_function(self, f, args, kw),
            _ => {
                if self.native_depth >= crate::state::MAX_NATIVE_DEPTH {
                    return Err(err(&types::t().recursion_error, "maximum recursion depth exceeded"));
                }
                self.native_depth += 1;
                let r = p::call(self, f, args, kw);
                self.native_depth -= 1;
                r
            }
        }
    }

    fn resume_generator(&mut self, gen: &PyRef, value: PyRef, exc: Option<PyErr>) -> PyResult<Result<PyRef, PyRef>> {
        self.resume_gen(gen, value, exc)
    }

    fn enter_recursion(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.interp.recursion_limit.load(std::sync::atomic::Ordering::Relaxed) || self.native_depth >= crate::state::MAX_NATIVE_DEPTH {
            return Err(err(&types::t().recursion_error, format!("maximum recursion depth exceeded{what}")));
        }
        self.depth += 1;
        self.native_depth += 1;
        Ok(())
    }

    fn leave_recursion(&mut self) {
        self.depth -= 1;
        self.native_depth -= 1;
    }

    fn interp_data(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn drain_finalizers(&mut self) {
        self.run_finalizers();
    }
}

/// Run a module-level code object with `globals` (and optional separate
/// `locals`).
pub fn run_code(ts: &mut ThreadState, code: impl Into<weft_objects::code::CodeRef>, globals: PyRef, locals: Option<PyRef>) -> PyResult {
    let code: weft_objects::code::CodeRef = code.into();
    let builtins = match dict::get_str(&globals, "__builtins__") {
        Some(b) if matches!(b.payload, Payload::Dict(..)) => b,
        Some(b) if matches!(b.payload, Payload::Module(_)) => p::instance_dict(&b).unwrap().clone(),
        _ => {
            dict::set_str(&globals, "__builtins__", ts.interp.builtins.clone());
            ts.interp.builtins.clone()
        }
    };
    let n = code.nlocalsplus();
    let mut fast = vec![None; n];
    crate::call::setup_cells(&code, &mut fast, None);
    let locals = locals.unwrap_or_else(|| globals.clone());
    let frame = Frame::new(code, globals, builtins, Some(locals), fast);
    ts.run_frame(Box::new(frame)).map(|(v, _)| v)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
pub fn build_class(vm: &mut dyn Vm, args: &[PyRef], kw: KwArgs) -> PyResult {
    if args.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &args[0];
    let name = &args[1];
    // PEP 560: a base that is not a class may stand for others
    // (`Generic[T]`, `list[int]`) through `__mro_entries__`.
    let orig_bases: Vec<PyRef> = args[2..].to_vec();
    let mut bases: Vec<PyRef> = Vec::with_capacity(orig_bases.len());
    let mut replaced = false;
    let orig_t = tuple::new_tuple(orig_bases.clone());
    for b in &orig_bases {
        if !types::is_type(b) {
            if let Some(f) = p::getattr_opt(vm, b, "__mro_entries__")? {
                let r = vm.call(&f, std::slice::from_ref(&orig_t), &[])?;
                let Some(items) = tuple::as_slice(&r) else { return Err(type_error("__mro_entries__ must return a tuple")) };
                bases.extend(items.iter().cloned());
                replaced = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<PyRef> = None;
    let mut rest: Vec<(PyRef, PyRef)> = Vec::new();
    for (k, v) in kw {
        if weft_objects::str::as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            rest.push((k.clone(), v.clone()));
        }
    }
    let meta = meta.unwrap_or_else(|| bases.first().map(|b| b.class().clone()).unwrap_or_else(|| types::types().type_.clone()));
    // Most derived metaclass among the bases.
    let mut winner = meta.clone();
    if types::is_type(&meta) {
        for b in &bases {
            let bm = b.class();
            if types::is_subtype(bm, &winner) {
                winner = bm.clone();
            }
        }
    }
    let bases_t = tuple::new_tuple(bases);
    let ns = match p::getattr_opt(vm, &winner, "__prepare__")? {
        Some(prep) if !matches!(&prep.payload, Payload::Builtin(_)) => vm.call(&prep, &[name.clone(), bases_t.clone()], &rest)?,
        _ => dict::new_dict(),
    };
    let Payload::Function(fd) = &func.payload else { return Err(type_error("__build_class__: func must be a function")) };
    if replaced {
        p::setitem(vm, &ns, &weft_objects::str::new_str("__orig_bases__"), Some(orig_t))?;
    }
    let t = ts(vm);
    let n = fd.code.nlocalsplus();
    let mut fast = vec![None; n];
    crate::call::setup_cells(&fd.code, &mut fast, fd.closure.as_ref());
    let frame = Frame::new(fd.code.clone(), fd.globals.clone(), fd.builtins.clone(), Some(ns.clone()), fast);
    t.run_frame(Box::new(frame))?;
    let vm: &mut dyn Vm = t;
    let cls = vm.call(&winner, &[name.clone(), bases_t, ns], &rest)?;
    // Classes defined at module or class level are immortal, like the
    // functions in them (see MakeFunction): still unshared at this point
    // (whatever the count: its MRO, its bases' subclass lists and a
    // `__class__` cell already refer to it).
    let module_level = !weft_objects::str::as_str(&fd.qualname.with(func.mutex(), |q| q.clone())).unwrap_or("<").contains('<');
    if module_level && types::is_type(&cls) {
        cls.make_immortal();
        // The descriptors its body made around those immortal functions
        // (property, classmethod, staticmethod) live as long as the class:
        // immortal too, so attribute caches may hold them (the caches keep
        // no mortal value alive).
        for (_, v) in dict::items(&types::type_data(&cls).dict) {
            if matches!(v.payload, Payload::Property(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_)) {
                v.make_immortal();
            }
        }
    }
    Ok(cls)
}

fn gen_send(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("send", &a[1..], 1, 1)?;
    match vm.resume_generator(&a[0], a[1].clone(), None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(stop_iteration(if is_none(&r) { None } else { Some(r) })),
    }
}

fn gen_next(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    match vm.resume_generator(&a[0], none(), None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(stop_iteration(if is_none(&r) { None } else { Some(r) })),
    }
}

fn gen_iter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(a[0].clone())
}

fn gen_throw(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("throw", &a[1..], 1, 3)?;
    let t = ts(vm);
    let e = if a.len() > 2 && !is_none(&a[2]) {
        let v = &a[2];
        if matches!(v.payload, Payload::Exception(_)) {
            v.clone()
        } else {
            t.call(&a[1], std::slice::from_ref(v), &[])?
        }
    } else {
        t.make_exception(&a[1])?
    };
    match t.resume_gen(&a[0], none(), Some(PyErr(e)))? {
        Ok(v) => Ok(v),
        Err(r) => Err(stop_iteration(if is_none(&r) { None } else { Some(r) })),
    }
}

fn gen_close(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let Payload::Generator(g) = &a[0].payload else { return Ok(none()) };
    let started = g.frame.lock().as_ref().map(|f| f.downcast_ref::<Frame>().is_some_and(|f| f.pc != 0));
    match started {
        None => return Ok(none()),
        Some(false) => {
            g.frame.lock().take();
            return Ok(none());
        }
        Some(true) => {}
    }
    let ge = weft_objects::exceptions::new_exc(&types::t().generator_exit, vec![]);
    let t = ts(vm);
    match t.resume_gen(&a[0], none(), Some(PyErr(ge))) {
        Ok(Ok(_)) => Err(runtime_error("generator ignored GeneratorExit")),
        Ok(Err(r)) => Ok(r),
        Err(e) if err_matches(&e, &types::t().generator_exit) || err_matches(&e, &types::t().stop_iteration) => Ok(none()),
        Err(e) => Err(e),
    }
}

/// Whether a code object is a generator.
pub fn is_generator_code(c: &CodeObject) -> bool {
    c.flags & CO_GENERATOR != 0
}

/// Install the methods of generator and coroutine objects.
pub fn register_generator_methods() {
    for t in [&types::types().generator, &types::types().coroutine] {
        types::add_method(t, "send", gen_send);
        types::add_method(t, "throw", gen_throw);
        types::add_method(t, "close", gen_close);
    }
    types::add_method(&types::types().generator, "__next__", gen_next);
    crate::coroutine::register();
    types::add_method(&types::types().generator, "__iter__", gen_iter);
}
