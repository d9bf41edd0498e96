def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__, first.__annotations__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
    def __repr__(self):
        return f"Box({self.item!r})"
b = Box(5)
print(b, b.get(), Box.__type_params__, Box[int], Box.__mro__, Box[int](7))
type Point = tuple[float, float]
print(Point, Point.__value__, Point.__name__, type(Point).__name__)
type Pair[K, V] = dict[K, V]
print(Pair.__type_params__, Pair[str, int])
class Stack[T: (int, str)]:
    pass
T = Stack.__type_params__[0]
print(T, T.__constraints__)
def f[*Ts, **P](x): return x
print(f.__type_params__, f(1))
class B[T: int = bool]:
    pass
print(B.__type_params__[0].__bound__, B.__type_params__[0].__default__)
from typing import TypeVar, Generic
U = TypeVar("U")
class Old(Generic[U]):
    pass
print(Old[int], Old.__parameters__, U)
