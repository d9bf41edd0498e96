import threading
# Shared counters under contention with many threads
N = 8
lst = []
d = {}
s = set()
lock = threading.Lock()
total = 0
def work(k):
    global total
    for i in range(2000):
        lst.append(i)
        d[k * 10000 + i] = i
        s.add(k * 10000 + i)
        with lock:
            total += 1
        if i % 100 == 0:
            lst.pop()
            d.pop(k * 10000 + i)
            s.discard(k * 10000 + i)
ths = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in ths: t.start()
for t in ths: t.join()
print(len(lst), len(d), len(s), total)
# iteration while another thread mutates must not crash
shared = list(range(1000))
stop = False
def mutator():
    for i in range(2000):
        shared.append(i)
        shared.pop(0)
t = threading.Thread(target=mutator); t.start()
cnt = 0
for _ in range(20):
    for x in shared:
        cnt += 1
t.join()
print(len(shared), cnt > 0)
dd = {i: i for i in range(100)}
errors = []
def dict_mut():
    for i in range(1000):
        dd[1000 + i] = i
        del dd[1000 + i]
t = threading.Thread(target=dict_mut); t.start()
for _ in range(50):
    try:
        for k in dd:
            pass
    except RuntimeError as e:
        errors.append(str(e))
t.join()
print(len(dd), all(e == "dictionary changed size during iteration" for e in errors))
# producer/consumer with Condition

buf = []
cv = threading.Condition()
produced = 400
consumed = []
def producer():
    for i in range(produced):
        with cv:
            buf.append(i)
            cv.notify()
def consumer():
    while True:
        with cv:
            while not buf:
                cv.wait()
            v = buf.pop(0)
        if v is None:
            break
        consumed.append(v)
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs: c.start()
p = threading.Thread(target=producer); p.start(); p.join()
with cv:
    for _ in cs:
        buf.append(None)
    cv.notify_all()
for c in cs: c.join()
print(len(consumed), sum(consumed) == sum(range(produced)))
# thread with exception does not kill process
def bad():
    raise RuntimeError("thread failure")
b = threading.Thread(target=bad); b.start(); b.join()
print("survived")
# barrier
bar = threading.Barrier(4)
hits = []
def at_barrier(i):
    bar.wait()
    hits.append(i)
bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(4)]
for x in bs: x.start()
for x in bs: x.join()
print(sorted(hits))
# join with timeout on a slow thread
import time
ev = threading.Event()
slow = threading.Thread(target=lambda: ev.wait(2))
slow.start()
t0 = time.monotonic(); slow.join(timeout=0.05); print("timeout join alive:", slow.is_alive())
ev.set(); slow.join(); print("done", slow.is_alive())
