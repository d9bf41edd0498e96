x = "global"
def a():
    x = "local a"
    def b():
        return x
    return b()
print(a(), x)
def c():
    global x
    x = "changed"
c(); print(x)
class K:
    y = 1
    z = [y * i for i in range(3)] if False else None
    def m(self):
        return K.y
print(K().m(), K.z)
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = make()
add(1); add(2)
print(items)
def shadow(list):
    return list
print(shadow(3))
def cell_param(v):
    def get():
        return v
    v += 1
    return get()
print(cell_param(1))
counter = 0
def incr():
    global counter
    for _ in range(3):
        counter += 1
incr(); print(counter)
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
def loc():
    q = 1
    r = 2
    return sorted(locals().items())
print(loc())
print(eval("1 + 2"), eval("x + '!'"))
exec("zz = 41 + 1")
print(zz)
ns = {}
exec("def fn():\n    return 'from exec'", ns)
print(ns["fn"]())
