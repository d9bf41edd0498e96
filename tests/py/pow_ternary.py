"""Three-argument pow(): Decimal operands and user classes through __pow__(self, exp, mod), CPython's errors otherwise."""
from decimal import Decimal as D
import decimal
print(pow(D(3), D(4), D(5)), pow(D(-3), 3, 5), pow(D(-3), 2, 5), pow(D(10), 100, D(7)), pow(D("12.0"), 3, 7))
for args in [(D("2.5"), 2, 3), (D(2), -1, 3), (D(2), 2, 0), (D(0), 0, 3), (D(2), 3, D("1e30"))]:
    try: print(pow(*args))
    except decimal.InvalidOperation as e: print("InvalidOperation")
class A: pass
try: pow(A(), 2, 3)
except TypeError as e: print(e)
class B:
    def __pow__(self, e, m=None): return ("B", e, m)
print(pow(B(), 2, 3))
try: pow(1.5, 2, 3)
except TypeError as e: print(e)
