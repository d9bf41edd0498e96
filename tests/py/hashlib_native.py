"""hashlib: every guaranteed algorithm (native), copies, SHAKE lengths, BLAKE2 digest sizes, pbkdf2_hmac, file_digest, errors; _md5/_sha1; binascii helpers."""
import hashlib, hmac
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"abc")
    h2 = h.copy(); h2.update(b"def")
    d = h.hexdigest(16) if name.startswith("shake") else h.hexdigest()
    d2 = h2.hexdigest(16) if name.startswith("shake") else h2.hexdigest()
    print(name, h.name, h.digest_size, h.block_size, d, d2)
print(hashlib.sha256(b"x" * 1000000).hexdigest(), hashlib.md5(memoryview(b"ab")).hexdigest(), hashlib.blake2b(b"x", digest_size=20).hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex(), hmac.new(b"k", b"m", "sha3_256").hexdigest())
import io
print(hashlib.file_digest(io.BytesIO(b"data"), "sha1").hexdigest())
import binascii
print(binascii.hexlify(b"abc"), binascii.b2a_hex(b"aa"), binascii.unhexlify("abcd"), binascii.a2b_hex(b"6161"))
for bad in [lambda: binascii.hexlify("a"), lambda: binascii.unhexlify(b"a"), lambda: binascii.unhexlify(b"nn")]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(binascii.crc32(b"hello world"), binascii.crc32(b"hello world", 555555), binascii.b2a_base64(b"213"), binascii.b2a_base64(b"213", newline=False), binascii.a2b_base64(b"3d=="))
print(binascii.Error.__module__, binascii.Incomplete.__name__, binascii.hexlify(b"abc", "-"), binascii.crc_hqx(b"abc", 0))
import hashlib
h = hashlib.blake2b(b"x", digest_size=16); print(h.hexdigest(), hashlib.sha3_256(b"a").hexdigest()[:16], hashlib.shake_128(b"a").hexdigest(8))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex()[:20], sorted(hashlib.algorithms_guaranteed)[:5])
