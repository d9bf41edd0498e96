"""__length_hint__ of sequence iterators and operator.length_hint; a recursive __len__ through the hint is a RecursionError."""
class S:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
    def __len__(self): return 3
it = iter(S()); print(it.__length_hint__()); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
class N:
    def __getitem__(self, i): raise IndexError
print(iter(N()).__length_hint__())
import operator; print(operator.length_hint(iter(S())), operator.length_hint(iter(N()), 7))
holder = {}
class Evil:
    def __getitem__(self, index):
        if index == 0:
            return 0
        raise IndexError
    def __len__(self):
        return holder["it"].__length_hint__()
holder["it"] = iter(Evil())
try:
    print(holder["it"].__length_hint__())
except Exception as e:
    print(type(e).__name__, str(e)[:60])
