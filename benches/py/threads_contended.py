# Threads appending to one shared list and writing one shared dict
# (contended writes; N threads from argv); the total work is fixed.
import sys
import threading

SHARED_LIST = []
SHARED_DICT = {}

def work(n, base):
    lst = SHARED_LIST
    d = SHARED_DICT
    for i in range(n):
        lst.append(i)
        d[base + i] = i

def main(nthreads, total=600_000):
    per = total // nthreads
    ts = [threading.Thread(target=work, args=(per, k * per)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(SHARED_LIST), len(SHARED_DICT))

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
