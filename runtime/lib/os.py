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
