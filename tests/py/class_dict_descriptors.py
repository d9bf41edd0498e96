"""Classes hold __dict__/__weakref__ getset descriptors where CPython adds them; instance __dict__ access and assignment go through them."""
class A: pass
class B(A): pass
class E(Exception): pass
class D(dict): pass
class L(list): pass
class I(int): pass
class S:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a', '__dict__')
class T(tuple): pass
class St(str): pass
class X(set): pass
class F(float): pass
class SS(S): pass
for c in (A, B, E, D, L, I, S, S2, T, St, X, F, SS):
    print(c.__name__, [k for k in c.__dict__ if k in ('__dict__', '__weakref__')])
print(repr(A.__dict__['__dict__']), type(A.__dict__['__dict__']).__name__, A.__dict__['__dict__'].__objclass__, A.__dict__['__weakref__'].__doc__, A.__dict__['__dict__'].__doc__)
a = A(); a.x = 1
print(A.__dict__['__dict__'].__get__(a), A.__dict__['__weakref__'].__get__(a), A.__dict__['__dict__'].__get__(None, A) is A.__dict__['__dict__'])
print(A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__qualname__, a.__dict__, a.__weakref__, A.__weakref__)
class C:
    """Doc."""
    def f(self): self.z = 1
print(list(C.__dict__), list(A.__dict__))
a.__dict__ = {'y': 2}; print(a.y, vars(a))
print(sorted(k for k in dir(A) if k.startswith('__d') or k.startswith('__w')))
A.__dict__['__dict__'].__set__(a, {'q': 3}); print(vars(a))
import copy, pickle
print(copy.deepcopy(a).__dict__, pickle.loads(pickle.dumps(a)).__dict__)
