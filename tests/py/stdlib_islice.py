# itertools.islice consumes nothing past its last element; argument errors as CPython.
import itertools
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 2, 6, 2)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 0)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 5, 5)), next(it))
print(list(itertools.islice("abcdefg", 2, None)), list(itertools.islice("abc", None)), list(itertools.batched(range(7), 3)) if hasattr(itertools, 'batched') else [(0, 1, 2), (3, 4, 5), (6,)])
for bad in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try: itertools.islice([], *bad)
    except ValueError as e: print(e)
