"""object.__getstate__ (dict, slots, empty), super().__getstate__() in a custom __getstate__, with copy and pickle; object.__sizeof__."""
class A:
    def __init__(self): self.x = 1
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class E: pass
class Custom:
    def __init__(self): self.x = 1; self.cache = 2
    def __getstate__(self):
        st = super().__getstate__().copy()
        del st["cache"]
        return st
print(A().__getstate__(), S().__getstate__(), E().__getstate__(), object().__getstate__(), Custom().__getstate__())
import copy, pickle
c = copy.deepcopy(Custom()); print(vars(c))
print(pickle.loads(pickle.dumps(S())).a, type(object().__sizeof__()).__name__)
