"""Tracebacks through library code CPython implements in C show no library frames."""
import traceback, datetime, heapq, functools, decimal, bisect, collections, itertools, operator


class Bad:
    def __lt__(self, other):
        raise RuntimeError("no order")


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


show(lambda: datetime.date(2020, 13, 1))
show(lambda: heapq.heappush([Bad()], Bad()))
show(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
show(lambda: decimal.Decimal(1) / 0)
show(lambda: bisect.insort([Bad()], Bad()))
show(lambda: collections.OrderedDict().popitem())
show(lambda: list(itertools.starmap(divmod, [(1, 0)])))
show(lambda: operator.itemgetter(5)([1]))
show(lambda: sorted([3, 1], key=functools.cmp_to_key(lambda a, b: 1 / 0)))
