# Signals: handlers run on the main thread, and an exception raised by a
# handler interrupts the blocking call the main thread waits in (sleep,
# Lock.acquire, Thread.join, Queue.get, Event.wait, Condition.wait).
import signal, threading, time, queue, _thread

class Alarm(Exception):
    pass

def on_alarm(signum, frame):
    raise Alarm(signum)

print(signal.getsignal(signal.SIGALRM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.signal(signal.SIGALRM, on_alarm), signal.getsignal(signal.SIGALRM) is on_alarm)
print(signal.SIGALRM == 14, repr(signal.SIGINT), signal.Signals(2).name, signal.strsignal(signal.SIGALRM))

def interrupted(label, wait):
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    t0 = time.monotonic()
    try:
        wait()
        print(label, "not interrupted")
    except Alarm as e:
        print(label, "interrupted by", e.args[0] == signal.SIGALRM, time.monotonic() - t0 < 2)

interrupted("sleep", lambda: time.sleep(5))
lock = threading.Lock(); lock.acquire()
interrupted("acquire", lambda: lock.acquire())
interrupted("acquire timeout", lambda: lock.acquire(timeout=5))
rlock = threading.RLock()
holder = threading.Thread(target=lambda: (rlock.acquire(), time.sleep(0.5), rlock.release()))
holder.start(); time.sleep(0.05)
interrupted("rlock", lambda: rlock.acquire())
release = threading.Event()
waiter = threading.Thread(target=release.wait)
waiter.start()
interrupted("join", lambda: waiter.join())
interrupted("event", lambda: threading.Event().wait())
interrupted("queue", lambda: queue.Queue().get())
cond = threading.Condition()
def cond_wait():
    with cond:
        cond.wait()
interrupted("condition", cond_wait)
release.set(); waiter.join(); holder.join()

# A handler that returns normally: the sleep goes on to its full length.
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic(); time.sleep(0.3)
print("full sleep", time.monotonic() - t0 >= 0.29, hits)
signal.raise_signal(signal.SIGALRM)
print("raise_signal", hits)

# KeyboardInterrupt from the default SIGINT handler, simulated by
# interrupt_main while the main thread computes.
try:
    _thread.interrupt_main()
    for i in range(10 ** 7):
        pass
    print("no interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt", type(KeyboardInterrupt()).__mro__[1].__name__)

# Errors
for bad in [(0, signal.SIG_IGN), (99, signal.SIG_IGN)]:
    try:
        signal.signal(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError", e.errno)
def from_thread():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        print("ValueError", e)
t = threading.Thread(target=from_thread); t.start(); t.join()
print(signal.signal(signal.SIGALRM, signal.SIG_DFL) is not None, signal.getsignal(signal.SIGALRM))
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()))
