"""'Did you mean' suggestions of CPython 3.13 tracebacks: names, attributes, imports, keyword arguments, forgotten imports."""
import traceback

def last(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().splitlines()[-1])

def name_typo():
    prnt(1)

class A:
    def __init__(self):
        self.blech = 1
        self.value = 2
    def method(self):
        return blech

def local_typo():
    counter = 1
    return countr

last(name_typo)
last(A().method)
last(local_typo)
last(lambda: sys.argv)
last(lambda: A().valeu)
last(lambda: "abc".uper())
last(lambda: A().zzzzzzzzzz)
def imp():
    from math import sqr
last(imp)

def g(alpha, beta, *, gamma=1):
    pass
for kw in ("betta", "gama", "delta", "Alpha"):
    try:
        g(1, 2, **{kw: 3})
    except TypeError as e:
        print(e)

try:
    prnt
except NameError as e:
    print(traceback.format_exception_only(e))
try:
    math
except NameError as e:
    print(traceback.format_exception_only(e))
