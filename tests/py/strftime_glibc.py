"""strftime as glibc formats it: GNU flags, widths, E/O modifiers, GNU conversions; fromisoformat errors."""
import time, datetime, random

random.seed(11)
FLAGS = ['', '', '-', '_', '0', '^', '#']
CONV = 'aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYz%q'
for n in range(400):
    y = random.choice([random.randint(1000, 9999), 2024, 2000, 1999])
    dt = datetime.datetime(y, random.randint(1, 12), random.randint(1, 28), random.randint(0, 23), random.randint(0, 59), random.randint(0, 59))
    f = ''.join(random.choice(['%' + random.choice(FLAGS) + random.choice(['', '', '3', '10']) + random.choice(['', '', 'E', 'O']) + random.choice(CONV), 'x', ' ', '%']) for _ in range(3))
    print(repr(f), repr(time.strftime(f, dt.timetuple())), repr(dt.strftime(f)))

t = (2024, 3, 5, 7, 8, 9, 1, 65, 0)
for f in ['%-d', '%-m/%-d/%Y', '%_d', '%e', '%k', '%l', '%C', '%P', '%r', '%g', '%Ec', '%Od', '%^a', '%#b', '%10Y', '%-H', '%5d', '%E', '%O', '%-', '%', 'abc%', '%q', '%10A', '%-10B']:
    print(repr(f), repr(time.strftime(f, t)))
aware = datetime.datetime(2024, 3, 5, 7, 8, 9, 123, tzinfo=datetime.timezone(datetime.timedelta(hours=-5), 'E%T'))
print(aware.strftime('%f %z %:z %Z %%Z %H'), repr(time.strftime('%Z|%z', datetime.datetime(2024, 1, 1).timetuple())))
print(type(datetime.date(2024, 1, 1).timetuple()).__name__, datetime.date(2024, 1, 1).timetuple())

for s in ['2020-13-01', '2020-02-30', '2020-02-30T10:00', '2020-01-01T25:00', '2020-01-01T24:00', '2020-01-01T23:61', '2020-W54', '2020-W01-8', '2020-01-01T10:00:61', '0000-01-01', '2020-01-02T03:04', 'x', '']:
    for fn in (datetime.date.fromisoformat, datetime.datetime.fromisoformat, datetime.time.fromisoformat):
        try:
            print(s, repr(fn(s)))
        except ValueError as e:
            print(s, type(e).__name__, e)
