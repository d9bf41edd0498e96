//! `_os`: the operating-system calls behind the shipped `os` module.

use crate::util::{add_fn, new_module};
use weft_eval::state::ts;
use weft_objects::vm::*;
use weft_objects::{dict, int, list, str as pystr, types, PyRef};

fn path_arg(a: &[PyRef], name: &str) -> PyResult<String> {
    match a.first() {
        Some(p) => pystr::as_str(p).map(String::from).ok_or_else(|| type_error(format!("{name}: path should be string, not {}", types::type_name(p.class())))),
        None => Ok(".".into()),
    }
}

/// CPython's OSError for a failed call on `path`.
fn os_err(e: &std::io::Error, path: &str) -> PyErr {
    PyErr(weft_objects::exceptions::from_io_error(e, Some(pystr::new_str(path))))
}

fn o_getcwd(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let d = std::env::current_dir().map_err(|e| PyErr(weft_objects::exceptions::from_io_error(&e, None)))?;
    Ok(pystr::new_string(d.display().to_string()))
}
fn o_getpid(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(std::process::id() as i64))
}
fn o_kill(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("kill", a, 2, 2)?;
    let pid = int::index_i64(&weft_objects::protocol::index(vm, &a[0])?)?;
    let sig = int::index_i64(&weft_objects::protocol::index(vm, &a[1])?)?;
    weft_sync::signal::kill(pid, sig.max(0) as usize)
        .map_err(|e| PyErr(weft_objects::exceptions::from_io_error(&std::io::Error::from_raw_os_error(e), None)))?;
    // A signal sent to this process runs its handler before kill returns
    // when the main thread sent it.
    let t = ts(vm);
    if pid as u32 == std::process::id() && t.is_main() {
        t.run_pending_signals()?;
    }
    Ok(none())
}
fn o_cpu_count(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int::new_int(n.get() as i64),
        Err(_) => none(),
    })
}
fn o_listdir(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let p = path_arg(a, "listdir")?;
    let rd = ts(vm).blocking(|| std::fs::read_dir(&p)).map_err(|e| os_err(&e, &p))?;
    let mut names: Vec<PyRef> = rd.filter_map(|e| e.ok()).map(|e| pystr::new_string(e.file_name().to_string_lossy().into_owned())).collect();
    names.sort_by(|x, y| pystr::as_str(x).cmp(&pystr::as_str(y)));
    Ok(list::new_list(names))
}
fn o_exists(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(std::path::Path::new(&path_arg(a, "exists")?).exists()))
}
fn o_isfile(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(std::path::Path::new(&path_arg(a, "isfile")?).is_file()))
}
fn o_isdir(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(std::path::Path::new(&path_arg(a, "isdir")?).is_dir()))
}
fn o_remove(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let p = path_arg(a, "remove")?;
    std::fs::remove_file(&p).map_err(|e| os_err(&e, &p))?;
    Ok(none())
}
fn o_mkdir(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let p = path_arg(a, "mkdir")?;
    std::fs::create_dir(&p).map_err(|e| os_err(&e, &p))?;
    Ok(none())
}
fn two_paths(a: &[PyRef], name: &str) -> PyResult<(String, String)> {
    check_args(name, a, 2, 2)?;
    let src = path_arg(&a[..1], name)?;
    let dst = path_arg(&a[1..2], name)?;
    Ok((src, dst))
}
/// `_os.stat(path, follow_symlinks)`: (mode, ino, dev, nlink, uid, gid,
/// size, atime, mtime, ctime) with float times.
fn o_stat(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let p = path_arg(a, "stat")?;
    let follow = a.get(1).map(|f| weft_objects::protocol::truthy_native(f).unwrap_or(true)).unwrap_or(true);
    let m = ts(vm).blocking(|| if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) }).map_err(|e| os_err(&e, &p))?;
    let t = |s: i64, ns: i64| weft_objects::float::new_float(s as f64 + ns as f64 * 1e-9);
    Ok(weft_objects::tuple::new_tuple(vec![
        int::new_int(m.mode() as i64),
        int::new_int(m.ino() as i64),
        int::new_int(m.dev() as i64),
        int::new_int(m.nlink() as i64),
        int::new_int(m.uid() as i64),
        int::new_int(m.gid() as i64),
        int::new_int(m.size() as i64),
        t(m.atime(), m.atime_nsec()),
        t(m.mtime(), m.mtime_nsec()),
        t(m.ctime(), m.ctime_nsec()),
    ]))
}
fn o_rename(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let (src, dst) = two_paths(a, "rename")?;
    ts(vm).blocking(|| std::fs::rename(&src, &dst)).map_err(|e| os_err(&e, &src))?;
    Ok(none())
}
fn o_rmdir(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let p = path_arg(a, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_err(&e, &p))?;
    Ok(none())
}
fn o_chdir(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let p = path_arg(a, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_err(&e, &p))?;
    Ok(none())
}
fn o_readlink(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let p = path_arg(a, "readlink")?;
    let t = std::fs::read_link(&p).map_err(|e| os_err(&e, &p))?;
    Ok(pystr::new_string(t.display().to_string()))
}
fn o_symlink(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let (src, dst) = two_paths(&a[..a.len().min(2)], "symlink")?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_err(&e, &src))?;
    Ok(none())
}
/// `_os.chmod(path, mode)`.
fn o_chmod(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    use std::os::unix::fs::PermissionsExt;
    check_args("chmod", a, 2, 2)?;
    let p = path_arg(a, "chmod")?;
    let mode = int::index_i64(&a[1])? as u32;
    ts(vm).blocking(|| std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode))).map_err(|e| os_err(&e, &p))?;
    Ok(none())
}

