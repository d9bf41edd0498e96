//! Calling Python functions: binding arguments to parameters with CPython's
//! error messages, creating cells, and starting generators.

use crate::frame::Frame;
use crate::state::ThreadState;
use weft_objects::code::*;
use weft_objects::payload::{FunctionData, GenData, Payload};
use weft_objects::vm::*;
use weft_objects::{dict, function, str as pystr, tuple, types, PyRef};

fn fname(f: &FunctionData, o: &PyRef) -> String {
    let q = f.qualname.with(o.mutex(), |q| q.clone());
    pystr::as_str(&q).unwrap_or("?").to_string()
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Fill `fast` (empty on entry) with the fast locals of a call.
pub fn bind_args_into(func: &PyRef, f: &FunctionData, args: &[PyRef], kw: KwArgs, fast: &mut Vec<Option<PyRef>>) -> PyResult<()> {
    let code = &f.code;
    let argcount = code.argcount as usize;
    // Fast path: exactly the positional parameters.
    if kw.is_empty() && args.len() == argcount && code.kwonlyargcount == 0 && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0 {
        fast.extend(args.iter().map(|a| Some(a.clone())));
        fast.resize(code.nlocalsplus(), None);
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            setup_cells(code, fast, f.closure.as_ref());
        }
        return Ok(());
    }
    *fast = bind_args(func, f, args, kw)?;
    Ok(())
}

