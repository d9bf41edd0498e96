"""__init__ run by calling a class sees its caller: sys._getframe, warnings stacklevel, inspect.stack; NewType/TypeVar record the creating module; __init__ returning a value is a TypeError raised at the call."""
import sys, warnings, inspect, typing
class A:
    def __init__(self, x, y=2):
        f = sys._getframe(1)
        self.seen = (f.f_code.co_name, f.f_lineno, x, y)
def make():
    return A(1), A(1, y=3), A(*[5], **{"y": 6})
print([a.seen for a in make()])
import types as _t
m = _t.SimpleNamespace(A=A)
print(m.A(7).seen)
class Old:
    def __init__(self):
        warnings.warn("Old is deprecated", DeprecationWarning, stacklevel=2)
def build():
    return Old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    build()
print([(str(x.message), x.lineno, x.filename.endswith("init_frames.py")) for x in w])
class S:
    def __init__(self):
        self.names = [fi.function for fi in inspect.stack()[:3]]
def outer():
    return S().names
print(outer())
UID = typing.NewType("UID", int)
T = typing.TypeVar("T")
print(UID, UID(3), T.__module__, typing.ParamSpec("P").__module__)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e, e.__traceback__.tb_next is None)
class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print(e)
class Boom:
    def __init__(self):
        raise ValueError("in init")
try:
    Boom()
except ValueError as e:
    tb = e.__traceback__
    print(e, [inspect.getframeinfo(t).function for t in [tb, tb.tb_next]])
