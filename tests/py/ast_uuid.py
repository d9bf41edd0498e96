"""ast.literal_eval over every literal form and its errors; uuid: UUID fields, uuid3/uuid5 values, uuid1/uuid4 shapes, errors."""
import ast
for s in ["1", "-2.5", "0x1F", "1_000", "1e-3", "3+4j", "-1-2j", "'abc'", "b'x\\n'", "r'\\d'", "'a' 'b'", "'''tri\nple'''", "[1, 'two', (3,), {4: [5]}]", "(1,)", "(1)", "()", "{}", "{1, 2}", "set()", "{'a': None, 'b': True, 'c': False}", "  [1, 2, ]  ", "...", "(((1)))", "[-1, +2, -0.5]", "{'k': {'n': [1, {2, 3}]}}", "'\\u00e9'", "1 # comment", "\n[1,\n 2]\n"]:
    print(repr(s), "->", repr(ast.literal_eval(s)))
for bad in ["x", "1 + 2", "f(1)", "[1, x]", "2 ** 3", "'a' + 'b'", "-'a'"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", str(e).split(":")[0])
for bad in ["[1,", "1 2", "'unterminated", "(1,,)"]:
    try:
        ast.literal_eval(bad)
    except SyntaxError as e:
        print(repr(bad), "SyntaxError")
import uuid, pickle, copy
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.version, u.variant, u.time, u.clock_seq, u.node)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"), uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(int=5), uuid.UUID(bytes=b"\x00" * 16))
v = uuid.uuid4(); w = uuid.uuid1()
print(v.version, v.variant, w.version, len(str(v)), v != w, sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), int(uuid.UUID(int=9)), hash(u) == hash(copy.copy(u)), pickle.loads(pickle.dumps(u)) == u)
for bad in [dict(hex="xyz"), dict(int=-1), dict(bytes=b"x"), dict()]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.x = 1
except TypeError as e:
    print(e)
