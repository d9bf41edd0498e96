//! The evaluation loop.
//!
//! `run_frame` runs one entry frame and every Python frame it calls, kept
//! in a local `Vec`: a Python-to-Python call pushes a frame and continues the
//! loop, a return pops it. Native code calling back into Python starts a
//! nested `run_frame` (bounded by `MAX_NATIVE_DEPTH`). The eval breaker is
//! tested on backward jumps and calls.

use crate::frame::{Block, BlockKind, Frame};
use crate::opcode::Op;
use crate::state::ThreadState;
use std::sync::atomic::Ordering;
use weft_objects::code::*;
use weft_objects::payload::{Payload, TracebackEntry};
use weft_objects::protocol::{self as p, BinOp, CmpOp, UnaryOp};
use weft_objects::vm::*;
use weft_objects::{dict, exceptions, function, list, set, str as pystr, tuple, types, PyRef, Vm};

/// What an instruction asks the loop to do next.
enum Flow {
    Next,
    Call(Box<Frame>),
    Return(PyRef),
    Yield(PyRef),
}

/// A value stored in a local slot marker for "NULL" (method calls).
fn null() -> &'static PyRef {
    static NULL: std::sync::LazyLock<PyRef> = std::sync::LazyLock::new(|| PyRef::new_immortal(&types::types().object, Payload::None));
    &NULL
}

fn unbound_local(f: &Frame, slot: usize) -> PyErr {
    let name = pystr::as_str(&f.code.varnames[slot]).unwrap_or("?");
    err(&types::t().unbound_local_error, format!("cannot access local variable '{name}' where it is not associated with a value"))
}

/// What throwing into a delegating frame's sub-iterator produced.
enum Delegated {
    /// The sub-iterator yielded this value.
    Yield(PyRef),
}

/// The instruction at code unit `pc` (with its EXTENDED_ARG prefixes).
fn decode_at(code: &[u16], mut pc: usize) -> Option<(Op, u32)> {
    let mut arg = 0u32;
    loop {
        let w = *code.get(pc)?;
        pc += 1;
        let op = Op::from_u8((w & 0xff) as u8);
        arg = (arg << 8) | (w >> 8) as u32;
        if op != Op::ExtendedArg {
            return Some((op, arg));
        }
    }
}

fn name_error(name: &str) -> PyErr {
    let e = err(&types::t().name_error, format!("name '{name}' is not defined"));
    if let Some(d) = weft_objects::exceptions::data(&e.0) {
        weft_objects::exceptions::set_member(d, "name", pystr::new_str(name));
    }
    e
}

