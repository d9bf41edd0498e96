"""unittest assertion messages with CPython diffs (sequences, dicts, multi-line strings, shortened reprs, maxDiff)."""
import unittest
t = unittest.TestCase()
cases = [
    lambda: t.assertEqual([1, 2], [1, 3]),
    lambda: t.assertEqual((1,), (1, 2)),
    lambda: t.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
    lambda: t.assertEqual("hello\nworld\n", "hello\nthere\n"),
    lambda: t.assertEqual("abc", "abd"),
    lambda: t.assertEqual(list(range(30)), list(range(29)) + [99]),
    lambda: t.assertEqual("x" * 100, "x" * 99 + "y"),
    lambda: t.assertListEqual([1], (1,)),
    lambda: t.assertEqual({1, 2}, {2, 3}),
    lambda: t.assertEqual(1, 2),
    lambda: t.assertSequenceEqual([1, 2, 3], [1, 2]),
    lambda: t.assertEqual([[1, 2], [3]], [[1, 2], [4]]),
]
for c in cases:
    try:
        c()
    except AssertionError as e:
        print(repr(str(e)))
t.maxDiff = None
try:
    t.assertEqual(list(range(100)), list(range(99)))
except AssertionError as e:
    print(len(str(e)))
