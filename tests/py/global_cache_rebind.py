"""Global name lookups see every rebinding, deletion, builtins shadowing and globals() store (the per-thread global cache re-reads by entry)."""
x = 1
def f():
    return x
print(f())
x = 2
print(f())
del x
try:
    f()
except NameError as e:
    print(e)
len = lambda s: 42
def g():
    return len('ab')
print(g())
del len
print(g())
x = 5
globals()['x'] = 6
print(f())
def h():
    global y
    y = 1
    a = y
    y = 2
    return a, y
print(h())
import builtins
def k():
    return abs(-3)
print(k())
builtins.abs = lambda v: 'patched'
print(k())
del builtins.abs
