//! Exception instances: `args`, traceback entries, cause and context, notes.

use crate::locked::Locked;
use crate::object::PyRef;
use crate::payload::{ExcData, Payload, TracebackEntry};
use crate::types::{type_name, types};
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

/// A new exception instance of `ty` with `args`.
pub fn new_exc(ty: &PyRef, args: Vec<PyRef>) -> PyRef {
    // Tracked by the cycle collector lazily, as a plain instance is: from
    // the first time it holds something that can lead back to it (an
    // argument, an attribute, a cause or context, a new `args`).
    let holds = args.iter().any(|a| !crate::gc::is_atomic(a));
    let e = PyRef::new(
        ty,
        Payload::Exception(Box::new(ExcData {
            args: Locked::new(crate::tuple::new_tuple(args)),
            traceback: Locked::new(Vec::new()),
            cause: Locked::new(None),
            context: Locked::new(None),
            suppress_context: AtomicBool::new(false),
            dict: crate::dict::new_dict(),
            hint: Locked::new(None),
            members: std::sync::OnceLock::new(),
        })),
    );
    if holds {
        crate::gc::ensure_tracked(&e);
    }
    e
}

/// Set member attribute `name` (see `ExcData::members`).
pub fn set_member(d: &ExcData, name: &str, v: PyRef) {
    crate::dict::set_str(d.members.get_or_init(crate::dict::new_dict), name, v);
}

/// Member attribute `name`, if the exception's type gave it one.
pub fn member(d: &ExcData, name: &str) -> Option<PyRef> {
    d.members.get().and_then(|m| crate::dict::get_str(m, name))
}

