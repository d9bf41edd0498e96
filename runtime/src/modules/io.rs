//! Standard streams and `open()`: buffered text/binary file objects.

use parking_lot::Mutex;
use std::io::Write;
use weft_eval::state::ts;
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::types::{add_method, native, new_native_type};
use weft_objects::vm::*;
use weft_objects::{int, str as pystr, types, PyRef};

/// Which OS stream a standard stream writes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StdKind {
    /// fd 1.
    Stdout,
    /// fd 2.
    Stderr,
}

/// `sys.stdout` / `sys.stderr`: text written is buffered (stdout) and
/// flushed at exit, on `flush()`, and when the buffer grows large.
pub struct StdStream {
    kind: StdKind,
    buf: Mutex<Vec<u8>>,
    /// `line_buffering`: flush after every write holding a newline.
    line_buffering: std::sync::atomic::AtomicBool,
    /// `write_through`: flush after every write (`-u`, `PYTHONUNBUFFERED`).
    write_through: std::sync::atomic::AtomicBool,
}

/// Set by `-u` before the standard streams are made.
pub static UNBUFFERED_FLAG: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the standard streams start unbuffered (`-u`, or
/// `PYTHONUNBUFFERED` set to a non-empty string, as CPython reads it).
pub fn unbuffered() -> bool {
    UNBUFFERED_FLAG.load(std::sync::atomic::Ordering::Relaxed) || std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty())
}

impl StdStream {
    fn write(&self, s: &str) {
        let mut b = self.buf.lock();
        b.extend_from_slice(s.as_bytes());
        // Relaxed: a setting; a write racing reconfigure() may use either.
        let line = self.line_buffering.load(std::sync::atomic::Ordering::Relaxed) && s.contains('\n');
        let through = self.write_through.load(std::sync::atomic::Ordering::Relaxed);
        if self.kind == StdKind::Stderr || line || through || b.len() > 1 << 16 {
            Self::flush_buf(self.kind, &mut b);
        }
    }
    fn flush_buf(kind: StdKind, b: &mut Vec<u8>) {
        if b.is_empty() {
            return;
        }
        let _ = match kind {
            StdKind::Stdout => std::io::stdout().lock().write_all(b).and_then(|_| std::io::stdout().flush()),
            StdKind::Stderr => std::io::stderr().lock().write_all(b),
        };
        b.clear();
    }
    /// Write out everything buffered.
    pub fn flush(&self) {
        Self::flush_buf(self.kind, &mut self.buf.lock());
    }
}

fn stream(o: &PyRef) -> PyResult<&StdStream> {
    native::<StdStream>(o).ok_or_else(|| type_error("not a stream"))
}

/// Whether `f` is one of the native standard streams.
pub fn is_std_stream(f: &PyRef) -> bool {
    native::<StdStream>(f).is_some()
}

/// Write `s` to a file-like object (fast path for the standard streams).
pub fn write_to(vm: &mut dyn Vm, f: &PyRef, s: String) -> PyResult<()> {
    if let Some(st) = native::<StdStream>(f) {
        st.write(&s);
        return Ok(());
    }
    p::call_method(vm, f, "write", &[pystr::new_string(s)])?;
    Ok(())
}

