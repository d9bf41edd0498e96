"""StringIO and BytesIO under random reads, writes, seeks and truncations (a seeded differential run)."""
import io, random
random.seed(111)
for n in range(1000):
    binary = n % 2 == 0
    init = random.choice(['', 'hello\nworld\n', 'a\r\nb\rc\n', 'no newline', 'é\n'])
    if binary:
        f = io.BytesIO(init.encode())
    else:
        f = io.StringIO(init, newline=random.choice([None, '', '\n', '\r\n']))
    out = []
    for _ in range(random.randint(1, 6)):
        op = random.choice(['read', 'readline', 'readlines', 'write', 'seek', 'tell', 'truncate', 'getvalue', 'iter', 'read1'])
        try:
            if op == 'read': out.append(f.read(random.choice([-1, 0, 1, 3, None])))
            elif op == 'readline': out.append(f.readline(random.choice([-1, 2, 100])))
            elif op == 'readlines': out.append(f.readlines(random.choice([-1, 0, 3])))
            elif op == 'write':
                s = random.choice(['xy', '\n', 'z\r\n', ''])
                out.append(f.write(s.encode() if binary else s))
            elif op == 'seek': out.append(f.seek(random.choice([0, 2, 100, -1]), random.choice([0, 0, 1, 2])))
            elif op == 'tell': out.append(f.tell())
            elif op == 'truncate': out.append(f.truncate(random.choice([None, 0, 3, 50])))
            elif op == 'getvalue': out.append(f.getvalue())
            elif op == 'iter': out.append(list(f))
            elif op == 'read1': out.append(f.read1(2) if binary else f.read(2))
        except (ValueError, OSError, TypeError) as e:
            out.append(f'{type(e).__name__}: {e}')
    print(n, binary, repr(init), out)
f = io.StringIO('abc'); f.close()
for m in ['read', 'getvalue', 'tell']:
    try: getattr(f, m)()
    except ValueError as e: print(m, e)
t = io.TextIOWrapper(io.BytesIO('héllo\nwörld\n'.encode('utf-8')), encoding='utf-8'); print(t.readline(), t.read(), t.encoding)
t = io.TextIOWrapper(io.BytesIO(b'\xff\xfeabc'), encoding='ascii', errors='replace'); print(repr(t.read()))
