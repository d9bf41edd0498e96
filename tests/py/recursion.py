import sys
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
def count(n):
    return n if n == 0 else count(n - 1)
print(count(2500), sys.getrecursionlimit())
l = []
for _ in range(100000):
    l = [l]
print("built nested")
del l
print("freed nested")
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("repr:", e)
a = []; b = []
for _ in range(100000):
    a = [a]; b = [b]
try:
    a == b
except RecursionError as e:
    print("compare:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("str:", e)
del nested, a, b, d
print("done")
