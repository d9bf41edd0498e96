import math
import time
from math import sqrt, floor as fl
import sys as system
print(sqrt(9), fl(2.7), system.platform, math.gcd(12, 18), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 100, math.floor(-2.5), math.ceil(2.1), math.log(math.e), math.log(8, 2))
t0 = time.perf_counter(); time.sleep(0.01); print(time.perf_counter() - t0 >= 0.009)
print(isinstance(time.time(), float), sys.getrecursionlimit() if (sys := system) else 0)
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(e)
try:
    from helper_mod import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import helper_mod
print(helper_mod.VALUE, helper_mod.twice(4), helper_mod.__name__)
from helper_mod import twice
print(twice("ab"))
