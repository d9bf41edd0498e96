"""base64 Base85 and Ascii85: encodings, padding, folding, Adobe framing, decode errors."""
import base64
for data in [b'', b'a', b'hello', b'hello!!!', b'\x00\x00\x00\x00', b'    xyz', bytes(range(256))]:
    e1, e2, e3 = base64.b85encode(data), base64.a85encode(data), base64.a85encode(data, foldspaces=True, wrapcol=10, adobe=True)
    e4 = base64.b85encode(data, pad=True)
    print(e1[:40], e2[:40], e3[:50], e4[-5:])
    assert base64.b85decode(e1) == data and base64.a85decode(e2) == data and base64.a85decode(e3, foldspaces=True, adobe=True) == data
try: base64.b85decode(b'\x00abc')
except ValueError as e: print(e)
try: base64.a85decode(b'{{{')
except ValueError as e: print(e)
