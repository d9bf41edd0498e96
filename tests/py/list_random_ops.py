"""list slicing, slice assignment and deletion, insert/pop/index/remove, sort with keys on random lists; tuple and range slices (hashed)."""
import random
random.seed(12)
out = []
for _ in range(1500):
    l = [random.randint(-5, 5) for _ in range(random.randint(0, 10))]
    i, j, k = random.randint(-12, 12), random.randint(-12, 12), random.choice([None, 1, 2, -1, -2, 3])
    m = list(l)
    try:
        r1 = m[i:j:k]
    except Exception as e:
        r1 = type(e).__name__
    m2 = list(l)
    try:
        repl = [9] * len(m2[i:j:k]) if k not in (None, 1) else [7, 8]
        m2[i:j:k] = repl
    except Exception as e:
        m2 = type(e).__name__ + str(e)
    m3 = list(l)
    try:
        del m3[i:j:k]
    except Exception as e:
        m3 = type(e).__name__
    m4 = list(l); m4.insert(i, 'x')
    m5 = list(l)
    try: p = m5.pop(i)
    except IndexError as e: p = str(e)
    m6 = sorted(l, key=lambda x: (x % 3, -x), reverse=random.random() < 0.5)
    m7 = list(l); m7.sort(key=abs)
    m8 = list(l); m8.extend(range(3)); m8 *= 2; m8.reverse()
    try: idx = l.index(2, i, j)
    except ValueError as e: idx = str(e)
    m9 = list(l)
    try: m9.remove(0)
    except ValueError as e: m9 = str(e)
    out.append(repr((l, i, j, k, r1, m2, m3, m4, m5, p, m6, m7, m8[:5], idx, m9, l.count(1), l[::-1] == list(reversed(l)), tuple(l)[i:j:k] if k != 0 else 0, range(10)[i:j:k] if k != 0 else 0)))
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print('\n'.join(out[::75]))
