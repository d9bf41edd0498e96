for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
else:
    print("loop else")
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while else", n)
x = 5
print("big" if x > 3 else "small", x if x else 0)
print(1 and 2, 0 and 2, 0 or 3, 1 or 3, not 0, None or "d")
if (y := x * 2) > 5:
    print("walrus", y)
vals = [v for v in range(10) if (w := v * v) > 20]
print(vals, w)
a = b = c = 7
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
p, q = q, p
print(p, q)
del a
try:
    print(a)
except NameError as e:
    print("deleted:", e)
i = 0
while True:
    i += 1
    if i > 3:
        break
print("i", i)
s = 0
for k, v in {"a": 1, "b": 2}.items():
    s += v
print(s)
print(*[1, 2, 3], sep="-", end="!\n")
print()
print("no newline", end="")
print(" continued")
assert True
pass
print(type(None).__name__, type(...).__name__, ..., NotImplemented)