/// `_os.utime(path, atime_ns, mtime_ns)`: set both times (nanoseconds
/// since the epoch).
fn o_utime(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("utime", a, 3, 3)?;
    let p = path_arg(a, "utime")?;
    let at = |o: &PyRef| -> PyResult<std::time::SystemTime> {
        let ns = weft_objects::int::to_bigint(o).ok_or_else(|| type_error("utime: times must be integers"))?;
        let ns: i128 = num_traits::ToPrimitive::to_i128(&ns).ok_or_else(|| overflow_error("timestamp out of range"))?;
        let base = std::time::UNIX_EPOCH;
        let d = std::time::Duration::from_nanos(ns.unsigned_abs() as u64);
        Ok(if ns >= 0 { base + d } else { base - d })
    };
    let times = std::fs::FileTimes::new().set_accessed(at(&a[1])?).set_modified(at(&a[2])?);
    ts(vm)
        .blocking(|| std::fs::OpenOptions::new().write(true).open(&p).or_else(|_| std::fs::File::open(&p)).and_then(|f| f.set_times(times)))
        .map_err(|e| os_err(&e, &p))?;
    Ok(none())
}

fn o_urandom(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("urandom", a, 1, 1)?;
    let n = int::index_i64(&weft_objects::protocol::index(vm, &a[0])?)?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    r.map_err(|e| PyErr(weft_objects::exceptions::from_io_error(&e, None)))?;
    Ok(weft_objects::bytes::new_bytes(buf))
}
fn o_getppid(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(std::os::unix::process::parent_id() as i64))
}
fn o_abspath(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let p = path_arg(a, "abspath")?;
    let base = std::env::current_dir().unwrap_or_default();
    let joined = base.join(p);
    let mut out: Vec<String> = Vec::new();
    for c in joined.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::Normal(s) => out.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    Ok(pystr::new_string(format!("/{}", out.join("/"))))
}

fn io_err(e: std::io::Error) -> PyErr {
    PyErr(weft_objects::exceptions::from_io_error(&e, None))
}

fn int_arg(vm: &mut dyn Vm, a: &[PyRef], i: usize) -> PyResult<i64> {
    int::index_i64(&weft_objects::protocol::index(vm, &a[i])?)
}

fn fd_arg(vm: &mut dyn Vm, a: &[PyRef], i: usize) -> PyResult<i32> {
    let n = int_arg(vm, a, i)?;
    i32::try_from(n).map_err(|_| overflow_error("fd is greater than maximum"))
}

