from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout, asynccontextmanager
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("x"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError("k")
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cb", i)
    stack.enter_context(tag("s"))
    print("body")
with nullcontext(5) as v:
    print(v)
class R:
    def close(self): print("closed")
with closing(R()):
    pass
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
@tag("deco")
def f():
    print("in f")
f()
@asynccontextmanager
async def actx():
    print("aenter")
    yield 1
    print("aexit")
async def main():
    async with actx() as x:
        print("got", x)
    it = aiter(AG())
    print(await anext(it), await anext(it, "dflt"))
class AG:
    def __aiter__(self): return self
    async def __anext__(self):
        if getattr(self, "done", False): raise StopAsyncIteration
        self.done = True
        return 1
import asyncio
asyncio.run(main())
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
