//! Running finalizers queued by `weft_objects::finalize`: `__del__`
//! methods and `close()` of suspended generators, at the evaluator's next
//! safe point on the thread that dropped the last reference.

use crate::state::ThreadState;
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{str as pystr, types, PyRef};

impl ThreadState {
    /// Run every finalizer waiting on this thread (finalizers may free more
    /// objects; those run too). Exceptions they raise are reported on
    /// `sys.stderr` and otherwise ignored, as in CPython.
    #[cold]
    pub fn run_finalizers(&mut self) {
        loop {
            let batch = weft_objects::finalize::take_pending();
            if batch.is_empty() {
                break;
            }
            for o in batch {
                self.finalize_one(&o);
            }
        }
    }

    fn finalize_one(&mut self, o: &PyRef) {
        if let Some(cb) = weft_objects::weakref::take_callback(o) {
            // A weak reference whose target died: call its callback.
            let saved = std::mem::take(&mut self.exc_info);
            let r = self.call(&cb, std::slice::from_ref(o), &[]);
            self.exc_info = saved;
            if let Err(e) = r {
                let head = match p::repr_string(self, &cb) {
                    Ok(r) => format!("Exception ignored while calling weakref callback {r}:\n"),
                    Err(_) => "Exception ignored while calling weakref callback:\n".to_string(),
                };
                let text = head + &crate::traceback::format_exception(self, &e.0);
                self.write_stderr(&text);
            }
            return;
        }
        let (func, what) = match &o.payload {
            Payload::Generator(_) => (types::lookup(o.class(), "close"), "closing generator"),
            _ => (types::lookup(o.class(), "__del__"), "calling deallocator"),
        };
        let Some(func) = func else { return };
        // A finalizer runs between two operations of unrelated code: it must
        // not see or disturb the exception that code is handling.
        let saved = std::mem::take(&mut self.exc_info);
        let r = self.call(&func, std::slice::from_ref(o), &[]);
        self.exc_info = saved;
        if let Err(e) = r {
            let shown = if matches!(o.payload, Payload::Generator(_)) { o.clone() } else { func.clone() };
            let head = match p::repr_string(self, &shown) {
                Ok(r) => format!("Exception ignored while {what} {r}:\n"),
                Err(_) => format!("Exception ignored while {what}:\n"),
            };
            let text = head + &crate::traceback::format_exception(self, &e.0);
            self.write_stderr(&text);
        }
    }

    /// Write to `sys.stderr` (through its buffering, so output stays in
    /// order with what Python code printed).
    pub fn write_stderr(&mut self, text: &str) {
        let Some(sys) = self.interp.extra("sys") else {
            eprint!("{text}");
            return;
        };
        match p::getattr_opt(self, &sys, "stderr") {
            Ok(Some(err)) => {
                if p::call_method(self, &err, "write", &[pystr::new_str(text)]).is_err() {
                    eprint!("{text}");
                }
                let _ = p::call_method(self, &err, "flush", &[]);
            }
            _ => eprint!("{text}"),
        }
    }
}
