//! The cycle collector's tracking sets: the addresses of the container
//! objects the collector starts from (instances of user classes, functions).
//!
//! DESIGN.md asks for per-thread tracking, never one global locked list.
//! Each thread takes a *slot* (a set behind its own mutex) the first time it
//! tracks an object and gives it back when it ends; the slot number is
//! written into the high bits of the object header's `gc_bits`, so the
//! object can be untracked from whichever thread frees it. A thread's own slot lock is
//! uncontended except while a collection reads every slot, or when another
//! thread frees one of its objects. Slots are never freed: a slot given back
//! keeps its addresses and passes to the next thread that starts, so an
//! object's slot number stays valid for its whole life.
//!
//! Like the rest of `sync` this knows only addresses and header words; the
//! collector that walks the objects lives in `objects::gc`.

use crate::brc::{RefWords, GC_SLOT_SHIFT, GC_TRACKED};
use crate::primitive::{lock, AtomicBool, AtomicIsize, AtomicUsize, Mutex, Ordering};
use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Number of tracking slots (what the `gc_bits` above `GC_SLOT_SHIFT` can
/// number). Threads beyond this many at once share slot 0.
#[cfg(not(weft_loom))]
pub const SLOTS: usize = 1 << (8 - GC_SLOT_SHIFT);
/// Number of tracking slots (few under loom, where each is a modeled lock).
#[cfg(weft_loom)]
pub const SLOTS: usize = 4;

/// Hasher for object addresses: a multiplicative mix of the one word
/// (addresses are distinct and 16-byte aligned; SipHash would only cost).
#[derive(Default)]
pub struct AddrHasher(u64);

impl Hasher for AddrHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29);
    }
}

/// Tracked addresses, each with its tracking sequence number in its slot
/// (allocation order, which CPython's finalizers follow).
pub type AddrSet = HashMap<usize, u64, BuildHasherDefault<AddrHasher>>;

/// A slot's tracked objects and the next sequence number.
#[derive(Default)]
struct SlotData {
    set: AddrSet,
    next: u64,
    /// Objects tracked minus objects untracked here, not yet added to
    /// `Slots::pending`.
    since: isize,
}

/// Tracked allocations a slot counts before it adds them to the shared
/// total (keeps the shared counter's cache line cold).
const BATCH: isize = 256;

/// The fewest tracked allocations between two automatic collections.
pub const MIN_THRESHOLD: usize = 10_000;

/// One tracking slot, alone on its cache line so that threads tracking
/// into their own slots do not share lines.
#[repr(align(128))]
struct Slot {
    set: Mutex<SlotData>,
}

struct Slots {
    slots: Vec<Slot>,
    /// Slot numbers no running thread holds (slot 0, the shared one, is
    /// never handed out).
    free: Mutex<Vec<u16>>,
    /// Automatic collection on (`gc.enable`/`gc.disable`).
    enabled: AtomicBool,
    /// Growth of the tracked objects since the last collection: objects
    /// tracked minus objects freed, in `BATCH` steps (as CPython counts,
    /// objects that die young do not bring a collection closer).
    pending: AtomicIsize,
    /// `pending` at which an automatic collection is due: at least
    /// `MIN_THRESHOLD`, and as many as survived the last collection, so the
    /// work of collecting stays proportional to allocation.
    threshold: AtomicUsize,
    /// A collection is running.
    collecting: AtomicBool,
}

crate::weft_registry! {
    static ref TABLE: Slots = Slots {
        slots: (0..SLOTS).map(|_| Slot { set: Mutex::new(SlotData::default()) }).collect(),
        free: Mutex::new((1..SLOTS as u16).rev().collect()),
        enabled: AtomicBool::new(true),
        pending: AtomicIsize::new(0),
        threshold: AtomicUsize::new(MIN_THRESHOLD),
        collecting: AtomicBool::new(false),
    };
}

/// The calling thread's slot number; gives it back when the thread ends.
struct MySlot(Cell<u16>);

impl Drop for MySlot {
    fn drop(&mut self) {
        let n = self.0.get();
        // Under loom the registry may already be gone when thread-locals
        // are destroyed; a model's slots die with its execution anyway.
        if n != 0 && !cfg!(weft_loom) {
            lock(&TABLE.free).push(n);
        }
    }
}

crate::weft_thread_local! {
    static MY_SLOT: MySlot = const { MySlot(Cell::new(0)) };
}

#[cold]
fn take_slot() -> u16 {
    let n = lock(&TABLE.free).pop().unwrap_or(0);
    let _ = MY_SLOT.try_with(|s| s.0.set(n));
    n
}

