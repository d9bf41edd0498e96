# bytes %-formatting (PEP 461): %s/%b, %r/%a, %c, mappings with bytes keys, errors; bytearray insert/remove/copy.
print(b"%d-%s" % (1, b"x"), b"%5.2f|%x|%c|%c" % (3.14159, 255, 65, b"z"), b"%r %a" % ("é", b"q"), bytearray(b"%s!") % (b"ab",), b"%(k)s" % {b"k": b"v"}, b"%b %%" % bytearray(b"y"))
for bad in [lambda: b"%s" % "str", lambda: b"%c" % 300, lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2)]:
    try: print(bad())
    except (TypeError, OverflowError, ValueError) as e: print(type(e).__name__, e)
b = bytearray(b'abc'); b.insert(-1, 120); b.insert(100, 121); b.remove(97); c = b.copy(); c.append(1); print(b, c)
try: b.remove(50)
except ValueError as e: print(e)