fn s_write(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("write", &a[1..], 1, 1)?;
    let s = pystr::as_str(&a[1]).ok_or_else(|| type_error(format!("write() argument must be str, not {}", types::type_name(a[1].class()))))?;
    let st = stream(&a[0])?;
    let n = pystr::as_pystr(&a[1]).unwrap().char_len();
    ts(vm).blocking(|| st.write(s));
    Ok(int::new_int(n as i64))
}
fn s_flush(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let st = stream(&a[0])?;
    ts(vm).blocking(|| st.flush());
    Ok(none())
}
fn s_isatty(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    use std::io::IsTerminal;
    Ok(bool_obj(match stream(&a[0])?.kind {
        StdKind::Stdout => std::io::stdout().is_terminal(),
        StdKind::Stderr => std::io::stderr().is_terminal(),
    }))
}
fn s_writelines(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("writelines", &a[1..], 1, 1)?;
    let st = stream(&a[0])?;
    for line in p::collect(vm, &a[1])? {
        let s = pystr::as_str(&line).ok_or_else(|| type_error(format!("write() argument must be str, not {}", types::type_name(line.class()))))?;
        st.write(s);
    }
    Ok(none())
}
fn s_fileno(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(match stream(&a[0])?.kind {
        StdKind::Stdout => 1,
        StdKind::Stderr => 2,
    }))
}
fn s_false(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(false))
}
fn s_true(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(true))
}
fn s_name(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str(match stream(&a[0])?.kind {
        StdKind::Stdout => "<stdout>",
        StdKind::Stderr => "<stderr>",
    }))
}
fn s_mode(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str("w"))
}
fn s_encoding(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str("utf-8"))
}
fn s_errors(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str(match stream(&a[0])?.kind {
        StdKind::Stdout => "strict",
        StdKind::Stderr => "backslashreplace",
    }))
}
fn s_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let name = match stream(&a[0])?.kind {
        StdKind::Stdout => "<stdout>",
        StdKind::Stderr => "<stderr>",
    };
    Ok(pystr::new_string(format!("<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>")))
}
/// `stream.reconfigure(*, encoding, errors, newline, line_buffering,
/// write_through)`: the standard streams write UTF-8 and translate no
/// newlines, so only those settings (and line buffering) are accepted.
fn s_reconfigure(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_args("reconfigure", &a[1..], 0, 0)?;
    check_kwargs("reconfigure", kw, &["encoding", "errors", "newline", "line_buffering", "write_through"])?;
    let st = stream(&a[0])?;
    if let Some(e) = kwarg(kw, "encoding").filter(|e| !is_none(e)) {
        let name = pystr::as_str(e).ok_or_else(|| type_error(format!("reconfigure() argument 'encoding' must be str or None, not {}", types::type_name(e.class()))))?;
        weft_objects::codecs::encode("", name, "strict")?;
        let norm = name.to_ascii_lowercase().replace('_', "-");
        if !matches!(norm.as_str(), "utf-8" | "utf8" | "u8" | "utf" | "locale") {
            return Err(err(&types::exc_type("NotImplementedError"), format!("weft's standard streams write UTF-8; reconfigure(encoding={name:?}) is not supported")));
        }
    }
    if let Some(e) = kwarg(kw, "errors").filter(|e| !is_none(e)) {
        pystr::as_str(e).ok_or_else(|| type_error("reconfigure() argument 'errors' must be str or None"))?;
    }
    if let Some(n) = kwarg(kw, "newline").filter(|n| !is_none(n)) {
        let v = pystr::as_str(n).ok_or_else(|| type_error("reconfigure() argument 'newline' must be str or None"))?;
        if !matches!(v, "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {v}")));
        }
        if matches!(v, "\r" | "\r\n") {
            return Err(err(&types::exc_type("NotImplementedError"), "weft's standard streams do not translate newlines"));
        }
    }
    if let Some(l) = kwarg(kw, "line_buffering").filter(|l| !is_none(l)) {
        let on = weft_objects::protocol::truthy_native(l).unwrap_or(true);
        st.line_buffering.store(on, std::sync::atomic::Ordering::Relaxed);
        if on {
            st.flush();
        }
    }
    if let Some(w) = kwarg(kw, "write_through").filter(|w| !is_none(w)) {
        let on = weft_objects::protocol::truthy_native(w).unwrap_or(true);
        st.write_through.store(on, std::sync::atomic::Ordering::Relaxed);
        if on {
            st.flush();
        }
    }
    Ok(none())
}
fn s_line_buffering(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(stream(&a[0])?.line_buffering.load(std::sync::atomic::Ordering::Relaxed)))
}
fn s_unsupported(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Err(err(&types::exc_type("UnsupportedOperation"), "not readable"))
}
fn s_unseekable(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Err(err(&types::exc_type("UnsupportedOperation"), "underlying stream is not seekable"))
}

/// `sys.stdout.buffer`: bytes written go into the text stream's buffer,
/// so text and bytes come out in the order written.
struct StdBuffer {
    text: PyRef,
}

