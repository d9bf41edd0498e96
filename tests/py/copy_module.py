"""copy.copy / copy.deepcopy across built-ins, subclasses, slots, reduce
overrides, getstate/setstate, recursion and memo; copy.replace on
dataclasses and namedtuples."""
import copy, collections, dataclasses

class L(list): pass
class D(dict): pass
class S(set): pass
class T(tuple): pass
class I(int): pass
class Str(str): pass

l = L([1, [2]]); l.tag = "L"
d = D(a=[1]); d.tag = "D"
s = S([1, 2]); s.tag = "S"
for obj in (l, d, s, T((1, 2)), I(5), Str("hi")):
    c = copy.copy(obj)
    dc = copy.deepcopy(obj)
    print(type(c).__name__, c, type(dc).__name__, dc, getattr(c, "tag", None), getattr(dc, "tag", None))
c = copy.copy(l); print(c[1] is l[1]); dc = copy.deepcopy(l); print(dc[1] is l[1], dc[1] == l[1])

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
x = Slotted()
y = copy.copy(x); z = copy.deepcopy(x)
print(y.a, y.a is x.a, z.a is x.a, hasattr(y, "b"))

class WithState:
    def __init__(self): self.v = 1; self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy(); del st["cache"]; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = "rebuilt"
w = copy.deepcopy(WithState()); print(w.v, w.cache)

class Reduced:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Reduced, (self.n * 10,))
print(copy.copy(Reduced(2)).n, copy.deepcopy(Reduced(3)).n)

class Custom:
    def __copy__(self): return "shallow!"
    def __deepcopy__(self, memo): return "deep!"
print(copy.copy(Custom()), copy.deepcopy(Custom()))

class NewArgs(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v); o.extra = extra; return o
    def __getnewargs__(self): return (int(self), self.extra)
na = copy.deepcopy(NewArgs(4, "e")); print(na, na.extra)

rec = [1]; rec.append(rec)
r2 = copy.deepcopy(rec); print(r2[1] is r2, r2[1] is not rec)
shared = [0]; pair = [shared, shared]
p2 = copy.deepcopy(pair); print(p2[0] is p2[1], p2[0] is not shared)
t = (1, "a", (2, 3)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = ([1],); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
fs = frozenset({1}); print(copy.copy(fs) is fs)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(len) is len)
od = collections.OrderedDict(a=1, b=2); print(copy.deepcopy(od), type(copy.copy(od)).__name__)
dd = collections.defaultdict(list, k=[1]); dd2 = copy.deepcopy(dd); dd2["z"].append(1); print(dd2, dd)
cnt = collections.Counter("aab"); print(copy.copy(cnt))
dq = collections.deque([1, [2]], maxlen=5); dq2 = copy.deepcopy(dq); print(dq2, dq2.maxlen, dq2[1] is dq[1])
Point = collections.namedtuple("Point", "x y")
print(copy.copy(Point(1, 2)), copy.deepcopy(Point(1, [2])), copy.replace(Point(1, 2), y=5))

@dataclasses.dataclass
class DC:
    a: int
    b: list = dataclasses.field(default_factory=list)
dc = DC(1, [2]); dc2 = copy.deepcopy(dc); print(dc2, dc2.b is dc.b, copy.replace(dc, a=9))
try:
    copy.replace(1)
except TypeError as e:
    print("TypeError", e)
class Meth:
    def m(self): return self
mo = Meth(); bm = copy.deepcopy(mo.m); print(bm() is not mo, type(bm()).__name__)
memo = {}; a = [1]; b = copy.deepcopy([a, a], memo); print(memo[id(a)] is b[0])
