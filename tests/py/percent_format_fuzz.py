"""printf-style formatting of str and bytes with random specs and arguments: mapping keys (checked for a mapping first, a keyed field using up unkeyed arguments, * drawn from the keyed value), * width/precision errors, subscriptable arguments as mappings, bytes-specific messages."""
import random
random.seed(121)
parts = ["%s", "%d", "%r", "%%", "%(a)s", "%(b)d", "%5s", "%-3d", "%*d", "%.*f", "%c", "%x", "%(a", "%z", " ", "x", "%i", "%.2s", "%#o", "%+.1e", "%(a)*d", "%a", "%b"]
vals = [(), (1,), (1, 2), ("s",), ("s", 3), (3, 2.5), {"a": 1, "b": 2}, {"a": "x"}, 5, "str", [1], None, (1, 2, 3, 4), b"by"]
out = []
for it in range(2500):
    fmt = "".join(random.choice(parts) for _ in range(random.randint(1, 3)))
    v = random.choice(vals)
    try: r = fmt % v
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    out.append(f"{fmt!r} % {v!r} -> {r!r}")
    if it % 5 == 0:
        bf = fmt.replace("%r", "%s").replace("%a", "%s").encode()
        try: r = bf % (tuple(x.encode() if isinstance(x, str) else x for x in v) if isinstance(v, tuple) else v)
        except Exception as e: r = type(e).__name__ + ": " + str(e)
        out.append(f"{bf!r} % {v!r} -> {r!r}")
print("\n".join(out))
