from pprint import pprint, pformat, pp
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass
data = {"name": "weft", "versions": list(range(30)), "nested": {"z": [1, {"a": "b" * 30}], "a": (1, 2, 3) * 10}, "set": {3, 1, 2}}
pprint(data)
pprint(data, width=40)
pprint(list(range(50)), compact=True)
pprint({"b": 1, "a": 2})
pp({"b": 1, "a": 2})
print(pformat("x" * 100))
pprint(["long string " * 10, "short"])
pprint(OrderedDict((str(i), i) for i in range(12)))
pprint(defaultdict(list, {i: [i] * 5 for i in range(6)}))
pprint(Counter("the quick brown fox jumps over the lazy dog"))
pprint(deque(range(40)))
@dataclass
class P:
    name: str
    values: list
pprint(P("x" * 20, list(range(25))))
pprint(frozenset(range(30)))
pprint(tuple(range(40)), indent=4)
pprint({"k": b"bytes" * 30})
