"""In-memory text and binary streams (StringIO, BytesIO) and open()."""

import builtins as _builtins

open = _builtins.open


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    """What StringIO and BytesIO share: the position, closing, seeking and
    the context-manager protocol. Subclasses hold the data in self._buf."""

    # CPython's StringIO words this without the final period.
    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def _check_iobase(self):
        # The methods CPython inherits from IOBase use IOBase's wording.
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            self._pos = pos
        elif whence == 1:
            self._pos += pos
        else:
            self._pos = len(self._buf) + pos
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check_iobase()
        return False

    def readlines(self, hint=-1):
        out = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return out

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_iobase()
        return self

    def __exit__(self, *args):
        self.close()
        return False


class StringIO(_MemoryIO):
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._buf = initial_value
        self._pos = 0
        self.closed = False

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if self._pos == len(self._buf):
            self._buf += s
        else:
            if self._pos > len(self._buf):
                self._buf += '\0' * (self._pos - len(self._buf))
            self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        i = self._buf.find('\n', self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def getvalue(self):
        self._check()
        return self._buf

    def flush(self):
        pass

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size


class BytesIO(_MemoryIO):
    """An in-memory binary stream over a growable buffer."""

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes or b'')
        self._pos = 0
        self.closed = False

    def write(self, b):
        self._check()
        b = bytes(b)
        n = len(b)
        pos = self._pos
        buf = self._buf
        if pos == len(buf):
            buf += b
        else:
            if pos > len(buf):
                buf += b'\0' * (pos - len(buf))
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

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
        i = self._buf.find(b'\n', self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return r

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        del self._buf[size:]
        return size

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def getvalue(self):
        self._check()
        return bytes(self._buf)
