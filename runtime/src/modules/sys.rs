//! The `sys` module.

use crate::util::{add_fn, new_module};
use std::sync::atomic::Ordering;
use weft_eval::state::ts;
use weft_objects::vm::*;
use weft_objects::{dict, exceptions, int, list, str as pystr, tuple, types, PyRef};

/// The current `sys.stdout` object.
pub fn stdout(vm: &mut dyn Vm) -> PyResult {
    let t = ts(vm);
    let sys = t.interp.extra("sys").expect("sys initialized");
    let d = weft_objects::protocol::instance_dict(&sys).unwrap().clone();
    dict::get_str(&d, "stdout").ok_or_else(|| runtime_error("lost sys.stdout"))
}

fn s_exit(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("exit", a, 0, 1)?;
    Err(PyErr(exceptions::new_exc(&types::t().system_exit, a.to_vec())))
}
fn s_getrecursionlimit(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(ts(vm).interp.recursion_limit.load(Ordering::Relaxed) as i64))
}
fn s_setrecursionlimit(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("setrecursionlimit", a, 1, 1)?;
    let n = int::index_i64(&a[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    let t = ts(vm);
    if (n as usize) <= t.depth {
        return Err(err(&types::t().recursion_error, format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", t.depth)));
    }
    t.interp.recursion_limit.store(n as usize, Ordering::Relaxed);
    Ok(none())
}
fn s_getswitchinterval(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let t = ts(vm);
    let secs = match &t.interp.gil {
        Some(g) => g.switch_interval().as_secs_f64(),
        None => f64::from_bits(t.interp.extra("switchinterval").and_then(|v| weft_objects::float::as_f64(&v)).unwrap_or(0.005).to_bits()),
    };
    Ok(weft_objects::float::new_float(secs))
}
fn s_setswitchinterval(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("setswitchinterval", a, 1, 1)?;
    let v = match &a[0].payload {
        weft_objects::Payload::Float(f) => *f,
        weft_objects::Payload::Int(i) => *i as f64,
        _ => return Err(type_error("must be real number")),
    };
    if v <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    let t = ts(vm);
    if let Some(g) = &t.interp.gil {
        g.set_switch_interval(std::time::Duration::from_secs_f64(v));
    }
    t.interp.set_extra("switchinterval", weft_objects::float::new_float(v));
    Ok(none())
}
fn s_is_gil_enabled(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(cfg!(feature = "gil")))
}
fn s_exc_info(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let t = ts(vm);
    Ok(match t.exc_info.last() {
        Some(e) => tuple::new_tuple(vec![e.class().clone(), e.clone(), none()]),
        None => tuple::new_tuple(vec![none(), none(), none()]),
    })
}
fn s_exception(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(ts(vm).exc_info.last().cloned().unwrap_or_else(none))
}
fn s_getrefcount(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getrefcount", a, 1, 1)?;
    Ok(int::new_int(a[0].refcount().min(i64::MAX as isize) as i64))
}
fn s_intern(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("intern", a, 1, 1)?;
    Ok(a[0].clone())
}
fn s_getsizeof(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getsizeof", a, 1, 2)?;
    Ok(int::new_int(std::mem::size_of::<weft_objects::PyObject>() as i64))
}
fn s_getdefaultencoding(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str("utf-8"))
}

fn named_tuple_like(fields: &[(&str, PyRef)]) -> PyRef {
    // A simple object with attributes (sys.version_info, sys.implementation).
    let ns = weft_objects::construct::alloc_instance(&types::types().object, &[]);
    let d = dict::new_dict();
    for (k, v) in fields {
        dict::set_str(&d, k, v.clone());
    }
    let _ = ns;
    d
}

/// Build the `sys` module.
pub fn init(vm: &mut dyn Vm, argv: Vec<String>, stdout: PyRef, stderr: PyRef) -> PyRef {
    let m = new_module("sys");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    let t = ts(vm);
    dict::set_str(&d, "argv", list::new_list(argv.iter().map(|a| pystr::new_str(a)).collect()));
    dict::set_str(&d, "orig_argv", list::new_list(argv.iter().map(|a| pystr::new_str(a)).collect()));
    dict::set_str(&d, "modules", t.interp.modules.clone());
    dict::set_str(&d, "path", list::new_list(vec![]));
    dict::set_str(&d, "stdout", stdout.clone());
    dict::set_str(&d, "stderr", stderr.clone());
    dict::set_str(&d, "__stdout__", stdout);
    dict::set_str(&d, "__stderr__", stderr);
    dict::set_str(&d, "platform", pystr::new_str("linux"));
    dict::set_str(&d, "byteorder", pystr::new_str("little"));
    dict::set_str(&d, "maxsize", int::new_int(i64::MAX));
    dict::set_str(&d, "maxunicode", int::new_int(0x10ffff));
    dict::set_str(&d, "executable", pystr::new_string(std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()));
    dict::set_str(&d, "version", pystr::new_string(format!("3.14.0 (weft {}) [Rust]", env!("CARGO_PKG_VERSION"))));
    dict::set_str(&d, "hexversion", int::new_int(0x030e00f0));
    dict::set_str(&d, "api_version", int::new_int(1013));
    dict::set_str(&d, "copyright", pystr::new_str("weft"));
    dict::set_str(&d, "dont_write_bytecode", bool_obj(true));
    let _ = named_tuple_like;
    for (name, f) in [
        ("exit", s_exit as NativeFn),
        ("getrecursionlimit", s_getrecursionlimit),
        ("setrecursionlimit", s_setrecursionlimit),
        ("getswitchinterval", s_getswitchinterval),
        ("setswitchinterval", s_setswitchinterval),
        ("_is_gil_enabled", s_is_gil_enabled),
        ("exc_info", s_exc_info),
        ("exception", s_exception),
        ("getrefcount", s_getrefcount),
        ("intern", s_intern),
        ("getsizeof", s_getsizeof),
        ("getdefaultencoding", s_getdefaultencoding),
    ] {
        add_fn(&d, name, "sys", f);
    }
    t.interp.set_extra("sys", m.clone());
    m
}
