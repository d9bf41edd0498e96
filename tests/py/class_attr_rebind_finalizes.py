"""Rebinding a class attribute finalizes the old value at once, even after lookups cached it."""
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print('finalized', self.name)
class A:
    x = Res('classattr')
    def m(self): return self.x.name
a = A()
print(a.m(), A.x.name)
A.x = None
print('after rebind')
class C:
    @property
    def p(self):
        return 'prop'
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return 'static'
for _ in range(3):
    print(C().p, C.c(), C().s())
C.p = Res('replacement')
C.p = None
print('end')
