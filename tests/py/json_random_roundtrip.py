"""json.dumps/loads round trips of random nested values under every formatting option, and CPython decode errors with positions."""
import random, json
random.seed(4)
def rv(d=0):
    c = random.random()
    if d > 3 or c < 0.4:
        return random.choice([None, True, False, 0, -1, 2**53 + 1, 10**30, 1.5, -0.0, 1e-7, 3.14159, 1e22, '', 'a"b', 'é\u2028\x00\t', '\ud7ff', 'x' * 5, '\\/'])
    if c < 0.7:
        return [rv(d + 1) for _ in range(random.randint(0, 4))]
    return {random.choice(['a', 'b', 'é', '1', '', 'key with space']): rv(d + 1) for _ in range(random.randint(0, 4))}
out = []
for _ in range(600):
    v = rv()
    kw = random.choice([{}, {'indent': 2}, {'sort_keys': True}, {'separators': (',', ':')}, {'ensure_ascii': False}, {'indent': '\t', 'sort_keys': True}, {'indent': 0}])
    s = json.dumps(v, **kw)
    out.append(s)
    out.append(repr(json.loads(s) == v or v))
bad = ['{', '[1,]', '{"a" 1}', 'tru', '"abc', '[1 2]', '{"a":1,}', '01', '1.', '-', '"\\x"', 'NaN', '[NaN, Infinity, -Infinity]', '{"a":1}{', ' ', '[1e400]', '1_000']
for b in bad:
    try:
        out.append(repr(json.loads(b)))
    except json.JSONDecodeError as e:
        out.append(f'{e.msg} | {e.pos} {e.lineno} {e.colno} | {e}')
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print('\n'.join(out[::40]))
print('\n'.join(out[-17:]))
