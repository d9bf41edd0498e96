//! `dict`: an insertion-ordered hash table (a dense entry array plus a sparse
//! index table, probed as CPython does).
//!
//! Every access runs in a critical section on the dict's own mutex. Keys
//! whose equality needs Python code (a user `__eq__`) are compared with the
//! section ended: the probe reports the candidate, the caller compares
//! without any lock, and then re-probes; the dict's version detects a
//! mutation made meanwhile.

use crate::object::PyRef;
use crate::payload::{DictIterKind, Payload};
use crate::types::types;
use crate::vm::{check_args, key_error, type_error, KwArgs, PyResult, Vm};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
/// Dicts with at most this many entries keep no index table.
const SMALL: usize = 8;

/// One live entry.
#[derive(Clone)]
pub struct Entry {
    /// Cached hash of the key.
    pub hash: i64,
    /// The key.
    pub key: PyRef,
    /// The value.
    pub value: PyRef,
}

/// The storage of a dict.
#[derive(Default)]
pub struct DictData {
    indices: Vec<u32>,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Bumped on every mutation.
    pub version: u64,
    /// Locked accesses that changed nothing since the last mutation (see
    /// `DictBox::view`).
    locked_reads: u32,
}

impl DictData {
    /// A copy of the table for lock-free readers: it holds its own
    /// references to every key and value, so a reader may clone one without
    /// any check while the copy is published.
    fn snapshot(&self) -> DictData {
        DictData { indices: self.indices.clone(), entries: self.entries.clone(), used: self.used, version: self.version, locked_reads: 0 }
    }
}

/// Result of probing for a key.
pub enum Probe {
    /// Found at entry index.
    Found(usize),
    /// Not present; the index slot where it would go.
    Missing(usize),
    /// The key at this entry has the same hash and needs a Python `__eq__`.
    NeedEq(usize, PyRef),
}

/// Equality that needs no Python code, or None.
#[inline]
pub fn native_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
        (Payload::Int(x), Payload::Int(y)) => Some(x == y),
        (Payload::Float(x), Payload::Float(y)) => Some(x == y),
        // Exact: 2**53 + 1 != 2.0**53 although the int rounds to it.
        (Payload::Int(x), Payload::Float(y)) | (Payload::Float(y), Payload::Int(x)) => {
            Some(y.fract() == 0.0 && *y >= -9223372036854775808.0 && *y < 9223372036854775808.0 && *y as i64 == *x)
        }
        (Payload::BigInt(_), Payload::BigInt(_)) => Some(crate::int::int_cmp(a, b).is_eq()),
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        // None against a built-in value; a user class may define __eq__.
        (Payload::None, _) | (_, Payload::None) if !crate::protocol::is_heap(a) && !crate::protocol::is_heap(b) => Some(false),
        (Payload::Str(_), Payload::Int(_) | Payload::Float(_) | Payload::Tuple(_)) => Some(false),
        (Payload::Int(_) | Payload::Float(_) | Payload::Tuple(_), Payload::Str(_)) => Some(false),
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !native_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Payload::Type(_), Payload::Type(_)) => Some(false),
        (Payload::Instance(_), _) | (_, Payload::Instance(_)) => {
            if crate::protocol::has_default_eq(a) && crate::protocol::has_default_eq(b) {
                Some(false)
            } else {
                None
            }
        }
        (Payload::Function(_), _) | (Payload::Builtin(_), _) | (Payload::Module(_), _) => Some(false),
        _ => None,
    }
}

