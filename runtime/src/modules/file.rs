//! File objects returned by `open()`: text (`TextIOWrapper`) and binary
//! (`BufferedReader`/`BufferedWriter`/`BufferedRandom`) files over one OS
//! file with a read-ahead buffer and a write buffer, so reads, writes,
//! `seek` and `tell` can be mixed as in CPython.
//!
//! Text files encode and decode with `weft_objects::codecs` (UTF-8 by
//! default) and read with universal newlines (`\r\n` and `\r` become
//! `\n`). `tell()` of a text file is the byte offset (CPython's opaque
//! cookie is the same number for these codecs). All state sits behind
//! one mutex per file, so a file shared by threads never interleaves
//! partial operations; every OS call detaches the thread.

use crate::util::arg_or_kw;
use parking_lot::Mutex;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::sync::Arc;
use weft_eval::state::ts;
use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::types::{add_method, native, new_native_type};
use weft_objects::vm::*;
use weft_objects::{bytes, int, list, str as pystr, types, PyRef};

/// Read-ahead chunk size.
const CHUNK: usize = 64 * 1024;

/// A file opened by `open()`.
pub struct FileObj {
    name: PyRef,
    mode: String,
    binary: bool,
    encoding: String,
    errors: String,
    readable: bool,
    writable: bool,
    /// The descriptor `fileno()` reports when it is not the OS file's own
    /// (`sys.stdin` reads a duplicate of descriptor 0).
    fileno: Option<i32>,
    /// Shared with the binary file `buffer` returns, so text and bytes
    /// read from one object come in order.
    state: Arc<Mutex<FileState>>,
}

struct FileState {
    file: Option<std::fs::File>,
    /// Bytes read ahead; `rbuf[rpos..]` not yet returned.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written and not yet passed to the OS.
    wbuf: Vec<u8>,
}

impl FileState {
    fn file(&mut self) -> std::io::Result<&mut std::fs::File> {
        self.file.as_mut().ok_or_else(|| std::io::Error::other("closed"))
    }

    fn flush_w(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            let data = std::mem::take(&mut self.wbuf);
            self.file()?.write_all(&data)?;
        }
        Ok(())
    }

    /// Forget the read-ahead, moving the OS position back to the logical one.
    fn drop_r(&mut self) -> std::io::Result<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            self.file()?.seek(SeekFrom::Current(-(unread as i64)))?;
        }
        Ok(())
    }

    /// Make read-ahead available; 0 at end of file.
    fn fill(&mut self) -> std::io::Result<usize> {
        self.flush_w()?;
        if self.rpos < self.rbuf.len() {
            return Ok(self.rbuf.len() - self.rpos);
        }
        self.rbuf.clear();
        self.rpos = 0;
        let mut chunk = vec![0u8; CHUNK];
        let n = self.file()?.read(&mut chunk)?;
        chunk.truncate(n);
        self.rbuf = chunk;
        Ok(n)
    }

    fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        while out.len() < n {
            if self.fill()? == 0 {
                break;
            }
            let take = (n - out.len()).min(self.rbuf.len() - self.rpos);
            out.extend_from_slice(&self.rbuf[self.rpos..self.rpos + take]);
            self.rpos += take;
        }
        Ok(out)
    }

    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        self.flush_w()?;
        let mut out = self.rbuf[self.rpos..].to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        self.file()?.read_to_end(&mut out)?;
        Ok(out)
    }

    /// One line (through `\n`, or `\r`/`\r\n` when `universal`), at most
    /// `limit` bytes.
    fn read_line(&mut self, limit: Option<usize>, universal: bool) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            if limit.is_some_and(|l| out.len() >= l) || self.fill()? == 0 {
                return Ok(out);
            }
            let c = self.rbuf[self.rpos];
            self.rpos += 1;
            out.push(c);
            if c == b'\n' {
                return Ok(out);
            }
            if c == b'\r' && universal {
                if self.fill()? > 0 && self.rbuf[self.rpos] == b'\n' {
                    self.rpos += 1;
                    out.push(b'\n');
                }
                return Ok(out);
            }
        }
    }

    fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.drop_r()?;
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= CHUNK {
            self.flush_w()?;
        }
        Ok(())
    }

    fn tell(&mut self) -> std::io::Result<u64> {
        self.flush_w()?;
        let unread = (self.rbuf.len() - self.rpos) as u64;
        Ok(self.file()?.stream_position()? - unread)
    }

    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.flush_w()?;
        if let SeekFrom::Current(_) = to {
            self.drop_r()?;
        } else {
            self.rbuf.clear();
            self.rpos = 0;
        }
        self.file()?.seek(to)
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        let _ = self.state.lock().flush_w();
    }
}

