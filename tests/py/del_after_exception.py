"""Locals of a frame an exception left are finalized when the exception goes (the traceback keeps them), as in CPython; a cycle through them is collected at exit."""
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    r = R('f')
    raise ValueError('x')
try:
    f()
except ValueError:
    print('caught')
print('after')
def g():
    r = R('g')
    return 1 / 0
try:
    g()
except ZeroDivisionError as e:
    err = e
print('kept while err lives')
del err
print('end')
def h():
    for i in range(3):
        r = R(i)
        try:
            raise KeyError(i)
        except KeyError:
            pass
h()
print('done')
class R2:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def g2(n):
    r = R2(n)
    saved = []
    try:
        raise ValueError(n)
    except ValueError as e:
        saved.append(e)
        raise
try:
    g2(0)
except ValueError as x:
    print('caught')
print('after')
