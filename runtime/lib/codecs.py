"""Codec registry and base classes over weft's built-in text encodings:
lookup() with CodecInfo, encode()/decode(), incremental encoders and
decoders, stream readers and writers, iterencode()/iterdecode(), open(),
the error handler registry, and the BOM constants.

The encodings themselves are the built-in ones (UTF-8/16/32 and their
variants, ASCII, Latin-1, cp1252, ISO-8859-15, unicode_escape,
raw_unicode_escape). register() adds search functions that lookup()
consults; str.encode() and bytes.decode() use only the built-in codecs,
and only the built-in error handlers."""

import builtins as _builtins

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error", "unregister"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj).decode(encoding, errors)
    return lookup(encoding).decode(obj, errors)[0]


encode.__module__ = '_codecs'
decode.__module__ = '_codecs'


def escape_decode(data, errors='strict'):
    """Decode backslash escapes in bytes (as Python 2 string literals)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    text = bytes(data).decode('latin-1')
    out = text.encode('latin-1').decode('unicode_escape').encode('latin-1')
    return out, len(data)


# -- CodecInfo and the registry ---------------------------------------------

class CodecInfo(tuple):
    """A codec's functions and classes: (encode, decode, streamreader,
    streamwriter) plus attributes for all of them."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                        self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


# Canonical names (CodecInfo.name) of the built-in encodings, by normalized
# spelling (lower case, '-' and ' ' as '_').
_CANONICAL = {}
for _name, _aliases in [
    ('utf-8', 'utf_8 utf8 u8 utf cp65001'),
    ('utf-8-sig', 'utf_8_sig utf8_sig'),
    ('ascii', 'ascii us_ascii 646'),
    ('iso8859-1', 'latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 iso_ir_100'),
    ('utf-16', 'utf_16 utf16 u16'),
    ('utf-16-le', 'utf_16_le utf_16le'),
    ('utf-16-be', 'utf_16_be utf_16be'),
    ('utf-32', 'utf_32 utf32 u32'),
    ('utf-32-le', 'utf_32_le utf_32le'),
    ('utf-32-be', 'utf_32_be utf_32be'),
    ('cp1252', 'cp1252 windows_1252'),
    ('iso8859-15', 'iso8859_15 iso_8859_15 latin9 l9'),
    ('unicode-escape', 'unicode_escape'),
    ('raw-unicode-escape', 'raw_unicode_escape'),
]:
    for _alias in _aliases.split():
        _CANONICAL[_alias] = _name
del _name, _aliases, _alias

_search_functions = []
_cache = {}


def register(search_function):
    """Add a codec search function (name -> CodecInfo or None)."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)
    _cache.clear()


def unregister(search_function):
    """Remove a codec search function."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


