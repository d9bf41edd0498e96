//! Critical sections: per-object locking that cannot deadlock by nesting.
//!
//! A critical section locks one object's [`PyMutex`] (or two, in address
//! order). The thread keeps a stack of its active sections. When it blocks —
//! a contended lock, a detach for I/O, a stop-the-world — every section on
//! the stack is suspended (its mutexes released); when it resumes only the
//! innermost is re-locked, and an outer one is re-locked when the inner ends.
//! Code inside a section therefore never holds a lock while it waits, which
//! is what makes lock-order inversions between objects harmless.
//!
//! In the `gil` build sections compile to nothing: the GIL already
//! serializes every operation they protect.

use crate::mutex::PyMutex;
#[cfg(not(feature = "gil"))]
use std::cell::RefCell;
use std::marker::PhantomData;

#[cfg(not(feature = "gil"))]
struct Entry {
    first: *const PyMutex,
    /// Null for a one-object section.
    second: *const PyMutex,
    active: bool,
}

#[cfg(not(feature = "gil"))]
crate::weft_thread_local! {
    static STACK: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// A critical section on one object; ends when dropped.
#[must_use]
pub struct CriticalSection<'a> {
    _m: PhantomData<&'a PyMutex>,
    /// Sections belong to the thread's stack: not Send.
    _not_send: PhantomData<*const ()>,
}

/// A critical section on two objects; ends when dropped.
#[must_use]
pub struct CriticalSection2<'a> {
    _m: PhantomData<&'a PyMutex>,
    _not_send: PhantomData<*const ()>,
}

impl<'a> CriticalSection<'a> {
    /// Enter a critical section on `m`.
    #[inline]
    pub fn new(m: &'a PyMutex) -> Self {
        #[cfg(not(feature = "gil"))]
        {
            if m.try_lock() {
                STACK.with(|s| s.borrow_mut().push(Entry { first: m, second: std::ptr::null(), active: true }));
            } else {
                begin_slow(m, std::ptr::null());
            }
        }
        #[cfg(feature = "gil")]
        let _ = m;
        CriticalSection { _m: PhantomData, _not_send: PhantomData }
    }
}

impl<'a> CriticalSection2<'a> {
    /// Enter a critical section on `a` and `b` (the same mutex twice is
    /// locked once).
    pub fn new(a: &'a PyMutex, b: &'a PyMutex) -> Self {
        #[cfg(not(feature = "gil"))]
        {
            let (x, y) = order(a, b);
            if x.try_lock() && (y.is_null() || try_lock_ptr(y, x)) {
                STACK.with(|s| s.borrow_mut().push(Entry { first: x, second: y, active: true }));
            } else {
                begin_slow(x, y);
            }
        }
        #[cfg(feature = "gil")]
        let _ = (a, b);
        CriticalSection2 { _m: PhantomData, _not_send: PhantomData }
    }
}

#[cfg(not(feature = "gil"))]
fn order<'a>(a: &'a PyMutex, b: &'a PyMutex) -> (&'a PyMutex, *const PyMutex) {
    let (pa, pb) = (a as *const PyMutex, b as *const PyMutex);
    if pa == pb {
        (a, std::ptr::null())
    } else if pa < pb {
        (a, pb)
    } else {
        (b, pa)
    }
}

/// Try to lock `y` after `x` was taken; on failure unlock `x` again.
#[cfg(not(feature = "gil"))]
fn try_lock_ptr(y: *const PyMutex, x: &PyMutex) -> bool {
    // SAFETY: `y` came from a `&'a PyMutex` borrowed for the section's life.
    if unsafe { &*y }.try_lock() {
        true
    } else {
        x.unlock();
        false
    }
}

#[cfg(not(feature = "gil"))]
#[cold]
fn begin_slow(first: &PyMutex, second: *const PyMutex) {
    // Suspend the outer sections first: waiting while holding them is how
    // lock-order deadlocks happen.
    suspend_all();
    STACK.with(|s| s.borrow_mut().push(Entry { first, second, active: false }));
    resume_top();
}

#[cfg(not(feature = "gil"))]
fn end() {
    let e = STACK.with(|s| s.borrow_mut().pop()).expect("critical section stack underflow");
    if e.active {
        unlock_entry(&e);
    }
    resume_top();
}

#[cfg(not(feature = "gil"))]
fn unlock_entry(e: &Entry) {
    // SAFETY: entry pointers come from `&'a PyMutex` borrows held by live
    // section guards; a guard pops its entry before its borrow ends.
    unsafe {
        if !e.second.is_null() {
            (*e.second).unlock();
        }
        (*e.first).unlock();
    }
}

/// Release the mutexes of every active section of this thread (before the
/// thread blocks).
pub fn suspend_all() {
    #[cfg(not(feature = "gil"))]
    {
        let _ = STACK.try_with(|s| {
            for e in s.borrow_mut().iter_mut().filter(|e| e.active) {
                unlock_entry(e);
                e.active = false;
            }
        });
    }
}

/// Re-lock the innermost section if it is suspended (after the thread
/// resumes).
pub fn resume_top() {
    #[cfg(not(feature = "gil"))]
    {
        let top = STACK.try_with(|s| s.borrow().last().filter(|e| !e.active).map(|e| (e.first, e.second)));
        if let Ok(Some((first, second))) = top {
            // SAFETY: as in `unlock_entry`; locks in the stored address order.
            unsafe {
                (*first).lock();
                if !second.is_null() {
                    (*second).lock();
                }
            }
            STACK.with(|s| {
                if let Some(e) = s.borrow_mut().last_mut() {
                    e.active = true;
                }
            });
        }
    }
}

/// Number of sections on this thread's stack (for tests and assertions).
pub fn depth() -> usize {
    #[cfg(not(feature = "gil"))]
    {
        STACK.with(|s| s.borrow().len())
    }
    #[cfg(feature = "gil")]
    {
        0
    }
}

impl Drop for CriticalSection<'_> {
    #[inline]
    fn drop(&mut self) {
        #[cfg(not(feature = "gil"))]
        end();
    }
}

impl Drop for CriticalSection2<'_> {
    fn drop(&mut self) {
        #[cfg(not(feature = "gil"))]
        end();
    }
}

#[cfg(all(test, not(weft_loom), not(feature = "gil")))]
mod tests {
    use super::*;

    #[test]
    fn nested_sections_suspend_and_resume() {
        let a = PyMutex::new();
        let b = PyMutex::new();
        let outer = CriticalSection::new(&a);
        assert!(a.is_locked());
        suspend_all();
        assert!(!a.is_locked());
        resume_top();
        assert!(a.is_locked());
        {
            let _two = CriticalSection2::new(&b, &a);
            assert!(b.is_locked());
            assert_eq!(depth(), 2);
        }
        assert!(a.is_locked() && !b.is_locked());
        drop(outer);
        assert!(!a.is_locked());
        assert_eq!(depth(), 0);
    }

    #[test]
    fn contended_inner_section_releases_outer() {
        use std::sync::Arc;
        let a = Arc::new(PyMutex::new());
        let b = Arc::new(PyMutex::new());
        // Thread 1 holds b and then wants a; thread 2 holds a and wants b.
        let (a2, b2) = (a.clone(), b.clone());
        let t = std::thread::spawn(move || {
            for _ in 0..2000 {
                let _x = CriticalSection::new(&b2);
                let _y = CriticalSection::new(&a2);
            }
        });
        for _ in 0..2000 {
            let _x = CriticalSection::new(&a);
            let _y = CriticalSection::new(&b);
        }
        t.join().unwrap();
    }
}
