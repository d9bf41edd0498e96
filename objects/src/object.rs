//! The object header and the owned handle [`PyRef`].
//!
//! Every heap object is a `#[repr(C)]` [`PyObject`]: the 32-byte PEP 703
//! header (owner thread id, flags, one-byte mutex, GC bits, local count,
//! shared count, type pointer) followed by its [`Payload`]. A `PyRef` owns one
//! reference: `clone` increments and `drop` decrements with biased counting
//! (`weft_sync::brc`). Freeing goes through a per-thread trashcan so that
//! dropping a deeply nested structure never recurses deeply on the Rust stack.

use crate::payload::Payload;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use weft_sync::brc::{Decref, RefWords};
use weft_sync::PyMutex;

/// The PEP 703 object header: reference words, then the type pointer.
#[repr(C)]
pub struct Header {
    /// Owner id, flags, mutex, GC bits, local and shared counts.
    pub words: RefWords,
    /// The object's type (a strong reference). Written only at creation
    /// and by [`PyObject::replace_class`] while no other thread runs Python.
    ob_type: std::cell::UnsafeCell<PyRef>,
}

const _: () = assert!(std::mem::size_of::<Header>() == 32);

/// A heap object: header then payload.
#[repr(C)]
pub struct PyObject {
    /// The PEP 703 header.
    pub header: Header,
    /// What the object holds.
    pub payload: Payload,
}

/// An owned reference to a Python object.
#[repr(transparent)]
pub struct PyRef(NonNull<PyObject>);

// SAFETY: objects are built for sharing: counts are biased/atomic and every
// mutable payload is behind `Locked`, accessed in critical sections.
unsafe impl Send for PyRef {}
// SAFETY: as above.
unsafe impl Sync for PyRef {}

impl PyRef {
    /// Allocate a new object of type `ty`, owned by the calling thread.
    #[inline(always)]
    pub fn new(ty: &PyRef, payload: Payload) -> PyRef {
        let mut b: Box<std::mem::MaybeUninit<PyObject>> = Box::new_uninit();
        let p = b.as_mut_ptr();
        // SAFETY: `p` is valid for writes and every field is written before
        // the box is treated as initialized. Writing the fields one by one
        // lets the compiler store the payload's variant directly instead of
        // copying a temporary (which stalls on store forwarding).
        unsafe {
            std::ptr::addr_of_mut!((*p).header.words).write(RefWords::new_owned());
            std::ptr::addr_of_mut!((*p).header.ob_type).write(std::cell::UnsafeCell::new(ty.clone()));
            std::ptr::addr_of_mut!((*p).payload).write(payload);
            PyRef(NonNull::new_unchecked(Box::into_raw(b.assume_init())))
        }
    }

    /// A new `int` object holding `v` (of the built-in type `ty`), reusing a
    /// block from this thread's free list when there is one.
    #[inline(always)]
    pub fn new_int_value(ty: &PyRef, v: i64) -> PyRef {
        let raw = Self::number_block(ty);
        // SAFETY: `number_block` returns a block with its header written and
        // its payload uninitialised (or holding a number, which needs no
        // drop); the payload is written here, in place, before use. Writing
        // the literal variant at its destination (not a moved temporary)
        // avoids a stalled 16-byte copy.
        unsafe {
            std::ptr::addr_of_mut!((*raw.as_ptr()).payload).write(Payload::Int(v));
        }
        PyRef(raw)
    }

    /// A new `float` object holding `v` (see [`PyRef::new_int_value`]).
    #[inline(always)]
    pub fn new_float_value(ty: &PyRef, v: f64) -> PyRef {
        let raw = Self::number_block(ty);
        // SAFETY: as in `new_int_value`.
        unsafe {
            std::ptr::addr_of_mut!((*raw.as_ptr()).payload).write(Payload::Float(v));
        }
        PyRef(raw)
    }

    /// A block for a number of type `ty`: from this thread's free list or
    /// freshly allocated, with the header written and the payload not yet.
    #[inline(always)]
    fn number_block(ty: &PyRef) -> NonNull<PyObject> {
        let p = match FREE_NUMBERS.try_with(|f| f.borrow_mut().pop()).ok().flatten() {
            Some(p) => p,
            None => {
                let b: Box<std::mem::MaybeUninit<PyObject>> = Box::new_uninit();
                // SAFETY: `Box::into_raw` never returns null.
                unsafe { NonNull::new_unchecked(Box::into_raw(b).cast::<PyObject>()) }
            }
        };
        let raw = p.as_ptr();
        // SAFETY: `raw` is valid for writes (a fresh allocation of a
        // `PyObject`, or a free-list block allocated as one whose number
        // payload and immortal type need no drop); the header is written
        // here and the caller writes the payload before the object is used.
        unsafe {
            std::ptr::addr_of_mut!((*raw).header.words).write(RefWords::new_owned());
            std::ptr::addr_of_mut!((*raw).header.ob_type).write(std::cell::UnsafeCell::new(ty.clone()));
        }
        p
    }

