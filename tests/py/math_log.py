import math
print(math.log(2**2000), math.log(8, 2), math.log(10**400, 10), math.log(3**1000 + 12345))
print(math.log2(2**2000), math.log10(10**400), math.log2(8), math.log10(1000), math.log2(7**900))
print(math.log(100), math.log2(0.5), math.log10(2.5), math.log(2**64 - 1), math.log(2**1023 * 3))
for bad in (0, -1, -(10**400), 0.0, -2.5):
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, "ValueError:", e)
try:
    math.log(5, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
