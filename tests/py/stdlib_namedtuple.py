from collections import namedtuple
P = namedtuple('P', 'x y', defaults=[5])
print(P.__new__.__name__, P.__new__.__qualname__, P.__new__.__defaults__, P._field_defaults, P.__slots__, P.__doc__, P.x.__doc__, P._fields, P.__module__)
try: P()
except TypeError as e: print(e)
try: P(1,2,3)
except TypeError as e: print(e)
try: P(1,z=2)
except TypeError as e: print(e)
p=P(1); print(p, p._replace(x=3), p._asdict(), P._make([7,8]), p.x, p[0], p==(1,5), isinstance(p, tuple), hash(p)==hash((1,5)))
try: p._replace(z=1)
except ValueError as e: print(e)
try: p.x = 3
except AttributeError as e: print(e)
try: namedtuple('Q', 'a a')
except ValueError as e: print(e)
try: namedtuple('Q', 'a def')
except ValueError as e: print(e)
try: namedtuple('Q', 'a _b')
except ValueError as e: print(e)
print(namedtuple('Q', 'a def _c a', rename=True)._fields)
x, y = p; print(x, y, len(p), p + (1,), p[::-1], sorted([P(2,1), P(1,2)]), max(P(1,1), P(0, 9)))
class Pt(namedtuple('Pt', 'a b')):
    __slots__ = ()
    @property
    def total(self): return self.a + self.b
    def __str__(self): return 'Pt %d' % self.total
print(Pt(1, 2), repr(Pt(3, 4)), Pt(1, 2).total, Pt._make([5, 6]))
match P(1, 2):
    case P(x=1, y=yy): print("matched", yy)
match P(3, 4):
    case P(a, b): print("pos", a, b)
import json
print(json.dumps(P(1, 2)), dict(a=P(1, 2)), {P(1, 2): 'v'}[(1, 2)])
