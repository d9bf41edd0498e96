"""pickle: every protocol, byte-for-byte as CPython writes it, for built-in values, containers, shared and recursive references, classes with state, slots, reductions and subclasses; round trips and errors."""
import pickle, collections
class Plain:
    def __init__(self, a): self.a = a; self.b = [a, "x"]
    def __eq__(self, o): return type(o) is type(self) and o.__dict__ == self.__dict__
class Slots:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = (2, 3)
    def __getstate__(self): return (None, {"x": self.x, "y": self.y})
class WithState:
    def __init__(self): self.v = 5
    def __getstate__(self): return {"v": self.v * 2}
    def __setstate__(self, st): self.v = st["v"] + 1
class Red:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Red, (self.n + 1,))
class L(list): pass
class D(dict): pass
class I(int): pass
Point = collections.namedtuple("Point", "x y")
shared = [1, 2]
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**64, -2**100, 1.5, -0.0, float("inf"),
        "", "abc", "é€😀", "x" * 300, b"", b"ab", bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
        [], [1, [2, 3]], {}, {"a": 1, "b": [1]}, {1, 2}, frozenset({3}), [shared, shared], (shared, shared),
        list(range(1005)), {i: i for i in range(3)}, Plain(3), Slots(), WithState(), Red(1), L([1, 2]), D(a=1), I(7),
        Point(1, 2), int, len, collections.OrderedDict(a=1), range(3), slice(1, 2), complex(1, 2), type(None)]
for proto in range(6):
    for o in objs:
        try:
            data = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, type(o).__name__, "dumps", type(e).__name__, e)
            continue
        try:
            back = pickle.loads(data)
        except Exception as e:
            print(proto, type(o).__name__, "loads", type(e).__name__, e)
            continue
        print(proto, type(o).__name__, data if len(data) < 120 else len(data), type(back).__name__,
              back == o if not isinstance(o, (Slots, WithState, Red)) else vars(back) if hasattr(back, "__dict__") else (back.x, back.y))
rec = []; rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec)); print(r2[0] is r2)
d = {}; d["self"] = d; print(pickle.loads(pickle.dumps(d))["self"].keys())
try:
    pickle.dumps(lambda: 1)
except Exception as e:
    print(type(e).__name__)
try:
    pickle.loads(b"garbage")
except Exception as e:
    print(type(e).__name__, e)
import io
buf = io.BytesIO(); pickle.dump([1, 2], buf); buf.seek(0); print(pickle.load(buf), pickle.HIGHEST_PROTOCOL)
