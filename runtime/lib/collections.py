"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple,
ChainMap.

weft cannot yet subclass built-in types, so defaultdict, Counter and
OrderedDict wrap a dict instead of extending it: they support the mapping
operations, but isinstance(x, dict) is False for them.
"""

import _thread

__all__ = ['deque', 'defaultdict', 'Counter', 'OrderedDict', 'namedtuple', 'ChainMap']

_sentinel = object()


class deque:
    """Double-ended queue (list-backed; single operations are atomic)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        self._lock = _thread.allocate_lock()
        for x in iterable:
            self.append(x)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        with self._lock:
            self._items.append(x)
            if self._maxlen is not None and len(self._items) > self._maxlen:
                del self._items[0]

    def appendleft(self, x):
        with self._lock:
            self._items.insert(0, x)
            if self._maxlen is not None and len(self._items) > self._maxlen:
                self._items.pop()

    def pop(self):
        with self._lock:
            if not self._items:
                raise IndexError("pop from an empty deque")
            return self._items.pop()

    def popleft(self):
        with self._lock:
            if not self._items:
                raise IndexError("pop from an empty deque")
            return self._items.pop(0)

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def clear(self):
        with self._lock:
            self._items.clear()

    def rotate(self, n=1):
        with self._lock:
            if self._items:
                n %= len(self._items)
                if n:
                    self._items[:] = self._items[-n:] + self._items[:-n]

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        return self._items.index(x, *args)

    def remove(self, x):
        with self._lock:
            self._items.remove(x)

    def reverse(self):
        with self._lock:
            self._items.reverse()

    def copy(self):
        return deque(self._items, self._maxlen)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return reversed(list(self._items))

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self._maxlen)


class _DictWrapper:
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __contains__(self, k):
        return k in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __bool__(self):
        return bool(self._d)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        return self._d == other

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, k, default=None):
        return self._d.get(k, default)

    def pop(self, k, *default):
        return self._d.pop(k, *default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, k, default=None):
        return self._d.setdefault(k, default)

    def update(self, *args, **kw):
        self._d.update(*args, **kw)

    def clear(self):
        self._d.clear()


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kw):
        _DictWrapper.__init__(self)
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._d.update(*args, **kw)

    def __getitem__(self, k):
        try:
            return self._d[k]
        except KeyError:
            return self.__missing__(k)

    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self._d[k] = v
        return v

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        f = self.default_factory
        fr = f.__name__ if hasattr(f, '__name__') and isinstance(f, type) else repr(f)
        if isinstance(f, type):
            fr = "<class '%s'>" % f.__name__
        return "defaultdict(%s, %r)" % (fr, self._d)


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kw):
        _DictWrapper.__init__(self)
        self.update(iterable, **kw)

    def __getitem__(self, k):
        return self._d.get(k, 0)

    def __missing__(self, k):
        return 0

    def update(self, iterable=None, **kw):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for k, v in iterable.items():
                    d[k] = d.get(k, 0) + v
            else:
                for k in iterable:
                    d[k] = d.get(k, 0) + 1
        for k, v in kw.items():
            d[k] = d.get(k, 0) + v

    def subtract(self, iterable=None, **kw):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for k, v in iterable.items():
                    d[k] = d.get(k, 0) - v
            else:
                for k in iterable:
                    d[k] = d.get(k, 0) - 1
        for k, v in kw.items():
            d[k] = d.get(k, 0) - v

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self._d.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self._d.values())

    def copy(self):
        return Counter(self._d)

    def __add__(self, other):
        r = Counter()
        for k, v in self._d.items():
            n = v + other[k]
            if n > 0:
                r._d[k] = n
        for k, v in other.items():
            if k not in self._d and v > 0:
                r._d[k] = v
        return r

    def __sub__(self, other):
        r = Counter()
        for k, v in self._d.items():
            n = v - other[k]
            if n > 0:
                r._d[k] = n
        for k, v in other.items():
            if k not in self._d and v < 0:
                r._d[k] = -v
        return r

    def __repr__(self):
        if not self._d:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())


class OrderedDict(_DictWrapper):
    def __init__(self, *args, **kw):
        _DictWrapper.__init__(self)
        self._d.update(*args, **kw)

    def move_to_end(self, key, last=True):
        v = self._d.pop(key)
        if last:
            self._d[key] = v
        else:
            rest = list(self._d.items())
            self._d.clear()
            self._d[key] = v
            self._d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        if last:
            return self._d.popitem()
        k = next(iter(self._d))
        return (k, self._d.pop(k))

    def copy(self):
        return OrderedDict(self._d)

    def __reversed__(self):
        return reversed(list(self._d))

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (dict(self._d),)


class _tuplegetter:
    """The descriptor of a named tuple's field: item `index` of the tuple."""

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
    'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
    'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
    'with', 'yield'))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items are also attributes, as CPython's."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    fields = tuple(field_names)
    num_fields = len(fields)
    arg_list = ', '.join(fields)
    if num_fields == 1:
        arg_list += ','
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {}, '__name__': 'namedtuple_' + typename}
    __new__ = eval('lambda _cls, %s: _tuple_new(_cls, (%s))' % (arg_list, arg_list), namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list.rstrip(',')),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        class_namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    result = type(typename, (tuple,), class_namespace)
    if module is not None:
        result.__module__ = module
    return result


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, k):
        for m in self.maps:
            if k in m:
                return m[k]
        raise KeyError(k)

    def get(self, k, default=None):
        return self[k] if k in self else default

    def __contains__(self, k):
        return any(k in m for m in self.maps)

    def __setitem__(self, k, v):
        self.maps[0][k] = v

    def __delitem__(self, k):
        del self.maps[0][k]

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return iter(seen)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return "ChainMap(%s)" % ", ".join(map(repr, self.maps))