impl DictData {
    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Probe for `key` with `hash`; entries listed in `unequal` are known
    /// not to match.
    pub fn probe(&self, key: &PyRef, hash: i64, unequal: &[usize]) -> Probe {
        if self.indices.is_empty() {
            // Small dicts have no index table: scan the entries.
            for (ix, e) in self.entries.iter().enumerate() {
                if let Some(e) = e {
                    if e.hash == hash && !unequal.contains(&ix) {
                        match native_eq(&e.key, key) {
                            Some(true) => return Probe::Found(ix),
                            Some(false) => {}
                            None => return Probe::NeedEq(ix, e.key.clone()),
                        }
                    }
                }
            }
            return Probe::Missing(usize::MAX);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing(free.unwrap_or(i));
            }
            if ix == DUMMY {
                free.get_or_insert(i);
            } else {
                let e = self.entries[ix as usize].as_ref().unwrap();
                if e.hash == hash && !unequal.contains(&(ix as usize)) {
                    match native_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => return Probe::NeedEq(ix as usize, e.key.clone()),
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Probe for a `&str` key.
    pub fn probe_str(&self, key: &str, hash: i64) -> Option<usize> {
        if self.indices.is_empty() {
            return self.entries.iter().position(|e| e.as_ref().is_some_and(|e| e.hash == hash && crate::str::as_str(&e.key) == Some(key)));
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = self.entries[ix as usize].as_ref().unwrap();
                if e.hash == hash && crate::str::as_str(&e.key) == Some(key) {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// The entry at index `ix`.
    pub fn entry(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    /// Replace the value at entry `ix`, returning the old one.
    pub fn replace_value(&mut self, ix: usize, v: PyRef) -> PyRef {
        self.version += 1;
        std::mem::replace(&mut self.entries[ix].as_mut().unwrap().value, v)
    }

    /// Insert a new key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: PyRef, value: PyRef) {
        if self.indices.is_empty() {
            if self.entries.len() < SMALL {
                if self.entries.capacity() == 0 {
                    self.entries.reserve_exact(2);
                }
                self.entries.push(Some(Entry { hash, key, value }));
                self.used += 1;
                self.version += 1;
                return;
            }
            self.resize((self.used + 1) * 3);
        } else if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize((self.used + 1) * 3);
        }
        let slot = match self.probe_free(hash) {
            Some(s) => s,
            None => unreachable!(),
        };
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.version += 1;
    }

    fn probe_free(&self, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY || ix == DUMMY {
                return Some(i);
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    fn resize(&mut self, min: usize) {
        let mut size = MIN_SIZE;
        while size < min {
            size <<= 1;
        }
        let old: Vec<Option<Entry>> = std::mem::take(&mut self.entries);
        self.entries = old.into_iter().flatten().map(Some).collect();
        self.indices = vec![EMPTY; size];
        for (n, e) in self.entries.iter().enumerate() {
            let h = e.as_ref().unwrap().hash;
            let s = self.probe_free(h).unwrap();
            self.indices[s] = n as u32;
        }
    }

    /// Remove entry `ix`, returning it.
    pub fn remove_at(&mut self, ix: usize) -> Entry {
        let e = self.entries[ix].take().unwrap();
        if self.indices.is_empty() {
            self.used -= 1;
            self.version += 1;
            if self.used == 0 {
                self.entries.clear();
            }
            return e;
        }
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == ix as u32 {
                self.indices[i] = DUMMY;
                break;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.used -= 1;
        self.version += 1;
        if self.used == 0 {
            self.entries.clear();
            self.indices.clear();
        }
        e
    }

    /// Remove everything, returning the old entries (to drop outside the
    /// critical section).
    pub fn clear(&mut self) -> Vec<Option<Entry>> {
        self.indices.clear();
        self.used = 0;
        self.version += 1;
        std::mem::take(&mut self.entries)
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at or after position `pos` in the entry array, and the
    /// next position.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    /// Remove and return the last entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        Some(self.remove_at(ix))
    }
}

/// A dict's storage plus its published version: the version is updated
/// (Release) at the end of every mutating section, so readers can validate a
/// cached lookup with one load and no lock.
pub struct DictBox {
    /// The entries, guarded by the dict object's mutex.
    pub data: crate::locked::Locked<DictData>,
    /// Copy of `DictData::version` readable without the lock.
    pub version: std::sync::atomic::AtomicU64,
    /// A read view: a frozen copy of the entries that threads look keys up
    /// in without taking the mutex. Built only for a dict that threads
    /// other than its owner read often without writing (a shared table, a
    /// shared instance's attributes, module globals); every mutation
    /// retires it (freed through QSBR once no reader can hold it), so a
    /// reader never sees a stale entry after synchronising with a writer.
    view: weft_sync::qsbr::Published<DictData>,
}

impl DictBox {
    /// Empty storage.
    pub fn new() -> Box<DictBox> {
        Box::new(DictBox { data: crate::locked::Locked::new(DictData::default()), version: std::sync::atomic::AtomicU64::new(0), view: weft_sync::qsbr::Published::new() })
    }
}

/// Lock-free lookup in the dict's read view: `None` when there is no view
/// (or the key needs a Python `__eq__`), so the caller takes the lock;
/// otherwise the entry index and value, if present.
#[inline]
fn view_get(b: &DictBox, key: &PyRef, h: i64) -> Option<Option<(usize, PyRef)>> {
    if cfg!(feature = "gil") {
        return None;
    }
    b.view
        .read(|dd| match dd.probe(key, h, &[]) {
            Probe::Found(ix) => dd.entry(ix).map(|e| Some((ix, e.value.clone()))),
            Probe::Missing(_) => Some(None),
            Probe::NeedEq(..) => None,
        })
        .flatten()
}

/// Locked reads between two mutations after which a dict read by a thread
/// other than its owner gets a read view (the copy costs about as much as
/// that many reads, so rebuilding after every write stays amortised).
#[inline]
fn view_threshold(len: usize) -> u32 {
    (16 + len / 2).min(u32::MAX as usize) as u32
}

#[cold]
fn maybe_build_view(d: &PyRef, b: &DictBox, dd: &mut DictData) {
    dd.locked_reads = 0;
    // Only a dict that other threads read (or an unowned one: module
    // globals, class dicts) is worth a view; its owner alone reads it
    // through an uncontended lock.
    if cfg!(feature = "gil") || d.header.words.tid.load(std::sync::atomic::Ordering::Relaxed) == weft_sync::thread::current_tid() {
        return;
    }
    if !b.view.is_set() {
        b.view.publish(Box::new(dd.snapshot()));
    }
}

/// The published version of a dict (changes on every mutation).
#[inline]
pub fn version(d: &PyRef) -> u64 {
    match &d.payload {
        // Acquire: pairs with the Release store in `with`.
        Payload::Dict(b, _) => b.version.load(std::sync::atomic::Ordering::Acquire),
        _ => 0,
    }
}

/// A new empty dict.
pub fn new_dict() -> PyRef {
    PyRef::new(&types().dict, Payload::Dict(DictBox::new(), None))
}

/// A new dict object of the given (dict) type; used while bootstrapping.
pub fn new_dict_with_type(ty: &PyRef) -> PyRef {
    PyRef::new(ty, Payload::Dict(DictBox::new(), None))
}

/// The storage of a dict object.
#[inline]
pub fn data(d: &PyRef) -> &crate::locked::Locked<DictData> {
    match &d.payload {
        Payload::Dict(b, _) => &b.data,
        _ => panic!("not a dict"),
    }
}

/// Run `f` on the dict's storage in a critical section.
#[inline]
pub fn with<R>(d: &PyRef, f: impl FnOnce(&mut DictData) -> R) -> R {
    let Payload::Dict(b, _) = &d.payload else { panic!("not a dict") };
    b.data.with(d.mutex(), |dd| {
        let before = dd.version;
        let r = f(dd);
        if dd.version != before {
            // Release: a reader that sees the new version sees the change.
            b.version.store(dd.version, std::sync::atomic::Ordering::Release);
            dd.locked_reads = 0;
            b.view.retire();
        } else {
            dd.locked_reads += 1;
            if dd.locked_reads >= view_threshold(dd.used) {
                maybe_build_view(d, b, dd);
            }
        }
        r
    })
}

/// `d[key]` for a `&str` key (no Python code can run).
#[inline]
pub fn get_str(d: &PyRef, key: &str) -> Option<PyRef> {
    let h = crate::str::hash_bytes(key.as_bytes());
    if let Payload::Dict(b, _) = &d.payload {
        if let Some(r) = b.view.read(|dd| dd.probe_str(key, h).map(|ix| dd.entry(ix).unwrap().value.clone())) {
            return r;
        }
    }
    with(d, |dd| dd.probe_str(key, h).map(|ix| dd.entry(ix).unwrap().value.clone()))
}

/// `d[key] = v` for a `&str` key.
pub fn set_str(d: &PyRef, key: &str, v: PyRef) {
    let k = crate::str::new_str(key);
    let h = crate::str::hash_bytes(key.as_bytes());
    let old = with(d, |dd| match dd.probe_str(key, h) {
        Some(ix) => Some(dd.replace_value(ix, v)),
        None => {
            dd.insert_new(h, k, v);
            None
        }
    });
    drop(old);
}

/// Look `key` up, comparing with Python `__eq__` where needed.
pub fn get_item(vm: &mut dyn Vm, d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let h = crate::protocol::hash(vm, key)?;
    get_item_hashed(vm, d, key, h)
}

/// `get_item` with the hash already known.
pub fn get_item_hashed(vm: &mut dyn Vm, d: &PyRef, key: &PyRef, h: i64) -> PyResult<Option<PyRef>> {
    if let Payload::Dict(b, _) = &d.payload {
        if let Some(r) = view_get(b, key, h) {
            return Ok(r.map(|(_, v)| v));
        }
    }
    let mut unequal: Vec<usize> = Vec::new();
    loop {
        let r = with(d, |dd| match dd.probe(key, h, &unequal) {
            Probe::Found(ix) => Ok(Some(dd.entry(ix).unwrap().value.clone())),
            Probe::Missing(_) => Ok(None),
            Probe::NeedEq(ix, k) => Err((ix, k, dd.version)),
        });
        match r {
            Ok(v) => return Ok(v),
            Err((ix, k, ver)) => {
                let eq = crate::protocol::eq(vm, &k, key)?;
                if eq {
                    let v = with(d, |dd| if dd.version == ver { dd.entry(ix).map(|e| e.value.clone()) } else { None });
                    if let Some(v) = v {
                        return Ok(Some(v));
                    }
                    unequal.clear();
                } else {
                    unequal.push(ix);
                }
            }
        }
    }
}

/// Find the entry index of `key` (Python equality), for mutation.
fn find_ix(vm: &mut dyn Vm, d: &PyRef, key: &PyRef, h: i64) -> PyResult<Result<(usize, u64), u64>> {
    let mut unequal: Vec<usize> = Vec::new();
    loop {
        let r = with(d, |dd| match dd.probe(key, h, &unequal) {
            Probe::Found(ix) => Ok(Ok((ix, dd.version))),
            Probe::Missing(_) => Ok(Err(dd.version)),
            Probe::NeedEq(ix, k) => Err((ix, k, dd.version)),
        });
        match r {
            Ok(v) => return Ok(v),
            Err((ix, k, ver)) => {
                if crate::protocol::eq(vm, &k, key)? {
                    return Ok(Ok((ix, ver)));
                }
                unequal.push(ix);
            }
        }
    }
}

/// `d[key] = value`.
pub fn set_item(vm: &mut dyn Vm, d: &PyRef, key: PyRef, value: PyRef) -> PyResult<()> {
    let h = crate::protocol::hash(vm, &key)?;
    set_item_hashed(vm, d, key, h, value)
}

/// `set_item` with the hash known.
pub fn set_item_hashed(vm: &mut dyn Vm, d: &PyRef, key: PyRef, h: i64, value: PyRef) -> PyResult<()> {
    loop {
        // Fast path: everything decided natively inside one section.
        let r = with(d, |dd| match dd.probe(&key, h, &[]) {
            Probe::Found(ix) => Ok(Some(dd.replace_value(ix, value.clone()))),
            Probe::Missing(_) => {
                dd.insert_new(h, key.clone(), value.clone());
                Ok(None)
            }
            Probe::NeedEq(..) => Err(()),
        });
        match r {
            Ok(old) => {
                drop(old);
                return Ok(());
            }
            Err(()) => {
                let found = find_ix(vm, d, &key, h)?;
                let done = with(d, |dd| match found {
                    Ok((ix, ver)) if dd.version == ver => Some(Some(dd.replace_value(ix, value.clone()))),
                    Err(ver) if dd.version == ver => {
                        dd.insert_new(h, key.clone(), value.clone());
                        Some(None)
                    }
                    _ => None,
                });
                if let Some(old) = done {
                    drop(old);
                    return Ok(());
                }
            }
        }
    }
}

/// `del d[key]`; returns the removed value or None when absent.
pub fn del_item(vm: &mut dyn Vm, d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let h = crate::protocol::hash(vm, key)?;
    loop {
        let found = find_ix(vm, d, key, h)?;
        let r = with(d, |dd| match found {
            Ok((ix, ver)) if dd.version == ver => Some(Some(dd.remove_at(ix))),
            Err(ver) if dd.version == ver => Some(None),
            _ => None,
        });
        if let Some(e) = r {
            return Ok(e.map(|e| e.value));
        }
    }
}

/// Number of items.
pub fn len(d: &PyRef) -> usize {
    with(d, |dd| dd.len())
}

/// Snapshot of the items.
pub fn items(d: &PyRef) -> Vec<(PyRef, PyRef)> {
    with(d, |dd| dd.iter().map(|e| (e.key.clone(), e.value.clone())).collect())
}

/// Snapshot of the keys.
pub fn keys(d: &PyRef) -> Vec<PyRef> {
    with(d, |dd| dd.iter().map(|e| e.key.clone()).collect())
}

/// A shallow copy.
pub fn copy(d: &PyRef) -> PyRef {
    let nd = new_dict();
    let entries: Vec<Entry> = with(d, |dd| dd.iter().cloned().collect());
    with(&nd, |n| {
        for e in entries {
            n.insert_new(e.hash, e.key, e.value);
        }
    });
    nd
}

/// `d.update(other)` from another dict or an iterable of pairs / mapping.
pub fn update(vm: &mut dyn Vm, d: &PyRef, other: &PyRef) -> PyResult<()> {
    if let Payload::Dict(..) = &other.payload {
        for (k, v) in items(other) {
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    if crate::protocol::getattr_opt(vm, other, "keys")?.is_some() {
        let keys = crate::protocol::call_method(vm, other, "keys", &[])?;
        for k in crate::protocol::collect(vm, &keys)? {
            let v = crate::protocol::getitem(vm, other, &k)?;
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    let it = crate::protocol::iter(vm, other)?;
    let mut n = 0;
    while let Some(item) = crate::protocol::next(vm, &it)? {
        let pair = crate::protocol::collect(vm, &item).map_err(|_| {
            type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
        })?;
        if pair.len() != 2 {
            return Err(crate::vm::value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        set_item(vm, d, p.next().unwrap(), p.next().unwrap())?;
        n += 1;
    }
    Ok(())
}

fn m_get(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("get", &a[1..], 1, 2)?;
    Ok(get_item(vm, &a[0], &a[1])?.unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(crate::vm::none)))
}
fn m_setdefault(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("setdefault", &a[1..], 1, 2)?;
    if let Some(v) = get_item(vm, &a[0], &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or_else(crate::vm::none);
    set_item(vm, &a[0], a[1].clone(), v.clone())?;
    Ok(v)
}
fn m_pop(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("pop", &a[1..], 1, 2)?;
    match del_item(vm, &a[0], &a[1])? {
        Some(v) => Ok(v),
        None => a.get(2).cloned().ok_or_else(|| key_error(a[1].clone())),
    }
}
fn m_popitem(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("dict", "popitem", a, kw)?;
    match with(&a[0], |dd| dd.pop_last()) {
        Some(e) => Ok(crate::tuple::new_tuple(vec![e.key, e.value])),
        None => Err(key_error(crate::str::new_str("popitem(): dictionary is empty"))),
    }
}
fn m_keys(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("dict", "keys", a, kw)?;
    Ok(PyRef::new(&types().dict_keys, Payload::DictView(a[0].clone(), DictIterKind::Keys)))
}
fn m_values(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("dict", "values", a, kw)?;
    Ok(PyRef::new(&types().dict_values, Payload::DictView(a[0].clone(), DictIterKind::Values)))
}
fn m_items(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("dict", "items", a, kw)?;
    Ok(PyRef::new(&types().dict_items, Payload::DictView(a[0].clone(), DictIterKind::Items)))
}
fn m_clear(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("dict", "clear", a, kw)?;
    let old = with(&a[0], |dd| dd.clear());
    drop(old);
    Ok(crate::vm::none())
}
fn m_copy(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("dict", "copy", a, kw)?;
    Ok(copy(&a[0]))
}
fn m_update(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_args("update", &a[1..], 0, 1)?;
    if let Some(o) = a.get(1) {
        update(vm, &a[0], o)?;
    }
    for (k, v) in kw {
        set_item(vm, &a[0], k.clone(), v.clone())?;
    }
    Ok(crate::vm::none())
}
fn m_fromkeys(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("fromkeys", &a[1..], 1, 2)?;
    let d = new_dict();
    let v = a.get(2).cloned().unwrap_or_else(crate::vm::none);
    for k in crate::protocol::collect(vm, &a[1])? {
        set_item(vm, &d, k, v.clone())?;
    }
    Ok(d)
}

/// Install the methods of `dict`.
pub fn register() {
    let t = &types().dict;
    use crate::types::add_method as m;
    m(t, "get", m_get);
    m(t, "setdefault", m_setdefault);
    m(t, "pop", m_pop);
    m(t, "popitem", m_popitem);
    m(t, "keys", m_keys);
    m(t, "values", m_values);
    m(t, "items", m_items);
    m(t, "clear", m_clear);
    m(t, "copy", m_copy);
    m(t, "update", m_update);
    m(t, "__ior__", m_ior);
    crate::types::add_classmethod(t, "fromkeys", m_fromkeys);
    for view in [&types().dict_keys, &types().dict_items] {
        m(view, "isdisjoint", view_isdisjoint);
    }
}

/// `d.__ior__(other)`: `d |= other` (any mapping or iterable of pairs).
fn m_ior(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_args("__ior__", &a[1..], 1, 1)?;
    m_update(vm, a, kw)?;
    Ok(a[0].clone())
}

/// `view.isdisjoint(iterable)` for key and item views.
fn view_isdisjoint(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args(&format!("{}.isdisjoint", crate::types::type_name(a[0].class())), &a[1..], 1, 1)?;
    let it = crate::protocol::iter(vm, &a[1])?;
    while let Some(x) = crate::protocol::next(vm, &it)? {
        if crate::protocol::contains(vm, &a[0], &x)? {
            return Ok(crate::vm::bool_obj(false));
        }
    }
    Ok(crate::vm::bool_obj(true))
}

/// `d[key]` for a `str` object key (uses its cached hash); falls back to
/// None when a non-str key with the same hash would need Python equality.
#[inline]
pub fn get_str_obj(d: &PyRef, key: &PyRef) -> Option<PyRef> {
    get_str_obj_ix(d, key).map(|(_, v)| v)
}

/// `d[key]` for a `str` object key with the entry index it was found at.
pub fn get_str_obj_ix(d: &PyRef, key: &PyRef) -> Option<(usize, PyRef)> {
    let h = crate::str::as_pystr(key)?.hash();
    if let Payload::Dict(b, _) = &d.payload {
        if let Some(r) = view_get(b, key, h) {
            return r;
        }
    }
    with(d, |dd| match dd.probe(key, h, &[]) {
        Probe::Found(ix) => dd.entry(ix).map(|e| (ix, e.value.clone())),
        _ => None,
    })
}

/// The value at entry `ix` if the key there is `key` itself (identity):
/// the current binding of a name whose entry position is known.
pub fn value_at_if_key(d: &PyRef, ix: usize, key: &PyRef) -> Option<PyRef> {
    let Payload::Dict(b, _) = &d.payload else { return None };
    if let Some(r) = b.view.read(|dd| dd.entry(ix).filter(|e| e.key.is(key)).map(|e| e.value.clone())) {
        return r;
    }
    with(d, |dd| dd.entry(ix).filter(|e| e.key.is(key)).map(|e| e.value.clone()))
}

/// `d[key] = v` for a `str` object key (uses its cached hash; the key is
/// only cloned when inserted).
pub fn set_str_obj(d: &PyRef, key: &PyRef, v: PyRef) {
    let Some(ps) = crate::str::as_pystr(key) else { return };
    let h = ps.hash();
    let old = with(d, |dd| match dd.probe(key, h, &[]) {
        Probe::Found(ix) => Some(dd.replace_value(ix, v)),
        _ => {
            if let Some(ix) = dd.probe_str(ps.as_str(), h) {
                return Some(dd.replace_value(ix, v));
            }
            dd.insert_new(h, key.clone(), v);
            None
        }
    });
    drop(old);
}
