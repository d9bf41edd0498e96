"""re on random patterns and texts: findall, finditer spans, sub with templates, split, search/match/fullmatch, flags, group-name errors (hashed)."""
import random, re
random.seed(21)
atoms = ['a', 'b', 'c', '.', '\\d', '\\w', '\\s', '[ab]', '[^a]', '[a-c]', '\\b', '^', '$', '(a|b)', '(?:ab)', '(a)', '(?P<n>b)', 'x?', '\\.']
quants = ['', '', '', '*', '+', '?', '{2}', '{1,2}', '*?', '+?', '??', '{0,}']
def pat():
    return ''.join(random.choice(atoms) + random.choice(quants) for _ in range(random.randint(1, 4)))
def text():
    return ''.join(random.choice('abc 1.x\n_') for _ in range(random.randint(0, 12)))
out = []
for _ in range(3000):
    p = pat()
    t = text()
    flags = random.choice([0, re.I, re.M, re.S, re.M | re.S])
    try:
        r = re.compile(p, flags)
        m = r.search(t)
        out.append(repr((p, t, flags, r.findall(t), [x.span() for x in r.finditer(t)], r.sub('<\\g<0>>', t), r.split(t),
                         m.group(0) if m else None, m.groups() if m else None, bool(r.match(t)), bool(r.fullmatch(t)))))
    except re.error as e:
        out.append(repr((p, 'error', str(e))))
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print('\n'.join(out[::60]))
