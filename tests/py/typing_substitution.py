"""Substituting type parameters in typing aliases and builtin generic aliases."""
from typing import Optional, List, Dict, Union, TypeVar, Callable, Tuple
T = TypeVar('T'); U = TypeVar('U')
print(Optional[List[T]][int], Dict[T, List[U]][str, int], Union[T, List[T]][bytes], Callable[[T], U][int, str], List[T][int], Tuple[T, ...][int])
print(Dict[T, list[U]][str, int])
try: List[int][str]
except TypeError as e: print(e)
try: Dict[T, U][int]
except TypeError as e: print(e)
print(list[T][int], dict[T, list[U]][str, bytes], tuple[T, ...][int], list[T].__parameters__)
try: list[int][str]
except TypeError as e: print(e)
try: dict[T, U][int]
except TypeError as e: print(e)
