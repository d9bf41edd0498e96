"""collections.ChainMap (full MutableMapping behaviour), UserDict, UserList and UserString."""
from collections import ChainMap, UserDict, UserList, UserString
import collections.abc as abc

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, len(cm), list(cm), cm["b"], cm.get("z", 0), "a" in cm, dict(cm))
print(list(cm.keys()), list(cm.items()), list(cm.values()), isinstance(cm, abc.MutableMapping))
child = cm.new_child({"d": 4})
child["a"] = 100
print(child, child.parents, child.maps[0], base)
del child["a"]
try:
    del child["b"]
except KeyError as e:
    print("KeyError:", e)
print(cm.pop("c"), cm, cm.copy(), bool(ChainMap()), bool(cm))
print(ChainMap.fromkeys("xy", 0), cm | {"z": 9}, {"q": 1} | cm)
cm |= {"w": 5}
print(cm, cm == {"a": 1, "b": 20, "w": 5}, cm.setdefault("k", 7), cm)
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError:", e)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key.upper()


u = UserDict({"x": 1}, y=2)
print(u, len(u), u["x"], u.get("nope"), list(u), u.copy(), type(u.copy()).__name__, "x" in u)
u["z"] = 3
del u["x"]
print(u, u | {"q": 0}, {"q": 0} | u, u.data, isinstance(u, abc.MutableMapping))
d = Defaulting(a=1)
print(d["a"], d["b"], UserDict.fromkeys("ab", 5), u.pop("z"), u.setdefault("n", 1), u)

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[1:3], type(ul[1:3]).__name__, ul + [9], [0] + ul, ul * 2, len(ul), ul.index(3), ul.count(1))
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.pop(0), ul, ul == [1, 2, 3, 5], ul < [9], 2 in ul, list(reversed(ul)))
ul[0] = 10
del ul[1]
ul += (4,)
print(ul, ul.copy(), type(ul.copy()).__name__, isinstance(ul, abc.MutableSequence))

us = UserString("Hello World")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us[0], us[::-1], len(us), "World" in us)
print(us + "!", "> " + us, us * 2, us.split(), us.replace("l", "L"), us.find("o"), us.count("l"), us.startswith("He"))
print(us == "Hello World", us < "Z", hash(us) == hash("Hello World"), us.center(15, "*"), us.lower().title(), us.zfill(13))
print(UserString("%s-%d") % ("a", 3), int(UserString("42")) + 1, float(UserString("2.5")), sorted(UserString("cab")))
