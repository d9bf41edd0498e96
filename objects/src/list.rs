//! `list`: a growable array of references, mutated only inside a critical
//! section on the list's own mutex. Comparisons that may run Python code
//! (`index`, `count`, `remove`, `sort`) copy what they need out first.

use crate::locked::Locked;
use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::types;
use crate::vm::{check_args, index_error, value_error, KwArgs, PyResult, Vm};

/// A list's items, and a read view of them for lock-free readers.
///
/// The view is a copy of the items (holding its own references), built
/// for a list that threads other than its owner read often between writes
/// (a shared table), and retired by every write (freed through QSBR once no
/// reader can hold it). Reads without a view take the list's mutex; the
/// header's `flags` word counts them since the last write.
pub struct ListStore {
    items: Locked<Vec<PyRef>>,
    /// The read view and a subclass instance's `__dict__`, allocated on
    /// first need (keeps the payload at 40 bytes).
    side: weft_sync::qsbr::OnceBox<ListSide>,
}

/// The rarely used parts of a list.
#[derive(Default)]
struct ListSide {
    view: weft_sync::qsbr::Published<Vec<PyRef>>,
    dict: Option<PyRef>,
}

impl ListStore {
    /// Storage holding `items`.
    pub fn new(items: Vec<PyRef>) -> ListStore {
        ListStore { items: Locked::new(items), side: weft_sync::qsbr::OnceBox::new() }
    }

    /// Storage for an instance of a list subclass, with its `__dict__`.
    pub fn with_dict(items: Vec<PyRef>, dict: PyRef) -> ListStore {
        ListStore { items: Locked::new(items), side: weft_sync::qsbr::OnceBox::with_value(Box::new(ListSide { view: Default::default(), dict: Some(dict) })) }
    }

    /// The `__dict__` of a list subclass instance.
    #[inline]
    pub fn dict(&self) -> Option<&PyRef> {
        self.side.get().and_then(|s| s.dict.as_ref())
    }

    #[inline]
    fn retire_view(&self) {
        if let Some(s) = self.side.get() {
            s.view.retire();
        }
    }

    /// Run `f` on the items in a critical section on `m` (the list's
    /// mutex); `f` may change them, so the read view is retired.
    #[inline]
    pub fn with<R>(&self, m: &weft_sync::PyMutex, f: impl FnOnce(&mut Vec<PyRef>) -> R) -> R {
        self.items.with(m, |v| {
            let r = f(v);
            self.retire_view();
            r
        })
    }

    /// Run `f` on the items without changing them: from the read view when
    /// there is one, else in a critical section on `l`'s mutex, counting
    /// the read toward building a view.
    #[inline]
    pub fn read<R>(&self, l: &PyRef, f: impl FnOnce(&[PyRef]) -> R) -> R {
        let mut f = Some(f);
        if let Some(side) = self.side.get() {
            if let Some(r) = side.view.read(|v| (f.take().unwrap())(v)) {
                return r;
            }
        }
        let f = f.take().unwrap();
        self.items.with(l.mutex(), |v| {
            let r = f(v);
            self.count_read(l, v);
            r
        })
    }

    /// Run `f` on the items under the list's mutex, without counting the
    /// read (the cycle collector's walk must not publish read views).
    pub(crate) fn read_uncounted<R>(&self, l: &PyRef, f: impl FnOnce(&[PyRef]) -> R) -> R {
        self.items.with(l.mutex(), |v| f(v))
    }

    /// Count a locked read; build the view once a thread other than the
    /// owner has read this often since the last write (the copy then costs
    /// about as much as those reads did).
    #[inline]
    fn count_read(&self, l: &PyRef, v: &[PyRef]) {
        if cfg!(feature = "gil") {
            return;
        }
        // Relaxed: the count is only touched with the list's mutex held.
        let flags = &l.header.words.flags;
        let n = flags.load(std::sync::atomic::Ordering::Relaxed);
        let threshold = (16 + v.len() / 2).min(60_000) as u16;
        if n < threshold {
            flags.store(n + 1, std::sync::atomic::Ordering::Relaxed);
            return;
        }
        self.build_view(l, v);
    }

