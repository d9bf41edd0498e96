"""Shallow and deep copy operations (CPython's `copy` module).

copy(x) and deepcopy(x) honour __copy__ / __deepcopy__, __reduce_ex__ /
__reduce__ overrides, __getstate__ / __setstate__, __getnewargs__(_ex),
__slots__, and subclasses of the built-in containers and value types.
Objects without their own reduction are rebuilt the way copyreg's default
reduction (protocol 4) would rebuild them. replace(obj, **changes) calls
obj.__replace__ (3.13).
"""

import types as _types
from copyreg import _getstate, _user_reducer

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error  # backward compatibility

_ATOMIC = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    complex, bytes, str, type, range, _types.BuiltinFunctionType,
    _types.FunctionType, property,
})


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        return x.copy()
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple whose items all copy to themselves is its own copy.
        if d in memo:
            return memo[d]
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _types.MethodType:
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If x is its own copy, don't memoize it.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x):
    """A __reduce_ex__(4)-style tuple for x."""
    cls = type(x)
    which = _user_reducer(cls)
    if which is not None:
        rv = getattr(x, which)(4) if which == "__reduce_ex__" else x.__reduce__()
        if isinstance(rv, str):
            return rv
        if not isinstance(rv, tuple):
            raise Error("__reduce__ must return a string or tuple, not %s" % type(rv).__name__)
        if not 2 <= len(rv) <= 6:
            raise Error("tuple returned by __reduce__ must contain 2 through 6 elements")
        return tuple(rv) + (None,) * (5 - len(rv)) if len(rv) < 5 else tuple(rv[:5])
    state = _getstate(x)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), state, None, None)
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), state, None, None)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        return (_newobj_ex, (cls, tuple(args), dict(kwargs)), state, listiter, dictiter)
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = tuple(getnewargs(x))
    else:
        args = ()
        for base in (int, float, complex, str, bytes, tuple):
            if isinstance(x, base):
                args = (base(x),)
                break
    return (_newobj, (cls,) + args, state, listiter, dictiter)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
