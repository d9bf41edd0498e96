# time.gmtime/strftime/asctime/strptime and struct_time (weft's local time is UTC).
import time
for s in [0, 86399, 951782400, 1700000000, 4102444800, -86400 * 365]:
    t = time.gmtime(s)
    print(tuple(t), time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %u %U %W %%", t), time.asctime(t), time.mktime(t) == s if False else time.strftime("%F %T", t))
print(time.gmtime(0), time.gmtime(0).tm_year, repr(time.gmtime(86400 * 40))[:40])
st = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"); print(tuple(st)[:8])
print(tuple(time.strptime("05 Mar 2024", "%d %b %Y"))[:8])
try: time.strptime("x", "%Y")
except ValueError as e: print(e)
