"""Cycle collection: gc.collect() frees reference cycles, runs their weakref callbacks and __del__ once (PEP 442), honours resurrection, DEBUG_SAVEALL, callbacks, get_referents/get_referrers."""
import gc, weakref, sys

class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []
    def __repr__(self):
        return f"Node({self.name})"

# a ring of nodes with a weakref callback on each
log = []
def ring(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.peers.append(b)
    return [weakref.ref(x, lambda r, i=x.name: log.append(i)) for x in nodes]

refs = ring(5)
print([r() for r in refs])
gc.collect()
print([r() for r in refs], sorted(log))

# resurrection through __del__
saved = []
class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)
p = Phoenix()
wr = weakref.ref(p)
del p
gc.collect()
print("saved", len(saved), type(saved[0]).__name__, wr())
saved.clear()
gc.collect()
print("second collect done")

# closures referencing themselves
def make():
    def rec(n):
        return 1 if n == 0 else n * rec(n - 1)
    return rec
f = make()
wf = weakref.ref(f)
print(f(5))
del f
print(wf() is not None)
gc.collect()
print(wf())

# an object reachable from outside is kept
class Box: pass
keep = Box(); keep.self = keep; keep.data = [1, 2, 3]
gc.collect()
print(keep.data, keep.self is keep)

# exception in __del__ during collection
class Bad:
    def __init__(self): self.c = self
    def __del__(self): raise ValueError("boom")
b = Bad(); del b
gc.collect()
print("after bad")

# dict cycles through instances
class A: pass
a = A(); a.d = {"a": a, "l": [a]}
wa = weakref.ref(a)
del a
gc.collect()
print(wa())

# gc.callbacks
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, sorted(info))))
gc.collect()
print(events)
gc.callbacks.clear()

# get_referents / get_referrers
x = [1, "two", (3,)]
print(gc.get_referents(x))
holder = {"x": x}
print(any(r is holder for r in gc.get_referrers(x)))
class K: pass
k = K()
print(any(o is k for o in gc.get_objects()))
print(gc.collect() >= 0)

# DEBUG_SAVEALL keeps the garbage in gc.garbage
gc.set_debug(gc.DEBUG_SAVEALL)
class S: pass
s = S(); s.me = s; s.tag = "saved"
del s
gc.collect()
print([o.tag for o in gc.garbage if isinstance(o, S)])
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, S):
        o.me = None
gc.garbage.clear()

# finalizers of a cycle run once even when collected twice
runs = []
class Once:
    def __init__(self): self.me = self
    def __del__(self): runs.append(1); globals()["back"] = self
o = Once(); del o
gc.collect()
del back
gc.collect()
print("runs", len(runs))

# disabled automatic collection does not stop gc.collect()
gc.disable()
w = []
class T:
    def __init__(self): self.me = self
for i in range(100):
    t = T(); w.append(weakref.ref(t))
del t
print(sum(r() is not None for r in w))
gc.collect()
print(sum(r() is not None for r in w))
gc.enable()
print(gc.isenabled(), gc.get_debug())

# a long chain of cycles is collected without deep recursion
class L: pass
head = L(); cur = head
for i in range(50000):
    nxt = L(); cur.next = nxt; nxt.prev = cur; cur = nxt
wl = weakref.ref(cur)
del head, cur, nxt
gc.collect()
print(wl())
