"""pprint of bytearray, mappingproxy, SimpleNamespace, ChainMap and the User* wrappers."""
import pprint, types, collections
ns = types.SimpleNamespace(a=list(range(30)), b='x'*50, c={'k': list(range(20))})
pprint.pprint(ns)
pprint.pprint(types.MappingProxyType({'a': list(range(40)), 'b': 2}))
pprint.pprint(collections.ChainMap({'a': list(range(30))}, {'b': 'y' * 70}))
pprint.pprint(collections.UserDict({'a': list(range(30)), 'b': 'y' * 70}))
pprint.pprint(collections.UserList([list(range(30)), 'y' * 70]))
pprint.pprint(collections.UserString('y' * 100))
pprint.pprint([bytearray(b'abcdefgh' * 20)], width=30)
pprint.pprint(bytearray(b'abcdefgh' * 20), width=30)
pprint.pprint(collections.ChainMap())
