"""The I/O class hierarchy: IOBase and its raw, buffered and text
abstract bases; in-memory streams (StringIO, BytesIO); TextIOWrapper over
any binary stream; and open(). The file objects open() returns and the
standard streams are native types, registered with these bases."""

import abc as _abc
import builtins as _builtins
import _io

open = _builtins.open

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 128 * 1024
BlockingIOError = _builtins.BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


def open_code(path):
    """Open `path` for reading source code (binary)."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when `encoding` is None: "locale" (which weft's
    codecs read as UTF-8)."""
    return "locale" if encoding is None else encoding


class IOBase(metaclass=_abc.ABCMeta):
    """The base of all I/O classes: closing, iteration over lines, the
    context-manager protocol; operations a stream lacks raise
    UnsupportedOperation."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            if not self.closed:
                self.close()
        except Exception:
            pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # The lines read stop once their total size exceeds the hint (BytesIO:
    # once it reaches it).
    _hint_reached_at = 1

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint + self._hint_reached_at:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary I/O: subclasses provide readinto() and write()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Buffered binary I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Text I/O: str in, str out."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class IncrementalNewlineDecoder:
    """Translate \\r\\n and \\r to \\n (when `translate`) across chunks of
    decoded text, remembering which newline kinds were seen."""

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        return b"", int(self.pendingcr)

    def setstate(self, state):
        self.pendingcr = bool(state[1] & 1)

    def reset(self):
        self.seennl = 0
        self.pendingcr = False

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline!r}")


def _find_line_end(text, start, newline, limit):
    """End (exclusive) of the line starting at `start` in `text`, or -1
    when no complete line is there (and `limit` is not reached)."""
    if newline is None or newline == "\n":
        i = text.find("\n", start)
        end = -1 if i < 0 else i + 1
    elif newline == "":
        i = start
        n = len(text)
        end = -1
        while i < n:
            c = text[i]
            if c == "\n":
                end = i + 1
                break
            if c == "\r":
                if i + 1 < n:
                    end = i + 2 if text[i + 1] == "\n" else i + 1
                    break
                # A final \r may be the first half of \r\n: not complete.
                break
            i += 1
    else:
        i = text.find(newline, start)
        end = -1 if i < 0 else i + len(newline)
    if limit >= 0 and (end < 0 or end - start > limit) and len(text) - start >= limit:
        return start + limit
    return end


class _MemoryStream:
    """What StringIO and BytesIO share: closing, and the capabilities of a
    stream that is always readable, writable and seekable while open."""

    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True


class StringIO(_MemoryStream, TextIOBase):
    """An in-memory text stream. Appends are collected in a list and
    joined when the text is next read, so building a long string with
    many write() calls takes linear time."""

    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._decoder = IncrementalNewlineDecoder(None, translate=newline is None) if newline in (None, "") else None
        self._writenl = newline if newline not in (None, "") else "\n"
        self._text = ""
        self._chunks = []
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    _closed_message = "I/O operation on closed file"

    def _joined(self):
        if self._chunks:
            self._text += "".join(self._chunks)
            self._chunks = []
        return self._text

    @property
    def line_buffering(self):
        self._check()
        return False

    def flush(self):
        pass

    @property
    def newlines(self):
        self._check()
        return None if self._decoder is None else self._decoder.newlines

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._decoder is not None:
            s = self._decoder.decode(s, final=True)
        if self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if self._pos == self._len:
            if s:
                self._chunks.append(s)
        else:
            text = self._joined()
            if self._pos > self._len:
                text += "\0" * (self._pos - self._len)
            text = text[:self._pos] + s + text[self._pos + len(s):]
            self._text = text
        self._pos += len(s)
        self._len = max(self._len, self._pos)
        return n

    def read(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        text = self._joined()
        if size is None or size < 0:
            r = text[self._pos:]
        else:
            r = text[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        text = self._joined()
        nl = "\n" if self._newline is None else self._newline
        end = _find_line_end(text, self._pos, nl, size)
        if end < 0:
            end = len(text)
        r = text[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                # StringIO words both relative cases alike.
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._len
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        text = self._joined()
        if size < len(text):
            self._text = text[:size]
            self._len = size
        return size

    def getvalue(self):
        self._check()
        return self._joined()

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, self.__dict__.copy())

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_MemoryStream, BufferedIOBase):
    """An in-memory binary stream over a growable buffer."""

    _hint_reached_at = 0

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False
        self._exports = 0

    def flush(self):
        self._check()

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        b = memoryview(b).tobytes() if not isinstance(b, (bytes, bytearray)) else b
        n = len(b)
        pos = self._pos
        buf = self._buf
        if pos == len(buf):
            buf += b
        else:
            if pos > len(buf):
                buf += b"\0" * (pos - len(buf))
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            r = bytes(self._buf[self._pos:])
        else:
            r = bytes(self._buf[self._pos:self._pos + size])
        self._pos += len(r)
        return r

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        i = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        r = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return r

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decodes what it reads, encodes what it
    writes, and applies the newline convention."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is None:
            encoding = "utf-8"
        if not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        "".encode(encoding)
        if errors is None:
            errors = "strict"
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoder = IncrementalNewlineDecoder(None, translate=newline is None) if newline in (None, "") else None
        self._writenl = newline if newline not in (None, "") else "\n"
        self._pending = b""
        self._text = ""
        self._tpos = 0
        self._eof = False
        self._detached = False

    def _check_attached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return None if self._decoder is None else self._decoder.newlines

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return getattr(self.buffer, "mode", None)

    @property
    def closed(self):
        return self.buffer.closed

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self._detached and not self.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self._check_attached()
        self.flush()
        buffer = self._buffer
        self._detached = True
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            "".encode(encoding)
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            _check_newline(newline)
            self._newline = newline
            self._decoder = IncrementalNewlineDecoder(None, translate=newline is None) if newline in (None, "") else None
            self._writenl = newline if newline not in (None, "") else "\n"
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def write(self, s):
        self._check_attached()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        text = s.replace("\n", self._writenl) if self._writenl != "\n" else s
        self.buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        # What was read ahead is no longer where the buffer stands.
        self._text = ""
        self._tpos = 0
        return n

    def _decode(self, data, final):
        data = self._pending + data
        self._pending = b""
        try:
            text = data.decode(self._encoding, self._errors)
        except UnicodeDecodeError as e:
            # An incomplete character at the end waits for the next chunk.
            if final or e.reason != "unexpected end of data" or len(data) - e.start > 3:
                raise
            self._pending = data[e.start:]
            text = data[:e.start].decode(self._encoding, self._errors)
        if self._decoder is not None:
            text = self._decoder.decode(text, final=final)
        return text

    def _read_chunk(self):
        """Decode one more chunk into the read-ahead; False at end."""
        if self._eof:
            return False
        reader = getattr(self.buffer, "read1", None) or self.buffer.read
        data = reader(self._CHUNK)
        if not data:
            self._eof = True
            tail = self._decode(b"", True)
            if tail:
                self._text = self._text[self._tpos:] + tail
                self._tpos = 0
                return True
            return False
        text = self._decode(data, False)
        self._text = self._text[self._tpos:] + text
        self._tpos = 0
        return True

    def read(self, size=-1):
        self._check_attached()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self.readable():
            raise UnsupportedOperation("not readable")
        if size is None:
            size = -1
        if size < 0:
            rest = self._text[self._tpos:] + self._decode(self.buffer.read(), True)
            self._text = ""
            self._tpos = 0
            self._eof = False
            return rest
        while len(self._text) - self._tpos < size and self._read_chunk():
            pass
        r = self._text[self._tpos:self._tpos + size]
        self._tpos += len(r)
        return r

    def readline(self, size=-1):
        self._check_attached()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None:
            size = -1
        nl = "\n" if self._newline is None else self._newline
        while True:
            end = _find_line_end(self._text, self._tpos, nl, size)
            if end >= 0:
                break
            if not self._read_chunk():
                end = len(self._text)
                break
        r = self._text[self._tpos:end]
        self._tpos = end
        return r

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_attached()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        pos = self.buffer.tell()
        unread = self._text[self._tpos:]
        return pos - len(unread.encode(self._encoding, self._errors)) - len(self._pending)

    def seek(self, cookie, whence=0):
        self._check_attached()
        if self.closed:
            raise ValueError("tell on closed file")
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self.flush()
        if whence == 1:
            cookie = self.tell()
            whence = 0
        pos = self.buffer.seek(cookie, whence)
        self._text = ""
        self._tpos = 0
        self._pending = b""
        self._eof = False
        if self._decoder is not None:
            self._decoder.reset()
        return pos

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def __repr__(self):
        result = "<_io.TextIOWrapper"
        try:
            result += f" name={self.name!r}"
        except Exception:
            pass
        try:
            mode = self.mode
            if mode is not None:
                result += f" mode={mode!r}"
        except Exception:
            pass
        return result + f" encoding={self.encoding!r}>"


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one buffered stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


# The native file objects open() returns and the standard streams.
BufferedReader = _io.BufferedReader
BufferedWriter = _io.BufferedWriter
BufferedRandom = _io.BufferedRandom
for _t in (BufferedReader, BufferedWriter, BufferedRandom, _io.StdBufferedWriter):
    BufferedIOBase.register(_t)
for _t in (_io.FileTextIOWrapper, _io.StdTextIOWrapper):
    TextIOWrapper.register(_t)
del _t


class FileIO(RawIOBase):
    """Raw (unbuffered) file I/O over a path, through a binary open()."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if isinstance(file, int):
            raise NotImplementedError("io.FileIO over a file descriptor is not supported by weft")
        if not set(mode) <= set("rwxab+") or sum(c in "rwxa" for c in mode) != 1:
            raise ValueError(f"invalid mode: {mode}")
        self._f = open(file, mode.replace("b", "") + "b")
        self.name = file
        self.mode = ("rb+" if "+" in mode else "rb") if "r" in mode else ("wb+" if "+" in mode else "wb") if "w" in mode else ("ab+" if "+" in mode else "ab") if "a" in mode else ("xb+" if "+" in mode else "xb")
        self.closefd = closefd

    @property
    def closed(self):
        return self._f.closed

    def close(self):
        self._f.close()

    def readable(self):
        return self._f.readable()

    def writable(self):
        return self._f.writable()

    def seekable(self):
        return True

    def fileno(self):
        return self._f.fileno()

    def isatty(self):
        return self._f.isatty()

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self._f.read(size)

    def readall(self):
        return self._f.read()

    def readinto(self, b):
        data = self._f.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self._f.write(b)

    def seek(self, pos, whence=0):
        return self._f.seek(pos, whence)

    def tell(self):
        return self._f.tell()

    def truncate(self, size=None):
        return self._f.truncate(size)
