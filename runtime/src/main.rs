//! The `weft` command: run a Python script, `-c` code, or report the version.
//!
//! The main interpreter runs on a thread with a large stack (as every
//! Python thread does) so that deep native nesting reaches the recursion
//! limit long before the stack's end.

/// mimalloc, as CPython's free-threaded build uses: fast per-thread
/// allocation for the many small objects an interpreter creates.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod builtins;
mod import;
mod iter_reduce;
mod modules;
mod source;
mod util;

use std::sync::Arc;
use weft_eval::{Interp, ThreadState};
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{dict, exceptions, int, list, str as pystr, tuple, types, PyRef, Vm};

const USAGE: &str = "usage: weft [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]
";

/// Compile source, turning a compile error into a raised SyntaxError.
pub fn compile_or_raise(vm: &mut dyn Vm, src: &str, filename: &str, mode: weft_eval::Mode) -> PyResult<Arc<weft_objects::code::CodeObject>> {
    let (code, warnings) = weft_eval::compile_with_warnings(src, filename, mode).map_err(|e| PyErr(syntax_error(filename, &e, mode != weft_eval::Mode::Eval)))?;
    if !warnings.is_empty() {
        show_syntax_warnings(vm, src, filename, &warnings)?;
    }
    Ok(code)
}

/// The SyntaxError (or IndentationError) object for a compile error.
/// `line_ends`: the source was read as lines (exec and single modes), so
/// the reported text keeps its newline as CPython's tokenizer does.
fn syntax_error(filename: &str, e: &weft_eval::CompileError, line_ends: bool) -> PyRef {
    let ty = if e.indentation { types::t().indentation_error.clone() } else { types::t().syntax_error.clone() };
    // CPython's text is the whole source line, its newline included.
    let text = if !line_ends || e.text.is_empty() || e.text.ends_with('\n') { e.text.clone() } else { format!("{}\n", e.text) };
    let details = tuple::new_tuple(vec![
        pystr::new_str(filename),
        int::new_int(e.line as i64),
        int::new_int(e.col as i64),
        pystr::new_string(text.clone()),
        int::new_int(e.line as i64),
        int::new_int(e.end_col as i64),
    ]);
    let ex = exceptions::new_exc(&ty, vec![pystr::new_string(e.msg.clone()), details]);
    if let Some(d) = exceptions::data(&ex) {
        weft_objects::exceptions::set_member(d, "filename", pystr::new_str(filename));
        weft_objects::exceptions::set_member(d, "lineno", int::new_int(e.line as i64));
        weft_objects::exceptions::set_member(d, "offset", int::new_int(e.col as i64));
        weft_objects::exceptions::set_member(d, "end_lineno", int::new_int(e.line as i64));
        weft_objects::exceptions::set_member(d, "end_offset", int::new_int(e.end_col as i64));
        weft_objects::exceptions::set_member(d, "text", pystr::new_string(text.clone()));
        weft_objects::exceptions::set_member(d, "msg", pystr::new_string(e.msg.clone()));
    }
    ex
}

/// Show compile-time warnings through `warnings.warn_explicit`, as CPython's
/// compiler does (no registry: each compilation shows them again). A warning
/// that a filter turns into an exception becomes a SyntaxError at its place.
#[cold]
fn show_syntax_warnings(vm: &mut dyn Vm, src: &str, filename: &str, warnings: &[weft_eval::SyntaxWarning]) -> PyResult<()> {
    let module = crate::import::import_module(vm, "warnings")?;
    let warn = p::getattr(vm, &module, &pystr::intern("warn_explicit"))?;
    let category = types::exc_type("SyntaxWarning");
    for w in warnings {
        let args = [pystr::new_string(w.msg.clone()), category.clone(), pystr::new_str(filename), int::new_int(w.line as i64)];
        if let Err(PyErr(raised)) = vm.call(&warn, &args, &[]) {
            if !types::is_subtype(raised.class(), &category) {
                return Err(PyErr(raised));
            }
            let text = src.lines().nth(w.line.saturating_sub(1)).unwrap_or("").to_string();
            let e = weft_eval::CompileError { msg: w.msg.clone(), line: w.line, col: w.col, end_col: w.end_col, text, indentation: false };
            return Err(PyErr(syntax_error(filename, &e, true)));
        }
    }
    Ok(())
}

