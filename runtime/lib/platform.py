"""Information about the platform weft runs on (the commonly used subset
of CPython's `platform` module)."""

import sys


def _read(path, default=''):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return default


def python_implementation():
    return 'weft'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_compiler():
    return 'rustc'


def python_build():
    return ('main', '')


def system():
    return 'Linux'


def node():
    return _read('/proc/sys/kernel/hostname')


def release():
    return _read('/proc/sys/kernel/osrelease')


def version():
    return _read('/proc/sys/kernel/version')


def machine():
    arch = _read('/proc/sys/kernel/arch')
    if arch:
        return arch
    return 'x86_64' if sys.maxsize > 2**32 else 'i686'


def processor():
    return machine()


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit' if sys.maxsize > 2**32 else '32bit', 'ELF')


class uname_result(tuple):
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[4])

    def __repr__(self):
        return 'uname_result(%s)' % ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))


def uname():
    return uname_result(system(), node(), release(), version(), machine())


def platform(aliased=False, terse=False):
    if terse:
        return '%s-%s' % (system(), release())
    return '%s-%s-%s-with-glibc' % (system(), release(), machine())
