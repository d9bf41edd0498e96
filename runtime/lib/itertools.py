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


def accumulate(iterable, func=None, *, initial=None):
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


def compress(data, selectors):
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


def islice(iterable, *args):
    """Elements of `iterable` at the positions of range(start, stop, step);
    consumes nothing past the last element it returns."""
    if not 1 <= len(args) <= 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args else
                        "islice expected at least 2 arguments, got 1")
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


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else _check_r(r)
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


def combinations(iterable, r):
    r = _check_r(r)
    pool = tuple(iterable)
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


def combinations_with_replacement(iterable, r):
    r = _check_r(r)
    pool = tuple(iterable)
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
    def __init__(self, iterable, key=None):
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


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def batched(iterable, n, *, strict=False):
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
