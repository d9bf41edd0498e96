//! Built-in modules implemented in Rust.

pub mod file;
pub mod gc;
pub mod hashes;
pub mod io;
pub mod math;
pub mod os;
pub mod structseq;
pub mod subprocess;
pub mod structmod;
pub mod deque;
pub mod itertools_types;
pub mod signal;
pub mod sys;
pub mod thread;
pub mod time;
pub mod unicode_decomp;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;
