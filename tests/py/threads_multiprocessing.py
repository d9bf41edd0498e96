from concurrent.futures import ProcessPoolExecutor, as_completed
import multiprocessing as mp
def sq(x): return x * x
def add(a, b): return a + b
def work(q, n):
    q.put(sum(range(n)))
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as ex:
        print(list(ex.map(sq, range(10))), ex.submit(add, 2, 3).result(), sorted(f.result() for f in as_completed([ex.submit(sq, i) for i in range(5)])))
    with mp.Pool(4) as pool:
        print(pool.map(sq, range(8)), pool.starmap(add, [(1, 2), (3, 4)]), pool.apply(add, (5, 6)), sorted(pool.imap_unordered(sq, range(5))), list(pool.imap(sq, [7, 8])))
        r = pool.apply_async(sq, (9,)); print(r.get(timeout=5), r.successful())
    q = mp.Queue()
    ps = [mp.Process(target=work, args=(q, n)) for n in (10, 100, 1000)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in ps), [p.exitcode for p in ps], mp.cpu_count() >= 1, mp.current_process().name)
    v = mp.Value('i', 0)
    def inc():
        for _ in range(1000):
            with v.get_lock():
                v.value += 1
    ts = [mp.Process(target=inc) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(v.value)
