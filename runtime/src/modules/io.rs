//! Standard streams and `open()`: buffered text/binary file objects.

use crate::util::arg_or_kw;
use parking_lot::Mutex;
use std::io::{BufRead, BufReader, Read, Write};
use weft_eval::state::ts;
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::types::{add_method, native, new_native_type};
use weft_objects::vm::*;
use weft_objects::{bytes, int, list, str as pystr, types, PyRef};

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
}

impl StdStream {
    fn write(&self, s: &str) {
        let mut b = self.buf.lock();
        b.extend_from_slice(s.as_bytes());
        if self.kind == StdKind::Stderr || b.len() > 1 << 16 {
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

/// A file opened by `open()`.
pub struct FileObj {
    name: String,
    mode: String,
    binary: bool,
    reader: Mutex<Option<BufReader<std::fs::File>>>,
    writer: Mutex<Option<std::io::BufWriter<std::fs::File>>>,
}

fn stream(o: &PyRef) -> PyResult<&StdStream> {
    native::<StdStream>(o).ok_or_else(|| type_error("not a stream"))
}
fn file(o: &PyRef) -> PyResult<&FileObj> {
    native::<FileObj>(o).ok_or_else(|| type_error("not a file"))
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
fn s_isatty(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(false))
}

fn io_err(e: std::io::Error, name: &str) -> PyErr {
    PyErr(weft_objects::exceptions::from_io_error(&e, Some(pystr::new_str(name))))
}

/// `open(file, mode='r', encoding=None, ...)`.
pub fn open(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let name = arg_or_kw(a, kw, 0, "file").ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let name = pystr::as_str(&name).ok_or_else(|| type_error("expected str, bytes or os.PathLike object"))?.to_string();
    let mode = arg_or_kw(a, kw, 1, "mode").and_then(|m| pystr::as_str(&m).map(String::from)).unwrap_or_else(|| "r".into());
    let binary = mode.contains('b');
    let mut opts = std::fs::OpenOptions::new();
    let plus = mode.contains('+');
    if mode.contains('r') {
        opts.read(true).write(plus);
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true).read(plus);
    } else if mode.contains('a') {
        opts.append(true).create(true).read(plus);
    } else if mode.contains('x') {
        opts.write(true).create_new(true).read(plus);
    } else {
        return Err(value_error(format!("invalid mode: '{mode}'")));
    }
    let f = ts(vm).blocking(|| opts.open(&name)).map_err(|e| io_err(e, &name))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(PyErr(weft_objects::exceptions::new_exc(&types::exc_type("IsADirectoryError"), vec![int::new_int(21), pystr::new_str("Is a directory")])));
    }
    let reading = mode.contains('r') || plus;
    let writing = !mode.contains('r') || plus;
    let (reader, writer) = if reading && !writing {
        (Some(BufReader::new(f)), None)
    } else if writing && !reading {
        (None, Some(std::io::BufWriter::new(f)))
    } else {
        let f2 = f.try_clone().map_err(|e| io_err(e, &name))?;
        (Some(BufReader::new(f)), Some(std::io::BufWriter::new(f2)))
    };
    let obj = FileObj { name, mode, binary, reader: Mutex::new(reader), writer: Mutex::new(writer) };
    let ty = file_type(vm);
    Ok(PyRef::new(&ty, Payload::Native(Box::new(obj))))
}

fn file_type(vm: &mut dyn Vm) -> PyRef {
    ts(vm).interp.extra("file_type").expect("io initialized")
}

fn closed_err() -> PyErr {
    value_error("I/O operation on closed file.")
}

fn to_obj(f: &FileObj, data: Vec<u8>) -> PyResult {
    if f.binary {
        Ok(bytes::new_bytes(data))
    } else {
        Ok(pystr::new_string(String::from_utf8(data).map_err(|e| err(&types::t().unicode_decode_error, format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", e.as_bytes()[e.utf8_error().valid_up_to()], e.utf8_error().valid_up_to())))?))
    }
}

fn f_read(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    let n = match a.get(1) {
        Some(o) if !is_none(o) => int::index_i64(o)?,
        _ => -1,
    };
    let data = ts(vm).blocking(|| -> PyResult<Vec<u8>> {
        let mut r = f.reader.lock();
        let r = r.as_mut().ok_or_else(|| err(&types::exc_type("UnsupportedOperation"), "not readable").clone())?;
        let mut v = Vec::new();
        if n < 0 {
            r.read_to_end(&mut v).map_err(|e| io_err(e, &f.name))?;
        } else {
            let mut chunk = r.take(n as u64);
            chunk.read_to_end(&mut v).map_err(|e| io_err(e, &f.name))?;
        }
        Ok(v)
    });
    to_obj(f, data.map_err(|_| closed_err_or(f))?)
}

fn closed_err_or(f: &FileObj) -> PyErr {
    if f.reader.lock().is_none() && f.writer.lock().is_none() {
        closed_err()
    } else {
        err(&types::t().os_error, "not readable")
    }
}

fn f_readline(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    let line = ts(vm).blocking(|| {
        let mut r = f.reader.lock();
        let r = r.as_mut()?;
        let mut v = Vec::new();
        r.read_until(b'\n', &mut v).ok()?;
        Some(v)
    });
    match line {
        Some(v) => to_obj(f, v),
        None => Err(closed_err_or(f)),
    }
}
fn f_readlines(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let mut out = Vec::new();
    loop {
        let l = f_readline(vm, &a[..1], &[])?;
        if !p::truthy_native(&l).unwrap_or(false) {
            break;
        }
        out.push(l);
    }
    Ok(list::new_list(out))
}
fn f_next(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let l = f_readline(vm, &a[..1], &[])?;
    if !p::truthy_native(&l).unwrap_or(false) {
        return Err(stop_iteration(None));
    }
    Ok(l)
}
fn f_iter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(a[0].clone())
}
fn f_write(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("write", &a[1..], 1, 1)?;
    let f = file(&a[0])?;
    let (data, n) = if f.binary {
        let b = bytes::as_bytes_vec(&a[1]).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", types::type_name(a[1].class()))))?;
        let n = b.len();
        (b, n)
    } else {
        let s = pystr::as_str(&a[1]).ok_or_else(|| type_error(format!("write() argument must be str, not {}", types::type_name(a[1].class()))))?;
        (s.as_bytes().to_vec(), pystr::as_pystr(&a[1]).unwrap().char_len())
    };
    ts(vm).blocking(|| {
        let mut w = f.writer.lock();
        match w.as_mut() {
            Some(w) => w.write_all(&data).map_err(|e| io_err(e, &f.name)),
            None => Err(closed_err()),
        }
    })?;
    Ok(int::new_int(n as i64))
}
fn f_writelines(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    for x in p::collect(vm, &a[1])? {
        f_write(vm, &[a[0].clone(), x], &[])?;
    }
    Ok(none())
}
fn f_flush(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    ts(vm).blocking(|| {
        if let Some(w) = f.writer.lock().as_mut() {
            let _ = w.flush();
        }
    });
    Ok(none())
}
fn f_close(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    ts(vm).blocking(|| {
        if let Some(mut w) = f.writer.lock().take() {
            let _ = w.flush();
        }
        f.reader.lock().take();
    });
    Ok(none())
}
fn f_enter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(a[0].clone())
}
fn f_exit(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    f_close(vm, &a[..1], &[])?;
    Ok(bool_obj(false))
}
fn f_name(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str(&file(&a[0])?.name))
}
fn f_mode(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str(&file(&a[0])?.mode))
}
fn f_closed(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    Ok(bool_obj(f.reader.lock().is_none() && f.writer.lock().is_none()))
}

fn property(f: NativeFn, name: &'static str) -> PyRef {
    let g = weft_objects::function::new_builtin(name, "", f, None);
    let n = none();
    PyRef::new(&types::types().property, Payload::Property(Box::new([g, n.clone(), n.clone(), n])))
}

/// Create the stream and file types and the standard streams.
pub fn init(interp: &weft_eval::Interp) -> (PyRef, PyRef) {
    let st = new_native_type("TextIOWrapper", "_io");
    add_method(&st, "write", s_write);
    add_method(&st, "flush", s_flush);
    add_method(&st, "isatty", s_isatty);
    let ft = new_native_type("TextIOWrapper", "_io");
    for (n, f) in [
        ("read", f_read as NativeFn),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("close", f_close),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
        ("__next__", f_next),
    ] {
        add_method(&ft, n, f);
    }
    let td = types::type_data(&ft);
    weft_objects::dict::set_str(&td.dict, "name", property(f_name, "name"));
    weft_objects::dict::set_str(&td.dict, "mode", property(f_mode, "mode"));
    weft_objects::dict::set_str(&td.dict, "closed", property(f_closed, "closed"));
    interp.set_extra("file_type", ft);
    let out = PyRef::new(&st, Payload::Native(Box::new(StdStream { kind: StdKind::Stdout, buf: Mutex::new(Vec::new()) })));
    let errs = PyRef::new(&st, Payload::Native(Box::new(StdStream { kind: StdKind::Stderr, buf: Mutex::new(Vec::new()) })));
    interp.set_extra("stdout", out.clone());
    interp.set_extra("stderr", errs.clone());
    (out, errs)
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
