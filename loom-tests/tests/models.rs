//! loom models: each would catch a real bug in the primitive it checks.
//!
//! Run with `RUSTFLAGS="--cfg weft_loom" LOOM_MAX_PREEMPTIONS=2 cargo test
//! -p weft-loom-tests --release`.
#![cfg(weft_loom)]

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;
use std::ptr::NonNull;
use weft_sync::brc::{Decref, RefWords};
use weft_sync::{CriticalSection, CriticalSection2, PyMutex};

struct Counter {
    m: PyMutex,
    n: UnsafeCell<usize>,
}
// SAFETY: `n` is only accessed with `m` held (checked by loom's UnsafeCell).
unsafe impl Sync for Counter {}
// SAFETY: as above.
unsafe impl Send for Counter {}

fn bump(c: &Counter) {
    c.m.lock();
    c.n.with_mut(|p| {
        // SAFETY: the PyMutex is held; loom reports any overlapping access.
        unsafe { *p += 1 }
    });
    c.m.unlock();
}

/// Two threads increment under the PyMutex: no lost update, no overlap.
#[test]
fn pymutex_mutual_exclusion() {
    loom::model(|| {
        weft_sync::mutex::loom_set_handoff(false);
        let c = Arc::new(Counter { m: PyMutex::new(), n: UnsafeCell::new(0) });
        let c2 = c.clone();
        let t = thread::spawn(move || bump(&c2));
        bump(&c);
        t.join().unwrap();
        c.m.lock();
        // SAFETY: lock held, other thread joined.
        let n = c.n.with(|p| unsafe { *p });
        c.m.unlock();
        assert_eq!(n, 2);
    });
}

/// A thread that parks on a held lock is woken when it is released (loom
/// reports a deadlock if the wake-up can be lost).
#[test]
fn pymutex_no_lost_wakeup() {
    loom::model(|| {
        weft_sync::mutex::loom_set_handoff(false);
        let c = Arc::new(Counter { m: PyMutex::new(), n: UnsafeCell::new(0) });
        c.m.lock();
        let c2 = c.clone();
        let t = thread::spawn(move || bump(&c2));
        loom::thread::yield_now();
        c.m.unlock();
        t.join().unwrap();
        assert!(!c.m.is_locked());
    });
}

/// With fairness forced on, an unlock hands the lock to the parked waiter
/// directly; the waiter must own it and the state must stay consistent.
#[test]
fn pymutex_handoff() {
    loom::model(|| {
        weft_sync::mutex::loom_set_handoff(true);
        let c = Arc::new(Counter { m: PyMutex::new(), n: UnsafeCell::new(0) });
        let c2 = c.clone();
        let c3 = c.clone();
        let t1 = thread::spawn(move || bump(&c2));
        let t2 = thread::spawn(move || bump(&c3));
        bump(&c);
        t1.join().unwrap();
        t2.join().unwrap();
        c.m.lock();
        // SAFETY: lock held, other threads joined.
        assert_eq!(c.n.with(|p| unsafe { *p }), 3);
        c.m.unlock();
        weft_sync::mutex::loom_set_handoff(false);
    });
}

/// A test object: reference words first, then a freed flag.
#[repr(C)]
struct Obj {
    words: RefWords,
    freed: AtomicBool,
    frees: Arc<AtomicUsize>,
}

/// # Safety
/// `p` points to a live `Obj` whose count reached zero.
unsafe fn free_obj(p: NonNull<RefWords>) {
    // SAFETY: `RefWords` is the first field of the `repr(C)` `Obj`.
    let o = unsafe { p.cast::<Obj>().as_ref() };
    assert!(!o.freed.swap(true, Ordering::SeqCst), "object freed twice");
    o.frees.fetch_add(1, Ordering::SeqCst);
}

struct Handle(NonNull<Obj>);
// SAFETY: the object is shared on purpose; its words are atomic.
unsafe impl Send for Handle {}

impl Handle {
    fn obj(&self) -> &Obj {
        // SAFETY: the object outlives the model (leaked Box).
        unsafe { self.0.as_ref() }
    }
    fn incref(&self) {
        assert!(!self.obj().freed.load(Ordering::SeqCst), "incref after free");
        self.obj().words.incref();
    }
    fn decref(&self) {
        let o = self.obj();
        assert!(!o.freed.load(Ordering::SeqCst), "decref after free");
        let p = NonNull::from(&o.words);
        // SAFETY: `p` is this object's words and `free_obj` frees an `Obj`.
        if unsafe { o.words.decref(p, free_obj) } == Decref::Dealloc {
            // SAFETY: the count reached zero.
            unsafe { free_obj(p) };
        }
    }
}

impl Handle {
    /// Return the test object's memory (after the model checked it).
    fn release_memory(self) {
        // SAFETY: allocated by `new_obj` with `Box`, every thread using it
        // has been joined, and it is released once.
        drop(unsafe { Box::from_raw(self.0.as_ptr()) });
    }
}

fn new_obj(frees: &Arc<AtomicUsize>) -> Handle {
    let b = Box::new(Obj { words: RefWords::new_owned(), freed: AtomicBool::new(false), frees: frees.clone() });
    Handle(NonNull::from(Box::leak(b)))
}

