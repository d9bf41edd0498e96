"""String constants, capwords and Template (its placeholder scanner written
out by hand: CPython's uses regular expressions)."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class _Sentinel:
    pass


_sentinel_dict = _Sentinel()


class Template:
    """A string with $-substitutions: $name, ${name}, and $$ for '$'."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None or 'flags' in cls.__dict__):
            raise NotImplementedError(
                "string.Template subclasses may change only the delimiter "
                "(custom pattern, idpattern, braceidpattern and flags need "
                "the re module)")

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (start, end, kind, name) for each placeholder, in order;
        kind is 'escaped', 'named', 'braced' or 'invalid'."""
        t = self.template
        delim = self.delimiter
        n = len(t)
        i = t.find(delim)
        while i >= 0:
            j = i + len(delim)
            if t.startswith(delim, j):
                yield i, j + len(delim), 'escaped', None
                j += len(delim)
            elif j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', t[j:k]
                j = k
            elif (j + 1 < n and t[j] == '{' and t[j + 1] in _ID_START):
                k = j + 2
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                if k < n and t[k] == '}':
                    yield i, k + 1, 'braced', t[j + 1:k]
                    j = k + 1
                else:
                    yield i, j, 'invalid', None
            else:
                yield i, j, 'invalid', None
            i = t.find(delim, j)

    def _invalid(self, start):
        i = start + len(self.delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
            kws = None
        out = []
        pos = 0
        t = self.template
        for start, end, kind, name in self._placeholders():
            out.append(t[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(start)
                out.append(t[start:end])
            else:
                try:
                    if kws and name in kws:
                        value = kws[name]
                    else:
                        value = mapping[name]
                except KeyError:
                    if not safe:
                        raise
                    out.append(t[start:end])
                else:
                    out.append(str(value))
        out.append(t[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for _, _, kind, _ in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
