"""Subclasses of set and frozenset: construction through __init__, instance
attributes, overridden methods, operators returning plain sets, in-place
operators, repr, truth, iteration and layout conflicts."""
class S(set):
    def __init__(self, it=(), tag="t"):
        super().__init__(it)
        self.tag = tag
s = S([3, 1, 2], tag="x")
print(s, repr(S()), len(s), 1 in s, s.tag, sorted(s), type(s).__name__, bool(S()), bool(s))
s.add(9); s.discard(1)
print(sorted(s), type(s | {4}).__name__, type(s.copy()).__name__, s == {2, 3, 9}, isinstance(s, set))
i = id(s); s |= {5}; s -= {2}; s &= {3, 5, 9, 10}; s ^= {11}
print(sorted(s), id(s) == i, type(s).__name__)
class Loud(set):
    def add(self, x):
        print("adding", x)
        super().add(x)
o = Loud(); o.add(3); print(o, vars(o))
s.__init__([1]); print(s)
try:
    S(x=1)
except TypeError as e:
    print("TypeError", e)
class F(frozenset): pass
f = F([1, 2])
print(f, repr(F()), type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])))
try:
    class Bad(set, list): pass
except TypeError as e:
    print("TypeError", e)
class Hashable(set):
    def __hash__(self):
        return 7
print(hash(Hashable()), {Hashable([1]): 1})
print(S.__mro__, issubclass(S, set), set.__init__ is S.__init__)
