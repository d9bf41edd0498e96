"""In-place operators on subclasses of mutable built-ins update the instance;
dict view isdisjoint, dict |= with pairs, iterator length hints, exception
slot qualnames."""
class L(list): pass
l = L([1]); i = id(l); l += [2]; l *= 2
print(type(l).__name__, l, id(l) == i)
class D(dict): pass
d = D(a=1); i = id(d); d |= {"b": 1}; d |= [("c", 3)]
print(type(d).__name__, d, id(d) == i)
class LI(list):
    def __iadd__(self, other):
        print("custom iadd", other)
        return self
li = LI(); li += [5]; print(li)
s = {1}; i = id(s); s |= {2}; s &= {2, 3}; s -= {9}; s ^= {7}
print(s, id(s) == i)
b = bytearray(b"ab"); i = id(b); b += b"c"; b *= 2
print(b, id(b) == i)
for bad in ("x", 1.5):
    for target in ([1], bytearray(b"a")):
        try:
            target *= bad
        except TypeError as e:
            print("TypeError", e)
x = {1: 2}
x |= [(3, 4)]
print(x, x.__ior__({5: 6}) is x)
try:
    x |= 5
except TypeError as e:
    print("TypeError", e)
d1 = {"a": 1, "b": 2}
print(d1.items().isdisjoint({"b": 3, "d": 4}.items()), d1.keys().isdisjoint({"b": 3}), d1.keys().isdisjoint([]))
for it in (iter({0: 1, 2: 3, 4: 5}), iter({1, 2, 3}), iter({1: 2}.values()), iter({1: 2}.items())):
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(type(it).__name__, hints)
dd = {1: 2, 3: 4}; it = iter(dd); dd[5] = 6
print(it.__length_hint__())
for E in (BaseException, Exception, KeyboardInterrupt, TypeError, OSError, KeyError, ExceptionGroup):
    print(E.__init__.__qualname__, E.__new__.__qualname__)
class MyErr(ValueError):
    def __init__(self, a, b):
        super().__init__(a + b)
print(repr(MyErr(1, 2)), MyErr(1, 2).args)
