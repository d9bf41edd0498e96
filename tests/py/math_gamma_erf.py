"""math.gamma and math.lgamma give CPython's digits (its Lanczos method) across the domain, with its errors; erf/erfc to 12 significant digits."""
import math, random
random.seed(5)
xs = [0.5, 1.5, 2.5, 3.7, 4.5, 7.3, 10.1, 25.5, 99.9, 150.3, 170.5, -0.5, -1.5, -2.7, -10.3, -150.5, 1e-25, 0.001, 5.0, 6.0, 30.0]
xs += [random.uniform(-50, 180) for _ in range(200)]
for x in xs:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(type(e).__name__)
    print(x, *out)
for x in [0.0, -1.0, -2.0, float("inf"), float("-inf"), float("nan"), 171.7, 1.0, 2.0]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, repr(f(x)))
        except Exception as e:
            print(f.__name__, x, type(e).__name__, e)
for x in [0.1, 0.5, 1.0, 1.4, 1.6, 2.0, 3.5, 5.0, 10.0, 27.0, 31.0, -0.3, -2.5]:
    print(x, "%.12g %.12g" % (math.erf(x), math.erfc(x)))
