"""Traceback caret lines for binary operators and subscripts: operator '^', operands '~'."""
import traceback
a, b, z, s = 1, 2, 0, 'x'
def show():
    for line in traceback.format_exc().splitlines()[-3:]:
        print(line)
try:
    a // z
except ZeroDivisionError:
    show()
try:
    y = a / z + b
except ZeroDivisionError:
    show()
try:
    y = (a) / (z)
except ZeroDivisionError:
    show()
try:
    y = a ** s
except TypeError:
    show()
try:
    y = a <<-1
except ValueError:
    show()
try:
    y = [a][b]
except IndexError:
    show()
try:
    y = {}[a, b]
except KeyError:
    show()
try:
    y = a  %  z
except ZeroDivisionError:
    show()
try:
    y = b - s
except TypeError:
    show()
