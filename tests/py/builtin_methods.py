b = b"Hello World"
print(b.lower(), b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.hex(), bytes.fromhex("414243"), b[1:3], b[0], list(b[:3]))
print(b.startswith(b"He"), b.strip(b"Hd"), b.decode("ascii"), b.count(b"l"), b.index(b"W"), b.join([b"a", b"b"]), b.center(15, b"*"), b.isalpha(), b"123".isdigit())
ba = bytearray(b"abc"); ba.append(100); ba.extend(b"ef"); ba[0] = 65; print(ba, bytes(ba), ba.pop(), len(ba), ba.decode())
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), "é".encode("latin-1"), b"\xff".decode("utf-8", errors="replace"), "abc".encode("utf-16-le"))
s = {1, 2, 3}; t = {3, 4}
print(s | t, s & t, s - t, s ^ t, s <= {1, 2, 3, 4}, s.isdisjoint({9}), s.union([5]), s.intersection([1, 9]), frozenset([1]) | {2})
s.update([7]); s.discard(1); s.remove(2); print(s, s.pop() in (3, 7), sorted({"b", "a"}), {1, 2} == {2, 1})
d = dict.fromkeys("abc", 0); d.update(a=1); print(d, d.copy(), list(d.keys()), list(d.values()), d.popitem(), {k: v for k, v in sorted(d.items())})
d2 = {"x": 1}; d2 |= {"y": 2}; print(d2, dict(zip("ab", [1, 2])), dict([("k", "v")]), {**d2}, d2.get("q"), "x" in d2, len(d2))
l = [3, 1, 2]; l.sort(key=lambda x: -x); print(l, l.index(2), l.count(3), l * 2, [0] * 3, l[::-1], l.copy(), sorted(l, key=str))
l.insert(0, 9); l.remove(3); print(l, l.pop(0), l, [x for x in range(20) if x % 7 == 0], list(map(int, "123")))
print("Title Case".istitle(), "abc".isidentifier(), "ABC".isupper(), " ".isspace(), "12".isnumeric(), "½".isnumeric(), "a1".isalnum(), "é".isascii())
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "hello"[1:4], "hello"[-3:], "x".join("abc"), "abc".removeprefix("a"), "abc".removesuffix("c"))
print("Straße".upper(), "İ".lower(), "ß".casefold(), "ﬁ".upper(), "hello world".title(), "o'neil".title(), "ABC".swapcase())
print("{:^10}|{:*<6}|{:#>5}".format("mid", "l", "r"), "%-5s|%5s|%05.1f" % ("a", "b", 3.14159), "{!r:>8}".format("x"))
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(1e-10, "g"), format(123, "x"), format(-0.0, "+"), format(float("inf"), "f"), format(12, "08b"))
print(str(1e16), str(1.0e-5), repr(0.1 + 0.2), 1/3, 2**0.5, 10/4, 7//2, -7/2, 1e308*10, -(1e308*10), float("nan") == float("nan"))
print(round(3.14159, 3), round(2.5), round(3.5), round(-2.5), round(1234, -2), int(3.99), int(-3.99), abs(-0.0), 0.1 + 0.7)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.floor(3.7), math.sqrt(2), math.cos(math.pi), math.log2(8), math.log1p(0), math.expm1(0), math.fmod(7, 3), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.5))
print(complex(3, 4).conjugate(), (1+2j).real, (1+2j) ** 2, abs(-3+4j), complex("1+2j"), 1j * 1j)
print(divmod(7.5, 2), pow(2, 100), 2 ** 64 - 1, -2 ** 63, (2**100) // 3, (2**100) % 7, hex(2**70), int("1" * 30) * 2, (10**20).bit_length())
print(ord("A"), chr(97), [chr(c) for c in range(65, 70)], str(b"x"), repr(b"\x00\xff"), ascii("ü"), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print(list(reversed(range(5))), list(range(-5, 5, 3)), range(10)[2:8:2], sum(range(0)), list(enumerate(range(3), 10)))
import itertools
print(list(itertools.chain("ab", "cd")), next(iter([]), "default"), list(zip(range(3), range(10))), any(x > 5 for x in range(10)))
x = iter(range(3)); print(next(x), list(x), list(x))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["b", "a", "C"]), sorted(["b", "a", "C"], key=str.casefold), min("bca"), max(3, 1, 2))
class P:
    def __init__(s, n): s.n = n
    def __lt__(s, o): return s.n < o.n
    def __repr__(s): return "P%d" % s.n
print(sorted([P(2), P(1)]), max([P(2), P(5)]), min(P(3), P(1)))
