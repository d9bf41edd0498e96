//! `_subprocess`: starting child processes for the shipped `subprocess`
//! module (`std::process::Command`).
//!
//! `spawn` starts one child with its standard streams each inherited, sent
//! to /dev/null, connected to a new pipe, or to a descriptor the caller
//! names (stderr may also follow stdout). Pipes are made here, so the
//! parent's ends come back as plain descriptor numbers that the Python side
//! wraps with `open(fd)`. The returned handle waits for and polls the child.

use crate::util::{add_fn, new_module};
use parking_lot::Mutex;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, Stdio};
use weft_eval::state::ts;
use weft_objects::payload::Payload;
use weft_objects::types::{add_method, native, new_native_type};
use weft_objects::vm::*;
use weft_objects::{dict, int, list, str as pystr, tuple, PyRef};

/// Stream codes shared with `subprocess.py`.
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;
const INHERIT: i64 = -4;

/// A started child.
struct ChildHandle {
    child: Mutex<Child>,
}

fn child_type() -> &'static PyRef {
    static T: std::sync::OnceLock<PyRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = new_native_type("Child", "_subprocess");
        add_method(&t, "wait", c_wait);
        add_method(&t, "poll", c_poll);
        t.make_immortal();
        t
    })
}

/// The return code CPython reports: the exit status, or minus the signal.
fn returncode(s: std::process::ExitStatus) -> i64 {
    match s.code() {
        Some(c) => c as i64,
        None => -(s.signal().unwrap_or(0) as i64),
    }
}

fn io_err(e: std::io::Error, filename: Option<PyRef>) -> PyErr {
    PyErr(weft_objects::exceptions::from_io_error(&e, filename))
}

fn this(o: &PyRef) -> PyResult<&ChildHandle> {
    native::<ChildHandle>(o).ok_or_else(|| type_error("expected a _subprocess.Child"))
}

/// `handle.wait()`: block (detached) until the child exits; its return code.
fn c_wait(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let h = this(&a[0])?;
    let status = ts(vm).blocking(|| h.child.lock().wait()).map_err(|e| io_err(e, None))?;
    Ok(int::new_int(returncode(status)))
}

/// `handle.poll()`: the return code if the child has exited, else None.
fn c_poll(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let h = this(&a[0])?;
    let r = h.child.lock().try_wait().map_err(|e| io_err(e, None))?;
    Ok(match r {
        Some(s) => int::new_int(returncode(s)),
        None => none(),
    })
}

fn file(fd: i32, take: bool) -> PyResult<std::fs::File> {
    weft_sync::os::file_from_fd(fd, take).map_err(|e| io_err(e, None))
}

/// `spawn(argv, cwd, env, stdin, stdout, stderr)` ->
/// `(pid, stdin_fd, stdout_fd, stderr_fd, handle)`; a parent-side
/// descriptor is -1 where the stream is not a pipe.
fn spawn(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("spawn", a, 6, 6)?;
    let argv: Vec<String> = match &a[0].payload {
        Payload::List(_) => list::items(&a[0]),
        _ => tuple::as_slice(&a[0]).map(|s| s.to_vec()).unwrap_or_default(),
    }
    .iter()
    .map(|x| pystr::as_str(x).map(String::from).ok_or_else(|| type_error("expected str, bytes or os.PathLike object")))
    .collect::<PyResult<_>>()?;
    let Some(program) = argv.first() else { return Err(value_error("empty argument list")) };
    let mut cmd = Command::new(program);
    cmd.args(&argv[1..]);
    if let Some(cwd) = pystr::as_str(&a[1]) {
        cmd.current_dir(cwd);
    }
    if let Payload::Dict(..) = &a[2].payload {
        cmd.env_clear();
        for (k, v) in dict::items(&a[2]) {
            if let (Some(k), Some(v)) = (pystr::as_str(&k), pystr::as_str(&v)) {
                cmd.env(k, v);
            }
        }
    }
    let code = |o: &PyRef| int::index_i64(o);
    let (cin, cout, cerr) = (code(&a[3])?, code(&a[4])?, code(&a[5])?);
    let mut parent = [-1i32; 3];
    // stdin
    cmd.stdin(match cin {
        PIPE => {
            let (r, w) = weft_sync::os::pipe().map_err(|e| io_err(e, None))?;
            parent[0] = w;
            Stdio::from(file(r, true)?)
        }
        DEVNULL => Stdio::null(),
        INHERIT => Stdio::inherit(),
        fd => Stdio::from(file(fd as i32, false)?),
    });
    // stdout; `out_fd` is where stderr=STDOUT sends the child's stderr.
    let out_fd: i32 = match cout {
        PIPE => {
            let (r, w) = weft_sync::os::pipe().map_err(|e| io_err(e, None))?;
            parent[1] = r;
            w
        }
        DEVNULL => -1,
        INHERIT => 1,
        fd => fd as i32,
    };
    let out_owned = cout == PIPE;
    match cout {
        DEVNULL => {
            cmd.stdout(Stdio::null());
        }
        INHERIT => {
            cmd.stdout(Stdio::inherit());
        }
        _ => {
            cmd.stdout(Stdio::from(file(out_fd, false)?));
        }
    }
    cmd.stderr(match cerr {
        PIPE => {
            let (r, w) = weft_sync::os::pipe().map_err(|e| io_err(e, None))?;
            parent[2] = r;
            Stdio::from(file(w, true)?)
        }
        STDOUT if cout == DEVNULL => Stdio::null(),
        STDOUT => Stdio::from(file(out_fd, false)?),
        DEVNULL => Stdio::null(),
        INHERIT => Stdio::inherit(),
        fd => Stdio::from(file(fd as i32, false)?),
    });
    let spawned = cmd.spawn();
    // The child's ends of the pipes close with the command.
    drop(cmd);
    if out_owned {
        let _ = weft_sync::os::close(out_fd);
    }
    let child = match spawned {
        Ok(c) => c,
        Err(e) => {
            for fd in parent.into_iter().filter(|fd| *fd >= 0) {
                let _ = weft_sync::os::close(fd);
            }
            return Err(io_err(e, Some(pystr::new_str(program))));
        }
    };
    let _ = vm;
    let pid = child.id() as i64;
    let handle = PyRef::new(child_type(), Payload::Native(Box::new(ChildHandle { child: Mutex::new(child) })));
    Ok(tuple::new_tuple(vec![int::new_int(pid), int::new_int(parent[0] as i64), int::new_int(parent[1] as i64), int::new_int(parent[2] as i64), handle]))
}

/// Build the `_subprocess` module.
pub fn init() -> PyRef {
    let m = new_module("_subprocess");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    add_fn(&d, "spawn", "_subprocess", spawn);
    for (name, v) in [("PIPE", PIPE), ("STDOUT", STDOUT), ("DEVNULL", DEVNULL), ("INHERIT", INHERIT)] {
        dict::set_str(&d, name, int::new_int(v));
    }
    m
}
