"""Arrays of numeric values of one C type (the `array` module).

Items are kept as Python values checked against the C type's range when
stored; `tobytes`/`frombytes` convert through `struct` with native sizes
and byte order, as CPython's arrays do. Not provided: the buffer protocol
(`memoryview(arr)`), which raises TypeError.
"""

import struct as _struct

typecodes = 'bBuwhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message stem) of the integer codes.
_RANGES = {
    'b': (-2**7, 2**7 - 1, 'signed char'),
    'B': (0, 2**8 - 1, 'unsigned byte integer'),
    'h': (-2**15, 2**15 - 1, 'signed short integer'),
    'H': (0, 2**16 - 1, 'unsigned short'),
    'i': (-2**31, 2**31 - 1, 'signed integer'),
    'I': (0, 2**32 - 1, 'unsigned int'),
    'l': (-2**63, 2**63 - 1, None),
    'L': (0, 2**64 - 1, None),
    'q': (-2**63, 2**63 - 1, None),
    'Q': (0, 2**64 - 1, None),
}


def _check_int(tc, v):
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    v = int(v)
    lo, hi, stem = _RANGES[tc]
    if stem is not None:
        if not -2**63 <= v < 2**63:
            if tc == 'I' and v < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if tc == 'I':
                raise OverflowError('Python int too large to convert to C unsigned long')
            raise OverflowError('Python int too large to convert to C long')
        if tc == 'I' and v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v < lo:
            raise OverflowError(f'{stem} is less than minimum')
        if v > hi:
            raise OverflowError(f'{stem} is greater than maximum')
        return v
    if tc == 'l':
        if not lo <= v <= hi:
            raise OverflowError('Python int too large to convert to C long')
    elif tc == 'L':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > hi:
            raise OverflowError('Python int too large to convert to C unsigned long')
    elif tc == 'q':
        if not lo <= v <= hi:
            raise OverflowError('int too big to convert')
    else:
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > hi:
            raise OverflowError('int too big to convert')
    return v