/// The exception data of an exception object.
pub fn data(e: &PyRef) -> Option<&ExcData> {
    match &e.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// `e.args`.
pub fn args(e: &PyRef) -> PyRef {
    match data(e) {
        Some(d) => d.args.with(e.mutex(), |a| a.clone()),
        None => types().tuple.clone(),
    }
}

/// Set `e.args`.
pub fn set_args(e: &PyRef, a: PyRef) {
    if crate::tuple::as_slice(&a).is_none_or(|s| s.iter().any(|x| !crate::gc::is_atomic(x))) {
        crate::gc::ensure_tracked(e);
    }
    if let Some(d) = data(e) {
        let old = d.args.with(e.mutex(), |x| std::mem::replace(x, a));
        drop(old);
    }
}

/// Append a traceback entry (the evaluator calls this while unwinding).
pub fn push_traceback(e: &PyRef, entry: TracebackEntry) {
    if let Some(d) = data(e) {
        d.traceback.with(e.mutex(), |t| t.push(entry));
    }
}

/// Keep the locals of the frame the exception is leaving alive with its
/// newest traceback entry (see [`TracebackEntry::locals`]).
pub fn keep_frame_locals(e: &PyRef, locals: Vec<Option<PyRef>>) {
    // A local holding an exception (`err = KeyError(k); raise err`) would
    // tie the traceback into a cycle only the collector frees: those locals
    // go now, as they do when no traceback keeps them.
    if locals.iter().flatten().next().is_none() || locals.iter().flatten().any(|v| data(v).is_some()) {
        return;
    }
    if locals.iter().flatten().any(|v| !crate::gc::is_atomic(v)) {
        // They may lead back to the exception: the collector must see it.
        crate::gc::ensure_tracked(e);
    }
    if let Some(d) = data(e) {
        let rest = d.traceback.with(e.mutex(), |t| match t.last_mut() {
            Some(entry) if entry.locals.is_none() => {
                entry.locals = Some(std::sync::Arc::new(locals));
                None
            }
            _ => Some(locals),
        });
        // Dropped after the section: finalizers may run.
        drop(rest);
    }
}

/// The traceback entries, outermost first.
pub fn traceback(e: &PyRef) -> Vec<TracebackEntry> {
    match data(e) {
        Some(d) => {
            let mut v = d.traceback.with(e.mutex(), |t| t.clone());
            v.reverse();
            v
        }
        None => vec![],
    }
}

/// Clear the traceback (re-raise of a caught exception starts a new one
/// only for `raise e` from a new place; CPython keeps it, so this is for
/// `with_traceback(None)`).
/// Replace the traceback entries (given outermost first), as
/// `with_traceback(tb)` and `e.__traceback__ = tb` do.
pub fn set_traceback(e: &PyRef, mut entries: Vec<TracebackEntry>) {
    entries.reverse();
    if let Some(d) = data(e) {
        let old = d.traceback.with(e.mutex(), |t| std::mem::replace(t, entries));
        drop(old);
    }
}

/// How traceback objects are built and read: installed by the evaluator,
/// which owns the frame type they point to.
pub struct TracebackHooks {
    /// The `traceback` object chain for entries (outermost first).
    pub build: fn(&[TracebackEntry]) -> PyRef,
    /// The entries of a `traceback` object chain, None when `o` is not one.
    pub entries: fn(&PyRef) -> Option<Vec<TracebackEntry>>,
}

/// The installed hooks.
pub static TRACEBACK_HOOKS: std::sync::OnceLock<TracebackHooks> = std::sync::OnceLock::new();

/// `e.__traceback__`: a traceback object chain, or None.
pub fn traceback_object(e: &PyRef) -> PyRef {
    let entries = traceback(e);
    match (entries.is_empty(), TRACEBACK_HOOKS.get()) {
        (false, Some(h)) => (h.build)(&entries),
        _ => crate::vm::none(),
    }
}

/// `with_traceback(tb)` / `e.__traceback__ = tb`: TypeError unless `tb`
/// is a traceback or None.
pub fn assign_traceback(e: &PyRef, tb: &PyRef) -> PyResult<()> {
    if crate::vm::is_none(tb) {
        clear_traceback(e);
        return Ok(());
    }
    match TRACEBACK_HOOKS.get().and_then(|h| (h.entries)(tb)) {
        Some(entries) => {
            set_traceback(e, entries);
            Ok(())
        }
        None => Err(crate::vm::type_error("__traceback__ must be a traceback or None")),
    }
}

pub fn clear_traceback(e: &PyRef) {
    if let Some(d) = data(e) {
        let old = d.traceback.with(e.mutex(), std::mem::take);
        drop(old);
    }
}

/// `__cause__`.
pub fn cause(e: &PyRef) -> Option<PyRef> {
    data(e).and_then(|d| d.cause.with(e.mutex(), |c| c.clone()))
}
/// Set `__cause__` (also sets `__suppress_context__`).
pub fn set_cause(e: &PyRef, c: Option<PyRef>) {
    if let Some(c) = &c {
        crate::gc::note_store(e, c);
    }
    if let Some(d) = data(e) {
        let old = d.cause.with(e.mutex(), |x| std::mem::replace(x, c));
        d.suppress_context.store(true, Ordering::Relaxed);
        drop(old);
    }
}
/// `__context__`.
pub fn context(e: &PyRef) -> Option<PyRef> {
    data(e).and_then(|d| d.context.with(e.mutex(), |c| c.clone()))
}
/// Set `__context__`.
pub fn set_context(e: &PyRef, c: Option<PyRef>) {
    if let Some(d) = data(e) {
        if let Some(c) = &c {
            if c.is(e) {
                return;
            }
        }
        if let Some(c) = &c {
            crate::gc::note_store(e, c);
        }
        let old = d.context.with(e.mutex(), |x| std::mem::replace(x, c));
        drop(old);
    }
}
/// `__suppress_context__`.
pub fn suppress_context(e: &PyRef) -> bool {
    data(e).is_some_and(|d| d.suppress_context.load(Ordering::Relaxed))
}
/// Set `__suppress_context__`.
pub fn set_suppress_context(e: &PyRef, v: bool) {
    if let Some(d) = data(e) {
        d.suppress_context.store(v, Ordering::Relaxed);
    }
}

/// `str(e)` for exceptions without a user `__str__`, computed natively
/// where possible (`None` when an argument's `str` needs Python code).
pub fn exc_str_native(e: &PyRef) -> Option<String> {
    let a = args(e);
    let items = crate::tuple::as_slice(&a).unwrap_or(&[]);
    if crate::types::is_subtype(e.class(), &crate::types::t().key_error) && items.len() == 1 {
        return crate::protocol::repr_native(&items[0]);
    }
    match items.len() {
        0 => Some(String::new()),
        1 => crate::protocol::str_native(&items[0]),
        _ => crate::protocol::repr_native(&a),
    }
}

/// The keyword arguments an exception type's `__init__` accepts.
fn init_keywords(e: &PyRef) -> &'static [&'static str] {
    let t = crate::types::t();
    if crate::types::isinstance(e, &t.import_error) {
        &["name", "path", "name_from"]
    } else if crate::types::isinstance(e, &t.attribute_error) {
        &["name", "obj"]
    } else if crate::types::isinstance(e, &t.name_error) {
        &["name"]
    } else {
        &[]
    }
}

