# Eight threads hammering every shared built-in container and every
# synchronisation primitive; the final results are exact.
import threading, queue, collections, functools, sys
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION

N = 8
ITEMS = 500

def run(target, args_list):
    ts = [threading.Thread(target=target, args=a) for a in args_list]
    for t in ts: t.start()
    for t in ts: t.join()

# bytearray, deque, defaultdict, OrderedDict, Counter
ba = bytearray()
dq = collections.deque()
dd = collections.defaultdict(int)
od = collections.OrderedDict()
ct = collections.Counter()
def containers(k):
    for i in range(ITEMS):
        ba.append(k)
        dq.append(i)
        if i % 2:
            dq.popleft()
        dd[i % 10] += 0          # setdefault-like insert, no lost keys
        od[(k, i)] = i
        ct.update([k])
run(containers, [(k,) for k in range(N)])
print(len(ba), sorted(set(ba)) == list(range(N)), len(dq), sorted(dd), len(od), sorted(ct.values()) == [ITEMS] * N)

# instance, class and module dicts
class Shared:
    pass
obj = Shared()
def attrs(k):
    for i in range(ITEMS):
        setattr(obj, f"a{k}_{i % 50}", i)
        setattr(Shared, f"c{k}", i)
        globals()[f"g{k}"] = i
run(attrs, [(k,) for k in range(N)])
print(len(vars(obj)), sorted(getattr(Shared, f"c{k}") for k in range(N)) == [ITEMS - 1] * N, [globals()[f"g{k}"] for k in range(N)])

# lru_cache from many threads: every result right, the cache bounded
calls = []
@functools.lru_cache(maxsize=64)
def square(x):
    calls.append(x)
    return x * x
bad = []
def cached(k):
    for i in range(ITEMS):
        if square(i % 100) != (i % 100) ** 2:
            bad.append(i)
run(cached, [(k,) for k in range(N)])
info = square.cache_info()
print(bad, info.maxsize, info.currsize <= 64, info.hits + info.misses == N * ITEMS)

# A generator driven by two threads at once
def slow_gen():
    for i in range(3):
        ev_inside.set()
        ev_go.wait()
        yield i
ev_inside = threading.Event(); ev_go = threading.Event()
g = slow_gen()
first = []
t = threading.Thread(target=lambda: first.append(next(g)))
t.start(); ev_inside.wait()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
ev_go.set(); t.join()
print(first, list(g))

# Locks, RLock, Semaphore, BoundedSemaphore, Condition
counter = 0; rcounter = 0
lock = threading.Lock(); rlock = threading.RLock()
sem = threading.Semaphore(3); inside = 0; max_inside = 0; guard = threading.Lock()
def locking(k):
    global counter, rcounter, inside, max_inside
    for i in range(ITEMS):
        with lock:
            counter += 1
        with rlock:
            with rlock:
                rcounter += 1
        if i % 25 == 0:
            with sem:
                with guard:
                    inside += 1
                    max_inside = max(max_inside, inside)
                with guard:
                    inside -= 1
run(locking, [(k,) for k in range(N)])
bs = threading.BoundedSemaphore(2)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print(counter, rcounter, max_inside <= 3, inside)

# Barrier: every party sees every phase
barrier = threading.Barrier(N)
phases = collections.Counter()
def phased(k):
    for phase in range(5):
        phases[phase] += 0
        barrier.wait()
        with lock:
            phases[phase] += 1
run(phased, [(k,) for k in range(N)])
print(sorted(phases.items()))

# Queues: 4 producers, 4 consumers, sentinel shutdown
STOP = 10 ** 9      # sorts last, so PriorityQueue hands it out last too
for qtype in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = qtype()
    got = []
    got_lock = threading.Lock()
    def produce(k):
        for i in range(ITEMS):
            q.put(k * ITEMS + i)
    def consume():
        while True:
            v = q.get()
            if v == STOP:
                break
            with got_lock:
                got.append(v)
    cons = [threading.Thread(target=consume) for _ in range(4)]
    for c in cons: c.start()
    run(produce, [(k,) for k in range(4)])
    for _ in cons: q.put(STOP)
    for c in cons: c.join()
    while not q.empty():        # a LIFO queue hands out the sentinels early
        v = q.get()
        if v != STOP:
            got.append(v)
    print(qtype.__name__, len(got), sorted(got) == list(range(4 * ITEMS)))

# Queue.join / task_done
q = queue.Queue(maxsize=10)
done = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        done.append(item * 2)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(N)]
for w in ws: w.start()
for i in range(200):
    q.put(i)
q.join()
for _ in ws: q.put(None)
for w in ws: w.join()
print(len(done), sum(done))

# Futures: many tasks, exceptions propagated, as_completed, wait
def task(x):
    if x == 13:
        raise KeyError(x)
    return x * x
with ThreadPoolExecutor(max_workers=N) as ex:
    futs = [ex.submit(task, i) for i in range(100)]
    results = []
    errors = []
    for f in as_completed(futs):
        try:
            results.append(f.result())
        except KeyError as e:
            errors.append(e.args)
    print(len(results), sum(results), errors)
    print(list(ex.map(abs, range(-5, 5))))
    done_, not_done = wait([ex.submit(task, 13), ex.submit(task, 2)], return_when=FIRST_EXCEPTION)
    print(len(done_) >= 1, any(f.exception() is not None for f in done_))

# Re-entrancy: code run from inside a container operation touches the same
# container (no deadlock; CPython's results)
class Evil:
    def __init__(self, target): self.target = target
    def __eq__(self, other):
        if len(self.target) < 6:
            self.target.append(0)
        return False
    def __hash__(self):
        return 1
lst = [1, 2, 3]
e = Evil(lst)
print(lst.count(e), e in lst, len(lst) > 3)
d = {}
class EvilKey:
    def __hash__(self): return 7
    def __eq__(self, other):
        d.clear()
        return False
d[EvilKey()] = 1
print(EvilKey() in d, len(d))
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print("ValueError:", e)
rec = [1]; rec.append(rec); drec = {}; drec['self'] = drec
print(rec, drec)
