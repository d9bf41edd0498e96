import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known "
        "pseudo-random sentence -- with em-dashes--and hyphenated-words, "
        "plus a verylongwordthatcannotpossiblyfitonasingleline at all. "
        "Tabs\there and\nnewlines too! Done.")
for width in (10, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap("Hello there.  How are you? I am fine. Mr. Smith said 'ok.' yes", 15,
                    fix_sentence_endings=True))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!   How are you today?", 12))
print(textwrap.shorten("Hello  world!", 20))
print(textwrap.shorten("Hello world", 11, placeholder=" ~"))
print(textwrap.wrap("a-b-c-d e--f g---h well-to-do x-ray 123-456 ab-cd-ef", 6))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError:", e)

w = textwrap.TextWrapper(width=18, tabsize=4, expand_tabs=True)
print(w.wrap("col1\tcol2\tcol3 and more words here"))
w2 = textwrap.TextWrapper(width=18, replace_whitespace=False, expand_tabs=False)
print(w2.wrap("line one\nline two\tx"))

doc = """
    def f():
        return 1

      # comment
    end
"""
print(repr(textwrap.dedent(doc)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+ ", lambda line: line.startswith("b"))))
print(repr(textwrap.indent("x\r\ny", "  ")))
try:
    textwrap.dedent(5)
except TypeError as e:
    print("TypeError:", e)
