"""weakref: references that do not keep their target alive.

`ref` is weft's native weak reference (cleared when its target is freed,
callback run afterwards). The containers below hold weak references and
drop entries whose target died.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from collections.abc import MutableMapping, MutableSet
import sys as _sys
import itertools as _itertools

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ProxyType:
    """A proxy forwarding attribute access to a weakly referenced object."""

    __slots__ = ('_weft_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is not None:
            object.__setattr__(self, '_weft_ref', ref(obj, lambda r, p=self: callback(p)))
        else:
            object.__setattr__(self, '_weft_ref', ref(obj))

    def _weft_target(self):
        o = object.__getattribute__(self, '_weft_ref')()
        if o is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return o

    def __getattr__(self, name):
        return getattr(ProxyType._weft_target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._weft_target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._weft_target(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_weft_ref')()
        return f"<weakproxy at {hex(id(self))}; to '{type(o).__name__}' at {hex(id(o))}>" if o is not None else f"<weakproxy at {hex(id(self))}; dead>"

    def __str__(self): return str(ProxyType._weft_target(self))
    def __bool__(self): return bool(ProxyType._weft_target(self))
    def __len__(self): return len(ProxyType._weft_target(self))
    def __iter__(self): return iter(ProxyType._weft_target(self))
    def __contains__(self, x): return x in ProxyType._weft_target(self)
    def __getitem__(self, k): return ProxyType._weft_target(self)[k]
    def __setitem__(self, k, v): ProxyType._weft_target(self)[k] = v
    def __delitem__(self, k): del ProxyType._weft_target(self)[k]
    def __eq__(self, other): return ProxyType._weft_target(self) == other
    def __ne__(self, other): return ProxyType._weft_target(self) != other
    def __lt__(self, other): return ProxyType._weft_target(self) < other
    def __le__(self, other): return ProxyType._weft_target(self) <= other
    def __gt__(self, other): return ProxyType._weft_target(self) > other
    def __ge__(self, other): return ProxyType._weft_target(self) >= other
    def __add__(self, other): return ProxyType._weft_target(self) + other
    def __sub__(self, other): return ProxyType._weft_target(self) - other
    def __mul__(self, other): return ProxyType._weft_target(self) * other
    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._weft_target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that does not keep it alive."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method that lives as long as both the
    instance and the function."""

    __slots__ = ('_obj_ref', '_func_ref', '_meth_type', '_alive', '__weakref__')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self_wr = ref(self)

        def _cb(arg):
            me = self_wr()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)
        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary(MutableMapping):
    """Mapping whose values are weakly referenced: an entry goes when its
    value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self_wr = ref(self)

        def remove(wr, key):
            me = self_wr()
            if me is not None and me.data.get(key) is wr:
                del me.data[key]
        self._remove = remove
        self.update(other, **kw)

    def _ref(self, key, value):
        return ref(value, lambda wr, key=key, remove=self._remove: remove(wr, key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))}>"

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for k, v in self.items():
            yield v

    def keys(self):
        return iter(self)

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def clear(self):
        self.data.clear()


class WeakKeyDictionary(MutableMapping):
    """Mapping whose keys are weakly referenced: an entry goes when its key
    dies."""

    def __init__(self, dict=None):
        self.data = {}
        self_wr = ref(self)

        def remove(k):
            me = self_wr()
            if me is not None:
                me.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def keys(self):
        return iter(self)

    def values(self):
        for k, v in self.items():
            yield v

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def clear(self):
        self.data.clear()


class WeakSet(MutableSet):
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self.data = set()
        self_wr = ref(self)

        def remove(item):
            me = self_wr()
            if me is not None:
                me.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f"{type(self).__name__}({set(self)!r})" if len(self) else f"{type(self).__name__}()"

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def pop(self):
        while True:
            wr = self.data.pop()
            o = wr()
            if o is not None:
                return o

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return WeakSet(_itertools.chain(self, other))

    __or__ = union

    def difference(self, other):
        return WeakSet(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return WeakSet(x for x in self if x in other)

    __and__ = intersection

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return set(self) == set(other)


class finalize:
    """Call `func(*args, **kwargs)` when `obj` is freed (or at exit, for
    objects still alive then, when `atexit` is true)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        try:
            pending = sorted(((i.index, f) for f, i in cls._registry.items() if i.atexit), reverse=True)
            for _, f in pending:
                f()
        finally:
            finalize._shutdown = True
