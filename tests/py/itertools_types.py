"""itertools iterators are instances of itertools types: type names, isinstance, subclassing, count/repeat reprs."""
import itertools as it

objs = [it.chain([1], [2]), it.chain.from_iterable([[1]]), it.count(), it.repeat(1), it.cycle('ab'),
        it.accumulate([1, 2]), it.compress('ab', [1, 0]), it.dropwhile(bool, []), it.takewhile(bool, []),
        it.filterfalse(None, []), it.islice('abc', 2), it.starmap(pow, []), it.zip_longest('a', 'bc'),
        it.product('ab'), it.permutations('ab'), it.combinations('abc', 2),
        it.combinations_with_replacement('ab', 2), it.pairwise('abc'), it.groupby('aab')]
for o in objs:
    t = type(o)
    print(t, t.__name__, t.__module__, isinstance(o, t), iter(o) is o)

print(isinstance(it.chain(), it.chain), isinstance(it.chain.from_iterable([]), it.chain), isinstance(iter([]), it.chain))
c = it.count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(it.count(1.5, 0.5)), repr(it.count(0, 2)), repr(it.count(step=-1)), repr(it.count(10, 1.0)))
r = it.repeat('x', 3)
print(repr(r), next(r), repr(r), r.__length_hint__(), list(r), repr(r))
print(repr(it.repeat(None)), list(it.repeat(1, -5)), list(it.repeat(object=2, times=2)))
try:
    it.repeat(None).__length_hint__()
except TypeError as e:
    print(e)
try:
    it.count('a')
except TypeError as e:
    print(e)
key, group = next(it.groupby('aab'))
print(key, type(group).__name__, list(group))


class Numbered(it.chain):
    def __init__(self, *iterables):
        self.n = len(iterables)


n = Numbered('ab', 'cd')
print(type(n).__name__, n.n, list(n), isinstance(n, it.chain), type(n).__mro__[1])


class Evens(it.count):
    def __next__(self):
        return super().__next__() * 2


e = Evens(3)
print([next(e) for _ in range(3)])
print(list(it.islice(it.cycle('ab'), 5)), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.chain.from_iterable(['ab', 'cd'])), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
try:
    it.chain.from_iterable()
except TypeError as e:
    print(e)
