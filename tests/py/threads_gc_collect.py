"""Threads allocating cyclic garbage while another thread runs gc.collect() in a loop: every live object stays intact."""
import gc, threading, weakref

class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
        self.items = [self, {"n": self}]

alive = []
counts = [0] * 8
def worker(t):
    keep = []
    for i in range(3000):
        n = Node(i)
        if i % 10 == 0:
            keep.append(n)
        if i % 500 == 0:
            gc.collect()
    counts[t] = sum(k.i for k in keep if k.me is k and k.items[1]["n"] is k)

def collector(stop):
    while not stop.is_set():
        gc.collect()

stop = threading.Event()
c = threading.Thread(target=collector, args=(stop,))
c.start()
ts = [threading.Thread(target=worker, args=(t,)) for t in range(8)]
for t in ts: t.start()
for t in ts: t.join()
stop.set(); c.join()
print(counts)
class Probe: pass
p = Probe(); p.cyc = p
w = weakref.ref(p)
del p
gc.collect()
print(w())
