"""re on random patterns with backreferences, lookarounds, lazy and nested quantifiers: findall, subn with a function and count, split with maxsplit, groupindex (hashed)."""
import random, re
random.seed(33)
atoms = ['a', 'b', 'A', '.', '\\d', '\\W', '\\S', '[a-b0-9]', '[^\\s]', '\\B', '(a|)', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', '(a)\\1', '(?P<q>.)(?P=q)', '((a)|b)', '(?i:a)', '\\A', '\\Z', '[.]', '|', '(a*)*', '(a|ab)(c|bcd)']
quants = ['', '', '*', '+', '?', '{2,3}', '{,2}', '*?', '{1,}?']
def pat():
    return ''.join(random.choice(atoms) + random.choice(quants) for _ in range(random.randint(1, 4)))
def text():
    return ''.join(random.choice('aAbB 12.\n') for _ in range(random.randint(0, 10)))
out = []
for _ in range(3000):
    p = pat(); t = text()
    try:
        r = re.compile(p, random.choice([0, re.I, re.M | re.S]))
        out.append(repr((p, t, r.findall(t), r.subn(lambda m: m.group(0).upper() + '|', t, count=random.randint(0, 3)),
                         r.split(t, maxsplit=random.randint(0, 2)), [m.span(0) for m in r.finditer(t)], r.groupindex, r.groups)))
    except re.error as e:
        out.append(repr((p, 'error', str(e))))
    except Exception as e:
        out.append(repr((p, 'EXC', type(e).__name__, str(e))))
out.append(repr([re.escape(s) for s in ['a.b', 'x y', '\t\n', 'é!', '-_~']]))
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print('\n'.join(out[::60]))