def lookup(encoding):
    """The CodecInfo for encoding; LookupError if there is none."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    norm = _normalize(encoding)
    if norm in _cache:
        return _cache[norm]
    for search in _search_functions:
        info = search(norm)
        if info is not None:
            if not isinstance(info, CodecInfo):
                raise TypeError('codec search functions must return 4-tuples')
            _cache[norm] = info
            return info
    name = _CANONICAL.get(norm)
    if name is None:
        raise LookupError(f"unknown encoding: {encoding}")
    info = _builtin_codec(name)
    _cache[norm] = info
    return info


def _builtin_codec(name):
    def enc(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def dec(input, errors='strict'):
        data = bytes(input)
        return data.decode(name, errors), len(data)

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            out = input.encode(name, self.errors)
            if name in ('utf-16', 'utf-32', 'utf-8-sig'):
                # Only the first piece carries the byte-order mark.
                if self._started:
                    out = out[len(input[:0].encode(name)):]
                self._started = True
            return out

        def reset(self):
            self._started = False

        _started = False

    class IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return _decode_prefix(input, name, errors, final)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return _decode_prefix(input, name, errors, False)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    for cls in (IncEncoder, IncDecoder, Reader, Writer):
        cls.__module__ = 'encodings.' + name.replace('-', '_')
    IncEncoder.__name__ = IncEncoder.__qualname__ = 'IncrementalEncoder'
    IncDecoder.__name__ = IncDecoder.__qualname__ = 'IncrementalDecoder'
    Reader.__name__ = Reader.__qualname__ = 'StreamReader'
    Writer.__name__ = Writer.__qualname__ = 'StreamWriter'
    return CodecInfo(enc, dec, Reader, Writer, IncEncoder, IncDecoder, name)


def _decode_prefix(data, name, errors, final):
    """Decode as much of data as forms whole characters: (text, consumed).
    An incomplete sequence at the end waits for more input unless final."""
    data = bytes(data)
    try:
        return data.decode(name, errors), len(data)
    except UnicodeDecodeError as e:
        if final or e.end < len(data) and e.reason != 'unexpected end of data' and e.reason != 'truncated data':
            raise
        if e.start == 0 and len(data) - e.start < 4:
            return '', 0
        if len(data) - e.start >= 4:
            raise
        return data[:e.start].decode(name, errors), e.start


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def _iter_coded(code, iterator, empty):
    """The non-empty outputs of an incremental coder's `code` over the
    pieces of iterator, then its final flush."""
    for input in iterator:
        output = code(input)
        if output:
            yield output
    output = code(empty, True)
    if output:
        yield output


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator one by one (an incremental encoder)."""
    yield from _iter_coded(getincrementalencoder(encoding)(errors, **kwargs).encode, iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes of iterator one by one (an incremental decoder)."""
    yield from _iter_coded(getincrementaldecoder(encoding)(errors, **kwargs).decode, iterator, b"")


# -- Base classes -------------------------------------------------------------

class Codec:
    """Stateless encoder/decoder: encode(input, errors) and decode(input,
    errors) return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder keeping unencoded input between calls."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder keeping undecoded input between calls."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _StreamProxy:
    """Attribute access and `with` pass through to the wrapped stream."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(_StreamProxy, Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(_StreamProxy, Codec):
    """Reads decoded text from a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def read(self, size=-1, chars=-1, firstline=False):
        while chars < 0 or len(self.charbuffer) < chars:
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            newchars, consumed = self.decode(data, self.errors)
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars
            if not newdata:
                break
            if size < 0:
                continue
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        while True:
            lines = self.charbuffer.splitlines(keepends=True)
            # A line is complete when another follows it (a lone trailing
            # '\r' may still be the first half of '\r\n').
            if len(lines) > 1:
                break
            more = self.stream.read(72)
            data = self.bytebuffer + more
            if data:
                newchars, consumed = self.decode(data, self.errors)
                self.bytebuffer = data[consumed:]
                self.charbuffer += newchars
            if not more:
                lines = self.charbuffer.splitlines(keepends=True)
                break
        if not lines:
            return ""
        line = lines[0]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends else line.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class StreamReaderWriter(_StreamProxy):
    """A reader and a writer over one stream."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file whose text is read and written through a codec."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap file so that data_encoding text is stored as file_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    info = lookup(file_encoding)
    return StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)


# -- Error handlers -------------------------------------------------------------

def strict_errors(exception):
    """The 'strict' handler: raise the exception."""
    raise exception


def ignore_errors(exception):
    """The 'ignore' handler: skip the unencodable or undecodable part."""
    if not isinstance(exception, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)
    return ('', exception.end)


def replace_errors(exception):
    """The 'replace' handler: '?' when encoding, U+FFFD when decoding."""
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    if isinstance(exception, UnicodeTranslateError):
        return ('\ufffd' * (exception.end - exception.start), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def xmlcharrefreplace_errors(exception):
    """The 'xmlcharrefreplace' handler: &#NNN; for each character."""
    if not isinstance(exception, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)
    part = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(c) for c in part), exception.end)


def backslashreplace_errors(exception):
    """The 'backslashreplace' handler: Python backslash escapes."""
    if isinstance(exception, UnicodeDecodeError):
        part = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % b for b in part), exception.end)
    if not isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)
    out = []
    for c in exception.object[exception.start:exception.end]:
        n = ord(c)
        out.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
    return (''.join(out), exception.end)


def namereplace_errors(exception):
    """The 'namereplace' handler: \\N{NAME} escapes."""
    if not isinstance(exception, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)
    import unicodedata
    out = []
    for c in exception.object[exception.start:exception.end]:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except ValueError:
            n = ord(c)
            out.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
    return (''.join(out), exception.end)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, error_handler, /):
    """Register an error handler under name (used by lookup_error(); the
    built-in str.encode and bytes.decode know only the built-in handlers)."""
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name, /):
    """The error handler registered under name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None
