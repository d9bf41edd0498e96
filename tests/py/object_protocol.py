"""object's default comparison slots, __ne__ derived from __eq__, __dict__
assignment and deletion, total_ordering over inherited methods."""
import functools
class MyObject: pass
a, b = MyObject(), MyObject()
print(a.__eq__(b), a.__ne__(b), a.__lt__(b), a.__le__(b), a.__gt__(b), a.__ge__(b))
print(a.__eq__(a), a.__ne__(a), a == a, a != b, object.__subclasshook__(int))
try:
    a < b
except TypeError as e:
    print("TypeError", e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1).__ne__(Eq(1)), Eq(1).__ne__(5))
obj = MyObject()
print(hasattr(obj, "a"))
obj.__dict__ = {"a": 1}
print(obj.a, obj.__dict__)
del obj.__dict__
print(obj.__dict__, hasattr(obj, "a"))
for bad in (5, [("a", 1)]):
    try:
        obj.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
class State:
    def __init__(self, **kw): self.__dict__.update(kw)
    def __setstate__(self, st): self.__dict__ = st
s = State(x=1); s.__setstate__({"y": 2}); print(vars(s))
class Slotted:
    __slots__ = ("a",)
try:
    Slotted().__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
@functools.total_ordering
class Base:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
@functools.total_ordering
class Derived(Base): pass
print(Derived(2) > Derived(1), Derived(1) >= Derived(1), Base(1) <= Base(0))
try:
    @functools.total_ordering
    class Nothing: pass
except ValueError as e:
    print("ValueError", e)
print(sorted([Derived(3), Derived(1), Derived(2)], key=lambda d: d).__len__(), [d.v for d in sorted([Derived(3), Derived(1)])])
