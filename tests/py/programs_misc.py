class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head
h = build(5)
vals = []
while h:
    vals.append(h.val)
    h = h.next
print(vals)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return "Stack(%r)" % self.items
s = Stack()
for i in range(3):
    s.push(i * i)
print(s, len(s), s.pop(), s)
import math
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(math.sqrt(n)) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(list(zip(*matrix)), [sum(r) for r in matrix], max(map(max, matrix)))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("".join(sorted(set("mississippi"))), " ".join(w.capitalize() for w in words[:3]))
data = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(data, key=lambda t: (t[1], t[0])), min(data, key=lambda t: t[1]))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(80))
print(f"{math.pi:.5f} {2**0.5:.3f} {10/3:.2f} {1/7!r}")
x = [1, 2, 3]
y = x[:]
y.append(4)
print(x, y, x is y, x == y[:3])
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(lambda v: v % 2, range(10))))
print(isinstance([], (list, tuple)), type(()).__name__, callable(len), callable(3))
print(hex(id(None)) != "", hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))
print(int.__name__, str.upper("x"), list.__len__ if False else "ok")
print(divmod(-7, 2), 7 // -2, -7 % -2, 2 ** 0.5 == math.sqrt(2))
print(bool([]), bool([0]), bool(""), bool(" "), bool(None), bool(0.0))
print([1, 2, 3].__len__(), "abc".__getitem__(1), (1).__add__(2) if hasattr(1, "__add__") else 3)
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
a = [5, 3, 8]
a.sort(key=lambda v: -v)
print(a)
print(any(x > 7 for x in a), all(x > 2 for x in a), sum(x for x in a if x > 3))
print(str(b"bytes"), bytes([65, 66]), bytearray(b"ab"), len(b"\x00\x01"), b"abc"[1], b"abc"[:2])
print("%5.1f%%" % 99.5, "a%sb" % "", "%-3d|" % 7, "%+.1e" % -12345.0)
print(round(3.14159, 3), round(-0.5), round(1.5), round(2.5), round(7, -1), round(15, -1))
print(float("nan") != float("nan"), 1e308 * 10, -1e308 * 10, 0.1 + 0.7)
print(list(range(0)), list(range(-3)), list(range(5, 0, -1)), range(3) == range(0, 3))
try:
    print([1, 2][5])
except IndexError as e:
    print(type(e).__name__, e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e)
try:
    x = 1 / 0
except Exception as e:
    print(e.__class__.__name__, e.args)
