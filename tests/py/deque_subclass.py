"""collections.deque subclasses (constructor, __init__, repr, copy, extra attributes), bounded deques, mutation detection; exact int/float comparison and __eq__ against None."""
from collections import deque
import copy


class History(deque):
    def __init__(self, items=(), limit=3):
        super().__init__(items, maxlen=limit)
        self.label = "hist"

    def last(self):
        return self[-1]


h = History([1, 2, 3, 4])
print(h, h.maxlen, h.label, h.last(), len(h), list(reversed(h)), isinstance(h, deque), type(h).__name__)
h.append(5)
print(h, h.popleft(), h)
c = copy.copy(h)
print(type(c).__name__, c, c == h)


class Plain(deque):
    pass


p = Plain("abc", 2)
print(p, p.maxlen, p.copy(), type(p.copy()).__name__)
print(repr(Plain()), type(iter(p)).__name__, type(reversed(p)).__name__)

d = deque([1, 2, 3])
d.__init__([9], 2)
print(d, d.maxlen)
d.__init__(d)
print(d)
print(deque([1], maxlen=3) * 2**62, deque([1, 2, 3], maxlen=4) * 3, deque("ab", maxlen=0) * 3)
print(deque().index(10, 0, 10**30) if False else deque([5, 10]).index(10, 0, 10**30), [1, 2].index(2, -10**30, 10**30))

d = deque()


class Item:
    def __eq__(self, other):
        del d[0]
        return True


d.append(Item())
try:
    d.remove(None)
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(3)
except ValueError as e:
    print("ValueError:", e)


class AlwaysEq:
    def __eq__(self, other):
        return True


print(AlwaysEq() == None, None == AlwaysEq(), [AlwaysEq()].count(None), None in [AlwaysEq()], [None].index(AlwaysEq()))
print(2**53 + 1 == 2.0**53, 2.0**53 < 2**53 + 1, 2**53 == 2.0**53, 10**20 > 1e20, 10**20 + 1 > 1e20, -(2**63) == -2.0**63)
print(sorted([2**53 + 1, 2.0**53, 2**53 - 1]), 1 < float("nan"), float("inf") > 10**400)
