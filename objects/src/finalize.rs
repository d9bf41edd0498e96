//! Finalizers: `__del__` methods and the closing of suspended generators,
//! run when an object's last reference goes (PEP 442 order: once per object).
//!
//! Dropping the last reference happens deep inside Rust code that cannot
//! run Python, so `dealloc` resurrects an object that needs a finalizer,
//! queues it here on the freeing thread and raises that thread's
//! `BREAK_FINALIZE` eval-breaker bit. The evaluator drains the queue at its
//! next safe point (a call or backward jump), runs each finalizer, then
//! drops the reference, which frees the object for good (the `GC_FINALIZED`
//! bit keeps it from being finalized twice).

use crate::object::{PyObject, PyRef};
use crate::payload::{Payload, TF_HAS_DEL};
use std::cell::RefCell;
use std::sync::atomic::Ordering;

thread_local! {
    static PENDING: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
}

/// Whether an object whose count reached zero has a finalizer to run.
#[inline]
pub(crate) fn needs_finalizer(obj: &PyObject) -> bool {
    match &obj.payload {
        Payload::Generator(g) => g.needs_close.load(Ordering::Relaxed) && !obj.header.words.is_finalized(),
        Payload::Instance(_) | Payload::Subclass(_) | Payload::Dict(_, Some(_)) | Payload::Set(_, Some(_)) | Payload::ByteArray(_, Some(_)) | Payload::Exception(_) => {
            let ty = obj.class();
            match &ty.payload {
                Payload::Type(td) => td.flags.load(Ordering::Relaxed) & TF_HAS_DEL != 0 && !obj.header.words.is_finalized(),
                _ => false,
            }
        }
        Payload::List(l) if l.dict().is_some() => {
            let ty = obj.class();
            match &ty.payload {
                Payload::Type(td) => td.flags.load(Ordering::Relaxed) & TF_HAS_DEL != 0 && !obj.header.words.is_finalized(),
                _ => false,
            }
        }
        _ => false,
    }
}

/// Queue a resurrected object for its finalizer on this thread.
pub(crate) fn schedule(o: PyRef) {
    let queued = PENDING.try_with(|p| p.borrow_mut().push(o.clone()));
    if queued.is_ok() {
        weft_sync::thread::request_finalize();
    }
    // Dropping `o` here releases the resurrection reference when the
    // thread is tearing down (the object is then freed without finalizer);
    // otherwise the queue holds its own clone.
    drop(o);
}

/// Take the objects waiting for their finalizers on this thread.
pub fn take_pending() -> Vec<PyRef> {
    PENDING.try_with(|p| std::mem::take(&mut *p.borrow_mut())).unwrap_or_default()
}
