//! Frame introspection: `sys._getframe()` and the frame objects it
//! returns (`f_code`, `f_lineno`, `f_globals`, `f_locals`, `f_back`).
//!
//! Frames live in the evaluation loop's own stack, out of reach of the
//! native function that asks for them. So `_getframe` raises a private
//! request (never visible to Python code); the loop that called it sees
//! the request before any unwinding, snapshots its frames into frame
//! objects, and resumes the caller with the requested one as the call's
//! result. Frames of outer evaluations (Python code called back from a
//! native function) are not reached: the outermost frame of the current
//! evaluation has `f_back` None.

use crate::frame::Frame;
use crate::state::ThreadState;
use std::sync::OnceLock;
use weft_objects::payload::Payload;
use weft_objects::vm::*;
use weft_objects::{dict, function, int, str as pystr, types, PyRef};

struct Types {
    request: PyRef,
    frame: PyRef,
}

fn tys() -> &'static Types {
    static T: OnceLock<Types> = OnceLock::new();
    T.get_or_init(|| {
        let t = types::types();
        let d = dict::new_dict();
        dict::set_str(&d, "__module__", pystr::new_str("builtins"));
        let request = types::new_heap_type(&t.type_, "_FrameRequest", "_FrameRequest", vec![types::exc_type("BaseException")], d).expect("a plain exception subclass");
        request.make_immortal();
        let d = dict::new_dict();
        dict::set_str(&d, "__module__", pystr::new_str("builtins"));
        // Owner "" marks this as the type's own method, not a native slot.
        dict::set_str(&d, "__repr__", function::new_builtin("__repr__", "", frame_repr, None));
        let frame = types::new_heap_type(&t.type_, "frame", "frame", vec![t.object.clone()], d).expect("a plain class");
        frame.make_immortal();
        Types { request, frame }
    })
}

/// The error `sys._getframe(depth)` raises for the evaluation loop.
pub fn request(depth: usize) -> PyErr {
    PyErr(weft_objects::exceptions::new_exc(&tys().request, vec![int::new_int(depth as i64)]))
}

/// The depth asked for, when `e` is a frame request.
pub fn requested_depth(e: &PyRef) -> Option<usize> {
    if !e.class().is(&tys().request) {
        return None;
    }
    let a = weft_objects::exceptions::args(e);
    weft_objects::tuple::as_slice(&a).and_then(|s| s.first()).and_then(|d| int::index_i64(d).ok()).map(|d| d.max(0) as usize)
}

fn get(o: &PyRef, name: &str) -> Option<PyRef> {
    weft_objects::protocol::instance_dict(o).and_then(|d| dict::get_str(d, name))
}

fn frame_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let o = &a[0];
    let code = get(o, "f_code");
    let (file, name) = match code.as_ref().and_then(|c| c.payload_code()) {
        Some(c) => (pystr::as_str(&c.filename).unwrap_or("?").to_string(), pystr::as_str(&c.name).unwrap_or("?").to_string()),
        None => ("?".into(), "?".into()),
    };
    let line = get(o, "f_lineno").and_then(|l| int::index_i64(&l).ok()).unwrap_or(0);
    Ok(pystr::new_string(format!("<frame at {:#x}, file '{file}', line {line}, code {name}>", o.addr())))
}

trait CodeOf {
    fn payload_code(&self) -> Option<&weft_objects::code::CodeObject>;
}

impl CodeOf for PyRef {
    fn payload_code(&self) -> Option<&weft_objects::code::CodeObject> {
        match &self.payload {
            Payload::Code(c) => Some(c),
            _ => None,
        }
    }
}

/// `gi_frame` of a suspended generator: a snapshot of its frame (no
/// `f_back`: a suspended frame is not on any stack).
pub fn generator_frame(vm: &mut dyn Vm, gen: &PyRef) -> PyResult {
    let Payload::Generator(g) = &gen.payload else { return Ok(none()) };
    let t = crate::state::ts(vm);
    let guard = g.frame.lock();
    let Some(f) = guard.as_ref().and_then(|f| f.downcast_ref::<Frame>()) else { return Ok(none()) };
    let o = weft_objects::construct::alloc_instance(&tys().frame, &[]);
    let d = weft_objects::protocol::instance_dict(&o).cloned().unwrap_or_else(dict::new_dict);
    dict::set_str(&d, "f_code", PyRef::new(&types::types().code, Payload::Code(f.code.clone())));
    dict::set_str(&d, "f_lineno", int::new_int(if f.pc == 0 { f.code.firstlineno as i64 } else { f.line() as i64 }));
    dict::set_str(&d, "f_lasti", int::new_int(2 * f.pc.saturating_sub(1) as i64));
    dict::set_str(&d, "f_globals", f.globals.clone());
    dict::set_str(&d, "f_builtins", f.builtins.clone());
    dict::set_str(&d, "f_locals", t.frame_locals(f)?);
    dict::set_str(&d, "f_back", none());
    dict::set_str(&d, "f_trace", none());
    Ok(o)
}

