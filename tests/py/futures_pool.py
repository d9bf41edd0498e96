from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import concurrent.futures
def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s
with ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(work, [1000, 2000, 3000, 4000]))
    futs = [ex.submit(work, n) for n in range(10)]
    total = sum(f.result() for f in as_completed(futs))
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("raised:", e)
    done, not_done = wait([ex.submit(work, 10)], return_when=FIRST_COMPLETED)
print(results, total, len(done), bad.exception().__class__.__name__)
print(isinstance(concurrent.futures.Future(), concurrent.futures.Future))
