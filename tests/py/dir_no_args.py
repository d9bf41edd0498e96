"""dir() with no argument lists the namespace keys, sorted, through a mapping's own keys()."""
def f():
    x = 1
    print(dir())
f(); print("__builtins__" in dir())
class A(dict):
    def __getitem__(self, x):
        return dir
    def keys(self):
        yield 6
        yield 5
print(eval("dir()", {}, A()))