/// `BaseException.__init__` for the built-in exception types: `args`, and
/// the attributes CPython's subclasses derive from their arguments
/// (ImportError.msg/name/path, AttributeError.name/obj, NameError.name,
/// SyntaxError's location fields, the Unicode errors' five fields).
pub fn init_exception(e: &PyRef, args: &[PyRef], kw: KwArgs) -> PyResult<()> {
    let allowed = init_keywords(e);
    for (k, _) in kw {
        let k = crate::str::as_str(k).unwrap_or("?");
        if !allowed.contains(&k) {
            let tn = type_name(e.class());
            return Err(crate::vm::type_error(if allowed.is_empty() {
                format!("{tn}() takes no keyword arguments")
            } else {
                format!("'{k}' is an invalid keyword argument for {tn}()")
            }));
        }
    }
    let t = crate::types::t();
    if crate::types::isinstance(e, &t.os_error) {
        os_error_init(e, args);
        return Ok(());
    }
    let is_unicode = ["UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"]
        .iter()
        .any(|n| crate::types::try_exc_type(n).is_some_and(|ty| crate::types::isinstance(e, &ty)));
    if is_unicode {
        let want = if crate::types::isinstance(e, &crate::types::exc_type("UnicodeTranslateError")) { 4 } else { 5 };
        if args.len() != want {
            return Err(crate::vm::type_error(format!("function takes exactly {want} arguments ({} given)", args.len())));
        }
        // CPython's "UUnnU" / "UOnnU" / "UnnU" argument formats.
        let decode = crate::types::isinstance(e, &crate::types::exc_type("UnicodeDecodeError"));
        let first = if want == 5 { 1 } else { 0 };
        let must_str = |i: usize| -> PyResult<()> {
            if crate::str::as_str(&args[i]).is_none() {
                return Err(crate::vm::type_error(format!("argument {} must be str, not {}", i + 1, type_name(args[i].class()))));
            }
            Ok(())
        };
        if want == 5 {
            must_str(0)?;
        }
        if decode {
            if crate::bytes::as_bytes_vec(&args[1]).is_none() {
                return Err(crate::vm::type_error(format!("a bytes-like object is required, not '{}'", type_name(args[1].class()))));
            }
        } else {
            must_str(first)?;
        }
        for i in [first + 1, first + 2] {
            if !matches!(args[i].payload, Payload::Int(_) | Payload::BigInt(_)) {
                return Err(crate::vm::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(args[i].class()))));
            }
        }
        must_str(first + 3)?;
    }
    set_args(e, crate::tuple::new_tuple(args.to_vec()));
    let Some(d) = data(e) else { return Ok(()) };
    let none = crate::vm::none;
    let kwarg = |n: &str| kw.iter().find(|(k, _)| crate::str::as_str(k) == Some(n)).map(|(_, v)| v.clone()).unwrap_or_else(none);
    if crate::types::isinstance(e, &t.import_error) {
        set_member(d, "msg", if args.len() == 1 { args[0].clone() } else { none() });
        set_member(d, "name", kwarg("name"));
        set_member(d, "path", kwarg("path"));
        set_member(d, "name_from", kwarg("name_from"));
    } else if crate::types::isinstance(e, &t.attribute_error) {
        set_member(d, "name", kwarg("name"));
        set_member(d, "obj", kwarg("obj"));
    } else if crate::types::isinstance(e, &t.name_error) {
        set_member(d, "name", kwarg("name"));
    } else if crate::types::isinstance(e, &t.syntax_error) {
        let fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        set_member(d, "msg", args.first().cloned().unwrap_or_else(none));
        // The location is any sequence (CPython reads it as a tuple).
        let info = if args.len() == 2 {
            match &args[1].payload {
                Payload::Tuple(_) => crate::tuple::as_slice(&args[1]).map(|s| s.to_vec()),
                Payload::List(_) => Some(crate::list::items(&args[1])),
                Payload::Str(st) => Some(st.as_str().chars().map(|c| crate::str::new_string(c.to_string())).collect()),
                Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::None => {
                    return Err(crate::vm::type_error(format!("'{}' object is not iterable", type_name(args[1].class()))))
                }
                _ => None,
            }
        } else {
            None
        };
        if args.len() == 2 {
            match &info {
                None => return Err(crate::vm::type_error(format!("argument 2 must be tuple, not {}", type_name(args[1].class())))),
                Some(i) if i.len() < 4 => return Err(crate::vm::type_error(format!("function takes at least 4 arguments ({} given)", i.len()))),
                Some(i) if i.len() > 6 => return Err(crate::vm::type_error(format!("function takes at most 6 arguments ({} given)", i.len()))),
                _ => {}
            }
        }
        let info = info.unwrap_or_default();
        for (i, f) in fields.iter().enumerate() {
            set_member(d, f, info.get(i).cloned().unwrap_or_else(none));
        }
        set_member(d, "print_file_and_line", none());
    } else if is_unicode {
        let names: &[&str] = if args.len() == 5 { &["encoding", "object", "start", "end", "reason"] } else { &["object", "start", "end", "reason"] };
        if args.len() == 4 {
            set_member(d, "encoding", none());
        }
        for (n, v) in names.iter().zip(args) {
            set_member(d, n, v.clone());
        }
    }
    Ok(())
}

