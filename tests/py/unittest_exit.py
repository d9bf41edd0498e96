"""unittest.main() exits with status 1 when a test fails, after running every test."""
import unittest

class T(unittest.TestCase):
    def test_a(self):
        print("a runs")
    def test_b(self):
        print("b runs")
        self.assertEqual(1, 2)

unittest.main()
