"""Decimal powers with non-integral exponents (correctly rounded) and the Emin/Emax range: Overflow, Underflow, Subnormal, Clamped under every rounding mode; randomized rows hashed."""
import hashlib
from decimal import Decimal as D, getcontext, localcontext
import decimal
print(D(2) ** D("0.5"), D("1.5") ** D("2.5"), D(10) ** D("-0.5"), D("0.5") ** D("0.5"))
print(D(2).sqrt(), D(2) ** 0.5 if False else "", D("8") ** (D(1)/D(3)))
with localcontext() as c:
    c.prec = 50
    print(D(2) ** D("0.5"), D(3).ln(), D(7).log10())
print(getcontext().Emax, getcontext().Emin)
c = decimal.Context(prec=5, Emax=10, Emin=-10)
try: print(c.create_decimal("1e20"))
except decimal.Overflow as e: print("Overflow", type(e).__name__)
print(c.power(D(10), D(5)), D("1e-5").exp())
print(D(-8) ** D("0.5") if False else "", D(0) ** D("0.5"), D("2.0") ** 3)
try: D(-8) ** D("0.5")
except decimal.InvalidOperation as e: print("InvalidOperation")
print(D(4) ** D("0.5"), D(100) ** D("1.5"), D("2") ** D("-2"))
import random
random.seed(7)
out = []
for prec in (5, 16, 28, 40):
    with localcontext() as c:
        c.prec = prec
        for i in range(150):
            x = D(random.randint(1, 10**random.randint(1, 8))).scaleb(-random.randint(0, 8))
            y = D(random.randint(-10**4, 10**4)).scaleb(-random.randint(1, 4))
            try:
                r = x ** y
            except Exception as e:
                r = type(e).__name__
            out.append(f"{prec} {x} {y} {r}")
print(hashlib.sha256("\n".join(out).encode()).hexdigest()); print("\n".join(out[::50]))

out = []
random.seed(3)
out = []
from decimal import Decimal as D
sigs = [decimal.Overflow, decimal.Underflow, decimal.Subnormal, decimal.Inexact, decimal.Rounded, decimal.Clamped]
for i in range(1500):
    prec = random.randint(1, 9)
    emax = random.randint(0, 20)
    emin = -random.randint(0, 20)
    rnd = random.choice([decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP, decimal.ROUND_05UP])
    c = decimal.Context(prec=prec, Emax=emax, Emin=emin, rounding=rnd, traps=[])
    a = D(random.randint(-10**6, 10**6)).scaleb(random.randint(-30, 30))
    b = D(random.randint(1, 10**6)).scaleb(random.randint(-30, 30))
    op = random.choice(["add", "subtract", "multiply", "divide", "create"])
    try:
        r = c.create_decimal(a) if op == "create" else getattr(c, op)(a, b)
    except Exception as e:
        r = type(e).__name__
    flags = [s.__name__ for s in sigs if c.flags[s]]
    out.append(f"{prec} {emax} {emin} {rnd} {op} {a} {b} -> {r} {flags}")
print(hashlib.sha256("\n".join(out).encode()).hexdigest()); print("\n".join(out[::100]))
