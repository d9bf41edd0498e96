"""math corner cases: argument-count messages of the one-argument functions, isclose/prod/log/ldexp argument errors, exact IEEE remainder, fmod and pow with NaN and infinities, erf values, lcm type checks after a zero, perm(n) as factorial."""
import math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
t(lambda: math.cos(1, 2)); t(lambda: math.isnan()); t(lambda: math.isinf(1, 2)); t(lambda: math.frexp()); t(lambda: math.sqrt(1, 2)); t(lambda: math.floor()); t(lambda: math.fsum(1, 2))
t(lambda: math.isclose(1)); t(lambda: math.isclose()); t(lambda: math.isclose(1, 2, 3)); t(lambda: math.prod()); t(lambda: math.prod(1, 2)); t(lambda: math.prod(1, 2, 3)); t(lambda: math.log()); t(lambda: math.log(1, 2, 3)); t(lambda: math.ldexp(1.0, 2.0))
for x, y in [(1e300, 710), (1000, 0.1), (-7, 1), (710, float("inf")), (5, 2), (7, 2), (-5, 2), (3.5, -1.5), (float("nan"), 0), (float("inf"), 1), (1, 0)]:
    t(lambda: math.remainder(x, y))
t(lambda: math.fmod(float("nan"), -0.0)); t(lambda: math.fmod(1, 0)); t(lambda: math.pow(0, -math.inf)); t(lambda: math.pow(0, -1)); t(lambda: math.pow(-8, 1/3))
for v in (0.1, 1, 0.5, -0.3, 3, 10, 1.5):
    print(math.erf(v))
t(lambda: math.lcm(1000, 0, 1.5)); t(lambda: math.lcm(0, 5)); t(lambda: math.lcm()); t(lambda: math.perm(-1)); t(lambda: math.perm(-1, 2)); t(lambda: math.perm(5)); t(lambda: math.log1p(-710))
