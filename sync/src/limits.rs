//! Interpreter-wide limits that Python code may change at run time:
//! `sys.set_int_max_str_digits()`. Kept here because it is process-wide
//! mutable state (see the registry invariant in ARCHITECTURE.md).

use crate::primitive::{AtomicUsize, Ordering};

/// CPython's default limit on decimal digits in int/str conversions.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

crate::weft_registry! {
    static ref MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);
}

/// The current int/str digit limit (0: no limit).
#[inline]
pub fn max_str_digits() -> usize {
    // Relaxed: a plain setting; conversions racing with a change may use
    // either value, as with any unsynchronised setting in CPython.
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Change the int/str digit limit.
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}
