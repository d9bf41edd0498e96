from dataclasses import dataclass, field, asdict
from typing import List, Optional, Dict
from abc import ABC, abstractmethod
import os, os.path
@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
p = Point(1, 2); p.tags.append("a")
print(p, p == Point(1, 2, ["a"]), asdict(p), Point(5))
print(sorted([Version(1, 2), Version(1, 0)]), Version(1, 0) < Version(2, 0), hash(Version(1, 1)) == hash(Version(1, 1)))
try:
    Version(1, 2).major = 3
except Exception as e:
    print(type(e).__name__, e)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area(), isinstance(Sq(1), Shape))
try:
    Shape()
except TypeError as e:
    print(e)
def f(x: int, y: Optional[Dict[str, int]] = None) -> List[int]:
    return [x]
print(f(3), os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b"), os.path.dirname("/a/b"))
print(type(os.getpid()).__name__, os.cpu_count() >= 1, os.sep, "PATH" in os.environ)
