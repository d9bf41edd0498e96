"""Private name mangling (__x inside a class) and __slots__ member descriptors."""
class S:
    __cls = 'c'
    __ann: int = 3
    def __init__(self, __p=1, *, __k=2):
        self.__x = 1
        self.__p = __p
        self.__k = __k
    def get(self): return self.__x, S.__cls, self.__private()
    def __private(self): return 'priv'
    def __dunder__(self): return 'd'
    def lam(self): return (lambda: self.__x)()
    def comp(self): return [self.__x for _ in range(2)]
    def glob(self):
        global __g
        __g = 5
        return __g
    def nested(self):
        def inner():
            return self.__x
        return inner()
    class __Inner:
        def m(self): return self.__y if hasattr(self, '_Inner__y') else 'no'
s = S()
print(s.get(), s._S__x, sorted(vars(s)), s.lam(), s.comp(), s.glob(), _S__g, s.nested())
print(sorted(k for k in vars(S) if not k.startswith('__')), S.__annotations__, S.__init__.__kwdefaults__)
print(S.__init__.__code__.co_varnames, S._S__private.__name__, S._S__private.__qualname__, S._S__Inner.__name__, S._S__Inner().m())
try:
    s.__x
except AttributeError as e: print(e)
class B(S):
    def __init__(self):
        super().__init__()
        self.__x = 'b'
b = B(); print(b.get(), b._B__x, sorted(vars(b)))
class _:
    __z = 1
print([k for k in vars(_) if 'z' in k])
class ___Q:
    __z = 1
print([k for k in vars(___Q) if 'z' in k])
def f():
    class C:
        __a = 1
        def m(self): return self.__a
    return C().m()
print(f())
class Sl:
    __slots__ = ('__v', 'w')
    def __init__(self): self.__v = 1; self.w = 2
print(Sl()._Sl__v, Sl.__slots__)
import os as __os
class Imp:
    import os.path as __p
    from os import sep as __s
print(Imp._Imp__p.__name__, Imp._Imp__s)
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = 1
print(Slotted.a, type(Slotted.a).__name__, Slotted.a.__name__, Slotted.a.__objclass__.__name__)
print(Slotted.a.__get__(s), Slotted.a.__get__(None, Slotted) is Slotted.a)
Slotted.b.__set__(s, 5); print(s.b)
Slotted.b.__delete__(s)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    Slotted.a.__get__(3)
except TypeError as e:
    print(e)
print('a' in dir(Slotted), sorted(k for k in vars(Slotted) if not k.startswith('__')))
try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
class WithDict:
    __slots__ = ('p', '__dict__')
w = WithDict(); w.p = 1; w.q = 2
print(w.p, w.q, type(WithDict.p).__name__)
