it = iter([1, 2, 3, 4]); print(it.__length_hint__(), next(it), it.__length_hint__())
it = reversed([1, 2, 3, 4]); print(it.__length_hint__(), next(it), it.__length_hint__())
lst = [5, 1, 2, 3, 4]
def f(x):
    lst.append(1)
    return x
try: lst.sort(key=f)
except ValueError as e: print(e, lst)
x = ["a"]
try: x.insert(100000000000000000000, "z")
except OverflowError as e: print(e)
x = list(range(14)); del x[2:14:3]; print(x)
x = list(range(12)); del x[10:2:-2]; print(x)
x = list(range(10)); x[-1:-5:-1] = "abcd"; print(x)
x = list(range(10)); x[3:8] = (c for c in "xyz"); print(x)
try:
    x = [0, 1, 2]; x[::2] = 42
except TypeError as e: print(e)
try:
    x = [0, 1, 2, 3, 4]; x[::2] = [1]
except ValueError as e: print(e)
print([1, 2].__ne__(1), [1, 2].__ne__([]))
try: [0, []] < [0, 0]
except TypeError as e: print(e)
a = [1, 2]; b = [a.append(3), *a, a.append(4), *a]; print(b)
class M:
    def __eq__(self, o):
        self.l.pop(); return True
m = M(); l = [1, 2, 3, m, 4]; m.l = l; print(l.count(4)); l = [1, 2, 3, m, 4]; m.l = l; print(l.index(4))
x = []; x.append(x); print(x == x, x, [x])
try: [].extend(3)
except TypeError as e: print(e)
try: del ["a"]["a"]
except TypeError as e: print(e)
s = "hello"
print(s.__len__(), s.__contains__("e"), s.__getitem__(1), "x".__add__("y"), str.__mul__("ab", 2), "ab".__rmul__(2), "abc".__iter__().__next__())
print(dict.fromkeys([1, 2]), {}.__len__(), {1: 2}.__getitem__(1), list.__len__([1]), tuple.__getitem__((1, 2), 0))
d = {"a": 1}; print(d.__contains__("a"), d.keys() | {"b"}, d.keys() & {"a"}, d.keys() - {"a"}, d.items() | {("x", 1)}, {"a": 1} == dict(a=1), reversed(d).__next__())
print(sorted(d.items() ^ {("a", 1), ("b", 2)}), list(reversed({"x": 1, "y": 2}.values())), {1: 1} | {2: 2}, d.copy() is d)
