"""random: the same sequences as CPython for every distribution, seeds of every type, choices with weights, sample with counts, randbytes, binomialvariate, state round trips."""
import random
for seed in [0, 42, "hello", b"bytes", 2**80, -5]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(70), random.uniform(1, 2))
    print(random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.lognormvariate(0, 1))
    print(random.triangular(0, 10, 3), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
    l = list(range(20)); random.shuffle(l); print(l, random.sample(range(100), 5), random.choices("abc", k=5), random.choices("abc", cum_weights=[1, 2, 10], k=4), random.choice("xyz"))
    print(random.randbytes(5), random.sample(["a", "b", "c"], counts=[2, 1, 3], k=4))
r = random.Random(7)
print(r.random(), r.getstate()[1][:3], random.Random(7).random() == random.Random(7).random())
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