fn file(o: &PyRef) -> PyResult<&FileObj> {
    native::<FileObj>(o).ok_or_else(|| type_error("descriptor requires a file object"))
}

fn io_err(e: std::io::Error, f: &FileObj) -> PyErr {
    if e.kind() == std::io::ErrorKind::Other && e.to_string() == "closed" {
        return value_error("I/O operation on closed file.");
    }
    let _ = f;
    PyErr(weft_objects::exceptions::from_io_error(&e, None))
}

fn unsupported(what: &str) -> PyErr {
    err(&types::exc_type("UnsupportedOperation"), what)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn open(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("open", kw, &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"])?;
    let name_obj = arg_or_kw(a, kw, 0, "file").ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let fd = match &name_obj.payload {
        Payload::Int(n) => Some(i32::try_from(*n).map_err(|_| overflow_error("signed integer is greater than maximum"))?),
        _ => None,
    };
    if let Some(fd) = fd {
        if fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
    }
    let name = match pystr::as_str(&name_obj) {
        _ if fd.is_some() => String::new(),
        Some(s) => s.to_string(),
        None => match p::getattr_opt(vm, &name_obj, "__fspath__")? {
            Some(f) => {
                let r = vm.call(&f, &[], &[])?;
                pystr::as_str(&r).map(String::from).ok_or_else(|| type_error("expected str, bytes or os.PathLike object"))?
            }
            None => return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", types::type_name(name_obj.class())))),
        },
    };
    let mode = match arg_or_kw(a, kw, 1, "mode") {
        Some(m) => pystr::as_str(&m).map(String::from).ok_or_else(|| type_error(format!("open() argument 'mode' must be str, not {}", types::type_name(m.class()))))?,
        None => "r".into(),
    };
    let valid = mode.chars().all(|c| "rwxabt+".contains(c)) && mode.chars().filter(|c| "rwxa".contains(*c)).count() == 1 && !(mode.contains('b') && mode.contains('t'));
    if !valid {
        return Err(value_error(format!("invalid mode: '{mode}'")));
    }
    let binary = mode.contains('b');
    let text_arg = |i: usize, n: &str| arg_or_kw(a, kw, i, n).filter(|x| !is_none(x));
    let encoding = match text_arg(3, "encoding") {
        Some(e) if binary => {
            let _ = e;
            return Err(value_error("binary mode doesn't take an encoding argument"));
        }
        Some(e) => pystr::as_str(&e).unwrap_or("utf-8").to_string(),
        None => "utf-8".to_string(),
    };
    if binary && text_arg(4, "errors").is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    let errors = text_arg(4, "errors").and_then(|e| pystr::as_str(&e).map(String::from)).unwrap_or_else(|| "strict".into());
    if weft_objects::codecs::encode("", &encoding, &errors).is_err() {
        return Err(err(&types::t().lookup_error, format!("unknown encoding: {encoding}")));
    }
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    if mode.contains('r') {
        opts.read(true).write(plus);
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true).read(plus);
    } else if mode.contains('a') {
        opts.append(true).create(true).read(plus);
    } else {
        opts.write(true).create_new(true).read(plus);
    }
    let f = match fd {
        Some(fd) => {
            let closefd = match arg_or_kw(a, kw, 6, "closefd") {
                Some(c) => p::truthy(vm, &c)?,
                None => true,
            };
            weft_sync::os::file_from_fd(fd, closefd).map_err(|e| PyErr(weft_objects::exceptions::from_io_error(&e, None)))?
        }
        None => ts(vm).blocking(|| opts.open(&name)).map_err(|e| PyErr(weft_objects::exceptions::from_io_error(&e, Some(name_obj.clone()))))?,
    };
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(PyErr(weft_objects::exceptions::from_io_error(&e, Some(name_obj))));
    }
    let readable = mode.contains('r') || plus;
    let writable = !mode.contains('r') || plus;
    let shown_mode = if binary { mode.clone() } else { mode.replace('t', "") };
    let obj = FileObj { name: name_obj, mode: shown_mode, binary, encoding, errors, readable, writable, fileno: fd, state: Arc::new(Mutex::new(FileState { file: Some(f), rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() })) };
    Ok(wrap(&ts(vm).interp, obj))
}

