"""time: clocks, sleeping, and calendar conversions. Local time follows the
TZ variable (a POSIX rule or a zoneinfo name, whose file's POSIX footer
rule is used for every date) or /etc/localtime; UTC when neither is there."""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, thread_time, sleep)

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
# The DST rule in force: None, or (start_rule, start_secs, end_rule, end_secs).
_dst_rule = None

_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December']


_dict = dict


class struct_time(tuple):
    """The time value sequence returned by gmtime() and localtime()."""
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, dict=None):
        if dict is not None and not isinstance(dict, _dict):
            raise TypeError("time.struct_time() takes a dict as second arg, if any")
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        extra = list(seq[9:]) + [None] * (11 - len(seq))
        if dict:
            if 'tm_zone' in dict:
                extra[0] = dict['tm_zone']
            if 'tm_gmtoff' in dict:
                extra[1] = dict['tm_gmtoff']
        self._zone = tuple(extra)
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


def _split(secs, isdst, zone):
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, wday, yday, isdst) + zone)


def _seconds(secs):
    if secs is None:
        return int(time())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float('inf'), float('-inf')):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    return secs.__index__() if not isinstance(secs, int) else secs


def gmtime(secs=None):
    return _split(_seconds(secs), 0, ('GMT', 0))


def _nth_weekday(y, m, week, wday):
    """Day number (days since the epoch) of the week-th `wday` (0=Sunday)
    of month m; week 5 is the last."""
    first = _days_from_civil(y, m, 1)
    first_wday = (first + 4) % 7
    day = first + (wday - first_wday) % 7 + (week - 1) * 7
    nxt = _days_from_civil(y + (m == 12), m % 12 + 1, 1)
    while day >= nxt:
        day -= 7
    return day


def _rule_day(rule, y):
    kind, a, b, c = rule
    if kind == 'M':
        return _nth_weekday(y, a, b, c)
    if kind == 'J':
        n = a - 1
        if _is_leap(y) and a >= 60:
            n += 1
        return _days_from_civil(y, 1, 1) + n
    return _days_from_civil(y, 1, 1) + a


def _isdst_utc(secs):
    """Whether UTC time `secs` falls in daylight saving time under TZ."""
    if not daylight or _dst_rule is None:
        return False
    y = _civil_from_days(secs // 86400)[0]
    srule, ssecs, erule, esecs = _dst_rule
    start = _rule_day(srule, y) * 86400 + ssecs + timezone
    end = _rule_day(erule, y) * 86400 + esecs + altzone
    if start < end:
        return start <= secs < end
    return not (end <= secs < start)


def localtime(secs=None):
    secs = _seconds(secs)
    if _isdst_utc(secs):
        return _split(secs - altzone, 1, (tzname[1], -altzone))
    return _split(secs - timezone, 0, (tzname[0], -timezone))


def _check_ints(t, who):
    if not isinstance(t, tuple):
        raise TypeError(f"Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError(f"{who}(): illegal time tuple argument")
    for v in t[:9]:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        if v > 2147483647:
            raise OverflowError("signed integer is greater than maximum")
        if v < -2147483648:
            raise OverflowError("signed integer is less than minimum")


def mktime(t):
    _check_ints(t, 'mktime')
    y, m, d, hh, mm, ss = t[:6]
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    local = (_days_from_civil(y, m, 1) + d - 1) * 86400 + hh * 3600 + mm * 60 + ss
    isdst = t[8]
    if isdst < 0:
        isdst = _isdst_utc(local + timezone)
    return float(local + (altzone if isdst else timezone))


def timegm(t):
    y, m, d, hh, mm, ss = t[:6]
    return (_days_from_civil(y, m, 1) + d - 1) * 86400 + hh * 3600 + mm * 60 + ss


def asctime(t=None):
    if t is None:
        t = localtime()
    _check_ints(t, 'asctime')
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6] % 7][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _parse_tz(spec):
    """A POSIX TZ string: (std, dst, timezone, altzone, rule) or None.
    Read by hand (no `re`), as `import time` happens in most programs."""
    i = 0
    n = len(spec)

    def name():
        nonlocal i
        if i < n and spec[i] == '<':
            j = spec.find('>', i)
            if j < 0:
                return None
            v = spec[i + 1:j]
            i = j + 1
            return v
        j = i
        while j < n and spec[j].isalpha():
            j += 1
        if j - i < 3:
            return None
        v = spec[i:j]
        i = j
        return v

    def offset():
        nonlocal i
        j = i
        if j < n and spec[j] in '+-':
            j += 1
        fields = []
        while True:
            k = j
            while k < n and spec[k].isdigit():
                k += 1
            if k == j or k - j > 2 or len(fields) == 3:
                return None if not fields else _finish(fields, j)
            fields.append(int(spec[j:k]))
            j = k
            if j < n and spec[j] == ':' and len(fields) < 3:
                j += 1
                continue
            return _finish(fields, j)

    def _finish(fields, j):
        nonlocal i
        sign = -1 if spec[i:i + 1] == '-' else 1
        fields = fields + [0, 0]
        i = j
        return sign * (fields[0] * 3600 + fields[1] * 60 + fields[2])

    def secs(o):
        sign = -1 if o.startswith('-') else 1
        parts = [int(x) for x in o.lstrip('+-').split(':')] + [0, 0]
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])

    def rule(r):
        when, _, at = r.partition('/')
        at_secs = secs(at) if at else 7200
        if when.startswith('M'):
            mo, wk, wd = (int(x) for x in when[1:].split('.'))
            return ('M', mo, wk, wd), at_secs
        if when.startswith('J'):
            return ('J', int(when[1:]), 0, 0), at_secs
        return ('N', int(when), 0, 0), at_secs

    std = name()
    if std is None:
        return None
    tz = offset()
    if tz is None:
        return None
    if i == n:
        return std, std, tz, tz, None
    dst = name()
    if dst is None:
        return None
    alt = tz - 3600
    if i < n and spec[i] != ',':
        alt = offset()
        if alt is None:
            return None
    if i == n:
        start, end = 'M3.2.0', 'M11.1.0'
    else:
        if spec[i] != ',':
            return None
        parts = spec[i + 1:].split(',')
        if len(parts) != 2 or not all(parts):
            return None
        start, end = parts
    try:
        s_rule, s_at = rule(start)
        e_rule, e_at = rule(end)
    except ValueError:
        return None
    return std, dst, tz, alt, (s_rule, s_at, e_rule, e_at)


