"""math.hypot and math.dist by CPython's double-length method: the same digits over random vectors and the special values."""
import math, random
random.seed(4)
for _ in range(400):
    n = random.choice([2, 2, 3, 5])
    v = [random.uniform(-10, 10) * 10 ** random.randint(-5, 5) for _ in range(n)]
    print(repr(math.hypot(*v)), repr(math.dist(v, [0.5] * n)))
print(math.hypot(), math.hypot(3), math.hypot(-4), math.hypot(3, 4), math.hypot(1e300, 1e300), math.hypot(5e-324, 5e-324), math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1))
