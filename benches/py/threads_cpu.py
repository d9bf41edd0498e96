# Independent CPU-bound work split over N threads (N from argv, default 1).
import sys
import threading

def work(n, out, idx):
    acc = 0
    for i in range(n):
        acc = (acc + i * i) % 1000003
    out[idx] = acc

def main(nthreads, total=4_000_000):
    out = [0] * nthreads
    per = total // nthreads
    ts = [threading.Thread(target=work, args=(per, out, i)) for i in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(out))

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
