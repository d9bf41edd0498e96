"""Slices: huge bounds and steps, __index__ bounds, attributes, indices(), equality, ordering and hashing (3.12+), every small slice of five sequence types."""
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
a = []; b = [1, 2]; c = list(range(10)); d = "123456"
t(1, lambda: (a[: 2 ** 100], a[-(2 ** 100):], a[:: 2 ** 100], b[: 2 ** 100], b[-(2 ** 100):], b[2 ** 100:], b[:: 2 ** 100]))
t(2, lambda: (c[8 :: -(2 ** 100)], d[:: 2 ** 100], (1, 2, 3)[::-(2**100)], b"abc"[2**100:], range(10)[::2**100]))
class CustomIndex:
    def __init__(self, x): self.x = x
    def __index__(self): return self.x
t(3, lambda: (c[CustomIndex(1):CustomIndex(3)], d[CustomIndex(1):CustomIndex(3)]))
s = slice(object(), "v", 1.0)
t(4, lambda: (s.stop, s.step, slice(5).start, slice(1, 5, 2).indices(3), slice(None, None, -1).indices(5)))
t(5, lambda: b[::0])
t(6, lambda: slice(1, 2) == slice(1, 2), )
t(7, lambda: (hash(slice(1, 2)) == hash(slice(1, 2))))
t(8, lambda: (slice(1, 2) < slice(1, 3), repr(slice(1, None))))
t(9, lambda: b["x":])
t(10, lambda: slice(1, 2, 0).indices(5))
t(11, lambda: slice(1, 2).indices(-1))
import itertools
ll = list(range(7))
res = []
for st in [None, -9, -3, -1, 0, 1, 3, 9]:
    for en in [None, -9, -3, -1, 0, 1, 3, 9]:
        for sp in [None, -4, -2, -1, 1, 2, 4]:
            res.append((ll[st:en:sp], "abcdefg"[st:en:sp], tuple(ll)[st:en:sp], bytes(ll)[st:en:sp], range(7)[st:en:sp]))
print(hash(repr(res)) if False else len(res), res[::37])
