"""float arithmetic with huge ints, parsing (bytes, underscores, fromhex), rounding, ratios, reprs, complex results of negative bases, literal syntax errors."""
import math
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
a = 1.2; ov = 10**1000
for i, f in enumerate([lambda: a + ov, lambda: a - ov, lambda: a * ov, lambda: a / ov, lambda: a // ov, lambda: a % ov, lambda: a ** ov, lambda: ov + a, lambda: ov / a, lambda: ov // a, lambda: ov % a, lambda: ov ** a, lambda: 1.2 ** (10**1000), lambda: divmod(ov, a)]):
    t(100 + i, f)
t(1, lambda: float(2**10000))
t(2, lambda: (float(b"3.14"), float(bytearray(b"2.5")), float("+NaN"), float("-Inf")))
t(3, lambda: ((2.5).__divmod__(2.0), (2.0).__rdivmod__(2.5), (2.0).__rmod__(2), (2.0).__rsub__(1)))
t(6, lambda: float("inf").__trunc__())
t(7, lambda: float("nan").__trunc__())
t(8, lambda: ((0.5).__round__(None), (1234.5).__round__(-2), (1.2e300).__round__(-500), (1.234).__round__(500), (1.2e-300).__round__(299), (1.23456789).__round__(15)))
t(9, lambda: (0.5).__round__(0.0))
t(10, lambda: float("inf").__round__())
t(11, lambda: float("nan").__round__())
t(12, lambda: ((2.1).as_integer_ratio(), (1.7976931348623157e308).as_integer_ratio()[1], (2.2250738585072014e-308).as_integer_ratio()[0]))
t(13, lambda: float("inf").as_integer_ratio())
t(14, lambda: float("nan").as_integer_ratio())
for src in ["a = 3._14", "a = 3.__14", "a = 3.1__4"]:
    t(src, lambda: exec(src))
bad = ["infi", "-Infinit", "++inf", "--nan", "snan", "0xnan", "", " ", "x1.0p0", "+ 0x1.0p0", "0x1. 0p0", "0x1.0p +0", "++0x1.0p-0", "0x1.0.p0", "0x.p0", "0x1,p0", "0x1pa", "0x1p\uff10", "\uff10x1p0", "0x\uff11p0", "0x1p0 \n 0x2p0", "0x1p0\0 0x1p0"]
print([type(e).__name__ for e in [None] if False], end="")
res = []
for x in bad:
    try:
        res.append(float.fromhex(x))
    except ValueError as e:
        res.append(str(e))
print(res)
print([float.fromhex(s) for s in ["0x.006487ed5110b46p11", "0x1921fb54442d180p-55", "0XBE0P-4", "0x1p0 \t", "-0x.2", "-iNFiNitY"]])
t(15, lambda: float(math.nan) is float(math.nan))
pi = 3.14
t(16, lambda: (pi.__eq__("pi"), pi.__ne__("pi"), float("nan").__ne__(float("nan"))))
t(17, lambda: [repr(x) for x in (1e15, 1e16, 1e309, 1e-323, 1e-324, 1e-5, 1.2345678901234567890e308)])
t(18, lambda: (float("0_0"), float(".0"), float("0."), float("-.0")))
for s in ["0._0", "0_.0", "._0", "0_", "0._", "_.0", "1__0", "1e1_0", "1_e10", "0x10", "1e", "e1", " 1.5 ", "\u0661.\u0662"]:
    t(s, lambda: float(s))
t(19, lambda: (3.0 % -2.0, -3.0 % 2.0, -0.0 % 5.0, 0.0 % -5.0, math.fmod(-3.0, 2.0)))
t(20, lambda: int(float("inf")))
t(21, lambda: int(float("nan")))
t(22, lambda: (float("1e500"), float("-1e500"), 1e308 * 10))
t(23, lambda: 10.0 ** 400)
t(24, lambda: (-8.0) ** (1/3))
t(26, lambda: math.sqrt(-1))
t(27, lambda: (round(2.675, 2), round(0.125, 2), round(-0.5), round(1e20), round(2.5, 0)))
