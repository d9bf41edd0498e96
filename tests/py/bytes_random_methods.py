"""bytes and bytearray methods on random bytes: split/strip/case/pad/predicates/hex/decode with error handlers (hashed)."""
import random
random.seed(13)
out = []
alpha = b'ab AB\t\n\r12_-.,\x00\xff\x0b\x1c'
def bs():
    return bytes(random.choice(alpha) for _ in range(random.randint(0, 12)))
for _ in range(1200):
    x = bs()
    sep = random.choice([None, b' ', b'a', b'ab', b'\n'])
    n = random.randint(-1, 3)
    ba = bytearray(x)
    try:
        out.append(repr((x.split(sep, n), x.rsplit(sep, n), x.partition(sep or b' '), x.strip(), x.strip(b'a '), x.splitlines(True), x.title(), x.capitalize(), x.swapcase(), x.upper(),
                         x.center(15, b'*'), x.zfill(10), x.expandtabs(random.randint(0, 9)), x.isspace(), x.istitle(), x.isalnum(), x.isdigit(), x.isascii(), x.find(b'a'), x.rfind(b'b', 1),
                         x.count(b'a', 1, 8), x.replace(b'a', b'XY', n), x.hex(), x.hex(':', 2), bytes.fromhex(x.hex()) == x, repr(x), x.decode('latin-1'), x.decode('utf-8', 'replace'),
                         x.decode('ascii', 'backslashreplace'), x[::-1], ba.upper(), bytes(reversed(x)), x.removeprefix(b'a'), x.translate(None, b'ab'), x.ljust(14, b'-'), list(x[:3]))))
    except Exception as e:
        out.append('ERR ' + type(e).__name__ + str(e))
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print('\n'.join(out[::60]))