/// Owner and non-owner drop references concurrently; the non-owner's
/// decrement queues the object, the owner merges it: freed exactly once,
/// never while a reference remains.
#[test]
fn brc_owner_and_nonowner() {
    loom::model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let rec = weft_sync::thread::register_current(None);
        let h = new_obj(&frees);
        h.incref(); // one reference for the other thread
        h.incref(); // and one more the other thread increments/decrements
        let h2 = Handle(h.0);
        let t = thread::spawn(move || {
            h2.incref();
            h2.decref();
            h2.decref();
            h2.decref();
            weft_sync::thread::unregister_current();
        });
        h.decref();
        t.join().unwrap();
        weft_sync::brc::merge_queued(&rec);
        assert_eq!(frees.load(Ordering::SeqCst), 1, "freed exactly once");
        weft_sync::thread::unregister_current();
        h.release_memory();
    });
}

/// The owner drops its last local reference while the other thread still
/// holds one: the object becomes merged and the non-owner frees it.
#[test]
fn brc_owner_first_then_nonowner() {
    loom::model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let _rec = weft_sync::thread::register_current(None);
        let h = new_obj(&frees);
        h.incref();
        let h2 = Handle(h.0);
        let t = thread::spawn(move || {
            h2.decref();
            weft_sync::thread::unregister_current();
        });
        h.decref();
        t.join().unwrap();
        let rec = weft_sync::thread::current();
        weft_sync::brc::merge_queued(&rec);
        assert_eq!(frees.load(Ordering::SeqCst), 1);
        weft_sync::thread::unregister_current();
        h.release_memory();
    });
}

/// A weak reference dereferenced on another thread (`try_incref`) while the
/// owner drops the last strong reference: either the dereference wins and
/// the object lives until it lets go, or it fails; freed exactly once.
#[test]
fn brc_try_incref_races_last_decref() {
    loom::model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let rec = weft_sync::thread::register_current(None);
        let h = new_obj(&frees);
        h.obj().words.set_maybe_weakref();
        let h2 = Handle(h.0);
        let t = thread::spawn(move || {
            if h2.obj().words.try_incref() {
                assert!(!h2.obj().freed.load(Ordering::SeqCst), "revived a freed object");
                h2.decref();
            }
            weft_sync::thread::unregister_current();
        });
        h.decref();
        t.join().unwrap();
        weft_sync::brc::merge_queued(&rec);
        assert_eq!(frees.load(Ordering::SeqCst), 1, "freed exactly once");
        weft_sync::thread::unregister_current();
        h.release_memory();
    });
}

/// Two threads take critical sections on (a, b) and (b, a), nested: the
/// inner section suspends the outer one on contention, so no deadlock.
#[test]
fn critical_sections_opposite_order() {
    loom::model(|| {
        let a = Arc::new(PyMutex::new());
        let b = Arc::new(PyMutex::new());
        let (a2, b2) = (a.clone(), b.clone());
        let t = thread::spawn(move || {
            let _x = CriticalSection::new(&b2);
            let _y = CriticalSection::new(&a2);
        });
        {
            let _x = CriticalSection::new(&a);
            let _y = CriticalSection::new(&b);
        }
        t.join().unwrap();
        assert!(!a.is_locked() && !b.is_locked());
    });
}

/// Two-object sections lock in address order whatever the argument order.
#[test]
fn critical_section_pair() {
    loom::model(|| {
        let a = Arc::new(PyMutex::new());
        let b = Arc::new(PyMutex::new());
        let (a2, b2) = (a.clone(), b.clone());
        let t = thread::spawn(move || {
            let _s = CriticalSection2::new(&b2, &a2);
        });
        {
            let _s = CriticalSection2::new(&a, &b);
        }
        t.join().unwrap();
        assert!(!a.is_locked() && !b.is_locked());
    });
}

/// GIL: two attached threads never run at once, and a waiting thread gets
/// the GIL from a holder that answers drop requests.
#[test]
fn gil_handoff() {
    loom::model(|| {
        let gil = Arc::new(weft_sync::gil::Gil::new());
        let inside = Arc::new(AtomicUsize::new(0));
        let run = |gil: Arc<weft_sync::gil::Gil>, inside: Arc<AtomicUsize>| {
            let rec = weft_sync::thread::register_current(Some(gil));
            weft_sync::thread::attach(&rec);
            assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0, "two threads hold the GIL");
            inside.fetch_sub(1, Ordering::SeqCst);
            weft_sync::thread::handle_breaker(&rec);
            weft_sync::thread::detach(&rec);
            weft_sync::thread::unregister_current();
        };
        let (g2, i2) = (gil.clone(), inside.clone());
        let t = thread::spawn(move || run(g2, i2));
        run(gil.clone(), inside.clone());
        t.join().unwrap();
        assert!(gil.holder().is_none());
    });
}

