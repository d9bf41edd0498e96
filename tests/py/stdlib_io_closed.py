import io
for cls, data in ((io.StringIO, "hello\nworld\n"), (io.BytesIO, b"hello\nworld\n")):
    f = cls(data)
    print(f.read(3), f.tell(), f.seek(0, 2), f.seek(1), f.read(2), f.readable(), f.seekable(), f.isatty())
    with cls() as g:
        g.write(data[:4]); g.seek(0); print(g.getvalue(), g.read())
    print(g.closed)
    f.close()
    for name in ("read", "tell", "getvalue", "flush", "readable", "seekable", "isatty", "__enter__"):
        try:
            getattr(f, name)()
        except ValueError as e:
            print(cls.__name__, name, "ValueError:", e)
    try:
        f.write(data)
    except ValueError as e:
        print("write ValueError:", e)
    try:
        f.seek(0)
    except ValueError as e:
        print("seek ValueError:", e)
