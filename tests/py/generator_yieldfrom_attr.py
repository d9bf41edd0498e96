"""gi_yieldfrom / cr_await name the iterator a suspended generator or coroutine delegates to."""
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
g = outer()
print(g.gi_yieldfrom); next(g); print(g.gi_yieldfrom); next(g); print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__); list(g); print(g.gi_yieldfrom)
import asyncio
async def sub():
    await asyncio.sleep(0)
async def co():
    await sub()
c = co()
print(c.cr_await)
c.send(None)
print(type(c.cr_await).__name__)
c.close()
