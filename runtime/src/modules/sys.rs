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
fn s_get_int_max_str_digits(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("get_int_max_str_digits", a, 0, 0)?;
    Ok(int::new_int(int::max_str_digits() as i64))
}
fn s_set_int_max_str_digits(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("set_int_max_str_digits", kw, &["maxdigits"])?;
    let Some(n) = a.first().or_else(|| kwarg(kw, "maxdigits")) else {
        return Err(type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"));
    };
    let n = int::index_i64(n)?;
    if n != 0 && !(640..).contains(&n) {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    int::set_max_str_digits(n as usize);
    Ok(none())
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
fn s_getframe(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("_getframe", a, 0, 1)?;
    let depth = match a.first() {
        Some(d) => int::index_i64(d)?,
        None => 0,
    };
    if depth < 0 {
        return Err(value_error("call stack is not deep enough"));
    }
    Err(weft_eval::frames::request(depth as usize))
}
fn s_exc_info(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let t = ts(vm);
    Ok(match t.exc_info.last() {
        Some(e) => tuple::new_tuple(vec![e.class().clone(), e.clone(), exceptions::traceback_object(e)]),
        None => tuple::new_tuple(vec![none(), none(), none()]),
    })
}
/// `sys.excepthook(type, value, traceback)`: print the exception as an
/// uncaught one is printed, to `sys.stderr`.
fn s_excepthook(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("excepthook", a, 3, 3)?;
    let t = ts(vm);
    if weft_objects::exceptions::data(&a[1]).is_none() {
        t.write_stderr(&format!("TypeError: print_exception(): Exception expected for value, {} found\n", types::type_name(a[1].class())));
        return Ok(none());
    }
    let text = weft_eval::traceback::format_exception(t, &a[1]);
    t.write_stderr(&text);
    Ok(none())
}

/// `sys.displayhook(value)`: print `repr(value)` through `print` and keep
/// it as `builtins._` (None prints nothing).
fn s_displayhook(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("displayhook", a, 1, 1)?;
    if is_none(&a[0]) {
        return Ok(none());
    }
    let builtins = ts(vm).interp.builtins.clone();
    weft_objects::dict::set_str(&builtins, "_", none());
    let text = weft_objects::protocol::repr(vm, &a[0])?;
    if let Some(print) = weft_objects::dict::get_str(&builtins, "print") {
        vm.call(&print, &[text], &[])?;
    }
    weft_objects::dict::set_str(&builtins, "_", a[0].clone());
    Ok(none())
}

fn s_exception(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(ts(vm).exc_info.last().cloned().unwrap_or_else(none))
}
fn s_getrefcount(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getrefcount", a, 1, 1)?;
    Ok(int::new_int(a[0].refcount().min(i64::MAX as isize) as i64))
}
/// `sys.intern(s)`: the one interned (immortal) string equal to `s`, so
/// equal interned strings are the same object.
fn s_intern(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("intern", a, 1, 1)?;
    if pystr::as_pystr(&a[0]).is_none() {
        return Err(type_error(format!("intern() argument must be str, not {}", weft_objects::types::type_name(a[0].class()))));
    }
    if !a[0].class().is(&weft_objects::types::types().str) {
        return Err(type_error(format!("can't intern {}", weft_objects::types::type_name(a[0].class()))));
    }
    match pystr::as_str(&a[0]) {
        Some(s) => Ok(pystr::intern(s)),
        // A string with lone surrogates is kept as it is.
        None => Ok(a[0].clone()),
    }
}
fn s_getsizeof(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getsizeof", a, 1, 2)?;
    Ok(int::new_int(std::mem::size_of::<weft_objects::PyObject>() as i64))
}
fn s_getdefaultencoding(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str("utf-8"))
}

/// The version weft implements, as `sys.version_info`.
const VERSION: (i64, i64, i64) = (3, 14, 0);

/// `sys.version_info`, `sys.implementation`, `sys.float_info`,
/// `sys.int_info` and `sys.flags`.
fn add_info(d: &PyRef) {
    use super::structseq::{make, new_type};
    let s = |v: &str| pystr::new_str(v);
    let i = int::new_int;
    let vi_ty = new_type("sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
    let vi = make(&vi_ty, vec![i(VERSION.0), i(VERSION.1), i(VERSION.2), s("final"), i(0)]);
    dict::set_str(d, "version_info", vi.clone());
    let impl_ty = new_type("", "namespace", &["name", "cache_tag", "version", "hexversion", "supports_isolated_interpreters"]);
    dict::set_str(d, "implementation", make(&impl_ty, vec![s("weft"), s("weft-314"), vi, i(0x030e00f0), bool_obj(true)]));
    let fi_ty = new_type("sys", "float_info", &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
    let f = weft_objects::float::new_float;
    dict::set_str(
        d,
        "float_info",
        make(&fi_ty, vec![f(f64::MAX), i(1024), i(308), f(f64::MIN_POSITIVE), i(-1021), i(-307), i(15), i(53), f(f64::EPSILON), i(2), i(1)]),
    );
    let ii_ty = new_type("sys", "int_info", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
    dict::set_str(d, "int_info", make(&ii_ty, vec![i(30), i(4), i(int::DEFAULT_MAX_STR_DIGITS as i64), i(640)]));
    let flag_names = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"];
    let fl_ty = new_type("sys", "flags", &flag_names);
    let mut vals: Vec<PyRef> = flag_names.iter().map(|_| i(0)).collect();
    vals[4] = i(1);
    vals[14] = i(1);
    vals[17] = i(-1);
    dict::set_str(d, "flags", make(&fl_ty, vals));
    let hi_ty = new_type("sys", "hash_info", &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
    dict::set_str(d, "hash_info", make(&hi_ty, vec![i(64), i((1i64 << 61) - 1), i(314159), i(0), i(1000003), s("siphash13"), i(64), i(128), i(0)]));
    let ti_ty = new_type("sys", "thread_info", &["name", "lock", "version"]);
    dict::set_str(d, "thread_info", make(&ti_ty, vec![s("pthread"), s("mutex+cond"), none()]));
}

/// `sys.builtin_module_names`: the modules compiled into weft.
const BUILTIN_MODULES: &[&str] = &["_collections", "_gc", "_hashlib", "_io", "_itertools", "_md5", "_sha1", "_os", "_signal", "_struct", "_subprocess", "_thread", "_time", "_weakref", "builtins", "math", "sys", "unicodedata", "zlib"];

fn s_getfilesystemencoding(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str("utf-8"))
}
fn s_getfilesystemencodeerrors(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str("surrogateescape"))
}
fn s_gettrace(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(weft_eval::state::ts(vm).tracing.trace.clone().unwrap_or_else(none))
}
fn s_getprofile(vm: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(weft_eval::state::ts(vm).tracing.profile.clone().unwrap_or_else(none))
}
/// `sys.settrace(f)`: this thread's trace function (None removes it).
fn s_settrace(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("settrace", a, 1, 1)?;
    weft_eval::state::ts(vm).tracing.trace = Some(a[0].clone()).filter(|f| !is_none(f));
    Ok(none())
}
/// `sys.setprofile(f)`: this thread's profile function (None removes it).
fn s_setprofile(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("setprofile", a, 1, 1)?;
    weft_eval::state::ts(vm).tracing.profile = Some(a[0].clone()).filter(|f| !is_none(f));
    Ok(none())
}
fn s_is_finalizing(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(false))
}
/// `sys.addaudithook(hook)`: hooks live in a list the `audit` call walks.
fn s_addaudithook(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("addaudithook", a, 1, 1)?;
    let hooks = audit_hooks(vm);
    list::append(&hooks, a[0].clone());
    Ok(none())
}
fn audit_hooks(vm: &mut dyn Vm) -> PyRef {
    let t = ts(vm);
    match t.interp.extra("audit_hooks") {
        Some(h) => h,
        None => {
            let h = list::new_list(vec![]);
            t.interp.set_extra("audit_hooks", h.clone());
            h
        }
    }
}
/// `sys.audit(event, *args)`: call every hook with the event name and the
/// arguments as a tuple.
fn s_audit(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    if a.is_empty() {
        return Err(type_error("audit() missing 1 required positional argument: 'event'"));
    }
    if pystr::as_str(&a[0]).is_none() {
        return Err(type_error(format!("expected str for argument 'event', not {}", types::type_name(a[0].class()))));
    }
    let hooks = audit_hooks(vm);
    let args = tuple::new_tuple(a[1..].to_vec());
    for h in list::items(&hooks) {
        vm.call(&h, &[a[0].clone(), args.clone()], &[])?;
    }
    Ok(none())
}
/// `sys.unraisablehook(unraisable)`: print what `__del__` and callbacks
/// could not raise, as CPython prints it.
fn s_unraisablehook(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("unraisablehook", a, 1, 1)?;
    let get = |vm: &mut dyn Vm, n: &str| weft_objects::protocol::getattr_str(vm, &a[0], n);
    let msg = get(vm, "err_msg")?;
    let obj = get(vm, "object")?;
    let exc = get(vm, "exc_value")?;
    let mut text = if is_none(&msg) { "Exception ignored in".to_string() } else { weft_objects::protocol::str_string(vm, &msg)? };
    if !is_none(&obj) {
        text = format!("{text}: {}", weft_objects::protocol::repr_string(vm, &obj)?);
    }
    text.push('\n');
    if weft_objects::exceptions::data(&exc).is_some() {
        text.push_str(&weft_eval::traceback::format_exception(ts(vm), &exc));
    }
    ts(vm).write_stderr(&text);
    Ok(none())
}

/// Build the `sys` module.
pub fn init(vm: &mut dyn Vm, argv: Vec<String>, stdout: PyRef, stderr: PyRef) -> PyRef {
    let m = new_module("sys");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    let interp = ts(vm).interp.clone();
    dict::set_str(&d, "argv", list::new_list(argv.iter().map(|a| pystr::new_str(a)).collect()));
    dict::set_str(&d, "orig_argv", list::new_list(argv.iter().map(|a| pystr::new_str(a)).collect()));
    dict::set_str(&d, "modules", interp.modules.clone());
    dict::set_str(&d, "path", list::new_list(vec![]));
    dict::set_str(&d, "stdout", stdout.clone());
    dict::set_str(&d, "stderr", stderr.clone());
    let stdin = crate::modules::file::stdin(&interp).unwrap_or_else(none);
    dict::set_str(&d, "stdin", stdin.clone());
    dict::set_str(&d, "__stdin__", stdin);
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
    add_info(&d);
    dict::set_str(&d, "builtin_module_names", tuple::new_tuple(BUILTIN_MODULES.iter().map(|n| pystr::new_str(n)).collect()));
    let prefix = std::env::current_exe().ok().and_then(|p| p.parent().and_then(|d| d.parent()).map(|d| d.display().to_string())).unwrap_or_else(|| "/usr".into());
    for n in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        dict::set_str(&d, n, pystr::new_string(prefix.clone()));
    }
    let mut std_names: Vec<&str> = BUILTIN_MODULES.iter().copied().chain(crate::import::shipped_names()).collect();
    std_names.sort_unstable();
    std_names.dedup();
    let names = tuple::new_tuple(std_names.iter().map(|n| pystr::new_str(n)).collect());
    if let Ok(s) = weft_objects::set::from_iterable(vm, &names) {
        dict::set_str(&d, "stdlib_module_names", weft_objects::set::freeze(s));
    }
    dict::set_str(&d, "platlibdir", pystr::new_str("lib"));
    dict::set_str(&d, "pycache_prefix", none());
    dict::set_str(&d, "warnoptions", list::new_list(vec![]));
    dict::set_str(&d, "_xoptions", dict::new_dict());
    dict::set_str(&d, "meta_path", list::new_list(vec![]));
    dict::set_str(&d, "path_hooks", list::new_list(vec![]));
    dict::set_str(&d, "path_importer_cache", dict::new_dict());
    dict::set_str(&d, "float_repr_style", pystr::new_str("short"));
    dict::set_str(&d, "abiflags", pystr::new_str(if cfg!(feature = "gil") { "" } else { "t" }));
    for (name, f) in [
        ("exit", s_exit as NativeFn),
        ("getrecursionlimit", s_getrecursionlimit),
        ("get_int_max_str_digits", s_get_int_max_str_digits),
        ("set_int_max_str_digits", s_set_int_max_str_digits),
        ("setrecursionlimit", s_setrecursionlimit),
        ("getswitchinterval", s_getswitchinterval),
        ("setswitchinterval", s_setswitchinterval),
        ("_is_gil_enabled", s_is_gil_enabled),
        ("exc_info", s_exc_info),
        ("_getframe", s_getframe),
        ("exception", s_exception),
        ("excepthook", s_excepthook),
        ("displayhook", s_displayhook),
        ("__displayhook__", s_displayhook),
        ("__excepthook__", s_excepthook),
        ("getrefcount", s_getrefcount),
        ("intern", s_intern),
        ("getsizeof", s_getsizeof),
        ("getdefaultencoding", s_getdefaultencoding),
        ("getfilesystemencoding", s_getfilesystemencoding),
        ("getfilesystemencodeerrors", s_getfilesystemencodeerrors),
        ("is_finalizing", s_is_finalizing),
        ("gettrace", s_gettrace),
        ("getprofile", s_getprofile),
        ("settrace", s_settrace),
        ("setprofile", s_setprofile),
        ("addaudithook", s_addaudithook),
        ("audit", s_audit),
        ("unraisablehook", s_unraisablehook),
        ("__unraisablehook__", s_unraisablehook),
    ] {
        add_fn(&d, name, "sys", f);
    }
    interp.set_extra("sys", m.clone());
    m
}
