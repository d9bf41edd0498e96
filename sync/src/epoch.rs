//! The type-attribute epoch: a process-wide counter bumped whenever any
//! type's attributes may have changed (a class is created, or a class
//! attribute is set or deleted). Per-thread attribute caches tag entries
//! with the epoch they were filled in, so one Acquire load validates a hit.

use crate::primitive::{AtomicU64, Ordering};

crate::weft_registry! {
    static ref EPOCH: AtomicU64 = AtomicU64::new(1);
}

/// The current epoch.
#[inline]
pub fn type_epoch() -> u64 {
    // Acquire: pairs with the Release in `bump_type_epoch`, so a thread that
    // sees the new epoch also sees the type change that caused it.
    EPOCH.load(Ordering::Acquire)
}

/// Invalidate every cached type lookup.
pub fn bump_type_epoch() {
    EPOCH.fetch_add(1, Ordering::Release);
}
