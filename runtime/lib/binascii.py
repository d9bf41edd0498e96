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
    """Decode base64 as CPython does: characters outside the alphabet are
    skipped (an error in strict mode), a complete padding ends the input,
    and strict mode refuses misplaced padding."""
    s = _bytes(data)
    out = bytearray()
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    n = len(s)
    for i in range(n):
        c = s[i]
        if c == 61:  # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error("Leading padding not allowed" if i == 0 else "Excess padding not allowed")
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = _B64_INDEX.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos, leftchar = 1, v
        elif quad_pos == 1:
            out.append(((leftchar << 2) | (v >> 4)) & 0xFF)
            quad_pos, leftchar = 2, v & 0x0F
        elif quad_pos == 2:
            out.append(((leftchar << 4) | (v >> 2)) & 0xFF)
            quad_pos, leftchar = 3, v & 0x03
        else:
            out.append(((leftchar << 6) | v) & 0xFF)
            quad_pos, leftchar = 0, 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4"
                    % (len(out) // 3 * 4 + 1))
    if quad_pos:
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
