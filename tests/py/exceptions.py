def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for n in (2, 0):
    try:
        print(risky(n))
    except ValueError as e:
        print("ValueError:", e, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    [][1]
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(e, e.code, isinstance(e, MyErr), repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e.__context__))
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
try:
    raise TypeError
except TypeError as e:
    print("bare", repr(e), str(e) == "")
e = Exception("a", 1)
print(e.args, str(e), repr(e))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    def h():
        x = x + 1
    h()
except UnboundLocalError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
def nested_reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    nested_reraise()
except ValueError as e:
    print("reraised", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    raise ExceptionGroup if False else StopIteration(5)
except StopIteration as e:
    print("stop", e.value)
e = ValueError("x"); e.add_note("note1"); print(e.__notes__)
