"""traceback.format_exception with limit and chain over exception groups and chained exceptions."""
import traceback


def f(n):
    if n:
        return f(n - 1)
    raise ValueError('inner')


def show(make, **kw):
    try:
        try:
            f(3)
        except Exception as e:
            raise make() from e
    except Exception as e:
        print(''.join(traceback.format_exception(e, **kw)).replace(__file__, 'FILE'))


show(lambda: KeyError('outer'), limit=1)
show(lambda: ExceptionGroup('g', [KeyError('outer'), ExceptionGroup('sub', [OSError(2, 'x')])]), limit=1)
show(lambda: ExceptionGroup('g', [KeyError('outer')]), limit=0)
show(lambda: ExceptionGroup('wide', [ValueError(i) for i in range(20)]), chain=False)
te = traceback.TracebackException.from_exception(ExceptionGroup('d', [ExceptionGroup('e', [TypeError('t')])]), max_group_depth=1)
print(''.join(te.format()))
te = traceback.TracebackException.from_exception(ExceptionGroup('w', [TypeError(i) for i in range(5)]), max_group_width=2)
print(''.join(te.format()))
