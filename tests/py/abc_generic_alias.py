"""collections.abc generics (Callable[[...], R], Iterable[T], ...), types.GenericAlias construction, __origin__/__args__/__parameters__."""
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TypeVar
import types
T = TypeVar("T")
def f(fn: Callable[[], Awaitable[T]], on_abort: Callable[[], None] | None = None) -> T:
    pass
print(bool | Callable[[int], int])
print(Callable[[int, str], float], Callable[..., int], Iterable[int], Mapping[str, int], Sequence[list[int]])
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(Iterable[int].__origin__, Iterable[int].__args__)
print(f.__annotations__['on_abort'])
import typing
T = typing.TypeVar("T")
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, dict[str, list[T]].__parameters__, (int | str).__args__)
