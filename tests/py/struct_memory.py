"""struct: formats larger than memory raise MemoryError; non-ASCII formats are ValueError; Struct subclasses and re-initialisation."""
import struct
try:
    struct.pack("%dx" % (2**60))
except MemoryError:
    print("MemoryError")
for bad in ("\u00e9", b"\xff"):
    try:
        struct.Struct(bad)
    except ValueError as e:
        print("ValueError", e)
s = struct.Struct(">h")
s.__init__(">hh")
print(s.format, s.size, s.pack(1, 2))
try:
    s.__init__("$")
except struct.error as e:
    print("error", e)
print(s.format, s.size)
class BigShort(struct.Struct):
    def __init__(self):
        super().__init__(">h")
print(BigShort().pack(12345))
