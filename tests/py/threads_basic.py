import threading
import sys
results = [0] * 4
lock = threading.Lock()
total = [0]
def worker(idx, n):
    acc = 0
    for i in range(n):
        acc += i % 7
    results[idx] = acc
    with lock:
        total[0] += acc
threads = [threading.Thread(target=worker, args=(i, 20000)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, total[0])
shared_list = []
shared_dict = {}
shared_set = set()
def appender(k):
    for i in range(5000):
        shared_list.append(i)
        shared_dict[(k, i)] = i
        shared_set.add(i + k * 100000)
ts = [threading.Thread(target=appender, args=(k,)) for k in range(8)]
[t.start() for t in ts]
[t.join() for t in ts]
print(len(shared_list), len(shared_dict), len(shared_set), sum(shared_list))
rl = threading.RLock()
with rl:
    with rl:
        print("rlock reentrant")
ev = threading.Event()
out = []
def waiter():
    ev.wait()
    out.append("woke")
w = threading.Thread(target=waiter)
w.start()
ev.set()
w.join()
print(out, w.is_alive())
cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop())
cth = threading.Thread(target=consumer)
cth.start()
with cond:
    items.append("item")
    cond.notify()
cth.join()
print(out)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
t = threading.Thread(target=lambda: None, name="named")
print(t.name, t.is_alive(), t.ident is None)
t.start(); t.join(timeout=5)
print(t.is_alive(), isinstance(t.ident, int), threading.active_count())
sem = threading.Semaphore(2)
with sem:
    print("sem ok")
local = threading.local()
local.v = "main"
def set_local():
    local.v = "thread"
    out.append(local.v)
lt = threading.Thread(target=set_local); lt.start(); lt.join()
print(local.v, out[-1])
print(type(sys._is_gil_enabled()).__name__)
