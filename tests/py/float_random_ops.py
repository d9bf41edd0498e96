"""float arithmetic, repr (shortest digits, even digit on exact ties), hex, int conversion of huge values, math functions, on random operands (hashed)."""
import random, math, struct
random.seed(9)
out = []
def rf():
    c = random.random()
    if c < 0.1: return random.choice([0.0, -0.0, float('inf'), -float('inf'), float('nan'), 5e-324, 1.7976931348623157e308, 1.0, -1.0, 0.5])
    if c < 0.5: return struct.unpack('<d', random.getrandbits(64).to_bytes(8, 'little'))[0]
    return random.uniform(-1e6, 1e6) * 10 ** random.randint(-20, 20)
for _ in range(2500):
    a, b = rf(), rf()
    try:
        r = (a + b, a - b, a * b, a / b if b else None, a // b if b else None, a % b if b else None, divmod(a, b) if b else None,
             a ** 2 if abs(a) < 1e150 else None, a < b, a == b, round(a, 3) if math.isfinite(a) else None, round(a) if math.isfinite(a) else None)
        out.append(repr(r))
    except Exception as e:
        out.append(type(e).__name__ + ':' + str(e))
    try:
        out.append(repr((repr(a), str(a), a.hex(), float.fromhex(a.hex()) == a or a != a, a.as_integer_ratio() if math.isfinite(a) else None,
                         math.floor(a) if math.isfinite(a) else None, math.trunc(a) if math.isfinite(a) else None, hash(a) if a == a else 'nan', a.is_integer(),
                         math.sqrt(abs(a)), math.exp(a) if a < 700 else None, math.log(abs(a)) if a else None, math.sin(a) if math.isfinite(a) else None,
                         math.atan2(a, b), math.fmod(a, b) if b and math.isfinite(a) else None, math.copysign(1.0, a), math.frexp(a), math.modf(a),
                         math.isclose(a, b), math.hypot(a, b), f'{a:.17g}', f'{a:e}', int(a) if math.isfinite(a) else None)))
    except Exception as e:
        out.append(type(e).__name__ + ':' + str(e))
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print('\n'.join(out[::100]))
