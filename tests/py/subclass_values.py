class I(int):
    def __int__(self): return 3
print(int(I(1)), I(5) + 2, type(I(5)+2), repr(I(7)), I(7) == 7, hash(I(7)) == hash(7))
class F(float):
    def __int__(self): return 3
print(int(F(1.2)), F(2.5) * 2, F(2.5))
class SubInt(int): pass
s = int.__new__(SubInt, 11)
print(s.real is not s, type(s.real), s, type(s))
class S(str):
    def shout(self): return self.upper() + "!"
x = S("hi")
print(x.shout(), x + "a", type(x+"a"), isinstance(x, str), len(x), x == "hi", {x: 1}, {"hi": 2}[x])
print(x[0], x[::-1], list(x), "h" in x, f"{x:>5}|", "%s" % x, str(x), repr(x), type(str(x)))
class T(tuple):
    pass
print(T((1,2)), T([1]) + (2,), len(T((1,2,3))), T((1,2))[1], type(T((1,2))[:1]))
a, b = T((5, 6)); print(a, b)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"P({self[0]}, {self[1]})"
p = P(1, 2); print(p, p.x, p == (1, 2), p + (3,), str(p), f"{p}")
class U(str):
    def __new__(cls, v):
        o = super().__new__(cls, v.upper())
        o.extra = 1
        return o
u = U("abc"); print(u, u.extra, u.lower(), u.__dict__)
class Color(int):
    def __repr__(self): return "<Color %d>" % int(self)
    def __str__(self): return "C" + int.__str__(self)
c = Color(3); print(c, repr(c), f"{c}", f"{c:03d}", c + 1, [c], c * 2.0, -c, abs(Color(-2)), c.bit_length())
print(sorted([I(3), I(1), 2]), max(S("b"), S("a")), S("a,b").split(","), ",".join([S("x"), S("y")]))
try:
    class Bad(int, str): pass
except TypeError as e: print(e)
try:
    class Bad(bool): pass
except TypeError as e: print(e)
try: object.__new__(SubInt)
except TypeError as e: print(e)
class FS(frozenset): pass
print(FS([1,2]) | {3}, len(FS([1])), 1 in FS([1]))
class B(bytes): pass
print(B(b"ab"), B(b"ab").decode(), len(B(b"xy")))
import math
print(math.sqrt(F(4.0)), round(F(2.567), 2), divmod(I(7), 2), I(7) // 2, bin(I(5)), hex(I(255)), range(I(3)), [1,2,3][I(1)])
print(float(I(3)), int(F(3.7)) , str(I(42)), "%d" % I(42), "{:x}".format(I(255)))
class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, MyFloat("2.5"), isinstance(MyFloat(1), float), MyFloat(3).is_integer())
class Meters(float):
    unit = "m"
    def __add__(self, other):
        return Meters(float(self) + float(other))
    def __repr__(self):
        return f"{float(self)}{self.unit}"
print(Meters(1.5) + 2, 2 + Meters(1.5), Meters(3) * 2, sum([Meters(1), Meters(2)], Meters(0)))
class Name(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other)
    __hash__ = str.__hash__
print(Name("Bob") == "bob", Name("Bob") in ["BOB"], {Name("x"): 1}.get("x"))
class Pair(tuple):
    __slots__ = ()
    def swap(self):
        return Pair((self[1], self[0]))
pp = Pair((1, 2))
print(pp.swap(), type(pp.swap()).__name__, hash(pp) == hash((1, 2)), pp < (1, 3), sorted([Pair((2, 1)), Pair((1, 2))]))
print(isinstance(True, int), int.__new__(int, "12"), str.__new__(str, 5), tuple.__new__(tuple, "ab"))
class Flags(int):
    def __or__(self, other):
        return Flags(int(self) | int(other))
    def __repr__(self):
        return "Flags(%d)" % self
print(Flags(1) | 2, 2 | Flags(1), Flags(5) & 4, ~Flags(0), int(Flags(7)), Flags(3) == 3, Flags(3) < 4.5)
import sys
print(sys.version_info >= (3, 8), sys.version_info[:1], type(sys.version_info).__name__, sys.version_info.major)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
try:
    compile("x = (", "snippet.py", "exec")
except SyntaxError as e:
    print(e, e.args[0], e.lineno, e.filename)
print(int.from_bytes([1, 0], "little"), Flags.from_bytes(b"\x05", "big"))
