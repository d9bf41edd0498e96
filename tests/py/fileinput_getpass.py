"""fileinput over files and standard input (line numbers, file names, first-line and stdin flags); getpass.getuser."""
import fileinput, os, tempfile, sys
d = tempfile.mkdtemp()
a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
open(a, "w").write("a1\na2\n")
open(b, "w").write("b1\n")
for line in fileinput.input([a, b]):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), line.rstrip())
fileinput.close()
with fileinput.input(files=["-"]) as f:
    for line in f:
        print("stdin", f.lineno(), f.isstdin(), line.rstrip())
import getpass
os.environ["LOGNAME"] = "tester"
print(getpass.getuser())
