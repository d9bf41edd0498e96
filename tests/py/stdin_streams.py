"""Standard streams: sys.stdin line by line, input(), the stream attributes, sys.stdout.buffer and writelines."""
import sys

print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.readable(), sys.stdin.fileno())
print(sys.stdout.name, sys.stderr.name, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable())
print(repr(sys.stdin.readline()))
name = input("name? ")
print("hello,", name)
count = 0
for line in sys.stdin:
    line = line.rstrip("\n")
    if line == "STOP":
        break
    count += 1
    print(count, line.split())
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
sys.stdout.write("written\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.writelines(["one\n", "two\n"])
print(sys.stdout.write("abc"), file=sys.stderr)
print()
import io
old = sys.stdin
sys.stdin = io.StringIO("from a string\n")
print(input())
sys.stdin = old
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__)
