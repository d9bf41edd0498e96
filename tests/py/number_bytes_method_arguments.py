"""Argument checks of int, float, range and bytes methods: no-argument methods refuse arguments, counts before conversions, start/end checked before the needle, bytes errors named after bytes, to_bytes/from_bytes/decode/hex/splitlines/maketrans arguments."""
import random
random.seed(71)
meths = {int: ['as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'from_bytes', 'to_bytes'] , float: ['as_integer_ratio', 'conjugate', 'fromhex', 'hex', 'is_integer'], bytes: ['capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find', 'fromhex', 'hex', 'index', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'], range: ['count', 'index']}
objs = {int: [0, 1, -1, 255, 256, -129, 2**64], float: [0.0, -0.0, 1.5, 1e300, float("inf"), float("nan"), 0.1], bytes: [b"", b"ab", b"a b\tc", b"\xff\x00", b"AbC", b"a,b,,c"], range: [range(5), range(1, 10, 3), range(10, 0, -2), range(0)]}
args = [None, 0, 1, 2, -1, 8, "big", "little", b"a", b"", b"ab", "ab", "0x1p3", "ff", 1.5, (b"a", b"b"), [b"x", b"y"], "utf-8", "strict", "ignore", True]
out = []
for it in range(2500):
    t = random.choice(list(meths)); o = random.choice(objs[t]); m = random.choice(meths[t])
    a = [random.choice(args) for _ in range(random.randint(0, 3))]
    kw = {}
    if m == "to_bytes" and random.random() < 0.4: kw["signed"] = random.choice([True, False])
    try: r = getattr(o, m)(*a, **kw)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    out.append(f"{o!r}.{m}{tuple(a)!r}{kw} -> {r!r}")
print("\n".join(out))
