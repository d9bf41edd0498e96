"""Exception member attributes (OSError errno/strerror/filename, ImportError name/path/msg, AttributeError name/obj, SyntaxError fields, Unicode error fields, group message) live outside the instance __dict__; assignment, deletion, reduce/pickle/copy keep them; SyntaxError text keeps its newline."""
for e in (OSError(), OSError(2, "No such file", "f.txt"), ImportError("m", name="x", path="p"), AttributeError("a", name="n", obj=1), NameError("q", name="z"), SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3)), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid"), ExceptionGroup("g", [ValueError(1)]), StopIteration(5), SystemExit(3), KeyError("k")):
    print(type(e).__name__, e.__dict__, e.args, str(e))
e = OSError(2, "x")
e.errno = 7; e.custom = 1
print(e.errno, e.__dict__, e.strerror, e.filename)
del e.strerror; print(e.strerror)
try: open("/nonexistent/zz")
except OSError as ex: print(ex.__dict__, ex.errno, ex.filename, repr(ex))
try: import nonexistent_mod_zz
except ImportError as ex: print(ex.__dict__, ex.name, ex.msg, ex.path)
try: compile("a b", "<s>", "exec")
except SyntaxError as ex: print(ex.__dict__, ex.lineno, ex.offset, ex.text, ex.msg, ex.filename)
try: undefined_q
except NameError as ex: print(ex.__dict__, ex.name)
class E(OSError):
    def __init__(self, *a):
        super().__init__(*a); self.extra = 1
print(E(1, "a").__dict__, E(1, "a").errno)
import pickle, copy
x = pickle.loads(pickle.dumps(OSError(2, "y", "fn"))); print(x.errno, x.filename, x.__dict__)
print(copy.copy(ImportError("m", name="n")).name)
print(OSError(1, 2).__reduce__())
e = ImportError("m", name="n"); e.x = 1; print(e.__reduce__(), e.__dict__)
try: compile("a b", "<s>", "exec")
except SyntaxError as ex: print(repr(ex.text), ex.args)
