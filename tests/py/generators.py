def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("x"))
def delegator():
    r = yield from count_up(3)
    yield r
print(list(delegator()))
squares = (x * x for x in range(5))
print(sum(squares), list(x for x in "ab"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
def thrower():
    try:
        yield 1
    except ValueError as exc:
        yield f"caught {exc}"
t = thrower()
print(next(t), t.throw(ValueError("boom")))
def closer():
    try:
        yield 1
    finally:
        print("closed")
c = closer(); next(c); c.close()
print(list(zip(count_up(3), "abc")), dict(enumerate(count_up(2))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
print(list(iter(lambda: 1, 1)), sorted(count_up(5), reverse=True))
