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

fn stream(o: &PyRef) -> PyResult<&StdStream> {
    native::<StdStream>(o).ok_or_else(|| type_error("not a stream"))
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

/// `open()`: see `file`.
pub fn open(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    crate::modules::file::open(vm, a, kw)
}


/// Create the stream and file types and the standard streams.
pub fn init(interp: &weft_eval::Interp) -> (PyRef, PyRef) {
    let st = new_native_type("TextIOWrapper", "_io");
    add_method(&st, "write", s_write);
    add_method(&st, "flush", s_flush);
    add_method(&st, "isatty", s_isatty);
    crate::modules::file::install(interp);
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
