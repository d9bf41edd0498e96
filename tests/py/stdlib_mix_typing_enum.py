# dataclasses, typing (NamedTuple/TypedDict class syntax, aliases), enum, functools, itertools, collections, heapq, bisect, string, textwrap, json, re and math together.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import NamedTuple, Optional, List, Dict, TypedDict, Protocol, Any, Union, Callable
import enum, functools, itertools, collections, heapq, bisect, string, textwrap, json, re, math
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
p = P(1, 2)
print(p, asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(P)], P(1, 2) < P(1, 3), hash(p) == hash(P(1, 2)))
try: p.x = 3
except FrozenInstanceError as e: print("frozen", e)
class NT(NamedTuple):
    a: int
    b: str = "x"
n = NT(1); print(n, n._asdict(), n._replace(a=2), NT._fields, NT._field_defaults)
class TD(TypedDict):
    k: int
print(TD(k=1), Optional[int], List[int], Dict[str, int], Union[int, str], Callable[[int], str])
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.GREEN), Color(1), Color["GREEN"], list(Color), Color.RED.name, Color.RED.value, len(Color))
class Perm(enum.Flag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(6), Perm.R in (Perm.R | Perm.W))
class Num(enum.IntEnum):
    ONE = 1
print(Num.ONE + 1, Num.ONE == 1, str(Num.ONE), format(Num.ONE), f"{Num.ONE}")
class S(enum.StrEnum):
    A = enum.auto()
print(S.A, repr(S.A), S.A == "a")
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@functools.singledispatch
def g(x): return "obj"
@g.register
def _(x: int): return "int"
print(g(1), g("s"), functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(pow, 2)(10))
print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.pairwise("abcd")), list(itertools.combinations_with_replacement("ab", 2)), list(itertools.groupby("aabbc"))[0][0], list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.zip_longest("ab", "c", fillvalue="-")), list(itertools.starmap(pow, [(2, 3)])), list(itertools.product("ab", repeat=2))[:3], list(itertools.permutations(range(3), 2))[:3], list(itertools.compress("abc", [1, 0, 1])), list(itertools.dropwhile(lambda x: x < 2, [1, 2, 1])), list(itertools.takewhile(lambda x: x < 2, [1, 2, 1])), list(itertools.filterfalse(None, [0, 1])), list(itertools.chain.from_iterable(["ab", "c"])), list(itertools.tee([1, 2])[0]), list(itertools.repeat(1, 3)), next(itertools.count(5, 2)))
c = collections.Counter("abracadabra"); print(c.most_common(2), c["z"], c + collections.Counter("a"), sorted(c.elements())[:3], c.total())
dq = collections.deque(range(5), maxlen=3); dq.rotate(1); print(dq, dq.maxlen)
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(list(od.items()), list(od), od.popitem(last=False))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), dict(cm))
dd = collections.defaultdict(list); dd["x"].append(1); print(dd, dict(dd))
h = [5, 1, 3]; heapq.heapify(h); print(heapq.heappop(h), heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3]), list(heapq.merge([1, 3], [2])))
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2), bisect.insort([1, 3], 2))
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords("hello world"), string.Template("$a-${b}").substitute(a=1, b=2))
print(textwrap.fill("The quick brown fox jumps over the lazy dog", 15), textwrap.dedent("  a\n  b"), textwrap.shorten("Hello world foo", 12))
print(json.dumps({"a": [1, 2.5, None, True]}, indent=2, sort_keys=True), json.loads('{"x": [1, "2", {"y": null}]}'))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.findall(r"\d+", "a1b22c333"), re.split(r"[,;]\s*", "a, b;c"), re.match(r"(?P<k>\w+)=(?P<v>\w+)", "key=val").groupdict())
print(math.gcd(12, 18, 24), math.fsum([0.1] * 10), math.trunc(-2.5), math.log1p(1e-10), math.hypot(3, 4, 12), math.isfinite(1e308 * 10), math.tau)
class Pt(NamedTuple):
    '''A point.'''
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
pt = Pt(3, -4); print(pt, pt.norm(), Pt.__doc__, Pt.__annotations__, isinstance(pt, tuple), Pt._field_defaults)
class Movie(TypedDict, total=False):
    name: str
    year: int
mv = Movie(name='x'); print(mv, type(mv), Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
