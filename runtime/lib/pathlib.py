"""Object-oriented filesystem paths (the `pathlib` module) for POSIX:
PurePath/PurePosixPath for path arithmetic, Path/PosixPath adding the
filesystem operations.

Not provided: Windows flavour paths (`PureWindowsPath` and `WindowsPath`
raise NotImplementedError)."""

import fnmatch
import os
import posixpath
import sys

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    """An exception that is raised when an unsupported operation is attempted."""


def _parse(args):
    """Normalised (root, parts) of the joined path segments."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        else:
            s = os.fspath(a)
            if isinstance(s, bytes):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not 'bytes'")
            if not isinstance(s, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r" % type(a).__name__)
        if not s:
            continue
        if s.startswith('/'):
            root = '//' if s.startswith('//') and not s.startswith('///') else '/'
            parts = []
        parts.extend(p for p in s.split('/') if p and p != '.')
    return root, parts


class _Parents:
    """The logical ancestors of a path (`path.parents`)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        return self._path._from(self._path._root, self._path._parts[:-idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Path arithmetic without filesystem access."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        self._root, self._parts = _parse(args)
        self._str = None

    def _from(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = list(parts)
        p._str = None
        return p

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    def __str__(self):
        if self._str is None:
            s = self._root + '/'.join(self._parts)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(str(self).encode('utf-8'))

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other) and isinstance(other, PurePosixPath) == isinstance(self, PurePosixPath)

    def _key(self, other):
        if not isinstance(other, PurePath) or isinstance(other, PurePosixPath) != isinstance(self, PurePosixPath):
            return NotImplemented
        return (self._root + '/'.join(self._parts)).split('/'), (other._root + '/'.join(other._parts)).split('/')

    def __lt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] < k[1]

    def __le__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] >= k[1]

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        other = self.with_segments(other, *_deprecated)
        if self._root != other._root:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        n = len(other._parts)
        if self._parts[:n] == other._parts:
            return self._from('', self._parts[n:])
        if not walk_up:
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
        common = 0
        while common < min(n, len(self._parts)) and self._parts[common] == other._parts[common]:
            common += 1
        if '..' in other._parts[common:]:
            raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        return self._from('', ['..'] * (n - common) + self._parts[common:])

    def is_relative_to(self, other, /, *_deprecated):
        other = self.with_segments(other, *_deprecated)
        return self._root == other._root and self._parts[:len(other._parts)] == other._parts

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def match(self, path_pattern, *, case_sensitive=None):
        pat = self.with_segments(path_pattern)
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        if pat._root:
            if not self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        pat = self.with_segments(pattern)
        if bool(pat._root) != bool(self._root):
            return False

        def m(parts, pats):
            if not pats:
                return not parts
            if pats[0] == '**':
                return any(m(parts[i:], pats[1:]) for i in range(len(parts) + 1))
            return bool(parts) and fnmatch.fnmatchcase(parts[0], pats[0]) and m(parts[1:], pats[1:])
        return m(self._parts, pat._parts)


class PurePosixPath(PurePath):
    """PurePath for non-Windows systems."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath for Windows systems (not provided by weft)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("pathlib.PureWindowsPath is not provided by weft")


class Path(PurePath):
    """A path with filesystem operations."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(self)

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return str(self.resolve()) == '/'

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._parts + [name])

    def _walk_glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            yield from self._walk_glob(rest)
            try:
                children = sorted(os.listdir(self)) if False else os.listdir(self)
            except OSError:
                return
            for name in children:
                child = self._from(self._root, self._parts + [name])
                if child.is_dir() and not child.is_symlink():
                    yield from child._walk_glob(parts)
            return
        if head == '..':
            yield from self._from(self._root, self._parts + ['..'])._walk_glob(rest)
            return
        if not any(c in head for c in '*?['):
            child = self._from(self._root, self._parts + [head])
            if rest and not child.is_dir():
                return
            if not rest and not child.exists():
                return
            yield from child._walk_glob(rest)
            return
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not head.startswith('.'):
                continue
            if fnmatch.fnmatchcase(name, head):
                child = self._from(self._root, self._parts + [name])
                if rest and not child.is_dir():
                    continue
                yield from child._walk_glob(rest)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = pat._parts
        if pattern.endswith('/'):
            parts = parts + ['']
        seen = set()
        for p in self._walk_glob([x for x in parts if x != ''] if not pattern.endswith('/') else parts[:-1]):
            if pattern.endswith('/') and not p.is_dir():
                continue
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob('**/' + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(self, topdown=top_down, onerror=on_error, followlinks=follow_symlinks):
            yield self.with_segments(root), dirs, files

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        p = os.path.realpath(self, strict=strict)
        return self.with_segments(p)

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(home, *self._parts[1:])
        return self

    def readlink(self):
        return self.with_segments(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            os.utime(self) if hasattr(os, 'utime') else None
            return
        with open(self, 'a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def chmod(self, mode, *, follow_symlinks=True):
        raise NotImplementedError("Path.chmod is not provided by weft")

    def owner(self):
        raise NotImplementedError("Path.owner is not provided by weft")

    def group(self):
        raise NotImplementedError("Path.group is not provided by weft")


class PosixPath(Path, PurePosixPath):
    """Path for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path for Windows systems (unsupported here)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")
