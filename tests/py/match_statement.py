from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | int():
            return f"number {v}"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "user", "name": name, **others}:
            return f"user {name} {others}"
        case {"k": _}:
            return "has k"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(r) as c:
            return f"circle {r} {type(c).__name__}"
        case None:
            return "none"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case _:
            return "other"
for v in [0, 2, -5, 3.5, 10, "hi", "x", [], [1], [1, 2], [1, 2, 3, 4], (7, 8, 9),
          {"type": "user", "name": "bo", "age": 3}, {"k": 1}, {"z": 1}, Point(0, 0), Point(0, 4), Point(2, 2),
          Point(1, 2), Circle(5), None, object]:
    print(describe(v))
def loop():
    out = []
    for cmd in ["go north", "look", "quit", "go"]:
        match cmd.split():
            case ["go", direction]:
                out.append(direction)
            case ["look"]:
                out.append("looking")
            case ["quit"]:
                break
            case _:
                out.append("?")
    return out
print(loop())
