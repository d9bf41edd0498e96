"""Compile-time SyntaxWarnings: invalid escapes, `is` with literals, missed commas, always-true asserts."""
import warnings

SOURCES = [
    'x = "\\d+"',
    'x = b"\\q" + b"\\N"',
    'x = "a\\nb\\w\\s"',
    'x = "\\777"',
    'x = "\\N{BULLET}\\u2022\\x41\\101\\\n"',
    'x = r"\\d" + rb"\\d"',
    'y = 1\nx = f"{y}\\s{{\\w}}"',
    'x = f"{1:\\d}"',
    'x = 5\nif x is 1: pass',
    'x = 5\nif x is not "a": pass',
    'x = 5\nif x is -1 or x is (1, 2) or x is (): pass',
    'x = 5\nif x is None or x is True or x is ...: pass',
    'x = 5\nif 1.5 is x: pass',
    'assert (1, "msg")',
    'assert ()',
    'f = lambda: [(1, 2) (3, 4)]',
    'f = lambda: None()',
    'f = lambda: 5[0]',
    'f = lambda: {1, 2}[0]',
    'f = lambda: [1, 2]["a"]',
    'f = lambda: "abc"[1, 2]',
    'f = lambda: "abc"[1:2]',
    'f = lambda: [x for x in y]()',
    '\n\nx = 1\ny = "\\p"',
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<test>", "exec")
    print(repr(src))
    for w in caught:
        print("   ", w.category.__name__, w.lineno, w.message)

# An "error" filter turns the warning into an exception.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile('x = 5\nif x is 1: pass', "<test>", "exec")
    except SyntaxWarning as e:
        print("raised", type(e).__name__, e)
    except SyntaxError as e:
        print("raised", type(e).__name__, e)
