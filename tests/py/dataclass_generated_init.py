"""The generated dataclass __init__: signature, argument errors, __setattr__, frozen, InitVar, slots, inheritance."""
from dataclasses import dataclass, field, InitVar
@dataclass(frozen=True)
class F:
    a: int
    b: InitVar[int] = 2
    c: int = field(init=False, default=7)
    d: list = field(init=False, default_factory=list)
    def __post_init__(self, b):
        object.__setattr__(self, 'a', self.a + b)
f = F(1); print(f, f.c, f.d, F.c)
@dataclass
class G:
    self: int
    x: int = 1
print(G(5), G(self=3, x=4))
@dataclass
class H:
    x: int
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v)
H(3)
@dataclass(slots=True)
class S:
    a: int
    b: list = field(default_factory=list)
print(S(1), S(2, [3]))
import inspect
print(inspect.signature(F), inspect.signature(S))
@dataclass
class Base:
    a: int = 1
@dataclass
class Der(Base):
    b: int = 2
print(Der(), Der(5, 6), inspect.signature(Der))
try: Der(1, 2, 3)
except TypeError as e: print(e)
try: Der(c=1)
except TypeError as e: print(e)
@dataclass
class T:
    a: int
    b: int
try: T(1)
except TypeError as e: print(e)
try: T()
except TypeError as e: print(e)
