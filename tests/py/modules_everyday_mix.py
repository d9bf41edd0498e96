"""Everyday modules side by side: contextlib redirects/ExitStack/contextmanager as decorator, textwrap, heapq, bisect with key, copy hooks, string.Template, operator reprs, enum flags, statistics, fractions, functools.singledispatch; dict views compared and combined with sets."""
import contextlib, io, sys, textwrap, heapq, bisect, copy, string, operator, enum, statistics, fractions, itertools, functools
with contextlib.redirect_stdout(io.StringIO()) as buf:
    print("captured")
print(repr(buf.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as eb:
    print("err", file=sys.stderr)
print(repr(eb.getvalue()))
with contextlib.ExitStack() as st:
    st.callback(print, "cb1")
    st.enter_context(contextlib.nullcontext())
    st.push(lambda *a: print("exit", a[0]) or False)
@contextlib.contextmanager
def cm(x):
    print("enter", x); yield x * 2; print("leave", x)
@cm(3)
def deco():
    print("inside")
deco()
with contextlib.suppress(KeyError, ValueError):
    {}["x"]
print(textwrap.shorten("Hello  world, this is a long sentence", width=20), textwrap.indent("a\nb\n\nc", "> "), sep="|")
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", width=12, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("x " * 30, width=25, max_lines=2, placeholder=" [...]"))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), heapq.nlargest(2, ["aa", "b", "cccc"], key=len), list(heapq.merge([3,1],[2], key=lambda x: -x, reverse=False)))
print(bisect.bisect_left([1, 3, 5], 4), bisect.insort_right(l := [1, 5], 3) or l, bisect.bisect([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
class P:
    def __init__(self): self.l = [1, [2]]
    def __deepcopy__(self, memo):
        print("deep!"); n = P(); n.l = copy.deepcopy(self.l, memo); return n
p = P(); q = copy.deepcopy(p); q.l[1].append(3); print(p.l, q.l, copy.copy([1, [2]]))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), string.capwords("hello   big world"))
try:
    t.substitute(who=1)
except KeyError as e:
    print("KeyError", e)
print(operator.itemgetter(1, 0), operator.attrgetter("a.b"), operator.methodcaller("f", 1, k=2))
class Color(enum.Flag):
    R = enum.auto(); G = enum.auto(); B = enum.auto()
print(Color.R | Color.G, repr(Color.R | Color.B), list(Color.R | Color.G), Color(3), ~Color.R, Color.R in (Color.R | Color.G), bool(Color(0)))
class Perm(enum.IntFlag):
    X = 1; W = 2; R = 4
print(Perm.R | Perm.X, repr(Perm.R | 8), Perm(7), format(Perm.W), int(Perm.R | Perm.W))
class S(enum.StrEnum):
    A = enum.auto(); B = "bee"
print(S.A, repr(S.B), S("bee"), [m for m in S], S.A.upper())
class N(enum.Enum):
    ONE = 1; UNO = 1; TWO = 2
print(N.UNO, N.__members__.keys(), N(2), N["TWO"], len(N), list(N))
try: N(3)
except ValueError as e: print(e)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.mode([1, 1, 2]), statistics.pvariance([1, 2, 3]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(fractions.Fraction(3, 4) + fractions.Fraction("1/3"), fractions.Fraction(0.75), fractions.Fraction(1, 3).limit_denominator(2), round(fractions.Fraction(7, 2)))
print(list(itertools.pairwise("abcd")), list(itertools.accumulate([1, 2, 3], initial=10)))
@functools.singledispatch
def fun(x): return "obj"
@fun.register
def _(x: int): return "int"
@fun.register(list)
def _(x): return "list"
print(fun(1), fun([]), fun("s"), fun.registry.keys() >= {object, int, list})
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)("101"), repr(functools.partial(max, 1)))
d = {1: 'a', 2: 'b'}
k = d.keys()
print(k <= {1, 2, 3}, k >= {1}, k < {1, 2}, k > set(), k == {1, 2}, k != {1}, {1, 2} == k, {1} <= k)
i = d.items()
print(i <= {(1, 'a'), (2, 'b'), (3, 'c')}, i == {(1, 'a'), (2, 'b')}, i >= {(1, 'a')})
print(k & {1, 5}, k | {9}, k - {1}, k ^ {1, 7}, {1, 8} & k, i & {(1, 'a')}, k.isdisjoint({5}), i.isdisjoint([(1, 'a')]))
print(d.values() == d.values(), k == k, k < k)
try:
    d.values() <= {1}
except TypeError as e:
    print(e)
