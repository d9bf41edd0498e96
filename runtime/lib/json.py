"""JSON encoding and decoding (dumps/loads/dump/load) with CPython's
formatting options and error messages."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError', 'JSONEncoder', 'JSONDecoder']

_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        if c in _ESC:
            out.append(_ESC[c])
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        elif ensure_ascii and ord(c) > 126:
            n = ord(c)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float_repr(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == -float('inf'):
        text = '-Infinity'
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(f))
    return text


class JSONEncoder:
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ',', ': '
        else:
            self.item_separator, self.key_separator = ', ', ': '
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self._iter(o, 0, {} if self.check_circular else None))

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, float):
            return _float_repr(k, self.allow_nan)
        if isinstance(k, int):
            return str(k)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def _iter(self, o, level, markers):
        if o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, str):
            yield _encode_str(o, self.ensure_ascii)
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield _float_repr(o, self.allow_nan)
        elif isinstance(o, (list, tuple, dict)):
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            if isinstance(o, dict):
                yield from self._iter_dict(o, level, markers)
            else:
                yield from self._iter_list(o, level, markers)
            if markers is not None:
                del markers[id(o)]
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            yield from self._iter(self.default(o), level, markers)
            if markers is not None:
                del markers[id(o)]

    def _iter_list(self, lst, level, markers):
        if not lst:
            yield '[]'
            return
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = self.item_separator + nl
            yield '[' + nl
        else:
            sep = self.item_separator
            yield '['
        first = True
        for v in lst:
            if not first:
                yield sep
            first = False
            yield from self._iter(v, level, markers)
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield ']'

    def _iter_dict(self, d, level, markers):
        if not d:
            yield '{}'
            return
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = self.item_separator + nl
            yield '{' + nl
        else:
            sep = self.item_separator
            yield '{'
        items = sorted(d.items()) if self.sort_keys else d.items()
        first = True
        for k, v in items:
            key = self._key(k)
            if key is None:
                continue
            if not first:
                yield sep
            first = False
            yield _encode_str(key, self.ensure_ascii)
            yield self.key_separator
            yield from self._iter(v, level, markers)
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield '}'


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    cls = cls or JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'


def _hex4(s, i):
    """The four hex digits after the 'u' at s[i] (JSONDecodeError at the
    'u' when they are not)."""
    esc = s[i + 1:i + 5]
    if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
        return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, i)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.strict = strict

    def decode(self, s):
        i = self._skip(s, 0)
        value, i = self._value(s, i)
        i = self._skip(s, i)
        if i != len(s):
            raise JSONDecodeError("Extra data", s, i)
        return value

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        if s.startswith('NaN', i):
            return float('nan'), i + 3
        if s.startswith('Infinity', i):
            return float('inf'), i + 8
        if s.startswith('-Infinity', i):
            return float('-inf'), i + 9
        j = i
        n = len(s)
        if j < n and s[j] == '-':
            j += 1
        # JSON numbers: ASCII digits, and no leading zero ('01' is 0 and
        # then extra data).
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j < n and s[j] == '.':
            k = j + 1
            while k < n and '0' <= s[k] <= '9':
                k += 1
            if k > j + 1:
                is_float = True
                j = k
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            d = k
            while k < n and '0' <= s[k] <= '9':
                k += 1
            if k > d:
                is_float = True
                j = k
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        out = []
        n = len(s)
        start = i - 1
        while True:
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start)
            c = s[i]
            if c == '"':
                return ''.join(out), i + 1
            if c == '\\':
                i += 1
                if i >= n:
                    raise JSONDecodeError("Unterminated string starting at", s, start)
                e = s[i]
                if e == 'u':
                    code = _hex4(s, i)
                    i += 5
                    if 0xd800 <= code < 0xdc00 and s[i:i + 2] == '\\u':
                        low = _hex4(s, i + 1)
                        if 0xdc00 <= low < 0xe000:
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                            i += 6
                    out.append(chr(code))
                    continue
                m = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
                if e not in m:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                out.append(m[e])
                i += 1
                continue
            if self.strict and c < ' ':
                raise JSONDecodeError("Invalid control character at", s, i)
            out.append(c)
            i += 1

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            i = self._skip(s, i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == ',':
                i += 1
                continue
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, i)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        out = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return out, i + 1
        while True:
            i = self._skip(s, i)
            value, i = self._value(s, i)
            out.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ',':
                i += 1
                continue
            if i < len(s) and s[i] == ']':
                return out, i + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, i)


def detect_encoding(b):
    """The encoding of JSON bytes (RFC 4627 rules, as CPython)."""
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        enc = detect_encoding(s)
        s = s.decode('utf-8' if enc == 'utf-8-sig' else enc, 'surrogatepass')
        if enc == 'utf-8-sig' and s.startswith('\ufeff'):
            s = s[1:]
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    cls = cls or JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)


def _scanstring(s, end, strict=True):
    """json.decoder.scanstring: the string whose body starts at s[end]
    (just after the opening quote), and the index after its closing quote."""
    return JSONDecoder(strict=strict)._string(s, end)


def _make_submodules():
    import sys
    import types
    decoder = types.ModuleType('json.decoder')
    decoder.JSONDecoder = JSONDecoder
    decoder.JSONDecodeError = JSONDecodeError
    decoder.scanstring = _scanstring
    decoder.py_scanstring = _scanstring
    encoder = types.ModuleType('json.encoder')
    encoder.JSONEncoder = JSONEncoder
    encoder.encode_basestring = lambda s: _encode_str(s, False)
    encoder.encode_basestring_ascii = lambda s: _encode_str(s, True)
    encoder.py_encode_basestring = encoder.encode_basestring
    encoder.py_encode_basestring_ascii = encoder.encode_basestring_ascii
    sys.modules['json.decoder'] = decoder
    sys.modules['json.encoder'] = encoder
    return decoder, encoder


decoder, encoder = _make_submodules()
del _make_submodules
