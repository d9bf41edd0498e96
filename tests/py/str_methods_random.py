"""str methods on random strings with non-ASCII case rules (final sigma, dotted I, titlecase digraphs) and Python whitespace (U+001C..U+001F): split/strip/case/pad/predicates."""
import random
random.seed(11)
alphabet = 'ab AB\t\n\r12_-.,ßİıǅΣσς\x0b\x1c\u2028é'
out = []
def s(n=None):
    return ''.join(random.choice(alphabet) for _ in range(random.randint(0, 12) if n is None else n))
for _ in range(400):
    x = s()
    seps = [None, ' ', 'a', 'ab', '\n']
    sep = random.choice(seps)
    n = random.randint(-1, 3)
    try:
        out.append(repr((x.split(sep, n), x.rsplit(sep, n), x.partition(sep or ' '), x.rpartition(sep or ' '),
                         x.strip(), x.strip('a .'), x.lstrip('\t '), x.rstrip('1'), x.splitlines(), x.splitlines(True),
                         x.title(), x.capitalize(), x.swapcase(), x.upper(), x.lower(), x.casefold(),
                         x.center(15, '*'), x.ljust(9), x.rjust(9, '.'), x.zfill(10), x.expandtabs(random.randint(0, 9)),
                         x.isspace(), x.istitle(), x.isupper(), x.islower(), x.isalnum(), x.isalpha(), x.isdigit(), x.isidentifier(), x.isprintable(),
                         x.find('a'), x.rfind('b', 1), x.count('a', 1, 8), x.replace('a', 'XY', n), x.startswith(('a', 'b')), x.endswith('\n'),
                         x.encode('utf-8', 'replace')[:5], repr(x), ascii(x), x[::random.choice([1, -1, 2, -3])], x.index(x[:1]) if x else None)))
    except Exception as e:
        out.append('ERR ' + type(e).__name__ + str(e))
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
print("\n".join(out[::20]))
