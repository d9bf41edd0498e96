"""zlib (compress/decompress in the zlib, raw and gzip formats, streaming objects, crc32/adler32, errors) and gzip (compress/decompress, GzipFile, gzip.open in binary and text mode; CPython 3.13 writes OS byte 255)."""
import zlib
data = b"hello hello hello world " * 50 + bytes(range(256))
c = zlib.compress(data)
print(len(c), c[:12].hex(), zlib.decompress(c) == data, zlib.compress(data, 9)[:8].hex(), zlib.compress(b"")[:8].hex())
for wbits in [15, -15, 31, 9]:
    z = zlib.compress(data, 6, wbits)
    print(wbits, len(z), z[:4].hex() if wbits != 31 else z[:3].hex(), zlib.decompress(z, wbits) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.crc32(b"hello world"), zlib.crc32(b"hello world", 555555), zlib.adler32(b"hello world"), zlib.adler32(b"abc", 5), zlib.crc32(b""))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[:100]), co.compress(data[100:]), co.flush()]
raw = b"".join(parts)
print(len(raw), raw == zlib.compress(data, 9, -15))
do = zlib.decompressobj(-15)
out = do.decompress(raw[:50]) + do.decompress(raw[50:] + b"EXTRA")
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do2 = zlib.decompressobj()
first = do2.decompress(c, 100)
print(len(first), len(do2.unconsumed_tail) > 0)
for bad in [b"not zlib", c[:20]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
co = zlib.compressobj(); s1 = co.compress(b"abc"); s2 = co.flush(zlib.Z_SYNC_FLUSH); print(s2[-4:].hex(), len(s1 + s2 + co.flush()))
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.error.__module__, issubclass(zlib.error, Exception))
import gzip, io, os, tempfile
data = b"line one\nline two\n" * 100
c = gzip.compress(data, mtime=0)
print(len(c), c[:10].hex(), c[-8:].hex(), gzip.decompress(c) == data, gzip.decompress(c + gzip.compress(b"more", mtime=0)) [-10:])
print(gzip.compress(b"x", 1, mtime=5)[:10].hex(), gzip.compress(b"", mtime=0).hex())
p = os.path.join(tempfile.mkdtemp(), "f.txt.gz")
with gzip.open(p, "wb") as f:
    f.write(data)
with gzip.open(p, "rb") as f:
    print(f.readline(), len(f.read()))
with gzip.open(p, "rt", encoding="utf-8") as f:
    print([next(f) for _ in range(2)])
with open(p, "rb") as f:
    raw = f.read()
print(raw[:3].hex(), raw[3] & 8, b"f.txt\x00" in raw[:20])
with gzip.open(p, "wt") as f:
    f.write("text ü\n")
print(gzip.open(p, "rt").read())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"abc")
print(buf.getvalue().hex())
for bad in [b"not gzip", c[:-4]]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
