"""Built-in functions written in Python; `weft` copies these names into
the builtins module at start-up."""

_NO_DEFAULT = object()


def aiter(async_iterable, /):
    """Return an AsyncIterator for an AsyncIterable object."""
    try:
        meth = type(async_iterable).__aiter__
    except AttributeError:
        raise TypeError("'%s' object is not an async iterable" % type(async_iterable).__name__) from None
    return meth(async_iterable)


def anext(iterator, default=_NO_DEFAULT, /):
    """Return the next item from the async iterator (an awaitable)."""
    try:
        meth = type(iterator).__anext__
    except AttributeError:
        raise TypeError("'%s' object is not an async iterator" % type(iterator).__name__) from None
    if default is _NO_DEFAULT:
        return meth(iterator)

    async def anext_default():
        try:
            return await meth(iterator)
        except StopAsyncIteration:
            return default
    return anext_default()


BUILTINS = ('aiter', 'anext')
