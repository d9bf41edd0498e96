import sys
def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_lineno, fr.f_globals is globals())
    return sys._getframe(1).f_lineno
x = 5
print(f())
def g(a, b=2):
    c = a + b
    return sys._getframe().f_locals
print(g(1))
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
