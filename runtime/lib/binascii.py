"""Conversions between binary data and ASCII encodings: hex, base64, and
the CRC-32 and CRC-CCITT checksums."""

__all__ = ["Error", "Incomplete", "a2b_base64", "a2b_hex", "b2a_base64", "b2a_hex", "crc32",
           "crc_hqx", "hexlify", "unhexlify"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes(data, what="a bytes-like object is required"):
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _bytes(data) if not isinstance(data, str) else _type_error(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


def _type_error(data):
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


hexlify = b2a_hex


def a2b_hex(hexstr):
    s = _bytes(hexstr)
    if len(s) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(s.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


unhexlify = a2b_hex

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    data = _bytes(data) if not isinstance(data, str) else _type_error(data)
    out = bytearray()
    for i in range(0, len(data) - len(data) % 3, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _bytes(data)
    bits = 0
    nbits = 0
    out = bytearray()
    pads = 0
    quads = 0
    for c in s:
        if c == ord("="):
            pads += 1
            if quads % 4 >= 2 and (quads + pads) % 4 == 0:
                break
            continue
        if c not in _B64_INDEX:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        pads = 0
        quads += 1
        bits = (bits << 6) | _B64_INDEX[c]
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    if quads % 4 == 1:
        raise Error(f"Invalid base64-encoded string: number of data characters ({quads}) cannot be 1 more than a multiple of 4")
    if quads % 4 and (quads + pads) % 4:
        raise Error("Incorrect padding")
    return bytes(out)


def _crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, value=0):
    data = _bytes(data) if not isinstance(data, str) else _type_error(data)
    crc = ~value & 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value):
    data = _bytes(data) if not isinstance(data, str) else _type_error(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
