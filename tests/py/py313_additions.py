"""Python 3.13 additions: str.replace(count=), base64.z85, typing.ReadOnly/TypeIs/override/is_protocol, copy.replace, math.fma, class __static_attributes__."""
import base64, copy, math, typing, dataclasses
print('aaa'.replace('a', 'b', count=2), 'aaa'.replace('a', 'b', 1), 'a\tb'.expandtabs(tabsize=4))
try:
    'aaa'.replace('a', 'b', cnt=2)
except TypeError as e:
    print(e)
print(round(number=2.5), round(2.567, ndigits=1), pow(base=2, exp=10), pow(2, 10, mod=1000))
print(base64.z85encode(b'hello!!!'), base64.z85decode(b'xK#0@zY{nE'), base64.z85decode(base64.z85encode(b'abcdefg')))


class Movie(typing.TypedDict):
    title: typing.ReadOnly[str]
    year: int


print(sorted(Movie.__readonly_keys__), sorted(Movie.__mutable_keys__), typing.ReadOnly[int], typing.TypeIs[str])


class Base:
    def run(self):
        return 1


class Child(Base):
    @typing.override
    def run(self):
        return 2


print(Child.run.__override__, Child().run())


class Proto(typing.Protocol):
    x: int

    def meth(self): ...


print(typing.is_protocol(Proto), typing.is_protocol(Base), sorted(typing.get_protocol_members(Proto)))


@dataclasses.dataclass
class P:
    x: int
    y: int = 0


print(copy.replace(P(1, 2), y=5), math.fma(2.0, 3.0, 1.0))


class C:
    def __init__(self):
        self.a = 1
        self.b = 2


print(C.__static_attributes__)
