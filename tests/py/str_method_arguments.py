"""Argument checking of str and bytes methods: methods that take no arguments reject them (and keywords), positional-only search methods reject keywords and read start/end before the needle, keyword-capable methods count arguments with CPython's wording, fill characters, join of a non-iterable, splitlines/expandtabs argument types."""
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
t(lambda: "a".upper(1)); t(lambda: "a".isalpha(1, 2)); t(lambda: "a".title(x=1)); t(lambda: "a".casefold(None))
t(lambda: b"a".upper(1)); t(lambda: bytearray(b"a").isdigit(2)); t(lambda: b"a".title(k=1))
t(lambda: "abc".find("b", start=1)); t(lambda: "abc".count("b", 0, end=2)); t(lambda: "abc".startswith("a", start=0))
t(lambda: "abc".find(3, "x")); t(lambda: "abc".find(None)); t(lambda: "abc".index(1, None, "b")); t(lambda: "abc".count(None))
t(lambda: "a b".split(1, 0, "x")); t(lambda: "a".rsplit(None, 1, 2)); t(lambda: "a\tb".expandtabs(1, 2)); t(lambda: "a\tb".expandtabs("a")); t(lambda: "a\nb".splitlines("a")); t(lambda: "a\nb".splitlines(1)); t(lambda: "a\nb".splitlines(keepends=True))
t(lambda: "ab".ljust(5, None)); t(lambda: "ab".center(5, 0)); t(lambda: "ab".rjust(5, "xy"))
t(lambda: "-".join(5)); t(lambda: "-".join(x for x in "abc")); t(lambda: "-".join(iter(["a", "b"]))); t(lambda: "-".join({"a": 1})); t(lambda: "-".join([1]))
t(lambda: "a".encode(None)); t(lambda: "a".encode("utf-8", None)); t(lambda: "a".encode("utf-8", "strict", 3))
t(lambda: "ab".zfill()); t(lambda: "ab".removeprefix()); t(lambda: "ab".partition()); t(lambda: "ab".removesuffix(None)); t(lambda: {1}.issubset()); t(lambda: bytearray().append())
