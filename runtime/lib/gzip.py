"""gzip: the gzip file format (RFC 1952) over zlib: compress and
decompress in memory, GzipFile and open() for files and file objects."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
READ_BUFFER_SIZE = 128 * 1024


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _write_header(fileobj, compresslevel, mtime, fname=b''):
    fileobj.write(b'\037\213')
    fileobj.write(b'\010')
    flags = FNAME if fname else 0
    fileobj.write(chr(flags).encode('latin-1'))
    if mtime is None:
        mtime = time.time()
    fileobj.write(struct.pack("<L", int(mtime) & 0xffffffff))
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = b'\002'
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = b'\004'
    else:
        xfl = b'\000'
    fileobj.write(xfl)
    fileobj.write(b'\377')
    if fname:
        fileobj.write(fname + b'\000')


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing gzip data (one or more members)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._data = None
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python releases.  Specify the mode argument for opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self.size = 0
            self.crc = zlib.crc32(b"")
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self.name = filename
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            _write_header(fileobj, compresslevel, mtime, fname)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj

    @property
    def mtime(self):
        return getattr(self, '_read_mtime', None)

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
            data = data.tobytes()
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _load(self):
        if self._data is None:
            raw = self.fileobj.read()
            data, mtime = _decompress_members(raw)
            self._data = data
            self._read_mtime = mtime

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        self._load()
        if size is None or size < 0:
            r = self._data[self._pos:]
        else:
            r = self._data[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._load()
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check_not_closed()
        self._load()
        i = self._data.find(b'\n', self._pos)
        end = len(self._data) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._data[self._pos:end]
        self._pos = end
        return r

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<L", self.crc & 0xffffffff))
                fileobj.write(struct.pack("<L", self.size & 0xffffffff))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset = self.offset + offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            self.write(b'\0' * count)
            return self.offset
        self._load()
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            raise ValueError('Seek from end not supported')
        self._pos = max(0, offset)
        return self._pos

    def tell(self):
        if self.mode == WRITE:
            return self.offset
        return self._pos

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def _read_header(data, pos):
    """Parse a member header at data[pos:]; (position after it, mtime)."""
    if data[pos:pos + 2] != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % data[pos:pos + 2])
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flag, mtime = struct.unpack("<BBI", data[pos + 2:pos + 8])
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    pos += 10
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", data[pos:pos + 2])
        pos += 2 + extra_len
    if flag & FNAME:
        pos = data.index(b'\000', pos) + 1
    if flag & FCOMMENT:
        pos = data.index(b'\000', pos) + 1
    if flag & FHCRC:
        pos += 2
    return pos, mtime


def _decompress_members(data):
    """Decompress every member of gzip data; (bytes, last mtime)."""
    out = []
    pos = 0
    mtime = None
    while pos < len(data):
        if data[pos:pos + 1] == b'\0':
            # Padding after the last member.
            if data[pos:].strip(b'\0'):
                raise BadGzipFile('Not a gzipped file (%r)' % data[pos:pos + 2])
            break
        pos, mtime = _read_header(data, pos)
        do = zlib.decompressobj(-zlib.MAX_WBITS)
        chunk = do.decompress(data[pos:])
        if not do.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        rest = do.unused_data
        if len(rest) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc32, isize = struct.unpack("<II", rest[:8])
        if crc32 != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(zlib.crc32(chunk))))
        if isize != (len(chunk) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        pos = len(data) - len(rest) + 8
    return b''.join(out), mtime


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    buf = io.BytesIO()
    _write_header(buf, compresslevel, mtime)
    co = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
    buf.write(co.compress(data) + co.flush())
    buf.write(struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff))
    return buf.getvalue()


def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    return _decompress_members(bytes(data))[0]