    /// Allocate an immortal object (never counted, never freed).
    pub fn new_immortal(ty: &PyRef, payload: Payload) -> PyRef {
        let r = PyRef::new(ty, payload);
        r.header.words.make_immortal();
        r
    }

    /// Allocate the immortal object that is its own type (`type`).
    pub fn new_self_typed_immortal(payload: Payload) -> PyRef {
        let mut b: Box<std::mem::MaybeUninit<PyObject>> = Box::new_uninit();
        let p = b.as_mut_ptr();
        // SAFETY: `p` is valid for writes; the type pointer is set to the
        // object itself, which is immortal so that reference is never
        // released; every field is written before `assume_init`.
        unsafe {
            std::ptr::addr_of_mut!((*p).header.words).write(RefWords::new_immortal());
            std::ptr::addr_of_mut!((*p).header.ob_type).write(std::cell::UnsafeCell::new(PyRef(NonNull::new_unchecked(p))));
            std::ptr::addr_of_mut!((*p).payload).write(payload);
            let raw = Box::into_raw(b.assume_init());
            PyRef(NonNull::new_unchecked(raw))
        }
    }

    /// Overwrite the payload of an object that is still being built.
    ///
    /// # Safety
    /// No other thread may reach the object and no reference into its
    /// payload may be live (only the registry bootstrap uses this).
    pub(crate) unsafe fn replace_payload_unshared(&self, p: Payload) {
        // SAFETY: the pointer came from `Box::into_raw`, so it may be
        // written; exclusivity is the caller's contract. The old payload is
        // dropped in place.
        unsafe { *std::ptr::addr_of_mut!((*self.0.as_ptr()).payload) = p };
    }

    /// Make this object immortal (before it is shared).
    pub fn make_immortal(&self) {
        self.header.words.make_immortal();
    }

    /// The object's type.
    #[inline]
    pub fn class(&self) -> &PyRef {
        (**self).class()
    }

    /// Identity comparison (`is`).
    #[inline]
    pub fn is(&self, other: &PyRef) -> bool {
        self.0 == other.0
    }

    /// The address, used as `id()`.
    #[inline]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The header mutex (for critical sections on this object).
    #[inline]
    pub fn mutex(&self) -> &PyMutex {
        &self.header.words.mutex
    }

    /// Current reference count (a racy snapshot).
    pub fn refcount(&self) -> isize {
        self.header.words.count()
    }

    /// Leak the reference as a raw pointer.
    pub fn into_raw(self) -> *const PyObject {
        let p = self.0.as_ptr();
        std::mem::forget(self);
        p
    }

    /// Rebuild a reference from `into_raw`.
    ///
    /// # Safety
    /// `p` must come from `into_raw` and be used once.
    pub unsafe fn from_raw(p: *const PyObject) -> PyRef {
        // SAFETY: forwarded from the caller's contract (non-null, owned).
        PyRef(unsafe { NonNull::new_unchecked(p as *mut PyObject) })
    }

    /// A new owned reference from a borrowed object.
    pub fn from_obj(o: &PyObject) -> PyRef {
        o.header.words.incref();
        PyRef(NonNull::from(o))
    }
}

impl PyObject {
    /// The object's type.
    #[inline]
    pub fn class(&self) -> &PyRef {
        // SAFETY: the type pointer is only written by `replace_class`, with
        // every other thread stopped.
        unsafe { &*self.header.ob_type.get() }
    }

    /// Replace the object's type (`obj.__class__ = ty`). The caller has
    /// checked that both types give instances the same layout.
    ///
    /// Other threads read type pointers without synchronisation, so the
    /// write happens with the world stopped (in the gil build the GIL the
    /// caller holds does the same). The old type is never released: frames
    /// on this thread may still hold borrows into it.
    pub fn replace_class(&self, ty: PyRef) {
        #[cfg(not(feature = "gil"))]
        let _world = weft_sync::thread::stop_the_world();
        // SAFETY: every other thread that runs Python is stopped at a safe
        // point (or waits for the GIL this thread holds), so nothing reads
        // the type pointer concurrently; the old type is moved out whole.
        let old = unsafe { std::ptr::replace(self.header.ob_type.get(), ty) };
        // The old type's reference is deliberately leaked: it stays alive
        // for good, so borrows of it taken before the swap remain valid.
        std::mem::forget(old);
    }
}

impl std::ops::Deref for PyRef {
    type Target = PyObject;
    #[inline]
    fn deref(&self) -> &PyObject {
        // SAFETY: a PyRef owns a reference, so the object is alive.
        unsafe { self.0.as_ref() }
    }
}

impl Clone for PyRef {
    #[inline]
    fn clone(&self) -> PyRef {
        self.header.words.incref();
        PyRef(self.0)
    }
}

