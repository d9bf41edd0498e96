"""__class__ assignment rules, object() without a __dict__, bytes() conversions,
type attribute validation and tracebacks located at store targets."""
import threading, traceback

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
seen = []
for i in range(4):
    seen.append(a.who())
    a.__class__ = B if i % 2 == 0 else A
print(seen, type(a).__name__, isinstance(a, A))

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

def del_class(): del a.__class__
def set_int(): a.__class__ = 3
attempt("del", del_class)
attempt("int", set_int)

class TypeA:
    def __init__(self): self.a = 1
class TypeB:
    __slots__ = "b"
class SlotX: __slots__ = ("x",)
class SlotY: __slots__ = ("y",)
class SlotX2: __slots__ = ("x",)
class I(int): pass
class J(int): pass
class F(float): pass
class G(float): pass
class L(list): pass
class L2(list): pass

def swap(obj, cls):
    def f():
        obj.__class__ = cls
        print("   now", type(obj).__name__)
    return f
attempt("dict->slots", swap(TypeA(), TypeB))
attempt("slots x->y", swap(SlotX(), SlotY))
attempt("slots x->x", swap(SlotX(), SlotX2))
attempt("int sub", swap(I(5), J))
f = F(1.5)
attempt("float sub", swap(f, G))
print(f + 1, type(f).__name__)
l = L([1, 2])
attempt("list sub", swap(l, L2))
attempt("list->plain", swap(l, A))
attempt("builtin int", swap(1, A))
attempt("to builtin", swap(A(), object))
object.__setattr__(a, "__class__", A)
print(a.who())

class M(type): pass
class M2(type): pass
class C(metaclass=M): pass
attempt("meta swap", swap(C, M2))
attempt("meta to type", swap(C, type))

# Threads call methods while the class flips.
stop = False
def reader(out):
    n = 0
    while not stop:
        n += len(a.who())
    out.append(n > 0)
def writer():
    for i in range(500):
        a.__class__ = B if i % 2 else A
outs = []
rs = [threading.Thread(target=reader, args=(outs,)) for _ in range(3)]
ws = [threading.Thread(target=writer) for _ in range(2)]
for t in rs + ws: t.start()
for t in ws: t.join()
stop = True
for t in rs: t.join()
print(outs, type(a).__name__)

# object() has no __dict__.
o = object()
attempt("object attr", lambda: setattr(o, "x", 1))
attempt("object __dict__", lambda: o.__dict__)
attempt("vars(object())", lambda: vars(o))

# bytes() and bytearray() conversions.
class HasBytes:
    def __bytes__(self): return b"xy"
class BadBytes:
    def __bytes__(self): return "xy"
class Idx:
    def __index__(self): return 3
print(bytes(HasBytes()), bytes(Idx()), bytearray(Idx()), bytes(memoryview(b"ab")), bytearray(memoryview(b"cd")))
for arg in [1.0, None, 2**70, -1, BadBytes()]:
    for t in (bytes, bytearray):
        attempt(t.__name__, lambda: t(arg))

# Type attribute validation and docstrings.
class D: pass
def del_qualname(): del D.__qualname__
def int_qualname(): D.__qualname__ = 123
def int_name(): D.__name__ = 5
attempt("del qualname", del_qualname)
attempt("int qualname", int_qualname)
attempt("int name", int_name)
D.__qualname__ = "Outer.D"
print(D.__qualname__, D.__name__)
print(int.__doc__.splitlines()[0], "|", list.__doc__.splitlines()[0], "|", D.__doc__)
print(type.__prepare__("X", (object,), kw=1), object.__subclasshook__(int))

# Tracebacks point at the store target.
def store_attr(): (1).__class__; x = 1; x.foo = 3
def store_item(): l = [1]; l[5] = 3
def del_item(): l = [1]; del l[7]
def aug_item(): d = {}; d["k"] += 1
for fn in (store_attr, store_item, del_item, aug_item):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().splitlines()[-3:])
