"""subprocess: run with capture/input/text/check/timeout/env/cwd/shell, Popen with pipes and communicate, call/check_call/check_output/getoutput, errors."""
import subprocess, sys, os
r = subprocess.run(['echo', 'hello'], capture_output=True, text=True)
print(r, r.returncode, repr(r.stdout))
r = subprocess.run('echo out; echo err >&2; exit 3', shell=True, capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(['printf', 'a\\nb']), subprocess.check_output('echo $X', shell=True, env={'X': 'from env'}, text=True))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
r = subprocess.run(['cat'], input=b'piped input', capture_output=True); print(r.stdout)
r = subprocess.run(['tr', 'a-z', 'A-Z'], input='text mode', capture_output=True, text=True); print(r.stdout)
print(subprocess.call(['sh', '-c', 'exit 7']), subprocess.check_call(['true']))
print(subprocess.getoutput('echo hi; echo there'), subprocess.getstatusoutput('exit 2'))
r = subprocess.run('echo one; echo two >&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True); print(repr(r.stdout), r.stderr)
r = subprocess.run(['echo', 'x'], stdout=subprocess.DEVNULL); print(r.stdout, r.returncode)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timeout', type(e).__name__, e.cmd)
try:
    subprocess.run(['no-such-command-xyz'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate('value\n'); print(out, err, p.returncode)
with subprocess.Popen(['printf', 'l1\\nl2\\n'], stdout=subprocess.PIPE) as p:
    print([line for line in p.stdout])
print(p.returncode)
p = subprocess.Popen(['sleep', '10']); print(p.poll()); p.terminate(); print(p.wait())
os.environ['WEFT_SP'] = 'inherited'
print(subprocess.run('echo $WEFT_SP', shell=True, capture_output=True, text=True).stdout.strip())
r = subprocess.run(['pwd'], cwd='/', capture_output=True, text=True); print(r.stdout.strip())
print(subprocess.CompletedProcess(['a'], 0), repr(subprocess.CompletedProcess('x', 1, b'o', b'e')))
sys.stdout.flush()
subprocess.run(['echo', 'inherited stdout'])
