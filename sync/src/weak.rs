//! The weak-reference table: for each weakly referenced object (by
//! address), the weak-reference records pointing at it.
//!
//! One lock orders the two sides of the race PEP 703 describes: a weak
//! reference being dereferenced (`try_incref` on the target while holding
//! the table) and the target being freed (its records cleared while
//! holding the table, before the memory goes). Like the rest of `sync` it
//! knows only addresses: what a record is belongs to `objects`.

use crate::primitive::{Mutex, MutexGuard};
use std::collections::HashMap;

/// Target address -> the records (opaque addresses) of its weak references.
pub type WeakTable = HashMap<usize, Vec<usize>>;

crate::weft_registry! {
    static ref TABLE: Mutex<WeakTable> = Mutex::new(HashMap::new());
}

/// Lock the table.
pub fn table() -> MutexGuard<'static, WeakTable> {
    crate::primitive::lock(&TABLE)
}
