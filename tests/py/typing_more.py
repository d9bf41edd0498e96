"""typing: NamedTuple, TypedDict, Union/Optional normalisation and reprs, aliases of builtin generics, runtime-checkable protocols, get_type_hints/get_origin/get_args."""
from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Any, Callable, TypeVar, Generic, Protocol, Literal, get_type_hints, overload, cast, Final, Tuple, Iterable, runtime_checkable
import typing
class Pt(NamedTuple):
    x: int
    y: int = 0
p = Pt(1)
print(p, p._asdict(), p._replace(y=3), Pt._fields, Pt._field_defaults, p.x, Pt.__annotations__)
class Movie(TypedDict):
    name: str
    year: int
m: Movie = {'name': 'x', 'year': 1}
print(m, sorted(Movie.__required_keys__))
print(Optional[int], Union[int, str], List[int], Dict[str, Any], Callable[[int], str], Tuple[int, ...], Literal['a', 'b'])
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box(3).v, T, Box.__parameters__)
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(3, Closeable))
def f(a: int, b: 'str' = 'x') -> Optional[int]:
    return None
print(get_type_hints(f))
print(cast(int, 'x'), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int | str))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), Optional[List[int]], Union[int, None], int | None)
print(Union[int, str] == Union[str, int], Union[int], Union[int, Union[str, float]], Optional[Optional[int]])
print(typing.get_origin(Union[int, str]) is Union, typing.get_args(Union[int, str]), typing.get_args(Callable[[int, str], bool]))
print(isinstance([], List), issubclass(dict, typing.Mapping), isinstance({}, typing.Dict))
try:
    List()
except TypeError as e:
    print(e)
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
class NotRuntime(Protocol):
    def meth(self): ...
try:
    isinstance(1, NotRuntime)
except TypeError as e:
    print(e)
class WithAttrs:
    x: int
    y: 'List[int]'
print(get_type_hints(WithAttrs))
print(typing.get_origin(Literal['a']), typing.get_args(Literal['a', 1]), Dict[str, List[int]])
