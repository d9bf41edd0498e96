//! Process and file-descriptor system calls behind the `os` module that the
//! Rust standard library does not expose: user and group ids, the umask,
//! `uname`, terminal size, and reads, writes and other operations on raw
//! descriptor numbers (`os.read(fd, n)`).
//!
//! Each function is a safe wrapper around one libc call. Descriptor numbers
//! come from Python code and are passed to the kernel as they are: a number
//! that is not open gives `EBADF`, never undefined behaviour in this
//! process, because these wrappers only hand the kernel the number and
//! buffers they own for the length of the call.

use std::ffi::CStr;
use std::io;

/// The error for a failed libc call (from `errno`).
fn last_error() -> io::Error {
    io::Error::last_os_error()
}

/// `-1` means failure with `errno` set.
fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r == -1 {
        Err(last_error())
    } else {
        Ok(r)
    }
}

/// Real user id.
pub fn getuid() -> u32 {
    // SAFETY: getuid takes no arguments and cannot fail.
    unsafe { libc::getuid() }
}

/// Effective user id.
pub fn geteuid() -> u32 {
    // SAFETY: geteuid takes no arguments and cannot fail.
    unsafe { libc::geteuid() }
}

/// Real group id.
pub fn getgid() -> u32 {
    // SAFETY: getgid takes no arguments and cannot fail.
    unsafe { libc::getgid() }
}

/// Effective group id.
pub fn getegid() -> u32 {
    // SAFETY: getegid takes no arguments and cannot fail.
    unsafe { libc::getegid() }
}

/// Process group id.
pub fn getpgrp() -> i32 {
    // SAFETY: getpgrp takes no arguments and cannot fail.
    unsafe { libc::getpgrp() }
}

/// Set the file-mode creation mask; returns the previous one.
pub fn umask(mask: u32) -> u32 {
    // SAFETY: umask takes a plain integer and cannot fail.
    unsafe { libc::umask(mask as libc::mode_t) as u32 }
}

/// `uname()`: (sysname, nodename, release, version, machine).
pub fn uname() -> io::Result<[String; 5]> {
    // SAFETY: utsname is plain old data; all-zero is a valid value.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable utsname for the call.
    check(unsafe { libc::uname(&mut u) })?;
    let field = |f: &[libc::c_char]| {
        // SAFETY: uname fills each field with a NUL-terminated string that
        // fits the array, and `f` borrows `u`, alive for this closure.
        unsafe { CStr::from_ptr(f.as_ptr()) }.to_string_lossy().into_owned()
    };
    Ok([field(&u.sysname), field(&u.nodename), field(&u.release), field(&u.version), field(&u.machine)])
}

/// The text of error number `code` (`strerror`).
pub fn strerror(code: i32) -> String {
    io::Error::from_raw_os_error(code).to_string().split(" (os error").next().unwrap_or("").to_string()
}

/// Whether descriptor `fd` is a terminal.
pub fn isatty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor number.
    unsafe { libc::isatty(fd) == 1 }
}

/// The window size of the terminal on `fd`: (columns, lines).
pub fn terminal_size(fd: i32) -> io::Result<(u16, u16)> {
    // SAFETY: winsize is plain old data; all-zero is a valid value.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize into the valid pointer `w`.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    Ok((w.ws_col, w.ws_row))
}

/// Read at most `n` bytes from `fd`.
pub fn read(fd: i32, n: usize) -> io::Result<Vec<u8>> {
    // A size the allocator refuses is an error, not an abort.
    let mut buf = Vec::new();
    buf.try_reserve_exact(n).map_err(|_| io::Error::from(io::ErrorKind::OutOfMemory))?;
    buf.resize(n, 0);
    // SAFETY: `buf` is valid for writes of `n` bytes for the call.
    let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
    if r < 0 {
        return Err(last_error());
    }
    buf.truncate(r as usize);
    Ok(buf)
}

/// Write `data` to `fd`; returns the number of bytes written.
pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    // SAFETY: `data` is valid for reads of its length for the call.
    let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if r < 0 {
        return Err(last_error());
    }
    Ok(r as usize)
}

/// Open `path` with `flags` and `mode`; returns the new descriptor.
pub fn open(path: &str, flags: i32, mode: u32) -> io::Result<i32> {
    let c = std::ffi::CString::new(path).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
    // SAFETY: `c` is a NUL-terminated path valid for the call.
    check(unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
}

/// Close `fd`.
pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: close only takes the descriptor number.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

/// Move the offset of `fd`; returns the new offset.
pub fn lseek(fd: i32, pos: i64, how: i32) -> io::Result<i64> {
    // SAFETY: lseek only takes integers.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(last_error());
    }
    Ok(r as i64)
}

