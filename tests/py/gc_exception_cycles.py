"""Reference cycles through exception objects (attributes, args, cause, saved in a list) are collected."""
import gc


DELETED = []


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        DELETED.append(self.n)


class X(Exception):
    def __del__(self):
        print('X del')


e = X()
e.self = e
del e
print('after del')
gc.collect()
print('after collect 1')


def via_args():
    e = ValueError('x')
    e.args = (e, R('args'))


def via_attr():
    e = KeyError('k')
    e.keep = [e, R('attr')]


def via_cause():
    a = ValueError('a')
    b = TypeError('b')
    a.__cause__ = b
    b.__cause__ = a
    a.r = R('cause')


def via_saved_list():
    saved = []
    try:
        raise ValueError(R('saved'))
    except ValueError as err:
        saved.append(err)
        err.saved = saved


for f in (via_args, via_attr, via_cause, via_saved_list):
    f()
print('before collect 2', DELETED)
print(gc.collect() > 0)
print('finalized', sorted(DELETED))
