"""codecs: lookup and CodecInfo names, incremental encoders/decoders, iterencode/iterdecode, codecs.open, stream readers/writers, error handlers, register()."""
import codecs, io, os, tempfile
for n in ['utf8', 'UTF-8', 'latin-1', 'ascii', 'utf-16', 'utf_16_le', 'cp1252', 'utf-8-sig', 'unicode_escape', 'L1']:
    info = codecs.lookup(n)
    print(n, info.name, isinstance(info, tuple), len(info))
try: codecs.lookup('nope')
except LookupError as e: print(e)
print(codecs.getencoder('utf-8')('hé'), codecs.getdecoder('latin-1')(b'h\xe9'), codecs.encode('x', 'utf-16-le'), codecs.decode(b'\xef\xbb\xbfhi', 'utf-8-sig'), 'ab'.encode('utf-8-sig'))
dec = codecs.getincrementaldecoder('utf-8')()
data = 'héllo wörld €'.encode('utf-8')
print([dec.decode(data[i:i+1]) for i in range(len(data))], dec.decode(b'', final=True))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.encode('', True))
print(list(codecs.iterdecode([b'\xe2\x82', b'\xac', b'x'], 'utf-8')), b''.join(codecs.iterencode(['a', 'é'], 'latin-1')))
d = tempfile.mkdtemp(); fn = os.path.join(d, "f.txt")
with codecs.open(fn, 'w', encoding='utf-16') as f:
    f.write('line1\nlïne2\n')
with codecs.open(fn, 'r', encoding='utf-16') as f:
    print(f.read())
with codecs.open(fn, encoding='utf-16') as f:
    print([l for l in f])
print(open(fn, 'rb').read()[:6])
r = codecs.getreader('utf-8')(io.BytesIO('a\nbé\nc'.encode()))
print(r.readline(), r.readline(), r.read())
w = codecs.getwriter('latin-1')(io.BytesIO()); w.write('é'); print(w.getvalue())
print(codecs.lookup_error('strict').__name__, codecs.replace_errors(UnicodeEncodeError('ascii', 'aé', 1, 2, 'x')), codecs.backslashreplace_errors(UnicodeDecodeError('utf-8', b'a\xff', 1, 2, 'x')), codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'é€', 0, 2, 'x')))
codecs.register_error('mine', lambda e: ('?', e.end)); print(codecs.lookup_error('mine')(UnicodeEncodeError('ascii', 'é', 0, 1, 'x')))
try: codecs.lookup_error('zzz')
except LookupError as e: print(e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM)
def search(name):
    if name == 'myrot':
        return codecs.CodecInfo(lambda s, errors='strict': (s[::-1].encode(), len(s)), lambda b, errors='strict': (bytes(b).decode()[::-1], len(b)), name='myrot')
codecs.register(search)
print(codecs.lookup('myrot').name, codecs.encode('abc', 'myrot') if False else codecs.lookup('myrot').encode('abc'))
