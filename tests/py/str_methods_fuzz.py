# Differential fuzz of str methods over ASCII and non-ASCII letters (titlecase, ß, ligatures, digits of every kind): results and error messages as CPython.
import random
import sys; random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
alpha = ["a", "b", "A", " ", "\t", "\n", "1", "é", "ß", "-", "_", ".", "x", "Z", "ǅ", "İ", "\u00a0", "9", "½", "ﬁ"]
def rs(n=None):
    return "".join(random.choice(alpha) for _ in range(random.randint(0, 8) if n is None else n))
methods = {
    "capitalize": lambda: (), "casefold": lambda: (), "center": lambda: (random.randint(-1, 12), random.choice([" ", "*"])),
    "count": lambda: (rs(1), random.randint(-3, 5)), "endswith": lambda: (rs(1),), "expandtabs": lambda: (random.randint(0, 5),),
    "find": lambda: (rs(1), random.randint(-5, 5), random.randint(-5, 9)), "index": lambda: (rs(1),), "isalnum": lambda: (), "isalpha": lambda: (),
    "isascii": lambda: (), "isdecimal": lambda: (), "isdigit": lambda: (), "isidentifier": lambda: (), "islower": lambda: (), "isnumeric": lambda: (),
    "isprintable": lambda: (), "isspace": lambda: (), "istitle": lambda: (), "isupper": lambda: (), "ljust": lambda: (random.randint(0, 10), "."),
    "lower": lambda: (), "lstrip": lambda: random.choice([(), (rs(2),)]), "partition": lambda: (rs(1) or "a",), "removeprefix": lambda: (rs(1),),
    "removesuffix": lambda: (rs(1),), "replace": lambda: (rs(1), rs(2), random.randint(-1, 3)), "rfind": lambda: (rs(1), random.randint(-4, 4)),
    "rjust": lambda: (random.randint(0, 10),), "rpartition": lambda: (rs(1) or "b",), "rsplit": lambda: random.choice([(), (rs(1) or " ", random.randint(-1, 2))]),
    "rstrip": lambda: random.choice([(), (rs(2),)]), "split": lambda: random.choice([(), (None, random.randint(-1, 2)), (rs(1) or "a",)]),
    "splitlines": lambda: random.choice([(), (True,)]), "startswith": lambda: (rs(1), random.randint(-3, 3)), "strip": lambda: random.choice([(), (rs(3),)]),
    "swapcase": lambda: (), "title": lambda: (), "upper": lambda: (), "zfill": lambda: (random.randint(-1, 10),), "rindex": lambda: (rs(1),),
    "__getitem__": lambda: (slice(random.randint(-6, 6), random.randint(-6, 6), random.choice([None, 1, 2, -1, -2, 3])),),
    "__mul__": lambda: (random.randint(-1, 3),), "__contains__": lambda: (rs(2),), "encode": lambda: (random.choice(["utf-8", "ascii", "latin-1"]), random.choice(["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"])),
    "format": lambda: (), "__mod__": lambda: ((),), "join": lambda: ([rs(2), rs(1)],), "translate": lambda: ({ord("a"): "Q", ord("b"): None},),
}
names = sorted(methods)
for i in range(1500):
    s = rs()
    m = random.choice(names)
    args = methods[m]()
    try:
        r = getattr(s, m)(*args)
        out = repr(r)
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(i, repr(s), m, repr(args), out)
