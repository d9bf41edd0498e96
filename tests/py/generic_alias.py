print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int]([1, 2]), list[int] == list[int])
print(int | str, int | None, (int | str) | float, isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None))
def f(x: int | None = None, y: dict[str, int] | None = None) -> list[str]:
    return []
print(f.__annotations__)
class C: pass
print(C | None, list[C], int | C)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)
try:
    int[3]
except TypeError as e:
    print(e)
print(type(list[int]).__name__, type(int | str).__name__, (int | str) == (str | int))
