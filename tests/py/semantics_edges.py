# more edge semantics
print(10 // 3, -10 // 3, 10 % -3, 7.5 // 2, -7.5 // 2, 2 ** 3 ** 2, (-2) ** 2, -2 ** 2)
print(int("  12  "), float("1e-3"), complex(1, 2), 1j * 1j, abs(3 + 4j), (1 + 2j).real)
print(str(0.1 + 0.2), repr(1 / 3), 1e1000, -1e1000, float("nan"))
print(True and "x", False or [], not [], [] or {} or "z", 0 if [] else 1)
print(list(map(int, "123")), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", (1, 2))))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print("abc"[::-1], "abcdef"[1:5:2], "abc"[-10:10], [1, 2, 3][5:], (1, 2, 3)[-2:])
s = [0, 1, 2, 3, 4, 5]
s[1:3] = ["a"]; print(s); s[::2] = [9, 9, 9] if len(s[::2]) == 3 else s[::2]; print(s)
print(min("hello"), max([1, 5, 3], default=0), sum(range(101)), any([]), all([]))
x = 0
for i in range(10):
    if i == 3:
        continue
    x += i
print(x)
def gen():
    yield 1
    return 2
g = gen()
print(next(g), next(g, "end"))
print([(i, j) for i in range(3) for j in range(i)])
print({i: i ** 2 for i in range(4) if i % 2 == 0}, {c for c in "hello"} == set("helo"))
class A:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = A(); a += 1; a += 2; print(a.items)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
nums = [1, 2, 3]
it = iter(nums)
print(list(zip(it, it)))
print(isinstance(1, (str, int)), issubclass(bool, int), type(True).__mro__)
print(repr(None), repr(True), repr(...), repr(NotImplemented), str(type), repr(int))
print(hash(()) == hash(()), hash("") == 0 or True, hash(-1), hash(1.0), hash(2 ** 61))
print(round(123.456, -1), round(-1.5), round(0.125, 2), round(2.675, 2), 1e22, 1.0e-7)
print(divmod(7, -2), 7 % -2, pow(10, -2), pow(-8, 1 / 3) if False else 0)
d = {"b": 1, "a": 2}
d["c"] = 0
del d["b"]
d["b"] = 5
print(d, list(d.keys()), min(d, key=d.get))
print(" ".join(map(str, range(5))), ",".join(["a"]), "".join([]))
print("%d%%" % 50, "%s" % (1,), "%s %s" % ("a", "b"), "%5.2f|%-5d|" % (3.14159, 42))
print("{:^10}".format("mid"), "{:*<6}".format("x"), "{0:b}".format(10), "{:e}".format(123456.0))
print(chr(0x1F600) == "😀", ord("€"), "naïve".upper(), "ß".casefold(), len("😀"))
lst = [5, 2, 8]
lst.sort()
lst.insert(1, 3)
print(lst, lst.index(8), lst[::-1], lst * 2, [0] * 0)
print(list(range(10))[-3:], list(reversed(range(3))), list(enumerate("ab", start=5)))
print(bool(0.0), bool(-1), bool(""), bool("0"), bool(()), bool((0,)))
class P:
    def __eq__(self, o):
        return True
print(P() == 1, P() != 1, [P()] == [2], P() in [1, 2])
