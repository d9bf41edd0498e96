class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y

def run(n):
    acc = Point(0, 0)
    items = []
    for i in range(n):
        p = Point(i, -i)
        acc = acc.add(p)
        items.append(p)
    total = 0
    for p in items:
        total += p.norm2()
    d = {}
    for i in range(n):
        d[i % 1000] = d.get(i % 1000, 0) + 1
    return acc.x, acc.y, total, len(d)
print(run(300_000))
