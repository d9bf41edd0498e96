"""Parsing numbers and source: Unicode digits in int() with any base, complex() string errors (underscore check vs malformed), eval() skipping leading blanks, invalid non-ASCII characters in source reported before bracket errors (no crash on a multi-byte character), SyntaxError text of eval sources."""
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
t(lambda: int("٣1f", 16)); t(lambda: int("0o1_0٣", 0)); t(lambda: int("\u2003٣٣\u2003", 10)); t(lambda: int("٣x", 16))
for s in ["1_0e", "_.-9", "__", "1__0", "(", "", "1+2j", " (1+2j) ", "1_0+2_0j", "0x1_0"]:
    t(lambda: complex(s))
for s in [" ٣", "٣)", "a0b(٣", "x = 5 € 3", "  1 + 2", "\t3*3", "'€' + '٣'", "# ٣\n1"]:
    t(lambda: eval(s))
    try: eval(s)
    except SyntaxError as e: print(" ", e.msg, e.lineno, e.offset, repr(e.text))