fn free_error(f: &Frame, slot: usize) -> PyErr {
    let nv = f.code.varnames.len();
    let nc = f.code.cellvars.len();
    if slot < nv + nc {
        let name = pystr::as_str(&f.code.cellvars[slot - nv]).unwrap_or("?");
        err(&types::t().unbound_local_error, format!("cannot access local variable '{name}' where it is not associated with a value"))
    } else {
        let name = pystr::as_str(&f.code.freevars[slot - nv - nc]).unwrap_or("?");
        err(&types::t().name_error, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    }
}

impl ThreadState {
    /// Run `entry` (and the frames it calls) until it returns or yields.
    /// On a yield the suspended frame is handed back.
    pub fn run_frame(&mut self, entry: Box<Frame>) -> PyResult<(PyRef, Option<Box<Frame>>)> {
        self.check_recursion()?;
        self.native_depth += 1;
        self.depth += 1;
        let mut frames: Vec<Box<Frame>> = vec![entry];
        let base_exc = self.exc_info.len();
        {
            let f = frames.last_mut().unwrap();
            for e in std::mem::take(&mut f.saved_exc) {
                self.exc_info.push(e);
            }
        }
        let r = self.run_loop(&mut frames);
        self.depth -= 1;
        self.native_depth -= 1;
        if let Some(mut f) = frames.pop() {
            if f.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 {
                if let Err(e) = &r {
                    exceptions::keep_frame_locals(&e.0, std::mem::take(&mut f.fast));
                }
                self.recycle(f);
            }
        }
        if r.is_err() || matches!(r, Ok((_, None))) {
            self.exc_info.truncate(base_exc);
        }
        r
    }

    fn run_loop(&mut self, frames: &mut Vec<Box<Frame>>) -> PyResult<(PyRef, Option<Box<Frame>>)> {
        if self.tracing.active() {
            if let Err(e) = self.trace_call(frames) {
                if let Some(r) = self.raise_in(frames, e.0, false)? {
                    return Ok(r);
                }
            }
        }
        // A pending `throw()` into a resumed generator.
        if let Some(e) = frames.last_mut().unwrap().pending_exc.take() {
            if let Some(r) = self.raise_in(frames, e, false)? {
                return Ok(r);
            }
        }
        loop {
            let r = if self.tracing.active() {
                self.run_body_traced(frames)
            } else {
                let f = frames.last_mut().unwrap();
                self.run_body(f)
            };
            match r {
                Ok(Flow::Next) => unreachable!(),
                Ok(Flow::Call(new)) => {
                    if let Err(e) = self.check_recursion() {
                        if let Some(r) = self.raise_in(frames, e.0, false)? {
                            return Ok(r);
                        }
                        continue;
                    }
                    self.depth += 1;
                    frames.push(new);
                    if self.tracing.active() {
                        if let Err(e) = self.trace_call(frames) {
                            if let Some(r) = self.raise_in(frames, e.0, false)? {
                                return Ok(r);
                            }
                        }
                    }
                }
                Ok(Flow::Return(v)) => {
                    if self.tracing.active() {
                        if let Err(e) = self.trace_return(frames, &v) {
                            if let Some(r) = self.raise_in(frames, e.0, false)? {
                                return Ok(r);
                            }
                            continue;
                        }
                    }
                    if frames.len() == 1 {
                        return Ok((v, None));
                    }
                    let mut done = frames.pop().unwrap();
                    let init_self = done.init_self.take();
                    self.recycle(done);
                    self.depth -= 1;
                    match init_self {
                        None => frames.last_mut().unwrap().stack.push(v),
                        Some(obj) if is_none(&v) => frames.last_mut().unwrap().stack.push(obj),
                        Some(_) => {
                            let e = type_error(format!("__init__() should return None, not '{}'", types::type_name(v.class())));
                            if let Some(r) = self.raise_in(frames, e.0, false)? {
                                return Ok(r);
                            }
                        }
                    }
                }
                Ok(Flow::Yield(v)) => {
                    if self.tracing.active() {
                        if let Err(e) = self.trace_return(frames, &v) {
                            if let Some(r) = self.raise_in(frames, e.0, false)? {
                                return Ok(r);
                            }
                            continue;
                        }
                    }
                    // Only entry frames are generator frames: hand the
                    // frame back with the exceptions it was handling.
                    let mut f = frames.pop().unwrap();
                    let n = f.blocks.iter().filter(|b| b.kind == BlockKind::ExceptHandler).count();
                    let keep = self.exc_info.len() - n.min(self.exc_info.len());
                    f.saved_exc = self.exc_info.split_off(keep);
                    return Ok((v, Some(f)));
                }
                Err(PyErrReraise(e, reraise)) => {
                    if let Some(depth) = crate::frames::requested_depth(&e.0) {
                        // `sys._getframe()`: answer with a frame object as
                        // the result of the call that asked.
                        let r = self.frame_object(frames, depth);
                        match r {
                            Ok(fo) => {
                                frames.last_mut().unwrap().stack.push(fo);
                                continue;
                            }
                            Err(e2) => {
                                if let Some(r) = self.raise_in(frames, e2.0, false)? {
                                    return Ok(r);
                                }
                                continue;
                            }
                        }
                    }
                    if let Some(r) = self.raise_in(frames, e.0, reraise)? {
                        return Ok(r);
                    }
                }
            }
        }
    }

    /// `run_body` with 'line' events before each new line, for a thread
    /// with a trace function (`trace`). The decode-and-run step is written
    /// out in both loops on purpose: sharing it through a helper, even an
    /// `#[inline(always)]` one, measured 4% slower on float_loop.
    #[cold]
    fn run_body_traced(&mut self, frames: &mut [Box<Frame>]) -> Result<Flow, PyErrReraise> {
        loop {
            if let Err(e) = self.trace_line(frames) {
                return Err(PyErrReraise(e, false));
            }
            let f = frames.last_mut().unwrap();
            let code = f.code.clone();
            let units: &[u16] = &code.code;
            let word = units[f.pc];
            f.pc += 1;
            let mut op = Op::from_u8(word as u8);
            let mut arg = (word >> 8) as u32;
            while op == Op::ExtendedArg {
                let w = units[f.pc];
                f.pc += 1;
                op = Op::from_u8(w as u8);
                arg = (arg << 8) | (w >> 8) as u32;
            }
            match self.exec(f, op, arg) {
                Ok(Flow::Next) => {}
                Ok(flow) => return Ok(flow),
                Err(e) => return Err(PyErrReraise(e, take_reraise())),
            }
        }
    }

    /// Run instructions of `f` until one leaves the frame's straight-line
    /// execution (a call, return, yield or exception).
    fn run_body(&mut self, f: &mut Frame) -> Result<Flow, PyErrReraise> {
        let code = f.code.clone();
        let units: &[u16] = &code.code;
        loop {
            let word = units[f.pc];
            f.pc += 1;
            let mut op = Op::from_u8(word as u8);
            let mut arg = (word >> 8) as u32;
            while op == Op::ExtendedArg {
                let w = units[f.pc];
                f.pc += 1;
                op = Op::from_u8(w as u8);
                arg = (arg << 8) | (w >> 8) as u32;
            }
            match self.exec(f, op, arg) {
                Ok(Flow::Next) => {}
                Ok(flow) => return Ok(flow),
                Err(e) => return Err(PyErrReraise(e, take_reraise())),
            }
        }
    }

    /// Unwind with exception `e` from the top frame; `Ok(None)` when a
    /// handler took it, `Err` when it left every frame of this loop.
    fn raise_in(&mut self, frames: &mut Vec<Box<Frame>>, e: PyRef, reraise: bool) -> PyResult<Option<(PyRef, Option<Box<Frame>>)>> {
        let mut first = true;
        loop {
            if self.tracing.active() && !(first && reraise) {
                // A failing trace function was uninstalled; the exception
                // being raised goes on.
                let _ = self.trace_exception(frames, &e);
            }
            let f = frames.last_mut().unwrap();
            if !(first && reraise) && !runs_natively_in_cpython(&f.code.filename) {
                let span = f.code.span_at(f.pc.saturating_sub(1));
                let entry = TracebackEntry {
                    filename: f.code.filename.clone(),
                    name: f.code.name.clone(),
                    line: f.line(),
                    span,
                    code: Some(f.code.clone()),
                    globals: Some(f.globals.clone()),
                    lasti: f.pc.saturating_sub(1) as u32,
                    locals: None,
                };
                exceptions::push_traceback(&e, entry);
            }
            if first && !reraise {
                if let Some(cur) = self.exc_info.last() {
                    if !cur.is(&e) && exceptions::context(&e).is_none() {
                        // Avoid a cycle in the context chain.
                        let mut c = Some(cur.clone());
                        let mut cyc = false;
                        while let Some(x) = c {
                            if x.is(&e) {
                                cyc = true;
                                break;
                            }
                            c = exceptions::context(&x);
                        }
                        if !cyc {
                            exceptions::set_context(&e, Some(cur.clone()));
                        }
                    }
                }
            }
            first = false;
            while let Some(b) = f.blocks.pop() {
                match b.kind {
                    BlockKind::ExceptHandler => {
                        self.exc_info.pop();
                        f.stack.truncate(b.level as usize);
                    }
                    BlockKind::Finally => {
                        f.stack.truncate(b.level as usize);
                        f.blocks.push(Block { kind: BlockKind::ExceptHandler, handler: 0, level: b.level });
                        self.exc_info.push(e.clone());
                        f.stack.push(e);
                        f.pc = b.handler as usize;
                        return Ok(None);
                    }
                }
            }
            if self.tracing.active() {
                let _ = self.trace_return(frames, &none());
            }
            if frames.len() == 1 {
                return Err(PyErr(e));
            }
            let mut done = frames.pop().unwrap();
            exceptions::keep_frame_locals(&e, std::mem::take(&mut done.fast));
            self.recycle(done);
            self.depth -= 1;
        }
    }

    #[inline]
    fn check_breaker(&mut self) -> PyResult<()> {
        self.qsbr_countdown -= 1;
        if self.qsbr_countdown == 0 {
            self.report_quiescent();
        }
        if self.rec.breaker.load(Ordering::Relaxed) != 0 {
            let bits = weft_sync::thread::handle_breaker(&self.rec);
            if bits != 0 {
                return self.handle_signals(bits);
            }
        }
        Ok(())
    }

    /// Run finalizers (`__del__`, weakref callbacks) queued by the
    /// operation that just dropped references, as CPython runs them at once.
    ///
    /// A write that retired a dict's read view also asks for a quiescent
    /// report: made here, between instructions, it frees the old view (and
    /// what only it still referenced) at once when no other thread reads.
    #[inline(always)]
    fn finalize_soon(&mut self) {
        if self.rec.breaker.load(Ordering::Relaxed) & (weft_sync::thread::BREAK_FINALIZE | weft_sync::thread::BREAK_QSBR) != 0 {
            self.finalize_now();
        }
    }

    /// The frame's namespace for `locals()`: the namespace mapping of a
    /// module or class body, else a new dict of the bound fast locals.
    #[cold]
    fn namespace_of(&mut self, f: &Frame) -> PyResult {
        if let Some(l) = &f.locals {
            return Ok(l.clone());
        }
        let d = dict::new_dict();
        let code = f.code.clone();
        let nv = code.varnames.len();
        for (i, slot) in f.fast.iter().enumerate() {
            let (name, v) = if i < nv {
                (&code.varnames[i], slot.clone())
            } else if i < nv + code.cellvars.len() {
                (&code.cellvars[i - nv], slot.as_ref().and_then(function::cell_get))
            } else {
                (&code.freevars[i - nv - code.cellvars.len()], slot.as_ref().and_then(function::cell_get))
            };
            if let Some(v) = v {
                dict::set_item(self, &d, name.clone(), v)?;
            }
        }
        Ok(d)
    }

    /// NameError for `name`, looked up by frame `f`, with the suggestion
    /// CPython's traceback shows: `self.name` when the frame's `self` has
    /// that attribute, else the closest of the frame's local, global and
    /// builtin names.
    #[cold]
    fn name_error_in(&mut self, f: &Frame, name: &PyRef) -> PyErr {
        let wrong = pystr::as_str(name).unwrap_or("?").to_string();
        let e = name_error(&wrong);
        if let Some(h) = self.name_hint(f, &wrong) {
            if let Some(d) = weft_objects::exceptions::data(&e.0) {
                d.hint.with(e.0.mutex(), |x| *x = Some(h));
            }
        }
        e
    }

    fn name_hint(&mut self, f: &Frame, wrong: &str) -> Option<String> {
        let mut names: Vec<PyRef> = Vec::new();
        let mut self_obj = None;
        for (i, n) in f.code.varnames.iter().enumerate() {
            if let Some(Some(v)) = f.fast.get(i) {
                if pystr::as_str(n) == Some("self") {
                    self_obj = Some(v.clone());
                }
                names.push(n.clone());
            }
        }
        names.extend(f.code.cellvars.iter().chain(f.code.freevars.iter()).cloned());
        if let Some(l) = &f.locals {
            if matches!(l.payload, Payload::Dict(..)) {
                if self_obj.is_none() {
                    self_obj = dict::get_str(l, "self");
                }
                names.extend(dict::keys(l));
            }
        }
        if let Some(obj) = self_obj {
            if matches!(p::getattr_opt(self, &obj, wrong), Ok(Some(_))) {
                return Some(format!("self.{wrong}"));
            }
        }
        names.extend(dict::keys(&f.globals));
        names.extend(dict::keys(&f.builtins));
        weft_objects::suggestions::best_match(names.iter().filter_map(|n| pystr::as_str(n)), wrong)
    }

    /// Between two instructions this thread holds no pointer into memory
    /// reclaimed through QSBR (read views of shared containers).
    #[cold]
    fn report_quiescent(&mut self) {
        self.qsbr_countdown = crate::state::QSBR_PERIOD;
        weft_sync::qsbr::quiescent(&self.rec);
        // Freeing retired views dropped references: run any finalizers now.
        self.finalize_soon();
    }

    #[cold]
    fn finalize_now(&mut self) {
        if self.rec.breaker.load(Ordering::Relaxed) & weft_sync::thread::BREAK_QSBR != 0 {
            self.rec.breaker.fetch_and(!weft_sync::thread::BREAK_QSBR, Ordering::AcqRel);
            weft_sync::qsbr::quiescent(&self.rec);
        }
        if self.rec.breaker.load(Ordering::Relaxed) & weft_sync::thread::BREAK_FINALIZE != 0 {
            self.rec.breaker.fetch_and(!weft_sync::thread::BREAK_FINALIZE, Ordering::AcqRel);
            self.run_finalizers();
        }
    }

    #[cold]
    fn handle_signals(&mut self, bits: u32) -> PyResult<()> {
        if bits & weft_sync::thread::BREAK_SIGNAL != 0 {
            self.rec.breaker.fetch_and(!weft_sync::thread::BREAK_SIGNAL, Ordering::AcqRel);
            if let Some(h) = self.interp.extra("signal_hook") {
                self.call(&h, &[], &[])?;
            }
        }
        if bits & weft_sync::thread::BREAK_FINALIZE != 0 {
            self.rec.breaker.fetch_and(!weft_sync::thread::BREAK_FINALIZE, Ordering::AcqRel);
            self.run_finalizers();
        }
        if bits & weft_sync::thread::BREAK_GC != 0 {
            self.rec.breaker.fetch_and(!weft_sync::thread::BREAK_GC, Ordering::AcqRel);
            weft_objects::gc::collect_automatic(self);
        }
        if bits & weft_sync::thread::BREAK_ASYNC_EXC != 0 {
            self.rec.breaker.fetch_and(!weft_sync::thread::BREAK_ASYNC_EXC, Ordering::AcqRel);
            if let Some(h) = self.interp.extra("async_exc_hook") {
                self.call(&h, &[], &[])?;
            }
        }
        Ok(())
    }

    #[inline(always)]
    fn exec(&mut self, f: &mut Frame, op: Op, arg: u32) -> PyResult<Flow> {
        macro_rules! pop {
            () => {
                f.stack.pop().expect("stack underflow")
            };
        }
        macro_rules! top {
            () => {
                f.stack.last().expect("stack underflow")
            };
        }
        match op {
            Op::ExtendedArg | Op::Nop => {}
            Op::PopTop => {
                pop!();
                self.finalize_soon();
            }
            Op::Copy => {
                let v = f.stack[f.stack.len() - arg as usize].clone();
                f.stack.push(v);
            }
            Op::Swap => {
                let n = f.stack.len();
                f.stack.swap(n - 1, n - arg as usize);
            }
            Op::LoadConst => f.stack.push(f.code.consts[arg as usize].clone()),
            Op::LoadFast => match &f.fast[arg as usize] {
                // Fused `LoadFast x; LoadAttr name` and `LoadFast x;
                // LoadMethod name` (`self.v`, `obj.method(...)`): the local
                // is borrowed rather than pushed, so reading an attribute of
                // an object that several threads share writes no reference
                // count on it. The pc moves past the second instruction
                // first, so errors point at it.
                Some(o) if matches!(f.code.code.get(f.pc).map(|w| Op::from_u8(*w as u8)), Some(Op::LoadAttr | Op::LoadMethod)) => {
                    let next = f.code.code[f.pc];
                    f.pc += 1;
                    let name = &f.code.names[(next >> 8) as usize];
                    if Op::from_u8(next as u8) == Op::LoadAttr {
                        let v = p::getattr(self, o, name)?;
                        f.stack.push(v);
                    } else {
                        let (m, s) = self.load_method(o, name)?;
                        f.stack.push(m);
                        f.stack.push(s.unwrap_or_else(|| null().clone()));
                    }
                }
                Some(v) => {
                    let v = v.clone();
                    f.stack.push(v)
                }
                None => return Err(unbound_local(f, arg as usize)),
            },
            Op::StoreFast => {
                let v = pop!();
                f.fast[arg as usize] = Some(v);
                self.finalize_soon();
            }
            Op::DeleteFast => {
                if f.fast[arg as usize].take().is_none() {
                    return Err(unbound_local(f, arg as usize));
                }
                self.finalize_soon();
            }
            Op::LoadDeref => {
                let cell = f.fast[arg as usize].as_ref().unwrap();
                match function::cell_get(cell) {
                    Some(v) => f.stack.push(v),
                    None => return Err(free_error(f, arg as usize)),
                }
            }
            Op::StoreDeref => {
                let v = pop!();
                function::cell_set(f.fast[arg as usize].as_ref().unwrap(), Some(v));
                self.finalize_soon();
            }
            Op::DeleteDeref => {
                let cell = f.fast[arg as usize].as_ref().unwrap();
                if function::cell_get(cell).is_none() {
                    return Err(free_error(f, arg as usize));
                }
                function::cell_set(cell, None);
                self.finalize_soon();
            }
            Op::LoadClosure => f.stack.push(f.fast[arg as usize].clone().unwrap()),
            Op::LoadClassDeref => {
                let nv = f.code.varnames.len();
                let nc = f.code.cellvars.len();
                let idx = arg as usize;
                let name = if idx < nv + nc { f.code.cellvars[idx - nv].clone() } else { f.code.freevars[idx - nv - nc].clone() };
                if let Some(v) = f.locals.as_ref().and_then(|l| dict::get_str_obj(l, &name)) {
                    f.stack.push(v);
                } else {
                    match function::cell_get(f.fast[idx].as_ref().unwrap()) {
                        Some(v) => f.stack.push(v),
                        None => return Err(free_error(f, idx)),
                    }
                }
            }
            Op::LoadName => {
                let name = &f.code.names[arg as usize];
                let v = match f.locals.as_ref() {
                    Some(l) => self.ns_get(l, name)?,
                    None => None,
                };
                let v = match v {
                    Some(v) => v,
                    None => match dict::get_str_obj(&f.globals, name).or_else(|| dict::get_str_obj(&f.builtins, name)) {
                        Some(v) => v,
                        None => return Err(self.name_error_in(f, name)),
                    },
                };
                f.stack.push(v);
            }
            Op::StoreName => {
                let v = pop!();
                let name = f.code.names[arg as usize].clone();
                let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                if matches!(l.payload, Payload::Dict(..)) && l.class().is(&types::types().dict) {
                    dict::set_item(self, &l, name, v)?;
                } else {
                    p::setitem(self, &l, &name, Some(v))?;
                }
                self.finalize_soon();
            }
            Op::DeleteName => {
                let name = f.code.names[arg as usize].clone();
                let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                if dict::del_item(self, &l, &name)?.is_none() {
                    return Err(name_error(pystr::as_str(&name).unwrap_or("?")));
                }
                self.finalize_soon();
            }
            Op::LoadGlobal => {
                let name = &f.code.names[arg as usize];
                let cacheable = f.globals.header.words.is_immortal() && f.builtins.header.words.is_immortal();
                if cacheable {
                    let slot = ((f.globals.addr() >> 4) ^ (name.addr() >> 4)) & (crate::state::GLOBAL_CACHE_SIZE - 1);
                    let versions = (dict::version(&f.globals), dict::version(&f.builtins));
                    if let Some(Some(e)) = self.global_cache.get_mut(slot) {
                        if e.globals == f.globals.addr() && e.name.is(name) {
                            if e.versions == versions {
                                if let Some(v) = &e.value {
                                    f.stack.push(v.clone());
                                    return Ok(Flow::Next);
                                }
                            }
                            // The globals changed (say, another name was
                            // rebound), or the value is mortal: re-read this
                            // name at its known entry, no probe.
                            if e.ix != usize::MAX {
                                if let Some(v) = dict::value_at_if_key(&f.globals, e.ix, name) {
                                    e.versions = versions;
                                    let keep = v.header.words.is_immortal().then(|| v.clone());
                                    let old = std::mem::replace(&mut e.value, keep);
                                    drop(old);
                                    f.stack.push(v);
                                    return Ok(Flow::Next);
                                }
                            }
                        }
                    }
                    let found = match dict::get_str_obj_ix(&f.globals, name) {
                        Some((ix, v)) => Some((ix, v)),
                        None => dict::get_str_obj(&f.builtins, name).map(|v| (usize::MAX, v)),
                    };
                    match found {
                        Some((ix, v)) => {
                            let keep = v.header.words.is_immortal().then(|| v.clone());
                            let entry = crate::state::GlobalEntry { globals: f.globals.addr(), name: name.clone(), versions, value: keep, ix };
                            if let Some(s) = self.global_cache.get_mut(slot) {
                                let old = s.replace(entry);
                                drop(old);
                            }
                            f.stack.push(v)
                        }
                        None => return Err(self.name_error_in(f, name)),
                    }
                } else {
                    match dict::get_str_obj(&f.globals, name).or_else(|| dict::get_str_obj(&f.builtins, name)) {
                        Some(v) => f.stack.push(v),
                        None => return Err(self.name_error_in(f, name)),
                    }
                }
            }
            Op::StoreGlobal => {
                let v = pop!();
                let name = f.code.names[arg as usize].clone();
                dict::set_item(self, &f.globals, name, v)?;
                self.finalize_soon();
            }
            Op::DeleteGlobal => {
                let name = f.code.names[arg as usize].clone();
                if dict::del_item(self, &f.globals, &name)?.is_none() {
                    return Err(name_error(pystr::as_str(&name).unwrap_or("?")));
                }
                self.finalize_soon();
            }
            Op::LoadAttr => {
                let o = pop!();
                let v = p::getattr(self, &o, &f.code.names[arg as usize])?;
                f.stack.push(v);
            }
            Op::StoreAttr => {
                let o = pop!();
                let v = pop!();
                let name = f.code.names[arg as usize].clone();
                p::setattr(self, &o, &name, Some(v))?;
                self.finalize_soon();
            }
            Op::DeleteAttr => {
                let o = pop!();
                let name = f.code.names[arg as usize].clone();
                p::setattr(self, &o, &name, None)?;
                self.finalize_soon();
            }
            Op::LoadMethod => {
                let o = pop!();
                let (m, s) = self.load_method(&o, &f.code.names[arg as usize])?;
                f.stack.push(m);
                f.stack.push(s.unwrap_or_else(|| null().clone()));
            }
            Op::CallMethod => {
                self.check_breaker()?;
                let n = arg as usize;
                let base = f.stack.len() - n - 2;
                let has_self = !f.stack[base + 1].is(null());
                let start = if has_self { base + 1 } else { base + 2 };
                let callable = f.stack[base].clone();
                if let Payload::Function(fd) = &callable.payload {
                    if fd.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 {
                        let frame = self.function_frame_moving(&callable, &mut f.stack, start)?;
                        f.stack.truncate(base);
                        return Ok(Flow::Call(frame));
                    }
                }
                if !has_self {
                    if let Some((init, obj)) = plain_init(&callable) {
                        // Reuse the empty self slot for the new instance.
                        f.stack[base + 1] = obj.clone();
                        let mut frame = self.function_frame_moving(&init, &mut f.stack, base + 1)?;
                        f.stack.truncate(base);
                        frame.init_self = Some(obj);
                        return Ok(Flow::Call(frame));
                    }
                }
                let r = self.call(&callable, &f.stack[start..], &[]);
                f.stack.truncate(base);
                f.stack.push(r?);
            }
            Op::Call => {
                self.check_breaker()?;
                let n = arg as usize;
                let base = f.stack.len() - n - 1;
                let callable = f.stack[base].clone();
                if let Payload::Function(fd) = &callable.payload {
                    if fd.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 {
                        let frame = self.function_frame_moving(&callable, &mut f.stack, base + 1)?;
                        f.stack.truncate(base);
                        return Ok(Flow::Call(frame));
                    }
                }
                // A class whose `__init__` is a Python function: allocate the
                // instance and run `__init__` in this evaluation too.
                if let Some((init, obj)) = plain_init(&callable) {
                    f.stack.insert(base + 1, obj.clone());
                    let mut frame = self.function_frame_moving(&init, &mut f.stack, base + 1)?;
                    f.stack.truncate(base);
                    frame.init_self = Some(obj);
                    return Ok(Flow::Call(frame));
                }
                // A bound Python method: its frame joins this evaluation too
                // (no nested loop on the Rust stack, frames visible to
                // `sys._getframe`).
                if let Payload::Method(m) = &callable.payload {
                    if let Payload::Function(fd) = &m[0].payload {
                        if fd.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 {
                            let func = m[0].clone();
                            f.stack.insert(base + 1, m[1].clone());
                            let frame = self.function_frame_moving(&func, &mut f.stack, base + 1)?;
                            f.stack.truncate(base);
                            return Ok(Flow::Call(frame));
                        }
                    }
                }
                let r = self.call(&callable, &f.stack[base + 1..], &[]);
                f.stack.truncate(base);
                f.stack.push(r?);
            }
            Op::CallKw => {
                self.check_breaker()?;
                let names = pop!();
                let names = tuple::as_slice(&names).unwrap();
                let n = arg as usize;
                let base = f.stack.len() - n - 1;
                let npos = n - names.len();
                let callable = f.stack[base].clone();
                let kw: Vec<(PyRef, PyRef)> = names.iter().cloned().zip(f.stack[base + 1 + npos..].iter().cloned()).collect();
                if let Payload::Function(fd) = &callable.payload {
                    if fd.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 {
                        let frame = self.function_frame(&callable, &f.stack[base + 1..base + 1 + npos], &kw)?;
                        f.stack.truncate(base);
                        return Ok(Flow::Call(frame));
                    }
                }
                if let Payload::Method(m) = &callable.payload {
                    if let Payload::Function(fd) = &m[0].payload {
                        if fd.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 {
                            let mut args = Vec::with_capacity(npos + 1);
                            args.push(m[1].clone());
                            args.extend_from_slice(&f.stack[base + 1..base + 1 + npos]);
                            let frame = self.function_frame(&m[0], &args, &kw)?;
                            f.stack.truncate(base);
                            return Ok(Flow::Call(frame));
                        }
                    }
                }
                if let Some((init, obj)) = plain_init(&callable) {
                    let mut args = Vec::with_capacity(npos + 1);
                    args.push(obj.clone());
                    args.extend_from_slice(&f.stack[base + 1..base + 1 + npos]);
                    let mut frame = self.function_frame(&init, &args, &kw)?;
                    f.stack.truncate(base);
                    frame.init_self = Some(obj);
                    return Ok(Flow::Call(frame));
                }
                let r = self.call(&callable, &f.stack[base + 1..base + 1 + npos], &kw);
                f.stack.truncate(base);
                f.stack.push(r?);
            }
            Op::CallEx => {
                self.check_breaker()?;
                let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                let args = pop!();
                let callable = pop!();
                let kw: Vec<(PyRef, PyRef)> = match &kwargs {
                    Some(d) => dict::items(d),
                    None => vec![],
                };
                let args = tuple::as_slice(&args).unwrap();
                if let Payload::Function(fd) = &callable.payload {
                    if fd.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 {
                        let frame = self.function_frame(&callable, args, &kw)?;
                        return Ok(Flow::Call(frame));
                    }
                }
                if let Payload::Method(m) = &callable.payload {
                    if let Payload::Function(fd) = &m[0].payload {
                        if fd.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 {
                            let mut full = Vec::with_capacity(args.len() + 1);
                            full.push(m[1].clone());
                            full.extend_from_slice(args);
                            let frame = self.function_frame(&m[0], &full, &kw)?;
                            return Ok(Flow::Call(frame));
                        }
                    }
                }
                if let Some((init, obj)) = plain_init(&callable) {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(obj.clone());
                    full.extend_from_slice(args);
                    let mut frame = self.function_frame(&init, &full, &kw)?;
                    frame.init_self = Some(obj);
                    return Ok(Flow::Call(frame));
                }
                let r = self.call(&callable, args, &kw)?;
                f.stack.push(r);
            }
            Op::BinaryOp => {
                let b = pop!();
                let a = pop!();
                let r = fast_binary(&a, &b, arg).map_or_else(|| p::binary_op(self, &a, &b, BinOp::ALL[arg as usize]), Ok)?;
                f.stack.push(r);
            }
            Op::InplaceOp => {
                let b = pop!();
                let a = pop!();
                let r = fast_binary(&a, &b, arg).map_or_else(|| p::inplace_op(self, &a, &b, BinOp::ALL[arg as usize]), Ok)?;
                f.stack.push(r);
            }
            Op::CompareOp => {
                let b = pop!();
                let a = pop!();
                let op = CmpOp::ALL[arg as usize];
                let r = match (&a.payload, &b.payload) {
                    (Payload::Int(x), Payload::Int(y)) => bool_obj(op.test(x.cmp(y))),
                    (Payload::Float(x), Payload::Float(y)) => bool_obj(match op {
                        CmpOp::Lt => x < y,
                        CmpOp::Le => x <= y,
                        CmpOp::Eq => x == y,
                        CmpOp::Ne => x != y,
                        CmpOp::Gt => x > y,
                        CmpOp::Ge => x >= y,
                    }),
                    _ => p::richcompare(self, &a, &b, op)?,
                };
                f.stack.push(r);
            }
            Op::IsOp => {
                let b = pop!();
                let a = pop!();
                f.stack.push(bool_obj(a.is(&b) != (arg == 1)));
            }
            Op::ContainsOp => {
                let c = pop!();
                let x = pop!();
                let r = p::contains(self, &c, &x)?;
                f.stack.push(bool_obj(r != (arg == 1)));
            }
            Op::UnaryOp => {
                let a = pop!();
                let op = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Not][arg as usize];
                let r = p::unary_op(self, &a, op)?;
                f.stack.push(r);
            }
            Op::BinarySubscrFast => {
                let k = pop!();
                let r = match &f.fast[arg as usize] {
                    Some(o) => p::getitem(self, o, &k)?,
                    None => return Err(unbound_local(f, arg as usize)),
                };
                f.stack.push(r);
            }
            Op::BinarySubscr => {
                let k = pop!();
                let o = pop!();
                let r = p::getitem(self, &o, &k)?;
                f.stack.push(r);
            }
            Op::StoreSubscr => {
                let k = pop!();
                let o = pop!();
                let v = pop!();
                p::setitem(self, &o, &k, Some(v))?;
                self.finalize_soon();
            }
            Op::DeleteSubscr => {
                let k = pop!();
                let o = pop!();
                p::setitem(self, &o, &k, None)?;
                self.finalize_soon();
            }
            Op::BuildSlice => {
                let step = if arg == 3 { pop!() } else { none() };
                let stop = pop!();
                let start = pop!();
                f.stack.push(weft_objects::range::new_slice(start, stop, step));
            }
            Op::BuildTuple => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                f.stack.push(tuple::new_tuple(items));
            }
            Op::BuildList => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                f.stack.push(list::new_list(items));
            }
            Op::BuildSet => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                let s = set::new_set();
                for x in items {
                    set::add(self, &s, x)?;
                }
                f.stack.push(s);
            }
            Op::BuildMap => {
                let items = f.stack.split_off(f.stack.len() - 2 * arg as usize);
                let d = dict::new_dict();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    dict::set_item(self, &d, k, v)?;
                }
                f.stack.push(d);
            }
            Op::BuildString => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                let mut s = String::new();
                for x in &items {
                    s.push_str(pystr::as_str(x).unwrap_or(""));
                }
                f.stack.push(pystr::new_string(s));
            }
            Op::ListAppend => {
                let v = pop!();
                let l = &f.stack[f.stack.len() - arg as usize];
                list::append(l, v);
            }
            Op::SetAdd => {
                let v = pop!();
                let s = f.stack[f.stack.len() - arg as usize].clone();
                set::add(self, &s, v)?;
            }
            Op::MapAdd => {
                let v = pop!();
                let k = pop!();
                let d = f.stack[f.stack.len() - arg as usize].clone();
                dict::set_item(self, &d, k, v)?;
            }
            Op::ListExtend => {
                let it = pop!();
                let l = f.stack[f.stack.len() - arg as usize].clone();
                let items = p::collect(self, &it).map_err(|e| {
                    if err_matches(&e, &types::t().type_error) && !p::callable(&it) {
                        type_error(format!("Value after * must be an iterable, not {}", types::type_name(it.class())))
                    } else {
                        e
                    }
                })?;
                list::with(&l, |v| v.extend(items));
            }
            Op::SetUpdate => {
                let it = pop!();
                let s = f.stack[f.stack.len() - arg as usize].clone();
                for x in p::collect(self, &it)? {
                    set::add(self, &s, x)?;
                }
            }
            Op::DictUpdate => {
                let m = pop!();
                let d = f.stack[f.stack.len() - arg as usize].clone();
                if !matches!(m.payload, Payload::Dict(..)) && p::getattr_opt(self, &m, "keys")?.is_none() {
                    return Err(type_error(format!("'{}' object is not a mapping", types::type_name(m.class()))));
                }
                dict::update(self, &d, &m)?;
            }
            Op::DictMerge => {
                let m = pop!();
                let d = f.stack[f.stack.len() - arg as usize].clone();
                let items = if let Payload::Dict(..) = &m.payload {
                    dict::items(&m)
                } else {
                    if p::getattr_opt(self, &m, "keys")?.is_none() {
                        let callee = f.stack.get(f.stack.len() - arg as usize - 2).map(|c| callable_name(self, c)).unwrap_or_default();
                        return Err(type_error(format!("{callee} argument after ** must be a mapping, not {}", types::type_name(m.class()))));
                    }
                    let keys = p::call_method(self, &m, "keys", &[])?;
                    let mut v = vec![];
                    for k in p::collect(self, &keys)? {
                        let val = p::getitem(self, &m, &k)?;
                        v.push((k, val));
                    }
                    v
                };
                for (k, v) in items {
                    if dict::get_item(self, &d, &k)?.is_some() {
                        let callee = f.stack.get(f.stack.len() - arg as usize - 2).map(|c| callable_name(self, c)).unwrap_or_default();
                        return Err(type_error(format!("{callee} got multiple values for keyword argument '{}'", pystr::as_str(&k).unwrap_or("?"))));
                    }
                    dict::set_item(self, &d, k, v)?;
                }
            }
            Op::ListToTuple => {
                let l = pop!();
                f.stack.push(tuple::new_tuple(list::items(&l)));
            }
            Op::FormatValue => {
                let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                let mut v = pop!();
                match arg & 3 {
                    1 => v = p::str_(self, &v)?,
                    2 => v = p::repr(self, &v)?,
                    3 => v = weft_objects::format::convert(self, &v, 'a')?,
                    _ => {}
                }
                let spec_s = spec.as_ref().and_then(pystr::as_str).unwrap_or("");
                let r = if spec_s.is_empty() && pystr::as_str(&v).is_some() && v.class().is(&types::types().str) {
                    v
                } else {
                    pystr::new_string(weft_objects::format::format_value(self, &v, spec_s)?)
                };
                f.stack.push(r);
            }
            Op::UnpackSequence => {
                let seq = pop!();
                let n = arg as usize;
                let items = match &seq.payload {
                    Payload::Tuple(t) if t.len() == n => t.to_vec(),
                    Payload::List(_) => list::items(&seq),
                    _ => self.unpack_iter(&seq, n)?,
                };
                if items.len() != n {
                    return Err(unpack_error(items.len(), n));
                }
                f.stack.extend(items.into_iter().rev());
            }
            Op::UnpackEx => {
                let seq = pop!();
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let items = p::collect(self, &seq).map_err(|e| {
                    if err_matches(&e, &types::t().type_error) {
                        type_error(format!("cannot unpack non-iterable {} object", types::type_name(seq.class())))
                    } else {
                        e
                    }
                })?;
                if items.len() < before + after {
                    return Err(value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
                }
                let mid = list::new_list(items[before..items.len() - after].to_vec());
                for x in items[items.len() - after..].iter().rev() {
                    f.stack.push(x.clone());
                }
                f.stack.push(mid);
                for x in items[..before].iter().rev() {
                    f.stack.push(x.clone());
                }
            }
            Op::Jump => {
                if (arg as usize) < f.pc {
                    self.check_breaker()?;
                }
                f.pc = arg as usize;
            }
            Op::PopJumpIfFalse => {
                let v = pop!();
                let t = match &v.payload {
                    Payload::Int(i) => *i != 0,
                    _ => p::truthy(self, &v)?,
                };
                if !t {
                    f.pc = arg as usize;
                }
            }
            Op::PopJumpIfTrue => {
                let v = pop!();
                let t = match &v.payload {
                    Payload::Int(i) => *i != 0,
                    _ => p::truthy(self, &v)?,
                };
                if t {
                    f.pc = arg as usize;
                }
            }
            Op::JumpIfFalseOrPop => {
                if !p::truthy(self, top!())? {
                    f.pc = arg as usize;
                } else {
                    pop!();
                }
            }
            Op::JumpIfTrueOrPop => {
                if p::truthy(self, top!())? {
                    f.pc = arg as usize;
                } else {
                    pop!();
                }
            }
            Op::PopJumpIfNotNone => {
                let v = pop!();
                if !is_none(&v) {
                    f.pc = arg as usize;
                }
            }
            Op::GetIter => {
                let o = pop!();
                let it = p::iter(self, &o)?;
                f.stack.push(it);
            }
            Op::ForIter => {
                let it = top!().clone();
                match p::next(self, &it)? {
                    Some(v) => f.stack.push(v),
                    None => {
                        pop!();
                        f.pc = arg as usize;
                    }
                }
            }
            Op::ReturnValue => return Ok(Flow::Return(pop!())),
            Op::YieldValue => return Ok(Flow::Yield(pop!())),
            Op::GetYieldFromIter => {
                let o = pop!();
                let it = if matches!(o.payload, Payload::Generator(_)) { o } else { p::iter(self, &o)? };
                f.stack.push(it);
            }
            Op::Send => {
                let v = pop!();
                let it = top!().clone();
                let r = if let Payload::Generator(_) = &it.payload {
                    self.resume_generator(&it, v, None)?
                } else if crate::coroutine::is_asend(&it) {
                    crate::coroutine::asend_step(self, &it, v, None)?
                } else if is_none(&v) {
                    match p::next(self, &it)? {
                        Some(y) => Ok(y),
                        None => Err(none()),
                    }
                } else {
                    match p::call_method(self, &it, "send", &[v]) {
                        Ok(y) => Ok(y),
                        Err(e) if err_matches(&e, &types::t().stop_iteration) => Err(stop_value(&e.0)),
                        Err(e) => return Err(e),
                    }
                };
                match r {
                    Ok(y) => f.stack.push(y),
                    Err(ret) => {
                        pop!();
                        f.stack.push(ret);
                        f.pc = arg as usize;
                    }
                }
            }
            Op::MakeFunction => {
                let qualname = pop!();
                let code = pop!();
                let Payload::Code(code) = &code.payload else { unreachable!() };
                let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                let module_level = !pystr::as_str(&qualname).unwrap_or("<").contains('<');
                // The code of an immortal function is promoted to `'static`
                // so that calls on any thread clone it without a write.
                let code = if module_level { code.clone().promoted() } else { code.clone() };
                let func = function::new_function(code, f.globals.clone(), f.builtins.clone(), qualname, defaults, kwdefaults, closure);
                if module_level {
                    // Functions defined at module or class level live as long
                    // as their module: make them immortal (still unshared
                    // here), so threads calling them never contend on their
                    // reference count. The cycle collector will reclaim them.
                    func.make_immortal();
                }
                if let (Some(a), Payload::Function(fd)) = (annotations, &func.payload) {
                    fd.annotations.with(func.mutex(), |x| *x = Some(a));
                }
                f.stack.push(func);
            }
            Op::LoadBuildClass => match dict::get_str(&f.builtins, "__build_class__") {
                Some(b) => f.stack.push(b),
                None => return Err(err(&types::exc_type("NameError"), "__build_class__ not found")),
            },
            Op::ImportName => {
                let fromlist = pop!();
                let level = pop!();
                let name = f.code.names[arg as usize].clone();
                let imp = dict::get_str(&f.builtins, "__import__").ok_or_else(|| err(&types::t().import_error, "__import__ not found"))?;
                let locals = f.locals.clone().unwrap_or_else(none);
                let m = self.call(&imp, &[name, f.globals.clone(), locals, fromlist, level], &[])?;
                f.stack.push(m);
            }
            Op::ImportFrom => {
                let m = top!().clone();
                let name = pystr::as_str(&f.code.names[arg as usize]).unwrap().to_string();
                let v = self.import_from(&m, &name)?;
                f.stack.push(v);
            }
            Op::ImportStar => {
                let m = pop!();
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                self.import_star(&m, &target)?;
            }
            Op::RaiseVarargs => {
                let (exc, cause) = match arg {
                    0 => {
                        let Some(cur) = self.exc_info.last().cloned() else {
                            return Err(runtime_error("No active exception to reraise"));
                        };
                        return Err(reraise_marker(PyErr(cur)));
                    }
                    1 => (pop!(), None),
                    _ => {
                        let c = pop!();
                        (pop!(), Some(c))
                    }
                };
                let e = self.make_exception(&exc)?;
                if let Some(c) = cause {
                    let c = if is_none(&c) {
                        None
                    } else if types::is_type(&c) {
                        Some(self.make_exception(&c)?)
                    } else if matches!(c.payload, Payload::Exception(_)) {
                        Some(c)
                    } else {
                        return Err(type_error("exception causes must derive from BaseException"));
                    };
                    exceptions::set_cause(&e, c);
                }
                return Err(PyErr(e));
            }
            Op::Reraise => {
                let e = pop!();
                return Err(reraise_marker(PyErr(e)));
            }
            Op::SetupFinally => f.blocks.push(Block { kind: BlockKind::Finally, handler: arg, level: f.stack.len() as u32 }),
            Op::SetupWith => f.blocks.push(Block { kind: BlockKind::Finally, handler: arg, level: f.stack.len() as u32 - 1 }),
            Op::PopBlock => {
                f.blocks.pop();
            }
            Op::PopExcept => {
                let b = f.blocks.pop();
                debug_assert!(matches!(b, Some(Block { kind: BlockKind::ExceptHandler, .. })));
                self.exc_info.pop();
            }
            Op::CheckExcMatch => {
                let ty = pop!();
                let e = top!().clone();
                if let Payload::Tuple(items) = &ty.payload {
                    for t in items.iter() {
                        if !p::is_exception_type(t) {
                            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
                        }
                    }
                } else if !p::is_exception_type(&ty) {
                    return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                let m = p::isinstance_full(self, &e, &ty)?;
                f.stack.push(bool_obj(m));
            }
            Op::LoadAssertionError => f.stack.push(types::t().assertion_error.clone()),
            Op::BeforeWith => {
                let ctx = pop!();
                let ty = ctx.class().clone();
                let enter = types::lookup(&ty, "__enter__");
                let exit = types::lookup(&ty, "__exit__");
                let (Some(enter), Some(exit)) = (enter, exit) else {
                    let missing = if types::lookup(&ty, "__enter__").is_none() { "" } else { " (missed __exit__ method)" };
                    return Err(type_error(format!(
                        "'{}' object does not support the context manager protocol{missing}",
                        types::type_name(&ty)
                    )));
                };
                let bound_exit = bind(self, &exit, &ctx)?;
                let bound_enter = bind(self, &enter, &ctx)?;
                let r = self.call(&bound_enter, &[], &[])?;
                f.stack.push(bound_exit);
                f.stack.push(r);
            }
            Op::WithExitNormal => {
                let exit = pop!();
                let n = none();
                self.call(&exit, &[n.clone(), n.clone(), n], &[])?;
            }
            Op::WithExcept => {
                let e = top!().clone();
                let exit = f.stack[f.stack.len() - 2].clone();
                let r = self.call(&exit, &[e.class().clone(), e.clone(), none()], &[])?;
                let suppress = p::truthy(self, &r)?;
                f.stack.push(bool_obj(suppress));
            }
            Op::GetAwaitable => {
                let o = pop!();
                let it = self.get_awaitable(&o)?;
                f.stack.push(it);
            }
            Op::BeforeAsyncWith => {
                let ctx = pop!();
                let (exit, aw) = self.before_async_with(&ctx)?;
                f.stack.push(exit);
                f.stack.push(aw);
            }
            Op::AsyncWithExit => {
                let r = if arg == 0 {
                    let exit = pop!();
                    let n = none();
                    self.call(&exit, &[n.clone(), n.clone(), n], &[])?
                } else {
                    let e = top!().clone();
                    let exit = f.stack[f.stack.len() - 2].clone();
                    self.call(&exit, &[e.class().clone(), e.clone(), none()], &[])?
                };
                let aw = self.get_awaitable(&r)?;
                f.stack.push(aw);
            }
            Op::GetAIter => {
                let o = pop!();
                let it = self.get_aiter(&o)?;
                f.stack.push(it);
            }
            Op::GetANext => {
                let aiter = top!().clone();
                let aw = self.get_anext(&aiter)?;
                f.stack.push(aw);
            }
            Op::EndAsyncFor => {
                let e = top!().clone();
                if !types::isinstance(&e, &types::exc_type("StopAsyncIteration")) {
                    let e = pop!();
                    return Err(reraise_marker(PyErr(e)));
                }
                pop!();
                let b = f.blocks.pop();
                debug_assert!(matches!(b, Some(Block { kind: BlockKind::ExceptHandler, .. })));
                self.exc_info.pop();
                pop!();
            }
            Op::ExcStarBegin => {
                let e = pop!();
                let st = weft_objects::exception_group::star_begin(self, &e)?;
                f.stack.push(crate::coroutine::star_state(st));
            }
            Op::ExcStarMatch => {
                let ty = pop!();
                let st = pop!();
                let m = crate::coroutine::with_star_state(&st, |s| weft_objects::exception_group::star_match(self, s, &ty))?;
                if let (Some(m), Some(top)) = (&m, self.exc_info.last_mut()) {
                    // The clause body handles (and a bare `raise` re-raises)
                    // the part it matched.
                    *top = m.clone();
                }
                f.stack.push(m.unwrap_or_else(none));
            }
            Op::ExcStarRaised => {
                let e = pop!();
                let st = top!().clone();
                crate::coroutine::with_star_state(&st, |s| {
                    weft_objects::exception_group::star_raised(s, e);
                    Ok(())
                })?;
            }
            Op::ExcStarEnd => {
                let st = pop!();
                let state = crate::coroutine::take_star_state(&st)?;
                if let Some(e) = weft_objects::exception_group::star_end(self, state)? {
                    return Err(reraise_marker(PyErr(e)));
                }
            }
            Op::AsyncGenWrap => {
                let v = pop!();
                f.stack.push(crate::coroutine::wrap(v));
            }
            Op::SetupAnnotations => {
                let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                if dict::get_str(&l, "__annotations__").is_none() {
                    dict::set_str(&l, "__annotations__", dict::new_dict());
                }
            }
            Op::LoadLocals => {
                let l = self.namespace_of(f)?;
                f.stack.push(l);
            }
            Op::LoadGlobals => f.stack.push(f.globals.clone()),
            Op::DirLocals => {
                // The namespace as LoadLocals builds it, then its keys
                // (a mapping's own keys() unless it is a dict), sorted.
                let ns = self.namespace_of(f)?;
                let keys = if ns.class().is(&types::types().dict) {
                    list::new_list(dict::keys(&ns))
                } else {
                    let k = p::call_method(self, &ns, "keys", &[])?;
                    list::new_list(p::collect(self, &k)?)
                };
                p::call_method(self, &keys, "sort", &[])?;
                f.stack.push(keys);
            }
            Op::MatchPattern => {
                let spec = pop!();
                let values = pop!();
                let subj = pop!();
                let mut caps = Vec::new();
                let vals = tuple::as_slice(&values).unwrap_or(&[]).to_vec();
                let r = if crate::matching::match_pattern(self, &subj, &spec, &vals, &mut caps)? { tuple::new_tuple(caps) } else { none() };
                f.stack.push(r);
            }
        }
        Ok(Flow::Next)
    }

    fn ns_get(&mut self, l: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        if l.class().is(&types::types().dict) {
            return Ok(dict::get_str_obj(l, name));
        }
        match p::getitem(self, l, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if err_matches(&e, &types::t().key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn unpack_iter(&mut self, seq: &PyRef, n: usize) -> PyResult<Vec<PyRef>> {
        let it = p::iter(self, seq).map_err(|e| {
            if err_matches(&e, &types::t().type_error) {
                type_error(format!("cannot unpack non-iterable {} object", types::type_name(seq.class())))
            } else {
                e
            }
        })?;
        let mut v = Vec::with_capacity(n);
        while let Some(x) = p::next(self, &it)? {
            v.push(x);
            if v.len() > n {
                return Err(value_error(format!("too many values to unpack (expected {n})")));
            }
        }
        Ok(v)
    }

    /// `LOAD_METHOD`: an unbound function and its receiver when possible.
    pub fn load_method(&mut self, o: &PyRef, name_obj: &PyRef) -> PyResult<(PyRef, Option<PyRef>)> {
        let ty = o.class();
        let td = types::type_data(ty);
        if !matches!(o.payload, Payload::Type(_) | Payload::Super(_)) && td.flags.load(Ordering::Relaxed) & (weft_objects::payload::TF_HAS_GETATTRIBUTE) == 0 {
            if let Some(m) = types::lookup_obj(ty, name_obj) {
                let plain = match &m.payload {
                    Payload::Function(_) => true,
                    Payload::Builtin(b) => b.bound.is_none() && !b.class_method,
                    _ => false,
                };
                if plain {
                    let shadowed = p::instance_dict(o).is_some_and(|d| dict::get_str_obj(d, name_obj).is_some());
                    if !shadowed {
                        return Ok((m, Some(o.clone())));
                    }
                }
            }
        }
        Ok((p::getattr(self, o, name_obj)?, None))
    }

    fn import_from(&mut self, m: &PyRef, name: &str) -> PyResult {
        match p::getattr_opt(self, m, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = p::getattr_opt(self, m, "__name__")?.and_then(|n| pystr::as_str(&n).map(String::from)).unwrap_or_else(|| "?".into());
                let full = format!("{mname}.{name}");
                if let Some(v) = dict::get_str(&self.interp.modules, &full) {
                    return Ok(v);
                }
                let file = p::getattr_opt(self, m, "__file__")?.and_then(|n| pystr::as_str(&n).map(String::from));
                let loc = match file {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".into(),
                };
                let e = err(&types::t().import_error, format!("cannot import name '{name}' from '{mname}'{loc}"));
                if let Some(d) = weft_objects::exceptions::data(&e.0) {
                    weft_objects::exceptions::set_member(d, "name", pystr::new_str(&mname));
                    weft_objects::exceptions::set_member(d, "name_from", pystr::new_str(name));
                }
                Err(e)
            }
        }
    }

    fn import_star(&mut self, m: &PyRef, target: &PyRef) -> PyResult<()> {
        let names: Vec<PyRef> = match p::getattr_opt(self, m, "__all__")? {
            Some(all) => p::collect(self, &all)?,
            None => {
                let d = p::getattr_str(self, m, "__dict__")?;
                dict::keys(&d).into_iter().filter(|k| !pystr::as_str(k).unwrap_or("_").starts_with('_')).collect()
            }
        };
        for n in names {
            let s = pystr::as_str(&n).unwrap_or("").to_string();
            let v = p::getattr_str(self, m, &s)?;
            dict::set_item(self, target, n, v)?;
        }
        Ok(())
    }

    /// Turn the operand of `raise` into an exception instance.
    pub fn make_exception(&mut self, o: &PyRef) -> PyResult {
        if types::is_type(o) {
            if !p::is_exception_type(o) {
                return Err(type_error("exceptions must derive from BaseException"));
            }
            let e = self.call(o, &[], &[])?;
            if !matches!(e.payload, Payload::Exception(_)) {
                return Err(type_error(format!("calling {} should have returned an instance of BaseException, not {}", p::repr_string(self, o)?, types::type_name(e.class()))));
            }
            return Ok(e);
        }
        if matches!(o.payload, Payload::Exception(_)) {
            return Ok(o.clone());
        }
        Err(type_error("exceptions must derive from BaseException"))
    }

    /// Throw `e` into a frame suspended inside a `yield from`/`await` loop
    /// by way of its sub-iterator. Returns `Yield` when the sub-iterator
    /// yielded again (the frame stays suspended); otherwise the frame is
    /// set up to resume (with the sub-iterator's return value, or with an
    /// exception pending) and None is returned.
    fn throw_to_delegate(&mut self, frame: &mut Frame, e: PyErr) -> Option<Delegated> {
        let delegating = match decode_at(&frame.code.code, frame.pc) {
            Some((Op::Jump, target)) => match decode_at(&frame.code.code, target as usize) {
                Some((Op::Send, exit)) => Some(exit),
                _ => None,
            },
            _ => None,
        };
        let (Some(exit), Some(sub)) = (delegating, frame.stack.last().cloned()) else {
            frame.pending_exc = Some(e.0);
            return None;
        };
        if err_matches(&e, &types::t().generator_exit) {
            if let Some(close) = p::getattr_opt(self, &sub, "close").ok().flatten() {
                if let Err(e2) = self.call(&close, &[], &[]) {
                    frame.pending_exc = Some(e2.0);
                    return None;
                }
            }
            frame.pending_exc = Some(e.0);
            return None;
        }
        let r: PyResult<Result<PyRef, PyRef>> = if let Payload::Generator(_) = &sub.payload {
            self.resume_gen(&sub, none(), Some(e))
        } else if crate::coroutine::is_asend(&sub) {
            crate::coroutine::asend_step(self, &sub, none(), Some(e))
        } else {
            match p::getattr_opt(self, &sub, "throw") {
                Ok(Some(throw)) => match self.call(&throw, &[e.0.class().clone(), e.0.clone()], &[]) {
                    Ok(y) => Ok(Ok(y)),
                    Err(e2) if err_matches(&e2, &types::t().stop_iteration) => Ok(Err(stop_value(&e2.0))),
                    Err(e2) => Err(e2),
                },
                Ok(None) => Err(e),
                Err(e2) => Err(e2),
            }
        };
        match r {
            Ok(Ok(y)) => Some(Delegated::Yield(y)),
            Ok(Err(ret)) => {
                frame.stack.pop();
                frame.stack.push(ret);
                frame.pc = exit as usize;
                None
            }
            Err(e2) => {
                frame.pending_exc = Some(e2.0);
                None
            }
        }
    }

    /// Resume a generator; `Ok(Ok(v))` yielded, `Ok(Err(v))` returned.
    pub fn resume_gen(&mut self, gen: &PyRef, value: PyRef, exc: Option<PyErr>) -> PyResult<Result<PyRef, PyRef>> {
        let Payload::Generator(g) = &gen.payload else { return Err(type_error("not a generator")) };
        if g.running.swap(true, Ordering::Acquire) {
            return Err(value_error("generator already executing"));
        }
        let frame = g.frame.lock().take();
        let Some(frame) = frame else {
            g.running.store(false, Ordering::Release);
            if gen.class().is(&types::types().coroutine) {
                return Err(runtime_error("cannot reuse already awaited coroutine"));
            }
            return match exc {
                Some(e) => Err(e),
                None => Ok(Err(none())),
            };
        };
        let mut frame: Box<Frame> = frame.downcast().expect("generator frame");
        if frame.pc == 0 && exc.is_none() && !is_none(&value) {
            *g.frame.lock() = Some(frame);
            g.running.store(false, Ordering::Release);
            return Err(type_error("can't send non-None value to a just-started generator"));
        }
        match exc {
            Some(e) => {
                // Suspended in a `yield from`/`await` loop: the exception
                // goes to the sub-iterator first (PEP 380).
                if let Some(Delegated::Yield(y)) = self.throw_to_delegate(&mut frame, e.clone()) {
                    *g.frame.lock() = Some(frame);
                    g.running.store(false, Ordering::Release);
                    return Ok(Ok(y));
                }
            }
            None => {
                if frame.pc != 0 {
                    frame.stack.push(value);
                }
            }
        }
        let r = self.run_frame(frame);
        g.running.store(false, Ordering::Release);
        match r {
            Ok((v, Some(frame))) => {
                // Relaxed: read only by the thread that frees the generator,
                // after the last reference (and its synchronisation) is gone.
                g.needs_close.store(!frame.blocks.is_empty(), Ordering::Relaxed);
                *g.frame.lock() = Some(frame);
                Ok(Ok(v))
            }
            Ok((v, None)) => {
                g.needs_close.store(false, Ordering::Relaxed);
                Ok(Err(v))
            }
            Err(e) => {
                if err_matches(&e, &types::t().stop_iteration) {
                    let what = if gen.class().is(&types::types().coroutine) { "coroutine" } else { "generator" };
                    let re = err(&types::t().runtime_error, format!("{what} raised StopIteration"));
                    exceptions::set_cause(&re.0, Some(e.0.clone()));
                    exceptions::set_context(&re.0, Some(e.0));
                    return Err(re);
                }
                Err(e)
            }
        }
    }
}

/// Marks an error as a re-raise (no new traceback entry for this frame).
struct PyErrReraise(PyErr, bool);

/// Library modules weft ships as Python whose CPython counterparts are
/// written in C: their frames have no place in a traceback, since CPython's
/// shows none for them (`datetime.date(2020, 13, 1)` reports only the
/// caller's line).
const NATIVE_IN_CPYTHON: &[&str] = &[
    "_codecs", "_operator", "array", "binascii", "bisect", "cmath", "collections", "contextvars", "csv", "datetime",
    "decimal", "functools", "hashlib", "heapq", "io", "itertools", "operator", "pickle", "struct", "time",
];

/// Whether frames of code from `filename` stay out of tracebacks: shipped
/// modules named in [`NATIVE_IN_CPYTHON`].
#[cold]
fn runs_natively_in_cpython(filename: &PyRef) -> bool {
    debug_assert!(NATIVE_IN_CPYTHON.windows(2).all(|w| w[0] < w[1]), "kept sorted for binary_search");
    let Some(name) = pystr::as_str(filename).and_then(|f| f.strip_prefix("<weft>/")) else {
        return false;
    };
    name.strip_suffix(".py").is_some_and(|m| NATIVE_IN_CPYTHON.binary_search(&m).is_ok())
}

/// Tag the error returned by the current instruction as a re-raise (read
/// back by `step` through `take_reraise`).
fn reraise_marker(e: PyErr) -> PyErr {
    RERAISE.with(|r| r.set(true));
    e
}

thread_local! {
    static RERAISE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Take the re-raise tag set by the last failing instruction.
pub(crate) fn take_reraise() -> bool {
    RERAISE.with(|r| r.replace(false))
}

fn stop_value(e: &PyRef) -> PyRef {
    let a = exceptions::args(e);
    tuple::as_slice(&a).and_then(|s| s.first().cloned()).unwrap_or_else(none)
}

/// A special method found on `o`'s type, bound to `o`: functions become
/// methods, descriptors answer `__get__`, other callables stay as they are
/// (CPython calls them without the object).
fn bind(vm: &mut dyn Vm, f: &PyRef, o: &PyRef) -> PyResult<PyRef> {
    Ok(match &f.payload {
        Payload::Function(_) => function::new_method(f.clone(), o.clone()),
        Payload::Builtin(b) if b.bound.is_none() => function::bind_builtin(b, o.clone()),
        Payload::Instance(_) => match types::lookup(f.class(), "__get__") {
            Some(get) => vm.call(&get, &[f.clone(), o.clone(), o.class().clone()], &[])?,
            None => f.clone(),
        },
        _ => f.clone(),
    })
}

fn callable_name(vm: &mut dyn Vm, c: &PyRef) -> String {
    match &c.payload {
        Payload::Function(fd) => format!("{}()", pystr::as_str(&fd.qualname.with(c.mutex(), |q| q.clone())).unwrap_or("?")),
        Payload::Builtin(b) => format!("{}()", b.name),
        Payload::Type(_) => format!("{}()", types::type_name(c)),
        _ => p::repr_string(vm, c).unwrap_or_default(),
    }
}

fn unpack_error(got: usize, n: usize) -> PyErr {
    if got > n {
        value_error(format!("too many values to unpack (expected {n})"))
    } else {
        value_error(format!("not enough values to unpack (expected {n}, got {got})"))
    }
}

/// For a call of a plain user class (metaclass `type`, instances of
/// `object`'s layout, `object.__new__`, not abstract) whose `__init__` is a
/// Python function: that function and a new instance, so the evaluation
/// loop can run `__init__` as one of its own frames (as CPython 3.12+
/// does), keeping the caller visible to `sys._getframe`.
#[inline]
fn plain_init(callable: &PyRef) -> Option<(PyRef, PyRef)> {
    let Payload::Type(td) = &callable.payload else { return None };
    if td.builtin || td.kind != weft_objects::payload::BaseKind::Object || !callable.class().is(&types::types().type_) {
        return None;
    }
    if td.flags.load(Ordering::Relaxed) & weft_objects::payload::TF_ABSTRACT != 0 {
        return None;
    }
    let init = types::lookup(callable, "__init__")?;
    match &init.payload {
        Payload::Function(fd) if fd.code.flags & (CO_GENERATOR | CO_COROUTINE) == 0 => {}
        _ => return None,
    }
    let new = types::lookup(callable, "__new__")?;
    if !matches!(&new.payload, Payload::Builtin(b) if b.owner == "object") {
        return None;
    }
    Some((init, weft_objects::construct::alloc_instance(callable, &[])))
}

/// Inline fast path for int and float arithmetic.
#[inline(always)]
fn fast_binary(a: &PyRef, b: &PyRef, op: u32) -> Option<PyRef> {
    let ty = types::types();
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) if a.class().is(&ty.int) && b.class().is(&ty.int) => {
            let r = match op {
                0 => x.checked_add(*y)?,
                1 => x.checked_sub(*y)?,
                2 => x.checked_mul(*y)?,
                // Floor division and modulo for non-negative operands
                // (Python and Rust agree there).
                5 if *x >= 0 && *y > 0 => x / y,
                6 if *x >= 0 && *y > 0 => x % y,
                10 => x & y,
                11 => x | y,
                12 => x ^ y,
                _ => return None,
            };
            Some(weft_objects::int::new_int(r))
        }
        (Payload::Float(x), Payload::Float(y)) => {
            let r = match op {
                0 => x + y,
                1 => x - y,
                2 => x * y,
                4 if *y != 0.0 => x / y,
                _ => return None,
            };
            Some(weft_objects::float::new_float(r))
        }
        _ => None,
    }
}
