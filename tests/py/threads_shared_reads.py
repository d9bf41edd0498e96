"""Threads reading shared dicts, lists and instances while others write them: exact results, no stale reads after synchronisation."""
import threading

# 1. Many readers of a read-mostly table, one writer that publishes new
#    entries and hands each one over through an Event: a reader that saw the
#    event must see the entry (a dict read never returns a stale value).
table = {i: i * 3 for i in range(500)}
errors = []

def reader(rounds, seen):
    t = table
    acc = 0
    for r in range(rounds):
        for i in range(0, 500, 7):
            acc += t[i]
    seen.append(acc)

readers = []
seen = []
for _ in range(6):
    th = threading.Thread(target=reader, args=(40, seen))
    readers.append(th)
for th in readers:
    th.start()

handoffs = []
def writer_reader_pair(k):
    ev = threading.Event()
    box = {}
    def w():
        table[1000 + k] = k * 11
        ev.set()
    def r():
        ev.wait()
        box['v'] = table[1000 + k]
    a = threading.Thread(target=r)
    b = threading.Thread(target=w)
    a.start(); b.start(); a.join(); b.join()
    handoffs.append(box['v'] == k * 11)

for k in range(30):
    writer_reader_pair(k)
for th in readers:
    th.join()
print("readers", len(seen), sorted(set(seen)) == [40 * sum(i * 3 for i in range(0, 500, 7))])
print("handoffs", len(handoffs), all(handoffs))

# 2. Readers of instance attributes while the main thread rebinds them; each
#    value read is one that was written (never garbage), and the last write
#    wins once everyone has joined.
class Point:
    def __init__(self):
        self.x = 0
        self.y = 0

pt = Point()
valid = set(range(0, 2001, 2))
bad = []

def attr_reader(n):
    p = pt
    for _ in range(n):
        if p.x not in valid:
            bad.append(p.x)

rs = [threading.Thread(target=attr_reader, args=(20000,)) for _ in range(4)]
for th in rs:
    th.start()
for v in range(0, 2001, 2):
    pt.x = v
for th in rs:
    th.join()
print("attrs", bad, pt.x)

# 3. A dict shared by readers loses its entries: the values are freed (their
#    __del__ runs) once nothing uses them, even after lock-free reads.
deleted = []
class Tracked:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        deleted.append(self.n)

shared = {i: Tracked(i) for i in range(50)}
def touch(n):
    d = shared
    for _ in range(n):
        for i in range(50):
            d[i].n
ts = [threading.Thread(target=touch, args=(200,)) for _ in range(3)]
for th in ts:
    th.start()
for th in ts:
    th.join()
shared.clear()
# Values stay alive while a lock-free reader might still hold them; they go
# (and their __del__ runs) once every thread has passed a quiescent state.
import time
deadline = time.monotonic() + 10
while len(deleted) < 50 and time.monotonic() < deadline:
    for _ in range(2000):
        pass
print("deleted", sorted(deleted) == list(range(50)))

# 4. Lists read by many threads while one appends: reads see a prefix.
lst = list(range(100))
def list_reader(n, out):
    l = lst
    s = 0
    for _ in range(n):
        for i in range(0, 100, 9):
            s += l[i]
    out.append(s)
out = []
ls = [threading.Thread(target=list_reader, args=(300, out)) for _ in range(4)]
for th in ls:
    th.start()
for i in range(100, 5000):
    lst.append(i)
for th in ls:
    th.join()
print("lists", len(out), set(out) == {300 * sum(range(0, 100, 9))}, len(lst))

# 5. Subscripting a local that is unbound raises UnboundLocalError.
def unbound():
    try:
        return d[0]
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    d = {}
unbound()
