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
    return _os.abspath(p)


def normpath(path):
    if not path:
        return '.'
    initial = 1 if path.startswith('/') else 0
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
        path = '/' + path
    return path or '.'


def expanduser(p):
    if not p.startswith('~'):
        return p
    home = _os.environ.get('HOME', '/')
    return home + p[1:]
