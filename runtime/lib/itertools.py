"""Iterator building blocks (CPython's itertools).

Each function validates its arguments when it is called, as CPython's
constructors do, and returns a generator that does the iterating.
"""


def _nargs(name, args, low, high=None):
    high = low if high is None else high
    n = len(args)
    if low <= n <= high:
        return
    if low == high:
        raise TypeError(f"{name} expected {low} argument{'s' if low != 1 else ''}, got {n}")
    if n < low:
        raise TypeError(f"{name} expected at least {low} argument{'s' if low != 1 else ''}, got {n}")
    raise TypeError(f"{name} expected at most {high} argument{'s' if high != 1 else ''}, got {n}")


_MISSING = object()


def _unpack(name, args, kwargs, params, required, kwonly=()):
    """Arguments of a function taking `params` by position or keyword (and
    `kwonly` by keyword), checked in the order and with the messages of
    CPython's Argument Clinic (_PyArg_UnpackKeywords)."""
    n = len(args)
    maxargs = len(params) + len(kwonly)
    if n + len(kwargs) > maxargs:
        raise TypeError(f"{name}() takes at most {maxargs} {'keyword ' if n == 0 else ''}argument{'s' if maxargs != 1 else ''} ({n + len(kwargs)} given)")
    if n > len(params):
        how = "at most" if required < len(params) else "exactly"
        raise TypeError(f"{name}() takes {how} {len(params)} positional argument{'s' if len(params) != 1 else ''} ({n} given)")
    values = dict(zip(params, args))
    for k, v in kwargs.items():
        if k in values:
            raise TypeError(f"argument for {name}() given by name ('{k}') and position ({params.index(k) + 1})")
        if k not in params and k not in kwonly:
            raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
        values[k] = v
    for i, p in enumerate(params[:required]):
        if p not in values:
            raise TypeError(f"{name}() missing required argument '{p}' (pos {i + 1})")
    return [values.get(p, _MISSING) for p in params + tuple(kwonly)]


def _is_number(x):
    return isinstance(x, (int, float, complex)) or hasattr(type(x), '__index__') or hasattr(type(x), '__float__')


def count(start=0, step=1):
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(*args):
    _nargs("cycle", args, 1)
    return _cycle(iter(args[0]))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        return _repeat_forever(obj)
    return _repeat(obj, times.__index__() if hasattr(type(times), '__index__') else _index_error(times))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat(obj, times):
    for _ in range(times):
        yield obj


def accumulate(*args, **kwargs):
    iterable, func, initial = _unpack("accumulate", args, kwargs, ("iterable", "func"), 1, ("initial",))
    func = None if func is _MISSING else func
    initial = None if initial is _MISSING else initial
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    for it in iterables:
        yield from it


