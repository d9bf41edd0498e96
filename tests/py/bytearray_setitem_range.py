"""bytearray item assignment checks the byte range and converts through __index__; array item range errors; dataclasses KW_ONLY sentinel type name."""
b = bytearray(b"abc")
for k, v in ((5, 300), (0, "x"), (-1, 65), (0, 2**70), (1, True)):
    try: b[k] = v; print(b)
    except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 66
b[0] = I(); print(b)
import array
a = array.array("B", [1, 2])
try: a[0] = 300
except Exception as e: print(type(e).__name__, e)
a2 = array.array("b", [1])
try: a2[0] = 200
except Exception as e: print(type(e).__name__, e)
try: a2.append(1.5)
except Exception as e: print(type(e).__name__, e)
try: array.array("i", [1]).append(2**40)
except Exception as e: print(type(e).__name__, e)
import dataclasses; print(type(dataclasses.KW_ONLY).__name__)
