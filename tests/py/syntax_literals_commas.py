"""SyntaxError messages and offsets for malformed number literals and missing commas, as CPython's tokenizer and parser report them."""
srcs = [
    "a = 3._14", "a = 1__0", "a = 1_", "a = 12abc", "a = 1.5j2", "x = 0b12", "x = 0x", "x = 0o8", "x = 1e",
    "x = 1e5x", "x = 0x1g", "x = 0b", "y = 1 +", "y = (1, 2", "z = 0_0_1", "w = 1.e5 + .5 + 1_000.000_1e1_0j",
    "x = 0B1_0 + 0O7_7 + 0X_F", "x = 02", "x = 0_7", "x = 00", "x = 1 if 1else 2",
    "print(1 2)", "f(a + b c)", "x = [1, 2 3]", "x = {'a': 1 'b': 2}", "foo(x y=1)", "print 'x'", "f(a b.c)",
    "x = (a, b c.d)", "x = a b", "f(x for)", "x = [i for i in range(3) if i 1]", "f(1, 2 'x')", "f(a.b c[1])",
    "x = (1 2)", "exec 'x'", "if x:\n    f(a b)\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
