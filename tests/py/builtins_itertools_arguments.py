"""Argument handling of builtins and itertools as CPython's Argument Clinic: bytes/bytearray/str encoding arguments checked before the source, sum's start kinds, max comparing with '>', three-argument pow errors, reversed/enumerate/round counts, range and count turning bools into ints, itertools keyword-capable signatures, starmap items, islice counts."""
import itertools
def t(f):
    try:
        r = f()
        if hasattr(r, "__next__"): r = list(itertools.islice(r, 6))
        print(repr(r))
    except Exception as e: print(type(e).__name__ + ":", e)
t(lambda: bytes(range(3), abs)); t(lambda: bytes([1], errors="x")); t(lambda: bytes(1, "utf-8")); t(lambda: bytearray("a", 5)); t(lambda: str(1.5, str)); t(lambda: str(b"a", "utf-8", "strict", 1)); t(lambda: bytes("a"))
t(lambda: sum()); t(lambda: sum(abs, "")); t(lambda: sum(["a"], b"")); t(lambda: sum([], bytearray())); t(lambda: sum([1, 2], 10))
t(lambda: max(1.5, {})); t(lambda: min(1.5, {})); t(lambda: max([1, "a"]))
for a in [(2, 3, 1.5), (2.0, 3, 5), (2, "a", 5), ({}, len, 1.5), (2, 3, "a"), ([], 2, 3)]:
    t(lambda: pow(*a))
t(lambda: reversed()); t(lambda: reversed(1, 2)); t(lambda: enumerate([], 0, 1)); t(lambda: round(1, 2, 3)); t(lambda: format(1.5, None))
t(lambda: range(True, 3)); t(lambda: itertools.count(True)); t(lambda: itertools.count(True, True))
t(lambda: itertools.combinations("ab")); t(lambda: itertools.combinations("ab", 1, 2)); t(lambda: itertools.combinations(3, -1)); t(lambda: itertools.combinations(iterable="abc", r=2)); t(lambda: itertools.combinations("abc", r=2, x=1))
t(lambda: itertools.permutations()); t(lambda: itertools.permutations("ab", "ab")); t(lambda: itertools.permutations("abc", r=2))
t(lambda: itertools.pairwise()); t(lambda: itertools.pairwise([1], [2])); t(lambda: itertools.groupby([1], len, 3)); t(lambda: itertools.accumulate([1], None, 3)); t(lambda: itertools.accumulate([1, 2], initial=10))
t(lambda: itertools.islice()); t(lambda: itertools.islice([1], 1, 2, 3, 4)); t(lambda: itertools.starmap(abs, [1])); t(lambda: itertools.starmap(pow, [[2, 3]])); t(lambda: itertools.repeat(1, 2, 3)); t(lambda: itertools.count(1, 2, 3)); t(lambda: itertools.compress(data=[1, 2], selectors=[0, 1]))
