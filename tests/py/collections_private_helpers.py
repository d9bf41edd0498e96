"""_collections helpers: _count_elements over any mapping, _tuplegetter descriptors (picklable)."""
from collections import Counter, OrderedDict, defaultdict, namedtuple
from _collections import _count_elements, _tuplegetter
import pickle
Point = namedtuple("Point", "x y")
print(pickle.loads(pickle.dumps(Point.y)).__get__((5, 6)))
try:
    _tuplegetter(3, None).__get__((1, 2))
except IndexError as e:
    print("IndexError", e)
counts = {}
_count_elements(counts, "abca"); print(counts)
ordered = OrderedDict(); _count_elements(ordered, "bab"); print(list(ordered.items()))
factory = defaultdict(lambda: 100); _count_elements(factory, "a"); print(factory == {"a": 1})
class Scaled(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)
scaled = Scaled(); _count_elements(scaled, "aab"); print(scaled)
try:
    _count_elements([], "a")
except AttributeError as e:
    print("AttributeError", e)
