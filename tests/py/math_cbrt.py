"""math.cbrt gives the C library's digits (CPython calls it), across magnitudes and signs."""
import math, random
random.seed(3)
vals = [7.0, 2.0, -27.0, 1e-300, 123.456, 0.001, 8.0, 1.0, -1.0, 5e-324, 1e308, -0.0, 0.0, 3.0, 1000.0]
vals += [random.uniform(-1e3, 1e3) for _ in range(500)] + [random.uniform(0, 1e-5) for _ in range(100)] + [10.0 ** random.uniform(-300, 300) for _ in range(200)]
for x in vals:
    print(repr(math.cbrt(x)))
for x in [float("inf"), float("-inf"), float("nan")]:
    print(math.cbrt(x))
