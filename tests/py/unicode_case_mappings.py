"""str.casefold with every full case fold that differs from lower-casing (µ, ſ, ŉ, ǰ, Greek finals and iotas, ligatures), and str.title/capitalize with title cases that differ from upper-casing (digraphs, ligatures, Greek with ypogegrammeni, Georgian letters that title-case to themselves)."""
chars = "µſŉǰΐΰϐϑϕϖϰϱϵẖẗẘẙẚẞᾀᾈῼﬀﬁﬂﬃﬄﬅﬆﬓǄǅǆǇǈǉǊǋǌǱǲǳßİΣςჯაბ"
for c in chars:
    s = c + "x" + c
    print(hex(ord(c)), ascii(c.casefold()), ascii(c.lower()), ascii(c.upper()), ascii(s.title()), ascii(s.capitalize()), ascii(c.swapcase()))
print(ascii("STRASSE straße ΣΊΣΥΦΟΣ ﬁne".casefold()), "Straße".casefold() == "STRASSE".casefold(), ascii("ǆemal ǉubljana".title()), ascii("ᾳ ῳ".title()))
