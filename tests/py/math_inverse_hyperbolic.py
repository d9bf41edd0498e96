"""math.asinh/acosh/atanh give the C library's digits (fdlibm formulas) and CPython's errors."""
import math, random
random.seed(9)
vals = [random.uniform(-5, 5) for _ in range(300)] + [random.uniform(-1e6, 1e6) for _ in range(50)] + [1e-30, -1e-30, 2.5, 1e300, -1e300, 0.0, -0.0, 3e8, 1.5]
for x in vals:
    r = [repr(math.asinh(x))]
    for f in (math.acosh, math.atanh):
        try:
            r.append(repr(f(x)))
        except ValueError as e:
            r.append("ValueError")
    print(x, *r)
for x in [1.0, -1.0, float("inf"), float("-inf"), float("nan")]:
    for f in (math.asinh, math.acosh, math.atanh):
        try:
            print(f.__name__, x, repr(f(x)))
        except Exception as e:
            print(f.__name__, x, type(e).__name__, e)
