# Full traceback text of chained exceptions (cause, context, suppressed
# context, self-cause, cause never raised), as printed by sys.excepthook and
# traceback.format_exception; file paths replaced so the text is portable.
import sys, traceback

class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass

def show(exc):
    cap = Capture()
    old, sys.stderr = sys.stderr, cap
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = old
    text = "".join(cap.parts).replace(__file__, "FILE")
    print(text, end="")
    assert text == "".join(traceback.format_exception(exc)).replace(__file__, "FILE")
    print("-" * 20)

class MyError(Exception):
    pass

def divide(a, b):
    return a / b

try:
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
except ValueError as exc:
    show(exc)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as exc:
    show(exc)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("suppressed") from None
except TypeError as exc:
    show(exc)

e = MyError("self")
try:
    raise e from e
except MyError as exc:
    show(exc)

cause = MyError("never raised")
try:
    raise MyError("effect") from cause
except MyError as exc:
    show(exc)

def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as k:
        raise AttributeError("middle") from k
def level1():
    try:
        level2()
    except AttributeError:
        raise LookupError("top")
try:
    level1()
except LookupError as exc:
    show(exc)
