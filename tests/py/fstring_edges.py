"""f-strings: nesting, escaped braces, self-documenting = with conversions and specs, nested specs, conversions, invalid specs."""
foo = 'bar'
print(repr(f"{''}"), f"{f'{foo}'}", f"{{foo}}", f"{ {foo} }", f"{f'{{}}'}", f'{f"{{"}', f'{f"}}"}', f'{foo}' f"{foo}" 'foo', f'{"!:"}', fr'x={4*10}\n', f'{16:0>+#10x}')
print(f"{{{(lambda x: f'hello, {x}')('world}')}", f"""{f'''{f"{f'{foo}'}"}'''}""", f"""{1:{1}{f'n'}}""", f'{ {1}.pop()}', f"""{1:{{1}.pop()}{f'n'}}""")
num = 42
print(f'{num=}', f'{num=:>10}', f'{num = }', f'{num= !r}')
spec = "0>+#10x"; part_spec = ">+#10x"
print(f"{16:{spec}}{foo}", f"{16:0{part_spec}}{foo}", f'{10:#{1}0x}', f'{10:{"#"}1{0}{"x"}}', f'{-10:-{"#"}1{0}x}', f'{-10:{"-"}#{1}0{"x"}}')
class Value:
    def __format__(self, spec): return "foo"
    def __repr__(self): return "bar"
    def __str__(self): return "baz"
v = Value()
print(f'{v}', f'{v!r}', f'{v!s}', f'{v!a}', f'{1 != 2}', f'{"0" if True else "1"}')
v = "\u262e"
print(f'>{v!r}', f'>{v!a}', f'{"42"!s:<5}|', f'{"42"=!s:<5}|', f'{"42"=!s:>5}|')
x = 'A string'
print(f'{10=}', f'{x=!s}', f'{x=}', f'{x =}', f'X{x  =  }Y', f'{x=!a}')
x = 2.71828
print(f'{x=:.2f}', f'{x=:}', f'{x=!r:^20}|', f'{x=!s:^20}|', f'{x=!a:^20}|')
x = 9; tenπ = 31.4
print(f'{3*x+15=}', f'{tenπ=:.2f}', f'{f"{3.1415=:.1f}":*^20}', f'{"Σ"=}')
pi = 'π'
print(f'alpha α {pi=} ω omega', f'''{3
=}''', f'{0==1}', f'{0!=1}', f'{0<=1}')
try:
    f"{16:{'bla'}}"
except ValueError as e:
    print("ValueError", e)
print(f"{'a' 'b'}", f"{x:{'>'}{5}}", f"{[1,2][0]}", f"{ {'a': 1}['a'] }")
print(f"{3.0:}", f"{None!r:>6}", f"{b'x'}", f"{1_000:_}", f"{'{'}", f"{'}'}")
try: format(True, "bla")
except ValueError as e: print(e)
class I(int): pass
try: format(I(3), "bla")
except ValueError as e: print(e)
try: "{:bla}".format(1j)
except ValueError as e: print(e)
