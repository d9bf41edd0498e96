l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0)
print(l, len(l), l.pop(), l.pop(0), l.index(2), l.count(1))
l.sort(); print(l); l.reverse(); print(l); l.remove(3); print(l)
print(l[1:3], l[::-1], l[-2:], sorted(l, key=lambda v: -v))
l[1:3] = [9, 9, 9]; print(l); del l[0]; print(l); del l[::2]; print(l)
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3], 2 in [1, 2])
t = (1, "a", 2.5)
print(t, t[1], t + (3,), t * 2, len(t), t.index("a"), (1,), ())
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "xyz"
print(first, rest, init, last)
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), len(d), "a" in d, list(d), list(d.values()))
print(d.pop("a"), d, d.setdefault("e", 5), d, sorted(d.items()))
d.update({"b": 20}, f=6); print(d)
del d["b"]; print(d, {**d, "g": 7}, dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys("ab", 0))
s = {3, 1, 2}
s.add(4); s.discard(1)
print(s, len(s), 3 in s, s | {9}, s & {2, 3}, s - {2}, s ^ {2, 10}, {1, 2} <= {1, 2, 3})
print(sorted({"b", "a", "c"}), frozenset([1, 2]), set(), {x % 3 for x in range(10)})
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), range(5)[2], len(range(0, 10, 3)))
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print([x * y for x in range(3) for y in range(3) if x != y], {k: k * k for k in range(4)})
print(list(reversed([1, 2, 3])), any([0, 1]), all([1, 0]), min([], default=-1))
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0])
m = [[0] * 3 for _ in range(2)]; m[0][1] = 5; print(m)
r = [1, 2]; r.append(r); print(r)
dd = {}; dd["self"] = dd; print(dd)
print({1: "a", 2: "b"}.items(), {1: 2}.keys(), {1: 2}.values())
