# Generators (send/throw/close/yield from/gi_frame), asyncio, closures, parameters, comprehensions, walrus, match, except*, exec/eval/compile, assert, loop else.
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("cleanup")
    return "done"
g = gen(); print(next(g), g.send("hi"), g.throw(ValueError("boom")))
try: next(g)
except StopIteration as e: print("stop", e.value)
def deleg():
    r = yield from gen()
    print("deleg got", r)
d = deleg(); print(list(d))
g2 = (i * i for i in range(5)); print(next(g2), list(g2), list(g2))
def counter():
    n = 0
    while True:
        n += yield n
c = counter(); next(c); print(c.send(5), c.send(10)); c.close(); print(c.gi_frame is None, c.gi_running)
g3 = gen(); print(g3.gi_frame.f_code.co_name, g3.gi_frame.f_lineno == gen.__code__.co_firstlineno); next(g3); print(g3.gi_frame.f_locals, g3.gi_frame.f_lineno)
import asyncio
async def work(n):
    await asyncio.sleep(0.01)
    return n * 2
async def main():
    r = await asyncio.gather(*(work(i) for i in range(5)))
    print(r)
    t = asyncio.create_task(work(10)); print(await t)
    async def agen():
        for i in range(3):
            yield i
    print([x async for x in agen()])
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    q = asyncio.Queue()
    await q.put(1); print(await q.get())
    lock = asyncio.Lock()
    async with lock: print("locked", lock.locked())
    ev = asyncio.Event(); ev.set(); await ev.wait(); print("event")
    res = await asyncio.gather(work(1), asyncio.sleep(0, result="s"))
    print(res)
asyncio.run(main())
x = 10
def outer():
    x = 20
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer(); print(f(), f(), x)
def kw(a, /, b, *, c=3, **rest): return (a, b, c, rest)
print(kw(1, 2), kw(1, b=2, c=4, d=5))
print((lambda *a, **k: (a, k))(1, 2, x=3))
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
print([(i, j) for i in range(3) for j in range(i) if j % 2 == 0], {k: v for k, v in zip("ab", "cd")}, {x % 3 for x in range(10)})
if (n := len("hello")) > 3: print("walrus", n)
match {"type": "point", "x": 1, "y": 2}:
    case {"type": "point", "x": x, "y": y} if x < y: print("point", x, y)
    case _: print("other")
match [1, 2, 3]:
    case [first, *rest]: print(first, rest)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e: print("VE", e.exceptions)
except* TypeError as e: print("TE", e.exceptions)
print(__name__, __file__.endswith("p5.py"), __builtins__ is not None)
global_var = 1
def modg():
    global global_var
    global_var += 1
modg(); print(global_var)
try:
    exec("y = 1 +")
except SyntaxError as e: print("SyntaxError", e.msg, e.lineno)
ns = {}; exec("z = 5\nw = z * 2", ns); print(ns["w"], eval("z + 1", ns), eval("a * 2", {"a": 4}))
code = compile("1 + 2", "<s>", "eval"); print(eval(code))
print(sorted(k for k in locals() if not k.startswith("__"))[:3])
assert True, "no"
try:
    assert 1 == 2, "math broke"
except AssertionError as e: print("assert", e)
for i in range(3):
    if i == 1: continue
    print("loop", i)
else: print("else ran")
while False: pass
else: print("while else")
