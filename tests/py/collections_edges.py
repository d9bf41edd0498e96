"""collections: deque operations and limits, reentrant repr, namedtuple field descriptors and options, Counter arithmetic, OrderedDict ordering, defaultdict."""
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
d = deque([0, 1, 2]); d.append(1); d.appendleft(3)
t(1, lambda: (d, d <= deque([4]), d.copy() is not d))
d = deque([1, 2, 3], 5); d.extend([4, 5, 6]); d.remove(4)
t(2, lambda: (d, deque([1, 2, 3]) * 2, deque([1, 2, 3], 4) * 2, deque(maxlen=3) == deque(), deque([1, 2, 3, 4], maxlen=2)))
class BadRepr:
    def __repr__(self):
        self.d.pop()
        return ""
b = BadRepr(); d = deque([1, b, 2]); b.d = d
t(3, lambda: repr(d))
Point = namedtuple("Point", "x y")
p = Point(1, 2)
t(4, lambda: (type(Point.x).__name__, repr(Point.x), Point.x.__get__(None, Point) is Point.x, Point.y.__get__((5, 6))))
t(5, lambda: Point.x.__get__([1, 2]))
def setx(): p.x = 3
def delx(): del p.x
t(6, setx)
t(7, delx)
Point.x.__doc__ = "The x-coordinate"
t(8, lambda: repr(Point.x))
t(9, lambda: Counter("abracadabra").most_common(1))
t(10, lambda: (d.rotate(1), d, d.index(2) if 2 in d else None, deque("abc").count("a"), d.maxlen, deque([1], 2).maxlen))
t(11, lambda: (deque([1,2,3])[1], deque([1,2,3])[-1], 2 in deque([1,2]), list(reversed(deque([1,2,3])))))
t(12, lambda: deque([1])[5])
dq = deque([1, 2, 3]); dq.insert(1, 9); del dq[0]
t(13, lambda: (dq, dq + deque([7]), dq * 0, dq.pop(), dq.popleft(), dq))
t(14, lambda: deque().pop())
t(15, lambda: deque().popleft())
t(16, lambda: deque([1], maxlen=-1))
dq = deque(range(5)); dq.rotate(-2); dq.extendleft([10, 11])
t(17, lambda: (dq, str(deque([1], 3)), repr(deque([], 0))))
t(18, lambda: deque([1, 2]) == [1, 2])
t(19, lambda: hash(deque()))
t(20, lambda: (Counter(a=3, b=1) - Counter(a=1), Counter(a=1) + Counter(a=2, c=-1), Counter("aab") & Counter("ab"), Counter("a") | Counter("aa"), +Counter(a=-1, b=2), -Counter(a=-1)))
c = Counter("hello"); c.update("ll"); c.subtract("h")
t(21, lambda: (c, sorted(c.elements()), c.total(), c["zz"], Counter("ab") == Counter("ba"), Counter(a=0) == Counter()))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); od.move_to_end("c", last=False)
t(22, lambda: (od, od.popitem(), od.popitem(last=False), od, OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1)))
dd = defaultdict(list); dd["a"].append(1)
t(23, lambda: (dd, dd.default_factory, repr(defaultdict()), defaultdict(int)["x"], "x" in dd))
t(24, lambda: defaultdict()["missing"])
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[2, 3])
t(25, lambda: (P3(1), P3._fields, P3._field_defaults, P3(1)._asdict(), P3._make([4, 5, 6]), P3(1)._replace(c=9)))
t(26, lambda: namedtuple("X", "a a"))
t(27, lambda: namedtuple("X", "a def"))
t(28, lambda: namedtuple("X", "a _b", rename=True)._fields)
t(29, lambda: P3(1, 2, 3, 4))
t(30, lambda: P3(1, d=5))
P=namedtuple("P","x")
p=P(1)
try: p.x = 3
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
try: p.y = 3
except AttributeError as e: print(e)
