"""Rebinding a global drops its old object at once, even after functions have read it."""
import sys


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('finalized', self.name)


def gen():
    try:
        yield [1]
        yield 2
    finally:
        print('generator closed')


def use():
    global g
    g = gen()
    return {k: 1 for k in g}


try:
    use()
except TypeError as e:
    print('error:', e)
print('rebinding g')
g = None
print('after g')

r = Res('first')


def read():
    return r.name


print(read(), read())
r = Res('second')
print('after r', read())


def peek():
    global h
    h = gen()
    next(h)


peek()
print(sys.getrefcount(h))
del h
print('end')
