# Every method of the built-in types, called unbound and bound with
# arguments of the wrong number and type, raises a Python exception
# (never a crash); the process reaches the end.
import collections, threading
types_ = [object, type, int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, bool, BaseException, KeyError, memoryview, property, staticmethod, classmethod, enumerate, zip, map, filter, reversed]
values = [0, 1.5, 2j, "abc", b"ab", bytearray(b"ab"), [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({1}), range(3), slice(1, 2), True, None, collections.deque([1]), memoryview(b"ab"), iter([1]), {}.keys(), {}.items(), object(), ValueError("x"), property(), Ellipsis]
weird = [(), (None,), (1,), ("x",), (-1,), (b"ab",), (None, None), (1, 2, 3), ([1],), (1.5, "a"), (10**30,)]
skip = {'__del__', '__init_subclass__', '__subclasshook__'}
calls = 0
for target in types_ + values:
    for name in sorted(dir(target)):
        if name in skip:
            continue
        try:
            f = getattr(target, name)
        except BaseException:
            continue
        if not callable(f) or isinstance(f, type):
            continue
        for args in weird:
            try:
                f(*args)
            except BaseException:
                pass
            calls += 1
print("done", calls > 1000)
