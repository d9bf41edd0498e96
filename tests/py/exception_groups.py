eg = ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("v2")])
print(eg, repr(eg), eg.exceptions, eg.message)
m, rest = eg.split(ValueError)
print(m, rest, m.exceptions)
print(eg.subgroup(TypeError))
try:
    raise eg
except* ValueError as g:
    print("vals", g.exceptions)
except* TypeError as g:
    print("types", g.exceptions)
try:
    try:
        raise ExceptionGroup("x", [KeyError(1), OSError("o")])
    except* KeyError:
        print("key handled")
except ExceptionGroup as e:
    print("left", repr(e))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("wrapped", repr(g))
class MyEG(ExceptionGroup):
    pass
print(isinstance(MyEG("m", [ValueError()]), ExceptionGroup), BaseExceptionGroup("b", [KeyboardInterrupt()]).__class__.__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
try:
    f()
except ExceptionGroup as e:
    print(repr(e), [repr(x) for x in e.exceptions], repr(e.exceptions[0].__context__))
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
try:
    g()
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    try:
        raise TypeError("naked")
    except* ValueError:
        print("no")
except TypeError as e:
    print("naked passes", repr(e))
for src in ["try:\n  pass\nexcept* ExceptionGroup:\n  pass", "for x in y:\n  try:\n    pass\n  except* E:\n    break"]:
    try:
        exec(src)
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
