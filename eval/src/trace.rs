//! `sys.settrace` and `sys.setprofile`: trace and profile functions called
//! with CPython's events.
//!
//! A trace function gets 'call' when a Python frame starts (its result is
//! the frame's local trace function, None for no further events there),
//! then from the local function 'line' before each new line (and after a
//! backward jump), 'return' with the returned (or yielded) value, and
//! 'exception' with `(type, value, traceback)` in each frame an exception
//! reaches. A profile function gets 'call' and 'return' for Python frames
//! (built-in calls, CPython's 'c_call'/'c_return', are not reported).
//! While one of them runs, nothing is traced. The evaluation loop runs an
//! instrumented variant of its instruction loop only while this thread has
//! a function installed, so untraced code pays one flag test per frame
//! switch.

use crate::frame::Frame;
use crate::state::ThreadState;
use weft_objects::vm::*;
use weft_objects::{dict, int, str as pystr, tuple, PyRef};

/// The tracing state of one thread.
#[derive(Default)]
pub struct Tracing {
    /// The global trace function (`sys.settrace`).
    pub trace: Option<PyRef>,
    /// The profile function (`sys.setprofile`).
    pub profile: Option<PyRef>,
    /// A trace or profile function is running.
    pub busy: bool,
}

impl Tracing {
    /// Whether events must be reported now.
    #[inline]
    pub fn active(&self) -> bool {
        (self.trace.is_some() || self.profile.is_some()) && !self.busy
    }
}

/// The events a frame can report.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Call,
    Line,
    Return,
    Exception,
}

impl Event {
    fn name(self) -> &'static str {
        match self {
            Event::Call => "call",
            Event::Line => "line",
            Event::Return => "return",
            Event::Exception => "exception",
        }
    }
}

impl ThreadState {
    /// Report `event` for the innermost of `frames` (whose current line is
    /// `line`) to the profile and trace functions. An error a function
    /// raises uninstalls the trace function and is returned.
    #[cold]
    pub(crate) fn trace_event(&mut self, frames: &mut [Box<Frame>], event: Event, arg: PyRef, line: u32) -> PyResult<()> {
        if !self.tracing.active() {
            return Ok(());
        }
        let profile = self.tracing.profile.clone().filter(|_| matches!(event, Event::Call | Event::Return));
        let tracer = match event {
            Event::Call => self.tracing.trace.clone(),
            _ => frames.last().and_then(|f| f.trace.clone()),
        };
        if profile.is_none() && tracer.is_none() {
            return Ok(());
        }
        self.tracing.busy = true;
        let r = self.trace_calls(frames, event, arg, line, profile, tracer);
        self.tracing.busy = false;
        if r.is_err() {
            self.tracing.trace = None;
            if let Some(f) = frames.last_mut() {
                f.trace = None;
            }
        }
        r
    }

    fn trace_calls(&mut self, frames: &mut [Box<Frame>], event: Event, arg: PyRef, line: u32, profile: Option<PyRef>, tracer: Option<PyRef>) -> PyResult<()> {
        let fo = self.frame_object(frames, 0)?;
        if let Some(d) = weft_objects::protocol::instance_dict(&fo) {
            dict::set_str(d, "f_lineno", int::new_int(line as i64));
            if let Some(t) = frames.last().and_then(|f| f.trace.clone()) {
                dict::set_str(d, "f_trace", t);
            }
        }
        let name = pystr::new_str(event.name());
        if let Some(p) = profile {
            self.call(&p, &[fo.clone(), name.clone(), arg.clone()], &[])?;
        }
        if let Some(t) = tracer {
            let r = self.call(&t, &[fo, name, arg], &[])?;
            if let Some(f) = frames.last_mut() {
                f.trace = if is_none(&r) { None } else { Some(r) };
            }
        }
        Ok(())
    }

    /// 'call' for a frame about to run its first instruction (or resume).
    #[inline]
    pub(crate) fn trace_call(&mut self, frames: &mut [Box<Frame>]) -> PyResult<()> {
        if !self.tracing.active() {
            return Ok(());
        }
        let f = frames.last_mut().unwrap();
        let line = if f.pc == 0 { f.code.firstlineno } else { f.line() };
        if f.pc == 0 {
            f.trace_line = 0;
            f.trace_pc = usize::MAX;
        } else {
            // A resumed generator: no 'line' until it reaches a new line.
            f.trace_line = f.code.line_at(f.pc);
            f.trace_pc = f.pc - 1;
        }
        self.trace_event(frames, Event::Call, none(), line)
    }

    /// 'return' with `value` for the innermost frame.
    #[inline]
    pub(crate) fn trace_return(&mut self, frames: &mut [Box<Frame>], value: &PyRef) -> PyResult<()> {
        if !self.tracing.active() {
            return Ok(());
        }
        let line = frames.last().unwrap().line();
        self.trace_event(frames, Event::Return, value.clone(), line)
    }

    /// 'exception' with `(type, value, traceback)` for the innermost frame.
    #[cold]
    pub(crate) fn trace_exception(&mut self, frames: &mut [Box<Frame>], e: &PyRef) -> PyResult<()> {
        if !self.tracing.active() || frames.last().is_none_or(|f| f.trace.is_none()) {
            return Ok(());
        }
        let tb = weft_objects::protocol::getattr_str(self, e, "__traceback__").unwrap_or_else(|_| none());
        let arg = tuple::new_tuple(vec![e.class().clone(), e.clone(), tb]);
        let line = frames.last().unwrap().line();
        self.trace_event(frames, Event::Exception, arg, line)
    }

    /// 'line' before the instruction at the innermost frame's `pc`, when it
    /// starts a new line or a backward jump landed on it.
    #[inline]
    pub(crate) fn trace_line(&mut self, frames: &mut [Box<Frame>]) -> PyResult<()> {
        let f = frames.last_mut().unwrap();
        if f.trace.is_none() || self.tracing.busy {
            return Ok(());
        }
        // A loop's closing jump is not a line of its own (CPython reports
        // the line the jump lands on).
        if crate::opcode::Op::from_u8(f.code.code[f.pc] as u8) == crate::opcode::Op::Jump {
            f.trace_pc = f.pc;
            return Ok(());
        }
        let line = f.code.line_at(f.pc);
        let jumped_back = f.trace_pc != usize::MAX && f.pc <= f.trace_pc;
        let new_line = line != f.trace_line || jumped_back;
        f.trace_pc = f.pc;
        if !new_line || line == 0 {
            return Ok(());
        }
        f.trace_line = line;
        self.trace_event(frames, Event::Line, none(), line)
    }
}
