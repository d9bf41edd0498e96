"""Context variables: ContextVar, Token, Context, copy_context.

Each thread has its own current context. As in CPython 3.14, a new thread
starts with a copy of the starting thread's context in the free-threaded
build and with an empty context when the GIL is enabled.
"""

import _thread
import sys

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']

_MISSING = object()
_current = {}


def _get_context():
    ident = _thread.get_ident()
    ctx = _current.get(ident)
    if ctx is None:
        ctx = Context()
        _current[ident] = ctx
    return ctx


def _set_context(ctx):
    _current[_thread.get_ident()] = ctx


class Context:
    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        saved = _current.get(_thread.get_ident())
        self._entered = True
        _set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            if saved is None:
                _current.pop(_thread.get_ident(), None)
            else:
                _set_context(saved)

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        return self._data.get(var, default)

    def __contains__(self, var):
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


def copy_context():
    return _get_context().copy()


class Token:
    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._var.reset(self)

    def __repr__(self):
        return f"<Token{' used' if self._used else ''} var={self._var!r} at {id(self):#x}>"


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        ctx = _get_context()
        if self in ctx._data:
            return ctx._data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _get_context()
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError("Token has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _get_context()
        if token._context is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is _MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        d = '' if self._default is _MISSING else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{d} at {id(self):#x}>"

    def __hash__(self):
        return id(self)


def _thread_start_context():
    """The context a new thread runs in (3.14's thread_inherit_context)."""
    if sys._is_gil_enabled():
        return Context()
    return copy_context()
