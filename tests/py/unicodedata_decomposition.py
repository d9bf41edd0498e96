"""unicodedata.decomposition for canonical and compatibility mappings (with their tags), one level deep; normalize in all four forms; numeric values of Unihan numerals."""
import unicodedata as u
for ch in "ﬁé½ǖ가\u3000①ｶ™x²Åẛ\u1e9b\u0323Ⅻ㐅":
    print(hex(ord(ch)), repr(u.decomposition(ch)), ascii(u.normalize("NFKC", ch)), ascii(u.normalize("NFKD", ch)), ascii(u.normalize("NFD", ch)), u.numeric(ch, None))
n = sum(1 for cp in range(0x30000) if not 0xd800 <= cp < 0xe000 and u.decomposition(chr(cp)).startswith("<compat>"))
print(n)
