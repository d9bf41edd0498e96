# Producer/consumer over queue.Queue with CPU work per item, N consumer
# threads (N from argv, default 1): the pipeline scaling workload.
import sys
import threading
import queue

def work(x):
    acc = 0
    for i in range(2000):
        acc = (acc + i * x) % 10007
    return acc

def main(nthreads, items=2000):
    q = queue.Queue(maxsize=256)
    results = [0] * nthreads

    def consumer(idx):
        total = 0
        while True:
            x = q.get()
            if x is None:
                break
            total += work(x)
        results[idx] = total

    ts = [threading.Thread(target=consumer, args=(i,)) for i in range(nthreads)]
    for t in ts:
        t.start()
    for i in range(items):
        q.put(i)
    for _ in ts:
        q.put(None)
    for t in ts:
        t.join()
    print(sum(results) > 0)

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
