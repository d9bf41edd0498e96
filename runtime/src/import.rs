//! The import system: `__import__` resolving relative names, finding
//! modules in `sys.modules`, among the built-in Rust modules, among the
//! Python modules shipped inside weft, and as `.py` files or packages on
//! `sys.path`; executing a new module with itself already in `sys.modules`
//! (so circular imports see the partially initialised module).

use crate::util::new_module;
use weft_eval::state::ts;
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{dict, list, str as pystr, types, PyRef};

/// Python modules shipped inside the binary: (name, source, is package).
/// The names of the modules shipped as Python source inside weft.
pub fn shipped_names() -> impl Iterator<Item = &'static str> {
    SHIPPED.iter().map(|(n, _)| *n).filter(|n| !n.starts_with("_weft"))
}

const SHIPPED: &[(&str, &str)] = &[
    ("threading", include_str!("../lib/threading.py")),
    ("collections", include_str!("../lib/collections.py")),
    ("random", include_str!("../lib/random.py")),
    ("functools", include_str!("../lib/functools.py")),
    ("itertools", include_str!("../lib/itertools.py")),
    ("heapq", include_str!("../lib/heapq.py")),
    ("bisect", include_str!("../lib/bisect.py")),
    ("queue", include_str!("../lib/queue.py")),
    ("operator", include_str!("../lib/operator.py")),
    ("copy", include_str!("../lib/copy.py")),
    ("string", include_str!("../lib/string.py")),
    ("abc", include_str!("../lib/abc.py")),
    ("typing", include_str!("../lib/typing.py")),
    ("dataclasses", include_str!("../lib/dataclasses.py")),
    ("os", include_str!("../lib/os.py")),
    ("posixpath", include_str!("../lib/posixpath.py")),
    ("json", include_str!("../lib/json.py")),
    ("enum", include_str!("../lib/enum.py")),
    ("io", include_str!("../lib/io.py")),
    ("contextvars", include_str!("../lib/contextvars.py")),
    ("textwrap", include_str!("../lib/textwrap.py")),
    ("platform", include_str!("../lib/platform.py")),
    ("types", include_str!("../lib/types.py")),
    ("asyncio", include_str!("../lib/asyncio.py")),
    ("re", include_str!("../lib/re.py")),
    ("contextlib", include_str!("../lib/contextlib.py")),
    ("struct", include_str!("../lib/struct.py")),
    ("decimal", include_str!("../lib/decimal.py")),
    ("difflib", include_str!("../lib/difflib.py")),
    ("errno", include_str!("../lib/errno.py")),
    ("_operator", include_str!("../lib/_operator.py")),
    ("array", include_str!("../lib/array.py")),
    ("csv", include_str!("../lib/csv.py")),
    ("argparse", include_str!("../lib/argparse.py")),
    ("graphlib", include_str!("../lib/graphlib.py")),
    ("shlex", include_str!("../lib/shlex.py")),
    ("glob", include_str!("../lib/glob.py")),
    ("secrets", include_str!("../lib/secrets.py")),
    ("hmac", include_str!("../lib/hmac.py")),
    ("stat", include_str!("../lib/stat.py")),
    ("ast", include_str!("../lib/ast.py")),
    ("uuid", include_str!("../lib/uuid.py")),
    ("urllib", include_str!("../lib/urllib_init.py")),
    ("urllib.parse", include_str!("../lib/urllib_parse.py")),
    ("html", include_str!("../lib/html_init.py")),
    ("html.entities", include_str!("../lib/html_entities.py")),
    ("doctest", include_str!("../lib/doctest.py")),
    ("configparser", include_str!("../lib/configparser.py")),
    ("gzip", include_str!("../lib/gzip.py")),
    ("fileinput", include_str!("../lib/fileinput.py")),
    ("getpass", include_str!("../lib/getpass.py")),
    ("locale", include_str!("../lib/locale.py")),
    ("subprocess", include_str!("../lib/subprocess.py")),
    ("unittest.mock", include_str!("../lib/unittest_mock.py")),
    ("colorsys", include_str!("../lib/colorsys.py")),
    ("fnmatch", include_str!("../lib/fnmatch.py")),
    ("linecache", include_str!("../lib/linecache.py")),
    ("reprlib", include_str!("../lib/reprlib.py")),
    ("calendar", include_str!("../lib/calendar.py")),
    ("cmath", include_str!("../lib/cmath.py")),
    ("binascii", include_str!("../lib/binascii.py")),
    ("timeit", include_str!("../lib/timeit.py")),
    ("pathlib", include_str!("../lib/pathlib.py")),
    ("pickle", include_str!("../lib/pickle.py")),
    ("hashlib", include_str!("../lib/hashlib.py")),
    ("copyreg", include_str!("../lib/copyreg.py")),
    ("codecs", include_str!("../lib/codecs.py")),
    ("_codecs", include_str!("../lib/_codecs.py")),
    ("warnings", include_str!("../lib/warnings.py")),
    ("fractions", include_str!("../lib/fractions.py")),
    ("numbers", include_str!("../lib/numbers.py")),
    ("keyword", include_str!("../lib/keyword.py")),
    ("gc", include_str!("../lib/gc.py")),
    ("atexit", include_str!("../lib/atexit.py")),
    ("base64", include_str!("../lib/base64.py")),
    ("pprint", include_str!("../lib/pprint.py")),
    ("multiprocessing", include_str!("../lib/multiprocessing.py")),
    ("datetime", include_str!("../lib/datetime.py")),
    ("statistics", include_str!("../lib/statistics.py")),
    ("logging", include_str!("../lib/logging.py")),
    ("importlib", include_str!("../lib/importlib.py")),
    ("shutil", include_str!("../lib/shutil.py")),
    ("tempfile", include_str!("../lib/tempfile.py")),
    ("signal", include_str!("../lib/signal.py")),
    ("weakref", include_str!("../lib/weakref.py")),
    ("inspect", include_str!("../lib/inspect.py")),
    ("time", include_str!("../lib/time.py")),
    ("_collections_abc", include_str!("../lib/collections_abc.py")),
    ("_weft_prelude", include_str!("../lib/_weft_prelude.py")),
    ("traceback", include_str!("../lib/traceback.py")),
    ("unittest", include_str!("../lib/unittest.py")),
    ("concurrent", include_str!("../lib/concurrent.py")),
    ("concurrent.futures", include_str!("../lib/concurrent_futures.py")),
];

