"""Helpers for pickle and copy: the reduction registry (dispatch_table,
pickle()) and the reconstructors pickles refer to by name."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        if "__slots__" in c.__dict__:
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                elif name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        names.append('_%s%s' % (stripped, name))
                    else:
                        names.append(name)
                else:
                    names.append(name)
    return names


def _getstate(obj):
    """What object.__getstate__ returns: the instance dict (None when empty),
    paired with a dict of slot values when the class has slots; a class's
    own __getstate__ wins."""
    getstate = getattr(type(obj), '__getstate__', None)
    if getstate is not None and getstate is not object.__getstate__:
        return getstate(obj)
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _user_reducer(cls):
    """'__reduce_ex__' or '__reduce__' when a class on cls's MRO (other
    than object) defines it, else None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return '__reduce_ex__'
        if '__reduce__' in d:
            return '__reduce__'
    return None


def _object_reduce_ex(obj, proto):
    """What object.__reduce_ex__(proto) returns: copyreg._reduce_ex's
    reconstructor tuple for protocols 0 and 1, a __newobj__ tuple (with
    __getnewargs(_ex)__, the state and list/dict items) from protocol 2."""
    cls = type(obj)
    for klass in cls.__mro__:
        if '__reduce__' in klass.__dict__:
            if klass is not object:
                return obj.__reduce__()
            break
    for base in (int, float, complex, str, bytes, tuple, frozenset):
        if isinstance(obj, base) and cls is not base:
            break
    else:
        base = None
    if proto < 2:
        # copyreg._reduce_ex: rebuilt by _reconstructor(cls, base, state).
        base = next((b for b in cls.__mro__ if getattr(b, '__module__', None) == 'builtins'), object)
        if base is object:
            state = None
        else:
            if base is cls:
                raise TypeError(f"cannot pickle {cls.__name__!r} object")
            state = base(obj)
        if _slotnames(cls) and getattr(cls, '__getstate__', None) is object.__getstate__:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ without defining __getstate__ cannot be pickled with protocol {proto}")
        d = _getstate(obj)
        if d:
            return (_reconstructor, (cls, base, state), d)
        return (_reconstructor, (cls, base, state))
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
        if kwargs:
            return (__newobj_ex__, (cls, tuple(args), dict(kwargs)), state, listitems, dictitems)
        return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = tuple(getnewargs(obj))
    elif base is not None:
        args = (base(obj),)
    elif isinstance(obj, (set, bytearray)):
        return (cls, (list(obj) if isinstance(obj, set) else bytes(obj),), state, None, None)
    else:
        args = ()
    return (__newobj__, (cls,) + args, state, listitems, dictitems)


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    raise NotImplementedError("copyreg extension codes are not supported by weft")


def remove_extension(module, name, code):
    raise NotImplementedError("copyreg extension codes are not supported by weft")


def clear_extension_cache():
    _extension_cache.clear()
