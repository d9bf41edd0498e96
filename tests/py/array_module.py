"""The array module: typecodes, range checks with CPython messages, bytes round trips, sequence operations."""
import array
for tc, vals in [('b',[128,-129]),('B',[256, -1]),('h',[2**15,-2**15-1]),('H',[2**16]),('i',[2**31,-2**31-1]),('I',[2**32, -1]),('l',[2**63]),('L',[2**64, -1]),('q',[2**63]),('Q',[2**64, -1])]:
    for v in vals:
        try: array.array(tc, [v])
        except Exception as e: print(tc, v, type(e).__name__, e)
for bad in ([1.5], ['a'], [None]):
    try: array.array('i', bad)
    except Exception as e: print('i', bad, type(e).__name__, e)
try: array.array('d', ['a'])
except Exception as e: print(type(e).__name__, e)
a = array.array('i', [1,2,3])
print(repr(a), repr(array.array('d')), repr(array.array('u', 'ab')), a.itemsize, a.typecode, type(a), type(a).__module__)
try: a + array.array('d')
except Exception as e: print(type(e).__name__, e)
try: a + [1]
except Exception as e: print(type(e).__name__, e)
try: a[5]
except Exception as e: print(type(e).__name__, e)
try: a[0] = 1.5
except Exception as e: print(type(e).__name__, e)
try: a.index(9)
except Exception as e: print(type(e).__name__, e)
try: a.remove(9)
except Exception as e: print(type(e).__name__, e)
try: array.array('i').pop()
except Exception as e: print(type(e).__name__, e)
try: a.frombytes(b'abc')
except Exception as e: print(type(e).__name__, e)
print(a[::-1], a*2, a[1:], list(a), a.tolist(), a.tobytes(), a.buffer_info()[1], bytes(a))
b = array.array('f', [0.1]); print(b, b[0])
print(array.array('b', b'\x01\x02'), array.array('i', (x for x in range(3))))
print(a == [1,2,3], a == array.array('d', [1,2,3]), a < array.array('i', [2]))
a.extend([4]); a.insert(0, 0); a.append(5); print(a, a.count(1), a.pop(), a.pop(0), a)
a.byteswap(); print(a); a.reverse(); print(a)
c = array.array('u', 'hello'); print(c.tounicode(), c[0], c)
try: array.array('i', 'abc')
except Exception as e: print(type(e).__name__, e)
print(5 in a, sorted(array.array('i',[3,1,2])), sum(array.array('d',[1.5,2.5])))
import pickle; print(pickle.loads(pickle.dumps(a)))
import copy; print(copy.copy(a), copy.deepcopy(a))
a[1:3] = array.array('i', [7,8,9]); print(a)
del a[0]; print(a, len(a))
try: a[0:1] = [1]
except Exception as e: print(type(e).__name__, e)
print(array.array('d', [1, 2]), array.array('f', [1]), array.array('B', bytearray(b'ab')), array.array('i', array.array('b',[1,2])))
print(array.array.__name__, array.array.__qualname__, array.ArrayType is array.array)
a = array.array('h', [1,2]); a.fromlist([3]); print(a, a.tobytes().hex())
a = array.array('H'); a.frombytes(b'\x01\x00'); print(a)
class A(array.array): pass
x = A('i', [1, 2]); print(x, type(x).__name__, isinstance(x, array.array), x[0:1])