fn module_not_found(name: &str) -> PyErr {
    let e = weft_objects::exceptions::new_exc(&types::t().module_not_found_error, vec![pystr::new_string(format!("No module named '{name}'"))]);
    if let Some(d) = weft_objects::exceptions::data(&e) {
        weft_objects::exceptions::set_member(d, "name", pystr::new_str(name));
    }
    PyErr(e)
}

fn resolve_name(vm: &mut dyn Vm, name: &str, globals: Option<&PyRef>, level: i64) -> PyResult<String> {
    if level == 0 {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        return Ok(name.to_string());
    }
    let g = globals.filter(|g| matches!(g.payload, Payload::Dict(..)));
    let package = g.and_then(|g| dict::get_str(g, "__package__")).filter(|p| pystr::as_str(p).is_some_and(|s| !s.is_empty()));
    let package = match package {
        Some(p) => pystr::as_str(&p).unwrap().to_string(),
        None => {
            let mname = g.and_then(|g| dict::get_str(g, "__name__")).and_then(|n| pystr::as_str(&n).map(String::from));
            let is_pkg = g.and_then(|g| dict::get_str(g, "__path__")).is_some();
            match mname {
                Some(n) if is_pkg => n,
                Some(n) if n.contains('.') => n.rsplit_once('.').unwrap().0.to_string(),
                _ => return Err(err(&types::t().import_error, "attempted relative import with no known parent package")),
            }
        }
    };
    let _ = vm;
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((b, _)) => base = b,
            None => return Err(err(&types::t().import_error, "attempted relative import beyond top-level package")),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn import_builtin(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let name = crate::util::arg_or_kw(a, kw, 0, "name").ok_or_else(|| type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let name = pystr::as_str(&name).ok_or_else(|| type_error("module name must be str"))?.to_string();
    let globals = crate::util::arg_or_kw(a, kw, 1, "globals");
    let fromlist = crate::util::arg_or_kw(a, kw, 3, "fromlist").filter(|f| !is_none(f));
    let level = match crate::util::arg_or_kw(a, kw, 4, "level") {
        Some(l) => weft_objects::int::index_i64(&l)?,
        None => 0,
    };
    let full = resolve_name(vm, &name, globals.as_ref(), level)?;
    let module = import_module(vm, &full)?;
    let from: Vec<PyRef> = match &fromlist {
        Some(f) => p::collect(vm, f)?,
        None => vec![],
    };
    if from.is_empty() {
        if level == 0 {
            let top = full.split('.').next().unwrap();
            return Ok(dict::get_str(&ts(vm).interp.modules, top).unwrap_or(module));
        }
        // `from . import x` style with empty name already handled by fromlist.
        let top_len = name.split('.').next().unwrap().len();
        let cut = full.len() - (name.len() - top_len);
        return Ok(dict::get_str(&ts(vm).interp.modules, &full[..cut]).unwrap_or(module));
    }
    // Import submodules named in the fromlist of a package.
    if let Some(d) = p::instance_dict(&module).cloned() {
        if dict::get_str(&d, "__path__").is_some() {
            for f in from {
                let fname = pystr::as_str(&f).unwrap_or("").to_string();
                if fname == "*" || dict::get_str(&d, &fname).is_some() {
                    continue;
                }
                match import_module(vm, &format!("{full}.{fname}")) {
                    Ok(_) => {}
                    Err(e) if err_matches(&e, &types::t().module_not_found_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(module)
}

/// Import `name` (absolute, dotted) and return the leaf module.
///
/// A module another thread is still initialising is waited for (its import
/// lock), so every importer sees one execution of its body.
pub fn import_module(vm: &mut dyn Vm, name: &str) -> PyResult {
    let modules = ts(vm).interp.modules.clone();
    if let Some(m) = dict::get_str(&modules, name) {
        if is_none(&m) {
            return Err(module_not_found(name));
        }
        let t = ts(vm);
        if t.interp.import_locks.busy_elsewhere(t, name) {
            let interp = t.interp.clone();
            if interp.import_locks.acquire(t, name) == weft_eval::import_lock::Acquired::Held {
                interp.import_locks.release(ts(vm), name);
            }
            return match dict::get_str(&modules, name) {
                Some(m) if !is_none(&m) => Ok(m),
                _ => Err(module_not_found(name)),
            };
        }
        return Ok(m);
    }
    let (parent, leaf) = match name.rsplit_once('.') {
        Some((pa, l)) => (Some(import_module(vm, pa)?), l),
        None => (None, name),
    };
    let interp = ts(vm).interp.clone();
    let held = interp.import_locks.acquire(ts(vm), name) == weft_eval::import_lock::Acquired::Held;
    let r = match dict::get_str(&modules, name) {
        // Another thread finished it while this one waited, or this is a
        // deadlocked circular import: the module as it stands.
        Some(m) => Ok(m),
        None => load(vm, name, parent.as_ref()),
    };
    if held {
        interp.import_locks.release(ts(vm), name);
    }
    let m = r?;
    if let Some(pa) = parent {
        if let Some(pd) = p::instance_dict(&pa) {
            dict::set_str(pd, leaf, m.clone());
        }
    }
    Ok(m)
}

fn load(vm: &mut dyn Vm, name: &str, parent: Option<&PyRef>) -> PyResult {
    if let Some(m) = crate::builtin_module(vm, name) {
        dict::set_str(&ts(vm).interp.modules, name, m.clone());
        return Ok(m);
    }
    if let Some((_, src)) = SHIPPED.iter().find(|(n, _)| *n == name) {
        return exec_module(vm, name, src, &format!("<weft>/{name}.py"), None);
    }
    let search: Vec<String> = match parent {
        Some(pa) => {
            let path = p::getattr_opt(vm, pa, "__path__")?.ok_or_else(|| {
                err(&types::t().module_not_found_error, format!("No module named '{name}'; '{}' is not a package", name.rsplit_once('.').unwrap().0))
            })?;
            p::collect(vm, &path)?.iter().filter_map(|x| pystr::as_str(x).map(String::from)).collect()
        }
        None => {
            let sys = ts(vm).interp.extra("sys").unwrap();
            let path = p::getattr_str(vm, &sys, "path")?;
            p::collect(vm, &path)?.iter().filter_map(|x| pystr::as_str(x).map(String::from)).collect()
        }
    };
    let leaf = name.rsplit('.').next().unwrap();
    for dir in search {
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        let pkg = std::path::Path::new(&dir).join(leaf);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            let src = read_source(&init)?;
            return exec_module(vm, name, &src, &init.display().to_string(), Some(pkg.display().to_string()));
        }
        let file = std::path::Path::new(&dir).join(format!("{leaf}.py"));
        if file.is_file() {
            let src = read_source(&file)?;
            return exec_module(vm, name, &src, &file.display().to_string(), None);
        }
    }
    Err(module_not_found(name))
}

fn read_source(path: &std::path::Path) -> PyResult<String> {
    let bytes = std::fs::read(path).map_err(|e| err(&types::t().import_error, format!("cannot read {}: {e}", path.display())))?;
    crate::source::decode(&bytes, &path.display().to_string(), false)
}

/// Create module `name`, register it, and run `src` in it.
pub fn exec_module(vm: &mut dyn Vm, name: &str, src: &str, file: &str, pkg_path: Option<String>) -> PyResult {
    let m = new_module(name);
    let d = p::instance_dict(&m).unwrap().clone();
    // Modules and their globals live until exit and are read by every
    // thread: immortal, so reading them never writes a reference count.
    m.make_immortal();
    d.make_immortal();
    dict::set_str(&d, "__file__", pystr::new_str(file));
    let package = match &pkg_path {
        Some(pp) => {
            dict::set_str(&d, "__path__", list::new_list(vec![pystr::new_str(pp)]));
            name.to_string()
        }
        None => name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default(),
    };
    dict::set_str(&d, "__package__", pystr::new_string(package));
    let t = ts(vm);
    dict::set_str(&d, "__builtins__", t.interp.builtins.clone());
    dict::set_str(&t.interp.modules, name, m.clone());
    let code = match crate::compile_or_raise(t, src, file, weft_eval::Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            let modules = t.interp.modules.clone();
            let _ = dict::del_item(t, &modules, &pystr::new_str(name));
            return Err(e);
        }
    };
    let r = weft_eval::vm_impl::run_code(t, code, d, None);
    if let Err(e) = r {
        let modules = t.interp.modules.clone();
        let _ = dict::del_item(t, &modules, &pystr::new_str(name));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(dict::get_str(&t.interp.modules, name).unwrap_or(m))
}
