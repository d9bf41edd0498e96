"""Decimal arithmetic, rounding modes, signals and formatting over random operands (a seeded differential run)."""
import decimal, random
from decimal import Decimal as D
random.seed(23)
VALS = ['0', '-0', '1', '-1', '1.5', '2.675', '1e10', '1E-10', '123456789012345678901234567890', '0.1', '3.14159', 'NaN', 'Infinity', '-Infinity', '1.000', '100', '0.0001', '9.999', '-7.25', '5e3', '12.345e-2', 'sNaN', '1_000', ' 7 ', 'abc', '0E-5']
def rd():
    r = random.random()
    if r < 0.6:
        return random.choice(VALS)
    if r < 0.8:
        return str(random.randint(-10**6, 10**6)) + random.choice(['', '.' + str(random.randint(0, 999)), 'e' + str(random.randint(-5, 5))])
    return random.choice([1, -3, 0, 2**70, 1.5, 0.1])
OPS = ['+', '-', '*', '/', '//', '%', '**', '<', '==', 'divmod', 'max', 'min', 'compare', 'quantize', 'fma', 'copy_sign', 'round', 'sqrt', 'exp', 'ln', 'log10', 'to_integral', 'normalize', 'adjusted', 'as_tuple', 'to_eng', 'int', 'float', 'format', 'as_integer_ratio', 'is_', 'scaleb', 'remainder_near', 'same_quantum', 'logb', 'next_plus']
FMTS = ['', '.2f', '10.3f', 'e', '.3e', 'g', '.4g', '%', ',.2f', '+.1f', '^12', 'E', 'n', '.0f', '>10.2%', '_.3f', 'z.1f', '#.0f']
for n in range(2500):
    ctx = decimal.Context(prec=random.choice([28, 28, 5, 3, 50]), rounding=random.choice([None, decimal.ROUND_HALF_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]))
    if ctx.rounding is None: ctx.rounding = decimal.ROUND_HALF_EVEN
    if random.random() < 0.3: ctx.clear_traps()
    decimal.setcontext(ctx)
    op = random.choice(OPS)
    try:
        a = rd(); b = rd()
        x = D(a) if isinstance(a, str) else D(a)
        y = D(b) if isinstance(b, str) else D(b)
        if op in ('+', '-', '*', '/', '//', '%', '**', '<', '=='):
            r = eval('x %s y' % op)
        elif op == 'divmod': r = divmod(x, y)
        elif op == 'max': r = x.max(y)
        elif op == 'min': r = x.min(y)
        elif op == 'compare': r = (x.compare(y), x.compare_total(y))
        elif op == 'quantize': r = x.quantize(D(random.choice(['1', '0.01', '1e2', '0.1'])))
        elif op == 'fma': r = x.fma(y, 3)
        elif op == 'copy_sign': r = x.copy_sign(y)
        elif op == 'round': r = round(x, random.choice([None, 0, 2, -1]))
        elif op == 'sqrt': r = x.sqrt()
        elif op == 'exp': r = x.exp()
        elif op == 'ln': r = x.ln()
        elif op == 'log10': r = x.log10()
        elif op == 'to_integral': r = (x.to_integral_value(), x.to_integral_exact())
        elif op == 'normalize': r = x.normalize()
        elif op == 'adjusted': r = x.adjusted()
        elif op == 'as_tuple': r = x.as_tuple()
        elif op == 'to_eng': r = x.to_eng_string()
        elif op == 'int': r = int(x)
        elif op == 'float': r = float(x)
        elif op == 'format': f = random.choice(FMTS); r = (f, format(x, f))
        elif op == 'hash': r = hash(x) if not x.is_snan() else None
        elif op == 'as_integer_ratio': r = x.as_integer_ratio()
        elif op == 'is_': r = (x.is_finite(), x.is_zero(), x.is_signed(), x.is_nan(), x.is_normal(), x.is_subnormal(), x.number_class())
        elif op == 'scaleb': r = x.scaleb(2)
        elif op == 'remainder_near': r = x.remainder_near(y)
        elif op == 'same_quantum': r = x.same_quantum(y)
        elif op == 'logb': r = x.logb()
        elif op == 'next_plus': r = (x.next_plus(), x.next_minus(), x.next_toward(y), x.max_mag(y), x.min_mag(y), x.compare_total_mag(y), x.number_class())
        print(n, op, a, b, repr(r), str(r) if isinstance(r, D) else '')
    except Exception as e:
        print(n, op, a, b, 'EXC', type(e).__name__, e)
