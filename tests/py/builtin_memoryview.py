# memoryview over bytes and bytearray: indexing, slicing, assignment, cast, tolist/tobytes/hex, release, errors; bytes.hex separators.
m = memoryview(b"hello")
print(m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), m.tolist(), len(m), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m == b"hello", m == memoryview(b"hello"), m != b"x", m.obj is not None, m.hex(), m.hex(':'))
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = ord('z'); v[1:3] = b"XY"; print(ba)
v2 = v[::2]; print(v2.tolist(), v2.strides, v2.contiguous)
v2[0] = 65; print(ba)
for bad in [lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 300), lambda: v.__setitem__(0, 'a'), lambda: v.__setitem__(slice(0, 2), b'abc'), lambda: v[10], lambda: memoryview(5), lambda: v.__delitem__(0), lambda: v['a'], lambda: hash(v), lambda: len(v.cast("H"))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
c = memoryview(bytearray(range(8))).cast('I'); print(c.tolist(), c.format, c.itemsize, len(c), c.nbytes)
c[0] = 2**32 - 1; print(c.obj)
print(memoryview(b'\x00\x00\x80?').cast('f')[0], memoryview(bytes(8)).cast('d').tolist(), memoryview(b'ab').cast('c').tolist())
print(hash(m) == hash(b"hello"), list(m), b"".join([m, b"!"]), b"x" + m, bytearray(m), m.tobytes().decode(), str(m, 'ascii'))
with memoryview(b"abc") as r:
    print(r[1])
print("released")
try: r[0]
except ValueError as e: print(e)
print(repr(r).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
print(isinstance(m, memoryview), type(m).__name__, memoryview(m).tolist())
import struct
print(struct.unpack('<H', memoryview(b'\x01\x02')))
print(memoryview(b'abc').toreadonly().readonly, memoryview(bytearray(4)).cast('B', (4,)).shape)
b = bytes(range(250, 256))
for args in [(), (':',), ('-', 2), ('-', -2), (b'_', 4), (':', -4)]:
    print(b.hex(*args), bytearray(b).hex(*args), memoryview(b).hex(*args))
for bad in [('ab',), (1,), ('é',)]:
    try: b.hex(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
