# Metaclasses with __prepare__/__call__ and keywords, descriptors with __set_name__, __getattr__/__getitem__ iteration, operator dunders, __slots__, properties, super(), MRO errors, context managers, iterators, NotImplemented, type(), __class_getitem__, __init_subclass__.
class Meta(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name, kw); return {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns); cls.kw = kw; return cls
    def __call__(cls, *a, **k):
        print("call", cls.__name__); return super().__call__(*a, **k)
class A(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
a = A(3); print(A.kw, a.v, type(A), isinstance(A, Meta))
class D:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None): return "got " + self.name if obj else self
    def __set__(self, obj, v): obj.__dict__["_" + self.name] = v
class H:
    d = D()
h = H(); h.d = 5; print(h.d, h._d, H.d.name)
class G:
    def __getattr__(self, n): return n.upper()
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(G().foo, list(G()), 20 in G())
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __iadd__(self, o): self.v += 100; return self
    def __neg__(self): return N(-self.v)
    def __repr__(self): return f"N({self.v})"
    def __bool__(self): return self.v != 0
    def __len__(self): return 1
    def __format__(self, spec): return f"N<{self.v:{spec}}>"
    def __index__(self): return self.v
x = N(1); x += 1; print(N(1) + 2, 3 + N(1), -N(5), x, bool(N(0)), f"{N(7):>4}", [10, 20, 30][N(1)], bin(N(5)))
class Old:
    __hash__ = None
try: hash(Old())
except TypeError as e: print(e)
class S:
    __slots__ = ("a",)
s = S(); s.a = 1
try: s.b = 2
except AttributeError as e: print(str(e).split(' and no __dict__')[0])
class P:
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print("deleted")
p = P(); p.v = 4; print(p.v); del p.v
class Base:
    def hello(self): return "base"
class Mid(Base):
    def hello(self): return "mid+" + super().hello()
class Leaf(Mid):
    def hello(self): return "leaf+" + super(Mid, self).hello()
print(Leaf().hello(), Leaf.__mro__)
try:
    class X(A, object, Base): pass
except TypeError as e: print("TypeError", e)
class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2): pass
except TypeError as e: print(e)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with CM() as c:
    raise ValueError
print("after")
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
try: Cmp(1) < Cmp(2)
except TypeError as e: print(e)
print(type("Dyn", (object,), {"x": 1})().x, vars(type("E", (), {}))["__module__"])
class WithClassGetitem:
    def __class_getitem__(cls, item): return f"CGI[{item}]"
print(WithClassGetitem[int])
class Init:
    def __init_subclass__(cls, **kw): cls.registered = True
class Sub(Init): pass
print(Sub.registered)
print(object.__repr__(Sub()).startswith("<__main__.Sub object at 0x"), str(Sub)[:20])
