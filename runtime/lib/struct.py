"""Interpret bytes as packed binary data: pack, unpack, calcsize,
pack_into, unpack_from, iter_unpack, Struct, error."""

from _struct import error, pack, unpack, calcsize, pack_into, unpack_from, iter_unpack

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            try:
                format = bytes(format).decode('ascii')
            except UnicodeDecodeError:
                raise ValueError("non-ASCII character in struct format") from None
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__)
        elif not format.isascii():
            raise ValueError("non-ASCII character in struct format")
        size = calcsize(format)
        self.format = format
        self.size = size

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)


def _clearcache():
    """Clear the internal cache of compiled formats (there is none to clear)."""
