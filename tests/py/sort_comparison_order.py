"""list.sort on short lists makes CPython 3.13's comparisons in CPython's order (count_run with tie-extended descending runs, then binary insertion): the __lt__ calls a key class sees, and the pair a failed comparison names."""
import random
class K:
    calls = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls.append((self.v, o.v)); return self.v < o.v
    def __repr__(self): return f"K({self.v})"
random.seed(3)
for n in (0, 1, 2, 3, 5, 8, 20, 40):
    for trial in range(3):
        xs = [K(random.randint(0, 6)) for _ in range(n)]
        K.calls = []
        r = sorted(xs)
        print(n, [k.v for k in r], len(K.calls), K.calls[:12])
        K.calls = []
        r = sorted(xs, reverse=True)
        print(n, [k.v for k in r], len(K.calls), K.calls[:12])
for l in ([3, 2, 3, 4, 1], [5, 5, 4, 4, 3], [1, 1, 1], [2, 1, 1, 0, 3, 3]):
    ks = [K(v) for v in l]; K.calls = []; sorted(ks); print(l, K.calls)
for l in ([1.5, 1, "b"], [True, -1, (1, 2)], [3, "a", 2.5], [1, 2, "x", 0]):
    try: sorted(l)
    except TypeError as e: print(e)
