"""inspect generator/coroutine states, getcallargs, getattr_static, descriptor predicates; types descriptor and frame types."""
import inspect, types
def g():
    x = 1
    yield x
gen = g()
print(inspect.getgeneratorstate(gen), gen.gi_suspended)
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_suspended, inspect.getgeneratorlocals(gen))
def h():
    print('inside', inspect.getgeneratorstate(gg))
    yield
gg = h(); next(gg)
gen.close(); print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
async def c(): pass
co = c(); print(inspect.getcoroutinestate(co)); co.close(); print(inspect.getcoroutinestate(co))
def f(a, b=2, *args, c=3, **kw): pass
print(inspect.getcallargs(f, 1, 5, 6, c=7, d=8))
class K:
    def m(self, x): pass
print(inspect.getcallargs(K().m, 1)['x'], inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))
class S:
    __slots__ = ('a',)
    @property
    def p(self): return 1
print(inspect.ismemberdescriptor(S.a), inspect.isgetsetdescriptor(BaseException.args), inspect.getattr_static(S(), 'p').__class__.__name__)
print(types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__, isinstance(S.a, types.MemberDescriptorType))
try:
    1/0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(inspect.currentframe(), types.FrameType))
import enum
class E(enum.Enum):
    name_ = 1
print(isinstance(types.DynamicClassAttribute(lambda s: 1), property))
