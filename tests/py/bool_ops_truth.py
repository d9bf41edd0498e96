"""bool & | ^ bool is a bool; truth from __len__ checks the result as len() does."""
x = False; y = True; print(x | y, x & y, x ^ y, True | 2, x.__or__(y), y.__rxor__(False), type(True & True).__name__)
b = True; b |= False; print(b, type(b).__name__)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in (0, 3, -1, 2**70, 1.5, "x"):
    try: print(bool(L(n)))
    except Exception as e: print(type(e).__name__, e)
