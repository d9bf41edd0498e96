"""A with block unwinds the value stack to below the __enter__ result: exceptions raised mid-expression reach __exit__ correctly."""
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(self.name, "exit", t.__name__ if t else None, v)
        return True

def f(a, b):
    return a + b

with CM("call-missing"):
    f()
with CM("call-extra"):
    f(1, 2, 3)
with CM("mid-expression") as c:
    x = [1, 2, f(1, 2), [].missing()]
with CM("in-subscript"):
    print({}[f(1, 2)])

def in_function():
    with CM("function") as cm:
        total = 10 + f(1) + 5
    with CM("nested-outer"), CM("nested-inner"):
        print(1 + len(5))
    return "done"
print(in_function())

import asyncio
class ACM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        print("async exit", t.__name__, v)
        return True
async def main():
    async with ACM():
        print(1 + f(2))
    return "async done"
print(asyncio.run(main()))
