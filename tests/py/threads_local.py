# threading.local: per-thread attributes, subclasses whose __init__ runs
# once in every thread that touches the object, and argument checking.
import threading

data = threading.local()
data.x = "main"
seen = []
lock = threading.Lock()

def work(i):
    fresh = not hasattr(data, "x")
    data.x = i
    with lock:
        seen.append((fresh, data.x == i))

ts = [threading.Thread(target=work, args=(i,)) for i in range(20)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(data.x, len(seen), all(f and ok for f, ok in seen))

inits = []

class Counter(threading.local):
    def __init__(self, start):
        inits.append(threading.current_thread().name)
        self.n = start

    def bump(self):
        self.n += 1
        return self.n

c = Counter(10)
print(c.bump(), c.bump(), inits)
results = []

def use_counter():
    results.append(c.bump())
    results.append(c.bump())

t = threading.Thread(target=use_counter, name="worker")
t.start()
t.join()
print(results, c.n, inits)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError:
    print("AttributeError")
print(isinstance(c, threading.local), type(c).__name__)
