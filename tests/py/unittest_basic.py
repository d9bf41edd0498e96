"""unittest: TestCase assertions and messages, fixtures, skips, expected failures, subTest, main() results."""
import unittest

class TestMath(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def setUp(self):
        self.x = 2
    def test_add(self):
        print("test_add running")
        self.assertEqual(self.x + 2, 4)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        raise KeyError("k")
    @unittest.skip("not now")
    def test_skipped(self):
        pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print(type(cm.exception).__name__)
        self.assertRaises(ValueError, int, "x")
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("y")
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIn(3, [1, 2, 3]); self.assertIsNone(None); self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({1: 2}, {1: 2})

class Other(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)

def msgs():
    t = unittest.TestCase()
    for f in (lambda: t.assertEqual(1, 2), lambda: t.assertTrue(0), lambda: t.assertIn(1, [2]), lambda: t.assertIsNone(5),
              lambda: t.assertAlmostEqual(1.0, 1.1), lambda: t.assertEqual(1, 2, "custom"),
              lambda: t.assertGreater(1, 2), lambda: t.assertIs(1, None)):
        try:
            f()
        except AssertionError as e:
            print(repr(str(e)))
msgs()
if __name__ == "__main__":
    r = unittest.main(exit=False, verbosity=2).result
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
