"""Numeric types expose exactly CPython's operator methods; set reflected operators; huge exponents for 0, 1 and -1."""
for t in (int, float, complex, bool):
    names = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__divmod__', '__pow__',
             '__lshift__', '__rshift__', '__and__', '__or__', '__xor__', '__neg__', '__pos__', '__hash__', '__bool__',
             '__int__', '__float__', '__index__', '__invert__', '__abs__', '__radd__', '__rmod__', '__rfloordiv__',
             '__rlshift__', '__rand__', '__ror__']
    print(t.__name__, [n for n in names if not hasattr(t(1), n)])
print(complex(2, -3).__mul__(2), (3 + 5j).__getnewargs__(), (5j).__getnewargs__())
for expr in ['1j % 2', '1j // 2', 'divmod(1j, 2)', '1.5 << 1', '1.5 | 1', 'float(1j)', 'int(1j)']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, 'TypeError:', e)
print(set([1, 2]).__rsub__(set([2, 3])), frozenset([1, 2]).__rsub__(set([2, 3])), set([1, 2]).__rsub__(frozenset([2, 3])))
print(set().__rsub__([1]), set().__ror__(3), {1: 2}.__ror__({3: 4}), {1: 2}.__ror__(5))
print(set([1]).__rand__({1, 2}), set([1]).__rxor__({1, 2}))
print(pow(0, 10**1000), pow(1, 10**1000), pow(-1, 10**1000 + 1), pow(-1, 10**1000), 0 ** (10**100), (-1) ** (10**100 + 1))
