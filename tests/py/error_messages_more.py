# More CPython error messages: indexing, conversions, operators, attributes, builtins, formatting, syntax in eval/exec.
tests = [
    lambda: [1, 2][5], lambda: (1,)[2], lambda: "ab"[9], lambda: {}["x"], lambda: {1}.remove(2), lambda: [].remove(1),
    lambda: int("1.5"), lambda: float("abc"), lambda: int(None), lambda: 1 / 0, 
    lambda: "a" + 1, lambda: [] + (), lambda: 1 < "a", lambda: [1] < 1, lambda: -"a", lambda: ~1.5, lambda: len(1), lambda: iter(1), lambda: next(iter([])),
    lambda: object().x, lambda: delattr(object(), "y"), lambda: int.x,
    lambda: [].pop(5), lambda: {}.popitem(), lambda: set().pop(), lambda: "abc".index("z"), lambda: [1].index(2), lambda: (1,).index(3), lambda: "x".join([1]),
    lambda: sum(["a"]), lambda: sorted([1, "a"]), lambda: max(), lambda: min(1, 2, key=1), lambda: abs("x"), lambda: round("x"), lambda: hash([]), lambda: hash({}),
    lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: bytes([256]), lambda: bytearray(-1), lambda: "a" * -1 + 1,
    lambda: int("12", 1), lambda: int("9", 8), lambda: range(1.5), lambda: range(0, 10, 0), lambda: slice(1)(), lambda: [1, 2, 3][::0], lambda: list(range(3))[1.5],
    lambda: {}.fromkeys(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: frozenset().add(1), lambda: (1, 2).append(3), lambda: "s".foo(),
    lambda: __import__("nonexistent_mod_x"), lambda: exec("x ="), lambda: eval("1 +"), lambda: compile("a b", "f", "exec"), lambda: eval(")"),
    lambda: int(float("inf")), lambda: int(float("nan")), lambda: 10 ** 10000 * 1.0, lambda: (2.0) ** 10000, lambda: pow(2, 3, 0),
    lambda: "{0}{1}".format(1), lambda: "{x}".format(), lambda: "{:d}".format("s"), lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "{".format(), lambda: f"{1:zz}",
    lambda: print(sep=1), lambda: open("/nonexistent/x"), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: super(), lambda: getattr(1, 2),
    lambda: [].sort(key=1), lambda: list(zip([1], [1, 2], strict=True)), lambda: enumerate(1), lambda: map(), lambda: filter(1), lambda: reversed(1),
    lambda: memoryview("s"), lambda: complex("x"), lambda: 1j < 2j, lambda: int.from_bytes("x", "big"), lambda: (1).to_bytes(1, "big", signed=False) if False else (256).to_bytes(1, "big"),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
# One-argument methods name their type, as CPython's METH_O methods do.
for expr in ["(1,2).count()", "[].count()", "range(3).count()", "'x'.join()", "b''.join()", "bytearray().join()", "set().isdisjoint()", "frozenset().isdisjoint()", "{}.keys().isdisjoint()", "(1,).count(1, 2)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
