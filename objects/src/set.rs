//! `set` and `frozenset`: an open-addressing table probed as CPython's
//! (linear probes, then perturbation), so iteration order matches CPython's
//! for the same insertions.
//!
//! As with dict, keys needing Python `__eq__` are compared outside the
//! critical section and re-probed.

use crate::dict::native_eq;
use crate::locked::Locked;
use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::types;
use crate::vm::{check_args, key_error, type_error, KwArgs, PyResult, Vm};

const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, PyRef),
}

/// The storage of a set.
#[derive(Clone)]
pub struct SetData {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    /// Bumped on every mutation.
    pub version: u64,
}

impl Default for SetData {
    fn default() -> Self {
        SetData { table: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0, version: 0 }
    }
}

enum Probe {
    Found(usize),
    Missing(usize),
    NeedEq(usize, PyRef),
}

impl SetData {
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }
    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn probe(&self, key: &PyRef, hash: i64, unequal: &[usize]) -> Probe {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return Probe::Missing(free.unwrap_or(j)),
                    Slot::Dummy => {
                        free.get_or_insert(j);
                    }
                    Slot::Full(h, k) => {
                        if *h == hash && !unequal.contains(&j) {
                            match native_eq(k, key) {
                                Some(true) => return Probe::Found(j),
                                Some(false) => {}
                                None => return Probe::NeedEq(j, k.clone()),
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn insert_at(&mut self, slot: usize, hash: i64, key: PyRef) {
        if matches!(self.table[slot], Slot::Empty) {
            self.fill += 1;
        }
        self.table[slot] = Slot::Full(hash, key);
        self.used += 1;
        self.version += 1;
        if self.fill * 5 >= (self.table.len() - 1) * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        let mask = size - 1;
        for s in old {
            if let Slot::Full(h, k) = s {
                let mut perturb = h as u64;
                let mut i = (h as u64 as usize) & mask;
                'outer: loop {
                    let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                    for j in i..=i + probes {
                        if matches!(self.table[j], Slot::Empty) {
                            self.table[j] = Slot::Full(h, k);
                            break 'outer;
                        }
                    }
                    perturb >>= 5;
                    i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
                }
            }
        }
    }

    fn remove_slot(&mut self, j: usize) -> PyRef {
        let old = std::mem::replace(&mut self.table[j], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        match old {
            Slot::Full(_, k) => k,
            _ => unreachable!(),
        }
    }

    /// Elements in table order.
    pub fn iter(&self) -> impl Iterator<Item = &PyRef> {
        self.table.iter().filter_map(|s| if let Slot::Full(_, k) = s { Some(k) } else { None })
    }

    /// Elements with their hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &PyRef)> {
        self.table.iter().filter_map(|s| if let Slot::Full(h, k) = s { Some((*h, k)) } else { None })
    }

    /// The element at or after table position `pos`, and the next position.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &PyRef)> {
        while pos < self.table.len() {
            if let Slot::Full(_, k) = &self.table[pos] {
                return Some((pos + 1, k));
            }
            pos += 1;
        }
        None
    }

    /// Remove and return an arbitrary element (CPython's finger order).
    pub fn pop(&mut self) -> Option<PyRef> {
        if self.used == 0 {
            return None;
        }
        let mask = self.table.len() - 1;
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Full(..)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        Some(self.remove_slot(i))
    }

    /// Remove everything; returns the old table to drop outside the section.
    pub fn clear(&mut self) -> SetData {
        std::mem::take(self)
    }

    /// Insert natively-comparable elements known to hash to `hash`
    /// (used when building from another set).
    pub fn add_hashed_native(&mut self, hash: i64, key: PyRef) -> bool {
        match self.probe(&key, hash, &[]) {
            Probe::Found(_) => false,
            Probe::Missing(s) => {
                self.insert_at(s, hash, key);
                true
            }
            Probe::NeedEq(..) => {
                // Elements from a set are distinct already: only called with
                // keys from another set, where equal keys cannot both exist.
                let s = self.probe_free(hash);
                self.insert_at(s, hash, key);
                true
            }
        }
    }

    fn probe_free(&self, hash: i64) -> usize {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                if !matches!(self.table[j], Slot::Full(..)) {
                    return j;
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// The storage of a set or frozenset object.
pub fn with<R>(s: &PyRef, f: impl FnOnce(&mut SetData) -> R) -> R {
    match &s.payload {
        Payload::Set(l, _) => l.with(s.mutex(), f),
        Payload::FrozenSet(d) => {
            let mut c = (**d).clone();
            f(&mut c)
        }
        _ => panic!("not a set"),
    }
}

/// Read the storage of a set or frozenset.
pub fn read<R>(s: &PyRef, f: impl FnOnce(&SetData) -> R) -> R {
    match &s.payload {
        Payload::Set(l, _) => l.with(s.mutex(), |d| f(d)),
        Payload::FrozenSet(d) => f(d),
        _ => panic!("not a set"),
    }
}

/// Whether `o` is a set or frozenset.
pub fn is_anyset(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Set(..) | Payload::FrozenSet(_))
}

/// A new empty set.
pub fn new_set() -> PyRef {
    PyRef::new(&types().set, Payload::Set(Box::new(Locked::new(SetData::default())), None))
}

/// A new frozenset from storage.
pub fn new_frozenset(d: SetData) -> PyRef {
    PyRef::new(&types().frozenset, Payload::FrozenSet(Box::new(d)))
}

/// Find `key`: Ok(Some(slot)) when present.
fn find(vm: &mut dyn Vm, s: &PyRef, key: &PyRef, h: i64) -> PyResult<(Option<usize>, usize, u64)> {
    let mut unequal = Vec::new();
    loop {
        let r = read(s, |d| match d.probe(key, h, &unequal) {
            Probe::Found(j) => Ok((Some(j), j, d.version)),
            Probe::Missing(j) => Ok((None, j, d.version)),
            Probe::NeedEq(j, k) => Err((j, k)),
        });
        match r {
            Ok(v) => return Ok(v),
            Err((j, k)) => {
                if crate::protocol::eq(vm, &k, key)? {
                    let ver = read(s, |d| d.version);
                    return Ok((Some(j), j, ver));
                }
                unequal.push(j);
            }
        }
    }
}

/// `key in s`.
pub fn contains(vm: &mut dyn Vm, s: &PyRef, key: &PyRef) -> PyResult<bool> {
    let (key, h) = lookup_key(vm, key)?;
    Ok(find(vm, s, &key, h)?.0.is_some())
}

/// A key to look up and its hash: a (mutable, unhashable) set stands for
/// the frozenset of its items, as in CPython's `in`, `discard` and
/// `remove`.
fn lookup_key(vm: &mut dyn Vm, key: &PyRef) -> PyResult<(PyRef, i64)> {
    match crate::protocol::hash(vm, key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if matches!(key.payload, Payload::Set(..)) && crate::vm::err_matches(&e, &crate::types::t().type_error) => {
            let frozen = new_frozenset(read(key, |d| d.clone()));
            let h = crate::protocol::hash(vm, &frozen)?;
            Ok((frozen, h))
        }
        Err(e) => Err(e),
    }
}

/// `s.add(key)` on a set (or a frozenset under construction).
pub fn add(vm: &mut dyn Vm, s: &PyRef, key: PyRef) -> PyResult<()> {
    let h = crate::protocol::hash(vm, &key)?;
    add_hashed(vm, s, key, h)
}

fn add_hashed(vm: &mut dyn Vm, s: &PyRef, key: PyRef, h: i64) -> PyResult<()> {
    let Payload::Set(l, _) = &s.payload else { return Err(type_error("frozenset is immutable")) };
    loop {
        let r = l.with(s.mutex(), |d| match d.probe(&key, h, &[]) {
            Probe::Found(_) => Ok(()),
            Probe::Missing(j) => {
                d.insert_at(j, h, key.clone());
                Ok(())
            }
            Probe::NeedEq(..) => Err(()),
        });
        if r.is_ok() {
            return Ok(());
        }
        let (found, slot, ver) = find(vm, s, &key, h)?;
        if found.is_some() {
            return Ok(());
        }
        let done = l.with(s.mutex(), |d| {
            if d.version == ver {
                d.insert_at(slot, h, key.clone());
                true
            } else {
                false
            }
        });
        if done {
            return Ok(());
        }
    }
}

/// Remove `key`; returns whether it was present.
pub fn discard(vm: &mut dyn Vm, s: &PyRef, key: &PyRef) -> PyResult<bool> {
    let (key, h) = lookup_key(vm, key)?;
    let Payload::Set(l, _) = &s.payload else { return Err(type_error("frozenset is immutable")) };
    loop {
        let (found, _, ver) = find(vm, s, &key, h)?;
        let Some(j) = found else { return Ok(false) };
        let r = l.with(s.mutex(), |d| if d.version == ver { Some(d.remove_slot(j)) } else { None });
        if let Some(k) = r {
            drop(k);
            return Ok(true);
        }
    }
}

/// Snapshot of the elements.
pub fn elements(s: &PyRef) -> Vec<PyRef> {
    read(s, |d| d.iter().cloned().collect())
}

/// Build a set's storage from any iterable.
pub fn from_iterable(vm: &mut dyn Vm, it: &PyRef) -> PyResult<PyRef> {
    let s = new_set();
    if is_anyset(it) {
        let items: Vec<(i64, PyRef)> = read(it, |d| d.iter_hashed().map(|(h, k)| (h, k.clone())).collect());
        with(&s, |d| {
            for (h, k) in items {
                d.add_hashed_native(h, k);
            }
        });
        return Ok(s);
    }
    if let Payload::Dict(..) = &it.payload {
        for k in crate::dict::keys(it) {
            add(vm, &s, k)?;
        }
        return Ok(s);
    }
    let iter = crate::protocol::iter(vm, it)?;
    while let Some(x) = crate::protocol::next(vm, &iter)? {
        add(vm, &s, x)?;
    }
    Ok(s)
}

/// Convert a finished set into a frozenset.
pub fn freeze(s: PyRef) -> PyRef {
    let d = with(&s, |d| d.clone());
    new_frozenset(d)
}

fn same_kind(a: &PyRef, d: SetData) -> PyRef {
    if matches!(a.payload, Payload::FrozenSet(_)) {
        new_frozenset(d)
    } else {
        PyRef::new(&types().set, Payload::Set(Box::new(Locked::new(d)), None))
    }
}

fn to_set(vm: &mut dyn Vm, o: &PyRef) -> PyResult<PyRef> {
    if is_anyset(o) {
        Ok(o.clone())
    } else {
        from_iterable(vm, o)
    }
}

/// `a | b` etc. with `b` any iterable (method form) or a set (operator form).
pub fn union(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let r = from_iterable(vm, a)?;
    let items: Vec<PyRef> = if is_anyset(b) { elements(b) } else { crate::protocol::collect(vm, b)? };
    for k in items {
        add(vm, &r, k)?;
    }
    let d = with(&r, |d| d.clone());
    Ok(same_kind(a, d))
}
/// Intersection (iterating the smaller set, as CPython does).
pub fn intersection(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let r = new_set();
    if is_anyset(b) {
        let (small, large) = if read(a, |d| d.len()) > read(b, |d| d.len()) { (b, a) } else { (a, b) };
        for k in elements(small) {
            if contains(vm, large, &k)? {
                add(vm, &r, k)?;
            }
        }
    } else {
        for k in crate::protocol::collect(vm, b)? {
            if contains(vm, a, &k)? {
                add(vm, &r, k)?;
            }
        }
    }
    let d = with(&r, |d| d.clone());
    Ok(same_kind(a, d))
}
/// Difference.
pub fn difference(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let b = to_set(vm, b)?;
    let r = new_set();
    for k in elements(a) {
        if !contains(vm, &b, &k)? {
            add(vm, &r, k)?;
        }
    }
    let d = with(&r, |d| d.clone());
    Ok(same_kind(a, d))
}
/// Symmetric difference: a copy of `b` updated with `a`'s elements, as
/// CPython builds it (which decides the iteration order).
pub fn symmetric_difference(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let r = from_iterable(vm, b)?;
    for k in elements(a) {
        if !discard(vm, &r, &k)? {
            add(vm, &r, k)?;
        }
    }
    let d = with(&r, |d| d.clone());
    Ok(same_kind(a, d))
}
/// `a <= b`.
pub fn issubset(vm: &mut dyn Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let b = to_set(vm, b)?;
    if read(a, |d| d.len()) > read(&b, |d| d.len()) {
        return Ok(false);
    }
    for k in elements(a) {
        if !contains(vm, &b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn m_add(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("set.add", &a[1..], 1, 1)?;
    add(vm, &a[0], a[1].clone())?;
    Ok(crate::vm::none())
}
fn m_discard(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("set.discard", &a[1..], 1, 1)?;
    discard(vm, &a[0], &a[1])?;
    Ok(crate::vm::none())
}
fn m_remove(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("set.remove", &a[1..], 1, 1)?;
    if !discard(vm, &a[0], &a[1])? {
        return Err(key_error(a[1].clone()));
    }
    Ok(crate::vm::none())
}
fn m_pop(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args(if crate::types::isinstance(&a[0], &crate::types::types().frozenset) { "frozenset" } else { "set" }, "pop", a, kw)?;
    with(&a[0], |d| d.pop()).ok_or_else(|| key_error(crate::str::new_str("pop from an empty set")))
}
fn m_clear(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args(if crate::types::isinstance(&a[0], &crate::types::types().frozenset) { "frozenset" } else { "set" }, "clear", a, kw)?;
    let old = with(&a[0], |d| d.clear());
    drop(old);
    Ok(crate::vm::none())
}
fn m_copy(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args(if crate::types::isinstance(&a[0], &crate::types::types().frozenset) { "frozenset" } else { "set" }, "copy", a, kw)?;
    let d = read(&a[0], |d| d.clone());
    Ok(same_kind(&a[0], d))
}
fn multi(vm: &mut dyn Vm, a: &[PyRef], f: fn(&mut dyn Vm, &PyRef, &PyRef) -> PyResult) -> PyResult {
    let mut r = m_copy(vm, &a[..1], &[])?;
    for o in &a[1..] {
        r = f(vm, &r, o)?;
    }
    Ok(r)
}
fn m_union(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    multi(vm, a, union)
}
fn m_intersection(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    multi(vm, a, intersection)
}
fn m_difference(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    multi(vm, a, difference)
}
fn m_symmetric_difference(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("set.symmetric_difference", &a[1..], 1, 1)?;
    symmetric_difference(vm, &a[0], &a[1])
}
fn replace_contents(s: &PyRef, r: &PyRef) {
    let d = read(r, |d| d.clone());
    let old = with(s, |x| std::mem::replace(x, d));
    drop(old);
}
fn m_update(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    for o in &a[1..] {
        for k in crate::protocol::collect(vm, o)? {
            add(vm, &a[0], k)?;
        }
    }
    Ok(crate::vm::none())
}
fn m_intersection_update(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let r = multi(vm, a, intersection)?;
    replace_contents(&a[0], &r);
    Ok(crate::vm::none())
}
fn m_difference_update(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let r = multi(vm, a, difference)?;
    replace_contents(&a[0], &r);
    Ok(crate::vm::none())
}
fn m_symmetric_difference_update(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("set.symmetric_difference_update", &a[1..], 1, 1)?;
    let r = symmetric_difference(vm, &a[0], &a[1])?;
    replace_contents(&a[0], &r);
    Ok(crate::vm::none())
}
fn m_issubset(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("set.issubset", &a[1..], 1, 1)?;
    Ok(crate::vm::bool_obj(issubset(vm, &a[0], &a[1])?))
}
fn m_issuperset(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("set.issuperset", &a[1..], 1, 1)?;
    let b = to_set(vm, &a[1])?;
    Ok(crate::vm::bool_obj(issubset(vm, &b, &a[0])?))
}
fn m_isdisjoint(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args(&format!("{}.isdisjoint", crate::types::type_name(a[0].class())), &a[1..], 1, 1)?;
    for k in crate::protocol::collect(vm, &a[1])? {
        if contains(vm, &a[0], &k)? {
            return Ok(crate::vm::bool_obj(false));
        }
    }
    Ok(crate::vm::bool_obj(true))
}

/// Install the methods of `set` and `frozenset`.
pub fn register() {
    use crate::types::add_method as m;
    for t in [&types().set, &types().frozenset] {
        m(t, "copy", m_copy);
        m(t, "union", m_union);
        m(t, "intersection", m_intersection);
        m(t, "difference", m_difference);
        m(t, "symmetric_difference", m_symmetric_difference);
        m(t, "issubset", m_issubset);
        m(t, "issuperset", m_issuperset);
        m(t, "isdisjoint", m_isdisjoint);
    }
    let t = &types().set;
    m(t, "add", m_add);
    m(t, "discard", m_discard);
    m(t, "remove", m_remove);
    m(t, "pop", m_pop);
    m(t, "clear", m_clear);
    m(t, "update", m_update);
    m(t, "intersection_update", m_intersection_update);
    m(t, "difference_update", m_difference_update);
    m(t, "symmetric_difference_update", m_symmetric_difference_update);
}
