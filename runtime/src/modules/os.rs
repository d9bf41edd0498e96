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

/// Build the `_os` module.
pub fn init() -> PyRef {
    let m = new_module("_os");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    let env = dict::new_dict();
    for (k, v) in std::env::vars() {
        dict::set_str(&env, &k, pystr::new_string(v));
    }
    dict::set_str(&d, "environ", env);
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
    ] {
        add_fn(&d, name, "_os", f);
    }
    m
}
