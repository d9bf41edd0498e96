import struct
print(struct.pack("<i", 1), struct.pack(">hH", -2, 65535), struct.pack("!I", 1), struct.pack("<q", -1), struct.pack("<d", 1.5), struct.pack("<f", 0.1), struct.pack("<e", 1.0))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">hH", b"\xff\xfe\xff\xff"), struct.unpack("<d", struct.pack("<d", 3.14)), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("@bq"), struct.calcsize("5s2x?"), struct.calcsize("ci"))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.unpack("3sc?", b"xyzq\x01"), struct.pack("<2h", 1, 2), struct.pack("p", b"") if False else "")
s = struct.Struct("<HI"); print(s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), s.format)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.unpack_from("<h", b"\x00\x01\x00", 1))
ba = bytearray(6); struct.pack_into("<hi", ba, 0, 7, 8) if False else None
for bad in [("<b", 200), ("<B", -1), ("<h", 40000), ("<i", "x"), ("<zz", 1)]:
    try: struct.pack(*bad)
    except struct.error as e: print("error:", e)
try: struct.unpack("<i", b"\x00")
except struct.error as e: print("error:", e)
try: struct.pack("<ii", 1)
except struct.error as e: print("error:", e)
print(struct.pack("<?", True), struct.pack("<Q", 2**64 - 1), struct.unpack("<Q", b"\xff" * 8), struct.unpack(">e", struct.pack(">e", 65504.0)))
print(struct.calcsize("?0q"), struct.calcsize("p0ec"), struct.pack("@B0q", 255), struct.calcsize("<B0q"), struct.calcsize("b0i0h"))
