"""Path operations on POSIX paths (os.path)."""

import _os

sep = '/'
exists = _os.exists
isfile = _os.isfile
isdir = _os.isdir


def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    dot = p.rfind('.')
    slash = p.rfind('/')
    if dot > slash:
        fn = p[slash + 1:dot]
        if fn.strip('.'):
            return p[:dot], p[dot:]
    return p, ''


def isabs(s):
    return s.startswith('/')


def abspath(p):
    if not isinstance(p, (str, bytes)) and hasattr(type(p), '__fspath__'):
        p = type(p).__fspath__(p)
    if isinstance(p, bytes):
        return abspath(p.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if not isinstance(p, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    if not p.startswith('/'):
        p = join(_os.getcwd(), p)
    return normpath(p)


def normpath(path):
    if not path:
        return '.'
    # POSIX leaves the meaning of exactly two leading slashes to the
    # system: they are kept; three or more become one.
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    comps = path.split('/')
    new = []
    for c in comps:
        if c in ('', '.'):
            continue
        if c != '..' or (not initial and not new) or (new and new[-1] == '..'):
            new.append(c)
        elif new:
            new.pop()
    path = '/'.join(new)
    if initial:
        path = '/' * initial + path
    return path or '.'


def expanduser(p):
    if not p.startswith('~'):
        return p
    i = p.find('/', 1)
    if i < 0:
        i = len(p)
    if i != 1:
        # ~name: another user's home, known only from the password
        # database; unknown users leave the path as it is.
        name = p[1:i]
        try:
            with open('/etc/passwd') as f:
                for line in f:
                    fields = line.rstrip('\n').split(':')
                    if len(fields) > 5 and fields[0] == name:
                        return (fields[5].rstrip('/') or '/') + p[i:]
        except OSError:
            pass
        return p
    home = _os.environ.get('HOME', '/')
    home = home.rstrip('/')
    return (home + p[i:]) or '/'


def getsize(p):
    return _stat(p).st_size


def getmtime(p):
    return _stat(p).st_mtime


def getatime(p):
    return _stat(p).st_atime


def getctime(p):
    return _stat(p).st_ctime


def _stat(p, follow=True):
    import os
    return os.stat(p, follow_symlinks=follow)


def islink(p):
    try:
        return (_stat(p, False).st_mode & 0o170000) == 0o120000
    except OSError:
        return False


def lexists(p):
    try:
        _stat(p, False)
    except OSError:
        return False
    return True


def realpath(p, *, strict=False):
    p = abspath(p)
    parts = p.split('/')
    resolved = '/'
    for part in parts[1:]:
        if not part:
            continue
        candidate = join(resolved, part)
        seen = 0
        while islink(candidate) and seen < 40:
            import os
            target = os.readlink(candidate)
            candidate = normpath(join(dirname(candidate), target))
            seen += 1
        resolved = candidate
    return resolved


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = abspath(start if start is not None else '.')
    path = abspath(path)
    start_list = [x for x in start.split('/') if x]
    path_list = [x for x in path.split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    isabs_ = {p.startswith('/') for p in paths}
    if len(isabs_) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    common = split_paths[0]
    for sp in split_paths[1:]:
        n = 0
        while n < len(common) and n < len(sp) and common[n] == sp[n]:
            n += 1
        common = common[:n]
    prefix = '/' if isabs_.pop() else ''
    return prefix + '/'.join(common)


def expandvars(p):
    import os, re
    def repl(m):
        name = m.group(1) or m.group(2)
        return os.environ.get(name, m.group(0))
    return re.sub(r'\$(\w+)|\$\{([^}]*)\}', repl, p)


def samefile(a, b):
    sa, sb = _stat(a), _stat(b)
    return sa.st_ino == sb.st_ino and sa.st_dev == sb.st_dev


def splitdrive(p):
    return p[:0], p


def normcase(p):
    return p


def _fs(a):
    """The str (or bytes) path of a path-like argument; others unchanged."""
    if isinstance(a, (str, bytes)):
        return a
    f = getattr(type(a), '__fspath__', None)
    return f(a) if f is not None else a


def _accept_pathlike(f):
    def wrapper(*args, **kwargs):
        return f(*[_fs(a) for a in args], **kwargs)
    wrapper.__name__ = getattr(f, '__name__', 'wrapper')
    wrapper.__qualname__ = wrapper.__name__
    wrapper.__doc__ = getattr(f, '__doc__', None)
    return wrapper


for _name in ('exists', 'isfile', 'isdir', 'join', 'split', 'basename', 'dirname', 'splitext',
              'isabs', 'abspath', 'normpath', 'expanduser', 'getsize', 'getmtime', 'getatime',
              'getctime', 'islink', 'lexists', 'realpath', 'relpath', 'expandvars', 'samefile',
              'splitdrive', 'normcase'):
    if _name in globals():
        globals()[_name] = _accept_pathlike(globals()[_name])
del _name