def _from_iterable(*args):
    if len(args) != 1:
        raise TypeError(f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
    return _chain_from(iter(args[0]))


def _chain_from(iterables):
    for it in iterables:
        yield from it


def compress(*args, **kwargs):
    data, selectors = _unpack("compress", args, kwargs, ("data", "selectors"), 2)
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(*args):
    _nargs("dropwhile", args, 2)
    return _dropwhile(args[0], iter(args[1]))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(*args):
    _nargs("takewhile", args, 2)
    return _takewhile(args[0], iter(args[1]))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(*args):
    _nargs("filterfalse", args, 2)
    predicate, it = args[0], iter(args[1])
    return _filterfalse(bool if predicate is None else predicate, it)


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


def islice(*args):
    """Elements of `iterable` at the positions of range(start, stop, step);
    consumes nothing past the last element it returns."""
    _nargs("islice", args, 2, 4)
    iterable, args = args[0], args[1:]
    s = slice(*args)
    start, stop, step = s.start, s.stop, s.step

    def check(v, what):
        if v is None:
            return None
        try:
            v = v.__index__()
        except (AttributeError, TypeError):
            v = -1
        if v < 0:
            raise ValueError(what)
        return v
    stop = check(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    start = check(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.") or 0
    step = check(step, "Step for islice() must be a positive integer or None.")
    if step == 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    step = step or 1
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    positions = iter(range(start, stop if stop is not None else __import__('sys').maxsize, step))
    try:
        nexti = next(positions)
    except StopIteration:
        for _ in zip(range(start), it):
            pass
        return
    i = -1
    for i, element in enumerate(it):
        if i == nexti:
            yield element
            try:
                nexti = next(positions)
            except StopIteration:
                # Consume up to `stop`, as CPython does.
                if stop is not None:
                    for _ in zip(range(i + 1, stop), it):
                        pass
                return


def starmap(*args):
    _nargs("starmap", args, 2)
    return _starmap(args[0], iter(args[1]))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """One of tee()'s iterators: a cursor into a shared linked buffer."""

    __slots__ = ('_it', '_link', '__weakref__')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(*args):
    _nargs("tee", args, 1, 2)
    iterable = args[0]
    n = args[1] if len(args) > 1 else 2
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def zip_longest(*args, fillvalue=None):
    return _zip_longest([iter(it) for it in args], fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    repeat = repeat.__index__() if hasattr(type(repeat), '__index__') else _index_error(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _index_error(x):
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(*args, **kwargs):
    iterable, r = _unpack("permutations", args, kwargs, ("iterable", "r"), 1)
    pool = tuple(iterable)
    n = len(pool)
    if r is _MISSING or r is None:
        r = n
    elif not hasattr(type(r), '__index__'):
        raise TypeError("Expected int as r")
    else:
        r = _check_r(r)
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _check_r(r):
    r = r.__index__() if hasattr(type(r), '__index__') else _index_error(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def combinations(*args, **kwargs):
    iterable, r = _unpack("combinations", args, kwargs, ("iterable", "r"), 2)
    # r's type is checked first, its sign after the pool is read.
    r = r.__index__() if hasattr(type(r), '__index__') else _index_error(r)
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations(pool, len(pool), r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(*args, **kwargs):
    iterable, r = _unpack("combinations_with_replacement", args, kwargs, ("iterable", "r"), 2)
    # r's type is checked first, its sign after the pool is read.
    r = r.__index__() if hasattr(type(r), '__index__') else _index_error(r)
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations_with_replacement(pool, len(pool), r)


def _combinations_with_replacement(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class groupby:
    def __init__(self, *args, **kwargs):
        iterable, key = _unpack("groupby", args, kwargs, ("iterable", "key"), 1)
        key = None if key is _MISSING else key
        self.keyfunc = key if key is not None else (lambda x: x)
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, _grouper(self, self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def pairwise(*args):
    _nargs("pairwise", args, 1)
    return _pairwise(iter(args[0]))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def batched(*args, **kwargs):
    iterable, n, strict = _unpack("batched", args, kwargs, ("iterable", "n"), 2, ("strict",))
    strict = False if strict is _MISSING else strict
    n = n.__index__() if hasattr(type(n), '__index__') else _index_error(n)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n, strict)


def _batched(it, n, strict):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield batch


# Each iterator is an instance of a type named as CPython's (`itertools.chain`)
# whose constructor is the function above and whose items come from the
# generator it returns; count and repeat are native.
import _itertools

count = _itertools.count
repeat = _itertools.repeat


def _chain_from_iterable(cls, *args):
    if len(args) != 1:
        raise TypeError(f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
    return _itertools.wrap(cls, _chain_from(iter(args[0])))


chain = _itertools.make_type('chain', chain, {'from_iterable': classmethod(_chain_from_iterable)})
for _f in [cycle, accumulate, compress, dropwhile, takewhile, filterfalse, islice, starmap, zip_longest,
           product, permutations, combinations, combinations_with_replacement, pairwise, batched]:
    globals()[_f.__name__] = _itertools.make_type(_f.__name__, _f, {})
_grouper = _itertools.make_type('_grouper', lambda parent, tgtkey, id: parent._grouper(tgtkey, id), {})
del _f
