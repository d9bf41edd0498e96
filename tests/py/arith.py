print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(10 ** 30, -(10 ** 30) // 7, (10 ** 30) % 7, 1 << 70, (1 << 70) >> 68, -1 >> 3)
print(0.1 + 0.2, 1.5 * 4, 1e300 * 1e10, -0.0, 3.0 // 2, -3.5 % 2, 2.5 ** 2)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -(-5), +5, abs(-3), abs(-2.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(3, 4, 5), pow(2, -1, 7))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5))
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("1_000"), int(3.9), int(-3.9), float("1.5e3"), float(" 7 "))
print(True + True, True * 3, False - 1, 3 > 2 > 1, 1 < 3 < 2, 1 == 1.0, hash(1) == hash(1.0))
print(max(3, 1, 4), min([5, 2, 8]), sum([1, 2, 3], 10), sum([0.1] * 10), max("abc", key=ord))
print(1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123, 1e22, 5e-324, float("inf"), float("-inf"))
print(bin(10), oct(8), hex(255), hex(-42), chr(65), ord("z"), 17 .bit_length())
print(7.0.is_integer(), (0.5).as_integer_ratio(), int.from_bytes(b"\x01\x00", "big"))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
big = 1
for i in range(1, 30):
    big *= i
print(big, big // 10 ** 20, len(str(big)))
print(isinstance(True, int), type(3 / 1).__name__, 3 == 3.0, 0.1 * 3 == 0.3)
