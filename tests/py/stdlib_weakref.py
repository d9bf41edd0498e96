# weakref: ref with callbacks, hashing, errors, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, WeakMethod, proxy, refs read from many threads; bound-method equality.
import weakref, gc, sys
class Foo:
    def __init__(self, n): self.n = n
    def meth(self): return self.n
    def __repr__(self): return f"Foo({self.n})"
f = Foo(1)
r = weakref.ref(f)
print(r() is f, r() , weakref.getweakrefcount(f), weakref.ref(f) is r)
events = []
r2 = weakref.ref(f, lambda w: events.append(("cb", w is r2, w())))
print(weakref.getweakrefcount(f), len(weakref.getweakrefs(f)), r2.__callback__ is not None)
del f
print(r(), r2(), events, r2.__callback__)
for bad in [1, "s", (1,), [1], {}, None]:
    try: weakref.ref(bad)
    except TypeError as e: print(e)
g = Foo(2)
h1 = hash(weakref.ref(g)); print(h1 == hash(g), weakref.ref(g) == weakref.ref(g))
d = weakref.WeakValueDictionary()
a, b = Foo(3), Foo(4)
d['a'] = a; d['b'] = b
print(len(d), sorted(d.keys()), d['a'])
del a
print(len(d), list(d), 'a' in d, d.get('a', 'gone'))
kd = weakref.WeakKeyDictionary()
k1 = Foo(5); kd[k1] = "five"
print(len(kd), kd[k1], list(kd.items()))
del k1
print(len(kd))
ws = weakref.WeakSet()
x, y = Foo(6), Foo(7)
ws.add(x); ws.add(y)
print(len(ws), x in ws)
del x
print(len(ws), [o.n for o in ws])
fin_log = []
z = Foo(8)
fz = weakref.finalize(z, fin_log.append, "z freed")
print(fz.alive, fin_log)
del z
print(fz.alive, fin_log)
m = Foo(9)
wm = weakref.WeakMethod(m.meth)
print(wm()(), wm() == m.meth)
del m
print(wm())
p = weakref.proxy(Foo(10))
try: p.n
except ReferenceError as e: print("ReferenceError", e)
q = Foo(11); pq = weakref.proxy(q); print(pq.n, pq.meth())
def func(): pass
print(weakref.ref(func)() is func, weakref.ref(Foo)() is Foo, weakref.ref(sys)() is sys, weakref.ref({1, 2})())
class Big:
    pass
objs = [Big() for _ in range(1000)]
refs = [weakref.ref(o) for o in objs]
del objs
print(sum(1 for r in refs if r() is None))
import threading
shared = [Big() for _ in range(200)]
srefs = [weakref.ref(o) for o in shared]
alive = []
def reader():
    n = 0
    for _ in range(20):
        for r in srefs:
            if r() is not None: n += 1
    alive.append(n)
ts = [threading.Thread(target=reader) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
del shared
print(alive, sum(1 for r in srefs if r() is None))