def _zoneinfo_footer(path):
    """The POSIX TZ string at the end of a TZif file, or None."""
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return None
    if not data.startswith(b'TZif'):
        return None
    lines = data.rstrip(b'\n').rsplit(b'\n', 1)
    if len(lines) != 2:
        return None
    try:
        return lines[1].decode('ascii')
    except UnicodeDecodeError:
        return None


def tzset():
    """Reinitialise the local time conversion rules from the TZ variable."""
    global timezone, altzone, daylight, tzname, _dst_rule
    import os
    spec = os.environ.get('TZ')
    if spec is None:
        spec = _zoneinfo_footer('/etc/localtime') or 'UTC0'
    elif spec.startswith(':') or not _parse_tz(spec):
        name = spec.lstrip(':')
        path = name if name.startswith('/') else '/usr/share/zoneinfo/' + name
        spec = _zoneinfo_footer(path) or 'UTC0'
    parsed = _parse_tz(spec) or ('UTC', 'UTC', 0, 0, None)
    std, dst, timezone, altzone, _dst_rule = parsed
    daylight = 1 if _dst_rule is not None else 0
    tzname = (std, dst)


tzset()


def strftime(format, t=None):
    if t is None:
        t = localtime()
    _check_ints(t, 'strftime')
    if isinstance(t, struct_time):
        # A struct_time without zone fields (datetime.timetuple()) formats
        # %Z and %z as empty, as glibc does with a null tm_zone.
        zone = t.tm_zone if t.tm_zone is not None else ''
        gmtoff = t.tm_gmtoff
    else:
        t = struct_time(t)
        zone = tzname[1 if t[8] > 0 else 0]
        gmtoff = 0
    return _format_fields(format, tuple(t[:8]), zone, gmtoff, lambda: int(mktime(t)), False)


def _iso_year_week(y, yd, wd):
    """ISO 8601 year and week of day-of-year `yd` (1-based), weekday `wd` (Monday 0)."""
    week = (yd - wd + 9) // 7
    if week < 1:
        py = y - 1
        pdays = 366 if py % 4 == 0 and (py % 100 != 0 or py % 400 == 0) else 365
        return py, (yd + pdays - wd + 9) // 7
    days = 366 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 365
    if yd - wd + 3 > days:
        return y + 1, 1
    return y, week