    #[cold]
    fn build_view(&self, l: &PyRef, v: &[PyRef]) {
        l.header.words.flags.store(0, std::sync::atomic::Ordering::Relaxed);
        if l.header.words.tid.load(std::sync::atomic::Ordering::Relaxed) != weft_sync::thread::current_tid() {
            let side = self.side.get_or_init(Default::default);
            if !side.view.is_set() {
                side.view.publish(Box::new(v.to_vec()));
            }
        }
    }

    /// Direct access for an object no other thread can reach.
    pub fn get_mut(&mut self) -> &mut Vec<PyRef> {
        self.retire_view();
        self.items.get_mut()
    }
}

/// A new list.
pub fn new_list(items: Vec<PyRef>) -> PyRef {
    PyRef::new(&types().list, Payload::List(ListStore::new(items)))
}

/// Run `f` on a list's items inside a critical section (for changes;
/// reads go through [`read`]).
#[inline]
pub fn with<R>(l: &PyRef, f: impl FnOnce(&mut Vec<PyRef>) -> R) -> R {
    match &l.payload {
        Payload::List(v) => v.with(l.mutex(), f),
        _ => panic!("not a list"),
    }
}

/// Run `f` on a list's items without changing them (lock-free when the
/// list has a read view).
#[inline]
pub fn read<R>(l: &PyRef, f: impl FnOnce(&[PyRef]) -> R) -> R {
    match &l.payload {
        Payload::List(v) => v.read(l, f),
        _ => panic!("not a list"),
    }
}

/// Snapshot of a list's items.
pub fn items(l: &PyRef) -> Vec<PyRef> {
    read(l, |v| v.to_vec())
}

/// Number of items.
#[inline]
pub fn len(l: &PyRef) -> usize {
    read(l, |v| v.len())
}

/// The item at `i` (no negative indexing), if in range.
#[inline]
pub fn get_index(l: &PyRef, i: usize) -> Option<PyRef> {
    read(l, |v| v.get(i).cloned())
}

/// `l.append(x)`.
#[inline]
pub fn append(l: &PyRef, x: PyRef) {
    with(l, |v| v.push(x));
}

/// `l[i]` with a normalized index check.
#[inline]
pub fn get(l: &PyRef, i: i64) -> PyResult {
    read(l, |v| {
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            Err(())
        } else {
            Ok(v[j as usize].clone())
        }
    })
    .map_err(|_| index_error("list index out of range"))
}

/// `l[i] = x`.
pub fn set(l: &PyRef, i: i64, x: PyRef) -> PyResult<()> {
    let old = with(l, |v| {
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            Err(())
        } else {
            Ok(std::mem::replace(&mut v[j as usize], x))
        }
    })
    .map_err(|_| index_error("list assignment index out of range"))?;
    drop(old);
    Ok(())
}

