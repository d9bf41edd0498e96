"""Differential fuzz of printf-style str formatting: flags, width, precision, * and every conversion."""
import random, sys
random.seed(3)
vals = [0, 1, -1, 42, -255, 2**40, 0.0, -0.0, 1.5, -2.675, 3.14159265, 1e-7, 1e20, float("inf"), float("nan"), True, "abc", "", "é", [1], None, 65]
for i in range(1500):
    flags = "".join(random.sample(["-", "+", " ", "#", "0"], random.randint(0, 2)))
    width = random.choice(["", "", "5", "10", "1", "*"])
    prec = random.choice(["", "", ".0", ".3", ".10", ".*"])
    typ = random.choice("sdiouxXeEfFgGcr%a")
    fmt = "%" + flags + width + prec + typ
    v = random.choice(vals)
    args = []
    if width == "*": args.append(random.choice([3, -4, 0]))
    if prec == ".*": args.append(random.choice([0, 2, 5]))
    args.append(v)
    try:
        out = repr(fmt % tuple(args))
    except Exception as e:
        msg = str(e)
        if msg.startswith("%c requires"):
            msg = "%c requires ..."  # wording changed in 3.12
        out = type(e).__name__ + ": " + msg
    print(i, repr(fmt), repr(args), out)
