"""compile(..., 'single') shows expression values through sys.displayhook, which also sets builtins._; one statement only."""
import sys
exec(compile("1+2", "<x>", "single"))
exec(compile("None", "<x>", "single"))
exec(compile("'s'", "<x>", "single"))
exec(compile("for i in range(2): i\n", "<x>", "single"))
try:
    compile("x = 5\nx", "<x>", "single")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
sys.displayhook("hi")
print(_)
sys.displayhook(None)
print(_)
def hook(v):
    print("hooked", v)
sys.displayhook = hook
exec(compile("[1, 2]", "<x>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("{1: 2}", "<x>", "single"))
