"""The cp1252 and iso-8859-15 code pages: round trips, undefined bytes, charmap errors and error handlers."""
s = "€ Š œ é Ÿ"
for enc in ["cp1252", "windows-1252", "iso-8859-15", "latin9"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(bytes(range(0x80, 0xa0)).decode("cp1252", "replace"), b"\x81".decode("cp1252", "backslashreplace"))
for bad in [lambda: "\u0101".encode("cp1252"), lambda: b"\x81".decode("cp1252"), lambda: "“".encode("iso-8859-15")]:
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, e)
print("Ā x".encode("cp1252", "xmlcharrefreplace"), "Ā".encode("cp1252", "ignore"))
