"""isinstance/issubclass: exact type matches shortcut; otherwise a metaclass (or any object) __instancecheck__/__subclasscheck__ decides, also for real subclasses."""
class Regular:
    pass
class MCNotInstanceOf(type):
    def __instancecheck__(self, instance):
        return False
class NotInstanceOf(metaclass=MCNotInstanceOf):
    pass
class InheritedNotInstanceOf(NotInstanceOf):
    pass
assert not isinstance(Regular(), NotInstanceOf)
assert not isinstance(1, NotInstanceOf)
assert isinstance(NotInstanceOf(), NotInstanceOf)
assert not NotInstanceOf.__instancecheck__(NotInstanceOf())
assert not isinstance(InheritedNotInstanceOf(), NotInstanceOf)
class MCAlwaysInstanceOf(type):
    def __instancecheck__(self, instance):
        return True
class AlwaysInstanceOf(metaclass=MCAlwaysInstanceOf):
    pass
assert isinstance(Regular(), AlwaysInstanceOf)
assert isinstance(1, AlwaysInstanceOf)
class GenericInstance:
    def __instancecheck__(self, _):
        return True
assert isinstance(Regular(), GenericInstance())
assert isinstance([], GenericInstance())
class MCReturnInt(type):
    def __instancecheck__(self, instance):
        return 3
class ReturnInt(metaclass=MCReturnInt):
    pass
assert isinstance("a", ReturnInt) is True
assert isinstance(1, ((int, float,), str))
class A: pass
class B(A): pass
class MCNotSubClass(type):
    def __subclasscheck__(self, subclass):
        return False
class NotSubClass(metaclass=MCNotSubClass):
    pass
class InheritedNotSubClass(NotSubClass):
    pass
assert not issubclass(A, NotSubClass)
assert not issubclass(NotSubClass, NotSubClass)
assert not issubclass(InheritedNotSubClass, NotSubClass)
class MCAlwaysSubClass(type):
    def __subclasscheck__(self, subclass):
        return True
class AlwaysSubClass(metaclass=MCAlwaysSubClass):
    pass
class InheritedAlwaysSubClass(AlwaysSubClass):
    pass
assert issubclass(A, AlwaysSubClass)
assert issubclass(AlwaysSubClass, InheritedAlwaysSubClass)
class GenericInstance2:
    def __subclasscheck__(self, _):
        return True
assert issubclass(A, GenericInstance2())
assert issubclass(list, GenericInstance2())
assert issubclass([], GenericInstance2())
class MCAVirtualSubClass(type):
    def __subclasscheck__(self, subclass):
        return subclass is A
class AVirtualSubClass(metaclass=MCAVirtualSubClass):
    pass
assert issubclass(A, AVirtualSubClass)
assert not isinstance(B, AVirtualSubClass)

print("all checks passed")
from abc import ABC
class Base(ABC): pass
class Impl(Base): pass
Base.register(int)
print(isinstance(Impl(), Base), isinstance(3, Base), issubclass(Impl, Base), issubclass(int, Base), issubclass(str, Base))
