"""bytearray slice assignment and deletion (plain and extended slices, bytes-like and int iterables, errors)."""
b = bytearray(4)
b[:] = b"1111"
print(b)
b[1:3] = b"xyz"
print(b)
b[::2] = [65, 66, 67]
print(b)
del b[1:3]
print(b)
b[0:0] = bytearray(b"--")
del b[::2]
print(b)
b[1:2] = memoryview(b"QQ")
b[len(b):] = range(97, 100)
print(b, len(b))
b[-2:] = b""
print(b)
for bad in [5, "ab", [300], [1.5]]:
    try:
        b[0:1] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b[::2] = b"x"
except ValueError as e:
    print(e)
b[::-1] = bytes(reversed(b))
print(b)
