"""Numeric corner cases: float powers with infinities and NaNs settled before the zero check, negative infinite bases, complex powers with infinite phase, three-argument pow with complex, divmod/__rdivmod__ between complex, float and int, bool's __trunc__/__floor__/__ceil__/__round__ give ints, NaN signs in complex repr, bytes search with huge ints."""
import math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
inf = float("inf"); nan = float("nan")
t(lambda: inf * 0j); t(lambda: 0 ** -inf); t(lambda: 0.0 ** -inf); t(lambda: (-inf) ** 1e-300); t(lambda: (-inf) ** -3.7); t(lambda: (-inf) ** 3); t(lambda: (-inf) ** -3); t(lambda: (-inf) ** 2.0)
t(lambda: 0.5 ** inf); t(lambda: 2.0 ** -inf); t(lambda: (-1.0) ** inf); t(lambda: 1.0 ** nan); t(lambda: nan ** 0); t(lambda: (-8.0) ** (1/3))
t(lambda: pow(1+2j, 2, 10)); t(lambda: divmod(1+2j, 1.0)); t(lambda: (1.0).__rdivmod__(1+2j)); t(lambda: (1.0).__rdivmod__(7)); t(lambda: (7).__rdivmod__(2.0)); t(lambda: (1).__divmod__(2.0)); t(lambda: (7.5).__divmod__(2))
t(lambda: True.__trunc__()); t(lambda: True.__floor__()); t(lambda: True.__round__()); t(lambda: True.__ceil__()); t(lambda: math.trunc(False)); t(lambda: round(True)); t(lambda: math.floor(True))
t(lambda: complex(0, -nan)); t(lambda: complex(-nan, -nan)); t(lambda: complex(1, -nan))
for v in (2**63, 2**70, -1, 256):
    t(lambda: b"abc".find(v)); t(lambda: bytearray(b"abc").count(v))
t(lambda: bytearray(b"a'b")); t(lambda: bytearray(b"'\"")); t(lambda: b"a'b")
