//! Benchmarks of weft: criterion micro-benchmarks (`benches/primitives.rs`)
//! and Python workloads under `py/` with `run.py`, which times weft against
//! `python3` and reports medians, ratios and 1->2 thread scaling.
