"""The C half of `operator` in CPython: here the same functions, plus
`_compare_digest`."""

from operator import *


def _compare_digest(a, b, /):
    """Return 'a == b'.

    This function uses an approach designed to prevent timing analysis,
    making it appropriate for cryptography."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        try:
            a, b = bytes(memoryview(a)), bytes(memoryview(b))
        except TypeError:
            raise TypeError(f"unsupported operand types(s) or combination of types: '{type(a).__name__}' and '{type(b).__name__}'") from None
    result = len(a) ^ len(b)
    for x, y in zip(a, b if len(a) == len(b) else a):
        result |= x ^ y
    return result == 0