/// A module implemented in Rust, created on first import.
pub fn builtin_module(vm: &mut dyn Vm, name: &str) -> Option<PyRef> {
    let t = weft_eval::state::ts(vm);
    Some(match name {
        "sys" => t.interp.extra("sys")?,
        "builtins" => t.interp.extra("builtins_module")?,
        "_time" => modules::time::init(),
        "_gc" => modules::gc::init(),
        "math" => modules::math::init(),
        "_struct" => modules::structmod::init(),
        "_collections" => modules::deque::init(vm),
        "_itertools" => modules::itertools_types::init(),
        "_subprocess" => modules::subprocess::init(),
        "_thread" => modules::thread::init(&t.interp.clone()),
        "_os" => modules::os::init(),
        "_weakref" => modules::weakref::init(),
        "_signal" => modules::signal::init(&t.interp.clone()),
        "_io" => modules::io::module(&t.interp.clone()),
        "unicodedata" => modules::unicodedata::init(),
        "_hashlib" => modules::hashes::init(&t.interp.clone()),
        "zlib" => modules::zlib::init(vm),
        "_md5" => modules::hashes::init_single(&t.interp.clone(), "md5"),
        "_sha1" => modules::hashes::init_single(&t.interp.clone(), "sha1"),
        _ => return None,
    })
}

enum Program {
    File(String),
    Code(String),
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let program = loop {
        let Some(a) = args.get(i) else {
            eprint!("{USAGE}");
            eprintln!("weft: reading a program from standard input is not supported yet; pass a file or -c");
            std::process::exit(2);
        };
        match a.as_str() {
            "-V" | "--version" => {
                println!("Python 3.14.0 (weft {})", env!("CARGO_PKG_VERSION"));
                return;
            }
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                return;
            }
            "-c" => match args.get(i + 1) {
                Some(code) => {
                    let mut argv = vec!["-c".to_string()];
                    argv.extend(args[i + 2..].iter().cloned());
                    break (Program::Code(code.clone()), argv);
                }
                None => {
                    eprintln!("Argument expected for the -c option");
                    eprint!("{USAGE}");
                    std::process::exit(2);
                }
            },
            "-u" => {
                modules::io::UNBUFFERED_FLAG.store(true, std::sync::atomic::Ordering::Relaxed);
                i += 1;
            }
            "-B" | "-E" | "-s" | "-S" | "-I" | "-O" => i += 1,
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}");
                eprint!("{USAGE}");
                std::process::exit(2);
            }
            file => break (Program::File(file.to_string()), args[i..].to_vec()),
        }
    };
    let child = std::thread::Builder::new().stack_size(modules::thread::THREAD_STACK).spawn(move || run(program.0, program.1));
    let code = match child {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => 1,
    };
    std::process::exit(code);
}