/// The Python object for a file: its type follows text/binary and the
/// directions it may be used in.
fn wrap(interp: &weft_eval::Interp, obj: FileObj) -> PyRef {
    let key = match (obj.binary, obj.readable, obj.writable) {
        (false, _, _) => "file_type",
        (true, true, false) => "file_type_br",
        (true, false, true) => "file_type_bw",
        (true, _, _) => "file_type_brw",
    };
    let ty = interp.extra(key).expect("io initialized");
    PyRef::new(&ty, Payload::Native(Box::new(obj)))
}

/// `sys.stdin`: a text file reading a duplicate of descriptor 0 (None
/// when the process has no standard input).
pub fn stdin(interp: &weft_eval::Interp) -> Option<PyRef> {
    use std::os::fd::AsFd;
    let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
    let f = std::fs::File::from(fd);
    let obj = FileObj {
        name: pystr::new_str("<stdin>"),
        mode: "r".into(),
        binary: false,
        encoding: "utf-8".into(),
        errors: "strict".into(),
        readable: true,
        writable: false,
        fileno: Some(0),
        state: Arc::new(Mutex::new(FileState { file: Some(f), rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() })),
    };
    Some(wrap(interp, obj))
}

/// Universal newlines: `\r\n` and lone `\r` become `\n`.
fn translate_newlines(s: String) -> String {
    if !s.contains('\r') {
        return s;
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

fn decode(f: &FileObj, data: Vec<u8>) -> PyResult {
    if f.binary {
        return Ok(bytes::new_bytes(data));
    }
    let text = weft_objects::codecs::decode(&data, &f.encoding, &f.errors)?;
    Ok(pystr::new_string(translate_newlines(text)))
}

/// Run `op` on the file's state, detached; the OS error becomes OSError.
fn with_state<R>(vm: &mut dyn Vm, f: &FileObj, op: impl FnOnce(&mut FileState) -> std::io::Result<R>) -> PyResult<R> {
    let r = ts(vm).blocking(|| {
        let mut st = f.state.lock();
        if st.file.is_none() {
            return Err(std::io::Error::other("closed"));
        }
        op(&mut st)
    });
    r.map_err(|e| io_err(e, f))
}

fn check_readable(f: &FileObj) -> PyResult<()> {
    if f.state.lock().file.is_none() {
        return Err(value_error("I/O operation on closed file."));
    }
    if !f.readable {
        return Err(unsupported(if f.binary { "read" } else { "not readable" }));
    }
    Ok(())
}

fn check_writable(f: &FileObj) -> PyResult<()> {
    if f.state.lock().file.is_none() {
        return Err(value_error("I/O operation on closed file."));
    }
    if !f.writable {
        return Err(unsupported(if f.binary { "write" } else { "not writable" }));
    }
    Ok(())
}

fn size_arg(a: &[PyRef], kw: KwArgs, name: &str) -> PyResult<Option<usize>> {
    match arg_or_kw(a, kw, 1, name) {
        Some(o) if !is_none(&o) => {
            let n = int::index_i64(&o)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        _ => Ok(None),
    }
}

fn f_read(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    check_readable(f)?;
    let n = size_arg(a, kw, "size")?;
    let data = match n {
        None => with_state(vm, f, |st| st.read_all())?,
        Some(n) if f.binary => with_state(vm, f, |st| st.read_n(n))?,
        Some(n) => {
            // n characters: read bytes until they decode to n characters
            // (UTF-8 continuation bytes complete the last one).
            let utf8 = matches!(f.encoding.to_ascii_lowercase().replace('_', "-").as_str(), "utf-8" | "utf8");
            with_state(vm, f, |st| {
                let mut out = st.read_n(n)?;
                if utf8 {
                    loop {
                        let chars = String::from_utf8_lossy(&out).chars().count();
                        let incomplete = std::str::from_utf8(&out).err().is_some_and(|e| e.error_len().is_none());
                        if incomplete {
                            let more = st.read_n(1)?;
                            if more.is_empty() {
                                break;
                            }
                            out.extend(more);
                            continue;
                        }
                        if chars >= n {
                            break;
                        }
                        let more = st.read_n(n - chars)?;
                        if more.is_empty() {
                            break;
                        }
                        out.extend(more);
                    }
                }
                Ok(out)
            })?
        }
    };
    decode(f, data)
}

fn f_readline(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    check_readable(f)?;
    let limit = size_arg(a, kw, "size")?;
    let universal = !f.binary;
    let line = with_state(vm, f, |st| st.read_line(limit, universal))?;
    decode(f, line)
}

fn f_readlines(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let hint = size_arg(a, kw, "hint")?;
    let mut out = Vec::new();
    let mut total = 0usize;
    loop {
        let l = f_readline(vm, &a[..1], &[])?;
        let n = p::len(vm, &l)?;
        if n == 0 {
            break;
        }
        out.push(l);
        total += n;
        if hint.is_some_and(|h| h > 0 && total > h) {
            break;
        }
    }
    Ok(list::new_list(out))
}

fn f_next(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let l = f_readline(vm, &a[..1], &[])?;
    if p::len(vm, &l)? == 0 {
        return Err(stop_iteration(None));
    }
    Ok(l)
}

fn f_iter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    if f.state.lock().file.is_none() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(a[0].clone())
}

fn f_write(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("write", &a[1..], 1, 1)?;
    let f = file(&a[0])?;
    check_writable(f)?;
    let (data, n) = if f.binary {
        let b = bytes::as_bytes_vec(&a[1]).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", types::type_name(a[1].class()))))?;
        let n = b.len();
        (b, n)
    } else {
        let s = pystr::as_str(&a[1]).ok_or_else(|| type_error(format!("write() argument must be str, not {}", types::type_name(a[1].class()))))?;
        (weft_objects::codecs::encode(s, &f.encoding, &f.errors)?, pystr::as_pystr(&a[1]).unwrap().char_len())
    };
    with_state(vm, f, |st| st.write(&data))?;
    Ok(int::new_int(n as i64))
}

fn f_writelines(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("writelines", &a[1..], 1, 1)?;
    for x in p::collect(vm, &a[1])? {
        f_write(vm, &[a[0].clone(), x], &[])?;
    }
    Ok(none())
}

fn f_flush(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    with_state(vm, f, |st| st.flush_w())?;
    Ok(none())
}

fn f_close(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    let r = ts(vm).blocking(|| {
        let mut st = f.state.lock();
        if st.file.is_none() {
            return Ok(());
        }
        let r = st.flush_w();
        st.file = None;
        st.rbuf.clear();
        r
    });
    r.map_err(|e| io_err(e, f))?;
    Ok(none())
}

fn f_tell(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    let pos = with_state(vm, f, |st| st.tell())?;
    Ok(int::new_int(pos as i64))
}

fn f_seek(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_args("seek", &a[1..], 1, 2)?;
    let f = file(&a[0])?;
    let off = int::index_i64(&p::index(vm, &a[1])?)?;
    let whence = match arg_or_kw(a, kw, 2, "whence") {
        Some(w) => int::index_i64(&w)?,
        None => 0,
    };
    if !f.binary && whence != 0 && off != 0 {
        return Err(unsupported(if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" }));
    }
    let to = match whence {
        0 => {
            if off < 0 {
                return Err(value_error(format!("negative seek position {off}")));
            }
            SeekFrom::Start(off as u64)
        }
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let pos = with_state(vm, f, |st| st.seek(to))?;
    Ok(int::new_int(pos as i64))
}

fn f_truncate(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    check_writable(f)?;
    let size = match a.get(1) {
        Some(s) if !is_none(s) => Some(int::index_i64(s)? as u64),
        _ => None,
    };
    let n = with_state(vm, f, |st| {
        let size = match size {
            Some(s) => s,
            None => st.tell()?,
        };
        st.flush_w()?;
        st.drop_r()?;
        st.file()?.set_len(size)?;
        Ok(size)
    })?;
    Ok(int::new_int(n as i64))
}

fn f_fileno(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    use std::os::fd::AsRawFd;
    let f = file(&a[0])?;
    let st = f.state.lock();
    match &st.file {
        Some(file) => Ok(int::new_int(f.fileno.unwrap_or_else(|| file.as_raw_fd()) as i64)),
        None => Err(value_error("I/O operation on closed file.")),
    }
}

fn f_enter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    if f.state.lock().file.is_none() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(a[0].clone())
}

fn f_exit(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    f_close(vm, &a[..1], &[])?;
    Ok(bool_obj(false))
}

fn f_readable(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    if f.state.lock().file.is_none() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(bool_obj(f.readable))
}

fn f_writable(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    if f.state.lock().file.is_none() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(bool_obj(f.writable))
}

fn f_seekable(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    if f.state.lock().file.is_none() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(bool_obj(true))
}

fn f_isatty(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    let st = f.state.lock();
    match &st.file {
        Some(file) => Ok(bool_obj(file.is_terminal())),
        None => Err(value_error("I/O operation on closed file.")),
    }
}

/// `text_file.buffer`: the binary file under a text file, sharing its
/// position and buffers.
fn f_buffer(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    let mode = if f.readable && f.writable { "rb+" } else if f.readable { "rb" } else { "wb" };
    let obj = FileObj {
        name: f.name.clone(),
        mode: mode.into(),
        binary: true,
        encoding: String::new(),
        errors: String::new(),
        readable: f.readable,
        writable: f.writable,
        fileno: f.fileno,
        state: f.state.clone(),
    };
    Ok(wrap(&ts(vm).interp, obj))
}
fn f_line_buffering(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    Ok(bool_obj(f.fileno.is_some() && f.state.lock().file.as_ref().is_some_and(|x| x.is_terminal())))
}

fn f_repr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    let name = p::repr_string(vm, &f.name)?;
    let ty = types::type_name(a[0].class()).to_string();
    if f.state.lock().file.is_none() {
        return Ok(pystr::new_string(format!("<_io.{ty} name={name}>").replace(&format!(" name={name}"), "")));
    }
    Ok(pystr::new_string(if f.binary {
        format!("<_io.{ty} name={name}>")
    } else {
        format!("<_io.{ty} name={name} mode='{}' encoding='{}'>", f.mode, f.encoding)
    }))
}

fn f_name(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(file(&a[0])?.name.clone())
}
fn f_mode(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str(&file(&a[0])?.mode))
}
fn f_closed(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(file(&a[0])?.state.lock().file.is_none()))
}
fn f_encoding(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let f = file(&a[0])?;
    if f.binary {
        return Err(weft_objects::vm::attribute_error(format!("'{}' object has no attribute 'encoding'", types::type_name(a[0].class()))));
    }
    Ok(pystr::new_str(&f.encoding))
}
fn f_errors(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str(&file(&a[0])?.errors))
}

