"""typing names beyond the basics: TypeGuard, Required/NotRequired, Supports* protocols, IO types, overload registry, ForwardRef, ParamSpec args."""
from typing import (TypeGuard, Required, NotRequired, TypedDict, ContextManager, IO, TextIO, BinaryIO, Pattern, Match,
                    SupportsInt, SupportsIndex, SupportsFloat, SupportsAbs, assert_never, assert_type, overload, get_overloads,
                    ForwardRef, ParamSpec, Concatenate, Callable, LiteralString, is_typeddict, dataclass_transform,
                    no_type_check_decorator, clear_overloads, get_type_hints)
import typing, re, io
def is_str(x) -> TypeGuard[str]: return isinstance(x, str)
print(is_str('a'), TypeGuard[str], Required[int], NotRequired[str], LiteralString, Concatenate[int, ...] if False else '')
class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    rating: NotRequired[float]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), is_typeddict(Movie), is_typeddict(dict), Movie(title='x'))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.0, SupportsFloat), isinstance(3, SupportsIndex), isinstance(-1, SupportsAbs), issubclass(float, SupportsIndex))
print(ContextManager[int], Pattern[str], Match[bytes], IO[str] if hasattr(IO, '__class_getitem__') else '', TextIO.__name__, BinaryIO.__mro__[1].__name__)
print(isinstance(re.compile('x'), Pattern), isinstance(io.StringIO(), TextIO))
print(assert_type(5, int))
try: assert_never('x' * 200)
except AssertionError as e: print(len(str(e)), str(e)[:50])
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), len(get_overloads(f)))
clear_overloads(); print(get_overloads(f))
@overload
def g(x: int) -> int: ...
try: g(1)
except NotImplementedError as e: print('NIE', str(e)[:40])
print(ForwardRef('X'), ForwardRef('X') == ForwardRef('X'))
P = ParamSpec('P')
print(P.args, P.kwargs, P.args.__origin__ is P)
@dataclass_transform()
def deco(cls): return cls
print(deco.__dataclass_transform__['eq_default'])
print(typing.SupportsInt.__module__, typing.SupportsInt.__name__)
