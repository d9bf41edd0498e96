# Differential fuzz of the format mini-language over ints, floats (inf/nan/-0.0), bools and strs: every fill/align/sign/#/0/width/grouping/precision/type combination, results and errors as CPython.
import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
vals = [0, 1, -1, 7, -42, 255, 10**6, -10**9, 2**70, 0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 1e16, 123456.789, float("inf"), float("nan"), 1/3, 5e-324, True, "abc", "", "héllo"]
def spec():
    fill = random.choice(["", "", "*", "0", " "])
    align = random.choice(["", "", "<", ">", "^", "="])
    sign = random.choice(["", "", "+", "-", " "])
    alt = random.choice(["", "", "#"])
    zero = random.choice(["", "", "0"])
    width = random.choice(["", "", "5", "12", "1"])
    group = random.choice(["", "", ",", "_"])
    prec = random.choice(["", "", ".0", ".2", ".6", ".15"])
    typ = random.choice(["", "d", "b", "o", "x", "X", "c", "e", "E", "f", "F", "g", "G", "n", "%", "s"])
    return (fill + align if align else "") + sign + alt + zero + width + group + prec + typ
for i in range(2500):
    v = random.choice(vals)
    s = spec()
    try:
        out = repr(format(v, s))
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(i, repr(v), repr(s), out)
