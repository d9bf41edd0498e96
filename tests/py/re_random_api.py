"""Random regular expressions (groups, lookarounds, backreferences, anchors, lazy and counted repeats) through search/findall/sub/split/finditer/fullmatch/subn/match under each flag, with the flags formatted as re.X names."""
import random, re
random.seed(101)
atoms = ["a", "b", ".", "\\d", "\\w", "\\s", "[ab]", "[^a]", "(a)", "(?:ab)", "(?P<n>b)", "a*", "b+", "a?", "a{1,2}", "^", "$", "\\b", "(a|b)", "a*?", "(?=a)", "(?!b)", "(?<=a)", "x", "\\.", "[a-c]+", "\\1"]
texts = ["", "a", "ab", "aab b", "ba a.b", "abc\nab", "xyz", "a1b2", "  a  "]
out = []
for it in range(2000):
    pat = "".join(random.choice(atoms) for _ in range(random.randint(1, 4)))
    text = random.choice(texts)
    flags = random.choice([0, re.I, re.M, re.S, re.M | re.I])
    op = random.randint(0, 7)
    try:
        rx = re.compile(pat, flags)
        if op == 0: m = rx.search(text); r = (m.span(), m.groups(), m.group()) if m else None
        elif op == 1: r = rx.findall(text)
        elif op == 2: r = rx.sub(random.choice(["-", "<\\g<0>>", "", "\\1" if rx.groups else "x"]), text)
        elif op == 3: r = rx.split(text)
        elif op == 4: r = [(m.start(), m.end(), m.groupdict()) for m in rx.finditer(text)]
        elif op == 5: m = rx.fullmatch(text); r = m and m.group(0)
        elif op == 6: r = rx.subn(lambda m: m.group().upper(), text)
        else: m = rx.match(text); r = m and (m.lastindex, m.lastgroup, m.regs)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    out.append(f"{pat!r} {flags} {text!r} {op} {r!r}")
print("\n".join(out))
