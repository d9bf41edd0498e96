"""pathlib: pure path arithmetic and filesystem operations (mkdir, read/write, iterdir, glob, rename, unlink)."""
from pathlib import Path, PurePath, PurePosixPath
import os
p = PurePosixPath('/usr//local/./lib/python3.tar.gz')
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root, p.drive)
print(list(p.parents), p.parents[0], p.parents[-1], len(p.parents))
print(PurePath('a/b') / 'c' / '../d', 'x' / PurePath('y'), PurePath(), PurePath('.'), PurePath('a', '/b', 'c'))
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_stem('new'), PurePath('a/b.txt').with_suffix(''))
print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b').is_relative_to('/a'), PurePath('a').is_absolute(), PurePath('/a').is_absolute())
for bad in [lambda: PurePath('/a/b').relative_to('/c'), lambda: PurePath('/').with_name('x'), lambda: PurePath('a').with_suffix('txt')]:
    try: bad()
    except ValueError as e: print('ValueError', e)
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('a/b.py').match('/*.py'))
print(PurePath('a') == PurePath('a/'), PurePath('a') < PurePath('b'), sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(hash(PurePath('a/b')) == hash(PurePath('a//b')), str(PurePath('//x/y')), str(PurePath('///x')))
print(PurePath('.bashrc').suffix, PurePath('.bashrc').stem, PurePath('a.').suffix, PurePath('foo.tar.gz').suffixes)
d = Path('/tmp/weft_pathlib_test')
if d.exists():
    for f in sorted(d.rglob('*'), reverse=True):
        f.rmdir() if f.is_dir() else f.unlink()
    d.rmdir()
(d / 'sub' / 'deep').mkdir(parents=True)
(d / 'a.txt').write_text('hello\nworld\n')
(d / 'b.bin').write_bytes(b'\x00\x01')
(d / 'sub' / 'c.txt').write_text('c')
(d / 'sub' / 'deep' / 'd.txt').write_text('d')
print(d.exists(), d.is_dir(), (d / 'a.txt').is_file(), (d / 'a.txt').read_text().splitlines(), (d / 'b.bin').read_bytes())
print(sorted(x.name for x in d.iterdir()))
print(sorted(str(x.relative_to(d)) for x in d.glob('*.txt')), sorted(str(x.relative_to(d)) for x in d.rglob('*.txt')))
print(sorted(str(x.relative_to(d)) for x in d.glob('**/*.txt')), sorted(str(x.relative_to(d)) for x in d.glob('sub/*')))
try:
    (d / 'sub').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
(d / 'sub').mkdir(exist_ok=True)
new = (d / 'a.txt').rename(d / 'renamed.txt')
print(new.name, (d / 'a.txt').exists(), new.stat().st_size)
(d / 'missing').unlink(missing_ok=True)
try:
    (d / 'missing').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
with (d / 'renamed.txt').open() as f:
    print(f.readline().strip())
print(Path('relative').absolute() == Path(os.getcwd()) / 'relative', Path.cwd() == Path(os.getcwd()))
print(type(Path('x')).__name__, type(PurePath('x')).__name__, isinstance(Path('x'), PurePath))
for f in sorted(d.rglob('*'), reverse=True):
    f.rmdir() if f.is_dir() else f.unlink()
d.rmdir()
print(d.exists())