/// Stop-the-world does not wait for a detached thread, and that thread
/// cannot re-attach until the world restarts.
#[test]
fn stop_the_world_with_detached_thread() {
    loom::model(|| {
        let stopped = Arc::new(AtomicBool::new(false));
        let s2 = stopped.clone();
        let (tx, rx) = (Arc::new(AtomicBool::new(false)), ());
        let _ = rx;
        let ready = tx.clone();
        let t = thread::spawn(move || {
            let rec = weft_sync::thread::register_current(None);
            // Starts detached; signal, then try to attach.
            ready.store(true, Ordering::SeqCst);
            weft_sync::thread::attach(&rec);
            assert!(!s2.load(Ordering::SeqCst), "attached during a stop-the-world");
            weft_sync::thread::detach(&rec);
            weft_sync::thread::unregister_current();
        });
        let me = weft_sync::thread::register_current(None);
        weft_sync::thread::attach(&me);
        {
            let _w = weft_sync::thread::stop_the_world();
            stopped.store(true, Ordering::SeqCst);
            loom::thread::yield_now();
            stopped.store(false, Ordering::SeqCst);
        }
        weft_sync::thread::detach(&me);
        t.join().unwrap();
        weft_sync::thread::unregister_current();
    });
}

/// A value read through `qsbr::Published` by an online thread is never freed
/// under it: the writer's retirement waits for the reader's quiescent state
/// (or for it to go offline), and a reader that comes online after the
/// retirement sees nothing.
#[test]
fn qsbr_never_frees_under_a_reader() {
    struct Val {
        alive: Arc<AtomicBool>,
        n: usize,
    }
    impl Drop for Val {
        fn drop(&mut self) {
            self.alive.store(false, Ordering::SeqCst);
        }
    }
    loom::model(|| {
        let alive = Arc::new(AtomicBool::new(true));
        let published = Arc::new(weft_sync::qsbr::Published::<Val>::new());
        published.publish(Box::new(Val { alive: alive.clone(), n: 7 }));
        let (p2, a2) = (published.clone(), alive.clone());
        let reader = thread::spawn(move || {
            let rec = weft_sync::thread::register_current(None);
            weft_sync::thread::attach(&rec);
            let r = p2.read(|v| {
                loom::thread::yield_now();
                assert!(a2.load(Ordering::SeqCst), "freed under a reader");
                v.n
            });
            assert!(matches!(r, None | Some(7)));
            weft_sync::qsbr::quiescent(&rec);
            weft_sync::thread::detach(&rec);
            weft_sync::thread::unregister_current();
        });
        let me = weft_sync::thread::register_current(None);
        weft_sync::thread::attach(&me);
        published.retire();
        assert!(!published.is_set());
        for _ in 0..3 {
            weft_sync::qsbr::quiescent(&me);
            if weft_sync::qsbr::pending() == 0 {
                break;
            }
            loom::thread::yield_now();
        }
        weft_sync::thread::detach(&me);
        reader.join().unwrap();
        // With every thread offline the grace period is over.
        weft_sync::qsbr::poll();
        assert_eq!(weft_sync::qsbr::pending(), 0);
        assert!(!alive.load(Ordering::SeqCst));
        weft_sync::thread::unregister_current();
    });
}

/// A `LeakyCell` read while another thread replaces its value: the reader
/// sees either the old or the new value, complete, and the reference it
/// holds stays valid after the replacement.
#[test]
fn leaky_cell_reader_sees_a_whole_value() {
    loom::model(|| {
        let cell = Arc::new(weft_sync::leaky::LeakyCell::new(vec![1usize, 2, 3]));
        let c2 = cell.clone();
        let reader = thread::spawn(move || {
            let v = c2.get();
            loom::thread::yield_now();
            let sum: usize = v.iter().sum();
            assert!(sum == 6 || sum == 40, "torn value {sum}");
        });
        cell.replace(vec![10, 30]);
        assert_eq!(cell.get().iter().sum::<usize>(), 40);
        reader.join().unwrap();
    });
}

/// Objects tracked by one thread and freed (untracked) by another are
/// found in the tracking sets exactly while they live: a snapshot never
/// lists a freed object and never misses a live one.
#[test]
fn gc_tracking_across_threads() {
    loom::model(|| {
        let a = Arc::new(RefWords::new_owned());
        let b = Arc::new(RefWords::new_owned());
        let addr_a = Arc::as_ptr(&a) as usize;
        let addr_b = Arc::as_ptr(&b) as usize;
        weft_sync::gc_track::track(&a, addr_a);
        let a2 = a.clone();
        let t = thread::spawn(move || {
            weft_sync::gc_track::track(&b, addr_b);
            // Another thread frees an object the main thread tracked.
            weft_sync::gc_track::untrack(&a2, addr_a);
            assert!(!weft_sync::gc_track::is_tracked(&a2));
            b
        });
        let snap = weft_sync::gc_track::snapshot();
        assert!(snap.iter().all(|&x| x == addr_a || x == addr_b));
        let b = t.join().unwrap();
        let snap = weft_sync::gc_track::snapshot();
        assert_eq!(snap, vec![addr_b]);
        weft_sync::gc_track::untrack(&b, addr_b);
        assert!(weft_sync::gc_track::snapshot().is_empty());
    });
}
