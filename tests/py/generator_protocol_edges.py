"""Generators and coroutines: send/throw/close protocol, yield from return values, PEP 479, self-resumption, GeneratorExit handling, exhausted coroutines, async generators and comprehensions."""
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except KeyError as e:
        print("caught", e)
        yield 3
    finally:
        print("fin")
    return "done"
it = g()
t(1, lambda: (next(it), it.send("s"), it.throw(KeyError("k"))))
t(2, lambda: next(it))
t(3, lambda: next(it))
it2 = g(); next(it2)
t(4, lambda: it2.close())
t(5, lambda: g().send(5))
t(6, lambda: (g().gi_running, g().gi_code.co_name, g().__name__, g().__qualname__, type(g()).__name__))
def gen_ret():
    yield from []
    return 7
def outer():
    r = yield from gen_ret()
    yield r
t(7, lambda: list(outer()))
def reraise():
    yield 1
    raise StopIteration
t(8, lambda: list(reraise()))
def selfref():
    yield next(s)
s = selfref()
t(9, lambda: next(s))
it3 = g(); next(it3)
t(10, lambda: it3.throw(ValueError, ValueError("v")))
t(11, lambda: it3.gi_frame)
def closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = closer(); next(c)
t(12, lambda: c.close())
t(13, lambda: (lambda: (yield))().send(None) if False else 0)
ge = (x * 2 for x in range(3))
t(14, lambda: (next(ge), list(ge), list(ge), type(ge).__name__, ge.__name__))
t(15, lambda: list(x for x in range(3) if x))
def counter():
    n = 0
    while True:
        n += yield n
cn = counter(); next(cn)
t(16, lambda: (cn.send(2), cn.send(3)))
async def coro(): return 1
co = coro()
t(17, lambda: (type(co).__name__, co.__qualname__))
try:
    co.send(None)
except StopIteration as e:
    print(18, e.value)
t(19, lambda: co.send(None))
import asyncio
async def main():
    await asyncio.sleep(0)
    return [await coro() for _ in range(2)]
t(20, lambda: asyncio.run(main()))
async def agen():
    for i in range(3):
        yield i
async def use():
    return [x async for x in agen()]
t(21, lambda: asyncio.run(use()))
async def c(): return 1
co=c()
try: co.send(None)
except StopIteration: pass
print(co.close())
try: co.throw(ValueError)
except Exception as e: print(type(e).__name__, e)
import asyncio
async def m():
    t = asyncio.ensure_future(c())
    return await t, await t
print(asyncio.run(m()))
