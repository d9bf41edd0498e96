"""_operator: the operator functions and _compare_digest."""
import _operator
print(_operator._compare_digest("abcdef", "abcdef"), _operator._compare_digest("abcdef", "abc"), _operator._compare_digest(b"ab", bytearray(b"ab")))
print(_operator.add(1, 2), _operator.itemgetter(1)([5, 6]))
for a, b in ((1, 2), ("a", b"a"), ("é", "é")):
    try: _operator._compare_digest(a, b)
    except TypeError as e: print(e)