/// The iterator a suspended generator delegates to: suspended right after
/// the `YieldValue` of a `Send` loop (`yield from`, `await`), whose
/// sub-iterator is on top of the frame's stack.
pub fn generator_yieldfrom(gen: &PyRef) -> Option<PyRef> {
    let Payload::Generator(g) = &gen.payload else { return None };
    let guard = g.frame.try_lock()?;
    let f = guard.as_ref().and_then(|f| f.downcast_ref::<Frame>())?;
    let units = &f.code.code;
    let at = |i: usize| units.get(i).map(|w| crate::opcode::Op::from_u8(*w as u8));
    if f.pc >= 2 && at(f.pc - 1) == Some(crate::opcode::Op::YieldValue) && at(f.pc - 2) == Some(crate::opcode::Op::Send) {
        return f.stack.last().cloned();
    }
    None
}

impl ThreadState {
    /// Frame objects for `frames` (outermost first), linked by `f_back`;
    /// the one `depth` levels below the innermost.
    pub(crate) fn frame_object(&mut self, frames: &[Box<Frame>], depth: usize) -> PyResult {
        if depth >= frames.len() {
            return Err(value_error("call stack is not deep enough"));
        }
        let upto = frames.len() - depth;
        let mut back = none();
        for f in &frames[..upto] {
            let o = weft_objects::construct::alloc_instance(&tys().frame, &[]);
            let d = weft_objects::protocol::instance_dict(&o).cloned().unwrap_or_else(dict::new_dict);
            dict::set_str(&d, "f_code", PyRef::new(&types::types().code, Payload::Code(f.code.clone())));
            dict::set_str(&d, "f_lineno", int::new_int(f.line() as i64));
            dict::set_str(&d, "f_lasti", int::new_int(2 * f.pc.saturating_sub(1) as i64));
            dict::set_str(&d, "f_globals", f.globals.clone());
            dict::set_str(&d, "f_builtins", f.builtins.clone());
            dict::set_str(&d, "f_locals", self.frame_locals(f)?);
            dict::set_str(&d, "f_back", back);
            dict::set_str(&d, "f_trace", none());
            back = o;
        }
        Ok(back)
    }

    /// A frame's locals as a dict (its namespace for module and class
    /// bodies; a snapshot of the fast locals for functions).
    fn frame_locals(&mut self, f: &Frame) -> PyResult {
        if let Some(l) = &f.locals {
            return Ok(l.clone());
        }
        let d = dict::new_dict();
        let code = &f.code;
        let nv = code.varnames.len();
        let nc = code.cellvars.len();
        for (i, slot) in f.fast.iter().enumerate() {
            let (name, v) = if i < nv {
                (&code.varnames[i], slot.clone())
            } else if i < nv + nc {
                (&code.cellvars[i - nv], slot.as_ref().and_then(function::cell_get))
            } else {
                (&code.freevars[i - nv - nc], slot.as_ref().and_then(function::cell_get))
            };
            if let Some(v) = v {
                dict::set_item(self, &d, name.clone(), v)?;
            }
        }
        Ok(d)
    }
}

/// A `traceback` object: one entry of an exception's traceback, its frame
/// and the next (inner) entry.
struct TracebackObj {
    entry: weft_objects::payload::TracebackEntry,
    frame: PyRef,
    next: parking_lot::Mutex<Option<PyRef>>,
}

fn tb_type() -> &'static PyRef {
    static T: OnceLock<PyRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = types::new_native_type("traceback", "builtins");
        types::add_native_property(&t, "tb_frame", tb_frame, None);
        types::add_native_property(&t, "tb_lineno", tb_lineno, None);
        types::add_native_property(&t, "tb_lasti", tb_lasti, None);
        types::add_native_property(&t, "tb_next", tb_next, Some(tb_set_next));
        types::add_method(&t, "__repr__", tb_repr);
        t.make_immortal();
        t
    })
}

