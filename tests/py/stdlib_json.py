import json
data = {"name": "weft", "ver": [1, 2.5, None, True], "nested": {"b": 1, "a": "x\ny\"z"}, "uni": "é€😀"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
s = json.dumps(data)
print(json.loads(s) == data, json.loads('[1, 2.5e3, "a\\u00e9", {"k": null}, -0.5, true]'))
print(json.dumps(float("inf")), json.dumps([]), json.dumps({}), json.dumps("é"), json.dumps(1e100), json.dumps(3.0))
for bad in ['{"a" 1}', '[1, 2', '', 'nul', '{"a": 1,}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted), json.dumps({1: "a", True: "b", None: "c"}))