def _check(tc, v):
    if tc in 'fd':
        if isinstance(v, float):
            f = v
        elif hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            f = float(v)
        else:
            raise TypeError(f'must be real number, not {type(v).__name__}')
        if tc == 'f':
            f = _struct.unpack('f', _struct.pack('f', f))[0]
        return f
    if tc in 'uw':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError(f'array item must be a unicode character, not {type(v).__name__}')
        return v
    return _check_int(tc, v)


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
a bytes-like object, or iterable over elements of the appropriate type."""

    __slots__ = ('_tc', '_v')
    __hash__ = None

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f'array() argument 1 must be a unicode character, not {type(typecode).__name__}')
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._v = []
        if initializer is not None:
            if isinstance(initializer, str):
                if typecode not in 'uw':
                    raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
                self._v = list(initializer)
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, array):
                if initializer._tc in 'uw' and typecode not in 'uw':
                    raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
                self._v = [_check(typecode, x) for x in initializer._v]
            else:
                self._v = [_check(typecode, x) for x in initializer]
        return self

    def __init__(self, *args, **kwargs):
        pass

    # -- attributes -------------------------------------------------------
    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    # -- sequence protocol --------------------------------------------------
    def __len__(self):
        return len(self._v)

    def __iter__(self):
        return arrayiterator(self)

    def __reversed__(self):
        return reversed(self._v)

    def __contains__(self, x):
        return x in self._v

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._v = self._v[i]
            return r
        try:
            return self._v[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            if not isinstance(x, array):
                raise TypeError(f'can only assign array (not "{type(x).__name__}") to array slice')
            if x._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._v[i] = list(x._v)
            return
        x = _check(self._tc, x)
        try:
            self._v[i] = x
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._v[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        r = array(self._tc)
        r._v = self._v + other._v
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._v.extend(other._v)
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._v = self._v * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._v *= n
        return self

    def _cmp_values(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._v

    def _richcmp(self, other, op):
        # Item by item with ==, as CPython compares arrays: no identity
        # shortcut, so an array holding a NaN is not equal to itself.
        o = self._cmp_values(other)
        if o is NotImplemented:
            return o
        a = self._v
        if op in ('eq', 'ne') and len(a) != len(o):
            return op == 'ne'
        for x, y in zip(a, o):
            if not (x == y):
                break
        else:
            la, lb = len(a), len(o)
            return {'eq': la == lb, 'ne': la != lb, 'lt': la < lb, 'le': la <= lb, 'gt': la > lb, 'ge': la >= lb}[op]
        if op == 'eq':
            return False
        if op == 'ne':
            return True
        return {'lt': x < y, 'le': x <= y, 'gt': x > y, 'ge': x >= y}[op]

    def __eq__(self, other):
        return self._richcmp(other, 'eq')

    def __ne__(self, other):
        return self._richcmp(other, 'ne')

    def __lt__(self, other):
        return self._richcmp(other, 'lt')

    def __le__(self, other):
        return self._richcmp(other, 'le')

    def __gt__(self, other):
        return self._richcmp(other, 'gt')

    def __ge__(self, other):
        return self._richcmp(other, 'ge')

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else 'array'
        if not self._v:
            return f"{name}('{self._tc}')"
        if self._tc in 'uw':
            return f"{name}('{self._tc}', {''.join(self._v)!r})"
        return f"{name}('{self._tc}', {self._v!r})"

    def __copy__(self):
        r = array(self._tc)
        r._v = list(self._v)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._v)), getattr(self, '__dict__', None))

    def __bytes__(self):
        return self.tobytes()

    # -- methods ------------------------------------------------------------
    def append(self, x, /):
        """Append new value x to the end of the array."""
        self._v.append(_check(self._tc, x))

    def extend(self, iterable, /):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._v.extend(iterable._v)
            return
        self._v.extend([_check(self._tc, x) for x in iterable])

    def insert(self, i, x, /):
        """Insert a new item x into the array before position i."""
        self._v.insert(i, _check(self._tc, x))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        if not self._v:
            raise IndexError('pop from empty array')
        try:
            return self._v.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, x, /):
        """Remove the first occurrence of x in the array."""
        try:
            self._v.remove(x)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, x, start=0, stop=None, /):
        """Return index of first occurrence of x in the array."""
        n = len(self._v)
        try:
            return self._v.index(x, start, n if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, x, /):
        """Return number of occurrences of x in the array."""
        return self._v.count(x)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._v.reverse()

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."""
        return (id(self._v), len(self._v))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _SIZES[self._tc]
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._v = []
        self.frombytes(swapped)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        if self._tc in 'uw':
            return ''.join(self._v).encode('utf-32-le' if _struct.pack('=I', 1)[0] == 1 else 'utf-32-be')
        return _struct.pack(f'{len(self._v)}{self._tc}', *self._v)

    def frombytes(self, buffer, /):
        """Appends items from the bytes-like object, interpreting it as an array of machine values."""
        b = bytes(buffer)
        size = _SIZES[self._tc]
        if len(b) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._tc in 'uw':
            self._v.extend(b.decode('utf-32-le' if _struct.pack('=I', 1)[0] == 1 else 'utf-32-be'))
            return
        self._v.extend(_struct.unpack(f'{len(b) // size}{self._tc}', b))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._v)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        self._v.extend([_check(self._tc, x) for x in list])

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc not in 'uw':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._v)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if self._tc not in 'uw':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(ustr, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(ustr).__name__}')
        self._v.extend(ustr)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        size = _SIZES[self._tc]
        data = f.read(n * size)
        ok = len(data) - len(data) % size
        self.frombytes(data[:ok])
        if len(data) < n * size:
            raise EOFError('read() didn\'t return enough bytes')

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ArrayType = array


class arrayiterator:
    """Iterator over an array."""

    __slots__ = ('_a', '_i')

    def __init__(self, a):
        self._a = a
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        v = self._a._v
        i = self._i
        if self._a is None or i >= len(v):
            raise StopIteration
        self._i = i + 1
        return v[i]

    def __reduce__(self):
        return (iter, (list(self._a._v[self._i:]),))
