import io, sys, traceback
buf = io.StringIO()
buf.write("hello ")
print("world", 42, file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), end="")
s = io.StringIO("a\nb\nc")
print([line for line in s])
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
out = sys.stdout.getvalue()
sys.stdout = old
print("got:", repr(out))
b = io.BytesIO()
b.write(b"abc")
print(b.getvalue(), b.tell())
def fail():
    raise KeyError("missing")
try:
    fail()
except KeyError:
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1])
    print(traceback.format_exception_only(sys.exception()))
