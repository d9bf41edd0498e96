//! The cycle collector: finds groups of objects that only reference each
//! other (reference cycles no count will ever bring to zero), runs their
//! weak-reference callbacks and finalizers, and breaks the cycles so that
//! reference counting frees them.
//!
//! The algorithm is CPython's (non-generational, as in its free-threaded
//! build), with the world stopped while the graph is read:
//!
//! 1. Candidates: the tracked objects (`weft_sync::gc_track`: instances of
//!    user classes and functions) and every container reachable from them
//!    (lists, dicts, tuples, sets, cells, bound methods, exceptions).
//!    Immortal objects are never candidates: they are never freed, so what
//!    they reference is reachable.
//! 2. For each candidate, its count minus the references it receives from
//!    other candidates ([`crate::traverse`]). What remains comes from
//!    outside (frames, native code, untracked objects): those candidates and
//!    everything they reach are alive; the rest is garbage.
//! 3. With the world running again: clear weak references to the garbage
//!    and run their callbacks, then the finalizers (`__del__`, PEP 442: once
//!    per object).
//! 4. Stop the world again and drop from the garbage whatever a finalizer
//!    made reachable again (resurrection); then clear the containers in the
//!    rest, which breaks every cycle, and release them.
//!
//! A reference that `traverse` reports must be one the object counts; a
//! reference it does not report only makes the collector keep more. If the
//! arithmetic ever goes negative (a reported reference that was not
//! counted), the collection frees nothing.

use crate::object::{PyObject, PyRef};
use crate::payload::Payload;
use std::collections::HashMap;
use std::mem::ManuallyDrop;
use weft_sync::brc::{SharedSnapshot, STATE_QUEUED};
use weft_sync::gc_track::AddrHasher;

type AddrMap = HashMap<usize, usize, std::hash::BuildHasherDefault<AddrHasher>>;

/// Start tracking a new container object (an instance of a user class, a
/// function). Call before the object is shared.
#[inline]
pub fn track(o: &PyRef) {
    if weft_sync::gc_track::track(&o.header.words, o.addr()) {
        weft_sync::thread::request_gc();
    }
}

/// One full collection (`gc.collect()`); returns how many unreachable
/// objects it found, counting an instance's attribute dict with the
/// instance (CPython keeps those inline). Returns 0 at once while another
/// thread collects.
pub fn collect(vm: &mut dyn crate::vm::Vm) -> usize {
    collect_saving(vm, None)
}

/// A collection that, when `save` is given, moves the garbage into it
/// instead of freeing it (`gc.DEBUG_SAVEALL`).
pub fn collect_saving(vm: &mut dyn crate::vm::Vm, save: Option<&mut Vec<PyRef>>) -> usize {
    if !weft_sync::gc_track::begin_collection() {
        return 0;
    }
    let found = collect_claimed(vm, save);
    weft_sync::gc_track::end_collection(weft_sync::gc_track::tracked_count());
    found
}

/// The automatic collection an allocation asked for (skipped while
/// collection is disabled).
pub fn collect_automatic(vm: &mut dyn crate::vm::Vm) {
    if weft_sync::gc_track::enabled() {
        collect(vm);
    }
}

fn collect_claimed(vm: &mut dyn crate::vm::Vm, save: Option<&mut Vec<PyRef>>) -> usize {
    let garbage = find_garbage();
    if garbage.is_empty() {
        return 0;
    }
    let inner: std::collections::HashSet<usize> = garbage
        .iter()
        .filter_map(|o| match &o.payload {
            Payload::Instance(d) => Some(d.addr()),
            Payload::Subclass(s) => Some(s.dict.addr()),
            _ => None,
        })
        .collect();
    let found = garbage.iter().filter(|o| !inner.contains(&o.addr())).count();
    clear_weakrefs(&garbage);
    schedule_finalizers(&garbage);
    vm.drain_finalizers();
    let garbage = still_garbage(garbage);
    if let Some(save) = save {
        save.extend(garbage);
        return found;
    }
    garbage.iter().for_each(clear);
    drop(garbage);
    vm.drain_finalizers();
    found
}

/// Note that `owner` (an instance of a user class) now holds `value`: a
/// plain instance is tracked only from the first time it holds something
/// that can lead back to it (not a number, string, bytes or an immortal
/// object), so instances whose attributes are all atomic cost the
/// collector nothing, as CPython untracks dicts of atomic values.
#[inline]
pub fn note_store(owner: &PyRef, value: &PyRef) {
    if !weft_sync::gc_track::is_tracked(&owner.header.words) && !is_atomic(value) {
        track(owner);
    }
}

/// Track `owner` if it is not yet (its attribute dict was handed out).
#[inline]
pub fn ensure_tracked(owner: &PyRef) {
    if !weft_sync::gc_track::is_tracked(&owner.header.words) {
        track(owner);
    }
}

