"""CSV file reading and writing (the `csv` module): reader, writer,
DictReader, DictWriter, dialects and the quoting modes, with the parsing
rules and errors of CPython's `_csv`.

Not provided: `Sniffer` (raises NotImplementedError)."""

import io as _io

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
           "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """Describe a CSV dialect (the parameters of reader and writer)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validate(_Params(self))


class excel(Dialect):
    """Properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Properties of UNIX-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Params:
    """The resolved parameters of a dialect plus keyword overrides."""

    _names = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
              "lineterminator", "quoting", "strict")

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for k in kw:
            if k not in self._names:
                raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        defaults = {"delimiter": ',', "quotechar": '"', "escapechar": None, "doublequote": True,
                    "skipinitialspace": False, "lineterminator": '\r\n', "quoting": QUOTE_MINIMAL,
                    "strict": False}
        for name in self._names:
            if name in kw:
                v = kw[name]
            elif dialect is not None and getattr(dialect, name, None) is not None:
                v = getattr(dialect, name)
            else:
                v = defaults[name]
            setattr(self, name, v)
        if "quotechar" in kw and kw["quotechar"] is None and "quoting" not in kw:
            self.quoting = QUOTE_NONE
        _validate(self)


def _char(name, v, allow_none):
    if v is None:
        if allow_none:
            return
        raise TypeError(f'"{name}" must be a unicode character, not NoneType')
    if not isinstance(v, str):
        raise TypeError(f'"{name}" must be a unicode character{" or None" if allow_none else ""}, not {type(v).__name__}')
    if len(v) != 1:
        raise TypeError(f'"{name}" must be a unicode character{" or None" if allow_none else ""}, not a string of length {len(v)}')


def _validate(p):
    _char("delimiter", p.delimiter, False)
    _char("quotechar", p.quotechar, True)
    _char("escapechar", p.escapechar, True)
    if not isinstance(p.lineterminator, str):
        raise TypeError(f'"lineterminator" must be a string, not {type(p.lineterminator).__name__}')
    if p.quoting not in range(6):
        raise TypeError('bad "quoting" value')
    if p.quotechar is None and p.quoting != QUOTE_NONE:
        raise TypeError('quotechar must be set if quoting enabled')
    if p.delimiter in ('\r', '\n') or p.delimiter == ' ' and p.skipinitialspace:
        raise ValueError("bad delimiter value")
    if p.quotechar is not None and p.quotechar == p.delimiter:
        raise ValueError("bad delimiter or quotechar value")


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    base = dialect if dialect is not None else None
    params = _Params(base, **fmtparams)
    d = type(name, (Dialect,), {k: getattr(params, k) for k in _Params._names})
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


class _Reader:
    def __init__(self, iterable, dialect='excel', **fmtparams):
        self._it = iter(iterable)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start_record'
        quoted = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state in ('start_record',):
                    raise
                if state == 'in_quoted_field' or state == 'escape_in_quoted':
                    if d.strict:
                        raise Error("unexpected end of data")
                fields.append(self._finish(field, quoted))
                return fields
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} (the file should be opened in text mode)")
            self.line_num += 1
            i, n = 0, len(line)
            while i < n:
                c = line[i]
                if c == '\0':
                    raise Error("line contains NUL")
                if state == 'start_record':
                    if c in '\r\n':
                        # An empty line is an empty record.
                        if c == '\r' and i + 1 < n and line[i + 1] == '\n':
                            i += 1
                        i += 1
                        if i >= n:
                            return []
                        continue
                    state = 'start_field'
                    continue
                if state == 'start_field':
                    quoted = False
                    if c in '\r\n':
                        fields.append(self._finish(field, quoted))
                        return self._end_line(fields, line, i)
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = 'in_quoted_field'
                    elif c == d.escapechar:
                        state = 'escape'
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                    else:
                        field.append(c)
                        state = 'in_field'
                elif state == 'escape':
                    field.append(c)
                    state = 'in_field'
                elif state == 'in_field':
                    if c in '\r\n':
                        fields.append(self._finish(field, quoted))
                        return self._end_line(fields, line, i)
                    if c == d.escapechar:
                        state = 'escape'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'start_field'
                    else:
                        field.append(c)
                elif state == 'in_quoted_field':
                    if c == d.escapechar:
                        state = 'escape_in_quoted'
                    elif c == d.quotechar:
                        state = 'quote_in_quoted' if d.doublequote else 'in_field'
                    else:
                        field.append(c)
                elif state == 'escape_in_quoted':
                    field.append(c)
                    state = 'in_quoted_field'
                elif state == 'quote_in_quoted':
                    if c == d.quotechar:
                        field.append(c)
                        state = 'in_quoted_field'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'start_field'
                    elif c in '\r\n':
                        fields.append(self._finish(field, quoted))
                        return self._end_line(fields, line, i)
                    elif not d.strict:
                        field.append(c)
                        state = 'in_field'
                    else:
                        raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
                i += 1
                if len(field) > _field_limit:
                    raise Error(f"field larger than field limit ({_field_limit})")
            # End of this piece of input without a line end.
            if state in ('start_field', 'in_field', 'quote_in_quoted'):
                fields.append(self._finish(field, quoted))
                return fields
            if state == 'escape':
                field.append('\n')
                state = 'in_field'
            elif state == 'escape_in_quoted':
                field.append('\n')
                state = 'in_quoted_field'
            elif state == 'start_record':
                return []

    def _end_line(self, fields, line, i):
        rest = line[i:]
        if rest not in ('\n', '\r', '\r\n'):
            raise Error("new-line character seen in unquoted field - do you need to open the file with newline=''?")
        return fields

    def _finish(self, chars, quoted):
        s = ''.join(chars)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s:
            return float(s)
        if not quoted and not s and self.dialect.quoting in (QUOTE_NOTNULL,):
            return None
        if not quoted and not s and self.dialect.quoting == QUOTE_STRINGS:
            return None
        if self.dialect.quoting == QUOTE_STRINGS and not quoted and s:
            return float(s)
        return s


def reader(csvfile, dialect='excel', **fmtparams):
    """Return a reader over the lines of `csvfile` (any iterable of str)."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    def __init__(self, fileobj, dialect='excel', **fmtparams):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Params(dialect, **fmtparams)

    def _field(self, v):
        d = self.dialect
        if v is None:
            if d.quoting == QUOTE_ALL:
                return d.quotechar * 2
            return ''
        s = repr(v) if isinstance(v, float) else str(v)
        if d.quoting == QUOTE_ALL or d.quoting == QUOTE_NOTNULL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(v, (int, float, complex))
        elif d.quoting == QUOTE_STRINGS:
            quote = isinstance(v, str)
        else:
            quote = False
        out = []
        for c in s:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator or c in '\r\n':
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quote = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        body = ''.join(out)
        if quote:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        d = self.dialect
        fields = [self._field(v) for v in items]
        if len(items) == 1 and fields[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            fields[0] = d.quotechar * 2
        line = d.delimiter.join(fields) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect='excel', **fmtparams):
    """Return a writer of delimited rows to `fileobj` (anything with write)."""
    return _Writer(fileobj, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


class Sniffer:
    """Deduces the format of a CSV file (not provided by weft)."""

    def sniff(self, sample, delimiters=None):
        raise NotImplementedError("csv.Sniffer is not provided by weft")

    def has_header(self, sample):
        raise NotImplementedError("csv.Sniffer is not provided by weft")
