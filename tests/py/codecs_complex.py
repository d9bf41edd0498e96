for b, enc, err in [(b"\xff", "utf-8", "replace"), (b"\xe2\x82", "utf-8", "strict"), (b"a\x80b", "utf-8", "strict"), (b"\xc3\x28", "utf-8", "strict"), (b"\xe9", "ascii", "strict"), (b"\xe9", "ascii", "ignore"), (b"\xe9", "ascii", "backslashreplace"), (b"\xff\xfea\x00", "utf-16", "strict"), (b"a\x00", "utf-16-le", "strict"), (b"\x00a", "utf-16-be", "strict")]:
    try:
        print(repr(b.decode(enc, err)))
    except UnicodeDecodeError as e:
        print("UDE", e)
for s, enc, err in [("é€", "ascii", "strict"), ("é€x", "latin-1", "strict"), ("é€", "ascii", "xmlcharrefreplace"), ("é€", "ascii", "backslashreplace"), ("é", "ascii", "replace"), ("hé", "utf-16", "strict"), ("hé", "utf-32-be", "strict"), ("x", "nope", "strict")]:
    try:
        print(s.encode(enc, err))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xe9", encoding="latin-1"), bytes("é", "utf-8"), bytearray("ab", "ascii"), str(b"x\xff", "utf-8", "ignore"))
print(complex("1+2j"), complex(" (3-4J) "), complex("5j"), complex("-j"), complex("1e3"), complex(1, 2j), complex(2), complex(), complex(real=1.5), complex("1e-3+2e5j"))
for bad in ["1+", "j1", "1 + 2j", ""]:
    try: complex(bad)
    except ValueError as e: print(e)
