"""time: clocks, sleeping, and calendar conversions (weft's local time is UTC)."""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, thread_time, sleep)

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December']


class struct_time(tuple):
    """The time value sequence returned by gmtime() and localtime()."""
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, zone=('UTC', 0)):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._zone = zone
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone[0])
    tm_gmtoff = property(lambda self: self._zone[1])

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v}' for n, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def gmtime(secs=None):
    if secs is None:
        secs = time()
    secs = int(secs // 1) if isinstance(secs, float) else int(secs)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, wday, yday, 0))


def localtime(secs=None):
    return gmtime(secs)


def mktime(t):
    y, m, d, hh, mm, ss = t[:6]
    return float(_days_from_civil(y, m, 1) + d - 1) * 86400 + hh * 3600 + mm * 60 + ss


def timegm(t):
    return int(mktime(t))


def asctime(t=None):
    if t is None:
        t = localtime()
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if t is None:
        t = localtime()
    if not isinstance(t, struct_time):
        t = struct_time(t)
    y, m, d, hh, mi, ss, wd, yd = t[:8]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y': out.append(str(y))
        elif f == 'y': out.append('%02d' % (y % 100))
        elif f == 'C': out.append('%02d' % (y // 100))
        elif f == 'm': out.append('%02d' % m)
        elif f == 'd': out.append('%02d' % d)
        elif f == 'e': out.append('%2d' % d)
        elif f == 'H': out.append('%02d' % hh)
        elif f == 'I': out.append('%02d' % ((hh % 12) or 12))
        elif f == 'M': out.append('%02d' % mi)
        elif f == 'S': out.append('%02d' % ss)
        elif f == 'p': out.append('AM' if hh < 12 else 'PM')
        elif f == 'j': out.append('%03d' % yd)
        elif f == 'a': out.append(_DAYS[wd][:3])
        elif f == 'A': out.append(_DAYS[wd])
        elif f == 'b' or f == 'h': out.append(_MONTHS[m - 1][:3])
        elif f == 'B': out.append(_MONTHS[m - 1])
        elif f == 'w': out.append(str((wd + 1) % 7))
        elif f == 'u': out.append(str(wd + 1))
        elif f == 'Z': out.append('UTC')
        elif f == 'z': out.append('+0000')
        elif f == 'F': out.append('%d-%02d-%02d' % (y, m, d))
        elif f == 'T': out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif f == 'R': out.append('%02d:%02d' % (hh, mi))
        elif f == 'D': out.append('%02d/%02d/%02d' % (m, d, y % 100))
        elif f == 'c': out.append(asctime(t))
        elif f == 'x': out.append('%02d/%02d/%02d' % (m, d, y % 100))
        elif f == 'X': out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif f == 's': out.append(str(int(mktime(t))))
        elif f == 'n': out.append('\n')
        elif f == 't': out.append('\t')
        elif f == 'U': out.append('%02d' % ((yd + 6 - (wd + 1) % 7) // 7))
        elif f == 'W': out.append('%02d' % ((yd + 6 - wd) // 7))
        elif f == '%': out.append('%')
        else: out.append('%' + f)
    return ''.join(out)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parse `string` by `format` (numeric and English-name directives)."""
    import re
    pats = {'Y': r'(?P<Y>\d{4})', 'm': r'(?P<m>\d{1,2})', 'd': r'(?P<d>\d{1,2})',
            'H': r'(?P<H>\d{1,2})', 'M': r'(?P<M>\d{1,2})', 'S': r'(?P<S>\d{1,2})',
            'y': r'(?P<y>\d{2})', 'j': r'(?P<j>\d{1,3})', 'f': r'(?P<f>\d{1,6})',
            'b': r'(?P<b>[A-Za-z]{3})', 'B': r'(?P<B>[A-Za-z]+)', 'a': r'(?P<a>[A-Za-z]{3})',
            'A': r'(?P<A>[A-Za-z]+)', 'p': r'(?P<p>AM|PM|am|pm)', 'I': r'(?P<I>\d{1,2})',
            'Z': r'(?P<Z>[A-Z]*)', 'z': r'(?P<z>[+-]\d{4})', '%': '%'}
    regex = ''
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            if d not in pats:
                raise ValueError(f"'{d}' is a bad directive in format '{format}'")
            regex += pats[d]
            i += 2
        else:
            regex += r'\s+' if c.isspace() else re.escape(c)
            i += 1
    mt = re.fullmatch(regex, string)
    if mt is None:
        raise ValueError(f"time data {string!r} does not match format {format!r}")
    g = mt.groupdict()
    y = int(g['Y']) if g.get('Y') else (int(g['y']) + (2000 if int(g['y']) < 69 else 1900) if g.get('y') else 1900)
    month = 1
    if g.get('m'):
        month = int(g['m'])
    elif g.get('b') or g.get('B'):
        name = (g.get('b') or g.get('B'))[:3].lower()
        month = [x[:3].lower() for x in _MONTHS].index(name) + 1
    day = int(g['d']) if g.get('d') else 1
    hour = int(g['H']) if g.get('H') else 0
    if g.get('I'):
        hour = int(g['I']) % 12 + (12 if (g.get('p') or '').upper() == 'PM' else 0)
    minute = int(g['M']) if g.get('M') else 0
    sec = int(g['S']) if g.get('S') else 0
    days = _days_from_civil(y, month, day)
    yday = days - _days_from_civil(y, 1, 1) + 1
    if g.get('j'):
        yday = int(g['j'])
    return struct_time((y, month, day, hour, minute, sec, (days + 3) % 7, yday, -1))


def get_clock_info(name):
    import types
    return types.SimpleNamespace(implementation='clock_gettime', monotonic=name != 'time',
                                 adjustable=name == 'time', resolution=1e-09)