/// `str()` of a Unicode{Decode,Encode,Translate}Error from its fields.
pub fn unicode_error_str(e: &PyRef) -> Option<String> {
    let d = data(e)?;
    let get = |n: &str| member(d, n);
    let start = crate::int::index_i64(&get("start")?).ok()?;
    let end = crate::int::index_i64(&get("end")?).ok()?;
    let reason = crate::str::as_str(&get("reason")?)?.to_string();
    let obj = get("object")?;
    let enc = get("encoding").and_then(|x| crate::str::as_str(&x).map(String::from));
    let one = end == start + 1;
    if let Some(b) = crate::bytes::as_bytes_vec(&obj) {
        let enc = enc?;
        return Some(match (one, b.get(start as usize)) {
            (true, Some(byte)) => format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"),
            _ => format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
        });
    }
    let text = crate::str::as_str(&obj)?;
    let ch = text.chars().nth(start as usize);
    let what = match (one, ch) {
        (true, Some(c)) => {
            let n = c as u32;
            let esc = if n < 0x100 { format!("\\x{n:02x}") } else if n < 0x10000 { format!("\\u{n:04x}") } else { format!("\\U{n:08x}") };
            format!("character '{esc}' in position {start}")
        }
        _ => format!("characters in position {start}-{}", end - 1),
    };
    Some(match enc {
        Some(enc) => format!("'{enc}' codec can't encode {what}: {reason}"),
        None => format!("can't translate {what}: {reason}"),
    })
}

