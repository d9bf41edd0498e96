"""str.format field parsing as CPython's parse_field: names up to }, : or ! with brackets skipped, one-character conversions, nested specs sharing automatic numbering two levels deep, and the errors of malformed fields."""
import random
random.seed(111)
parts = ["{", "}", "{}", "{0}", "{1}", "{x}", "{x.real}", "{0[0]}", "{y[k]}", "{!r}", "{!s}", "{!a}", "{!z}", "{:>5}", "{0:{1}}", "{:{}}", "{{", "}}", "a", " ", "{0!r:^9}", "{x:", "{0.}", "{[}", "{0[}", "{:d}", "{:x}", "{:%}", "{-1}", "{ 0}", "{0 }", "{x!}", "{:=^}", "{0:,}"]
out = []
for it in range(2500):
    fmt = "".join(random.choice(parts) for _ in range(random.randint(1, 4)))
    args = random.choice([(), (1,), (1, 2), ("ab", 5), ([7], "x")])
    kw = random.choice([{}, {"x": 3.5}, {"x": 2, "y": {"k": "v"}}])
    try: r = fmt.format(*args, **kw)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    out.append(f"{fmt!r} {args!r} {kw!r} -> {r!r}")
print("\n".join(out))
for f in ("{0:{1:{2}}}", "{:{}}{}", "{0:{1}}", "{a[b]c}", "{0[}"):
    try: print(repr(f.format("abc", 5, "x", a={"b": 1})))
    except Exception as e: print(type(e).__name__, e)
