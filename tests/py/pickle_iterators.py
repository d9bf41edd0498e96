"""Pickling and copying built-in iterators part-way through (sequence, reverse, hash-table, enumerate/zip/map/filter), object.__reduce_ex__ and __reduce__ defaults, super().__reduce_ex__ in a class, numeric values of CJK and other numeric characters."""
import pickle, copy
for seq in ([1,2,3], (1,2,3), "abc", b"abc", bytearray(b"xy")):
    it = iter(seq); next(it)
    r = it.__reduce__(); print(type(it).__name__, r[0].__name__, r[1:])
    for p in range(6):
        it2 = pickle.loads(pickle.dumps(it, p)); print(list(it2), end=" ")
    print(pickle.dumps(it, 2))
    list(it); print(it.__reduce__()[1:])
it = reversed([1,2,3]); next(it); print(it.__reduce__()[1:], list(copy.copy(it)), list(pickle.loads(pickle.dumps(it))))
it = reversed((1,2,3)); next(it); print(it.__reduce__()[1:], list(copy.copy(it)))
d = {1: 2, 3: 4, 5: 6}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), iter({1,2,3})):
    next(it); r = it.__reduce__(); print(type(it).__name__, r[1:], list(pickle.loads(pickle.dumps(it))))
e = enumerate("abc", 5); next(e); print(list(pickle.loads(pickle.dumps(e))))
z = zip([1,2],[3,4], strict=True); print(z.__reduce__()[2:], list(pickle.loads(pickle.dumps(z))))
z = zip([1,2],[3]); print(z.__reduce__()[2:])
z = zip([1,2],[3], strict=True)
try: print(list(pickle.loads(pickle.dumps(z))))
except ValueError as e: print(e)
m = map(abs, [-1, -2]); next(m); print(list(pickle.loads(pickle.dumps(m))))
f = filter(None, [0, 1, 2]); print(list(copy.deepcopy(f)))
print(list(copy.copy(iter([5,6]))))
it = iter([1,2,3]); it.__setstate__(10); print(list(it))
it = iter([1,2,3]); it.__setstate__(-5); print(list(it))
class A:
    def __init__(self): self.x = 1
a = A()
r = a.__reduce_ex__(2); print(r[0].__name__, r[1][0].__name__, r[2:])
r = a.__reduce_ex__(0); print(r[0].__name__, r[1], r[2:])
print(a.__reduce__()[1])
class B:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, proto):
        r = super().__reduce_ex__(proto)
        print("reduce_ex", proto, len(r))
        return r
print(copy.deepcopy(B([1])).v)
print(pickle.loads(pickle.dumps(B(5))).v, pickle.DEFAULT_PROTOCOL)
class C:
    def __reduce__(self): return (C, ())
print(C().__reduce_ex__(3))
print(object().__reduce_ex__(2)[1:])
try: print((1).__reduce_ex__(1))
except Exception as e: print(type(e).__name__, e)
class L(list): pass
r = L([1]).__reduce_ex__(2); print(r[1], r[2], list(r[3]))
import unicodedata
for ch in "\u3405\u4e07\u5146\u00bd\u2163\u0f33\u09f4\u0d58\U00010e60\U00011052\u2460\u00b2":
    print(hex(ord(ch)), ch.isnumeric(), ch.isdigit(), ch.isdecimal(), unicodedata.numeric(ch), unicodedata.digit(ch, None), unicodedata.decimal(ch, None))
print(int("\u0663\u0664"), float("\u0661.\u0665"))
