//! loom models of the primitives in `weft-sync`. The models live in
//! `tests/models.rs` and only build with `RUSTFLAGS="--cfg weft_loom"`,
//! which switches `weft_sync::primitive` to loom's atomics, locks and
//! thread-locals.
