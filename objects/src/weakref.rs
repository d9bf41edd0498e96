//! Weak references (`weakref.ref`): a reference that does not keep its
//! target alive, cleared when the target is freed, with an optional
//! callback run afterwards.
//!
//! Records live in `weft_sync::weak`'s table, keyed by the target's
//! address. Dereferencing takes the table lock and adds a reference only
//! if the target's count has not reached zero (`RefWords::try_incref`);
//! freeing a target with `GC_HAS_WEAKREFS` takes the same lock and clears
//! its records before the memory goes, so a dereference either wins (the
//! target lives on) or sees the cleared record. Callbacks are queued like
//! finalizers and run at the freeing thread's next safe point.

use crate::object::{PyObject, PyRef};
use crate::payload::Payload;
use crate::types::{add_method, native, new_native_type, type_name};
use crate::vm::*;
use crate::{int, str as pystr, types};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

/// The data of a weak reference object.
pub struct WeakRef {
    /// The target's address; 0 once the target is gone.
    target: AtomicUsize,
    /// The weak reference object's own address (for callbacks).
    this: AtomicUsize,
    /// Called with the weak reference after the target dies.
    callback: Mutex<Option<PyRef>>,
    /// The target's hash, once computed (`HASH_UNSET` before).
    hash: AtomicI64,
}

const HASH_UNSET: i64 = i64::MIN;

impl Drop for WeakRef {
    fn drop(&mut self) {
        let me = self as *const WeakRef as usize;
        let mut table = weft_sync::weak::table();
        let t = self.target.load(Ordering::Relaxed);
        if t != 0 {
            if let Some(list) = table.get_mut(&t) {
                list.retain(|&r| r != me);
                if list.is_empty() {
                    table.remove(&t);
                }
            }
        }
    }
}

impl WeakRef {
    /// The target, if it is still alive (a new strong reference).
    pub fn get(&self) -> Option<PyRef> {
        let _table = weft_sync::weak::table();
        let t = self.target.load(Ordering::Acquire);
        if t == 0 {
            return None;
        }
        // SAFETY: `t` is a target whose record is in the table; a target
        // clears its records under this lock before its memory is freed,
        // so while we hold the lock the object's memory is valid.
        let obj = unsafe { &*(t as *const PyObject) };
        if obj.header.words.try_incref() {
            // SAFETY: `try_incref` just gave us an owned reference.
            Some(unsafe { PyRef::from_raw(obj) })
        } else {
            None
        }
    }
}

/// Whether `o` can be the target of a weak reference (as in CPython:
/// instances, classes, functions, methods, sets, generators, modules, ...;
/// not ints, strs, tuples, lists, dicts or bytes themselves).
fn weakrefable(o: &PyRef) -> bool {
    match &o.payload {
        Payload::Instance(_) | Payload::Type(_) | Payload::Function(_) | Payload::Method(_) | Payload::Builtin(_) | Payload::Set(..) | Payload::FrozenSet(_) | Payload::Generator(_) | Payload::Module(_) | Payload::Code(_) | Payload::Exception(_) | Payload::Property(_) | Payload::Native(_) => true,
        Payload::Dict(_, Some(_)) => true,
        Payload::List(l) => l.dict().is_some(),
        Payload::Subclass(_) => !matches!(crate::subclass::native(o).payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_)),
        _ => false,
    }
}

fn record(o: &PyRef) -> PyResult<&WeakRef> {
    native::<WeakRef>(o).ok_or_else(|| type_error(format!("descriptor requires a 'weakref.ReferenceType' object but received a '{}'", type_name(o.class()))))
}

/// `weakref.ref(obj, callback=None)` of type `cls`.
pub fn new_ref(cls: &PyRef, target: &PyRef, callback: Option<PyRef>) -> PyResult {
    if !weakrefable(target) || target.header.words.is_immortal() && !matches!(target.payload, Payload::Type(_) | Payload::Function(_) | Payload::Module(_) | Payload::Builtin(_)) {
        return Err(type_error(format!("cannot create weak reference to '{}' object", type_name(target.class()))));
    }
    target.header.words.set_maybe_weakref();
    let addr = target.addr();
    // One plain weak reference per target is shared, as in CPython.
    if callback.is_none() && cls.is(&weakref_type()) {
        let table = weft_sync::weak::table();
        if let Some(list) = table.get(&addr) {
            for &r in list {
                // SAFETY: records in the table are live `WeakRef`s: each
                // removes itself (under this lock) before it is freed.
                let rec = unsafe { &*(r as *const WeakRef) };
                if rec.callback.lock().is_none() {
                    // SAFETY: `this` is the record's object, alive while its
                    // record is in the table (see above).
                    let obj = unsafe { &*(rec.this.load(Ordering::Relaxed) as *const PyObject) };
                    if obj.class().is(cls) && obj.header.words.try_incref() {
                        // SAFETY: `try_incref` gave us an owned reference.
                        return Ok(unsafe { PyRef::from_raw(obj) });
                    }
                }
            }
        }
    }
    let r = PyRef::new(cls, Payload::Native(Box::new(WeakRef { target: AtomicUsize::new(addr), this: AtomicUsize::new(0), callback: Mutex::new(callback), hash: AtomicI64::new(HASH_UNSET) })));
    let rec = native::<WeakRef>(&r).expect("just built");
    rec.this.store(r.addr(), Ordering::Relaxed);
    r.header.words.set_maybe_weakref();
    weft_sync::weak::table().entry(addr).or_default().push(rec as *const WeakRef as usize);
    Ok(r)
}