fn tb_of(o: &PyRef) -> PyResult<&TracebackObj> {
    types::native::<TracebackObj>(o).ok_or_else(|| type_error("descriptor requires a 'traceback' object"))
}
fn tb_frame(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(tb_of(&a[0])?.frame.clone())
}
fn tb_lineno(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(tb_of(&a[0])?.entry.line as i64))
}
fn tb_lasti(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(2 * tb_of(&a[0])?.entry.lasti as i64))
}
fn tb_next(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(tb_of(&a[0])?.next.lock().clone().unwrap_or_else(none))
}
/// `tb.tb_next = other` (None or a traceback that does not lead back here).
fn tb_set_next(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let t = tb_of(&a[0])?;
    let new = a.get(1).filter(|v| !is_none(v)).cloned();
    if let Some(n) = &new {
        tb_of(n).map_err(|_| type_error(format!("expected traceback object or None, got '{}'", types::type_name(n.class()))))?;
        let mut cur = Some(n.clone());
        while let Some(c) = cur {
            if c.is(&a[0]) {
                return Err(value_error("traceback loop detected"));
            }
            cur = tb_of(&c)?.next.lock().clone();
        }
    }
    let old = std::mem::replace(&mut *t.next.lock(), new);
    drop(old);
    Ok(none())
}
fn tb_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_string(format!("<traceback object at {:#x}>", a[0].addr())))
}

/// A frame object standing for the frame of a traceback entry (its code,
/// line and globals; its locals are not kept once the frame is gone).
fn entry_frame(e: &weft_objects::payload::TracebackEntry, back: PyRef) -> PyRef {
    let o = weft_objects::construct::alloc_instance(&tys().frame, &[]);
    let d = weft_objects::protocol::instance_dict(&o).cloned().unwrap_or_else(dict::new_dict);
    let code = e.code.clone().map(|c| PyRef::new(&types::types().code, Payload::Code(c))).unwrap_or_else(none);
    dict::set_str(&d, "f_code", code);
    dict::set_str(&d, "f_lineno", int::new_int(e.line as i64));
    dict::set_str(&d, "f_lasti", int::new_int(2 * e.lasti as i64));
    let globals = e.globals.clone().unwrap_or_else(dict::new_dict);
    let builtins = match dict::get_str(&globals, "__builtins__") {
        Some(m) if matches!(m.payload, Payload::Module(_)) => weft_objects::protocol::instance_dict(&m).cloned().unwrap_or(m),
        Some(b) => b,
        None => none(),
    };
    dict::set_str(&d, "f_globals", globals);
    dict::set_str(&d, "f_builtins", builtins);
    dict::set_str(&d, "f_locals", dict::new_dict());
    dict::set_str(&d, "f_back", back);
    dict::set_str(&d, "f_trace", none());
    o
}

/// The traceback object chain for `entries` (outermost first).
fn build_traceback(entries: &[weft_objects::payload::TracebackEntry]) -> PyRef {
    let mut frames = Vec::with_capacity(entries.len());
    let mut back = none();
    for e in entries {
        let f = entry_frame(e, back);
        back = f.clone();
        frames.push(f);
    }
    let mut next: Option<PyRef> = None;
    for (e, f) in entries.iter().zip(frames).rev() {
        let tb = PyRef::new(tb_type(), Payload::Native(Box::new(TracebackObj { entry: e.clone(), frame: f, next: parking_lot::Mutex::new(next.take()) })));
        next = Some(tb);
    }
    next.unwrap_or_else(none)
}

/// The entries of a traceback object chain (outermost first).
fn traceback_entries(o: &PyRef) -> Option<Vec<weft_objects::payload::TracebackEntry>> {
    let mut out = Vec::new();
    let mut cur = Some(o.clone());
    while let Some(c) = cur {
        let t = types::native::<TracebackObj>(&c)?;
        out.push(t.entry.clone());
        cur = t.next.lock().clone();
    }
    Some(out)
}

/// Let exceptions build and read traceback objects.
pub fn install_traceback_hooks() {
    let _ = weft_objects::exceptions::TRACEBACK_HOOKS.set(weft_objects::exceptions::TracebackHooks { build: build_traceback, entries: traceback_entries });
}
