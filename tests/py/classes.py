class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Animal) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
print(d, d.speak(), d.kind, Animal.kind, Animal.count, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__, Dog.__bases__, Dog.__name__, type(d) is Dog)
print(d == Dog("rex"), d != Dog("max"), len({d, Dog("rex")}))
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = P(); p.x = 5
print(p.x, P.s(1), p.s(2), P.c(), p.c())
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, k):
        return self.x * k
    def __bool__(self):
        return bool(self.x or self.y)
    def __str__(self):
        return f"V<{self.x},{self.y}>"
v = V(1, 2) + V(3, 4)
print(v, 2 * v, v * 3, -v, V(1, 2) < V(1, 3), len(v), v[0], list(v), 4 in v, v(10), bool(V(0, 0)))
print([str(x) for x in sorted([V(2, 1), V(1, 5)])], max(V(2, 1), V(1, 5)))
class Base1:
    def who(self): return "b1"
class Base2:
    def who(self): return "b2"
class Multi(Base1, Base2):
    pass
print(Multi().who(), [k.__name__ for k in Multi.__mro__])
class WithGetattr:
    def __getattr__(self, name):
        return name.upper()
print(WithGetattr().hello)
class Slots:
    def __init__(self):
        self.a = 1
o = Slots(); o.b = 2
print(vars(o), hasattr(o, "a"), getattr(o, "zz", "dflt"))
setattr(o, "c", 3); delattr(o, "a"); print(o.__dict__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Desc:
    def __get__(self, obj, owner):
        return 42 if obj is not None else self
class HasDesc:
    d = Desc()
print(HasDesc().d)
class Counter:
    def __init__(self): self.n = 0
    def __enter__(self): self.n += 1; return self
    def __exit__(self, *a): self.n += 10; return False
with Counter() as cc:
    pass
print(cc.n)
class Sub(list.__class__.__base__):
    pass
print(Sub.__name__)
class Init:
    def __init_subclass__(cls, **kw):
        cls.registered = True
class Child(Init):
    pass
print(Child.registered)
