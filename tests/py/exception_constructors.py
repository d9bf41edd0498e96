"""Constructing every built-in exception type with assorted arguments: str, repr, args and the member attributes (OSError filenames and BlockingIOError characters_written, SyntaxError location from any sequence, Unicode error argument types)."""
import random, builtins
random.seed(51)
excs = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException) and n not in ("EncodingWarning", "BaseExceptionGroup", "ExceptionGroup", "PythonFinalizationError", "_IncompleteInputError", "PythonFinalizationError"))
args = [(), ("msg",), ("a", "b"), (1,), (2, "No such"), (2, "No such", "f.txt"), (2, "x", "f", None, "g"), (None,), ([1],), ("utf-8", b"\xff", 0, 1, "bad"), ("s", ("f.py", 3, 4, "x y", 3, 5)), ("x", 1, 2, "r")]
out = []
for it in range(1500):
    n = random.choice(excs); cls = getattr(builtins, n); a = random.choice(args)
    try:
        e = cls(*a)
        r = (str(e), repr(e), e.args)
        extra = tuple(repr(getattr(e, at, "<none>")) for at in ("errno", "strerror", "filename", "filename2", "code", "value", "name", "msg", "lineno", "offset", "text", "reason", "start", "end", "object", "encoding", "characters_written"))
        r = r + extra
    except Exception as ex: r = type(ex).__name__ + ": " + str(ex)
    out.append(f"{n}{a!r} {r!r}")
print("\n".join(out))
