# Uncontended threading.Lock acquire+release from Python (issue target:
# within 1.5x of CPython 3.11's time for the same loop), plus the `with`
# form and RLock.
import threading

def main(n=1_000_000):
    lock = threading.Lock()
    for _ in range(n):
        lock.acquire()
        lock.release()
    for _ in range(n):
        with lock:
            pass
    rlock = threading.RLock()
    for _ in range(n // 2):
        with rlock:
            pass
    print(lock.locked())

main()