fn m_append(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("list.append", &a[1..], 1, 1)?;
    append(&a[0], a[1].clone());
    Ok(crate::vm::none())
}
fn m_extend(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("list.extend", &a[1..], 1, 1)?;
    let items = if let Payload::List(_) = &a[1].payload { items(&a[1]) } else { crate::protocol::collect(vm, &a[1])? };
    with(&a[0], |v| v.extend(items));
    Ok(crate::vm::none())
}
fn m_pop(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("pop", &a[1..], 0, 1)?;
    let i = match a.get(1) {
        Some(o) => crate::int::index_i64(o)?,
        None => -1,
    };
    with(&a[0], |v| {
        if v.is_empty() {
            return Err(index_error("pop from empty list"));
        }
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("pop index out of range"));
        }
        Ok(v.remove(j as usize))
    })
}
fn m_insert(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("insert", &a[1..], 2, 2)?;
    let i = crate::int::index_i64(&a[1])?;
    with(&a[0], |v| {
        let n = v.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, a[2].clone());
    });
    Ok(crate::vm::none())
}
/// Position of the first item equal to `x` in `start..stop`.
fn find(vm: &mut dyn Vm, l: &PyRef, x: &PyRef, start: i64, stop: i64) -> PyResult<Option<usize>> {
    let mut i = start.max(0) as usize;
    loop {
        let item = read(l, |v| if i < v.len() && (i as i64) < stop { Some(v[i].clone()) } else { None });
        let Some(item) = item else { return Ok(None) };
        if crate::protocol::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}
/// A start/stop argument of `index`: any `__index__` value, clamped to
/// the i64 range (CPython's `_PyEval_SliceIndexNotNone`).
pub(crate) fn slice_index_arg(vm: &mut dyn Vm, o: &PyRef) -> PyResult<i64> {
    if !matches!(o.payload, Payload::Int(_) | Payload::BigInt(_)) && crate::protocol::special(o, "__index__").is_none() {
        return Err(crate::vm::type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = crate::protocol::index(vm, o)?;
    crate::int::index_clamped(&i)
}

fn m_index(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("index", &a[1..], 1, 3)?;
    let n = len(&a[0]) as i64;
    let mut norm = |o: Option<&PyRef>, d: i64| -> PyResult<i64> {
        match o {
            None => Ok(d),
            Some(o) => {
                let v = slice_index_arg(vm, o)?;
                Ok(if v < 0 { v.saturating_add(n).max(0) } else { v })
            }
        }
    };
    let (s, e) = (norm(a.get(2), 0)?, norm(a.get(3), i64::MAX)?);
    match find(vm, &a[0], &a[1], s, e)? {
        Some(i) => Ok(crate::int::new_int(i as i64)),
        None => Err(value_error(format!("{} is not in list", crate::protocol::repr_string(vm, &a[1])?))),
    }
}
fn m_count(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("list.count", &a[1..], 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = get_index(&a[0], i);
        let Some(item) = item else { break };
        if crate::protocol::eq(vm, &item, &a[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(crate::int::new_int(n))
}
fn m_remove(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("list.remove", &a[1..], 1, 1)?;
    match find(vm, &a[0], &a[1], 0, i64::MAX)? {
        Some(i) => {
            let old = with(&a[0], |v| if i < v.len() { Some(v.remove(i)) } else { None });
            drop(old);
            Ok(crate::vm::none())
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}
fn m_clear(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("list", "clear", a, kw)?;
    let old = with(&a[0], std::mem::take);
    drop(old);
    Ok(crate::vm::none())
}
fn m_copy(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("list", "copy", a, kw)?;
    Ok(new_list(items(&a[0])))
}
fn m_reverse(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::vm::no_args("list", "reverse", a, kw)?;
    with(&a[0], |v| v.reverse());
    Ok(crate::vm::none())
}
fn m_sort(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    if a.len() > 1 {
        return Err(crate::vm::type_error("sort() takes no positional arguments"));
    }
    crate::vm::check_kwargs("sort", kw, &["key", "reverse"])?;
    let key = crate::vm::kwarg(kw, "key").filter(|k| !crate::vm::is_none(k)).cloned();
    let reverse = match crate::vm::kwarg(kw, "reverse") {
        Some(r) => crate::protocol::truthy(vm, r)?,
        None => false,
    };
    // Sort a private copy with the list emptied, as CPython does, so a key
    // function or comparison that touches the list sees it empty.
    let items = with(&a[0], std::mem::take);
    let r = sort_items(vm, items, key.as_ref(), reverse);
    match r {
        Ok(sorted) => {
            let modified = with(&a[0], |v| {
                let m = !v.is_empty();
                let old = std::mem::replace(v, sorted);
                (m, old)
            });
            if modified.0 {
                drop(modified.1);
                return Err(value_error("list modified during sort"));
            }
            Ok(crate::vm::none())
        }
        Err((e, orig)) => {
            with(&a[0], |v| *v = orig);
            Err(e)
        }
    }
}

/// Stable sort with an optional key; on error returns the original items.
pub fn sort_items(vm: &mut dyn Vm, items: Vec<PyRef>, key: Option<&PyRef>, reverse: bool) -> Result<Vec<PyRef>, (crate::vm::PyErr, Vec<PyRef>)> {
    let keys: Vec<PyRef> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call(k, std::slice::from_ref(it), &[]) {
                    Ok(v) => ks.push(v),
                    Err(e) => return Err((e, items)),
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err: Option<crate::vm::PyErr> = None;
    // Merge sort on indices (stable); comparisons may fail.
    let mut lt = |x: usize, y: usize| -> bool {
        if err.is_some() {
            return false;
        }
        match crate::protocol::lt(vm, &keys[x], &keys[y]) {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    if reverse {
        idx.reverse();
        stable_sort(&mut idx, &mut lt);
        idx.reverse();
    } else {
        stable_sort(&mut idx, &mut lt);
    }
    if let Some(e) = err {
        return Err((e, items));
    }
    let mut slots: Vec<Option<PyRef>> = items.into_iter().map(Some).collect();
    Ok(idx.into_iter().map(|i| slots[i].take().unwrap()).collect())
}

/// Below this length CPython's sort is one run: `count_run` and then a
/// binary insertion sort, which `small_sort` follows compare for compare
/// (so `__lt__` calls, and the pair named by a failed comparison, match).
const MIN_MERGE: usize = 64;

/// CPython 3.13's `count_run`: the length of the monotone run at the start
/// of `a`, a descending run (ties included) reversed in place.
fn count_run(a: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) -> usize {
    let len = a.len();
    let mut n = 1;
    while n < len {
        if lt(a[n], a[n - 1]) {
            break;
        }
        n += 1;
    }
    if n == len {
        return n;
    }
    if n > 1 {
        if lt(a[0], a[n - 1]) {
            return n;
        }
        // All equal so far: try to extend a descending run.
        a[..n].reverse();
    }
    n += 1;
    let mut neq = 0;
    while n < len {
        if lt(a[n], a[n - 1]) {
            if neq > 0 {
                a[n - neq - 1..n].reverse();
                neq = 0;
            }
        } else if lt(a[n - 1], a[n]) {
            break;
        } else {
            neq += 1;
        }
        n += 1;
    }
    if neq > 0 {
        a[n - neq - 1..n].reverse();
    }
    a[..n].reverse();
    while n < len {
        if lt(a[n], a[n - 1]) {
            break;
        }
        n += 1;
    }
    n
}

/// CPython's `binarysort`: insert `a[ok..]` into the sorted `a[..ok]`.
fn binary_insertion(a: &mut [usize], mut ok: usize, lt: &mut dyn FnMut(usize, usize) -> bool) {
    if ok == 0 {
        ok = 1;
    }
    while ok < a.len() {
        let pivot = a[ok];
        let (mut l, mut r) = (0, ok);
        while l < r {
            let m = (l + r) >> 1;
            if lt(pivot, a[m]) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        a.copy_within(l..ok, l + 1);
        a[l] = pivot;
        ok += 1;
    }
}

/// Stable sort of `v` by `lt`: CPython's exact comparison sequence for
/// short lists, a merge sort for long ones.
fn stable_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    if v.len() < 2 {
        return;
    }
    if v.len() < MIN_MERGE {
        let run = count_run(v, lt);
        binary_insertion(v, run, lt);
        return;
    }
    merge_sort(v, lt);
}

fn merge_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && lt(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], lt);
    merge_sort(&mut v[mid..], lt);
    let mut out = Vec::with_capacity(n);
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if lt(v[j], v[i]) {
            out.push(v[j]);
            j += 1;
        } else {
            out.push(v[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&v[i..mid]);
    out.extend_from_slice(&v[j..n]);
    v.copy_from_slice(&out);
}

/// Install the methods of `list`.
pub fn register() {
    let t = &types().list;
    use crate::types::add_method as m;
    m(t, "append", m_append);
    m(t, "extend", m_extend);
    m(t, "pop", m_pop);
    m(t, "insert", m_insert);
    m(t, "index", m_index);
    m(t, "count", m_count);
    m(t, "remove", m_remove);
    m(t, "clear", m_clear);
    m(t, "copy", m_copy);
    m(t, "reverse", m_reverse);
    m(t, "sort", m_sort);
}
