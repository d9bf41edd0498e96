"""hashlib digests (md5, sha1, sha2 family) at block boundaries, copy/update, errors; random seeding from str/bytes (SHA-512 based, as CPython)."""
import hashlib
msgs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 200, bytes(range(256)) * 3, "héllo".encode()]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for m in msgs:
        h = hashlib.new(name, m)
        print(name, len(m), h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(); h.update(b"ab"); c = h.copy(); h.update(b"c"); print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), c.hexdigest() == hashlib.sha256(b"ab").hexdigest())
try:
    hashlib.sha256("str")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
import random
random.seed("a string seed"); print(random.random())
random.seed(b"bytes seed"); print(random.random())
random.seed(bytearray(b"ba")); print(random.random())
