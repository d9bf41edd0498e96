"""dir() of instances, classes with and without __slots__, exceptions and built-in types lists what CPython lists."""
class A:
    x = 1
    def m(self): pass
print(dir(A()))
print(dir(object()))
class S:
    __slots__=("a",)
print(dir(S()))
class E(Exception): pass
print("__dict__" in dir(E()), "__weakref__" in dir(E()))
print(dir(int)[:3], "__dict__" in dir(type("X",(),{})))
