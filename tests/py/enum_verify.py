"""enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS; EnumCheck; show_flag_values."""
import enum
from enum import verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, Enum, Flag, EnumCheck
print(list(EnumCheck), UNIQUE, repr(CONTINUOUS), enum.show_flag_values(13))
@verify(UNIQUE, CONTINUOUS)
class C(Enum):
    A = 1
    B = 2
    C = 3
print(list(C))
for body in [dict(A=1, B=1), dict(A=1, B=3, C=7)]:
    try:
        verify(UNIQUE, CONTINUOUS)(Enum('X', body))
    except ValueError as e:
        print(e)
try:
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        ABC = 7
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class G(Flag):
        A = 1
        D = 8
except ValueError as e:
    print(e)
