"""Set operators between dict views, sets, frozensets and other iterables or non-iterables; membership errors of non-containers; dict_values hashes by identity while keys and items views are unhashable."""
import random
random.seed(61)
def mk():
    k = random.randint(0, 9)
    d = {"a": 1, "b": 2, "c": 3}
    return [set("ab"), frozenset("bc"), d.keys(), d.items(), d.values(), ["a", "z"], ("b",), {"a": 9}, "ab", {("a", 1)}, 1, None, range(2), {1, 2.0}][k % 14 if k < 14 else 0] if False else random.choice([set("ab"), frozenset("bc"), d.keys(), d.items(), d.values(), ["a", "z"], ("b",), {"a": 9}, "ab", {("a", 1)}, 1, None, range(2), {1, 2.0}, {"a": 1}.keys()])
ops = ["|", "&", "-", "^", "==", "!=", "<", "<=", ">", ">=", "in", "|=", "&=", "-=", "^="]
out = []
for it in range(2500):
    a, b = mk(), mk(); op = random.choice(ops)
    try:
        if op.endswith("=") and op not in ("==", "!=", "<=", ">="):
            x = a
            exec(f"x {op} b", {"x": x, "b": b}, loc := {"x": x, "b": b})
            r = loc["x"]
        else:
            r = eval(f"a {op} b")
        if type(r).__name__.startswith("dict_"): r = ("view", sorted(map(repr, r)))
        elif isinstance(r, (set, frozenset)): r = (type(r).__name__, sorted(map(repr, r)))
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    ra = repr(a) if not type(a).__name__.startswith(("dict_", "set", "frozenset")) else type(a).__name__
    rb = repr(b) if not type(b).__name__.startswith(("dict_", "set", "frozenset")) else type(b).__name__
    out.append(f"{ra} {op} {rb} -> {r!r}")
print("\n".join(out))
d = {1: 2}; v = d.values(); print(hash(v) == hash(v), d.keys().__hash__, d.items().__hash__, {d.values(): 1}[d.values()] if False else "ok")
