from collections import Counter, defaultdict, OrderedDict, deque
import collections.abc as cabc
from collections.abc import Mapping, Sequence, Iterable, MutableMapping, Hashable, Callable, Sized, Iterator, Generator
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], isinstance(c, dict), c + Counter("ab"), c - Counter("aaaaa"), c & Counter("abz"), c | Counter("zz"), -Counter(a=-2), +Counter(a=-1, b=2))
c.update({"a": 10}); c.subtract("b"); print(c, c.total(), sorted(c.elements())[:5], Counter(a=1) == Counter(a=1, b=0), len(c))
dd = defaultdict(list); dd["x"].append(1); dd["y"]; print(dd, isinstance(dd, dict), dict(dd), dd.copy(), defaultdict(int, a=1))
od = OrderedDict(b=1, a=2); od["c"] = 3; od.move_to_end("b"); print(od, od.popitem(), od.popitem(last=False), od, OrderedDict(a=1) == OrderedDict(a=1), list(reversed(OrderedDict(x=1, y=2))))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance((), Sequence), isinstance("s", Sequence), isinstance({}, MutableMapping), isinstance(5, Hashable), isinstance([], Hashable))
print(isinstance(len, Callable), isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), issubclass(list, Iterable), isinstance(dd, Mapping), isinstance(c, MutableMapping))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m["a"], m.get("z", 0), list(m.keys()), list(m.items()), "a" in m, m == {"a": 1, "b": 2}, isinstance(m, Mapping), dict(m))
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq(); print(list(s), 10 in s, s.index(20), s.count(0), list(reversed(s)))
class Incomplete(Mapping): pass
try: Incomplete()
except TypeError as e: print(e)
import json
print(json.dumps(Counter("aab")), json.dumps(OrderedDict(z=1, a=2)), json.dumps(dd))
print(cabc.Set, issubclass(frozenset, cabc.Set), isinstance({1}.__iter__(), Iterator))
