"""SyntaxError messages for malformed f-strings, in CPython 3.12+'s words."""
for src in ['f"{x}}"', 'f"{x"', 'f"{x!z}"', 'f"{x!}"', 'f"{lambda x: 1}"', 'f"{x! r}"', 'f"abc', "f'''abc", 'f"{}"', 'f"}"', 'x = f"{ }"']:
    try:
        compile(src, 's', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)
