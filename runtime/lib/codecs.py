"""Codec helpers over the built-in text encodings: encode(), decode(),
escape_decode(), and the BOM constants. (Codec registration and streams are
not available: lookup() raises LookupError for names weft does not know.)"""

__all__ = ["encode", "decode", "lookup", "BOM_UTF8", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32_LE", "BOM_UTF32_BE"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


def encode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}")


def decode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj).decode(encoding, errors)
    raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")


encode.__module__ = '_codecs'
decode.__module__ = '_codecs'


def escape_decode(data, errors='strict'):
    """Decode backslash escapes in bytes (as Python 2 string literals)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    text = bytes(data).decode('latin-1')
    out = text.encode('latin-1').decode('unicode_escape').encode('latin-1')
    return out, len(data)


def lookup(encoding):
    norm = encoding.lower().replace('-', '_')
    try:
        'x'.encode(encoding)
    except LookupError:
        raise LookupError(f"unknown encoding: {encoding}") from None
    return norm
