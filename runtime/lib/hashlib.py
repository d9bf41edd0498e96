"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384,
sha512 (pure Python; the round constants are derived from the primes at
import, as the standards define them), with CPython's hash-object API."""

import math as _math

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new", "algorithms_guaranteed",
           "algorithms_available", "file_digest"]

algorithms_guaranteed = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512"})
algorithms_available = algorithms_guaranteed


def _primes(n):
    out = []
    k = 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


def _icbrt(n):
    """The integer cube root of n (floor)."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def _frac_root(p, bits, cube):
    """The first `bits` bits of the fractional part of p's square or cube root."""
    if cube:
        return _icbrt(p << (3 * bits)) & ((1 << bits) - 1)
    return _math.isqrt(p << (2 * bits)) & ((1 << bits) - 1)


_P80 = _primes(80)
_K256 = [_frac_root(p, 32, True) for p in _P80[:64]]
_K512 = [_frac_root(p, 64, True) for p in _P80]
_H256 = [_frac_root(p, 32, False) for p in _P80[:8]]
_H512 = [_frac_root(p, 64, False) for p in _P80[:8]]
# SHA-224 and SHA-384 start from the 9th..16th primes' roots (second 32 bits
# of the 64-bit values for SHA-224).
_H224 = [_frac_root(p, 64, False) & 0xFFFFFFFF for p in _P80[8:16]]
_H384 = [_frac_root(p, 64, False) for p in _P80[8:16]]
_MD5_K = [int(abs(_math.sin(i + 1)) * 2 ** 32) & 0xFFFFFFFF for i in range(64)]
_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"object supporting the buffer API required")


class _Hash:
    """Buffering and padding shared by the Merkle-Damgard hashes."""

    def __init__(self, data=b"", *, usedforsecurity=True):
        self._state = list(self._initial)
        self._buf = b""
        self._count = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _bytes_of(data)
        self._count += len(data)
        buf = self._buf + data
        bs = self.block_size
        n = len(buf) - len(buf) % bs
        for i in range(0, n, bs):
            self._compress(buf[i:i + bs])
        self._buf = buf[n:]

    def copy(self):
        other = object.__new__(type(self))
        other._state = list(self._state)
        other._buf = self._buf
        other._count = self._count
        return other

    def digest(self):
        h = self.copy()
        bs = self.block_size
        lenbytes = 16 if bs == 128 else 8
        bitlen = (self._count * 8).to_bytes(lenbytes, self._length_order)
        pad = b"\x80" + b"\x00" * ((bs - lenbytes - 1 - self._count) % bs)
        h.update(pad + bitlen)
        return h._output()[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {id(self):#x}>"


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


class _SHA2(_Hash):
    """The SHA-2 compression, parametrised by word size (SHA-256: 32-bit
    words, 64 rounds; SHA-512: 64-bit words, 80 rounds)."""

    _length_order = "big"

    def _compress(self, block):
        wb, mask, k, (s0r, s1r, S0r, S1r) = self._word_bytes, self._mask, self._k, self._rotations
        bits = wb * 8

        def rotr(x, n):
            return ((x >> n) | (x << (bits - n))) & mask

        w = list(int.from_bytes(block[i:i + wb], "big") for i in range(0, 16 * wb, wb))
        for t in range(16, len(k)):
            a15, a2 = w[t - 15], w[t - 2]
            s0 = rotr(a15, s0r[0]) ^ rotr(a15, s0r[1]) ^ (a15 >> s0r[2])
            s1 = rotr(a2, s1r[0]) ^ rotr(a2, s1r[1]) ^ (a2 >> s1r[2])
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & mask)
        a, b, c, d, e, f, g, h = self._state
        for t in range(len(k)):
            s1 = rotr(e, S1r[0]) ^ rotr(e, S1r[1]) ^ rotr(e, S1r[2])
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + k[t] + w[t]) & mask
            s0 = rotr(a, S0r[0]) ^ rotr(a, S0r[1]) ^ rotr(a, S0r[2])
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & mask
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        self._state = [(x + y) & mask for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return b"".join(x.to_bytes(self._word_bytes, "big") for x in self._state)


class _SHA256(_SHA2):
    name = "sha256"
    digest_size = 32
    block_size = 64
    _initial = _H256
    _word_bytes = 4
    _mask = 0xFFFFFFFF
    _k = _K256
    # sigma0, sigma1 (message schedule), Sigma0, Sigma1 (rounds)
    _rotations = ((7, 18, 3), (17, 19, 10), (2, 13, 22), (6, 11, 25))


class _SHA224(_SHA256):
    name = "sha224"
    digest_size = 28
    _initial = _H224


class _SHA512(_SHA2):
    name = "sha512"
    digest_size = 64
    block_size = 128
    _initial = _H512
    _word_bytes = 8
    _mask = 0xFFFFFFFFFFFFFFFF
    _k = _K512
    _rotations = ((1, 8, 7), (19, 61, 6), (28, 34, 39), (14, 18, 41))


class _SHA384(_SHA512):
    name = "sha384"
    digest_size = 48
    _initial = _H384


class _SHA1(_Hash):
    name = "sha1"
    digest_size = 20
    block_size = 64
    _initial = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    _length_order = "big"

    def _compress(self, block):
        w = list(int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4))
        for t in range(16, 80):
            w.append(_rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a, b, c, d, e = self._state
        for t in range(80):
            if t < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif t < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif t < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            a, b, c, d, e = (_rotl32(a, 5) + f + e + k + w[t]) & 0xFFFFFFFF, a, _rotl32(b, 30), c, d
        self._state = [(x + y) & 0xFFFFFFFF for x, y in zip(self._state, (a, b, c, d, e))]

    def _output(self):
        return b"".join(x.to_bytes(4, "big") for x in self._state)


class _MD5(_Hash):
    name = "md5"
    digest_size = 16
    block_size = 64
    _initial = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476]
    _length_order = "little"

    def _compress(self, block):
        m = [int.from_bytes(block[i:i + 4], "little") for i in range(0, 64, 4)]
        a, b, c, d = self._state
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | (~d & 0xFFFFFFFF)), (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & 0xFFFFFFFF
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_S[i])) & 0xFFFFFFFF
        self._state = [(x + y) & 0xFFFFFFFF for x, y in zip(self._state, (a, b, c, d))]

    def _output(self):
        return b"".join(x.to_bytes(4, "little") for x in self._state)


_CONSTRUCTORS = {"md5": _MD5, "sha1": _SHA1, "sha224": _SHA224, "sha256": _SHA256, "sha384": _SHA384, "sha512": _SHA512}


def md5(data=b"", *, usedforsecurity=True):
    return _MD5(data)


def sha1(data=b"", *, usedforsecurity=True):
    return _SHA1(data)


def sha224(data=b"", *, usedforsecurity=True):
    return _SHA224(data)


def sha256(data=b"", *, usedforsecurity=True):
    return _SHA256(data)


def sha384(data=b"", *, usedforsecurity=True):
    return _SHA384(data)


def sha512(data=b"", *, usedforsecurity=True):
    return _SHA512(data)


def new(name, data=b"", **kwargs):
    cls = _CONSTRUCTORS.get(name.lower().replace("-", "") if isinstance(name, str) else name)
    if cls is None:
        raise ValueError(f"unsupported hash type {name}")
    return cls(data)


def file_digest(fileobj, digest, /):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(65536)
        if not chunk:
            return h
        h.update(chunk)
