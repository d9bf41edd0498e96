"""bytearray compares by content with bytes and bytearray."""
a=bytearray(b"xy")
print(a==bytearray(b"xy"), a==b"xy", b"xy"==a, a<bytearray(b"z"), a!=bytearray(b"xy"), bytearray()==bytearray())
