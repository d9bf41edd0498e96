"""Differential fuzz of format(complex, spec): every presentation type, fill/align/sign/#/0/width/grouping/precision, and the error precedence."""
import random
random.seed(11)
vals = [1+2j, -1.5-0.25j, 3j, -3j, 0j, complex(-0.0, 1), complex(1e20, -1e-7), complex(float("inf"), float("nan")), 12345.678+9876.5j, complex(0, -0.0)]
for i in range(2500):
    fill = random.choice(["", "", "*", "0"])
    align = random.choice(["", "", "<", ">", "^", "="]) if fill == "" or True else ""
    sign = random.choice(["", "+", "-", " "])
    alt = random.choice(["", "#"])
    zero = random.choice(["", "", "0"])
    width = random.choice(["", "", "20", "8"])
    group = random.choice(["", "", ",", "_"])
    prec = random.choice(["", "", ".0", ".2", ".10"])
    ty = random.choice(["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x"])
    fa = (fill + align) if align else ""
    spec = fa + sign + alt + zero + width + group + prec + ty
    v = random.choice(vals)
    try:
        out = repr(format(v, spec))
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(i, repr(spec), v, out)
