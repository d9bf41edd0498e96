"""doctest.testmod over functions, classes and methods: passing examples, a failing one, option directives, <BLANKLINE>, expected exceptions, verbose reports (CPython 3.13 wording)."""


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b


def wrong(x):
    """Off by one.

    >>> wrong(2)
    5
    >>> wrong(0)
    Traceback (most recent call last):
        ...
    ValueError: negative
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('x   y')  # doctest: +NORMALIZE_WHITESPACE
    x y
    """
    if x == 0:
        raise ValueError("negative")
    return x + x


class Box:
    """A box.

    >>> Box(3).size
    3
    """

    def __init__(self, size):
        self.size = size

    def double(self):
        """
        >>> Box(2).double()
        4
        """
        return self.size * 2


if __name__ == "__main__":
    import doctest, sys, os
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    import io
    buf = io.StringIO()
    old = sys.stdout
    sys.stdout = buf
    r = doctest.testmod()
    v = doctest.testmod(verbose=True)
    sys.stdout = old
    print(buf.getvalue().replace(here, ""))
    print(r, r.failed, r.attempted, v)
    buf = io.StringIO()
    sys.stdout = buf
    q = doctest.testmod(report=False)
    sys.stdout = old
    print(buf.getvalue().replace(here, ""), q)