fn s_buffer(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    stream(&a[0])?;
    let ty = ts(vm).interp.extra("std_buffer_type").expect("io initialized");
    Ok(PyRef::new(&ty, Payload::Native(Box::new(StdBuffer { text: a[0].clone() }))))
}
fn b_write(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("write", &a[1..], 1, 1)?;
    let b = native::<StdBuffer>(&a[0]).ok_or_else(|| type_error("not a buffer"))?;
    let data = weft_objects::bytes::as_bytes_vec(&a[1]).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", types::type_name(a[1].class()))))?;
    let st = stream(&b.text)?;
    ts(vm).blocking(|| {
        let mut buf = st.buf.lock();
        buf.extend_from_slice(&data);
        if st.kind == StdKind::Stderr || buf.len() > 1 << 16 {
            StdStream::flush_buf(st.kind, &mut buf);
        }
    });
    Ok(int::new_int(data.len() as i64))
}
fn b_flush(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let b = native::<StdBuffer>(&a[0]).ok_or_else(|| type_error("not a buffer"))?;
    s_flush(vm, std::slice::from_ref(&b.text), &[])
}
fn b_fileno(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let b = native::<StdBuffer>(&a[0]).ok_or_else(|| type_error("not a buffer"))?;
    s_fileno(vm, std::slice::from_ref(&b.text), &[])
}

/// `open()`: see `file`.
pub fn open(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::modules::file::open(vm, a, kw)
}


/// Create the stream and file types and the standard streams.
pub fn init(interp: &weft_eval::Interp) -> (PyRef, PyRef) {
    let st = new_native_type("TextIOWrapper", "_io");
    for (n, f) in [
        ("write", s_write as NativeFn),
        ("flush", s_flush),
        ("isatty", s_isatty),
        ("writelines", s_writelines),
        ("fileno", s_fileno),
        ("readable", s_false),
        ("seekable", s_false),
        ("writable", s_true),
        ("read", s_unsupported),
        ("readline", s_unsupported),
        ("tell", s_unseekable),
        ("seek", s_unseekable),
        ("close", s_flush),
        ("__repr__", s_repr),
    ] {
        add_method(&st, n, f);
    }
    add_method(&st, "reconfigure", s_reconfigure);
    for (n, f) in [("name", s_name as NativeFn), ("mode", s_mode), ("encoding", s_encoding), ("errors", s_errors), ("closed", s_false), ("line_buffering", s_line_buffering), ("buffer", s_buffer)] {
        types::add_native_property(&st, n, f, None);
    }
    let bt = new_native_type("BufferedWriter", "_io");
    for (n, f) in [("write", b_write as NativeFn), ("flush", b_flush), ("fileno", b_fileno), ("writable", s_true), ("readable", s_false), ("seekable", s_false)] {
        add_method(&bt, n, f);
    }
    interp.set_extra("std_buffer_type", bt);
    crate::modules::file::install(interp);
    let through = unbuffered();
    let make = |kind| StdStream { kind, buf: Mutex::new(Vec::new()), line_buffering: Default::default(), write_through: std::sync::atomic::AtomicBool::new(through) };
    let out = PyRef::new(&st, Payload::Native(Box::new(make(StdKind::Stdout))));
    let errs = PyRef::new(&st, Payload::Native(Box::new(make(StdKind::Stderr))));
    interp.set_extra("stdout", out.clone());
    interp.set_extra("stderr", errs.clone());
    (out, errs)
}

/// The `_io` module: the native file and standard-stream types, which the
/// shipped `io` module registers with its abstract base classes.
pub fn module(interp: &weft_eval::Interp) -> PyRef {
    let m = crate::util::new_module("_io");
    let d = p::instance_dict(&m).unwrap().clone();
    for (key, name) in [("file_type", "FileTextIOWrapper"), ("file_type_br", "BufferedReader"), ("file_type_bw", "BufferedWriter"), ("file_type_brw", "BufferedRandom"), ("std_buffer_type", "StdBufferedWriter")] {
        if let Some(t) = interp.extra(key) {
            weft_objects::dict::set_str(&d, name, t);
        }
    }
    if let Some(out) = interp.extra("stdout") {
        weft_objects::dict::set_str(&d, "StdTextIOWrapper", out.class().clone());
    }
    m
}

/// Flush the standard streams (at exit and before printing tracebacks).
pub fn flush_std(interp: &weft_eval::Interp) {
    for k in ["stdout", "stderr"] {
        if let Some(s) = interp.extra(k) {
            if let Some(st) = native::<StdStream>(&s) {
                st.flush();
            }
        }
    }
}