fn o_getuid(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(weft_sync::os::getuid() as i64))
}
fn o_geteuid(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(weft_sync::os::geteuid() as i64))
}
fn o_getgid(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(weft_sync::os::getgid() as i64))
}
fn o_getegid(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(weft_sync::os::getegid() as i64))
}
fn o_getpgrp(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(weft_sync::os::getpgrp() as i64))
}
fn o_umask(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("umask", a, 1, 1)?;
    let mask = int_arg(vm, a, 0)?;
    Ok(int::new_int(weft_sync::os::umask(mask as u32) as i64))
}
fn o_uname(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let u = weft_sync::os::uname().map_err(io_err)?;
    Ok(weft_objects::tuple::new_tuple(u.into_iter().map(pystr::new_string).collect()))
}
fn o_strerror(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("strerror", a, 1, 1)?;
    let code = int_arg(vm, a, 0)?;
    Ok(pystr::new_string(weft_sync::os::strerror(code as i32)))
}
fn o_isatty(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("isatty", a, 1, 1)?;
    Ok(bool_obj(weft_sync::os::isatty(fd_arg(vm, a, 0)?)))
}
fn o_terminal_size(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let fd = if a.is_empty() { 1 } else { fd_arg(vm, a, 0)? };
    let (cols, lines) = weft_sync::os::terminal_size(fd).map_err(io_err)?;
    Ok(weft_objects::tuple::new_tuple(vec![int::new_int(cols as i64), int::new_int(lines as i64)]))
}
fn o_read(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("read", a, 2, 2)?;
    let fd = fd_arg(vm, a, 0)?;
    let n = int_arg(vm, a, 1)?;
    if n < 0 {
        return Err(value_error("negative length"));
    }
    let data = ts(vm).blocking(|| weft_sync::os::read(fd, n as usize)).map_err(|e| {
        if e.kind() == std::io::ErrorKind::OutOfMemory {
            PyErr(weft_objects::exceptions::new_exc(&types::exc_type("MemoryError"), vec![]))
        } else {
            io_err(e)
        }
    })?;
    Ok(weft_objects::bytes::new_bytes(data))
}
fn o_write(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("write", a, 2, 2)?;
    let fd = fd_arg(vm, a, 0)?;
    let data = weft_objects::bytes::as_bytes_vec(&a[1]).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", types::type_name(a[1].class()))))?;
    let n = ts(vm).blocking(|| weft_sync::os::write(fd, &data)).map_err(io_err)?;
    Ok(int::new_int(n as i64))
}
fn o_open(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("open", a, 3, 3)?;
    let p = path_arg(a, "open")?;
    let flags = int_arg(vm, a, 1)? as i32;
    let mode = int_arg(vm, a, 2)? as u32;
    weft_sync::os::open(&p, flags, mode).map(|fd| int::new_int(fd as i64)).map_err(|e| os_err(&e, &p))
}
fn o_close(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("close", a, 1, 1)?;
    weft_sync::os::close(fd_arg(vm, a, 0)?).map_err(io_err)?;
    Ok(none())
}
fn o_lseek(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("lseek", a, 3, 3)?;
    let fd = fd_arg(vm, a, 0)?;
    let pos = int_arg(vm, a, 1)?;
    let how = int_arg(vm, a, 2)? as i32;
    weft_sync::os::lseek(fd, pos, how).map(int::new_int).map_err(io_err)
}
fn o_pipe(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let (r, w) = weft_sync::os::pipe().map_err(io_err)?;
    Ok(weft_objects::tuple::new_tuple(vec![int::new_int(r as i64), int::new_int(w as i64)]))
}
fn o_dup(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("dup", a, 1, 1)?;
    weft_sync::os::dup(fd_arg(vm, a, 0)?).map(|fd| int::new_int(fd as i64)).map_err(io_err)
}
fn o_dup2(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("dup2", a, 3, 3)?;
    let (fd, fd2) = (fd_arg(vm, a, 0)?, fd_arg(vm, a, 1)?);
    let inheritable = weft_objects::protocol::truthy(vm, &a[2])?;
    weft_sync::os::dup2(fd, fd2, inheritable).map(|fd| int::new_int(fd as i64)).map_err(io_err)
}
fn o_fsync(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("fsync", a, 1, 1)?;
    let fd = fd_arg(vm, a, 0)?;
    ts(vm).blocking(|| weft_sync::os::fsync(fd)).map_err(io_err)?;
    Ok(none())
}
fn o_ftruncate(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("ftruncate", a, 2, 2)?;
    let fd = fd_arg(vm, a, 0)?;
    let len = int_arg(vm, a, 1)?;
    weft_sync::os::ftruncate(fd, len).map_err(io_err)?;
    Ok(none())
}
fn o_getloadavg(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let v = weft_sync::os::getloadavg().map_err(|_| PyErr(weft_objects::exceptions::new_exc(&types::exc_type("OSError"), vec![pystr::new_str("Load averages are unobtainable")])))?;
    Ok(weft_objects::tuple::new_tuple(v.iter().map(|x| weft_objects::float::new_float(*x)).collect()))
}
fn o_times(_: &mut dyn Vm, _a: &[PyRef], _: KwArgs) -> PyResult {
    let v = weft_sync::os::times().map_err(io_err)?;
    Ok(weft_objects::tuple::new_tuple(v.iter().map(|x| weft_objects::float::new_float(*x)).collect()))
}
/// `os.system(command)`: run it with `/bin/sh -c`; the wait status.
fn o_system(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("system", a, 1, 2)?;
    let cmd = pystr::as_str(&a[0]).ok_or_else(|| type_error("system() argument 'command' must be str"))?.to_string();
    // The environment the child sees: os.environ as Python code left it.
    let env: Option<Vec<(String, String)>> = a.get(1).filter(|e| matches!(e.payload, weft_objects::Payload::Dict(..))).map(|e| {
        dict::items(e).into_iter().filter_map(|(k, v)| Some((pystr::as_str(&k)?.to_string(), pystr::as_str(&v)?.to_string()))).collect()
    });
    let status = ts(vm).blocking(|| {
        let mut c = std::process::Command::new("/bin/sh");
        c.arg("-c").arg(&cmd);
        if let Some(env) = &env {
            c.env_clear().envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        }
        c.status()
    });
    match status {
        Ok(s) => Ok(int::new_int(std::os::unix::process::ExitStatusExt::into_raw(s) as i64)),
        Err(_) => Ok(int::new_int(127 << 8)),
    }
}