/// "TypeError: message" for debugging output.
pub fn exc_summary(e: &PyRef) -> String {
    let name = type_name(e.class()).to_string();
    match exc_str_native(e) {
        Some(s) if !s.is_empty() => format!("{name}: {s}"),
        _ => name,
    }
}

fn m_add_note(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    crate::vm::check_args("add_note", &a[1..], 1, 1)?;
    if crate::str::as_str(&a[1]).is_none() {
        return Err(crate::vm::type_error(format!("note must be a str, not '{}'", type_name(a[1].class()))));
    }
    let d = data(&a[0]).ok_or_else(|| crate::vm::type_error("not an exception"))?;
    let notes = match crate::dict::get_str(&d.dict, "__notes__") {
        Some(n) => n,
        None => {
            let l = crate::list::new_list(vec![]);
            crate::dict::set_str(&d.dict, "__notes__", l.clone());
            l
        }
    };
    crate::list::append(&notes, a[1].clone());
    Ok(crate::vm::none())
}
/// `BaseException.__str__` (callable unbound on any exception).
fn m_str(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    crate::vm::check_args("__str__", &a[1..], 0, 0)?;
    crate::protocol::exc_str(vm, &a[0])
}
/// `BaseException.__repr__`: `Name(args...)`.
fn m_repr(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    crate::vm::check_args("__repr__", &a[1..], 0, 0)?;
    Ok(crate::str::new_string(crate::attrs::builtin_repr(vm, &a[0])?))
}
/// `BaseException.__reduce__()`: `(type(self), self.args[, self.__dict__])`.
fn m_reduce(_: &mut dyn crate::vm::Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    crate::vm::check_args("__reduce__", &a[1..], 0, 0)?;
    let e = &a[0];
    let t = crate::types::t();
    let mut args = args(e);
    let Some(d) = data(e) else { return Ok(crate::tuple::new_tuple(vec![e.class().clone(), args])) };
    let set = |n: &str| member(d, n).filter(|v| !crate::vm::is_none(v));
    let mut state = (crate::dict::len(&d.dict) > 0).then(|| d.dict.clone());
    if crate::types::isinstance(e, &t.os_error) {
        // The filenames go back into the arguments, as OSError.__init__
        // takes them.
        let items = crate::tuple::as_slice(&args).unwrap_or(&[]).to_vec();
        if let (Some(f), 2) = (set("filename"), items.len()) {
            let mut v = items;
            v.push(f);
            if let Some(f2) = set("filename2") {
                v.push(crate::vm::none());
                v.push(f2);
            }
            args = crate::tuple::new_tuple(v);
        }
    } else if crate::types::isinstance(e, &t.import_error) {
        // name, path and name_from travel in the state (a copy of the
        // instance dict, which must not change).
        state = state.map(|st| crate::dict::copy(&st));
        for n in ["name", "path", "name_from"] {
            if let Some(v) = set(n) {
                let s = state.get_or_insert_with(|| crate::dict::copy(&d.dict));
                crate::dict::set_str(s, n, v);
            }
        }
    }
    let mut parts = vec![e.class().clone(), args];
    parts.extend(state);
    Ok(crate::tuple::new_tuple(parts))
}
/// `BaseException.__setstate__(state)`: set each attribute of a dict state.
fn m_setstate(vm: &mut dyn crate::vm::Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    crate::vm::check_args("__setstate__", &a[1..], 1, 1)?;
    if !crate::vm::is_none(&a[1]) {
        if !matches!(a[1].payload, crate::payload::Payload::Dict(..)) {
            return Err(crate::vm::type_error("state is not a dictionary"));
        }
        for (k, v) in crate::dict::items(&a[1]) {
            crate::protocol::setattr(vm, &a[0], &k, Some(v))?;
        }
    }
    Ok(crate::vm::none())
}
fn m_with_traceback(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    crate::vm::check_args("with_traceback", &a[1..], 1, 1)?;
    assign_traceback(&a[0], &a[1])?;
    Ok(a[0].clone())
}

