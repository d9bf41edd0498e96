"""Built-in conversions and protocols on a class whose one dunder returns a value of the wrong (or right) type: int/float/str/repr/bool/len/format/round/math.floor/abs/index/iteration/containment, with CPython's error messages ("__str__ returned non-string", "__index__ returned non-int", "C.__float__ returned non-float", ...)."""
import random, math, operator
random.seed(91)
rets = [1, 1.5, "s", None, True, 2**70, -1, b"b", [1], (1,), 0, 1+2j]
dunders = ["__int__", "__float__", "__index__", "__str__", "__repr__", "__bool__", "__len__", "__hash__", "__complex__", "__bytes__", "__format__", "__round__", "__floor__", "__ceil__", "__abs__", "__neg__", "__iter__", "__contains__", "__length_hint__", "__fspath__"]
calls = ["int", "float", "str", "repr", "bool", "len", "format", "round", "math.trunc", "math.floor", "math.ceil", "abs", "operator.neg", "operator.index", "list", "range", "hex", "divmod2", "in", "getitem", "os.fspath", "sorted", "sum", "f-string", "%s", "%r", "min", "chr", "bin"]
import os
out = []
for it in range(2500):
    d = random.choice(dunders); rv = random.choice(rets)
    ns = {d: (lambda self, *a, rv=rv: rv)}
    C = type("C", (), ns)
    o = C()
    c = random.choice(calls)
    try:
        if c == "divmod2": r = divmod(o, 2)
        elif c == "in": r = 1 in o
        elif c == "getitem": r = o[0]
        elif c == "f-string": r = f"{o}"
        elif c == "%d": r = "%d" % o
        elif c == "%s": r = "%s" % (o,)
        elif c == "%r": r = "%r" % (o,)
        elif c == "min": r = min(o)
        else: r = eval(c)(o)
        if isinstance(r, C): r = "<C>"
        elif hasattr(r, "__next__"): r = list(r)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    r = repr(r)
    if " at 0x" in r: r = r.split(" at 0x")[0]
    out.append(f"{d}->{rv!r} {c}: {r}")
print("\n".join(out))
class I:
    def __index__(self): return 65
print(chr(I()))
for v in (2**70, -1, 2**31, 1.5):
    try: chr(v)
    except Exception as e: print(type(e).__name__, e)