/// Build the `_os` module.
pub fn init() -> PyRef {
    let m = new_module("_os");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    let env = dict::new_dict();
    for (k, v) in std::env::vars() {
        dict::set_str(&env, &k, pystr::new_string(v));
    }
    dict::set_str(&d, "environ", env);
    for (name, v) in weft_sync::os::OPEN_FLAGS {
        dict::set_str(&d, name, int::new_int(*v as i64));
    }
    for (name, f) in [
        ("getcwd", o_getcwd as NativeFn),
        ("getpid", o_getpid),
        ("kill", o_kill),
        ("cpu_count", o_cpu_count),
        ("listdir", o_listdir),
        ("exists", o_exists),
        ("isfile", o_isfile),
        ("isdir", o_isdir),
        ("remove", o_remove),
        ("unlink", o_remove),
        ("mkdir", o_mkdir),
        ("abspath", o_abspath),
        ("stat", o_stat),
        ("rename", o_rename),
        ("rmdir", o_rmdir),
        ("chdir", o_chdir),
        ("readlink", o_readlink),
        ("symlink", o_symlink),
        ("urandom", o_urandom),
        ("chmod", o_chmod),
        ("utime", o_utime),
        ("getppid", o_getppid),
        ("getuid", o_getuid),
        ("geteuid", o_geteuid),
        ("getgid", o_getgid),
        ("getegid", o_getegid),
        ("getpgrp", o_getpgrp),
        ("umask", o_umask),
        ("uname", o_uname),
        ("strerror", o_strerror),
        ("isatty", o_isatty),
        ("terminal_size", o_terminal_size),
        ("read", o_read),
        ("write", o_write),
        ("open", o_open),
        ("close", o_close),
        ("lseek", o_lseek),
        ("pipe", o_pipe),
        ("dup", o_dup),
        ("dup2", o_dup2),
        ("fsync", o_fsync),
        ("ftruncate", o_ftruncate),
        ("getloadavg", o_getloadavg),
        ("times", o_times),
        ("system", o_system),
    ] {
        add_fn(&d, name, "posix", f);
    }
    m
}
