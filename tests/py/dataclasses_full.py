"""dataclasses: fields, defaults and factories, InitVar/ClassVar, kw_only, slots, order/frozen, __doc__, recursive repr, asdict/astuple/replace/make_dataclass and their errors."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError, make_dataclass, is_dataclass, KW_ONLY
import dataclasses
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
@dataclass(order=True, frozen=True)
class V:
    a: float
    b: float = 1.0
@dataclass
class C:
    n: int
    scale: InitVar[int] = 2
    doubled: int = field(init=False)
    def __post_init__(self, scale):
        self.doubled = self.n * scale
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 3
@dataclass(slots=True)
class SL:
    p: int
    q: str = 'q'
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 1
p = P(1, 2)
print(p, repr(p), p == P(1, 2, []), asdict(p), astuple(p), replace(p, y=5))
v = V(1.0)
print(v, v < V(2.0), sorted([V(3, 1), V(1, 2), V(1, 1)]), hash(v) == hash(V(1.0)))
try:
    v.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(C(3), C(3, 5).doubled, [f.name for f in fields(C)])
print(K(a=1), M(1, b=2))
try:
    K(1)
except TypeError as e:
    print(e)
s = SL(1)
print(s, SL.__slots__, hasattr(s, '__dict__'))
try:
    P()
except TypeError as e:
    print(e)
D = make_dataclass('D', [('x', int), ('y', str, field(default='d'))])
print(D(1), is_dataclass(D), is_dataclass(D(1)), D.__name__)
print(P.__dataclass_fields__['x'].type, fields(P)[2].default_factory)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), P.__match_args__, type(dataclasses.MISSING).__name__)
print(P.__doc__, C.__doc__)
@dataclass(repr=False)
class NR:
    a: int
print(repr(NR(1)).startswith('<__main__.NR object at'))
from typing import ClassVar
@dataclass
class CV:
    x: int
    count: ClassVar[int] = 0
print(CV(1), [f.name for f in fields(CV)], CV.count, 'count' in CV.__dataclass_fields__)
@dataclass
class Node:
    val: int
    nxt: 'Node' = None
n = Node(1); n.nxt = n
print(n)
print(asdict(P(1, 2, [P(3)])), astuple(V(1, 2)))
try:
    replace(C(1), doubled=3)
except ValueError as e:
    print(e)
try:
    asdict(5)
except TypeError as e:
    print(e)