/// Create the file types (text, and binary reader/writer/random).
pub fn install(interp: &weft_eval::Interp) {
    for (key, name) in [("file_type", "TextIOWrapper"), ("file_type_br", "BufferedReader"), ("file_type_bw", "BufferedWriter"), ("file_type_brw", "BufferedRandom")] {
        let ft = new_native_type(name, "_io");
        for (n, f) in [
            ("read", f_read as NativeFn),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("write", f_write),
            ("writelines", f_writelines),
            ("flush", f_flush),
            ("close", f_close),
            ("tell", f_tell),
            ("seek", f_seek),
            ("truncate", f_truncate),
            ("fileno", f_fileno),
            ("readable", f_readable),
            ("writable", f_writable),
            ("seekable", f_seekable),
            ("isatty", f_isatty),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("__iter__", f_iter),
            ("__next__", f_next),
            ("__repr__", f_repr),
        ] {
            add_method(&ft, n, f);
        }
        let td = types::type_data(&ft);
        types::add_native_property(&ft, "name", f_name, None);
        types::add_native_property(&ft, "mode", f_mode, None);
        types::add_native_property(&ft, "closed", f_closed, None);
        if key == "file_type" {
            types::add_native_property(&ft, "encoding", f_encoding, None);
            types::add_native_property(&ft, "errors", f_errors, None);
            types::add_native_property(&ft, "buffer", f_buffer, None);
            types::add_native_property(&ft, "line_buffering", f_line_buffering, None);
            weft_objects::dict::set_str(&td.dict, "newlines", none());
        }
        interp.set_extra(key, ft);
    }
}
