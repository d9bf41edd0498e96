"""posixpath over random paths: normpath (two leading slashes kept), join, split, relpath, commonpath (a seeded differential run)."""
import posixpath as pp, random, os.path
random.seed(101)
PARTS = ['', '.', '..', 'a', 'b.txt', '/', '//', '///', 'c.tar.gz', '.hidden', 'd/', '~', '~user', 'x..y', ' ', 'e.']
def rp():
    return ''.join(random.choice(PARTS) + random.choice(['/', '', '/']) for _ in range(random.randint(0, 4)))
for n in range(1600):
    a, b = rp(), rp()
    k = n % 8
    try:
        if k == 0: print(n, repr(a), pp.normpath(a), pp.isabs(a), pp.basename(a), pp.dirname(a))
        elif k == 1: print(n, repr(a), repr(b), pp.join(a, b), pp.join(a, b, a), pp.split(a), pp.splitext(a))
        elif k == 2: print(n, repr(a), repr(b), pp.relpath('/' + a, '/' + b))
        elif k == 3: print(n, repr(a), repr(b), pp.commonpath([a, b]) if a and b else '', pp.commonprefix([a, b]))
        elif k == 4: print(n, repr(a), pp.splitdrive(a), pp.splitroot(a) if hasattr(pp, 'splitroot') else '', os.path.join('/base', a))
        elif k == 5: print(n, repr(a), pp.abspath('/' + a), pp.normcase(a), pp.expandvars(a + '$NOPE_X ${NOPE_Y}'))
        elif k == 6: print(n, repr(a), pp.relpath(a, '/x/y') if a.startswith('/') else pp.relpath('/' + a, '/'), pp.samefile if False else '')
        elif k == 7: print(n, repr(a), repr(b), pp.commonpath(['/' + a, '/' + b]), pp.join(b, '/abs', a))
    except (ValueError, TypeError) as e:
        print(n, 'EXC', type(e).__name__, e)
