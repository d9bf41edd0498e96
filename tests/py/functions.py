def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)
def kwonly(*, a=1):
    return a
print(kwonly(), kwonly(a=5))
args = (1, 2)
kwargs = {"z": 3}
print(g(*args, **kwargs))
print((lambda *a, **k: (a, k))(1, 2, x=3))
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
g2 = 1
def use_global():
    global g2
    g2 += 1
    return g2
print(use_global(), g2)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(25))
def gen_defaults(a, b=[]):
    b.append(a)
    return b
print(gen_defaults(1), gen_defaults(2))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
def doc():
    "docstring here"
print(doc.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
