"""Classes record __firstlineno__ and __static_attributes__ as CPython 3.13+ does."""
class C:
    def __init__(self): self.a = 1; self.b = 2
    def f(self):
        self.c = 3
        self.a += 1
        del self.zz
        for self.it in []: pass
        def inner():
            self.nested = 1
    class D:
        def g(self): self.d = 1
print(C.__static_attributes__, C.__firstlineno__, C.D.__static_attributes__)
def deco(c): return c
@deco
class E:
    """Doc."""
    x = 1
print(E.__firstlineno__, E.__static_attributes__, [k for k in E.__dict__ if k not in ('__dict__', '__weakref__')])
