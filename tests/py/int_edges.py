"""int construction, conversion, byte conversion, dunder arithmetic, digit limits and literal syntax errors."""
import math, sys
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
t(1, lambda: ((2).__truediv__(1), (2).__rtruediv__(1), (-2).__floordiv__(3), (-3).__rfloordiv__(2), (-2).__divmod__(3), (-3).__rdivmod__(2)))
t(2, lambda: ((2).__pow__(3), (10).__pow__(-1), (2).__rpow__(3), (10).__mod__(6), (6).__rmod__(10)))
t(5, lambda: ((1).__eq__(1.0), (1).__lt__(1.0), (1).__add__(1.0), (2).__rsub__(1.0), (2).__truediv__(1.0), (2).__pow__(3.0), (2).__rmod__(3.0)))
t(6, lambda: ((1).real, (1).imag, (-10).numerator, (10).denominator))
t(7, lambda: 1 << 10**100000)
t(8, lambda: (int("0b1", base=12), int("0o1", base=25), int("0x1", base=34), int("0x_10", base=0), int(b"     -0XFF ", base=0)))
t(9, lambda: int(b"F\xc3\xb8\xc3\xb6\xbbB\xc3\xa5r"))
t(10, lambda: (int.from_bytes(bytes=b"\x00\x10", byteorder="big"), int.from_bytes([255, 0, 0], "big", signed=True)))
t(11, lambda: int.from_bytes([256, 0, 0], "big"))
t(12, lambda: int.from_bytes(["something", 0, 0], "big"))
t(13, lambda: int.from_bytes(b"\x00\x10", "something"))
t(14, lambda: ((1024).to_bytes(length=2, byteorder="little"), (-2147483648).to_bytes(8, "little", signed=True)))
t(15, lambda: (1024).to_bytes(10000000000000000000000, "big"))
t(16, lambda: (1024).to_bytes(1, "big"))
t(17, lambda: (-1024).to_bytes(4, "big"))
t(18, lambda: int(" 1 ", base=1))
t(19, lambda: int(" 1 ", base=1000000000000000))
t(20, lambda: int(base=2))
t(21, lambda: int(1, base=2))
t(22, lambda: int(val_options=1))
class B: pass
b = B(); b.__int__ = lambda: 20
t(23, lambda: int(b))
class C:
    def __int__(self): return "str"
t(24, lambda: int(C()))
class I(int):
    def __int__(self): return 3
class F(float):
    def __int__(self): return 3
t(25, lambda: (int(I(1)), int(F(1.2))))
class BadInt(int):
    def __int__(self): return 42.0
t(26, lambda: int(BadInt()))
t(28, lambda: (0).__round__(0.0))
t(29, lambda: exec("b = 02"))
big_int = 1000000
t(30, lambda: (big_int.real is big_int, big_int.numerator is big_int, math.trunc(big_int) is big_int, math.floor(big_int) is big_int))
class SubInt(int): pass
subint = int.__new__(SubInt, 11)
t(31, lambda: (subint.real is not subint, type(subint.real)))
sys.set_int_max_str_digits(4000)
huge = 10**4001
for i, fn in enumerate([lambda: str(huge), lambda: repr(huge), lambda: f"{huge}", lambda: "%d" % huge, lambda: b"%d" % huge, lambda: format(huge, ""), lambda: format(huge, "d"), lambda: format(huge, ",d")]):
    t(40 + i, lambda: len(fn()))
t(50, lambda: (len(format(huge, "x")), len(format(huge, "b"))))
t(51, lambda: int("1" * 4001))
sys.set_int_max_str_digits(0)
t(52, lambda: len(str(huge)))
t(53, lambda: sys.set_int_max_str_digits(5))
t(54, lambda: (42).as_integer_ratio())
