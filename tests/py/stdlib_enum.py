from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name} is {self.value}"
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), len(Color), Color.RED.describe())
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED in Color, isinstance(Color.RED, Color))
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Pri.LOW < Pri.HIGH, Pri.HIGH == 2, sorted([Pri.HIGH, Pri.LOW]), Pri(2).name)
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value, {c: c.value for c in Color}[Color.BLUE])
try:
    Color(7)
except ValueError as e:
    print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print((Perm.R | Perm.W).value, Perm.R in (Perm.R | Perm.W), bool(Perm.R & Perm.X))
print(Color.__members__.keys() if False else [m.name for m in Color], Color.RED.__class__.__name__)
