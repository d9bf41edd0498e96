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
