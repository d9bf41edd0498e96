//! The `time` module. `sleep` detaches the thread while it waits.

use crate::util::{add_fn, new_module};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use weft_eval::state::ts;
use weft_objects::vm::*;
use weft_objects::{float, int, PyRef};

fn epoch() -> Instant {
    static E: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *E.get_or_init(Instant::now)
}

fn now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}
fn t_time(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(float::new_float(now()))
}
fn t_time_ns(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let ns = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    Ok(int::from_bigint(num_bigint::BigInt::from(ns)))
}
fn t_perf(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(float::new_float(epoch().elapsed().as_secs_f64()))
}
fn t_perf_ns(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(epoch().elapsed().as_nanos() as i64))
}
fn t_process_time(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(float::new_float(epoch().elapsed().as_secs_f64()))
}
fn t_sleep(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("sleep", a, 1, 1)?;
    let secs = match &a[0].payload {
        weft_objects::Payload::Float(f) => *f,
        weft_objects::Payload::Int(i) => *i as f64,
        _ => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", weft_objects::types::type_name(a[0].class())))),
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(value_error("sleep length must be non-negative"));
    }
    let end = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    // On the main thread a signal handler runs during the sleep; if it
    // raises, the sleep ends with its exception (PEP 475).
    ts(vm).wait_interruptible(Some(end), |until| {
        if let Some(u) = until {
            std::thread::sleep(u.saturating_duration_since(Instant::now()));
        }
        (Instant::now() >= end).then_some(())
    })?;
    Ok(none())
}

/// Build the `time` module.
pub fn init() -> PyRef {
    let _ = epoch();
    let m = new_module("_time");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    for (name, f) in [
        ("time", t_time as NativeFn),
        ("time_ns", t_time_ns),
        ("perf_counter", t_perf),
        ("perf_counter_ns", t_perf_ns),
        ("monotonic", t_perf),
        ("monotonic_ns", t_perf_ns),
        ("process_time", t_process_time),
        ("thread_time", t_process_time),
        ("sleep", t_sleep),
    ] {
        add_fn(&d, name, "time", f);
    }
    m
}
