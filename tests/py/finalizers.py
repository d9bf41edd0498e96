class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1)
b = A(2)
del b
print("after del b")
def f():
    x = A(3)
    return 5
print(f())
lst = [A(4)]
lst.clear()
print("cleared")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for x in gen():
    break
print("after break")
g = gen(); next(g); g = None
print("after drop")
class B:
    def __del__(self): raise ValueError("in del")
B()
print("end")