impl Drop for PyRef {
    #[inline]
    fn drop(&mut self) {
        let words = &self.header.words;
        // SAFETY: `self.0` is this object and `dealloc` frees a PyObject.
        if unsafe { words.decref(self.0.cast(), dealloc) } == Decref::Dealloc {
            // SAFETY: the count reached zero: this was the last reference.
            unsafe { dealloc(self.0.cast()) }
        }
    }
}

impl std::fmt::Debug for PyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object at {:#x}>", crate::types::type_name(self.class()), self.addr())
    }
}

/// Objects freed deeper than this are deferred to the outermost free.
const TRASHCAN_DEPTH: u32 = 64;

/// Freed number objects kept per thread for reuse (at most this many).
const FREE_NUMBERS_MAX: usize = 1024;

/// A thread's free list of number blocks; returns them to the allocator
/// when the thread ends.
struct FreeNumbers(Vec<NonNull<PyObject>>);

impl FreeNumbers {
    fn pop(&mut self) -> Option<NonNull<PyObject>> {
        self.0.pop()
    }
}

impl Drop for FreeNumbers {
    fn drop(&mut self) {
        for p in self.0.drain(..) {
            // SAFETY: each block is a `Box<PyObject>` allocation holding a
            // number (immortal type, no owned data), owned by this list.
            drop(unsafe { Box::from_raw(p.as_ptr()) });
        }
    }
}

/// Return this thread's free number blocks to the allocator.
pub fn clear_free_numbers() {
    let old = FREE_NUMBERS.try_with(|f| std::mem::take(&mut f.borrow_mut().0));
    if let Ok(v) = old {
        drop(FreeNumbers(v));
    }
}

thread_local! {
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
    static FREE_NUMBERS: RefCell<FreeNumbers> = const { RefCell::new(FreeNumbers(Vec::new())) };
}

/// Free an object whose count reached zero.
///
/// # Safety
/// `p` must point to a `PyObject` allocated by `PyRef::new` with no
/// references left.
pub unsafe fn dealloc(p: NonNull<RefWords>) {
    let p: NonNull<PyObject> = p.cast();
    // SAFETY: from the caller: `p` is a live, unreachable PyObject.
    let obj = unsafe { p.as_ref() };
    if crate::finalize::needs_finalizer(obj) {
        // SAFETY: the count reached zero and the object is not freed yet,
        // so this is the only access to it.
        unsafe { obj.header.words.resurrect() };
        crate::finalize::schedule(PyRef(p));
        return;
    }
    weft_sync::gc_track::untrack(&obj.header.words, p.as_ptr() as usize);
    if obj.header.words.has_weakrefs() {
        crate::weakref::clear_dying(obj);
    }
    if matches!(obj.payload, Payload::Int(_) | Payload::Float(_)) && obj.class().header.words.is_immortal() {
        // Keep the block for the next number: nothing in it needs dropping.
        let kept = FREE_NUMBERS.try_with(|f| {
            let mut f = f.borrow_mut();
            if f.0.len() < FREE_NUMBERS_MAX {
                f.0.push(p);
                true
            } else {
                false
            }
        });
        if kept == Ok(true) {
            return;
        }
    }
    let leaf = matches!(obj.payload, Payload::Int(_) | Payload::Float(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::BigInt(_));
    if leaf {
        // Nothing inside can start a chain of frees: skip the trashcan.
        // SAFETY: from the caller: allocated by `PyRef::new`, unreachable.
        drop(unsafe { Box::from_raw(p.as_ptr()) });
        return;
    }
    let depth = FREE_DEPTH.try_with(|d| d.get()).unwrap_or(0);
    if depth >= TRASHCAN_DEPTH {
        let deferred = DEFERRED.try_with(|v| v.borrow_mut().push(p));
        if deferred.is_ok() {
            return;
        }
    }
    let _ = FREE_DEPTH.try_with(|d| d.set(depth + 1));
    // SAFETY: from the caller: allocated by Box in `PyRef::new`, unreachable.
    drop(unsafe { Box::from_raw(p.as_ptr()) });
    if depth == 0 {
        while let Some(q) = DEFERRED.try_with(|v| v.borrow_mut().pop()).ok().flatten() {
            // SAFETY: deferred pointers met this function's contract when
            // they were pushed and nothing else references them.
            drop(unsafe { Box::from_raw(q.as_ptr()) });
        }
    }
    let _ = FREE_DEPTH.try_with(|d| d.set(depth));
}

#[cfg(test)]
mod size_tests {
    #[test]
    fn header_is_32_bytes_and_payload_is_small() {
        assert_eq!(std::mem::size_of::<super::Header>(), 32);
        assert!(std::mem::size_of::<crate::payload::Payload>() <= 40, "payload is {}", std::mem::size_of::<crate::payload::Payload>());
    }
}
