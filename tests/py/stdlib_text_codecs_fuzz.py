"""shlex, urllib.parse, html, base64/binascii, fnmatch and string.Template over random strings (a seeded differential run)."""
import random, shlex, base64, html, urllib.parse as up, fnmatch, string, binascii, textwrap
random.seed(91)
CH = ['a', 'b', ' ', "'", '"', '\\', '#', ';', '&', '=', '?', '/', ':', '%', '+', '~', 'é', '\n', '*', '[', ']', '!', '<', '>', '.', '@', '-', '_', '2', 'F', '%20', '%zz', '&amp;', '&#65;', '&lt', '${x}', '$y', '$$']
def rs(k=12):
    return ''.join(random.choice(CH) for _ in range(random.randint(0, k)))
for n in range(1200):
    s = rs()
    k = n % 11
    try:
        if k == 0: print(n, repr(s), shlex.split(s, comments=random.random() < 0.3, posix=random.random() < 0.8))
        elif k == 1: print(n, repr(s), shlex.quote(s), shlex.join([s, 'x y']))
        elif k == 2: print(n, repr(s), up.quote(s), up.quote_plus(s, safe=random.choice(['', '/', '@:'])), up.unquote(s), up.unquote_plus(s))
        elif k == 3: print(n, repr(s), up.urlsplit('http://' + s), up.urlparse(s))
        elif k == 4: print(n, repr(s), up.parse_qs(s), up.parse_qsl(s, keep_blank_values=True), up.urlencode({'k': s, 'z': [1, s]}, doseq=True))
        elif k == 5: print(n, repr(s), html.escape(s), html.unescape(s), html.escape(s, quote=False))
        elif k == 6:
            b = s.encode()
            print(n, repr(s), base64.b64encode(b), base64.urlsafe_b64encode(b), base64.b32encode(b), base64.b16encode(b), base64.b85encode(b), base64.a85encode(b), binascii.hexlify(b, '-') if b else b'', binascii.crc32(b))
            print(n, base64.b64decode(base64.b64encode(b)) == b, base64.b32decode(base64.b32encode(b)) == b, base64.a85decode(base64.a85encode(b)) == b)
        elif k == 7:
            try: print(n, repr(s), base64.b64decode(s, validate=random.random() < 0.5))
            except binascii.Error as e: print(n, 'B64ERR', e)
        elif k == 8: print(n, repr(s), fnmatch.fnmatch('ab.c', s), fnmatch.translate(s), fnmatch.filter(['a', 'ab', 'b*', '[x]'], s))
        elif k == 9: print(n, repr(s), string.Template(s).safe_substitute(x=1, y=2), string.capwords(s), up.urljoin('http://a/b/c/d;p?q', s))
        elif k == 10:
            t = string.Template(s)
            print(n, repr(s), t.substitute(x='X', y='Y'), t.get_identifiers(), t.is_valid())
    except Exception as e:
        print(n, 'EXC', type(e).__name__, e)
