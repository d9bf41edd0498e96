class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
s.label = "mine"
print(s, len(s), s.peek(), s.label, isinstance(s, list), list(s), s[0:2], 2 in s, bool(Stack()))
for x in s:
    print(x, end=" ")
print()
class Default(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
d = Default(list, a=[1])
d["b"].append(2)
print(d, sorted(d.keys()), len(d), "a" in d, d.factory.__name__, isinstance(d, dict))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
print(u, u == {"X": 1})
class Counted(list):
    def __len__(self):
        return 42
print(len(Counted([1])), bool(Counted()))
class Sorted(list):
    def __init__(self, it):
        super().__init__(sorted(it))
print(Sorted([3, 1, 2]), Sorted("cab") + ["z"])
