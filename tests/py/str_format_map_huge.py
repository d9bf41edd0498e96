"""str: format_map with any mapping (looked up lazily, __missing__), identity of s * 1, huge widths and repetitions are MemoryError/OverflowError (never an abort), n-format, removeprefix/removesuffix types."""
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
t(1, lambda: ("가나다a".islower(), "가나다A".isupper(), "ジョジョ".isupper()))
t(2, lambda: "{x} {y}".format_map("foo"))
t(3, lambda: "{x} {y}".format_map(["foo"]))
t(4, lambda: "{x} {y}".format_map())
t(5, lambda: "{x} {y}".format_map("foo", "bar"))
t(6, lambda: "{x} {y}".format_map({"x": 1}))
t(7, lambda: "{{literal}}".format_map("foo"))
t(8, lambda: (f"{5.0:04f}", f"{1.0:+}", f"--{1.0:d^5}--", f"{1234567890.1234:_.2f}"))
t(9, lambda: f"{5.0:04d}")
t(10, lambda: f"{10.0:%3}")
t(11, lambda: ("{:n}".format(999999.1234), "{:n}".format(-1000000.1234), "{:.11n}".format(1000000.1234), "{:0n}".format(-1000000.1234), "{:-1n}".format(-1000000.1234)))
t(12, lambda: "{:N}".format(999999.1234))
t(13, lambda: ("😱foobarfoo🖖".removeprefix("😱fo"), "😱foobarfoo🖖".removesuffix("oo🖖")))
t(14, lambda: "0123".removeprefix(0))
t(15, lambda: "0123".removesuffix(["6"]))
a = "abc123()"
t(16, lambda: (id(a) == id(a * 1), id(a) == id(1 * a), id(a) != id(a * 0)))
class MyString(str): pass
b = MyString("0123abc*&")
t(17, lambda: (id(b) != id(b * 1), id(b) != id(1 * b), type(b * 1).__name__))
for meth in ("center", "ljust", "rjust", "zfill"):
    t(meth, lambda: getattr("a", meth)(1 << 62))
t(18, lambda: "\ta".expandtabs(1 << 62))
t(19, lambda: "\ta".expandtabs(2**31))
t(20, lambda: "\ta".expandtabs(2**31 - 1)[-1] if False else 0)
t(21, lambda: [1, 2] * (1 << 62))
t(22, lambda: "ab" * (1 << 62))
t(23, lambda: b"ab" * (1 << 62))
t(24, lambda: (1, 2) * (1 << 62))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} {x[0]} {y.real}".format_map(Default(name="Ann", x=[7], y=3)))
class Lazy:
    def __getitem__(self, k):
        return k.upper()
print("{a}-{bc}".format_map(Lazy()))
print("{0}".format_map({}) if False else "skip")
