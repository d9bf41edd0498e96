"""Higher-order functions: reduce, partial, wraps, lru_cache, cache,
total_ordering, cmp_to_key, cached_property, singledispatch."""

import _thread

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)
_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except AttributeError:
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function, iterable, initial=_initial_missing):
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return "functools.partial(" + ", ".join(args) + ")"

    def __get__(self, obj, objtype=None):
        return self


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits, self.misses, self.maxsize, self.currsize = hits, misses, maxsize, currsize

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % (self.hits, self.misses, self.maxsize, self.currsize)

    def __eq__(self, other):
        return (self.hits, self.misses, self.maxsize, self.currsize) == tuple(other)

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (object,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]
    lock = _thread.RLock()
    sentinel = object()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        with lock:
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                if maxsize is not None:
                    del cache[key]
                    cache[key] = result
                return result
            stats[1] += 1
        result = user_function(*args, **kwds)
        with lock:
            if maxsize != 0:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    del cache[next(iter(cache))]
        return result

    def cache_info():
        with lock:
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        with lock:
            cache.clear()
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def total_ordering(cls):
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__') if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    def lt_from(op):
        return None
    if root == '__lt__':
        ops = {'__gt__': lambda a, b: _nimpl(a.__lt__(b), lambda r: not r and a != b),
               '__le__': lambda a, b: _nimpl(a.__lt__(b), lambda r: r or a == b),
               '__ge__': lambda a, b: _nimpl(a.__lt__(b), lambda r: not r)}
    elif root == '__le__':
        ops = {'__ge__': lambda a, b: _nimpl(a.__le__(b), lambda r: not r or a == b),
               '__lt__': lambda a, b: _nimpl(a.__le__(b), lambda r: r and a != b),
               '__gt__': lambda a, b: _nimpl(a.__le__(b), lambda r: not r)}
    elif root == '__gt__':
        ops = {'__lt__': lambda a, b: _nimpl(a.__gt__(b), lambda r: not r and a != b),
               '__ge__': lambda a, b: _nimpl(a.__gt__(b), lambda r: r or a == b),
               '__le__': lambda a, b: _nimpl(a.__gt__(b), lambda r: not r)}
    else:
        ops = {'__le__': lambda a, b: _nimpl(a.__ge__(b), lambda r: not r or a == b),
               '__gt__': lambda a, b: _nimpl(a.__ge__(b), lambda r: r and a != b),
               '__lt__': lambda a, b: _nimpl(a.__ge__(b), lambda r: not r)}
    for name, fn in ops.items():
        if name not in roots:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


def _nimpl(r, f):
    return r if r is NotImplemented else f(r)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        val = cache.get(self.attrname, _initial_missing)
        if val is _initial_missing:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


def _dispatch_classes(cls):
    """The classes an annotation or register() argument names: a class, or
    each member of a union (int | str, typing.Union[int, str])."""
    if isinstance(cls, type):
        return [cls]
    args = getattr(cls, '__args__', None)
    if args and (type(cls).__name__ == 'UnionType' or repr(cls).startswith(('typing.Union', 'typing.Optional'))):
        if all(isinstance(a, type) for a in args):
            return list(args)
    return None


def singledispatch(func):
    """Turn func into a generic function dispatching on its first argument's
    type; more implementations are added with .register()."""
    import types
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = None
        mro = getattr(cls, '__mro__', (cls, object))
        for c in mro:
            if c in registry and c is not object:
                impl = registry[c]
                break
        if impl is None:
            # Abstract base classes registered for the class (Sequence for
            # list) match after the concrete classes of its MRO.
            for c in registry:
                if c is not object and c not in mro and issubclass(cls, c):
                    impl = registry[c]
                    break
        if impl is None:
            impl = registry[object]
        cache[cls] = impl
        return impl

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type) or _dispatch_classes(cls) is not None:
                return lambda f: register(cls, f)
            f = cls
            ann = getattr(f, '__annotations__', {})
            if not ann:
                raise TypeError(f"Invalid first argument to `register()`: {f!r}. Use either `@register(some_class)` or plain `@register` on an annotated function.")
            argname, cls = next(iter(ann.items()))
            classes = _dispatch_classes(cls)
            if classes is None:
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        else:
            classes = _dispatch_classes(cls)
            if classes is None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
        for c in classes:
            registry[c] = f
        cache.clear()
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method dispatching on the type of its first non-self argument."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, f=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f'{funcname} requires at least 1 positional argument')
            return dispatcher.dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        funcname = getattr(func, '__name__', 'singledispatchmethod method')
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


class partialmethod:
    """A partial() for methods: binds its arguments after the instance."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        parts = [repr(self.func)] + [x for x in (args, keywords) if x]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def get_cache_token():
    """The current ABC cache token (changes when ABCs are registered)."""
    import abc
    return abc.get_cache_token()


from reprlib import recursive_repr