# Conversions that expand to other directives (glibc's C locale).
_COMPOSITE = {'c': '%a %b %e %H:%M:%S %Y', 'D': '%m/%d/%y', 'F': '%Y-%m-%d', 'r': '%I:%M:%S %p',
              'R': '%H:%M', 'T': '%H:%M:%S', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
# Conversions glibc refuses after the E or O modifier (the directive is
# then copied as written).
_E_BAD = 'aAbBhdegGHIjklmMSUVwWDF'
_O_BAD = 'cxXYDFaA'


def _format_fields(format, fields, zone, gmtoff, epoch, pad_year):
    """strftime as glibc does it in the C locale: the flags `-` (no
    padding), `_` (spaces), `0` (zeros), `^` (upper case) and `#` (swap
    case), a field width, the E and O modifiers, and the GNU conversions.
    `fields` is (year, month, day, hour, minute, second, weekday, yearday);
    `epoch()` gives %s; `pad_year` pads %Y/%G to four digits (datetime)."""
    y, m, d, hh, mi, ss, wd, yd = fields
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        flag = ''
        upper = swap = False
        while i < n and format[i] in '-_0^#':
            if format[i] == '^':
                upper = True
            elif format[i] == '#':
                swap = True
            else:
                flag = format[i]
            i += 1
        w0 = i
        while i < n and format[i].isdigit():
            i += 1
        width = int(format[w0:i]) if i > w0 else None
        modifier = ''
        if i < n and format[i] in 'EO':
            modifier = format[i]
            i += 1
        if i >= n:
            out.append(format[start:])
            break
        f = format[i]
        i += 1
        if f in (_E_BAD if modifier == 'E' else _O_BAD if modifier == 'O' else ''):
            # Copied as written; `#` still upper-cases a month name's directive.
            f = '#' if swap and f in 'bBh' else '?'
        num = None
        text = None
        digits, pad = 2, '0'
        if f == 'Y':
            num, digits = y, (4 if pad_year else 1)
        elif f == 'C': num, digits = y // 100, 1
        elif f == 'y': num = y % 100
        elif f == 'm': num = m
        elif f == 'd': num = d
        elif f == 'e': num, pad = d, ' '
        elif f == 'H': num = hh
        elif f == 'k': num, pad = hh, ' '
        elif f == 'I': num = hh % 12 or 12
        elif f == 'l': num, pad = hh % 12 or 12, ' '
        elif f == 'M': num = mi
        elif f == 'S': num = ss
        elif f == 'j': num, digits = yd, 3
        elif f == 'u': num, digits = wd + 1, 1
        elif f == 'w': num, digits = (wd + 1) % 7, 1
        elif f == 'U': num = (yd + 6 - (wd + 1) % 7) // 7
        elif f == 'W': num = (yd + 6 - wd) // 7
        elif f in 'GgV':
            iy, iw = _iso_year_week(y, yd, wd)
            if f == 'G':
                num, digits = iy, (4 if pad_year else 1)
            else:
                num = iy % 100 if f == 'g' else iw
        elif f == 's': num, digits, pad = epoch(), 1, ' '
        elif f == 'a': text = _DAYS[wd][:3]
        elif f == 'A': text = _DAYS[wd]
        elif f == 'b' or f == 'h': text = _MONTHS[m - 1][:3]
        elif f == 'B': text = _MONTHS[m - 1]
        elif f == 'p':
            text = 'AM' if hh < 12 else 'PM'
            if swap:
                text, swap = text.lower(), False
        elif f == 'P':
            text, swap, upper = ('am' if hh < 12 else 'pm'), False, False
        elif f == 'Z':
            text = zone or ''
            if swap:
                text, swap = text.lower(), False
        elif f == 'z' and gmtoff is None:
            text, width = '', None
        elif f == 'z':
            sign = '-' if gmtoff < 0 else '+'
            num, digits = abs(gmtoff) // 3600 * 100 + abs(gmtoff) // 60 % 60, 4
            text = sign
        elif f == 'n': text = '\n'
        elif f == 't': text = '\t'
        elif f == '%': text = '%'
        elif f in _COMPOSITE:
            text = _format_fields(_COMPOSITE[f], fields, zone, gmtoff, epoch, pad_year)
            swap = False
        else:
            text = format[start:i]
            swap = f == '#'
        if num is not None:
            if flag == '-':
                body = str(abs(num))
            else:
                p = ' ' if flag == '_' else ('0' if flag == '0' else pad)
                body = str(abs(num)).rjust(width if width is not None else digits, p)
                width = None
            if num < 0:
                body = '-' + body
            if text is not None:
                body = text + body
            text = body
        if upper or swap:
            text = text.upper()
        if width is not None and len(text) < width:
            text = text.rjust(width, '0' if flag == '0' else ' ')
        out.append(text)
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


CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_CLOCKS = {0: time, 1: monotonic, 2: process_time, 3: thread_time, 4: monotonic, 7: monotonic, 11: time}


def clock_gettime(clk_id, /):
    """The time of clock clk_id in seconds (a float)."""
    try:
        return _CLOCKS[clk_id]()
    except KeyError:
        raise OSError(22, 'Invalid argument') from None


def clock_gettime_ns(clk_id, /):
    """The time of clock clk_id in nanoseconds (an int)."""
    return int(clock_gettime(clk_id) * 1_000_000_000)


def clock_getres(clk_id, /):
    """The resolution of clock clk_id in seconds."""
    if clk_id not in _CLOCKS:
        raise OSError(22, 'Invalid argument')
    return 1e-09


def process_time_ns():
    """CPU time of the process in nanoseconds."""
    return int(process_time() * 1_000_000_000)


def thread_time_ns():
    """CPU time of the calling thread in nanoseconds."""
    return int(thread_time() * 1_000_000_000)


def get_clock_info(name):
    import types
    return types.SimpleNamespace(implementation='clock_gettime', monotonic=name != 'time',
                                 adjustable=name == 'time', resolution=1e-09)
