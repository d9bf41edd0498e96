"""functools.partialmethod/singledispatchmethod, singledispatch over unions and ABCs, operator in-place functions, random.SystemRandom, time clock functions."""
import functools, operator, random, time, collections.abc
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive, repr(Cell.__dict__['set_alive'])[:40])
class Neg:
    @functools.singledispatchmethod
    def neg(self, arg): raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int): return -arg
    @neg.register
    def _(self, arg: bool): return not arg
print(Neg().neg(5), Neg().neg(True))
@functools.singledispatch
def fun(arg): return 'default'
@fun.register
def _(arg: int | float): return 'number'
@fun.register(collections.abc.Sequence)
def _(arg): return 'sequence'
@fun.register(list)
def _(arg): return 'list'
print(fun(1), fun(2.5), fun('s'), fun((1,)), fun([1]), fun({}), sorted(k.__name__ for k in fun.registry), fun.dispatch(tuple).__name__)
a = [1]; print(operator.iadd(a, [2]), a, operator.ior({1}, {2}), operator.imod(7, 3), operator.ipow(2, 5), operator.iconcat([1], [2]), operator.call(len, 'abc'))
sr = random.SystemRandom(); x = sr.random(); print(0 <= x < 1, sr.getrandbits(5) < 32, len(sr.randbytes(4)), type(sr.randint(1, 6)).__name__)
try: sr.getstate()
except NotImplementedError as e: print(e)
print(round(random.NV_MAGICCONST, 6), random.BPF)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.process_time_ns()).__name__, time.clock_getres(time.CLOCK_REALTIME) > 0)
