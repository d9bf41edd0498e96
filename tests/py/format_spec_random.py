"""format() on random specs for ints and floats: fill, align, sign, z, #, 0, width, grouping, precision and every presentation type (1500 cases, hashed)."""
import random
random.seed(3)
out = []
fills = ['', '*', '0', ' ', 'é']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
types_f = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
types_i = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%']
for _ in range(1500):
    fill = random.choice(fills); align = random.choice(aligns) if fill == '' or True else ''
    if fill and not align: align = '<'
    spec = fill + align + random.choice(signs) + random.choice(['', 'z']) + random.choice(['', '#']) + random.choice(['', '0']) + random.choice(['', '1', '8', '15']) + random.choice(['', ',', '_']) + random.choice(['', '.0', '.1', '.3', '.10'])
    if random.random() < 0.5:
        v = random.choice([0.0, -0.0, 1.5, -2.25, 1e16, 1.23456789e-7, float('inf'), float('nan'), 123456.789, 0.1, 2.5, 1e300, 5e-324, -1234.5])
        spec += random.choice(types_f)
    else:
        v = random.choice([0, 1, -1, 42, 255, -4096, 10**20, 65, 1114111, True])
        spec += random.choice(types_i)
    try:
        r = format(v, spec)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    out.append(f'{v!r} {spec!r} -> {r!r}')
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print("\n".join(out[::50]))
