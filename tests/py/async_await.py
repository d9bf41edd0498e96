async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    print("x", x)
    return x * 2
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspend"
        return v + 1
async def use():
    r = await Awaitable()
    return r
co = use()
print(co.send(None))
try: co.send(41)
except StopIteration as e: print(e.value)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACtx:
    async def __aenter__(self): print("aenter"); return "ctx"
    async def __aexit__(self, *a): print("aexit"); return False
async def loop():
    out = []
    async for v in AIter():
        out.append(v)
    async with ACtx() as c:
        out.append(c)
    return out
try: loop().send(None)
except StopIteration as e: print(e.value)
async def agen():
    for i in range(3):
        yield i
async def consume():
    return [x async for x in agen()]
try: consume().send(None)
except StopIteration as e: print(e.value)
import types
async def agen2():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def m():
    g = agen2()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    r = [i async for i in agen2() if i > 1]
    print(r)
    s = {i * 2 async for i in agen2()}
    print(s)
    return "done"
c = m()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
async def f():
    return 1
co = f()
print(type(co).__name__, co.__name__ if hasattr(co, "__name__") else "")
co.close()
async def nested():
    async def inner(x):
        return x * 10
    total = 0
    for i in range(3):
        total += await inner(i)
    return total
try: nested().send(None)
except StopIteration as e: print(e.value)
try:
    exec("await x")
except SyntaxError as e:
    print(e.msg)
async def bad():
    await 5
try: bad().send(None)
except TypeError as e: print(e)
async def ret_in_with():
    class C:
        async def __aenter__(self): return self
        async def __aexit__(self, *a): print("exit", a[0]); return True
    async with C():
        raise ValueError
    async with C():
        return 7
try: ret_in_with().send(None)
except StopIteration as e: print(e.value)
print(type(agen2()).__name__, type(agen2().__anext__()).__name__)
