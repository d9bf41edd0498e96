"""importlib: programmatic imports over weft's import system."""

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's source again in its existing namespace."""
    name = getattr(module, '__name__', None)
    if name is None or not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    file = getattr(module, '__file__', None)
    if not file or file.startswith('<weft>'):
        return module
    with open(file, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, file, 'exec'), module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """weft's path finder keeps no caches: nothing to invalidate."""
