# float.hex/float.fromhex round trips and CPython's errors; type.__subclasses__.
import random
random.seed(5)
vals = [0.5, 3.0, 1.0, 0.1, -2.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.0, -0.0, 1e-310, 123456.789]
for _ in range(300):
    vals.append(random.random() * 10 ** random.randint(-320, 300))
bad = 0
for v in vals:
    h = v.hex()
    if float.fromhex(h) != v: bad += 1
print(bad, [v.hex() for v in vals[:12]])
for s in ['0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023' if False else '0x1.fffffffffffff7p1023', ' -0X1.ABCp+10 ', 'inf', '-Infinity', 'nan', '1', 'a.b', '.8', '8.', '0x.8p1', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p1023', '0x10p-4']:
    print(s, float.fromhex(s))
for s in ['', 'x', '0x', '1p', '0x1p1024', '0x1.gp0', '1e5', '0x1p+']:
    try: print(float.fromhex(s))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
class A: pass
class B(A): pass
C = type('C', (B,), {})
class D(A, B if False else object): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), LookupError.__subclasses__()[:2])
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