/// Install the methods of `BaseException`.
pub fn register() {
    let t = crate::types::exc_type("BaseException");
    crate::types::add_method(&t, "add_note", m_add_note);
    crate::types::add_method(&t, "with_traceback", m_with_traceback);
    crate::types::add_method(&t, "__str__", m_str);
    crate::types::add_method(&t, "__repr__", m_repr);
    crate::types::add_method(&t, "__setstate__", m_setstate);
    crate::types::add_method(&t, "__reduce__", m_reduce);
    for (name, doc) in EXCEPTION_DOCS {
        if let Some(ty) = crate::types::try_exc_type(name) {
            crate::types::add_attr(&ty, "__doc__", crate::str::new_str(doc));
        }
    }
}

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
/// FileNotFoundError).
pub fn os_error_subtype(errno: i64) -> Option<PyRef> {
    let name = match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    };
    types().exceptions.iter().find(|(n, _)| *n == name).map(|(_, t)| t.clone())
}

/// `OSError.__init__`: `errno`, `strerror`, `filename` and `filename2`
/// attributes from `(errno, strerror[, filename[, winerror[, filename2]]])`;
/// `args` keeps only `(errno, strerror)` when a filename is given.
pub fn os_error_init(e: &PyRef, args: &[PyRef]) {
    let Some(d) = data(e) else { return };
    let none = crate::vm::none;
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&args.len()) {
        (args[0].clone(), args[1].clone(), args.get(2).cloned().unwrap_or_else(none), args.get(4).cloned().unwrap_or_else(none))
    } else {
        (none(), none(), none(), none())
    };
    set_member(d, "errno", errno);
    set_member(d, "strerror", strerror);
    set_member(d, "filename", none());
    set_member(d, "filename2", none());
    let blocking = crate::types::try_exc_type("BlockingIOError").is_some_and(|t| e.class().is(&t));
    if !crate::vm::is_none(&filename) {
        if blocking && matches!(filename.payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_)) {
            // BlockingIOError's third argument is the number of
            // characters written; the arguments stay as given.
            set_member(d, "characters_written", filename);
        } else {
            set_member(d, "filename", filename);
            if !crate::vm::is_none(&filename2) {
                set_member(d, "filename2", filename2);
            }
            // The filenames leave args, which keeps (errno, strerror).
            set_args(e, crate::tuple::new_tuple(args[..2].to_vec()));
            return;
        }
    }
    set_args(e, crate::tuple::new_tuple(args.to_vec()));
}

