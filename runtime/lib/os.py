"""Operating-system interfaces (the commonly used subset)."""

import _os
import sys
import posixpath as path

sys.modules['os.path'] = path
name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
environ = _os.environ
getcwd = _os.getcwd
getpid = _os.getpid
kill = _os.kill
cpu_count = _os.cpu_count
def listdir(path='.'):
    return _os.listdir(fspath(path))


def remove(path, *, dir_fd=None):
    _os.remove(fspath(path))


def unlink(path, *, dir_fd=None):
    _os.unlink(fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(fspath(path))


def rmdir(path, *, dir_fd=None):
    _os.rmdir(fspath(path))


def chdir(path):
    _os.chdir(fspath(path))


def readlink(path, *, dir_fd=None):
    return _os.readlink(fspath(path))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _os.symlink(fspath(src), fspath(dst))

urandom = _os.urandom


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the access permissions of a file."""
    _os.chmod(fspath(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified times of a file: `times` as
    (atime, mtime) seconds, or `ns` as nanoseconds; now when neither."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = times
        for t in times:
            if not isinstance(t, (int, float)):
                raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = (int(atime * 1_000_000_000), int(mtime * 1_000_000_000))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2 or not all(isinstance(t, int) for t in ns):
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    else:
        import time
        now = time.time_ns()
        ns = (now, now)
    _os.utime(fspath(path), ns[0], ns[1])
getppid = _os.getppid
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple with named fields."""
    n_sequence_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, tuple(int(v) if i >= 7 else v for i, v in enumerate(values)))
        self._times = values[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(f'{n}={v}' for n, v in zip(self._names, self)) + ')'


def stat(path, *, follow_symlinks=True):
    return stat_result(_os.stat(fspath(path), follow_symlinks))


def lstat(path):
    return stat_result(_os.stat(fspath(path), False))


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))


replace = rename


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def access(p, mode):
    return path.exists(p)


class DirEntry:
    """An entry yielded by os.scandir()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, p):
        self._entries = iter([DirEntry(p, n) for n in listdir(p)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self._entries = iter(())

    def close(self):
        self._entries = iter(())


def scandir(p='.'):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) triples."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        new_path = path.join(top, name)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


from _os import (getuid, geteuid, getgid, getegid, getpgrp, umask, strerror, isatty, read, write, close,
                 lseek, pipe, dup, fsync, ftruncate, O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE, O_APPEND, O_CREAT,
                 O_EXCL, O_TRUNC, O_NONBLOCK, O_NDELAY, O_SYNC, O_DSYNC, O_NOCTTY, O_CLOEXEC, O_DIRECTORY,
                 O_NOFOLLOW)

EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_NOHOST = 68
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_OSERR = 71
EX_OSFILE = 72
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_PROTOCOL = 76
EX_NOPERM = 77
EX_CONFIG = 78
defpath = '/bin:/usr/bin'
supports_bytes_environ = True


class _Fields(tuple):
    """A tuple with named fields, as CPython's structseq results."""

    __match_args__ = ()
    _type_name = ''

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    def __getattr__(self, name):
        try:
            return self[type(self).__match_args__.index(name)]
        except ValueError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'") from None

    def __repr__(self):
        return self._type_name + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(self.__match_args__, self)) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self),))


class uname_result(_Fields):
    __match_args__ = ('sysname', 'nodename', 'release', 'version', 'machine')
    _type_name = 'posix.uname_result'


class terminal_size(_Fields):
    __match_args__ = ('columns', 'lines')
    _type_name = 'os.terminal_size'


class times_result(_Fields):
    __match_args__ = ('user', 'system', 'children_user', 'children_system', 'elapsed')
    _type_name = 'posix.times_result'


def uname():
    """(sysname, nodename, release, version, machine) of this system."""
    return uname_result(_os.uname())


def get_terminal_size(fd=1, /):
    """The size of the terminal window on fd: (columns, lines)."""
    return terminal_size(_os.terminal_size(fd))


def times():
    """Process CPU times and the elapsed real time, in seconds."""
    return times_result(_os.times())


def getloadavg():
    """The 1, 5 and 15 minute system load averages."""
    return _os.getloadavg()


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file at the descriptor level; returns the descriptor."""
    return _os.open(fspath(path), flags, mode)


def dup2(fd, fd2, inheritable=True):
    """Make fd2 a copy of fd; returns fd2."""
    return _os.dup2(fd, fd2, inheritable)


def truncate(path, length):
    """Truncate the file at path to length bytes."""
    if isinstance(path, int):
        return ftruncate(path, length)
    fd = open(path, O_WRONLY)
    try:
        ftruncate(fd, length)
    finally:
        close(fd)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over descriptor fd."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    if "b" not in mode:
        return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)
    return builtins.open(fd, mode, buffering, *args, **kwargs)


def fsencode(filename):
    """A path as bytes (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getcwdb():
    """The current directory as bytes."""
    return fsencode(getcwd())


_putenv = {}


def putenv(key, value, /):
    """Set key in the environment of child processes (not os.environ)."""
    if not isinstance(key, str) or not isinstance(value, str):
        raise TypeError('str expected')
    if not key or '=' in key:
        raise ValueError('illegal environment variable name')
    _putenv[key] = value


def unsetenv(key, /):
    """Remove key from the environment of child processes."""
    _putenv[key] = None


def _child_env():
    env = dict(environ)
    for k, v in _putenv.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    return env


def system(command):
    """Run command in a subshell; returns its wait status."""
    return _os.system(command, _child_env())


def renames(old, new):
    """rename(), creating the new path's directories and pruning the old one's."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def getenv(key, default=None):
    return environ.get(key, default)


def process_cpu_count():
    return cpu_count()


class _PathLikeMeta(type):
    """Makes isinstance(x, PathLike) true for any object whose type has
    __fspath__ (CPython's PathLike is an ABC with that subclass hook)."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return any('__fspath__' in k.__dict__ for k in getattr(sub, '__mro__', ()))
        return type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def fspath(p):
    """Return the path representation of a path-like object."""
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(type(p).__name__, type(r).__name__))
    return r


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    parts = name.split('/')
    cur = '/' if name.startswith('/') else ''
    for p in parts:
        if not p:
            continue
        cur = cur + p if cur in ('', '/') else cur + '/' + p
        if not path.exists(cur):
            mkdir(cur)
        elif cur == name and not exist_ok:
            raise FileExistsError(17, 'File exists')
