"""math.modf/frexp/ldexp/fmod/nextafter/copysign at signed zeros, infinities and NaN; rounding dunders on user classes."""
import math
NAN = float('nan'); INF = float('inf'); NINF = float('-inf')
for x in (2.56, -2.56, 1.0, -0.5, 0.0, -0.0, INF, NINF):
    print('modf', x, math.modf(x))
print(math.modf(NAN))
for x in (0.0, -0.0, 1, 1.5, INF, NINF, 1e-310, -3.75):
    print('frexp', x, math.frexp(x))
print(math.frexp(NAN), math.ldexp(-0.0, 0), math.ldexp(0.75, 1), math.ldexp(1.0, -1080))
for a, b in ((10, 1.5), (-10, 1.5), (-10, 1), (3.0, INF), (-3.0, NINF), (0.0, NINF)):
    print('fmod', a, b, math.fmod(a, b))
for a, b in ((1.0, 0.0), (INF, 1.0)):
    try:
        math.fmod(a, b)
    except ValueError as e:
        print('fmod', a, b, 'ValueError', e)
print(math.nextafter(4503599627370496.0, -INF), math.nextafter(9223372036854775808.0, 0.0), math.nextafter(2.0, 2.0), math.nextafter(NAN, 1.0))
print(math.copysign(INF, -0.0), math.copysign(3, 0.0), math.copysign(NAN, -1.0))
class R:
    def __trunc__(self): return 'trunc'
    def __ceil__(self): return 3.3
    def __floor__(self): return [4]
print(math.trunc(R()), math.ceil(R()), math.floor(R()))
for f in (math.trunc, math.ceil, math.floor):
    try:
        f(object())
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
