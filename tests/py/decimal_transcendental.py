"""decimal exp, ln and log10: correctly rounded at several precisions (checked against CPython on random operands), exact cases, specials, overflow and underflow; scaleb."""
from decimal import Decimal as D, getcontext, localcontext, Inexact
import decimal
for v in ['1', '2', '0.5', '-1', '10', '100', '1e-5', '123.456', '-20', '0.001', '7', '2.302585092994045684017991455', '1E+5']:
    d = D(v)
    print(v, d.exp(), d.ln() if d > 0 else '-', d.log10() if d > 0 else '-')
print(D(0).exp(), D(1).ln(), D('1000').log10(), D('0.01').log10(), D(0).ln(), D('Infinity').exp(), D('-Infinity').exp(), D('Infinity').ln())
with localcontext() as ctx:
    ctx.prec = 50
    print(D(1).exp(), D(2).ln(), D(3).log10())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1).exp(), D(2).ln(), D(3).log10(), D('12345.6789').ln())
getcontext().clear_flags()
D(2).exp(); print(bool(getcontext().flags[Inexact]))
try:
    D(-1).ln()
except decimal.InvalidOperation as e:
    print('InvalidOperation')
try:
    D("1e7").exp()
except decimal.Overflow:
    print("Overflow")
print(D("-1e7").exp(), D(5).scaleb(3), D("1.5").scaleb(-2))

import random
from decimal import localcontext
random.seed(5)
out = []
for prec in (7, 28, 40):
    with localcontext() as ctx:
        ctx.prec = prec
        for _ in range(150):
            mant = random.randint(1, 10 ** random.randint(1, 30))
            exp = random.randint(-40, 10)
            d = D(mant).scaleb(exp)
            if random.random() < 0.3:
                d = -d
            try:
                e = d.exp()
            except Exception as ex:
                e = type(ex).__name__
            l = d.ln() if d > 0 else None
            g = d.log10() if d > 0 else None
            out.append(f"{d} {e} {l} {g}")
print(len(out))
import hashlib
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
print("\n".join(out[::15]))
