"""sys.intern makes equal strings one object; pickle memoizes repeated module names as CPython does."""
import sys
a = sys.intern("built" + "ins"); b = sys.intern("bu" + "iltins"); print(a is b, a == 'builtins')
class S(str): pass
for x in [S('q'), 3, b'x']:
    try: sys.intern(x)
    except TypeError as e: print(e)
import pickle; print(pickle.dumps((range(3), complex(1,2), range(1)), 4))
import pickle; print(pickle.dumps((range(3), complex(1,2), range(1)), 4)); print(pickle.dumps([1, "a", 2.5, None, True, (1,)])); print(pickle.dumps({"k": [1, 2]}, 0))
