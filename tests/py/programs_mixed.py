# bank account simulation with threads
import threading
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()
        self.history = []
    def deposit(self, amt):
        with self.lock:
            self.balance += amt
            self.history.append(("dep", amt))
    def withdraw(self, amt):
        with self.lock:
            if amt > self.balance:
                raise ValueError(f"insufficient funds: {self.balance} < {amt}")
            self.balance -= amt
            self.history.append(("wd", amt))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acct = Account("ann", 100)
def worker(n):
    for i in range(500):
        acct.deposit(2)
        try:
            acct.withdraw(1)
        except ValueError:
            pass
ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(acct, len(acct.history))
try:
    acct.withdraw(10**6)
except ValueError as e:
    print("error:", e)
# matrix multiply
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
# string processing
text = """The quick brown fox
jumps over the lazy dog.
The dog sleeps."""
lines = text.splitlines()
words = [w.strip(".,").lower() for line in lines for w in line.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top, len(words), max(words, key=len))
print(" | ".join(f"{w:<6}{c:>3}" for w, c in top))
# generators pipeline
def read(n):
    for i in range(n):
        yield i
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
print(sum(squares(evens(read(100)))), list(squares(evens(read(10)))))
# class hierarchy with properties and class methods
class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @property
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area < other.area
    @classmethod
    def made(cls):
        return cls.count
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}x{self.h})"
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def __repr__(self):
        return f"Square({self.w})"
shapes = [Rect(2, 3), Square(2), Rect(1, 10)]
print(sorted(shapes), max(shapes), Shape.made(), Square.made(), [s.area for s in shapes])
try:
    Shape().area
except NotImplementedError as e:
    print("abstract", type(e).__name__)
# numeric
import math
def newton_sqrt(x, eps=1e-12):
    g = x / 2.0
    while abs(g * g - x) > eps:
        g = (g + x / g) / 2
    return g
print(round(newton_sqrt(2), 10), math.isclose(newton_sqrt(10), math.sqrt(10)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
print(sum(1 / k ** 2 for k in range(1, 1000)), 2 ** 64 - 1, (2 ** 64) // 3, -(2 ** 70) % 7)
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{42:>08.3f}", f"{-5:+d}", f"{12:#o}")
# exceptions in nested functions with finally ordering
log = []
def a():
    try:
        b()
    finally:
        log.append("a-finally")
def b():
    try:
        raise KeyError("k")
    except KeyError:
        log.append("b-except")
        raise
try:
    a()
except KeyError as e:
    log.append(f"top {e!r}")
print(log)
# dict/set comprehension and sorting stability
people = [("al", 30), ("bo", 25), ("cy", 30), ("di", 25)]
by_age = {}
for name, age in people:
    by_age.setdefault(age, []).append(name)
print(by_age, sorted(people, key=lambda p: p[1]), {n for n, a in people if a > 26})
# unpacking and star-args
def f(a, *b, c=3, **d):
    return a, b, c, d
print(f(*[1, 2, 3], **{"c": 4, "z": 5}), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
first, *middle, last = range(6)
print(first, middle, last)
