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
