"""Source encodings (PEP 263): compile() of bytes honours a coding declaration, rejects unknown ones; modes; a latin-1 module imported."""
import sys, os, tempfile
ns = {}
exec(compile(b"# -*- coding: latin-1 -*-\ny = 'caf\xe9'\n", "t", "exec"), ns)
print(ns["y"])
exec(compile(b"\n# vim: set fileencoding=iso-8859-1 :\nz = '\xa4'\n", "t", "exec"), ns)
print(ns["z"])
exec(compile("# -*- coding: nonsense -*-\nw = 1\n", "t", "exec"), ns)
print(ns["w"])
for src in [b"# -*- coding: nonsense -*-\nx = 1\n", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"]:
    try:
        compile(src, "t", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
for mode in ["bogus", "func_type"]:
    try:
        compile("x", "t", mode)
    except ValueError as e:
        print("ValueError:", e)
d = tempfile.mkdtemp()
with open(os.path.join(d, "latinmod.py"), "wb") as f:
    f.write(b"# coding: latin-1\nNAME = 'na\xefve'\n")
with open(os.path.join(d, "badmod.py"), "wb") as f:
    f.write(b"x = '\xff'\n")
sys.path.insert(0, d)
import latinmod
print(latinmod.NAME)
try:
    import badmod
except SyntaxError as e:
    print("SyntaxError:", e.msg.replace(d, "DIR"))
