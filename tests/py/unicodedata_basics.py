"""unicodedata: category, name/lookup, normalize/is_normalized, bidirectional, combining, east_asian_width, decimal/digit/numeric, decomposition, errors."""
import unicodedata as u
for c in "aA1 ½Ⅻ一é\u0301€😀\u2028\t\u00ad_(«中ｱＡ":
    print(repr(c), u.category(c), u.name(c, "?"), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
print(u.lookup("LATIN SMALL LETTER A"), u.lookup("snowman"), u.name("\uac00"), u.name("\u4e00"))
s = "Cafe\u0301 ﬁ ①"
for f in ["NFC", "NFD", "NFKC", "NFKD"]:
    print(f, ascii(u.normalize(f, s)), u.is_normalized(f, s))
print(u.decomposition("é"), u.decomposition("ǖ"), repr(u.decomposition("a")))
for bad in [lambda: u.category("ab"), lambda: u.category(5), lambda: u.name("\x00"), lambda: u.lookup("NOPE NOPE"), lambda: u.normalize("NFX", "a"), lambda: u.decimal("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("mirrored", [u.mirrored(c) for c in "()<>[]{}a«»∈≤+"], sum(u.mirrored(chr(c)) for c in range(0x3000)))
