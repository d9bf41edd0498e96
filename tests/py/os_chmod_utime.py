"""logging.captureWarnings, os.chmod/os.utime, shutil.copymode/copystat."""
import logging, warnings, sys, os, shutil, stat, tempfile
import io
log_buf = io.StringIO()
logging.basicConfig(stream=log_buf, format="%(name)s %(levelname)s %(message)s")
logging.captureWarnings(True)
warnings.warn("captured!")
logging.captureWarnings(False)
print(log_buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")
d = tempfile.mkdtemp()
a = os.path.join(d, "a"); b = os.path.join(d, "b")
open(a, "w").write("x"); open(b, "w").write("y")
os.chmod(a, 0o640)
os.utime(a, (1000000000, 1200000000))
shutil.copystat(a, b)
sa, sb = os.stat(a), os.stat(b)
print(oct(stat.S_IMODE(sb.st_mode)), int(sb.st_mtime), int(sb.st_atime), sa.st_mtime == sb.st_mtime)
os.chmod(b, 0o600); shutil.copymode(a, b); print(oct(stat.S_IMODE(os.stat(b).st_mode)))
shutil.rmtree(d)
