"""Container methods that take no arguments refuse them instead of acting (dict.popitem, list.reverse, set.pop, ...); a set looked up in a set stands for its frozenset; index() start/stop arguments accept __index__ and clamp huge values."""
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
d = {"a": 1, "b": 2}
t(lambda: d.popitem([1])); print(d); t(lambda: d.copy(0)); t(lambda: d.keys(1)); t(lambda: d.items(x=1)); t(lambda: d.clear(None)); print(d)
l = [3, 1, 2]
t(lambda: l.reverse((1, 2))); print(l); t(lambda: l.clear(1)); print(l); t(lambda: l.copy(k=2))
s = {1, 2}
t(lambda: s.pop(1)); print(s); t(lambda: s.clear(0)); t(lambda: s.copy(1)); t(lambda: frozenset().copy(1))
s2 = {frozenset({1}), 3}
print({1} in s2, {2} in s2, s2.discard({1}), s2)
try: s2.remove({5})
except KeyError as e: print("KeyError", e)
class I:
    def __index__(self): return 1
print([5, 6, 5].index(5, I()), (5, 6, 5).index(5, 1, 2**80), [1, 2].index(2, -2**80))
t(lambda: [1].index(1, "a")); t(lambda: (1,).index(1, None)); t(lambda: (1,).index(1, 0, 1.5))