fn run(program: Program, argv: Vec<String>) -> i32 {
    let interp = Interp::new();
    let mut ts = ThreadState::new(interp.clone());
    interp.main_tid.store(ts.rec.tid, std::sync::atomic::Ordering::Relaxed);
    modules::signal::install(&mut ts);
    builtins::install(&interp.builtins);
    let bmod = util::new_module("builtins");
    let bd = p::instance_dict(&bmod).unwrap().clone();
    for (k, v) in dict::items(&interp.builtins) {
        dict::set_item(&mut ts, &bd, k, v).ok();
    }
    // The module and the dict frames use must be the same object.
    let bmod = PyRef::new(&types::types().module, Payload::Module(Box::new(weft_objects::payload::ModuleData { name: pystr::new_str("builtins"), dict: interp.builtins.clone() })));
    dict::set_str(&interp.builtins, "__name__", pystr::new_str("builtins"));
    interp.set_extra("builtins_module", bmod.clone());
    let (out, errs) = modules::io::init(&interp);
    let sys = modules::sys::init(&mut ts, argv, out, errs);
    dict::set_str(&interp.modules, "sys", sys.clone());
    dict::set_str(&interp.modules, "builtins", bmod);
    // Built-in functions written in Python.
    if let Ok(prelude) = import::import_module(&mut ts, "_weft_prelude") {
        if let Some(pd) = p::instance_dict(&prelude) {
            for name in ["aiter", "anext"] {
                if let Some(f) = dict::get_str(pd, name) {
                    dict::set_str(&interp.builtins, name, f);
                }
            }
        }
        dict::del_item(&mut ts, &interp.modules, &pystr::new_str("_weft_prelude")).ok();
    }
    // sys.path: the script's folder (or '' for -c), then PYTHONPATH.
    let mut path: Vec<PyRef> = Vec::new();
    let (src, filename) = match &program {
        Program::Code(c) => {
            path.push(pystr::new_str(""));
            (Ok(c.clone()), "<string>".to_string())
        }
        Program::File(f) => {
            let text = match std::fs::read(f) {
                Ok(t) => t,
                Err(e) => {
                    let msg = match e.kind() {
                        std::io::ErrorKind::NotFound => "[Errno 2] No such file or directory".to_string(),
                        std::io::ErrorKind::PermissionDenied => "[Errno 13] Permission denied".to_string(),
                        _ => format!("[Errno {}] {e}", e.raw_os_error().unwrap_or(5)),
                    };
                    eprintln!("weft: can't open file '{f}': {msg}");
                    return 2;
                }
            };
            let dir = std::path::Path::new(f).parent().map(|d| d.display().to_string()).unwrap_or_default();
            path.push(pystr::new_string(if dir.is_empty() { ".".into() } else { dir }));
            let filename = absolute(f);
            (source::decode(&text, &filename, true), filename)
        }
    };
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for part in pp.split(':').filter(|s| !s.is_empty()) {
            path.push(pystr::new_str(part));
        }
    }
    let pd = p::instance_dict(&sys).unwrap().clone();
    dict::set_str(&pd, "path", list::new_list(path));
    let program_is_file = matches!(program, Program::File(_));
    let main = util::new_module("__main__");
    let md = p::instance_dict(&main).unwrap().clone();
    main.make_immortal();
    md.make_immortal();
    interp.builtins.make_immortal();
    interp.modules.make_immortal();
    // In `__main__`, `__builtins__` is the builtins module itself (other
    // modules get its dict), as in CPython.
    let bmod = interp.extra("builtins_module").unwrap_or_else(|| interp.builtins.clone());
    dict::set_str(&md, "__builtins__", bmod);
    // As CPython's __main__ run from a file: no spec, no package, no cache.
    for name in ["__package__", "__spec__", "__loader__", "__cached__"] {
        if program_is_file || name != "__cached__" {
            dict::set_str(&md, name, none());
        }
    }
    if let Program::File(f) = &program {
        dict::set_str(&md, "__file__", pystr::new_string(absolute(f)));
    }
    dict::set_str(&interp.modules, "__main__", main);
    let result = src.and_then(|src| compile_or_raise(&mut ts, &src, &filename, weft_eval::Mode::Exec)).and_then(|code| weft_eval::vm_impl::run_code(&mut ts, code, md.clone(), None));
    // An uncaught KeyboardInterrupt ends the process by SIGINT, as
    // CPython does, so the parent sees the interruption.
    let mut interrupted = false;
    let mut status = match result {
        Ok(_) => 0,
        Err(e) => {
            interrupted = err_matches(&e, &types::t().keyboard_interrupt);
            report(&mut ts, &interp, e)
        }
    };
    // Wait for non-daemon threads, as CPython's threading._shutdown.
    if let Some(th) = dict::get_str(&interp.modules, "threading") {
        if let Ok(f) = p::getattr_str(&mut ts, &th, "_shutdown") {
            if let Err(e) = ts.call(&f, &[], &[]) {
                status = report(&mut ts, &interp, e);
            }
        }
    }
    // atexit callbacks, last registered first.
    if let Some(ax) = dict::get_str(&interp.modules, "atexit") {
        if let Ok(f) = p::getattr_str(&mut ts, &ax, "_run_exitfuncs") {
            if let Err(e) = ts.call(&f, &[], &[]) {
                status = report(&mut ts, &interp, e);
            }
        }
    }
    // Finalizers of objects freed so far, then of the cyclic garbage (as
    // CPython collects once before it clears modules), then of what
    // `__main__` still holds: CPython clears the main module's names at exit
    // (names with one leading underscore first), so their `__del__` methods
    // run.
    ts.run_finalizers();
    if weft_sync::gc_track::enabled() {
        weft_objects::gc::collect(&mut ts);
    }
    for pass in 0..2 {
        for k in dict::keys(&md) {
            let Some(name) = pystr::as_str(&k) else { continue };
            let underscore = name.starts_with('_') && !name.starts_with("__");
            if name != "__builtins__" && (pass == 1 || underscore) {
                dict::set_str(&md, name, none());
            }
        }
        ts.run_finalizers();
    }
    modules::io::flush_std(&interp);
    if interrupted {
        weft_sync::signal::die_by(modules::signal::SIGINT);
    }
    // The process exits next: like CPython, skip tearing down every object
    // (other threads, daemons included, may still be running).
    std::mem::forget((interp, sys, pd, md, ts));
    status
}

