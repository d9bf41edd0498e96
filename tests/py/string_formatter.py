"""string.Formatter: parse, vformat, overridable get_value/format_field, errors."""
import string
f = string.Formatter()
print(list(f.parse('a{{b}}c{0!r:>{w}}d{x[1].y}e{}')))
print(f.format("{0}-{x}", 1, x=2), f.format("{:>{}}|{!r}", "ab", 5, "q"), f.format("{a.real}{b[0]}{b[1]}", a=3j, b="xy"))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return args[key]
print(Upper().format("{a} {missing} {0}", "zz", a="hello"))
for bad in ['{', '}', '{0!rr}', 'a{0[}', '{0}{}']:
    try: print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e: print(repr(bad), type(e).__name__, e)
