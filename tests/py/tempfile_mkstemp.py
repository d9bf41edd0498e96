"""tempfile.mkstemp: a descriptor and an absolute path, owner-only permissions, suffix/prefix/dir."""
import os
import tempfile

d = tempfile.mkdtemp()
fd, path = tempfile.mkstemp(suffix='.txt', prefix='t_', dir=d)
print(type(fd).__name__, os.path.isabs(path), os.path.dirname(path) == d, os.path.basename(path)[:2], path[-4:])
print(os.write(fd, b'data'), oct(os.stat(path).st_mode & 0o777))
os.close(fd)
with open(path) as f:
    print(f.read())
fd2, path2 = tempfile.mkstemp(dir=d)
with os.fdopen(fd2, 'w') as f:
    f.write('via fdopen')
print(open(path2).read(), path != path2)
os.remove(path)
os.remove(path2)
os.rmdir(d)
print(os.path.exists(d))
