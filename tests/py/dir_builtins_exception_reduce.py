"""dir() of built-in types and exceptions lists computed attributes; exceptions pickle and copy through BaseException.__reduce__/__setstate__."""
for t in (int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, complex, bool, range, object, type):
    print(t.__name__, [m for m in dir(t) if not m.startswith("_")])
print(dir(ValueError()))
print([m for m in dir(1.5) if not m.startswith("__")])
e=ValueError(1)
e.__setstate__({"x": 5}); print(e.x)
try: e.__setstate__(3)
except TypeError as er: print(er)
import pickle
e2 = pickle.loads(pickle.dumps(KeyError("k")))
print(repr(e2))
import pickle, copy
for e in [KeyError("k"), ValueError(1, 2), OSError(2, "nf", "f.txt")]:
    e2 = pickle.loads(pickle.dumps(e)); e3 = copy.copy(e)
    print(repr(e2), repr(e3), e2.args)
e = ValueError("v"); e.note = 1
print(pickle.loads(pickle.dumps(e)).note, ValueError("a").__reduce__())
