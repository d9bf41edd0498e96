"""The io class hierarchy: IOBase and friends as ABCs, isinstance of native files, TextIOWrapper over BytesIO (newlines, encodings, line reading), StringIO newline modes and many small writes."""
import io, os, tempfile

print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.TextIOBase, io.IOBase))
path = os.path.join(tempfile.gettempdir(), "weft_io_hierarchy.txt")
with open(path, "w") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
    f.write("one\ntwo\r\nthree\rfour")
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase))
    raw = f.read()
os.remove(path)

w = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
print(w.encoding, w.readline(), w.readlines(), repr(w.newlines))
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(raw), newline=nl)
    print(repr(nl), [t.readline() for _ in range(5)], repr(t.newlines))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-16-le", newline="\r\n")
t.write("héllo\nworld")
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO("naïve café ☕ ok\nline2\n".encode()), encoding="utf-8")
print(t.read(3), t.read(8), t.readline(), list(t))
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"))
print(t.read(), repr(t.read()), t.tell(), t.seek(0), t.readline(), t.detach().getvalue())
try:
    t.read()
except ValueError as e:
    print("ValueError:", e)

s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.getvalue()), repr(s.newlines), s.readlines())
s = io.StringIO("a\r\nb\rc\n", newline="")
print(repr(s.getvalue()), repr(s.newlines), s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()), s.tell(), s.seek(0), s.read(2), s.seek(0, 2))
s = io.StringIO()
for i in range(20000):
    s.write("%d," % i)
v = s.getvalue()
print(len(v), v[:20], s.tell())
s.seek(3)
s.write("XY")
print(s.getvalue()[:10], s.read(3), s.truncate(), len(s.getvalue()))
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print("OSError:", e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError:", e)


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def writable(self):
        return True


u = Upper()
print("hi there", file=u)
u.writelines(["a", "b"])
print(u.parts, u.closed, u.readable(), u.seekable())
u.close()
print(u.closed)
try:
    u.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)


class Numbers(io.RawIOBase):
    def __init__(self):
        self.n = 0

    def readable(self):
        return True

    def readinto(self, b):
        if self.n >= 3:
            return 0
        data = str(self.n).encode() * len(b)
        b[:] = data[:len(b)]
        self.n += 1
        return len(b)


r = Numbers()
print(r.read(4), r.read(2), r.read(5))
print(io.SEEK_END, io.DEFAULT_BUFFER_SIZE > 0, io.text_encoding(None))
