from string import Template
t = Template("$who likes ${what}s; costs $$5 $who_else")
print(t.substitute(who="tim", what="kung pao", who_else="x"))
print(t.substitute({"who": "a", "what": "b", "who_else": "c"}, who="kw"))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid())
for bad in ["oops $ here", "line1\n  ${bad name}", "$1abc", "end $", "${x"]:
    tb = Template(bad)
    print(repr(tb.safe_substitute(x=1)), tb.is_valid(), tb.get_identifiers())
    try:
        tb.substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
print(Template("$a$b${a}").substitute(a=1, b=[2]))
class Pct(Template):
    delimiter = "%"
print(Pct("%x and %% and %{y}").substitute(x=1, y=2))
print(Template("").substitute(), Template("no placeholders").safe_substitute())
