"""tempfile (TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkdtemp) and shutil (copy, copytree, move, copyfile, rmtree, which)."""
import tempfile, shutil, os
d = tempfile.gettempdir(); print(os.path.isdir(d))
with tempfile.TemporaryDirectory(prefix='weft_') as td:
    print(os.path.isdir(td), os.path.basename(td).startswith('weft_'))
    p = os.path.join(td, 'a.txt')
    with open(p, 'w') as f: f.write('data')
    os.makedirs(os.path.join(td, 'sub', 'deep'))
    with open(os.path.join(td, 'sub', 'deep', 'b.txt'), 'w') as f: f.write('b')
    shutil.copy(p, os.path.join(td, 'sub'))
    print(sorted(os.listdir(os.path.join(td, 'sub'))))
    shutil.copytree(os.path.join(td, 'sub'), os.path.join(td, 'copy'))
    print(sorted(os.listdir(os.path.join(td, 'copy'))), open(os.path.join(td, 'copy', 'deep', 'b.txt')).read())
    print(os.path.basename(shutil.move(os.path.join(td, 'copy'), os.path.join(td, 'moved'))), os.path.exists(os.path.join(td, 'copy')))
    shutil.copyfile(p, os.path.join(td, 'c.txt')); print(open(os.path.join(td, 'c.txt')).read())
    try: shutil.copyfile(p, p)
    except shutil.SameFileError as e: print('SameFileError')
    shutil.rmtree(os.path.join(td, 'moved')); print(sorted(os.listdir(td)))
    saved = td
print(os.path.exists(saved))
with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    f.write('hello'); f.flush(); f.seek(0); print(f.read(), f.name.endswith('.txt'), os.path.exists(f.name)); name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False); f.write(b'x'); f.close(); print(os.path.exists(f.name)); os.unlink(f.name)
t = tempfile.TemporaryFile(); t.write(b'abc'); t.seek(0); print(t.read()); t.close()
m = tempfile.mkdtemp(); print(os.path.isdir(m)); os.rmdir(m)
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command'))
print(shutil.get_terminal_size((100, 40)).columns > 0)
