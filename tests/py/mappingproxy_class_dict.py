"""cls.__dict__ is a read-only mappingproxy (types.MappingProxyType); item deletion messages follow CPython's two paths."""
class A:
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d).__name__, d['x'], 'f' in d, sorted(k for k in d if not k.startswith('__')), len(d) > 3, d.get('zz', 0), A.__dict__ == A.__dict__)
print(repr(vars(A))[:14], str(type.__dict__)[:1], type(vars(A)).__name__)
try:
    d['x'] = 2
except TypeError as e:
    print(e)
import types
m = types.MappingProxyType({'a': 1})
print(m, type(m).__name__, m | {'b': 2}, dict(m), list(m.items()), m.copy())
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
try:
    hash(m)
except TypeError as e:
    print(e)
print(isinstance(A.__dict__, types.MappingProxyType), isinstance(A.__dict__, dict))
try: del (1,2)[0]
except TypeError as e: print(e)
class X: pass
try: del X()[0]
except TypeError as e: print(e)
