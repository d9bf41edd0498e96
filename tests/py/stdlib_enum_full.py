from enum import Flag, IntFlag, auto, Enum, IntEnum, StrEnum, unique
class P(Flag):
    R = 4
    W = 2
    X = 1
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), list(P), list(P.R|P.X), ~P.R, repr(~P.R), len(P.R|P.W), P.R in P.R|P.W, bool(P(0)))
class Q(IntFlag):
    A = auto(); B = auto(); C = auto()
print(repr(Q.A|Q.C), str(Q.A|Q.C), Q.A|8, repr(Q.A|8), Q.A + 1, format(Q.B), f'{Q.B:>3}')
class C(Enum):
    RED = 1; GREEN = 2
print(repr(C.RED), str(C.RED), f'{C.RED}', format(C.RED, '>10'), C.RED in C, C(1), C['GREEN'], list(C), len(C), C.__members__)
class I(IntEnum):
    A = 1; B = 2
print(repr(I.A), str(I.A), f'{I.A}', I.A + 1, I.A == 1, I.A < I.B, sorted([I.B, I.A]), isinstance(I.A, int), hash(I.A) == hash(1), I(2))
class S(StrEnum):
    X = auto(); Y = 'why'
print(repr(S.X), str(S.X), S.X == 'x', S.Y.upper(), f'{S.Y}', S('why'))
try: C(3)
except ValueError as e: print(e)
try: C['Z']
except KeyError as e: print(repr(e))
try: C.RED < C.GREEN
except TypeError as e: print(e)
try: C.RED = 5
except AttributeError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.g, 2), Planet((3.303e+23, 2.4397e6)))
A = Enum('A', 'X Y Z'); print(list(A), A.X.value, repr(A.Y))
B = Enum('B', [('P', 5), ('Q', 7)]); print(list(B))
class Color(Enum):
    RED = 1
    CRIMSON = 1
    def describe(self): return self.name.lower()
    @classmethod
    def default(cls): return cls.RED
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), list(Color.__members__.keys()), Color.RED.describe(), Color.default())
print(C.RED.name, C.RED.value, C.RED._name_, type(C.RED), C, repr(C), isinstance(C.RED, C), C.RED == 1, hash(C.RED) == hash('RED'))
class Shape(int, Enum):
    SQ = 2
print(Shape.SQ, repr(Shape.SQ), Shape.SQ + 1, f'{Shape.SQ}')
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Mood(Enum):
    HAPPY = 'h'
    SAD = 's'
    @classmethod
    def _missing_(cls, value):
        return cls.HAPPY
print(Mood('zzz'), Mood.SAD.value, [m.name for m in Mood], Mood.HAPPY != Mood.SAD, {Mood.HAPPY: 1}[Mood.HAPPY])
class Ord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    ONE = 1, 'one'
    TWO = 2, 'two'
print(Ord(2), Ord.ONE.label, Ord.TWO.value)
class W(IntEnum):
    MON = auto()
    TUE = auto()
print(W.MON, W.TUE.value, list(W), W.MON.name, [int(x) for x in W], W(1) is W.MON, range(3)[W.TUE])
print(Q.A | Q.B, Q(3), Q.C & Q.A, bool(Q.C & Q.A), Q.A in (Q.A | Q.B), P.R ^ P.W, list(Q))
