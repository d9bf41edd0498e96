"""Everyday modules at a glance: random distributions and seeding, statistics, fractions, functools, dataclasses (order/frozen/missing arguments), enum, heapq, bisect, Counter, string, textwrap, datetime."""
import random, statistics, fractions, functools, dataclasses, enum, heapq, bisect, collections, string, textwrap, datetime
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
random.seed(42)
t(1, lambda: (random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1)))
random.seed(7)
l = list(range(10)); random.shuffle(l)
t(2, lambda: (l, random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 1], k=4), random.randrange(0, 100, 7), random.getrandbits(40), random.expovariate(1.5), random.triangular(0, 10, 3)))
random.seed("a string seed")
t(3, lambda: (random.random(), random.betavariate(2, 3), random.vonmisesvariate(1, 2), random.normalvariate(5, 2), random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2), random.gammavariate(2, 3)))
t(4, lambda: (statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2, 5]), statistics.mode([1, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.variance([1.5, 2.5, 3.5]), statistics.quantiles(range(1, 11), n=4), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.harmonic_mean([1, 2, 4]), statistics.geometric_mean([1, 2, 4]), statistics.fmean([1, 2, 3.5]), statistics.median_low([1, 2, 3, 4]), statistics.multimode("aabbc")))
t(5, lambda: statistics.mean([]))
F = fractions.Fraction
t(6, lambda: (F(3, 6), F("1.25"), F(0.5), F(1, 3) + F(1, 6), F(7, 3) // 2, str(F(-3, 4)), F(1, 3).limit_denominator(2), round(F(7, 2)), F(22, 7).as_integer_ratio(), float(F(1, 3)), F(2, 3) ** 2, F(1, 2) < 0.6))
t(7, lambda: F(1, 0))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
sq(1); sq(2); sq(1); sq(3)
t(8, lambda: (sq.cache_info(), repr(functools.partial(int, base=2)), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 1)))
t(9, lambda: functools.reduce(lambda a, b: a, []))
@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False, repr=False)
p = P(1, 2)
t(10, lambda: (p, P(1) < P(2), dataclasses.asdict(p), dataclasses.astuple(p), [f.name for f in dataclasses.fields(P)], hash(p) == hash(P(1, 2)), dataclasses.replace(p, y=5)))
def mut(): p.x = 5
t(11, mut)
t(12, lambda: P())
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
t(13, lambda: (Color.RED, repr(Color.GREEN), Color(2), Color["RED"], list(Color), Color.RED.name, Color.RED.value, Perm.R | Perm.W, repr(Perm.R | Perm.W), Num.TWO + 1, str(Num.ONE), f"{Num.ONE}", Perm(7), Perm(0), len(Color)))
t(14, lambda: Color(5))
t(15, lambda: (heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3])), bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2)))
c = collections.Counter("abracadabra")
t(16, lambda: (c.most_common(3), c.most_common()[-1], sorted(c.elements())[:4]))
t(17, lambda: (string.Template("$a and ${b}").substitute(a=1, b=2), string.Template("$a $c").safe_substitute(a=1), string.capwords("hello  world"), string.ascii_letters[:5], string.punctuation))
t(18, lambda: string.Template("$a").substitute())
t(19, lambda: (textwrap.fill("The quick brown fox jumps over the lazy dog", 15), textwrap.dedent("  a\n  b"), textwrap.shorten("Hello  world, this is long", 15), textwrap.indent("a\nb", "> ")))
d = datetime.date(2024, 2, 29)
t(20, lambda: (d, str(d), d.isoformat(), d.weekday(), d + datetime.timedelta(days=1), d.strftime("%A %d %B %Y %j"), datetime.date.fromisoformat("2023-01-05"), d.replace(year=2025) if False else d.toordinal()))
dt = datetime.datetime(2024, 1, 2, 3, 4, 5, 600)
t(21, lambda: (dt, str(dt), dt.isoformat(), repr(datetime.timedelta(days=1, seconds=3661)), str(datetime.timedelta(hours=25, microseconds=5)), dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), (dt - datetime.datetime(2024, 1, 1)).total_seconds(), dt.date(), dt.time(), datetime.datetime.fromisoformat("2024-05-06T07:08:09")))
t(22, lambda: d.replace(year=2025))
t(23, lambda: (datetime.timedelta(seconds=-1), datetime.timedelta(days=-1, seconds=5) * 2, abs(datetime.timedelta(-3)), datetime.timedelta(minutes=90) // datetime.timedelta(hours=1)))
