"""Small standard modules: errno, colorsys, fnmatch, linecache, reprlib, cmath, binascii, timeit."""
import errno, colorsys, fnmatch, linecache, reprlib, cmath, binascii, timeit, os
print(errno.ENOENT, errno.errorcode[2], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EEXIST])
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__)
print([round(x, 6) for x in colorsys.rgb_to_hsv(0.2, 0.4, 0.4)], [round(x, 6) for x in colorsys.hsv_to_rgb(0.5, 0.5, 0.4)])
print([round(x, 6) for x in colorsys.rgb_to_hls(1.0, 0.5, 0.0)], [round(x, 6) for x in colorsys.hls_to_rgb(0.1, 0.5, 1.0)])
print([round(x, 6) for x in colorsys.rgb_to_yiq(0.1, 0.2, 0.3)], [round(x, 6) for x in colorsys.yiq_to_rgb(0.5, 0.1, -0.1)])
names = ["a.py", "b.txt", "c.PY", "data1.csv", "data22.csv", "x[1].py", ".hidden"]
for pat in ["*.py", "data?.csv", "data[0-9]*.csv", "[!a-c]*", "*[[]1]*", "*", "?", "[abc].*", "*.[tp][xy]*"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatchcase("c.PY", pat))
here = os.path.abspath(__file__)
print(repr(linecache.getline(here, 1)), repr(linecache.getline(here, 10**6)), len(linecache.getlines(here)) > 10, linecache.getline("<string>", 1) == "")
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 10
print(reprlib.repr(list(range(100))), r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(10**50))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr((1,)), reprlib.repr(frozenset()), reprlib.repr(("a" * 50,)))
class Node:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self): return "Node(%r)" % (self.kids,)
n = Node(); n.kids.append(n); print(repr(n), Node.__repr__.__name__)
for f in ["sqrt", "exp", "log", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "log10", "phase", "polar"]:
    print(f, [getattr(cmath, f)(z) for z in (1 + 2j, -0.5 + 0.25j, 3, -4)])
print(cmath.rect(2, 0.5), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.log(8, 2), cmath.pi, cmath.inf, cmath.infj, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1 + 1j))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.unhexlify("01ab"), binascii.unhexlify(b"FFfe"), binascii.b2a_hex(b"xyz"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0))
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e, isinstance(e, ValueError))
try:
    binascii.a2b_base64(b"abcde")
except binascii.Error as e:
    print("Error", e)
try:
    binascii.a2b_base64(b"ab")
except binascii.Error as e:
    print("Error", e)
t = timeit.Timer("x = sum(range(10))")
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)), timeit.timeit(lambda: None, number=5) >= 0, timeit.timeit("y = 2", setup="z = 1", number=3) >= 0)
print(timeit.timeit("a + 1", globals={"a": 1}, number=3) >= 0)
