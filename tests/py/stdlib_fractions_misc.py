from fractions import Fraction as F
import numbers, keyword, gc, atexit, base64
a = F(1, 3); b = F("2/4"); c = F(0.5); d = F("1.25e-1")
print(a, b, c, d, repr(a), a + b, a - b, a * b, a / b, a ** 2, a ** -1, -a, abs(F(-1, 2)), a // b, a % b, divmod(F(7, 2), 2))
print(a == F(2, 6), a < b, a + 1, 1 + a, a * 0.5, float(a), int(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), F(10, 4).limit_denominator(1), F(3.141592653589793).limit_denominator(1000), sum([F(1, 2), F(1, 3), F(1, 6)]))
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Integral))
print(str(F(4, 2)), F(-3, -6), F(3, -6), sorted([F(1, 2), F(1, 3), 0.4]))
try: F(1, 0)
except ZeroDivisionError as e: print(e)
try: F("abc")
except ValueError as e: print(e)
print(keyword.iskeyword("def"), keyword.iskeyword("match"), len(keyword.kwlist), gc.collect(), gc.isenabled())
print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.b64encode(b"a"), base64.b64encode(b"ab"))
print(base64.b32decode(b"MFRGG==="), base64.b16decode("01AB"))
atexit.register(print, "bye")
@atexit.register
def first(): print("first registered runs last")
print("main done")
