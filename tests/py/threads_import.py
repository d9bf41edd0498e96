# Threads importing the same module at once see one execution of its body
# and never the half-initialised module; circular imports started from two
# threads at once do not deadlock.
import sys, threading

results = []
def importer():
    import helper_slowmod
    results.append(helper_slowmod.VALUE)

threads = [threading.Thread(target=importer) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(results, sys.weft_test_slow_count)

def import_a():
    import helper_cyc_a
def import_b():
    import helper_cyc_b
t1 = threading.Thread(target=import_a); t2 = threading.Thread(target=import_b)
t1.start(); t2.start(); t1.join(); t2.join()
import helper_cyc_a, helper_cyc_b
print(helper_cyc_a.A, helper_cyc_b.B)

# importlib from many threads, mixed with already-loaded modules
import importlib
out = []
def mixed(i):
    m = importlib.import_module(['json', 'helper_slowmod', 'math'][i % 3])
    out.append(m.__name__)
threads = [threading.Thread(target=mixed, args=(i,)) for i in range(9)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(out), sys.weft_test_slow_count)
