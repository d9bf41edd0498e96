"""str predicates over the Unicode categories: isalpha, isdecimal, isdigit, isnumeric, isalnum, isprintable, isidentifier on characters whose properties are the same in Unicode 14 and 16."""
samples = "aZ_ 9٣߂५๓¹²³½¼Ⅻ①⑩一十百\u00ad\u200b\u2028\u0378\ue000\U0001f600é\u0301ǅꙀ𝟙ᛮ〇"
for c in samples:
    print(hex(ord(c)), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isprintable(), c.isidentifier(), ("a" + c).isidentifier())
print("Straße".isidentifier(), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢".isidentifier(), "x·y".isidentifier(), "·x".isidentifier(), "٣٤".isdecimal(), int("٣٤") + 1, float("१.५"))
print("abc\u200b".isprintable(), "tab\t".isprintable(), "".isprintable(), "½".isdigit(), "²".isdecimal())
