"""time with TZ rules set by the program: tzset, localtime/mktime across DST, strftime %Z/%z, struct_time fields and overflow errors, datetime local conversions."""
import os, time, datetime

for tz in ["UTC0", "EST+05EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3", "AEST-10AEDT,M10.1.0,M4.1.0/3", "<+0330>-3:30", "JST-9"]:
    os.environ["TZ"] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for t in [0, 1000000000, 1700000000, 1720000000, 1711846800, 1711846799]:
        lt = time.localtime(t)
        print(" ", tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.strftime("%Y-%m-%d %H:%M:%S %Z %z", lt), time.mktime(lt) == t, time.ctime(t))
    d = datetime.datetime.fromtimestamp(1720000000)
    print(" ", d, d.timestamp(), d.astimezone(), datetime.date.fromtimestamp(1720000000))

g = time.gmtime(1000)
print(g, g.tm_zone, g.tm_gmtoff, time.strftime("%Z %z %?", g))
fields = (2024, 1, 2, 3, 4, 5, 6, 7, 0)
print(time.struct_time(fields).tm_zone, time.struct_time(fields, {"tm_zone": "X", "tm_gmtoff": 60}).tm_gmtoff)
for bad in [(fields, ["tm_zone"]), ((1,) * 12,), ((1,) * 3,)]:
    try:
        time.struct_time(*bad)
    except TypeError as e:
        print("TypeError:", e)
for case in [(2147483648, 1, 1, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 0, -2147483649, 0, 0, 0)]:
    for f in (time.mktime, time.asctime, lambda c: time.strftime("%Y", c)):
        try:
            f(case)
        except OverflowError as e:
            print("OverflowError:", e)
print(time.strptime("1970-01-01-00-16-40", "%Y-%m-%d-%H-%M-%S"))
print(time.asctime(g))
