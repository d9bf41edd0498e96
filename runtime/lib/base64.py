"""Base16, Base32 and Base64 data encodings (standard and URL-safe
alphabets), as CPython's base64 module."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b32hexencode', 'b32hexdecode',
           'a85encode', 'a85decode', 'b85encode', 'b85decode', 'z85encode', 'z85decode']

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


# Decoding errors are binascii's, as in CPython (where binascii decodes).
import binascii
from binascii import Error


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__)


def _to_bytes(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s) - len(s) % 3, 3):
        n = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(s) % 3
    if rest == 1:
        n = s[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (s[-2] << 16) | (s[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    encoded = bytes(out)
    if altchars is not None:
        altchars = _to_bytes(altchars)
        if len(altchars) != 2:
            raise ValueError('invalid altchars: %r' % altchars)
        encoded = encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded




def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise ValueError('invalid altchars: %r' % altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        enc = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += enc[:used] + b'=' * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    index = {c: i for i, c in enumerate(alphabet)}
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            if c not in index:
                raise Error('Non-base32 digit found')
            n = (n << 5) | index[c]
        n <<= 5 * (8 - len(chunk))
        out += n.to_bytes(5, 'big')
    if padchars:
        drop = {0: 0, 1: 1, 3: 2, 4: 3, 6: 4}.get(padchars)
        if drop is None:
            raise Error('Incorrect padding')
        out = out[:-drop] if drop else out
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return _to_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise Error('Non-base16 digit found')
    return bytes.fromhex(s.decode('ascii'))


# -- Base85 family: each 4-byte big-endian word becomes 5 digits base 85.

_B85 = b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
_Z85 = b'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
_A85 = bytes(range(33, 118))


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    b = _to_bytes(b)
    padding = (-len(b)) % 4
    b += b'\0' * padding
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            chunks.append(bytes(alphabet[d] for d in digits))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = alphabet[:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def _85decode(b, table, pad_char, name):
    padding = (-len(b)) % 5
    b = b + pad_char * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            d = table[c]
            if d is None:
                raise ValueError('bad %s character at position %d' % (name, i + j))
            acc = acc * 85 + d
        if acc > 0xFFFFFFFF:
            raise ValueError('%s overflow in hunk starting at byte %d' % (name, i))
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    return result[:-padding] if padding else result


def _table(alphabet):
    table = [None] * 256
    for i, c in enumerate(alphabet):
        table[c] = i
    return table


_B85_TABLE = _table(_B85)
_Z85_TABLE = _table(_Z85)


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad)


def b85decode(b):
    return _85decode(_bytes_from_decode_data(b), _B85_TABLE, b'~', 'base85')


def z85encode(s):
    return _85encode(s, _Z85)


def z85decode(s):
    return _85decode(_bytes_from_decode_data(s), _Z85_TABLE, b'#', 'z85')


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = []
    word = []
    for i, c in enumerate(b):
        if 33 <= c <= 117:
            word.append(c - 33)
            if len(word) == 5:
                acc = 0
                for d in word:
                    acc = acc * 85 + d
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out.append(acc.to_bytes(4, 'big'))
                word = []
        elif c == 0x7a:  # 'z'
            if word:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 0x79:  # 'y'
            if word:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if word:
        padding = 5 - len(word)
        word += [84] * padding
        acc = 0
        for d in word:
            acc = acc * 85 + d
        out.append(acc.to_bytes(4, 'big')[:-padding])
    return b''.join(out)


def encodebytes(s):
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(b64encode(s[i:i + 57]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    return b64decode(_to_bytes(s))


def encode(input, output):
    while True:
        s = input.read(57)
        if not s:
            break
        output.write(b64encode(s) + b'\n')


def decode(input, output):
    output.write(decodebytes(input.read()))
