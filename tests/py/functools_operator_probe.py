"""functools (partial, lru_cache info, reduce errors, total_ordering, singledispatch, wraps, cached_property) and operator getters."""
import functools, operator
p = functools.partial(max, 3, key=abs); print(p, p(-5), p.func, p.args, p.keywords, repr(functools.partial(p, 1)))
class C:
    def m(self, a, b=2): return (a, b)
    pm = functools.partialmethod(m, b=9)
print(C().pm(1))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
[sq(i) for i in [1, 2, 1, 3, 1, 2]]; print(sq.cache_info(), sq.cache_parameters()); sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
for args in [(operator.add, []), (operator.add, [], 0), (operator.add, [1, 2, 3]), (operator.add, 5)]:
    try: print(functools.reduce(*args))
    except TypeError as e: print(e)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@functools.singledispatch
def f(x): return 'base'
@f.register
def _(x: int): return 'int'
@f.register(list)
def _(x): return 'list'
print(f(1), f([]), f('s'), f(True), f.dispatch(bool).__name__, sorted(k.__name__ for k in f.registry))
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def named(a):
    "doc"
    return a
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named.__qualname__)
class P:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
o = P(); print(o.val, o.val, 'val' in o.__dict__)
print(functools.reduce(lambda a, b: a + b, range(5), 10), list(__import__('itertools').accumulate([1, 2, 3], operator.mul)))
ag = operator.attrgetter('a', 'b.c'); ig = operator.itemgetter(1, slice(0, 2)); mc = operator.methodcaller('split', ',', maxsplit=1)
print(repr(ag), repr(ig), repr(mc), ig('abc'), mc('a,b,c'))
try: operator.attrgetter('x')(1)
except AttributeError as e: print(e)
