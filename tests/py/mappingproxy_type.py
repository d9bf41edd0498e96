"""types.MappingProxyType: a read-only mapping view."""
import types
d = {'a': 1, 'b': 2}
m = types.MappingProxyType(d)
print(m, repr(m), type(m).__name__, m['a'], m.get('z', 0), list(m), len(m), 'b' in m, m == d, m | {'c': 3})
d['c'] = 3
print(m['c'], sorted(m.items()), m.copy())
def set_item(): m['x'] = 1
def del_item(): del m['a']
for op in (set_item, del_item, lambda: types.MappingProxyType([1])):
    try:
        op()
    except TypeError as e:
        print(e)
try:
    hash(m)
except TypeError as e:
    print(e)
