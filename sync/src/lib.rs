//! Synchronization primitives of the weft runtime.
//!
//! This crate holds everything that coordinates threads: the one-byte
//! [`PyMutex`], the address-keyed parking lot it sleeps on, per-thread
//! critical sections, the biased reference-count word operations and merge
//! queues, thread attach/detach with stop-the-world, and the GIL of the `gil`
//! build. Every atomic, cell and thread-local comes from [`primitive`], which
//! switches to loom under `cfg(weft_loom)` so that each primitive can be
//! model-checked by the `loom-tests` crate.

pub mod primitive;
pub mod park;
pub mod mutex;
pub mod critical_section;
pub mod brc;
pub mod thread;
pub mod gil;
pub mod epoch;
pub mod qsbr;
pub mod limits;
pub mod weak;
pub mod gc_track;
pub mod leaky;
#[cfg(not(weft_loom))]
pub mod signal;
#[cfg(not(weft_loom))]
pub mod os;

pub use critical_section::{CriticalSection, CriticalSection2};
pub use mutex::PyMutex;
pub use thread::{ThreadRecord, Tid};
