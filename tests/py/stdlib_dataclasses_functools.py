import dataclasses
from dataclasses import dataclass, field, KW_ONLY, fields, is_dataclass
@dataclass(slots=True)
class A:
    x: int
    y: list = field(default_factory=list)
a = A(1); print(a, fields(a)[0].name, is_dataclass(a), hasattr(a, "__dict__"))
@dataclass(kw_only=True)
class B:
    p: int = 0
    q: str = "s"
print(B(q="z"))
@dataclass
class C:
    a: int
    _: KW_ONLY
    b: int = 2
print(C(1, b=3))
@dataclass(eq=False, repr=False)
class D:
    v: int
print(D(1) == D(1), "D object" in repr(D(1)))
@dataclass(frozen=True)
class E:
    v: int
    def double(self): return E(self.v * 2)
print(E(2).double(), hash(E(1)) == hash(E(1)), {E(1), E(1)})
@dataclass(order=True)
class F:
    s: str
    n: int = field(compare=False, default=0)
print(sorted([F("b", 1), F("a", 2)]), F("a") < F("b"))
print(dataclasses.asdict(C(1)), dataclasses.replace(C(1), b=9), dataclasses.astuple(E(3)))
@dataclass
class G:
    items: list[int] = field(default_factory=lambda: [1, 2])
    name: str = field(default="g", repr=False)
print(G(), G.__dataclass_fields__["name"].repr)
try:
    @dataclass
    class H:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
import functools
class P:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return 42
p = P(); print(p.val, p.val, p.n)
@functools.cache
def sq(x): return x * x
print(sq(4), sq.cache_info())
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 1), functools.partial(pow, 2)(10))
@functools.wraps(sq)
def w(): pass
print(w.__name__, w.__wrapped__ is sq)
