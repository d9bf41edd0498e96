"""inspect frame helpers: currentframe, stack with code_context, getframeinfo, getouterframes, getinnerframes, trace; traceback.extract_stack."""
import inspect, sys, traceback
def who():
    return inspect.currentframe().f_back.f_code.co_name
def caller():
    return who()
print(caller())
def st():
    s = inspect.stack()
    return [(f.function, f.lineno) for f in s[:3]], s[0].filename.endswith("fr.py"), s[0].code_context
print(st())
def es():
    return [(f.name, f.lineno, f.line) for f in traceback.extract_stack()[-2:]]
print(es())
print(inspect.getframeinfo(sys._getframe()).function, sys._getframe().f_lineno)
def loc():
    a = 1; b = "x"
    return sys._getframe().f_locals
print(loc())
print(inspect.getouterframes(sys._getframe())[0].function)
def fails():
    raise KeyError("k")
try:
    fails()
except KeyError:
    inner = inspect.trace()
    print([(fi.function, fi.lineno, fi.code_context, fi.index) for fi in inner])
    tb = sys.exc_info()[2]
    print([(fi.function, fi.lineno) for fi in inspect.getinnerframes(tb, context=3)], inspect.getinnerframes(tb, 3)[0].code_context)
info = inspect.getframeinfo(sys._getframe(), context=3)
print(info.function, info.lineno, info.index, len(info.code_context), info.code_context[info.index].strip())