/// An OSError (of the subclass its errno selects) for a failed system call,
/// worded as CPython's: `[Errno 2] No such file or directory: 'x'`.
pub fn from_io_error(e: &std::io::Error, filename: Option<PyRef>) -> PyRef {
    let errno = e.raw_os_error().map(|n| n as i64).unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        _ => 5,
    });
    let text = e.to_string();
    let msg = match text.find(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let ty = os_error_subtype(errno).unwrap_or_else(|| types().exceptions.iter().find(|(n, _)| *n == "OSError").map(|(_, t)| t.clone()).unwrap());
    let mut args = vec![crate::int::new_int(errno), crate::str::new_string(msg)];
    if let Some(f) = filename {
        args.push(f);
    }
    let ex = new_exc(&ty, vec![]);
    os_error_init(&ex, &args);
    ex
}
/// CPython's docstrings of the built-in exception types.
pub const EXCEPTION_DOCS: &[(&str, &str)] = &[
    ("BaseException", "Common base class for all exceptions"),
    ("BaseExceptionGroup", "A combination of multiple unrelated exceptions."),
    ("Exception", "Common base class for all non-exit exceptions."),
    ("GeneratorExit", "Request that a generator exit."),
    ("KeyboardInterrupt", "Program interrupted by user."),
    ("SystemExit", "Request to exit from the interpreter."),
    ("ArithmeticError", "Base class for arithmetic errors."),
    ("FloatingPointError", "Floating point operation failed."),
    ("OverflowError", "Result too large to be represented."),
    ("ZeroDivisionError", "Second argument to a division or modulo operation was zero."),
    ("AssertionError", "Assertion failed."),
    ("AttributeError", "Attribute not found."),
    ("BufferError", "Buffer error."),
    ("EOFError", "Read beyond end of file."),
    ("ImportError", "Import can't find module, or can't find name in module."),
    ("ModuleNotFoundError", "Module not found."),
    ("LookupError", "Base class for lookup errors."),
    ("IndexError", "Sequence index out of range."),
    ("KeyError", "Mapping key not found."),
    ("MemoryError", "Out of memory."),
    ("NameError", "Name not found globally."),
    ("UnboundLocalError", "Local name referenced but not bound to a value."),
    ("OSError", "Base class for I/O related errors."),
    ("BlockingIOError", "I/O operation would block."),
    ("ChildProcessError", "Child process error."),
    ("ConnectionError", "Connection error."),
    ("BrokenPipeError", "Broken pipe."),
    ("ConnectionAbortedError", "Connection aborted."),
    ("ConnectionRefusedError", "Connection refused."),
    ("ConnectionResetError", "Connection reset."),
    ("FileExistsError", "File already exists."),
    ("FileNotFoundError", "File not found."),
    ("InterruptedError", "Interrupted by signal."),
    ("IsADirectoryError", "Operation doesn't work on directories."),
    ("NotADirectoryError", "Operation only works on directories."),
    ("PermissionError", "Not enough permissions."),
    ("ProcessLookupError", "Process not found."),
    ("TimeoutError", "Timeout expired."),
    ("ReferenceError", "Weak ref proxy used after referent went away."),
    ("RuntimeError", "Unspecified run-time error."),
    ("NotImplementedError", "Method or function hasn't been implemented yet."),
    ("RecursionError", "Recursion limit exceeded."),
    ("StopAsyncIteration", "Signal the end from iterator.__anext__()."),
    ("StopIteration", "Signal the end from iterator.__next__()."),
    ("SyntaxError", "Invalid syntax."),
    ("IndentationError", "Improper indentation."),
    ("TabError", "Improper mixture of spaces and tabs."),
    ("SystemError", "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version."),
    ("TypeError", "Inappropriate argument type."),
    ("ValueError", "Inappropriate argument value (of correct type)."),
    ("UnicodeError", "Unicode related error."),
    ("UnicodeDecodeError", "Unicode decoding error."),
    ("UnicodeEncodeError", "Unicode encoding error."),
    ("UnicodeTranslateError", "Unicode translation error."),
    ("Warning", "Base class for warning categories."),
    ("BytesWarning", "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str."),
    ("DeprecationWarning", "Base class for warnings about deprecated features."),
    ("EncodingWarning", "Base class for warnings about encodings."),
    ("FutureWarning", "Base class for warnings about constructs that will change semantically\nin the future."),
    ("ImportWarning", "Base class for warnings about probable mistakes in module imports"),
    ("PendingDeprecationWarning", "Base class for warnings about features which will be deprecated\nin the future."),
    ("ResourceWarning", "Base class for warnings about resource usage."),
    ("RuntimeWarning", "Base class for warnings about dubious runtime behavior."),
    ("SyntaxWarning", "Base class for warnings about dubious syntax."),
    ("UnicodeWarning", "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."),
    ("UserWarning", "Base class for warnings generated by user code."),
];