/// Build the fast-locals vector of a call.
pub fn bind_args(func: &PyRef, f: &FunctionData, args: &[PyRef], kw: KwArgs) -> PyResult<Vec<Option<PyRef>>> {
    let code = &f.code;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let mut fast: Vec<Option<PyRef>> = vec![None; code.nlocalsplus()];
    let n = args.len().min(argcount);
    for (slot, a) in fast.iter_mut().zip(args.iter()).take(n) {
        *slot = Some(a.clone());
    }
    let has_varargs = code.flags & CO_VARARGS != 0;
    let has_varkw = code.flags & CO_VARKEYWORDS != 0;
    let varargs_ix = argcount + kwonly;
    let varkw_ix = varargs_ix + usize::from(has_varargs);
    if args.len() > argcount {
        if has_varargs {
            fast[varargs_ix] = Some(tuple::new_tuple(args[argcount..].to_vec()));
        } else {
            let defaults = f.defaults.with(func.mutex(), |d| d.clone());
            let ndef = defaults.as_ref().and_then(|d| tuple::as_slice(d).map(|s| s.len())).unwrap_or(0);
            let kw_given = kw.iter().filter(|(k, _)| code.varnames[argcount..argcount + kwonly].iter().any(|v| pystr::as_str(v) == pystr::as_str(k))).count();
            let takes = if ndef > 0 { format!("from {} to {}", argcount - ndef, argcount) } else { argcount.to_string() };
            let plural = if argcount == 1 && ndef == 0 { "" } else { "s" };
            let given = if kw_given > 0 {
                format!("{} positional argument{} (and {} keyword-only argument{}) were given", args.len(), if args.len() == 1 { "" } else { "s" }, kw_given, if kw_given == 1 { "" } else { "s" })
            } else {
                format!("{} {} given", args.len(), if args.len() == 1 { "was" } else { "were" })
            };
            return Err(type_error(format!("{}() takes {takes} positional argument{plural} but {given}", fname(f, func))));
        }
    } else if has_varargs {
        fast[varargs_ix] = Some(tuple::new_tuple(vec![]));
    }
    let kwdict = if has_varkw {
        let d = dict::new_dict();
        fast[varkw_ix] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, v) in kw {
        let name = pystr::as_str(k).unwrap_or("");
        let pos = code.varnames[..argcount + kwonly].iter().position(|vn| pystr::as_str(vn) == Some(name));
        match pos {
            Some(i) if i >= posonly => {
                if fast[i].is_some() {
                    return Err(type_error(format!("{}() got multiple values for argument '{name}'", fname(f, func))));
                }
                fast[i] = Some(v.clone());
            }
            _ => match &kwdict {
                Some(d) => {
                    dict::set_str(d, name, v.clone());
                }
                None => {
                    if pos.is_some() {
                        posonly_as_kw.push(name.to_string());
                        continue;
                    }
                    // CPython 3.13+ suggests the closest keyword parameter.
                    let keywords = code.varnames[posonly..argcount + kwonly].iter().filter_map(|v| pystr::as_str(v));
                    return Err(type_error(match weft_objects::suggestions::best_match(keywords, name) {
                        Some(s) => format!("{}() got an unexpected keyword argument '{name}'. Did you mean '{s}'?", fname(f, func)),
                        None => format!("{}() got an unexpected keyword argument '{name}'", fname(f, func)),
                    }));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(f, func),
            posonly_as_kw.join(", ")
        )));
    }
    if args.len() < argcount {
        let defaults = f.defaults.with(func.mutex(), |d| d.clone());
        let defs: &[PyRef] = defaults.as_ref().and_then(tuple::as_slice).unwrap_or(&[]);
        let first_def = argcount - defs.len();
        let mut missing = Vec::new();
        for i in args.len()..argcount {
            if fast[i].is_none() {
                if i >= first_def {
                    fast[i] = Some(defs[i - first_def].clone());
                } else {
                    missing.push(pystr::as_str(&code.varnames[i]).unwrap_or("?").to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                fname(f, func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwd = f.kwdefaults.with(func.mutex(), |d| d.clone());
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                let name = pystr::as_str(&code.varnames[i]).unwrap_or("?");
                match kwd.as_ref().and_then(|d| dict::get_str(d, name)) {
                    Some(v) => fast[i] = Some(v),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                fname(f, func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    setup_cells(code, &mut fast, f.closure.as_ref());
    Ok(fast)
}

/// Create cell objects for cellvars and copy closure cells for freevars.
pub fn setup_cells(code: &CodeObject, fast: &mut [Option<PyRef>], closure: Option<&PyRef>) {
    let nv = code.varnames.len();
    for (i, arg) in code.cell2arg.iter().enumerate() {
        let init = arg.and_then(|a| fast[a as usize].take());
        fast[nv + i] = Some(function::new_cell(init));
    }
    if let Some(c) = closure {
        let cells = tuple::as_slice(c).unwrap_or(&[]);
        let base = nv + code.cellvars.len();
        for (i, cell) in cells.iter().enumerate() {
            fast[base + i] = Some(cell.clone());
        }
    }
}

impl ThreadState {
    /// Prepare the frame for calling a Python function, reusing a frame
    /// from this thread's pool.
    #[inline]
    pub fn function_frame(&mut self, func: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult<Box<Frame>> {
        let Payload::Function(f) = &func.payload else { unreachable!() };
        let mut frame = self.pooled_frame(f);
        if let Err(e) = bind_args_into(func, f, args, kw, &mut frame.fast) {
            self.recycle(frame);
            return Err(e);
        }
        Ok(frame)
    }

    /// Like `function_frame`, but moves the arguments out of `stack[start..]`
    /// (no reference-count traffic for them) when they bind positionally
    /// one to one; the caller truncates the stack afterwards either way.
    #[inline]
    pub fn function_frame_moving(&mut self, func: &PyRef, stack: &mut Vec<PyRef>, start: usize) -> PyResult<Box<Frame>> {
        let Payload::Function(f) = &func.payload else { unreachable!() };
        let code = &f.code;
        let n = stack.len() - start;
        let simple = n == code.argcount as usize && code.kwonlyargcount == 0 && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0;
        if !simple {
            return self.function_frame(func, &stack[start..], &[]);
        }
        let mut frame = self.pooled_frame(f);
        frame.fast.extend(stack.drain(start..).map(Some));
        frame.fast.resize(code.nlocalsplus(), None);
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            setup_cells(code, &mut frame.fast, f.closure.as_ref());
        }
        Ok(frame)
    }

    /// A frame for `f`'s code with empty locals, from the pool if possible.
    #[inline]
    fn pooled_frame(&mut self, f: &FunctionData) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut fr) => {
                fr.code = f.code.clone();
                fr.globals = f.globals.clone();
                fr.builtins = f.builtins.clone();
                fr.locals = None;
                fr.pc = 0;
                fr
            }
            None => Box::new(Frame::new(f.code.clone(), f.globals.clone(), f.builtins.clone(), None, Vec::new())),
        }
    }

    /// Return a finished frame to the pool.
    #[inline]
    pub fn recycle(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() < 64 {
            frame.fast.clear();
            frame.stack.clear();
            frame.blocks.clear();
            frame.saved_exc.clear();
            frame.pending_exc = None;
            frame.locals = None;
            frame.trace = None;
            frame.trace_line = 0;
            frame.trace_pc = 0;
            frame.init_self = None;
            self.frame_pool.push(frame);
        }
    }
}

/// Call a Python function from native code (runs a nested loop).
pub fn call_function(ts: &mut ThreadState, func: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult {
    let Payload::Function(f) = &func.payload else { unreachable!() };
    let frame = ts.function_frame(func, args, kw)?;
    if f.code.flags & (CO_GENERATOR | CO_COROUTINE) != 0 {
        return Ok(new_generator(func, f, *frame));
    }
    ts.run_frame(frame).map(|(v, _)| v)
}

/// Wrap a frame in a generator (or coroutine) object.
pub fn new_generator(func: &PyRef, f: &FunctionData, frame: Frame) -> PyRef {
    let t = types::types();
    let ty = match (f.code.flags & CO_COROUTINE != 0, f.code.flags & CO_GENERATOR != 0) {
        (true, true) => &t.async_generator,
        (true, false) => &t.coroutine,
        _ => &t.generator,
    };
    PyRef::new(
        ty,
        Payload::Generator(Box::new(GenData {
            frame: parking_lot::Mutex::new(Some(Box::new(frame))),
            running: std::sync::atomic::AtomicBool::new(false),
            needs_close: std::sync::atomic::AtomicBool::new(false),
            name: f.name.with(func.mutex(), |n| n.clone()),
            qualname: f.qualname.with(func.mutex(), |n| n.clone()),
            code: f.code.clone(),
        })),
    )
}
