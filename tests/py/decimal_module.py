"""decimal: exact construction, context-rounded arithmetic, integer division semantics, quantize and rounding modes, comparisons and hashes with int/float, format specs, contexts, special values and signals."""
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, InvalidOperation, DivisionByZero, Context
D = Decimal
print(D('0.1') + D('0.2'), D('1.10') + D('2.20'), D('1.30') - D('1.3'), D(3) * D('1.5'), D('1') / D('3'), D('2') / D('4'), D('10') / D('4'))
print(repr(D('1.5')), D(1.1), D('1e3'), D('1E-7'), D('-0'), D('123.4567e10'), D('0.000001'), D('0.0000001'), D('  42  '), D('1_000.5'))
print(D('7') // D('2'), D('-7') // D('2'), D('-7') % D('2'), D('7.5') % 2, divmod(D('7'), D('2')))
print(D('1.005').quantize(D('0.01')), D('1.005').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('2.675').quantize(D('0.01')), D('123.456').quantize(D('1.')), D('-1.5').quantize(D('1'), rounding=ROUND_DOWN))
print(round(D('2.5')), round(D('3.5')), round(D('2.567'), 2), int(D('-3.9')), float(D('0.1')), D('3.14').__floor__() if hasattr(D, '__floor__') else '', abs(D('-2.50')), -D('1.0'), +D('1.00'))
print(D('1.0') == D('1.00'), D('1') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D('1.5') < 2, D(2) > D('1.99'), hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5), sorted([D('2'), D('1.5'), D('-1')]))
print(D('2').sqrt(), D('16').sqrt(), D('0.25').sqrt(), D(2) ** 10, D('1.1') ** 2, D(2) ** -2, D('1.23456789012345678901234567890123'))
getcontext().prec = 6
print(D(1) / D(7), D('123456789') + 0, D('1.23456789') * 1)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(3), ctx.prec)
print(D(1) / D(3))
with localcontext(prec=5, rounding=ROUND_FLOOR):
    print(D(2) / D(3), D(-2) / D(3))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.2f}", f"{D('0.125'):.2f}", f"{D('5'):.3f}", f"{D('1.5'):10.2f}|", f"{D('-1.5'):+.1f}", f"{D('0.25'):%}", f"{D('0.256'):.1%}", f"{D('12345.678'):e}", f"{D('12345.678'):.2e}", format(D('1.2300')), f"{D('3.14159'):.3}", f"{D('1234567'):.3g}")
print(D('1.20').as_tuple(), D('-0.005').as_tuple(), D('1.5').as_integer_ratio(), D(5).adjusted(), D('0.001').adjusted(), D('1.500').normalize(), D('100').normalize(), D('0.00').normalize())
print(D('inf'), D('-Infinity'), D('nan'), D('inf') > 1, D('NaN') == D('NaN'), D('Infinity') + 1, repr(D('-inf')))
for bad in (lambda: D('abc'), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D('nan') < 1):
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, e)
print(D.from_float(0.1), D((0, (1, 4), -1)), D((1, (2, 5), 2)), str(D('1E+2')), D('1E+2') + 0, D(100) * D('1e-2'))
print(getcontext())
print(sum([D('0.1')] * 10), max(D('1'), D('2')), min([D('3'), D('1.5')]))
import json
print(json.dumps({'x': float(D('1.5'))}), str(D('-0.0')), D('-0.0') == 0, D('12.500').quantize(D('0.1')))
