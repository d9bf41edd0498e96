"""In-place and reversed dunders of the built-in containers, exception attribute descriptors, NoneType.__bool__."""
l = [1, 2]
print(list.__iadd__(l, [3]), l, l.__imul__(2), list.__reversed__(l).__class__.__name__ in ('list_reverseiterator', 'reversed'), list(l.__reversed__()))
s = {1, 2}
print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({9}), s, s.__ior__([1]))
d = {'a': 1}
print(d.__ior__({'b': 2}), list(d.__reversed__()), list(range(3).__reversed__()), range(0).__bool__(), range(2).__bool__())
ba = bytearray(b'ab')
print(ba.__add__(b'c'), ba.__mul__(2), ba.__iadd__(b'!'), ba, b'%d-%s'.__mod__((1, b'x')), bytearray(b'%d').__mod__(5), b'ab'.__bytes__())


class Tracked(list):
    def __iadd__(self, other):
        print('iadd', other)
        return super().__iadd__(other)

    def __reversed__(self):
        print('reversed')
        return super().__reversed__()


t = Tracked([1])
t += [2]
print(t, type(t).__name__, list(reversed(t)))


class S(set):
    def __ior__(self, other):
        r = super().__ior__(other)
        print('ior ->', sorted(r))
        return r


s2 = S([1])
s2 |= {2}
print(sorted(s2), type(s2).__name__)
print(type(None).__bool__(None), None.__bool__())
print(BaseException.args, OSError.errno, SyntaxError.msg, StopIteration.value, SystemExit.code, ImportError.path, NameError.name, AttributeError.obj, UnicodeDecodeError.reason)
print('args' in dir(Exception), 'errno' in dir(OSError), 'lineno' in dir(SyntaxError), 'value' in dir(StopIteration), 'start' in dir(UnicodeDecodeError))
e = OSError(2, 'No such file')
print(e.errno, e.strerror, OSError.errno.__get__(e), BaseException.args.__get__(e), BaseException.args.__name__, BaseException.args.__qualname__, BaseException.args.__objclass__)
e2 = SyntaxError('bad', ('f.py', 3, 4, 'x y', 3, 5))
print(e2.msg, e2.lineno, e2.text, e2.end_offset)

print(type in object.__subclasses__(), bool in int.__subclasses__(), int.__prepare__('x', ()))
print(bytearray.maketrans.__qualname__, bytes.maketrans.__qualname__)
