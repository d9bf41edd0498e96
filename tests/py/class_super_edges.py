"""Classes: __module__ from the module __name__, __class__ cells in class/static methods, bound and unbound super objects and their reprs, class-body scoping, duplicate bases, docstrings, abstract flags of descriptors."""
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
__name__ = "klass"
class Foo:
    def square(self): return 1
t(1, lambda: (Foo.__module__, Foo.square.__module__))
__name__ = "__main__"
class Bar:
    @classmethod
    def fubar(cls): return __class__ is cls
    @staticmethod
    def kungfu(): return __class__ is Bar
t(2, lambda: (Bar.fubar(), Bar.kungfu(), Bar().kungfu()))
a = super(bool, True)
t(3, lambda: (isinstance(a, super), a.conjugate()))
class T5(int): pass
t(4, lambda: (str(super(int, 5)), str(super(int, T5(5))), str(super(type, None)), str(super(int).__get__(T5(5)))))
t(5, lambda: repr(super(int)))
cm = classmethod(lambda cls: cls)
t(6, lambda: cm.__func__(int) is int)
aa = 1
class A:
    aa = 2
    def b():
        return aa
    r = b()
t(7, lambda: (A.r, A.b()))
class A: pass
class B: pass
class C(*(A, B), **{"metaclass": type}): pass
t(8, lambda: C.__mro__)
class T3:
    """
    test3
    """
t(9, lambda: T3.__doc__)
def dup():
    class B(A, A): pass
t(10, dup)
class B2(A): pass
def lp():
    class C(A, B2): pass
t(11, lambda: lp())
class SM:
    @staticmethod
    def s(): "doc"
t(12, lambda: (SM.s.__doc__, SM.__dict__["s"].__doc__, SM.__dict__["s"].__func__.__name__, SM.__dict__["s"].__wrapped__.__name__))
t(13, lambda: (staticmethod(len)("ab"), classmethod(len).__isabstractmethod__))
class Prop:
    @property
    def p(self):
        "prop doc"
        return 1
t(14, lambda: (Prop.p.__doc__, Prop.p.fget.__name__, Prop().p, Prop.p.__isabstractmethod__))
import abc
class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    @property
    def p(self): return 1
    @classmethod
    def c(cls): return 2
    @staticmethod
    def s(): return 3
i = Impl(); print(i.p, i.c(), i.s())
