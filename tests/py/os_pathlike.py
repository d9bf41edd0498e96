"""os and os.path functions accept path-like objects (os.fspath)."""
import os, pathlib
p = pathlib.Path('/tmp')
print(os.path.exists(p), os.path.isdir(p), os.path.join(p, 'x'), os.path.basename(pathlib.Path('/a/b.txt')), os.fspath(p))
with open(pathlib.Path('/tmp/weft_x.txt'), 'w') as f: f.write('hi')
print(open(pathlib.Path('/tmp/weft_x.txt')).read()); os.remove(pathlib.Path('/tmp/weft_x.txt'))
try: os.fspath(3)
except TypeError as e: print(e)
