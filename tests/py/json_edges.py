"""json: bytes input and encoding detection, BOMs, subclasses, big ints, deep nesting without a crash, decode error positions, encoder options, json.decoder/json.encoder."""
import json
from io import BytesIO, StringIO
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, "EXC", type(e).__name__, e)
def json_load(obj):
    f = StringIO(obj) if isinstance(obj, str) else BytesIO(bytes(obj))
    return json.load(f)
t(1, lambda: json.loads('{3: "abc"}'))
t(2, lambda: json_load('{3: "abc"}'))
t(3, lambda: json.dumps({3: "abc", 1.5: 1, True: 2, None: 3}))
for src in ["1", b"1", bytearray(b"-1.0"), b'"str"', bytearray(b"true"), b'[["a"], "b"]']:
    t(4, lambda: (json.loads(src), json_load(src)))
class String(str): pass
class Bytes(bytes): pass
class Int(int): pass
class Float(float): pass
class List(list): pass
class Tuple(tuple): pass
class Dict(dict): pass
t(5, lambda: (json.loads(String('"string"')), json.loads(Bytes(b'"string"')), json.dumps(String("string")), json.dumps(Int(1)), json.dumps(Float(0.5)), json.dumps(List([1])), json.dumps(Tuple((1, "s"))), json.dumps(Dict({"a": "b"}))))
t(6, lambda: json.dumps(7**50) == str(7**50))
t(7, lambda: json.decoder.scanstring('✨x"', 1))
_deep = 100_000
for src in ["[" * _deep + "]" * _deep, '{"a":' * _deep + "1" + "}" * _deep]:
    try:
        json.loads(src)
        print("parsed")
    except RecursionError:
        print("RecursionError")
for s in ['"\\uXYZW"', '"abc\\uZZZZ"', '[1,]', '{"a" 1}', '', 'nul', '[1] x', '"\x01"', '{"a":1,}', '1e400', '-Infinity', 'NaN', '[1.5e-3, -0, 0.0]', '"\\ud83d\\ude00"']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
t(8, lambda: json.dumps(float("nan")))
t(9, lambda: json.dumps(float("nan"), allow_nan=False))
t(10, lambda: json.dumps({"b": 1, "a": [1, 2]}, indent=2, sort_keys=True))
t(11, lambda: json.dumps({"é": "😀"}))
t(12, lambda: json.dumps({"é": "😀"}, ensure_ascii=False))
t(13, lambda: json.dumps([1, 2], separators=(",", ":")))
t(14, lambda: json.dumps(object()))
t(15, lambda: json.dumps({(1, 2): 3}))
t(16, lambda: json.dumps({(1, 2): 3}, skipkeys=True))
t(17, lambda: json.loads('{"a": 1, "a": 2}'))
t(18, lambda: json.loads('[1, 2]', object_pairs_hook=None))
t(19, lambda: json.loads('{"x": 1.5}', parse_float=str, object_hook=lambda d: sorted(d.items())))
t(20, lambda: json.dumps("\u2028\n\t\x00"))
t(21, lambda: json.loads(b'\xef\xbb\xbf[1]'))
t(22, lambda: json.loads('\ufeff[1]'))
t(23, lambda: json.JSONEncoder(indent="\t").encode({"a": [1, {}]}))
t(24, lambda: json.dumps([], indent=4) + json.dumps({}, indent=4))
from json.decoder import JSONDecodeError
import json.decoder
print(JSONDecodeError is json.JSONDecodeError)
from json import encoder
print(encoder.encode_basestring_ascii("é"))
