import re
print(re.search(r"\d+", "abc 123 def").group(), re.match(r"(\w+) (\w+)", "hello world").groups())
print(re.findall(r"[aeiou]", "programming"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.sub(r"\s+", " ", "a   b \t c"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"x*", "axbc"))
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)", "2024-05-17")
print(m.group("year"), m["month"], m.groupdict(), m.span(), m.start(2), m.end(), m.lastindex, m.lastgroup)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example"), re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b2"), re.subn("a", "b", "aaa"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3"), re.fullmatch(r"\w+", "abc"), re.fullmatch(r"\w+", "ab c"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S), re.search(r"HELLO", "say hello", re.I))
print(re.escape("a.b*c"), re.compile(r"\d+").pattern, re.compile("x", re.I | re.M).flags, [m.span() for m in re.finditer(r"\b\w", "hi there you")])
print(re.sub("", "-", "abc"), re.findall(r"\w*", "ab cd"), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.findall(r"(?<=\$)\d+", "cost $15 and $20"), re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(?<!a)b", "ab cb"), re.search(r"(\w)\1", "hello").group())
print(re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,}?", "aaaa").group())
p = re.compile(r"""
   (\d+)  # number
   \s*
   ([a-z]+)  # unit
""", re.X)
print(p.findall("10 kg, 5m"), repr(p.search("3 cm")))
print(re.compile(r"ab"), re.compile("ab", re.IGNORECASE), re.I, re.M | re.S)
try:
    re.compile("(abc")
except re.error as e:
    print("error:", e)
try:
    re.compile("a**")
except re.error as e:
    print("error:", e)
print(re.match(r"(?i)abc", "ABC").group(), re.search(r"(?:ab)+", "ababx").group(), re.findall(r"[^a-c]+", "abxyzcd"))
print(re.sub(r"(\d+)", r"\g<1>0", "5 apples"), re.findall(r"[\w.-]+@[\w-]+\.\w+", "mail a.b@c-d.com or x@y.org"))
print(bool(re.match(r"^[A-Z][a-z]*$", "Hello")), re.findall(rb"\d", b"a1b2"), re.sub(rb"a", b"b", b"aa"))
print(re.search(r"(a)?b", "b").groups(), re.search(r"(a)?b", "b").group(1), re.match(r"(a|b)*c", "ababc").group(1))
print(re.findall(r"\s", "a b\tc\n"), re.findall(r"\S+", " x yy "), re.findall(r"\D+", "ab12cd"), re.findall(r"[\d\s]+", "a1 2b"))
print(re.split(r"\s+", "  leading and trailing  "), re.split(",", "a,b,c", maxsplit=1), re.findall(r"(a)(b)?", "ab a"))
