"""Secure hashes and message digests: MD5, SHA-1, SHA-2, SHA-3, SHAKE and
BLAKE2 (native, in `_hashlib`), pbkdf2_hmac, file_digest, with CPython's
hash-object API."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
                                   'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = algorithms_guaranteed


def new(name, data=b'', **kwargs):
    """A new hash object for the named algorithm, fed `data`."""
    return _hashlib.new(name, data, **kwargs)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _hashlib.new(name, data)
    make.__name__ = make.__qualname__ = name
    make.__doc__ = f"Return a new {name} hash object."
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', usedforsecurity=True, **kwargs):
    """Return a new BLAKE2b hash object."""
    return _hashlib.new('blake2b', data, digest_size=digest_size, key=key, salt=salt, person=person)


def blake2s(data=b'', *, digest_size=32, key=b'', salt=b'', person=b'', usedforsecurity=True, **kwargs):
    """Return a new BLAKE2s hash object."""
    return _hashlib.new('blake2s', data, digest_size=digest_size, key=key, salt=salt, person=person)


blake2b.MAX_DIGEST_SIZE = 64
blake2b.MAX_KEY_SIZE = 64
blake2b.SALT_SIZE = 16
blake2b.PERSON_SIZE = 16
blake2s.MAX_DIGEST_SIZE = 32
blake2s.MAX_KEY_SIZE = 32
blake2s.SALT_SIZE = 8
blake2s.PERSON_SIZE = 8


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC."""
    if not isinstance(hash_name, str):
        raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    password = bytes(password)
    salt = bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = getattr(inner, 'block_size', 64)
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + b'\x00' * (blocksize - len(password))
    inner.update(password.translate(bytes((x ^ 0x36) for x in range(256))))
    outer.update(password.translate(bytes((x ^ 0x5C) for x in range(256))))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen > 0x7fffffff:
        raise OverflowError("key length is too great.")
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4))
        rkey = int.from_bytes(prev)
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev)
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size)
    return dkey[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """A hash object of the contents of a binary file object."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return h
        h.update(chunk)