/// Values that can never lead back to what holds them (a number, string,
/// bytes, None or an immortal object).
#[inline]
pub fn is_atomic(v: &PyObject) -> bool {
    matches!(v.payload, Payload::Int(_) | Payload::Float(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::BigInt(_) | Payload::Complex(..) | Payload::None) || v.header.words.is_immortal()
}

/// Whether the object is tracked (`gc.is_tracked`).
pub fn is_tracked(o: &PyRef) -> bool {
    weft_sync::gc_track::is_tracked(&o.header.words)
}

/// Whether the collector looks inside objects like `o` (and may free them).
fn is_candidate(o: &PyObject) -> bool {
    !o.header.words.is_immortal() && is_container(o)
}

/// Whether `o` is a container the collector walks.
fn is_container(o: &PyObject) -> bool {
    matches!(
            o.payload,
            Payload::Instance(_)
                | Payload::Subclass(_)
                | Payload::List(_)
                | Payload::Dict(..)
                | Payload::Tuple(_)
                | Payload::Set(..)
                | Payload::FrozenSet(_)
                | Payload::Cell(_)
                | Payload::Function(_)
                | Payload::Method(_)
                | Payload::Exception(_)
        )
}

/// What `gc.get_objects` lists: containers, immortal ones included, and
/// the classes and modules that hold the rest.
fn is_listed(o: &PyObject) -> bool {
    is_container(o) || matches!(o.payload, Payload::Type(_) | Payload::Module(_))
}

/// A borrowed handle on a candidate found by address, never released.
///
/// # Safety
/// `addr` must be a live `PyObject` for as long as the handle is used: the
/// world is stopped (nothing is freed) or the collector holds a reference.
unsafe fn borrowed(addr: usize) -> ManuallyDrop<PyRef> {
    // SAFETY: forwarded from the caller: `addr` is a live object; the
    // handle is never dropped, so no count it did not take is released.
    ManuallyDrop::new(unsafe { PyRef::from_raw(addr as *const PyObject) })
}

/// Keeps the other threads stopped while the graph is read. In the `gil`
/// build the GIL the collector holds does that already.
struct World {
    #[cfg(not(feature = "gil"))]
    _stopped: weft_sync::thread::StopTheWorld,
}

fn stop_world() -> World {
    World {
        #[cfg(not(feature = "gil"))]
        _stopped: weft_sync::thread::stop_the_world(),
    }
}

/// The candidate graph: addresses and their positions.
struct Graph {
    addrs: Vec<usize>,
    index: AddrMap,
}

impl Graph {
    fn new() -> Graph {
        Graph { addrs: Vec::new(), index: AddrMap::default() }
    }

    fn add(&mut self, a: usize) -> bool {
        if self.index.contains_key(&a) {
            return false;
        }
        self.index.insert(a, self.addrs.len());
        self.addrs.push(a);
        true
    }

    /// Add every candidate reachable from the ones already present.
    ///
    /// # Safety
    /// The world is stopped and every address present is a live object.
    unsafe fn expand(&mut self, keep: fn(&PyObject) -> bool) {
        let mut i = 0;
        while i < self.addrs.len() {
            // SAFETY: from the caller: present addresses are live, and what
            // a live object references is live while nothing runs.
            let o = unsafe { borrowed(self.addrs[i]) };
            let mut found = Vec::new();
            crate::traverse::traverse(&o, &mut |r| {
                if keep(r) && !self.index.contains_key(&r.addr()) {
                    found.push(r.addr());
                }
            });
            for a in found {
                self.add(a);
            }
            i += 1;
        }
    }

    /// Which candidates are unreachable from outside the graph, given that
    /// the collector itself holds `held` references to each. `None` when a
    /// candidate receives more references from the graph than it counts.
    ///
    /// # Safety
    /// The world is stopped and every address present is a live object.
    unsafe fn unreachable(&self, held: isize) -> Option<Vec<bool>> {
        let n = self.addrs.len();
        let mut refs: Vec<isize> = Vec::with_capacity(n);
        for &a in &self.addrs {
            // SAFETY: from the caller.
            let o = unsafe { borrowed(a) };
            let w = &o.header.words;
            // An object whose shared count waits for its owner to merge it
            // is left alone: its two words do not add up to its count yet.
            if SharedSnapshot(w.shared.load(std::sync::atomic::Ordering::Relaxed)).state() == STATE_QUEUED {
                refs.push(isize::MAX / 2);
            } else {
                refs.push(w.count() - held);
            }
        }
        for &a in &self.addrs {
            // SAFETY: from the caller.
            let o = unsafe { borrowed(a) };
            crate::traverse::traverse(&o, &mut |r| {
                if is_container(r) {
                    if let Some(&j) = self.index.get(&r.addr()) {
                        refs[j] -= 1;
                    }
                }
            });
        }
        if refs.iter().any(|&r| r < 0) {
            return None;
        }
        let mut alive = vec![false; n];
        let mut work: Vec<usize> = (0..n).filter(|&i| refs[i] > 0).collect();
        for &i in &work {
            alive[i] = true;
        }
        while let Some(i) = work.pop() {
            // SAFETY: from the caller.
            let o = unsafe { borrowed(self.addrs[i]) };
            crate::traverse::traverse(&o, &mut |r| {
                if !is_container(r) {
                    return;
                }
                if let Some(&j) = self.index.get(&r.addr()) {
                    if !alive[j] {
                        alive[j] = true;
                        work.push(j);
                    }
                }
            });
        }
        Some(alive.into_iter().map(|a| !a).collect())
    }
}

/// Step 1 and 2: the unreachable objects, each with a reference the
/// collector now holds.
pub fn find_garbage() -> Vec<PyRef> {
    let _world = stop_world();
    let mut g = Graph::new();
    for a in weft_sync::gc_track::snapshot() {
        // SAFETY: tracked objects are untracked before they are freed and
        // the world is stopped, so every tracked address is live.
        let o = unsafe { borrowed(a) };
        if is_candidate(&o) {
            g.add(a);
        }
    }
    // SAFETY: the world is stopped; every address in `g` is live.
    let Some(dead) = (unsafe {
        g.expand(is_candidate);
        g.unreachable(0)
    }) else {
        return Vec::new();
    };
    g.addrs
        .iter()
        .zip(dead)
        .filter(|(_, d)| *d)
        .map(|(&a, _)| {
            // SAFETY: live (world stopped); `from_obj` takes a new count.
            PyRef::from_obj(unsafe { &**borrowed(a) })
        })
        .collect()
}

/// Step 4, first half: keep only what is still unreachable after the
/// finalizers ran (the collector holds one reference to each).
pub fn still_garbage(objs: Vec<PyRef>) -> Vec<PyRef> {
    let world = stop_world();
    let mut g = Graph::new();
    for o in &objs {
        g.add(o.addr());
    }
    // SAFETY: the world is stopped and `objs` holds each object.
    let dead = unsafe { g.unreachable(1) };
    drop(world);
    match dead {
        Some(dead) => objs.into_iter().zip(dead).filter(|(_, d)| *d).map(|(o, _)| o).collect(),
        None => Vec::new(),
    }
}

/// Step 3: clear the weak references to the garbage; the callbacks wait on
/// this thread's finalizer queue.
pub fn clear_weakrefs(objs: &[PyRef]) {
    for o in objs {
        if o.header.words.has_weakrefs() {
            crate::weakref::clear_dying(o);
        }
    }
}

/// Step 3: queue the finalizers of the garbage on this thread (each object
/// is marked finalized first: PEP 442 runs a finalizer once).
pub fn schedule_finalizers(objs: &[PyRef]) {
    for o in objs {
        if crate::finalize::needs_finalizer(o) {
            o.header.words.mark_finalized();
            crate::finalize::schedule(o.clone());
        }
    }
}

/// Step 4, second half: empty a garbage container, releasing what it
/// holds (the values are dropped after its lock is released).
pub fn clear(o: &PyRef) {
    match &o.payload {
        Payload::List(_) => drop(crate::list::with(o, std::mem::take)),
        Payload::Dict(..) => drop(crate::dict::with(o, |d| d.clear())),
        Payload::Set(..) => drop(crate::set::with(o, |d| d.clear())),
        Payload::Cell(_) => crate::function::cell_set(o, None),
        Payload::Function(f) => {
            let d = f.dict.with(o.mutex(), std::mem::take);
            let defaults = f.defaults.with(o.mutex(), std::mem::take);
            drop((d, defaults));
        }
        Payload::Exception(_) => {
            crate::exceptions::set_cause(o, None);
            crate::exceptions::set_context(o, None);
            crate::exceptions::set_traceback(o, Vec::new());
        }
        _ => {}
    }
}

/// The objects `o` references directly (`gc.get_referents`), in CPython's
/// order: sequences from the last item, then the type of an instance of a
/// user class.
pub fn referents(o: &PyRef) -> Vec<PyRef> {
    let mut v = Vec::new();
    crate::traverse::traverse(o, &mut |r| v.push(r.clone()));
    if matches!(o.payload, Payload::List(_) | Payload::Tuple(_)) {
        v.reverse();
    }
    if matches!(o.payload, Payload::Instance(_) | Payload::Subclass(_)) && !o.class().header.words.is_immortal() || matches!(&o.class().payload, Payload::Type(td) if !td.builtin) {
        v.push(o.class().clone());
    }
    v
}

/// Every tracked object and every container reachable from one or from
/// `roots` (`gc.get_objects`), each with a new reference.
pub fn all_objects(roots: &[PyRef]) -> Vec<PyRef> {
    let _world = stop_world();
    let mut g = Graph::new();
    for r in roots {
        g.add(r.addr());
    }
    for a in weft_sync::gc_track::snapshot() {
        g.add(a);
    }
    // SAFETY: the world is stopped; every address in `g` is live (tracked
    // ones as in `find_garbage`, roots held by the caller).
    unsafe { g.expand(is_listed) };
    g.addrs
        .iter()
        .map(|&a| {
            // SAFETY: live while the world is stopped; `clone` counts.
            unsafe { (*borrowed(a)).clone() }
        })
        .collect()
}
