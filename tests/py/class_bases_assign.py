"""Assigning cls.__bases__ (new MRO for the class and its subclasses, errors) and adding hooks to a class after creation."""

class A:
    def hello(self):
        return "A"
    def __add__(self, other):
        return "A+"

class B:
    def hello(self):
        return "B"

class C(A):
    pass

class D(C):
    pass

d = D()
print(d.hello(), d + 1, D.__mro__)
C.__bases__ = (B,)
print(d.hello(), D.__mro__, C.__bases__, C.__base__)
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
C.__bases__ = (A, B)
print(d.hello(), d + 1, [k.__name__ for k in D.__mro__])
print(A.__subclasses__(), B.__subclasses__())

for bad in [[A], (), (1,), (D,), (C,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
print([k.__name__ for k in C.__mro__])

class X: pass
class Y(X): pass
try:
    X.__bases__ = (Y,)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)

class P: pass
class Q(P, X): pass
class R(X, P): pass
try:
    class S(Q, R): pass
except TypeError as e:
    print("TypeError:", e)

# Hooks added after the class statement take effect, also for subclasses.
class Late: pass
class LateChild(Late): pass
o, c = Late(), LateChild()
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
Late.__getattr__ = lambda self, name: "late:" + name
print(o.missing, c.other)
del Late.__getattr__
try:
    c.again
except AttributeError as e:
    print("AttributeError:", e)
Late.__getattribute__ = lambda self, name: "all:" + name
print(o.x, c.y)
del Late.__getattribute__
o.z = 5
print(o.z)
