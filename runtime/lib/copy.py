"""Shallow and deep copy."""


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, complex, str, bytes, tuple, frozenset, type, range, type(None)) or callable(x) and not hasattr(x, '__dict__'):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if hasattr(x, '__copy__'):
        return x.__copy__()
    new = object.__new__(cls)
    if hasattr(x, '__dict__'):
        new.__dict__.update(x.__dict__)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in (int, float, bool, complex, str, bytes, type, range, type(None)) or isinstance(x, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    if hasattr(x, '__deepcopy__'):
        return x.__deepcopy__(memo)
    if callable(x) and not hasattr(x, '__dict__'):
        return x
    y = object.__new__(cls)
    memo[d] = y
    if hasattr(x, '__dict__'):
        for k, v in x.__dict__.items():
            setattr(y, k, deepcopy(v, memo))
    return y
