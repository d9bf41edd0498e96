"""int arithmetic, bit operations, conversions and formatting on random operands up to 200 bits (hashed)."""
import random, math
random.seed(7)
out = []
def rnd():
    k = random.choice([1, 2, 8, 31, 32, 63, 64, 65, 100, 200])
    v = random.getrandbits(k)
    return -v if random.random() < 0.4 else v
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: divmod(a, b), lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b,
       lambda a, b: a << (abs(b) % 70), lambda a, b: a >> (abs(b) % 70), lambda a, b: pow(a, abs(b) % 5),
       lambda a, b: pow(a, abs(b) % 50, b) if b else None, lambda a, b: a == b, lambda a, b: a < b,
       lambda a, b: round(a, -(abs(b) % 20)), lambda a, b: a / b, lambda a, b: math.gcd(a, b), lambda a, b: (a > 0) - (a < 0)]
for _ in range(3000):
    a, b = rnd(), rnd()
    op = random.randrange(len(ops))
    try:
        r = ops[op](a, b)
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    out.append(f'{op} {a} {b} {r!r}')
for _ in range(500):
    a = rnd()
    try:
        out.append(repr((~a, -a, abs(a), a.bit_length(), a.bit_count(), hex(a), oct(a), bin(a), str(a), int(str(a)), int(hex(a), 16), int(bin(a), 0),
                         a.to_bytes((a.bit_length() + 8) // 8 or 1, 'little', signed=True), float(a) if abs(a) < 2 ** 1000 else None, hash(a), format(a, ',')) ))
    except Exception as e:
        out.append(type(e).__name__ + ':' + str(e))
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print('\n'.join(out[::100]))
