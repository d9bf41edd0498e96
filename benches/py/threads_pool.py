# ThreadPoolExecutor mapping CPU-bound tasks over N workers (N from argv).
import sys
from concurrent.futures import ThreadPoolExecutor

def task(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
    return acc

def main(workers, tasks=40, size=100_000):
    with ThreadPoolExecutor(max_workers=workers) as ex:
        results = list(ex.map(task, [size] * tasks))
    print(len(results), results[0])

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
