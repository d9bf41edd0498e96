"""format() argument checks and object.__format__ with non-empty specs."""
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
t(1, lambda: format(2, 3))
t(2, lambda: format({}))
t(3, lambda: format({}, "b"))
class BadFormat:
    def __format__(self, spec): return 42
t(4, lambda: format(BadFormat()))
t(5, lambda: f"{BadFormat()}")
t(6, lambda: (f"{0x1f5a5:c}", "{0:{base}}".format(15, base="X"), f"{512:0^+#10x}", f"{255:+#010_x}", f"{123.456:+011,}"))
t(7, lambda: format(object(), "x"))
t(8, lambda: "{:x}".format(object()))
t(9, lambda: (format(None), format(None, ""), format([1], "")))
t(10, lambda: format(None, "s"))
