# SyntaxError and IndentationError messages for common mistakes.
SOURCES = [
    "x = (1,",
    "print 'hi'",
    "print x, y",
    "if x\n  pass",
    "while True\n  pass",
    "for i in range(3):\nprint(i)",
    "x = 5 +",
    "f(x for x in y, 1)",
    "class A:\n  def f(self):\n  return 1",
    "x = 'unterminated",
    "1 = x",
    "f() = 1",
    "del f()",
    "None = 1",
    "f(**k, *a)",
    "try:\n  pass",
    "if True:\n  pass\nelse:\nx=1",
    "x = [1, 2",
    "a b",
    "foo(1, 2))",
    "x = {1: 2]",
    "def g():\n  return\n    x = 1",
    "return 5",
    "break",
]
for src in SOURCES:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
    else:
        print("compiled", repr(src))
