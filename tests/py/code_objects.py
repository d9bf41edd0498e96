"""Code objects: co_* attributes, co_code bytes, co_lines(), replace(), constant tuples folded at compile time."""
def f(x, y, *args, power=1, **kwargs):
    z = x * y
    return z ** power
c = f.__code__
print(c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_name, c.co_qualname, c.co_firstlineno)
print(c.co_varnames, c.co_nlocals, c.co_cellvars, c.co_freevars, type(c.co_code).__name__, c.co_flags & 0xf)
print("code_objects.py" in c.co_filename, isinstance(c.co_stacksize, int))
lines = list(c.co_lines())
print(lines[0][0] == 0, all(a <= b for a, b, _ in lines), sorted({l for _, _, l in lines if l is not None} - {2}))
g = c.replace(co_name="g", co_qualname="g")
print(g.co_name, g.co_qualname, g.co_argcount, c.co_name)
try:
    c.replace(bogus=1)
except TypeError as e:
    print("TypeError", e)
def h():
    return (1, 2, (3, "a")), -5, -2.5
print(h(), h()[0] is h()[0])
print((1, 2, (3, "a")) in h.__code__.co_consts, -5 in h.__code__.co_consts)
def outer():
    a = 1
    def inner():
        return a
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
