"""bytearray mutators refuse extra arguments instead of acting (clear, reverse, pop with two arguments), copy's qualified message, extend with a non-iterable."""
def t(f, b):
    try: r = f(b)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(repr(r), b)
t(lambda b: b.clear(1), bytearray(b"ab")); t(lambda b: b.reverse(5, 6), bytearray(b"ab")); t(lambda b: b.pop(0, 1), bytearray(b"ab")); t(lambda b: b.pop(-300), bytearray(b"ab"))
t(lambda b: b.copy(1), bytearray(b"ab")); t(lambda b: b.extend(None), bytearray(b"ab")); t(lambda b: b.extend(5), bytearray(b"ab")); t(lambda b: b.extend([1, 300]), bytearray(b"ab")); t(lambda b: b.extend(iter([65])), bytearray(b"ab"))
t(lambda b: b.pop(), bytearray(b"ab")); t(lambda b: b.pop(x=1), bytearray(b"ab")); t(lambda b: b.clear(), bytearray(b"ab")); t(lambda b: b.reverse(), bytearray(b"abc"))
