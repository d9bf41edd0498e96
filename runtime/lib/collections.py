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


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(map(str, field_names))
    nf = len(fields)
    defs = tuple(defaults) if defaults is not None else ()

    def __init__(self, *args, **kw):
        if len(args) > nf:
            raise TypeError("%s() takes %d positional arguments but %d were given" % (typename, nf + 1, len(args) + 1))
        vals = list(args)
        for name in fields[len(args):]:
            if name in kw:
                vals.append(kw.pop(name))
            else:
                i = fields.index(name) - (nf - len(defs))
                if i >= 0:
                    vals.append(defs[i])
                else:
                    missing = [n for n in fields[len(vals):] if n not in kw]
                    raise TypeError("%s.__new__() missing %d required positional argument%s: %s" % (
                        typename, len(missing), "" if len(missing) == 1 else "s",
                        " and ".join("'%s'" % m for m in missing)))
        if kw:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, next(iter(kw))))
        object.__setattr__(self, '_values', tuple(vals))

    def __repr__(self):
        return "%s(%s)" % (typename, ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self._values)))

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return nf

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        if hasattr(other, '_values'):
            return self._values == other._values
        return self._values == other

    def __lt__(self, other):
        return self._values < tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _replace(self, **kw):
        d = dict(zip(fields, self._values))
        d.update(kw)
        return cls(**d)

    def _make(cls_, iterable):
        return cls_(*iterable)

    def count(self, v):
        return self._values.count(v)

    def index(self, v):
        return self._values.index(v)

    ns = {'__init__': __init__, '__repr__': __repr__, '__iter__': __iter__, '__len__': __len__,
          '__getitem__': __getitem__, '__eq__': __eq__, '__lt__': __lt__, '__hash__': __hash__,
          '__setattr__': __setattr__, '_asdict': _asdict, '_replace': _replace,
          '_make': classmethod(_make), '_fields': fields, 'count': count, 'index': index,
          '_field_defaults': dict(zip(fields[nf - len(defs):], defs))}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self._values[i])
    cls = type(typename, (object,), ns)
    return cls


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
