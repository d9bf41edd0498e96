"""Traceback objects (tb_frame, tb_lineno, tb_next) and the traceback module: extract_tb/stack, format_tb/list/exception with limit and chain, TracebackException, FrameSummary, with_traceback."""
import traceback, sys, io, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
_real_print = print
def print(*a, **k):
    if k.get("file") is None:
        buf = io.StringIO()
        _real_print(*a, **k, file=buf) if "file" not in k else _real_print(*a, **{**k, "file": buf})
        sys.stdout.write(buf.getvalue().replace(HERE, ""))
    else:
        _real_print(*a, **k)

def inner(x):
    return x[5] + 1

def outer():
    return inner([1, 2])

try:
    outer()
except IndexError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    for fs in traceback.extract_tb(tb):
        print(fs.filename.endswith("traceback_objects.py"), fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno, tuple(fs) [1:])
    print("".join(traceback.format_tb(tb)), end="")
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print(list(traceback.walk_tb(tb))[0][1])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name)
    print("".join(te.format()), end="")
    buf = io.StringIO(); traceback.print_exc(file=buf); print(buf.getvalue(), end="")
    print(traceback.format_exc().splitlines()[-1])

def show():
    buf = io.StringIO(); traceback.print_stack(file=buf); print(buf.getvalue(), end="")
    return traceback.extract_stack()
st = show()
print([f.name for f in st])
try:
    try:
        1 / 0
    except ZeroDivisionError as ex:
        raise KeyError("k").with_traceback(ex.__traceback__)
except KeyError as ex2:
    tb = traceback.extract_tb(ex2.__traceback__)
    print(len(tb), tb[1].line)
    print("".join(traceback.format_exception(ex2, limit=5)), end="")
try:
    try:
        1 / 0
    except ZeroDivisionError as ex:
        raise ex.with_traceback(None)
except ZeroDivisionError as ex2:
    print(len(traceback.extract_tb(ex2.__traceback__)))
e = ValueError("bad")
e.add_note("a note")
print(traceback.format_exception_only(e))
print(traceback.format_exception(None))
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
print(repr(traceback.FrameSummary("f.py", 3, "fn", line="  y  ")), traceback.FrameSummary("f.py", 3, "fn", line="y") == ("f.py", 3, "fn", "y"))
try:
    e.__traceback__ = 5
except TypeError as x:
    print(x)
