"""argparse: optionals and positionals, actions, nargs, choices, types, groups, sub-commands, help and usage formatting (3.13 style), errors and exit codes."""
import argparse, sys, io
import os
os.environ["COLUMNS"] = "80"
p = argparse.ArgumentParser(prog="tool", description="Process some integers and files with a rather long description that should wrap around the terminal width nicely.", epilog="See the docs.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0, help="increase verbosity")
p.add_argument("-o", "--output", metavar="FILE", help="write output to FILE")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="mode (default: %(default)s)")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, help="a boolean flag")
p.add_argument("-I", "--include", action="append", default=[], help="include dir")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--opt", nargs="?", const="C", default="D")
g = p.add_mutually_exclusive_group()
g.add_argument("--quiet", action="store_true")
g.add_argument("--loud", action="store_true")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
print(p.format_usage(), end="")
print(p.format_help())
a = p.parse_args(["1", "2", "3", "--sum", "-vv", "-o", "x.txt", "--mode=slow", "--no-flag", "-I", "a", "-Ib", "--pair", "p", "q", "--opt"])
print(a)
print(a.accumulate(a.integers), vars(a)["verbose"])
print(p.parse_args(["5"]))
for bad in [[], ["x"], ["1", "--mode", "medium"], ["1", "--quiet", "--loud"], ["1", "--bogus"], ["1", "--pair", "a"], ["1", "-o"], ["1", "--verb"], ["1", "--v"]]:
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    print(err.getvalue(), end="")
ns, rest = p.parse_known_args(["7", "--zzz", "q"])
print(ns.integers, rest)
out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    p.parse_args(["--version"])
except SystemExit as e:
    code = e.code
finally:
    sys.stdout = old
print(repr(out.getvalue()), code)

sp = argparse.ArgumentParser(prog="git")
sub = sp.add_subparsers(dest="cmd", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.set_defaults(func="do_commit")
pu = sub.add_parser("push", aliases=["p"], help="update remote")
pu.add_argument("remote", nargs="?", default="origin")
print(sp.parse_args(["commit", "-m", "hi"]))
print(sp.parse_args(["p"]))
print(sp.format_help())
print(c.format_help())
err = io.StringIO(); old = sys.stderr; sys.stderr = err
try:
    sp.parse_args(["commit"])
except SystemExit as e:
    print("exit", e.code)
sys.stderr = old
print(err.getvalue(), end="")
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
q = argparse.ArgumentParser(prog="q", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("--n", type=int, default=3, help="count")
q.add_argument("pos", nargs="*", default=[1], help="things")
print(q.format_help())
r = argparse.ArgumentParser(prog="r", formatter_class=argparse.RawDescriptionHelpFormatter, description="line one\n  indented two\n")
print(r.format_help())
try:
    argparse.ArgumentParser(exit_on_error=False, prog="e").parse_args(["--x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
t = argparse.ArgumentParser(prog="t")
t.add_argument("--x", type=float)
t.add_argument("rest", nargs=argparse.REMAINDER)
print(t.parse_args(["--x", "1.5", "a", "--b", "c"]))
print(t.parse_args(["--x=-2", "--", "-a"]))
u = argparse.ArgumentParser(prog="u")
u.add_argument("-n", type=int)
u.add_argument("vals", nargs="*", type=int)
print(u.parse_args(["-n", "-3", "-4", "5"]))
print(u.parse_intermixed_args(["1", "-n", "2", "3"]))
