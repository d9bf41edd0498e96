"""Subclasses of bytearray: construction through __init__, repr with the class name, attributes, in-place operators, methods returning bytearray, copy and pickle; bytes membership with any bytes-like needle."""
class B(bytearray):
    pass
print(repr(B()), repr(B([0, 1, 9, 10, 255])), repr(B(b"abcd")), B(b"ab") == b"ab", len(B(3)), bool(B()), list(B(b"xy")))
b = B(b"hello"); b.tag = 1
b += b"!"; b.append(33); b[0] = 72; del b[1]
print(b, type(b).__name__, b.tag, vars(b), b.upper(), type(b.upper()).__name__, b[1:3], type(b[1:3]).__name__, b"l" in b, b.find(b"l"))
class Named(bytearray):
    def __init__(self, data, name):
        super().__init__(data)
        self.name = name
n = Named(b"xyz", "n")
print(n, n.name, n.decode(), bytes(n), n * 2, type(n * 2).__name__)
print(B("é", "utf-8"), isinstance(b, bytearray), B.__mro__)
import pickle, copy
print(copy.copy(b), type(copy.copy(b)).__name__)
print(pickle.loads(pickle.dumps(B(b"pq"))), type(pickle.loads(pickle.dumps(B(b"pq")))).__name__)
print(b"ab" in bytearray(b"abcd"), 97 in bytearray(b"a"), bytearray(b"b") in b"abc", memoryview(b"b") in b"abc", b"" in bytearray())
