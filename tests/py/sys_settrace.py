"""sys.settrace / sys.setprofile / threading.settrace: call, line, return and exception events with frames, local trace functions, generators, tracer errors."""
import sys
out = []
def local(frame, event, arg):
    out.append(("L", event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else None))
    return local
def glob(frame, event, arg):
    out.append(("G", event, frame.f_code.co_name, frame.f_lineno))
    return local if frame.f_code.co_name != "skip" else None
def skip():
    return 5
def loop(n):
    t = 0
    for i in range(n): t += i
    while n:
        n -= 1
    return t
def gen():
    yield 1
    yield 2
def boom():
    raise ValueError("x")
def outer():
    try:
        boom()
    except ValueError:
        return "caught"
sys.settrace(glob)
skip(); loop(2); list(gen()); outer()
sys.settrace(None)
for o in out: print(o)
print(sys.gettrace())

import sys, threading
seen = []
def tracer(frame, event, arg):
    if event == "call":
        seen.append((threading.current_thread().name, frame.f_code.co_name))
    return None
def work(): return sum(range(3))
threading.settrace(tracer)
t = threading.Thread(target=work, name="T1"); t.start(); t.join()
threading.settrace(None)
print(sorted(set(x for x in seen if x[1] == "work")), threading.gettrace())
calls = []
def prof(frame, event, arg):
    if event in ("call", "return"): calls.append((event, frame.f_code.co_name))
def f(): return g()
def g(): return 1
sys.setprofile(prof); f(); sys.setprofile(None)
print(calls, sys.getprofile())
# exceptions inside a tracer disable tracing
def bad(frame, event, arg):
    raise RuntimeError("tracer failed")
sys.settrace(bad)
try:
    f()
except RuntimeError as e:
    print("RuntimeError", e)
print(sys.gettrace())