#[inline]
fn my_slot() -> u16 {
    // A thread tearing down its thread-locals uses the shared slot 0.
    match MY_SLOT.try_with(|s| s.0.get()) {
        Ok(0) => take_slot(),
        Ok(n) => n,
        Err(_) => 0,
    }
}

/// Track the object at `addr` (whose header words are `words`) in the
/// calling thread's slot. Call once, while the object is not yet shared.
/// Returns true when an automatic collection is due.
pub fn track(words: &RefWords, addr: usize) -> bool {
    let n = my_slot();
    let batch = {
        let mut d = lock(&TABLE.slots[n as usize].set);
        let seq = d.next;
        d.next += 1;
        d.set.insert(addr, seq);
        d.since += 1;
        if d.since >= BATCH {
            std::mem::take(&mut d.since)
        } else {
            0
        }
    };
    // Relaxed: the object is not shared yet; whoever frees it reaches it
    // through synchronised hand-offs of references.
    words.gc_bits.fetch_or(GC_TRACKED | ((n as u8) << GC_SLOT_SHIFT), Ordering::Relaxed);
    batch != 0 && batch_due(batch)
}

#[cold]
fn batch_due(batch: isize) -> bool {
    // Relaxed: the counters only pace collections; a stale read delays or
    // advances one by a batch, which is harmless.
    let total = TABLE.pending.fetch_add(batch, Ordering::Relaxed) + batch;
    total >= TABLE.threshold.load(Ordering::Relaxed) as isize && TABLE.enabled.load(Ordering::Relaxed)
}

/// Turn automatic collection on or off.
pub fn set_enabled(on: bool) {
    TABLE.enabled.store(on, Ordering::Relaxed);
}

/// Whether automatic collection is on.
pub fn enabled() -> bool {
    TABLE.enabled.load(Ordering::Relaxed)
}

/// Claim the right to collect; false while another collection runs. Pair
/// with [`end_collection`].
pub fn begin_collection() -> bool {
    // Acquire/Release: one collector at a time; the next one sees the
    // counters the last one reset.
    TABLE.collecting.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_ok()
}

/// End a collection that left `survivors` tracked objects: the next
/// automatic one is due after as many new ones (at least `MIN_THRESHOLD`).
pub fn end_collection(survivors: usize) {
    TABLE.pending.store(0, Ordering::Relaxed);
    TABLE.threshold.store(survivors.max(MIN_THRESHOLD), Ordering::Relaxed);
    TABLE.collecting.store(false, Ordering::Release);
}

/// Growth of the tracked objects since the last collection (`gc.get_count`).
pub fn pending() -> usize {
    TABLE.pending.load(Ordering::Relaxed).max(0) as usize
}

/// Untrack an object being freed (no-op when it was never tracked).
#[inline]
pub fn untrack(words: &RefWords, addr: usize) {
    if words.gc_bits.load(Ordering::Relaxed) & GC_TRACKED != 0 {
        untrack_slow(words, addr);
    }
}

#[cold]
fn untrack_slow(words: &RefWords, addr: usize) {
    let bits = words.gc_bits.fetch_and(!(GC_TRACKED | (u8::MAX << GC_SLOT_SHIFT)), Ordering::Relaxed);
    let n = (bits >> GC_SLOT_SHIFT) as usize;
    let mut d = lock(&TABLE.slots[n % SLOTS].set);
    d.set.remove(&addr);
    d.since -= 1;
    if d.since <= -BATCH {
        let batch = std::mem::take(&mut d.since);
        // Relaxed: pacing only (see `batch_due`).
        TABLE.pending.fetch_add(batch, Ordering::Relaxed);
    }
}

/// Whether the object's header says it is tracked.
pub fn is_tracked(words: &RefWords) -> bool {
    words.gc_bits.load(Ordering::Relaxed) & GC_TRACKED != 0
}

/// Every tracked address, in tracking order within each slot. The
/// collector calls this with the world stopped, so no address in the
/// result is freed while it is used.
pub fn snapshot() -> Vec<usize> {
    let mut out = Vec::new();
    for s in &TABLE.slots {
        let d = lock(&s.set);
        let mut v: Vec<(u64, usize)> = d.set.iter().map(|(&a, &q)| (q, a)).collect();
        v.sort_unstable();
        out.extend(v.into_iter().map(|(_, a)| a));
    }
    out
}

/// Number of tracked objects (a racy sum, for `gc.get_count` and the
/// automatic collection threshold).
pub fn tracked_count() -> usize {
    TABLE.slots.iter().map(|s| lock(&s.set).set.len()).sum()
}
