"""exec/eval/compile with every combination of None, dict and mapping namespaces, closures, globals()/locals() inside exec, modes and errors."""
exec("def square(x):\n return x * x\n")
print(square(4))
d = {}
exec("def square(x):\n return x * x\n", {}, d)
print(d["square"](4))
exec("assert 2 == x", {}, {"x": 2})
exec("assert 2 == x", {"x": 2}, {})
exec("assert 4 == x", {"x": 2}, {"x": 4})
exec("assert max(1, 2) == 2", {}, {})
exec("assert max(1, 5, square(5)) == 25", None)
exec("assert max(1, 5, square(5)) == 25", None, {})
def g():
    seven = "seven"
    def f():
        try:
            exec("seven", None, {})
        except NameError as e:
            print("NameError", e)
    f()
g()
try:
    exec("", 1)
except TypeError as e:
    print("TypeError", e)
g = globals()
g["x"] = 2
exec("x += 2")
print(x, g["x"] == x)
exec("del x")
print("x" not in g)
exec("assert 'g' in globals()")
exec("assert 'g' in locals()")
exec("assert 'g' not in globals()", {})
exec("assert 'g' not in locals()", {})
del g
def f():
    g = 1
    print("g" not in globals(), "g" in locals())
    exec("assert 'g' not in globals()")
    exec("assert 'g' in locals()")
    exec("assert 'g' not in globals()", {})
    exec("assert 'g' not in locals()", {})
    exec("g = 5")
    print(g, locals()["g"])
f()
print(eval("1+1", {}), eval("a", {"a": 3}), eval("a", None, {"a": 4}))
try:
    eval("a", {}, [])
except TypeError as e:
    print("TypeError", e)
class M(dict):
    def __missing__(self, k): return k.upper()
print(eval("abc", {}, M()))
ns = {}
exec("import math as m\nr = m.floor(2.5)", ns)
print(ns["r"], "__builtins__" in ns)
code = compile("y = 7", "<x>", "exec")
exec(code, ns); print(ns["y"])
print(eval(compile("1+2", "<x>", "eval")))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("x", "<x>", "bogus")
except ValueError as e:
    print("ValueError", e)
print(exec("1"), eval(" 1 "))
try:
    eval("\n1")
except SyntaxError as e:
    print("SyntaxError", e)
