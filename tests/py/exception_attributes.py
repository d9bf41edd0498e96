"""Exception constructors and attributes: OSError formatting with filenames, Unicode errors fields and messages, ImportError/AttributeError/NameError keywords, SyntaxError details, notes, chaining, groups, except*, BaseException.__str__/__repr__ unbound."""
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, repr(e), str(e))
t(1, lambda: (str(OSError(2, "No such file")), str(OSError(2, "x", "f.txt")), str(OSError(2, "x", "a", 0, "b")), str(OSError("just")), str(OSError())))
t(2, lambda: (str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k"))))
t(3, lambda: b"\xff".decode("utf-8"))
t(4, lambda: "é".encode("ascii"))
t(5, lambda: (str(StopIteration(5)), StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code))
t(6, lambda: (repr(ValueError()), repr(ValueError(1)), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(ValueError("a")), repr(BaseException("x", 2))))
e = ValueError("base")
e.add_note("note 1"); e.add_note("note 2")
t(7, lambda: (e.__notes__, str(e)))
t(8, lambda: e.add_note(5))
t(9, lambda: (str(ImportError("m", name="x", path="p")), ImportError("m", name="x").name, ModuleNotFoundError("q").msg))
t(10, lambda: (str(AttributeError("a", name="n", obj=1)), AttributeError("a", name="n").name, NameError("x", name="y").name))
t(11, lambda: (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte").reason, str(UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad"))))
t(12, lambda: str(UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")))
t(13, lambda: (str(SyntaxError("msg")), str(SyntaxError("msg", ("f.py", 3, 4, "text", 3, 5))), SyntaxError("m", ("f", 1, 2, "t")).lineno))
t(14, lambda: (BaseException.__str__(ValueError("z")), Exception.__repr__(KeyError("q"))))
t(15, lambda: (isinstance(FileNotFoundError(), OSError), OSError(2, "x").__class__.__name__, OSError(13, "x").__class__.__name__, OSError(99, "x").__class__.__name__, IOError is OSError, EnvironmentError is OSError))
t(16, lambda: (FileNotFoundError(2, "No such file or directory", "x").filename, str(FileNotFoundError(2, "No such file or directory", "x")), PermissionError(13, "d").errno))
try:
    raise ValueError("a") from None
except ValueError as ex:
    t(17, lambda: (ex.__cause__, ex.__suppress_context__, ex.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as ex:
    t(18, lambda: (type(ex.__context__).__name__, ex.__cause__, ex.__suppress_context__))
t(19, lambda: (str(ExceptionGroup("eg", [ValueError(1), TypeError(2)])), repr(ExceptionGroup("eg", [ValueError(1)]))))
t(20, lambda: ExceptionGroup("eg", []))
t(21, lambda: ExceptionGroup("eg", [1]))
t(22, lambda: type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__ + type(BaseExceptionGroup("x", [ValueError()])).__name__)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
m, rest = eg.split(ValueError)
t(23, lambda: (repr(m), repr(rest), repr(eg.subgroup(TypeError)), repr(eg.subgroup(lambda e: False))))
t(24, lambda: [type(x).__name__ for x in eg.exceptions])
try:
    raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
except* ValueError as g:
    print("caught", repr(g))
except* TypeError as g:
    print("caught", repr(g))
t(25, lambda: (ValueError("x") == ValueError("x"), hash(ValueError) is not None))
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self): return f"MyErr({self.args[0]}, {self.b})"
t(26, lambda: (str(MyErr(1, 2)), repr(MyErr(1, 2)), MyErr(1, 2).args))
t(27, lambda: ValueError.__new__(ValueError, 1, 2).args)
t(28, lambda: BaseException(1).with_traceback(None).args)
t(29, lambda: (str(Warning("w")), issubclass(DeprecationWarning, Warning), issubclass(EncodingWarning, Warning)))
t(30, lambda: (str(TimeoutError()), issubclass(TimeoutError, OSError), str(RecursionError("deep")), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError)))
for f in (lambda: ValueError(x=1), lambda: ImportError("m", bogus=1), lambda: UnicodeDecodeError("x"), lambda: SyntaxError("m", (1, 2))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class E(Exception):
    def __init__(self, **kw):
        super().__init__()
        self.kw = kw
print(E(a=1).args, E(a=1).kw)
try:
    b"abc\xffdef".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
