# inspect: signatures (str, parameters, bind, partial, methods, classes, wraps), predicates, getmembers, getdoc/cleandoc, getsource; dir() of classes and metaclasses.
import inspect, functools, asyncio
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Doc line.

        Indented more.
    """
sig = inspect.signature(f)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation, repr(p), p.kind.description)
print(sig.return_annotation, inspect.getdoc(f))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind_partial(1, d=2); ba.apply_defaults(); print(ba)
try: sig.bind()
except TypeError as e: print(e)
class A:
    def __init__(self, x, y=1): pass
    def m(self, q, *, r=2): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(w): pass
print(inspect.signature(A), inspect.signature(A(1).m), inspect.signature(A.m), inspect.signature(A.cm), inspect.signature(A.sm))
print(inspect.signature(functools.partial(f, 1, 2, d=3)))
print(inspect.signature(lambda x, *y: 0))
@functools.wraps(f)
def wrapper(*a, **k): pass
print(inspect.signature(wrapper))
def gen(): yield
async def co(): pass
async def ag(): yield
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(ag), inspect.isfunction(f), inspect.isclass(A), inspect.ismethod(A(1).m), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
print(inspect.getmro(A), inspect.cleandoc("  a\n    b\n  c"))
try: inspect.signature(object())
except TypeError as e: print("TypeError")
print(inspect.getsource(A.m))
print(inspect.getsourcefile(f) == __file__, inspect.getfullargspec(f))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=5))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
def multi(a,
          b=(1,
             2)):
    x = 1

    return x
print(inspect.getsource(multi))
print(inspect.getsource(A).splitlines()[0])
class Mdir(type):
    def __dir__(cls): return ["meta"]
class Bdir(metaclass=Mdir): pass
print(dir(Bdir), "m" in dir(A), "x" in dir(A(1)))