/// Clear the weak references to an object being freed; the weak reference
/// objects whose callbacks must run are queued for the finalizer runner.
pub(crate) fn clear_dying(obj: &PyObject) {
    let addr = obj as *const PyObject as usize;
    let mut pending = Vec::new();
    {
        let mut table = weft_sync::weak::table();
        let Some(list) = table.remove(&addr) else { return };
        for r in list {
            // SAFETY: records in the table are live (see `new_ref`).
            let rec = unsafe { &*(r as *const WeakRef) };
            rec.target.store(0, Ordering::Release);
            if rec.callback.lock().is_some() {
                // SAFETY: the record's object is alive while its record is
                // in the table; `try_incref` fails if it is being freed.
                let wobj = unsafe { &*(rec.this.load(Ordering::Relaxed) as *const PyObject) };
                if wobj.header.words.try_incref() {
                    // SAFETY: owned reference from `try_incref`.
                    pending.push(unsafe { PyRef::from_raw(wobj) });
                }
            }
        }
    }
    for w in pending {
        crate::finalize::schedule(w);
    }
}

/// The callback of a cleared weak reference, taken (it runs once).
pub fn take_callback(o: &PyRef) -> Option<PyRef> {
    native::<WeakRef>(o).and_then(|r| r.callback.lock().take())
}

/// The `weakref.ref` type (created once per process, immortal).
pub fn weakref_type() -> PyRef {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let addr = *T.get_or_init(|| {
        let t = make_type();
        let a = t.addr();
        std::mem::forget(t);
        a
    });
    // SAFETY: the type is immortal and never freed; `from_obj` adds a
    // (no-op) reference.
    PyRef::from_obj(unsafe { &*(addr as *const PyObject) })
}

fn w_new(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let cls = &a[0];
    let args = &a[1..];
    if !kw.is_empty() && cls.is(&weakref_type()) {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(type_error(format!("__new__ expected at most 2 arguments, got {}", args.len())));
    }
    let callback = args.get(1).filter(|c| !is_none(c)).cloned();
    new_ref(cls, &args[0], callback)
}

fn w_init(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(none())
}

fn w_call(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("weakref", &a[1..], 0, 0)?;
    Ok(record(&a[0])?.get().unwrap_or_else(none))
}

fn w_hash(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let r = record(&a[0])?;
    let h = r.hash.load(Ordering::Relaxed);
    if h != HASH_UNSET {
        return Ok(int::new_int(h));
    }
    let t = r.get().ok_or_else(|| type_error("weak object has gone away"))?;
    let h = crate::protocol::hash(vm, &t)?;
    r.hash.store(h, Ordering::Relaxed);
    Ok(int::new_int(h))
}

fn w_eq(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__eq__", a, 2, 2)?;
    let (Some(x), Some(y)) = (native::<WeakRef>(&a[0]), native::<WeakRef>(&a[1])) else {
        return Ok(not_impl());
    };
    match (x.get(), y.get()) {
        (Some(p), Some(q)) => Ok(bool_obj(crate::protocol::eq(vm, &p, &q)?)),
        _ => Ok(bool_obj(a[0].is(&a[1]))),
    }
}

fn w_ne(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let r = w_eq(vm, a, kw)?;
    if r.is(&not_impl()) {
        return Ok(r);
    }
    Ok(bool_obj(!crate::protocol::truthy(vm, &r)?))
}

fn w_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let r = record(&a[0])?;
    let head = format!("<weakref at {:#x}; ", a[0].addr());
    Ok(pystr::new_string(match r.get() {
        Some(t) => format!("{head}to '{}' at {:#x}>", type_name(t.class()), t.addr()),
        None => format!("{head}dead>"),
    }))
}

fn w_callback(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(record(&a[0])?.callback.lock().clone().unwrap_or_else(none))
}

fn w_class_getitem(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__class_getitem__", a, 2, 2)?;
    Ok(crate::generic_alias::new_alias(a[0].clone(), a[1].clone()))
}

/// Weak references to `o` still alive (`weakref.getweakrefs`).
pub fn refs_to(o: &PyRef) -> Vec<PyRef> {
    let table = weft_sync::weak::table();
    let Some(list) = table.get(&o.addr()) else { return Vec::new() };
    list.iter()
        .filter_map(|&r| {
            // SAFETY: records in the table are live (see `new_ref`).
            let rec = unsafe { &*(r as *const WeakRef) };
            // SAFETY: as in `new_ref`: the record's object is alive while
            // its record is in the table.
            let obj = unsafe { &*(rec.this.load(Ordering::Relaxed) as *const PyObject) };
            // SAFETY: owned reference from `try_incref`.
            obj.header.words.try_incref().then(|| unsafe { PyRef::from_raw(obj) })
        })
        .collect()
}

fn make_type() -> PyRef {
    let t = new_native_type("ReferenceType", "weakref");
    for (n, f) in [("__call__", w_call as NativeFn), ("__hash__", w_hash), ("__eq__", w_eq), ("__ne__", w_ne), ("__repr__", w_repr), ("__init__", w_init)] {
        add_method(&t, n, f);
    }
    let g = crate::function::new_builtin("__callback__", "weakref", w_callback, None);
    crate::types::add_attr(&t, "__callback__", PyRef::new(&types::types().property, Payload::Property(Box::new([g, none(), none(), none()]))));
    crate::types::add_attr(&t, "__new__", crate::function::new_builtin("__new__", "weakref", w_new, None));
    crate::types::add_classmethod(&t, "__class_getitem__", w_class_getitem);
    t
}