/// A pipe: (read end, write end), both close-on-exec.
pub fn pipe() -> io::Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a valid array of two ints for the call to fill.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

/// Duplicate `fd` (close-on-exec).
pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: fcntl F_DUPFD_CLOEXEC only takes integers.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

/// Make `fd2` a copy of `fd`.
pub fn dup2(fd: i32, fd2: i32, inheritable: bool) -> io::Result<i32> {
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    if fd == fd2 {
        // SAFETY: fcntl F_GETFD only takes integers.
        check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
        return Ok(fd2);
    }
    // SAFETY: dup3 only takes integers.
    check(unsafe { libc::dup3(fd, fd2, flags) })
}

/// Flush `fd` to storage.
pub fn fsync(fd: i32) -> io::Result<()> {
    // SAFETY: fsync only takes the descriptor number.
    check(unsafe { libc::fsync(fd) }).map(|_| ())
}

/// Truncate the file open on `fd` to `len` bytes.
pub fn ftruncate(fd: i32, len: i64) -> io::Result<()> {
    // SAFETY: ftruncate only takes integers.
    check(unsafe { libc::ftruncate(fd, len as libc::off_t) }).map(|_| ())
}

/// The system load averages over 1, 5 and 15 minutes.
pub fn getloadavg() -> io::Result<[f64; 3]> {
    let mut v = [0f64; 3];
    // SAFETY: `v` is a valid array of three doubles for the call to fill.
    let n = unsafe { libc::getloadavg(v.as_mut_ptr(), 3) };
    if n != 3 {
        return Err(io::Error::other("Load averages are unobtainable"));
    }
    Ok(v)
}

/// Process times in seconds: (user, system, children user, children
/// system, elapsed).
pub fn times() -> io::Result<[f64; 5]> {
    // SAFETY: tms is plain old data; all-zero is a valid value.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid, writable tms for the call.
    let elapsed = unsafe { libc::times(&mut t) };
    if elapsed == (-1i64) as libc::clock_t {
        return Err(last_error());
    }
    // SAFETY: sysconf only takes an integer name.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    Ok([t.tms_utime as f64 / ticks, t.tms_stime as f64 / ticks, t.tms_cutime as f64 / ticks, t.tms_cstime as f64 / ticks, elapsed as f64 / ticks])
}

/// The open flags the `os` module exports (`O_RDONLY`, ...), by name.
pub const OPEN_FLAGS: &[(&str, i32)] = &[
    ("O_RDONLY", libc::O_RDONLY),
    ("O_WRONLY", libc::O_WRONLY),
    ("O_RDWR", libc::O_RDWR),
    ("O_ACCMODE", libc::O_ACCMODE),
    ("O_APPEND", libc::O_APPEND),
    ("O_CREAT", libc::O_CREAT),
    ("O_EXCL", libc::O_EXCL),
    ("O_TRUNC", libc::O_TRUNC),
    ("O_NONBLOCK", libc::O_NONBLOCK),
    ("O_NDELAY", libc::O_NDELAY),
    ("O_SYNC", libc::O_SYNC),
    ("O_DSYNC", libc::O_DSYNC),
    ("O_NOCTTY", libc::O_NOCTTY),
    ("O_CLOEXEC", libc::O_CLOEXEC),
    ("O_DIRECTORY", libc::O_DIRECTORY),
    ("O_NOFOLLOW", libc::O_NOFOLLOW),
];

/// A `File` over descriptor `fd`: the descriptor itself when `take`
/// (Python's `open(fd)`, which closes it with the file), otherwise a
/// duplicate (`open(fd, closefd=False)`), so closing the file leaves `fd`
/// open.
pub fn file_from_fd(fd: i32, take: bool) -> io::Result<std::fs::File> {
    use std::os::fd::FromRawFd;
    // SAFETY: fcntl F_GETFD only inspects the descriptor number.
    check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let owned = if take { fd } else { dup(fd)? };
    // SAFETY: `owned` is open (checked above, or a duplicate just made) and
    // ownership passes to the File: Python code handed descriptor `fd` over
    // to open(), and a duplicate belongs to no one else.
    Ok(unsafe { std::fs::File::from_raw_fd(owned) })
}
