"""graphlib.TopologicalSorter, shlex split/quote/join, glob (recursive, hidden, root_dir), secrets, hmac, stat."""
import graphlib, shlex, glob, secrets, hmac, stat, os, hashlib
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.prepare()
while ts.is_active():
    r = ts.get_ready(); print("ready", r); ts.done(*r)
try:
    graphlib.TopologicalSorter({1: {2}, 2: {3}, 3: {1}}).prepare()
except graphlib.CycleError as e:
    print("cycle", e.args[0], e.args[1])
print(shlex.split('ls -l "my file" \'x y\' a\\ b # c'), shlex.split("a # b", comments=True), shlex.quote("it's"), shlex.quote("safe-1.txt"), shlex.join(["a b", "c"]))
lx = shlex.shlex("a=1 b='two words'", posix=True); lx.whitespace_split = True; print(list(lx))
try:
    shlex.split('"unclosed')
except ValueError as e:
    print("ValueError:", e)
import tempfile, shutil
root = tempfile.mkdtemp()
for d in ["sub", "sub/deep"]:
    os.makedirs(os.path.join(root, d), exist_ok=True)
for f in ["a.py", "b.txt", ".hidden.py", "sub/c.py", "sub/deep/d.py"]:
    open(os.path.join(root, f), "w").close()
old_cwd = os.getcwd()
os.chdir(root)
print(sorted(glob.glob("*.py")), sorted(glob.glob("**/*.py", recursive=True)), sorted(glob.glob("*/")), sorted(glob.glob("sub/*")), glob.glob("nothing*"), sorted(glob.glob("*.py", include_hidden=True)), glob.escape("a[1]*"), sorted(glob.glob("**", recursive=True)), sorted(glob.glob("*", root_dir="sub")))
print(len(secrets.token_hex(8)), len(secrets.token_bytes()), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10, secrets.choice("ab") in "ab", secrets.compare_digest(b"a", b"a"), secrets.compare_digest("a", "b"), secrets.randbits(5) < 32)
h = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, hmac.new(b"k" * 100, b"m", "md5").hexdigest(), hmac.digest(b"key", b"msg", "sha1").hex(), hmac.compare_digest("x", "x"))
h2 = h.copy(); h2.update(b"!"); print(h.hexdigest() != h2.hexdigest())
m = os.stat("a.py").st_mode
print(stat.S_ISREG(m), stat.S_ISDIR(m), stat.S_ISDIR(os.stat(".").st_mode), stat.filemode(0o100644), stat.filemode(0o40755), stat.S_IMODE(0o100644) == 0o644, stat.filemode(0o104755))

os.chdir(old_cwd)
shutil.rmtree(root)
print(os.path.exists(root))
