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
listdir = _os.listdir
remove = _os.remove
unlink = _os.unlink
mkdir = _os.mkdir


def getenv(key, default=None):
    return environ.get(key, default)


def process_cpu_count():
    return cpu_count()


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    return p.__fspath__()


def makedirs(name, exist_ok=False):
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
