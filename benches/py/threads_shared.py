# Threads reading a shared dict of shared instances and calling shared
# functions (N threads from argv); the total work is fixed.
import sys
import threading

class Item:
    def __init__(self, v):
        self.v = v
    def value(self):
        return self.v

TABLE = {i: Item(i) for i in range(1000)}

def score(item, k):
    return (item.value() * k) % 97

def work(n, out, idx):
    acc = 0
    table = TABLE
    for i in range(n):
        acc += score(table[i % 1000], i)
    out[idx] = acc

def main(nthreads, total=2_000_000):
    out = [0] * nthreads
    per = total // nthreads
    ts = [threading.Thread(target=work, args=(per, out, i)) for i in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(out))

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