/// The script path as CPython records it for `__main__` (`__file__`, code
/// and traceback file names): made absolute against the working
/// directory, without resolving symbolic links.
fn absolute(f: &str) -> String {
    let p = std::path::Path::new(f);
    if p.is_absolute() {
        return f.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => {
            let mut out = d;
            for c in p.components() {
                match c {
                    std::path::Component::CurDir => {}
                    other => out.push(other),
                }
            }
            out.display().to_string()
        }
        Err(_) => f.to_string(),
    }
}

/// Print an uncaught exception (or honour SystemExit); returns the exit status.
fn report(ts: &mut ThreadState, interp: &Interp, e: PyErr) -> i32 {
    if err_matches(&e, &types::t().system_exit) {
        let a = exceptions::args(&e.0);
        let items = weft_objects::tuple::as_slice(&a).unwrap_or(&[]).to_vec();
        let code = if items.len() == 1 { items[0].clone() } else if items.is_empty() { none() } else { a.clone() };
        modules::io::flush_std(interp);
        return match &code.payload {
            Payload::None => 0,
            Payload::Int(i) => *i as i32,
            _ => {
                let s = p::str_string(ts, &code).unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    // A replaced sys.excepthook prints it instead.
    if let Some(sys) = interp.extra("sys") {
        if let (Ok(hook), Ok(orig)) = (p::getattr_str(ts, &sys, "excepthook"), p::getattr_str(ts, &sys, "__excepthook__")) {
            if !hook.is(&orig) {
                let tb = p::getattr_str(ts, &e.0, "__traceback__").unwrap_or_else(|_| none());
                match ts.call(&hook, &[e.0.class().clone(), e.0.clone(), tb], &[]) {
                    Ok(_) => {
                        modules::io::flush_std(interp);
                        return 1;
                    }
                    Err(he) => {
                        let text = weft_eval::traceback::format_exception(ts, &he.0);
                        modules::io::flush_std(interp);
                        eprint!("Error in sys.excepthook:\n{text}\nOriginal exception was:\n");
                    }
                }
            }
        }
    }
    let text = weft_eval::traceback::format_exception(ts, &e.0);
    modules::io::flush_std(interp);
    eprint!("{text}");
    1
}
